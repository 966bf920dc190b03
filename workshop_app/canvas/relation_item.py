"""The relation item: a line or arc between two actor boxes.

Kept apart from the actor item so each module stays readable; import it from ``items``.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPainterPathStroker, QPen, QPolygonF
from PySide6.QtWidgets import (QGraphicsItem, QGraphicsScene, QGraphicsSceneHoverEvent, QGraphicsView,
                               QStyleOptionGraphicsItem, QWidget)

from ..domain.i18n import in_sentence, language, tr
from ..domain.terms import term
from ..domain.wording import count
from ..style import palette
from ..style.look import (ARROW_HALF_ANGLE, RelationStyle, arrow_size, badge_centre, disagreement_badge,
                          not_described_relation_style, reference_mark, relation_label, relation_style,
                          REFERENCE_AT, WITHHELD_LABEL, WITHHELD_WORDS)
from .marks import DIM_FACTOR, FOCUS_GLOW, MARK_STYLES, mark_pen, paint_badge
from .references import references_shown
from .view_look import ViewLook, view_look
from .style_paint import badge_rect, paint_disagreement_badge, paint_reference_mark, relation_pen
from .textcache import fonts, label_size, legible, view_scale

if TYPE_CHECKING:  # pragma: no cover
    from .items import ActorItem, RelationView

RELATION_GHOST_OPACITY = 0.18
MARKED_RELATION_GHOST_OPACITY = 0.4
NOT_DESCRIBED_RELATION_OPACITY = 0.55  # its dotted thin line is faint already


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    return QColor.fromRgbF(a.redF() + (b.redF() - a.redF()) * t, a.greenF() + (b.greenF() - a.greenF()) * t,
                           a.blueF() + (b.blueF() - a.blueF()) * t)


class RelationItem(QGraphicsItem):
    """A line or arc between two actor boxes: colour = trust, width = commitment, dashed when
    not scored, a "≠" badge where the votes differ by two steps or more
    (:func:`workshop_app.style.look.relation_style`).

    ``provider(relation_id)`` makes a fresh view. ``clock`` is a one-element list the scene
    bumps on every phase switch: a view made at an older tick is remade the first time it is
    painted or read, so a switch costs nothing per relation that stays as it was. The ghost
    opacity is applied when painting (``opacity()`` stays 1): setting it on thousands of
    items per switch is what made switching slow.
    """

    LANE_GAP = 34.0
    _REACH = 20.0  # widest halo or arrow beyond the path, so bounds never depend on scores

    def __init__(self, view: RelationView, source: ActorItem, target: ActorItem, *,
                 provider: Callable[[int], RelationView] | None = None, clock: list[int] | None = None,
                 register: bool = True, fresh: bool = True, ghost_mode: str = "ghost",
                 show_labels: bool = True, font_scale: float = 1.0, show_references: bool = True) -> None:
        # ``fresh=False``: ``view`` holds only the ends, kind and activity (a scene being
        # built); the scores are read on first paint. A plain QGraphicsItem without an
        # itemChange override: a QObject per relation and a Python call per flag change
        # made opening a large session slow, and Qt repaints the selection by itself.
        super().__init__()
        self.relation_id = view.relation_id
        self._view = view
        self._provider = provider
        self._clock = clock if clock is not None else [0]
        self._tick = self._clock[0] if fresh else -1
        self.active = view.active
        self.source_item = source
        self.target_item = target
        self.show_labels = show_labels
        self.show_references = show_references  # the scene's; a view may override (references.py)
        self.ghost_mode = ghost_mode
        self.font_scale = font_scale
        self.reach_scale = font_scale  # the largest label scale a view draws it with
        self.mark: str | None = None
        self.dimmed = False
        self.visual_opacity: float | None = None
        self.style_from: tuple[QColor, float] | None = None  # morph: previous colour and width
        self.style_t = 1.0
        self._registered = register  # an unregistered copy (a morph echo) keeps its first path
        if register:
            source.edges.add(self)
            target.edges.add(self)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        self.setZValue(1)
        self._path = QPainterPath()
        self._mid = QPointF()
        self._end = QPointF()
        self._end_angle = 0.0
        self._bounds = QRectF()
        self._hit: QPainterPath | None = None
        self._dirty = True
        self._path_key: tuple[object, ...] | None = None
        # Paths ending on the boxes as drawn at each view's label scale, by scale.
        self._paths: dict[float, tuple[tuple[object, ...], QPainterPath, QPointF, QPointF, float]] = {}
        self._shown: tuple[bool, float] | None = None
        self._look: ViewLook | None = None  # the look of the view painting now
        self.refresh_visibility()

    @property
    def view(self) -> RelationView:
        if self._tick != self._clock[0] and self._provider is not None:
            self._tick = self._clock[0]
            self._set_view(self._provider(self.relation_id))
        return self._view

    def detach(self) -> None:
        self.source_item.edges.discard(self)
        self.target_item.edges.discard(self)

    def apply(self, view: RelationView) -> None:
        old = self._view
        self._tick = self._clock[0]
        if (old.source, old.target, old.directed, old.lane, old.kind) != (
                view.source, view.target, view.directed, view.lane, view.kind):
            self.geometry_changed()
        self._set_view(view)
        self.active = view.active
        self.refresh_visibility()

    def _set_view(self, view: RelationView) -> None:
        if view.stated != self._view.stated:
            self.geometry_changed()  # the label may grow by the stated class
        self._view = view
        self._hit = None
        self.update()

    def set_active(self, active: bool) -> None:
        """A new phase made the relation (in)active; the rest of its view waits for a paint.

        The scene repaints everything after a switch, so no per-item update is asked for.
        """
        self.active = active
        shown = self.rest_state()
        if self._shown is None or shown[0] != self._shown[0]:
            self.setVisible(shown[0])
        self._shown = shown

    def set_ghost_mode(self, mode: str) -> None:
        self.ghost_mode = mode
        self.refresh_visibility()

    def set_reach_scale(self, k: float) -> None:
        """The largest label scale a view of the scene draws with: labels need the room."""
        k = max(k, self.font_scale)
        if k != self.reach_scale:
            self.reach_scale = k
            self.geometry_changed()

    def set_font_scale(self, k: float) -> None:
        self.font_scale = k
        self.geometry_changed()

    def set_show_references(self, show: bool) -> None:
        if show != self.show_references:
            self.show_references = show
            self.geometry_changed()

    def set_show_labels(self, show: bool) -> None:
        if show != self.show_labels:
            self.show_labels = show
            self.geometry_changed()

    def set_mark(self, kind: str | None, dimmed: bool = False) -> None:
        if kind == self.mark and dimmed == self.dimmed:
            return
        self.mark, self.dimmed = kind, dimmed
        self.refresh_visibility()
        self.update()

    def rest_state(self) -> tuple[bool, float]:
        if self.active:
            shown = (True, 1.0)
        elif self.mark is not None:
            shown = (True, MARKED_RELATION_GHOST_OPACITY)
        else:
            shown = (self.ghost_mode == "ghost", RELATION_GHOST_OPACITY)
        return (shown[0], shown[1] * DIM_FACTOR) if self.dimmed else shown

    def refresh_visibility(self) -> None:
        shown = self.rest_state()
        if shown != self._shown:
            if self._shown is None or shown[0] != self._shown[0]:
                self.setVisible(shown[0])
            self._shown = shown
            self.update()

    def rest_opacity(self) -> float:
        """The opacity the relation is painted with once no animation runs."""
        return self._shown[1] if self._shown else 1.0

    # -- geometry (lazy: made when Qt first asks for the bounds after a change) ------------
    def geometry_changed(self) -> None:
        """An end moved, or the lane, labels or font changed: the bounds must be redone."""
        self._hit = None
        if not self._dirty:
            self.prepareGeometryChange()
            self._dirty = True

    def rebuild(self) -> None:
        """Redo the path now (kept for callers that want the new geometry at once)."""
        self.geometry_changed()
        self._ensure_path()
        self.update()

    def _control(self) -> tuple[QPointF, QPointF, QPointF, float]:
        """Both ends' centres as painted, the curve's control point and the lane offset."""
        v = self._view
        a, b = self.source_item.visual_pos(), self.target_item.visual_pos()
        # Lanes are measured from the lower actor id to the higher one, so that relations of
        # opposite direction between one pair fan out instead of lying on top of each other.
        lo, hi = (a, b) if v.source < v.target else (b, a)
        dx, dy = hi.x() - lo.x(), hi.y() - lo.y()
        length = math.hypot(dx, dy) or 1.0
        offset = v.lane * self.LANE_GAP
        mid = QPointF((a.x() + b.x()) / 2 - dy / length * offset * 2, (a.y() + b.y()) / 2 + dx / length * offset * 2)
        return a, b, mid, offset

    def _ensure_bounds(self) -> None:
        """Bounds from the ends' centres only, so a box growing or shrinking (a roles line
        appearing on a phase switch) never needs a geometry change on its relations."""
        if not self._dirty:
            return
        self._dirty = False
        a, b, mid, _ = self._control()
        xs, ys = (a.x(), b.x(), mid.x()), (a.y(), b.y(), mid.y())
        k = max(self.font_scale, self.reach_scale)  # the largest labels any view draws
        rx, ry = _reach(self._view.kind, self._view.stated, k, self.show_labels)
        self._bounds = QRectF(min(xs) - rx, min(ys) - ry, max(xs) - min(xs) + 2 * rx, max(ys) - min(ys) + 2 * ry)

    def _ensure_path(self) -> None:
        """The path between the box borders, redone whenever an end moved or was resized."""
        if self._path_key is not None and not self._registered:
            return
        src, tgt = self.source_item, self.target_item
        k = self.font_scale  # the label scale of the view painting (see ``paint``)
        key = (src.version, tgt.version, self._view.lane, self._view.directed, k)
        if key == self._path_key:
            return
        kept = self._paths.get(k)
        if kept is not None and kept[0] == key:  # drawn at this scale before, nothing moved
            self._path_key, self._path, self._mid, self._end, self._end_angle = kept
            return
        self._path_key = key
        a, b, mid, offset = self._control()
        self._hit = None
        # In plain numbers (a big map's first paint makes thousands of these): each end is
        # where the line from its box's centre towards the other end (or the control point)
        # leaves the box as drawn at this scale, boxes being centred on their actors.
        ax, ay, bx, by, mx, my = a.x(), a.y(), b.x(), b.y(), mid.x(), mid.y()
        sbox, tbox = src.box_at_scale(k), tgt.box_at_scale(k)
        sx, sy = _clip_xy(sbox.width(), sbox.height(), mx if offset else bx, my if offset else by, ax, ay)
        ex, ey = _clip_xy(tbox.width(), tbox.height(), mx if offset else ax, my if offset else ay, bx, by)
        start, end = QPointF(sx, sy), QPointF(ex, ey)
        path = QPainterPath(start)
        if offset:
            path.quadTo(mid, end)
            self._mid = QPointF((sx + ex) * 0.25 + mx * 0.5, (sy + ey) * 0.25 + my * 0.5)  # t = 0.5
        else:
            path.lineTo(end)
            self._mid = QPointF((sx + ex) * 0.5, (sy + ey) * 0.5)
        self._path = path
        # The tangent at the end of a quadratic curve points from its control point.
        tx, ty = (mx, my) if offset else (sx, sy)
        self._end = end
        self._end_angle = math.atan2(ey - ty, ex - tx)
        self._paths[k] = (key, self._path, self._mid, self._end, self._end_angle)

    def _arrow(self, width: float) -> QPolygonF:
        if not self._view.directed:
            return QPolygonF()
        size = arrow_size(width)
        end, angle, half = self._end, self._end_angle, ARROW_HALF_ANGLE
        p1 = end - QPointF(math.cos(angle - half) * size, math.sin(angle - half) * size)
        p2 = end - QPointF(math.cos(angle + half) * size, math.sin(angle + half) * size)
        return QPolygonF([end, p1, p2])

    def _label_for(self, threec: str | None, stated: tuple[str, ...] = ()) -> str:
        return relation_label(self._view.kind, threec, stated)

    def _label_text(self) -> str:
        view = self.view
        if view.withheld:  # a blind question: nothing of the votes, not even the class
            return f"{in_sentence(term('relation kind', view.kind))} · {tr(WITHHELD_LABEL)}"
        return self._label_for(view.threec, view.stated if self.show_references else ())

    def _label_font(self) -> QFont:
        return fonts(self.font_scale)[2]

    def label_rect(self) -> QRectF:
        self._ensure_path()
        w, h = label_size(self._label_text(), self.font_scale)
        return QRectF(self._mid.x() - w / 2, self._mid.y() - h / 2, w, h)

    def tight_rect(self) -> QRectF:
        """The drawn line and label, without the room kept for halos (fitting, exports)."""
        self._ensure_path()
        rect = self._path.boundingRect()
        return rect.united(self.label_rect()) if self.show_labels else rect

    def style(self) -> RelationStyle:
        """How the relation looks in the current phase (the same rule as every export):
        a thin dotted line where it is not described, else its medians' colour and width."""
        v = self.view
        if not self.active and v.state == "not_described":
            return not_described_relation_style()
        return relation_style(v.trust, v.commitment, v.spread)

    def reference_centre(self) -> QPointF | None:
        """Where the diamond of a source's levels goes, or ``None`` (none stated, or hidden):
        touching the left end of the label, as a tag of it; without labels, on the line between
        the source end and the middle."""
        if self.view.ref is None or not self.show_references:
            return None
        self._ensure_path()
        if self.show_labels:
            label = self.label_rect()
            r = reference_mark(self.view.ref[0], self.view.ref[1], self.font_scale).radius
            return QPointF(label.left() - r + 1.5 * self.font_scale, label.center().y())
        return self._path.pointAtPercent(REFERENCE_AT)

    def _width(self) -> float:
        return self.style().width

    def _colour(self) -> QColor:
        return QColor(self.style().colour)

    def badge_centre(self) -> QPointF | None:
        """Where the disagreement badge is drawn, or ``None`` when the votes agree enough."""
        if not self.style().badge:
            return None
        self._ensure_path()
        label = self.label_rect() if self.show_labels else None
        box = (label.left(), label.top(), label.width(), label.height()) if label is not None else None
        x, y = badge_centre((self._mid.x(), self._mid.y()), box, self.font_scale)
        return QPointF(x, y)

    def boundingRect(self) -> QRectF:
        self._ensure_bounds()
        return self._bounds

    def shape(self) -> QPainterPath:
        self._ensure_path()
        if self._hit is None:
            stroker = QPainterPathStroker()
            stroker.setWidth(max(12.0, self._width() + 8))
            hit = stroker.createStroke(self._path)
            arrow = self._arrow(self._width())
            if arrow.size():
                hit.addPolygon(arrow)
            if self.show_labels:
                hit.addRect(self.label_rect())
            badge = self.badge_centre()
            if badge is not None:  # pointing at the badge explains it (tooltip)
                hit.addEllipse(badge_rect(badge, self.font_scale))
            self._hit = hit
        return self._hit

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        """Paint at the label scale of the view painting: its arrows end on that view's boxes,
        and sources' levels show as that view chooses (``references.py``); a view presenting
        step by step may not show it yet, and the wall's theme may case it (``view_look.py``)."""
        look = view_look(widget)
        if look is not None and look.hides_relation(self.relation_id, self._view.source, self._view.target):
            return
        self._look = look
        k = view_scale(widget, self.font_scale)
        refs = references_shown(widget, self.show_references)
        if k == self.font_scale and refs == self.show_references:
            self._paint(painter, option, widget)
            return
        base, hit, shown = self.font_scale, self._hit, self.show_references
        self.font_scale, self.show_references = k, refs
        try:
            self._paint(painter, option, widget)
        finally:
            self.font_scale, self._hit, self.show_references = base, hit, shown

    def _paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None) -> None:
        view = self.view  # refreshes a stale view first
        self._ensure_path()
        detailed = legible(painter, option, widget, 1.0)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, detailed)
        rest = self.rest_opacity()
        body = painter.opacity() * rest if self.visual_opacity is None else self.visual_opacity
        style = self.style()
        if not self.active and view.state == "not_described" and self.mark is None \
                and self.visual_opacity is None:
            rest = NOT_DESCRIBED_RELATION_OPACITY * (DIM_FACTOR if self.dimmed else 1.0)
            body = painter.opacity() * rest
        if self._look is not None and body < self._look.min_opacity:  # faded, yet visible on black
            body = self._look.min_opacity
        colour, width = QColor(style.colour), style.width
        if self.style_from is not None and self.style_t < 1.0:
            colour = _mix(self.style_from[0], colour, self.style_t)
            width = self.style_from[1] + (width - self.style_from[1]) * self.style_t
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if self.mark in MARK_STYLES:
            painter.setOpacity(min(1.0, body / rest) if rest else 1.0)
            self._paint_halo(painter, width)
        painter.setOpacity(body)
        if not detailed:
            self._paint_far(painter, option, colour, width, widget)
            return
        if self.isSelected():
            look = self._look
            halo = QPen(QColor(look.selection if look is not None and look.selection else palette.SELECTION), width + 6)
            halo.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(halo)
            painter.drawPath(self._path)
        look = self._look
        if look is not None and look.line_width != 1.0:
            width *= look.line_width
        if look is not None and look.line_casing is not None:  # a light edge: any colour reads on black
            casing = QPen(QColor(look.line_casing), width + 5 * look.line_width)
            casing.setCapStyle(Qt.PenCapStyle.RoundCap)
            painter.setPen(casing)
            painter.drawPath(self._path)
        pen = relation_pen(style, width, colour)  # dashed when not scored (only drawn zoomed in)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap if not view.directed else Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        painter.drawPath(self._path)
        arrow = self._arrow(width)
        if arrow.size():
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawPolygon(arrow)
        label = self.label_rect()
        if self.show_labels and legible(painter, option, widget, self.font_scale):
            painter.setPen(QPen(QColor(palette.LABEL_BORDER), 0.8))
            paper = QColor(palette.PAPER)
            paper.setAlpha(palette.LABEL_BACKGROUND_ALPHA)
            painter.setBrush(paper)
            painter.drawRoundedRect(label, 4, 4)
            painter.setFont(self._label_font())
            painter.setPen(QColor(palette.LABEL_TEXT))
            painter.drawText(label, int(Qt.AlignmentFlag.AlignCenter), self._label_text())
        badge = self.badge_centre()
        if badge is not None:
            # Votes differ by two steps or more: a badge asks for talk and leaves the colour.
            paint_disagreement_badge(painter, badge, self.font_scale)
        ref = self.reference_centre()
        if ref is not None and view.ref is not None:
            paint_reference_mark(painter, ref, reference_mark(view.ref[0], view.ref[1], self.font_scale))
        if self.mark in MARK_STYLES:
            painter.setOpacity(min(1.0, body / rest) if rest else 1.0)
            k = self.font_scale
            r = 9.0 * k
            at = QPointF(label.left() - r - 2, label.center().y()) if self.show_labels else self._mid
            paint_badge(painter, self.mark or "", at, r)

    def _paint_far(self, painter: QPainter, option: QStyleOptionGraphicsItem, colour: QColor, width: float,
                   widget: QWidget | None = None) -> None:
        """Zoomed far out: one cosmetic (screen-width) line, several times faster to draw than
        stroking a scaled-down wide or dashed pen; widths still follow commitment.

        A faded line (a ghost, a dimmed one) is drawn solid in its colour mixed into the
        view's background: a pixel or two wide, it looks the same, and blending a thin line
        into the picture pixel by pixel costs ten times as much to paint."""
        lod = option.levelOfDetailFromTransform(painter.worldTransform())
        colour = QColor(palette.SELECTION) if self.isSelected() else colour
        faded = painter.opacity()
        if faded < 1.0:
            colour = _mix(_background(widget, self.scene()), colour, faded)
            painter.setOpacity(1.0)
        pen = QPen(colour, 1.0 if width * lod < 1.2 else 2.0)
        pen.setCosmetic(True)
        painter.setPen(pen)
        if self._view.lane:
            painter.drawPath(self._path)
        else:
            painter.drawLine(self._path.elementAt(0), self._end)

    def _paint_halo(self, painter: QPainter, width: float) -> None:
        kind = self.mark or ""
        if kind == "focus":
            glow = QColor(FOCUS_GLOW)
            glow.setAlpha(220)
            pen = QPen(glow, width + 16)
        else:
            pen = mark_pen(kind, width + 10)
            colour = pen.color()
            colour.setAlpha(200)
            pen.setColor(colour)
        if pen.capStyle() != Qt.PenCapStyle.RoundCap:
            pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        painter.drawPath(self._path)

    def tooltip_text(self) -> str:
        v = self.view

        def fmt(x: int | None) -> str:
            return "–" if x is None else str(x)

        arrow = "→" if v.directed else "—"
        kind = term("relation kind", v.kind)
        cls = in_sentence(term("3C class", v.threec)) if v.threec else tr("unclassified")
        dims = [in_sentence(term("dimension", d)) for d in ("trust", "commitment", "interdependence")]
        text = (
            f"{kind} {arrow}\n{dims[0]} {fmt(v.trust)} · {dims[1]} {fmt(v.commitment)} · "
            f"{dims[2]} {fmt(v.interdependence)}\n3C: {cls} · {count(v.votes, 'vote')}"
        )
        if self.style().badge:
            text += "\n" + tr("≠ Votes differ by {spread} steps: worth talking about").format(spread=v.spread)
        if v.withheld:
            text = f"{kind} {arrow}\n{tr(WITHHELD_WORDS)}"
        if not self.active and v.state == "not_described":
            text += "\n" + tr("Not described in this phase: the source is silent about it")
        if v.ref is not None:
            text += "\n" + tr("◆ A source's levels: trust {trust} · commitment {commitment} · interdependence "
                               "{interdependence} (beside the room's, not in its median)").format(
                trust=fmt(v.ref[0]), commitment=fmt(v.ref[1]), interdependence=fmt(v.ref[2]))
        if v.stated:
            text += "\n" + tr("◆ Class a source states: {classes}").format(
                classes=", ".join(in_sentence(term("3C class", c)) for c in v.stated))
        if self.mark in MARK_STYLES:
            text += "\n" + tr("Marked: {mark}").format(mark=tr(MARK_STYLES[self.mark].label))
        return text

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        self.setToolTip(self.tooltip_text())
        super().hoverEnterEvent(event)


_REACHES: dict[tuple[str, tuple[str, ...], float, bool, str], tuple[float, float]] = {}


def _reach(kind: str, stated: tuple[str, ...], k: float, labels: bool) -> tuple[float, float]:
    """How far a relation's drawing may reach beyond its curve, across and along: a halo or
    an arrow, and with labels the widest label it can get with the badge beside it. Kept by
    what it follows: a big map asks it of thousands of relations with a few kinds (the labels'
    words, and so their widths, are the language's)."""
    key = (kind, stated, k, labels, language())
    found = _REACHES.get(key)
    if found is None:
        badge = disagreement_badge(k)
        rx = ry = max(RelationItem._REACH, badge.radius + 4)
        if labels:
            # Room for the widest label this relation can get, and the badge beside it.
            room = stated or ("coordination",)  # room for a class a source states
            rx = max(rx, max(label_size(relation_label(kind, c, room), k)[0]
                             for c in (None, *palette.THREE_C_SHORT)) / 2 + badge.gap + 2 * badge.radius + 4)
            ry = max(ry, label_size(kind, k)[1] / 2 + 2, badge.radius + 4)
        if len(_REACHES) > 4096:
            _REACHES.clear()
        found = _REACHES[key] = (rx, ry)
    return found


def _background(widget: QWidget | None, scene: object) -> QColor:
    """The colour behind the items in the view whose viewport is ``widget``: the view's own
    background (the wall's theme), else the scene's (the canvas)."""
    view = widget.parentWidget() if widget is not None else None
    brush = view.backgroundBrush() if isinstance(view, QGraphicsView) else None
    if brush is None or brush.style() == Qt.BrushStyle.NoBrush:
        brush = scene.backgroundBrush() if isinstance(scene, QGraphicsScene) else None
    if brush is None or brush.style() == Qt.BrushStyle.NoBrush:
        return QColor(palette.CANVAS_BACKGROUND)
    return brush.color()


def _clip_xy(w: float, h: float, ox: float, oy: float, cx: float, cy: float) -> tuple[float, float]:
    """Where the segment from (cx, cy) towards (ox, oy) leaves a box ``w`` by ``h`` centred on
    (cx, cy), two units out (the line ends just off the outline)."""
    dx, dy = ox - cx, oy - cy
    if dx == 0 and dy == 0:
        return cx, cy
    scale = min(min((w / 2 + 2) / abs(dx) if dx else math.inf, (h / 2 + 2) / abs(dy) if dy else math.inf), 1.0)
    return cx + dx * scale, cy + dy * scale

