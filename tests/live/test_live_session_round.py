"""Phone votes on a real session: saved at once, with participant and time, undoable like keys."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any, Callable

import pytest

from workshop_app import Session
from workshop_app.bundled import demo_path
from workshop_app.domain.commands import CommandError
from workshop_app.live.protocol import Vote, VoteOutcome
from workshop_app.live.server import VotingServer
from workshop_app.live.session_round import (
    SessionRound,
    phone_participants,
    question_for,
    relation_text,
)

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def antwerp(tmp_path: Path) -> Path:
    copy = tmp_path / "antwerp.workshop"
    shutil.copyfile(demo_path("antwerp"), copy)
    return copy


def test_phone_votes_are_saved_in_the_session_file(
    antwerp: Path, make_client: Callable[..., Any]
) -> None:
    with SessionRound(antwerp) as round_:
        ana = round_.call(round_.session.add_participant, "Ana")
        bo = round_.call(round_.session.add_participant, "Bo")
        phase = round_.call(lambda: round_.session.phases[1])
        first, second = round_.call(lambda: round_.session.active_relations(phase)[:2])
        assert round_.participants() == [(ana.id, "Ana"), (bo.id, "Bo")]  # not the case record
        question = round_.ask(first, phase)
        with VotingServer("127.0.0.1", question=round_.question,
                          participants=round_.participants, submit=round_.submit) as srv:
            phone = make_client(srv.port)
            polled = phone.get(f"/question?code={srv.join_code}").json()
            assert polled["question"]["relation"] == relation_text(round_.session.model, first.id)
            assert polled["question"]["phase"] == phase.name

            def vote(pid: int, qid: str, **extra: Any) -> int:
                body = {"code": srv.join_code, "participant": pid, "question": qid, **extra}
                return int(phone.vote(body).status)

            assert vote(ana.id, question.question_id, scores={"trust": 2, "commitment": 4}) == 200
            assert vote(bo.id, question.question_id,
                        scores={"trust": 5, "commitment": 5, "interdependence": 1}) == 200
            assert vote(bo.id, question.question_id, clear=["interdependence"]) == 200
            later = round_.ask(second, phase)
            assert vote(ana.id, question.question_id, scores={"trust": 1}) == 409  # moved on
            assert vote(ana.id, later.question_id, scores={"interdependence": 3}) == 200
            round_.call(round_.session.set_relation_active, second, phase, False)
            refused = phone.vote({"code": srv.join_code, "participant": bo.id,
                                  "question": later.question_id, "scores": {"trust": 3}})
            assert refused.status == 422 and "not part of the phase" in refused.json()["message"]
            round_.pause()
            assert phone.get(f"/question?code={srv.join_code}").json()["question"] is None
            assert vote(ana.id, later.question_id, scores={"trust": 3}) == 409

    with Session.open(antwerp, read_only=True) as saved:
        votes = {v["participant"]: v for v in saved.scores(first.id, phase.id)}
        assert {k: votes["Ana"][k] for k in ("trust", "commitment", "interdependence")} == {
            "trust": 2, "commitment": 4, "interdependence": None}
        assert {k: votes["Bo"][k] for k in ("trust", "commitment", "interdependence")} == {
            "trust": 5, "commitment": 5, "interdependence": None}
        assert votes["Ana"]["participant_id"] == ana.id
        assert votes["Ana"]["time"].startswith("20") and votes["Ana"]["time"].endswith("+00:00")
        assert [v["interdependence"] for v in saved.scores(second.id, phase.id)
                if v["participant"] == "Ana"] == [3]

    # Each phone vote is one ordinary, undoable edit, also after reopening the file.
    with Session.open(antwerp) as again:
        assert again.undo() == "Switch relation off"
        assert again.undo_text is not None and again.undo_text.startswith("Score (")
        again.undo()
        assert not [v for v in again.scores(second.id, phase.id) if v["participant"] == "Ana"]


def test_relation_text_and_questions(antwerp: Path) -> None:
    with Session.open(antwerp, read_only=True) as s:
        model = s.model
        directed = next(r for r in s.relations if r.directed)
        undirected = next(r for r in s.relations if not r.directed)
        src, tgt = model.actor(directed.source).name, model.actor(directed.target).name
        assert relation_text(model, directed.id) == f"{src} → {tgt}: {directed.kind}"
        assert " ↔ " in relation_text(model, undirected.id)
        phase = s.phases[0]
        active = s.active_relations(phase)[0]
        q = question_for(model, active.id, phase.id, round_id="ab", seq=3, dimensions=["trust"])
        assert (q.question_id, q.phase_name, q.dimensions) == ("ab-3", phase.name, ("trust",))
        assert "relation_id" not in json.dumps(q.public())
        inactive = next(r for r in s.relations if not model.relation_active(r, phase.id))
        with pytest.raises(CommandError):
            question_for(model, inactive.id, phase.id, round_id="ab", seq=4)
        refs = [p.name for p in model.participants if p.kind == "reference"]
        room = [p.name for p in model.participants if p.kind == "room"]
        assert [n for _, n in phone_participants(model)] == [n for n in room if n != "Facilitator"]
        assert [n for _, n in phone_participants(model, exclude=())] == room
        assert not set(refs) & {n for _, n in phone_participants(model, exclude=())}


def test_reference_participants_hold_no_phone_whatever_their_name(tmp_path: Path) -> None:
    with Session.create(tmp_path / "refs.workshop", title="Refs") as s:
        ana = s.add_participant("Ana")
        paper = s.add_participant("Paper 002")  # a reference not called "Case record"
        s.set_participant_kind(paper, "reference")
        record = s.add_participant("Case record")
        assert [n for _, n in phone_participants(s.model)] == ["Ana", "Case record"]
        s.set_participant_kind(record, "reference")
        assert phone_participants(s.model) == [(ana.id, "Ana")]
        s.set_participant_kind(paper, "room")  # the facilitator counts it as a voter again
        assert [n for _, n in phone_participants(s.model)] == ["Ana", "Paper 002"]


def test_submit_without_a_question_is_refused_not_saved(antwerp: Path) -> None:
    with SessionRound(antwerp) as round_:
        ana = round_.call(round_.session.add_participant, "Ana")
        outcome = round_.submit(Vote(ana.id, "x-1", {"trust": 3}))
        assert outcome.outcome is VoteOutcome.ROUND_CLOSED and not outcome.accepted
        assert round_.call(lambda: round_.session.undo_text) == "Add participant"


def test_the_live_package_imports_no_qt() -> None:
    script = (
        "import sys, workshop_app.live.server, workshop_app.live.session_round, "
        "workshop_app.live.qr, workshop_app.live.interfaces\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'shiboken6', 'pyqtgraph')))"
    )
    proc = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "[]"
