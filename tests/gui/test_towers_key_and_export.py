"""Influence towers beyond the map itself: while View ▸ Influence towers shows them, the map's
legend explains them; the export dialog offers them for the maps it writes, ticked when the
console shows them, and the picture drawn then has them too."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QDialog, QMessageBox

from workshop_app import Session
from workshop_app.canvas import overlay
from workshop_app.style.towers import TOWER_FILL
from workshop_app.ui.export_dialog import ExportDialog

from beyond_map_session import build_governance_session

pytestmark = pytest.mark.gui

SUPPORTS = QColor(TOWER_FILL["supports"])


def _has_colour(image: QImage, colour: QColor, x0: int = 0, y0: int = 0, x1: int | None = None,
                y1: int | None = None) -> bool:
    x1 = image.width() if x1 is None else min(x1, image.width())
    y1 = image.height() if y1 is None else min(y1, image.height())
    for y in range(max(0, y0), y1):
        for x in range(max(0, x0), x1):
            if image.pixelColor(x, y).rgb() == colour.rgb():
                return True
    return False


@pytest.fixture
def gov(qtbot, tmp_path: Path):
    from workshop_app.ui.main_window import MainWindow

    win = MainWindow(Session.open(build_governance_session(tmp_path / "harbour.workshop")))
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.set_phase(win.session.phase("Pilot").id)
    return win


def _legend_picture(win) -> QImage:
    rect = win.view.legend_rect().toAlignedRect()
    return win.view.viewport().grab(rect).toImage()


def _open_legend(qtbot, win) -> None:
    """Click the folded legend open, as the facilitator would on a crowded map."""
    if win.view.legend_folded:
        qtbot.mouseClick(win.view.viewport(), Qt.MouseButton.LeftButton,
                         pos=win.view.legend_rect().center().toPoint())
    assert not win.view.legend_folded


def test_the_legend_explains_the_towers_while_they_stand_on_the_map(qtbot, gov) -> None:
    win, act = gov, gov.features["beyond_map"].act_towers
    _open_legend(qtbot, win)
    plain = win.view.legend_size()
    assert overlay.TOWERS_MARK not in overlay.marks_of(win.scene)
    assert not _has_colour(_legend_picture(win), SUPPORTS)
    act.trigger()
    assert win.view.legend_size().height() > plain.height()  # a section more
    assert _has_colour(_legend_picture(win), SUPPORTS)  # the key's supporting tower
    win.set_phase(win.session.phase("Design").id)  # no tower stands there: no key
    assert win.view.legend_size() == plain
    act.trigger()
    win.set_phase(win.session.phase("Pilot").id)
    assert win.view.legend_size() == plain and not _has_colour(_legend_picture(win), SUPPORTS)


def test_the_export_dialog_offers_towers_as_the_map_shows_them(qtbot, gov, tmp_path: Path, monkeypatch) -> None:
    win = gov
    seen: list[ExportDialog] = []

    def answer(dlg: ExportDialog) -> int:
        seen.append(dlg)
        dlg.format.setCurrentIndex(dlg.format.findData("png"))
        dlg.phase.setCurrentIndex(dlg.phase.findData(win.session.phase("Pilot").id))
        dlg.path.setText(str(tmp_path / "out" / f"map{len(seen)}.png"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", answer)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    export = win.features["export"]
    plain = export.open_export()
    assert not seen[0].towers.isChecked() and seen[0].towers.isEnabled()
    win.features["beyond_map"].act_towers.trigger()
    with_towers = export.open_export()
    assert seen[1].towers.isChecked()
    assert not _has_colour(QImage(str(plain[0])), SUPPORTS)
    assert _has_colour(QImage(str(with_towers[0])), SUPPORTS)
    for fmt, offered in (("html", True), ("pdf", True), ("csv", False), ("gexf", False)):
        seen[1].format.setCurrentIndex(seen[1].format.findData(fmt))
        assert seen[1].towers.isEnabled() is offered
