"""Edit source…: cite a source for one fact, choosing one already recorded or adding a new one,
and correct the source's own words on the way.

Whatever the dialog does is one command (``command_for``): a new source and its citation
are one undo step, as are a correction to a source and citing it, so Ctrl+Z never leaves a
source without the fact it was added for. Sources are shared: correcting one here corrects
it for every fact that cites it, and the dialog says how many that is.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain import commands as cmds
from ...domain import vocabulary as voc
from ...domain.commands_evidence import SOURCED_TABLES, AddSource, SetFactSource, UpdateSource
from ...domain.evidence import Source
from ...domain.model import Model
from ...domain.wording import count
from ..docks.source_line import describe
from ..text import plain
from ..i18n import tr
from ...domain.i18n import N_

NEW = -1  # the combo's entry for "a new source"
TEXT_FIELDS = ("document", "section", "page", "author", "reason")
KIND_LABELS = {"stated": N_("Stated in a document"), "inferred": N_("Inferred (by whom, why)"),
               "room": N_("The room (said or voted here)"), "imported": N_("Imported from a file")}
FIELD_LABELS = {"document": N_("Document"), "section": N_("Section"), "page": N_("Page"),
                "author": N_("Author"), "reason": N_("Reason")}


def citing(model: Model, source_id: int) -> int:
    """How many facts cite a source (roles count one each)."""
    n = 0
    for table in SOURCED_TABLES:
        for rec in model.tables[table].values():
            n += rec.source_id == source_id
            if table == "presence":
                n += sum(1 for s in rec.role_sources.values() if s == source_id)
    return n


class SourceDialog(QDialog):
    """Choose or add the source of one fact; ``command_for`` is the edit to run."""

    REMOVE = 2  # the dialog's result when the citation is to be removed

    def __init__(self, model: Model, fact_label: str, current: int | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Source"))
        self.model = model
        self.current = current
        layout = QVBoxLayout(self)
        heading = plain(QLabel(tr("Where does this come from?\n{fact_label}").format(fact_label=fact_label)))  # names are user text
        heading.setWordWrap(True)
        heading.setStyleSheet("font-weight: 600;")
        layout.addWidget(heading)
        form = QFormLayout()
        self.choice = QComboBox()
        self.choice.addItem(tr("A new source"), NEW)
        for src in model.sources:
            self.choice.addItem(f"{src.id}: {describe(src)}", src.id)
        self.choice.setMaximumWidth(520)
        form.addRow(tr("Source"), self.choice)
        self.kind = QComboBox()
        for key in voc.SOURCE_KINDS:
            self.kind.addItem(tr(KIND_LABELS[key]) if key in KIND_LABELS else key, key)
        form.addRow(tr("Kind"), self.kind)
        self.fields: dict[str, QLineEdit] = {}
        hints = {"document": tr("e.g. 002, or a file name or citation"), "section": tr("heading or table"),
                 "page": "", "author": tr("who inferred or recorded it"), "reason": tr("why it was inferred")}
        for name in TEXT_FIELDS:
            edit = QLineEdit()
            edit.setPlaceholderText(hints[name])
            self.fields[name] = edit
            form.addRow(tr(FIELD_LABELS[name]), edit)
        self.quote = QPlainTextEdit()
        self.quote.setPlaceholderText(tr("A short quote, word for word"))
        self.quote.setFixedHeight(70)
        form.addRow(tr("Quote"), self.quote)
        layout.addLayout(form)
        self.shared = plain(QLabel())
        self.shared.setStyleSheet("color: #555;")
        self.shared.setWordWrap(True)
        layout.addWidget(self.shared)
        self.problem = plain(QLabel())
        self.problem.setStyleSheet("color: #A00000;")
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("Cite"))
        self.remove = QPushButton(tr("Remove citation"))
        self.remove.setEnabled(current is not None)
        self.remove.setToolTip(tr("The fact keeps its value and no longer names a source"))
        buttons.addButton(self.remove, QDialogButtonBox.ButtonRole.ResetRole)
        self.remove.clicked.connect(lambda: self.done(self.REMOVE))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.choice.currentIndexChanged.connect(self._chosen)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.choice.setCurrentIndex(max(0, self.choice.findData(current if current is not None else NEW)))
        self._chosen()

    # -- filling ---------------------------------------------------------------------------
    def chosen(self) -> Source | None:
        sid = self.choice.currentData()
        return None if sid in (None, NEW) else self.model.tables["sources"].get(sid)

    def _chosen(self) -> None:
        src = self.chosen()
        self.kind.setCurrentIndex(max(0, self.kind.findData(src.kind if src else "stated")))
        for name, edit in self.fields.items():
            edit.setText(getattr(src, name) if src else "")
            edit.setCursorPosition(0)  # a long reason reads from its start
        self.quote.setPlainText(src.quote if src else "")
        n = citing(self.model, src.id) if src else 0
        self.shared.setText(tr("This source is cited by {facts}; corrections here change it for all.").format(
                facts=count(n, 'fact'))
                            if n > 1 or (n == 1 and src is not None and src.id != self.current) else "")
        self.problem.setText("")
        self._kind_changed()

    def _kind_changed(self) -> None:
        inferred = self.kind.currentData() == "inferred"
        for name in ("author", "reason"):
            self.fields[name].setEnabled(inferred or bool(self.fields[name].text()))

    def values(self) -> dict[str, Any]:
        out: dict[str, Any] = {name: edit.text().strip() for name, edit in self.fields.items()}
        out["quote"] = self.quote.toPlainText().strip()
        out["kind"] = self.kind.currentData()
        return out

    def _accept(self) -> None:
        v = self.values()
        if v["kind"] == "stated" and not v["document"]:
            self.problem.setText(tr("A stated source needs the document it is stated in."))
            return
        if v["kind"] == "inferred" and not v["reason"]:
            self.problem.setText(tr("An inferred source needs the reason for the inference."))
            return
        self.accept()

    # -- the edit ----------------------------------------------------------------------------
    def command_for(self, result: int, fact: str, key: list[Any]) -> cmds.Command | None:
        """The one command the dialog's answer means for fact ``(fact, key)``, or ``None``."""
        if result == self.REMOVE:
            return SetFactSource(fact=fact, key=key, source_id=None) if self.current is not None else None
        if result != QDialog.DialogCode.Accepted:
            return None
        v = self.values()
        src = self.chosen()
        if src is None:
            sid = self.model.next_id("sources")
            return cmds.Batch([AddSource(source_id=sid, **v), SetFactSource(fact=fact, key=key, source_id=sid)],
                              text=tr("Cite a new source"))
        steps: list[cmds.Command] = []
        changes = {k: val for k, val in v.items() if getattr(src, k) != val}
        if changes:
            steps.append(UpdateSource(source_id=src.id, changes=changes))
        if src.id != self.current:
            steps.append(SetFactSource(fact=fact, key=key, source_id=src.id))
        if not steps:
            return None
        return steps[0] if len(steps) == 1 else cmds.Batch(steps, text=tr("Correct and cite source"))


def edit_source(parent: QWidget, model: Model, fact_label: str, current: int | None,
                fact: str, key: list[Any]) -> cmds.Command | None:
    """Run the dialog; the command to execute (``None`` when nothing is to change)."""
    dlg = SourceDialog(model, fact_label, current, parent)
    return dlg.command_for(dlg.exec(), fact, key)


__all__ = ["SourceDialog", "edit_source", "citing"]
