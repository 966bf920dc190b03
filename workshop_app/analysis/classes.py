"""The 3C class, read one way everywhere: the session's rule over the room's votes, with what
a source states beside it and never mixed into it.

Every view that names a class (the map, the projector, the properties dock, the warnings, the
metrics, the exports and the HTML map) asks this module, so a relation cannot be
"coordination" on the wall and "collaboration" in the spreadsheet. The room's class is
:func:`workshop_app.domain.scoring.derived_class` over the *counted* votes (reference
participants such as the "Case record" are left out unless the session pools them) under the
session's rule (``median`` or ``weakest``, meta ``threec_rule``).

What a source says is kept apart: a *stated class* (for a relation, an arena or the whole
phase; several may be stated for one scope, each with its source) and a *stated level* (one
dimension, e.g. 001's "low shared commitment" for Turin's phases). Readers get both and show
them side by side (002's own findings are stated classes, and the room's votes may differ).

Per arena (002's structural dynamic: steering bodies reach collaboration more easily than
project teams), :func:`arena_readings` gives for each arena in a phase the derived classes of
the relations whose two ends both sit in the arena then, and the classes stated for it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Iterable, Sequence

from ..domain.commands_levels import stated_classes_of
from ..domain.evidence import Arena, StatedClass
from ..domain.model import ActorId, Model, Relation, Score
from ..domain.scoring import (
    class_distribution,
    counted_votes,
    derived_class,
    kind_class_mismatch,
    median_low,
    three_c,
    vote_class,
)
from ..domain.vocabulary import SCORE_DIMENSIONS, THREE_C

UNCLASSIFIED = "unclassified"
CLASS_ORDER: tuple[str, ...] = tuple(THREE_C)  # cooperation < coordination < collaboration
CLASS_RANK: dict[str, int] = {c: i for i, c in enumerate(CLASS_ORDER)}
LEVEL_NAMES: tuple[str, ...] = ("low", "medium", "high")

VoteValues = tuple[tuple[int | None, int | None, int | None, int | None], ...]


# -- the room's class ---------------------------------------------------------------------
def class_of_votes(votes: Sequence[Score], rule: str) -> str | None:
    """The room's 3C class from the votes that count, under ``rule``.

    The same answer as ``scoring.derived_class``; for the ``median`` rule without asymmetric
    interdependence it reads the three medians directly (the canvas asks this for every
    relation on every phase switch).
    """
    if _by_medians(votes, rule):
        return three_c(median_low(v.trust for v in votes if v.trust is not None),
                       median_low(v.commitment for v in votes if v.commitment is not None),
                       median_low(v.interdependence for v in votes if v.interdependence is not None))
    return derived_class(votes, rule)


def _by_medians(votes: Sequence[Score], rule: str) -> bool:
    """Whether the class is the three medians' (the ``median`` rule, no asymmetric votes)."""
    return rule == "median" and all(v.interdependence_back is None for v in votes)


def class_of_medians(votes: Sequence[Score], rule: str,
                     medians: Sequence[int | None]) -> str | None:
    """:func:`class_of_votes` for a caller that has the votes' lower medians (trust,
    commitment, interdependence) already: the research tables compute them for every
    relation-phase, and their votes rarely repeat, so nothing kept per set of votes helps."""
    if _by_medians(votes, rule):
        return three_c(*medians)
    return class_of_values(rule, vote_values(votes))


@lru_cache(maxsize=4096)
def class_of_values(rule: str, values: VoteValues) -> str | None:
    """:func:`class_of_votes` for votes given as (trust, commitment, interdependence, back)
    tuples: the exports classify tens of thousands of relation-phases whose votes repeat, so
    the answer is kept per distinct set of values."""
    votes = [Score(0, 0, i, t, c, d, interdependence_back=b) for i, (t, c, d, b) in enumerate(values)]
    return class_of_votes(votes, rule)


def vote_values(votes: Iterable[Score]) -> VoteValues:
    """The hashable key :func:`class_of_values` reads."""
    return tuple((v.trust, v.commitment, v.interdependence, v.interdependence_back) for v in votes)


def relation_class(model: Model, relation: Relation, phase_id: int) -> str | None:
    """The derived 3C class of a relation in a phase: the counted votes, the session's rule
    (``None`` while any dimension is unscored)."""
    return class_of_votes(counted_votes(model, relation.id, phase_id), model.threec_rule)


# -- what sources state -------------------------------------------------------------------
def citation(model: Model, source_id: int | None) -> str:
    """A source as a short citation: "002, Temporal Dynamic" for a stated passage, "inferred
    by <who>" for an inference, "the room", or "" when there is none."""
    src = model.source(source_id)
    if src is None:
        return ""
    if src.kind == "stated":
        where = ", ".join(x for x in (src.section, f"p. {src.page}" if src.page else "") if x)
        return ", ".join(x for x in (src.document, where) if x) or "stated"
    if src.kind == "inferred":
        basis = ", ".join(x for x in (src.document, src.section) if x)
        who = f" by {src.author}" if src.author else ""
        return f"inferred{who}" + (f" from {basis}" if basis else "")
    if src.kind == "room":
        return "the room"
    return f"imported from {src.document}" if src.document else "imported"


def stated_classes(model: Model, phase_id: int, *, relation_id: int | None = None,
                   arena_id: int | None = None) -> list[StatedClass]:
    """The classes stated for one scope (a relation, an arena, or the whole phase when both
    are ``None``), oldest first; a source may state more than one."""
    return stated_classes_of(model, phase_id, relation_id, arena_id)


def most_intense(classes: Iterable[str | None]) -> str | None:
    """The most intense of some classes (``None`` when there is none)."""
    ranks = [CLASS_RANK[c] for c in classes if c in CLASS_RANK]
    return CLASS_ORDER[max(ranks)] if ranks else None


def median_class(classes: Iterable[str | None]) -> str | None:
    """The lower median of some classes in 3C order (unclassified left out)."""
    ranks = sorted(CLASS_RANK[c] for c in classes if c in CLASS_RANK)
    return CLASS_ORDER[ranks[(len(ranks) - 1) // 2]] if ranks else None


@dataclass(frozen=True)
class StatedLevelView:
    """A level a source states for one dimension of a phase, an arena or a relation."""

    phase_id: int
    dimension: str
    level: str
    relation_id: int | None = None
    arena_id: int | None = None
    source_id: int | None = None
    note: str = ""


def stated_levels(model: Model, phase_id: int | None = None, *, scope: str | None = None,
                  dimension: str | None = None) -> list[StatedLevelView]:
    """Levels stated by a source (table ``stated_levels``), optionally of one phase, one
    scope (``"phase"``, ``"arena"`` or ``"relation"``) and one dimension.

    A stated level is what a paper says of many relations at once, which no vote can hold
    (001 on Turin: "low shared commitment"); W13 reads the phase-wide ones. Records whose
    dimension or level is not in the vocabulary are left out, since a session file is
    untrusted and a warning must not quote a level the app does not know.
    """
    rows = model.tables["stated_levels"]
    out = []
    for rec in sorted(rows.values(), key=lambda r: r.id):
        if phase_id is not None and rec.phase_id != phase_id:
            continue
        kind = ("relation" if rec.relation_id is not None
                else "arena" if rec.arena_id is not None else "phase")
        if scope is not None and kind != scope:
            continue
        if rec.dimension not in SCORE_DIMENSIONS or rec.level not in LEVEL_NAMES:
            continue
        if dimension is not None and rec.dimension != dimension:
            continue
        out.append(StatedLevelView(rec.phase_id, rec.dimension, rec.level, rec.relation_id,
                                   rec.arena_id, rec.source_id, rec.note))
    return out


# -- readings: derived beside stated ---------------------------------------------------------
@dataclass(frozen=True)
class ClassReading:
    """What is known of one relation's 3C class in one phase: the room's derived class and
    how the voters split, the classes a source states, and any clash with the kind."""

    relation_id: int
    phase_id: int
    rule: str
    derived: str | None
    voters: dict[str, int]
    stated: tuple[StatedClass, ...]
    mismatches: tuple[str, ...] = ()

    @property
    def stated_names(self) -> list[str]:
        return [s.three_c for s in self.stated]

    def to_dict(self) -> dict[str, Any]:
        return {"relation_id": self.relation_id, "phase_id": self.phase_id, "rule": self.rule,
                "derived": self.derived, "voters": dict(self.voters),
                "stated": [{"class": s.three_c, "source_id": s.source_id, "note": s.note}
                           for s in self.stated],
                "mismatches": list(self.mismatches)}


def relation_reading(model: Model, relation: Relation, phase_id: int) -> ClassReading:
    """The derived class (counted votes, the session's rule), each voter's own class counted
    per class, the stated classes, and where the kind and a class disagree."""
    rule = model.threec_rule
    votes = counted_votes(model, relation.id, phase_id)
    derived = class_of_votes(votes, rule)
    stated = tuple(stated_classes(model, phase_id, relation_id=relation.id))
    clashes = []
    for cls in dict.fromkeys([derived, *(s.three_c for s in stated)]):
        reason = kind_class_mismatch(relation.kind, cls)
        if reason is not None:
            clashes.append(reason)
    return ClassReading(relation.id, phase_id, rule, derived,
                        class_distribution(vote_class(v, rule) for v in votes), stated,
                        tuple(clashes))


def class_counts(classes: Iterable[str | None]) -> dict[str, int]:
    """How many relations hold each class, every class listed (zeros too) and unclassified."""
    out = {c: 0 for c in (*CLASS_ORDER, UNCLASSIFIED)}
    for c in classes:
        out[c if c in CLASS_RANK else UNCLASSIFIED] += 1
    return out


def class_shares(counts: dict[str, int]) -> dict[str, float | None]:
    """Each class's share of all relations counted (``None`` when there are none)."""
    total = sum(counts.values())
    return {c: (round(n / total, 4) if total else None) for c, n in counts.items()}


@dataclass(frozen=True)
class ArenaReading:
    """3C in one arena in one phase: the relations whose both ends sit in it, their derived
    classes counted and as shares, and the classes a source states for the arena."""

    arena_id: int
    name: str
    level: str
    phase_id: int
    members: tuple[ActorId, ...]
    relation_ids: tuple[int, ...]
    counts: dict[str, int]
    shares: dict[str, float | None]
    stated: tuple[str, ...] = ()
    stated_source_ids: tuple[int | None, ...] = ()
    classes: dict[int, str | None] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {"arena_id": self.arena_id, "arena": self.name, "level": self.level,
                "phase_id": self.phase_id, "members": list(self.members),
                "relations": list(self.relation_ids), "threec_counts": dict(self.counts),
                "threec_shares": dict(self.shares), "stated_classes": list(self.stated),
                "stated_source_ids": list(self.stated_source_ids)}


def arena_members(model: Model, phase_id: int) -> dict[int, frozenset[ActorId]]:
    """The members of every arena that has any in the phase, by arena id."""
    found: dict[int, set[ActorId]] = {}
    for arena_id, actor_id, pid in model.tables["arena_members"]:
        if pid == phase_id:
            found.setdefault(arena_id, set()).add(actor_id)
    return {a: frozenset(m) for a, m in found.items()}


def arena_reading(arena: Arena, phase_id: int, members: frozenset[ActorId],
                  active: Iterable[Relation], classes: dict[int, str | None],
                  stated: Sequence[StatedClass]) -> ArenaReading:
    """One arena's reading from what the caller has already gathered: its members, the
    phase's active relations and their derived classes, and the classes stated for it."""
    mine = [r for r in active if r.source in members and r.target in members]
    got = {r.id: classes.get(r.id) for r in mine}
    counts = class_counts(got.values())
    return ArenaReading(arena.id, arena.name, arena.level, phase_id, tuple(sorted(members)),
                        tuple(r.id for r in mine), counts, class_shares(counts),
                        tuple(s.three_c for s in stated), tuple(s.source_id for s in stated), got)


def arena_readings(model: Model, phase_id: int) -> list[ArenaReading]:
    """Per arena with members or a stated class in the phase (by arena id): the derived
    classes of the active relations with both ends in it, and its stated classes."""
    arenas = model.tables["arenas"]
    members = arena_members(model, phase_id)
    stated_for: dict[int, list[StatedClass]] = {}
    for s in sorted(model.tables["stated_classes"].values(), key=lambda s: s.id):
        if s.phase_id == phase_id and s.arena_id is not None and s.relation_id is None:
            stated_for.setdefault(s.arena_id, []).append(s)
    active = model.active_relations(phase_id)
    inside = {r.id for r in active
              if any(r.source in m and r.target in m for m in members.values())}
    classes = {r.id: relation_class(model, r, phase_id) for r in active if r.id in inside}
    return [arena_reading(arenas[a], phase_id, members.get(a, frozenset()), active, classes,
                          stated_for.get(a, []))
            for a in sorted(set(members) | set(stated_for)) if a in arenas]


def arena_class(reading: ArenaReading) -> tuple[str | None, str]:
    """The class an arena is read at in a phase, and from what: the most intense class a
    source states for it (``"stated"``), else the lower median of its relations' derived
    classes (``"derived"``), else ``(None, "")``."""
    if reading.stated:
        return most_intense(reading.stated), "stated"
    derived = median_class(reading.classes.values())
    return (derived, "derived") if derived is not None else (None, "")


def arena_series(model: Model) -> dict[int, list[ArenaReading]]:
    """Per arena, its reading in every phase where it has members or a stated class, in
    phase order: the data of a per-arena 3C chart over phases."""
    out: dict[int, list[ArenaReading]] = {}
    for phase in model.phases:
        for reading in arena_readings(model, phase.id):
            out.setdefault(reading.arena_id, []).append(reading)
    return out


__all__ = ["ArenaReading", "ClassReading", "StatedLevelView", "UNCLASSIFIED", "CLASS_ORDER",
           "CLASS_RANK", "arena_class", "citation", "arena_members", "arena_reading",
           "arena_readings", "arena_series", "class_counts", "class_of_medians",
           "class_of_values", "class_of_votes", "class_shares", "median_class",
           "most_intense", "relation_class", "relation_reading", "stated_classes",
           "stated_levels", "vote_values"]
