"""A tiny German catalogue for the tests of the report and the snapshot in another language.

Written into a test's own folder (never the shipped catalogues, which translators are
filling): a handful of the report's, the pack's and the page's own words, a counted noun and
a vocabulary label, enough to tell a German file from an English one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterator
from xml.sax.saxutils import escape

import pytest

from workshop_app.domain import i18n

# (English source, disambiguation, German); a tuple of two German forms is a counted noun.
GERMAN: tuple[tuple[str, str, str | tuple[str, str]], ...] = (
    ("Who took part", "", "Wer teilgenommen hat"),
    ("Workshop report · {day}", "", "Workshop-Bericht · {day}"),
    ("Where the room disagreed most", "", "Wo der Raum am meisten uneins war"),
    ("{participants} in the room.", "", "{participants} im Raum."),
    ("participant", i18n.COUNTED_NOUN, ("Teilnehmerin", "Teilnehmende")),
    ("Trust", "dimension", "Vertrauen"),
    ("Glossary", "", "Glossar"),
    ("Legend", "", "Legende"),
    ("Snapshot of {day} · {phases}", "", "Momentaufnahme vom {day} · {phases}"),
    ("Who joined", "", "Wer hinzukam"),
    ("Type", "", "Typ"),
)


def write_german(folder: Path) -> Path:
    """``folder/workshop_de.ts`` holding :data:`GERMAN`."""
    messages = []
    for source, comment, german in GERMAN:
        note = f"<comment>{escape(comment)}</comment>" if comment else ""
        if isinstance(german, tuple):
            forms = "".join(f"<numerusform>{escape(f)}</numerusform>" for f in german)
            messages.append(f'<message numerus="yes"><source>{escape(source)}</source>{note}'
                            f"<translation>{forms}</translation></message>")
        else:
            messages.append(f"<message><source>{escape(source)}</source>{note}"
                            f"<translation>{escape(german)}</translation></message>")
    path = folder / "workshop_de.ts"
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
                    f'<TS version="2.1" language="de_DE"><context><name>{i18n.CONTEXT}</name>'
                    + "".join(messages) + "</context></TS>\n", encoding="utf-8")
    return path


@pytest.fixture
def german(tmp_path: Path) -> Iterator[Path]:
    """The German test catalogue in force for the test; the shipped ones and English after."""
    folder = tmp_path / "i18n"
    folder.mkdir()
    write_german(folder)
    i18n.set_catalogue_dir(folder)
    try:
        yield folder
    finally:
        i18n.set_catalogue_dir(None)
        i18n.set_language(None)
