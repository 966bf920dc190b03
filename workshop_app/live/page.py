"""Render the phone page and the join-code page from the package's jinja2 templates.

The words are the catalogues' (``{{ _("...") }}`` in the templates, read by
``scripts/i18n_update.py``), in the language in force: the server renders each page inside
the phone's language. The page's own script gets its messages the same way (``words``), and a
language picker lets each phone choose; the choice travels as ``?lang=`` with every request.

Autoescaping is always on: actor names, phase names and participant names are typed by
people in the room, and one of them may well be ``<script>``. The templates carry their CSS
and script inline (the room may be offline, so nothing is fetched from elsewhere) under a
per-response nonce that the Content-Security-Policy names.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import jinja2

from ..domain import i18n
from ..domain import vocabulary as voc
from ..domain.i18n import tr
from ..domain.terms import term
from .protocol import Question, dimension_rows
from ..style.html import html_text


@lru_cache(maxsize=1)
def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("workshop_app.live", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=False,
        finalize=html_text,
    )
    env.globals["_"] = tr  # looked up at each render, in the phone's language
    return env


def _language_context() -> dict[str, Any]:
    """The page's language and the choice of languages, each named in itself."""
    return {"lang": i18n.language(), "languages": list(i18n.LANGUAGES.items())}


def script_words() -> dict[str, str]:
    """What the page's script says, in the language in force (it never builds a sentence)."""
    return {
        "sending": tr("Sending…"), "sent": tr("✓ Sent"), "send": tr("Send my scores"),
        "closed": tr("This round is closed or its code has changed. Scan the new code on the screen."),
        "lost": tr("Lost the connection to the facilitator's computer. Trying again…"),
        "moved": tr("This question has moved on."),
        "not_taken": tr("Your scores were not taken; please try again."),
        "no_connection": tr("Not sent: no connection. Please try again."),
    }


def phone_page(
    *, code: str, nonce: str, question: Question | None, participants: list[tuple[int, str]]
) -> str:
    """The voting page with the current question and the names to pick from."""
    context: dict[str, Any] = {
        "code": code,
        "nonce": nonce,
        "question": question.public() if question is not None else None,
        "participants": [{"id": pid, "name": name} for pid, name in participants],
        "dimensions": dimension_rows(),
        "scale": [(v, term("score", v)) for v in sorted(voc.SCORE_LABELS)],
        "words": script_words(),
        **_language_context(),
    }
    return _environment().get_template("phone.html").render(context)


def join_page(*, nonce: str, message: str) -> str:
    """A box for the join code; shows nothing from the session."""
    return _environment().get_template("join.html").render(nonce=nonce, message=message, **_language_context())


__all__ = ["join_page", "phone_page", "script_words"]
