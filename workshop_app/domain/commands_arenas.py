"""Edits of the project's structure beyond actors and relations: arenas (forums) and who sits
in them per phase, institutional work per actor and phase (001, Table 1), decision points on
the timeline, and the public value a phase is meant to create.

One class per edit, one undo step each, like ``commands.py``. Deleting an actor, a relation
or a phase removes what hangs on it here in the same step (:func:`detach_structure`).
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
    _check_name,
    _check_text,
    _known_fields,
    _need,
)
from .commands_evidence import check_source
from .evidence import Arena, ArenaMember, DecisionPoint, InstitutionalWork
from .model import Model
from .wording import count


def detach_structure(model: Model, *, actor_id: int | None = None,
                     relation_id: int | None = None, phase_id: int | None = None) -> None:
    """Remove the evidence records that hang on an actor, a relation or a phase being deleted
    (memberships, institutional work, decision points, relation states, stated classes and
    levels)."""
    t = model.tables
    doomed: list[tuple[str, Any]] = []
    if actor_id is not None:
        doomed += [("arena_members", k) for k in t["arena_members"] if k[1] == actor_id]
        doomed += [("institutional_work", k) for k in t["institutional_work"] if k[0] == actor_id]
    if relation_id is not None:
        doomed += [("relation_phases", k) for k in t["relation_phases"] if k[0] == relation_id]
        doomed += [(name, k) for name in ("stated_classes", "stated_levels")
                   for k, s in t[name].items() if s.relation_id == relation_id]
    if phase_id is not None:
        doomed += [("arena_members", k) for k in t["arena_members"] if k[2] == phase_id]
        doomed += [("institutional_work", k) for k in t["institutional_work"] if k[1] == phase_id]
        doomed += [("relation_phases", k) for k in t["relation_phases"] if k[1] == phase_id]
        doomed += [(name, k) for name in ("stated_classes", "stated_levels", "decision_points")
                   for k, rec in t[name].items() if rec.phase_id == phase_id]
    for table, key in dict.fromkeys(doomed):
        model.remove(table, key)


# -- arenas ---------------------------------------------------------------------------------
def _arena_name(name: Any) -> str:
    if not isinstance(name, str) or not name.strip():
        raise CommandError("An arena needs a name.")
    return name.strip()


@dataclass
class AddArena(Command):
    """A forum of the project (steering committee, operations team, project team...)."""

    name: ClassVar[str] = "Add arena"
    arena_name: str = ""
    level: str = "other"
    note: str = ""
    source_id: int | None = None
    arena_id: int | None = None

    def apply(self, model: Model) -> int:
        name = _arena_name(self.arena_name)
        _check_choice(self.level, voc.ARENA_LEVELS, "arena level")
        _check_text({"note": self.note}, ("note",))
        check_source(model, self.source_id)
        if self.arena_id is None:
            self.arena_id = model.next_id("arenas")
        elif self.arena_id in model.tables["arenas"]:
            raise CommandError(f"Arena id {self.arena_id} is already taken.")
        model.add(Arena(self.arena_id, name, self.level, self.note, self.source_id))
        return self.arena_id

    def label(self, model: Model) -> str:
        return f"Add arena “{self.arena_name}”"


@dataclass
class UpdateArena(Command):
    """Rename an arena, or change its level, note or source."""

    name: ClassVar[str] = "Edit arena"
    arena_id: int = 0
    changes: dict[str, Any] = field(default_factory=dict)

    def apply(self, model: Model) -> None:
        arena = _need(model, "arenas", self.arena_id, "arena")
        values = _known_fields(self.changes, {"name", "level", "note", "source_id"}, "Arenas")
        if "name" in values:
            values["name"] = _arena_name(values["name"])
        if "level" in values:
            _check_choice(values["level"], voc.ARENA_LEVELS, "arena level")
        _check_text(values, ("note",))
        if "source_id" in values:
            check_source(model, values["source_id"])
        model.add(dataclasses.replace(arena, **values))

    def label(self, model: Model) -> str:
        return "Rename arena" if set(self.changes) == {"name"} else "Edit arena"


@dataclass
class DeleteArena(Command):
    """Delete an arena with its members and the classes and levels stated for it."""

    name: ClassVar[str] = "Delete arena"
    arena_id: int = 0

    def apply(self, model: Model) -> None:
        _need(model, "arenas", self.arena_id, "arena")
        for key in [k for k in model.tables["arena_members"] if k[0] == self.arena_id]:
            model.remove("arena_members", key)
        for table in ("stated_classes", "stated_levels"):
            for key in [k for k, s in model.tables[table].items() if s.arena_id == self.arena_id]:
                model.remove(table, key)
        model.remove("arenas", self.arena_id)


@dataclass
class SetArenaMembers(Command):
    """Who sits in an arena in one phase: exactly these actors (an empty list empties it)."""

    name: ClassVar[str] = "Set arena members"
    arena_id: int = 0
    phase_id: int = 0
    actor_ids: list[int] = field(default_factory=list)

    def apply(self, model: Model) -> None:
        _need(model, "arenas", self.arena_id, "arena")
        _need(model, "phases", self.phase_id, "phase")
        wanted = list(dict.fromkeys(self.actor_ids))
        for aid in wanted:
            _need(model, "actors", aid, "actor")
        for key in [k for k in model.tables["arena_members"]
                    if k[0] == self.arena_id and k[2] == self.phase_id and k[1] not in wanted]:
            model.remove("arena_members", key)
        for aid in wanted:
            model.add(ArenaMember(self.arena_id, aid, self.phase_id))

    def label(self, model: Model) -> str:
        return f"Arena members ({count(len(set(self.actor_ids)), 'actor')})"


# -- institutional work ---------------------------------------------------------------------
@dataclass
class SetInstitutionalWork(Command):
    """Record (``present=True``) or remove one kind and aim of institutional work an actor
    does in a phase (001, Table 1: political / technical / cultural; creating / maintaining /
    disrupting)."""

    name: ClassVar[str] = "Set institutional work"
    actor_id: int = 0
    phase_id: int = 0
    kind: str = "political"
    aim: str = "creating"
    present: bool = True
    note: str = ""
    source_id: int | None = None

    def apply(self, model: Model) -> None:
        _need(model, "actors", self.actor_id, "actor")
        _need(model, "phases", self.phase_id, "phase")
        _check_choice(self.kind, voc.WORK_KINDS, "kind of institutional work")
        _check_choice(self.aim, voc.WORK_AIMS, "aim of institutional work")
        key = (self.actor_id, self.phase_id, self.kind, self.aim)
        if not self.present:
            if key in model.tables["institutional_work"]:
                model.remove("institutional_work", key)
            return
        _check_text({"note": self.note}, ("note",))
        check_source(model, self.source_id)
        model.add(InstitutionalWork(*key, note=self.note, source_id=self.source_id))

    def label(self, model: Model) -> str:
        verb = "Record" if self.present else "Remove"
        return f"{verb} {self.kind} work ({self.aim})"


# -- decision points --------------------------------------------------------------------------
_DECISION_FIELDS = {"phase_id", "position", "label", "kind", "date", "note", "source_id"}


def _check_decision(model: Model, values: dict[str, Any]) -> None:
    if "phase_id" in values:
        _need(model, "phases", values["phase_id"], "phase")
    if "label" in values:
        values["label"] = _check_name(values["label"], "decision point")
    if "kind" in values:
        _check_choice(values["kind"], voc.DECISION_KINDS, "kind of decision")
    _check_text(values, ("date", "note"))
    if "position" in values and (isinstance(values["position"], bool)
                                 or not isinstance(values["position"], int)):
        raise CommandError(f"A decision point's place is a whole number, not {values['position']!r}.")
    if "source_id" in values:
        check_source(model, values["source_id"])


@dataclass
class AddDecisionPoint(Command):
    """A decision on the timeline of a phase (placed last in the phase unless ``position``)."""

    name: ClassVar[str] = "Add decision point"
    phase_id: int = 0
    decision_label: str = ""
    kind: str = "other"
    date: str = ""
    note: str = ""
    source_id: int | None = None
    position: int | None = None
    decision_id: int | None = None

    def apply(self, model: Model) -> int:
        values: dict[str, Any] = {"phase_id": self.phase_id, "label": self.decision_label,
                                  "kind": self.kind, "date": self.date, "note": self.note,
                                  "source_id": self.source_id}
        _check_decision(model, values)
        if self.position is None:
            here = [d.position for d in model.tables["decision_points"].values()
                    if d.phase_id == self.phase_id]
            self.position = max(here) + 1 if here else 0
        _check_decision(model, {"position": self.position})
        if self.decision_id is None:
            self.decision_id = model.next_id("decision_points")
        elif self.decision_id in model.tables["decision_points"]:
            raise CommandError(f"Decision point id {self.decision_id} is already taken.")
        model.add(DecisionPoint(self.decision_id, position=self.position, **values))
        return self.decision_id

    def label(self, model: Model) -> str:
        return f"Add decision point “{self.decision_label}”"


@dataclass
class UpdateDecisionPoint(Command):
    name: ClassVar[str] = "Edit decision point"
    decision_id: int = 0
    changes: dict[str, Any] = field(default_factory=dict)

    def apply(self, model: Model) -> None:
        point = _need(model, "decision_points", self.decision_id, "decision point")
        values = _known_fields(self.changes, _DECISION_FIELDS, "Decision points")
        _check_decision(model, values)
        model.add(dataclasses.replace(point, **values))


@dataclass
class DeleteDecisionPoint(Command):
    name: ClassVar[str] = "Delete decision point"
    decision_id: int = 0

    def apply(self, model: Model) -> None:
        _need(model, "decision_points", self.decision_id, "decision point")
        model.remove("decision_points", self.decision_id)


# -- public value -----------------------------------------------------------------------------
@dataclass
class SetPhasePublicValue(Command):
    """The public value a phase is meant to create, in the room's words ("" clears it).
    The session's own statement is the ``public_value`` setting (``SetMeta``)."""

    name: ClassVar[str] = "Set public value of phase"
    phase_id: int = 0
    text: str = ""

    def apply(self, model: Model) -> None:
        phase = _need(model, "phases", self.phase_id, "phase")
        _check_text({"public value": self.text}, ("public value",))
        model.add(dataclasses.replace(phase, public_value=self.text))


STRUCTURE_COMMANDS: tuple[type[Command], ...] = (
    AddArena, UpdateArena, DeleteArena, SetArenaMembers, SetInstitutionalWork,
    AddDecisionPoint, UpdateDecisionPoint, DeleteDecisionPoint, SetPhasePublicValue,
)

__all__ = [c.__name__ for c in STRUCTURE_COMMANDS] + ["STRUCTURE_COMMANDS", "detach_structure"]
