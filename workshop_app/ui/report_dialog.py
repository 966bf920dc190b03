"""File ▸ Export workshop report…: where to write the report, Word or PDF, pseudonymised or not.

The run behind it is the export runs' (``export_dialog.ExportRuns.open_report``): the same
progress dialog, error dialogs and "Export done" box as every other export.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout,
                               QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPushButton, QVBoxLayout)

from .context import WindowContext
from .i18n import tr
from ..domain.i18n import N_

KINDS = {"docx": N_("Word document (.docx)"), "pdf": N_("PDF (.pdf)")}


class ReportDialog(QDialog):
    """Format, pseudonymise and where to write the workshop report."""

    def __init__(self, ctx: WindowContext) -> None:
        super().__init__(ctx.parent)
        self.ctx = ctx
        self.setWindowTitle(tr("Export workshop report"))
        self.setMinimumWidth(560)
        self.kind = QComboBox()
        for key, label in KINDS.items():
            self.kind.addItem(tr(label), key)
        self.kind.setAccessibleName(tr("Report format"))
        self.pseudonymize = QCheckBox(tr("Pseudonymise (no names of people or organisations, no notes or quotes)"))
        self.path = QLineEdit()
        self.path.setAccessibleName(tr("Save report as"))
        browse = QPushButton(tr("Choose…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(tr("Format"), self.kind)
        form.addRow("", self.pseudonymize)
        form.addRow(tr("Save as"), row)
        hint = QLabel(tr("For the people who commissioned the workshop: who took part, the map of each "
                         "phase, what changed, where the room agreed and disagreed, what was said, the "
                         "warnings and how the room answered them, and what is still open."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555555;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Export"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        session = ctx.session
        self.path.setText(str(session.path.parent / f"{session.path.stem}-report.docx"))
        self.kind.currentIndexChanged.connect(self._kind_changed)

    def fmt(self) -> str:
        return str(self.kind.currentData())

    def out(self) -> Path:
        return Path(self.path.text().strip()).expanduser()

    def _kind_changed(self) -> None:
        if self.path.text().strip():
            self.path.setText(str(self.out().with_suffix(f".{self.fmt()}")))

    def _browse(self) -> None:
        wanted = f".{self.fmt()}"
        path, _ = QFileDialog.getSaveFileName(self, tr("Save the report as"), self.path.text(),
                                              tr("{kinds} (*{wanted});;All files (*)").format(
                                                      kinds=tr(KINDS[self.fmt()]), wanted=wanted))
        if path:
            self.path.setText(path if path.lower().endswith(wanted) else path + wanted)

    def _accept(self) -> None:
        if not self.path.text().strip():
            QMessageBox.warning(self, tr("Export workshop report"), tr("Choose where to save the report."))
            return
        typed = self.out().suffix.lower().lstrip(".")
        if typed in KINDS and typed != self.fmt():  # a typed .pdf or .docx says which one
            self.kind.blockSignals(True)
            self.kind.setCurrentIndex(self.kind.findData(typed))
            self.kind.blockSignals(False)
        elif typed != self.fmt():
            self.path.setText(str(self.out().with_name(self.out().name + f".{self.fmt()}")))
        self.accept()


__all__ = ["ReportDialog"]
