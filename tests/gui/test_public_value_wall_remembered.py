"""The public value's "show on the wall" choice is remembered between runs (settings version
4): the next console starts with the statement in the presentation's heading."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from workshop_app import Session, settings

pytestmark = pytest.mark.gui

STATEMENT = "Cleaner harbour air for the people who live by it"


def _console(qtbot, path: Path):
    from workshop_app.ui.main_window import MainWindow

    win = MainWindow(Session.open(path))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_showing_the_public_value_on_the_wall_is_remembered(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "harbour.workshop"
    with Session.create(path, title="Harbour") as s:
        s.set_public_value(STATEMENT)
    first = _console(qtbot, path)
    feature = first.features["beyond_map"]
    assert not feature.value.on_wall.isChecked()  # off until somebody asks for it
    feature.value.on_wall.setChecked(True)
    saved = json.loads((settings.config_dir() / settings.FILE_NAME).read_text(encoding="utf-8"))
    assert saved["wall_public_value"] is True and saved["version"] == settings.VERSION
    first.close()

    again = _console(qtbot, path)  # the next workshop
    wall = again.features["projector"].view
    assert again.features["beyond_map"].value.on_wall.isChecked()
    assert wall.heading_note == f"Public value: {STATEMENT}"
    again.features["beyond_map"].value.on_wall.setChecked(False)
    assert settings.current().wall_public_value is False


def test_a_settings_file_without_the_choice_keeps_the_statement_off_the_wall() -> None:
    old = settings.from_json({"version": 3, "show_phase_slider": False})
    assert old.wall_public_value is False and old.show_phase_slider is False
    assert settings.from_json({"version": 4, "wall_public_value": "yes"}).wall_public_value is False
    assert settings.from_json({"version": 4, "wall_public_value": True}).wall_public_value is True
