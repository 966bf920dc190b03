"""Small parts the actor and relation panels of the Properties dock share."""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QComboBox, QHBoxLayout, QLabel, QPlainTextEdit, QRadioButton, QWidget

from ...domain import commands as cmds
from ...session import Session
from ..text import plain


class Context(Protocol):
    """What the panels need from the window (kept small so they are easy to test)."""

    session: Session

    @property
    def phase_id(self) -> int: ...

    @property
    def participant_id(self) -> int | None: ...

    def execute(self, command: cmds.Command) -> Any: ...


class NoteEdit(QPlainTextEdit):
    """A multi-line note that commits when focus leaves it (not on every keystroke)."""

    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedHeight(70)
        self._last = ""

    def set_text(self, text: str) -> None:
        if self.toPlainText() != text and not self.hasFocus():
            self.setPlainText(text)
        self._last = text

    def focusOutEvent(self, event: Any) -> None:
        super().focusOutEvent(event)
        if self.toPlainText() != self._last:
            self._last = self.toPlainText()
            self.committed.emit(self._last)


def real_changes(record: Any, changes: dict[str, Any]) -> dict[str, Any]:
    """Drop fields that already hold the value, so refreshing a widget is never an edit."""
    return {
        k: v for k, v in changes.items()
        if getattr(record, k) != (tuple(v) if isinstance(v, list) else v)
    }


def phase_title() -> QLabel:
    """The heading above the per-phase part of a panel (presence, roles, scores)."""
    label = plain(QLabel())  # it names the phase as typed
    label.setWordWrap(True)
    label.setStyleSheet("font-weight: 600; padding-top: 8px;")
    return label


def combo(items: dict[str, str]) -> QComboBox:
    box = QComboBox()
    for key, label in items.items():
        box.addItem(label, key)
    return box


def set_combo(box: QComboBox, key: str) -> None:
    box.blockSignals(True)
    box.setCurrentIndex(max(0, box.findData(key)))
    box.blockSignals(False)


class StateChoice(QWidget):
    """Exclusive choices in a row (a presence or relation state); ``chosen(key)`` on a click."""

    def __init__(self, items: dict[str, str], tips: dict[str, str], chosen: Any) -> None:
        super().__init__()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(10)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        for key, label in items.items():
            button = QRadioButton(label)
            button.setToolTip(tips.get(key, ""))
            button.clicked.connect(lambda _=False, k=key: chosen(k))
            self.group.addButton(button)
            self.buttons[key] = button
            row.addWidget(button)
        row.addStretch(1)

    def set_state(self, key: str) -> None:
        if key in self.buttons:
            self.buttons[key].setChecked(True)

    def state(self) -> str:
        return next((k for k, b in self.buttons.items() if b.isChecked()), "")


__all__ = ["Context", "NoteEdit", "StateChoice", "combo", "phase_title", "real_changes", "set_combo"]
