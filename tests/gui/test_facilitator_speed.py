"""Facilitator speed, driven the way a facilitator works: keys, double-clicks, menus.

Bulk presence in one undo step, a new actor exactly under the pointer without the map moving,
new actors with N in free space, a canvas that says how to start, no warnings before there is
anything to warn about, counts that read as English, whole names in lists, and a new session
that asks for its title.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog

from workshop_app import Session

pytestmark = pytest.mark.gui


def _open(qtbot, path: Path, size: tuple[int, int] = (1280, 800)):
    from workshop_app.ui.main_window import MainWindow

    win = MainWindow(Session.open(path))
    qtbot.addWidget(win)
    win.resize(*size)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    return win


@pytest.fixture
def empty_window(qtbot, tmp_path: Path):
    path = tmp_path / "harbour_data-lab.workshop"
    Session.create(path).close()
    return _open(qtbot, path)


def _present(win, phase_index: int) -> list[str]:
    s = win.session
    return [a.name for a in s.present_actors(s.phases[phase_index])]


def _viewport_centre(win) -> QPointF:
    return win.view.mapToScene(win.view.viewport().rect().center())


# -- bulk presence ------------------------------------------------------------------------
def test_shift_b_brings_every_actor_into_the_phase_in_one_undo_step(qtbot, window) -> None:
    win = window
    pilot = win.session.phases[1]
    win.set_phase(pilot.id)
    assert _present(win, 1) == ["City of Testville", "Residents' forum"]
    qtbot.keyClick(win.view, Qt.Key.Key_B, Qt.KeyboardModifier.ShiftModifier)
    assert _present(win, 1) == ["City of Testville", "Test University", "Residents' forum"]
    uni = next(i for i in win.scene.actor_items.values() if i.view.name == "Test University")
    assert uni.view.present and uni.isVisible()
    assert win.session.undo_text == "Bring 1 actor into Pilot"
    assert "Undo Bring 1 actor into Pilot" in win.acts.undo.text()
    qtbot.keyClick(win.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _present(win, 1) == ["City of Testville", "Residents' forum"]  # one step undoes it all


def test_b_brings_only_the_selected_ghosts(qtbot, window) -> None:
    win = window
    s = win.session
    third = s.add_phase("Scaling", "scaling")
    win.set_phase(third.id)
    ids = [a.id for a in s.actors if a.name != "Residents' forum"]
    win.scene.select(actor_ids=ids)  # ghosts can be selected: they are drawn faintly
    qtbot.keyClick(win.view, Qt.Key.Key_B)
    assert _present(win, 2) == ["City of Testville", "Test University"]
    assert s.undo_text == "Bring 2 actors into Scaling"
    win.scene.select()
    qtbot.keyClick(win.view, Qt.Key.Key_B)
    assert "Select the actors" in win.statusBar().currentMessage()
    assert s.undo_text == "Bring 2 actors into Scaling"  # nothing done, nothing to undo


def test_copy_presence_and_roles_from_the_previous_phase(qtbot, window) -> None:
    win = window
    s = win.session
    design, pilot = s.phases
    s.set_presence("City of Testville", design, roles=["coordinator"])
    s.set_presence("Test University", design, roles=["researcher", "expert"])
    win.set_phase(pilot.id)
    qtbot.keyClick(win.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert _present(win, 1) == ["City of Testville", "Test University", "Residents' forum"]
    assert s.roles("Test University", pilot) == ("researcher", "expert")
    assert s.roles("City of Testville", pilot) == ("coordinator",)
    assert s.undo_text == "Copy presence and roles from Design"
    win.undo()
    assert _present(win, 1) == ["City of Testville", "Residents' forum"]
    assert s.roles("City of Testville", pilot) == ()


def test_bulk_presence_sits_in_the_actors_menu(window) -> None:
    texts = [a.text() for a in window.menus["actors"].actions()]
    for wanted in ("Bring selected actors into this phase", "Bring all actors into this phase",
                   "Copy presence and roles from the previous phase"):
        assert wanted in texts
    window.set_phase(window.session.phases[0].id)
    assert not window.acts["copy_previous"].isEnabled()  # the first phase has none before it
    window.set_phase(window.session.phases[1].id)
    assert window.acts["copy_previous"].isEnabled()


# -- new actors ---------------------------------------------------------------------------
def _empty_spot(win, corner: str) -> QPoint:
    """A point near a corner of the canvas with nothing under it (the map grows to reach it)."""
    vp = win.view.viewport()
    for inset in range(70, 400, 20):
        x = inset if "left" in corner else vp.width() - inset
        y = inset if "top" in corner else vp.height() - inset
        pos = QPoint(x, y)
        if not win.scene.items(win.view.mapToScene(pos)):
            return pos
    raise AssertionError(f"no empty spot near the {corner} corner")


@pytest.mark.parametrize("corner", ["top-left", "bottom-right", "bottom-left"])
@pytest.mark.parametrize("how", ["zoomed out", "panel closed"])
def test_double_click_puts_the_actor_under_the_pointer_and_the_map_stays(qtbot, window, corner: str,
                                                                         how: str) -> None:
    win = window
    vp = win.view.viewport()
    if how == "zoomed out":
        win.view.zoom(0.5)  # the map smaller than the canvas: Qt would re-centre a growing scene
    else:
        win.properties.hide()  # the new actor opens it: the canvas gets narrower
        qtbot.waitUntil(lambda: not win.properties.isVisible())
        qtbot.wait(50)
    pos = _empty_spot(win, corner)
    centre_before = _viewport_centre(win)
    zoom_before = win.view.transform().m11()
    qtbot.mouseDClick(vp, Qt.MouseButton.LeftButton, pos=pos)
    qtbot.wait(50)  # a dock or a resize would move the map on the next turn of the event loop
    new = next(i for i in win.scene.actor_items.values() if i.view.name == "New actor 1")
    on_screen = win.view.mapFromScene(new.pos())
    assert (on_screen - pos).manhattanLength() <= 2, (on_screen, pos)
    assert win.view.transform().m11() == zoom_before
    after = _viewport_centre(win)
    assert abs(after.x() - centre_before.x()) < 1 and abs(after.y() - centre_before.y()) < 1


def test_new_actor_takes_part_from_this_phase_on(qtbot, window) -> None:
    win = window
    s = win.session
    s.add_phase("Scaling", "scaling")
    win.set_phase(s.phases[1].id)
    qtbot.keyClick(win.view, Qt.Key.Key_N)
    assert "New actor 1" not in _present(win, 0)
    assert "New actor 1" in _present(win, 1) and "New actor 1" in _present(win, 2)


def test_actors_added_with_n_land_apart_near_the_middle(qtbot, window) -> None:
    win = window
    centre = _viewport_centre(win)
    for _ in range(5):
        qtbot.keyClick(win.view, Qt.Key.Key_N)
    items = list(win.scene.actor_items.values())
    boxes = [i.box() for i in items]
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert not a.intersects(b), "a new actor was put on top of another"
    news = [i for i in items if i.view.name.startswith("New actor")]
    assert len(news) == 5
    visible = win.view.mapToScene(win.view.viewport().rect()).boundingRect()
    for item in news:
        assert visible.contains(item.box()), "a new actor landed outside the view"
        assert abs(item.pos().x() - centre.x()) < 700 and abs(item.pos().y() - centre.y()) < 450


# -- the empty canvas and the status bar --------------------------------------------------
def test_empty_canvas_says_how_to_start_until_the_first_actor(qtbot, empty_window) -> None:
    win = empty_window
    hint = win.view.viewport().findChild(type(win.features["facilitation"].hint), "CanvasHint")
    assert hint is not None and hint.isVisible()
    for words in ("N", "double-click", "Import", "demo"):
        assert words in hint.text()
    rect = hint.geometry()
    vp = win.view.viewport().rect()
    assert abs(rect.center().x() - vp.center().x()) <= 2 and abs(rect.center().y() - vp.center().y()) <= 2
    qtbot.keyClick(win.view, Qt.Key.Key_N)
    assert not hint.isVisible()
    win.undo()
    assert hint.isVisible()


def test_no_warnings_before_there_is_anything_to_warn_about(qtbot, empty_window) -> None:
    win = empty_window
    panels = win.features["analysis"]
    assert panels.status_button.text() == "No warnings"  # not "Warnings: …" while working out
    panels.refresh()
    assert panels.warnings.warnings == []
    assert panels.status_button.text() == "No warnings"
    panels.open(panels.warnings)
    assert panels.warnings.warning_cards() == []
    qtbot.keyClick(win.view, Qt.Key.Key_N)  # a government actor alone in the design phase
    panels.refresh()
    assert "▲ Warnings: 1 here" in panels.status_button.text()


def test_status_bar_counts_read_as_english(qtbot, empty_window) -> None:
    win = empty_window
    assert "0 actors · 0 relations in this phase" in win.status.text()
    qtbot.keyClick(win.view, Qt.Key.Key_N)
    assert "1 actor · 0 relations in this phase" in win.status.text()
    qtbot.keyClick(win.view, Qt.Key.Key_N)
    assert "2 actors · 0 relations in this phase" in win.status.text()


# -- titles -------------------------------------------------------------------------------
def test_a_session_is_titled_after_its_file_name(empty_window) -> None:
    assert empty_window.session.title == "Harbour data lab"
    assert empty_window.windowTitle().startswith("Harbour data lab — ")


def test_new_session_asks_for_its_title(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "rivertown_mobility.workshop"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    asked = []

    def title(parent, caption, label, *args, text="", **kw):
        asked.append(text)
        return "Rivertown mobility workshop", True

    monkeypatch.setattr(QInputDialog, "getText", title)
    window.new_session()
    assert asked == ["Rivertown mobility"]  # prefilled with the file name made readable
    assert window.session.path == target
    assert window.session.title == "Rivertown mobility workshop"
    assert window.windowTitle().startswith("Rivertown mobility workshop")


def test_cancelling_the_title_makes_no_session(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    target = tmp_path / "never.workshop"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("", False))
    window.new_session()
    assert not target.exists() and window.session.path.name == "small.workshop"


# -- whole names in lists -----------------------------------------------------------------
LONG = "City of Rivertown Department of Mobility and Public Space — East"


def test_lists_show_whole_names_with_the_middle_elided(qtbot, window) -> None:
    from PySide6.QtWidgets import QAbstractItemView, QComboBox

    win = window
    win.session.add_participant(LONG)
    views = win.findChildren(QAbstractItemView)
    assert views, "the console has lists"
    for view in views:
        if view.isVisible() or view.parent() is not None:
            assert view.textElideMode() == Qt.TextElideMode.ElideMiddle, view
    win.properties.show_relation(win.session.relations[0].id)  # the voter drop-down fills
    combo = win.properties.relation_panel.participant
    assert isinstance(combo, QComboBox)
    i = combo.findText(LONG)
    assert i >= 0
    combo.setCurrentIndex(i)
    assert combo.toolTip() == LONG
    assert combo.view().minimumWidth() >= combo.fontMetrics().horizontalAdvance(LONG)


def test_pointing_at_a_list_entry_shows_the_whole_name(qtbot, window) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QListWidget, QToolTip

    from workshop_app.ui.names import full_names

    lst = QListWidget()
    qtbot.addWidget(lst)
    lst.resize(140, 120)
    lst.addItem(LONG)
    full_names(lst)
    lst.show()
    qtbot.waitExposed(lst)
    rect = lst.visualItemRect(lst.item(0))
    event = QHelpEvent(QEvent.Type.ToolTip, rect.center(), lst.viewport().mapToGlobal(rect.center()))
    from PySide6.QtWidgets import QApplication

    QApplication.sendEvent(lst.viewport(), event)
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text() == LONG
    assert lst.textElideMode() == Qt.TextElideMode.ElideMiddle


def test_the_note_attach_box_keeps_both_ends_of_a_long_name(qtbot, window) -> None:
    win = window
    aid = win.session.add_actor(LONG, "government", present_in=[win.phase_id], x=0, y=-300).id
    win.scene.select(actor_ids=[aid])
    notes = win.features["notes"]
    notes.dock.show()
    win.scene.select(actor_ids=[aid])
    qtbot.waitUntil(lambda: "City of Rivertown" in notes.dock.attach.text())
    text = notes.dock.attach.text()
    assert text.startswith("Attach to City of Rivertown") and text.endswith("Public Space — East")
    assert "…" in text and LONG in notes.dock.attach.toolTip()


def test_an_empty_phase_says_how_to_fill_it(qtbot, window) -> None:
    win = window
    extra = win.session.add_phase("Extra", "")
    win.set_phase(extra.id)
    hint = win.features["facilitation"].hint
    assert hint.isVisible() and "Nobody takes part in “Extra” yet" in hint.text()
    assert "Shift+B" in hint.text() and "Ctrl+Shift+C" in hint.text()
    legend = win.view.legend_rect().toRect()
    assert not hint.geometry().intersects(legend)  # the legend stays readable
    qtbot.keyClick(win.view, Qt.Key.Key_B, Qt.KeyboardModifier.ShiftModifier)
    assert not hint.isVisible()
