"""Institutional work of one actor in one phase: a compact grid of political / technical /
cultural work times creating / maintaining / disrupting (001, Table 1), with a note on the
cell last touched.

001 reads a smart-city project as the work actors do on institutions: political work on
rules and rights, technical work on standards and systems, cultural work on beliefs and
identities, each creating, maintaining or disrupting them. A tick is one command
(``SetInstitutionalWork``): one undo step, saved; a note edits the ticked cell it belongs to
and keeps the cell's source.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from ...analysis.classes import citation
from ...domain import vocabulary as voc
from ...domain.commands_arenas import SetInstitutionalWork
from ...domain.evidence import InstitutionalWork
from .concept_parts import CommitLine, EditContext, hint
from ..i18n import tr
from ...domain.i18n import N_
from ...domain.terms import in_sentence, term

KIND_SHORT = {"political": N_("Political"), "technical": N_("Technical"), "cultural": N_("Cultural")}
SOURCED = " ◆"  # after a cell whose source is recorded


class InstitutionalWorkEditor(QWidget):
    """The 3 × 3 grid for the actor shown in the window's phase."""

    def __init__(self, ctx: EditContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.actor_id: int | None = None
        self.current: tuple[str, str] | None = None  # the cell the note belongs to
        grid = QGridLayout()
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(2)
        for col, aim in enumerate(voc.WORK_AIMS, start=1):
            head = QLabel(in_sentence(term("work aim", aim)))
            head.setAlignment(Qt.AlignmentFlag.AlignCenter)
            head.setStyleSheet("color: #444; font-size: 11px;")
            grid.addWidget(head, 0, col)
        self.cells: dict[tuple[str, str], QCheckBox] = {}
        for row, kind in enumerate(voc.WORK_KINDS, start=1):
            label = QLabel(tr(KIND_SHORT[kind]))
            label.setToolTip(term("work kind", kind))
            grid.addWidget(label, row, 0)
            for col, aim in enumerate(voc.WORK_AIMS, start=1):
                box = QCheckBox()
                box.setObjectName(f"work_{kind}_{aim}")
                box.setAccessibleName(tr("{kind} work, {aim}").format(
                    kind=tr(KIND_SHORT[kind]), aim=in_sentence(term("work aim", aim))))
                box.toggled.connect(lambda on, k=kind, a=aim: self._toggled(k, a, on))
                grid.addWidget(box, row, col, Qt.AlignmentFlag.AlignCenter)
                self.cells[(kind, aim)] = box
        self.note = CommitLine(tr("Note on the ticked cell (what the work was)"))
        self.note.committed.connect(self._note_done)
        self.note_label = hint()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(grid)
        layout.addWidget(self.note_label)
        layout.addWidget(self.note)

    # -- reading -----------------------------------------------------------------------------
    def rows(self) -> dict[tuple[str, str], InstitutionalWork]:
        """The actor's recorded work in the phase, by (kind, aim)."""
        if self.actor_id is None:
            return {}
        pid = self.ctx.phase_id
        return {(w.kind, w.aim): w for w in self.ctx.session.model.tables["institutional_work"].values()
                if w.actor_id == self.actor_id and w.phase_id == pid}

    def set_actor(self, actor_id: int | None) -> None:
        if actor_id != self.actor_id:
            self.current = None
        self.actor_id = actor_id
        self.refresh()

    def refresh(self) -> None:
        model = self.ctx.session.model
        if self.actor_id is not None and self.actor_id not in model.tables["actors"]:
            self.actor_id = None
        rows = self.rows()
        for key, box in self.cells.items():
            rec = rows.get(key)
            box.blockSignals(True)
            box.setChecked(rec is not None)
            box.blockSignals(False)
            box.setEnabled(self.actor_id is not None)
            tip = f"{term('work kind', key[0])}: {in_sentence(term('work aim', key[1]))}"
            if rec is not None and rec.note:
                tip += f"\n{rec.note}"
            if rec is not None and rec.source_id is not None:
                tip += "\n" + tr("Source: {citation}").format(citation=citation(model, rec.source_id))
            box.setToolTip(tip)
            box.setText(SOURCED.strip() if rec is not None and rec.source_id is not None else "")
        if self.current is None or self.current not in rows:
            self.current = next(iter(sorted(rows)), None)
        self._show_note(rows)

    def _show_note(self, rows: dict[tuple[str, str], InstitutionalWork]) -> None:
        if self.current is None:
            self.note_label.setText(tr("Tick what the actor does in this phase (001, Table 1)."))
            self.note.set_value("")
            self.note.setEnabled(False)
            return
        kind, aim = self.current
        self.note_label.setText(tr("Note on {kind} work, {aim}:").format(
                kind=in_sentence(tr(KIND_SHORT[kind])), aim=in_sentence(term("work aim", aim))))
        self.note.setEnabled(True)
        self.note.set_value(rows[self.current].note if self.current in rows else "")

    # -- editing -----------------------------------------------------------------------------
    def _toggled(self, kind: str, aim: str, on: bool) -> None:
        if self.actor_id is None:
            return
        self.current = (kind, aim) if on else self.current
        self.ctx.execute(SetInstitutionalWork(actor_id=self.actor_id, phase_id=self.ctx.phase_id,
                                              kind=kind, aim=aim, present=on))
        self.refresh()  # a refused edit leaves the box as the model says

    def _note_done(self, text: str) -> None:
        rows = self.rows()
        if self.actor_id is None or self.current not in rows:
            return
        rec = rows[self.current]
        self.ctx.execute(SetInstitutionalWork(actor_id=self.actor_id, phase_id=self.ctx.phase_id,
                                              kind=rec.kind, aim=rec.aim, present=True, note=text,
                                              source_id=rec.source_id))


__all__ = ["InstitutionalWorkEditor"]
