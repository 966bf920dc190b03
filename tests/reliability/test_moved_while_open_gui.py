"""The console window, when its session file is renamed or moved while open: the next edit
gets a dialog saying what happened and where the edits are, nothing is half-saved, and every
edit made before is in the file at its new place."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QMessageBox  # noqa: E402

from workshop_app import Session  # noqa: E402
from workshop_app.domain import commands as cmds  # noqa: E402

pytestmark = [pytest.mark.gui,
              pytest.mark.skipif(sys.platform == "win32", reason="an open file cannot be renamed")]


def test_an_edit_after_the_file_moved_gets_a_dialog_and_nothing_is_lost(
    tmp_path: Path, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from workshop_app.ui.main_window import MainWindow

    monkeypatch.setenv("WORKSHOP_APP_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("WORKSHOP_APP_DATA_DIR", str(tmp_path / "app-data"))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical",
                        lambda parent, title, text, *a: shown.append(f"{title}|{text}"))
    path = tmp_path / "lyon.workshop"
    Session.create(path, title="Lyon").close()
    win = MainWindow(Session.open(path))
    qtbot.addWidget(win)
    win.show()
    win.execute(cmds.AddActor(actor_name="Before the move"))
    moved = tmp_path / "archive" / "lyon.workshop"
    moved.parent.mkdir()
    os.rename(path, moved)
    win.execute(cmds.AddActor(actor_name="After the move"))
    assert len(shown) == 1
    title, text = shown[0].split("|", 1)
    assert title == "Could not save" and "renamed, moved" in text and "new place" in text
    assert [a.name for a in win.session.actors] == ["Before the move"]
    win.close()
    with Session.open(moved, read_only=True) as s:
        assert [a.name for a in s.actors] == ["Before the move"]
