"""A small Qt Linguist catalogue written by a test into its own folder.

The language tests check that a text reaches the screen or the file in the language in force,
so they bring their own few translations rather than lean on the shipped catalogues (whose
wording translators may change). One writer for all of them, in the format
``domain/i18n.py`` reads.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable
from xml.sax.saxutils import escape

from workshop_app.domain import i18n

# (English source, disambiguation, translation); two forms make a numerus (counted) message.
Message = tuple[str, str, "str | tuple[str, str]"]


def write_catalogue(folder: Path, messages: Iterable[Message], lang: str = "de") -> Path:
    """``folder/workshop_<lang>.ts`` holding ``messages``, every one translated."""
    out = []
    for source, comment, translated in messages:
        note = f"<comment>{escape(comment)}</comment>" if comment else ""
        if isinstance(translated, tuple):
            forms = "".join(f"<numerusform>{escape(f)}</numerusform>" for f in translated)
            out.append(f'<message numerus="yes"><source>{escape(source)}</source>{note}'
                       f"<translation>{forms}</translation></message>")
        else:
            out.append(f"<message><source>{escape(source)}</source>{note}"
                       f"<translation>{escape(translated)}</translation></message>")
    path = folder / f"workshop_{lang}.ts"
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                    f'<TS version="2.1" language="{lang}"><context><name>{i18n.CONTEXT}</name>'
                    + "".join(out) + "</context></TS>\n", encoding="utf-8")
    return path


__all__ = ["Message", "write_catalogue"]
