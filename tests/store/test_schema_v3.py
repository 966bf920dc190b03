"""Schema 3 (the evidence model): the kept v3 fixture opens with every kind of evidence; a v1
or v2 file upgrades without losing or changing a fact; and an edit made before the upgrade is
undone and redone after it, including a relation switched off under schema 2.

Each test works on a COPY of a kept fixture."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from workshop_app import Session
from workshop_app.domain.scoring import consensus_of, three_c
from workshop_app.store import inspect_file
from workshop_app.store.schema import SCHEMA_VERSION

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
V3 = FIXTURES / "schema_v3.workshop"


def _copy(version: int, tmp_path: Path) -> Path:
    target = tmp_path / f"v{version}.workshop"
    shutil.copyfile(FIXTURES / f"schema_v{version}.workshop", target)
    return target


def _raw(path: Path) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table, as stored, read without the app."""
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro&immutable=1", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        names = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        return {n: [dict(r) for r in conn.execute(f'SELECT * FROM "{n}" ORDER BY rowid')]
                for n in names}
    finally:
        conn.close()


# -- the v3 fixture ---------------------------------------------------------------------------
def test_v3_fixture_is_a_schema_3_file_with_every_kind_of_evidence(tmp_path: Path) -> None:
    assert SCHEMA_VERSION == 3 and inspect_file(V3) == 3
    with Session.open(_copy(3, tmp_path), read_only=True) as s:
        assert s.migrated_from is None
        assert (s.threec_rule, s.model.presence_default) == ("weakest", "absent")
        # presence states, each with its source
        assert s.presence_state("EU programme", "Design") == "not_described"
        assert s.provenance(("presence", "EU programme", "Design"))["kind"] == "inferred"
        assert s.presence_state("Residents' association", "Consolidation") == "absent"
        assert s.presence_state("Urban living lab", "Consolidation") == "absent"  # no row
        assert s.provenance(("role", "City council", "Design", "coordinator"))["page"] == "14"
        charter = next(r for r in s.relations if r.kind == "agreement")
        info = s.relations[0]
        assert s.provenance(("relation", charter))["section"] == "3.2 Governance"
        assert s.relation_state(charter, "Consolidation") == "not_described"
        assert charter not in s.active_relations("Consolidation")
        # the case record is a reference, not a vote: the room's trust median stays 2
        assert s.consensus(info, "Design")["trust"].median == 2
        ref = s.reference_levels(info, "Design")
        assert [(r["participant"], r["trust"], r["commitment"]) for r in ref] == [("Case record", 4, 2)]
        assert ref[0]["source"]["document"] == "Harbour report 2021"
        classes = s.voter_classes(info, "Design")
        assert classes["distribution"] == {"cooperation": 1, "coordination": 1}
        assert s.stated_class(info, "Design")["class"] == "cooperation"
        assert s.stated_class(None, "Pilot")["source"]["kind"] == "inferred"
        # asymmetric interdependence: the weaker direction (2) limits Ana's class
        ana = next(v for v in s.scores(info, "Pilot") if v["participant"] == "Ana")
        assert (ana["interdependence"], ana["interdependence_back"]) == (5, 2)
        assert {v["participant"]: v["class"] for v in s.voter_classes(info, "Pilot")["voters"]} == {
            "Facilitator": "collaboration", "Ana": "cooperation"}
        # structure, orchestration, influence, public value
        assert [a.name for a in s.arena_members("Harbour board", "Pilot")] == [
            "City council", "Port company", "EU programme"]
        assert s.arena_classes("Harbour board", "Pilot")["stated"]["class"] == "coordination"
        assert [c["class"] for c in s.stated_classes(None, "Pilot", arena="Harbour board")] == [
            "coordination", "collaboration"]
        (level,) = s.stated_levels("Consolidation")
        assert (level["dimension"], level["level"], level["source"]["page"]) == ("commitment", "low", "14")
        assert [(w["actor"], w["kind"], w["aim"]) for w in s.institutional_work()] == [
            ("City council", "political", "creating"), ("Port company", "technical", "maintaining")]
        assert [(d["label"], d["kind"], d["date"]) for d in s.decision_points()] == [
            ("Charter signed", "contract_signed", "2021-05")]
        city = s.presence("City council", "Pilot")
        assert (city["orchestrator_form"], city["orchestrator_modes"]) == (
            "collective", ["strategist", "manager"])
        assert s.presence("City council", "Design")["influence"] == 5
        assert s.provenance(("influence", "City council", "Design"))["kind"] == "inferred"
        assert s.presence("Port company", "Design")["alignment"] == "mixed"
        assert s.presence("Residents' association", "Design")["value_costs"] == "night-time noise"
        assert s.public_value("Pilot") == "Lorries booked to time slots"
        assert s.public_value() == "Fewer lorries queueing in the old town"
        data = next(r for r in s.relations if r.kind == "data")
        assert (data.attrs["openness"], data.attrs["interoperable"]) == ("closed", False)
        assert (s.undo_text, s.redo_text) == ("Set influence", "Set alignment")


def test_v3_fixture_undo_redo_and_reopen(tmp_path: Path) -> None:
    path = _copy(3, tmp_path)
    with Session.open(path) as s:
        assert s.redo() == "Set alignment"
        assert s.presence("EU programme", "Pilot")["alignment"] == "supports"
        assert s.undo() == "Set alignment" and s.undo() == "Set influence"
        assert s.presence("Port company", "Pilot")["influence"] is None
        assert not s.can_undo  # the evidence was one bulk step
        snap = s.model.snapshot()
    with Session.open(path, read_only=True) as again:
        assert again.model.snapshot() == snap


# -- upgrading v1 and v2 files ------------------------------------------------------------------
_NEW_COLUMNS = {  # schema 3's columns on old tables, and what an upgraded row holds in them
    "phases": {"public_value": ""},
    "actors": {"source_id": None, "original_id": "", "alt_name": ""},
    "relations": {"source_id": None, "original_id": ""},
    "presence": {"state": "present", "source_id": None, "role_sources": "{}", "influence": None,
                 "alignment": None, "orchestrator_form": None, "orchestrator_modes": "[]",
                 "value_gains": "", "value_costs": "", "fact_sources": "{}"},
    "participants": {"kind": "room", "source_id": None, "group_name": ""},
    "scores": {"source_id": None, "interdependence_back": None},
}


@pytest.mark.parametrize("version", [1, 2])
def test_upgrade_keeps_every_row_and_adds_only_defaults(version: int, tmp_path: Path) -> None:
    path = _copy(version, tmp_path)
    old = _raw(path)
    with Session.open(path) as s:
        assert s.migrated_from == version
    new = _raw(path)
    assert inspect_file(path) == 3
    for table, rows in old.items():
        if table in ("relation_off", "meta"):
            continue
        added = _NEW_COLUMNS.get(table, {})
        assert new[table] == [{**row, **added} for row in rows], table
    assert [(r["relation_id"], r["phase_id"], r["state"], r["source_id"])
            for r in new["relation_phases"]] == [
        (r["relation_id"], r["phase_id"], "inactive", None) for r in old["relation_off"]]
    assert "relation_off" not in new
    meta_old = {r["key"]: r["value"] for r in old["meta"]}
    meta_new = {r["key"]: r["value"] for r in new["meta"]}
    assert meta_new == {**meta_old, "threec_rule": '"median"', "presence_default": '"absent"'}
    for table in ("sources", "stated_classes", "stated_levels", "arenas", "arena_members",
                  "institutional_work", "decision_points"):
        assert new[table] == [], table


@pytest.mark.parametrize("version", [1, 2])
def test_upgrade_keeps_what_the_analyses_read(version: int, tmp_path: Path) -> None:
    """Who is present, which relations are active and every class (median rule, all votes
    counted) read the same from the old rows as from the upgraded session."""
    path = _copy(version, tmp_path)
    old = _raw(path)
    present = {(r["actor_id"], r["phase_id"]) for r in old["presence"]}
    off = {(r["relation_id"], r["phase_id"]) for r in old["relation_off"]}
    with Session.open(path, read_only=True) as s:
        assert s.threec_rule == "median"
        for ph in s.phases:
            assert {a.id for a in s.present_actors(ph)} == {a for a, p in present if p == ph.id}
            assert {r.id for r in s.active_relations(ph)} == {
                r["id"] for r in old["relations"]
                if (r["source"], ph.id) in present and (r["target"], ph.id) in present
                and (r["id"], ph.id) not in off}
            assert all(s.presence_state(a, ph) in ("present", "absent") for a in s.actors)
            for rel in s.relations:
                votes = [v for v in old["scores"]
                         if (v["relation_id"], v["phase_id"]) == (rel.id, ph.id)]
                c = consensus_of(votes)
                expected = three_c(c["trust"].median, c["commitment"].median,
                                   c["interdependence"].median)
                assert s.three_c(rel, ph) == (expected if votes else None)


def _with_switch_off_in_log(path: Path) -> None:
    """Add what schema 2 wrote when a relation was switched off: a relation_off row and a
    'done' edit whose undo information is that row (written here with plain SQL, as a v2 app
    left it, since newer code can no longer write schema 2)."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("INSERT INTO relation_off VALUES (1, 1)")
        changes = json.dumps([["relation_off", [1, 1], None, {"relation_id": 1, "phase_id": 1}]])
        conn.execute("INSERT INTO events(time, command, label, payload, changes, state) VALUES "
                     "('2024-05-01T10:00:00.000+00:00', 'SetRelationActive', 'Switch relation off', "
                     """'{"relation_id": 1, "phase_id": 1, "active": false}', ?, 'done')""",
                     (changes,))
    finally:
        conn.close()


def test_an_edit_made_before_the_upgrade_is_undone_after_it(tmp_path: Path) -> None:
    path = _copy(2, tmp_path)
    _with_switch_off_in_log(path)
    assert inspect_file(path) == 2
    with Session.open(path) as s:
        info = s.relation(1)
        design = s.phase("Design")
        assert s.relation_state(info, design) == "inactive"
        assert s.undo_text == "Switch relation off"
        assert s.undo() == "Switch relation off"
        assert s.relation_state(info, design) == "active"
        assert info in s.active_relations(design)
        assert s.undo() == "Tick prompt"  # the v2 edits before it undo as well
        assert s.redo() == "Tick prompt" and s.redo() == "Switch relation off"
        assert s.relation_state(info, design) == "inactive"
        snap = s.model.snapshot()
    with Session.open(path, read_only=True) as again:
        assert again.model.snapshot() == snap
        assert again.undo_text == "Switch relation off"
    logged = _raw(path)["events"]
    assert not any("relation_off" in (e["changes"] or "") for e in logged)
    backups = [p for p in tmp_path.iterdir() if "schema2" in p.name]
    assert backups and inspect_file(backups[0]) == 2


def test_a_read_only_look_at_a_v2_file_upgrades_a_copy_only(tmp_path: Path) -> None:
    path = _copy(2, tmp_path)
    _with_switch_off_in_log(path)
    before = path.read_bytes()
    with Session.open(path, read_only=True) as s:
        assert s.relation_state(s.relation(1), "Design") == "inactive"
        assert s.undo_text == "Switch relation off"
    assert path.read_bytes() == before and inspect_file(path) == 2
