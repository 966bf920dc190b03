"""Records of the evidence model (schema 3): where a fact comes from, and the concepts the
case papers use that a plain actor-relation map flattens.

Kept apart from ``model.py`` so the core records stay short to read; ``model.TABLES`` lists
these tables beside the others and every one of them is edited through commands like the rest.
A ``source_id`` of ``None`` means "no source recorded", never "stated by nobody".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

SourceId = int
ArenaId = int
StatedClassId = int
StatedLevelId = int
DecisionPointId = int


@dataclass(frozen=True)
class Source:
    """One piece of evidence: a passage of a document (stated), somebody's reasoning
    (inferred), the room, or an imported file. Facts point at it by ``source_id``."""

    id: SourceId
    kind: str = "stated"  # stated | inferred | room | imported
    document: str = ""  # e.g. "002", a file name or a citation
    section: str = ""
    page: str = ""
    quote: str = ""  # short and verbatim
    author: str = ""  # who inferred or recorded it
    reason: str = ""  # why it was inferred
    detail: dict[str, Any] = field(default_factory=dict, hash=False, compare=True)
    time: str = ""


@dataclass(frozen=True)
class RelationPhase:
    """What a relation is in one phase when that is said rather than derived: active,
    switched off (inactive) or not described; replaces schema 2's ``relation_off``."""

    relation_id: int
    phase_id: int
    state: str = "active"
    source_id: SourceId | None = None


@dataclass(frozen=True)
class StatedClass:
    """A 3C class stated by a source or agreed by the room, for a relation, an arena, or the
    whole phase (neither set); shown beside the class derived from the votes."""

    id: StatedClassId
    phase_id: int
    relation_id: int | None = None
    arena_id: ArenaId | None = None
    three_c: str = "coordination"
    source_id: SourceId | None = None
    note: str = ""


@dataclass(frozen=True)
class StatedLevel:
    """A level of one dimension (trust, commitment, interdependence) that a source states
    for a whole phase, an arena or a relation, in the papers' words (low, medium, high).

    A relation's levels are usually votes of a reference participant; this record is for
    what a paper says about more than one relation at once (001's "low shared commitment"
    in Turin), which no vote can hold and a warning must still be able to read."""

    id: StatedLevelId
    phase_id: int
    dimension: str  # trust | commitment | interdependence
    level: str  # low | medium | high
    relation_id: int | None = None
    arena_id: ArenaId | None = None
    source_id: SourceId | None = None
    note: str = ""


@dataclass(frozen=True)
class Arena:
    """A forum of the project (steering committee, operations team, project team...), so the
    3C class can be read per governance level (002's structural dynamic)."""

    id: ArenaId
    name: str
    level: str = "other"
    note: str = ""
    source_id: SourceId | None = None


@dataclass(frozen=True)
class ArenaMember:
    """An actor sitting in an arena in one phase."""

    arena_id: ArenaId
    actor_id: int
    phase_id: int


@dataclass(frozen=True)
class InstitutionalWork:
    """An actor's institutional work in a phase (001, Table 1): kind times aim."""

    actor_id: int
    phase_id: int
    kind: str  # political | technical | cultural
    aim: str  # creating | maintaining | disrupting
    note: str = ""
    source_id: SourceId | None = None


@dataclass(frozen=True)
class DecisionPoint:
    """A decision on the timeline (specifications fixed, plan adopted...), ordered within its
    phase by ``position``, so who came in after it can be seen."""

    id: DecisionPointId
    phase_id: int
    position: int = 0
    label: str = ""
    kind: str = "other"
    date: str = ""
    note: str = ""
    source_id: SourceId | None = None


__all__ = ["Source", "RelationPhase", "StatedClass", "StatedLevel", "Arena", "ArenaMember",
           "InstitutionalWork", "DecisionPoint", "SourceId", "ArenaId", "StatedClassId",
           "StatedLevelId", "DecisionPointId"]
