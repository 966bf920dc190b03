"""All phases side by side: one small, read-only map per phase, in a grid.

Seeing every phase at once is how a room spots who stays, who arrives and who drops out.
Each panel is a real :class:`WorkshopScene` set to its phase (so it looks exactly like the
main canvas and follows every edit), absent actors hidden, and every panel shows the same
region of the canvas so an actor sits at the same spot in each. Clicking a panel asks to
switch the main canvas to that phase.
"""

from __future__ import annotations

import math

import shiboken6
from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QResizeEvent, QWheelEvent
from PySide6.QtWidgets import QFrame, QGraphicsView, QGridLayout, QLabel, QVBoxLayout, QWidget

from ..domain.i18n import tr
from ..domain.model import Change
from ..domain.wording import count
from ..session import Session
from .scene import WorkshopScene

MARGIN = 40.0
READABLE = 0.85  # a name is readable when its box is drawn at least this big / font scale


TITLE_H = 52.0  # a panel's title and counts above its map


def grid_columns(n: int, width: float = 1400.0, height: float = 860.0, region: QRectF | None = None) -> int:
    """The number of columns that draws n maps of ``region`` largest in a width × height grid."""
    if n <= 1:
        return 1
    rw, rh = (region.width(), region.height()) if region is not None and not region.isEmpty() else (4.0, 3.0)
    best, best_scale = 1, -1.0
    for cols in range(1, n + 1):
        rows = math.ceil(n / cols)
        w = width / cols - 26
        h = height / rows - 26 - TITLE_H
        scale = min(w / rw, h / rh)
        if scale > best_scale + 1e-9:
            best, best_scale = cols, scale
    return best


class _PanelView(QGraphicsView):
    """A non-interactive view that reports clicks and keeps the shared region in sight."""

    clicked = Signal()

    def __init__(self, scene: WorkshopScene) -> None:
        super().__init__(scene)
        self.setInteractive(False)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.region = QRectF()

    def fit_region(self) -> None:
        if not self.region.isEmpty():
            # The region is the scene rect too: a phase whose boxes end short of the region's
            # margin would otherwise be scrolled against its own edge and stop lining up.
            self.setSceneRect(self.region)
            self.fitInView(self.region, Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_region()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
            event.accept()
            return
        super().mousePressEvent(event)

    def wheelEvent(self, event: QWheelEvent) -> None:
        event.ignore()  # no zooming a thumbnail by accident


class _ClickLabel(QLabel):
    clicked = Signal()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mousePressEvent(event)


class PhasePanel(QFrame):
    """One phase: its title and counts above a thumbnail of its map."""

    clicked = Signal(int)

    def __init__(self, session: Session, phase_id: int, font_scale: float = 1.0) -> None:
        super().__init__()
        self.phase_id = phase_id
        self.setObjectName("PhasePanel")
        self.scene = WorkshopScene(session, phase_id, listen=False)  # told by SmallMultiples
        self.scene.set_font_scale(font_scale)
        self.scene.set_ghost_mode("hide")
        self.scene.set_show_labels(False)
        self.view = _PanelView(self.scene)
        self.view.clicked.connect(lambda: self.clicked.emit(self.phase_id))
        self.title = _ClickLabel()
        self.title.setWordWrap(True)
        self.title.setCursor(Qt.CursorShape.PointingHandCursor)
        self.title.clicked.connect(lambda: self.clicked.emit(self.phase_id))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        self.set_current(False)

    def counts(self) -> tuple[int, int]:
        """Actors present and relations active in this panel's phase (what it shows)."""
        actors = sum(1 for i in self.scene.actor_items.values() if i.isVisible())
        relations = sum(1 for i in self.scene.relation_items.values() if i.isVisible())
        return actors, relations

    def refresh_title(self, index: int, total: int) -> None:
        model = self.scene.session.model
        if self.phase_id not in model.tables["phases"]:
            return
        actors, relations = self.counts()
        name = model.phase(self.phase_id).name
        self.title.setText(
            f"<span style='font-size:15px; font-weight:600'>{index} · {_escape(name)}</span><br>"
            f"<span style='color:#555'>{count(actors, 'actor')} · {count(relations, 'relation')}</span>"
        )
        self.title.setToolTip(tr("Click to show phase {i} of {n} on the main canvas").format(i=index, n=total))

    def set_current(self, current: bool) -> None:
        colour = "#1D3F7A" if current else "#C8C8C0"
        width = 3 if current else 1
        # A thin border is padded to the thick one's width, so every panel's map has the
        # same size and the actors line up across the panels.
        self.setStyleSheet(f"#PhasePanel {{ border: {width}px solid {colour}; padding: {3 - width}px;"
                           f" border-radius: 6px; background: #FAFAF7; }}")

    def detach(self) -> None:
        if shiboken6.isValid(self.scene):
            self.scene.detach()



def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class SmallMultiples(QWidget):
    """A grid of :class:`PhasePanel`, one per phase, following the session as it changes."""

    phaseClicked = Signal(int)

    def __init__(self, session: Session | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session: Session | None = None
        self.panels: list[PhasePanel] = []
        self._current: int | None = None
        self._cols = 0
        self.font_scale = 1.0
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(150)
        self._settle.timeout.connect(self._refresh)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(10, 10, 10, 10)
        self._grid.setSpacing(10)
        self.setAutoFillBackground(True)
        pal = self.palette()
        pal.setColor(self.backgroundRole(), QColor("#ECECE6"))
        self.setPalette(pal)
        if session is not None:
            self.set_session(session)

    def set_session(self, session: Session | None) -> None:
        """Show another session (or none, which drops every panel and stops listening)."""
        if self.session is not None:
            self.session.unsubscribe(self._on_changes)
        self.session = session
        self._rebuild()

    def clear(self) -> None:
        self.set_session(None)

    def set_current(self, phase_id: int) -> None:
        self._current = phase_id
        for panel in self.panels:
            panel.set_current(panel.phase_id == phase_id)

    def _rebuild(self) -> None:
        for panel in self.panels:
            panel.detach()
            self._grid.removeWidget(panel)
            panel.deleteLater()
        self.panels = []
        if self.session is None:
            return
        for ph in self.session.phases:
            panel = PhasePanel(self.session, ph.id, self.font_scale)
            panel.clicked.connect(self.phaseClicked)
            self.panels.append(panel)
        self._cols = 0
        self._place(self.best_columns())
        # One listener for the grid: it tells each panel's scene, then reads the counts.
        self.session.unsubscribe(self._on_changes)
        self.session.subscribe(self._on_changes)
        self._refresh()

    def best_columns(self) -> int:
        return grid_columns(len(self.panels), max(200, self.width()), max(150, self.height()), self.region())

    def _place(self, cols: int) -> None:
        """Put the panels in a grid of ``cols`` columns (again when the best shape changes)."""
        if cols == self._cols:
            return
        for panel in self.panels:
            self._grid.removeWidget(panel)
        for c in range(self._grid.columnCount()):
            self._grid.setColumnStretch(c, 0)
        for r in range(self._grid.rowCount()):
            self._grid.setRowStretch(r, 0)
        for i, panel in enumerate(self.panels):
            self._grid.addWidget(panel, i // cols, i % cols)
        for c in range(cols):
            self._grid.setColumnStretch(c, 1)
        for r in range(math.ceil(len(self.panels) / cols)):
            self._grid.setRowStretch(r, 1)
        self._cols = cols

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.panels:
            self._place(self.best_columns())
            self._settle.start()  # the font size follows the panel size once resizing pauses

    def region(self) -> QRectF:
        """The part of the canvas every panel shows: all actors of all phases, with a margin."""
        if self.session is None or not self.session.model.actors:
            return QRectF()
        xs = [a.x for a in self.session.model.actors] + [p.x for p in self.session.model.tables["positions"].values()]
        ys = [a.y for a in self.session.model.actors] + [p.y for p in self.session.model.tables["positions"].values()]
        k = self.font_scale
        mx, my = 95.0 * k + MARGIN, 40.0 * k + MARGIN  # half a box and a margin, at this font size
        return QRectF(min(xs) - mx, min(ys) - my, max(xs) - min(xs) + 2 * mx, max(ys) - min(ys) + 2 * my)

    def _refresh(self) -> None:
        self._fit()
        # Thumbnails are drawn small: grow the names until they can be read (boxes grow too).
        zoom = self.panels[0].view.transform().m11() if self.panels else 1.0
        want = round(max(1.0, min(2.2, self._room_to_grow(), READABLE / max(zoom, 0.05))), 1)
        if abs(want - self.font_scale) >= 0.1:
            self.font_scale = want
            for panel in self.panels:
                panel.scene.set_font_scale(want)
            self._fit()
        for i, panel in enumerate(self.panels):
            panel.refresh_title(i + 1, len(self.panels))
            panel.set_current(panel.phase_id == self._current)

    def _room_to_grow(self) -> float:
        """How much boxes may grow before two actors of one phase that were apart touch."""
        limit = 2.2
        for panel in self.panels:
            boxes = [(i.pos().x(), i.pos().y(), i.box().width() / i.font_scale, i.box().height() / i.font_scale)
                     for i in panel.scene.actor_items.values() if i.isVisible()]
            if len(boxes) > 150:
                return 1.0  # a crowded map stays at its own size
            for n, (ax, ay, aw, ah) in enumerate(boxes):
                for bx, by, bw, bh in boxes[n + 1:]:
                    grow = max(abs(ax - bx) / ((aw + bw) / 2 + 8), abs(ay - by) / ((ah + bh) / 2 + 6))
                    if grow >= 1.0:  # boxes that already touch cannot be helped
                        limit = min(limit, grow)
        return limit

    def _fit(self) -> None:
        region = self.region()
        for panel in self.panels:
            panel.view.region = region
            panel.view.fit_region()

    def _on_changes(self, changes: list[Change], reason: str) -> None:
        if reason == "bulk" or any(c.table == "phases" for c in changes):
            self._rebuild()  # new panels, new scenes
            return
        for panel in self.panels:  # the scenes first, so the titles count what they show
            panel.scene.apply_changes(changes, reason)
        self._refresh()

    def panel_for(self, phase_id: int) -> PhasePanel:
        return next(p for p in self.panels if p.phase_id == phase_id)

    def columns(self) -> int:
        return self._cols

    def rows(self) -> int:
        return math.ceil(len(self.panels) / max(1, self._cols))
