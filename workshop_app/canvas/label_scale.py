"""How large a view draws the names: as large as the map's density allows, within a range.

The console and the projector are two views of one scene, and each draws the names at its
own label scale (items read it in ``paint``; see ``textcache.view_scale``). A view picks
the largest step of ``LABEL_STEPS`` in its range at which no two boxes shown in the phase
would overlap where they stand, keeping ``gap`` (at label scale 1) between them: a sparse
map gets large names, a dense one keeps boxes apart. The checks use the boxes as the
canvas lays them out at that scale (wrapped names, role lines), not an estimate.

Maps are laid out (arranged, tidied) for ``LAYOUT_SCALE``, so every view can draw at
least that size on an arranged map without an overlap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from PySide6.QtCore import QRectF

from ..analysis.tidy import largest_clear_scale, overlapping_pairs
from . import guides
from .textcache import LAYOUT_SCALE

if TYPE_CHECKING:  # pragma: no cover
    from .items import ActorItem
    from .scene import WorkshopScene

LABEL_STEPS: tuple[float, ...] = (1.0, 1.125, 1.25, 1.375, 1.5, 1.625, 1.75, 2.0, 2.25, 2.5)
# A view keeps at least this much between boxes (at label scale 1) when it grows its
# labels: relations stay visible between the boxes.
VIEW_GAP = (10.0, 8.0)


def shown_items(scene: "WorkshopScene") -> list["ActorItem"]:
    return [item for item in scene.actor_items.values() if item.isVisible()]


# Answers of ``clear_scale`` by what they depend on (each shown box's place and text, the
# range and the gap): views refit on every phase switch, resize and show, mostly to a map they
# have measured before (paging back and forth through phases).
_CLEAR: dict[tuple[object, ...], float] = {}


def clear_scale(scene: "WorkshopScene", lo: float, hi: float, gap: tuple[float, float] = VIEW_GAP) -> float:
    """The largest step in [lo, hi] at which the shown boxes keep ``gap`` (× scale) apart."""
    items = shown_items(scene)
    steps = [k for k in LABEL_STEPS if lo <= k <= hi] or [lo]
    if len(items) < 2:
        return steps[-1]
    key = (lo, hi, gap, *((i.x(), i.y(), i.text_key) for i in items))
    found = _CLEAR.get(key)
    if found is None:
        if len(_CLEAR) >= 64:
            _CLEAR.clear()
        found = _CLEAR[key] = _clear_scale(items, steps, gap)
    return found


def _clear_scale(items: list["ActorItem"], steps: list[float], gap: tuple[float, float]) -> float:
    pos = {i: (item.pos().x(), item.pos().y()) for i, item in enumerate(items)}
    unit = {i: _size(item.box_at(1.0)) for i, item in enumerate(items)}
    estimate = largest_clear_scale(pos, unit, gap, limit=steps[-1] + 0.01)
    for k in reversed(steps):
        if k > estimate + 0.05:
            continue  # the layout at k is about k times the layout at 1
        sizes = {i: _size(item.box_at(k)) for i, item in enumerate(items)}
        if not overlapping_pairs(pos, sizes, (gap[0] * k, gap[1] * k)):
            return k
    return steps[0]


def refresh_reach(scene: "WorkshopScene") -> None:
    """Items keep room for the largest label scale a shown view draws them with: the
    projector may draw names larger than the console (see ``WorkshopView.label_scale``)."""
    scales = [scene.font_scale]
    for view in scene.views():
        k = getattr(view, "label_scale", None)
        if view.isVisible() and isinstance(k, (int, float)):
            scales.append(float(k))
    reach = max(scales)
    if reach == scene.reach_scale:
        return
    scene.reach_scale = reach
    for item in scene.actor_items.values():
        item.set_reach_scale(reach)
    for ritem in scene.relation_items.values():
        ritem.set_reach_scale(reach)


def _size(r: QRectF) -> tuple[float, float]:
    return (r.width(), r.height())


def shown_boxes(scene: "WorkshopScene", k: float) -> list[tuple["ActorItem", QRectF]]:
    """Each shown actor with its box as a view drawing labels at ``k`` shows it (one pass,
    shared by :func:`map_rect` and :func:`obstacles` when a view fits the map)."""
    return [(item, item.box_at(k)) for item in shown_items(scene)]


def map_rect(scene: "WorkshopScene", k: float,
             boxes: list[tuple["ActorItem", QRectF]] | None = None) -> QRectF | None:
    """What a view drawing labels at ``k`` must show: boxes, lines, labels and lens guides."""
    if boxes is None:
        boxes = shown_boxes(scene, k)
    # At the scene's own label scale these are the boxes the scene's content is made of.
    rect = scene.content_rect([at for _, at in boxes] if k == scene.font_scale else None)
    for item, at in boxes:
        box = at.adjusted(-4, -4, 4, 4)
        for extra in item.childItems():  # what rides on a box (influence towers) is shown too
            if extra.isVisible():
                box = box.united(extra.mapRectToScene(extra.boundingRect()))
        rect = box if rect is None else rect.united(box)
    return rect


def obstacles(scene: "WorkshopScene", k: float,
              boxes: list[tuple["ActorItem", QRectF]] | None = None) -> list[QRectF]:
    """Scene rects the title and the legend must not cover: boxes and guide labels."""
    found: Iterable[QRectF] = (at for _, at in (boxes if boxes is not None else shown_boxes(scene, k)))
    out = list(found)
    shown = scene.current_guides()
    if shown is not None:
        out += guides.label_rects(shown)
    return out


__all__ = ["LABEL_STEPS", "LAYOUT_SCALE", "VIEW_GAP", "clear_scale", "map_rect", "obstacles", "refresh_reach",
           "shown_boxes"]
