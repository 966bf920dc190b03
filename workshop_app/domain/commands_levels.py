"""Edits of what a source states for a whole phase, an arena or a relation, in the papers'
words: a 3C class (several may stand side by side) and a level of one dimension (trust,
commitment, interdependence).

A relation's levels are normally the votes of a reference participant (the "Case record");
a stated level is for what a paper says of many relations at once, e.g. 001 on Turin:
"low shared commitment" in the implementation of the smart city strategy. No vote can hold
that, yet a warning about shared commitment must be able to read it, so it is a record of
its own, scoped like a stated 3C class. One level per dimension and scope: stating it again
replaces it (a source that contradicts itself is a note, not two levels).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from . import vocabulary as voc
from .command_base import Command, CommandError, _check_choice, _check_text, _need
from .commands_evidence import check_source
from .evidence import StatedClass, StatedLevel
from .model import Model


def check_scope(model: Model, phase_id: int, relation_id: int | None, arena_id: int | None,
                what: str = "stated class") -> None:
    """A phase, and at most one of a relation and an arena in it (the scope of a stated class
    or level)."""
    _need(model, "phases", phase_id, "phase")
    if relation_id is not None and arena_id is not None:
        raise CommandError(f"A {what} is for a relation, an arena or the whole phase, "
                           "not for a relation and an arena at once.")
    if relation_id is not None:
        _need(model, "relations", relation_id, "relation")
    if arena_id is not None:
        _need(model, "arenas", arena_id, "arena")


def stated_classes_of(model: Model, phase_id: int, relation_id: int | None = None,
                      arena_id: int | None = None) -> list[StatedClass]:
    """The stated classes of one scope (a relation, an arena, or the phase), oldest first."""
    return sorted((s for s in model.tables["stated_classes"].values()
                   if s.phase_id == phase_id and s.relation_id == relation_id
                   and s.arena_id == arena_id), key=lambda s: s.id)


@dataclass
class SetStatedClass(Command):
    """The 3C class a source states (or the room agrees) for a relation, an arena or the
    whole phase (neither given).

    Setting it again replaces what the scope held (``replace``, the usual edit). A source
    may state more than one class for the same scope: 002 says Antwerp's core partners'
    interaction "resembles elements of coordination ... and collaboration", each with its
    own words, so ``replace=False`` adds a class beside those already stated, each with its
    own source, rather than forcing one word or merging two quotes into one note.
    """

    name: ClassVar[str] = "Set stated class"
    phase_id: int = 0
    three_c: str = "coordination"
    relation_id: int | None = None
    arena_id: int | None = None
    source_id: int | None = None
    note: str = ""
    stated_id: int | None = None
    replace: bool = True

    def apply(self, model: Model) -> int:
        check_scope(model, self.phase_id, self.relation_id, self.arena_id)
        _check_choice(self.three_c, voc.THREE_C, "3C class")
        check_source(model, self.source_id)
        _check_text({"note": self.note}, ("note",))
        old = stated_classes_of(model, self.phase_id, self.relation_id, self.arena_id)
        if not self.replace:
            old = []  # the scope keeps what it holds; this one is added beside
        if self.stated_id is None:
            self.stated_id = old[0].id if old else model.next_id("stated_classes")
        elif self.stated_id in model.tables["stated_classes"] and self.stated_id not in {
                s.id for s in old}:
            raise CommandError(f"Stated class id {self.stated_id} is already taken.")
        for extra in old:
            if extra.id != self.stated_id:
                model.remove("stated_classes", extra.id)
        model.add(StatedClass(self.stated_id, self.phase_id, self.relation_id, self.arena_id,
                              self.three_c, self.source_id, self.note))
        return self.stated_id

    def label(self, model: Model) -> str:
        return f"State class {self.three_c}" if self.replace else f"Also state class {self.three_c}"


@dataclass
class ClearStatedClass(Command):
    """Remove the stated classes of a relation, an arena or the whole phase; with
    ``stated_id``, only that one of them."""

    name: ClassVar[str] = "Clear stated class"
    phase_id: int = 0
    relation_id: int | None = None
    arena_id: int | None = None
    stated_id: int | None = None

    def apply(self, model: Model) -> None:
        check_scope(model, self.phase_id, self.relation_id, self.arena_id)
        found = stated_classes_of(model, self.phase_id, self.relation_id, self.arena_id)
        if self.stated_id is not None:
            found = [s for s in found if s.id == self.stated_id]
            if not found:
                raise CommandError(f"No stated class {self.stated_id} in this scope.")
        for s in found:
            model.remove("stated_classes", s.id)


def stated_levels_of(model: Model, phase_id: int, relation_id: int | None = None,
                     arena_id: int | None = None, dimension: str | None = None) -> list[StatedLevel]:
    """The stated levels of one scope (a relation, an arena, or the phase when both are
    ``None``), optionally of one dimension, in the order of the dimensions."""
    order = {d: i for i, d in enumerate(voc.SCORE_DIMENSIONS)}
    return sorted((s for s in model.tables["stated_levels"].values()
                   if s.phase_id == phase_id and s.relation_id == relation_id
                   and s.arena_id == arena_id and (dimension is None or s.dimension == dimension)),
                  key=lambda s: (order.get(s.dimension, len(order)), s.id))


@dataclass
class SetStatedLevel(Command):
    """The level (low, medium, high) a source states for one dimension of a relation, an
    arena or the whole phase (neither given); setting it again replaces it."""

    name: ClassVar[str] = "Set stated level"
    phase_id: int = 0
    dimension: str = "commitment"
    level: str = "low"
    relation_id: int | None = None
    arena_id: int | None = None
    source_id: int | None = None
    note: str = ""
    stated_id: int | None = None

    def apply(self, model: Model) -> int:
        check_scope(model, self.phase_id, self.relation_id, self.arena_id, "stated level")
        if self.dimension not in voc.SCORE_DIMENSIONS:
            raise CommandError(f"Unknown dimension {self.dimension!r}; choose one of: "
                               f"{', '.join(voc.SCORE_DIMENSIONS)}.")
        _check_choice(self.level, voc.LEVEL_WORDS, "level")
        check_source(model, self.source_id)
        _check_text({"note": self.note}, ("note",))
        old = stated_levels_of(model, self.phase_id, self.relation_id, self.arena_id,
                               self.dimension)
        if self.stated_id is None:
            self.stated_id = old[0].id if old else model.next_id("stated_levels")
        elif self.stated_id in model.tables["stated_levels"] and self.stated_id not in {
                s.id for s in old}:
            raise CommandError(f"Stated level id {self.stated_id} is already taken.")
        for extra in old:
            if extra.id != self.stated_id:
                model.remove("stated_levels", extra.id)
        model.add(StatedLevel(self.stated_id, self.phase_id, self.dimension, self.level,
                              self.relation_id, self.arena_id, self.source_id, self.note))
        return self.stated_id

    def label(self, model: Model) -> str:
        return f"State {self.level} {self.dimension}"


@dataclass
class ClearStatedLevel(Command):
    """Remove the stated levels of a relation, an arena or the whole phase (with
    ``dimension``, only that dimension's)."""

    name: ClassVar[str] = "Clear stated level"
    phase_id: int = 0
    relation_id: int | None = None
    arena_id: int | None = None
    dimension: str | None = None

    def apply(self, model: Model) -> None:
        check_scope(model, self.phase_id, self.relation_id, self.arena_id, "stated level")
        if self.dimension is not None and self.dimension not in voc.SCORE_DIMENSIONS:
            raise CommandError(f"Unknown dimension {self.dimension!r}; choose one of: "
                               f"{', '.join(voc.SCORE_DIMENSIONS)}.")
        for s in stated_levels_of(model, self.phase_id, self.relation_id, self.arena_id,
                                  self.dimension):
            model.remove("stated_levels", s.id)


LEVEL_COMMANDS: tuple[type[Command], ...] = (SetStatedClass, ClearStatedClass, SetStatedLevel, ClearStatedLevel)

__all__ = ["ClearStatedClass", "ClearStatedLevel", "LEVEL_COMMANDS", "SetStatedClass", "SetStatedLevel",
           "check_scope", "stated_classes_of", "stated_levels_of"]
