"""Faint guides on the canvas background for the "scale rings" and "helix sectors" lenses.

After arranging by a lens the map only reads as rings or sectors if the room can see them;
the guides are painted under every item and take their geometry from the layout module,
so they match what ``analysis.layout.arrange`` placed. Labels sit in the widest gap between
the actors on a ring, so a box rarely covers one.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from ..domain.model import Model
from ..analysis.layout import helix_labels, scale_rings
from ..domain.i18n import tr
from ..domain.terms import term
from ..domain.vocabulary import SCALES
from .textcache import layout_gap, model_sizes
from ..style import palette

RING_COLOUR = palette.GUIDE_RING
LABEL_COLOUR = palette.GUIDE_LABEL
LABEL_PX = 17
EDGE = 4.0  # scene units the guides reach beyond the outermost boxes (as far as the view frames)


@dataclass
class Guides:
    """Rings (label, rx, ry, angle of the label: an ellipse at each ring's outer edge, none
    for the outermost, whose edge is the map's), the rings' labels (text, centre), straight
    lines and free labels (text, anchor, alignment), in scene units."""

    rings: list[tuple[str, float, float, float]] = field(default_factory=list)
    lines: list[tuple[QPointF, QPointF]] = field(default_factory=list)
    labels: list[tuple[str, QPointF, int]] = field(default_factory=list)
    ring_labels: list[tuple[str, QPointF]] = field(default_factory=list)
    clip: QRectF | None = None  # rings are drawn within this (the map's boxes and a margin)


def _label_angle(points: list[tuple[float, float]], rx: float, ry: float) -> float:
    """The middle of the widest empty arc between the points (top of the ring if none)."""
    if not points or rx <= 0 or ry <= 0:
        return math.pi / 2
    angles = sorted(math.atan2(-y / ry, x / rx) % (2 * math.pi) for x, y in points)
    best, where = -1.0, math.pi / 2
    for i, a in enumerate(angles):
        b = angles[(i + 1) % len(angles)] + (2 * math.pi if i == len(angles) - 1 else 0.0)
        if b - a > best:
            best, where = b - a, (a + b) / 2
    return where


def compute(model: Model, lens: str) -> Guides:
    """The guides for ``lens`` ("scale" or "helix") from the session's base positions."""
    guides = Guides()
    actors = model.actors
    if not actors:
        return guides
    sizes = model_sizes(model)
    boxes = [QRectF(a.x - sizes[a.id][0] / 2, a.y - sizes[a.id][1] / 2, *sizes[a.id]) for a in actors]
    if lens == "scale":
        rings = scale_rings(model, sizes, layout_gap())  # as arranged
        area = QRectF()
        for box in boxes:
            area = area.united(box)
        guides.clip = area.adjusted(-EDGE, -EDGE, EDGE, EDGE)
        inner = 0.0
        taken = list(boxes)
        for n, (scale, rx, ry) in enumerate(rings):
            label = term("scale", scale) if scale in SCALES else scale.replace("_", " ").capitalize()
            last = n == len(rings) - 1
            aspect = rx / ry if ry else 1.0
            # Each label sits in its own ring where no box (and no other label) hides it;
            # the outermost ring's edge is the map's own, so it is labelled but not drawn.
            at = _free_spot(label, aspect, inner, ry, taken, guides.clip)
            guides.rings.append((label, 0.0 if last else rx, 0.0 if last else ry,
                                 math.atan2(-at.y(), at.x() / aspect) % (2 * math.pi)))
            guides.ring_labels.append((label, at))
            taken.append(_ring_label_rect(label, at, QFontMetricsF(_font())))
            inner = ry
    elif lens == "helix":
        area = QRectF()
        for box in boxes:
            area = area.united(box)
        area = area.adjusted(-EDGE, -EDGE, EDGE, EDGE)
        guides.lines.append((QPointF(area.left(), 0.0), QPointF(area.right(), 0.0)))
        guides.lines.append((QPointF(0.0, area.top()), QPointF(0.0, area.bottom())))
        centre = int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter)
        # Each sector's name where the lens left room for it, at the sector's inner corner.
        for label, (x, y) in helix_labels(model, sizes, layout_gap()).items():
            guides.labels.append((tr(label), QPointF(x, y), centre))  # marked N_ in rings_sectors
    return guides


def _label_height() -> float:
    return QFontMetricsF(_font()).height() + 4


def _free_spot(label: str, aspect: float, inner: float, outer: float, taken: list[QRectF],
               area: QRectF) -> QPointF:
    """Where a ring's label goes: between the ring's inner and outer edge (vertical radii of
    ellipses ``aspect`` times as wide), inside ``area``, on no box of ``taken``; the free
    spot nearest the top or bottom of the ring's outer part, else the least covered one."""
    fm = QFontMetricsF(_font())
    w, h = fm.horizontalAdvance(label.upper()) + 14, fm.height() + 4
    best: tuple[float, QPointF] | None = None
    radii = [outer - (outer - inner) * f for f in (0.2, 0.4, 0.6, 0.8)] if outer > inner else [outer]
    for step in range(0, 60):
        for r in radii:
            for t in {math.pi / 2 + math.radians(3 * step), math.pi / 2 - math.radians(3 * step),
                      3 * math.pi / 2 + math.radians(3 * step), 3 * math.pi / 2 - math.radians(3 * step)}:
                at = QPointF(r * aspect * math.cos(t), -r * math.sin(t))
                spot = QRectF(at.x() - w / 2, at.y() - h / 2, w, h)
                if not area.contains(spot):
                    continue
                covered = sum(_area(spot.intersected(b)) for b in taken if spot.intersects(b))
                if covered <= 0.0:
                    return at
                if best is None or covered < best[0]:
                    best = (covered, at)
    return best[1] if best is not None else QPointF(0.0, -outer)


def _area(r: QRectF) -> float:
    return max(0.0, r.width()) * max(0.0, r.height())


def _ring_label_rect(label: str, at: QPointF, fm: QFontMetricsF) -> QRectF:
    w, h = fm.horizontalAdvance(label.upper()) + 14, fm.height() + 4
    return QRectF(at.x() - w / 2, at.y() - h / 2, w, h)


def _label_rect(label: str, at: QPointF, align: int, fm: QFontMetricsF) -> QRectF:
    w, h = fm.horizontalAdvance(label.upper()) + 4, fm.height()
    x = at.x() - w if align & int(Qt.AlignmentFlag.AlignRight) else (
        at.x() - w / 2 if align & int(Qt.AlignmentFlag.AlignHCenter) else at.x())
    y = at.y() if align & int(Qt.AlignmentFlag.AlignTop) else (
        at.y() - h / 2 if align & int(Qt.AlignmentFlag.AlignVCenter) else at.y() - h)
    return QRectF(x, y, w, h)


def bounds(guides: Guides) -> QRectF:
    """The area the guides cover (rings, lines and labels), for fitting the view to them."""
    rect = QRectF()
    for _, rx, ry, _ in guides.rings:
        if rx > 0 and ry > 0:
            ring = QRectF(-rx, -ry, 2 * rx, 2 * ry)
            rect = rect.united(ring.intersected(guides.clip) if guides.clip is not None else ring)
    for a, b in guides.lines:
        rect = rect.united(QRectF(a, b).normalized())
    for r in label_rects(guides):
        rect = rect.united(r)
    return rect


def label_rects(guides: Guides) -> list[QRectF]:
    """Where the guides' labels are drawn (scene units): the legend must not hide them."""
    fm = QFontMetricsF(_font())
    out = [_ring_label_rect(label, at, fm) for label, at in guides.ring_labels]
    out += [_label_rect(label, at, align, fm) for label, at, align in guides.labels]
    return out


def _font() -> QFont:
    f = QFont()
    f.setPixelSize(LABEL_PX)
    f.setBold(True)
    f.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 108)
    return f


def paint(painter: QPainter, guides: Guides) -> None:
    """Draw the guides in scene coordinates (called from the scene's drawBackground)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    pen = QPen(QColor(RING_COLOUR), 2.5)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.save()
    if guides.clip is not None:  # the rings run off the map's edge, not beyond it
        painter.setClipRect(guides.clip, Qt.ClipOperation.IntersectClip)
    for _, rx, ry, _ in guides.rings:
        if rx > 0 and ry > 0:
            painter.drawEllipse(QPointF(0.0, 0.0), rx, ry)
    painter.restore()
    for a, b in guides.lines:
        painter.drawLine(a, b)
    font = _font()
    fm = QFontMetricsF(font)
    painter.setFont(font)
    for label, at in guides.ring_labels:
        box = _ring_label_rect(label, at, fm)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(palette.CANVAS_BACKGROUND))
        painter.drawRoundedRect(box, 6, 6)
        painter.setPen(QColor(LABEL_COLOUR))
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), label.upper())
    painter.setPen(QColor(LABEL_COLOUR))
    for label, at, align in guides.labels:
        painter.drawText(_label_rect(label, at, align, fm), int(Qt.AlignmentFlag.AlignCenter), label.upper())
    painter.restore()
