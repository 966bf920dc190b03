"""Marks: how the diff and "show me" single out actors and relations on the canvas.

Kept apart from the items so the legend (``overlay``), exports and the items draw a mark
the same way. Meaning is carried by line style and a badge glyph; colour only repeats it.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from ..domain.i18n import N_
from ..style import palette


@dataclass(frozen=True)
class MarkStyle:
    """How a mark is drawn: line style and glyph carry the meaning, colour only repeats it."""

    colour: str
    line: str  # solid | dash | dot
    glyph: str
    label: str


# Colours come from the style (green / grey / blue, clear of the trust ramp); the solid /
# dashed / dotted rings and the +, −, Δ badges carry the meaning on a washed-out projector
# or a grey-scale print.
_C = palette.MARK_COLOUR
MARK_STYLES: dict[str, MarkStyle] = {
    "entered": MarkStyle(_C["entered"], "solid", "+", N_("actor entered")),
    "left": MarkStyle(_C["left"], "dash", "−", N_("actor left (shown faded)")),
    "roles_changed": MarkStyle(_C["roles_changed"], "dot", "Δ", N_("roles changed")),
    "appeared": MarkStyle(_C["appeared"], "solid", "+", N_("relation appeared")),
    "ended": MarkStyle(_C["ended"], "dash", "−", N_("relation ended (shown faded)")),
    "score_changed": MarkStyle(_C["score_changed"], "dot", "Δ", N_("scores changed")),
    "focus": MarkStyle(_C["focus"], "solid", "", N_("highlighted")),
}
FOCUS_GLOW = palette.FOCUS_GLOW
DIM_FACTOR = 0.22  # opacity factor for everything but the focus while "show me" is on
MARK_KINDS = tuple(MARK_STYLES)


def mark_pen(kind: str, width: float) -> QPen:
    style = MARK_STYLES[kind]
    pen = QPen(QColor(style.colour), width)
    if style.line == "dash":
        pen.setDashPattern([2.2, 1.4])
    elif style.line == "dot":
        pen.setDashPattern([0.1, 1.6])
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    return pen


def paint_badge(painter: QPainter, kind: str, centre: QPointF, radius: float) -> None:
    style = MARK_STYLES[kind]
    if not style.glyph:
        return
    painter.setPen(QPen(QColor(palette.PAPER), max(1.0, radius * 0.18)))
    painter.setBrush(QColor(style.colour))
    painter.drawEllipse(centre, radius, radius)
    f = QFont()
    f.setPixelSize(max(6, int(radius * 1.5)))
    f.setBold(True)
    painter.setFont(f)
    painter.setPen(QColor(palette.MARK_BADGE_TEXT))
    painter.drawText(QRectF(centre.x() - radius, centre.y() - radius * 1.08, 2 * radius, 2 * radius),
                     int(Qt.AlignmentFlag.AlignCenter), style.glyph)


def paint_mark_symbol(painter: QPainter, kind: str, rect: QRectF) -> bool:
    """Draw a mark's legend symbol in ``rect`` exactly as the canvas draws the mark."""
    if kind not in MARK_STYLES:
        return False
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    s = rect.height()
    is_relation = kind in ("appeared", "ended", "score_changed")
    if is_relation:
        y = rect.center().y()
        painter.setPen(mark_pen(kind, s * 0.42))
        painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
        painter.setPen(QPen(QColor(palette.TRUST_COLOUR[3]), s * 0.12))
        painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
    else:
        box = rect.adjusted(s * 0.14, s * 0.22, -s * 0.14, -s * 0.22)
        if kind == "focus":
            painter.setPen(QPen(QColor(FOCUS_GLOW), s * 0.3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(box, s * 0.15, s * 0.15)
        painter.setPen(mark_pen(kind, s * 0.12))
        painter.setBrush(QColor(palette.MARKED_SYMBOL_FILL))
        painter.drawRoundedRect(box, s * 0.15, s * 0.15)
    paint_badge(painter, kind, QPointF(rect.right() - s * 0.18, rect.top() + s * 0.2), s * 0.26)
    return True
