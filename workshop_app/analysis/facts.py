"""What every analysis reads about a phase, gathered in one pass over the session.

Metrics, pattern warnings and the phase diff all ask the same questions of a phase: who is
present with which roles, who is recorded as absent and who is not described, which relations
are active, switched off or not described, what each relation's median scores and 3C class
are, and what the sources say beyond that (stated classes and levels, arenas, institutional
work, decision points). The GUI recomputes warnings and metrics after every edit, so this
module answers them once per phase with set look-ups instead of the model's per-call scans.

Presence has three states (schema 3): *present*, *absent* (recorded as not taking part) and
*not described* (the source says nothing). A phase without a presence row for an actor takes
the session's default (``absent`` for sessions made in the app, ``not_described`` for case
and imported data). Only explicit absence counts as absence anywhere in the analysis; not
described is never read as absent, and no warning fires on it.

Scores are ordinal (1–5). A relation's score in a phase is the lower median of the votes that
count (:func:`workshop_app.domain.scoring.counted_votes`: the room, without reference
participants unless the session pools them); an unscored dimension stays ``None`` and is never
read as 0 or as low. Its class is :func:`workshop_app.analysis.classes.class_of_votes` under
the session's rule.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass, field
from typing import Collection

from ..domain.evidence import Arena, DecisionPoint, StatedClass
from ..domain.model import Actor, ActorId, Model, Phase, Presence, Relation, RelationId, Score
from ..domain.scoring import LEVEL_ORDER, counted_votes, level, median_low
from ..domain.vocabulary import SCORE_DIMENSIONS
from .classes import StatedLevelView, citation, class_of_votes, stated_levels

Medians = tuple[int | None, int | None, int | None]
_NO_SCORES: Medians = (None, None, None)
_DIM_INDEX = {d: i for i, d in enumerate(SCORE_DIMENSIONS)}

PRESENT, ABSENT, NOT_DESCRIBED = "present", "absent", "not_described"
ACTIVE, INACTIVE = "active", "inactive"


@dataclass(frozen=True)
class PhaseFacts:
    """One phase as the analyses see it: A(p), roles, R(p), medians and incidence, and what
    is known beyond the present actors (absent, not described) and beyond the votes."""

    phase: Phase
    index: int  # 0-based position in session order
    actors: dict[ActorId, Actor]  # A(p): the actors present, in id order
    roles: dict[ActorId, tuple[str, ...]]
    relations: tuple[Relation, ...]  # R(p): the active relations, in id order
    medians: dict[RelationId, Medians]
    incident: dict[ActorId, list[Relation]] = field(default_factory=dict)
    # The derived 3C class per active relation (counted votes, the session's rule)
    classes: dict[RelationId, str | None] = field(default_factory=dict)
    # Every actor of the session: present, absent or not_described here (rows or the default)
    states: dict[ActorId, str] = field(default_factory=dict)
    # Every relation of the session: active, inactive or not_described here
    relation_states: dict[RelationId, str] = field(default_factory=dict)
    # The presence rows of the present actors (influence, alignment, orchestration)
    presence: dict[ActorId, Presence] = field(default_factory=dict)
    # Institutional work recorded here: actor -> {(kind, aim)}
    work: dict[ActorId, frozenset[tuple[str, str]]] = field(default_factory=dict)
    stated: tuple[StatedClass, ...] = ()  # classes stated for any scope in this phase
    levels: tuple[StatedLevelView, ...] = ()  # levels stated for any scope in this phase
    decisions: tuple[DecisionPoint, ...] = ()  # in their order within the phase
    arenas: dict[int, frozenset[ActorId]] = field(default_factory=dict)  # members per arena
    arena_records: dict[int, Arena] = field(default_factory=dict)  # every arena of the session
    all_actors: dict[ActorId, Actor] = field(default_factory=dict)  # the session's actors
    citations: dict[int, str] = field(default_factory=dict)  # source id -> "002, Temporal Dynamic"
    rule: str = "median"  # the session's 3C rule the classes were read with

    def degree(self, actor_id: ActorId) -> int:
        """deg_p(a): relations in R(p) with the actor as source or target."""
        return len(self.incident.get(actor_id, ()))

    def median(self, relation_id: RelationId, dimension: str) -> int | None:
        return self.medians.get(relation_id, _NO_SCORES)[_DIM_INDEX[dimension]]

    def level(self, relation_id: RelationId, dimension: str) -> str | None:
        """The papers' low / medium / high for a median (1–2, 3, 4–5), ``None`` if unscored."""
        return level(self.median(relation_id, dimension))

    def level_rank(self, relation_id: RelationId, dimension: str) -> int | None:
        lv = self.level(relation_id, dimension)
        return None if lv is None else LEVEL_ORDER[lv]

    def name(self, actor_id: ActorId) -> str:
        found = self.actors.get(actor_id) or self.all_actors.get(actor_id)
        return found.name if found is not None else f"actor {actor_id}"

    def state(self, actor_id: ActorId) -> str:
        """present, absent or not_described in this phase."""
        return self.states.get(actor_id, NOT_DESCRIBED)

    def in_state(self, state: str) -> list[ActorId]:
        """The actors in one presence state here, in id order."""
        return [a for a, s in self.states.items() if s == state]

    @property
    def undescribed(self) -> frozenset[ActorId]:
        """Actors the phase says nothing about: no rule may read them as absent."""
        return frozenset(self.in_state(NOT_DESCRIBED))

    @property
    def fully_described(self) -> bool:
        """Whether every actor of the session is recorded as present or absent here."""
        return NOT_DESCRIBED not in self.states.values()

    def arena_name(self, arena_id: int | None) -> str:
        found = self.arena_records.get(arena_id) if arena_id is not None else None
        return found.name if found is not None else f"arena {arena_id}"

    def relations_in_state(self, state: str) -> list[RelationId]:
        return [r for r, s in self.relation_states.items() if s == state]


def relation_medians(model: Model, relation_id: RelationId, phase_id: int) -> Medians:
    """The lower median of the counted votes per dimension (``None`` when unscored)."""
    return _medians(counted_votes(model, relation_id, phase_id))


def _medians(votes: list[Score]) -> Medians:
    if not votes:
        return _NO_SCORES
    t = median_low([v.trust for v in votes if v.trust is not None])
    c = median_low([v.commitment for v in votes if v.commitment is not None])
    i = median_low([v.interdependence for v in votes if v.interdependence is not None])
    return (t, c, i)


def _medians_and_class(model: Model, relation_id: RelationId, phase_id: int,
                       rule: str) -> tuple[Medians, str | None]:
    """Medians and the derived class from one read of the votes."""
    votes = counted_votes(model, relation_id, phase_id)
    return _medians(votes), class_of_votes(votes, rule)


def _relation_state(ends: tuple[str, str], row_state: str | None, default: str) -> str:
    """``Model.relation_state`` on already known end states (see its docstring)."""
    if ends == (PRESENT, PRESENT):
        return default if row_state is None else row_state
    if ABSENT in ends or row_state == INACTIVE:
        return INACTIVE
    return NOT_DESCRIBED


def all_phase_facts(model: Model, phase_ids: Collection[int] | None = None) -> list[PhaseFacts]:
    """Facts for every phase (or only those in ``phase_ids``), in session order."""
    phases = model.phases
    wanted = [(i, p) for i, p in enumerate(phases) if phase_ids is None or p.id in phase_ids]
    t = model.tables
    actors = model.actors
    default = model.presence_default
    rows_of: dict[int, dict[ActorId, Presence]] = {p.id: {} for _, p in wanted}
    for (actor_id, phase_id), pres in t["presence"].items():
        if phase_id in rows_of:
            rows_of[phase_id][actor_id] = pres
    relations = model.relations
    rel_rows = t["relation_phases"]
    rel_default = model.relation_default
    rule = model.threec_rule
    work_of: dict[int, dict[ActorId, set[tuple[str, str]]]] = {p.id: {} for _, p in wanted}
    for w in t["institutional_work"].values():
        if w.phase_id in work_of:
            work_of[w.phase_id].setdefault(w.actor_id, set()).add((w.kind, w.aim))
    members_of: dict[int, dict[int, set[ActorId]]] = {p.id: {} for _, p in wanted}
    for arena_id, actor_id, phase_id in t["arena_members"]:
        if phase_id in members_of:
            members_of[phase_id].setdefault(arena_id, set()).add(actor_id)
    arena_records = dict(t["arenas"])
    every = {a.id: a for a in actors}
    cited = {sid: citation(model, sid) for sid in t["sources"]}
    out: list[PhaseFacts] = []
    for index, phase in wanted:
        rows = rows_of[phase.id]
        states = {a.id: (rows[a.id].state if a.id in rows else default) for a in actors}
        here = {a for a, s in states.items() if s == PRESENT}
        rel_states: dict[RelationId, str] = {}
        for r in relations:
            row = rel_rows.get((r.id, phase.id))
            rel_states[r.id] = _relation_state(
                (states.get(r.source, NOT_DESCRIBED), states.get(r.target, NOT_DESCRIBED)),
                None if row is None else row.state, rel_default)
        active = tuple(r for r in relations if rel_states[r.id] == ACTIVE)
        read = {r.id: _medians_and_class(model, r.id, phase.id, rule) for r in active}
        incident: dict[ActorId, list[Relation]] = {}
        for r in active:
            incident.setdefault(r.source, []).append(r)
            if r.target != r.source:
                incident.setdefault(r.target, []).append(r)
        out.append(
            PhaseFacts(
                phase=phase,
                index=index,
                actors={a.id: a for a in actors if a.id in here},
                roles={a: tuple(rows[a].roles) for a in here},
                relations=active,
                medians={rid: found[0] for rid, found in read.items()},
                incident=incident,
                classes={rid: found[1] for rid, found in read.items()},
                states=states,
                relation_states=rel_states,
                presence={a: rows[a] for a in here},
                work={a: frozenset(w) for a, w in work_of[phase.id].items()},
                stated=tuple(sorted((s for s in t["stated_classes"].values()
                                     if s.phase_id == phase.id), key=lambda s: s.id)),
                levels=tuple(stated_levels(model, phase.id)),
                decisions=tuple(sorted((d for d in t["decision_points"].values()
                                        if d.phase_id == phase.id),
                                       key=lambda d: (d.position, d.id))),
                arenas={a: frozenset(m) for a, m in members_of[phase.id].items()},
                arena_records=arena_records,
                all_actors=every,
                citations=cited,
                rule=rule,
            )
        )
    return out


_SESSION_FACTS: "weakref.WeakKeyDictionary[Model, tuple[int, list[PhaseFacts]]]" = (
    weakref.WeakKeyDictionary()
)


def session_facts(model: Model) -> list[PhaseFacts]:
    """Facts for every phase, gathered once per revision of the model and shared.

    The console's panels all read them after an edit and again on each phase switch; on a big
    session gathering them costs a noticeable moment, so they are kept until the model next
    changes (``Model.revision``). Callers must treat the result as read-only.
    """
    cached = _SESSION_FACTS.get(model)
    if cached is not None and cached[0] == model.revision:
        return cached[1]
    facts = all_phase_facts(model)
    _SESSION_FACTS[model] = (model.revision, facts)
    return facts


def phase_facts(model: Model, phase_id: int) -> PhaseFacts:
    """Facts for one phase (the diff compares two phases that need not be neighbours)."""
    found = all_phase_facts(model, (phase_id,))
    if not found:
        raise KeyError(phase_id)
    return found[0]


def relation_label(facts_actors: dict[ActorId, Actor], relation: Relation) -> str:
    """ "A → B" for directed relations, "A – B" for undirected ones, in the room's words."""
    src = facts_actors[relation.source].name
    tgt = facts_actors[relation.target].name
    return f"{src} → {tgt}" if relation.directed else f"{src} – {tgt}"


__all__ = ["PhaseFacts", "Medians", "all_phase_facts", "phase_facts", "relation_medians",
           "relation_label", "session_facts", "PRESENT", "ABSENT", "NOT_DESCRIBED", "ACTIVE",
           "INACTIVE"]
