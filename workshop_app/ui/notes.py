"""The notes dock: what was said in the room, per phase, with the time it was said.

The facilitator types a line and presses Enter; a quote can name who said it and be attached
to the selected actor or relation. Notes are session records (``AddNote`` and friends), so
they are saved at once, undoable, and go into every export beside the map they explain.
"""

from __future__ import annotations

from datetime import datetime
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..domain.commands_notes import AddNote, DeleteNote, UpdateNote
from ..domain.model import Note
from .context import FeatureBase, WindowContext
from .i18n import tr
from .names import middle
from .text import literal, mnemonic_safe, plain


def clock(time: str) -> str:
    """"14:32" in the computer's local time, from a stored UTC timestamp ("" if unreadable)."""
    try:
        return datetime.fromisoformat(time).astimezone().strftime("%H:%M")
    except (TypeError, ValueError):
        return ""


class NotesDock(QDockWidget):
    """Notes and quotes of the current phase, oldest first; a line editor to add more."""

    def __init__(self, notes: "Notes") -> None:
        super().__init__(tr("Notes"), notes.ctx.parent)
        self.setObjectName("NotesDock")
        self.notes = notes
        body = QWidget()
        self.heading = plain(QLabel())  # names the phase as typed
        self.heading.setStyleSheet("font-weight: 700;")
        self.heading.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Notes for this phase"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.list.customContextMenuRequested.connect(self._context_menu)
        self.list.itemDoubleClicked.connect(lambda item: notes.edit_dialog(self.note_id(item)))
        self.empty = QLabel(tr("No notes for this phase yet."))
        self.empty.setStyleSheet("color: #666;")
        self.quote_from = QComboBox()
        self.quote_from.setToolTip(tr("Pick who said it to keep the words as a quote"))
        self.attach = QCheckBox(tr("Attach to selection"))
        self.attach.setToolTip(tr("Link the note to the selected actor or relation"))
        self.attach.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.editor = QLineEdit()
        self.editor.setPlaceholderText(tr("Type a note and press Enter   (Ctrl+M comes here)"))
        self.editor.setAccessibleName(tr("New note"))
        self.editor.setAccessibleDescription(tr("Type a note and press Enter; Ctrl+M comes here from anywhere"))
        self.editor.returnPressed.connect(lambda: notes.add_from_editor())
        who = QHBoxLayout()
        who.addWidget(QLabel(tr("Quote from")))
        who.addWidget(self.quote_from, 1)
        layout = QVBoxLayout(body)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addLayout(who)
        layout.addWidget(self.attach)
        layout.addWidget(self.editor)
        self.setWidget(body)

    @staticmethod
    def note_id(item: QListWidgetItem) -> int:
        return int(item.data(Qt.ItemDataRole.UserRole))

    def _context_menu(self, pos: QPoint) -> None:
        item = self.list.itemAt(pos)
        if item is None:
            return
        nid = self.note_id(item)
        menu = QMenu(self)
        menu.addAction(tr("Edit…"), lambda: self.notes.edit_dialog(nid))
        menu.addAction(tr("Delete"), lambda: self.notes.delete_note(nid))
        note = self.notes.ctx.session.model.tables["notes"].get(nid)
        if note is not None and (note.actor_id is not None or note.relation_id is not None):
            menu.addAction(tr("Show what it is about"), lambda: self.notes.show_subject(nid))
        menu.exec(self.list.viewport().mapToGlobal(pos))


class Notes(FeatureBase):
    """The feature: the dock, Ctrl+M, and the note edits (all through commands)."""

    name = "notes"

    def attach(self, ctx: WindowContext) -> None:
        super().attach(ctx)
        self.dock = NotesDock(self)
        properties = ctx.dock("PropertiesDock")
        ctx.add_dock(self.dock, below=properties, shown=True)
        if properties is not None:
            ctx.resize_docks([properties, self.dock], [640, 230], Qt.Orientation.Vertical)
        ctx.add_separator("edit")
        self.action = ctx.declare("write_note", tr("Write a note"), self.focus_editor, "Ctrl+M", menu="edit",
                                  tip=tr("Type a timestamped note (or a quote) for this phase"))
        events = ctx.model_events
        for signal in (events.notesChanged, events.participantsChanged, events.actorsChanged,
                       events.relationsChanged, events.phasesChanged, events.reset,
                       ctx.signals.sessionChanged):
            ctx.connect(signal, self.refresh)
        # Another phase shows its notes; who can be quoted stays the same (a facilitator
        # pages through the phases while the room talks, so a switch does only this).
        ctx.connect(ctx.signals.phaseChanged, self.refresh_notes)
        ctx.connect(ctx.signals.selectionChanged, self._update_attach)
        self.refresh()

    # -- showing --------------------------------------------------------------------------
    def phase_notes(self) -> list[Note]:
        pid = self.ctx.phase_id
        return [n for n in self.ctx.session.model.notes if n.phase_id == pid]

    def describe(self, note: Note) -> str:
        """One line of the list: time, words, who said it, what it is about."""
        model = self.ctx.session.model
        text = tr("“{quote}”").format(quote=note.text) if note.kind == "quote" else note.text
        who = model.tables["participants"].get(note.participant_id) if note.participant_id is not None else None
        if who is not None:
            text = f"{text} — {who.name}"
        about = self.subject_name(note)
        if about:
            text = tr("{note}  · on {subject}").format(note=text, subject=about)
        return f"{clock(note.time)}  {text}".strip()

    def subject_name(self, note: Note) -> str:
        model = self.ctx.session.model
        if note.actor_id is not None and note.actor_id in model.tables["actors"]:
            return model.actor(note.actor_id).name
        if note.relation_id is not None and note.relation_id in model.tables["relations"]:
            rel = model.relation(note.relation_id)
            return f"{model.actor(rel.source).name} → {model.actor(rel.target).name}"
        return ""

    def refresh(self, *_args: object) -> None:
        self.refresh_notes()
        model = self.ctx.session.model
        dock = self.dock
        chosen = dock.quote_from.currentData()
        dock.quote_from.blockSignals(True)
        dock.quote_from.clear()
        dock.quote_from.addItem(tr("— nobody (a note)"), None)
        for p in model.participants:
            dock.quote_from.addItem(p.name, p.id)
        dock.quote_from.setCurrentIndex(max(0, dock.quote_from.findData(chosen)) if chosen is not None else 0)
        dock.quote_from.blockSignals(False)
        self._update_attach()

    def refresh_notes(self, *_args: object) -> None:
        """The heading and the notes of the phase shown."""
        model = self.ctx.session.model
        dock = self.dock
        pid = self.ctx.phase_id
        phase = model.phase(pid).name if pid in model.tables["phases"] else "?"
        dock.heading.setText(tr("Notes for “{phase}”").format(phase=phase))
        dock.list.clear()
        for note in self.phase_notes():
            item = QListWidgetItem(self.describe(note))
            item.setData(Qt.ItemDataRole.UserRole, note.id)
            written = tr("Quote written {time} (UTC)") if note.kind == "quote" else tr("Note written {time} (UTC)")
            item.setToolTip(written.format(time=note.time.replace("T", " ")))
            dock.list.addItem(item)
        dock.list.scrollToBottom()
        dock.empty.setVisible(dock.list.count() == 0)

    def selection_subject(self) -> tuple[int | None, int | None]:
        """(actor id, relation id) of the single selected item, else (None, None)."""
        scene = self.ctx.scene
        actors, relations = scene.selected_actor_ids(), scene.selected_relation_ids()
        if len(actors) == 1 and not relations:
            return actors[0], None
        if len(relations) == 1 and not actors:
            return None, relations[0]
        return None, None

    def _update_attach(self) -> None:
        actor_id, relation_id = self.selection_subject()
        box = self.dock.attach
        if actor_id is None and relation_id is None:
            box.setEnabled(False)
            box.setText(tr("Attach to selection (select one actor or relation)"))
            box.setToolTip(tr("Link the note to the selected actor or relation"))  # not the last one's name
            return
        model = self.ctx.session.model
        name = model.actor(actor_id).name if actor_id is not None else self.subject_name(
            Note(0, "", relation_id=relation_id))
        box.setEnabled(True)
        if actor_id is not None:
            shown = middle(name, 42)
        else:  # both ends keep their start and end: "City of Riv…East → Open Da…tute"
            rel = model.relation(relation_id)
            source = middle(model.actor(rel.source).name, 30)
            shown = f"{source} → {middle(model.actor(rel.target).name, max(12, 39 - len(source)))}"
        box.setText(mnemonic_safe(tr("Attach to {subject}").format(subject=shown)))
        box.setToolTip(literal(tr("Link the note to {subject}").format(subject=name)))

    # -- editing --------------------------------------------------------------------------
    def focus_editor(self) -> None:
        """Ctrl+M: show the dock and put the cursor in the note line."""
        self.dock.show()
        self.dock.raise_()
        self.dock.editor.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def add_from_editor(self) -> int | None:
        dock = self.dock
        text = dock.editor.text().strip()
        if not text:
            return None
        participant = dock.quote_from.currentData()
        actor_id, relation_id = self.selection_subject() if dock.attach.isChecked() and dock.attach.isEnabled() else (None, None)
        nid = self.ctx.execute(AddNote(
            text=text, kind="quote" if participant is not None else "note", phase_id=self.ctx.phase_id,
            actor_id=actor_id, relation_id=relation_id,
            participant_id=int(participant) if participant is not None else None))
        if nid is not None:
            dock.editor.clear()
            dock.quote_from.setCurrentIndex(0)  # the next line is a plain note unless chosen again
            dock.attach.setChecked(False)
        return nid

    def edit_dialog(self, note_id: int) -> None:
        note = self.ctx.session.model.tables["notes"].get(note_id)
        if note is None:
            return
        title = tr("Edit quote") if note.kind == "quote" else tr("Edit note")
        text, ok = QInputDialog.getMultiLineText(self.ctx.parent, title, tr("Text:"), note.text)
        if ok:
            self.edit_note(note_id, text)

    def edit_note(self, note_id: int, text: str) -> None:
        note = self.ctx.session.model.tables["notes"].get(note_id)
        if note is not None and text.strip() != note.text:
            self.ctx.execute(UpdateNote(note_id=note_id, changes={"text": text}))

    def delete_note(self, note_id: int) -> None:
        if self.ctx.execute(DeleteNote(note_id=note_id)) is None and note_id not in self.ctx.session.model.tables["notes"]:
            self.ctx.status(tr("Note deleted (Ctrl+Z brings it back)."))

    def show_subject(self, note_id: int) -> None:
        note = self.ctx.session.model.tables["notes"].get(note_id)
        if note is None:
            return
        self.ctx.scene.select(
            actor_ids=[note.actor_id] if note.actor_id is not None else [],
            relation_ids=[note.relation_id] if note.relation_id is not None else [])
