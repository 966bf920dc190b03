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
from ..analysis.layout import HELIX_SECTORS, scale_rings
from ..domain.vocabulary import SCALES
from .textcache import layout_gap, model_sizes
from ..style import palette

RING_COLOUR = palette.GUIDE_RING
LABEL_COLOUR = palette.GUIDE_LABEL
LABEL_PX = 17


@dataclass
class Guides:
    """Ellipses (label, rx, ry, label angle), straight lines and free labels, in scene units."""

    rings: list[tuple[str, float, float, float]] = field(default_factory=list)
    lines: list[tuple[QPointF, QPointF]] = field(default_factory=list)
    labels: list[tuple[str, QPointF, int]] = field(default_factory=list)  # text, anchor, alignment


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
    if lens == "scale":
        rings = scale_rings(model, model_sizes(model), layout_gap())  # as arranged
        for scale, rx, ry in rings:
            if rx <= 0 and ry <= 0:
                continue
            members = [(a.x, a.y) for a in actors if a.scale == scale]
            label = SCALES.get(scale, scale.replace("_", " ").capitalize())
            guides.rings.append((label, rx, ry, _label_angle(members, rx, ry)))
    elif lens == "helix":
        half_w = max(abs(a.x) for a in actors) + 120.0
        half_h = max(abs(a.y) for a in actors) + 60.0
        guides.lines.append((QPointF(-half_w, 0.0), QPointF(half_w, 0.0)))
        guides.lines.append((QPointF(0.0, -half_h), QPointF(0.0, half_h)))
        for label, _types, start in HELIX_SECTORS:
            mid = math.radians(start + 45.0)
            sx, sy = math.copysign(1.0, math.cos(mid)), -math.copysign(1.0, math.sin(mid))
            align = int(Qt.AlignmentFlag.AlignRight if sx > 0 else Qt.AlignmentFlag.AlignLeft)
            align |= int(Qt.AlignmentFlag.AlignTop if sy < 0 else Qt.AlignmentFlag.AlignBottom)
            guides.labels.append((label, QPointF(sx * half_w, sy * (half_h + 30.0)), align))
        middle = [a for a in actors if a.type == "intermediary"]
        if middle:
            top = min(a.y for a in middle) - 42.0
            guides.labels.append(("Intermediaries", QPointF(0.0, top),
                                  int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom)))
    return guides


def bounds(guides: Guides) -> QRectF:
    """The area the guides cover (rings, lines and labels), for fitting the view to them."""
    rect = QRectF()
    for _, rx, ry, _ in guides.rings:
        rect = rect.united(QRectF(-rx, -ry, 2 * rx, 2 * ry))
    for a, b in guides.lines:
        rect = rect.united(QRectF(a, b).normalized())
    fm = QFontMetricsF(_font())
    for label, at, _ in guides.labels:
        w, h = fm.horizontalAdvance(label.upper()) + 4, fm.height()
        rect = rect.united(QRectF(at.x() - w, at.y() - h, 2 * w, 2 * h))
    return rect


def label_rects(guides: Guides) -> list[QRectF]:
    """Where the guides' labels are drawn (scene units): the legend must not hide them."""
    fm = QFontMetricsF(_font())
    out = []
    for label, rx, ry, angle in guides.rings:
        w, h = fm.horizontalAdvance(label.upper()) + 14, fm.height() + 4
        at = QPointF(rx * math.cos(angle), -ry * math.sin(angle))
        out.append(QRectF(at.x() - w / 2, at.y() - h / 2, w, h))
    for label, at, align in guides.labels:
        w, h = fm.horizontalAdvance(label.upper()) + 4, fm.height()
        x = at.x() - w if align & int(Qt.AlignmentFlag.AlignRight) else (
            at.x() - w / 2 if align & int(Qt.AlignmentFlag.AlignHCenter) else at.x())
        y = at.y() if align & int(Qt.AlignmentFlag.AlignTop) else at.y() - h
        out.append(QRectF(x, y, w, h))
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
    for _, rx, ry, _ in guides.rings:
        painter.drawEllipse(QPointF(0.0, 0.0), rx, ry)
    for a, b in guides.lines:
        painter.drawLine(a, b)
    font = _font()
    fm = QFontMetricsF(font)
    painter.setFont(font)
    for label, rx, ry, angle in guides.rings:
        text = label.upper()
        at = QPointF(rx * math.cos(angle), -ry * math.sin(angle))
        w, h = fm.horizontalAdvance(text) + 14, fm.height() + 4
        box = QRectF(at.x() - w / 2, at.y() - h / 2, w, h)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(palette.CANVAS_BACKGROUND))
        painter.drawRoundedRect(box, 6, 6)
        painter.setPen(QColor(LABEL_COLOUR))
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)
    painter.setPen(QColor(LABEL_COLOUR))
    for label, at, align in guides.labels:
        text = label.upper()
        w, h = fm.horizontalAdvance(text) + 4, fm.height()
        x = at.x() - w if align & int(Qt.AlignmentFlag.AlignRight) else (
            at.x() - w / 2 if align & int(Qt.AlignmentFlag.AlignHCenter) else at.x())
        y = at.y() if align & int(Qt.AlignmentFlag.AlignTop) else at.y() - h
        painter.drawText(QRectF(x, y, w, h), int(Qt.AlignmentFlag.AlignCenter), text)
    painter.restore()
