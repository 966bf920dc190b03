"""The scene: a reflection of the session in the current phase.

It keeps ``actor id → ActorItem`` and ``relation id → RelationItem`` maps and updates just the
items that a saved change touches. User gestures (a finished drag, a connect gesture, a
double-click on empty canvas) leave the scene as signals; the window turns them into commands.
"""

from __future__ import annotations

from typing import Any, Iterable

from PySide6.QtCore import QLineF, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QPen
from PySide6.QtWidgets import QGraphicsLineItem, QGraphicsScene, QGraphicsSceneMouseEvent

from ..domain.model import Change
from ..domain.scoring import consensus_of, three_c
from ..domain.session import Session
from .items import ActorItem, ActorView, RelationItem, RelationView
from . import palette

# Above this many changes in one step, rebuilding is cheaper than patching item by item.
REBUILD_THRESHOLD = 400


class WorkshopScene(QGraphicsScene):
    """Shows one phase of a session; both the console and the projector can view it."""

    actorsMoved = Signal(list)  # [(actor_id, x, y)] after a drag is released
    connectRequested = Signal(int, int)  # source actor id, target actor id
    addActorRequested = Signal(float, float)  # double-click on empty canvas
    phaseChanged = Signal(int)

    def __init__(self, session: Session, phase_id: int | None = None) -> None:
        super().__init__()
        self.setBackgroundBrush(QColor(palette.CANVAS_BACKGROUND))
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.session = session
        self.phase_id = phase_id if phase_id is not None else session.phases[0].id
        self.ghost_mode = "ghost"
        self.show_labels = True
        self.connect_mode = False
        self.font_scale = 1.0
        self.actor_items: dict[int, ActorItem] = {}
        self.relation_items: dict[int, RelationItem] = {}
        self._drag_line: QGraphicsLineItem | None = None
        self._drag_source: ActorItem | None = None
        self._pair_index: dict[frozenset[int], list[int]] | None = None
        session.subscribe(self._on_changes)
        self.rebuild()

    def detach(self) -> None:
        """Stop listening (the window is about to close or switch sessions)."""
        self.session.unsubscribe(self._on_changes)

    # -- building -------------------------------------------------------------------------
    def rebuild(self) -> None:
        self._pair_index = None
        for item in list(self.relation_items.values()):
            item.detach()
        self.clear()
        self._drag_line = None
        self.actor_items.clear()
        self.relation_items.clear()
        for actor in self.session.model.actors:
            self._make_actor(actor.id)
        for rel in self.session.model.relations:
            self._make_relation(rel.id)

    def actor_view(self, actor_id: int) -> ActorView:
        model = self.session.model
        a = model.actor(actor_id)
        pres = model.presence(actor_id, self.phase_id)
        x, y = model.position(actor_id, self.phase_id)
        return ActorView(
            actor_id=a.id,
            name=a.name,
            type=a.type,
            scale=a.scale,
            roles=pres.roles if pres else (),
            present=pres is not None,
            x=x,
            y=y,
            overridden=(actor_id, self.phase_id) in model.tables["positions"],
            pinned=a.pinned,
        )

    def relation_view(self, relation_id: int) -> RelationView:
        model = self.session.model
        rel = model.relation(relation_id)
        cons = consensus_of(model.votes(relation_id, self.phase_id))
        t, c, i = (cons[d].median for d in ("trust", "commitment", "interdependence"))
        spreads = [cons[d].spread or 0 for d in cons]
        return RelationView(
            relation_id=rel.id,
            source=rel.source,
            target=rel.target,
            kind=rel.kind,
            directed=rel.directed,
            active=model.relation_active(rel, self.phase_id),
            trust=t,
            commitment=c,
            interdependence=i,
            threec=three_c(t, c, i),
            spread=max(spreads),
            votes=max(cons[d].n for d in cons),
            lane=self._lane(rel.id, rel.source, rel.target),
        )

    def _pairs(self) -> dict[frozenset[int], list[int]]:
        """Relation ids per unordered actor pair, built once per change of the relations."""
        if self._pair_index is None:
            index: dict[frozenset[int], list[int]] = {}
            for rel in self.session.model.relations:  # sorted by id
                index.setdefault(frozenset((rel.source, rel.target)), []).append(rel.id)
            self._pair_index = index
        return self._pair_index

    def _lane(self, relation_id: int, a: int, b: int) -> float:
        ids = self._pairs().get(frozenset((a, b)), [])
        if len(ids) <= 1:
            return 0.0
        return ids.index(relation_id) - (len(ids) - 1) / 2

    def _make_actor(self, actor_id: int) -> ActorItem:
        item = ActorItem(self.actor_view(actor_id), self.font_scale)
        item.set_ghost_mode(self.ghost_mode)
        self.addItem(item)
        self.actor_items[actor_id] = item
        return item

    def _make_relation(self, relation_id: int) -> RelationItem | None:
        rel = self.session.model.relation(relation_id)
        src, tgt = self.actor_items.get(rel.source), self.actor_items.get(rel.target)
        if src is None or tgt is None:
            return None
        item = RelationItem(self.relation_view(relation_id), src, tgt)
        item.show_labels = self.show_labels
        item.font_scale = self.font_scale
        item.set_ghost_mode(self.ghost_mode)
        self.addItem(item)
        self.relation_items[relation_id] = item
        return item

    # -- phase and display options --------------------------------------------------------
    def set_phase(self, phase_id: int) -> None:
        if phase_id == self.phase_id:
            return
        self.phase_id = phase_id
        for aid, item in self.actor_items.items():
            view = self.actor_view(aid)
            if view != item.view:
                item.apply(view)
        for rid, ritem in self.relation_items.items():
            rview = self.relation_view(rid)
            if rview != ritem.view:
                ritem.apply(rview)
        self.phaseChanged.emit(phase_id)

    def set_ghost_mode(self, mode: str) -> None:
        self.ghost_mode = mode
        for item in self.actor_items.values():
            item.set_ghost_mode(mode)
        for ritem in self.relation_items.values():
            ritem.set_ghost_mode(mode)

    def set_show_labels(self, show: bool) -> None:
        self.show_labels = show
        for ritem in self.relation_items.values():
            ritem.show_labels = show
            ritem.rebuild()

    # -- reacting to the session ----------------------------------------------------------
    def _on_changes(self, changes: list[Change], reason: str) -> None:
        if reason == "bulk" or len(changes) > REBUILD_THRESHOLD:
            if self.phase_id not in self.session.model.tables["phases"]:
                self.phase_id = self.session.phases[0].id
                self.rebuild()
                self.phaseChanged.emit(self.phase_id)
            else:
                self.rebuild()
            return
        if any(c.table == "relations" for c in changes):
            self._pair_index = None
        actors: set[int] = set()
        relations: set[int] = set()
        removed_relations: set[int] = set()
        removed_actors: set[int] = set()
        phase_gone = False
        for c in changes:
            if c.table == "actors":
                (removed_actors if c.removed else actors).add(c.key)
            elif c.table in ("presence", "positions"):
                if c.key[1] == self.phase_id:
                    actors.add(c.key[0])
            elif c.table == "relations":
                if c.removed:
                    removed_relations.add(c.key)
                else:
                    relations.add(c.key)
                for rec in (c.before, c.after):  # both pairs when the ends changed
                    if rec is not None:
                        relations.update(self._pair_relations(rec.source, rec.target))
            elif c.table in ("relation_off", "scores"):
                if c.key[1] == self.phase_id:
                    relations.add(c.key[0])
            elif c.table == "phases" and c.removed and c.key == self.phase_id:
                phase_gone = True
        if phase_gone:
            self.phase_id = self.session.phases[0].id
            self.rebuild()
            self.phaseChanged.emit(self.phase_id)
            return
        for rid in removed_relations:
            item = self.relation_items.pop(rid, None)
            if item is not None:
                item.detach()
                self.removeItem(item)
        for aid in removed_actors:
            item = self.actor_items.pop(aid, None)
            if item is not None:
                for edge in list(item.edges):
                    edge.detach()
                    self.relation_items.pop(edge.relation_id, None)
                    self.removeItem(edge)
                self.removeItem(item)
        model = self.session.model
        for aid in actors:
            if aid not in model.tables["actors"]:
                continue
            item = self.actor_items.get(aid)
            if item is None:
                self._make_actor(aid)
            else:
                item.apply(self.actor_view(aid))
            for edge in list(self.actor_items[aid].edges):
                relations.add(edge.relation_id)
        for rid in relations:
            if rid not in model.tables["relations"]:
                continue
            ritem = self.relation_items.get(rid)
            rel = model.relation(rid)
            if ritem is not None and (ritem.view.source, ritem.view.target) != (rel.source, rel.target):
                ritem.detach()
                self.removeItem(ritem)
                del self.relation_items[rid]
                ritem = None
            if ritem is None:
                self._make_relation(rid)
            else:
                ritem.apply(self.relation_view(rid))

    def _pair_relations(self, a: int, b: int) -> Iterable[int]:
        return list(self._pairs().get(frozenset((a, b)), []))

    # -- selection ------------------------------------------------------------------------
    def selected_actor_ids(self) -> list[int]:
        return sorted(i.actor_id for i in self.selectedItems() if isinstance(i, ActorItem))

    def selected_relation_ids(self) -> list[int]:
        return sorted(i.relation_id for i in self.selectedItems() if isinstance(i, RelationItem))

    def select(self, actor_ids: Iterable[int] = (), relation_ids: Iterable[int] = ()) -> None:
        self.blockSignals(True)
        self.clearSelection()
        for aid in actor_ids:
            if aid in self.actor_items:
                self.actor_items[aid].setSelected(True)
        for rid in relation_ids:
            if rid in self.relation_items:
                self.relation_items[rid].setSelected(True)
        self.blockSignals(False)
        self.selectionChanged.emit()

    # -- gestures -------------------------------------------------------------------------
    def _actor_at(self, pos: QPointF) -> ActorItem | None:
        for item in self.items(pos):
            if isinstance(item, ActorItem) and item.isVisible():
                return item
        return None

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
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
        if moves:
            self.actorsMoved.emit(moves)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and not self.items(event.scenePos()):
            self.addActorRequested.emit(event.scenePos().x(), event.scenePos().y())
            event.accept()
            return
        super().mouseDoubleClickEvent(event)

    def content_rect(self) -> Any:
        """Bounding box of what is visible, for fitting the view and exports."""
        rect = None
        for item in list(self.actor_items.values()) + list(self.relation_items.values()):
            if item.isVisible():
                r = item.sceneBoundingRect()
                rect = r if rect is None else rect.united(r)
        return rect
