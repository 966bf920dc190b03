"""The "arrange" lenses: positions for actors that tell a story at a glance.

* ``free``: a force-directed (spring) layout of every relation active in any phase, so
  partners sit near each other, spread over an area sized to the boxes.
* ``scale``: concentric rings from the neighbourhood (centre) to the international level
  (outermost); each ring is ordered by the actors' angle in the spring layout, so related
  actors stay near each other, and each ring is just large enough for its boxes.
* ``helix``: four sectors (government top left, industry top right, academia bottom right,
  civil society and citizens bottom left), intermediaries in the middle where they broker,
  international actors on a band just outside the sectors.

The lenses size their rings, sectors and areas to the boxes, never the boxes to the lens:
a map of 40 actors is larger, so the view shows it at the same zoom as a map of 10 and the
names stay readable; one international actor adds one ring step, not half a map. Every
lens ends with the tidy step (:mod:`.tidy`) at the box sizes the caller measured (the
canvas passes the projector's boxes), so no two boxes overlap and lines do not run under
boxes where a small nudge clears them. Every lens is deterministic (fixed seed: same
session, same picture), never returns pinned actors, and with ``actor_ids`` places only
those actors around the ones already there ("arrange new actors"). Coordinates are scene
units with y growing downwards, centred on (0, 0).
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass

import networkx as nx

from ..domain.model import Actor, ActorId, Model
from ..domain.vocabulary import SCALES
from . import packing
from .tidy import GAP_X, GAP_Y, Size, free_spot, overlapping_pairs, tidy

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
VIEW_ASPECT = 1.95  # width over height of the room a console or a wall leaves for the map
SPRING_LIMIT = 400
ROWS_FROM = 18  # from this many actors the free lens sets the spring picture in rows
ROW_GAP_X = 0.7  # packed boxes stand this much closer side by side than the usual gap
ROW_GAP_Y = 0.9  # and this much of the usual gap above and below
RING_ASPECTS = (1.5, 1.85, 2.2)  # shapes of the ellipses rings and sectors grow on, tried in turn
MIDDLE_ASPECT = 1.0  # the intermediaries' cluster is round: every sector starts close to it
BLOCK_TRIES = 14  # widths tried for each sector's block
LABEL_CHAR_W, LABEL_H = 14.5, 24.0  # a sector's name on the canvas, per capital and its height

HELIX_SECTORS: tuple[tuple[str, tuple[str, ...], float], ...] = (
    # (label, actor types, start angle in degrees counter-clockwise from east)
    ("Industry", ("private",), 0.0),
    ("Government", ("government",), 90.0),
    ("Civil society and citizens", ("civil_society", "citizens"), 180.0),
    ("Academia", ("academia",), 270.0),
)

Sizes = Mapping[ActorId, Size]


@dataclass(frozen=True)
class _Plan:
    """A lens's whole map: the shape its distances are measured on, the places (actors, and
    sector names under ("label", name)) and, for rings, each ring's outer edge."""

    aspect: float
    places: Mapping[Hashable, tuple[float, float]]
    edges: list[tuple[str, float]]


_PLANS: dict[tuple[object, ...], _Plan] = {}


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


def _relation_graph(model: Model) -> nx.Graph:
    """Every actor, and a weighted tie for each pair related in at least one phase."""
    g = nx.Graph()
    g.add_nodes_from(a.id for a in model.actors)
    for phase in model.phases:
        for r in model.active_relations(phase.id):
            if r.source == r.target:
                continue
            w = g.get_edge_data(r.source, r.target, {}).get("weight", 0.0)
            g.add_edge(r.source, r.target, weight=w + 1.0)
    return g


def _extent(sizes: Sizes, ids: Iterable[ActorId], gap: Size) -> tuple[float, float]:
    """Half width and height of an area that holds these boxes with room for the lines."""
    return extent_for([sizes[a] for a in ids], gap)


def extent_for(boxes: Iterable[Size], gap: Size) -> tuple[float, float]:
    """Half width and height of a map area (``ASPECT`` wide) with room for ``boxes``, their
    gaps and the relations between them: a lens sizes its map to the boxes it holds."""
    area = sum((w + gap[0]) * (h + gap[1]) for w, h in boxes) * SPREAD
    half_w = math.sqrt(max(area, 1.0) * ASPECT) / 2
    return half_w, half_w / ASPECT


def _spring(g: nx.Graph, seed: int) -> dict[ActorId, tuple[float, float]]:
    """A spring layout filling [-1, 1]² on both axes.

    Beyond ``SPRING_LIMIT`` actors (far more than a workshop map can show) networkx's force
    layout takes tens of seconds, so big sessions get a breadth-first grid instead, which
    still keeps partners near each other.
    """
    if g.number_of_nodes() == 0:
        return {}
    if g.number_of_nodes() > SPRING_LIMIT:
        pos = _bfs_grid(g)
    else:
        k = 2.0 / math.sqrt(g.number_of_nodes())
        pos = nx.spring_layout(g, k=k, seed=seed, iterations=120, weight="weight")
    # Fill the square on each axis: the canvas is wide, a tall spring picture would waste it.
    nodes = sorted(pos)
    xs = _even_out([float(pos[n][0]) for n in nodes])
    ys = _even_out([float(pos[n][1]) for n in nodes])
    return {n: (xs[i], ys[i]) for i, n in enumerate(nodes)}


def _even_out(values: list[float]) -> list[float]:
    """Stretch to [-1, 1], half by value and half by rank.

    A spring layout flings an actor with a single partner far out, and scaled by the
    farthest one the rest would bunch in the middle (one far actor shrinking every name);
    mixing in the rank spaces the actors evenly while keeping each on its side of the others.
    """
    n = len(values)
    if n == 1:
        return [0.0]
    lo, hi = min(values), max(values)
    span = (hi - lo) or 1.0
    order = sorted(range(n), key=lambda i: (values[i], i))
    rank = [0.0] * n
    for r, i in enumerate(order):
        rank[i] = 2.0 * r / (n - 1) - 1.0
    return [0.5 * (2.0 * (v - lo) / span - 1.0) + 0.5 * rank[i] for i, v in enumerate(values)]


def _bfs_grid(g: nx.Graph) -> dict[ActorId, tuple[float, float]]:
    """Actors on a serpentine grid in breadth-first order from the best-connected ones."""
    order: list[ActorId] = []
    seen: set[ActorId] = set()
    for root in sorted(g, key=lambda a: (-g.degree(a), a)):
        if root in seen:
            continue
        seen.add(root)
        queue = deque([root])
        while queue:
            node = queue.popleft()
            order.append(node)
            for nb in sorted(g[node], key=lambda a: (-g.degree(a), a)):
                if nb not in seen:
                    seen.add(nb)
                    queue.append(nb)
    cols = max(1, math.ceil(math.sqrt(len(order))))
    pos: dict[ActorId, tuple[float, float]] = {}
    for i, a in enumerate(order):
        row, col = divmod(i, cols)
        pos[a] = (float(col if row % 2 == 0 else cols - 1 - col), float(row))
    return pos


def _angle(x: float, y: float) -> float:
    """The angle of a scene point (y down) seen from the centre, counter-clockwise from east."""
    return math.atan2(-y, x) % (2 * math.pi)


def _on_ellipse(rx: float, ry: float, theta: float) -> tuple[float, float]:
    return (rx * math.cos(theta), -ry * math.sin(theta))  # scene y grows downwards


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
            unit = _spring(g.subgraph(core_ids), seed)
            unit.update({a: (i / max(1, len(alone)), 2.0) for i, a in enumerate(alone)})  # last row
            return {a: p for a, p in _rows(sorted(g), unit, sizes, gap).items() if a in movable}
        half_w, half_h = _extent(sizes, core_ids or list(g), gap)
        unit = _spring(g.subgraph(core_ids), seed)
        out = {a: (x * half_w, y * half_h) for a, (x, y) in unit.items() if a in movable}
        left = half_w + max((sizes[a][0] for a in alone), default=0.0) / 2 + 3 * gap[0] if unit else 0.0
        out.update(_parking(alone, left, half_h, sizes, gap))
        return out
    # New actors only: each goes to the free spot nearest its partners' centre (or, without
    # partners, nearest its place in the spring picture), so nobody else has to move.
    half_w, half_h = _extent(sizes, list(g), gap)
    unit = _spring(g, seed)
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
    base = math.sqrt(area * VIEW_ASPECT)
    tries = 60 if len(ids) <= 120 else (8 if len(ids) <= SPRING_LIMIT else 3)
    best: tuple[float, dict[ActorId, tuple[float, float]]] | None = None
    for i in range(tries):
        width = max(widest, base * (0.75 + 0.7 * i / max(1, tries - 1)))
        out = _pack(order, unit, sizes, width, gap_x, gap_y)
        w, h = _span(out, sizes)
        score = max(w / VIEW_ASPECT, h)
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


def _wanted_angles(g: nx.Graph, unit: dict[ActorId, tuple[float, float]],
                   current: Mapping[ActorId, tuple[float, float]], placed: set[ActorId],
                   ids: Iterable[ActorId]) -> dict[ActorId, float]:
    """Where each actor would like to sit: near its placed partners, else its spring angle."""
    out = {}
    for a in ids:
        partners = [current[b] for b in g[a] if b in placed]
        if partners:
            x = sum(p[0] for p in partners) / len(partners)
            y = sum(p[1] for p in partners) / len(partners)
            out[a] = _angle(x, y)
        else:
            out[a] = _angle(*unit[a]) if a in unit else 0.0
    return out


# -- scale rings ----------------------------------------------------------------------------
def _scale_order(model: Model) -> list[tuple[str, list[ActorId]]]:
    """The scales in use, inside out (unknown scales outside the known ones), with their actors."""
    order = list(SCALES)
    extra = sorted({a.scale for a in model.actors} - set(order))
    groups = {s: [a.id for a in model.actors if a.scale == s] for s in (*order, *extra)}
    return [(s, groups[s]) for s in groups if groups[s]]


def _plan_key(model: Model, g: nx.Graph, sizes: Sizes, gap: Size, seed: int, lens: str) -> tuple[object, ...]:
    """Everything a lens's plan depends on: the guides ask for it on every change."""
    actors = tuple((a.id, a.type, a.scale, sizes[a.id]) for a in model.actors)
    edges = tuple(sorted((min(a, b), max(a, b), d.get("weight", 1.0)) for a, b, d in g.edges(data=True)))
    return (lens, actors, edges, tuple(gap), seed)


def _cached(key: tuple[object, ...], make: Callable[[], _Plan]) -> _Plan:
    found = _PLANS.get(key)
    if found is None:
        if len(_PLANS) >= 16:
            _PLANS.clear()
        found = _PLANS[key] = make()
    return found


def _packed(gap: Size) -> Size:
    """The closer gap of a packed map (free lens rows, rings, sectors)."""
    return (gap[0] * ROW_GAP_X, gap[1] * ROW_GAP_Y)


def _gaps(gap: Size) -> tuple[Size, ...]:
    """The gaps a lens tries: the close one of a packed map and the usual one (the tidy step
    keeps the close one, so either is safe); packing is a greedy game, and one of the two
    usually packs noticeably tighter."""
    return (gap, (gap[0] / ROW_GAP_X, gap[1] / ROW_GAP_Y))


def _ring_plan(model: Model, g: nx.Graph, sizes: Sizes, gap: Size, seed: int) -> _Plan:
    """The scale lens's map: the rings' shape (width over height), every actor's place and
    each ring's outer edge (scale, distance from the centre as :func:`packing.reach` has it).

    Rings are filled inside out, each box at the free spot nearest the centre beyond the
    ring inside it (:func:`packing.place`), towards the side its partners pull it to in the
    spring picture; a full ring takes more rows, and a ring's edge lies a gap beyond its
    farthest box. The outermost ring also fills the map's corners. Of a few ring shapes,
    the one that lets a screen show the map largest wins.
    """
    return _cached(_plan_key(model, g, sizes, gap, seed, "scale"), lambda: _make_ring_plan(model, g, sizes, gap, seed))


def _make_ring_plan(model: Model, g: nx.Graph, sizes: Sizes, gap: Size, seed: int) -> _Plan:
    unit = _spring(g, seed)
    wish = {a: _angle(*unit[a]) for a in unit}
    groups = _scale_order(model)
    best: tuple[float, _Plan] | None = None
    for aspect in RING_ASPECTS:
        for room in _gaps(gap):
            placed: dict[Hashable, tuple[float, float]] = {}
            edges: list[tuple[str, float]] = []
            floor = 0.0
            for n, (scale, ids) in enumerate(groups):
                outermost = 0 < n == len(groups) - 1
                for a in sorted(ids, key=lambda a: (wish.get(a, 0.0), a)):
                    packing.place(a, placed, sizes, room, aspect, floor=floor, wish=wish.get(a),
                                  compact=VIEW_ASPECT if outermost else None)
                floor = max(packing.reach(*placed[a], aspect) for a in ids) + room[1]
                edges.append((scale, round(floor, 1)))
            score = packing.screen_score(placed, sizes, VIEW_ASPECT)
            if best is None or score < best[0] - 1e-6:
                best = (score, _Plan(aspect, placed, edges))
    assert best is not None
    return best[1]


def scale_rings(model: Model, sizes: Sizes | None = None, gap: Size = (GAP_X, GAP_Y),
                seed: int = 7) -> list[tuple[str, float, float]]:
    """The scale lens's rings (scale, horizontal and vertical radius), inside out, for
    drawing guides: each ring's outer edge as :func:`arrange` lays the rings out with
    these ``sizes`` (estimates without them)."""
    if not model.actors:
        return []
    sizes = sizes if sizes is not None else {a.id: box_size(a) for a in model.actors}
    plan = _ring_plan(model, _relation_graph(model), sizes, _packed(gap), seed)
    return [(s, round(r * plan.aspect, 1), r) for s, r in plan.edges]


def _scale(model: Model, g: nx.Graph, movable: set[ActorId], seed: int,
           current: dict[ActorId, tuple[float, float]], sizes: Sizes,
           gap: Size) -> dict[ActorId, tuple[float, float]]:
    plan = _ring_plan(model, g, sizes, gap, seed)
    staying = {a: current[a] for a in current if a not in movable}
    if not staying:
        return {a: plan.places[a] for a in movable}
    # Some actors stay: the others go to the free spot of their ring nearest their partners.
    unit = _spring(g, seed)
    floors = dict(zip([s for s, _ in plan.edges], [0.0] + [r for _, r in plan.edges[:-1]]))
    wanted = _wanted_angles(g, unit, current, set(staying), movable)
    placed: dict[Hashable, tuple[float, float]] = dict(staying)
    for a in sorted(movable, key=lambda a: (wanted[a], a)):
        packing.place(a, placed, sizes, gap, plan.aspect, floor=floors[model.actor(a).scale], wish=wanted[a])
    return {a: placed[a] for a in movable}


# -- helix sectors ----------------------------------------------------------------------------
def _quadrant(start: float) -> tuple[float, float]:
    """The signs of x and y (scene, y down) of a sector's quadrant from its start angle."""
    mid = math.radians(start + 45.0)
    return math.copysign(1.0, math.cos(mid)), -math.copysign(1.0, math.sin(mid))


def _sector_label(label: str) -> Size:
    """Room for a sector's name, as the canvas's guides draw it (capitals, 17 px bold)."""
    return (len(label) * LABEL_CHAR_W, LABEL_H)


def helix_labels(model: Model, sizes: Sizes | None = None, gap: Size = (GAP_X, GAP_Y),
                 seed: int = 7) -> dict[str, tuple[float, float]]:
    """Where the helix lens leaves room for each sector's name (its centre), as
    :func:`arrange` lays the sectors out with these ``sizes``; the guides write them there."""
    if not model.actors:
        return {}
    sizes = sizes if sizes is not None else {a.id: box_size(a) for a in model.actors}
    g = _relation_graph(model)
    gap = _packed(gap)
    plan = _cached(_plan_key(model, g, sizes, gap, seed, "helix"),
                   lambda: _make_helix_plan(model, g, sizes, gap, seed, {}))
    return {label: plan.places[("label", label)] for label, _, _ in HELIX_SECTORS
            if ("label", label) in plan.places}


def _make_helix_plan(model: Model, g: nx.Graph, sizes: Sizes, gap: Size, seed: int,
                     staying: Mapping[ActorId, tuple[float, float]]) -> _Plan:
    """Places for every actor not in ``staying`` and for the sectors' names (see :func:`_helix`)."""
    unit = _spring(g, seed)
    by_type: dict[str, list[ActorId]] = {}
    for a in model.actors:
        if a.id not in staying:
            by_type.setdefault(a.type, []).append(a.id)
    sector_types = {t for _, types, _ in HELIX_SECTORS for t in types}
    types = {a.id: a.type for a in model.actors}

    def best_connected_first(ids: Iterable[ActorId]) -> list[ActorId]:
        return sorted(ids, key=lambda a: (-g.degree(a), a))

    middle = best_connected_first(by_type.get("intermediary", []))
    sectors: list[tuple[tuple[float, float], list[Hashable]]] = []
    for label, kinds, start in HELIX_SECTORS:
        ids: list[Hashable] = list(best_connected_first(a for t in kinds for a in by_type.get(t, [])))
        sectors.append((_quadrant(start), ids))
    all_sizes: dict[Hashable, Size] = dict(sizes)
    all_sizes.update({("label", label): _sector_label(label) for label, _, _ in HELIX_SECTORS})
    outer = [a for t, ids in sorted(by_type.items()) if t not in sector_types and t != "intermediary"
             for a in ids]
    best: tuple[float, _Plan] | None = None
    for room in _gaps(gap):
        placed: dict[Hashable, tuple[float, float]] = dict(staying)
        for a in middle:  # a round cluster: every sector starts just beyond it
            packing.place(a, placed, all_sizes, room, MIDDLE_ASPECT, wish=_angle(*unit[a]))
        if staying:
            options = [_grow_sectors(placed, sectors, all_sizes, room, types)]
        else:
            options = _sector_blocks(placed, sectors, all_sizes, room)
        for option in options:
            at = dict(option)
            in_sectors = [a for a in at if types.get(a) in sector_types]  # type: ignore[call-overload]
            far_x = max((abs(at[a][0]) for a in in_sectors), default=0.0)
            far_y = max((abs(at[a][1]) for a in in_sectors), default=0.0)

            def outside(x: float, y: float, _size: Size) -> bool:
                return abs(x) > far_x + 1.0 or abs(y) > far_y + 1.0

            wanted = _wanted_angles(g, unit, at, set(at), outer)
            for a in sorted(outer, key=lambda a: (wanted[a], a)):
                packing.place(a, at, all_sizes, room, VIEW_ASPECT, wish=wanted[a], allowed=outside,
                              compact=VIEW_ASPECT)
            if not staying:
                _place_sector_names(at, sectors, all_sizes, room)
            score = packing.screen_score(at, all_sizes, VIEW_ASPECT)
            if best is None or score < best[0] - 1e-6:
                best = (score, _Plan(VIEW_ASPECT, {a: p for a, p in at.items() if a not in staying}, []))
    assert best is not None
    return best[1]


def _place_sector_names(at: dict[Hashable, tuple[float, float]],
                        sectors: list[tuple[tuple[float, float], list[Hashable]]],
                        sizes: Mapping[Hashable, Size], gap: Size) -> None:
    """Each sector's name in its quadrant's outer part, in a free spot of the map (a corner
    the blocks leave) or else just beyond its edge: away from the middle, where the relations
    between the sectors cross."""
    for ((sx, sy), ids), (label, _, _) in zip(sectors, HELIX_SECTORS):
        if not ids:
            continue
        far = max(packing.reach(*at[a], VIEW_ASPECT) for a in ids)

        def outer(x: float, y: float, size: Size, sx: float = sx, sy: float = sy, far: float = far) -> bool:
            return (x * sx >= size[0] / 2 + gap[0] / 2 and y * sy >= size[1] / 2 + gap[1] / 2
                    and packing.reach(x, y, VIEW_ASPECT) >= far * 0.75)
        packing.place(("label", label), at, sizes, gap, VIEW_ASPECT, wish=_angle(sx, -sy), allowed=outer,
                      compact=VIEW_ASPECT)


def _grow_sectors(placed: dict[Hashable, tuple[float, float]], sectors: list[tuple[tuple[float, float], list[Hashable]]],
                  sizes: Mapping[Hashable, Size], gap: Size, types: Mapping[ActorId, str]
                  ) -> dict[Hashable, tuple[float, float]]:
    """Newcomers into their sectors around the actors already there: each at the free spot
    of its quadrant nearest the centre (beyond the intermediaries)."""
    at = dict(placed)
    inner = max((math.hypot(*at[a]) for a in at if types.get(a) == "intermediary"), default=0.0)  # type: ignore[call-overload]
    for (sx, sy), ids in sectors:
        def in_quadrant(x: float, y: float, size: Size, sx: float = sx, sy: float = sy) -> bool:
            return (x * sx >= size[0] / 2 + gap[0] / 2 and y * sy >= size[1] / 2 + gap[1] / 2
                    and math.hypot(x, y) > inner + 1.0)
        for a in ids:
            packing.place(a, at, sizes, gap, VIEW_ASPECT, wish=_angle(sx, -sy), allowed=in_quadrant)
    return at


def _sector_blocks(placed: dict[Hashable, tuple[float, float]],
                   sectors: list[tuple[tuple[float, float], list[Hashable]]],
                   sizes: Mapping[Hashable, Size], gap: Size) -> list[dict[Hashable, tuple[float, float]]]:
    """The sectors as four blocks, one per quadrant, packed row by row away from the axes
    around the intermediaries (:func:`packing.strip`); each block's width is chosen so that
    together they make the map a screen shows largest. The best few layouts, best first."""
    hx, hy = gap[0] / 2, gap[1] / 2  # a block keeps half a gap from each axis
    blocks: list[list[tuple[dict[Hashable, tuple[float, float]], float, float]]] = []
    for (sx, sy), ids in sectors:
        floor = []
        for a, (x, y) in placed.items():  # the intermediaries' boxes reaching into this quadrant
            w, h = sizes[a]
            lx, ly = x * sx - hx, y * sy - hy
            if lx + w / 2 > -hx and ly + h / 2 > -hy:
                floor.append((max(0.0, lx - w / 2 - gap[0]), lx + w / 2 + gap[0], ly + h / 2 + gap[1]))
        options = []
        if ids:
            widest = max(sizes[a][0] for a in ids) + gap[0]
            total = sum(sizes[a][0] + gap[0] for a in ids) + max((f[1] for f in floor), default=0.0)
            for i in range(BLOCK_TRIES):
                width = widest + (total - widest) * (i / (BLOCK_TRIES - 1)) ** 1.5
                local = packing.strip(ids, sizes, width, gap, floor)
                right = max(x + sizes[a][0] / 2 for a, (x, y) in local.items()) + hx
                top = max(y + sizes[a][1] / 2 for a, (x, y) in local.items()) + hy
                options.append(({a: (sx * (x + hx), sy * (y + hy)) for a, (x, y) in local.items()}, right, top))
        else:
            options.append(({}, 0.0, 0.0))
        # Only blocks no other one beats in both width and height are worth combining.
        blocks.append([o for o in options
                       if not any(p[1] <= o[1] and p[2] <= o[2] and (p[1], p[2]) != (o[1], o[2]) for p in options)])
    quads = [q for q, _ in sectors]
    mid_l, mid_t, mid_r, mid_b = packing.span(placed, sizes) if placed else (0.0, 0.0, 0.0, 0.0)
    ranked = []
    for choice in _choices([len(b) for b in blocks]):
        left, right, top, bottom = -mid_l, mid_r, -mid_t, mid_b
        for (sx, sy), b, i in zip(quads, blocks, choice):
            _, w, h = b[i]
            if sx > 0:
                right = max(right, w)
            else:
                left = max(left, w)
            if sy < 0:
                top = max(top, h)
            else:
                bottom = max(bottom, h)
        ranked.append((max((left + right) / VIEW_ASPECT, top + bottom), choice))
    ranked.sort()
    out = []
    for _, choice in ranked[:3]:
        at = dict(placed)
        for b, i in zip(blocks, choice):
            at.update(b[i][0])
        out.append(at)
    return out


def _choices(counts: list[int]) -> Iterable[tuple[int, ...]]:
    """Every combination of one option per block."""
    if not counts:
        yield ()
        return
    for rest in _choices(counts[1:]):
        for i in range(counts[0]):
            yield (i, *rest)


def _helix(model: Model, g: nx.Graph, movable: set[ActorId], seed: int,
           current: dict[ActorId, tuple[float, float]], sizes: Sizes,
           gap: Size) -> dict[ActorId, tuple[float, float]]:
    """Four sectors (government top left, industry top right, academia bottom right, civil
    society and citizens bottom left), each grown from the centre in its own quadrant with
    its name and then its best-connected actors nearest the middle; intermediaries packed at
    the centre, where they broker; international actors (and types outside the vocabulary)
    just beyond the sectors, towards their partners."""
    staying = {a: current[a] for a in current if a not in movable}
    if staying:
        plan = _make_helix_plan(model, g, sizes, gap, seed, staying)
    else:
        plan = _cached(_plan_key(model, g, sizes, gap, seed, "helix"),
                       lambda: _make_helix_plan(model, g, sizes, gap, seed, {}))
    return {a: plan.places[a] for a in movable if a in plan.places}


_LENS_FUNCS = {"free": _free, "scale": _scale, "helix": _helix}


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
    g = _relation_graph(model)
    packed = lens in ("scale", "helix") or (lens == "free" and actor_ids is None and len(g) >= ROWS_FROM)
    if packed:
        gap = _packed(gap)
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
