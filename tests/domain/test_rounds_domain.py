"""Scoring rounds without Qt: which relations a round walks, the cursor the keys move, what is
missing, the most contested list, and the consensus numbers the room sees (domain.md §5)."""

from __future__ import annotations

from datetime import datetime

import pytest

from workshop_app import Session
from workshop_app.domain.rounds import (
    ScoringRound,
    default_participants,
    most_contested,
    question_text,
    relation_label,
    round_relations,
)


# -- which relations ----------------------------------------------------------------------
def test_round_sets_all_unscored_and_selected(ws) -> None:
    m, design = ws.s.model, ws.design.id
    assert round_relations(m, design, "all") == [ws.info.id, ws.data.id, ws.plan.id]
    # info has every dimension; plan only trust; data nothing.
    assert round_relations(m, design, "unscored") == [ws.data.id, ws.plan.id]
    assert round_relations(m, design, "selected", [ws.plan.id, ws.info.id]) == [ws.info.id, ws.plan.id]
    # The university is absent in piloting, so its relation cannot be scored there even if selected.
    assert round_relations(m, ws.piloting.id, "selected", [ws.plan.id]) == []
    with pytest.raises(ValueError, match="Unknown set"):
        round_relations(m, design, "favourites")


def test_a_vote_with_only_cleared_values_does_not_count_as_scored(ws) -> None:
    s = ws.s
    s.score(ws.data, ws.design, 3, 3, 3)
    assert ws.data.id not in round_relations(s.model, ws.design.id, "unscored")
    s.clear_score(ws.data, ws.design, ["commitment"])
    assert ws.data.id in round_relations(s.model, ws.design.id, "unscored")


def test_default_participants_leave_out_named_ones_but_never_everybody(ws) -> None:
    m = ws.s.model
    assert default_participants(m, ["Facilitator"]) == [ws.ana.id]
    # Nobody left: the last exclusion is given up first, so the facilitator is asked.
    assert default_participants(m, ["Ana", "Facilitator"]) == [ws.facilitator.id]


# -- the cursor ---------------------------------------------------------------------------
def _round(ws, relations=None) -> ScoringRound:
    rels = relations or (ws.data.id, ws.plan.id)
    return ScoringRound(rels, ws.design.id, (ws.facilitator.id, ws.ana.id))


def test_cursor_moves_dimension_then_participant_and_stops_on_the_last_cell(ws) -> None:
    r = _round(ws)
    assert (r.current_relation, r.current_participant, r.current_dimension) == (ws.data.id, ws.facilitator.id, "trust")
    assert r.advance() and r.current_dimension == "commitment"
    assert r.advance() and r.current_dimension == "interdependence"
    assert r.advance() and (r.current_participant, r.current_dimension) == (ws.ana.id, "trust")
    r.advance(), r.advance()
    assert (r.current_participant, r.current_dimension) == (ws.ana.id, "interdependence")
    assert r.advance() is False  # a stray key press never wraps to the first person's vote
    assert (r.current_participant, r.current_dimension) == (ws.ana.id, "interdependence")


def test_next_participant_wraps_and_restarts_at_the_first_dimension(ws) -> None:
    r = _round(ws)
    r.advance()
    assert r.next_participant() == ws.ana.id and r.current_dimension == "trust"
    assert r.next_participant() == ws.facilitator.id
    assert r.previous_participant() == ws.ana.id


def test_next_relation_is_a_new_question_and_the_round_ends_after_the_last(ws) -> None:
    r = _round(ws)
    r.next_participant()
    assert r.progress == (1, 2) and r.seq == 1
    assert r.next_relation() == ws.plan.id
    assert (r.current_participant, r.current_dimension, r.seq, r.progress) == (ws.facilitator.id, "trust", 2, (2, 2))
    assert r.next_relation() is None
    assert r.is_done() and r.current_relation is None and r.question(ws.s.model) is None
    assert r.progress == (2, 2)


def test_move_to_and_bad_cells(ws) -> None:
    r = _round(ws)
    r.move_to(ws.ana.id, "commitment")
    assert (r.current_participant, r.current_dimension) == (ws.ana.id, "commitment")
    with pytest.raises(ValueError):
        r.move_to(999)


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"relation_ids": ()}, "at least one relation"),
        ({"participant_ids": ()}, "at least one participant"),
        ({"dimensions": ("trust", "beauty")}, "beauty"),
        ({"relation_ids": (1, 1)}, "each relation once"),
    ],
)
def test_a_round_that_cannot_run_is_refused(kwargs, message) -> None:
    args = {"relation_ids": (1, 2), "phase_id": 1, "participant_ids": (1,)} | kwargs
    with pytest.raises(ValueError, match=message):
        ScoringRound(**args)


def test_participants_joining_and_leaving_mid_round(ws) -> None:
    r = ScoringRound((ws.data.id,), ws.design.id, (ws.facilitator.id, ws.facilitator.id))
    assert r.participant_ids == (ws.facilitator.id,)
    r.add_participant(ws.ana.id)
    r.next_participant()
    assert r.current_participant == ws.ana.id
    r.remove_participant(ws.ana.id)
    assert r.participant_ids == (ws.facilitator.id,) and r.current_participant == ws.facilitator.id
    r.remove_participant(ws.facilitator.id)  # the last one stays: a round always has someone to ask
    assert r.participant_ids == (ws.facilitator.id,)


def test_relations_deleted_or_switched_off_are_skipped(ws) -> None:
    s = ws.s
    r = ScoringRound((ws.info.id, ws.data.id, ws.plan.id), ws.design.id, (ws.ana.id,))
    s.delete_relation(ws.info)
    s.set_relation_active(ws.data, ws.design, False)
    assert r.skip_unscorable(s.model)
    assert r.current_relation == ws.plan.id and r.seq == 3
    assert not r.skip_unscorable(s.model)


# -- what is in ---------------------------------------------------------------------------
def test_votes_missing_follows_the_session(ws) -> None:
    s = ws.s
    r = _round(ws)
    assert len(r.votes_missing(s.model)) == 6
    s.score(ws.data, ws.design, trust=4, participant="Ana")
    missing = r.votes_missing(s.model)
    assert (ws.ana.id, "trust") not in missing and len(missing) == 5
    assert missing[0] == (ws.facilitator.id, "trust")
    assert r.vote(s.model, ws.ana.id) == {"trust": 4, "commitment": None, "interdependence": None}
    assert not r.participant_complete(s.model, ws.ana.id)
    assert r.votes_missing(s.model, ws.info.id) == []  # both voted on every dimension


def test_question_names_the_pair_and_the_scale(ws) -> None:
    m = ws.s.model
    r = _round(ws)
    q = r.question(m)
    assert q is not None
    assert q["relation_id"] == ws.data.id and q["phase_id"] == ws.design.id and q["seq"] == 1
    assert q["round_id"] == r.round_id and q["dimensions"] == ("trust", "commitment", "interdependence")
    assert q["relation_text"] == "City of Lyon → Vendor SA: data"
    assert "City of Lyon and Vendor SA" in str(q["text"]) and "1 very low … 5 very high" in str(q["text"])
    assert q["questions"]["trust"] == "How much do City of Lyon and Vendor SA trust each other?"  # type: ignore[index]
    assert question_text(m, ws.plan.id, "interdependence") == "How much do Vendor SA and University need each other?"
    assert relation_label(m, ws.plan.id) == "Vendor SA ↔ University: agreement"


# -- most contested -----------------------------------------------------------------------
def test_most_contested_orders_by_largest_spread(tmp_path) -> None:
    s = Session.create(tmp_path / "c.workshop", default_phases=False)
    phase = s.add_phase("Design", "design")
    a, b, c = (s.add_actor(n, present_in=[phase]) for n in ("A", "B", "C"))
    calm = s.add_relation(a, b)
    split = s.add_relation(b, c)
    mild = s.add_relation(a, c)
    lonely = s.add_relation(c, a)  # one vote: no spread to speak of
    s.add_participant("P1")
    s.add_participant("P2")
    s.score(calm, phase, 3, 3, 3, participant="P1")
    s.score(calm, phase, 3, 3, 3, participant="P2")
    s.score(split, phase, 1, 3, None, participant="P1")
    s.score(split, phase, 5, 3, 4, participant="P2")
    s.score(mild, phase, 2, 4, 4, participant="P1")
    s.score(mild, phase, 3, 4, 4, participant="P2")
    s.score(lonely, phase, 5, 5, 5, participant="P1")
    found = most_contested(s.model, phase.id)
    assert [f.relation_id for f in found] == [split.id, mild.id]
    top = found[0]
    assert (top.spread, top.dimension, top.votes) == (4, "trust", 2)
    assert top.medians == {"trust": 1, "commitment": 3, "interdependence": 4}
    assert top.spreads["interdependence"] == 0  # one vote: spread 0, never a guess
    assert [f.relation_id for f in most_contested(s.model, phase.id, min_spread=0)][-2:] == [calm.id, lonely.id]
    s.close()


# -- consensus edge cases the README documents ---------------------------------------------
def test_consensus_lower_median_spread_count_and_unscored_is_not_zero(tmp_path) -> None:
    s = Session.create(tmp_path / "m.workshop", default_phases=False)
    phase = s.add_phase("Design", "design")
    a, b = s.add_actor("A", present_in=[phase]), s.add_actor("B", present_in=[phase])
    rel = s.add_relation(a, b)
    for name in ("P1", "P2", "P3"):
        s.add_participant(name)
    s.score(rel, phase, trust=2, commitment=1, participant="P1")
    s.score(rel, phase, trust=5, participant="P2")
    s.score(rel, phase, trust=4, interdependence=3, participant="P3")
    s.score(rel, phase, trust=1, participant="P3")  # a later vote replaces the earlier one
    room = s.consensus(rel, phase)
    # Trust votes 2, 5, 1: median 2 (odd count), spread 5 − 1.
    assert (room["trust"].median, room["trust"].spread, room["trust"].n) == (2, 4, 3)
    assert (room["trust"].low, room["trust"].high) == (1, 5)
    # Commitment: only P1 voted; the others' empty cells are not zeros.
    assert (room["commitment"].median, room["commitment"].spread, room["commitment"].n) == (1, 0, 1)
    assert (room["interdependence"].median, room["interdependence"].n) == (3, 1)
    s.score(rel, phase, trust=4, participant="Facilitator")
    # Four trust votes 1, 2, 4, 5: the lower median (2), never 3.0.
    assert s.consensus(rel, phase)["trust"].median == 2
    s.clear_score(rel, phase, participant="P1")
    assert s.consensus(rel, phase)["commitment"].n == 0
    assert s.consensus(rel, phase)["commitment"].median is None
    assert s.consensus(rel, phase)["commitment"].spread is None
    votes = s.scores(rel, phase)
    assert [v["participant"] for v in votes] == ["Facilitator", "P2", "P3"]
    assert votes[2] | {"time": ""} == {"participant": "P3", "participant_id": votes[2]["participant_id"],
                                       "trust": 1, "commitment": None, "interdependence": 3, "time": "",
                                       "interdependence_back": None, "source_id": None}
    assert datetime.fromisoformat(votes[0]["time"]).tzinfo is not None
    s.close()
