"""One class per user edit.

A command checks its input, then changes the model only through ``Model.put``. It never
computes its own inverse: the recorded before/after pairs are the undo information, so every
command is undoable by construction and undo cannot drift from do.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, ClassVar

from . import vocabulary as voc
from .wording import count
from .command_base import (
    Command,
    CommandError,
    _check_choice,
    _check_name,
    _check_text,
    _json_value,
    _known_fields,
    _need,
    _now,
)
from .commands_arenas import (  # noqa: F401 - structure edits are part of the commands API
    STRUCTURE_COMMANDS, detach_structure,
)
from .commands_evidence import (  # noqa: F401 - evidence edits are part of the commands API
    EVIDENCE_COMMANDS, SetRelationState, presence_row, set_presence_state, set_relation_state,
)
from .commands_levels import LEVEL_COMMANDS  # noqa: F401 - stated levels are commands too
from .commands_notes import (  # noqa: F401 - note edits are part of the commands API
    NOTE_COMMANDS, AddNote, DeleteNote, SetPromptCheck, UpdateNote, detach_notes,
)
from .commands_presence import (  # noqa: F401 - bulk presence edits are part of the commands API
    PRESENCE_COMMANDS, BringIntoPhase, CopyPresenceFromPhase,
)
from .model import (  # noqa: F401 - Model is part of this module's API for commands
    Actor,
    ActorId,
    Meta,
    Model,
    Participant,
    ParticipantId,
    Phase,
    PhaseId,
    PhasePosition,
    Presence,
    Relation,
    RelationId,
    Score,
)


# -- actors -------------------------------------------------------------------------------
@dataclass
class AddActor(Command):
    name: ClassVar[str] = "Add actor"
    actor_name: str = ""
    type: str = "government"
    scale: str = "city"
    abilities: tuple[str, ...] = ()
    note: str = ""
    legal_status: str = ""
    x: float = 0.0
    y: float = 0.0
    present_in: tuple[PhaseId, ...] = ()
    actor_id: ActorId | None = None

    def apply(self, model: Model) -> ActorId:
        name = _check_name(self.actor_name, "actor")
        _check_choice(self.type, voc.ACTOR_TYPES, "actor type")
        _check_choice(self.scale, voc.SCALES, "scale")
        for ab in self.abilities:
            _check_choice(ab, voc.ABILITIES, "ability")
        if self.actor_id is None:
            self.actor_id = model.next_id("actors")
        elif self.actor_id in model.tables["actors"]:
            raise CommandError(f"Actor id {self.actor_id} is already taken.")
        model.add(
            Actor(
                id=self.actor_id,
                name=name,
                type=self.type,
                scale=self.scale,
                abilities=tuple(self.abilities),
                legal_status=self.legal_status,
                note=self.note,
                x=float(self.x),
                y=float(self.y),
            )
        )
        for pid in self.present_in:
            _need(model, "phases", pid, "phase")
            model.add(Presence(self.actor_id, pid))
        return self.actor_id

    def label(self, model: Model) -> str:
        return f"Add actor “{self.actor_name}”"


_ACTOR_FIELDS = {"name", "type", "scale", "abilities", "legal_status", "note", "pinned",
                 "alt_name", "original_id"}


@dataclass
class UpdateActor(Command):
    name: ClassVar[str] = "Edit actor"
    actor_id: ActorId = 0
    changes: dict[str, Any] = field(default_factory=dict)

    def apply(self, model: Model) -> None:
        actor = _need(model, "actors", self.actor_id, "actor")
        values = _known_fields(self.changes, _ACTOR_FIELDS, "Actors")
        _check_text(values, ("legal_status", "note", "alt_name", "original_id"))
        if "name" in values:
            values["name"] = _check_name(values["name"], "actor")
        if "type" in values:
            _check_choice(values["type"], voc.ACTOR_TYPES, "actor type")
        if "scale" in values:
            _check_choice(values["scale"], voc.SCALES, "scale")
        if "abilities" in values:
            for ab in values["abilities"]:
                _check_choice(ab, voc.ABILITIES, "ability")
            values["abilities"] = tuple(values["abilities"])
        model.add(dataclasses.replace(actor, **values))

    def label(self, model: Model) -> str:
        fields = ", ".join(sorted(self.changes)) or "nothing"
        return f"Edit actor ({fields})"


@dataclass
class MoveActors(Command):
    """A finished drag of one or more actors; per-phase when ``phase_id`` is given."""

    name: ClassVar[str] = "Move"
    moves: list[tuple[ActorId, float, float]] = field(default_factory=list)
    phase_id: PhaseId | None = None

    def apply(self, model: Model) -> None:
        for actor_id, x, y in self.moves:
            actor = _need(model, "actors", actor_id, "actor")
            if self.phase_id is None:
                model.add(dataclasses.replace(actor, x=float(x), y=float(y)))
            else:
                _need(model, "phases", self.phase_id, "phase")
                model.add(PhasePosition(actor_id, self.phase_id, float(x), float(y)))

    def label(self, model: Model) -> str:
        n = len(self.moves)
        return "Move actor" if n == 1 else f"Move {n} actors"


@dataclass
class ResetPhasePosition(Command):
    """Drop per-phase position overrides so the actors return to their shared place."""

    name: ClassVar[str] = "Reset position"
    actor_ids: list[ActorId] = field(default_factory=list)
    phase_id: PhaseId = 0

    def apply(self, model: Model) -> None:
        _need(model, "phases", self.phase_id, "phase")
        for aid in self.actor_ids:
            _need(model, "actors", aid, "actor")
            if (aid, self.phase_id) in model.tables["positions"]:
                model.remove("positions", (aid, self.phase_id))


@dataclass
class DeleteActor(Command):
    name: ClassVar[str] = "Delete actor"
    actor_id: ActorId = 0

    def apply(self, model: Model) -> None:
        _need(model, "actors", self.actor_id, "actor")
        for rel in model.relations_of(self.actor_id):
            _delete_relation(model, rel.id)
        for key in [k for k in model.tables["presence"] if k[0] == self.actor_id]:
            model.remove("presence", key)
        for key in [k for k in model.tables["positions"] if k[0] == self.actor_id]:
            model.remove("positions", key)
        for p in model.participants:
            if p.actor_id == self.actor_id:
                model.add(dataclasses.replace(p, actor_id=None))
        detach_notes(model, "actor_id", self.actor_id)
        detach_structure(model, actor_id=self.actor_id)
        model.remove("actors", self.actor_id)

    def label(self, model: Model) -> str:
        return "Delete actor"


# -- relations ----------------------------------------------------------------------------
@dataclass
class AddRelation(Command):
    """A new relation. ``active_in`` names the phases the relation is said to be active in:
    needed where a session's relations default to "not described" (case and imported
    sessions), where a relation the room draws would otherwise be described nowhere; in a
    session made in the app a relation is active wherever both ends take part anyway."""

    name: ClassVar[str] = "Add relation"
    source: ActorId = 0
    target: ActorId = 0
    kind: str = "information"
    directed: bool = True
    note: str = ""
    attrs: dict[str, Any] = field(default_factory=dict)
    relation_id: RelationId | None = None
    active_in: tuple[PhaseId, ...] = ()

    def apply(self, model: Model) -> RelationId:
        _need(model, "actors", self.source, "actor")
        _need(model, "actors", self.target, "actor")
        if self.source == self.target:
            raise CommandError("A relation needs two different actors.")
        _check_choice(self.kind, voc.RELATION_KINDS, "relation kind")
        directed = bool(self.directed) or self.kind in voc.ALWAYS_DIRECTED_KINDS
        if self.relation_id is None:
            self.relation_id = model.next_id("relations")
        elif self.relation_id in model.tables["relations"]:
            raise CommandError(f"Relation id {self.relation_id} is already taken.")
        model.add(
            Relation(
                self.relation_id,
                self.source,
                self.target,
                self.kind,
                directed,
                self.note,
                _json_value(dict(self.attrs), "relation's attributes"),
            )
        )
        for phase_id in dict.fromkeys(self.active_in):
            set_relation_state(model, self.relation_id, phase_id, "active", None)
        return self.relation_id


_RELATION_FIELDS = {"kind", "directed", "note", "attrs", "source", "target", "original_id"}


@dataclass
class UpdateRelation(Command):
    name: ClassVar[str] = "Edit relation"
    relation_id: RelationId = 0
    changes: dict[str, Any] = field(default_factory=dict)

    def apply(self, model: Model) -> None:
        rel = _need(model, "relations", self.relation_id, "relation")
        values = _known_fields(self.changes, _RELATION_FIELDS, "Relations")
        _check_text(values, ("note", "original_id"))
        if "kind" in values:
            _check_choice(values["kind"], voc.RELATION_KINDS, "relation kind")
        if "attrs" in values:
            values["attrs"] = _json_value(dict(values["attrs"]), "relation's attributes")
        new = dataclasses.replace(rel, **values)
        if new.kind in voc.ALWAYS_DIRECTED_KINDS and not new.directed:
            raise CommandError(f"A {new.kind} relation is always directed.")
        if new.source == new.target:
            raise CommandError("A relation needs two different actors.")
        _need(model, "actors", new.source, "actor")
        _need(model, "actors", new.target, "actor")
        model.add(new)

    def label(self, model: Model) -> str:
        return f"Edit relation ({', '.join(sorted(self.changes)) or 'nothing'})"


def _delete_relation(model: Model, relation_id: RelationId) -> None:
    for key in [k for k in model.tables["scores"] if k[0] == relation_id]:
        model.remove("scores", key)
    detach_structure(model, relation_id=relation_id)
    detach_notes(model, "relation_id", relation_id)
    model.remove("relations", relation_id)


@dataclass
class DeleteRelation(Command):
    name: ClassVar[str] = "Delete relation"
    relation_id: RelationId = 0

    def apply(self, model: Model) -> None:
        _need(model, "relations", self.relation_id, "relation")
        _delete_relation(model, self.relation_id)


# -- phases -------------------------------------------------------------------------------
def _renumber(model: Model, ordered: list[Phase]) -> None:
    for i, ph in enumerate(ordered):
        if ph.position != i:
            model.add(dataclasses.replace(ph, position=i))


@dataclass
class AddPhase(Command):
    name: ClassVar[str] = "Add phase"
    phase_name: str = ""
    key: str = ""
    index: int | None = None
    note: str = ""
    phase_id: PhaseId | None = None

    def apply(self, model: Model) -> PhaseId:
        name = _check_name(self.phase_name, "phase")
        ordered = model.phases
        if self.phase_id is None:
            self.phase_id = model.next_id("phases")
        elif self.phase_id in model.tables["phases"]:
            raise CommandError(f"Phase id {self.phase_id} is already taken.")
        index = len(ordered) if self.index is None else max(0, min(self.index, len(ordered)))
        phase = Phase(self.phase_id, name, self.key.strip(), index, self.note)
        model.add(phase)
        ordered.insert(index, phase)
        _renumber(model, ordered)
        return self.phase_id

    def label(self, model: Model) -> str:
        return f"Add phase “{self.phase_name}”"


@dataclass
class UpdatePhase(Command):
    name: ClassVar[str] = "Edit phase"
    phase_id: PhaseId = 0
    changes: dict[str, Any] = field(default_factory=dict)

    def apply(self, model: Model) -> None:
        ph = _need(model, "phases", self.phase_id, "phase")
        values = _known_fields(self.changes, {"name", "key", "note"}, "Phases")
        _check_text(values, ("key", "note"))
        if "key" in values:
            values["key"] = values["key"].strip()
        if "name" in values:
            values["name"] = _check_name(values["name"], "phase")
        model.add(dataclasses.replace(ph, **values))

    def label(self, model: Model) -> str:
        return "Rename phase" if set(self.changes) == {"name"} else "Edit phase"


@dataclass
class MovePhase(Command):
    name: ClassVar[str] = "Reorder phases"
    phase_id: PhaseId = 0
    index: int = 0

    def apply(self, model: Model) -> None:
        ph = _need(model, "phases", self.phase_id, "phase")
        ordered = [p for p in model.phases if p.id != ph.id]
        ordered.insert(max(0, min(self.index, len(ordered))), ph)
        _renumber(model, ordered)


@dataclass
class DeletePhase(Command):
    name: ClassVar[str] = "Delete phase"
    phase_id: PhaseId = 0

    def apply(self, model: Model) -> None:
        _need(model, "phases", self.phase_id, "phase")
        if len(model.tables["phases"]) == 1:
            raise CommandError("A session needs at least one phase.")
        for table in ("presence", "positions"):
            for key in [k for k in model.tables[table] if k[1] == self.phase_id]:
                model.remove(table, key)
        for key in [k for k in model.tables["scores"] if k[1] == self.phase_id]:
            model.remove("scores", key)
        detach_structure(model, phase_id=self.phase_id)
        detach_notes(model, "phase_id", self.phase_id)
        model.remove("phases", self.phase_id)
        _renumber(model, model.phases)


# -- presence and roles -------------------------------------------------------------------
@dataclass
class SetPresence(Command):
    """Say whether an actor takes part in a phase and, if so, with which roles."""

    name: ClassVar[str] = "Set presence"
    actor_id: ActorId = 0
    phase_id: PhaseId = 0
    present: bool = True
    roles: tuple[str, ...] | None = None
    note: str | None = None

    def apply(self, model: Model) -> None:
        if not self.present:
            set_presence_state(model, self.actor_id, self.phase_id, "absent", None)
            return
        old = presence_row(model, self.actor_id, self.phase_id)
        roles = old.roles if self.roles is None else tuple(self.roles or ())
        cleaned: list[str] = []
        for r in roles:
            role = voc.normalise_role(r)
            if role and role not in cleaned:
                cleaned.append(role)
        note = old.note if self.note is None else (self.note or "")
        changes: dict[str, Any] = {"state": "present", "roles": tuple(cleaned), "note": note,
                                   "role_sources": {r: s for r, s in old.role_sources.items()
                                                    if r in cleaned}}
        if old.state != "present":  # a source of the old state does not support this one
            changes["source_id"] = None
        model.add(dataclasses.replace(old, **changes))

    def label(self, model: Model) -> str:
        if not self.present:
            return "Mark actor absent"
        return "Set roles" if self.roles is not None else "Mark actor present"


# -- scores and participants --------------------------------------------------------------
@dataclass
class SetScore(Command):
    """One participant's vote on a relation in a phase; ``None`` in ``values`` clears.

    ``values`` may also hold ``interdependence_back`` (how much the target needs the source,
    for interdependence recorded as asymmetric).
    """

    name: ClassVar[str] = "Score relation"
    relation_id: RelationId = 0
    phase_id: PhaseId = 0
    participant_id: ParticipantId = 0
    values: dict[str, int | None] = field(default_factory=dict)
    time: str = ""

    def apply(self, model: Model) -> None:
        rel = _need(model, "relations", self.relation_id, "relation")
        _need(model, "phases", self.phase_id, "phase")
        _need(model, "participants", self.participant_id, "participant")
        if not model.relation_active(rel, self.phase_id):
            raise CommandError("This relation is not part of the phase, so it cannot be scored.")
        for dim, v in self.values.items():
            if dim not in voc.SCORE_DIMENSIONS and dim != "interdependence_back":
                raise CommandError(f"Unknown score dimension {dim!r}.")
            if v is not None and (
                isinstance(v, bool) or not isinstance(v, int) or not voc.SCORE_MIN <= v <= voc.SCORE_MAX
            ):
                raise CommandError(
                    f"A {dim} score must be a whole number from {voc.SCORE_MIN} to "
                    f"{voc.SCORE_MAX}, not {v!r}."
                )
        key = (self.relation_id, self.phase_id, self.participant_id)
        old = model.tables["scores"].get(key) or Score(*key)
        if not self.time:
            self.time = _now()
        new = dataclasses.replace(old, time=self.time, **self.values)
        if new.is_empty:
            if key in model.tables["scores"]:
                model.remove("scores", key)
        else:
            model.add(new)

    def label(self, model: Model) -> str:
        dims = ", ".join(f"{k} {'–' if v is None else v}" for k, v in self.values.items())
        return f"Score ({dims})"


@dataclass
class AddParticipant(Command):
    name: ClassVar[str] = "Add participant"
    participant_name: str = ""
    organisation: str = ""
    actor_id: ActorId | None = None
    participant_id: ParticipantId | None = None

    def apply(self, model: Model) -> ParticipantId:
        name = _check_name(self.participant_name, "participant")
        if any(p.name == name for p in model.participants):
            raise CommandError(f"There is already a participant called {name!r}.")
        if self.actor_id is not None:
            _need(model, "actors", self.actor_id, "actor")
        if self.participant_id is None:
            self.participant_id = model.next_id("participants")
        elif self.participant_id in model.tables["participants"]:
            raise CommandError(f"Participant id {self.participant_id} is already taken.")
        model.add(Participant(self.participant_id, name, self.organisation, self.actor_id))
        return self.participant_id


@dataclass
class UpdateParticipant(Command):
    name: ClassVar[str] = "Edit participant"
    participant_id: ParticipantId = 0
    changes: dict[str, Any] = field(default_factory=dict)

    def apply(self, model: Model) -> None:
        p = _need(model, "participants", self.participant_id, "participant")
        values = _known_fields(self.changes, {"name", "organisation", "actor_id", "group_name"},
                              "Participants")
        _check_text(values, ("organisation", "group_name"))
        if "name" in values:
            values["name"] = _check_name(values["name"], "participant")
            if any(o.name == values["name"] and o.id != p.id for o in model.participants):
                raise CommandError(f"There is already a participant called {values['name']!r}.")
        if values.get("actor_id") is not None:
            _need(model, "actors", values["actor_id"], "actor")
        model.add(dataclasses.replace(p, **values))


@dataclass
class DeleteParticipant(Command):
    name: ClassVar[str] = "Delete participant"
    participant_id: ParticipantId = 0

    def apply(self, model: Model) -> None:
        _need(model, "participants", self.participant_id, "participant")
        for key in [k for k in model.tables["scores"] if k[2] == self.participant_id]:
            model.remove("scores", key)
        detach_notes(model, "participant_id", self.participant_id)
        model.remove("participants", self.participant_id)


@dataclass
class SetMeta(Command):
    name: ClassVar[str] = "Edit session details"
    key: str = ""
    value: Any = None

    def apply(self, model: Model) -> None:
        if not self.key:
            raise CommandError("A session setting needs a name.")
        if self.key in voc.META_CHOICES and self.value is not None:
            _check_choice(self.value, dict.fromkeys(voc.META_CHOICES[self.key], ""),
                          f"value of {self.key!r}")
        if self.key in voc.META_FLAGS and not isinstance(self.value, (bool, type(None))):
            raise CommandError(f"The setting {self.key!r} is true or false, not {self.value!r}.")
        if self.value is None:
            if self.key in model.tables["meta"]:
                model.remove("meta", self.key)
        else:
            model.add(Meta(self.key, _json_value(self.value, f"setting {self.key!r}")))


@dataclass
class Batch(Command):
    """Several commands as one undo step (e.g. deleting a selection)."""

    name: ClassVar[str] = "Batch"
    commands: list[Command] = field(default_factory=list)
    text: str = ""

    def apply(self, model: Model) -> list[Any]:
        return [c.apply(model) for c in self.commands]

    def label(self, model: Model) -> str:
        return self.text or count(len(self.commands), "edit")

    def payload(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "commands": [{"command": type(c).__name__, **c.payload()} for c in self.commands],
        }


COMMANDS: dict[str, type[Command]] = {
    cls.__name__: cls
    for cls in (
        AddActor,
        UpdateActor,
        MoveActors,
        ResetPhasePosition,
        DeleteActor,
        AddRelation,
        UpdateRelation,
        DeleteRelation,
        AddPhase,
        UpdatePhase,
        MovePhase,
        DeletePhase,
        SetPresence,
        SetScore,
        AddParticipant,
        UpdateParticipant,
        DeleteParticipant,
        SetMeta,
        Batch,
        *NOTE_COMMANDS,
        *PRESENCE_COMMANDS,
        *EVIDENCE_COMMANDS,
        *LEVEL_COMMANDS,
        *STRUCTURE_COMMANDS,
    )
}
