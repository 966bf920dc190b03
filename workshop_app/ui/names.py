"""Whole names in every list, table, tree and drop-down of the console.

Workshop names are long and often share their start ("City of Rivertown Mobility …",
"City of Rivertown Planning …"): cutting the end leaves rows nobody can tell apart. Here a
long name loses its middle instead (the start and the distinguishing end both stay), pointing
at any entry shows it whole, and a drop-down's list opens wide enough for its longest entry.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QFontMetrics, QHelpEvent
from PySide6.QtGui import Qt as GuiQt  # QtGui's Qt namespace holds mightBeRichText
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QToolTip, QWidget

from .text import literal

_DONE = "workshop_full_names"  # a property that marks a widget as handled
POPUP_MAX_WIDTH = 900  # a pasted paragraph as a name must not make a screen-wide popup


class NameTips(QObject):
    """Shows an entry's whole text when the pointer rests on it (unless it has its own tip)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ToolTip or not isinstance(event, QHelpEvent):
            return False
        view = watched.parent()
        if not isinstance(view, QAbstractItemView):
            return False
        index = view.indexAt(event.pos())
        text = _tip(index)
        if not text:
            QToolTip.hideText()
            return False
        QToolTip.showText(event.globalPos(), text, view.viewport(), view.visualRect(index))
        return True


def _tip(index: QModelIndex) -> str:
    """The entry's own tooltip as its code set it, else its text shown as typed."""
    if not index.isValid():
        return ""
    own = index.data(Qt.ItemDataRole.ToolTipRole)
    if own:
        return str(own)
    shown = index.data(Qt.ItemDataRole.DisplayRole)
    return "" if shown is None else literal(str(shown))


def whole_names_in_view(view: QAbstractItemView) -> None:
    """Middle elision and whole-name tooltips for one list, table or tree."""
    if view.property(_DONE):
        return
    view.setProperty(_DONE, True)
    view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    tips = NameTips(view)
    view.viewport().installEventFilter(tips)


def whole_names_in_combo(combo: QComboBox) -> None:
    """A drop-down that elides in the middle, says its choice whole on hover, and opens wide."""
    if combo.property(_DONE):
        return
    combo.setProperty(_DONE, True)
    whole_names_in_view(combo.view())
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(min(max(combo.minimumContentsLength(), 12), 24))

    purpose = combo.toolTip()  # what the drop-down is for, if its code said so

    def follow() -> None:
        shown = combo.currentText()
        combo.setToolTip("\n".join(t for t in (shown, purpose) if t) if not GuiQt.mightBeRichText(shown)
                         else literal(shown))
        fm = QFontMetrics(combo.view().font())
        widest = max((fm.horizontalAdvance(combo.itemText(i)) for i in range(combo.count())), default=0)
        combo.view().setMinimumWidth(min(POPUP_MAX_WIDTH, widest + 40))

    combo.currentTextChanged.connect(lambda _text: follow())
    model = combo.model()
    for signal in (model.rowsInserted, model.rowsRemoved, model.modelReset, model.dataChanged):
        signal.connect(lambda *_: follow())
    follow()


def middle(text: str, limit: int) -> str:
    """``text`` cut to ``limit`` characters by taking out its middle (for labels and buttons)."""
    if len(text) <= limit:
        return text
    head = (limit - 1) // 2
    return text[:head].rstrip() + "…" + text[len(text) - (limit - 1 - head):].lstrip()


def full_names(root: QWidget) -> None:
    """Apply both to ``root`` and every list and drop-down inside it (safe to call again)."""
    if isinstance(root, QAbstractItemView):
        whole_names_in_view(root)
    if isinstance(root, QComboBox):
        whole_names_in_combo(root)
    for combo in root.findChildren(QComboBox):
        whole_names_in_combo(combo)
    for view in root.findChildren(QAbstractItemView):
        whole_names_in_view(view)


__all__ = ["full_names", "middle", "whole_names_in_combo", "whole_names_in_view", "NameTips"]
