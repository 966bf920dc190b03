"""A phase's map sized for paper: every actor's name printed at 7 pt or more.

A map laid out for a screen, shrunk onto a page, prints its names at 4–6 pt: unreadable in a
hand. Here the handout's own copy of the scene (never the session) gets larger labels until
the names print at :data:`TARGET_NAME_PT`, and the boxes that now touch are pushed apart by
the same overlap-removal step the lenses use, moving each box as little as it can. The
printed size is measured from the geometry actually painted: the name font's point size
times the map's scale on the page (the PDF writer works at the fonts' own resolution, see
:mod:`.render`), so a test can check the promise without reading the PDF back.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Iterable

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainter

from ..analysis.layout import GAP_X, GAP_Y, separate
from . import overlay
from .overlay import TitleBlock
from .render import MapLayout, actor_boxes, map_source, paint_map_page, plan_page
from .textcache import fonts

if TYPE_CHECKING:  # pragma: no cover
    from ..session import Session
    from .scene import WorkshopScene

MIN_NAME_PT = 7.0  # the promise: no actor name on a handout map prints smaller
TARGET_NAME_PT = 7.6  # what the fitting aims for, a little above the promise
MAX_LABEL_SCALE = 4.0  # the scene's own limit for label sizes
MAX_MAP_ZOOM = 1.2  # a map of three actors is enlarged, but not into a poster
MAX_PULL = 12.0  # labels grown and places drawn together: at most this much in all
_ROUNDS = 12


@dataclass(frozen=True)
class HandoutMap:
    """How a phase's map was put on a page, and the printed size of every name on it."""

    layout: MapLayout
    label_scale: float
    name_pt: dict[int, float]

    @property
    def min_name_pt(self) -> float:
        """The smallest printed name on the page (``inf`` for a phase nobody takes part in)."""
        return min(self.name_pt.values(), default=float("inf"))


def name_point_sizes(scene: "WorkshopScene", layout: MapLayout, source: QRectF) -> dict[int, float]:
    """Printed size, in points, of each visible actor's name in ``layout``."""
    zoom = layout.target.width() / max(source.width(), 1.0)
    return {aid: fonts(item.font_scale)[0].pointSizeF() * zoom
            for aid, item in scene.actor_items.items() if item.isVisible()}


def _plan(scene: "WorkshopScene", page: QRectF, block: TitleBlock | None,
          scale: float) -> tuple[MapLayout, dict[int, float]]:
    source = map_source(scene) or QRectF(0, 0, 400, 300)
    layout = plan_page(page, source, block, legend=True, marks=overlay.marks_of(scene), scale=scale,
                       obstacles=actor_boxes(scene), max_zoom=MAX_MAP_ZOOM)
    return layout, name_point_sizes(scene, layout, source)


def _sizes(scene: "WorkshopScene", ids: Iterable[int]) -> dict[int, tuple[float, float]]:
    """Each box with the room it keeps around it.

    The overlap step keeps a fixed gap between boxes; it grows with the labels here so that
    relations between big boxes still have room to show.
    """
    grow = max(0.0, scene.font_scale - 1.0)
    out = {}
    for aid in ids:
        box = scene.actor_items[aid].box()
        out[aid] = (box.width() + GAP_X * grow, box.height() + GAP_Y * grow)
    return out


def _place(scene: "WorkshopScene", pos: dict[int, tuple[float, float]]) -> None:
    for aid, (x, y) in pos.items():
        item = scene.actor_items[aid]
        if item.pos() != QPointF(x, y):
            item.setPos(x, y)


def _tidy(scene: "WorkshopScene", home: dict[int, QPointF], pull: float = 1.0) -> None:
    """Put the boxes back at their places, drawn ``pull`` times closer to the map's middle,
    then push apart those that now overlap."""
    xs, ys = [p.x() for p in home.values()], [p.y() for p in home.values()]
    cx, cy = (min(xs, default=0.0) + max(xs, default=0.0)) / 2, (min(ys, default=0.0) + max(ys, default=0.0)) / 2
    pos = {aid: (cx + (p.x() - cx) * pull, cy + (p.y() - cy) * pull) for aid, p in home.items()}
    _place(scene, separate(pos, _sizes(scene, home), set(pos)) if pos else {})


def _rows(scene: "WorkshopScene", home: dict[int, QPointF], page: QRectF, _pull: float = 1.0) -> None:
    """Rows of boxes, top to bottom and left to right as on the map, shaped like the page.

    The last resort for a map too crowded to print legibly where its actors stand: who is
    above or left of whom is kept, the distances are not.
    """
    if not home:
        return
    boxes = [scene.actor_items[aid].box() for aid in home]
    n = len(boxes)
    # Rows need no room for lines to run between boxes: the plain gap, not a growing one.
    cell_w = max(b.width() for b in boxes) + GAP_X
    cell_h = max(b.height() for b in boxes) + GAP_Y
    aspect = page.width() / max(page.height(), 1.0)
    cols = max(1, min(n, round(math.sqrt(n * aspect * cell_h / cell_w))))
    rows = math.ceil(n / cols)
    order = sorted(home, key=lambda a: (home[a].y(), home[a].x()))
    pos = {}
    for r in range(rows):
        line = sorted(order[r * cols:(r + 1) * cols], key=lambda a: home[a].x())
        for c, aid in enumerate(line):
            pos[aid] = ((c - (len(line) - 1) / 2) * cell_w, (r - (rows - 1) / 2) * cell_h)
    _place(scene, pos)


def _search(scene: "WorkshopScene", page: QRectF, block: TitleBlock | None, scale: float,
            target_pt: float, arrange: Callable[[float], None]) -> tuple[float, float, float]:
    """Grow the labels (then draw the places together) until names reach ``target_pt``;
    returns the best round as (smallest name size, label scale, pull)."""
    start = zoom = scene.font_scale
    best = (0.0, start, 1.0)
    arrange(1.0)
    for _ in range(_ROUNDS):
        _, sizes = _plan(scene, page, block, scale)
        smallest = min(sizes.values(), default=target_pt)
        pull = scene.font_scale / zoom
        if smallest > best[0]:
            best = (smallest, scene.font_scale, pull)
        if smallest >= target_pt or zoom >= start * MAX_PULL:
            break
        zoom = min(start * MAX_PULL, zoom * max(1.04, target_pt / smallest))
        scene.set_font_scale(min(zoom, MAX_LABEL_SCALE))
        arrange(scene.font_scale / zoom)
    return best


def fit_for_print(scene: "WorkshopScene", page: QRectF, block: TitleBlock | None, *,
                  scale: float = 1.0, target_pt: float = TARGET_NAME_PT) -> float:
    """Enlarge the scene's labels until every name prints at ``target_pt`` on ``page``.

    Changes only this scene (label size, box positions, and the lens guides, dropped once a
    box has moved); returns the label scale chosen.
    Bigger labels make bigger boxes, which spread the map and shrink it on the page again,
    so the scale is found in a few rounds. Past the scene's largest label size the places
    are drawn closer together instead (a map spread far wider than its boxes need). A map
    still too crowded for :data:`MIN_NAME_PT` is set in rows (see :func:`_rows`); the best
    round is kept if even that falls short (a map of hundreds of actors).
    """
    home = {aid: QPointF(item.pos()) for aid, item in scene.actor_items.items() if item.isVisible()}
    k0 = scene.font_scale
    tidy = lambda pull: _tidy(scene, home, pull)  # noqa: E731 - the two ways to place boxes
    rows = lambda pull: _rows(scene, home, page, pull)  # noqa: E731
    found, k, pull = _search(scene, page, block, scale, target_pt, tidy)
    way = tidy
    if found < MIN_NAME_PT and len(home) > 1:
        scene.set_font_scale(k0)
        in_rows = _search(scene, page, block, scale, target_pt, rows)
        if in_rows[0] > found:
            (found, k, pull), way = in_rows, rows
    scene.set_font_scale(k)
    way(pull)
    if any(item.pos() != home[aid] for aid, item in scene.actor_items.items() if aid in home):
        # The lens guides name the places the lens gave the boxes; moved boxes would hide
        # the sector and ring names and leave lines that no longer part the sectors.
        scene.show_guides = False
    return scene.font_scale


def paint_handout_map(painter: QPainter, page: QRectF, session: "Session", scene: "WorkshopScene",
                      block: TitleBlock | None, *, scale: float = 1.0) -> HandoutMap:
    """Fit the scene for print, then paint the map, its title and legend into ``page``."""
    k = fit_for_print(scene, page, block, scale=scale)
    source = map_source(scene) or QRectF(0, 0, 400, 300)
    layout = paint_map_page(painter, page, session, scene, block, max_zoom=MAX_MAP_ZOOM, scale=scale)
    return HandoutMap(layout, k, name_point_sizes(scene, layout, source))


def plan_handout_map(scene: "WorkshopScene", page: QRectF, block: TitleBlock | None, *,
                     scale: float = 1.0) -> HandoutMap:
    """What :func:`paint_handout_map` would do, without painting (for tests and previews)."""
    k = fit_for_print(scene, page, block, scale=scale)
    layout, sizes = _plan(scene, page, block, scale)
    return HandoutMap(layout, k, sizes)


__all__ = ["HandoutMap", "MIN_NAME_PT", "TARGET_NAME_PT", "fit_for_print", "name_point_sizes",
           "paint_handout_map", "plan_handout_map"]
