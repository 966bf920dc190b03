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
from typing import Iterable, Mapping

import networkx as nx

from ..domain.model import Actor, ActorId, Model
from ..domain.vocabulary import SCALES
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
VIEW_ASPECT = 1.85  # width over height of the room a console or a wall leaves for the map
SPRING_LIMIT = 400
ROWS_FROM = 18  # from this many actors the free lens sets the spring picture in rows
ROW_GAP_X = 0.75  # packed boxes stand this much closer side by side than the usual gap
ROW_GAP_Y = 1.0  # and this much of the usual gap above and below

HELIX_SECTORS: tuple[tuple[str, tuple[str, ...], float], ...] = (
    # (label, actor types, start angle in degrees counter-clockwise from east)
    ("Industry", ("private",), 0.0),
    ("Government", ("government",), 90.0),
    ("Civil society and citizens", ("civil_society", "citizens"), 180.0),
    ("Academia", ("academia",), 270.0),
)

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
    gap_x, gap_y = gap[0] * ROW_GAP_X, gap[1] * ROW_GAP_Y
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


def _even_angles(n: int, lo: float, span: float) -> list[float]:
    full = span >= 2 * math.pi - 1e-9
    step = span / n
    return [lo + (i if full else i + 0.5) * step for i in range(n)]


def _ring_holds(rx: float, ry: float, boxes: list[Size], gap: Size) -> bool:
    """Whether ``boxes``, evenly spaced around the ellipse, keep clear of each other
    (checked at two rotations, so it holds wherever the ring's first box ends up)."""
    n = len(boxes)
    if n <= 1:
        return True
    for turn in (0.0, 0.5):
        angles = [(i + turn) * 2 * math.pi / n for i in range(n)]
        pos = {i: _on_ellipse(rx, ry, t) for i, t in enumerate(angles)}
        if overlapping_pairs(pos, dict(enumerate(boxes)), gap):
            return False
    return True


def ring_radii(groups: list[list[Size]], gap: Size) -> list[tuple[float, float]]:
    """Radii of nested rings, inside out, each just outside the one before and just large
    enough to hold its boxes evenly spaced. A lone innermost actor sits at the centre."""
    radii: list[tuple[float, float]] = []
    prev_w = prev_h = 0.0
    rx = ry = 0.0
    for i, boxes in enumerate(groups):
        w = max((b[0] for b in boxes), default=0.0)
        h = max((b[1] for b in boxes), default=0.0)
        if i == 0 and len(boxes) == 1:
            radii.append((0.0, 0.0))
            prev_w, prev_h = w, h
            continue
        # Clear of the previous ring both sideways (boxes side by side) and up and down.
        # Sideways a ring needs only part of a box's width beyond the one inside it: boxes of
        # neighbouring rings rarely meet at the same angle, and the tidy step parts those that do.
        rx = max(rx + (prev_w + w) / 2 * 0.55 + gap[0], ry * 1.2)
        ry = ry + (prev_h + h) / 2 + gap[1] * 1.2
        for _ in range(80):
            if _ring_holds(rx, ry, boxes, gap):
                break
            rx, ry = rx * 1.05, ry * 1.05
        radii.append((round(rx, 1), round(ry, 1)))
        prev_w, prev_h = w, h
    return radii


def _spread_on_arc(wanted: dict[ActorId, float], rx: float, ry: float, lo: float, span: float,
                   ) -> dict[ActorId, tuple[float, float]]:
    """Place actors evenly on an arc in the order of the angles they would like."""
    if not wanted:
        return {}
    if rx == 0 and ry == 0:
        return {a: (0.0, 0.0) for a in wanted}
    full = span >= 2 * math.pi - 1e-9
    ids = sorted(wanted, key=lambda a: ((wanted[a] - lo) % (2 * math.pi), a))
    n = len(ids)
    angles = _even_angles(n, lo, span)
    if full:
        # Rotate the evenly spaced slots so they sit as close as possible to the wishes.
        offs = [wanted[a] - t for a, t in zip(ids, angles)]
        turn = math.atan2(sum(math.sin(o) for o in offs), sum(math.cos(o) for o in offs))
        angles = [t + turn for t in angles]
    return {a: _on_ellipse(rx, ry, t) for a, t in zip(ids, angles)}


def _wanted_angles(g: nx.Graph, unit: dict[ActorId, tuple[float, float]],
                   current: dict[ActorId, tuple[float, float]], placed: set[ActorId],
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


def _scale_groups(model: Model, sizes: Sizes, gap: Size
                  ) -> list[tuple[str, float, float, list[ActorId]]]:
    """The rings in use, inside out: scale, radii and the actors that belong on them."""
    order = list(SCALES)
    extra = sorted({a.scale for a in model.actors} - set(order))  # outside the known rings
    groups = {s: [a.id for a in model.actors if a.scale == s] for s in (*order, *extra)}
    used = [s for s in groups if groups[s]]
    radii = ring_radii([[sizes[a] for a in groups[s]] for s in used], gap)
    if used and used[0] != "neighbourhood" and radii and radii[0] == (0.0, 0.0):
        # Only the neighbourhood's lone actor takes the very centre.
        radii = ring_radii([[(0.0, 0.0)]] + [[sizes[a] for a in groups[s]] for s in used], gap)[1:]
    return [(s, rx, ry, groups[s]) for s, (rx, ry) in zip(used, radii)]


def scale_rings(model: Model, sizes: Sizes | None = None,
                gap: Size = (GAP_X, GAP_Y)) -> list[tuple[str, float, float]]:
    """The scale lens's rings (scale, horizontal and vertical radius), for drawing guides;
    ``sizes`` as measured for arranging (estimates without them)."""
    sizes = sizes if sizes is not None else {a.id: box_size(a) for a in model.actors}
    return [(s, rx, ry) for s, rx, ry, _ in _scale_groups(model, sizes, gap)]


def _scale(model: Model, g: nx.Graph, movable: set[ActorId], seed: int,
           current: dict[ActorId, tuple[float, float]], sizes: Sizes,
           gap: Size) -> dict[ActorId, tuple[float, float]]:
    unit = _spring(g, seed)
    placed = {a for a in current if a not in movable}
    out: dict[ActorId, tuple[float, float]] = {}
    for _, rx, ry, members in _scale_groups(model, sizes, gap):
        ring = [a for a in members if a in movable]
        if len(ring) == len(members):
            wanted = {a: _angle(*unit[a]) for a in ring}
            out.update(_spread_on_arc(wanted, rx, ry, 0.0, 2 * math.pi))
        elif ring:
            wanted = _wanted_angles(g, unit, current, placed, ring)
            out.update({a: _on_ellipse(rx, ry, wanted[a]) for a in ring})
    return out


def _cell(sizes: Sizes, ids: Iterable[ActorId], gap: Size) -> Size:
    """One grid cell of the helix sectors: most boxes of the map fit in it."""
    ws = sorted(sizes[a][0] for a in ids) or [BOX_MAX_W]
    hs = sorted(sizes[a][1] for a in ids) or [BOX_MIN_H]
    pick = int(0.8 * (len(ws) - 1))
    return ws[pick] + gap[0] * 1.1, hs[pick] + gap[1] * 1.4


def _block_cells(n: int, corner: tuple[float, float], sx: float, sy: float, cell: Size,
                 ) -> list[tuple[float, float]]:
    """At least n grid cells growing away from the centre from an inner corner, nearest first."""
    cw, ch = cell
    cols = max(1, math.ceil(math.sqrt(n * ASPECT * ch / cw)))
    rows = max(1, math.ceil(n / cols)) + (1 if n > cols * 2 else 0)  # room for obstacles
    cells = [(corner[0] + sx * (c + 0.5) * cw, corner[1] + sy * (r + 0.5) * ch)
             for r in range(rows) for c in range(cols)]
    return sorted(cells, key=lambda p: (math.hypot(p[0] / cw, p[1] / ch), p))


def _fill_cells(ids: list[ActorId], cells: list[tuple[float, float]],
                obstacles: list[tuple[float, float]], cell: Size) -> dict[ActorId, tuple[float, float]]:
    """Give each actor the next cell that no obstacle (a box staying put) sits on."""
    free = [c for c in cells
            if all(abs(c[0] - o[0]) >= cell[0] * 0.8 or abs(c[1] - o[1]) >= cell[1] * 0.8
                   for o in obstacles)]
    free += cells  # never run out: the tidy step sorts out what is left
    return {a: free[i] for i, a in enumerate(ids)}


def _helix(model: Model, g: nx.Graph, movable: set[ActorId], seed: int,
           current: dict[ActorId, tuple[float, float]], sizes: Sizes,
           gap: Size) -> dict[ActorId, tuple[float, float]]:
    unit = _spring(g, seed)
    by_type: dict[str, list[ActorId]] = {}
    for a in model.actors:
        by_type.setdefault(a.type, []).append(a.id)
    sector_types = {t for _, types, _ in HELIX_SECTORS for t in types}
    obstacles = [current[a] for a in current if a not in movable]
    cell = _cell(sizes, sizes.keys(), gap)
    cw, ch = cell
    out: dict[ActorId, tuple[float, float]] = {}

    def best_connected_first(ids: list[ActorId]) -> list[ActorId]:
        return sorted(ids, key=lambda a: (-g.degree(a), a))

    # Intermediaries in a block at the centre, where they broker between the sectors.
    middle = by_type.get("intermediary", [])
    cols = max(1, math.ceil(math.sqrt(len(middle) * ASPECT * ch / cw)))
    rows = max(1, math.ceil(len(middle) / cols)) if middle else 0
    mid_w, mid_h = (cols - 1) * cw / 2, (rows - 1) * ch / 2
    cells = sorted(((c * cw - mid_w, r * ch - mid_h) for r in range(rows)
                    for c in range(cols)), key=lambda p: (math.hypot(p[0], p[1] * 2), p))
    mine = [a for a in best_connected_first(middle) if a in movable]
    out.update(_fill_cells(mine, cells, obstacles, cell))

    # One block per sector, in its quadrant, best-connected actors at the inner corner.
    inner_x = mid_w + cw * 0.55 if middle else gap[0]
    inner_y = mid_h + ch * 0.55 if middle else gap[1]
    far_x, far_y = inner_x, inner_y
    for _, types, start in HELIX_SECTORS:
        ids = best_connected_first([a for t in types for a in by_type.get(t, [])])
        if not ids:
            continue
        mid_angle = math.radians(start + 45.0)
        sx, sy = math.copysign(1.0, math.cos(mid_angle)), -math.copysign(1.0, math.sin(mid_angle))
        cells = _block_cells(len(ids), (sx * inner_x, sy * inner_y), sx, sy, cell)
        used = cells[:len(ids)]
        far_x = max(far_x, max(abs(c[0]) for c in used) + cw / 2)
        far_y = max(far_y, max(abs(c[1]) for c in used) + ch / 2)
        mine = [a for a in ids if a in movable]
        out.update(_fill_cells(mine, cells, obstacles + list(out.values()), cell))

    # International actors (and any type outside the vocabulary) on a band just outside the
    # sectors: each at the point of the band in the direction it would like to be.
    outer = [a for t, ids in sorted(by_type.items()) if t not in sector_types
             and t != "intermediary" for a in ids]
    mine = [a for a in outer if a in movable]
    if mine:
        placed = {a for a in current if a not in movable} | set(out)
        wanted = _wanted_angles(g, unit, {**current, **out}, placed, mine)
        if len(mine) == len(outer):
            wanted = {a: t for a, t in zip(sorted(mine, key=lambda a: (wanted[a], a)),
                                           _even_angles(len(mine), math.pi / 4, 2 * math.pi))}
        for a in mine:
            out[a] = _on_band(wanted[a], far_x + gap[0] + sizes[a][0] / 2, far_y + gap[1] + sizes[a][1] / 2)
    return out


def _on_band(theta: float, half_w: float, half_h: float) -> tuple[float, float]:
    """The point of a rectangle (half sizes) in the direction ``theta`` from the centre."""
    dx, dy = math.cos(theta), -math.sin(theta)
    t = min(half_w / abs(dx) if abs(dx) > 1e-9 else math.inf, half_h / abs(dy) if abs(dy) > 1e-9 else math.inf)
    return (dx * t, dy * t)


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
    placed = _LENS_FUNCS[lens](model, g, movable, seed, current, boxes, gap)
    pos = {**current, **placed}
    # Lines are cleared when the whole map is arranged freely; a newcomer keeps the free
    # spot found beside its partners rather than being nudged away from them, rings and
    # sectors keep their shape, and rows (a crowded map) keep their own, closer spacing.
    rows = lens == "free" and actor_ids is None and len(g) >= ROWS_FROM
    links = list(g.edges()) if actor_ids is None and lens == "free" and not rows else []
    moved = tidy(pos, boxes, fixed=set(actors) - movable, phase_places=phase_places(model),
                 links=links, gap=(gap[0] * ROW_GAP_X, gap[1]) if rows else gap)
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
           "scale_rings", "ring_radii", "phase_places", "GAP_X", "GAP_Y"]
