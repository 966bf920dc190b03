"""Presenting step by step, as the room sees it on the wall and the facilitator on the console:
a clicker's PgDn shows one more actor (or relation), phase after phase; what is not shown yet
is hidden on the projector only; the keys go back to their usual work when presenting stops."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor

from workshop_app.domain.presentation import SEQUENCE_KEY
from workshop_app.style import palette
from workshop_app.ui.cheatsheet import shortcut_clashes
from workshop_app.ui.presenting_sequence import SequenceDialog

pytestmark = pytest.mark.gui


def _fill_pixels(view, item) -> int:
    """How many pixels of the actor's box the view paints in the actor type's fill colour."""
    view.viewport().repaint()
    image = view.viewport().grab().toImage()
    box = view.mapFromScene(item.box_at(view.label_scale)).boundingRect()
    fill = QColor(palette.type_fill(item.view.type))
    hits = 0
    for x in range(box.left(), box.right(), 3):
        for y in range(box.top(), box.bottom(), 3):
            if image.rect().contains(QPoint(x, y)):
                c = image.pixelColor(x, y)
                hits += abs(c.red() - fill.red()) + abs(c.green() - fill.green()) + abs(c.blue() - fill.blue()) < 12
    return hits


def _shown_on(view, win) -> set[str]:
    win.scene.morph.finish()  # the phase itself, not a frame of the morph into it
    return {item.view.name for item in win.scene.actor_items.values()
            if item.isVisible() and item.view.present and _fill_pixels(view, item) > 20}


def _press(qtbot, win, *keys) -> None:
    for key in keys:
        qtbot.keyClick(win.view, key)


def test_a_clicker_steps_through_actors_and_phases_on_the_wall_only(qtbot, window) -> None:
    win = window
    presenting, projector = win.features["presenting"], win.features["projector"]
    design, pilot = [p.id for p in win.session.phases]
    win.view.setFocus()
    _press(qtbot, win, Qt.Key.Key_F6)
    assert presenting.presentation is not None and projector.is_shown()
    wall = projector.view
    everyone = {"City of Testville", "Test University", "Residents' forum"}
    assert _shown_on(wall, win) == set()  # the phase's title first, nobody yet
    assert _shown_on(win.view, win) == everyone  # the console shows every actor
    _press(qtbot, win, Qt.Key.Key_PageDown)  # a clicker's forward key: by type, government first
    assert _shown_on(wall, win) == {"City of Testville"}
    _press(qtbot, win, Qt.Key.Key_Right)
    assert _shown_on(wall, win) == {"City of Testville", "Test University"}
    assert wall.step_note == "2 of 3 actors"
    _press(qtbot, win, Qt.Key.Key_Space)
    assert _shown_on(wall, win) == everyone
    _press(qtbot, win, Qt.Key.Key_PageDown)  # after the last actor: the next phase, from nobody
    assert win.phase_id == pilot and _shown_on(wall, win) == set()
    _press(qtbot, win, Qt.Key.Key_PageUp)  # back: the previous phase, everybody shown
    assert win.phase_id == design and _shown_on(wall, win) == everyone
    _press(qtbot, win, Qt.Key.Key_Left, Qt.Key.Key_Backspace)
    assert _shown_on(wall, win) == {"City of Testville"}
    assert len(win.session.actors) == 3  # Backspace stepped back; it deleted nothing
    assert presenting.panel.where.text().endswith("1 of 3 actors shown")
    listed = [presenting.panel.steps.topLevelItem(0).child(i).text(0) for i in range(3)]
    assert listed == ["✓ City of Testville", "○ Test University", "○ Residents' forum"]
    assert shortcut_clashes(win) == {}

    _press(qtbot, win, Qt.Key.Key_F6)  # presenting stops: the wall shows all, PgDn is next phase
    assert presenting.presentation is None and _shown_on(wall, win) == everyone
    _press(qtbot, win, Qt.Key.Key_PageDown)
    assert win.phase_id == pilot
    projector.hide()


def test_the_order_by_scale_and_relation_by_relation(qtbot, window) -> None:
    win = window
    presenting, projector = win.features["presenting"], win.features["projector"]
    presenting.panel.order.setCurrentIndex(presenting.panel.order.findData("scale"))
    presenting.start()
    steps = [s.label for s in presenting.presentation.steps(win.session.model)]
    assert steps == ["Residents' forum", "City of Testville", "Test University"]  # local first
    presenting.panel.unit.setCurrentIndex(presenting.panel.unit.findData("relations"))
    [relation] = win.scene.relation_items.values()
    assert projector.view.hidden == (frozenset(), frozenset({relation.relation_id}))
    assert _shown_on(projector.view, win) == {"City of Testville", "Test University", "Residents' forum"}
    win.view.setFocus()
    qtbot.keyClick(win.view, Qt.Key.Key_PageDown)
    assert projector.view.hidden == (frozenset(), frozenset())
    # A click on a step in the console's list jumps there.
    head = presenting.panel.steps.topLevelItem(0)
    presenting.panel.steps.itemClicked.emit(head, 0)
    assert projector.view.hidden == (frozenset(), frozenset({relation.relation_id}))
    presenting.stop()
    projector.hide()


def test_the_saved_sequence_is_one_undoable_edit(qtbot, window) -> None:
    win = window
    presenting = win.features["presenting"]
    dialog = SequenceDialog(presenting.ctx, "actors")
    names = lambda: [dialog.items.item(i).text() for i in range(dialog.items.count())]  # noqa: E731
    assert names() == ["City of Testville", "Test University", "Residents' forum"]
    dialog.items.setCurrentRow(2)
    dialog.move(-10**6)  # Residents' forum to the top
    dialog.items.setCurrentRow(2)
    dialog.move(-1)
    assert names() == ["Residents' forum", "Test University", "City of Testville"]
    before = win.session.model.meta(SEQUENCE_KEY)
    win.session.execute(dialog.command())
    ids = {a.name: a.id for a in win.session.actors}
    assert win.session.model.meta(SEQUENCE_KEY)["actors"] == [
        ids["Residents' forum"], ids["Test University"], ids["City of Testville"]]
    presenting.panel.order.setCurrentIndex(presenting.panel.order.findData("saved"))
    presenting.start()
    assert [s.label for s in presenting.presentation.steps(win.session.model)] == [
        "Residents' forum", "Test University", "City of Testville"]
    win.undo()
    assert win.session.model.meta(SEQUENCE_KEY) == before
    presenting.stop()
    win.features["projector"].hide()
    dialog.close()
