"""What a phone may see and send during a live scoring round, and the strict vote parser.

The server shows a phone exactly one :class:`Question` (the relation being scored now) and
accepts one :class:`Vote` shape. Everything else in the session stays on the laptop: the
public form of a question is built here, field by field, so a new attribute added to a
record can never leak to the room by accident. Vote bodies come from any device on the
network, so the parser trusts nothing: unknown fields, booleans posing as integers, strings
posing as numbers, floats and out-of-range values are all refused with a short reason.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Mapping

from ..domain import terms
from ..domain import vocabulary as voc
from ..domain.i18n import tr
from ..domain.rounds import kind_in_sentence
from ..session.voting import VoteOutcome, VoteResult

MAX_VOTE_BYTES = 2048
MAX_QUESTION_ID_CHARS = 64

# In English; a phone reads them in its language through ``dimension_rows``.
DIMENSION_LABELS: dict[str, str] = dict(terms.DIMENSIONS)

# One line per dimension for people who have not read the papers (the glossary's words).
DIMENSION_HINTS: dict[str, str] = dict(terms.DIMENSION_HELP)


def dimension_rows(dimensions: tuple[str, ...] = voc.SCORE_DIMENSIONS) -> list[dict[str, str]]:
    """Each dimension's key, label and one-line hint, in the language in force."""
    return [{"key": d, "label": terms.term("dimension", d), "hint": terms.help_text("dimension", d)}
            for d in dimensions]


@dataclass(frozen=True)
class Question:
    """The one relation the room scores now, as the phone may see it.

    ``relation_id`` and ``phase_id`` stay on the laptop (they let the submitting side find
    the relation); :meth:`public` never includes them.
    """

    round_id: str
    seq: int
    relation_text: str
    phase_name: str
    dimensions: tuple[str, ...] = voc.SCORE_DIMENSIONS
    relation_id: int | None = field(default=None, compare=False)
    phase_id: int | None = field(default=None, compare=False)
    step: int = 1  # one question at a time: the relation's question number …
    steps: int = 1  # … of how many (1: all dimensions at once)
    blind: bool = False  # votes stay hidden until everyone has answered
    # The relation as names and a kind key, so each phone reads the kind in its own language
    # ("" when only ``relation_text`` is known: it is shown as it is).
    relation_ends: str = field(default="", compare=False)
    relation_kind: str = field(default="", compare=False)

    def __post_init__(self) -> None:
        unknown = [d for d in self.dimensions if d not in voc.SCORE_DIMENSIONS]
        if unknown or not self.dimensions:
            raise ValueError(f"A question scores some of {voc.SCORE_DIMENSIONS}, not {unknown}.")

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> "Question":
        """Build from a round's plain-data question (same key names); extra keys are ignored."""
        return cls(
            round_id=str(data["round_id"]), seq=int(data["seq"]),
            relation_text=str(data["relation_text"]), phase_name=str(data["phase_name"]),
            dimensions=tuple(data.get("dimensions") or voc.SCORE_DIMENSIONS),
            relation_id=data.get("relation_id"), phase_id=data.get("phase_id"),
            step=int(data.get("step", 1)), steps=int(data.get("steps", 1)), blind=bool(data.get("blind", False)),
            relation_ends=str(data.get("relation_ends", "")), relation_kind=str(data.get("relation_kind", "")),
        )

    @property
    def question_id(self) -> str:
        """Round and sequence together, so a phone left on an old round is never confused."""
        return f"{self.round_id}-{self.seq}"

    @property
    def order_text(self) -> str:
        """How the room is asked, for the phone ("" when every dimension is asked at once)."""
        if self.steps <= 1:
            return ""
        return tr("Question {step} of {steps} on this relation: one question at a time.").format(
            step=self.step, steps=self.steps)

    @property
    def relation_words(self) -> str:
        """The relation as the phone shows it, its kind in the language in force."""
        if self.relation_ends and self.relation_kind:
            return f"{self.relation_ends}: {kind_in_sentence(self.relation_kind)}"
        return self.relation_text

    def public(self) -> dict[str, Any]:
        """The JSON the phone receives: text to show and the dimensions to score, no ids (the
        words in the language in force: the phone's)."""
        return {
            "id": self.question_id,
            "relation": self.relation_words,
            "phase": self.phase_name,
            "order": self.order_text,
            "blind": self.blind,
            "dimensions": dimension_rows(self.dimensions),
        }


@dataclass(frozen=True)
class Vote:
    """One participant's scores for the current question; a ``None`` value clears it."""

    participant_id: int
    question_id: str
    values: Mapping[str, int | None]


STALE_MESSAGE = VoteOutcome.STALE_QUESTION.message


class VoteRejected(ValueError):
    """A vote refused before it reaches the session; ``status`` is the HTTP answer."""

    def __init__(self, status: int, error: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.error = error
        self.message = message


_VOTE_FIELDS = frozenset({"code", "participant", "question", "scores", "clear"})


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [k for k, _ in pairs]
    if len(keys) != len(set(keys)):
        raise VoteRejected(400, "malformed", "A field appears twice in the vote.")
    return dict(pairs)


def _no_constants(name: str) -> Any:
    raise VoteRejected(400, "malformed", f"{name} is not a score.")


def decode_body(raw: bytes) -> dict[str, Any]:
    """Parse a vote body as one strict JSON object (no duplicate keys, NaN or Infinity)."""
    try:
        text = raw.decode("utf-8")
        data = json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_no_constants)
    except VoteRejected:
        raise
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise VoteRejected(400, "malformed", "The vote is not valid JSON.") from None
    if not isinstance(data, dict):
        raise VoteRejected(400, "malformed", "The vote must be a JSON object.")
    return data


def _is_score(value: Any) -> bool:
    # bool is an int subclass: True would otherwise count as a 1.
    return type(value) is int and voc.SCORE_MIN <= value <= voc.SCORE_MAX


def parse_vote(
    data: Mapping[str, Any], question: Question | None, participant_ids: set[int] | frozenset[int]
) -> Vote:
    """Check a decoded vote against the current question and the room; raise if anything is off.

    Accepted shape: ``{"participant": 3, "question": "<id>", "scores": {"trust": 4},
    "clear": ["commitment"]}`` (plus ``code``, checked by the server). ``scores`` holds
    whole numbers 1-5; a dimension is cleared only by naming it in ``clear``, never by a
    ``null`` score, so a buggy client cannot wipe a vote by accident.
    """
    unknown = sorted(set(data) - _VOTE_FIELDS)
    if unknown:
        raise VoteRejected(400, "malformed", f"Unknown field {unknown[0]!r} in the vote.")
    participant = data.get("participant")
    if type(participant) is not int:
        raise VoteRejected(400, "malformed", "The vote must name a participant by number.")
    qid = data.get("question")
    if not isinstance(qid, str) or not 0 < len(qid) <= MAX_QUESTION_ID_CHARS:
        raise VoteRejected(400, "malformed", "The vote must name the question it answers.")
    scores = data.get("scores", {})
    clear = data.get("clear", [])
    if not isinstance(scores, dict):
        raise VoteRejected(400, "malformed", "Scores must be given per dimension.")
    if not isinstance(clear, list) or not all(isinstance(d, str) for d in clear):
        raise VoteRejected(400, "malformed", "'clear' must list dimension names.")
    values: dict[str, int | None] = {}
    for dim, value in scores.items():
        if dim not in voc.SCORE_DIMENSIONS:
            raise VoteRejected(400, "bad_dimension", f"{dim[:40]!r} is not a score dimension.")
        if not _is_score(value):
            raise VoteRejected(
                400, "bad_value",
                f"A {dim} score must be a whole number from {voc.SCORE_MIN} to {voc.SCORE_MAX}.",
            )
        values[dim] = value
    for dim in clear:
        if dim not in voc.SCORE_DIMENSIONS:
            raise VoteRejected(400, "bad_dimension", f"{dim[:40]!r} is not a score dimension.")
        if dim in values:
            raise VoteRejected(400, "malformed", f"{dim} is both scored and cleared.")
        values[dim] = None
    if not values:
        raise VoteRejected(400, "empty", tr("Pick at least one score before sending."))
    if question is None or qid != question.question_id:
        raise VoteRejected(409, "stale_question", VoteOutcome.STALE_QUESTION.message)
    outside = sorted(set(values) - set(question.dimensions))
    if outside:
        raise VoteRejected(400, "bad_dimension", f"This question does not ask for {outside[0]}.")
    if participant not in participant_ids:
        raise VoteRejected(422, "unknown_participant", VoteOutcome.UNKNOWN_PARTICIPANT.message)
    return Vote(participant_id=participant, question_id=qid, values=values)


__all__ = [
    "DIMENSION_HINTS",
    "DIMENSION_LABELS",
    "dimension_rows",
    "MAX_VOTE_BYTES",
    "Question",
    "STALE_MESSAGE",
    "Vote",
    "VoteOutcome",
    "VoteRejected",
    "VoteResult",
    "decode_body",
    "parse_vote",
]
