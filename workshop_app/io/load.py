"""Several sessions' tables as one data set, for an analysis across a series of workshops."""

from __future__ import annotations

import os
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator
from ..session import Session

if TYPE_CHECKING:  # pragma: no cover
    from ..session import Session


@contextmanager
def open_for_reading(path: str | os.PathLike[str]) -> Iterator["Session"]:
    """Open a session without changing it, also one from an older schema version.

    A read-only opening reads a private in-memory copy (an older schema is upgraded there),
    so nothing is written to the file, beside it, or to the app's data folder.
    """

    with Session.open(path, read_only=True) as session:
        yield session


def load_many(paths: Iterable[str | os.PathLike[str]]) -> dict[str, list[dict[str, Any]]]:
    """The tidy tables of several sessions, combined, with a ``session`` column (file stem).

    Opens every file read-only. Ids stay those of each session, so join on ``session`` plus the
    id. ``pandas.DataFrame(load_many(files)["consensus"])`` gives one table for all workshops.
    """
    combined: dict[str, list[dict[str, Any]]] = {}
    seen: dict[str, Path] = {}
    for raw in paths:
        path = Path(raw)
        name = path.stem
        if name in seen:
            name = f"{path.parent.name}/{path.stem}"
        seen[name] = path
        with open_for_reading(path) as session:
            for table, rows in session.tables().items():
                bucket = combined.setdefault(table, [])
                bucket.extend({"session": name, **row} for row in rows)
    return combined


__all__ = ["load_many", "open_for_reading"]
