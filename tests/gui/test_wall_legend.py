"""What the map gets of the screen around it: the wall's legend takes the shape (box, rows or
column) that leaves the names largest, the console's title keeps a band of one line, and a
small screen's docks start narrow."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtWidgets import QApplication

from legibility_helpers import CONSOLE_SIZE, PROJECTOR_SIZE, make_big_session
from workshop_app import Session
from workshop_app.canvas import legend_shapes, overlay
from workshop_app.style.look import legend_entries
from workshop_app.ui.screen_fit import NARROW_DOCK

pytestmark = pytest.mark.gui


def _console(qtbot: Any, path: Path) -> Any:
    from workshop_app.ui.main_window import MainWindow

    win = MainWindow(Session.open(path))
    qtbot.addWidget(win)
    win.resize(*CONSOLE_SIZE)
    win.show()
    qtbot.waitExposed(win)
    qtbot.wait(30)
    QApplication.processEvents()
    return win


def _boxes_on_screen(view: Any) -> list[QRectF]:
    k = view.label_scale
    return [QRectF(view.mapFromScene(i.box_at(k)).boundingRect())
            for i in view.workshop_scene().actor_items.values() if i.isVisible()]


def test_the_wall_legend_takes_the_shape_that_leaves_the_names_largest(qtbot, tmp_path: Path) -> None:
    win = _console(qtbot, make_big_session(tmp_path / "big.workshop"))
    projector = win.features["projector"]
    projector.show()
    qtbot.waitUntil(projector.view.isVisible)
    view = projector.view
    view.showNormal()
    view.setGeometry(0, 0, *PROJECTOR_SIZE)
    qtbot.wait(30)
    best = view.transform().m11()
    legend = view.legend_rect()
    assert view.legend_shape in ("wide", "narrow")  # a crowded map has no corner for the box
    assert not any(legend.intersects(b) for b in _boxes_on_screen(view))
    view.legend_shapes = ("tall",)  # the usual box only: it needs a strip of its own
    view.fit()
    assert view.transform().m11() < best / 1.03
    projector.hide()


@pytest.mark.parametrize("shape", legend_shapes.SHAPES)
def test_every_legend_shape_explains_every_key(qapp, shape: str) -> None:
    cells = [c.label for _h, row in legend_shapes._rows(1.0, [("entered", "actor entered")], shape) for c in row]
    for section in legend_entries():
        for entry in section.entries:
            assert (entry.key if entry.kind == "width" else entry.label) in cells, entry
    assert "actor entered" in cells
    tall = overlay.legend_size(1.0)
    size = legend_shapes.legend_size(shape, 1.0)
    if shape == "wide":
        assert size.height() < tall.height() / 2
    else:
        assert size.width() < tall.width()


def test_the_console_title_keeps_a_band_of_one_line(qtbot, tmp_path: Path) -> None:
    """A packed map has a box under the title's corner: the title then takes a band, of one
    line (the session's title after the phase), not two."""
    win = _console(qtbot, make_big_session(tmp_path / "big.workshop"))
    view = win.view
    block = view.title_block()
    assert block is not None and block.subtitle
    shown = view._shown_title(block)
    assert shown.title.endswith(block.subtitle) and not shown.subtitle
    two_lines = overlay.title_size(block, view.overlay_scale).height()
    assert 0 < view.frame.title_band < two_lines
    title_spot = QRectF(QPointF(0, 0), overlay.title_size(shown, view.overlay_scale))
    assert not any(title_spot.intersects(b) for b in _boxes_on_screen(view))


def test_a_small_screen_starts_with_narrow_docks(qtbot, tmp_path: Path) -> None:
    win = _console(qtbot, make_big_session(tmp_path / "big.workshop"))
    props = win.properties.geometry()
    assert props.width() <= NARROW_DOCK + 2 and props.right() <= win.width()
    assert win.view.viewport().width() >= CONSOLE_SIZE[0] - NARROW_DOCK - 12
