"""Small dialogs for phases: add one (name + canonical stage) and confirm deletion."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from ...domain.model import Model, Phase
from ...domain.wording import count
from ..text import literal
from ..i18n import tr
from ...domain.terms import choices, term


class AddPhaseDialog(QDialog):
    """Ask for a phase name and which canonical stage it is (warnings depend on the stage)."""

    def __init__(self, parent: QWidget | None = None, *, title: str | None = None, phase: Phase | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title or tr("Add phase"))
        form = QFormLayout(self)
        self.name = QLineEdit(phase.name if phase else "")
        self.name.setPlaceholderText(tr("e.g. Pilot in two districts"))
        form.addRow(tr("Name"), self.name)
        self.stage = QComboBox()
        for key, label in choices("phase"):
            self.stage.addItem(label, key)
        self.stage.addItem(tr("Other (local stage)"), "")
        if phase is not None:
            idx = self.stage.findData(phase.key)
            self.stage.setCurrentIndex(idx if idx >= 0 else self.stage.count() - 1)
        form.addRow(tr("Stage"), self.stage)
        hint = QLabel(tr("The stage decides which facilitation prompts and warnings apply."))
        hint.setStyleSheet("color: #666;")
        form.addRow(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.stage.currentIndexChanged.connect(self._suggest_name)

    def _suggest_name(self) -> None:
        if not self.name.text().strip() and self.stage.currentData():
            self.name.setText(term("phase", self.stage.currentData()))

    def _accept(self) -> None:
        if not self.name.text().strip():
            QMessageBox.warning(self, tr("Phase name missing"), tr("Please give the phase a name."))
            return
        self.accept()

    def values(self) -> tuple[str, str]:
        return self.name.text().strip(), str(self.stage.currentData() or "")


def confirm_delete_phase(parent: QWidget, model: Model, phase: Phase) -> bool:
    """Deleting a phase drops its presence, roles and scores; say how much before asking."""
    present = len(model.present_actors(phase.id))
    votes = sum(1 for k in model.tables["scores"] if k[1] == phase.id)
    answer = QMessageBox.question(
        parent,
        tr("Delete phase"),
        literal(tr("Delete the phase “{name}”?\n\nIt records {actors} taking part and {votes}. You can "
                   "undo this with Ctrl+Z.").format(
                name=phase.name, actors=count(present, 'actor'), votes=count(votes, 'vote'))),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
