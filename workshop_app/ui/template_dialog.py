"""File ▸ New from template…: pick a shipped template or a template file, see what it sets
up, choose the new session's file, and open it.

Templates are plain JSON: "Open template file…" adds one from anywhere (a colleague's, or
one edited by hand) and "Export template…" writes the chosen one out to share or edit. A bad
file is refused with one line naming the file and the place.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel,
                               QLineEdit, QListWidget, QListWidgetItem, QMessageBox, QPushButton,
                               QVBoxLayout, QWidget)

from ..bundled import resources_dir
from ..domain.wording import title_from_stem
from ..io.atomic import atomic_file
from ..io.errors import ExchangeError
from ..io.protocol import describe, new_session, read_template, shipped
from .text import literal
from .i18n import tr

FAILURES = (ExchangeError, OSError, ValueError)


class TemplateDialog(QDialog):
    """Choose a template and where the new session goes; ``made`` is the file after Create."""

    def __init__(self, parent: QWidget, folder: Path) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("New session from a template"))
        self.setMinimumSize(640, 480)
        self.resources = resources_dir()
        self.made: Path | None = None
        self.templates = QListWidget()
        self.templates.setAccessibleName(tr("Templates"))
        self.templates.setWordWrap(True)  # names are sentences: "Turin: from an EU commitment …"
        self.preview = QLabel()
        self.preview.setWordWrap(True)
        self.preview.setTextFormat(Qt.TextFormat.PlainText)  # names in a template are shown as typed
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.preview.setAccessibleName(tr("What the template sets up"))
        open_file = QPushButton(tr("Open template file…"))
        open_file.clicked.connect(self.open_file)
        export = QPushButton(tr("Export template…"))
        export.clicked.connect(self.export_template)
        side = QHBoxLayout()
        side.addWidget(open_file)
        side.addWidget(export)
        side.addStretch(1)
        self.path = QLineEdit(str(folder / "new-workshop.workshop"))
        self.path.setAccessibleName(tr("New session file"))
        browse = QPushButton(tr("Choose…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.title = QLineEdit()
        self.title.setPlaceholderText(tr("from the file name"))
        self.title.setAccessibleName(tr("Session title"))
        form = QFormLayout()
        form.addRow(tr("New session"), row)
        form.addRow(tr("Title"), self.title)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Create"))
        self.buttons.accepted.connect(self.create)
        self.buttons.rejected.connect(self.reject)
        lists = QHBoxLayout()
        lists.addWidget(self.templates, 1)
        lists.addWidget(self.preview, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(lists, 1)
        layout.addLayout(side)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.templates.currentItemChanged.connect(lambda *_: self._show())
        for path in shipped(self.resources).values():
            self.add(path, select=False)
        if self.templates.count():
            self.templates.setCurrentRow(0)

    # -- the list -------------------------------------------------------------------------
    def add(self, path: Path, *, select: bool = True) -> bool:
        """Read a template into the list (a dialog says why when it cannot be used)."""
        try:
            template = read_template(path, self.resources)
        except FAILURES as exc:
            QMessageBox.critical(self, tr("Cannot use this template"), literal(str(exc)))
            return False
        item = QListWidgetItem(template["name"])
        item.setData(Qt.ItemDataRole.UserRole, template)
        item.setToolTip(str(path))
        self.templates.addItem(item)
        if select:
            self.templates.setCurrentItem(item)
        return True

    def chosen(self) -> dict[str, Any] | None:
        item = self.templates.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def _show(self) -> None:
        template = self.chosen()
        self.preview.setText(describe(template) if template else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(template is not None)

    def open_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Open a template"), str(Path.home()),
                                              tr("Templates (*.json);;All files (*)"))
        if path:
            self.add(Path(path))

    def export_template(self) -> Path | None:
        template = self.chosen()
        if template is None:
            return None
        path, _ = QFileDialog.getSaveFileName(self, tr("Export the template as"), str(Path.home() / "template.json"),
                                              tr("Templates (*.json)"))
        if not path:
            return None
        out = Path(path) if path.lower().endswith(".json") else Path(path + ".json")
        try:
            with atomic_file(out) as part:
                part.write_text(json.dumps(template, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        except FAILURES as exc:
            QMessageBox.critical(self, tr("Export failed"), literal(tr("Nothing was written.\n\n{exc}").format(
                    exc=exc)))
            return None
        return out

    # -- the new session --------------------------------------------------------------------
    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("New session"), self.path.text(), tr("Workshop sessions (*.workshop)"))
        if path:
            self.path.setText(path if path.endswith(".workshop") else path + ".workshop")

    def target(self) -> Path:
        path = Path(self.path.text().strip()).expanduser()
        return path if path.suffix == ".workshop" else path.with_name(path.name + ".workshop")

    def create(self) -> None:
        """Make the session; the dialog closes only when the file is there."""
        template = self.chosen()
        if template is None or not self.path.text().strip():
            QMessageBox.warning(self, tr("New session from a template"), tr("Choose a template and a file name."))
            return
        target = self.target()
        try:
            self.made = new_session(template, target, title=self.title.text().strip()
                                    or title_from_stem(target.stem))
        except FAILURES as exc:
            QMessageBox.critical(self, tr("Cannot create the session"), literal(str(exc)))
            return
        self.accept()


__all__ = ["TemplateDialog"]
