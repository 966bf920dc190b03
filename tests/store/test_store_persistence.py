"""What is saved is what the facilitator saw: reopening gives the same session, and undo/redo
history (with its labels) survives closing the file. Every edit leaves one log line."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

from workshop_app import Session
from workshop_app.domain import commands as cmds


def reopen(path: Path) -> Session:
    return Session.open(path)


def test_reopened_session_equals_the_edited_one(ws: Any, probes: Any) -> None:
    s = ws.s
    s.update_actor(ws.city, name="Lyon Métropole", abilities=["resources", "skills"], pinned=True)
    s.set_meta("modes", ["dashboard", "platform"])
    s.set_meta("public_value", {"problem": "traffic", "priority": 1})
    s.add_relation(ws.uni, ws.city, "consultation", note="ask the lab")
    s.execute(cmds.MovePhase(phase_id=ws.piloting.id, index=0))
    s.execute(cmds.AddPhase(phase_name="Roll-out", key="scaling", index=1))
    s.set_presence(ws.uni, "Roll-out", roles=["expert", "Own role"])
    s.delete_relation(ws.data)
    snap = s.model.snapshot()
    path = s.path
    s.close()
    with reopen(path) as again:
        assert again.model.snapshot() == snap
        assert again.actor(ws.city.id).name == "Lyon Métropole"
        assert again.model.meta("public_value") == {"problem": "traffic", "priority": 1}
        assert [p.name for p in again.phases][:3] == ["Pilot", "Roll-out", "Design"]
        assert again.roles(ws.uni, "Roll-out") == ("expert", "Own role")
        assert {e[2]["kind"] for e in again.graph(ws.design).edges(data=True)} == {
            "information", "agreement", "consultation"}


def test_undo_and_redo_survive_close_and_reopen(ws: Any, probes: Any) -> None:
    s = ws.s
    s.add_actor("Port authority")
    s.update_actor("Port authority", type="intermediary")
    after_both = s.model.snapshot()
    s.undo()
    path = s.path
    s.close()
    with reopen(path) as again:
        assert again.undo_text == "Add actor “Port authority”"
        assert again.redo_text == "Edit actor (type)"
        assert again.actor("Port authority").type == "government"
        assert again.redo() == "Edit actor (type)"
        assert again.model.snapshot() == after_both
        assert again.undo() == "Edit actor (type)"
        assert again.undo() == "Add actor “Port authority”"
        assert "Port authority" not in [a.name for a in again.actors]
        snap = again.model.snapshot()
    with reopen(path) as third:
        assert third.model.snapshot() == snap
        assert third.redo_text == "Add actor “Port authority”"
        third.redo()
        third.redo()
        assert third.model.snapshot() == after_both
        assert not third.can_redo


def test_new_edit_after_undo_drops_redo_also_after_reopen(ws: Any) -> None:
    s = ws.s
    s.add_actor("A1")
    s.add_actor("A2")
    s.undo()
    assert s.can_redo
    s.add_actor("A3")
    assert not s.can_redo and s.redo() is None
    path = s.path
    s.close()
    with reopen(path) as again:
        assert not again.can_redo and again.redo_text is None
        assert again.undo() == "Add actor “A3”"
        assert again.undo() == "Add actor “A1”"
        assert again.redo_text == "Add actor “A1”"
        assert [a.name for a in again.actors if a.name.startswith("A")] == []


def test_undo_after_reopen_then_new_edit_drops_redo(ws: Any) -> None:
    s = ws.s
    s.add_actor("A1")
    path = s.path
    s.close()
    with reopen(path) as again:
        again.undo()
        again.add_actor("B1")
        assert not again.can_redo
    with reopen(path) as third:
        assert not third.can_redo
        assert third.undo_text == "Add actor “B1”"


def test_one_log_line_per_edit_and_per_undo_redo(ws: Any, probes: Any) -> None:
    s, path = ws.s, ws.path
    start = len(probes.events(path))
    s.add_actor("Port authority", "intermediary")
    s.score(ws.info, ws.design, trust=1, participant="Ana")
    s.undo()
    s.redo()
    rows = probes.events(path)[start:]
    assert [r["command"] for r in rows] == ["AddActor", "SetScore", "Undo", "Redo"]
    assert [r["label"] for r in rows] == [
        "Add actor “Port authority”", "Score (trust 1)",
        "Undo Score (trust 1)", "Redo Score (trust 1)"]
    for r in rows:
        assert datetime.fromisoformat(r["time"]).tzinfo is not None
        json.loads(r["payload"])
    add = json.loads(rows[0]["payload"])
    assert add["actor_name"] == "Port authority" and add["type"] == "intermediary"
    score = json.loads(rows[1]["payload"])
    assert score["values"] == {"trust": 1} and score["participant_id"] == ws.ana.id
    assert json.loads(rows[2]["payload"]) == {"seq": rows[1]["seq"]}
    assert [r["state"] for r in rows] == ["done", "done", "log", "log"]
    changes = json.loads(rows[0]["changes"])
    assert [c[0] for c in changes] == ["actors"] and changes[0][2] is None


def test_batch_payload_lists_its_commands(ws: Any, probes: Any) -> None:
    ws.s.execute(cmds.Batch([cmds.AddActor(actor_name="X"), cmds.DeleteActor(actor_id=ws.uni.id)],
                            text="Replace university"))
    row = probes.events(ws.path)[-1]
    assert row["command"] == "Batch" and row["label"] == "Replace university"
    payload = json.loads(row["payload"])
    assert [c["command"] for c in payload["commands"]] == ["AddActor", "DeleteActor"]


def test_bulk_is_one_saved_step_that_cannot_be_undone(ws: Any, probes: Any) -> None:
    s = ws.s
    heard: list[str] = []
    s.subscribe(lambda changes, reason: heard.append(reason))
    start = len(probes.events(ws.path))
    with s.bulk("Import case"):
        s.add_actor("X1")
        s.add_actor("X2")
        assert heard == []  # nothing announced until the step is saved
    assert heard == ["bulk"]
    rows = probes.events(ws.path)[start:]
    assert [(r["command"], r["label"], r["state"]) for r in rows] == [("Bulk", "Import case", "log")]
    assert not s.can_undo and s.undo() is None
    assert probes.reopened(ws.path) == s.model.snapshot()


def test_failed_bulk_leaves_nothing(ws: Any, probes: Any) -> None:
    s = ws.s
    before, state = s.model.snapshot(), probes.state(ws.path)
    try:
        with s.bulk("Import case"):
            s.add_actor("X1")
            s.add_actor("X1b", type="martian")
    except Exception as exc:  # noqa: BLE001 - the CommandError is what we expect
        assert "martian" in str(exc)
    assert s.model.snapshot() == before
    assert probes.state(ws.path) == state


def test_new_session_has_default_phases_facilitator_and_scale(tmp_path: Path) -> None:
    with Session.create(tmp_path / "new.workshop") as s:
        assert [p.key for p in s.phases] == [
            "design", "piloting", "implementation", "scaling", "maintenance"]
        assert [p.name for p in s.participants] == ["Facilitator"]
        assert s.title == "New"  # the file name, capitalised: it is shown on the projector
        assert "1-5" in s.model.meta("score_scale")
        assert not s.can_undo
    with Session.open(tmp_path / "new.workshop") as again:
        assert [p.key for p in again.phases][0] == "design"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.workshop"]


def test_listeners_hear_edits_undo_and_redo(ws: Any) -> None:
    heard: list[tuple[str, list[str]]] = []

    def listener(changes: list[Any], reason: str) -> None:
        heard.append((reason, sorted({c.table for c in changes})))

    ws.s.subscribe(listener)
    ws.s.delete_relation(ws.info)
    ws.s.undo()
    ws.s.redo()
    ws.s.unsubscribe(listener)
    ws.s.add_actor("Unheard")
    assert heard == [
        ("edit", ["relations", "scores"]),
        ("undo", ["relations", "scores"]),
        ("redo", ["relations", "scores"]),
    ]


def test_closing_leaves_no_sidecar_files(ws: Any) -> None:
    ws.s.add_actor("X")
    folder = ws.path.parent
    ws.s.close()
    assert sorted(p.name for p in folder.iterdir()) == ["test.workshop"]
