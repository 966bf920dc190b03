"""The phase bar: one button per phase, in order, with add / rename / move / delete.

It only shows phases and reports clicks; the main window turns requests into commands.
The buttons share the bar's width and shorten their names to fit it (the tooltip has the
whole name), so long phase names never make the window wider than the screen or stop a
dock from opening beside the map.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QFontMetricsF, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QMenu,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from ..domain.model import Phase
from .text import literal, mnemonic_safe
from .i18n import tr


MIN_BUTTON_W = 56


def _short(name: str, limit: int = 34) -> str:
    """Long case phase names would push the window wider than a laptop screen."""
    return name if len(name) <= limit else name[: limit - 1].rstrip() + "…"


class PhaseBar(QWidget):
    phaseSelected = Signal(int)
    addRequested = Signal()
    renameRequested = Signal(int)
    moveRequested = Signal(int, int)  # phase id, new index
    deleteRequested = Signal(int)
    phasesSet = Signal(list)  # [Phase] in order, after the buttons were rebuilt (the slider follows)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PhaseBar")
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(8, 4, 8, 4)
        self._layout.setSpacing(4)
        title = QLabel(tr("Phases"))
        title.setStyleSheet("font-weight: 600; color: #444; padding-right: 6px;")
        self._layout.addWidget(title)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._buttons: dict[int, QToolButton] = {}
        self._phases: list[Phase] = []
        self._add = QToolButton()
        self._add.setText(tr("+ Phase"))
        self._add.setToolTip(tr("Add a phase after the last one"))
        self._add.clicked.connect(self.addRequested)
        self._layout.addWidget(self._add)
        self._layout.addStretch(1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setStyleSheet(
            "#PhaseBar QToolButton { padding: 5px 12px; border: 1px solid #B8B8B8;"
            " border-radius: 4px; background: #F2F2EE; font-size: 13px; }"
            "#PhaseBar QToolButton:checked { background: #1D3F7A; color: white;"
            " border-color: #1D3F7A; }"
        )

    def set_phases(self, phases: list[Phase], current: int) -> None:
        """Rebuild the buttons (phases are few, so rebuilding is simplest and exact)."""
        for btn in self._buttons.values():
            self._group.removeButton(btn)
            btn.deleteLater()
        self._buttons.clear()
        self._phases = list(phases)
        for i, ph in enumerate(phases):
            btn = QToolButton()
            btn.setCheckable(True)
            btn.setProperty("full_text", f"{i + 1}  {_short(ph.name)}")
            btn.setText(mnemonic_safe(f"{i + 1}  {_short(ph.name)}"))
            btn.setMinimumWidth(MIN_BUTTON_W)
            btn.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            btn.setToolTip(literal(tr("{name} ({value})\nRight-click to rename, move or delete").format(
                    name=ph.name, value=ph.key or 'custom stage')))
            btn.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            btn.customContextMenuRequested.connect(lambda pos, pid=ph.id, b=btn: self._menu(pid, b, pos))
            btn.clicked.connect(lambda _=False, pid=ph.id: self.phaseSelected.emit(pid))
            self._group.addButton(btn)
            self._layout.insertWidget(1 + i, btn)
            self._buttons[ph.id] = btn
        self.set_current(current)
        self._fit_texts()
        self.phasesSet.emit(list(self._phases))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_texts()

    def _fit_texts(self) -> None:
        """Shorten the buttons' names so that all of them fit the bar's width."""
        if not self._buttons:
            return
        fixed = sum(self._layout.itemAt(i).sizeHint().width() for i in (0, self._layout.count() - 2))
        spare = self.width() - fixed - 16 - self._layout.spacing() * (len(self._buttons) + 2)
        share = max(MIN_BUTTON_W, spare / len(self._buttons)) - 28  # less the button's padding
        for btn in self._buttons.values():
            full = str(btn.property("full_text"))
            text = QFontMetricsF(btn.font()).elidedText(full, Qt.TextElideMode.ElideRight, share)
            btn.setText(mnemonic_safe(text))

    def phases(self) -> list[Phase]:
        """The phases shown, in order."""
        return list(self._phases)

    def set_current(self, phase_id: int) -> None:
        btn = self._buttons.get(phase_id)
        if btn is not None:
            btn.setChecked(True)

    def button(self, phase_id: int) -> QToolButton:
        return self._buttons[phase_id]

    def _menu(self, phase_id: int, btn: QToolButton, pos: QPoint) -> None:
        index = [p.id for p in self._phases].index(phase_id)
        menu = QMenu(self)
        rename = QAction(tr("Rename…"), menu)
        rename.triggered.connect(lambda: self.renameRequested.emit(phase_id))
        left = QAction(tr("Move earlier"), menu)
        left.setEnabled(index > 0)
        left.triggered.connect(lambda: self.moveRequested.emit(phase_id, index - 1))
        right = QAction(tr("Move later"), menu)
        right.setEnabled(index < len(self._phases) - 1)
        right.triggered.connect(lambda: self.moveRequested.emit(phase_id, index + 1))
        delete = QAction(tr("Delete…"), menu)
        delete.setEnabled(len(self._phases) > 1)
        delete.triggered.connect(lambda: self.deleteRequested.emit(phase_id))
        for a in (rename, left, right):
            menu.addAction(a)
        menu.addSeparator()
        menu.addAction(delete)
        menu.exec(btn.mapToGlobal(pos))
