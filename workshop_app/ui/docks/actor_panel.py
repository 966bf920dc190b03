"""The actor part of the Properties dock: the actor itself, and what is known of it in the
phase shown (present, absent or not described; its roles), each with where it comes from.

Three presence states, not a checkbox: "not described" (the source is silent) is not
"absent" (the source or the room says it is not part of the phase), and only absence counts
as leaving in the comparison, the warnings and the metrics.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain import commands as cmds
from ...domain import vocabulary as voc
from ...domain.commands_evidence import SetPresenceState
from ..dialogs.source_dialog import edit_source
from ..flow_layout import FlowLayout
from .panel_parts import Context, NoteEdit, StateChoice, combo, phase_title, real_changes, set_combo
from .source_line import SourceLine, describe
from ..i18n import tr
from ...domain.i18n import N_
from ...domain.terms import choices, help_text, in_sentence, term
from ...domain.terms import role as role_name

STATE_HELP = {
    "present": N_("Takes part in this phase (roles below)"),
    "absent": N_("Known not to take part: the source or the room says so (counts as leaving)"),
    "not_described": N_("The source is silent about it in this phase: neither present nor gone"),
}
ROLE_SOURCED = " ◆"  # after a role whose source is recorded


class ActorPanel(QWidget):
    def __init__(self, ctx: Context) -> None:
        super().__init__()
        self.ctx = ctx
        self.actor_id: int | None = None
        self._loading = False
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setPlaceholderText(tr("Organisation or group"))
        self.name.editingFinished.connect(self._name_done)
        form.addRow(tr("Name"), self.name)
        self.alt_name = QLineEdit()  # the label View ▸ Show second-language names puts on the map
        self.alt_name.setPlaceholderText(tr("The name in a second language (optional)"))
        self.alt_name.setToolTip(tr("Shown under the name when View ▸ Show second-language names is on"))
        self.alt_name.editingFinished.connect(lambda: self._update(alt_name=self.alt_name.text().strip()))
        form.addRow(tr("Second-language name"), self.alt_name)
        self.type = combo(dict(choices("actor type")))
        for i, key in enumerate(voc.ACTOR_TYPES):
            self.type.setItemData(i, help_text("actor type", key), Qt.ItemDataRole.ToolTipRole)
        self.type.currentIndexChanged.connect(lambda _: self._update(type=self.type.currentData()))
        form.addRow(tr("Type"), self.type)
        self.scale = combo(dict(choices("scale")))
        self.scale.currentIndexChanged.connect(lambda _: self._update(scale=self.scale.currentData()))
        form.addRow(tr("Scale"), self.scale)
        abilities = QWidget()  # a line of three, or two lines in a narrow dock: never a cut word
        abil = FlowLayout(abilities)
        self.abilities: dict[str, QCheckBox] = {}
        for key, label in choices("ability"):
            cb = QCheckBox(label)
            cb.setToolTip(help_text("ability", key))
            cb.toggled.connect(lambda _=False: self._update(abilities=self._checked_abilities()))
            abil.addWidget(cb)
            self.abilities[key] = cb
        form.addRow(tr("Abilities"), abilities)
        self.legal = QLineEdit()
        self.legal.setPlaceholderText(tr("e.g. public-private partnership"))
        self.legal.editingFinished.connect(lambda: self._update(legal_status=self.legal.text()))
        form.addRow(tr("Legal status"), self.legal)
        self.note = NoteEdit()
        self.note.committed.connect(lambda text: self._update(note=text))
        form.addRow(tr("Note"), self.note)
        self.actor_source = SourceLine(tr("Source"))
        self.actor_source.editRequested.connect(lambda: self._edit_source("actor"))

        self.phase_title = phase_title()
        self.presence = StateChoice(dict(choices("presence")), {k: tr(v) for k, v in STATE_HELP.items()},
                                    self._state_chosen)
        self.default_hint = QLabel()
        self.default_hint.setStyleSheet("color: #777; font-size: 11px;")
        self.presence_source = SourceLine(tr("Presence source"))
        self.presence_source.editRequested.connect(lambda: self._edit_source("presence"))
        self.roles = QListWidget()
        self.roles.setAccessibleName(tr("Roles in this phase"))
        self.roles.setAccessibleDescription(tr("Tick the roles the actor holds in this phase"))
        self.roles.setMinimumHeight(150)
        self.roles.itemChanged.connect(self._roles_changed)
        self.roles.currentItemChanged.connect(lambda *_: self._show_role_source())
        self.role_source = SourceLine(tr("Role source"))
        self.role_source.editRequested.connect(lambda: self._edit_source("role"))
        self.custom_role = QLineEdit()
        self.custom_role.setAccessibleName(tr("Custom role"))
        self.custom_role.setPlaceholderText(tr("Add a custom role and press Enter"))
        self.custom_role.returnPressed.connect(self._add_custom_role)
        self.presence_note = QLineEdit()
        self.presence_note.setAccessibleName(tr("What this actor does in this phase"))
        self.presence_note.setPlaceholderText(tr("What this actor does in this phase"))
        self.presence_note.editingFinished.connect(self._presence_note_done)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.actor_source)  # outside the form: a wrapped line gets its height
        layout.addWidget(self.phase_title)
        layout.addWidget(self.presence)
        layout.addWidget(self.default_hint)
        layout.addWidget(self.presence_source)
        self.roles_title = QLabel(tr("Roles in this phase (◆: source recorded)"))
        layout.addWidget(self.roles_title)
        layout.addWidget(self.roles)
        layout.addWidget(self.role_source)
        layout.addWidget(self.custom_role)
        layout.addWidget(self.presence_note)
        layout.addStretch(1)

    # -- reading ---------------------------------------------------------------------------
    def _checked_abilities(self) -> list[str]:
        return [k for k, cb in self.abilities.items() if cb.isChecked()]

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
            if not self.alt_name.hasFocus() or self.alt_name.text() != a.alt_name:
                self.alt_name.setText(a.alt_name)
                self.alt_name.setCursorPosition(0)
            set_combo(self.type, a.type)
            set_combo(self.scale, a.scale)
            for key, cb in self.abilities.items():
                cb.setChecked(key in a.abilities)
            self.legal.setText(a.legal_status)
            self.note.set_text(a.note)
            self.actor_source.show_source(model.source(a.source_id))
            phase = model.phase(self.ctx.phase_id)
            self.phase_title.setText(tr("In phase “{name}”").format(name=phase.name))
            row = model.presence(a.id, phase.id)
            state = model.presence_state(a.id, phase.id)
            self.presence.set_state(state)
            self.default_hint.setText("" if row is not None else
                                      tr("Nothing recorded: the session's default for this phase"))
            self.default_hint.setVisible(row is None)
            self.presence_source.show_source(model.source(row.source_id if row else None))
            present = state == "present"
            pres = row if present else None  # an absent or undescribed actor has no roles or note here
            for widget in (self.roles_title, self.roles, self.custom_role, self.presence_note):
                widget.setVisible(present)  # roles and a note belong to taking part
            self.presence_note.setText(pres.note if pres else "")
            self.presence_note.setCursorPosition(0)
            held = list(pres.roles) if pres else []
            sources = dict(pres.role_sources) if pres else {}
            current = self.roles.currentItem().data(Qt.ItemDataRole.UserRole) if self.roles.currentItem() else None
            self.roles.clear()
            for key in [*voc.ROLES, *[r for r in held if r not in voc.ROLES]]:
                src = model.source(sources.get(key))
                item = QListWidgetItem(role_name(key) + (ROLE_SOURCED if src else ""))
                item.setData(Qt.ItemDataRole.UserRole, key)
                tip = help_text("role", key) or tr("custom role")
                source = "\n" + tr("Source: {citation}").format(citation=describe(src, full=True)) if src else ""
                item.setToolTip(tip + source)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if key in held else Qt.CheckState.Unchecked)
                self.roles.addItem(item)
                if key == current:
                    self.roles.setCurrentItem(item)
            self._show_role_source()
        finally:
            self._loading = False

    def _selected_role(self) -> str | None:
        """The role whose source the role line shows: the current item, if the actor holds it."""
        item = self.roles.currentItem()
        if item is None or item.checkState() != Qt.CheckState.Checked or self.roles.isHidden():
            return None
        return item.data(Qt.ItemDataRole.UserRole)

    def _show_role_source(self) -> None:
        role = self._selected_role()
        self.role_source.setVisible(role is not None)
        if role is None or self.actor_id is None:
            return
        row = self.ctx.session.model.presence(self.actor_id, self.ctx.phase_id)
        sid = row.role_sources.get(role) if row is not None else None
        self.role_source.what = tr("Source of “{role}”").format(role=role_name(role))
        self.role_source.show_source(self.ctx.session.model.source(sid))

    # -- editing ---------------------------------------------------------------------------
    def _update(self, **changes: Any) -> None:
        if self.actor_id is None or self._loading:
            return
        changes = real_changes(self.ctx.session.model.actor(self.actor_id), changes)
        if changes:
            self.ctx.execute(cmds.UpdateActor(actor_id=self.actor_id, changes=changes))

    def _name_done(self) -> None:
        if self.actor_id is None:
            return
        if not self.name.text().strip():
            self.name.setText(self.ctx.session.model.actor(self.actor_id).name)
            return
        self._update(name=self.name.text().strip())

    def _state_chosen(self, state: str) -> None:
        """One edit: present (keeping nothing of another state's source), absent or not described."""
        if self._loading or self.actor_id is None:
            return
        model = self.ctx.session.model
        if model.presence_state(self.actor_id, self.ctx.phase_id) == state:
            return
        if state == "present":
            self.ctx.execute(cmds.SetPresence(actor_id=self.actor_id, phase_id=self.ctx.phase_id, present=True))
        else:
            self.ctx.execute(SetPresenceState(actor_id=self.actor_id, phase_id=self.ctx.phase_id, state=state))

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

    def _edit_source(self, fact: str) -> None:
        """Edit source… for the actor, its presence in the phase, or the selected role."""
        if self.actor_id is None:
            return
        model = self.ctx.session.model
        a, phase = model.actor(self.actor_id), model.phase(self.ctx.phase_id)
        row = model.presence(a.id, phase.id)
        if fact == "actor":
            key: list[Any] = [a.id]
            current, label = a.source_id, tr("{name} (the actor)").format(name=a.name)
        elif fact == "presence":
            key = [a.id, phase.id]
            state = in_sentence(term("presence", model.presence_state(a.id, phase.id)))
            current, label = (row.source_id if row else None), tr("{name}: {state} in “{phase}”").format(
                name=a.name, state=state, phase=phase.name)
        else:
            role = self._selected_role()
            if role is None:
                return
            key = [a.id, phase.id, role]
            current = row.role_sources.get(role) if row else None
            label = tr("{name}: {role} in “{phase}”").format(name=a.name, role=role_name(role), phase=phase.name)
        command = edit_source(self, model, label, current, fact, key)
        if command is not None:
            self.ctx.execute(command)


__all__ = ["ActorPanel", "STATE_HELP"]
