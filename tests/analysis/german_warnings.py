"""A tiny German catalogue for the tests of the warnings', the prompts' and the diff's language.

Written into a test's own folder (never the shipped catalogues, which translators fill): one
warning title, two of its sentences (one counted, with both German forms), the word that
joins names, one prompt and one stage, and one line of the phase diff, enough to tell German
from English and to leave everything else untranslated.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest

from workshop_app.domain import i18n

from small_catalogue import write_catalogue

W1_TITLE = "Citizens absent from design: will they be consulted only after decisions are made?"
W1_TITLE_DE = "Bürger fehlen im Entwurf: werden sie erst gefragt, wenn schon entschieden ist?"
P1_TEXT = ("Name organisations, not sectors: who exactly is here, and what does each bring — "
           "resources, skills or competences?")
P1_TEXT_DE = ("Nennen Sie Organisationen, nicht Sektoren: wer genau ist hier, und was bringt "
              "jede mit – Ressourcen, Fähigkeiten oder Kompetenzen?")

# (English source, German); a tuple of two German forms is a numerus message.
GERMAN: tuple[tuple[str, str | tuple[str, str]], ...] = (
    (W1_TITLE, W1_TITLE_DE),
    ("No citizens actor takes part in {phase}.", "In {phase} nimmt kein Bürgerakteur teil."),
    ("{names} is recorded as absent from {phase}.",
     ("{names} ist in {phase} als abwesend erfasst.", "{names} sind in {phase} als abwesend erfasst.")),
    ("{names} and {last}", "{names} und {last}"),
    (P1_TEXT, P1_TEXT_DE),
    ("Design", "Entwurf"),
    ("{name} joined between {a} and {b}", "{name} kam zwischen {a} und {b} hinzu"),
)


def write_german(folder: Path) -> Path:
    """``folder/workshop_de.ts`` holding :data:`GERMAN`."""
    return write_catalogue(folder, ((source, "", german) for source, german in GERMAN))


@pytest.fixture
def german(tmp_path: Path) -> Iterator[Path]:
    """The German test catalogue in force for the test, the console set to German; the
    shipped catalogues and English after."""
    folder = tmp_path / "i18n"
    folder.mkdir()
    write_german(folder)
    i18n.set_catalogue_dir(folder)
    i18n.set_language("de")
    try:
        yield folder
    finally:
        i18n.set_catalogue_dir(None)
        i18n.set_language(None)
