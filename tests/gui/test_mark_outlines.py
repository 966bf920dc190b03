"""Marks, the focus highlight and the wall's thick outlines follow each actor type's own
shape (style/shapes.py): a hexagon, a pill or a notched box is ringed by a hexagon, a pill
or a notched ring, not by a rounded rectangle drawn around its corners."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor

from workshop_app import Session
from workshop_app.canvas.style_paint import box_path, ring_path
from workshop_app.style.shapes import OUTLINES

pytestmark = pytest.mark.gui
RECT = QRectF(-100.0, -30.0, 200.0, 60.0)
K, AWAY = 1.25, 7.5


@pytest.mark.parametrize("outline", OUTLINES)
def test_a_mark_ring_holds_its_box_and_keeps_its_shape(qapp, outline: str) -> None:
    ring = ring_path(outline, RECT, K, AWAY)
    box = box_path(outline, RECT, K)
    assert ring.contains(box)
    grown = RECT.adjusted(-AWAY, -AWAY, AWAY, AWAY)
    assert grown.adjusted(-3, -3, 3, 3).contains(ring.boundingRect())  # a little way out, no more
    corner = QPointF(grown.left() + 0.5, grown.top() + 0.5)
    side = QPointF(grown.left() + 0.5, grown.center().y())
    if outline == "square":
        assert ring.contains(corner + QPointF(2.5, 2.5))  # nearly square, unlike a rounded ring
    elif outline == "notched":
        assert not ring.contains(side)  # the ring dips into the notch
    else:
        assert not ring.contains(corner), outline  # cut, pointed or round corners stay so


def _session(path: Path) -> Path:
    s = Session.create(path, title="Shapes", default_phases=False)
    with s.bulk("build"):
        s.add_phase("Design", "design")
        s.add_actor("European Commission", "international", "international", x=-150, y=0, present_in=["Design"])
        s.add_actor("Citizens' panel", "citizens", "neighbourhood", x=150, y=0, present_in=["Design"])
    s.close()
    return path


def test_marks_and_the_focus_follow_the_actor_type_shape(qtbot, tmp_path: Path) -> None:
    from workshop_app.canvas.scene import WorkshopScene

    s = Session.open(_session(tmp_path / "shapes.workshop"))
    scene = WorkshopScene(s)
    for item in scene.actor_items.values():
        for kind in ("entered", "focus"):
            scene.set_marks({item.actor_id: kind}, {})
            ring = item.mark_path()
            assert ring.contains(item.shape()), kind
            corner = item.boundingRect().topLeft() + QPointF(item._margin() - 5 * item.font_scale,
                                                              item._margin() - 5 * item.font_scale)
            assert not ring.contains(corner)  # a pointed end or a pill's round end, not a rectangle
    scene.detach()
    s.close()


def test_the_wall_draws_its_thick_outlines_on_each_box_shape(qtbot, tmp_path: Path) -> None:
    """On the projector the dark outline runs along the pointed ends of an international
    actor's box: the corner the box cuts off stays as light as the wall."""
    from workshop_app.ui.main_window import MainWindow

    win = MainWindow(Session.open(_session(tmp_path / "shapes.workshop")))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    projector = win.features["projector"]
    projector.show()
    qtbot.waitUntil(projector.view.isVisible)
    view = projector.view
    view.showNormal()
    view.setGeometry(0, 0, 1280, 720)
    qtbot.wait(50)
    item = next(i for i in win.scene.actor_items.values() if i.view.type == "international")
    k = view.label_scale
    outline = item.outline_at(k)
    assert outline.boundingRect() == item.box_at(k)
    assert outline == box_path("pointed", item.box_at(k), k)  # the box's own pointed shape
    image = view.viewport().grab().toImage()
    box = item.box_at(k)
    # Where a rounded rectangle's left side would run, in the corner the pointed end cuts off.
    spot = view.mapFromScene(QPointF(box.left(), box.top() + box.height() * 0.3))
    for dx in (-1, 0, 1):
        pixel = QColor(image.pixel(spot.x() + dx, spot.y()))
        assert pixel.lightness() > 200, pixel.name()
    projector.hide()
