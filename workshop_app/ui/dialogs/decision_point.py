"""Add or edit a decision point on the timeline: what was decided, of which kind, when, in
which phase and where in its order.

Decisions such as "specifications fixed" or "plan adopted" close doors: whoever joins after
one can no longer shape it (000: citizens kept to entrepreneurial roles are deprived of
decision-making power; in Iskandar they were consulted only once the specifications were
set), so the timeline shows them and a warning reads them. The dialog returns one command.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from ...domain import commands as cmds
from ...domain import vocabulary as voc
from ...domain.commands_arenas import AddDecisionPoint, UpdateDecisionPoint
from ...domain.evidence import DecisionPoint
from ...domain.model import Model
from ..names import full_names
from ..i18n import tr


class DecisionPointDialog(QDialog):
    """The fields of one decision point; ``deleteRequested`` when the user asks to delete it."""

    DELETE = 2  # the dialog's result when the user chose Delete

    def __init__(self, model: Model, phase_id: int, point: DecisionPoint | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.point = point
        self.setWindowTitle(tr("Edit decision point") if point is not None else tr("Add decision point"))
        form = QFormLayout(self)
        self.label = QLineEdit(point.label if point is not None else "")
        self.label.setPlaceholderText(tr("e.g. Tender specifications fixed"))
        form.addRow(tr("Decision"), self.label)
        self.kind = QComboBox()
        for key, text in voc.DECISION_KINDS.items():
            self.kind.addItem(text, key)
        self.kind.setCurrentIndex(max(0, self.kind.findData(point.kind if point is not None else "other")))
        form.addRow(tr("Kind"), self.kind)
        self.date = QLineEdit(point.date if point is not None else "")
        self.date.setPlaceholderText(tr("e.g. 2019-03 or spring 2019 (optional)"))
        form.addRow(tr("Date"), self.date)
        self.phase = QComboBox()
        for ph in model.phases:
            self.phase.addItem(ph.name, ph.id)
        self.phase.setCurrentIndex(max(0, self.phase.findData(point.phase_id if point is not None else phase_id)))
        form.addRow(tr("Phase"), self.phase)
        self.position = QSpinBox()
        self.position.setRange(0, 999)
        self.position.setToolTip(tr("Order within the phase: lower comes first"))
        self.position.setValue(point.position if point is not None else self._next_position(phase_id))
        self.phase.currentIndexChanged.connect(self._phase_changed)
        form.addRow(tr("Order in phase"), self.position)
        self.note = QPlainTextEdit(point.note if point is not None else "")
        self.note.setFixedHeight(60)
        self.note.setPlaceholderText(tr("What it fixed, who took it (optional)"))
        form.addRow(tr("Note"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        if point is not None:
            delete = QPushButton(tr("Delete"))
            delete.clicked.connect(lambda: self.done(self.DELETE))
            buttons.addButton(delete, QDialogButtonBox.ButtonRole.DestructiveRole)
        form.addRow(buttons)
        full_names(self)  # long phase names keep their distinguishing end

    def _next_position(self, phase_id: int) -> int:
        here = [d.position for d in self.model.tables["decision_points"].values() if d.phase_id == phase_id]
        return max(here) + 1 if here else 0

    def _phase_changed(self) -> None:
        pid = self.phase.currentData()
        if self.point is None or pid != self.point.phase_id:
            self.position.setValue(self._next_position(pid))
        else:
            self.position.setValue(self.point.position)

    def _accept(self) -> None:
        if not self.label.text().strip():
            QMessageBox.warning(self, tr("Decision missing"), tr("Please say what was decided."))
            return
        self.accept()

    def command(self) -> cmds.Command | None:
        """The one edit the dialog asks for (``None`` when nothing changed)."""
        values = {"label": self.label.text().strip(), "kind": self.kind.currentData(),
                  "date": self.date.text().strip(), "phase_id": self.phase.currentData(),
                  "position": self.position.value(), "note": self.note.toPlainText().strip()}
        if self.point is None:
            return AddDecisionPoint(phase_id=values["phase_id"], decision_label=values["label"],
                                    kind=values["kind"], date=values["date"], note=values["note"],
                                    position=values["position"])
        changes = {k: v for k, v in values.items() if getattr(self.point, k) != v}
        return UpdateDecisionPoint(decision_id=self.point.id, changes=changes) if changes else None


__all__ = ["DecisionPointDialog"]
