"""The mapping step of an import: what a source's words and numbers stand for, with a preview.

Offered when a source does not fit the vocabulary by itself (an actor type or relation kind
no synonym explains, a score column on another scale than 1-5, level words or cells that
would be left out). Each distinct type, kind and role is one row whose target can be chosen;
each scored dimension has its scale (as judged from the values, or chosen here); the preview
below shows every distinct score cell with the level it becomes and the rule, updated as the
choices change. Nothing is written until the import itself runs; the choices are kept with
the imported session's source record, and can be saved as a mapping file for ``--map``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain import vocabulary as voc
from ...domain.wording import count
from ...io.errors import ExchangeError
from ...io.importers import read_foreign
from ...io.importers.detect import OWN_FORMATS
from ...io.importers.foreign import ForeignGraph
from ...io.importers.mapping import Mapping, PreviewRow, detected_scales, preview, review, \
    save_mapping
from ...io.importers.score_cells import SCALES
from ..text import literal, plain
from ..i18n import tr
from ...domain.i18n import N_
from ...domain.terms import choices, term

NOT_MAPPED = N_("— not mapped —")
SCALE_NAMES = {"1-5": N_("1-5 (as the app)"), "0-1": "0-1", "0-5": "0-5", "1-7": "1-7",
               "1-10": "1-10", "0-10": "0-10", "percent": N_("percentages (0-100)")}
_FIELD_NAMES = {"actor type": N_("actor type"), "relation kind": N_("relation kind"), "role": N_("role")}


class ImportMappingDialog(QDialog):
    """Choices over the app's own mapping; :meth:`mapping` returns them."""

    def __init__(self, graph: ForeignGraph, reasons: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.graph = graph
        self.setWindowTitle(tr("Map {name} onto the app's vocabulary").format(name=graph.source.name))
        self.setMinimumSize(720, 560)
        layout = QVBoxLayout(self)
        intro = plain(QLabel(), tr("Some of the file does not fit the app's vocabulary by itself:") + "\n"
                      + "\n".join(f"• {r}" for r in reasons)
                      + "\n" + tr("Choose what each value stands for; the preview shows the result."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        rows = preview(graph, Mapping())
        self.words = QTableWidget(0, 4)
        self.words.setHorizontalHeaderLabels([tr("What"), tr("In the file"), tr("Count"), tr("Becomes")])
        self.words.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.word_rows: list[tuple[PreviewRow, QComboBox]] = []
        for row in (r for r in rows if r.field in ("actor type", "relation kind", "role")):
            self._word_row(row)
        words_box = QGroupBox(tr("Types, kinds and roles"))
        QVBoxLayout(words_box).addWidget(self.words)
        layout.addWidget(words_box, 2)
        scales_box = QGroupBox(tr("Score scales"))
        form = QFormLayout(scales_box)
        self.scales: dict[str, QComboBox] = {}
        for dim, scale in detected_scales(graph, Mapping()).items():
            combo = QComboBox()
            if scale is None:
                combo.addItem(tr("no known scale: cells left out"), None)
            for key, label in SCALE_NAMES.items():
                combo.addItem(tr(label), key)
            if scale is not None and scale.name in SCALES:
                combo.setCurrentIndex(combo.findData(scale.name))
            combo.currentIndexChanged.connect(self.refresh)
            self.scales[dim] = combo
            form.addRow(f"{term('dimension', dim)}:", combo)
        if not self.scales:
            form.addRow(plain(QLabel(), tr("The file holds no trust, commitment or "
                                 "interdependence values.")))
        layout.addWidget(scales_box)
        self.cells = QTableWidget(0, 5)
        self.cells.setHorizontalHeaderLabels([tr("Score"), tr("In the file"), tr("Count"), tr("Becomes"), tr("Rule")])
        self.cells.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.cells.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        cells_box = QGroupBox(tr("Preview of the score cells"))
        QVBoxLayout(cells_box).addWidget(self.cells)
        layout.addWidget(cells_box, 3)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Import with this mapping"))
        self.save_button = buttons.addButton(tr("Save mapping…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(self.save)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh()

    def _word_row(self, row: PreviewRow) -> None:
        i = self.words.rowCount()
        self.words.insertRow(i)
        field = tr(_FIELD_NAMES[row.field]) if row.field in _FIELD_NAMES else row.field
        for col, text in enumerate((field, row.value or tr("(none stated)"), str(row.count))):
            item = QTableWidgetItem(text)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.words.setItem(i, col, item)
        combo = QComboBox()
        if row.field == "role":
            combo.setEditable(True)
            for key, label in choices("role"):
                combo.addItem(label, key)
            if combo.findData(row.becomes) < 0:
                combo.addItem(row.becomes, row.becomes)
        else:
            combo.addItem(tr(NOT_MAPPED), "")
            for key, label in choices(row.field):
                combo.addItem(label, key)
        combo.setCurrentIndex(max(0, combo.findData(row.becomes)))
        combo.setToolTip(literal(row.rule or tr("as written")))
        combo.currentIndexChanged.connect(self.refresh)
        self.words.setCellWidget(i, 3, combo)
        self.word_rows.append((row, combo))

    def mapping(self) -> Mapping:
        """The choices that differ from what the app does by itself."""
        out = Mapping(origin="the import dialog")
        for row, combo in self.word_rows:
            chosen = _choice(combo)
            if not chosen or chosen == row.becomes or not row.value:
                continue
            {"actor type": out.types, "relation kind": out.kinds, "role": out.roles}[
                row.field][row.value] = chosen
        auto = detected_scales(self.graph, Mapping())
        for dim, combo in self.scales.items():
            key = combo.currentData()
            if key is not None and (auto.get(dim) is None or auto[dim].name != key):
                out.scales[dim] = SCALES[key]
        return out

    def refresh(self) -> None:
        """Fill the score preview from the current choices."""
        mapping = self.mapping()
        rows = [r for r in preview(self.graph, mapping) if r.field in voc.SCORE_DIMENSIONS]
        self.cells.setRowCount(len(rows))
        for i, row in enumerate(rows):
            becomes = row.becomes or tr("left out")
            for col, text in enumerate((term("dimension", row.field), row.value, str(row.count), becomes, row.rule)):
                self.cells.setItem(i, col, QTableWidgetItem(text))
        left = sum(r.count for r in rows if not r.becomes)
        self.setToolTip(tr("{score_cells} left out").format(score_cells=count(left, "score cell")) if left else "")

    def save(self) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, tr("Save the mapping as"),
                                              str(self.graph.source.with_suffix(".mapping.json")),
                                              tr("Mapping files (*.json)"))
        if not name:
            return None
        try:
            return save_mapping(self.mapping(), name)
        except (ExchangeError, OSError) as exc:
            QMessageBox.critical(self, tr("Mapping not saved"), literal(str(exc)))
            return None


def _choice(combo: QComboBox) -> str:
    """The key chosen in ``combo``, or the text typed into an editable one (a custom role)."""
    i = combo.currentIndex()
    if i >= 0 and combo.currentText() == combo.itemText(i):
        return str(combo.itemData(i) or "")
    return combo.currentText().strip()


def ask_mapping(parent: QWidget | None, src: Path, fmt: str) -> tuple[bool, Mapping | None]:
    """Read ``src`` and, when it does not fit the vocabulary, ask for a mapping.

    Returns (go on, mapping): ``(True, None)`` when nothing needs asking, ``(False, None)``
    when the user cancelled. A file that cannot be read raises its one-line error.
    """
    if fmt in OWN_FORMATS:  # the app's own tables speak its vocabulary: nothing to map
        return True, None
    graph = read_foreign(src, fmt)
    reasons = review(graph, Mapping())
    if not reasons:
        return True, None
    dialog = ImportMappingDialog(graph, reasons, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False, None
    return True, dialog.mapping()


__all__ = ["ImportMappingDialog", "ask_mapping"]
