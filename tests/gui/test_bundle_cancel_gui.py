"""File ▸ Export research bundle shows its progress with a Cancel button that works: pressed,
the export stops, no dialog says it failed, and no folder appears."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton

from workshop_app.ui.export_dialog import ExportRequest

pytestmark = pytest.mark.gui


def test_cancel_in_the_progress_dialog_stops_the_bundle_and_leaves_nothing(
        window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    told: list[str] = []
    for name in ("critical", "warning", "information"):
        monkeypatch.setattr(QMessageBox, name, lambda _p, title, text, *a: told.append(f"{title}: {text}"))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: told.append(box.text()) or 0)
    pressed: list[str] = []

    def press_cancel(tries: int = 200) -> None:
        shown = [d for d in window.findChildren(QProgressDialog) if d.isVisible()]
        if shown:
            pressed.append(shown[0].labelText())
            button = next(b for b in shown[0].findChildren(QPushButton) if b.text() == "Cancel")
            button.click()
        elif tries:
            QTimer.singleShot(0, lambda: press_cancel(tries - 1))

    QTimer.singleShot(0, press_cancel)
    out = tmp_path / "research"
    paths = window.features["export"].run(ExportRequest("bundle", out))
    assert pressed and pressed[0].startswith("Exporting"), "the progress dialog was on screen"
    assert paths == [] and told == []
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        p.name for p in tmp_path.iterdir() if not p.name.startswith(".research"))
    assert not any(d.isVisible() for d in window.findChildren(QProgressDialog))


def test_the_bundle_runs_to_the_end_when_not_cancelled(window, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, title, text, *a: told.append(text))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: told.append(box.text()) or 0)
    paths = window.features["export"].run(ExportRequest("bundle", tmp_path / "research"))
    assert {p.name for p in paths} >= {"network.gexf", "tables.xlsx", "codebook.json", "README.txt"}
    assert told and told[0].startswith("Wrote ")
