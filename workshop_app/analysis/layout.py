"""The "arrange" lenses: positions for actors that tell a story at a glance.

* ``free``: the spring picture (:mod:`.spring`) of every relation active in any phase, so
  partners sit near each other, spread over an area sized to the boxes; from
  ``ROWS_FROM`` actors the boxes are packed in courses by their real extents instead.
* ``scale``: rings from the neighbourhood (centre) to the international level (outside),
  and ``helix``: four sectors around the intermediaries, both grown from the boxes (see
  :mod:`.rings_sectors`).

The lenses size their rings, sectors and areas to the boxes, never the boxes to the lens:
a map of 40 actors is larger, so the view shows it at the same zoom as a map of 10 and the
names stay readable; one international actor adds one ring step, not half a map. Packed
maps (rings, sectors, a crowded free map) keep a closer gap (``packing.packed_gap``).
Every lens ends with the tidy step (:mod:`.tidy`) at the box sizes the caller measured
(the canvas passes the projector's boxes), so no two boxes overlap; the free lens also
keeps lines from running under boxes where a small nudge clears them. Every lens is
deterministic (fixed seed: same session, same picture), never returns pinned actors, and
with ``actor_ids`` places only those actors around the ones already there ("arrange new
actors"). Coordinates are scene units with y growing downwards, centred on (0, 0).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from ..domain.model import Actor, ActorId, Model
from . import packing, rings_sectors
from .rings_sectors import HELIX_SECTORS
from .spring import SPRING_LIMIT, relation_graph, spring_picture
from .tidy import GAP_X, GAP_Y, Size, free_spot, overlapping_pairs, tidy

if TYPE_CHECKING:  # pragma: no cover - annotations only: networkx loads with the first graph
    import networkx as nx

LENSES: dict[str, str] = {
    "free": "Free (related actors close together)",
    "scale": "Scale rings (neighbourhood at the centre, international outside)",
    "helix": "Helix sectors (government, industry, academia, civil society)",
}

# The canvas's box geometry (canvas/textcache.py) at label scale 1, estimated here without
# Qt for callers that have no canvas; the canvas passes the boxes it measured instead.
BOX_MIN_W, BOX_MAX_W, BOX_WIDE_W, BOX_MIN_H = 110.0, 190.0, 280.0, 42.0
CHAR_W, LINE_H, ROLE_H = 8.0, 17.0, 15.0
# Room a lens leaves per box: the boxes' own area times this (lines and labels need the rest).
SPREAD = 1.7
ASPECT = 1.75  # width over height of the map a lens aims at: a projector or laptop screen
ROWS_FROM = 18  # from this many actors the free lens sets the spring picture in rows


Sizes = Mapping[ActorId, Size]


def box_size(actor: Actor, k: float = 1.0) -> tuple[float, float]:
    """The estimated width and height of an actor's box on the canvas at label scale ``k``
    (with a role line): wider for a long name, up to three lines, then more lines."""
    return name_box(actor.name, k)


def name_box(name: str, k: float = 1.0) -> tuple[float, float]:
    """:func:`box_size` for a name (callers that have no actor record yet)."""
    single = len(name) * CHAR_W + 24.0
    w = max(BOX_MIN_W, min(BOX_MAX_W, single))
    if single / (w - 14.0) > 3:
        w = min(BOX_WIDE_W, single / 3 * 1.15 + 24.0)
    lines = max(1, math.ceil(len(name) * CHAR_W / (w - 14.0)))
    h = max(BOX_MIN_H, lines * LINE_H + ROLE_H + 16.0)
    return round(w * k, 1), round(h * k, 1)


def _extent(sizes: Sizes, ids: Iterable[ActorId], gap: Size) -> tuple[float, float]:
    """Half width and height of an area that holds these boxes with room for the lines."""
    return extent_for([sizes[a] for a in ids], gap)


def extent_for(boxes: Iterable[Size], gap: Size) -> tuple[float, float]:
    """Half width and height of a map area (``ASPECT`` wide) with room for ``boxes``, their
    gaps and the relations between them: a lens sizes its map to the boxes it holds."""
    area = sum((w + gap[0]) * (h + gap[1]) for w, h in boxes) * SPREAD
    half_w = math.sqrt(max(area, 1.0) * ASPECT) / 2
    return half_w, half_w / ASPECT


# -- the overlap step the handouts use on their own copy of the map ------------------------
def separate(pos: dict[ActorId, tuple[float, float]], sizes: dict[ActorId, tuple[float, float]],
             movable: set[ActorId], *, rounds: int = 300) -> dict[ActorId, tuple[float, float]]:
    """Push overlapping boxes apart, moving only ``movable`` actors; returns their places."""
    fixed = set(pos) - set(movable)
    moved = tidy(pos, sizes, fixed=fixed)
    return {a: moved.get(a, (float(pos[a][0]), float(pos[a][1]))) for a in movable}


# -- the lenses ---------------------------------------------------------------------------
def _free(model: Model, g: nx.Graph, movable: set[ActorId], seed: int,
          current: dict[ActorId, tuple[float, float]], sizes: Sizes,
          gap: Size) -> dict[ActorId, tuple[float, float]]:
    staying = [n for n in g if n not in movable and not model.actor(n).pinned]
    if not staying:
        # The whole map (pins stay where they are and the others make room afterwards).
        # Actors without any relation would fly to the edge and squeeze everybody else into
        # the middle; they wait in tidy columns at the right instead.
        alone = sorted(a for a in g if g.degree(a) == 0 and a in movable)
        core_ids = [a for a in g if g.degree(a) > 0]
        if len(g) >= ROWS_FROM:
            unit = spring_picture(g.subgraph(core_ids), seed)
            unit.update({a: (i / max(1, len(alone)), 2.0) for i, a in enumerate(alone)})  # last row
            return {a: p for a, p in _rows(sorted(g), unit, sizes, gap).items() if a in movable}
        half_w, half_h = _extent(sizes, core_ids or list(g), gap)
        unit = spring_picture(g.subgraph(core_ids), seed)
        out = {a: (x * half_w, y * half_h) for a, (x, y) in unit.items() if a in movable}
        left = half_w + max((sizes[a][0] for a in alone), default=0.0) / 2 + 3 * gap[0] if unit else 0.0
        out.update(_parking(alone, left, half_h, sizes, gap))
        return out
    # New actors only: each goes to the free spot nearest its partners' centre (or, without
    # partners, nearest its place in the spring picture), so nobody else has to move.
    half_w, half_h = _extent(sizes, list(g), gap)
    unit = spring_picture(g, seed)
    placed = {a: current[a] for a in current if a not in movable}
    out = {}
    for a in sorted(movable, key=lambda a: (-sum(1 for b in g[a] if b in placed), a)):
        partners = [placed[b] for b in g[a] if b in placed]
        if partners:
            want = (sum(p[0] for p in partners) / len(partners),
                    sum(p[1] for p in partners) / len(partners))
        else:
            want = (unit[a][0] * half_w, unit[a][1] * half_h)
        out[a] = placed[a] = free_spot(want, sizes[a], {b: p for b, p in placed.items() if b != a},
                                       sizes, gap, room=2.0)
    return out


def _rows(ids: list[ActorId], unit: dict[ActorId, tuple[float, float]], sizes: Sizes,
          gap: Size) -> dict[ActorId, tuple[float, float]]:
    """Boxes packed in courses like bricks, in the order of the spring picture (top to
    bottom by its y), each where it sits highest, nearest its x in the picture.

    A crowded map needs its space used well for names to stay readable: every box goes
    into the lowest free place of its own width (a short box leaves room under it for the
    next one), so boxes of different widths and heights pack by their real extents, and
    partners stay near each other. The courses are a little further apart than the boxes
    beside each other, so relations have room to run between them. Of the widths tried,
    the one that lets a screen show the map largest wins.
    """
    gap_x, gap_y = gap  # already the closer gap of a packed map (see arrange)
    order = sorted(ids, key=lambda a: (unit[a][1], unit[a][0], a))
    area = sum((sizes[a][0] + gap_x) * (sizes[a][1] + gap_y) for a in ids)
    widest = max(sizes[a][0] for a in ids) + gap_x
    base = math.sqrt(area * packing.VIEW_ASPECT)
    tries = 60 if len(ids) <= 120 else (8 if len(ids) <= SPRING_LIMIT else 3)
    best: tuple[float, dict[ActorId, tuple[float, float]]] | None = None
    for i in range(tries):
        width = max(widest, base * (0.75 + 0.7 * i / max(1, tries - 1)))
        out = _pack(order, unit, sizes, width, gap_x, gap_y)
        w, h = _span(out, sizes)
        score = max(w / packing.VIEW_ASPECT, h)
        if best is None or score < best[0] - 1e-6:
            best = (score, out)
    assert best is not None
    return _centred(best[1], sizes)


def _pack(order: list[ActorId], unit: dict[ActorId, tuple[float, float]], sizes: Sizes,
          width: float, gap_x: float, gap_y: float) -> dict[ActorId, tuple[float, float]]:
    """Skyline packing into a strip ``width`` wide (see :func:`_rows`)."""
    sky: list[tuple[float, float, float]] = [(0.0, width, 0.0)]  # (left, right, top free y)
    out: dict[ActorId, tuple[float, float]] = {}
    for a in order:
        w, h = sizes[a]
        room = w + gap_x
        free = max(0.0, width - room)
        wish = (unit[a][0] + 1.0) / 2.0 * free
        spots = {wish} | {x for x0, x1, _ in sky for x in (x0, x1 - room)}
        best: tuple[float, float, float] | None = None
        for x in spots:
            x = min(max(0.0, x), free)
            top = max((y for x0, x1, y in sky if x0 < x + room - 1e-6 and x1 > x + 1e-6), default=0.0)
            key = (round(top, 3), abs(x - wish), x)
            if best is None or key < best:
                best = key
        assert best is not None
        top, _, x = best
        out[a] = (x + room / 2, top + h / 2)
        cut: list[tuple[float, float, float]] = []
        for x0, x1, y in sky:
            if x1 <= x + 1e-9 or x0 >= x + room - 1e-9:
                cut.append((x0, x1, y))
                continue
            if x0 < x:
                cut.append((x0, x, y))
            if x1 > x + room:
                cut.append((x + room, x1, y))
        cut.append((x, x + room, top + h + gap_y))
        sky = []
        for seg in sorted(cut):  # neighbours at one height are one stretch of skyline
            if sky and abs(sky[-1][2] - seg[2]) < 1e-9 and abs(sky[-1][1] - seg[0]) < 1e-9:
                sky[-1] = (sky[-1][0], seg[1], seg[2])
            else:
                sky.append(seg)
    return out


def _span(pos: Mapping[ActorId, tuple[float, float]], sizes: Sizes) -> tuple[float, float]:
    """Width and height of the boxes' bounding box."""
    left, top, right, bottom = _bounds(pos, sizes)
    return right - left, bottom - top


def _bounds(pos: Mapping[ActorId, tuple[float, float]], sizes: Sizes) -> tuple[float, float, float, float]:
    """Left, top, right and bottom of the boxes' bounding box."""
    return (min(pos[a][0] - sizes[a][0] / 2 for a in pos), min(pos[a][1] - sizes[a][1] / 2 for a in pos),
            max(pos[a][0] + sizes[a][0] / 2 for a in pos), max(pos[a][1] + sizes[a][1] / 2 for a in pos))


def _centred(pos: Mapping[ActorId, tuple[float, float]], sizes: Sizes) -> dict[ActorId, tuple[float, float]]:
    """The same places moved so that the boxes' bounding box is centred on (0, 0)."""
    left, top, right, bottom = _bounds(pos, sizes)
    dx, dy = (left + right) / 2, (top + bottom) / 2
    return {a: (x - dx, y - dy) for a, (x, y) in pos.items()}


def _parking(ids: list[ActorId], left: float, half_h: float, sizes: Sizes,
             gap: Size) -> dict[ActorId, tuple[float, float]]:
    """Columns of actors, top to bottom, starting at x = ``left`` and centred vertically."""
    if not ids:
        return {}
    row_h = max(sizes[a][1] for a in ids) + gap[1] * 1.5
    col_w = max(sizes[a][0] for a in ids) + gap[0] * 1.5
    per_col = max(1, int(2 * half_h / row_h) + 1)
    out = {}
    for i, a in enumerate(ids):
        col, row = divmod(i, per_col)
        rows = min(per_col, len(ids) - col * per_col)
        out[a] = (left + col * col_w, (row - (rows - 1) / 2) * row_h)
    return out


# -- scale rings ----------------------------------------------------------------------------


# -- helix sectors ----------------------------------------------------------------------------


_LENS_FUNCS = {"free": _free, "scale": rings_sectors.scale_lens, "helix": rings_sectors.helix_lens}


def arrange(model: Model, lens: str, *, actor_ids: set[int] | None = None, seed: int = 7,
            sizes: Mapping[int, Size] | None = None,
            gap: Size = (GAP_X, GAP_Y)) -> dict[int, tuple[float, float]]:
    """New base positions for the actors a lens may move (never pinned ones).

    With ``actor_ids`` only those actors move and everybody else is an obstacle to keep
    clear of. ``sizes`` are the boxes as the canvas draws them (estimates without them)
    and ``gap`` the room kept between two boxes. Raises ``ValueError`` for an unknown lens
    or actor.
    """
    if lens not in _LENS_FUNCS:
        raise ValueError(f"Unknown arrangement {lens!r}; choose one of: {', '.join(LENSES)}.")
    actors = {a.id: a for a in model.actors}
    if actor_ids is not None:
        unknown = sorted(set(actor_ids) - set(actors))
        if unknown:
            raise ValueError(f"No actor with id {', '.join(map(str, unknown))} in this session.")
    wanted = set(actors) if actor_ids is None else set(actor_ids)
    movable = {a for a in wanted if not actors[a].pinned}
    if not movable:
        return {}
    boxes = {a: box_size(actors[a]) for a in actors}
    boxes.update({a: s for a, s in (sizes or {}).items() if a in actors})
    current = {a.id: (a.x, a.y) for a in actors.values()}
    g = relation_graph(model)
    packed = lens in ("scale", "helix") or (lens == "free" and actor_ids is None and len(g) >= ROWS_FROM)
    if packed:
        gap = packing.packed_gap(gap)
    placed = _LENS_FUNCS[lens](model, g, movable, seed, current, boxes, gap)
    pos = {**current, **placed}
    # Lines are cleared when the whole map is arranged freely; a newcomer keeps the free
    # spot found beside its partners rather than being nudged away from them, rings and
    # sectors keep their shape, and rows (a crowded map) keep their own, closer spacing.
    links = list(g.edges()) if actor_ids is None and lens == "free" and not packed else []
    moved = tidy(pos, boxes, fixed=set(actors) - movable, phase_places=phase_places(model),
                 links=links, gap=gap)
    pos.update(moved)
    return {a: (round(pos[a][0], 1), round(pos[a][1], 1)) for a in sorted(movable)}


def scale_rings(model: Model, sizes: Sizes | None = None, gap: Size = (GAP_X, GAP_Y),
                seed: int = 7) -> list[tuple[str, float, float]]:
    """The scale lens's rings (scale, horizontal and vertical radius), inside out, for
    drawing guides: each ring's outer edge as :func:`arrange` lays the rings out with these
    ``sizes`` (estimates without them)."""
    sizes = sizes if sizes is not None else {a.id: box_size(a) for a in model.actors}
    return rings_sectors.scale_rings(model, sizes, gap, seed)


def helix_labels(model: Model, sizes: Sizes | None = None, gap: Size = (GAP_X, GAP_Y),
                 seed: int = 7) -> dict[str, tuple[float, float]]:
    """Where the helix lens leaves room for each sector's name (its centre), as
    :func:`arrange` lays the sectors out with these ``sizes`` (estimates without them)."""
    sizes = sizes if sizes is not None else {a.id: box_size(a) for a in model.actors}
    return rings_sectors.helix_labels(model, sizes, gap, seed)


def phase_places(model: Model) -> list[dict[int, tuple[float, float]]]:
    """Each phase's own places (moves made in that phase only), for the tidy step."""
    per_phase: dict[int, dict[int, tuple[float, float]]] = {}
    for (aid, pid), place in model.tables["positions"].items():
        per_phase.setdefault(pid, {})[aid] = (place.x, place.y)
    return [per_phase[p] for p in sorted(per_phase)]


def overlaps(model: Model, positions: dict[int, tuple[float, float]] | None = None,
             sizes: Mapping[int, Size] | None = None) -> list[tuple[int, int]]:
    """Pairs of actors whose boxes touch (after applying ``positions``; estimated boxes
    unless ``sizes`` are given)."""
    actors = model.actors
    pos = {a.id: (a.x, a.y) for a in actors}
    pos.update(positions or {})
    boxes = {a.id: box_size(a) for a in actors}
    boxes.update({a: s for a, s in (sizes or {}).items() if a in boxes})
    return overlapping_pairs(pos, boxes)


__all__ = ["arrange", "LENSES", "HELIX_SECTORS", "box_size", "name_box", "extent_for", "separate", "overlaps",
           "scale_rings", "helix_labels", "phase_places", "GAP_X", "GAP_Y"]
