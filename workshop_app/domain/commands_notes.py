"""Edits of the facilitator's notes, quotes and ticked-off prompts.

Kept beside ``commands.py`` because notes are a record of the conversation, not of the map:
deleting an actor or phase detaches its notes instead of erasing what was said in the room.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any, ClassVar

from .command_base import Command, CommandError, _check_text, _known_fields, _need, _now
from .model import Model, Note, NoteId, PhaseId, PromptCheck

NOTE_KINDS = {"note": "Note", "quote": "Quote"}
_REFS = {"phase_id": ("phases", "phase"), "actor_id": ("actors", "actor"),
         "relation_id": ("relations", "relation"), "participant_id": ("participants", "participant")}


def _check_refs(model: Model, values: dict[str, Any]) -> None:
    for name, (table, what) in _REFS.items():
        if values.get(name) is not None:
            _need(model, table, values[name], what)


def _check_note_text(text: Any) -> str:
    if not isinstance(text, str) or not text.strip():
        raise CommandError("A note needs some text.")
    return text.strip()


def detach_notes(model: Model, ref: str, value: int) -> None:
    """Keep notes that point at a deleted thing, but let go of the reference."""
    for note in [n for n in model.tables["notes"].values() if getattr(n, ref) == value]:
        model.add(dataclasses.replace(note, **{ref: None}))
    if ref == "phase_id":
        for key in [k for k in model.tables["prompt_checks"] if k[0] == value]:
            model.remove("prompt_checks", key)


@dataclass
class AddNote(Command):
    """Write a note for a phase, or a quote attached to an actor or relation."""

    name: ClassVar[str] = "Add note"
    text: str = ""
    kind: str = "note"
    phase_id: PhaseId | None = None
    actor_id: int | None = None
    relation_id: int | None = None
    participant_id: int | None = None
    time: str = ""
    note_id: NoteId | None = None

    def apply(self, model: Model) -> NoteId:
        text = _check_note_text(self.text)
        if self.kind not in NOTE_KINDS:
            raise CommandError(f"Unknown note kind {self.kind!r}; choose note or quote.")
        _check_refs(model, dataclasses.asdict(self))
        if self.note_id is None:
            self.note_id = model.next_id("notes")
        elif self.note_id in model.tables["notes"]:
            raise CommandError(f"Note id {self.note_id} is already taken.")
        self.time = self.time or _now()  # fixed on first run so redo keeps the same time
        model.add(Note(self.note_id, text, self.kind, self.phase_id, self.actor_id,
                       self.relation_id, self.participant_id, self.time))
        return self.note_id

    def label(self, model: Model) -> str:
        return "Add quote" if self.kind == "quote" else "Add note"


@dataclass
class UpdateNote(Command):
    name: ClassVar[str] = "Edit note"
    note_id: NoteId = 0
    changes: dict[str, Any] = field(default_factory=dict)

    def apply(self, model: Model) -> None:
        note = _need(model, "notes", self.note_id, "note")
        values = _known_fields(self.changes, {"text", "kind", *_REFS}, "Notes")
        _check_text(values, ("text", "kind"))
        if "text" in values:
            values["text"] = _check_note_text(values["text"])
        if values.get("kind", note.kind) not in NOTE_KINDS:
            raise CommandError(f"Unknown note kind {values['kind']!r}; choose note or quote.")
        _check_refs(model, values)
        model.add(dataclasses.replace(note, **values))


@dataclass
class DeleteNote(Command):
    name: ClassVar[str] = "Delete note"
    note_id: NoteId = 0

    def apply(self, model: Model) -> None:
        _need(model, "notes", self.note_id, "note")
        model.remove("notes", self.note_id)


@dataclass
class SetPromptCheck(Command):
    """Tick a facilitation prompt off for a phase, and/or keep a note on it."""

    name: ClassVar[str] = "Tick prompt"
    phase_id: PhaseId = 0
    prompt_id: str = ""
    done: bool = True
    note: str = ""
    time: str = ""

    def apply(self, model: Model) -> None:
        _need(model, "phases", self.phase_id, "phase")
        if not isinstance(self.prompt_id, str) or not self.prompt_id.strip():
            raise CommandError("A prompt check needs the prompt's id.")
        _check_text({"note": self.note}, ("note",))
        key = (self.phase_id, self.prompt_id)
        if not self.done and not self.note.strip():
            if key in model.tables["prompt_checks"]:
                model.remove("prompt_checks", key)
            return
        self.time = self.time or _now()
        model.add(PromptCheck(self.phase_id, self.prompt_id, bool(self.done), self.note, self.time))

    def label(self, model: Model) -> str:
        return "Tick prompt" if self.done else "Untick prompt"


NOTE_COMMANDS: tuple[type[Command], ...] = (AddNote, UpdateNote, DeleteNote, SetPromptCheck)
