"""The one text filter of every HTML page the app writes (the snapshot, the phone page)."""

from __future__ import annotations

from typing import Any

from markupsafe import Markup

from ..domain.textsafe import NOT_HTML


def html_text(value: Any) -> Any:
    """A jinja ``finalize``: every ``{{ value }}`` without the characters HTML cannot show."""
    if isinstance(value, str) and NOT_HTML.search(value):
        cleaned = NOT_HTML.sub("", value)
        return Markup(cleaned) if isinstance(value, Markup) else cleaned
    return value


__all__ = ["html_text"]
