"""Session files written by earlier versions stay readable forever (style.md: glue's habit).

Each test works on a COPY: the kept fixture file is never opened for editing."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from workshop_app import Session
from workshop_app.store import inspect_file
from workshop_app.store.schema import SCHEMA_VERSION

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
V1 = FIXTURES / "schema_v1.workshop"


@pytest.fixture
def v1_copy(tmp_path: Path) -> Path:
    before = hashlib.sha256(V1.read_bytes()).hexdigest()
    target = tmp_path / "v1.workshop"
    shutil.copyfile(V1, target)
    yield target
    assert hashlib.sha256(V1.read_bytes()).hexdigest() == before, "the kept fixture changed"


def test_every_schema_version_has_a_fixture() -> None:
    for version in range(1, SCHEMA_VERSION + 1):
        assert (FIXTURES / f"schema_v{version}.workshop").is_file(), version


def test_v1_fixture_is_a_schema_1_file() -> None:
    assert inspect_file(V1) == 1


def test_v1_content(v1_copy: Path) -> None:
    with Session.open(v1_copy) as s:
        if SCHEMA_VERSION > 1:
            assert s.migrated_from == 1
        assert s.title == "Fixture v1: harbour data platform"
        assert s.model.meta("modes") == ["dashboard", "citizen-centric"]
        assert [(p.name, p.key) for p in s.phases] == [
            ("Design", "design"), ("Pilot", "piloting"), ("Consolidation", "consolidation")]
        assert {a.name: a.type for a in s.actors} == {
            "City council": "government", "Port company": "private", "Urban living lab": "academia",
            "Residents' association": "citizens", "EU programme": "international"}
        assert s.actor("City council").abilities == ("competences", "resources")
        assert s.roles("City council", "Design") == ("coordinator", "steward")
        assert s.roles("Port company", "Pilot") == ("operator", "Data trustee")
        assert s.roles("Residents' association", "Pilot") == ()  # the undone edit
        assert [p.name for p in s.participants] == ["Facilitator", "Ana"]

        design = s.graph("Design")
        assert sorted(design.nodes[n]["name"] for n in design.nodes) == [
            "City council", "Port company", "Residents' association", "Urban living lab"]
        city, port = s.actor("City council").id, s.actor("Port company").id
        # parallel relations between one pair, one of them undirected
        assert sorted(d["kind"] for d in design.get_edge_data(city, port).values()) == [
            "agreement", "information"]
        assert [d["directed"] for d in design.get_edge_data(city, port).values()
                if d["kind"] == "agreement"] == [False]
        data = next(iter(design.get_edge_data(port, city).values()))
        assert (data["kind"], data["attr_openness"], data["tensions"]) == (
            "data", "closed",
            ["high interdependence but low trust", "high interdependence but low commitment"])
        info = next(d for d in design.get_edge_data(city, port).values()
                    if d["kind"] == "information")
        assert (info["trust"], info["trust_spread"], info["trust_votes"]) == (2, 2, 2)
        assert info["threec"] == "coordination"

        pilot = s.graph("Pilot")
        lab = s.actor("Urban living lab").id
        assert (pilot.nodes[lab]["x"], pilot.nodes[lab]["y"]) == (120.0, 180.0)
        assert (design.nodes[lab]["x"], design.nodes[lab]["y"]) == (100.0, 150.0)
        assert "data" not in {d["kind"] for _, _, d in pilot.edges(data=True)}  # switched off
        assert s.three_c(s.relations[0], "Pilot") == "collaboration"


def test_v1_undo_and_redo_still_work(v1_copy: Path) -> None:
    with Session.open(v1_copy) as s:
        assert s.undo_text == "Edit actor (name)"
        assert s.redo_text == "Set roles"
        assert s.redo() == "Set roles"
        assert s.roles("Residents' association", "Pilot") == ("co_creator",)
        assert s.undo() == "Set roles"
        assert s.undo() == "Edit actor (name)"
        assert s.actor(3).name == "Urban lab"
        assert not s.can_undo  # building the fixture was one non-undoable step
        snap = s.model.snapshot()
    with Session.open(v1_copy) as again:
        assert again.model.snapshot() == snap
        assert again.redo() == "Edit actor (name)"
        assert again.actor(3).name == "Urban living lab"


V2 = FIXTURES / "schema_v2.workshop"


def test_v1_file_upgrades_to_v2_with_a_backup_and_empty_notes(v1_copy: Path) -> None:
    with Session.open(v1_copy) as s:
        assert s.migrated_from == 1
        assert s.notes() == [] and not s.model.tables["prompt_checks"]
        note = s.add_note("Upgraded files take notes too", phase="Design")
    assert inspect_file(v1_copy) == SCHEMA_VERSION
    backups = [p for p in v1_copy.parent.iterdir() if p != v1_copy and "schema1" in p.name]
    assert backups and inspect_file(backups[0]) == 1
    with Session.open(v1_copy) as again:
        assert again.notes() == [note]


def test_v2_fixture_keeps_notes_quotes_and_ticked_prompts(tmp_path: Path) -> None:
    assert inspect_file(V2) == 2
    copy = tmp_path / "v2.workshop"
    shutil.copyfile(V2, copy)
    with Session.open(copy) as s:
        assert [(n.kind, n.text) for n in s.notes("Design")] == [
            ("note", "Port wants the data charter signed before the pilot")]
        quote = s.notes("Pilot")[0]
        assert (quote.kind, s.actor(quote.actor_id).name, s.participant(quote.participant_id).name) == (
            "quote", "Port company", "Ana")
        assert [n.text for n in s.notes() if n.relation_id is not None] == ["Closed feed"]
        check = s.model.prompt_check(s.phase("Design").id, "P2")
        assert check is not None and check.done and check.note == "Residents see the plan in week 3"
        assert s.undo_text == "Tick prompt"
        s.undo()
        assert s.model.prompt_check(s.phase("Pilot").id, "P9") is None
