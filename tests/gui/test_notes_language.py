"""The notes dock speaks the console's language: its title, the phase heading, the empty hint,
the note line's placeholder, "Quote from", "Attach to …" and a note's line and tooltip.

The German words come from a small catalogue the test writes (the shipped catalogues are being
filled by translators, so their words are not the test's to rely on)."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest

from workshop_app import Session
from workshop_app.domain import i18n
from workshop_app.ui.i18n import install

from small_catalogue import write_catalogue

pytestmark = pytest.mark.gui

GERMAN = {
    "Notes": "Notizen",
    "Notes for “{phase}”": "Notizen zu „{phase}“",
    "No notes for this phase yet.": "Noch keine Notizen zu dieser Phase.",
    "Type a note and press Enter   (Ctrl+M comes here)": "Notiz tippen und Enter drücken   (Ctrl+M führt hierher)",
    "Quote from": "Zitat von",
    "— nobody (a note)": "— niemand (eine Notiz)",
    "Attach to selection (select one actor or relation)": "An Auswahl hängen (einen Akteur oder eine Beziehung wählen)",
    "Attach to {subject}": "An {subject} hängen",
    "“{quote}”": "„{quote}“",
    "{note}  · on {subject}": "{note}  · zu {subject}",
    "Quote written {time} (UTC)": "Zitat geschrieben {time} (UTC)",
}


@pytest.fixture
def german(tmp_path: Path) -> Iterator[None]:
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


def test_the_notes_dock_speaks_german(qtbot, small_session: Path, german: None) -> None:
    from workshop_app.ui.main_window import MainWindow

    win = MainWindow(Session.open(small_session))
    qtbot.addWidget(win)
    dock = win.features["notes"].dock
    assert dock.windowTitle() == "Notizen"
    assert dock.toggleViewAction().text() == "Notizen"  # its entry under View ▸ Panels
    assert dock.heading.text() == "Notizen zu „Design“"
    assert dock.empty.text() == "Noch keine Notizen zu dieser Phase."
    assert dock.editor.placeholderText().startswith("Notiz tippen")
    assert dock.quote_from.itemText(0) == "— niemand (eine Notiz)"
    assert dock.attach.text() == "An Auswahl hängen (einen Akteur oder eine Beziehung wählen)"

    ana = win.session.add_participant("Ana", "Residents' forum")
    win.scene.select(actor_ids=[win.session.actor("City of Testville").id])
    assert dock.attach.text() == "An City of Testville hängen"
    dock.quote_from.setCurrentIndex(dock.quote_from.findData(ana.id))
    dock.attach.setChecked(True)
    dock.editor.setText("Erst die Daten")
    win.features["notes"].add_from_editor()
    line = dock.list.item(dock.list.count() - 1)
    assert line.text().endswith("„Erst die Daten“ — Ana  · zu City of Testville")
    assert line.toolTip().startswith("Zitat geschrieben ")
