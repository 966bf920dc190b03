"""The facilitator's own presenting order: a list of the session's actors (or relations) to
put in order, saved in the session as one edit (undoable like any other).

Reordering works by dragging and by keyboard alike: the buttons move the chosen item up,
down, to the top or to the bottom, and Alt+Up / Alt+Down do the same from the list.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from ..domain import commands as cmds
from ..domain.presentation import SEQUENCE_KEY, UNITS, ordered, saved_sequence, sequence_value
from ..domain.rounds import relation_label
from .i18n import tr

if TYPE_CHECKING:  # pragma: no cover
    from .context import WindowContext

_ID = Qt.ItemDataRole.UserRole


class SequenceDialog(QDialog):
    """Reorder every actor (or relation) of the session; OK saves the order."""

    def __init__(self, ctx: "WindowContext", unit: str) -> None:
        super().__init__(ctx.parent)
        self.ctx, self.unit = ctx, unit
        model = ctx.session.model
        what = "actors" if unit == "actors" else "relations"
        self.setWindowTitle(tr("Presentation sequence: {what}").format(what=what))
        layout = QVBoxLayout(self)
        intro = QLabel(tr("The order in which “{unit}” shows the {what} when the order is “Your saved "
                          "sequence”. Each phase shows those it has, in this order.").format(
                unit=UNITS[unit], what=what))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.items = QListWidget()
        self.items.setAccessibleName(tr("Sequence of {what}").format(what=what))
        self.items.setAccessibleDescription(tr("Alt+Up and Alt+Down move the chosen item; drag to move it too"))
        self.items.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        ids = list(model.tables["actors"] if unit == "actors" else model.tables["relations"])
        for item_id in ordered(model, unit, "saved", ids):
            text = model.actor(item_id).name if unit == "actors" else relation_label(model, item_id)
            item = QListWidgetItem(text)
            item.setData(_ID, item_id)
            item.setToolTip(text)
            self.items.addItem(item)
        if self.items.count():
            self.items.setCurrentRow(0)
        intro.setBuddy(self.items)
        row = QHBoxLayout()
        for text, step, key in ((tr("Move &up"), -1, "Alt+Up"), (tr("Move &down"), 1, "Alt+Down"),
                                (tr("To the &top"), -10**6, "Alt+Home"), (tr("To the &bottom"), 10**6, "Alt+End")):
            button = QPushButton(text)
            button.setToolTip(f"{text.replace('&', '')} ({key})")
            button.clicked.connect(lambda _=False, d=step: self.move(d))
            row.addWidget(button)
            QShortcut(QKeySequence(key), self.items, lambda d=step: self.move(d))
        reset = QPushButton(tr("By &type"))
        reset.setToolTip(tr("Start again from the order by type"))
        reset.clicked.connect(self.reset)
        row.addWidget(reset)
        layout.addWidget(self.items, 1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 520)
        self._saved_before = saved_sequence(model)[unit]

    def ids(self) -> list[int]:
        return [int(self.items.item(i).data(_ID)) for i in range(self.items.count())]

    def move(self, delta: int) -> None:
        """Move the chosen item ``delta`` places (clamped to the list)."""
        row = self.items.currentRow()
        if row < 0:
            return
        target = max(0, min(self.items.count() - 1, row + delta))
        if target == row:
            return
        item = self.items.takeItem(row)
        self.items.insertItem(target, item)
        self.items.setCurrentRow(target)

    def reset(self) -> None:
        model = self.ctx.session.model
        by_type = ordered(model, self.unit, "type", self.ids())
        rows = {int(self.items.item(i).data(_ID)): i for i in range(self.items.count())}
        taken = [self.items.item(rows[i]) for i in by_type]
        for item in taken:
            self.items.takeItem(self.items.row(item))
        for item in taken:
            self.items.addItem(item)

    def command(self) -> cmds.Command | None:
        """The one edit that saves the order (None when nothing changed)."""
        if self.ids() == self._saved_before:
            return None
        model = self.ctx.session.model
        return cmds.SetMeta(key=SEQUENCE_KEY, value=sequence_value(model, self.unit, self.ids()))


__all__ = ["SequenceDialog"]
