"""Small parts shared by the panels for what the map flattens (arenas, institutional work,
orchestration, influence, public value): the context they edit through, text fields that
commit once when the user is done (one command, one undo step, not one per keystroke), and
choice boxes whose first entry means "not recorded".
"""

from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from ...analysis.classes import citation
from ...domain import commands as cmds
from ...domain.model import Model
from ...session import Session
from ...domain.i18n import N_
from ..i18n import tr

NOT_RECORDED = N_("— not recorded —")
HINT_STYLE = "color: #5A5A5A; font-size: 11px;"
TITLE_STYLE = "font-weight: 600; color: #0B3C6E; padding-top: 6px;"


class EditContext(Protocol):
    """What the editors need from the window (a ``WindowContext`` or a test double)."""

    @property
    def session(self) -> Session: ...

    @property
    def phase_id(self) -> int: ...

    def execute(self, command: cmds.Command) -> Any: ...


class CommitLine(QLineEdit):
    """A line that reports its text once, when editing finishes and only if it changed."""

    committed = Signal(str)

    def __init__(self, placeholder: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setAccessibleName(placeholder)  # its words are its only label: a screen reader's too
        self._last = ""
        self.editingFinished.connect(self._finished)

    def set_value(self, text: str) -> None:
        """Show the model's value (not over what the user is typing and has not committed)."""
        typing = self.hasFocus() and self.text() != self._last
        self._last = text
        if self.text() != text and not typing:
            self.setText(text)

    def _finished(self) -> None:
        if self.text() != self._last:
            self._last = self.text()
            self.committed.emit(self.text())


class CommitText(QPlainTextEdit):
    """A few lines of text that report once, when focus leaves them and only if changed."""

    committed = Signal(str)

    def __init__(self, placeholder: str = "", height: int = 64, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setAccessibleName(placeholder)  # its words are its only label: a screen reader's too
        self.setFixedHeight(height)
        self.setTabChangesFocus(True)
        self._last = ""

    def set_value(self, text: str) -> None:
        typing = self.hasFocus() and self.toPlainText() != self._last
        self._last = text
        if self.toPlainText() != text and not typing:
            self.setPlainText(text)

    def commit(self) -> None:
        if self.toPlainText() != self._last:
            self._last = self.toPlainText()
            self.committed.emit(self._last)

    def focusOutEvent(self, event: Any) -> None:
        super().focusOutEvent(event)
        self.commit()


def choice_box(options: dict[str, str], none_label: str | None = NOT_RECORDED) -> QComboBox:
    """A combo box of ``options`` (key -> label), with a first "not recorded" entry (data
    ``None``) unless ``none_label`` is ``None``."""
    box = QComboBox()
    if none_label is not None:
        box.addItem(tr(none_label), None)
    for key, label in options.items():
        box.addItem(label, key)
    return box


def show_choice(box: QComboBox, value: Any) -> None:
    """Select the entry holding ``value`` without reporting it as the user's choice."""
    i = box.findData(value)
    box.blockSignals(True)
    box.setCurrentIndex(i if i >= 0 else 0)
    box.blockSignals(False)


def fact_tip(base: str, model: Model, actor_id: int | None, phase_id: int, fact: str) -> str:
    """``base`` and, when one is recorded, the source of one of an actor's facts in a phase
    (influence, alignment, orchestrator, value_gains, value_costs)."""
    row = model.presence(actor_id, phase_id) if actor_id is not None else None
    source = row.fact_sources.get(fact) if row is not None else None
    return base if source is None else base + "\n" + tr("Source: {citation}").format(citation=citation(model, source))


def hint(text: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(HINT_STYLE)
    return label


def section_title(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet(TITLE_STYLE)
    return label


__all__ = ["CommitLine", "CommitText", "EditContext", "NOT_RECORDED", "choice_box", "fact_tip", "hint",
           "section_title", "show_choice"]
