"""The import report, shown before the new session is saved: Import or Cancel.

The session is already built in a temporary file when this opens; Import puts it in place
and Cancel throws it away, so a user who sees that half the file was left out loses nothing
by saying no. The dialog shows what the command line prints (what was made, warnings, how
many elements, attributes or cells were imported, mapped or skipped, the notes) and, in two
lists, every thing left out with its reason and places and every mapping rule applied.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.wording import count
from ...io.importers.report import Entry, ImportReport
from ..text import plain
from ..i18n import tr


def _entries(entries: list[Entry], empty: str) -> QListWidget:
    view = QListWidget()
    for e in entries:
        view.addItem(e.line())
    if not entries:
        view.addItem(empty)
    view.setWordWrap(True)
    return view


class ImportReportDialog(QDialog):
    """Everything the import did, with Import (accept) and Cancel (reject)."""

    def __init__(self, report: ImportReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Import {name}?").format(name=report.source.name))
        self.setMinimumSize(640, 480)
        layout = QVBoxLayout(self)
        made = tr("{actors}, {relations}, {phases} and {scored} from {name} ({fmt}).").format(
            actors=count(report.actors, "actor"), relations=count(report.relations, "relation"),
            phases=count(report.phases, "phase"), scored=count(report.votes, "scored relation-phase"),
            name=report.source.name, fmt=report.fmt)
        head = plain(QLabel(), made)
        head.setWordWrap(True)
        layout.addWidget(head)
        self.warnings = plain(QLabel(), "\n".join(f"⚠ {w}" for w in report.warnings))
        self.warnings.setWordWrap(True)
        self.warnings.setVisible(bool(report.warnings))
        self.warnings.setStyleSheet("font-weight: bold")
        layout.addWidget(self.warnings)
        accounting = report.accounting()
        if accounting:
            self.accounting = plain(QLabel(), accounting)
            self.accounting.setWordWrap(True)
            layout.addWidget(self.accounting)
        tabs = QTabWidget()
        skipped, mapped = report.ledger.of("skipped"), report.ledger.of("mapped")
        self.notes = QListWidget()
        self.notes.setWordWrap(True)
        self.notes.addItems(report.notes)
        tabs.addTab(self.notes, tr("Notes ({n})").format(n=len(report.notes)))
        self.skipped = _entries(skipped, tr("Nothing was left out."))
        tabs.addTab(self.skipped, tr("Left out ({n})").format(n=len(skipped)))
        self.mapped = _entries(mapped, tr("Nothing was changed on the way."))
        tabs.addTab(self.mapped, tr("Mapped ({n})").format(n=len(mapped)))
        layout.addWidget(tabs, 1)
        layout.addWidget(plain(QLabel(), tr("Nothing is saved until you choose Import.")))
        buttons = QDialogButtonBox()
        self.import_button = buttons.addButton(tr("Import"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.import_button.setDefault(True)


def confirm_import(parent: QWidget | None, report: ImportReport) -> bool:
    """Show the report; True when the user chose Import."""
    return ImportReportDialog(report, parent).exec() == QDialog.DialogCode.Accepted


__all__ = ["ImportReportDialog", "confirm_import"]
