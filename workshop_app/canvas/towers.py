"""Net-Map influence towers on the map (View ▸ Influence towers), drawn on request.

Each tower is a small item riding on its actor's box (a child item), so it moves, fades and
hides with the box and needs nothing from the box's own painting. Like the box, it is drawn
at the label scale of the view painting it (the projector's boxes may be larger than the
console's). The geometry and colours come from :mod:`workshop_app.style.towers`; this module
only turns them into painter calls and keeps one tower per actor that has an influence
recorded in the phase shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from ..style.towers import BLOCK_GAP, BLOCK_H, TOWER_RIM, Tower, tower
from .textcache import view_scale
from .view_look import view_look

if TYPE_CHECKING:  # pragma: no cover
    from .items import ActorItem
    from .scene import WorkshopScene


class TowerItem(QGraphicsItem):
    """The tower of one actor: ``influence`` blocks beside the box's right edge."""

    def __init__(self, parent: "ActorItem", influence: int, alignment: str | None) -> None:
        super().__init__(parent)
        self.actor = parent
        self.influence = influence
        self.alignment = alignment
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)  # clicks go to the box
        self.setAcceptHoverEvents(False)
        self._update_tip()

    def set_values(self, influence: int, alignment: str | None) -> None:
        if (influence, alignment) == (self.influence, self.alignment):
            return
        self.prepareGeometryChange()
        self.influence, self.alignment = influence, alignment
        self._update_tip()
        self.update()

    def _update_tip(self) -> None:
        shape = self.shape_at(self.actor.font_scale)
        self.setToolTip(shape.label if shape is not None else "")

    def shape_at(self, k: float) -> Tower | None:
        """The tower as a view drawing labels at scale ``k`` shows it (box-centred units)."""
        box = self.actor.box_at(k).translated(-self.actor.pos())
        found = tower(box.width(), box.height(), self.influence, self.alignment, k)
        if found is None:
            return None
        centre = box.center()
        blocks = tuple(type(b)(b.x + centre.x(), b.y + centre.y(), b.w, b.h) for b in found.blocks)
        return Tower(blocks, found.fill, found.pattern, found.label)

    def height_at(self, k: float = 1.0) -> float:
        """How tall the tower stands (a recorded 0 is only its base)."""
        shape = self.shape_at(k)
        return 0.0 if shape is None else shape.extent().h

    def boundingRect(self) -> QRectF:
        k = max(self.actor.font_scale, self.actor.reach_scale)
        shape = self.shape_at(k)
        if shape is None:
            return QRectF()
        e = shape.extent()
        return QRectF(e.x, e.y, e.w, e.h).adjusted(-1, -1, 1, 1)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None) -> None:
        look = view_look(widget)
        if look is not None and look.hides_actor(self.actor.actor_id):
            return  # its box is not shown in this view yet (presenting step by step)
        shape = self.shape_at(view_scale(widget, self.actor.font_scale))
        if shape is None:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self.actor.visual_offset.isNull():  # follow the box through a phase morph
            painter.translate(self.actor.visual_offset)
        paint_tower(painter, shape)


def paint_tower(painter: QPainter, shape: Tower) -> None:
    """The blocks of a tower: solid in their shade, hollow for an opposing actor, half filled
    for a mixed one (the pattern is a cue beside the colour)."""
    fill = QColor(shape.fill)
    for b in shape.blocks:
        rect = QRectF(b.x, b.y, b.w, b.h)
        if shape.pattern == "hollow":  # opposes: outlined blocks
            painter.setPen(QPen(fill, 1.6))
            painter.setBrush(QColor(TOWER_RIM))
            painter.drawRect(rect.adjusted(0.8, 0.8, -0.8, -0.8))
            continue
        painter.setPen(QPen(QColor(TOWER_RIM), 1.0))
        painter.setBrush(QColor(TOWER_RIM) if shape.pattern == "half" else fill)
        painter.drawRect(rect)
        if shape.pattern == "half":  # mixed: the left half filled, in an outline
            painter.fillRect(QRectF(rect.left(), rect.top(), rect.width() / 2, rect.height()), fill)
            painter.setPen(QPen(fill, 1.2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(0.6, 0.6, -0.6, -0.6))


KEY_LEVELS = 2  # blocks in the legend's key: enough to read as a stack in one line of text


def paint_tower_key(painter: QPainter, alignment: str | None, rect: QRectF) -> None:
    """A legend key: a small tower in the look of ``alignment``, as tall as ``rect``."""
    k = rect.height() / (KEY_LEVELS * (BLOCK_H + BLOCK_GAP))
    shape = tower(0.0, 0.0, KEY_LEVELS, alignment, k)
    if shape is None:
        return
    e = shape.extent()
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.translate(rect.left() - e.x, rect.top() - e.y)
    paint_tower(painter, shape)
    painter.restore()


class Towers:
    """Keeps a tower on every box whose actor has an influence recorded in the scene's phase
    while shown; ``refresh`` after an edit, a phase switch or a new scene."""

    def __init__(self) -> None:
        self.shown = False
        self.scene: "WorkshopScene | None" = None
        self.items: dict[int, TowerItem] = {}

    def set_scene(self, scene: "WorkshopScene") -> None:
        if scene is not self.scene:
            self._clear()
            self.scene = scene
        self.refresh()

    def set_shown(self, on: bool) -> None:
        self.shown = bool(on)
        self.refresh()

    def _clear(self) -> None:
        for item in self.items.values():
            if shiboken6.isValid(item) and item.scene() is not None:
                item.scene().removeItem(item)
        self.items.clear()

    def refresh(self) -> None:
        scene = self.scene
        if scene is None or not shiboken6.isValid(scene):
            self.items.clear()
            return
        if not self.shown:
            self._clear()
            scene.towers_shown = False
            return
        model, phase_id = scene.session.model, scene.phase_id
        keep: dict[int, TowerItem] = {}
        for aid, box in scene.actor_items.items():
            row = model.presence(aid, phase_id)
            old = self.items.get(aid)
            valid = old is not None and shiboken6.isValid(old) and old.parentItem() is box
            if row is None or row.influence is None:
                if valid and old is not None and old.scene() is not None:
                    old.scene().removeItem(old)
                continue
            if valid and old is not None:
                old.set_values(row.influence, row.alignment)
                keep[aid] = old
            else:
                keep[aid] = TowerItem(box, row.influence, row.alignment)
        for aid, item in self.items.items():
            if aid not in keep and shiboken6.isValid(item) and item.scene() is not None:
                item.scene().removeItem(item)
        self.items = keep
        scene.towers_shown = bool(keep)  # the legend explains the towers while any stands


__all__ = ["KEY_LEVELS", "TowerItem", "Towers", "paint_tower", "paint_tower_key"]
