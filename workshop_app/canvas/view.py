"""A view of the workshop scene that keeps the map framed, with a legend and the phase title.

The view fits the map itself: when it is first shown, whenever its size changes (the window
is resized, a dock opens or closes) and on every phase switch, until the user zooms or pans;
from then on their view is kept, and F (:meth:`WorkshopView.fit`) fits again and turns the
automatic fitting back on. A fitted map is centred, fills the view but for a small margin,
and shows no scroll bars; the title and the legend are placed where they hide no actor
(``framing.py``). Each view draws the names at its own label scale, as large as the map's
density allows within its range (``label_scale.py``); the console's is the scene's own.

The legend is painted in viewport coordinates so it stays readable at any zoom, and it is
part of what a screenshot of the canvas shows, as the room needs it to read the map. The
painting itself lives in ``overlay`` so that image and PDF exports show the same keys. On
a small screen where no corner is free of actors, the console folds its legend into a small
"Legend" tab rather than give it a strip of the map (a click opens or folds it); the
projector always shows it whole, as the room reads the map there.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QMouseEvent,
    QPainter,
    QPen,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAbstractSlider, QGraphicsScene, QGraphicsView, QWidget

from ..domain.i18n import N_, tr
from . import legend_shapes, overlay
from .framing import CORNERS, Frame, frame_map
from .label_scale import VIEW_GAP, clear_scale, map_rect, obstacles, refresh_reach, shown_boxes
from .overlay import TitleBlock
from .references import phase_stated_line, references_shown
from .scene import WorkshopScene
from .textcache import LAYOUT_SCALE, VIEW_SCALE_PROPERTY

LEGEND_TAB = N_("Legend ▸")


class WorkshopView(QGraphicsView):
    """Pannable, zoomable view; ``show_legend`` and ``label_range`` suit laptop or projector."""

    max_zoom = 1.4  # a map of three actors is shown large, not as a poster

    def __init__(self, scene: WorkshopScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.show_legend = True
        # "auto": whole where a corner is free, else folded into a tab; "full"; "folded".
        self.legend_mode = "auto"
        self.legend_folded = False
        self.show_title = True
        self.one_line_title = False  # set by the fit: the title keeps a band of one line
        self.legend_shapes: tuple[str, ...] = ("tall",)  # the projector tries "wide" and "narrow" too
        self.legend_shape = "tall"
        self.overlay_scale = 1.0
        self.subtitle = ""
        # Label scales this view may draw names with; the console's is the scene's own.
        self.label_range: tuple[float, float] = (1.0, LAYOUT_SCALE)
        self.owns_scene_scale = True
        self.auto_fit = True  # off once the user zooms or pans; F turns it back on
        self.frame: Frame | None = None
        self._label_scale = scene.font_scale
        self._legend_sizes: dict[tuple[object, ...], QSizeF] = {}
        self._fitting = False
        for bar in (self.horizontalScrollBar(), self.verticalScrollBar()):
            bar.actionTriggered.connect(self._scrolled_by_user)
        self._watched: WorkshopScene | None = None
        self._watch(scene)

    def workshop_scene(self) -> WorkshopScene:
        scene = self.scene()
        assert isinstance(scene, WorkshopScene)
        return scene

    def setScene(self, scene: QGraphicsScene | None) -> None:  # noqa: N802 (Qt's name)
        super().setScene(scene)
        if isinstance(scene, WorkshopScene):
            self._watch(scene)
            self.auto_fit = True
            self.refit()

    def _watch(self, scene: WorkshopScene) -> None:
        if self._watched is not None:
            try:
                self._watched.phaseChanged.disconnect(self._phase_changed)
            except (RuntimeError, TypeError):
                pass  # the old scene is already gone with its session
        self._watched = scene
        scene.phaseChanged.connect(self._phase_changed)

    # -- label size -----------------------------------------------------------------------
    @property
    def label_scale(self) -> float:
        """The label scale this view draws names with."""
        return self.workshop_scene().font_scale if self.owns_scene_scale else self._label_scale

    def set_label_scale(self, k: float) -> None:
        scene = self.workshop_scene()
        if self.owns_scene_scale:
            scene.set_font_scale(k)
        else:
            self._label_scale = k
            self.viewport().setProperty(VIEW_SCALE_PROPERTY, float(k))
        refresh_reach(scene)
        self.viewport().update()

    def refresh_labels(self) -> None:
        """Draw the names as large as the phase's map allows within ``label_range``."""
        lo, hi = self.label_range
        k = clear_scale(self.workshop_scene(), lo, hi, VIEW_GAP)
        if k != self.label_scale:
            self.set_label_scale(k)

    # -- framing --------------------------------------------------------------------------
    def fit(self) -> None:
        """Fit the map to the view now and keep fitting it (F)."""
        self.auto_fit = True
        self._fit()

    def refit(self) -> None:
        """Fit again if the user has not zoomed or panned since the last fit."""
        if self.auto_fit:
            self._fit()

    def map_room(self) -> QRectF:
        """The part of the viewport the map may fill."""
        return QRectF(self.viewport().rect())

    def legend_corners(self) -> tuple[str, ...]:
        return CORNERS[:3]  # the title has the top-left corner

    def _fit(self) -> None:
        vp = self.viewport()
        if self._fitting or not self.isVisible() or vp.width() < 40 or vp.height() < 40:
            return  # shown or resized later: the fit happens then
        self._fitting = True
        try:
            self.refresh_labels()
            scene, k = self.workshop_scene(), self.label_scale
            shown = shown_boxes(scene, k)
            rect = map_rect(scene, k, shown)
            if rect is None:
                self.frame = None
                self.resetTransform()
                self.setSceneRect(QRectF(vp.rect()).translated(-vp.width() / 2, -vp.height() / 2))
                return
            block = self.title_block() if self.show_title else None
            boxes = obstacles(scene, k, shown)

            def framed(legend: QSizeF | None, title_block: TitleBlock | None) -> Frame:
                title = overlay.title_size(title_block, self.overlay_scale) if title_block is not None else None
                return frame_map(rect, boxes, self.map_room(), max_zoom=self.max_zoom, legend=legend,
                                 corners=self.legend_corners(), title=title,
                                 overlay_margin=overlay.MARGIN * self.overlay_scale)

            best: tuple[Frame, str, bool, bool] | None = None
            for shape in self.legend_shapes if self.show_legend else ("tall",):
                self.legend_shape = shape
                for one_line in (False, True) if block is not None and block.subtitle else (False,):
                    self.one_line_title = one_line
                    title_block = self._shown_title(block)
                    self.legend_folded = self.legend_mode == "folded"
                    spot = self.fixed_legend_spot(self._legend_box()) if self.show_legend else None
                    if spot is not None:  # the legend has a place of its own (the wall's heading)
                        frame = framed(None, title_block)
                        frame.legend = spot
                    else:
                        frame = framed(self._legend_box() if self.show_legend else None, title_block)
                        if self.show_legend and frame.strip and self.legend_mode == "auto":
                            self.legend_folded = True  # a tab in a corner costs the map nothing
                            frame = framed(self._legend_box(), title_block)
                    if one_line and not frame.title_band:
                        continue  # one line only where the title needs a band of its own
                    if best is None or frame.zoom > best[0].zoom * 1.001:
                        best = (frame, shape, one_line, self.legend_folded)
            assert best is not None
            frame, self.legend_shape, self.one_line_title, self.legend_folded = best
            self.frame = frame
            self._show_frame(frame)
        finally:
            self._fitting = False

    def _show_frame(self, frame: Frame) -> None:
        """Zoom and scroll to ``frame``. The scene rect is what the viewport then shows (a
        pixel smaller), so no scroll bar appears; zoomed in, the user scrolls over the map."""
        visible = frame.visible_scene_rect(QRectF(self.viewport().rect()))
        pad = 1.0 / frame.zoom
        self.resetTransform()
        self.scale(frame.zoom, frame.zoom)
        self.setSceneRect(visible.adjusted(pad, pad, -pad, -pad))
        self.centerOn(visible.center())

    def _phase_changed(self, _phase_id: int) -> None:
        self.refit()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.refit()

    def _scrolled_by_user(self, action: int) -> None:
        if not self._fitting and action != QAbstractSlider.SliderAction.SliderNoAction.value:
            self.auto_fit = False

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier or event.angleDelta().y() and not event.angleDelta().x():
            factor = 1.15 if event.angleDelta().y() > 0 else 1 / 1.15
            self.zoom(factor)
            event.accept()
            return
        super().wheelEvent(event)

    def zoom(self, factor: float) -> None:
        """Zoom by ``factor`` (the user's own view from now on, until F)."""
        self.auto_fit = False
        self.scale(factor, factor)

    # -- overlays -------------------------------------------------------------------------
    def title_block(self) -> TitleBlock | None:
        scene = self.workshop_scene()
        title = overlay.phase_title(scene.session.model, scene.phase_id)
        if title is None:
            return None
        shown = references_shown(self.viewport(), scene.show_references)
        return TitleBlock(title, self.subtitle, phase_stated_line(scene.session.model, scene.phase_id) if shown else "")

    def _shown_title(self, block: TitleBlock | None) -> TitleBlock | None:
        """The title as drawn: on one line (the subtitle after the phase) when the fit chose it."""
        if block is None or not self.one_line_title or not block.subtitle:
            return block
        return TitleBlock(f"{block.title}  ·  {block.subtitle}", "", block.detail)

    def legend_size(self) -> QSizeF:
        marks = tuple(overlay.marks_of(self.workshop_scene()))
        key = (self.legend_shape, self.overlay_scale, marks)
        found = self._legend_sizes.get(key)  # measured once: a fit asks for it several times
        if found is None:
            if len(self._legend_sizes) > 32:
                self._legend_sizes.clear()
            if self.legend_shape in legend_shapes.SHAPES:
                found = legend_shapes.legend_size(self.legend_shape, self.overlay_scale, marks)
            else:
                found = overlay.legend_size(self.overlay_scale, marks)
            self._legend_sizes[key] = found
        return QSizeF(found)

    def fixed_legend_spot(self, size: QSizeF) -> QRectF | None:
        """A place for a legend of ``size`` outside the map's room (viewport pixels), if the
        view has one; the projector's heading band may have room beside the phase name."""
        return None

    def _tab_font(self) -> QFont:
        f = QFont()
        f.setPointSizeF(9 * self.overlay_scale)
        f.setBold(True)
        return f

    def _legend_box(self) -> QSizeF:
        """The legend's size as drawn now: whole, or folded into its tab."""
        if not self.legend_folded:
            return self.legend_size()
        fm = QFontMetricsF(self._tab_font())
        return QSizeF(fm.horizontalAdvance(tr(LEGEND_TAB)) + 20 * self.overlay_scale, fm.height() + 10 * self.overlay_scale)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """A click on the legend opens or folds it (the console only: the wall is not clicked)."""
        if (self.show_legend and event.button() == Qt.MouseButton.LeftButton
                and self.legend_rect().contains(event.position())):
            self.legend_folded = not self.legend_folded
            self.legend_mode = "folded" if self.legend_folded else "full"
            self.viewport().update()
            event.accept()
            return
        super().mousePressEvent(event)

    def legend_rect(self) -> QRectF:
        """Where the legend is drawn: the corner the last fit chose, else the bottom left."""
        if self.frame is not None and self.frame.legend is not None:
            size = self._legend_box()  # marks may have been added since the fit
            spot = self.frame.legend
            top = spot.bottom() - size.height() if spot.top() > self.viewport().height() / 2 else spot.top()
            left = spot.right() - size.width() if spot.left() > self.viewport().width() / 2 else spot.left()
            return QRectF(left, top, size.width(), size.height())
        size = self._legend_box()
        m = overlay.MARGIN * self.overlay_scale
        return QRectF(m, self.viewport().height() - size.height() - m, size.width(), size.height())

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        target = QRectF(self.viewport().rect())
        block = self._shown_title(self.title_block()) if self.show_title else None
        if block is not None:
            overlay.paint_title(painter, target, self.overlay_scale, block)
        if self.show_legend and self.legend_folded:
            self._paint_tab(painter, self.legend_rect())
        elif self.show_legend:
            scene = self.workshop_scene()
            marks = overlay.marks_of(scene)
            if self.legend_shape in legend_shapes.SHAPES:
                legend_shapes.paint_legend(self.legend_shape, painter, self.legend_rect(), self.overlay_scale,
                                           marks, overlay.scene_mark_painter(scene))
            else:
                overlay.paint_legend(painter, self.legend_rect(), self.overlay_scale, marks,
                                     overlay.scene_mark_painter(scene))
        painter.restore()

    def _paint_tab(self, painter: QPainter, rect: QRectF) -> None:
        """The folded legend: a small tab that opens it when clicked."""
        painter.setPen(QPen(QColor("#B0B0B0"), 1))
        painter.setBrush(QColor(255, 255, 255, 235))
        painter.drawRoundedRect(rect, 6, 6)
        painter.setFont(self._tab_font())
        painter.setPen(QColor("#222222"))
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), tr(LEGEND_TAB))
