"""Bulk presence meets the evidence model: an actor recorded as absent can be brought in, and
copying a phase's cast takes only the actors present there, with their roles, in one step."""

from __future__ import annotations

from typing import Any

from workshop_app.domain import commands as cmds


def test_an_absent_actor_is_brought_in_keeping_its_note(ws: Any) -> None:
    s = ws.s
    s.set_presence_state(ws.uni, ws.piloting, "absent")
    s.set_influence(ws.uni, ws.piloting, 3)
    before = s.model.snapshot()
    brought = s.execute(cmds.BringIntoPhase(phase_id=ws.piloting.id, actor_ids=[ws.uni.id]))
    assert brought == 1
    assert s.presence_state(ws.uni, ws.piloting) == "present"
    assert s.presence(ws.uni, ws.piloting)["influence"] == 3  # what the row held stays
    s.undo()
    assert s.model.snapshot() == before
    assert s.presence_state(ws.uni, ws.piloting) == "absent"


def test_copy_takes_only_the_actors_present_in_the_previous_phase(ws: Any) -> None:
    s = ws.s
    s.set_presence_state(ws.uni, ws.design, "absent")  # recorded as absent: not copied
    later = s.phase("implementation")
    s.execute(cmds.CopyPresenceFromPhase(phase_id=later.id, from_phase_id=ws.design.id))
    assert [a.name for a in s.present_actors(later)] == ["City of Lyon", "Vendor SA"]
    assert s.roles(ws.city, later) == ("coordinator", "steward")
    assert s.undo_text == "Copy presence and roles from Design"


def test_bringing_everybody_twice_changes_nothing_the_second_time(ws: Any) -> None:
    s = ws.s
    assert s.execute(cmds.BringIntoPhase(phase_id=ws.piloting.id)) == 1
    label = s.undo_text
    assert s.execute(cmds.BringIntoPhase(phase_id=ws.piloting.id)) == 0
    assert s.undo_text == label  # no empty step to undo
