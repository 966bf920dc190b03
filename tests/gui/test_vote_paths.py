"""One vote path: a key pressed in a round, a phone voting through the console and a phone on
the headless server end the same way in the same situation."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any, Callable

import pytest
from PySide6.QtWidgets import QMessageBox

from workshop_app import Session
from workshop_app.live.protocol import Vote
from workshop_app.live.session_round import SessionRound
from workshop_app.session.voting import VoteOutcome, VoteResult

pytestmark = pytest.mark.gui

PATHS = ("keyboard", "console phone", "headless phone")


def _full_disk(session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    def commit(*_a: Any, **_k: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(session._store, "commit", commit)


def _read_only(session: Session, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(type(session), "read_only", property(lambda _s: True))


# situation -> (what happens before the vote, the vote as (who, question, values), outcome, paths)
# ``who`` "asked" is the person the round asks; ``question`` "now" the open question.
SITUATIONS: dict[str, tuple[Callable[..., None] | None, tuple[Any, str, dict], VoteOutcome, tuple[str, ...]]] = {
    "accepted": (None, ("asked", "now", {"trust": 4}), VoteOutcome.ACCEPTED, PATHS),
    "read only": (_read_only, ("asked", "now", {"trust": 4}), VoteOutcome.READ_ONLY, PATHS),
    "full disk": (_full_disk, ("asked", "now", {"trust": 4}), VoteOutcome.SAVE_FAILED, PATHS),
    "stale": (None, ("asked", "old", {"trust": 4}), VoteOutcome.STALE_QUESTION, PATHS[1:]),
    "unknown person": (None, (999, "now", {"trust": 4}), VoteOutcome.UNKNOWN_PARTICIPANT, PATHS[1:]),
    "bad value": (None, ("asked", "now", {"trust": 9}), VoteOutcome.INVALID_VALUE, PATHS[1:]),
    "not asked": (None, ("asked", "now", {"beauty": 3}), VoteOutcome.INVALID_VALUE, PATHS[1:]),
}
CASES = [pytest.param(name, path, id=f"{name}-{path}")
         for name, (_setup, _vote, _outcome, paths) in SITUATIONS.items() for path in paths]


def _vote_in_console(qtbot, win, path: str, name: str, monkeypatch) -> VoteResult:
    setup, (who, question, values), _outcome, _paths = SITUATIONS[name]
    rounds = win.features["rounds"]
    ana = win.session.participant("Ana").id
    assert rounds.start("all", [ana])
    old = win.room.question.question_id
    if path == "console phone":
        assert win.features["live_voting"].open_phones("127.0.0.1")
    if question == "old":
        rounds.next_relation()
    if setup is not None:
        setup(win.session, monkeypatch)
    if path == "keyboard":
        told: list[str] = []
        monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: told.append(text))
        result = rounds.vote(values["trust"])  # what the key 4 calls during a round
        assert told == ([] if result.accepted else [result.message])  # the facilitator must stop
        return result
    live = win.features["live_voting"]
    qid = old if question == "old" else win.room.question.question_id
    pid = ana if who == "asked" else who
    return live.handover.submit(Vote(pid, qid, values))  # on the GUI thread: no hand-over wait


def _vote_headless(path_to_session: Path, name: str, monkeypatch) -> VoteResult:
    setup, (who, question, values), _outcome, _paths = SITUATIONS[name]
    with SessionRound(path_to_session) as round_:
        session = round_.session
        ana = round_.call(session.participant, "Ana").id
        phase = round_.call(lambda: session.phases[0])
        first, second = round_.call(lambda: session.active_relations(phase)[:2])
        old = round_.ask(first, phase)
        current = round_.ask(second, phase) if question == "old" else old
        if setup is not None:
            setup(session, monkeypatch)
        pid = ana if who == "asked" else who
        qid = old.question_id if question == "old" else current.question_id
        return round_.submit(Vote(pid, qid, values))


@pytest.mark.parametrize("name,path", CASES)
def test_the_same_situation_ends_the_same_way_on_every_path(
        qtbot, request, tmp_path: Path, small_session: Path, monkeypatch, name: str, path: str) -> None:
    expected = SITUATIONS[name][2]
    if path == "headless phone":
        copy = tmp_path / "headless.workshop"
        shutil.copy(small_session, copy)
        with Session.open(copy) as s:  # the same room as the console's ``room`` fixture
            s.add_participant("Ana", "City of Testville")
            s.add_participant("Ben", "Test University")
            s.add_relation("City of Testville", "Residents' forum", "consultation")
        result = _vote_headless(copy, name, monkeypatch)
    else:
        result = _vote_in_console(qtbot, request.getfixturevalue("room"), path, name, monkeypatch)
        monkeypatch.undo()  # the window closes on a writable session
    assert result.outcome is expected, result.message
    assert result.accepted is (expected is VoteOutcome.ACCEPTED)
    assert result.message  # a line to show the phone or the status bar


def test_a_refused_phone_vote_leaves_no_trace(qtbot, room) -> None:
    win = room
    rounds, live = win.features["rounds"], win.features["live_voting"]
    ana = win.session.participant("Ana").id
    rounds.start("all", [ana])
    live.open_phones("127.0.0.1")
    undo = win.session.undo_text
    result = live.handover.submit(Vote(ana, win.room.question.question_id, {"trust": 0}))
    assert result.outcome is VoteOutcome.INVALID_VALUE
    assert win.session.undo_text == undo and live.votes_received == 0
    live.close_phones()
    closed = live.handover.submit(Vote(ana, win.room.question.question_id, {"trust": 3}))
    assert closed.outcome is VoteOutcome.ROUND_CLOSED
