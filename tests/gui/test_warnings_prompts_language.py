"""A German console shows the warnings panel's titles, the prompts panel's questions and the
pinned prompt on the projector in German (from a small test catalogue), and a prompt not
translated yet in English; ids, frameworks and citations as written."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest

from workshop_app.domain import i18n
from workshop_app.ui.i18n import install

from small_catalogue import write_catalogue

pytestmark = pytest.mark.gui

W1_DE = "Bürger fehlen im Entwurf: werden sie erst gefragt, wenn schon entschieden ist?"
P1_DE = "Nennen Sie Organisationen, nicht Sektoren: wer genau ist hier, und was bringt jede mit?"
GERMAN = {
    "Citizens absent from design: will they be consulted only after decisions are made?": W1_DE,
    "Name organisations, not sectors: who exactly is here, and what does each bring — "
    "resources, skills or competences?": P1_DE,
    "Design": "Entwurf",
}


@pytest.fixture
def german_console(tmp_path: Path) -> Iterator[None]:
    folder = tmp_path / "i18n"
    folder.mkdir()
    write_catalogue(folder, ((en, "", de) for en, de in GERMAN.items()))
    i18n.set_catalogue_dir(folder)
    install("de")
    try:
        yield
    finally:
        install("en")
        i18n.set_catalogue_dir(None)


def test_the_panels_and_the_projector_speak_german(qtbot, demo_window, german_console: None) -> None:
    win = demo_window("iskandar")  # its first phase is a design phase, with W1
    panels = win.features["analysis"]
    panels.open(panels.warnings)
    qtbot.waitUntil(lambda: bool(panels.warnings.warning_cards()), timeout=2000)
    cards = panels.warnings.warning_cards()
    assert cards[0].warning.id == "W1" and cards[0].message.text() == W1_DE
    assert "003" in cards[0].source.text()
    panels.open(panels.prompts)
    qtbot.waitUntil(lambda: "P1" in panels.prompts.rows, timeout=2000)
    rows = panels.prompts.rows
    assert rows["P1"].text.text() == P1_DE
    assert rows["P1"].tag.text() == "Assemblage · 000"
    assert rows["P2"].text.text() == rows["P2"].prompt.text  # not translated yet: English
    assert "(entwurf stage)" not in panels.prompts.heading.text()
    assert "Entwurf" in panels.prompts.heading.text()  # a German noun keeps its capital
    rows["P1"].pin.click()
    assert win.features["projector"].prompt == P1_DE
