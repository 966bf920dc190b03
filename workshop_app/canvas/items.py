"""Graphics items for actors and relations.

Items only display what the scene tells them (a plain ``ActorView`` / ``RelationView``
description); they never read or write the session, so the model stays the one truth.

Three layers of look, from lasting to fleeting:

* the view (presence, roles, scores) and the display options (ghost mode, font scale);
* marks (``entered``, ``left``, ``roles_changed``, ``appeared``, ``ended``,
  ``score_changed``, ``focus``) that the diff and "show me" put on items until cleared;
* a morph layer (``visual_opacity``, ``visual_offset``, a previous relation style) that the
  phase morph animates. It changes only what is painted: positions, visibility and opacity
  are always the end state, and a click first ends the morph, so input never waits for it.

A relation's view is fetched lazily: a phase switch on a map of thousands of relations only
decides which are active and leaves colours, widths and labels to the first paint or read.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsObject,
    QGraphicsSceneHoverEvent,
    QStyleOptionGraphicsItem,
    QWidget,
)

from ..domain.i18n import in_sentence, tr
from ..domain.terms import role as role_label
from ..domain.terms import term
from ..style import palette
from ..style.look import ActorStyle, actor_style, roles_line
from .marks import DIM_FACTOR, FOCUS_GLOW, MARK_KINDS, MARK_STYLES, mark_pen, paint_badge, paint_mark_symbol
from .style_paint import box_path, paint_actor_box, paint_glyph_badge, paint_inner_outline, paint_marker, ring_path
from .textcache import ACTOR_H, ACTOR_MAX_W, ACTOR_MIN_W, WRAP, actor_layout, fonts, legible, view_scale
from .view_look import view_look

__all__ = [
    "ACTOR_H", "ACTOR_MAX_W", "ACTOR_MIN_W", "MARK_KINDS", "MARK_STYLES", "ActorItem", "ActorView",
    "RelationItem", "RelationView", "paint_mark_symbol",
]
ROLE_LINE_H = 16.0
GHOST_OPACITY = 0.28
MARK_AWAY = 6.0  # a mark runs this far outside its box, at label scale 1
MARKED_GHOST_OPACITY = 0.45  # a "left" actor must stay legible from the back of the room
# A not-described box is hollow and dotted: faded as much as an absent one it would vanish.
NOT_DESCRIBED_GHOST_OPACITY = 0.6


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
    state: str = ""  # present | absent | not_described ("": present or absent, from ``present``)

    @property
    def presence(self) -> str:
        """present, absent or not_described in the phase shown."""
        return self.state or ("present" if self.present else "absent")


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
    state: str = ""  # active | inactive | not_described in the phase ("": from ``active``)
    ref: tuple[int | None, int | None, int | None] | None = None  # a source's levels (medians)
    stated: tuple[str, ...] = ()  # 3C classes a source states for it in the phase
    withheld: bool = False  # a blind question on it is open: its votes are not shown yet


# -- actors -------------------------------------------------------------------------------------
class ActorItem(QGraphicsObject):
    """A box whose shape, glyph and colour tell the actor type, with the roles held in the
    current phase. How it looks comes from :func:`workshop_app.style.look.actor_style`."""

    def __init__(self, view: ActorView, font_scale: float = 1.0) -> None:
        super().__init__()
        self.actor_id = view.actor_id
        self.view = view
        self.font_scale = font_scale
        # The largest label scale any view draws this box with (the projector's may be
        # larger than the console's): the bounding box covers it.
        self.reach_scale = font_scale
        self.ghost_mode = "ghost"  # or "hide"
        self.mark: str | None = None
        self.dimmed = False
        self.src: tuple[object, ...] | None = None  # the records the view was made from (scene)
        self.visual_opacity: float | None = None  # morph: painted opacity instead of opacity()
        self.visual_offset = QPointF()  # morph: painted this far from pos()
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
        )
        # Moves reach the relations through these signals rather than an itemChange override:
        # a Python itemChange is called for every opacity and visibility change too.
        self.xChanged.connect(self.edges_changed)
        self.yChanged.connect(self.edges_changed)
        self.setAcceptHoverEvents(True)
        self.setZValue(10)
        self._rect = QRectF()
        self._text_w = self._text_h = self._role_h = self._content_top = 0.0
        self._name_text = view.name
        self._layout_key: tuple[object, ...] | None = None
        self.box_size = (0.0, 0.0)
        self.version = 0  # bumped when the box moves or resizes: relation paths compare it
        self._shown: tuple[bool, float] | None = None
        self.edges: set["RelationItem"] = set()
        self.apply(view)

    # -- state ----------------------------------------------------------------------------
    def apply(self, view: ActorView) -> None:
        self.view = view
        self._relayout()
        if self.pos() != QPointF(view.x, view.y):
            self.setPos(view.x, view.y)
        self.refresh_visibility()
        self.update()

    def _relayout(self) -> None:
        has_roles = bool(self.view.roles and self.view.present)
        key = (self.view.name, has_roles, self.font_scale)
        if key == self._layout_key:
            return
        self.prepareGeometryChange()
        (rect, self._text_w, self._text_h, self._role_h, self._content_top,
         self._name_text) = actor_layout(*key)
        self._rect = QRectF(rect)
        self._layout_key = key
        # Relation paths notice the new size when next painted (their bounds do not depend
        # on it); whoever changed the view repaints them.
        self.box_size = (self._rect.width(), self._rect.height())
        self.version += 1

    def edges_changed(self) -> None:
        """The box moved (or is painted elsewhere): relations redo their bounds and paths."""
        self.version += 1
        for edge in self.edges:
            edge.geometry_changed()

    def set_font_scale(self, k: float) -> None:
        self.font_scale = k
        self._relayout()
        self.update()

    def set_ghost_mode(self, mode: str) -> None:
        self.ghost_mode = mode
        self.refresh_visibility()

    def set_mark(self, kind: str | None, dimmed: bool = False) -> None:
        if kind == self.mark and dimmed == self.dimmed:
            return
        if (kind is None) != (self.mark is None):
            self.prepareGeometryChange()  # marks need room around the box
        self.mark, self.dimmed = kind, dimmed
        self.refresh_visibility()
        self.update()

    def rest_state(self) -> tuple[bool, float]:
        """Visible and opacity once every animation is over."""
        if self.view.present:
            shown = (True, 1.0)
        elif self.mark is not None:
            shown = (True, MARKED_GHOST_OPACITY)  # a marked absent actor is always drawn
        elif self.view.presence == "not_described":
            # Hidden with the absent ones (G), but drawn in its own look when ghosts show.
            shown = (self.ghost_mode == "ghost", NOT_DESCRIBED_GHOST_OPACITY)
        else:
            shown = (self.ghost_mode == "ghost", GHOST_OPACITY)
        return (shown[0], shown[1] * DIM_FACTOR) if self.dimmed else shown

    def refresh_visibility(self) -> None:
        shown = self.rest_state()
        if shown != self._shown:  # skip the Qt calls when nothing changes (phase switches)
            self._shown = shown
            self.setVisible(shown[0])
            self.setOpacity(shown[1])

    def rest_opacity(self) -> float:
        return self._shown[1] if self._shown else 1.0

    def set_visual(self, opacity: float | None, offset: QPointF | None = None) -> None:
        """Morph frame: paint at ``opacity`` and ``offset`` (None / origin: the real state)."""
        offset = offset if offset is not None else QPointF()
        if offset != self.visual_offset:
            self.prepareGeometryChange()
            self.visual_offset = offset
            self.edges_changed()
        self.visual_opacity = opacity
        self.update()

    def visual_pos(self) -> QPointF:
        return self.pos() + self.visual_offset

    # -- geometry -------------------------------------------------------------------------
    def _margin(self) -> float:
        # Room for the type glyph's badge, which sits across the top-left corner.
        return max(4.0, 12.0 * self.font_scale) + (16.0 * self.font_scale if self.mark else 0.0)

    def boundingRect(self) -> QRectF:
        m = self._margin()
        r = self._rect.adjusted(-m, -m, m, m)
        if self.reach_scale > self.font_scale:  # another view draws the box larger
            grow = self.reach_scale / self.font_scale
            r = r.united(self._layout_at(self.reach_scale)[0].adjusted(-m * grow, -m * grow, m * grow, m * grow))
        if self.visual_offset.isNull():
            return r
        return r.united(r.translated(self.visual_offset))

    def shape(self) -> QPainterPath:
        return box_path(self.style().outline, self._rect, self.font_scale)

    def box(self) -> QRectF:
        """The box in scene coordinates (edges end on its border)."""
        return self._rect.translated(self.pos())

    def visual_box(self) -> QRectF:
        return self._rect.translated(self.visual_pos())

    # -- the same box at another view's label scale -----------------------------------------
    def _layout_at(self, k: float) -> tuple[QRectF, float, float, float, float, str]:
        if k == self.font_scale and self._layout_key is not None:
            return (self._rect, self._text_w, self._text_h, self._role_h, self._content_top, self._name_text)
        return actor_layout(self.view.name, bool(self.view.roles and self.view.present), k)

    @property
    def text_key(self) -> tuple[str, bool]:
        """What the box's size at any label scale follows: the name, and a role line or not."""
        return (self.view.name, bool(self.view.roles and self.view.present))

    def box_at(self, k: float) -> QRectF:
        """The box in scene coordinates as a view drawing labels at scale ``k`` shows it."""
        return self._layout_at(k)[0].translated(self.pos())

    def box_at_scale(self, k: float) -> QRectF:
        """The box at label scale ``k`` around the item's own origin (its size, centred)."""
        return self._layout_at(k)[0]

    def visual_box_at(self, k: float) -> QRectF:
        return self._layout_at(k)[0].translated(self.visual_pos())

    def shown_name(self, k: float) -> str:
        """The name as drawn at label scale ``k``, wrapped (it ends in "…" only if cut)."""
        return self._layout_at(k)[5]

    def set_reach_scale(self, k: float) -> None:
        """The largest label scale a view of the scene draws with (see ``reach_scale``)."""
        k = max(k, self.font_scale)
        if k != self.reach_scale:
            self.prepareGeometryChange()
            self.reach_scale = k

    # -- painting -------------------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        """Paint at the label scale of the view painting (``widget`` is its viewport).

        The console and the projector are two views of this one scene; each may draw names
        at its own size, so for the duration of one paint the box takes that view's layout.
        A view presenting step by step may not show the box yet (``view_look.py``).
        """
        look = view_look(widget)
        if look is not None and look.hides_actor(self.actor_id):
            return
        if look is not None and painter.opacity() < look.min_opacity:  # faded, yet readable on black
            painter.setOpacity(look.min_opacity)
        k = view_scale(widget, self.font_scale)
        if k == self.font_scale:
            self._paint(painter, option, widget)
            return
        saved = (self.font_scale, self._rect, self._text_w, self._text_h, self._role_h,
                 self._content_top, self._name_text)
        layout = self._layout_at(k)
        self.font_scale = k
        (self._rect, self._text_w, self._text_h, self._role_h, self._content_top,
         self._name_text) = layout
        try:
            self._paint(painter, option, widget)
        finally:
            (self.font_scale, self._rect, self._text_w, self._text_h, self._role_h,
             self._content_top, self._name_text) = saved

    def _paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None) -> None:
        v = self.view
        k = self.font_scale
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        body = painter.opacity() if self.visual_opacity is None else self.visual_opacity
        rest = self._shown[1] if self._shown else 1.0
        if not self.visual_offset.isNull():
            painter.translate(self.visual_offset)
        if self.mark:
            # Marks are drawn at full strength even on a faded ("left") box.
            painter.setOpacity(min(1.0, body / rest) if rest else 1.0)
            self._paint_mark(painter)
        painter.setOpacity(body)
        style = self.style()
        text = QColor(style.text)
        paint_actor_box(painter, style, self._rect, k)
        if v.overridden:
            paint_inner_outline(painter, style, self._rect, k, text)
            self._paint_pin(painter, text)
        if not legible(painter, option, widget, k):
            return  # on screen the names would be a few pixels high: boxes only, much faster
        paint_glyph_badge(painter, style, self._rect, k)
        paint_marker(painter, style, self._rect, k)
        name_font, role_font, _ = fonts(k)
        painter.setPen(text)
        painter.setFont(name_font)
        name_rect = QRectF(-self._text_w / 2, self._content_top, self._text_w, self._text_h)
        painter.drawText(name_rect, WRAP, self._name_text)
        if self._role_h:
            painter.setFont(role_font)
            roles = roles_line([role_label(r) for r in v.roles], v.present)
            fm = QFontMetricsF(role_font)
            roles = fm.elidedText(roles, Qt.TextElideMode.ElideRight, self._rect.width() - 12 * k)
            role_rect = QRectF(self._rect.left() + 6 * k, name_rect.bottom() + 2 * k,
                               self._rect.width() - 12 * k, self._role_h)
            painter.drawText(role_rect, int(Qt.AlignmentFlag.AlignCenter), roles)
        if v.pinned:
            painter.setBrush(QColor(palette.INK))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(QPointF(self._rect.right() - 8, self._rect.top() + 8), 3.5, 3.5)

    def style(self) -> ActorStyle:
        """The look of this box now: its type, whether it is present, absent or not
        described, and whether it is selected."""
        v = self.view
        return actor_style(v.type, v.presence, self.isSelected())

    def _paint_pin(self, painter: QPainter, colour: QColor) -> None:
        """A small map pin near the top-right corner: "placed differently in this phase"
        (the top-left corner holds the type's glyph)."""
        k = self.font_scale
        c = QPointF(self._rect.right() - 20 * k, self._rect.top() + 7 * k)
        r = 3.2 * k
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawPolygon(QPolygonF([c + QPointF(-r * 0.8, r * 0.4), c + QPointF(r * 0.8, r * 0.4),
                                       c + QPointF(0, r * 2.4)]))
        painter.drawEllipse(c, r, r)

    def _paint_mark(self, painter: QPainter) -> None:
        kind = self.mark or ""
        if kind not in MARK_STYLES:
            return
        k = self.font_scale
        outline = self.style().outline
        ring = self.mark_path(k)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        if kind == "focus":
            glow = QColor(FOCUS_GLOW)
            glow.setAlpha(220)
            painter.setPen(QPen(glow, 12 * k))
            painter.drawPath(ring_path(outline, self._rect, k, MARK_AWAY * k + 2 * k))
            painter.setPen(QPen(QColor(palette.SELECTION), 3 * k))
            painter.drawPath(ring)
            return
        painter.setPen(mark_pen(kind, 4 * k))
        painter.drawPath(ring)
        corner = self._rect.adjusted(-MARK_AWAY * k, -MARK_AWAY * k, MARK_AWAY * k, MARK_AWAY * k)
        paint_badge(painter, kind, QPointF(corner.right() - 2 * k, corner.top() + 2 * k), 10 * k)

    def mark_path(self, k: float | None = None) -> QPainterPath:
        """Where a mark is drawn around this box (item coordinates, label scale ``k``): the
        box's own outline, hexagon, pill or notched, a little way out."""
        k = self.font_scale if k is None else k
        return ring_path(self.style().outline, self._layout_at(k)[0], k, MARK_AWAY * k)

    def outline_at(self, k: float) -> QPainterPath:
        """The box's outline in scene coordinates as a view drawing labels at ``k`` shows it
        (the projector draws it thicker on a washed-out wall)."""
        return box_path(self.style().outline, self.box_at(k), k)

    def tooltip_text(self) -> str:
        v = self.view
        roles = ", ".join(role_label(r) for r in v.roles) or tr("no role recorded")
        state = {"present": tr("present"), "absent": tr("absent in this phase"),
                 "not_described": tr("not described in this phase (the source is silent)")}.get(v.presence, v.presence)
        kind, scale = in_sentence(term("actor type", v.type)), in_sentence(term("scale", v.scale))
        lines = [v.name, f"{kind} · {scale} · {state}", tr("Roles: {roles}").format(roles=roles)]
        if v.overridden:
            lines.append(tr("Moved in this phase only (right-click: reset position in this phase)"))
        if v.pinned:
            lines.append(tr("Pinned: arranging leaves it where it is"))
        if self.mark in MARK_STYLES:
            lines.append(tr("Marked: {mark}").format(mark=tr(MARK_STYLES[self.mark].label)))
        return "\n".join(lines)

    def hoverEnterEvent(self, event: QGraphicsSceneHoverEvent) -> None:
        # Tooltips are written on hover, not on every phase switch of a thousand actors.
        self.setToolTip(self.tooltip_text())
        super().hoverEnterEvent(event)



# Relations live in their own module; imported here so ``items`` stays the one place to import from.
from .relation_item import RelationItem  # noqa: E402
