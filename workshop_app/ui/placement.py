"""Where a new actor goes, and a view that stays put while the map grows.

A double-click puts the new actor exactly where the facilitator clicked, and the map must not
jump away from the pointer: Qt re-centres a view whose scene grew past what it shows, so the
view is told it may show what it showed before, and is put back. N puts the new actor in the
free space nearest the middle of the view (never on top of another box), using the same
free-spot search as the layout (:func:`workshop_app.analysis.tidy.free_spot`).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRectF
from PySide6.QtWidgets import QGraphicsView

from ..analysis.tidy import free_spot
from ..canvas.scene import WorkshopScene
from ..canvas.textcache import actor_layout


def visible_rect(view: QGraphicsView) -> QRectF:
    """The part of the scene the view shows now."""
    return view.mapToScene(view.viewport().rect()).boundingRect()


def keep_under_pointer(view: QGraphicsView, scene_point: QPointF, viewport_pos: QPoint) -> None:
    """Move the view back so ``scene_point`` is at ``viewport_pos`` again (zoom unchanged)."""
    now = view.mapFromScene(scene_point)
    if (now - viewport_pos).manhattanLength() <= 1:
        return
    zoom = view.transform().m11() or 1.0
    shift = QPointF(now - viewport_pos) / zoom
    wanted = visible_rect(view).translated(shift)
    if not view.sceneRect().contains(wanted):
        # A view shows only its scene rectangle: let it show what it showed before.
        view.setSceneRect(view.sceneRect().united(wanted))
    view.centerOn(wanted.center())


def free_place(scene: WorkshopScene, near: QPointF, name: str,
               view: QGraphicsView | None = None) -> QPointF:
    """The free spot nearest ``near`` for a new actor called ``name`` at the scene's label size,
    inside ``view`` when there is room there.

    Every actor counts as an obstacle, present here or not: the new actor joins the later
    phases too, where the ones absent now may stand.
    """
    box = actor_layout(name, False, scene.font_scale)[0]
    placed: dict[int, tuple[float, float]] = {}
    sizes: dict[int, tuple[float, float]] = {}
    for aid, item in scene.actor_items.items():
        r = item.box()
        placed[aid] = (r.center().x(), r.center().y())
        sizes[aid] = (r.width(), r.height())
    size = (box.width(), box.height())
    roomy = QPointF(*free_spot((near.x(), near.y()), size, placed, sizes))
    if view is None or visible_rect(view).contains(box.translated(roomy)):
        return roomy
    # A crowded view: closer to its neighbours, but still apart and on screen if it can be.
    tight = QPointF(*free_spot((near.x(), near.y()), size, placed, sizes, room=1.0))
    return tight if visible_rect(view).contains(box.translated(tight)) else roomy


__all__ = ["free_place", "keep_under_pointer", "visible_rect"]
