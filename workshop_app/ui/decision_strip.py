"""Decision points under the phase slider: a marker for each decision, within its phase's
stretch of the timeline and in its order there, with its label and date.

A decision such as "specifications fixed" or "plan adopted" belongs on the timeline because
what comes after it cannot change it: the room sees who was there before it and who came in
after. Clicking a marker opens it for editing (with Delete); right-clicking offers to add one
in the phase under the pointer. The strip only paints and reports; the timeline feature turns
the requests into commands.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QContextMenuEvent, QFont, QFontMetricsF, QMouseEvent, QPainter, QPaintEvent, QPolygonF
from PySide6.QtWidgets import QMenu, QWidget

from ..analysis.classes import citation
from ..domain.evidence import DecisionPoint
from ..domain.model import Model
from ..style import palette
from .i18n import tr
from ..domain.terms import term

MARKER = "#0B3C6E"
MARKER_R = 5.0


@dataclass(frozen=True)
class Marker:
    decision_id: int
    phase_id: int
    x: float
    text: str
    tip: str
    label_rect: QRectF


def marker_text(point: DecisionPoint) -> str:
    return f"{point.label} · {point.date}" if point.date else point.label


def decision_tip(model: Model, point: DecisionPoint) -> str:
    lines = [point.label, term("decision kind", point.kind)]
    if point.date:
        lines.append(point.date)
    if point.note:
        lines.append(point.note)
    if point.source_id is not None:
        lines.append(tr("Source: {citation}").format(citation=citation(model, point.source_id)))
    lines.append(tr("Click to edit"))
    return "\n".join(lines)


class DecisionStrip(QWidget):
    """One row of markers; ``ticks`` gives the x of each phase's tick in this widget."""

    editRequested = Signal(int)  # decision id
    addRequested = Signal(int)  # phase id
    deleteRequested = Signal(int)  # decision id

    def __init__(self, ticks: Callable[[], list[float]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DecisionStrip")
        self.ticks = ticks
        self.model: Model | None = None
        self.phase_ids: list[int] = []
        self.markers: list[Marker] = []
        f = QFont()
        f.setPointSizeF(8.5)
        self.setFont(f)
        self.setFixedHeight(int(QFontMetricsF(f).height()) + 8)
        self.setMouseTracking(True)

    def set_model(self, model: Model, phase_ids: list[int]) -> None:
        self.model, self.phase_ids = model, list(phase_ids)
        self.relayout()

    def points(self) -> list[DecisionPoint]:
        if self.model is None:
            return []
        order = {pid: i for i, pid in enumerate(self.phase_ids)}
        return sorted((d for d in self.model.tables["decision_points"].values() if d.phase_id in order),
                      key=lambda d: (order[d.phase_id], d.position, d.id))

    def phase_span(self, index: int, xs: list[float]) -> tuple[float, float]:
        """The stretch of the strip that belongs to the phase at ``index``: halfway to its
        neighbours' ticks (the ends of the strip for the first and last)."""
        lo = 0.0 if index == 0 else (xs[index - 1] + xs[index]) / 2
        hi = float(self.width()) if index == len(xs) - 1 else (xs[index] + xs[index + 1]) / 2
        return lo, hi

    def relayout(self) -> None:
        self.markers = []
        xs = self.ticks()
        if self.model is None or len(xs) != len(self.phase_ids) or not xs:
            self.update()
            return
        fm = QFontMetricsF(self.font())
        by_phase: dict[int, list[DecisionPoint]] = {}
        for d in self.points():
            by_phase.setdefault(d.phase_id, []).append(d)
        for index, pid in enumerate(self.phase_ids):
            here = by_phase.get(pid, [])
            lo, hi = self.phase_span(index, xs)
            slot = (hi - lo) / max(1, len(here))
            for k, d in enumerate(here):  # each in its slot of the phase's stretch, in order
                x = lo + k * slot + MARKER_R + 2
                room = lo + (k + 1) * slot - (x + MARKER_R + 3) - 4
                text = fm.elidedText(marker_text(d), Qt.TextElideMode.ElideRight, max(0.0, room))
                w = fm.horizontalAdvance(text)
                rect = QRectF(x + MARKER_R + 3, 0, w + 2, self.height())
                self.markers.append(Marker(d.id, pid, x, text, decision_tip(self.model, d), rect))
        self.update()

    def resizeEvent(self, event: object) -> None:  # type: ignore[override]
        super().resizeEvent(event)  # type: ignore[arg-type]
        self.relayout()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        mid = self.height() / 2
        if not self.markers:
            painter.setPen(QColor(palette.MUTED))
            painter.drawText(QRectF(0, 0, self.width(), self.height()),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                             tr("No decision points yet (right-click to add one)"))
            painter.end()
            return
        for m in self.markers:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(MARKER))
            painter.drawPolygon(QPolygonF([QPointF(m.x, mid - MARKER_R), QPointF(m.x + MARKER_R, mid),
                                           QPointF(m.x, mid + MARKER_R), QPointF(m.x - MARKER_R, mid)]))
            painter.setPen(QColor(palette.INK))
            painter.drawText(m.label_rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), m.text)
        painter.end()

    # -- the pointer -------------------------------------------------------------------------
    def marker_at(self, x: float) -> Marker | None:
        for m in self.markers:
            if abs(m.x - x) <= MARKER_R + 2 or m.label_rect.contains(QPointF(x, m.label_rect.center().y())):
                return m
        return None

    def phase_at(self, x: float) -> int | None:
        xs = self.ticks()
        for index, pid in enumerate(self.phase_ids):
            if index < len(xs):
                lo, hi = self.phase_span(index, xs)
                if lo <= x <= hi:
                    return pid
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        m = self.marker_at(event.position().x())
        self.setToolTip(m.tip if m is not None else tr("Right-click to add a decision point"))
        self.setCursor(Qt.CursorShape.PointingHandCursor if m is not None else Qt.CursorShape.ArrowCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            m = self.marker_at(event.position().x())
            if m is not None:
                self.editRequested.emit(m.decision_id)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.context_menu(float(event.pos().x()))
        if menu.actions():
            menu.exec(event.globalPos())

    def context_menu(self, x: float) -> QMenu:
        menu = QMenu(self)
        m = self.marker_at(x)
        if m is not None:
            menu.addAction(tr("Edit decision point…"), lambda: self.editRequested.emit(m.decision_id))
            menu.addAction(tr("Delete decision point"), lambda: self.deleteRequested.emit(m.decision_id))
        pid = self.phase_at(x)
        if pid is not None and self.model is not None and pid in self.model.tables["phases"]:
            menu.addAction(tr("Add decision point in {name}…").format(name=self.model.phase(pid).name),
                           lambda: self.addRequested.emit(pid))
        return menu


__all__ = ["DecisionStrip", "Marker", "decision_tip", "marker_text"]
