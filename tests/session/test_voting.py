"""One vote path without Qt: the room's state and ``submit_vote`` on a real session file."""

from __future__ import annotations

from pathlib import Path

import pytest

from workshop_app import Session
from workshop_app.domain import commands as cmds
from workshop_app.domain.rounds import ScoringRound
from workshop_app.session.room import JoinInfo, OpenQuestion, Reveal, RoomAspect, RoomState
from workshop_app.session.voting import VoteOutcome, submit_vote


@pytest.fixture
def room_session(tmp_path: Path):
    s = Session.create(tmp_path / "room.workshop", default_phases=False)
    with s.bulk("build"):
        s.add_phase("Design", "design")
        a = s.add_actor("City", "government", "city", present_in=["Design"])
        b = s.add_actor("Lab", "academia", "regional", present_in=["Design"])
        s.add_relation(a, b, "information")
        s.add_relation(b, a, "data")
        s.add_participant("Ana")
    yield s
    s.close()


def _round(s: Session) -> ScoringRound:
    phase = s.phases[0].id
    return ScoringRound(tuple(r.id for r in s.active_relations(phase)), phase, (s.participant("Ana").id,))


def test_listeners_hear_which_part_of_the_room_changed() -> None:
    room = RoomState()
    heard: list[RoomAspect] = []
    room.subscribe(heard.append)
    room.set_prompt("  Who is missing?  ")
    room.set_prompt("Who is missing?")  # the same prompt: nothing to tell
    room.set_join(JoinInfo("http://10.0.0.2:8000", "K7P2Q", "http://10.0.0.2:8000/?code=K7P2Q"))
    room.set_reveal(Reveal.HIDDEN)
    room.ask(OpenQuestion("ab", 1, 5, 6))
    room.end_round()
    assert heard == [RoomAspect.PROMPT, RoomAspect.JOIN, RoomAspect.REVEAL, RoomAspect.QUESTION,
                     RoomAspect.QUESTION]
    assert room.prompt == "Who is missing?" and room.question is None


def test_the_round_is_the_question_and_a_new_voter_joins_it(room_session: Session) -> None:
    s = room_session
    room = RoomState()
    r = _round(s)
    room.start_round(r)
    first = room.question
    assert first is not None and (first.relation_id, first.seq) == (r.relation_ids[0], 1)
    ben = s.add_participant("Ben").id
    result = submit_vote(s, room, ben, {"trust": 4}, question_id=first.question_id)
    assert result.outcome is VoteOutcome.ACCEPTED and ben in r.participant_ids
    assert s.undo_text == "Score (trust 4)"  # one vote, one undoable edit
    r.next_relation()
    room.question_moved()
    late = submit_vote(s, room, ben, {"trust": 1}, question_id=first.question_id)
    assert late.outcome is VoteOutcome.STALE_QUESTION and late.message.startswith("This question has moved on")


@pytest.mark.parametrize("participant,values,outcome", [
    ("Ana", {"trust": 5, "commitment": None}, VoteOutcome.ACCEPTED),
    (999, {"trust": 3}, VoteOutcome.UNKNOWN_PARTICIPANT),
    ("Ana", {}, VoteOutcome.INVALID_VALUE),
    ("Ana", {"trust": 6}, VoteOutcome.INVALID_VALUE),
    ("Ana", {"trust": True}, VoteOutcome.INVALID_VALUE),
    ("Ana", {"beauty": 3}, VoteOutcome.INVALID_VALUE),
])
def test_each_vote_gets_its_outcome(room_session: Session, participant, values, outcome) -> None:
    s = room_session
    room = RoomState()
    room.start_round(_round(s))
    pid = s.participant(participant).id if isinstance(participant, str) else participant
    before = len(s.model.tables["scores"])
    result = submit_vote(s, room, pid, values)
    assert result.outcome is outcome
    assert len(s.model.tables["scores"]) == before + (1 if outcome is VoteOutcome.ACCEPTED else 0)


def test_no_question_a_relation_gone_and_a_full_disk(room_session: Session, monkeypatch) -> None:
    s = room_session
    ana = s.participant("Ana").id
    assert submit_vote(s, RoomState(), ana, {"trust": 3}).outcome is VoteOutcome.ROUND_CLOSED
    room = RoomState()
    room.start_round(_round(s))
    q = room.question
    s.execute(cmds.DeleteRelation(relation_id=q.relation_id))
    assert submit_vote(s, room, ana, {"trust": 3}).outcome is VoteOutcome.NOT_SCORABLE
    room.start_round(_round(s))

    def full(*_a, **_k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(s._store, "commit", full)
    result = submit_vote(s, room, ana, {"trust": 3})
    assert result.outcome is VoteOutcome.SAVE_FAILED and "No space left" in result.message
    assert not s.model.tables["scores"]  # nothing half-kept in memory
