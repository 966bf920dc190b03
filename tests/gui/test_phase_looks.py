"""What a phase switch shows stays true after edits made while another phase is on screen
(the scene keeps what each phase shows between visits), and a faded relation drawn far out
takes the colour of the view it is drawn in (the wall may be black where the canvas is white).

How long a switch or a first paint takes is measured by ``tests/benchmarks/run.py``."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QGraphicsView

from workshop_app.canvas.scene import WorkshopScene

pytestmark = pytest.mark.gui


def _shown(win, name: str) -> bool:
    item = next(i for i in win.scene.actor_items.values() if i.view.name == name)
    return item.view.present


def _relation_active(win) -> bool:
    (item,) = win.scene.relation_items.values()
    return item.isVisible() and item.active


def test_paging_back_shows_an_edit_made_while_another_phase_was_shown(qtbot, window) -> None:
    win = window
    design, pilot = win.session.phases
    assert _shown(win, "Test University") and _relation_active(win)
    win.set_phase(pilot.id)
    win.set_phase(design.id)  # both phases have been shown once: the scene knows them
    win.set_phase(pilot.id)
    assert not _shown(win, "Test University") and not _relation_active(win)
    assert "2 actors · 0 relations in this phase" in win.status.text()
    win.session.set_presence("Test University", design.id, False)  # edited from the pilot
    win.session.set_presence("Test University", pilot.id, True)
    assert _shown(win, "Test University") and _relation_active(win)
    assert "3 actors · 1 relation in this phase" in win.status.text()
    win.set_phase(design.id)
    assert not _shown(win, "Test University") and not _relation_active(win)
    assert "2 actors · 0 relations in this phase" in win.status.text()
    win.session.undo()
    win.session.undo()
    win.set_phase(pilot.id)
    assert not _shown(win, "Test University") and not _relation_active(win)
    win.set_phase(design.id)
    assert _shown(win, "Test University") and _relation_active(win)


def _line_colour(view: QGraphicsView, a: QPointF, b: QPointF) -> QColor:
    """The colour furthest from the background near the middle of the line from a to b."""
    image = view.viewport().grab().toImage()  # as on screen (an export draws everything in full)
    mid = view.mapFromScene((a + b) / 2)
    back = view.backgroundBrush().color()
    best, far = back, -1
    for dx in range(-3, 4):
        for dy in range(-3, 4):
            c = image.pixelColor(mid.x() + dx, mid.y() + dy)
            d = abs(c.red() - back.red()) + abs(c.green() - back.green()) + abs(c.blue() - back.blue())
            if d > far:
                best, far = c, d
    return best


def test_a_faded_line_far_out_is_mixed_into_the_background_of_its_view(qtbot, window) -> None:
    win = window
    pilot = win.session.phases[1]
    win.set_phase(pilot.id)  # the university is absent: its relation is a ghost
    scene: WorkshopScene = win.scene
    scene.morph.finish()  # at rest, not fading out
    (ghost,) = scene.relation_items.values()
    assert not ghost.active and ghost.isVisible()
    a, b = ghost.source_item.pos(), ghost.target_item.pos()
    colours = {}
    for name, background in (("white", "#FFFFFF"), ("black", "#000000")):
        view = QGraphicsView(scene)
        qtbot.addWidget(view)
        view.setBackgroundBrush(QColor(background))
        view.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        view.resize(400, 300)
        view.setTransform(view.transform().scale(0.05, 0.05))  # names would be a pixel high
        view.centerOn((a + b) / 2)
        view.show()
        qtbot.waitExposed(view)
        colours[name] = _line_colour(view, a, b)
    line = QColor(ghost.style().colour)
    on_white, on_black = colours["white"], colours["black"]
    assert line.lightness() < on_white.lightness() < 255  # faded towards white, still drawn
    assert 0 < on_black.lightness() < 80 < line.lightness()  # towards black on a black wall
