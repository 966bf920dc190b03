"""The table of the corpus dialog: every actor of every workshop with its suggested or
decided canonical actor, filtered by what the researcher is looking at.

A plain model over the register's rows (``research.register.MatchRow``) and a filter in
front of it: by status (suggested, decided, rejected, unmatched, all) and by a piece of text
in any name. Names are shown as typed: a model's display text is never read as markup.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from ...research.register import MatchRow
from ...research.names import fold
from ...domain.i18n import N_
from ..i18n import tr

Index = QModelIndex | QPersistentModelIndex

COLUMNS: tuple[tuple[str, str], ...] = (
    ("canonical_name", N_("Canonical actor")),
    ("workshop", N_("Workshop")),
    ("actor_name", N_("Actor in the workshop")),
    ("type", N_("Type")),
    ("scale", N_("Scale")),
    ("score", N_("Score")),
    ("method", N_("Why")),
    ("status", N_("Status")),
    ("decided", N_("Decided by")),
)
TIPS = {
    "score": N_("Name similarity 0-100 after folding case, accents, punctuation and words like "
                "'City of' or 'GmbH'; lowered by 10 where the types differ, by 5 where the scales do"),
    "status": N_("suggested: waiting for you; accepted or edited: counts in the canonical views; "
                 "rejected: never suggested again"),
}
# What the "Show" box offers: its label and the statuses it lets through.
SHOWS: dict[str, tuple[str, ...]] = {
    N_("Suggested"): ("suggested",),
    N_("Decided"): ("accepted", "edited"),
    N_("Rejected"): ("rejected",),
    N_("Unmatched"): ("",),
    N_("All"): ("suggested", "accepted", "edited", "rejected", ""),
}
_STATUS_COLOURS = {"accepted": "#1b6e34", "edited": "#1f4e99", "rejected": "#8a8a8a"}


class MatchModel(QAbstractTableModel):
    """The register's rows, one per (actor, suggestion or decision)."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[MatchRow] = []
        self.haystack: list[str] = []  # each row's names folded once, for the Find box

    def set_rows(self, rows: list[MatchRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.haystack = ["\n".join(map(fold, (r.actor_name, r.canonical_name, r.workshop)))
                         for r in rows]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        key, title = COLUMNS[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(title)
        if role == Qt.ItemDataRole.ToolTipRole:
            return tr(TIPS[key]) if key in TIPS else None
        return None

    def text(self, row: MatchRow, key: str) -> str:
        if key == "score":
            return "" if row.score is None else f"{row.score:g}"
        if key == "decided":
            return f"{row.decided_by} {row.decided_at[:10]}".strip()
        if key == "status":
            return row.status or "unmatched"
        if key == "canonical_name":
            return row.canonical_name or "—"
        return str(getattr(row, key))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        key = COLUMNS[index.column()][0]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(row, key)
        if role == Qt.ItemDataRole.UserRole:  # sorting: the score as a number
            return -1.0 if key == "score" and row.score is None else (
                row.score if key == "score" else self.text(row, key).casefold())
        if role == Qt.ItemDataRole.TextAlignmentRole and key == "score":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and row.status in _STATUS_COLOURS:
            return QBrush(QColor(_STATUS_COLOURS[row.status]))
        if role == Qt.ItemDataRole.FontRole and key == "status" and row.status in ("accepted", "edited"):
            font = QFont()
            font.setBold(True)
            return font
        return None


class MatchFilter(QSortFilterProxyModel):
    """Rows of the chosen statuses that hold the searched text in a name or workshop."""

    def __init__(self, model: MatchModel) -> None:
        super().__init__()
        self.setSourceModel(model)
        self.setSortRole(Qt.ItemDataRole.UserRole)
        self.statuses: tuple[str, ...] = SHOWS["Suggested"]
        self.needle = ""

    def set_filter(self, statuses: tuple[str, ...], text: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 on; invalidateFilter before
            self.beginFilterChange()
            self.statuses, self.needle = statuses, fold(text)
            self.endFilterChange()
            return
        self.statuses, self.needle = statuses, fold(text)
        self.invalidateFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, MatchModel)
        if model.rows[source_row].status not in self.statuses:
            return False
        return not self.needle or self.needle in model.haystack[source_row]

    def match_row(self, index: QModelIndex) -> MatchRow:
        model = self.sourceModel()
        assert isinstance(model, MatchModel)
        return model.rows[self.mapToSource(index).row()]


__all__ = ["COLUMNS", "MatchFilter", "MatchModel", "SHOWS"]
