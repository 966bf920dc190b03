"""What the room is doing now: the question put to it, the round, the pinned prompt, how phones
join, and whether the votes are shown.

A blind round hides each question's votes (on the canvas, the projector and the console's
panels) until everybody asked has answered it *since it was put*, or the facilitator reveals
them: a vote left from an earlier round does not count as an answer, so a blind round on
relations the room scored before still asks everyone afresh. The room keeps who answered
the open question (:meth:`RoomState.note_voter`, called by ``session.voting.submit_vote``).

One object, shared: the keyboard round moves the cursor, the phones read the question, the
projector paints the prompt and the join details, the panels follow. Each used to keep its own
copy and hand it to the others through the window; now each reads this and hears
:class:`RoomAspect` when a part of it changes. It is plain Python (no Qt), so the headless
phone round and tests use the same object; the GUI wraps it in a Qt adapter
(``ui/room_signals.py``). Mutate it on the thread that owns the session.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Callable, Mapping

from ..domain.model import Model
from ..domain.rounds import ScoringRound
from ..domain.vocabulary import SCORE_DIMENSIONS


class RoomAspect(enum.Enum):
    """Which part of the room changed."""

    QUESTION = "question"  # another question (or none) is put to the room
    ROUND = "round"  # the same question: the cursor moved, or somebody joined the round
    PROMPT = "prompt"
    JOIN = "join"
    REVEAL = "reveal"


class Reveal(enum.Enum):
    """Whether the room sees the open question's votes: a blind round hides them until all
    are in or the facilitator reveals them."""

    REVEALED = "revealed"
    HIDDEN = "hidden"


@dataclass(frozen=True)
class OpenQuestion:
    """The relation the room answers now, as ids: what a vote must name to be taken."""

    round_id: str
    seq: int
    relation_id: int
    phase_id: int
    dimensions: tuple[str, ...] = SCORE_DIMENSIONS
    step: int = 1  # one question at a time: which of the relation's questions this is …
    steps: int = 1  # … of how many (1: every dimension at once)
    blind: bool = False  # its votes stay hidden until all are in

    @property
    def question_id(self) -> str:
        """Round and sequence together, so a phone left on an old round is never confused."""
        return f"{self.round_id}-{self.seq}"


@dataclass(frozen=True)
class JoinInfo:
    """How phones join: what people type, the code, the page's address and whether it is locked."""

    address: str
    code: str
    url: str
    locked: bool = False
    wrong_codes: int = 0


Listener = Callable[[RoomAspect], None]


class RoomState:
    """The shared state of the room; listeners hear which aspect changed."""

    def __init__(self) -> None:
        self._round: ScoringRound | None = None
        self._asked: OpenQuestion | None = None  # a question put without a round (headless)
        self._prompt = ""
        self._join: JoinInfo | None = None
        self._reveal = Reveal.REVEALED
        self._answered: dict[int, set[str]] = {}  # who answered the open question, and what
        self._question_key: tuple[str, tuple[str, ...]] | None = None  # the question last told
        self._listeners: list[Listener] = []

    # -- reading --------------------------------------------------------------------------
    @property
    def round(self) -> ScoringRound | None:
        """The running round's cursor (the keyboard flow moves it), or None."""
        return self._round

    @property
    def round_running(self) -> bool:
        return self._round is not None and not self._round.is_done()

    @property
    def question(self) -> OpenQuestion | None:
        r = self._round
        if r is not None:
            rid = r.current_relation
            if rid is None:
                return None
            step, steps = r.question_step
            return OpenQuestion(r.round_id, r.seq, rid, r.phase_id, r.asked_dimensions, step, steps, r.blind)
        return self._asked

    @property
    def prompt(self) -> str:
        return self._prompt

    @property
    def join(self) -> JoinInfo | None:
        return self._join

    @property
    def reveal(self) -> Reveal:
        return self._reveal

    @property
    def blind(self) -> bool:
        """A blind round runs (its questions are hidden until revealed)."""
        return self._round is not None and self._round.blind

    @property
    def hidden(self) -> bool:
        """The open question's votes are hidden from the room now."""
        return self._reveal is Reveal.HIDDEN and self.question is not None

    @property
    def withheld(self) -> tuple[int, int] | None:
        """(relation id, phase id) whose votes nobody may see yet, or None."""
        q = self.question
        return (q.relation_id, q.phase_id) if q is not None and self._reveal is Reveal.HIDDEN else None

    def answered(self, participant_id: int) -> bool:
        """Whether the person answered everything the open question asks since it was put."""
        q = self.question
        got = self._answered.get(participant_id, set())
        return q is not None and all(d in got for d in q.dimensions)

    def answers(self, participant_id: int) -> frozenset[str]:
        """The dimensions the person answered since the open question was put."""
        return frozenset(self._answered.get(participant_id, ()))

    def voters(self, model: Model) -> list[tuple[int, bool]]:
        """The round's people and whether each has answered the open question: in a blind
        round since it was put, otherwise by the votes stored (an earlier vote counts)."""
        r = self._round
        if r is None or r.is_done():
            return []
        if r.blind:
            return [(pid, self.answered(pid)) for pid in r.participant_ids]
        return [(pid, r.participant_complete(model, pid)) for pid in r.participant_ids]

    # -- the round ------------------------------------------------------------------------
    def start_round(self, scoring_round: ScoringRound) -> None:
        self._round, self._asked = scoring_round, None
        self._tell(RoomAspect.QUESTION)

    def end_round(self) -> None:
        if self._round is None and self._asked is None:
            return
        self._round = self._asked = None
        self._tell(RoomAspect.QUESTION)

    def question_moved(self) -> None:
        """The round's cursor went on to another question (or past the last one)."""
        self._tell(RoomAspect.QUESTION)

    def round_moved(self) -> None:
        """Same question: another cell, another person, or new votes to show. (A move that
        put another question, as a click on another dimension's column does in the
        ``dimension`` order, is told as a new question.)"""
        self._tell(RoomAspect.QUESTION if self._key() != self._question_key else RoomAspect.ROUND)

    def ask(self, question: OpenQuestion | None) -> None:
        """Put one question to the room without a round (scripts, the headless server)."""
        self._round, self._asked = None, question
        self._tell(RoomAspect.QUESTION)

    def note_voter(self, participant_id: int, values: Mapping[str, int | None] | None = None) -> None:
        """Somebody voted: a person not yet in the round gets a row of their own; what they
        answered is kept for the open question, and a blind question whose answers are all
        in is revealed."""
        r = self._round
        if r is not None and participant_id not in r.participant_ids:
            r.add_participant(participant_id)
            self._tell(RoomAspect.ROUND)
        got = self._answered.setdefault(participant_id, set())
        for dim, value in (values or {}).items():
            if value is None:
                got.discard(dim)
            else:
                got.add(dim)
        if self._reveal is Reveal.HIDDEN and r is not None and all(self.answered(p) for p in r.participant_ids):
            self.set_reveal(Reveal.REVEALED)

    def keep_answers(self, still_given: Callable[[int, str], bool]) -> None:
        """Forget answers the session no longer holds (an undone vote is no answer)."""
        for pid, dims in self._answered.items():
            dims.intersection_update({d for d in dims if still_given(pid, d)})

    # -- the rest -------------------------------------------------------------------------
    def set_prompt(self, text: str) -> None:
        text = (text or "").strip()
        if text != self._prompt:
            self._prompt = text
            self._tell(RoomAspect.PROMPT)

    def set_join(self, join: JoinInfo | None) -> None:
        if join != self._join:
            self._join = join
            self._tell(RoomAspect.JOIN)

    def set_reveal(self, reveal: Reveal) -> None:
        """Show (or hide again) the open question's votes."""
        if reveal is not self._reveal:
            self._reveal = reveal
            self._tell(RoomAspect.REVEAL)

    # -- listeners ------------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _key(self) -> tuple[str, tuple[str, ...]] | None:
        q = self.question
        return None if q is None else (q.question_id, q.dimensions)

    def _tell(self, aspect: RoomAspect) -> None:
        if aspect is RoomAspect.QUESTION:
            # A new question starts with nobody's answer; a blind one starts hidden.
            self._question_key = self._key()
            self._answered = {}
            self._reveal = Reveal.HIDDEN if self.blind and self.question is not None else Reveal.REVEALED
        for listener in list(self._listeners):
            listener(aspect)


__all__ = ["JoinInfo", "OpenQuestion", "Reveal", "RoomAspect", "RoomState"]
