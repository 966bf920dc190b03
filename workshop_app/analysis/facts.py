"""What every analysis reads about a phase, gathered in one pass over the session.

Metrics, pattern warnings and the phase diff all ask the same questions of a phase: who is
present with which roles, which relations are active, what each relation's median scores
are. The GUI recomputes warnings and metrics after every edit, so this module answers them
once per phase with set look-ups instead of the model's per-call scans.

Scores are ordinal (1–5). A relation's score in a phase is the lower median of the
participants' votes (:func:`workshop_app.domain.scoring.median_low`); an unscored dimension
stays ``None`` and is never read as 0 or as low.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass, field
from typing import Collection

from ..domain.model import Actor, ActorId, Model, Phase, Relation, RelationId, Score
from ..domain.scoring import LEVEL_ORDER, counted_votes, derived_class, level, median_low, three_c
from ..domain.vocabulary import SCORE_DIMENSIONS

Medians = tuple[int | None, int | None, int | None]
_NO_SCORES: Medians = (None, None, None)
_DIM_INDEX = {d: i for i, d in enumerate(SCORE_DIMENSIONS)}


@dataclass(frozen=True)
class PhaseFacts:
    """One phase as the analyses see it: A(p), roles, R(p), medians and incidence."""

    phase: Phase
    index: int  # 0-based position in session order
    actors: dict[ActorId, Actor]  # A(p), in id order
    roles: dict[ActorId, tuple[str, ...]]
    relations: tuple[Relation, ...]  # R(p), in id order
    medians: dict[RelationId, Medians]
    incident: dict[ActorId, list[Relation]] = field(default_factory=dict)
    # The derived 3C class per relation (counted votes, the session's rule: scoring.room_class)
    classes: dict[RelationId, str | None] = field(default_factory=dict)

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
        return self.actors[actor_id].name


def relation_medians(model: Model, relation_id: RelationId, phase_id: int) -> Medians:
    """The lower median of the participants' votes per dimension (``None`` when unscored)."""
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
    """Medians and the derived class (``scoring.room_class``) from one read of the votes."""
    votes = counted_votes(model, relation_id, phase_id)
    medians = _medians(votes)
    if rule == "median" and all(v.interdependence_back is None for v in votes):
        return medians, three_c(*medians)
    return medians, derived_class(votes, rule)


def all_phase_facts(model: Model, phase_ids: Collection[int] | None = None) -> list[PhaseFacts]:
    """Facts for every phase (or only those in ``phase_ids``), in session order."""
    phases = model.phases
    present: dict[int, set[ActorId]] = {p.id: set() for p in phases}
    roles: dict[int, dict[ActorId, tuple[str, ...]]] = {p.id: {} for p in phases}
    for (actor_id, phase_id), pres in model.tables["presence"].items():
        if phase_id in present and pres.state == "present":
            present[phase_id].add(actor_id)
            roles[phase_id][actor_id] = tuple(pres.roles)
    relations = model.relations
    actors = model.actors
    rule = model.threec_rule
    out: list[PhaseFacts] = []
    for index, phase in enumerate(phases):
        if phase_ids is not None and phase.id not in phase_ids:
            continue
        here = present[phase.id]
        active = tuple(
            r for r in relations
            if r.source in here and r.target in here and model.relation_active(r, phase.id)
        )
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
                roles=roles[phase.id],
                relations=active,
                medians={rid: found[0] for rid, found in read.items()},
                incident=incident,
                classes={rid: found[1] for rid, found in read.items()},
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
           "relation_label", "session_facts"]
