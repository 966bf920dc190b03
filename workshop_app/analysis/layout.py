"""The "arrange" lenses: positions for actors that tell a story at a glance.

* ``free``: a force-directed (spring) layout of every relation active in any phase, so
  partners sit near each other; scaled to the canvas range the demo sessions use.
* ``scale``: concentric rings from the neighbourhood (centre) to the international level
  (outermost); each ring is ordered by the actors' angle in the spring layout, so related
  actors stay near each other.
* ``helix``: four sectors (government top left, industry top right, academia bottom right,
  civil society and citizens bottom left), intermediaries in the middle where they broker,
  international actors on an outer band.

Every lens is deterministic (fixed seed: same session, same picture), never returns pinned
actors, and with ``actor_ids`` places only those actors around the ones already there
("arrange new actors"). Boxes are kept apart using an estimate of each actor's box on the
canvas (the canvas sizes boxes to the name: 110–190 wide, up to three lines), because a map
of overlapping boxes cannot be read from the back of the room. Coordinates are scene units
with y growing downwards, centred on (0, 0).
"""

from __future__ import annotations

import math
from collections import deque
from typing import Iterable

import networkx as nx

from ..domain.model import Actor, ActorId, Model
from ..domain.vocabulary import SCALES

LENSES: dict[str, str] = {
    "free": "Free (related actors close together)",
    "scale": "Scale rings (neighbourhood at the centre, international outside)",
    "helix": "Helix sectors (government, industry, academia, civil society)",
}

# The canvas's box geometry (canvas/items.py), estimated here without Qt.
BOX_MIN_W, BOX_MAX_W, BOX_MIN_H = 110.0, 190.0, 50.0
CHAR_W, LINE_H = 6.8, 16.0
GAP_X, GAP_Y = 24.0, 18.0
# The demo sessions span about ±560 × ±340; a map never gets smaller than that.
MIN_HALF_W, MIN_HALF_H = 560.0, 340.0
RING_STEP_X, RING_STEP_Y = 260.0, 125.0
CELL_W, CELL_H = 230.0, 115.0  # one grid cell of the helix sectors
SPRING_LIMIT = 400

HELIX_SECTORS: tuple[tuple[str, tuple[str, ...], float], ...] = (
    # (label, actor types, start angle in degrees counter-clockwise from east)
    ("Industry", ("private",), 0.0),
    ("Government", ("government",), 90.0),
    ("Civil society and citizens", ("civil_society", "citizens"), 180.0),
    ("Academia", ("academia",), 270.0),
)


def box_size(actor: Actor) -> tuple[float, float]:
    """The estimated width and height of an actor's box on the canvas (with a role line)."""
    single = len(actor.name) * CHAR_W + 24.0
    w = max(BOX_MIN_W, min(BOX_MAX_W, single))
    lines = min(3, max(1, math.ceil(len(actor.name) * CHAR_W / (w - 14.0))))
    h = max(BOX_MIN_H, lines * LINE_H + LINE_H + 16.0)
    return w, h


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


def _extent(n: int) -> tuple[float, float]:
    """Half width and height of a map for n actors: roomy enough to keep boxes apart."""
    area = max(4 * MIN_HALF_W * MIN_HALF_H, n * 3.2 * (170.0 + GAP_X) * (60.0 + GAP_Y))
    half_w = math.sqrt(area * MIN_HALF_W / MIN_HALF_H) / 2
    return half_w, half_w * MIN_HALF_H / MIN_HALF_W


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
    cx = sum(float(p[0]) for p in pos.values()) / len(pos)
    cy = sum(float(p[1]) for p in pos.values()) / len(pos)
    sx = max(abs(float(p[0]) - cx) for p in pos.values()) or 1.0
    sy = max(abs(float(p[1]) - cy) for p in pos.values()) or 1.0
    return {n: ((float(x) - cx) / sx, (float(y) - cy) / sy) for n, (x, y) in pos.items()}


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


# -- keeping boxes apart ------------------------------------------------------------------
def separate(pos: dict[ActorId, tuple[float, float]], sizes: dict[ActorId, tuple[float, float]],
             movable: set[ActorId], *, rounds: int = 300) -> dict[ActorId, tuple[float, float]]:
    """Push overlapping boxes apart, moving only ``movable`` actors.

    Each overlap is resolved along its shallower axis (usually vertically, as boxes are
    wide), half by each box when both may move. Neighbours are found through a grid, so a
    round costs about one pass over the actors.
    """
    cur = {a: (float(x), float(y)) for a, (x, y) in pos.items()}
    cell_w = max(w for w, _ in sizes.values()) + GAP_X if sizes else 1.0
    cell_h = max(h for _, h in sizes.values()) + GAP_Y if sizes else 1.0
    order = sorted(cur)
    for _ in range(rounds):
        grid: dict[tuple[int, int], list[ActorId]] = {}
        for a in order:
            x, y = cur[a]
            grid.setdefault((math.floor(x / cell_w), math.floor(y / cell_h)), []).append(a)
        moved = False
        for a in order:
            if a not in movable:
                continue
            ax, ay = cur[a]
            cx, cy = math.floor(ax / cell_w), math.floor(ay / cell_h)
            for gx in (cx - 1, cx, cx + 1):
                for gy in (cy - 1, cy, cy + 1):
                    for b in grid.get((gx, gy), ()):
                        if b == a or (b in movable and b < a):
                            continue
                        moved |= _push_apart(cur, sizes, movable, a, b)
        if not moved:
            break
    return {a: cur[a] for a in movable}


def _push_apart(cur: dict[ActorId, tuple[float, float]], sizes: dict[ActorId, tuple[float, float]],
                movable: set[ActorId], a: ActorId, b: ActorId) -> bool:
    (ax, ay), (bx, by) = cur[a], cur[b]
    need_x = (sizes[a][0] + sizes[b][0]) / 2 + GAP_X
    need_y = (sizes[a][1] + sizes[b][1]) / 2 + GAP_Y
    dx, dy = bx - ax, by - ay
    over_x, over_y = need_x - abs(dx), need_y - abs(dy)
    if over_x <= 0 or over_y <= 0:
        return False
    share = 0.5 if b in movable else 1.0
    if over_y * (need_x / need_y) <= over_x:  # the shallower way out, in box proportions
        sign = 1.0 if dy > 0 or (dy == 0 and a < b) else -1.0
        shift = (over_y + 0.5) * share * sign
        cur[a] = (ax, ay - shift)
        if b in movable:
            cur[b] = (bx, by + shift)
    else:
        sign = 1.0 if dx > 0 or (dx == 0 and a < b) else -1.0
        shift = (over_x + 0.5) * share * sign
        cur[a] = (ax - shift, ay)
        if b in movable:
            cur[b] = (bx + shift, by)
    return True


# -- the lenses ---------------------------------------------------------------------------
def _free(model: Model, g: nx.Graph, movable: set[ActorId], seed: int,
          current: dict[ActorId, tuple[float, float]]) -> dict[ActorId, tuple[float, float]]:
    half_w, half_h = _extent(g.number_of_nodes())
    staying = [n for n in g if n not in movable and not model.actor(n).pinned]
    if not staying:
        # The whole map (pins stay where they are and the others make room afterwards).
        # Actors without any relation would fly to the edge and squeeze everybody else into
        # the middle; they wait in tidy columns at the right instead.
        alone = sorted(a for a in g if g.degree(a) == 0 and a in movable)
        core = g.subgraph([a for a in g if g.degree(a) > 0])
        unit = _spring(core, seed)
        out = {a: (x * half_w, y * half_h) for a, (x, y) in unit.items() if a in movable}
        out.update(_parking(alone, half_w + 240.0 if unit else 0.0, half_h))
        return out
    # New actors only: each goes to the free spot nearest its partners' centre (or, without
    # partners, nearest its place in the spring picture), so nobody else has to move.
    unit = _spring(g, seed)
    sizes = {a.id: box_size(a) for a in model.actors}
    placed = {a: current[a] for a in current if a not in movable}
    out = {}
    for a in sorted(movable, key=lambda a: (-sum(1 for b in g[a] if b in placed), a)):
        partners = [placed[b] for b in g[a] if b in placed]
        if partners:
            want = (sum(p[0] for p in partners) / len(partners),
                    sum(p[1] for p in partners) / len(partners))
        else:
            want = (unit[a][0] * half_w, unit[a][1] * half_h)
        out[a] = placed[a] = _nearest_free(a, want, placed, sizes)
    return out


def _nearest_free(actor: ActorId, want: tuple[float, float],
                  placed: dict[ActorId, tuple[float, float]],
                  sizes: dict[ActorId, tuple[float, float]]) -> tuple[float, float]:
    """The first spot on a widening spiral around ``want`` with room around the box.

    The margin is wider than the separation pass's gap so that the new actor's relations
    have length enough to show their labels.
    """
    w, h = sizes[actor]

    def clear(x: float, y: float) -> bool:
        return all(abs(x - px) >= (w + sizes[b][0]) / 2 + 3 * GAP_X
                   or abs(y - py) >= (h + sizes[b][1]) / 2 + 3 * GAP_Y
                   for b, (px, py) in placed.items() if b != actor)

    for ring in range(0, 200):
        steps = max(1, 8 * ring)
        for i in range(steps):
            theta = 2 * math.pi * i / steps
            x, y = want[0] + ring * 45.0 * math.cos(theta), want[1] + ring * 30.0 * math.sin(theta)
            if clear(x, y):
                return (x, y)
    return want  # a crowded canvas indeed: the separation pass will still make room


def _parking(ids: list[ActorId], left: float, half_h: float) -> dict[ActorId, tuple[float, float]]:
    """Columns of actors, top to bottom, starting at x = ``left`` and centred vertically."""
    if not ids:
        return {}
    row_h = 90.0
    per_col = max(1, int(2 * half_h / row_h) + 1)
    out = {}
    for i, a in enumerate(ids):
        col, row = divmod(i, per_col)
        rows = min(per_col, len(ids) - col * per_col)
        out[a] = (left + col * 230.0, (row - (rows - 1) / 2) * row_h)
    return out


def _ring_radii(counts: list[int], start_rx: float, start_ry: float) -> list[tuple[float, float]]:
    """Radii of consecutive rings that each hold their actors (about 200 units apiece)."""
    radii: list[tuple[float, float]] = []
    rx, ry = start_rx, start_ry
    for n in counts:
        while _ellipse_perimeter(rx, ry) < n * 200.0:
            rx, ry = rx + RING_STEP_X / 3, ry + RING_STEP_Y / 3
        radii.append((rx, ry))
        rx, ry = rx + RING_STEP_X, ry + RING_STEP_Y
    return radii


def _ellipse_perimeter(rx: float, ry: float) -> float:
    return math.pi * (3 * (rx + ry) - math.sqrt((3 * rx + ry) * (rx + 3 * ry)))


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
    if full:
        step = span / n
        # Rotate the evenly spaced slots so they sit as close as possible to the wishes.
        offs = [wanted[a] - i * step for i, a in enumerate(ids)]
        lo = math.atan2(sum(math.sin(o) for o in offs), sum(math.cos(o) for o in offs))
        return {a: _on_ellipse(rx, ry, lo + i * step) for i, a in enumerate(ids)}
    step = span / n
    return {a: _on_ellipse(rx, ry, lo + (i + 0.5) * step) for i, a in enumerate(ids)}


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


def _scale_groups(model: Model) -> list[tuple[str, float, float, list[ActorId]]]:
    """The rings in use, inside out: scale, radii and the actors that belong on them."""
    order = list(SCALES)
    extra = sorted({a.scale for a in model.actors} - set(order))  # outside the known rings
    groups = {s: [a.id for a in model.actors if a.scale == s] for s in (*order, *extra)}
    used = [s for s in groups if groups[s]]
    counts = [len(groups[s]) for s in used]
    if used and used[0] == "neighbourhood" and counts[0] == 1:  # one actor: the very centre
        radii = [(0.0, 0.0)] + _ring_radii(counts[1:], RING_STEP_X, RING_STEP_Y)
    else:
        radii = _ring_radii(counts, RING_STEP_X, RING_STEP_Y)
    return [(s, rx, ry, groups[s]) for s, (rx, ry) in zip(used, radii)]


def scale_rings(model: Model) -> list[tuple[str, float, float]]:
    """The scale lens's rings (scale, horizontal and vertical radius), for drawing guides."""
    return [(s, rx, ry) for s, rx, ry, _ in _scale_groups(model)]


def _scale(model: Model, g: nx.Graph, movable: set[ActorId], seed: int,
           current: dict[ActorId, tuple[float, float]]) -> dict[ActorId, tuple[float, float]]:
    unit = _spring(g, seed)
    placed = {a for a in current if a not in movable}
    out: dict[ActorId, tuple[float, float]] = {}
    for _, rx, ry, members in _scale_groups(model):
        ring = [a for a in members if a in movable]
        if len(ring) == len(members):
            wanted = {a: _angle(*unit[a]) for a in ring}
            out.update(_spread_on_arc(wanted, rx, ry, 0.0, 2 * math.pi))
        elif ring:
            wanted = _wanted_angles(g, unit, current, placed, ring)
            out.update({a: _on_ellipse(rx, ry, wanted[a]) for a in ring})
    return out


def _block_cells(n: int, corner: tuple[float, float], sx: float, sy: float,
                 ) -> list[tuple[float, float]]:
    """At least n grid cells growing away from the centre from an inner corner, nearest first."""
    cols = max(1, math.ceil(math.sqrt(n * 1.6)))
    rows = max(1, math.ceil(n / cols)) + 1  # a spare row for obstacles and newcomers
    cells = [(corner[0] + sx * c * CELL_W, corner[1] + sy * r * CELL_H)
             for r in range(rows) for c in range(cols)]
    return sorted(cells, key=lambda p: (math.hypot(p[0] / CELL_W, p[1] / CELL_H), p))


def _fill_cells(ids: list[ActorId], cells: list[tuple[float, float]],
                obstacles: list[tuple[float, float]]) -> dict[ActorId, tuple[float, float]]:
    """Give each actor the next cell that no obstacle (a box staying put) sits on."""
    free = [c for c in cells
            if all(abs(c[0] - o[0]) >= CELL_W * 0.8 or abs(c[1] - o[1]) >= CELL_H * 0.8
                   for o in obstacles)]
    free += cells  # never run out: the separation pass sorts out what is left
    return {a: free[i] for i, a in enumerate(ids)}


def _helix(model: Model, g: nx.Graph, movable: set[ActorId], seed: int,
           current: dict[ActorId, tuple[float, float]]) -> dict[ActorId, tuple[float, float]]:
    unit = _spring(g, seed)
    by_type: dict[str, list[ActorId]] = {}
    for a in model.actors:
        by_type.setdefault(a.type, []).append(a.id)
    sector_types = {t for _, types, _ in HELIX_SECTORS for t in types}
    obstacles = [current[a] for a in current if a not in movable]
    out: dict[ActorId, tuple[float, float]] = {}

    def best_connected_first(ids: list[ActorId]) -> list[ActorId]:
        return sorted(ids, key=lambda a: (-g.degree(a), a))

    # Intermediaries in a block at the centre, where they broker between the sectors.
    middle = by_type.get("intermediary", [])
    cols = max(1, math.ceil(math.sqrt(len(middle))))
    rows = max(1, math.ceil(len(middle) / cols)) if middle else 0
    mid_w, mid_h = (cols - 1) * CELL_W / 2, (rows - 1) * CELL_H / 2
    cells = sorted(((c * CELL_W - mid_w, r * CELL_H - mid_h) for r in range(rows)
                    for c in range(cols)), key=lambda p: (math.hypot(p[0], p[1] * 2), p))
    mine = [a for a in best_connected_first(middle) if a in movable]
    out.update(_fill_cells(mine, cells, obstacles))

    # One block per sector, in its quadrant, best-connected actors at the inner corner.
    inner_x = mid_w + CELL_W * 0.8 if middle else CELL_W * 0.6
    inner_y = mid_h + CELL_H if middle else CELL_H * 0.6
    far_x, far_y = inner_x, inner_y
    for _, types, start in HELIX_SECTORS:
        ids = best_connected_first([a for t in types for a in by_type.get(t, [])])
        if not ids:
            continue
        mid_angle = math.radians(start + 45.0)
        sx, sy = math.copysign(1.0, math.cos(mid_angle)), -math.copysign(1.0, math.sin(mid_angle))
        cells = _block_cells(len(ids), (sx * inner_x, sy * inner_y), sx, sy)
        far_x = max(far_x, max(abs(c[0]) for c in cells))
        far_y = max(far_y, max(abs(c[1]) for c in cells))
        mine = [a for a in ids if a in movable]
        out.update(_fill_cells(mine, cells, obstacles + list(out.values())))

    # International actors (and any type outside the vocabulary) on a ring around it all.
    outer = [a for t, ids in sorted(by_type.items()) if t not in sector_types
             and t != "intermediary" for a in ids]
    mine = [a for a in outer if a in movable]
    if mine:
        rx, ry = _ring_radii([len(outer)], (far_x + CELL_W) * 1.25, (far_y + CELL_H) * 1.25)[0]
        placed = {a for a in current if a not in movable} | set(out)
        wanted = _wanted_angles(g, unit, {**current, **out}, placed, mine)
        out.update(_spread_on_arc(wanted, rx, ry, 0.0, 2 * math.pi) if len(mine) == len(outer)
                   else {a: _on_ellipse(rx, ry, wanted[a]) for a in mine})
    return out


_LENS_FUNCS = {"free": _free, "scale": _scale, "helix": _helix}


def arrange(model: Model, lens: str, *, actor_ids: set[int] | None = None,
            seed: int = 7) -> dict[int, tuple[float, float]]:
    """New base positions for the actors a lens may move (never pinned ones).

    With ``actor_ids`` only those actors move and everybody else is an obstacle to keep
    clear of. Raises ``ValueError`` for an unknown lens or actor.
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
    current = {a.id: (a.x, a.y) for a in actors.values()}
    g = _relation_graph(model)
    placed = _LENS_FUNCS[lens](model, g, movable, seed, current)
    pos = {**current, **placed}
    sizes = {a: box_size(actors[a]) for a in actors}
    out = separate(pos, sizes, movable)
    return {a: (round(x, 1), round(y, 1)) for a, (x, y) in sorted(out.items())}


def overlaps(model: Model, positions: dict[int, tuple[float, float]] | None = None
             ) -> list[tuple[int, int]]:
    """Pairs of actors whose estimated boxes touch (after applying ``positions``)."""
    actors = model.actors
    pos = {a.id: (a.x, a.y) for a in actors}
    pos.update(positions or {})
    sizes = {a.id: box_size(a) for a in actors}
    ids = sorted(pos)
    found = []
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            if (abs(pos[a][0] - pos[b][0]) < (sizes[a][0] + sizes[b][0]) / 2
                    and abs(pos[a][1] - pos[b][1]) < (sizes[a][1] + sizes[b][1]) / 2):
                found.append((a, b))
    return found


__all__ = ["arrange", "LENSES", "HELIX_SECTORS", "box_size", "separate", "overlaps",
           "scale_rings"]
