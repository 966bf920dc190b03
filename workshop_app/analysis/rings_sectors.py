"""The scale rings and the helix sectors, grown from the boxes.

Both lenses place every box with :func:`packing.place` (the free spot nearest the centre
that the lens allows), so a ring or a sector is exactly as large as its boxes and the map
has no empty middle:

* scale rings: filled inside out, each ring beyond the farthest box of the ring inside it
  (a full ring takes more rows), towards the side the spring picture pulls each actor; the
  outermost ring also fills the map's corners. A ring's edge is drawn as a guide.
* helix sectors: intermediaries in a round cluster at the centre, where they broker; each
  sector a block in its own quadrant, packed row by row away from the axes around that
  cluster (best-connected first), the four blocks' widths chosen together so that a screen
  shows the map largest; international actors (and types outside the vocabulary) just
  beyond the sectors, towards their partners; each sector's name in a free spot of its
  quadrant's outer part, away from the middle where the relations between sectors cross.

A whole map (a *plan*) depends only on the actors, their boxes and the relations, so it is
kept: the canvas asks for the rings' edges and the sectors' names on every change.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..domain.i18n import N_
from ..domain.model import ActorId, Model
from ..domain.vocabulary import SCALES
from . import packing
from .spring import direction, relation_graph, spring_picture, wanted_angles
from .tidy import Size

if TYPE_CHECKING:  # pragma: no cover - annotations only: networkx loads with the first graph
    import networkx as nx

RING_ASPECTS = (1.5, 1.85, 2.2)  # shapes of the ellipses rings grow on, tried in turn
TURN_COSTS = (0.06, 0.15)  # how hard a ring's boxes keep to their partners' side, tried in turn
MIDDLE_ASPECTS = (0.7, 1.0)  # the intermediaries' cluster, about round: every sector starts close to it
BLOCK_TRIES = 10  # widths tried for each sector's block
LABEL_CHAR_W, LABEL_H = 14.5, 24.0  # a sector's name on the canvas, per capital and its height

HELIX_SECTORS: tuple[tuple[str, tuple[str, ...], float], ...] = (
    # (label, actor types, start angle in degrees counter-clockwise from east)
    (N_("Industry"), ("private",), 0.0),
    (N_("Government"), ("government",), 90.0),
    (N_("Civil society and citizens"), ("civil_society", "citizens"), 180.0),
    (N_("Academia"), ("academia",), 270.0),
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


def _gaps(gap: Size) -> tuple[Size, ...]:
    """The gaps a lens tries: the close one of a packed map and the usual one (the tidy step
    keeps the close one, so either is safe); packing is a greedy game, and one of the two
    usually packs noticeably tighter."""
    return (gap, (gap[0] / packing.ROW_GAP_X, gap[1] / packing.ROW_GAP_Y))


def _scale_order(model: Model) -> list[tuple[str, list[ActorId]]]:
    """The scales in use, inside out (unknown scales outside the known ones), with their actors."""
    order = list(SCALES)
    extra = sorted({a.scale for a in model.actors} - set(order))
    groups = {s: [a.id for a in model.actors if a.scale == s] for s in (*order, *extra)}
    return [(s, groups[s]) for s in groups if groups[s]]


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
    unit = spring_picture(g, seed)
    wish = {a: direction(*unit[a]) for a in unit}
    groups = _scale_order(model)
    best: tuple[float, _Plan] | None = None
    for aspect, room, turn_cost in itertools.product(RING_ASPECTS, _gaps(gap), TURN_COSTS):
        placed: dict[Hashable, tuple[float, float]] = {}
        edges: list[tuple[str, float]] = []
        floor = 0.0
        for n, (scale, ids) in enumerate(groups):
            outermost = 0 < n == len(groups) - 1
            for a in sorted(ids, key=lambda a: (wish.get(a, 0.0), a)):
                packing.place(a, placed, sizes, room, aspect, floor=floor, wish=wish.get(a),
                              compact=packing.VIEW_ASPECT if outermost else None, turn_cost=turn_cost)
            floor = max(packing.reach(*placed[a], aspect) for a in ids) + room[1]
            edges.append((scale, math.floor(floor * 10) / 10))  # never beyond the next ring's boxes
        score = packing.screen_score(placed, sizes, packing.VIEW_ASPECT)
        if best is None or score < best[0] - 1e-6:
            best = (score, _Plan(aspect, placed, edges))
    assert best is not None
    return best[1]


def scale_rings(model: Model, sizes: Sizes, gap: Size, seed: int = 7) -> list[tuple[str, float, float]]:
    """The scale lens's rings (scale, horizontal and vertical radius), inside out: each
    ring's outer edge, as the lens lays the rings out with these boxes and this gap."""
    if not model.actors:
        return []
    plan = _ring_plan(model, relation_graph(model), sizes, packing.packed_gap(gap), seed)
    return [(s, round(r * plan.aspect, 1), r) for s, r in plan.edges]


def scale_lens(model: Model, g: nx.Graph, movable: set[ActorId], seed: int,
               current: dict[ActorId, tuple[float, float]], sizes: Sizes,
               gap: Size) -> dict[ActorId, tuple[float, float]]:
    """Rings from the neighbourhood (centre) to the international level (outside), each as
    large as its boxes (see :func:`_ring_plan`)."""
    plan = _ring_plan(model, g, sizes, gap, seed)
    staying = {a: current[a] for a in current if a not in movable}
    if not staying:
        return {a: plan.places[a] for a in movable}
    # Some actors stay: the others go to the free spot of their ring nearest their partners.
    unit = spring_picture(g, seed)
    floors = dict(zip([s for s, _ in plan.edges], [0.0] + [r for _, r in plan.edges[:-1]]))
    wanted = wanted_angles(g, unit, current, set(staying), movable)
    placed: dict[Hashable, tuple[float, float]] = dict(staying)
    for a in sorted(movable, key=lambda a: (wanted[a], a)):
        packing.place(a, placed, sizes, gap, plan.aspect, floor=floors[model.actor(a).scale], wish=wanted[a])
    return {a: placed[a] for a in movable}


def _quadrant(start: float) -> tuple[float, float]:
    """The signs of x and y (scene, y down) of a sector's quadrant from its start angle."""
    mid = math.radians(start + 45.0)
    return math.copysign(1.0, math.cos(mid)), -math.copysign(1.0, math.sin(mid))


def _sector_label(label: str) -> Size:
    """Room for a sector's name, as the canvas's guides draw it (capitals, 17 px bold)."""
    return (len(label) * LABEL_CHAR_W, LABEL_H)


def helix_labels(model: Model, sizes: Sizes, gap: Size, seed: int = 7) -> dict[str, tuple[float, float]]:
    """Where the helix lens leaves room for each sector's name (its centre), as the lens
    lays the sectors out with these boxes and this gap; the canvas's guides write them there."""
    if not model.actors:
        return {}
    g = relation_graph(model)
    gap = packing.packed_gap(gap)
    plan = _cached(_plan_key(model, g, sizes, gap, seed, "helix"),
                   lambda: _make_helix_plan(model, g, sizes, gap, seed, {}))
    return {label: plan.places[("label", label)] for label, _, _ in HELIX_SECTORS
            if ("label", label) in plan.places}


def _make_helix_plan(model: Model, g: nx.Graph, sizes: Sizes, gap: Size, seed: int,
                     staying: Mapping[ActorId, tuple[float, float]]) -> _Plan:
    """Places for every actor not in ``staying`` and, for a whole map, for the sectors' names
    (see :func:`helix_lens`)."""
    unit = spring_picture(g, seed)
    by_type: dict[str, list[ActorId]] = {}
    for a in model.actors:
        if a.id not in staying:
            by_type.setdefault(a.type, []).append(a.id)
    sector_types = {t for _, types, _ in HELIX_SECTORS for t in types}
    types: dict[Hashable, str] = {a.id: a.type for a in model.actors}

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
    for room, middle_aspect in itertools.product(_gaps(gap), MIDDLE_ASPECTS):
        placed: dict[Hashable, tuple[float, float]] = dict(staying)
        for a in middle:  # a roundish cluster: every sector starts just beyond it
            packing.place(a, placed, all_sizes, room, middle_aspect, wish=direction(*unit[a]))
        inner = max((math.hypot(*placed[a]) for a in placed if types.get(a) == "intermediary"), default=0.0)
        options = [] if staying else [
            o for o in _sector_blocks(placed, sectors, all_sizes, room)  # every sector beyond the middle
            if all(math.hypot(*o[a]) > inner for _, ids in sectors for a in ids)]
        if not options:
            options = [_grow_sectors(placed, sectors, all_sizes, room, inner)]
        for option in options:
            at = dict(option)
            # Beyond the sector of the quadrant it lands in, on one axis at least.
            far: dict[tuple[bool, bool], tuple[float, float]] = {}
            for a in (a for a in at if types.get(a) in sector_types):
                x, y = at[a]
                fx, fy = far.get((x > 0, y > 0), (0.0, 0.0))
                far[(x > 0, y > 0)] = (max(fx, abs(x)), max(fy, abs(y)))

            def outside(x: float, y: float, _size: Size) -> bool:
                fx, fy = far.get((x > 0, y > 0), (0.0, 0.0))
                return abs(x) > fx + 1.0 or abs(y) > fy + 1.0

            wanted = wanted_angles(g, unit, at, set(at), outer)
            for a in sorted(outer, key=lambda a: (wanted[a], a)):
                packing.place(a, at, all_sizes, room, packing.VIEW_ASPECT, wish=wanted[a], allowed=outside,
                              compact=packing.VIEW_ASPECT)
            if not staying:
                _place_sector_names(at, sectors, all_sizes, room)
            score = packing.screen_score(at, all_sizes, packing.VIEW_ASPECT)
            if best is None or score < best[0] - 1e-6:
                best = (score, _Plan(packing.VIEW_ASPECT, {a: p for a, p in at.items() if a not in staying}, []))
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
        far = max(packing.reach(*at[a], packing.VIEW_ASPECT) for a in ids)

        def outer(x: float, y: float, size: Size, sx: float = sx, sy: float = sy, far: float = far) -> bool:
            return (x * sx >= size[0] / 2 + gap[0] / 2 and y * sy >= size[1] / 2 + gap[1] / 2
                    and packing.reach(x, y, packing.VIEW_ASPECT) >= far * 0.75)
        packing.place(("label", label), at, sizes, gap, packing.VIEW_ASPECT, wish=direction(sx, sy), allowed=outer,
                      compact=packing.VIEW_ASPECT)


def _grow_sectors(placed: dict[Hashable, tuple[float, float]], sectors: list[tuple[tuple[float, float], list[Hashable]]],
                  sizes: Mapping[Hashable, Size], gap: Size, inner: float) -> dict[Hashable, tuple[float, float]]:
    """Sector actors around the actors already placed, each at the free spot of its quadrant
    nearest the centre and farther from it than ``inner`` (the intermediaries)."""
    at = dict(placed)
    for (sx, sy), ids in sectors:
        def in_quadrant(x: float, y: float, size: Size, sx: float = sx, sy: float = sy) -> bool:
            return (x * sx >= size[0] / 2 + gap[0] / 2 and y * sy >= size[1] / 2 + gap[1] / 2
                    and math.hypot(x, y) > inner + 1.0)
        for a in ids:
            packing.place(a, at, sizes, gap, packing.VIEW_ASPECT, wish=direction(sx, sy), allowed=in_quadrant)
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
    dims = [[(w, h) for _, w, h in b] for b in blocks]
    ranked = []
    for choice in itertools.product(*(range(len(b)) for b in blocks)):
        left, right, top, bottom = -mid_l, mid_r, -mid_t, mid_b
        for (sx, sy), q, i in zip(quads, dims, choice):
            w, h = q[i]
            if sx < 0:
                left = w if w > left else left
            else:
                right = w if w > right else right
            if sy < 0:
                top = h if h > top else top
            else:
                bottom = h if h > bottom else bottom
        ranked.append((max((left + right) / packing.VIEW_ASPECT, top + bottom), choice))
    ranked.sort()
    out = []
    for _, choice in ranked[:3]:
        at = dict(placed)
        for b, i in zip(blocks, choice):
            at.update(b[i][0])
        out.append(at)
    return out


def helix_lens(model: Model, g: nx.Graph, movable: set[ActorId], seed: int,
               current: dict[ActorId, tuple[float, float]], sizes: Sizes,
               gap: Size) -> dict[ActorId, tuple[float, float]]:
    """Four sectors (government top left, industry top right, academia bottom right, civil
    society and citizens bottom left), each a block in its own quadrant with its
    best-connected actors nearest the middle; intermediaries at the centre, where they
    broker; international actors (and types outside the vocabulary) just beyond the
    sectors, towards their partners. Newcomers go to the free spot of their sector nearest
    the centre, around the actors already there."""
    staying = {a: current[a] for a in current if a not in movable}
    if staying:
        plan = _make_helix_plan(model, g, sizes, gap, seed, staying)
    else:
        plan = _cached(_plan_key(model, g, sizes, gap, seed, "helix"),
                       lambda: _make_helix_plan(model, g, sizes, gap, seed, {}))
    return {a: plan.places[a] for a in movable if a in plan.places}


__all__ = ["HELIX_SECTORS", "helix_labels", "helix_lens", "scale_lens", "scale_rings"]
