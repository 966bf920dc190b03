"""Graphics items for actors and relations.

Items only display what the scene tells them (a plain ``ActorView`` / ``RelationView``
description); they never read or write the session, so the model stays the one truth.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPolygonF,
)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject, QStyleOptionGraphicsItem, QWidget

from ..domain.vocabulary import role_label
from . import palette

ACTOR_MIN_W = 110.0
ACTOR_MAX_W = 190.0
ACTOR_H = 50.0
ROLE_LINE_H = 16.0


@dataclass(frozen=True)
class ActorView:
    """Everything an actor item needs to draw itself in the current phase."""

    actor_id: int
    name: str
    type: str
    scale: str
    roles: tuple[str, ...]
    present: bool
    x: float
    y: float
    overridden: bool = False
    pinned: bool = False


@dataclass(frozen=True)
class RelationView:
    """How a relation looks in the current phase (scores are the participants' medians)."""

    relation_id: int
    source: int
    target: int
    kind: str
    directed: bool
    active: bool
    trust: int | None
    commitment: int | None
    interdependence: int | None
    threec: str | None
    spread: int = 0
    votes: int = 0
    lane: float = 0.0  # offset among parallel relations of the same pair, in lanes


class ActorItem(QGraphicsObject):
    """A rounded box coloured by actor type, with the roles held in the current phase."""

    def __init__(self, view: ActorView, font_scale: float = 1.0) -> None:
        super().__init__()
        self.actor_id = view.actor_id
        self.view = view
        self.font_scale = font_scale
        self.ghost_mode = "ghost"  # or "hide"
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
            | QGraphicsItem.GraphicsItemFlag.ItemSendsGeometryChanges
        )
        self.setAcceptHoverEvents(True)
        self.setZValue(10)
        self._rect = QRectF()
        self._text_w = ACTOR_MIN_W
        self._text_h = 0.0
        self._role_h = 0.0
        self._content_top = 0.0
        self._name_text = view.name
        self.edges: set["RelationItem"] = set()
        self.apply(view)

    # -- state ----------------------------------------------------------------------------
    def apply(self, view: ActorView) -> None:
        self.prepareGeometryChange()
        self.view = view
        self._layout()
        if self.pos() != QPointF(view.x, view.y):
            self.setPos(view.x, view.y)
        self._apply_presence()
        self.setToolTip(self._tooltip())
        self.update()

    def set_ghost_mode(self, mode: str) -> None:
        self.ghost_mode = mode
        self._apply_presence()

    def _apply_presence(self) -> None:
        if self.view.present:
            self.setVisible(True)
            self.setOpacity(1.0)
        else:
            self.setVisible(self.ghost_mode == "ghost")
            self.setOpacity(0.28)

    def _fonts(self) -> tuple[QFont, QFont]:
        name_font = QFont()
        name_font.setPointSizeF(10.5 * self.font_scale)
        name_font.setBold(True)
        role_font = QFont()
        role_font.setPointSizeF(8.5 * self.font_scale)
        role_font.setItalic(True)
        return name_font, role_font

    def _layout(self) -> None:
        """Size the box to the wrapped name (at most three lines) plus a line for roles."""
        name_font, role_font = self._fonts()
        fm = QFontMetricsF(name_font)
        k = self.font_scale
        single = fm.horizontalAdvance(self.view.name) + 24 * k
        w = max(ACTOR_MIN_W * k, min(ACTOR_MAX_W * k, single))
        self._text_w = w - 14 * k
        self._name_text = _fit_lines(self.view.name, name_font, self._text_w, 3)
        self._text_h = fm.boundingRect(QRectF(0, 0, self._text_w, 10_000), _WRAP, self._name_text).height()
        has_roles = bool(self.view.roles and self.view.present)
        self._role_h = QFontMetricsF(role_font).height() if has_roles else 0.0
        content = self._text_h + (self._role_h + 2 * k if has_roles else 0.0)
        h = max(ACTOR_H * k - 8 * k, content + 14 * k)
        self._rect = QRectF(-w / 2, -h / 2, w, h)
        self._content_top = -h / 2 + (h - content) / 2

    def boundingRect(self) -> QRectF:
        return self._rect.adjusted(-4, -4, 4, 4)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addRoundedRect(self._rect, 10, 10)
        return path

    def box(self) -> QRectF:
        """The box in scene coordinates (edges end on its border)."""
        return self._rect.translated(self.pos())

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        v = self.view
        fill = QColor(palette.TYPE_FILL.get(v.type, "#999999"))
        text = QColor(palette.TYPE_TEXT.get(v.type, "#000000"))
        pen = QPen(QColor("#2B2B2B"), 1.2)
        if not v.present:
            pen.setStyle(Qt.PenStyle.DashLine)
        if self.isSelected():
            pen = QPen(QColor(palette.SELECTION), 3.2)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(pen)
        painter.setBrush(QBrush(fill))
        painter.drawRoundedRect(self._rect, 10, 10)
        if v.overridden:
            painter.setPen(QPen(QColor("#2B2B2B"), 1.0, Qt.PenStyle.DotLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(self._rect.adjusted(3, 3, -3, -3), 7, 7)
        name_font, role_font = self._fonts()
        painter.setPen(text)
        painter.setFont(name_font)
        name_rect = QRectF(-self._text_w / 2, self._content_top, self._text_w, self._text_h)
        painter.drawText(name_rect, _WRAP, self._name_text)
        if self._role_h:
            painter.setFont(role_font)
            roles = ", ".join(role_label(r) for r in v.roles)
            fm = QFontMetricsF(role_font)
            roles = fm.elidedText(roles, Qt.TextElideMode.ElideRight, self._rect.width() - 12)
            role_rect = QRectF(self._rect.left() + 6, name_rect.bottom() + 2 * self.font_scale, self._rect.width() - 12, self._role_h)
            painter.drawText(role_rect, int(Qt.AlignmentFlag.AlignCenter), roles)
        if v.pinned:
            painter.setBrush(QColor("#222222"))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(QPointF(self._rect.right() - 8, self._rect.top() + 8), 3.5, 3.5)

    def _tooltip(self) -> str:
        v = self.view
        roles = ", ".join(role_label(r) for r in v.roles) or "no role recorded"
        state = "present" if v.present else "absent in this phase"
        return f"{v.name}\n{v.type.replace('_', ' ')} · {v.scale} · {state}\nRoles: {roles}"

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: object) -> object:
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            for edge in self.edges:
                edge.rebuild()
        elif change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            self.update()
        return super().itemChange(change, value)


_WRAP = int(Qt.AlignmentFlag.AlignHCenter) | int(Qt.AlignmentFlag.AlignTop) | int(Qt.TextFlag.TextWordWrap)


def _fit_lines(text: str, font: QFont, width: float, lines: int) -> str:
    """Shorten a long name word by word until it wraps into ``lines`` lines, with an ellipsis."""
    fm = QFontMetricsF(font)
    limit = fm.lineSpacing() * (lines + 0.5)

    def height(t: str) -> float:
        return fm.boundingRect(QRectF(0, 0, width, 10_000), _WRAP, t).height()

    if height(text) <= limit:
        return text
    words = text.split()
    while len(words) > 1:
        words.pop()
        candidate = " ".join(words) + "…"
        if height(candidate) <= limit:
            return candidate
    return fm.elidedText(text, Qt.TextElideMode.ElideRight, width)


class RelationItem(QGraphicsObject):
    """A line or arc between two actor boxes: colour = trust, width = commitment."""

    LANE_GAP = 34.0

    def __init__(self, view: RelationView, source: ActorItem, target: ActorItem) -> None:
        super().__init__()
        self.relation_id = view.relation_id
        self.view = view
        self.source_item = source
        self.target_item = target
        self.show_labels = True
        self.ghost_mode = "ghost"
        self.font_scale = 1.0
        source.edges.add(self)
        target.edges.add(self)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        self.setZValue(1)
        self._path = QPainterPath()
        self._arrow = QPolygonF()
        self._mid = QPointF()
        self._label_rect = QRectF()
        self._bounds = QRectF()
        self.apply(view)

    def detach(self) -> None:
        self.source_item.edges.discard(self)
        self.target_item.edges.discard(self)

    def apply(self, view: RelationView) -> None:
        self.view = view
        self._apply_visibility()
        self.setToolTip(self._tooltip())
        self.rebuild()

    def set_ghost_mode(self, mode: str) -> None:
        self.ghost_mode = mode
        self._apply_visibility()

    def _apply_visibility(self) -> None:
        if self.view.active:
            self.setVisible(True)
            self.setOpacity(1.0)
        else:
            self.setVisible(self.ghost_mode == "ghost")
            self.setOpacity(0.18)

    # -- geometry -------------------------------------------------------------------------
    def rebuild(self) -> None:
        self.prepareGeometryChange()
        a = self.source_item.pos()
        b = self.target_item.pos()
        # Lanes are measured from the lower actor id to the higher one, so that relations of
        # opposite direction between one pair fan out instead of lying on top of each other.
        lo, hi = (a, b) if self.view.source < self.view.target else (b, a)
        dx, dy = hi.x() - lo.x(), hi.y() - lo.y()
        length = math.hypot(dx, dy) or 1.0
        nx_, ny_ = -dy / length, dx / length
        offset = self.view.lane * self.LANE_GAP
        mid = QPointF((a.x() + b.x()) / 2 + nx_ * offset * 2, (a.y() + b.y()) / 2 + ny_ * offset * 2)
        start = _clip_to_box(self.source_item.box(), mid if offset else b, a)
        end = _clip_to_box(self.target_item.box(), mid if offset else a, b)
        path = QPainterPath(start)
        if offset:
            path.quadTo(mid, end)
        else:
            path.lineTo(end)
        self._path = path
        self._mid = path.pointAtPercent(0.5)
        self._arrow = QPolygonF()
        if self.view.directed:
            t = path.percentAtLength(max(0.0, path.length() - 1))
            angle = math.radians(-path.angleAtPercent(t))
            size = 9.0 + self._width() * 0.9
            p1 = end - QPointF(math.cos(angle - 0.42) * size, math.sin(angle - 0.42) * size)
            p2 = end - QPointF(math.cos(angle + 0.42) * size, math.sin(angle + 0.42) * size)
            self._arrow = QPolygonF([end, p1, p2])
        self._label_rect = self._compute_label_rect()
        stroker = QPainterPathStroker()
        stroker.setWidth(max(12.0, self._width() + 8))
        self._hit = stroker.createStroke(self._path)
        if self._arrow.size():
            self._hit.addPolygon(self._arrow)
        if self.show_labels:
            self._hit.addRect(self._label_rect)
        self._bounds = self._hit.boundingRect().adjusted(-6, -6, 6, 6)
        self.update()

    def _label_text(self) -> str:
        text = self.view.kind
        if self.view.threec:
            text += " · " + palette.THREE_C_SHORT[self.view.threec]
        return text

    def _label_font(self) -> QFont:
        f = QFont()
        f.setPointSizeF(7.5 * self.font_scale)
        return f

    def _compute_label_rect(self) -> QRectF:
        fm = QFontMetricsF(self._label_font())
        w = fm.horizontalAdvance(self._label_text()) + 10
        h = fm.height() + 2
        return QRectF(self._mid.x() - w / 2, self._mid.y() - h / 2, w, h)

    def _width(self) -> float:
        c = self.view.commitment
        return palette.COMMITMENT_WIDTH[c] if c else palette.UNSCORED_WIDTH

    def _colour(self) -> QColor:
        t = self.view.trust
        return QColor(palette.TRUST_COLOUR[t] if t else palette.UNSCORED_COLOUR)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        return self._hit

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = self._colour()
        if self.isSelected():
            halo = QPen(QColor(palette.SELECTION), self._width() + 6)
            halo.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(halo)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(self._path)
        if self.view.spread >= 2:
            # Participants disagree by two steps or more: a purple dashed halo asks for talk.
            dis = QPen(QColor(palette.DISAGREEMENT), self._width() + 5, Qt.PenStyle.DashLine)
            painter.setPen(dis)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(self._path)
        pen = QPen(colour, self._width())
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        if self.view.trust is None and self.view.commitment is None:
            pen.setStyle(Qt.PenStyle.DashLine)
        if not self.view.directed:
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)
        if self._arrow.size():
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawPolygon(self._arrow)
        if self.show_labels:
            painter.setPen(QPen(QColor("#6B6B6B"), 0.8))
            painter.setBrush(QColor(255, 255, 255, 225))
            painter.drawRoundedRect(self._label_rect, 4, 4)
            painter.setFont(self._label_font())
            painter.setPen(QColor("#333333"))
            painter.drawText(self._label_rect, int(Qt.AlignmentFlag.AlignCenter), self._label_text())

    def _tooltip(self) -> str:
        v = self.view

        def fmt(x: int | None) -> str:
            return "–" if x is None else str(x)

        arrow = "→" if v.directed else "—"
        cls = v.threec or "unclassified"
        return (
            f"{v.kind} {arrow}\ntrust {fmt(v.trust)} · commitment {fmt(v.commitment)} · "
            f"interdependence {fmt(v.interdependence)}\n3C: {cls} · {v.votes} vote(s)"
        )

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: object) -> object:
        if change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            self.update()
        return super().itemChange(change, value)


def _clip_to_box(box: QRectF, outside: QPointF, centre: QPointF) -> QPointF:
    """Where the segment from ``centre`` towards ``outside`` leaves ``box``."""
    dx, dy = outside.x() - centre.x(), outside.y() - centre.y()
    if dx == 0 and dy == 0:
        return centre
    hw, hh = box.width() / 2 + 2, box.height() / 2 + 2
    scale = min(hw / abs(dx) if dx else math.inf, hh / abs(dy) if dy else math.inf)
    scale = min(scale, 1.0)
    return QPointF(centre.x() + dx * scale, centre.y() + dy * scale)
