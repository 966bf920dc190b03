"""What the room is doing now: the question put to it, the round, the pinned prompt, how phones
join, and whether the votes are shown.

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
from typing import Callable

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
    """Whether the room sees the votes as they come in. Blind rounds will hide them."""

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
            return OpenQuestion(r.round_id, r.seq, rid, r.phase_id, r.dimensions)
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
        """The round's cursor went on to another relation (or past the last one)."""
        self._tell(RoomAspect.QUESTION)

    def round_moved(self) -> None:
        """Same question: another cell, another person, or new votes to show."""
        self._tell(RoomAspect.ROUND)

    def ask(self, question: OpenQuestion | None) -> None:
        """Put one question to the room without a round (scripts, the headless server)."""
        self._round, self._asked = None, question
        self._tell(RoomAspect.QUESTION)

    def note_voter(self, participant_id: int) -> None:
        """Somebody voted: a person not yet in the round gets a row of their own."""
        r = self._round
        if r is not None and participant_id not in r.participant_ids:
            r.add_participant(participant_id)
            self._tell(RoomAspect.ROUND)

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
        if reveal is not self._reveal:
            self._reveal = reveal
            self._tell(RoomAspect.REVEAL)

    # -- listeners ------------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _tell(self, aspect: RoomAspect) -> None:
        for listener in list(self._listeners):
            listener(aspect)


__all__ = ["JoinInfo", "OpenQuestion", "Reveal", "RoomAspect", "RoomState"]
