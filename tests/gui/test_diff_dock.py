"""Compare phases: the list names every change in words, the map carries the marks, and a
click on a line shows that actor or relation in the phase where it can be seen."""

from __future__ import annotations


import pytest
from PySide6.QtCore import Qt


pytestmark = pytest.mark.gui

ACADEMICS = "Academic partners"  # 000: "the academic partners left the project"


@pytest.fixture
def iskandar(demo_window):
    return demo_window("iskandar", (1400, 900))


@pytest.fixture
def darmstadt(demo_window):
    return demo_window("darmstadt", (1400, 900))


def _actor_id(win, name: str) -> int:
    return next(a.id for a in win.session.actors if a.name == name)


def _open_diff(qtbot, win):
    panels = win.features["analysis"]
    qtbot.keyClick(win, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(panels.diff.isVisible)
    return panels.diff


def _headings(dock) -> list[str]:
    return [dock.list.item(i).text() for i in range(dock.list.count())
            if not dock.list.item(i).data(Qt.ItemDataRole.UserRole)]


def test_ctrl_d_compares_previous_with_current_phase_and_marks_who_left(qtbot, iskandar) -> None:
    win = iskandar
    design, impl = win.session.phases[0], win.session.phases[1]
    win.set_phase(impl.id)
    dock = _open_diff(qtbot, win)
    assert (dock.phase_a, dock.phase_b) == (design.id, impl.id)
    sentence = f"{ACADEMICS} left between {design.name} and {impl.name}"
    assert sentence in dock.lines()
    row = dock.line_for(lambda item: item.text == sentence)
    assert row.text() == f"•  {ACADEMICS} left" and sentence in row.toolTip()  # phases named once, above
    assert design.name in dock.summary.text() and impl.name in dock.summary.text()
    headings = _headings(dock)
    assert "Left (1)" in headings and "Joined (1)" in headings
    assert "Not described in the later phase (4)" in headings  # not placed there by 000
    actor_marks, relation_marks = win.scene.marks()
    assert actor_marks[_actor_id(win, ACADEMICS)] == "left"
    assert actor_marks[_actor_id(win, "Citizens of Iskandar")] == "entered"
    assert _actor_id(win, "UN agencies") not in actor_marks  # only not described: no mark
    assert set(relation_marks.values()) == {"appeared", "ended"}
    assert ("left", "left (faded) (1)") in win.scene.marks_legend()


def test_clicking_a_left_line_selects_the_actor_in_the_earlier_phase(qtbot, iskandar) -> None:
    win = iskandar
    design, impl = win.session.phases[0], win.session.phases[1]
    win.set_phase(impl.id)
    dock = _open_diff(qtbot, win)
    row = dock.line_for(lambda item: item.kind == "actor_left" and ACADEMICS in item.text)
    assert row is not None
    qtbot.waitUntil(dock.list.isVisible)
    dock.list.scrollToItem(row)
    qtbot.mouseClick(dock.list.viewport(), Qt.MouseButton.LeftButton,
                     pos=dock.list.visualItemRect(row).center())
    assert win.phase_id == design.id  # where the academics are still on the map
    assert win.scene.selected_actor_ids() == [_actor_id(win, ACADEMICS)]
    assert win.properties.actor_panel.name.text() == ACADEMICS
    assert (dock.phase_a, dock.phase_b) == (design.id, impl.id)  # the comparison stays
    assert win.scene.marks()[0][_actor_id(win, ACADEMICS)] == "left"


def test_a_new_relation_is_selected_in_the_later_phase(qtbot, iskandar) -> None:
    win = iskandar
    design, impl = win.session.phases[0], win.session.phases[1]
    win.set_phase(impl.id)
    dock = _open_diff(qtbot, win)
    assert (dock.phase_a, dock.phase_b) == (design.id, impl.id)
    item = next(i for i in dock.diff.items if i.kind == "relation_appeared")
    dock.follow.setChecked(False)
    win.set_phase(design.id)  # the facilitator looks elsewhere first
    dock.show_item(item)
    assert win.phase_id == impl.id
    assert win.scene.selected_relation_ids() == list(item.relation_ids)


def test_clear_and_closing_the_dock_take_the_marks_off(qtbot, iskandar) -> None:
    win = iskandar
    win.set_phase(win.session.phases[1].id)
    dock = _open_diff(qtbot, win)
    assert win.scene.marks()[0]
    dock.clear_button.click()
    assert win.scene.marks() == ({}, {}) and win.scene.marks_legend() == []
    dock.mark_button.click()
    assert win.scene.marks()[0]
    dock.close()
    assert win.scene.marks() == ({}, {})


def test_picking_phases_by_hand_stops_following_and_edits_recompute(qtbot, darmstadt) -> None:
    win = darmstadt
    bid, pilot, continuation = win.session.phases
    dock = _open_diff(qtbot, win)
    dock.from_box.setCurrentIndex(dock.from_box.findData(bid.id))
    dock.from_box.activated.emit(dock.from_box.currentIndex())
    dock.to_box.setCurrentIndex(dock.to_box.findData(continuation.id))
    dock.to_box.activated.emit(dock.to_box.currentIndex())
    assert not dock.follow.isChecked()
    win.set_phase(pilot.id)
    assert (dock.phase_a, dock.phase_b) == (bid.id, continuation.id)
    mayor = _actor_id(win, "Mayor of Darmstadt")
    silent = f"Mayor of Darmstadt: present in {bid.name}, not described in {continuation.name}"
    assert silent in dock.lines()  # 002 does not place the mayor in the continuation
    assert mayor not in win.scene.marks()[0]
    win.session.set_presence_state(mayor, continuation, "absent")  # suppose a source said so
    qtbot.waitUntil(lambda: f"Mayor of Darmstadt left between {bid.name} and "
                    f"{continuation.name}" in dock.lines())
    assert win.scene.marks()[0][mayor] == "left"
    win.undo()
    qtbot.waitUntil(lambda: silent in dock.lines())
    assert mayor not in win.scene.marks()[0]


def test_same_phase_twice_asks_for_two_phases(qtbot, darmstadt) -> None:
    win = darmstadt
    dock = _open_diff(qtbot, win)
    pid = win.session.phases[0].id
    dock.set_phases(pid, pid)
    assert dock.lines() == [] and "two different phases" in dock.summary.text()
    assert win.scene.marks() == ({}, {})


def test_not_described_is_listed_apart_and_not_marked_as_left(qtbot, window) -> None:
    """A source that stops describing an actor has not said that it left: the dock lists it
    under its own heading and puts no "left" mark on the map."""
    win = window
    design, pilot = win.session.phases
    uni = _actor_id(win, "Test University")
    win.session.set_meta("presence_default", "not_described")  # as in case data
    win.set_phase(pilot.id)
    dock = _open_diff(qtbot, win)
    headings = [dock.list.item(i).text() for i in range(dock.list.count())
                if not dock.list.item(i).data(Qt.ItemDataRole.UserRole)]
    assert "Not described in the later phase (1)" in headings
    assert not any(h.startswith("Left") for h in headings)
    assert f"Test University: present in {design.name}, not described in {pilot.name}" in dock.lines()
    assert uni not in win.scene.marks()[0]
    win.session.set_presence_state(uni, pilot, "absent")  # now the source says it left
    qtbot.waitUntil(lambda: f"Test University left between {design.name} and {pilot.name}"
                    in dock.lines())
    assert win.scene.marks()[0][uni] == "left"
