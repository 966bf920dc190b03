"""A tiny German catalogue for the tests of the report and the snapshot in another language.

Written into a test's own folder (never the shipped catalogues, which translators are
filling): a handful of the report's, the pack's and the page's own words, a counted noun and
a vocabulary label, enough to tell a German file from an English one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest

from workshop_app.domain import i18n

from small_catalogue import write_catalogue

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
    return write_catalogue(folder, GERMAN)


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
