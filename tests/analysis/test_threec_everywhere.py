"""One 3C classification everywhere: the session's rule over the room's votes, with reference
levels left out, read the same by the facts, the metrics, the warnings, the graph export and
the HTML map; stated classes beside it, per relation, per phase and per arena."""

from __future__ import annotations

from typing import Any

import pytest
from conftest import Sketch

from workshop_app.analysis.classes import (
    arena_class,
    arena_readings,
    arena_series,
    class_of_values,
    class_of_votes,
    relation_class,
    relation_reading,
    vote_values,
)
from workshop_app.analysis.facts import all_phase_facts
from workshop_app.analysis.graphs import relation_attributes
from workshop_app.analysis.metrics import all_phase_metrics
from workshop_app.domain.scoring import derived_class
from workshop_app.io import svg_map
from workshop_app.session.tables import tidy_tables


def _views(sketch: Sketch, rel: Any) -> dict[str, Any]:
    """The class of one relation in the first phase as each view reads it."""
    model, pid = sketch.model, sketch.pid(0)
    [facts] = all_phase_facts(model, (pid,))
    [metrics] = [m for m in all_phase_metrics(model) if m.phase_id == pid]
    _, shapes = svg_map.phase_shapes(model, pid)
    [shape] = [s for s in shapes if s.id == rel.id]
    named = [c for c, n in metrics.threec_counts.items() if n and c != "unclassified"]
    [row] = [r for r in tidy_tables(model)["consensus"]
             if r["relation_id"] == rel.id and r["phase_id"] == pid]
    return {
        "tables": row["threec"],
        "analysis": relation_class(model, rel, pid),
        "facts": facts.classes[rel.id],
        "metrics": named[0] if named else None,
        "graph": relation_attributes(model, rel.id, pid)["threec"],
        "html": svg_map.relation_details(model, rel.id, pid)["threec"],
        "html_label": shape.label,
    }


def _one_tie(sketch: Sketch) -> Any:
    sketch.phases("piloting")
    a, b = sketch.actors(2)
    return sketch.rel(a, b, "resources")


def test_only_commitment_low_is_cooperation_under_the_weakest_rule(sketch: Sketch) -> None:
    """002's project teams: only commitment low, 'resembled cooperation'."""
    rel = _one_tie(sketch)
    sketch.score(rel, 0, 4, 2, 4)
    assert sketch.s.threec_rule == "weakest"  # new sessions read 3C as 002 does
    views = _views(sketch, rel)
    assert {k: v for k, v in views.items() if k != "html_label"} == dict.fromkeys(
        ("tables", "analysis", "facts", "metrics", "graph", "html"), "cooperation")
    assert views["html_label"] == "resources · coop"
    sketch.s.set_threec_rule("median")
    assert set(_views(sketch, rel).values()) - {"resources · coord"} == {"coordination"}


def test_a_class_no_voter_holds_is_not_derived(sketch: Sketch) -> None:
    rel = _one_tie(sketch)
    for name, vote in (("Ana", (5, 5, 1)), ("Bo", (1, 5, 5)), ("Cy", (5, 1, 5))):
        sketch.s.add_participant(name)
        sketch.score(rel, 0, *vote, participant=name)
    assert relation_class(sketch.model, rel, sketch.pid(0)) == "cooperation"
    reading = relation_reading(sketch.model, rel, sketch.pid(0))
    assert reading.voters == {"cooperation": 3} and reading.derived == "cooperation"
    sketch.s.set_threec_rule("median")  # the old rule: medians 5, 5, 5
    assert set(_views(sketch, rel).values()) - {"resources · collab"} == {"collaboration"}


def test_reference_levels_are_not_votes_unless_pooled(sketch: Sketch) -> None:
    rel = _one_tie(sketch)
    record = sketch.s.add_participant("Case record")
    sketch.s.set_participant_kind(record, "reference")
    sketch.score(rel, 0, 5, 5, 5, participant="Case record")
    assert set(_views(sketch, rel).values()) == {None, "resources"}  # the room has not voted
    sketch.score(rel, 0, 3, 3, 3)  # the facilitator, a room vote
    views = _views(sketch, rel)
    assert {v for k, v in views.items() if k != "html_label"} == {"coordination"}
    sketch.s.set_pool_references(True)  # the facilitator's choice: count the record
    sketch.score(rel, 0, 5, 5, 5)
    assert {v for k, v in _views(sketch, rel).items() if k != "html_label"} == {"collaboration"}


@pytest.mark.parametrize("rule", ["median", "weakest"])
def test_the_cached_reading_agrees_with_the_votes(sketch: Sketch, rule: str) -> None:
    rel = _one_tie(sketch)
    for name, vote in (("Ana", (4, 2, 5)), ("Bo", (5, 4, 4)), ("Cy", (2, 5, 3))):
        sketch.s.add_participant(name)
        sketch.score(rel, 0, *vote, participant=name)
    votes = sketch.model.votes(rel.id, sketch.pid(0))
    assert class_of_values(rule, vote_values(votes)) == class_of_votes(votes, rule)
    assert class_of_votes(votes, rule) == derived_class(votes, rule)  # the domain's rule itself


def test_stated_beside_derived_with_a_kind_clash(sketch: Sketch) -> None:
    sketch.phases("piloting")
    a, b = sketch.actors(2)
    rel = sketch.rel(a, b, "agreement")
    sketch.score(rel, 0, 2, 2, 2)
    paper = sketch.s.add_source("stated", document="002", section="Temporal Dynamic")
    sketch.s.set_stated_class(sketch.s.phases[0], "coordination", relation=rel, source=paper)
    reading = relation_reading(sketch.model, rel, sketch.pid(0))
    assert (reading.derived, reading.stated_names) == ("cooperation", ["coordination"])
    assert len(reading.mismatches) == 1 and "agreement relation labelled cooperation" in \
        reading.mismatches[0]
    assert reading.to_dict()["stated"] == [{"class": "coordination", "source_id": paper.id,
                                            "note": ""}]


def test_per_arena_classes_and_series(sketch: Sketch) -> None:
    sketch.phases("design", "piloting")
    a = sketch.actor("City", present=(0, 1))
    b = sketch.actor("Lab", "academia", present=(0, 1))
    c = sketch.actor("Firm", "private", present=(0, 1))
    board, teams = sketch.s.add_arena("Board", "steering"), sketch.s.add_arena("Teams", "project_team")
    for p in sketch.s.phases:
        sketch.s.set_arena_members(board, p, [a, b])
        sketch.s.set_arena_members(teams, p, [b, c])
    top, low, across = sketch.rel(a, b), sketch.rel(b, c), sketch.rel(a, c)
    sketch.score(top, 0, 5, 5, 5)
    sketch.score(low, 0, 4, 1, 4)
    sketch.score(across, 0, 3, 3, 3)  # in no arena: both ends are never in one
    sketch.s.set_stated_class(sketch.s.phases[1], "cooperation", arena=teams)
    design = {r.name: r for r in arena_readings(sketch.model, sketch.pid(0))}
    assert design["Board"].relation_ids == (top.id,)
    assert design["Board"].counts["collaboration"] == 1 and design["Board"].shares["collaboration"] == 1.0
    assert design["Teams"].counts["cooperation"] == 1
    assert arena_class(design["Board"]) == ("collaboration", "derived")
    series = arena_series(sketch.model)
    assert [r.phase_id for r in series[teams.id]] == [sketch.pid(0), sketch.pid(1)]
    assert series[teams.id][1].stated == ("cooperation",)
    assert arena_class(series[teams.id][1]) == ("cooperation", "stated")
    m_design, m_pilot = all_phase_metrics(sketch.model)
    assert [x["arena"] for x in m_design.arena_threec] == ["Board", "Teams"]
    assert m_design.arena_threec[0]["threec_shares"]["collaboration"] == 1.0
    assert m_pilot.arena_threec[1]["stated_classes"] == ["cooperation"]
    assert m_pilot.arena_threec[1]["threec_counts"]["unclassified"] == 1  # not scored there


def test_metrics_list_the_classes_and_levels_stated_for_the_phase(sketch: Sketch) -> None:
    rel = _one_tie(sketch)
    sketch.score(rel, 0, 4, 4, 4)
    paper = sketch.s.add_source("stated", document="002", section="Temporal Dynamic")
    sketch.s.set_stated_class(sketch.s.phases[0], "cooperation", source=paper)
    sketch.s.set_stated_level(sketch.s.phases[0], "commitment", "low", source=paper)
    [m] = all_phase_metrics(sketch.model)
    assert m.threec_counts["collaboration"] == 1 and m.threec_rule == "weakest"
    assert m.stated_classes == [{"class": "cooperation", "source": "002, Temporal Dynamic",
                                 "note": ""}]
    assert m.stated_levels == [{"dimension": "commitment", "level": "low", "scope": "phase",
                                "relation_id": None, "arena_id": None,
                                "source": "002, Temporal Dynamic", "note": ""}]
