"""Connect the voting server to a session: the question text, the names, and saving a vote.

A phone vote becomes a session edit through ``session.voting.submit_vote``, the same function
a key pressed in a GUI round goes through, so it is saved, logged, undoable and refused for
the same reasons. It must run on the thread that owns the session (SQLite connections belong
to the thread that opened them): the GUI calls it on the Qt thread; :class:`SessionRound`
runs it on a worker thread of its own for scripts, tests and the benchmark, which is the
same hand-over without Qt.
"""

from __future__ import annotations

import os
import secrets
import threading
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Callable, Iterable, TypeVar

from ..domain import vocabulary as voc
from ..domain.commands import CommandError
from ..domain.model import Model
from ..domain.rounds import relation_ends
from ..domain.rounds import relation_label as relation_text  # the room's name for a relation
from ..session import PhaseRef, RelationRef, Session
from ..session.room import OpenQuestion, RoomState
from ..session.voting import VoteResult, submit_vote
from .protocol import Question, Vote

T = TypeVar("T")

# Names that hold no phone: the facilitator scores with the keyboard. Reference participants
# (a "Case record" or any other source's levels) never vote, whatever they are called: they
# are left out by their kind (``phone_participants``).
NOT_ON_PHONES: tuple[str, ...] = (voc.DEFAULT_PARTICIPANT,)


def question_for(
    model: Model,
    relation_id: int,
    phase_id: int,
    *,
    round_id: str,
    seq: int,
    dimensions: Iterable[str] = voc.SCORE_DIMENSIONS,
    step: int = 1,
    steps: int = 1,
    blind: bool = False,
) -> Question:
    """The question phones see for one relation in one phase; refuses one not in the phase."""
    rel = model.relation(relation_id)
    if not model.relation_active(rel, phase_id):
        raise CommandError("This relation is not part of the phase, so it cannot be scored.")
    return Question(
        round_id=round_id, seq=seq, relation_text=relation_text(model, relation_id),
        phase_name=model.phase(phase_id).name, dimensions=tuple(dimensions),
        relation_id=relation_id, phase_id=phase_id, step=step, steps=steps, blind=blind,
        relation_ends=relation_ends(model, relation_id), relation_kind=rel.kind,
    )


def phone_participants(
    model: Model, exclude: Iterable[str] = NOT_ON_PHONES
) -> list[tuple[int, str]]:
    """The names offered on the phones, in the order they were added: the room's participants
    (kind ``room``) without the names in ``exclude``. A reference participant holds what a
    source states, so a phone vote in its name would pass a room vote off as the source."""
    skip = set(exclude)
    return [(p.id, p.name) for p in model.participants if p.kind == "room" and p.name not in skip]


def public_question(model: Model, question: OpenQuestion) -> Question:
    """What phones are shown for the room's open question (texts made on the session's thread)."""
    return question_for(model, question.relation_id, question.phase_id, round_id=question.round_id,
                        seq=question.seq, dimensions=question.dimensions, step=question.step,
                        steps=question.steps, blind=question.blind)


def apply_vote(session: Session, room: RoomState, vote: Vote) -> VoteResult:
    """Save one phone vote through :func:`submit_vote`; call it on the session's own thread.

    The question is checked again there because the facilitator may have moved on between
    the server's check and this call.
    """
    return submit_vote(session, room, vote.participant_id, vote.values, question_id=vote.question_id)


class SessionRound:
    """A phone scoring round on a session file, without the GUI.

    The session is opened, edited and closed on one worker thread; the server's threads hand
    votes to it and wait. ``question`` and ``participants`` return snapshots replaced in one
    assignment, so the server can read them from any thread.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        round_id: str | None = None,
        exclude: Iterable[str] = NOT_ON_PHONES,
    ) -> None:
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="session")
        self._exclude = tuple(exclude)
        self.round_id = round_id or secrets.token_hex(3)
        self._seq = 0
        self.room = RoomState()  # touched on the session's thread only
        self._question: Question | None = None  # its public form, replaced in one assignment
        self._names: tuple[tuple[int, str], ...] = ()
        self._lock = threading.Lock()
        try:
            self.session: Session = self._worker.submit(Session.open, path).result()
        except BaseException:
            self._worker.shutdown()
            raise
        self.call(self._start_watching)

    def _start_watching(self) -> None:
        self.session.subscribe(lambda changes, reason: self._refresh_names())
        self._refresh_names()

    def _refresh_names(self) -> None:
        self._names = tuple(phone_participants(self.session.model, self._exclude))

    def call(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run ``fn`` on the session's thread and return its result (exceptions too)."""
        return self._worker.submit(fn, *args, **kwargs).result()

    # -- what the facilitator does --------------------------------------------------------
    def ask(
        self, relation: RelationRef, phase: PhaseRef,
        dimensions: Iterable[str] = voc.SCORE_DIMENSIONS,
    ) -> Question:
        """Put a relation to the room; earlier questions become stale."""

        def build() -> Question:
            rel, ph = self.session.relation(relation), self.session.phase(phase)
            with self._lock:
                self._seq += 1
                seq = self._seq
            public = question_for(self.session.model, rel.id, ph.id, round_id=self.round_id,
                                  seq=seq, dimensions=dimensions)
            self.room.ask(OpenQuestion(self.round_id, seq, rel.id, ph.id, public.dimensions))
            return public

        question = self.call(build)
        self._question = question
        return question

    def pause(self) -> None:
        """No question open: phones show "waiting for the next relation"."""
        self._question = None
        self.call(self.room.ask, None)

    # -- what the server calls ------------------------------------------------------------
    def question(self) -> Question | None:
        return self._question

    def participants(self) -> list[tuple[int, str]]:
        return list(self._names)

    def submit(self, vote: Vote) -> VoteResult:
        return self.call(apply_vote, self.session, self.room, vote)

    # -- closing --------------------------------------------------------------------------
    def close(self) -> None:
        try:
            self.call(self.session.close)
        finally:
            self._worker.shutdown()

    def __enter__(self) -> "SessionRound":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


__all__ = [
    "NOT_ON_PHONES",
    "SessionRound",
    "apply_vote",
    "phone_participants",
    "public_question",
    "question_for",
    "relation_text",
]
