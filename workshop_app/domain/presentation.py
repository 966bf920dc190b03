"""Presenting a map step by step: one actor, or one relation, at a time, phase after phase.

A facilitator who shows the whole map at once loses the room to the densest corner; shown
one actor (or one relation) at a time, in an order that tells a story (the public bodies
first, or the local ones, or the facilitator's own sequence), the room follows. This module
is the plan and the cursor: which items a phase shows in which order, and how many of them
are shown now. It knows nothing of screens; the projector hides what is not shown yet.

The facilitator's own sequence is kept in the session's settings (meta key
``presentation_sequence``: ``{"actors": [ids], "relations": [ids]}``), saved as one edit.
The file is untrusted, so reading it keeps only whole numbers that name an actor or a
relation, once each; anything else is left out (the rest comes after, in type order).
Standard library only, like the rest of ``domain``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .model import Model
from .rounds import relation_label
from .vocabulary import ACTOR_TYPES, RELATION_KINDS, SCALES

SEQUENCE_KEY = "presentation_sequence"

# What one step shows; the keys are what the console and scripts pass.
UNITS: dict[str, str] = {
    "actors": "Actor by actor",
    "relations": "Relation by relation",
}
ORDERS: dict[str, str] = {
    "type": "By type",
    "scale": "By scale (local first)",
    "saved": "Your saved sequence",
}


@dataclass(frozen=True)
class Step:
    """One item a step shows: an actor or a relation, with the words the console lists."""

    kind: str  # "actor" or "relation"
    item_id: int
    label: str


def _rank(table: dict[str, str], key: str) -> int:
    keys = list(table)
    return keys.index(key) if key in keys else len(keys)


def saved_sequence(model: Model) -> dict[str, list[int]]:
    """The saved sequence, cleaned: ids of existing actors and relations, each once."""
    raw: Any = model.meta(SEQUENCE_KEY, None)
    out: dict[str, list[int]] = {"actors": [], "relations": []}
    if not isinstance(raw, dict):
        return out
    for unit, table in (("actors", "actors"), ("relations", "relations")):
        ids = raw.get(unit)
        if isinstance(ids, list):
            known = model.tables[table]
            out[unit] = list(dict.fromkeys(i for i in ids if type(i) is int and i in known))
    return out


def sequence_value(model: Model, unit: str, ids: list[int]) -> dict[str, list[int]]:
    """The meta value that saves ``ids`` as the sequence of ``unit``, keeping the other's."""
    if unit not in UNITS:
        raise ValueError(f"Unknown unit {unit!r}; choose one of: {', '.join(UNITS)}.")
    value = saved_sequence(model)
    value[unit] = list(dict.fromkeys(ids))
    return value


def _actor_key(model: Model, actor_id: int, order: str) -> tuple[Any, ...]:
    a = model.actor(actor_id)
    by_type = (_rank(ACTOR_TYPES, a.type), a.name.casefold(), a.id)
    if order == "scale":
        return (_rank(SCALES, a.scale), *by_type)
    return by_type


def _relation_key(model: Model, relation_id: int, order: str) -> tuple[Any, ...]:
    r = model.relation(relation_id)
    src, tgt = model.actor(r.source), model.actor(r.target)
    by_kind = (_rank(RELATION_KINDS, r.kind), src.name.casefold(), tgt.name.casefold(), r.id)
    if order == "scale":  # a relation is as wide as its widest end
        return (max(_rank(SCALES, src.scale), _rank(SCALES, tgt.scale)), *by_kind)
    return by_kind


def ordered(model: Model, unit: str, order: str, ids: list[int]) -> list[int]:
    """``ids`` (actors or relations) in the order: by type, by scale, or the saved sequence
    (those it does not name after it, by type)."""
    if order not in ORDERS:
        raise ValueError(f"Unknown order {order!r}; choose one of: {', '.join(ORDERS)}.")
    key = _actor_key if unit == "actors" else _relation_key
    by = "type" if order == "saved" else order
    plain = sorted(ids, key=lambda i: key(model, i, by))
    if order != "saved":
        return plain
    wanted = set(ids)
    first = [i for i in saved_sequence(model)[unit] if i in wanted]
    return first + [i for i in plain if i not in set(first)]


def phase_steps(model: Model, phase_id: int, unit: str, order: str) -> list[Step]:
    """The steps of one phase: its present actors, or its active relations, in order."""
    if unit not in UNITS:
        raise ValueError(f"Unknown unit {unit!r}; choose one of: {', '.join(UNITS)}.")
    if unit == "actors":
        ids = [a.id for a in model.actors if model.presence_state(a.id, phase_id) == "present"]
        return [Step("actor", i, model.actor(i).name) for i in ordered(model, unit, order, ids)]
    ids = [r.id for r in model.active_relations(phase_id)]
    return [Step("relation", i, relation_label(model, i)) for i in ordered(model, unit, order, ids)]


@dataclass
class Presentation:
    """The cursor: the phase shown and how many of its steps are shown (0: none yet).

    Stepping past the last item of a phase goes on to the next phase with none of its items
    shown; stepping back before the first goes to the previous phase with all of them.
    """

    phase_ids: list[int]
    unit: str = "actors"
    order: str = "type"
    phase_index: int = 0
    shown: int = 0

    def __post_init__(self) -> None:
        if not self.phase_ids:
            raise ValueError("A presentation needs at least one phase.")
        if self.unit not in UNITS:
            raise ValueError(f"Unknown unit {self.unit!r}; choose one of: {', '.join(UNITS)}.")
        if self.order not in ORDERS:
            raise ValueError(f"Unknown order {self.order!r}; choose one of: {', '.join(ORDERS)}.")

    @property
    def phase_id(self) -> int:
        return self.phase_ids[self.phase_index]

    def steps(self, model: Model) -> list[Step]:
        return phase_steps(model, self.phase_id, self.unit, self.order)

    def forward(self, model: Model) -> bool:
        """One step on; False at the very end (nothing changes)."""
        if self.shown < len(self.steps(model)):
            self.shown += 1
            return True
        if self.phase_index + 1 < len(self.phase_ids):
            self.phase_index += 1
            self.shown = 0
            return True
        return False

    def back(self, model: Model) -> bool:
        """One step back; False at the very start."""
        if self.shown > 0:
            self.shown -= 1
            return True
        if self.phase_index > 0:
            self.phase_index -= 1
            self.shown = len(self.steps(model))
            return True
        return False

    def jump(self, model: Model, phase_id: int, shown: int) -> None:
        """Show the first ``shown`` steps of ``phase_id`` (a click in the console's list)."""
        if phase_id not in self.phase_ids:
            raise ValueError(f"Phase {phase_id} is not part of this presentation.")
        self.phase_index = self.phase_ids.index(phase_id)
        self.shown = max(0, min(shown, len(self.steps(model))))

    def hidden(self, model: Model) -> tuple[frozenset[int], frozenset[int]]:
        """(actor ids, relation ids) not shown yet in the phase. Until every step is shown,
        whatever is not a step (absent actors, relations not at work) stays hidden too; once
        all are shown the phase looks as it always does."""
        steps = self.steps(model)
        if self.shown >= len(steps):
            return frozenset(), frozenset()
        shown = {s.item_id for s in steps[:self.shown]}
        if self.unit == "actors":
            return frozenset(set(model.tables["actors"]) - shown), frozenset()
        return frozenset(), frozenset(set(model.tables["relations"]) - shown)


__all__ = ["ORDERS", "Presentation", "SEQUENCE_KEY", "Step", "UNITS", "ordered", "phase_steps",
           "saved_sequence", "sequence_value"]
