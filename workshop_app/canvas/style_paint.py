"""The Qt side of :mod:`workshop_app.style`: turn its plain geometry into painter calls.

Items, the legend and every scene-drawn export paint actor shapes, glyphs and the
disagreement badge through these few functions, so the canvas draws exactly the geometry
the SVG of the HTML snapshot draws.
"""

from __future__ import annotations

from typing import Iterable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF

from ..style import palette
from ..style.look import (ActorStyle, ReferenceMark, RelationStyle, diamond, disagreement_badge, glyph_badge,
                          marker_place)
from ..style.shapes import Command, EllipsePart, Part, glyph_parts, outline_path, top_bar

_PATHS: dict[tuple[object, ...], QPainterPath] = {}


def qpath(commands: Iterable[Command]) -> QPainterPath:
    """A painter path from style path commands (M, L, C, Z)."""
    path = QPainterPath()
    for cmd in commands:
        op = cmd[0]
        if op == "M":
            path.moveTo(cmd[1], cmd[2])
        elif op == "L":
            path.lineTo(cmd[1], cmd[2])
        elif op == "C":
            path.cubicTo(cmd[1], cmd[2], cmd[3], cmd[4], cmd[5], cmd[6])
        elif op == "Z":
            path.closeSubpath()
    return path


def box_path(outline: str, rect: QRectF, k: float) -> QPainterPath:
    """The outline of a box filling ``rect`` (cached: a map has a handful of box sizes)."""
    key = (outline, round(rect.width(), 2), round(rect.height(), 2), k)
    found = _PATHS.get(key)
    if found is None:
        if len(_PATHS) > 20_000:
            _PATHS.clear()
        found = _PATHS[key] = qpath(outline_path(outline, rect.width(), rect.height(), k))
    return found.translated(rect.center())


def ring_path(outline: str, rect: QRectF, k: float, away: float) -> QPainterPath:
    """The outline of a box filling ``rect`` grown by ``away`` all round: its corners, points
    and notches followed rather than a rounded rectangle drawn around them. Marks and the
    focus highlight are drawn on it, so they fit a hexagon or a pill as well as a square
    (cached, as :func:`box_path`)."""
    key = ("ring", outline, round(rect.width(), 2), round(rect.height(), 2), k, round(away, 2))
    found = _PATHS.get(key)
    if found is None:
        if len(_PATHS) > 20_000:
            _PATHS.clear()
        base = qpath(outline_path(outline, rect.width(), rect.height(), k))
        stroker = QPainterPathStroker()
        stroker.setWidth(2 * away)
        stroker.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        stroker.setMiterLimit(3.0)
        found = _PATHS[key] = (stroker.createStroke(base) | base).simplified()
    return found.translated(rect.center())


def outline_pen(style: ActorStyle) -> QPen:
    pen = QPen(QColor(style.stroke), style.stroke_width)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    if style.dash:
        pen.setDashPattern([d / style.stroke_width for d in style.dash])
    return pen


def paint_actor_box(painter: QPainter, style: ActorStyle, rect: QRectF, k: float) -> None:
    """Fill and outline of one actor box, with the government top bar."""
    path = box_path(style.outline, rect, k)
    painter.setPen(outline_pen(style))
    painter.setBrush(QBrush(QColor(style.fill)))
    painter.drawPath(path)
    if style.top_bar:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(palette.ACTOR_OUTLINE))
        painter.drawPath(qpath(top_bar(rect.width(), rect.height(), k)).translated(rect.center()))


def paint_marker(painter: QPainter, style: ActorStyle, rect: QRectF, k: float) -> None:
    """The "?" just inside the top-right corner of a box the source is silent about, drawn
    with the glyph geometry the SVG uses (no font, so every export shows the same sign)."""
    if not style.marker:
        return
    m = marker_place(rect.width(), rect.height(), k)
    paint_glyph(painter, "question", rect.center() + QPointF(m.x, m.y), m.size / 2, QColor(style.text))


def paint_reference_mark(painter: QPainter, centre: QPointF, mark: ReferenceMark) -> None:
    """A source's levels on a relation: a diamond in the trust colour it states."""
    painter.setPen(QPen(QColor(mark.rim), mark.rim_width))
    painter.setBrush(QColor(mark.fill))
    painter.drawPolygon(QPolygonF([QPointF(x, y) for x, y in diamond(centre.x(), centre.y(), mark.radius)]))


def paint_inner_outline(painter: QPainter, style: ActorStyle, rect: QRectF, k: float, colour: QColor) -> None:
    """A dotted line just inside the box ("placed differently in this phase")."""
    inner = rect.adjusted(3 * k, 3 * k, -3 * k, -3 * k)
    painter.setPen(QPen(colour, 1.0, Qt.PenStyle.DotLine))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(box_path(style.outline, inner, k))


def paint_parts(painter: QPainter, parts: Iterable[Part], ink: QColor, paper: QColor) -> None:
    """Draw glyph parts: ``ink`` for filled shapes and strokes, ``paper`` for cut-outs."""
    for part in parts:
        brush = {"ink": ink, "paper": paper}.get(part.fill)
        painter.setBrush(QBrush(brush) if brush is not None else Qt.BrushStyle.NoBrush)
        if part.stroke > 0:
            pen = QPen(ink, part.stroke)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
        else:
            painter.setPen(Qt.PenStyle.NoPen)
        if isinstance(part, EllipsePart):
            painter.drawEllipse(QPointF(part.cx, part.cy), part.rx, part.ry)
        else:
            painter.drawPath(qpath(part.commands))


def paint_glyph(painter: QPainter, glyph: str, centre: QPointF, size: float, ink: QColor | None = None) -> None:
    """A glyph alone (no badge), ``size`` from its centre to its edge."""
    if not glyph:
        return
    paint_parts(painter, glyph_parts(glyph, centre.x(), centre.y(), size),
                ink or QColor(palette.INK), QColor(palette.PAPER))


def paint_glyph_badge(painter: QPainter, style: ActorStyle, rect: QRectF, k: float) -> None:
    """The type glyph in its round paper badge at the box's top-left corner."""
    if not style.glyph:
        return
    b = glyph_badge(rect.width(), rect.height(), k)
    c = rect.center() + QPointF(b.cx, b.cy)
    painter.setPen(QPen(QColor(palette.ACTOR_OUTLINE), b.stroke_width))
    painter.setBrush(QColor(palette.PAPER))
    painter.drawEllipse(c, b.radius, b.radius)
    paint_glyph(painter, style.glyph, c, b.glyph_size)


def relation_pen(style: RelationStyle, width: float | None = None, colour: QColor | None = None,
                 scale: float = 1.0) -> QPen:
    """The pen of a relation line; dashes are in scene units (times ``scale``), as in the SVG."""
    w = (style.width if width is None else width) * scale
    pen = QPen(colour if colour is not None else QColor(style.colour), w)
    if style.dash and w > 0:
        pen.setDashPattern([d * scale / w for d in style.dash])
    return pen


def paint_disagreement_badge(painter: QPainter, centre: QPointF, k: float) -> None:
    """The "votes differ" badge: a paper disc, a ring and "≠", leaving the line's colour."""
    b = disagreement_badge(k)
    ring = QColor(b.ring)
    painter.setPen(QPen(ring, b.ring_width))
    painter.setBrush(QColor(b.fill))
    painter.drawEllipse(centre, b.radius, b.radius)
    paint_parts(painter, glyph_parts(b.glyph, centre.x(), centre.y(), b.glyph_size), ring, QColor(b.fill))


def badge_rect(centre: QPointF, k: float) -> QRectF:
    r = disagreement_badge(k).radius
    return QRectF(centre.x() - r, centre.y() - r, 2 * r, 2 * r)


__all__ = ["badge_rect", "box_path", "ring_path", "outline_pen", "paint_actor_box", "paint_disagreement_badge", "paint_glyph",
           "paint_glyph_badge", "paint_inner_outline", "paint_marker", "paint_parts", "paint_reference_mark",
           "qpath", "relation_pen"]
