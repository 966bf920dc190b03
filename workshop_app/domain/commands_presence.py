"""Presence edits for many actors at once, each one undo step.

Putting twenty actors into four phases one checkbox at a time is sixty clicks while the room
waits. These commands do it in one edit: bring actors into a phase, or carry the previous
phase's cast and roles forward. Neither ever takes an actor out of a phase: a bulk edit that
silently removed someone's roles would be the one a facilitator notices too late.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import ClassVar

from .command_base import Command, CommandError, _need
from .model import ActorId, Model, PhaseId, Presence
from .wording import count


def _previous_phase(model: Model, phase_id: PhaseId) -> PhaseId:
    ordered = [p.id for p in model.phases]
    i = ordered.index(phase_id)
    if i == 0:
        raise CommandError(f"“{model.phase(phase_id).name}” is the first phase: there is no "
                           "previous phase to copy from.")
    return ordered[i - 1]


@dataclass
class BringIntoPhase(Command):
    """Mark actors present in a phase (all actors when ``actor_ids`` is None).

    Actors already present keep their roles; the others join with no role yet.
    """

    name: ClassVar[str] = "Bring actors into phase"
    phase_id: PhaseId = 0
    actor_ids: list[ActorId] | None = None
    _brought: int = field(default=0, repr=False)

    def apply(self, model: Model) -> int:
        _need(model, "phases", self.phase_id, "phase")
        if self.actor_ids is None:
            ids = [a.id for a in model.actors]
        else:
            ids = list(dict.fromkeys(self.actor_ids))
            if not ids:
                raise CommandError("Select the actors to bring into this phase first.")
            for aid in ids:
                _need(model, "actors", aid, "actor")
        brought = 0
        for aid in ids:
            if not model.is_present(aid, self.phase_id):
                # A row saying "absent" (or "not described") gives way to a present one that
                # keeps what it held (note, influence...) but not the source of the old state;
                # undo brings the old row back.
                row = model.presence(aid, self.phase_id)
                model.add(Presence(aid, self.phase_id) if row is None
                          else dataclasses.replace(row, state="present", source_id=None))
                brought += 1
        self._brought = brought
        return brought

    def label(self, model: Model) -> str:
        phase = model.phase(self.phase_id).name if self.phase_id in model.tables["phases"] else "phase"
        return f"Bring {count(self._brought, 'actor')} into {phase}"


@dataclass
class CopyPresenceFromPhase(Command):
    """Make everyone present in ``from_phase_id`` (default: the phase before) present in
    ``phase_id`` with the same roles.

    Actors present in both take the earlier phase's roles; actors present only here stay,
    with their roles. Presence notes are copied for actors who were absent here.
    """

    name: ClassVar[str] = "Copy presence and roles"
    phase_id: PhaseId = 0
    from_phase_id: PhaseId | None = None

    def apply(self, model: Model) -> int:
        _need(model, "phases", self.phase_id, "phase")
        if self.from_phase_id is None:
            self.from_phase_id = _previous_phase(model, self.phase_id)
        source = _need(model, "phases", self.from_phase_id, "phase")
        if self.from_phase_id == self.phase_id:
            raise CommandError("A phase cannot copy presence and roles from itself.")
        cast = [p for p in model.tables["presence"].values()
                if p.phase_id == source.id and model.is_present(p.actor_id, source.id)]
        if not cast:
            raise CommandError(f"Nobody takes part in “{source.name}” yet: there is nothing to copy.")
        changed = 0
        for pres in sorted(cast, key=lambda p: p.actor_id):
            here = model.presence(pres.actor_id, self.phase_id)
            if here is None or not model.is_present(pres.actor_id, self.phase_id):
                model.add(dataclasses.replace(pres, phase_id=self.phase_id))
                changed += 1
            elif here.roles != pres.roles:  # a role's source goes with the role
                model.add(dataclasses.replace(here, roles=pres.roles, role_sources={
                    r: s for r, s in here.role_sources.items() if r in pres.roles}))
                changed += 1
        return changed

    def label(self, model: Model) -> str:
        tables = model.tables["phases"]
        source = tables[self.from_phase_id].name if self.from_phase_id in tables else "previous phase"
        return f"Copy presence and roles from {source}"


PRESENCE_COMMANDS: tuple[type[Command], ...] = (BringIntoPhase, CopyPresenceFromPhase)

__all__ = ["BringIntoPhase", "CopyPresenceFromPhase", "PRESENCE_COMMANDS"]
