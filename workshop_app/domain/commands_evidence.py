"""Edits of the evidence model: sources and what they support, presence states, relation
states, Net-Map influence and alignment, orchestration, public value per actor, reference
participants and stated 3C classes.

Each class is one edit (one undo step) like every command in ``commands.py``; the arenas,
institutional work and decision points are in ``commands_arenas.py``.

Deleting a source nulls every reference to it in the same step (one undo brings all back),
rather than refusing: a wrong or duplicated source must be removable without first visiting
every fact that cites it, and the label says how many facts lost it.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, ClassVar

from . import vocabulary as voc
from .command_base import (
    Command,
    CommandError,
    _check_choice,
    _check_text,
    _json_value,
    _known_fields,
    _need,
    _now,
)
from .evidence import RelationPhase, Source
from .model import Model, Presence
from .wording import count

# Tables whose records carry a ``source_id`` (a fact a source can support).
SOURCED_TABLES: tuple[str, ...] = (
    "actors", "relations", "presence", "relation_phases", "participants", "scores",
    "stated_classes", "stated_levels", "arenas", "institutional_work", "decision_points",
)
# fact name -> (table, number of key parts); "role" is a presence row plus the role, and the
# presence facts (influence, alignment, orchestrator, value_gains, value_costs) are a presence
# row's other columns, each cited in its ``fact_sources``.
FACTS: dict[str, tuple[str, int]] = {
    "actor": ("actors", 1),
    "relation": ("relations", 1),
    "presence": ("presence", 2),
    "role": ("presence", 3),
    "relation_phase": ("relation_phases", 2),
    "participant": ("participants", 1),
    "score": ("scores", 3),
    "stated_class": ("stated_classes", 1),
    "stated_level": ("stated_levels", 1),
    "arena": ("arenas", 1),
    "institutional_work": ("institutional_work", 4),
    "decision_point": ("decision_points", 1),
    **{fact: ("presence", 2) for fact in voc.PRESENCE_FACTS},
}


def check_source(model: Model, source_id: Any) -> None:
    """``None`` (no source) or the id of a source of this session."""
    if source_id is None:
        return
    if isinstance(source_id, bool) or not isinstance(source_id, int):
        raise CommandError(f"A source is given by its id (a whole number), not {source_id!r}.")
    _need(model, "sources", source_id, "source")


def _check_optional_choice(value: Any, allowed: dict[str, str], what: str) -> None:
    if value is not None:
        _check_choice(value, allowed, what)


# -- presence rows --------------------------------------------------------------------------
def presence_row(model: Model, actor_id: int, phase_id: int) -> Presence:
    """The stored row, or the row the session's default stands for (not stored yet)."""
    _need(model, "actors", actor_id, "actor")
    _need(model, "phases", phase_id, "phase")
    row = model.presence(actor_id, phase_id)
    return row if row is not None else Presence(actor_id, phase_id, state=model.presence_default)


def presence_fact_recorded(row: Presence, fact: str) -> bool:
    """Whether the row records a value for one of :data:`vocabulary.PRESENCE_FACTS`."""
    return {
        "influence": row.influence is not None,
        "alignment": row.alignment is not None,
        "orchestrator": row.orchestrator_form is not None or bool(row.orchestrator_modes),
        "value_gains": bool(row.value_gains),
        "value_costs": bool(row.value_costs),
    }.get(fact, False)


def store_presence(model: Model, row: Presence) -> None:
    """Keep a row only while it says more than the session's default: a row that is just
    the default (no note, no source, nothing recorded) is removed, so files stay as small as
    before and "default" stays one thing. A fact's source goes with the fact: clearing the
    influence (or any presence fact) clears its citation too."""
    if any(not presence_fact_recorded(row, f) for f in row.fact_sources):
        row = dataclasses.replace(row, fact_sources={
            f: s for f, s in row.fact_sources.items() if presence_fact_recorded(row, f)})
    key = (row.actor_id, row.phase_id)
    if row == Presence(row.actor_id, row.phase_id, state=model.presence_default):
        if key in model.tables["presence"]:
            model.remove("presence", key)
    else:
        model.add(row)


def set_presence_state(model: Model, actor_id: int, phase_id: int, state: str,
                       source_id: int | None) -> None:
    """Present, absent or not described. Leaving "present" drops the roles held in the
    phase (and their sources, and the orchestrator's part); the note, influence, alignment
    and public-value effects stay, since an actor outside a phase can still have them."""
    _check_choice(state, voc.PRESENCE_STATES, "presence state")
    check_source(model, source_id)
    row = presence_row(model, actor_id, phase_id)
    row = dataclasses.replace(row, state=state, source_id=source_id)
    if state != "present":
        row = dataclasses.replace(row, roles=(), role_sources={}, orchestrator_form=None,
                                  orchestrator_modes=())
    store_presence(model, row)


@dataclass
class SetPresenceState(Command):
    """Say that an actor is present, absent or not described in a phase, with its source."""

    name: ClassVar[str] = "Set presence state"
    actor_id: int = 0
    phase_id: int = 0
    state: str = "present"
    source_id: int | None = None

    def apply(self, model: Model) -> None:
        set_presence_state(model, self.actor_id, self.phase_id, self.state, self.source_id)

    def label(self, model: Model) -> str:
        return f"Mark actor {voc.PRESENCE_STATES.get(self.state, self.state).lower()}"


@dataclass
class SetPresenceStates(Command):
    """The same presence state for many actors in one phase, one undo step (e.g. every actor
    the source is silent about: not described)."""

    name: ClassVar[str] = "Set presence states"
    phase_id: int = 0
    actor_ids: list[int] = field(default_factory=list)
    state: str = "not_described"
    source_id: int | None = None

    def apply(self, model: Model) -> None:
        ids = list(dict.fromkeys(self.actor_ids))
        if not ids:
            raise CommandError("Select the actors first.")
        for aid in ids:
            set_presence_state(model, aid, self.phase_id, self.state, self.source_id)

    def label(self, model: Model) -> str:
        state = voc.PRESENCE_STATES.get(self.state, self.state).lower()
        return f"Mark {count(len(set(self.actor_ids)), 'actor')} {state}"


def _presence_edit(model: Model, actor_id: int, phase_id: int, **values: Any) -> None:
    store_presence(model, dataclasses.replace(presence_row(model, actor_id, phase_id), **values))


@dataclass
class SetInfluence(Command):
    """An actor's influence in a phase, 0-5 (the Net-Map tower); ``None`` clears it."""

    name: ClassVar[str] = "Set influence"
    actor_id: int = 0
    phase_id: int = 0
    influence: int | None = None

    def apply(self, model: Model) -> None:
        v = self.influence
        if v is not None and (isinstance(v, bool) or not isinstance(v, int)
                              or not voc.INFLUENCE_MIN <= v <= voc.INFLUENCE_MAX):
            raise CommandError(f"Influence is a whole number from {voc.INFLUENCE_MIN} to "
                               f"{voc.INFLUENCE_MAX}, not {v!r}.")
        _presence_edit(model, self.actor_id, self.phase_id, influence=v)


@dataclass
class SetAlignment(Command):
    """How an actor's aims go with the project's goal in a phase; ``None`` clears it."""

    name: ClassVar[str] = "Set alignment"
    actor_id: int = 0
    phase_id: int = 0
    alignment: str | None = None

    def apply(self, model: Model) -> None:
        _check_optional_choice(self.alignment, voc.ALIGNMENTS, "alignment")
        _presence_edit(model, self.actor_id, self.phase_id, alignment=self.alignment)


@dataclass
class SetOrchestrator(Command):
    """An actor's part in orchestration in a phase (004): individual or collective, as
    strategist and/or manager. ``form=None`` with no modes clears it. Only an actor present
    in the phase can orchestrate it."""

    name: ClassVar[str] = "Set orchestrator"
    actor_id: int = 0
    phase_id: int = 0
    form: str | None = None
    modes: tuple[str, ...] = ()

    def apply(self, model: Model) -> None:
        _check_optional_choice(self.form, voc.ORCHESTRATOR_FORMS, "orchestrator form")
        modes = tuple(dict.fromkeys(self.modes))
        for m in modes:
            _check_choice(m, voc.ORCHESTRATOR_MODES, "orchestrator mode")
        row = presence_row(model, self.actor_id, self.phase_id)
        if (self.form is not None or modes) and row.state != "present":
            raise CommandError("Only an actor present in the phase can orchestrate it; mark "
                               "it present first.")
        ordered = tuple(m for m in voc.ORCHESTRATOR_MODES if m in modes)
        store_presence(model, dataclasses.replace(row, orchestrator_form=self.form,
                                                  orchestrator_modes=ordered))


@dataclass
class SetValueEffects(Command):
    """Who gains and who bears costs (public value) for an actor in a phase; ``None``
    leaves a side as it is, "" clears it."""

    name: ClassVar[str] = "Set public value effects"
    actor_id: int = 0
    phase_id: int = 0
    gains: str | None = None
    costs: str | None = None

    def apply(self, model: Model) -> None:
        values = {k: v for k, v in (("value_gains", self.gains), ("value_costs", self.costs))
                  if v is not None}
        _check_text(values, tuple(values))
        _presence_edit(model, self.actor_id, self.phase_id, **values)


# -- relation states --------------------------------------------------------------------------
def set_relation_state(model: Model, relation_id: int, phase_id: int, state: str,
                       source_id: int | None) -> None:
    _need(model, "relations", relation_id, "relation")
    _need(model, "phases", phase_id, "phase")
    _check_choice(state, voc.RELATION_STATES, "relation state")
    check_source(model, source_id)
    key = (relation_id, phase_id)
    if state == model.relation_default and source_id is None:
        if key in model.tables["relation_phases"]:
            model.remove("relation_phases", key)  # the default needs no row
    else:
        model.add(RelationPhase(relation_id, phase_id, state, source_id))


@dataclass
class SetRelationState(Command):
    """Say that a relation is active, switched off (inactive) or not described in a phase.

    Active shows only where both ends are present (``Model.relation_state``).
    """

    name: ClassVar[str] = "Set relation state"
    relation_id: int = 0
    phase_id: int = 0
    state: str = "active"
    source_id: int | None = None

    def apply(self, model: Model) -> None:
        set_relation_state(model, self.relation_id, self.phase_id, self.state, self.source_id)

    def label(self, model: Model) -> str:
        return {"active": "Switch relation on", "inactive": "Switch relation off"}.get(
            self.state, "Mark relation not described")


@dataclass
class SetDataOpenness(Command):
    """Openness of a relation's data (004: open, closed, held by a vendor) and whether it is
    interoperable (``None``: not known); kept in the relation's attributes."""

    name: ClassVar[str] = "Set data openness"
    relation_id: int = 0
    openness: str | None = None
    interoperable: bool | None = None

    def apply(self, model: Model) -> None:
        rel = _need(model, "relations", self.relation_id, "relation")
        _check_optional_choice(self.openness, voc.OPENNESS, "openness")
        if self.interoperable is not None and not isinstance(self.interoperable, bool):
            raise CommandError(f"Interoperable is yes, no or not known, not {self.interoperable!r}.")
        attrs = dict(rel.attrs)
        for key, value in (("openness", self.openness), ("interoperable", self.interoperable)):
            if value is None:
                attrs.pop(key, None)
            else:
                attrs[key] = value
        model.add(dataclasses.replace(rel, attrs=attrs))


# -- sources ----------------------------------------------------------------------------------
_SOURCE_TEXT = ("document", "section", "page", "quote", "author", "reason", "time")


def _check_source_values(values: dict[str, Any]) -> dict[str, Any]:
    if "kind" in values:
        _check_choice(values["kind"], voc.SOURCE_KINDS, "source kind")
    _check_text(values, _SOURCE_TEXT)
    if "detail" in values:
        if not isinstance(values["detail"], dict):
            raise CommandError("A source's detail is a set of named values.")
        values["detail"] = _json_value(values["detail"], "source's detail")
    return values


@dataclass
class AddSource(Command):
    """Record a piece of evidence; facts then point at it (``SetFactSource``)."""

    name: ClassVar[str] = "Add source"
    kind: str = "stated"
    document: str = ""
    section: str = ""
    page: str = ""
    quote: str = ""
    author: str = ""
    reason: str = ""
    detail: dict[str, Any] = field(default_factory=dict)
    time: str = ""
    source_id: int | None = None

    def apply(self, model: Model) -> int:
        values = _check_source_values({k: getattr(self, k) for k in (
            "kind", *_SOURCE_TEXT, "detail")})
        if values["kind"] == "stated" and not values["document"].strip():
            raise CommandError("A stated source needs the document it is stated in.")
        if values["kind"] == "inferred" and not values["reason"].strip():
            raise CommandError("An inferred source needs the reason for the inference.")
        if self.source_id is None:
            self.source_id = model.next_id("sources")
        elif self.source_id in model.tables["sources"]:
            raise CommandError(f"Source id {self.source_id} is already taken.")
        if not self.time:
            self.time = values["time"] = _now()
        model.add(Source(self.source_id, **values))
        return self.source_id

    def label(self, model: Model) -> str:
        where = " ".join(p for p in (self.document, self.section) if p)
        return f"Add source ({self.kind}{': ' + where if where else ''})"


_SOURCE_FIELDS = {"kind", *_SOURCE_TEXT, "detail"}


@dataclass
class UpdateSource(Command):
    name: ClassVar[str] = "Edit source"
    source_id: int = 0
    changes: dict[str, Any] = field(default_factory=dict)

    def apply(self, model: Model) -> None:
        src = _need(model, "sources", self.source_id, "source")
        values = _check_source_values(_known_fields(self.changes, _SOURCE_FIELDS, "Sources"))
        model.add(dataclasses.replace(src, **values))


def detach_source(model: Model, source_id: int) -> int:
    """Null every reference to a source (facts and role sources); the number of facts."""
    n = 0
    for table in SOURCED_TABLES:
        for key, rec in list(model.tables[table].items()):
            changes: dict[str, Any] = {}
            if rec.source_id == source_id:
                changes["source_id"] = None
            if table == "presence" and source_id in rec.role_sources.values():
                changes["role_sources"] = {r: s for r, s in rec.role_sources.items()
                                           if s != source_id}
            if table == "presence" and source_id in rec.fact_sources.values():
                changes["fact_sources"] = {f: s for f, s in rec.fact_sources.items()
                                           if s != source_id}
            if changes:
                n += 1
                model.put(table, key, dataclasses.replace(rec, **changes))
    return n


@dataclass
class DeleteSource(Command):
    """Delete a source; the facts that cite it keep their values and lose the citation."""

    name: ClassVar[str] = "Delete source"
    source_id: int = 0
    _detached: int = field(default=0, repr=False)

    def apply(self, model: Model) -> None:
        _need(model, "sources", self.source_id, "source")
        self._detached = detach_source(model, self.source_id)
        model.remove("sources", self.source_id)

    def label(self, model: Model) -> str:
        if not self._detached:
            return "Delete source"
        return f"Delete source ({count(self._detached, 'fact')} lose it)"


def _fact_key(fact: str, key: Any) -> tuple[str, Any, str | None]:
    """(table, record key, role) of a fact reference, or a CommandError saying what is wrong."""
    if fact not in FACTS:
        raise CommandError(f"Unknown kind of fact {fact!r}; choose one of: {', '.join(FACTS)}.")
    table, parts = FACTS[fact]
    items = list(key) if isinstance(key, (list, tuple)) else [key]
    if len(items) != parts:
        raise CommandError(f"A {fact.replace('_', ' ')} is named by {count(parts, 'value')}, "
                           f"not {len(items)}.")
    role = None
    if fact == "role":
        role, items = items[2], items[:2]
        if not isinstance(role, str):
            raise CommandError(f"A role is named by text, not {role!r}.")
    return table, items[0] if len(items) == 1 else tuple(items), role


@dataclass
class SetFactSource(Command):
    """Attach a source to one recorded fact, or detach it (``source_id=None``).

    ``fact`` is one of :data:`FACTS`; ``key`` its key (e.g. ``[actor_id, phase_id]`` for a
    presence, ``[actor_id, phase_id, role]`` for a role). A presence or relation state that
    is only the session's default gets a row saying so, so the source has a fact to cite.
    """

    name: ClassVar[str] = "Cite source"
    fact: str = "actor"
    key: Any = None
    source_id: int | None = None

    def apply(self, model: Model) -> None:
        table, key, role = _fact_key(self.fact, self.key)
        check_source(model, self.source_id)
        if self.fact in voc.PRESENCE_FACTS:
            row = presence_row(model, *key)
            if not presence_fact_recorded(row, self.fact):
                raise CommandError(f"No {voc.PRESENCE_FACTS[self.fact]} is recorded for the "
                                   "actor in this phase; record it first.")
            sources = {f: s for f, s in row.fact_sources.items() if f != self.fact}
            if self.source_id is not None:
                sources[self.fact] = self.source_id
            store_presence(model, dataclasses.replace(
                row, fact_sources={f: sources[f] for f in voc.PRESENCE_FACTS if f in sources}))
            return
        if table == "presence":
            row = presence_row(model, *key)
            if role is None:
                store_presence(model, dataclasses.replace(row, source_id=self.source_id))
                return
            if role not in row.roles:
                raise CommandError(f"The actor holds no role {role!r} in this phase.")
            sources = {r: s for r, s in row.role_sources.items() if r != role}
            if self.source_id is not None:
                sources[role] = self.source_id
            store_presence(model, dataclasses.replace(
                row, role_sources={r: sources[r] for r in row.roles if r in sources}))
            return
        if table == "relation_phases" and key not in model.tables[table]:
            rel = _need(model, "relations", key[0], "relation")
            _need(model, "phases", key[1], "phase")
            set_relation_state(model, rel.id, key[1], model.relation_state(rel, key[1]),
                               self.source_id)
            return
        rec = _need(model, table, key, self.fact.replace("_", " "))
        model.put(table, key, dataclasses.replace(rec, source_id=self.source_id))

    def label(self, model: Model) -> str:
        what = self.fact.replace("_", " ")
        return f"Cite source for {what}" if self.source_id is not None else f"Remove source of {what}"


# -- participants and stated classes ------------------------------------------------------------
@dataclass
class SetParticipantKind(Command):
    """A room participant (votes count) or a reference (levels from a source, shown beside
    the room's median); with the reference's source."""

    name: ClassVar[str] = "Set participant kind"
    participant_id: int = 0
    kind: str = "room"
    source_id: int | None = None

    def apply(self, model: Model) -> None:
        p = _need(model, "participants", self.participant_id, "participant")
        _check_choice(self.kind, voc.PARTICIPANT_KINDS, "participant kind")
        check_source(model, self.source_id)
        model.add(dataclasses.replace(p, kind=self.kind, source_id=self.source_id))

    def label(self, model: Model) -> str:
        return "Make participant a reference" if self.kind == "reference" else "Make participant a voter"

EVIDENCE_COMMANDS: tuple[type[Command], ...] = (
    SetPresenceState, SetPresenceStates, SetInfluence, SetAlignment, SetOrchestrator,
    SetValueEffects, SetRelationState, SetDataOpenness, AddSource, UpdateSource, DeleteSource,
    SetFactSource, SetParticipantKind,
)

__all__ = [c.__name__ for c in EVIDENCE_COMMANDS] + [
    "EVIDENCE_COMMANDS", "FACTS", "SOURCED_TABLES", "check_source", "detach_source",
    "presence_fact_recorded", "presence_row", "set_presence_state", "set_relation_state",
    "store_presence",
]
