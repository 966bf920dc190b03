"""Blind questions and one question at a time without Qt: the room's state, the round's
cursor and ``submit_vote`` on a real session file (what the headless server shares)."""

from __future__ import annotations

from pathlib import Path

import pytest

from workshop_app import Session
from workshop_app.domain.rounds import ScoringRound
from workshop_app.session.room import Reveal, RoomState
from workshop_app.session.voting import VoteOutcome, submit_vote


@pytest.fixture
def s(tmp_path: Path):
    session = Session.create(tmp_path / "blind.workshop", default_phases=False)
    with session.bulk("build"):
        session.add_phase("Design", "design")
        a = session.add_actor("City", "government", "city", present_in=["Design"])
        b = session.add_actor("Lab", "academia", "regional", present_in=["Design"])
        session.add_relation(a, b, "information")
        session.add_relation(b, a, "data")
        session.add_participant("Ana")
        session.add_participant("Ben")
    yield session
    session.close()


def _round(s: Session, **options) -> ScoringRound:
    phase = s.phases[0].id
    people = (s.participant("Ana").id, s.participant("Ben").id)
    return ScoringRound(tuple(r.id for r in s.active_relations(phase)), phase, people, **options)


def test_a_blind_question_opens_when_every_answer_given_since_it_was_put_is_in(s: Session) -> None:
    room = RoomState()
    r = _round(s, blind=True)
    ana, ben = r.participant_ids
    # An answer from before the question was put does not count.
    s.score(r.relation_ids[0], r.phase_id, 3, 3, 3, participant="Ana")
    s.score(r.relation_ids[0], r.phase_id, 3, 3, 3, participant="Ben")
    room.start_round(r)
    assert room.hidden and room.withheld == (r.relation_ids[0], r.phase_id)
    assert room.voters(s.model) == [(ana, False), (ben, False)]
    assert submit_vote(s, room, ana, {"trust": 4, "commitment": 4, "interdependence": 4}).accepted
    assert submit_vote(s, room, ben, {"trust": 2, "commitment": 2}).accepted
    assert room.hidden and room.voters(s.model) == [(ana, True), (ben, False)]
    assert submit_vote(s, room, ben, {"interdependence": 1}).accepted
    assert room.reveal is Reveal.REVEALED and room.withheld is None
    r.next_relation()
    room.question_moved()
    assert room.hidden and room.answers(ana) == frozenset()  # a new question: nobody has answered


def test_a_cleared_answer_is_no_answer(s: Session) -> None:
    room = RoomState()
    r = _round(s, blind=True)
    ana, ben = r.participant_ids
    room.start_round(r)
    every = {"trust": 4, "commitment": 4, "interdependence": 4}
    submit_vote(s, room, ana, every)
    submit_vote(s, room, ana, {"trust": None})
    submit_vote(s, room, ben, every)
    assert room.hidden  # Ana took her trust back
    submit_vote(s, room, ana, {"trust": 5})
    assert not room.hidden


def test_an_open_round_is_never_hidden(s: Session) -> None:
    room = RoomState()
    room.start_round(_round(s))
    assert not room.hidden and room.withheld is None


def test_one_question_at_a_time_walks_dimension_by_dimension(s: Session) -> None:
    room = RoomState()
    r = _round(s, order="dimension")
    ana, ben = r.participant_ids
    room.start_round(r)
    asked = []
    while room.question is not None:
        q = room.question
        asked.append((q.relation_id, q.dimensions, q.step, q.steps))
        if r.next_question():
            r.skip_unscorable(s.model)
        room.question_moved()
    first, second = r.relation_ids
    assert asked == [(rid, (d,), i + 1, 3) for rid in (first, second)
                     for i, d in enumerate(("trust", "commitment", "interdependence"))]


def test_a_vote_on_a_dimension_not_asked_is_refused(s: Session) -> None:
    room = RoomState()
    r = _round(s, order="dimension")
    room.start_round(r)
    ana = r.participant_ids[0]
    result = submit_vote(s, room, ana, {"commitment": 4})
    assert result.outcome is VoteOutcome.INVALID_VALUE and "commitment" in result.message
    qid = room.question.question_id
    r.next_question()
    room.question_moved()
    stale = submit_vote(s, room, ana, {"trust": 4}, question_id=qid)
    assert stale.outcome is VoteOutcome.STALE_QUESTION


def test_the_cursor_keeps_the_question_and_stops_at_its_last_person(s: Session) -> None:
    r = _round(s, order="dimension")
    ana, ben = r.participant_ids
    assert r.advance() and r.current_participant == ben and r.current_dimension == "trust"
    assert not r.advance()  # the last person of this question: stay (Enter moves on)
    r.next_participant()
    assert (r.current_participant, r.current_dimension) == (ana, "trust")
    seq = r.seq
    r.move_to(ben, "commitment")  # a click on another column is another question
    assert r.seq == seq + 1 and r.asked_dimensions == ("commitment",)
    with pytest.raises(ValueError, match="order"):
        _round(s, order="sideways")
