"""The scene's gestures: what a press, a drag, a double-click or a right-click asks for.

They leave the scene as the scene's signals (a finished drag as ``actorsMoved``, a connect
gesture as ``connectRequested``, a double-click on empty canvas as ``addActorRequested``, a
context menu filled by the features that listen); the window and the features turn them into
commands, so the scene never edits the session. Kept apart from ``scene.py``, which reflects
the session, because this half only reads the items under the pointer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QLineF, QPointF, Qt
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsSceneContextMenuEvent, QGraphicsSceneMouseEvent, QMenu

from .items import ActorItem, RelationItem

if TYPE_CHECKING:  # pragma: no cover
    from .scene import WorkshopScene

    _Base = WorkshopScene
else:
    _Base = object


class SceneGestures(_Base):
    """Mouse handling of :class:`~workshop_app.canvas.scene.WorkshopScene` (mixed in first)."""

    def _actor_at(self, pos: QPointF) -> ActorItem | None:
        for item in self.items(pos):
            if isinstance(item, ActorItem) and item.isVisible():
                return item
        return None

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        self.morph.finish()  # input acts on what the morph is heading to, never waits for it
        self._press_phase_only = self.phase_only_moves or bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        wants_connect = self.connect_mode or bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if event.button() == Qt.MouseButton.LeftButton and wants_connect:
            source = self._actor_at(event.scenePos())
            if source is not None:
                self._drag_source = source
                self._drag_line = QGraphicsLineItem(QLineF(source.pos(), event.scenePos()))
                pen = QPen(QColor("#333333"), 2, Qt.PenStyle.DashLine)
                self._drag_line.setPen(pen)
                self._drag_line.setZValue(50)
                self.addItem(self._drag_line)
                event.accept()
                return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._drag_line is not None and self._drag_source is not None:
            self._drag_line.setLine(QLineF(self._drag_source.pos(), event.scenePos()))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._drag_line is not None and self._drag_source is not None:
            self.removeItem(self._drag_line)
            source, self._drag_line, self._drag_source = self._drag_source, None, None
            target = self._actor_at(event.scenePos())
            if target is not None and target is not source:
                self.connectRequested.emit(source.actor_id, target.actor_id)
            event.accept()
            return
        super().mouseReleaseEvent(event)
        moves = [
            (item.actor_id, item.pos().x(), item.pos().y())
            for item in self.actor_items.values()
            if (item.pos().x(), item.pos().y()) != (item.view.x, item.view.y)
        ]
        if not moves:
            return
        if self._press_phase_only:
            self.actorsMovedInPhase.emit(moves, self.phase_id)
        else:
            self.actorsMoved.emit(moves)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and not self.items(event.scenePos()):
            self.addActorRequested.emit(event.scenePos().x(), event.scenePos().y())
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def context_menu(self, actor_ids: list[int], relation_ids: list[int]) -> QMenu:
        """The right-click menu for these items, filled by the features that listen."""
        menu = QMenu()
        self.contextMenuAboutToShow.emit(menu, list(actor_ids), list(relation_ids))
        return menu

    def contextMenuEvent(self, event: QGraphicsSceneContextMenuEvent) -> None:
        self.morph.finish()
        hit = next((i for i in self.items(event.scenePos())
                    if isinstance(i, (ActorItem, RelationItem)) and i.isVisible()), None)
        if hit is not None and not hit.isSelected():
            if isinstance(hit, ActorItem):
                self.select(actor_ids=[hit.actor_id])
            else:
                self.select(relation_ids=[hit.relation_id])
        menu = self.context_menu(self.selected_actor_ids() if hit else [],
                                 self.selected_relation_ids() if hit else [])
        if not menu.isEmpty():
            menu.exec(event.screenPos())
            event.accept()
        menu.deleteLater()

