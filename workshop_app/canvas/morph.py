"""The phase morph: a short animation that shows what a phase switch changed.

Entering actors and relations fade in, leaving ones fade out (to their ghost opacity, or
away when absent actors are hidden), actors placed differently in the new phase glide there,
and relations whose scores changed blend to their new colour and width.

The scene is switched before the first frame: items already have their end state
(visibility, position, view), so selection, hit-testing and every read of the data are
right at once. The morph only overrides what is painted (``visual_opacity``,
``visual_offset``, ``style_from``) and draws "echoes" (paint-only copies) of items that are
hidden at the end. Any click on the canvas, edit or new switch first jumps it to its end.
Switches that change too many items are not animated: a fluid jump beats a stuttering film.
A video export (``canvas/video.py``) turns the clock off and calls :meth:`PhaseMorph.seek`
for each frame instead, with no limit: a file is never in a hurry.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QEasingCurve, QObject, QPointF, QRectF, Qt, QVariantAnimation, Signal
from PySide6.QtGui import QColor, QPainter, QPainterPath
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from .items import ActorItem, ActorView, RelationItem, RelationView

if TYPE_CHECKING:  # pragma: no cover
    from .scene import WorkshopScene

DURATION_MS = 400
MAX_ANIMATED = 400  # more changed items than this: switch without animation
MAX_RESTYLE_SCAN = 1500  # relations; above this, score changes are not looked for


class EchoItem(QGraphicsItem):
    """A paint-only copy of an item as it looked before the switch; never hit, never selected."""

    def __init__(self, source: ActorItem | RelationItem, pos: QPointF) -> None:
        super().__init__()
        self.source = source
        self.setPos(pos)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)
        self.setZValue(source.zValue() - 0.5)

    def boundingRect(self) -> QRectF:
        return self.source.boundingRect()

    def shape(self) -> QPainterPath:
        return QPainterPath()  # nothing to click on: the real item is already gone

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        self.source.paint(painter, option, widget)


@dataclass
class SwitchPlan:
    """What the items looked like before a switch (filled before the scene applies it)."""

    actors: list[tuple[ActorItem, bool, float, QPointF, ActorView]] = field(default_factory=list)
    relations: list[tuple[RelationItem, bool, float, RelationView]] = field(default_factory=list)
    styles: list[tuple[RelationItem, QColor, float]] = field(default_factory=list)


def plan_switch(scene: "WorkshopScene", changed_actors: list[tuple[int, Any]],
                flips: list[tuple[int, bool]]) -> SwitchPlan | None:
    """Record the "before" of a switch, or ``None`` when too much changes to animate.

    Called by the scene while the old phase is still current, with the actors whose look
    changes and the relations that become (in)active.
    """
    if len(changed_actors) + len(flips) > scene.morph.max_items():
        return None
    plan = SwitchPlan()
    for aid, _ in changed_actors:
        item = scene.actor_items[aid]
        plan.actors.append((item, item.isVisible(), item.rest_opacity(), QPointF(item.pos()), item.view))
    flipped = set()
    for rid, _ in flips:
        ritem = scene.relation_items[rid]
        flipped.add(rid)
        plan.relations.append((ritem, ritem.isVisible(), ritem.rest_opacity(), ritem.view))
    if len(scene.relation_items) <= MAX_RESTYLE_SCAN:
        for rid, ritem in scene.relation_items.items():
            if rid not in flipped and ritem.active and ritem.isVisible():
                look = ritem.style()  # read while the old phase is current (its view refreshed)
                plan.styles.append((ritem, QColor(look.colour), look.width))
    return plan


class PhaseMorph(QObject):
    """Plays one switch at a time; ``finish()`` jumps to the end state (idempotent)."""

    finished = Signal()

    def __init__(self, scene: "WorkshopScene", duration_ms: int = DURATION_MS) -> None:
        super().__init__()
        self.scene = scene
        self.duration_ms = duration_ms
        self._anim = QVariantAnimation(self)
        self._anim.setStartValue(0.0)
        self._anim.setEndValue(1.0)
        self._anim.setEasingCurve(QEasingCurve.Type.InOutCubic)
        self._anim.valueChanged.connect(self._frame)
        self._anim.finished.connect(self.finish)
        self._actors: list[tuple[ActorItem, float, float, QPointF]] = []
        self._relations: list[tuple[RelationItem, float, float]] = []
        self._restyled: list[RelationItem] = []
        self._echoes: list[tuple[EchoItem, float]] = []
        self._running = False
        # A video export sets these: frames come from seek(), never from the clock, and a
        # switch of any size is played (None: MAX_ANIMATED).
        self.clocked = True
        self.limit: int | None = None

    @property
    def running(self) -> bool:
        return self._running

    def max_items(self) -> int:
        """The most items a switch may change and still be animated."""
        return MAX_ANIMATED if self.limit is None else self.limit

    def animated_count(self) -> int:
        """How many items the running morph moves, fades or re-styles (0 when idle)."""
        return len(self._actors) + len(self._relations) + len(self._restyled) + len(self._echoes)

    def start(self, plan: SwitchPlan) -> None:
        """Animate from the recorded "before" to the items' current (end) state."""
        self.finish()
        for item, vis0, op0, pos0, view0 in plan.actors:
            vis1, op1 = item.isVisible(), item.rest_opacity()
            if vis0 and not vis1:
                echo_src = ActorItem(view0, item.font_scale)
                self._echo(echo_src, pos0, op0)
            elif vis1 and not vis0:
                self._actors.append((item, 0.0, op1, QPointF()))
            elif vis0 and vis1:
                off = pos0 - item.pos()
                if op0 != op1 or not off.isNull():
                    self._actors.append((item, op0, op1, off))
        self._frame(0.0)  # actors at their old places before relation echoes copy the geometry
        for ritem, vis0, op0, view0 in plan.relations:
            vis1, op1 = ritem.isVisible(), ritem.rest_opacity()
            if vis0 and not vis1:
                copy = RelationItem(view0, ritem.source_item, ritem.target_item, register=False)
                copy.show_labels, copy.font_scale = ritem.show_labels, ritem.font_scale
                copy.label_rect()  # freeze its path where the ends are now painted
                self._echo(copy, QPointF(), op0)
            elif vis1 and not vis0:
                self._relations.append((ritem, 0.0, op1))
            elif vis0 and vis1 and op0 != op1:
                self._relations.append((ritem, op0, op1))
        for ritem, colour0, width0 in plan.styles:
            if not ritem.isVisible():
                continue
            look = ritem.style()  # the new phase's look, read once for colour and width
            if QColor(look.colour) != colour0 or look.width != width0:
                ritem.style_from = (colour0, width0)
                ritem.style_t = 0.0
                self._restyled.append(ritem)
        count = self.animated_count()
        if count == 0 or count > self.max_items():
            self._running = True
            self.finish()
            return
        self._running = True
        self._frame(0.0)
        if not self.clocked:
            return  # the caller paints each frame through seek()
        self._anim.setDuration(max(1, int(self.duration_ms)))
        self._anim.start()

    def seek(self, progress: float) -> None:
        """Show the running morph at ``progress`` (0 to 1 of its time), eased as on screen."""
        if self._running:
            t = min(1.0, max(0.0, float(progress)))
            self._frame(self._anim.easingCurve().valueForProgress(t))

    def _echo(self, source: ActorItem | RelationItem, pos: QPointF, opacity: float) -> None:
        echo = EchoItem(source, pos)
        echo.setOpacity(opacity)
        self.scene.addItem(echo)
        self._echoes.append((echo, opacity))

    def _frame(self, value: Any) -> None:
        t = float(value)
        for item, o0, o1, off in self._actors:
            item.set_visual(o0 + (o1 - o0) * t, off * (1.0 - t))
        for ritem, o0, o1 in self._relations:
            ritem.visual_opacity = o0 + (o1 - o0) * t
            ritem.update()
        for ritem in self._restyled:
            ritem.style_t = t
            ritem.update()
        for echo, o0 in self._echoes:
            echo.setOpacity(o0 * (1.0 - t))

    def finish(self) -> None:
        """Jump to the end state: clear every painted override and drop the echoes."""
        if not self._running:
            return
        self._running = False
        self._anim.stop()
        for item, _, _, _ in self._actors:
            if shiboken6.isValid(item):
                item.set_visual(None, None)
        for ritem, _, _ in self._relations:
            if shiboken6.isValid(ritem):
                ritem.visual_opacity = None
                ritem.update()
        for ritem in self._restyled:
            if shiboken6.isValid(ritem):
                ritem.style_from = None
                ritem.style_t = 1.0
                ritem.update()
        for echo, _ in self._echoes:
            if shiboken6.isValid(echo) and echo.scene() is not None:
                echo.scene().removeItem(echo)
        self._actors, self._relations, self._restyled, self._echoes = [], [], [], []
        self.finished.emit()
