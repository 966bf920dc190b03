"""The bundled demo sessions carry the evidence of their case files: what the papers state,
what the case encoder inferred and why, and what no paper describes.

These tests read the shipped demos (``sessions/*.workshop``; another test holds them equal
to a fresh build), as a facilitator opening one would: presence states, sources, the case
record's levels beside the room's median, stated classes and levels.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any, Iterator

import pytest

from workshop_app import Session
from workshop_app.bundled import demo_names, resources_dir, sessions_dir
from workshop_app.domain import scoring
from workshop_app.domain.commands_evidence import SOURCED_TABLES
from workshop_app.domain.vocabulary import CASE_PARTICIPANT, SCORE_DIMENSIONS
from workshop_app.io.case_evidence import ELLIPSIS, level_kind

CASES = resources_dir() / "cases"
NAMES = demo_names()

# Per demo: sources, levels stated / inferred (of the case record's votes), actor-phases
# explicitly absent / not described, stated classes, stated levels. The README's "Demo
# sessions" section gives the same figures: change both when a case file changes.
FIGURES: dict[str, tuple[int, int, int, int, int, int, int]] = {
    "iskandar": (17, 0, 0, 5, 11, 0, 0),
    "turin": (91, 4, 3, 0, 4, 0, 2),
    "antwerp": (58, 2, 3, 0, 6, 4, 0),
    "darmstadt": (42, 6, 3, 0, 18, 2, 0),
    "london": (65, 0, 0, 0, 15, 0, 0),
}


def _case(name: str) -> dict[str, Any]:
    return json.loads((CASES / f"{name}.json").read_text(encoding="utf-8"))


def _open(name: str) -> Session:
    return Session.open(sessions_dir() / f"{name}.workshop", read_only=True)


def _case_sources(node: Any) -> Iterator[dict[str, Any]]:
    """Every source object of a case file (a relation's ``source`` is its actor's key)."""
    if isinstance(node, dict):
        for key, value in node.items():
            if key in ("source", "provenance") and isinstance(value, dict):
                yield value
            elif key in ("role_sources", "level_sources") and isinstance(value, dict):
                yield from value.values()
            else:
                yield from _case_sources(value)
    elif isinstance(node, list):
        for item in node:
            yield from _case_sources(item)


def _said(src: dict[str, Any]) -> tuple[str, str, str, str]:
    return (src["kind"], src["document"], src["section"].strip(), src.get("quote", "").strip())


def _level_kinds(s: Session) -> dict[str, int]:
    counts = {"stated": 0, "inferred": 0}
    refs = s.model.reference_participant_ids()
    for vote in s.model.tables["scores"].values():
        assert vote.participant_id in refs, "a demo holds no room votes"
        for dim in SCORE_DIMENSIONS:
            if vote.value(dim) is not None:
                kind = level_kind(s.source(vote.source_id), dim)
                assert kind is not None, "every level the case gives cites its source"
                counts[kind] += 1
    return counts


@pytest.mark.parametrize("name", NAMES)
def test_figures_of_each_demo(name: str) -> None:
    with _open(name) as s:
        states = [s.model.presence_state(a.id, ph.id) for ph in s.phases for a in s.actors]
        levels = _level_kinds(s)
        got = (len(s.sources()), levels["stated"], levels["inferred"], states.count("absent"),
               states.count("not_described"), len(s.model.tables["stated_classes"]),
               len(s.model.tables["stated_levels"]))
    assert got == FIGURES[name]


@pytest.mark.parametrize("name", NAMES)
def test_every_source_of_the_case_is_cited_in_the_session(name: str) -> None:
    """Each passage or inference of the case file is a source of the session, with its
    words; and no source of the session is left uncited."""
    with _open(name) as s:
        rows = {src["id"]: src for src in s.sources()}
        said = {_said(src) for src in rows.values() if src["kind"] in ("stated", "inferred")}
        for src in rows.values():  # a combined source keeps its parts
            for part in (src["detail"].get("parts") or {}).values():
                said.add(_said(part))
        for src in _case_sources(_case(name)):
            assert _said(src) in said, src
        cited: set[int] = set()
        t = s.model.tables
        for table in SOURCED_TABLES:
            cited |= {rec.source_id for rec in t[table].values() if rec.source_id is not None}
        for pres in t["presence"].values():
            cited |= set(pres.role_sources.values()) | set(pres.fact_sources.values())
    assert set(rows) == cited


@pytest.mark.parametrize("name", NAMES)
def test_nobody_is_absent_unless_the_case_says_so(name: str) -> None:
    case = _case(name)
    said_absent = {(ab["actor"], ab["phase"]) for ab in case.get("absences", [])}
    names = {a["key"]: a["name"] for a in case["actors"]}
    with _open(name) as s:
        absent = {(a.name, ph.key) for ph in s.phases for a in s.actors_in_state(ph, "absent")}
        assert absent == {(names[a], p) for a, p in said_absent}
        for a, p in said_absent:
            assert s.provenance(("presence", names[a], p)) is not None


def test_darmstadt_continuation_describes_two_actors_and_loses_nobody() -> None:
    """002 reports only plans for the continuation: the GmbH and the federal ministry's
    grant. The city that owns the GmbH, the mayor and the others are not described there,
    which is not the same as gone."""
    with _open("darmstadt") as s:
        assert {a.name for a in s.present_actors("continuation")} == {
            "Digitalstadt Darmstadt GmbH", "Federal Ministry of the Interior (BMI)"}
        undescribed = {a.name for a in s.actors_in_state("continuation", "not_described")}
        assert len(undescribed) == 10
        assert {"City of Darmstadt (administration, incl. Chief Digital Officer)",
                "Mayor of Darmstadt"} <= undescribed
        assert s.actors_in_state("continuation", "absent") == []
        assert s.presence_state("Federal Ministry of the Interior (BMI)", "piloting") == "not_described"


@pytest.mark.parametrize("name", NAMES)
def test_the_case_record_is_a_reference_beside_the_room_not_a_vote(name: str) -> None:
    """Every level a paper gives is shown as a reference mark; the room's median, spread and
    class are computed from the room alone, which has not voted yet (n = 0)."""
    with _open(name) as s:
        record = s.participant(CASE_PARTICIPANT)
        assert record is not None and record.kind == "reference"
        assert s.source(record.source_id)["detail"] == {"case_file": f"{name}.json"}
        assert not s.model.pool_references
        for rel in s.relations:
            for ph in s.phases:
                refs = s.reference_levels(rel, ph)
                if not refs:
                    continue
                (ref,) = refs
                assert ref["participant"] == CASE_PARTICIPANT and ref["source"] is not None
                assert all(c.n == 0 and c.median is None for c in s.consensus(rel, ph).values())
                assert s.three_c(rel, ph) is None
                assert scoring.counted_votes(s.model, rel.id, ph.id) == []


def test_pooling_the_case_record_is_the_facilitator_s_choice(tmp_path: Path) -> None:
    """Only when the facilitator pools the references does the case record count: then the
    room's median is the stated level (Darmstadt's inner circle: commitment and
    interdependence high, as the chapter says)."""
    path = tmp_path / "darmstadt.workshop"
    shutil.copyfile(sessions_dir() / "darmstadt.workshop", path)
    with Session.open(path) as s:
        rel = next(r for r in s.active_relations("design") if r.kind == "decision"
                   and {s.model.actor(r.source).name, s.model.actor(r.target).name}
                   == {"Mayor of Darmstadt", "HEAG Holding AG"})
        assert s.consensus(rel, "design")["commitment"].n == 0
        s.set_pool_references(True)
        cons = s.consensus(rel, "design")
        assert (cons["commitment"].median, cons["commitment"].n) == (4, 1)
        assert (cons["interdependence"].median, cons["trust"].n) == (4, 0)


def test_antwerp_growth_phase_is_cooperation_as_the_chapter_states() -> None:
    with _open("antwerp") as s:
        stated = s.stated_class(None, "piloting")
        assert stated is not None and stated["class"] == "cooperation"
        src = stated["source"]
        assert (src["kind"], src["document"], src["section"]) == ("stated", "002", "Temporal Dynamic")
        assert "less intense interactions resembling cooperation" in src["quote"]
        teams = s.stated_classes(None, "piloting", arena="Project teams")
        assert [c["class"] for c in teams] == ["cooperation"]
        assert "resembled cooperation" in teams[0]["source"]["quote"]


def test_antwerp_core_partners_resemble_coordination_and_collaboration() -> None:
    """002 names both classes for the core partners' covenant phase, each for its own reason;
    both are kept, each with its own words."""
    with _open("antwerp") as s:
        core = s.stated_classes(None, "design", arena="Core partners")
        assert [c["class"] for c in core] == ["coordination", "collaboration"]
        assert "signing of a joint covenant" in core[0]["source"]["quote"]
        assert "planning of joint action" in core[1]["source"]["quote"]


def test_turin_states_low_shared_commitment_for_the_phase() -> None:
    """001's headline finding, recorded for the whole phase where no one relation holds it."""
    with _open("turin") as s:
        (level,) = s.stated_levels("implementation", whole_phase_only=True)
        assert (level["dimension"], level["level"], level["relation_id"]) == ("commitment", "low", None)
        src = level["source"]
        assert (src["kind"], src["document"], src["section"]) == ("stated", "001", "DISCUSSION")
        assert "low shared commitment" in src["quote"]
        (planning,) = s.stated_levels("design", whole_phase_only=True)
        assert planning["level"] == "low" and planning["source"]["kind"] == "inferred"


def test_a_vote_from_several_passages_keeps_each_level_s_evidence() -> None:
    """Turin, implementation: the unit and the utilities' low trust and low commitment are
    stated in two passages, their high interdependence is the encoder's reading."""
    with _open("turin") as s:
        rel = next(r for r in s.active_relations("implementation")
                   if {s.model.actor(r.source).name, s.model.actor(r.target).name} == {
                       "City of Turin - smart city unit (European funds, innovation and smart city)",
                       "Local public utilities"})
        (vote,) = s.reference_levels(rel, "implementation")
        src = vote["source"]
        assert src["kind"] == "inferred"  # the weakest of its parts
        assert {d: level_kind(src, d) for d in SCORE_DIMENSIONS} == {
            "trust": "stated", "commitment": "stated", "interdependence": "inferred"}
        parts = src["detail"]["parts"]
        assert src["quote"] == ELLIPSIS.join(dict.fromkeys(p["quote"] for p in parts.values()))
        assert "interdependence inferred" in src["reason"]


def test_london_nesta_and_odi_are_named_primary_actors() -> None:
    with _open("london") as s:
        for name in ("Nesta (innovation foundation)", "Open Data Institute"):
            phases = [ph for ph in s.phases if s.presence_state(name, ph) == "present"]
            assert phases
            for ph in phases:
                src = s.provenance(("presence", name, ph))
                assert (src["kind"], src["section"]) == ("stated", "4.1 Research setting")
                assert "Other primary actors involved with smart city data" in src["quote"]
                assert s.provenance(("role", name, ph, "intermediary"))["kind"] == "inferred"


def test_london_tabs_are_the_three_dimensions_not_a_timeline() -> None:
    with _open("london") as s:
        labels = [ph.name for ph in s.phases]
        assert [label.split(" (")[0] for label in labels] == ["Openness", "Diffusion", "Shared vision"]
        assert not any(ch.isdigit() for label in labels for ch in label)
        assert "operate at an ecosystem level" in s.phase("open_data").note
        declaration = next(d for d in s.decision_points() if d["label"] == "Local Digital Declaration")
        assert declaration["phase"] == s.phase("open_data").name


@pytest.mark.parametrize("name", NAMES)
def test_no_influence_height_is_stated(name: str) -> None:
    """No paper gives a number for influence: every tower height cites an inference."""
    with _open(name) as s:
        for pres in s.model.tables["presence"].values():
            if pres.influence is not None:
                assert s.source(pres.fact_sources["influence"])["kind"] == "inferred"


def test_a_relation_the_room_draws_on_a_demo_copy_is_active_where_both_take_part(
        tmp_path: Path) -> None:
    """A demo's relations are not described where the paper is silent; one the room draws is
    the room's own finding, active where both ends take part, like in a session made in the
    app (and undone in one step)."""
    path = tmp_path / "darmstadt.workshop"
    shutil.copyfile(sessions_dir() / "darmstadt.workshop", path)
    with Session.open(path) as s:
        gmbh = s.actor("Digitalstadt Darmstadt GmbH")
        panel = s.add_actor("Citizens' panel", "citizens", "neighbourhood", present_in=["piloting"])
        rel = s.add_relation(panel, gmbh, "consultation")
        assert s.relation_state(rel, "piloting") == "active"
        assert rel in s.active_relations("piloting")
        assert s.relation_state(rel, "continuation") == "not_described"  # the panel is not there
        quiet = s.add_relation(panel, gmbh, "information", active_in=[])
        assert s.relation_state(quiet, "piloting") == "not_described"
        s.undo()
        s.undo()
        assert s.model.relation_phase(rel.id, s.phase("piloting").id) is None
        assert rel.id not in s.model.tables["relations"]
