"""Render the phone page and the join-code page from the package's jinja2 templates.

Autoescaping is always on: actor names, phase names and participant names are typed by
people in the room, and one of them may well be ``<script>``. The templates carry their CSS
and script inline (the room may be offline, so nothing is fetched from elsewhere) under a
per-response nonce that the Content-Security-Policy names.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import jinja2

from ..domain import vocabulary as voc
from .protocol import DIMENSION_HINTS, DIMENSION_LABELS, Question
from ..style.html import html_text




@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("workshop_app.live", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=False,
        finalize=html_text,
    )


def _all_dimensions() -> list[dict[str, str]]:
    return [
        {"key": d, "label": DIMENSION_LABELS[d], "hint": DIMENSION_HINTS.get(d, "")}
        for d in voc.SCORE_DIMENSIONS
    ]


def phone_page(
    *, code: str, nonce: str, question: Question | None, participants: list[tuple[int, str]]
) -> str:
    """The voting page with the current question and the names to pick from."""
    context: dict[str, Any] = {
        "code": code,
        "nonce": nonce,
        "question": question.public() if question is not None else None,
        "participants": [{"id": pid, "name": name} for pid, name in participants],
        "dimensions": _all_dimensions(),
        "scale": sorted(voc.SCORE_LABELS.items()),
    }
    return _environment().get_template("phone.html").render(context)


def join_page(*, nonce: str, message: str) -> str:
    """A box for the join code; shows nothing from the session."""
    return _environment().get_template("join.html").render(nonce=nonce, message=message)


__all__ = ["join_page", "phone_page"]
