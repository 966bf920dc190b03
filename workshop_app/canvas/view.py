"""A view of the workshop scene with a legend and the phase title drawn on top.

The legend is painted in viewport coordinates so it stays readable at any zoom, and it is
part of what a screenshot of the canvas shows, as the room needs it to read the map.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QWheelEvent
from PySide6.QtWidgets import QGraphicsView, QWidget

from ..domain.vocabulary import ACTOR_TYPES
from . import palette
from .scene import WorkshopScene


_SHORT = {1: "1 v. low", 2: "2 low", 3: "3 med.", 4: "4 high", 5: "5 v. high"}


class WorkshopView(QGraphicsView):
    """Pannable, zoomable view; ``show_legend`` and ``font_scale`` suit laptop or projector."""

    def __init__(self, scene: WorkshopScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.show_legend = True
        self.show_title = True
        self.overlay_scale = 1.0
        self.subtitle = ""

    def workshop_scene(self) -> WorkshopScene:
        scene = self.scene()
        assert isinstance(scene, WorkshopScene)
        return scene

    def fit(self) -> None:
        rect = self.workshop_scene().content_rect()
        if rect is None:
            return
        margin = 60
        rect = rect.adjusted(-margin, -margin - 50, margin, margin)
        self.fitInView(rect, Qt.AspectRatioMode.KeepAspectRatio)
        vw, vh = self.viewport().width(), self.viewport().height()
        if self.show_legend and vw > 0 and vh > 0 and self._legend_covers_actor():
            # Make room for the legend beside or below the map, whichever keeps it larger.
            legend = self.legend_size()
            share_w = min(0.45, (legend.width() + 20) / vw)
            share_h = min(0.45, (legend.height() + 20) / vh)
            beside = rect.adjusted(-rect.width() * share_w / (1 - share_w), 0, 0, 0)
            below = rect.adjusted(0, 0, 0, rect.height() * share_h / (1 - share_h))

            def scale(r: QRectF) -> float:
                return min(vw / r.width(), vh / r.height())

            self.fitInView(max((beside, below), key=scale), Qt.AspectRatioMode.KeepAspectRatio)
        if self.transform().m11() > 1.4:
            self.resetTransform()
            self.scale(1.4, 1.4)
            self.centerOn(rect.center())

    def legend_rect(self) -> QRectF:
        size = self.legend_size()
        s = self.overlay_scale
        return QRectF(12 * s, self.viewport().height() - size.height() - 12 * s, size.width(), size.height())

    def _legend_covers_actor(self) -> bool:
        legend = self.legend_rect()
        for item in self.workshop_scene().actor_items.values():
            if item.isVisible() and self.mapFromScene(item.sceneBoundingRect()).boundingRect().intersects(legend.toRect()):
                return True
        return False

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier or event.angleDelta().y() and not event.angleDelta().x():
            factor = 1.15 if event.angleDelta().y() > 0 else 1 / 1.15
            self.scale(factor, factor)
            event.accept()
            return
        super().wheelEvent(event)

    def zoom(self, factor: float) -> None:
        self.scale(factor, factor)

    # -- overlays -------------------------------------------------------------------------
    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.show_title:
            self._draw_title(painter)
        if self.show_legend:
            self._draw_legend(painter)
        painter.restore()

    def _draw_title(self, painter: QPainter) -> None:
        scene = self.workshop_scene()
        model = scene.session.model
        if scene.phase_id not in model.tables["phases"]:
            return
        phase = model.phase(scene.phase_id)
        index = [p.id for p in model.phases].index(phase.id) + 1
        f = QFont()
        f.setPointSizeF(15 * self.overlay_scale)
        f.setBold(True)
        painter.setFont(f)
        painter.setPen(QColor("#1F1F1F"))
        fm = QFontMetricsF(f)
        x, y = 14 * self.overlay_scale, 10 * self.overlay_scale + fm.ascent()
        painter.drawText(QPointF(x, y), f"Phase {index} of {len(model.phases)}: {phase.name}")
        if self.subtitle:
            f2 = QFont()
            f2.setPointSizeF(10 * self.overlay_scale)
            painter.setFont(f2)
            painter.setPen(QColor("#4D4D4D"))
            painter.drawText(QPointF(x, y + QFontMetricsF(f2).height() + 4), self.subtitle)

    def legend_size(self) -> QSizeF:
        s = self.overlay_scale
        f = QFont()
        f.setPointSizeF(8 * s)
        line = QFontMetricsF(f).height() + 3 * s
        # header + 4 rows of types, header + colour row + label row, width row, unscored row
        rows = 1 + (len(ACTOR_TYPES) + 1) // 2 + 1 + 2 + 1 + 1
        return QSizeF(300 * s, line * rows + 16 * s)

    def _draw_legend(self, painter: QPainter) -> None:
        s = self.overlay_scale
        f = QFont()
        f.setPointSizeF(8 * s)
        fm = QFontMetricsF(f)
        line = fm.height() + 3 * s
        size = self.legend_size()
        width, height = size.width(), size.height()
        x0 = 12 * s
        y0 = self.viewport().height() - height - 12 * s
        painter.setPen(QPen(QColor("#B0B0B0"), 1))
        painter.setBrush(QColor(255, 255, 255, 235))
        painter.drawRoundedRect(QRectF(x0, y0, width, height), 6, 6)
        painter.setFont(f)
        y = y0 + 8 * s
        bold = QFont(f)
        bold.setBold(True)

        def header(text: str) -> None:
            nonlocal y
            painter.setFont(bold)
            painter.setPen(QColor("#222222"))
            painter.drawText(QRectF(x0 + 8 * s, y, width, line), int(Qt.AlignmentFlag.AlignVCenter), text)
            painter.setFont(f)
            y += line

        header("Actor type")
        col_w = (width - 16 * s) / 2
        for i, (key, label) in enumerate(ACTOR_TYPES.items()):
            cx = x0 + 8 * s + (i % 2) * col_w
            cy = y + (i // 2) * line
            painter.setPen(QPen(QColor("#2B2B2B"), 0.8))
            painter.setBrush(QColor(palette.TYPE_FILL[key]))
            painter.drawRoundedRect(QRectF(cx, cy + 3 * s, 16 * s, line - 6 * s), 3, 3)
            painter.setPen(QColor("#222222"))
            painter.drawText(QRectF(cx + 22 * s, cy, col_w, line), int(Qt.AlignmentFlag.AlignVCenter), label)
        y += ((len(ACTOR_TYPES) + 1) // 2) * line
        header("Relations: colour = trust, width = commitment")
        seg = (width - 16 * s) / 5
        for v in range(1, 6):
            cx = x0 + 8 * s + (v - 1) * seg
            pen = QPen(QColor(palette.TRUST_COLOUR[v]), palette.COMMITMENT_WIDTH[3] * s)
            painter.setPen(pen)
            painter.drawLine(QPointF(cx + 2 * s, y + line / 2), QPointF(cx + seg - 6 * s, y + line / 2))
            painter.setPen(QColor("#222222"))
            painter.drawText(QRectF(cx, y + line, seg - 4 * s, line), int(Qt.AlignmentFlag.AlignHCenter), _SHORT[v])
        y += 2 * line
        for v in range(1, 6):
            cx = x0 + 8 * s + (v - 1) * seg
            pen = QPen(QColor("#555555"), palette.COMMITMENT_WIDTH[v] * s)
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
            painter.setPen(pen)
            painter.drawLine(QPointF(cx + 2 * s, y + line / 2), QPointF(cx + seg - 6 * s, y + line / 2))
        y += line
        pen = QPen(QColor(palette.UNSCORED_COLOUR), palette.UNSCORED_WIDTH * s, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(QPointF(x0 + 10 * s, y + line / 2), QPointF(x0 + 40 * s, y + line / 2))
        painter.setPen(QColor("#222222"))
        painter.drawText(QRectF(x0 + 46 * s, y, width, line), int(Qt.AlignmentFlag.AlignVCenter), "not scored")
        dis = QPen(QColor(palette.DISAGREEMENT), 4 * s, Qt.PenStyle.DashLine)
        painter.setPen(dis)
        painter.drawLine(QPointF(x0 + 120 * s, y + line / 2), QPointF(x0 + 150 * s, y + line / 2))
        painter.setPen(QColor("#222222"))
        painter.drawText(QRectF(x0 + 156 * s, y, width, line), int(Qt.AlignmentFlag.AlignVCenter), "votes disagree")
