"""The one way a vote becomes a score: :func:`submit_vote` and its :class:`VoteOutcome`.

A key pressed during a round, a phone voting through the console, and a phone voting on the
headless server all come here, so the same situation always ends the same way: a vote for a
question the room has left is stale, a name no longer on the list is unknown, a read-only
session takes nothing, a full disk is said in words. Callers tell outcomes apart by the enum,
never by the words (those are for people). Every accepted vote is one ``SetScore`` edit through
``Session.execute``: saved at once, logged and undoable. Call it on the session's own thread.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any, Mapping

from ..domain.commands import CommandError, SetScore
from ..domain.i18n import N_, tr
from ..domain.vocabulary import SCORE_MAX, SCORE_MIN
from ..store import SessionFileError
from .room import OpenQuestion, RoomState
from .session import Session


class VoteOutcome(enum.Enum):
    """What became of a vote."""

    ACCEPTED = "accepted"
    STALE_QUESTION = "stale_question"  # it answers a question the room has left
    ROUND_CLOSED = "round_closed"  # no question is open
    UNKNOWN_PARTICIPANT = "unknown_participant"
    INVALID_VALUE = "invalid_value"  # empty, a dimension not asked, or not a whole 1–5
    NOT_SCORABLE = "not_scorable"  # the relation was deleted or left the phase
    READ_ONLY = "read_only"
    SAVE_FAILED = "save_failed"
    BUSY = "busy"  # the laptop could not take it in time; the phone may send it again

    @property
    def message(self) -> str:
        """The one line a participant or the facilitator reads, in the language in force (a
        phone's, on the server's thread)."""
        return tr(_MESSAGES[self]).format(low=SCORE_MIN, high=SCORE_MAX)


_MESSAGES: dict[VoteOutcome, str] = {
    VoteOutcome.ACCEPTED: N_("Sent."),
    VoteOutcome.STALE_QUESTION: N_("This question has moved on; your phone now shows the current one."),
    VoteOutcome.ROUND_CLOSED: N_("This round has closed."),
    VoteOutcome.UNKNOWN_PARTICIPANT: N_("Your name is no longer on the list; please pick it again."),
    VoteOutcome.INVALID_VALUE: N_("Scores are whole numbers from {low} to {high} for the dimensions asked."),
    VoteOutcome.NOT_SCORABLE: N_("This relation is not part of the phase any more, so it cannot be scored."),
    VoteOutcome.READ_ONLY: N_("This session is open read-only, so votes cannot be saved."),
    VoteOutcome.SAVE_FAILED: N_("The vote could not be saved."),
    VoteOutcome.BUSY: N_("The laptop is busy; please send your scores again."),
}


@dataclass(frozen=True)
class VoteResult:
    """An outcome and, when there is more to say, the reason in words (a save names the file)."""

    outcome: VoteOutcome
    detail: str = ""

    @property
    def accepted(self) -> bool:
        return self.outcome is VoteOutcome.ACCEPTED

    @property
    def stale(self) -> bool:
        return self.outcome is VoteOutcome.STALE_QUESTION

    @property
    def message(self) -> str:
        return self.detail or self.outcome.message

    @classmethod
    def ok(cls) -> "VoteResult":
        return cls(VoteOutcome.ACCEPTED)


def _bad_values(values: Any, dimensions: tuple[str, ...]) -> str | None:
    """Why ``values`` cannot be a vote on these dimensions, or None when they can."""
    if not isinstance(values, Mapping) or not values:
        return tr("Pick at least one score before sending.")
    for dim, value in values.items():
        if dim not in dimensions:
            return f"This question does not ask for {str(dim)[:40]!r}."
        if value is not None and (type(value) is not int or not SCORE_MIN <= value <= SCORE_MAX):
            return f"A {dim} score must be a whole number from {SCORE_MIN} to {SCORE_MAX}."
    return None


def submit_vote(
    session: Session,
    room: RoomState | OpenQuestion | None,
    participant_id: int,
    values: Mapping[str, int | None],
    *,
    question_id: str | None = None,
) -> VoteResult:
    """Save one participant's vote on the open question as a ``SetScore`` edit.

    ``question_id`` is the question the voter answered (phones send it); without it the vote
    is for the question open now (a key pressed in the room). ``None`` in ``values`` clears
    that dimension. With a :class:`RoomState`, a voter who is not yet in the round joins it,
    and the room notes the answer (a blind question is revealed once all are in).
    """
    question = room.question if isinstance(room, RoomState) else room
    if question is None:
        return VoteResult(VoteOutcome.ROUND_CLOSED)
    if question_id is not None and question_id != question.question_id:
        return VoteResult(VoteOutcome.STALE_QUESTION)
    if session.read_only:
        return VoteResult(VoteOutcome.READ_ONLY)
    model = session.model
    if type(participant_id) is not int or participant_id not in model.tables["participants"]:
        return VoteResult(VoteOutcome.UNKNOWN_PARTICIPANT)
    why = _bad_values(values, question.dimensions)
    if why is not None:
        return VoteResult(VoteOutcome.INVALID_VALUE, why)
    relation = model.tables["relations"].get(question.relation_id)
    if (relation is None or question.phase_id not in model.tables["phases"]
            or not model.relation_active(relation, question.phase_id)):
        return VoteResult(VoteOutcome.NOT_SCORABLE)
    try:
        session.execute(SetScore(relation_id=question.relation_id, phase_id=question.phase_id,
                                 participant_id=participant_id, values=dict(values)))
    except CommandError as exc:  # checked above; a command that still refuses says why
        return VoteResult(VoteOutcome.INVALID_VALUE, str(exc))
    except (SessionFileError, OSError) as exc:
        return VoteResult(VoteOutcome.SAVE_FAILED, f"The vote could not be saved: {exc}")
    if isinstance(room, RoomState):
        room.note_voter(participant_id, values)
    return VoteResult.ok()


__all__ = ["VoteOutcome", "VoteResult", "submit_vote"]
