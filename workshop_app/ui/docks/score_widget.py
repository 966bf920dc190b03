"""The compact scoring widget: three rows of 1–5 buttons, the room's median and the 3C class.

Keys 1–5 score the highlighted dimension and move on to the next one, so a facilitator can
score a relation with three key presses ("4", "3", "4") while the room talks.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.scoring import DimensionConsensus, tensions
from ...domain.vocabulary import SCORE_DIMENSIONS, SCORE_LABELS, THREE_C
from ...style import palette

_HINT = {
    "trust": "Expecting that what you share will not be used against you",
    "commitment": "Willingness to invest in and stay in the relationship",
    "interdependence": "How much each partner needs the other",
}


class ScoreWidget(QWidget):
    """Emits ``scoreRequested(dimension, value_or_None)``; shows the consensus it is given."""

    scoreRequested = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current = 0
        grid = QGridLayout()
        grid.setHorizontalSpacing(3)
        grid.setVerticalSpacing(4)
        self._labels: dict[str, QLabel] = {}
        self._groups: dict[str, QButtonGroup] = {}
        self._room: dict[str, QLabel] = {}
        self.buttons: dict[tuple[str, int], QToolButton] = {}
        for row, dim in enumerate(SCORE_DIMENSIONS):
            label = QLabel(dim.capitalize())
            label.setToolTip(_HINT[dim])
            label.setMinimumWidth(104)
            grid.addWidget(label, 2 * row, 0)
            self._labels[dim] = label
            group = QButtonGroup(self)
            group.setExclusive(False)
            for v in range(1, 6):
                b = QToolButton()
                b.setText(str(v))
                b.setCheckable(True)
                b.setToolTip(f"{dim} {v}: {SCORE_LABELS[v]}")
                b.setFixedSize(30, 28)
                b.clicked.connect(lambda _=False, d=dim, val=v: self._clicked(d, val))
                group.addButton(b, v)
                grid.addWidget(b, 2 * row, v)
                self.buttons[(dim, v)] = b
            clear = QToolButton()
            clear.setText("–")
            clear.setToolTip(f"Clear {dim} (not scored)")
            clear.setFixedSize(24, 28)
            clear.clicked.connect(lambda _=False, d=dim: self.scoreRequested.emit(d, None))
            grid.addWidget(clear, 2 * row, 6)
            room = QLabel("")
            room.setStyleSheet("color: #555; font-size: 11px;")
            grid.addWidget(room, 2 * row + 1, 1, 1, 6)
            self._room[dim] = room
            self._groups[dim] = group
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(grid)
        self.class_label = QLabel("3C: –")
        self.class_label.setStyleSheet("font-size: 15px; font-weight: 600; padding-top: 4px;")
        self.class_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.class_label)
        self.tension_label = QLabel("")
        self.tension_label.setWordWrap(True)
        self.tension_label.setStyleSheet(f"color: {palette.TRUST_COLOUR[1]};")
        outer.addWidget(self.tension_label)
        hint = QLabel("Keys 1–5 score the marked row and move to the next.")
        hint.setStyleSheet("color: #777; font-size: 11px;")
        outer.addWidget(hint)
        self._highlight()

    @property
    def current_dimension(self) -> str:
        return SCORE_DIMENSIONS[self.current]

    def set_current(self, index: int) -> None:
        self.current = index % len(SCORE_DIMENSIONS)
        self._highlight()

    def _highlight(self) -> None:
        for i, dim in enumerate(SCORE_DIMENSIONS):
            lab = self._labels[dim]
            if i == self.current:
                lab.setText(f"▶ {dim.capitalize()}")
                lab.setStyleSheet("font-weight: 700; color: #1D3F7A;")
            else:
                lab.setText(f"   {dim.capitalize()}")
                lab.setStyleSheet("color: #333;")

    def _clicked(self, dim: str, value: int) -> None:
        self.set_current(SCORE_DIMENSIONS.index(dim))
        self.press(value)

    def press(self, value: int) -> None:
        """Score the current dimension and step on (what the 1–5 shortcuts call)."""
        dim = self.current_dimension
        self.set_current(self.current + 1)
        self.scoreRequested.emit(dim, value)

    def show_scores(self, own: dict[str, int | None], room: dict[str, DimensionConsensus], *,
                    threec: str | None) -> None:
        """``own``: this participant's vote; ``room``: the consensus of the votes that count;
        ``threec``: the room's class as every view reads it (``analysis.classes``: the session's
        rule over the same votes), passed in so this panel never derives a class of its own."""
        for dim in SCORE_DIMENSIONS:
            mine = own.get(dim)
            for v in range(1, 6):
                b = self.buttons[(dim, v)]
                b.blockSignals(True)
                b.setChecked(mine == v)
                b.blockSignals(False)
            c = room[dim]
            if c.n == 0:
                self._room[dim].setText("not scored")
            elif c.n == 1:
                self._room[dim].setText(f"{c.median} {SCORE_LABELS[c.median or 3]}")
            else:
                self._room[dim].setText(f"median {c.median} · {c.low}–{c.high} · {c.n} votes")
        t, co, i = (room[d].median for d in SCORE_DIMENSIONS)
        name = THREE_C.get(threec) if threec is not None else None
        self.class_label.setText(f"3C: {name}" if name else "3C: – (score all three)")
        found = tensions(t, co, i)
        self.tension_label.setText(("Tension: " + "; ".join(found)) if found else "")
