"""A word-sized line chart of one ordinal score across the phases.

Painted by hand rather than with pyqtgraph: a table may hold a dozen of them, and a plain
``QWidget`` costs nothing to create or repaint. Unscored phases leave a gap in the line, never a
dip to zero, because "not scored" is not "low".
"""

from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..domain.i18n import tr
from ..style import palette

LINE = palette.CHART_MEDIAN_LINE
GRID = palette.CHART_GRID
CURRENT = palette.CHART_CURRENT


class Sparkline(QWidget):
    """One value (or ``None``) per phase, drawn between ``low`` and ``high``."""

    def __init__(self, parent: QWidget | None = None, *, low: float = 1, high: float = 5) -> None:
        super().__init__(parent)
        self.values: list[float | None] = []
        self.current: int | None = None
        self.low, self.high = low, high
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumSize(60, 26)

    def sizeHint(self) -> QSize:
        return QSize(120, 30)

    def set_values(self, values: Sequence[float | None], current: int | None = None,
                   *, low: float | None = None, high: float | None = None) -> None:
        """Show these values; ``current`` is the index of the phase on the canvas (ringed)."""
        self.values = list(values)
        self.current = current
        if low is not None:
            self.low = low
        if high is not None:
            self.high = high
        tip = " → ".join("–" if v is None else f"{v:g}" for v in self.values)
        self.setToolTip(tr("Across phases: {values}").format(values=tip) if self.values else "")
        self.update()

    def points(self) -> list[QPointF | None]:
        """Where each value is drawn (``None`` for a gap), in widget coordinates."""
        n = len(self.values)
        if n == 0:
            return []
        area = QRectF(self.rect()).adjusted(7, 6, -7, -6)
        span = (self.high - self.low) or 1.0
        out: list[QPointF | None] = []
        for i, v in enumerate(self.values):
            if v is None:
                out.append(None)
                continue
            x = area.center().x() if n == 1 else area.left() + area.width() * i / (n - 1)
            t = min(1.0, max(0.0, (v - self.low) / span))
            out.append(QPointF(x, area.bottom() - t * area.height()))
        return out

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect()).adjusted(7, 6, -7, -6)
        painter.setPen(QPen(QColor(GRID), 1))
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        pts = self.points()
        painter.setPen(QPen(QColor(LINE), 2.2))
        for a, b in zip(pts, pts[1:]):
            if a is not None and b is not None:
                painter.drawLine(a, b)
        for i, p in enumerate(pts):
            if p is None:
                # A hollow tick on the baseline says "no score here", not "zero".
                n = len(pts)
                x = area.center().x() if n == 1 else area.left() + area.width() * i / (n - 1)
                painter.setPen(QPen(QColor(palette.CHART_GAP), 1.4))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(QPointF(x, area.bottom()), 2.2, 2.2)
                continue
            if i == self.current:
                painter.setPen(QPen(QColor(CURRENT), 2))
                painter.setBrush(QColor(palette.PAPER))
                painter.drawEllipse(p, 4.6, 4.6)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(LINE))
            painter.drawEllipse(p, 2.8, 2.8)
        painter.end()


__all__ = ["Sparkline"]
