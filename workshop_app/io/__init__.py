"""Reading and writing other formats: case files, research data, images and snapshots.

``load_many`` is here for researchers: ``from workshop_app.io import load_many``.
"""

from __future__ import annotations

from typing import Any
from .load import load_many as _load_many


def load_many(paths: Any) -> dict[str, list[dict[str, Any]]]:
    """Several sessions' tidy tables with a ``session`` column (see ``io.load``)."""

    return _load_many(paths)


__all__ = ["load_many"]
