"""What changed between two phases: who entered and left, whose roles changed, which
relations appeared or ended, and which scores moved.

Any two phases can be compared, not only neighbours, and in either order ("from" and "to").
A relation is the same relation in both phases when it is the same record; it "appears" when
it is active in the second phase only, and the detail says why (an end joined, or it was
switched on), likewise when it "ends".

A score change is reported when a dimension's median (lower median of the votes, ordinal
1–5) changes its *level*, low (1–2) / medium (3) / high (4–5): the level is what the 3C class,
the warnings and the canvas colours read. A move of two points or more always changes the
level; a one-point move inside a level (4 → 5, 1 → 2) is not reported, so the list shows
what the room would notice rather than voting jitter. A dimension unscored in either phase
is not compared.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..domain.model import Model, Relation
from ..domain.scoring import level
from ..domain.vocabulary import SCORE_DIMENSIONS, role_label
from .facts import PhaseFacts, all_phase_facts

KINDS: tuple[str, ...] = (
    "actor_entered",
    "actor_left",
    "roles_changed",
    "relation_appeared",
    "relation_ended",
    "score_changed",
)
_KIND_ORDER = {k: i for i, k in enumerate(KINDS)}


@dataclass(frozen=True)
class DiffItem:
    """One difference, with a full sentence for the room and ids for "show me"."""

    kind: str
    text: str
    actor_ids: tuple[int, ...]
    relation_ids: tuple[int, ...]
    detail: dict[str, Any] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "text": self.text,
            "actor_ids": list(self.actor_ids),
            "relation_ids": list(self.relation_ids),
            "detail": self.detail,
        }


@dataclass(frozen=True)
class PhaseDiff:
    """The differences from ``phase_a`` to ``phase_b`` (phase ids), in a stable order."""

    phase_a: int
    phase_b: int
    items: list[DiffItem]
    phase_a_name: str = ""
    phase_b_name: str = ""

    def of_kind(self, kind: str) -> list[DiffItem]:
        return [i for i in self.items if i.kind == kind]

    def to_dict(self) -> dict[str, Any]:
        return {
            "phase_a": self.phase_a,
            "phase_b": self.phase_b,
            "phase_a_name": self.phase_a_name,
            "phase_b_name": self.phase_b_name,
            "items": [i.to_dict() for i in self.items],
        }


def _roles_text(roles: list[str]) -> str:
    return ", ".join(role_label(r) for r in roles) if roles else "no role stated"


def _describe(model: Model, rel: Relation) -> str:
    src, tgt = model.actor(rel.source).name, model.actor(rel.target).name
    if rel.directed:
        return f"{rel.kind} relation from {src} to {tgt}"
    return f"{rel.kind} relation between {src} and {tgt}"


def _why_missing(model: Model, rel: Relation, facts: PhaseFacts) -> str:
    """Why a relation is not active in a phase: an end absent, or switched off."""
    if rel.source not in facts.actors or rel.target not in facts.actors:
        return "actor_absent"
    return "switched_off"


def _sort_key(item: DiffItem, name: str) -> tuple[int, str, tuple[int, ...], tuple[int, ...]]:
    return (_KIND_ORDER[item.kind], name.casefold(), item.relation_ids, item.actor_ids)


def diff_facts(model: Model, a: PhaseFacts, b: PhaseFacts) -> PhaseDiff:
    """The diff between two phases' gathered facts."""
    pa, pb = a.phase.name, b.phase.name
    keyed: list[tuple[DiffItem, str]] = []

    for aid in b.actors.keys() - a.actors.keys():
        name = b.name(aid)
        keyed.append((DiffItem("actor_entered", f"{name} joined between {pa} and {pb}",
                               (aid,), (), {"roles": list(b.roles.get(aid, ()))}), name))
    for aid in a.actors.keys() - b.actors.keys():
        name = a.name(aid)
        keyed.append((DiffItem("actor_left", f"{name} left between {pa} and {pb}",
                               (aid,), (), {"roles": list(a.roles.get(aid, ()))}), name))
    for aid in a.actors.keys() & b.actors.keys():
        before, after = a.roles.get(aid, ()), b.roles.get(aid, ())
        if set(before) == set(after):
            continue
        old = sorted(set(before), key=role_label)
        new = sorted(set(after), key=role_label)
        name = a.name(aid)
        detail: dict[str, Any] = {
            "before": old,
            "after": new,
            "added": [r for r in new if r not in before],
            "removed": [r for r in old if r not in after],
        }
        keyed.append((DiffItem("roles_changed",
                               f"{name}: {_roles_text(old)} → {_roles_text(new)}",
                               (aid,), (), detail), name))

    rels_a = {r.id: r for r in a.relations}
    rels_b = {r.id: r for r in b.relations}
    for rid in rels_b.keys() - rels_a.keys():
        rel = rels_b[rid]
        what = _describe(model, rel)
        detail = {"kind": rel.kind, "directed": rel.directed,
                  "reason": _why_missing(model, rel, a)}
        keyed.append((DiffItem("relation_appeared", _appeared_text(what),
                               (rel.source, rel.target), (rid,), detail), what))
    for rid in rels_a.keys() - rels_b.keys():
        rel = rels_a[rid]
        what = _describe(model, rel)
        detail = {"kind": rel.kind, "directed": rel.directed,
                  "reason": _why_missing(model, rel, b)}
        keyed.append((DiffItem("relation_ended", _ended_text(what),
                               (rel.source, rel.target), (rid,), detail), what))

    for rid in rels_a.keys() & rels_b.keys():
        rel = rels_a[rid]
        what = _describe(model, rel)
        for dim in SCORE_DIMENSIONS:
            was, now = a.median(rid, dim), b.median(rid, dim)
            if was is None or now is None or level(was) == level(now):
                continue
            text = (f"{dim.capitalize()} in the {what} went from {level(was)} ({was}) to "
                    f"{level(now)} ({now})")
            detail = {"dimension": dim, "before": was, "after": now,
                      "level_before": level(was), "level_after": level(now)}
            keyed.append((DiffItem("score_changed", text, (rel.source, rel.target), (rid,),
                                   detail), f"{what} {SCORE_DIMENSIONS.index(dim)}"))

    keyed.sort(key=lambda t: _sort_key(*t))
    return PhaseDiff(a.phase.id, b.phase.id, [item for item, _ in keyed], pa, pb)


def _appeared_text(what: str) -> str:
    return f"New {what}"


def _ended_text(what: str) -> str:
    return f"The {what} ended"


def diff_phases(model: Model, phase_a: int, phase_b: int) -> PhaseDiff:
    """Compare two phases of a session (by id), in the order given."""
    for pid in (phase_a, phase_b):
        if pid not in model.tables["phases"]:
            raise KeyError(f"No phase with id {pid} in this session.")
    facts = {f.phase.id: f for f in all_phase_facts(model, {phase_a, phase_b})}
    return diff_facts(model, facts[phase_a], facts[phase_b])


__all__ = ["DiffItem", "PhaseDiff", "diff_phases", "diff_facts", "KINDS"]
