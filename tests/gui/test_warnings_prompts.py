"""The warnings dock lists what the rules find and shows it on the map; the prompts panel
ticks questions off as saved, undoable edits and pins one for the projector."""

from __future__ import annotations


import pytest
from PySide6.QtCore import Qt

from workshop_app import Session
from workshop_app.analysis.prompts import prompts_for

pytestmark = pytest.mark.gui


@pytest.fixture
def iskandar(demo_window):
    return demo_window("iskandar")


def _ids(cards) -> list[str]:
    return [c.warning.id for c in cards]


def test_warnings_dock_lists_the_iskandar_warnings_with_a_count(qtbot, iskandar) -> None:
    win = iskandar
    dock = win.features["analysis"].warnings
    qtbot.keyClick(win, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(dock.isVisible)
    design = win.session.phases[0]
    assert win.phase_id == design.id
    assert _ids(dock.warning_cards()) == ["W1", "W4"]
    assert dock.windowTitle() == "Warnings (2)"
    w1 = dock.warning_cards()[0]
    assert w1.message.text().startswith("Citizens absent from design")
    assert w1.badge.text().endswith("Warning") and "003" in w1.source.text()
    dock.set_all_phases(True)
    ids = _ids(dock.warning_cards())
    assert ids == ["W1", "W4", "W2", "W18"]
    assert dock.windowTitle() == f"Warnings ({len(ids)})"
    assert "Warnings: 4" in win.features["analysis"].status_button.text()


def test_show_me_switches_phase_and_focuses_the_actors_involved(qtbot, iskandar) -> None:
    win = iskandar
    panels = win.features["analysis"]
    dock = panels.warnings
    panels.open(dock)
    dock.set_all_phases(True)
    win.set_phase(win.session.phases[2].id)
    card = next(c for c in dock.warning_cards() if c.warning.id == "W4" and "Academic partners took part" in c.warning.detail)
    qtbot.waitUntil(card.show_button.isVisible)
    qtbot.mouseClick(card.show_button, Qt.MouseButton.LeftButton)
    assert win.phase_id == win.session.phases[0].id  # where the academics still are
    actor_marks, relation_marks = win.scene.marks()
    academics = next(a.id for a in win.session.actors if a.name == "Academic partners")
    assert actor_marks == {academics: "focus"}
    assert set(relation_marks) == set(card.warning.relation_ids) and relation_marks
    others = [i for aid, i in win.scene.actor_items.items() if aid != academics]
    assert all(i.dimmed for i in others) and not win.scene.actor_items[academics].dimmed
    assert dock.clear_button.isEnabled()
    dock.clear_button.click()
    assert win.scene.marks() == ({}, {})
    assert not any(i.dimmed for i in win.scene.actor_items.values())


def test_warnings_follow_edits_live(qtbot, iskandar) -> None:
    win = iskandar
    dock = win.features["analysis"].warnings
    win.features["analysis"].open(dock)
    assert "W1" in _ids(dock.warning_cards())
    win.session.add_actor("Residents' panel", "citizens", "neighbourhood", present_in=[win.phase_id])
    qtbot.waitUntil(lambda: "W1" not in _ids(dock.warning_cards()), timeout=2000)
    win.undo()
    qtbot.waitUntil(lambda: "W1" in _ids(dock.warning_cards()), timeout=2000)


def test_ticking_a_prompt_is_saved_and_undone(qtbot, iskandar) -> None:
    win = iskandar
    panels = win.features["analysis"]
    qtbot.keyClick(win, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dock = panels.prompts
    qtbot.waitUntil(dock.isVisible)
    design = win.session.phases[0]
    assert list(dock.rows) == [p.id for p in prompts_for("design")]
    row = dock.rows["P2"]
    assert "residents" in row.text.text() and row.tag.text() == "Citizen roles · 000/003"
    qtbot.waitUntil(row.check.isVisible)
    qtbot.mouseClick(row.check, Qt.MouseButton.LeftButton)
    check = win.session.model.prompt_check(design.id, "P2")
    assert check is not None and check.done
    assert "1 of" in dock.progress.text()
    row.note.setText("Residents join from the second workshop")
    row.note.editingFinished.emit()
    assert win.session.model.prompt_check(design.id, "P2").note == "Residents join from the second workshop"
    win.undo()
    assert win.session.model.prompt_check(design.id, "P2").note == ""
    win.undo()
    assert win.session.model.prompt_check(design.id, "P2") is None
    qtbot.waitUntil(lambda: not dock.rows["P2"].check.isChecked(), timeout=2000)
    with Session.open(win.session.path, read_only=True) as other:  # saved on disk, not only shown
        assert other.model.prompt_check(design.id, "P2") is None


def test_prompts_follow_the_phase_stage(qtbot, iskandar) -> None:
    win = iskandar
    panels = win.features["analysis"]
    panels.open(panels.prompts)
    win.set_phase(win.session.phases[2].id)  # key "maintenance"
    qtbot.waitUntil(lambda: "P18" in panels.prompts.rows, timeout=2000)
    assert "P1" not in panels.prompts.rows and "P23" in panels.prompts.rows


def test_pinning_a_prompt_tells_the_projector(qtbot, iskandar) -> None:
    win = iskandar
    panels = win.features["analysis"]
    panels.open(panels.prompts)
    row = panels.prompts.rows["P8"]
    qtbot.waitUntil(row.pin.isVisible)
    with qtbot.waitSignal(win.room_signals.promptChanged) as signal:
        qtbot.mouseClick(row.pin, Qt.MouseButton.LeftButton)
    assert signal.args == [row.prompt.text]
    assert panels.current_prompt() == row.prompt.text
    assert win.room.prompt == win.features["projector"].prompt == row.prompt.text
    assert panels.prompts.banner.isVisible() and row.pin.text() == "Pinned"
    panels.prompts.rows["P1"].pin.click()  # pinning another replaces it
    assert panels.current_prompt() == panels.prompts.rows["P1"].prompt.text
    assert not row.pin.isChecked()
    panels.prompts.unpin.click()
    assert panels.current_prompt() is None and win.features["projector"].prompt == ""
