"""Scoring rounds: which relation the room scores now, whom the facilitator asks, and what is missing.

A round walks a fixed list of relations in one phase; for each relation it asks every
participant for every dimension. The round only holds a cursor: the votes themselves are
ordinary ``SetScore`` edits in the session, so a round can end at any moment (or the app
can crash) without losing a single vote. Kept free of Qt so the keyboard flow, the phone
server and tests share one definition of "current question" and "missing".
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass, field
from typing import Iterable, Mapping, Sequence

from .i18n import N_, in_sentence, tr
from .model import Model, ParticipantId, PhaseId, RelationId
from .scoring import consensus_of, counted_votes
from .vocabulary import RELATION_KINDS, SCORE_DIMENSIONS, SCORE_LABELS

# Which relations a round walks through; the keys are what the UI and scripts pass.
RELATION_SETS: dict[str, str] = {
    "selected": "Selected relations",
    "all": "All relations in this phase",
    "unscored": "Relations still missing a score in this phase",
}

# How the room is asked: every score of one person before the next person, or one question
# (one dimension) to everybody before the next question. The keys are what the UI passes.
ROUND_ORDERS: dict[str, str] = {
    "person": "One person at a time (all three scores)",
    "dimension": "One question at a time (everyone on trust, then commitment …)",
}

SCALE_HINT = " · ".join(f"{v} {label}" for v, label in sorted(SCORE_LABELS.items()))
SCALE_SHORT = f"1 {SCORE_LABELS[1]} … 5 {SCORE_LABELS[5]}"


def scale_short() -> str:
    """``SCALE_SHORT`` in the language in force ("1 very low … 5 very high")."""
    return f"1 {tr(SCORE_LABELS[1], 'score')} … 5 {tr(SCORE_LABELS[5], 'score')}"

# One plain question per dimension, in the glossary's words, for people who never read the papers.
_QUESTIONS: dict[str, str] = {
    "trust": N_("How much do {a} and {b} trust each other?"),
    "commitment": N_("How willing are {a} and {b} to invest in and stay in this relation?"),
    "interdependence": N_("How much do {a} and {b} need each other?"),
}


def relation_label(model: Model, relation_id: RelationId) -> str:
    """How the room names a relation: "City of Antwerp → IMEC: agreement" (↔ when undirected),
    the kind in the language in force."""
    rel = model.relation(relation_id)
    return f"{relation_ends(model, relation_id)}: {kind_in_sentence(rel.kind)}"


def relation_ends(model: Model, relation_id: RelationId) -> str:
    """ "City of Antwerp → IMEC" (↔ when undirected): the names, in no language."""
    rel = model.relation(relation_id)
    arrow = "→" if rel.directed else "↔"
    return f"{model.actor(rel.source).name} {arrow} {model.actor(rel.target).name}"


def kind_in_sentence(kind: str) -> str:
    """A relation kind as it reads after the names ("agreement"); a custom kind as typed."""
    return in_sentence(tr(RELATION_KINDS[kind], "relation kind")) if kind in RELATION_KINDS else kind


_NAMES = re.compile(r"\{([ab])\}")


def question_wording(dimension: str) -> str:
    """The app's own question for one dimension, with the actors as {a} and {b} (in the
    language in force)."""
    if dimension in _QUESTIONS:
        return tr(_QUESTIONS[dimension])
    return "How would you score the " + dimension + " between {a} and {b}?"


def question_text(model: Model, relation_id: RelationId, dimension: str,
                  wording: Mapping[str, str] | None = None) -> str:
    """The spoken question for one dimension of one relation, in ``wording`` (a protocol's
    own question per dimension, naming the actors {a} and {b}) where it has one.

    The names go in by one pass over the wording's {a} and {b} and nothing else: any other
    brace a facilitator typed stays as typed, and a name holding "{b}" is not read again."""
    rel = model.relation(relation_id)
    names = {"a": model.actor(rel.source).name, "b": model.actor(rel.target).name}
    words = (wording or {}).get(dimension) or question_wording(dimension)
    return _NAMES.sub(lambda m: names[m.group(1)], words)


def is_fully_scored(model: Model, relation_id: RelationId, phase_id: PhaseId,
                    dimensions: Iterable[str] = SCORE_DIMENSIONS) -> bool:
    """True when somebody has voted on every one of the dimensions (an empty vote is no vote)."""
    room = consensus_of(counted_votes(model, relation_id, phase_id))
    return all(room[d].n > 0 for d in dimensions)


def round_relations(model: Model, phase_id: PhaseId, choice: str,
                    selected: Iterable[RelationId] = ()) -> list[RelationId]:
    """The relations a round of kind ``choice`` (a key of :data:`RELATION_SETS`) walks through.

    Only relations that are part of the phase can be scored there, so the others are left
    out even when selected.
    """
    if choice not in RELATION_SETS:
        raise ValueError(f"Unknown set of relations {choice!r}; choose one of: {', '.join(RELATION_SETS)}.")
    active = [r.id for r in model.active_relations(phase_id)]
    if choice == "selected":
        wanted = set(selected)
        return [rid for rid in active if rid in wanted]
    if choice == "unscored":
        return [rid for rid in active if not is_fully_scored(model, rid, phase_id)]
    return active


def default_participants(model: Model, exclude: Sequence[str] = ()) -> list[ParticipantId]:
    """Everybody except the names in ``exclude`` and the reference participants (they hold a
    source's levels, not votes); when that leaves nobody, the exclusions by name are given up
    from the last one backwards (so a lone facilitator still gets asked)."""
    skip = list(exclude)
    while True:
        chosen = [p.id for p in model.participants if p.name not in skip and p.kind != "reference"]
        if chosen or not skip:
            return chosen
        skip.pop()


@dataclass
class ScoringRound:
    """A cursor over relations × participants × dimensions; the votes live in the session.

    ``seq`` numbers the questions: a vote that names an older ``seq`` answers a question the
    room has left, and is refused. In the ``person`` order a question is a relation (each
    person gives every score); in the ``dimension`` order it is one dimension of a relation
    put to everybody, so the phones ask that one score and a vote on another is refused.
    ``blind`` asks the room to keep each question's votes hidden until all are in (the
    room's state, ``session/room.py``, does the hiding).
    """

    relation_ids: tuple[RelationId, ...]
    phase_id: PhaseId
    participant_ids: tuple[ParticipantId, ...]
    dimensions: tuple[str, ...] = SCORE_DIMENSIONS
    round_id: str = field(default_factory=lambda: secrets.token_hex(3))
    relation_index: int = 0
    participant_index: int = 0
    dimension_index: int = 0
    seq: int = 1
    order: str = "person"
    blind: bool = False
    questions: Mapping[str, str] = field(default_factory=dict)  # a protocol's own wording per dimension

    def __post_init__(self) -> None:
        self.relation_ids = tuple(self.relation_ids)
        self.participant_ids = tuple(dict.fromkeys(self.participant_ids))
        self.dimensions = tuple(self.dimensions)
        if not self.relation_ids:
            raise ValueError("A scoring round needs at least one relation to score.")
        if len(set(self.relation_ids)) != len(self.relation_ids):
            raise ValueError("A scoring round lists each relation once.")
        if not self.participant_ids:
            raise ValueError("A scoring round needs at least one participant.")
        unknown = [d for d in self.dimensions if d not in SCORE_DIMENSIONS]
        if unknown or not self.dimensions:
            raise ValueError(f"A round scores some of {', '.join(SCORE_DIMENSIONS)}, not {unknown or 'nothing'}.")
        if self.order not in ROUND_ORDERS:
            raise ValueError(f"Unknown order {self.order!r}; choose one of: {', '.join(ROUND_ORDERS)}.")
        self.questions = {d: str(w).strip() for d, w in dict(self.questions).items()
                          if d in SCORE_DIMENSIONS and str(w).strip()}

    # -- where the cursor is ---------------------------------------------------------------
    def is_done(self) -> bool:
        return self.relation_index >= len(self.relation_ids)

    @property
    def current_relation(self) -> RelationId | None:
        return None if self.is_done() else self.relation_ids[self.relation_index]

    @property
    def current_participant(self) -> ParticipantId | None:
        return None if self.is_done() else self.participant_ids[self.participant_index]

    @property
    def current_dimension(self) -> str | None:
        return None if self.is_done() else self.dimensions[self.dimension_index]

    @property
    def by_dimension(self) -> bool:
        return self.order == "dimension"

    @property
    def asked_dimensions(self) -> tuple[str, ...]:
        """What the open question asks: one dimension in the ``dimension`` order, else all."""
        if self.is_done():
            return ()
        return (self.dimensions[self.dimension_index],) if self.by_dimension else self.dimensions

    @property
    def question_step(self) -> tuple[int, int]:
        """(number of the question on this relation, counting from 1; questions per relation)."""
        if not self.by_dimension:
            return (1, 1)
        return (self.dimension_index + 1, len(self.dimensions))

    @property
    def progress(self) -> tuple[int, int]:
        """(number of the current relation, counting from 1; how many relations in all)."""
        total = len(self.relation_ids)
        return (min(self.relation_index + 1, total), total)

    # -- moving ----------------------------------------------------------------------------
    def next_participant(self) -> ParticipantId | None:
        """Ask the next person (after the last, the first again), from the first dimension
        (in the ``dimension`` order, on the same question)."""
        if self.is_done():
            return None
        self.participant_index = (self.participant_index + 1) % len(self.participant_ids)
        if not self.by_dimension:
            self.dimension_index = 0
        return self.current_participant

    def previous_participant(self) -> ParticipantId | None:
        if self.is_done():
            return None
        self.participant_index = (self.participant_index - 1) % len(self.participant_ids)
        if not self.by_dimension:
            self.dimension_index = 0
        return self.current_participant

    def next_relation(self) -> RelationId | None:
        """Put the next relation to the room (a new question); ``None`` when the round is over."""
        if self.is_done():
            return None
        self.relation_index += 1
        self.participant_index = 0
        self.dimension_index = 0
        self.seq += 1
        return self.current_relation

    def next_question(self) -> bool:
        """Put the next question to the room: in the ``dimension`` order the next dimension of
        this relation (from the first person), after its last one (and in the ``person``
        order always) the next relation. True when the relation changed."""
        if self.is_done():
            return False
        if self.by_dimension and self.dimension_index + 1 < len(self.dimensions):
            self.dimension_index += 1
            self.participant_index = 0
            self.seq += 1
            return False
        self.next_relation()
        return True

    def advance(self) -> bool:
        """Step to the next cell after a vote: next dimension, then the next participant (in
        the ``dimension`` order: the next participant on the same question).

        Returns False (and stays put) on the last cell, so a quick extra key press can never
        overwrite the first participant's vote.
        """
        if self.is_done():
            return False
        if self.by_dimension:
            if self.participant_index + 1 < len(self.participant_ids):
                self.participant_index += 1
                return True
            return False
        if self.dimension_index + 1 < len(self.dimensions):
            self.dimension_index += 1
            return True
        if self.participant_index + 1 < len(self.participant_ids):
            self.participant_index += 1
            self.dimension_index = 0
            return True
        return False

    def move_to(self, participant_id: ParticipantId, dimension: str | None = None) -> None:
        """Point the cursor at one cell (a click in the grid); in the ``dimension`` order
        another dimension is another question (phones are asked it anew)."""
        if participant_id not in self.participant_ids:
            raise ValueError(f"Participant {participant_id} is not in this round.")
        if dimension is not None and dimension not in self.dimensions:
            raise ValueError(f"This round does not score {dimension}.")
        self.participant_index = self.participant_ids.index(participant_id)
        if dimension is not None:
            index = self.dimensions.index(dimension)
            if self.by_dimension and index != self.dimension_index:
                self.seq += 1
            self.dimension_index = index

    def add_participant(self, participant_id: ParticipantId) -> None:
        """Someone joins mid-round (e.g. votes from a phone): add a row, keep the cursor."""
        if participant_id not in self.participant_ids:
            self.participant_ids = self.participant_ids + (participant_id,)

    def remove_participant(self, participant_id: ParticipantId) -> None:
        """A participant was deleted; the round goes on with the others (if any)."""
        if participant_id not in self.participant_ids or len(self.participant_ids) == 1:
            return
        current = self.current_participant
        self.participant_ids = tuple(p for p in self.participant_ids if p != participant_id)
        if current == participant_id:
            self.participant_index = min(self.participant_index, len(self.participant_ids) - 1)
            if not self.by_dimension:
                self.dimension_index = 0
        elif current is not None:
            self.participant_index = self.participant_ids.index(current)

    def skip_unscorable(self, model: Model) -> bool:
        """Move past relations that were deleted or left the phase; True if the cursor moved."""
        moved = False
        while not self.is_done():
            rid = self.relation_ids[self.relation_index]
            rel = model.tables["relations"].get(rid)
            if rel is not None and model.relation_active(rel, self.phase_id):
                break
            self.next_relation()
            moved = True
        return moved

    # -- what is in, what is missing -------------------------------------------------------
    def vote(self, model: Model, participant_id: ParticipantId,
             relation_id: RelationId | None = None) -> dict[str, int | None]:
        """One participant's values on a relation (the current one by default)."""
        rid = self.current_relation if relation_id is None else relation_id
        if rid is None:
            return {d: None for d in self.dimensions}
        rec = model.tables["scores"].get((rid, self.phase_id, participant_id))
        return {d: (rec.value(d) if rec else None) for d in self.dimensions}

    def votes_missing(self, model: Model, relation_id: RelationId | None = None) -> list[tuple[ParticipantId, str]]:
        """(participant, dimension) cells still empty on a relation, in the order they are asked."""
        rid = self.current_relation if relation_id is None else relation_id
        if rid is None:
            return []
        missing: list[tuple[ParticipantId, str]] = []
        for pid in self.participant_ids:
            values = self.vote(model, pid, rid)
            missing.extend((pid, d) for d in self.dimensions if values[d] is None)
        return missing

    def participant_complete(self, model: Model, participant_id: ParticipantId) -> bool:
        """Whether the person's stored vote answers everything the open question asks."""
        values = self.vote(model, participant_id)
        return all(values[d] is not None for d in self.asked_dimensions)

    def question(self, model: Model) -> dict[str, object] | None:
        """The current question as plain data (the phone server, projector and tests read it)."""
        rid = self.current_relation
        if rid is None:
            return None
        rel = model.relation(rid)
        a, b = model.actor(rel.source).name, model.actor(rel.target).name
        number, total = self.progress
        step, steps = self.question_step
        return {
            "round_id": self.round_id,
            "seq": self.seq,
            "relation_id": rid,
            "phase_id": self.phase_id,
            "phase_name": model.phase(self.phase_id).name,
            "relation_text": relation_label(model, rid),
            "text": tr("How would you score the relation between {a} and {b}? ({scale})").format(
                a=a, b=b, scale=scale_short()),
            "questions": {d: question_text(model, rid, d, self.questions) for d in self.dimensions},
            "dimensions": self.asked_dimensions,
            "scale": dict(SCORE_LABELS),
            "position": number,
            "total": total,
            "order": self.order,
            "step": step,
            "steps": steps,
            "blind": self.blind,
        }


@dataclass(frozen=True)
class Contested:
    """A relation the room disagrees on: the largest spread over its dimensions, and the medians."""

    relation_id: RelationId
    spread: int
    dimension: str
    spreads: dict[str, int | None]
    medians: dict[str, int | None]
    votes: int


def most_contested(model: Model, phase_id: PhaseId, min_spread: int = 1) -> list[Contested]:
    """Relations in the phase whose votes differ by at least ``min_spread``, widest first.

    Ties go to the relation with more total disagreement, then more votes, then the older one.
    Unscored dimensions never count (a missing vote is not a 0).
    """
    found: list[tuple[tuple[int, int, int, int], Contested]] = []
    for rel in model.active_relations(phase_id):
        room = consensus_of(counted_votes(model, rel.id, phase_id))
        spreads = {d: room[d].spread for d in SCORE_DIMENSIONS}
        known = {d: s for d, s in spreads.items() if s is not None}
        if not known:
            continue
        dim = max(known, key=lambda d: (known[d], -SCORE_DIMENSIONS.index(d)))
        if known[dim] < min_spread:
            continue
        votes = max(room[d].n for d in SCORE_DIMENSIONS)
        item = Contested(rel.id, known[dim], dim, spreads, {d: room[d].median for d in SCORE_DIMENSIONS}, votes)
        found.append(((-known[dim], -sum(known.values()), -votes, rel.id), item))
    return [item for _, item in sorted(found, key=lambda pair: pair[0])]


__all__ = [
    "Contested",
    "RELATION_SETS",
    "ROUND_ORDERS",
    "SCALE_HINT",
    "SCALE_SHORT",
    "ScoringRound",
    "default_participants",
    "is_fully_scored",
    "most_contested",
    "question_text",
    "relation_ends",
    "kind_in_sentence",
    "scale_short",
    "question_wording",
    "relation_label",
    "round_relations",
]
