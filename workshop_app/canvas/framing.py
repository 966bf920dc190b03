"""Framing a map in a view: the zoom and place that fill the view, and where the legend goes.

The console and the projector frame the same scene in their own windows; both do it here.
A map is fitted to the room left for it (the whole view, less a projector's heading and
side column), centred, with a small margin, and never zoomed in past a limit (three actors
are not a poster). The title and the legend are painted on top of the view, so they must
not land on an actor: the title keeps a band at the top when the map would run under it,
and the legend takes the first free corner, or, when every corner has an actor in it, a
strip beside or below the map, whichever leaves the map larger. Everything here is plain
geometry in viewport pixels and scene units, so it is tested without a window.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Sequence

from PySide6.QtCore import QPointF, QRectF, QSizeF

MARGIN_SHARE = 0.015  # of the smaller side of the room: the small margin around a fitted map
MIN_MARGIN = 8.0
GAP = 6.0  # between the legend or title and the nearest box, in pixels

CORNERS: tuple[str, ...] = ("bottom-left", "bottom-right", "top-right", "top-left")


@dataclass
class Frame:
    """A fitted view: the zoom, the scene point at the middle of ``room``, and the places
    (viewport pixels) of the legend and the title, if shown."""

    zoom: float
    centre: QPointF
    room: QRectF
    legend: QRectF | None = None
    title_band: float = 0.0
    strip: bool = False  # the legend needed a strip of its own (no corner was free)

    def to_view(self, p: QPointF) -> QPointF:
        """Where a scene point lands in the viewport."""
        return self.room.center() + (p - self.centre) * self.zoom

    def to_scene(self, p: QPointF) -> QPointF:
        """The scene point that lands at ``p`` in the viewport."""
        return self.centre + (p - self.room.center()) / self.zoom

    def rect_to_view(self, r: QRectF) -> QRectF:
        return QRectF(self.to_view(r.topLeft()), self.to_view(r.bottomRight()))

    def visible_scene_rect(self, viewport: QRectF) -> QRectF:
        """The part of the scene the whole viewport shows."""
        top_left = self.centre + (viewport.topLeft() - self.room.center()) / self.zoom
        return QRectF(top_left, QSizeF(viewport.width() / self.zoom, viewport.height() / self.zoom))


def _fit(map_rect: QRectF, room: QRectF, max_zoom: float) -> Frame:
    margin = max(MIN_MARGIN, min(room.width(), room.height()) * MARGIN_SHARE)
    inner = room.adjusted(margin, margin, -margin, -margin)
    w, h = max(map_rect.width(), 1.0), max(map_rect.height(), 1.0)
    zoom = min(inner.width() / w, inner.height() / h, max_zoom) if inner.width() > 0 and inner.height() > 0 else 0.05
    return Frame(max(zoom, 0.01), map_rect.center(), room)


def _covers(frame: Frame, spot: QRectF, obstacles: Iterable[QRectF]) -> bool:
    # The spot is taken into the scene once, rather than every box into the view: a phase
    # switch refits the map, and this is asked for hundreds of boxes and several spots.
    grown = spot.adjusted(-GAP, -GAP, GAP, GAP)
    where = QRectF(frame.to_scene(grown.topLeft()), frame.to_scene(grown.bottomRight()))
    return any(r.intersects(where) for r in obstacles)


def corner_rect(room: QRectF, size: QSizeF, corner: str, margin: float) -> QRectF:
    """A box of ``size`` in one corner of ``room``, ``margin`` from its edges."""
    left = room.left() + margin if corner.endswith("left") else room.right() - margin - size.width()
    top = room.top() + margin if corner.startswith("top") else room.bottom() - margin - size.height()
    return QRectF(QPointF(left, top), size)


def frame_map(map_rect: QRectF, obstacles: Sequence[QRectF], room: QRectF, *, max_zoom: float,
              legend: QSizeF | None = None, corners: Sequence[str] = CORNERS[:3],
              title: QSizeF | None = None, overlay_margin: float = 12.0) -> Frame:
    """Fit ``map_rect`` (scene) into ``room`` (viewport) so that no box in ``obstacles``
    (scene rects: actor boxes, guide labels) ends up under the title (top-left of ``room``)
    or the legend (first free corner among ``corners``)."""
    frame = _fit(map_rect, room, max_zoom)
    if title is not None:
        spot = QRectF(room.topLeft(), title)
        if _covers(frame, spot, obstacles):
            band = title.height() + GAP
            frame = _fit(map_rect, room.adjusted(0, band, 0, 0), max_zoom)
            frame.title_band = band
    if legend is None:
        return frame
    title_spot = QRectF(room.topLeft(), title) if title is not None else None
    for corner in corners:
        spot = corner_rect(room, legend, corner, overlay_margin)
        if title_spot is not None and spot.adjusted(-GAP, -GAP, GAP, GAP).intersects(title_spot):
            continue
        if frame.title_band and corner.startswith("top") and spot.bottom() <= room.top() + frame.title_band:
            frame.legend = spot  # beside the title, in the band the title keeps anyway
            return frame
        if frame.title_band and corner.startswith("top"):
            continue
        if not _covers(frame, spot, obstacles):
            frame.legend = spot
            return frame
    # Every corner has an actor in it: give the legend a strip of its own.
    taken = frame.room
    options = []
    w, h = legend.width() + overlay_margin + GAP, legend.height() + overlay_margin + GAP
    for corner in corners:
        side = taken.adjusted(w, 0, 0, 0) if corner.endswith("left") else taken.adjusted(0, 0, -w, 0)
        options.append((_fit(map_rect, side, max_zoom), corner))
        if corner.startswith("bottom"):
            options.append((_fit(map_rect, taken.adjusted(0, 0, 0, -h), max_zoom), corner))
        elif not frame.title_band:
            options.append((_fit(map_rect, taken.adjusted(0, h, 0, 0), max_zoom), corner))
    best, corner = max(options, key=lambda o: o[0].zoom)
    best.title_band = frame.title_band
    best.legend = corner_rect(room, legend, corner, overlay_margin)
    best.strip = True
    return best


__all__ = ["Frame", "frame_map", "corner_rect", "CORNERS"]
