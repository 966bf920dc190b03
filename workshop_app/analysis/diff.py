"""What changed between two phases: who entered and left, who is no longer (or again)
described, whose roles changed, which relations appeared, ended or went undescribed, and which
scores moved.

Any two phases can be compared, not only neighbours, and in either order ("from" and "to").
Presence has three states (present, absent, not described). An actor *entered* only when it
is recorded absent in the first phase and present in the second, and *left* only when it is
present in the first and recorded absent in the second: a source that stops describing an
actor has not said that it left. Present then not described is listed apart ("not described
in B"), as is not described then present ("described again"); a change between absent and
not described is not a change anybody saw, so it is not listed.

Relations likewise: a relation *appears* when it is inactive in the first phase (switched off,
or an end recorded absent) and active in the second, and *ends* in the reverse case; active
then not described, and not described then active, are listed apart. A relation is the same
relation in both phases when it is the same record, and the detail says why it changed state
(``reason``: an end absent, switched off or on, or not described).

A score change is reported when a dimension's median (lower median of the counted votes,
ordinal 1–5) changes its *level*, low (1–2) / medium (3) / high (4–5): the level is what the 3C
class, the warnings and the canvas colours read. A move of two points or more always changes
the level; a one-point move inside a level (4 → 5, 1 → 2) is not reported, so the list shows
what the room would notice rather than voting jitter. A dimension unscored in either phase is
not compared.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..domain import terms
from ..domain.i18n import N_, in_sentence, tr
from ..domain.model import Model, Relation
from ..domain.scoring import level
from ..domain.vocabulary import SCORE_DIMENSIONS, role_label
from .facts import ABSENT, ACTIVE, INACTIVE, NOT_DESCRIBED, PRESENT, PhaseFacts, all_phase_facts

KINDS: tuple[str, ...] = (
    "actor_entered",
    "actor_left",
    "actor_not_described",
    "actor_described",
    "roles_changed",
    "relation_appeared",
    "relation_ended",
    "relation_not_described",
    "relation_described",
    "score_changed",
)
_KIND_ORDER = {k: i for i, k in enumerate(KINDS)}

# What each kind is called as a group heading (the command line, the pack, the HTML snapshot
# and the compare dock read this one table).
HEADINGS: dict[str, str] = {
    "actor_entered": N_("Joined"),
    "actor_left": N_("Left"),
    "actor_not_described": N_("Not described in the second phase (present in the first)"),
    "actor_described": N_("Described again (not described in the first phase)"),
    "roles_changed": N_("Roles changed"),
    "relation_appeared": N_("New relations"),
    "relation_ended": N_("Ended relations"),
    "relation_not_described": N_("Relations not described in the second phase"),
    "relation_described": N_("Relations described again"),
    "score_changed": N_("Scores that changed level"),
}


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

    def groups(self) -> list[tuple[str, str, list[DiffItem]]]:
        """(kind, heading, items) for every kind with items, in :data:`KINDS` order: what a
        report lists under one heading each."""
        return [(kind, tr(HEADINGS[kind]), found) for kind in KINDS if (found := self.of_kind(kind))]

    def to_dict(self) -> dict[str, Any]:
        return {
            "phase_a": self.phase_a,
            "phase_b": self.phase_b,
            "phase_a_name": self.phase_a_name,
            "phase_b_name": self.phase_b_name,
            "items": [i.to_dict() for i in self.items],
        }


def _roles_text(roles: list[str]) -> str:
    return ", ".join(terms.role(r) for r in roles) if roles else tr("no role stated")


def _word(table: str, key: str) -> str:
    """A vocabulary word inside a sentence; a word the room typed stays as typed."""
    return in_sentence(terms.term(table, key)) if key in terms.TABLES[table] else key


def _describe(model: Model, rel: Relation) -> str:
    src, tgt = model.actor(rel.source).name, model.actor(rel.target).name
    if rel.directed:
        return tr("{kind} relation from {source} to {target}").format(
            kind=_word("relation kind", rel.kind), source=src, target=tgt)
    return tr("{kind} relation between {source} and {target}").format(
        kind=_word("relation kind", rel.kind), source=src, target=tgt)


def _why_not_active(rel: Relation, facts: PhaseFacts) -> str:
    """Why a relation is not active in a phase: an end recorded absent, switched off, or
    not described (an end not described, or the source silent on the relation)."""
    state = facts.relation_states.get(rel.id, NOT_DESCRIBED)
    if state == INACTIVE:
        ends = (facts.state(rel.source), facts.state(rel.target))
        return "actor_absent" if ABSENT in ends else "switched_off"
    return "not_described"


def _sort_key(item: DiffItem, name: str) -> tuple[int, str, tuple[int, ...], tuple[int, ...]]:
    return (_KIND_ORDER[item.kind], name.casefold(), item.relation_ids, item.actor_ids)


# (state in A, state in B) -> diff kind, for actors and for relations
_ACTOR_STEPS: dict[tuple[str, str], str] = {
    (ABSENT, PRESENT): "actor_entered",
    (PRESENT, ABSENT): "actor_left",
    (PRESENT, NOT_DESCRIBED): "actor_not_described",
    (NOT_DESCRIBED, PRESENT): "actor_described",
}
_RELATION_STEPS: dict[tuple[str, str], str] = {
    (INACTIVE, ACTIVE): "relation_appeared",
    (ACTIVE, INACTIVE): "relation_ended",
    (ACTIVE, NOT_DESCRIBED): "relation_not_described",
    (NOT_DESCRIBED, ACTIVE): "relation_described",
}


# The line each kind of change reads as (translated where it is made; names are placeholders).
_LINES: dict[str, str] = {
    "actor_entered": N_("{name} joined between {a} and {b}"),
    "actor_left": N_("{name} left between {a} and {b}"),
    "actor_not_described": N_("{name}: present in {a}, not described in {b}"),
    "actor_described": N_("{name}: not described in {a}, present in {b}"),
    "relation_appeared": N_("New {relation}"),
    "relation_ended": N_("The {relation} ended"),
    "relation_not_described": N_("The {relation}: active in {a}, not described in {b}"),
    "relation_described": N_("The {relation}: not described in {a}, active in {b}"),
}


def _actor_text(kind: str, name: str, pa: str, pb: str) -> str:
    return tr(_LINES[kind]).format(name=name, a=pa, b=pb)


def _relation_text(kind: str, what: str, pa: str, pb: str) -> str:
    return tr(_LINES[kind]).format(relation=what, a=pa, b=pb)


def diff_facts(model: Model, a: PhaseFacts, b: PhaseFacts) -> PhaseDiff:
    """The diff between two phases' gathered facts."""
    pa, pb = a.phase.name, b.phase.name
    keyed: list[tuple[DiffItem, str]] = []

    for aid in sorted(set(a.states) | set(b.states)):
        kind = _ACTOR_STEPS.get((a.state(aid), b.state(aid)))
        if kind is None:
            continue
        name = model.actor(aid).name
        shown = b if b.state(aid) == PRESENT else a
        detail: dict[str, Any] = {"roles": list(shown.roles.get(aid, ())),
                                  "state_before": a.state(aid), "state_after": b.state(aid)}
        keyed.append((DiffItem(kind, _actor_text(kind, name, pa, pb), (aid,), (), detail), name))
    for aid in a.actors.keys() & b.actors.keys():
        before, after = a.roles.get(aid, ()), b.roles.get(aid, ())
        if set(before) == set(after):
            continue
        old = sorted(set(before), key=role_label)
        new = sorted(set(after), key=role_label)
        name = a.name(aid)
        detail = {
            "before": old,
            "after": new,
            "added": [r for r in new if r not in before],
            "removed": [r for r in old if r not in after],
        }
        keyed.append((DiffItem("roles_changed",
                               f"{name}: {_roles_text(old)} → {_roles_text(new)}",
                               (aid,), (), detail), name))

    for rel in model.relations:
        was = a.relation_states.get(rel.id, NOT_DESCRIBED)
        now = b.relation_states.get(rel.id, NOT_DESCRIBED)
        kind = _RELATION_STEPS.get((was, now))
        if kind is None:
            continue
        what = _describe(model, rel)
        not_active = a if now == ACTIVE else b
        detail = {"kind": rel.kind, "directed": rel.directed, "state_before": was,
                  "state_after": now, "reason": _why_not_active(rel, not_active)}
        keyed.append((DiffItem(kind, _relation_text(kind, what, pa, pb),
                               (rel.source, rel.target), (rel.id,), detail), what))

    rels_a = {r.id: r for r in a.relations}
    rels_b = {r.id for r in b.relations}
    for rid in rels_a.keys() & rels_b:
        rel = rels_a[rid]
        what = _describe(model, rel)
        for dim in SCORE_DIMENSIONS:
            was_score, now_score = a.median(rid, dim), b.median(rid, dim)
            if was_score is None or now_score is None or level(was_score) == level(now_score):
                continue
            text = tr("{dimension} in the {relation} went from {was_level} ({was}) to {now_level} ({now})").format(
                dimension=terms.term("dimension", dim), relation=what,
                was_level=_word("level", str(level(was_score))), was=was_score,
                now_level=_word("level", str(level(now_score))), now=now_score)
            detail = {"dimension": dim, "before": was_score, "after": now_score,
                      "level_before": level(was_score), "level_after": level(now_score)}
            keyed.append((DiffItem("score_changed", text, (rel.source, rel.target), (rid,),
                                   detail), f"{what} {SCORE_DIMENSIONS.index(dim)}"))

    keyed.sort(key=lambda t: _sort_key(*t))
    return PhaseDiff(a.phase.id, b.phase.id, [item for item, _ in keyed], pa, pb)


def diff_phases(model: Model, phase_a: int, phase_b: int) -> PhaseDiff:
    """Compare two phases of a session (by id), in the order given."""
    for pid in (phase_a, phase_b):
        if pid not in model.tables["phases"]:
            raise KeyError(f"No phase with id {pid} in this session.")
    facts = {f.phase.id: f for f in all_phase_facts(model, {phase_a, phase_b})}
    return diff_facts(model, facts[phase_a], facts[phase_b])


__all__ = ["DiffItem", "PhaseDiff", "diff_phases", "diff_facts", "KINDS", "HEADINGS"]
