"""The properties dock: edit the selected actor or relation.

Every field change becomes one command through the window's ``execute``; when the session
reports a change, the panel re-reads the model, so undo and other views keep it honest.
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDockWidget,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...analysis.classes import relation_class
from ...domain import commands as cmds
from ...domain import vocabulary as voc
from ...session import Session
from ..text import plain
from .score_widget import ScoreWidget


class Context(Protocol):
    """What the panels need from the window (kept small so they are easy to test)."""

    session: Session

    @property
    def phase_id(self) -> int: ...

    @property
    def participant_id(self) -> int | None: ...

    def execute(self, command: cmds.Command) -> Any: ...


class NoteEdit(QPlainTextEdit):
    """A multi-line note that commits when focus leaves it (not on every keystroke)."""

    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedHeight(70)
        self._last = ""

    def set_text(self, text: str) -> None:
        if self.toPlainText() != text and not self.hasFocus():
            self.setPlainText(text)
        self._last = text

    def focusOutEvent(self, event: Any) -> None:
        super().focusOutEvent(event)
        if self.toPlainText() != self._last:
            self._last = self.toPlainText()
            self.committed.emit(self._last)


def _real_changes(record: Any, changes: dict[str, Any]) -> dict[str, Any]:
    """Drop fields that already hold the value, so refreshing a widget is never an edit."""
    return {
        k: v for k, v in changes.items()
        if getattr(record, k) != (tuple(v) if isinstance(v, list) else v)
    }


def _phase_title() -> QLabel:
    """The heading above the per-phase part of a panel (presence, roles, scores)."""
    label = plain(QLabel())  # it names the phase as typed
    label.setWordWrap(True)
    label.setStyleSheet("font-weight: 600; padding-top: 8px;")
    return label


def _combo(items: dict[str, str]) -> QComboBox:
    box = QComboBox()
    for key, label in items.items():
        box.addItem(label, key)
    return box


def _set_combo(box: QComboBox, key: str) -> None:
    box.blockSignals(True)
    box.setCurrentIndex(max(0, box.findData(key)))
    box.blockSignals(False)


class ActorPanel(QWidget):
    def __init__(self, ctx: Context) -> None:
        super().__init__()
        self.ctx = ctx
        self.actor_id: int | None = None
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setPlaceholderText("Organisation or group")
        self.name.editingFinished.connect(self._name_done)
        form.addRow("Name", self.name)
        self.type = _combo(voc.ACTOR_TYPES)
        for i, key in enumerate(voc.ACTOR_TYPES):
            self.type.setItemData(i, voc.ACTOR_TYPE_HELP[key], Qt.ItemDataRole.ToolTipRole)
        self.type.currentIndexChanged.connect(lambda _: self._update(type=self.type.currentData()))
        form.addRow("Type", self.type)
        self.scale = _combo(voc.SCALES)
        self.scale.currentIndexChanged.connect(lambda _: self._update(scale=self.scale.currentData()))
        form.addRow("Scale", self.scale)
        abil = QHBoxLayout()
        self.abilities: dict[str, QCheckBox] = {}
        for key, label in voc.ABILITIES.items():
            cb = QCheckBox(label)
            cb.setToolTip(voc.ABILITY_HELP[key])
            cb.toggled.connect(lambda _=False: self._update(abilities=self._checked_abilities()))
            abil.addWidget(cb)
            self.abilities[key] = cb
        form.addRow("Abilities", abil)
        self.legal = QLineEdit()
        self.legal.setPlaceholderText("e.g. public-private partnership")
        self.legal.editingFinished.connect(lambda: self._update(legal_status=self.legal.text()))
        form.addRow("Legal status", self.legal)
        self.note = NoteEdit()
        self.note.committed.connect(lambda text: self._update(note=text))
        form.addRow("Note", self.note)

        self.phase_title = _phase_title()
        self.present = QCheckBox("Takes part in this phase")
        self.present.toggled.connect(self._presence_toggled)
        self.roles = QListWidget()
        self.roles.setMinimumHeight(150)
        self.roles.itemChanged.connect(self._roles_changed)
        self.custom_role = QLineEdit()
        self.custom_role.setPlaceholderText("Add a custom role and press Enter")
        self.custom_role.returnPressed.connect(self._add_custom_role)
        self.presence_note = QLineEdit()
        self.presence_note.setPlaceholderText("What this actor does in this phase")
        self.presence_note.editingFinished.connect(self._presence_note_done)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.phase_title)
        layout.addWidget(self.present)
        layout.addWidget(QLabel("Roles in this phase"))
        layout.addWidget(self.roles)
        layout.addWidget(self.custom_role)
        layout.addWidget(self.presence_note)
        layout.addStretch(1)

    def _checked_abilities(self) -> list[str]:
        return [k for k, cb in self.abilities.items() if cb.isChecked()]

    def _update(self, **changes: Any) -> None:
        if self.actor_id is None or self._loading:
            return
        changes = _real_changes(self.ctx.session.model.actor(self.actor_id), changes)
        if changes:
            self.ctx.execute(cmds.UpdateActor(actor_id=self.actor_id, changes=changes))

    _loading = False

    def _name_done(self) -> None:
        if self.actor_id is None:
            return
        if not self.name.text().strip():
            self.name.setText(self.ctx.session.model.actor(self.actor_id).name)
            return
        self._update(name=self.name.text().strip())

    def show_actor(self, actor_id: int) -> None:
        self.actor_id = actor_id
        self.refresh()

    def refresh(self) -> None:
        model = self.ctx.session.model
        if self.actor_id is None or self.actor_id not in model.tables["actors"]:
            return
        self._loading = True
        try:
            a = model.actor(self.actor_id)
            if not self.name.hasFocus() or self.name.text() != a.name:
                self.name.setText(a.name)
                self.name.setCursorPosition(0)
            _set_combo(self.type, a.type)
            _set_combo(self.scale, a.scale)
            for key, cb in self.abilities.items():
                cb.setChecked(key in a.abilities)
            self.legal.setText(a.legal_status)
            self.note.set_text(a.note)
            phase = model.phase(self.ctx.phase_id)
            self.phase_title.setText(f"In phase “{phase.name}”")
            pres = model.presence(a.id, phase.id)
            if pres is not None and pres.state != "present":
                pres = None  # an absent or undescribed actor has no roles or note to edit here
            self.present.setChecked(pres is not None)
            self.roles.setEnabled(pres is not None)
            self.custom_role.setEnabled(pres is not None)
            self.presence_note.setEnabled(pres is not None)
            self.presence_note.setText(pres.note if pres else "")
            self.presence_note.setCursorPosition(0)
            held = list(pres.roles) if pres else []
            self.roles.clear()
            for key in [*voc.ROLES, *[r for r in held if r not in voc.ROLES]]:
                item = QListWidgetItem(voc.role_label(key))
                item.setData(Qt.ItemDataRole.UserRole, key)
                item.setToolTip(voc.ROLES.get(key, "custom role"))
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if key in held else Qt.CheckState.Unchecked)
                self.roles.addItem(item)
        finally:
            self._loading = False

    def _presence_toggled(self, on: bool) -> None:
        if self._loading or self.actor_id is None:
            return
        self.ctx.execute(cmds.SetPresence(actor_id=self.actor_id, phase_id=self.ctx.phase_id, present=on))

    def _current_roles(self) -> list[str]:
        out = []
        for i in range(self.roles.count()):
            item = self.roles.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.data(Qt.ItemDataRole.UserRole))
        return out

    def _roles_changed(self, _item: QListWidgetItem) -> None:
        if self._loading or self.actor_id is None:
            return
        self.ctx.execute(
            cmds.SetPresence(actor_id=self.actor_id, phase_id=self.ctx.phase_id, roles=tuple(self._current_roles()))
        )

    def _add_custom_role(self) -> None:
        text = self.custom_role.text().strip()
        if not text or self.actor_id is None:
            return
        self.custom_role.clear()
        roles = self._current_roles()
        roles.append(voc.normalise_role(text))
        self.ctx.execute(cmds.SetPresence(actor_id=self.actor_id, phase_id=self.ctx.phase_id, roles=tuple(roles)))

    def _presence_note_done(self) -> None:
        if self._loading or self.actor_id is None:
            return
        pres = self.ctx.session.model.presence(self.actor_id, self.ctx.phase_id)
        if pres is not None and pres.state == "present" and pres.note != self.presence_note.text():
            self.ctx.execute(
                cmds.SetPresence(actor_id=self.actor_id, phase_id=self.ctx.phase_id, note=self.presence_note.text())
            )


class RelationPanel(QWidget):
    participantChanged = Signal(int)

    def __init__(self, ctx: Context) -> None:
        super().__init__()
        self.ctx = ctx
        self.relation_id: int | None = None
        self._loading = False
        self.ends = plain(QLabel())  # the two actors' names as typed
        self.ends.setWordWrap(True)
        self.ends.setStyleSheet("font-weight: 600; font-size: 13px;")
        form = QFormLayout()
        self.kind = _combo(voc.RELATION_KINDS)
        for i, key in enumerate(voc.RELATION_KINDS):
            self.kind.setItemData(i, voc.RELATION_KIND_HELP[key], Qt.ItemDataRole.ToolTipRole)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        form.addRow("Kind", self.kind)
        self.directed = QCheckBox("Directed (source → target)")
        self.directed.toggled.connect(lambda on: self._update(directed=on))
        form.addRow("", self.directed)
        self.reverse = QPushButton("Reverse direction")
        self.reverse.clicked.connect(self._reverse)
        form.addRow("", self.reverse)
        self.note = NoteEdit()
        self.note.committed.connect(lambda text: self._update(note=text))
        form.addRow("Note", self.note)
        self.phase_title = _phase_title()
        self.active = QCheckBox("Active in this phase")
        self.active.toggled.connect(self._active_toggled)
        self.inactive_reason = QLabel()
        self.inactive_reason.setStyleSheet("color: #8A5A00;")
        self.inactive_reason.setWordWrap(True)
        self.participant = QComboBox()
        self.participant.currentIndexChanged.connect(self._participant_changed)
        self.scores = ScoreWidget()
        self.scores.scoreRequested.connect(self._score)
        voter = QHBoxLayout()
        voter.addWidget(QLabel("Scoring as"))
        voter.addWidget(self.participant, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.ends)
        layout.addLayout(form)
        layout.addWidget(self.phase_title)
        layout.addWidget(self.active)
        layout.addWidget(self.inactive_reason)
        layout.addLayout(voter)
        layout.addWidget(self.scores)
        layout.addStretch(1)

    def _update(self, **changes: Any) -> None:
        if self._loading or self.relation_id is None:
            return
        changes = _real_changes(self.ctx.session.model.relation(self.relation_id), changes)
        if changes:
            self.ctx.execute(cmds.UpdateRelation(relation_id=self.relation_id, changes=changes))

    def _kind_changed(self, _index: int) -> None:
        kind = self.kind.currentData()
        if kind in voc.ALWAYS_DIRECTED_KINDS:
            self._update(kind=kind, directed=True)
        else:
            self._update(kind=kind)

    def _reverse(self) -> None:
        if self.relation_id is None:
            return
        rel = self.ctx.session.model.relation(self.relation_id)
        self.ctx.execute(
            cmds.UpdateRelation(relation_id=rel.id, changes={"source": rel.target, "target": rel.source})
        )

    def _active_toggled(self, on: bool) -> None:
        if self._loading or self.relation_id is None:
            return
        self.ctx.execute(cmds.SetRelationState(relation_id=self.relation_id, phase_id=self.ctx.phase_id,
                                               state="active" if on else "inactive"))

    def _participant_changed(self, _index: int) -> None:
        if self._loading:
            return
        pid = self.participant.currentData()
        if pid is not None:
            self.participantChanged.emit(int(pid))
            self.refresh()

    def _score(self, dim: str, value: int | None) -> None:
        if self.relation_id is None:
            return
        pid = self.ctx.participant_id
        if pid is None:
            return
        self.ctx.execute(
            cmds.SetScore(relation_id=self.relation_id, phase_id=self.ctx.phase_id, participant_id=pid, values={dim: value})
        )

    def show_relation(self, relation_id: int) -> None:
        if relation_id != self.relation_id:
            self.scores.set_current(0)
        self.relation_id = relation_id
        self.refresh()

    def refresh(self) -> None:
        session = self.ctx.session
        model = session.model
        if self.relation_id is None or self.relation_id not in model.tables["relations"]:
            return
        self._loading = True
        try:
            rel = model.relation(self.relation_id)
            src, tgt = model.actor(rel.source).name, model.actor(rel.target).name
            self.ends.setText(f"{src}  {'→' if rel.directed else '—'}  {tgt}")
            _set_combo(self.kind, rel.kind)
            self.directed.setChecked(rel.directed)
            self.directed.setEnabled(rel.kind not in voc.ALWAYS_DIRECTED_KINDS)
            self.note.set_text(rel.note)
            phase = model.phase(self.ctx.phase_id)
            self.phase_title.setText(f"In phase “{phase.name}”")
            both = model.is_present(rel.source, phase.id) and model.is_present(rel.target, phase.id)
            active = model.relation_active(rel, phase.id)
            self.active.setChecked(not model.is_switched_off(rel.id, phase.id))
            self.active.setEnabled(both)
            self.inactive_reason.setText(
                "" if both else "Not in this phase: both actors must take part in it."
            )
            self.participant.clear()
            for p in session.participants:
                self.participant.addItem(p.name + (f" ({p.organisation})" if p.organisation else ""), p.id)
            if self.ctx.participant_id is not None:
                self.participant.setCurrentIndex(max(0, self.participant.findData(self.ctx.participant_id)))
            self.scores.setEnabled(active)
            own = model.tables["scores"].get((rel.id, phase.id, self.ctx.participant_id or -1))
            mine = {d: (own.value(d) if own else None) for d in voc.SCORE_DIMENSIONS}
            self.scores.show_scores(mine, session.consensus(rel.id, phase.id),
                                    threec=relation_class(model, rel, phase.id))
        finally:
            self._loading = False


class PropertiesDock(QDockWidget):
    """Shows the actor panel, the relation panel, or a hint when nothing is selected."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__("Properties", parent)
        self.setObjectName("PropertiesDock")
        self.ctx = ctx
        self.stack = QStackedWidget()
        self.empty = QLabel(
            "Select an actor or a relation.\n\n"
            "N — new actor\nC — connect tool (or Shift+drag)\n1–5 — score the selected relation\n"
            "PgUp / PgDn — previous / next phase"
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty.setStyleSheet("color: #555; padding: 12px;")
        self.actor_panel = ActorPanel(ctx)
        self.relation_panel = RelationPanel(ctx)
        for w in (self.empty, self.actor_panel, self.relation_panel):
            self.stack.addWidget(w)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.stack)
        self.setWidget(scroll)
        self.setMinimumWidth(360)
        self.stack.setMinimumWidth(330)

    def show_nothing(self) -> None:
        self.actor_panel.actor_id = None
        self.relation_panel.relation_id = None
        self.stack.setCurrentWidget(self.empty)

    def show_actor(self, actor_id: int) -> None:
        self.relation_panel.relation_id = None
        self.actor_panel.show_actor(actor_id)
        self.stack.setCurrentWidget(self.actor_panel)

    def show_relation(self, relation_id: int) -> None:
        self.actor_panel.actor_id = None
        self.relation_panel.show_relation(relation_id)
        self.stack.setCurrentWidget(self.relation_panel)

    def refresh(self) -> None:
        if self.stack.currentWidget() is self.actor_panel:
            if self.actor_panel.actor_id not in self.ctx.session.model.tables["actors"]:
                self.show_nothing()
            else:
                self.actor_panel.refresh()
        elif self.stack.currentWidget() is self.relation_panel:
            if self.relation_panel.relation_id not in self.ctx.session.model.tables["relations"]:
                self.show_nothing()
            else:
                self.relation_panel.refresh()

