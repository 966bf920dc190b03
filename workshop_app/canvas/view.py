"""A view of the workshop scene with a legend and the phase title drawn on top.

The legend is painted in viewport coordinates so it stays readable at any zoom, and it is
part of what a screenshot of the canvas shows, as the room needs it to read the map. The
painting itself lives in ``overlay`` so that image and PDF exports show the same keys.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSizeF, Qt
from PySide6.QtGui import QPainter, QWheelEvent
from PySide6.QtWidgets import QGraphicsView, QWidget

from . import overlay
from .overlay import TitleBlock
from .scene import WorkshopScene


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
        scene = self.workshop_scene()
        return overlay.legend_rect(QRectF(self.viewport().rect()), self.overlay_scale, overlay.marks_of(scene))

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
    def title_block(self) -> TitleBlock | None:
        scene = self.workshop_scene()
        title = overlay.phase_title(scene.session.model, scene.phase_id)
        return None if title is None else TitleBlock(title, self.subtitle)

    def legend_size(self) -> QSizeF:
        return overlay.legend_size(self.overlay_scale, overlay.marks_of(self.workshop_scene()))

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        painter.save()
        painter.resetTransform()
        target = QRectF(self.viewport().rect())
        block = self.title_block() if self.show_title else None
        overlay.paint_overlays(painter, target, self.overlay_scale, self.workshop_scene(),
                               block=block, legend=self.show_legend)
        painter.restore()
