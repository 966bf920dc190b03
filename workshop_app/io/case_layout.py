"""Where a case's actors go on the map: a readable picture the moment a demo opens.

Split from ``cases.py`` (which reads the case file and builds the session) because the layout
is geometry, not evidence. Same input, same output: the demo sessions are compared with a
fresh build in the tests.
"""

from __future__ import annotations

import math
from typing import Any

import networkx as nx

from ..analysis.layout import extent_for, name_box
from ..analysis.tidy import tidy

# Scene geometry the layout aims at: a 1280x800 canvas with ~160x56 actor boxes.
HALF_WIDTH = 560.0
HALF_HEIGHT = 340.0
MIN_DX = 185.0
MIN_DY = 80.0
# Demos are laid out for the projector's boxes (canvas ``LAYOUT_SCALE``): estimated boxes at
# this label scale keep this gap, so no names overlap on the wall or on a laptop.
LAYOUT_SCALE = 1.25
LAYOUT_GAP = (24.0 * LAYOUT_SCALE, 18.0 * LAYOUT_SCALE)
LAYOUT_SEED = 20240607
RANK_MIX = 0.5

def layout_actors(
    actor_keys: list[str], pairs: list[tuple[str, str]], names: dict[str, str] | None = None,
) -> dict[str, tuple[float, float]]:
    """Scene centres for the actors: seeded spring layouts, packed, stretched, de-overlapped.

    A spring layout (numpy only, no scipy) over the union of all phases' relations keeps
    partners near each other. Each connected group gets its own slot across the canvas
    (wider for bigger groups) and actors without relations share a column at the right,
    because one spring layout of several groups pushes them into the corners. The final pass
    pushes boxes apart so no two labels overlap: with ``names``, the tidy step of the lenses
    at the projector's box size (which also keeps lines from running under boxes), else a
    fixed minimum distance. Same input, same output.
    """
    if not actor_keys:
        return {}
    order = {k: i for i, k in enumerate(actor_keys)}
    g = nx.Graph()
    g.add_nodes_from(actor_keys)
    for a, b in pairs:
        w = g.get_edge_data(a, b, {"weight": 0})["weight"]
        g.add_edge(a, b, weight=w + 1)
    groups = sorted(
        (sorted(c, key=order.__getitem__) for c in nx.connected_components(g) if len(c) > 1),
        key=lambda c: (-len(c), order[c[0]]),
    )
    loners = sorted((k for k in actor_keys if g.degree(k) == 0), key=order.__getitem__)
    slots: list[tuple[float, dict[str, tuple[float, float]]]] = []
    for group in groups:
        slots.append((math.sqrt(len(group)), _group_layout(g.subgraph(group), group)))
    if loners:
        n = len(loners)
        column = {k: (0.0, 0.0 if n == 1 else 1.0 - 2.0 * i / (n - 1)) for i, k in enumerate(loners)}
        slots.append((1.0, column))
    total = sum(w for w, _ in slots)
    pos: dict[str, list[float]] = {}
    half_w, half_h = HALF_WIDTH, HALF_HEIGHT
    if names is not None:  # as much room as the boxes need, so a small case is shown large
        sizes = {k: name_box(names[k], LAYOUT_SCALE) for k in actor_keys}
        half_w, half_h = extent_for(sizes.values(), LAYOUT_GAP)
    left = -half_w
    for width, local in slots:
        span = 2 * half_w * width / total
        centre = left + span / 2
        # Keep a slot's boxes inside it: the box half-width is ~MIN_DX / 2.
        half = max(0.0, span / 2 - MIN_DX / 2) if len(slots) > 1 else half_w
        for k, (x, y) in local.items():
            pos[k] = [centre + x * half, y * half_h]
        left += span
    _separate(actor_keys, pos)
    if names is not None:
        index = {k: i for i, k in enumerate(actor_keys)}
        sizes = {index[k]: name_box(names[k], LAYOUT_SCALE) for k in actor_keys}
        at = {index[k]: (pos[k][0], pos[k][1]) for k in actor_keys}
        links = [(index[a], index[b]) for a, b in pairs if a in index and b in index]
        for i, place in tidy(at, sizes, links=links, gap=LAYOUT_GAP).items():
            pos[actor_keys[i]] = list(place)
    return {k: (float(round(pos[k][0])), float(round(pos[k][1]))) for k in actor_keys}


def _group_layout(g: nx.Graph, keys: list[str]) -> dict[str, tuple[float, float]]:
    """A spring layout of one connected group, each axis stretched to [-1, 1]."""
    init = nx.circular_layout(keys)
    raw = nx.spring_layout(g, pos=init, seed=LAYOUT_SEED, iterations=300, weight="weight")
    xs = _spread([float(raw[k][0]) for k in keys])
    ys = _spread([float(raw[k][1]) for k in keys])
    return {k: (xs[i], ys[i]) for i, k in enumerate(keys)}


def _spread(values: list[float]) -> list[float]:
    """Stretch to [-1, 1], half by value and half by rank.

    Spring layouts bunch hubs' neighbours together and leave corners empty; mixing in the
    rank evens the spacing while keeping every actor on the same side of its neighbours.
    """
    n = len(values)
    if n == 1:
        return [0.0]
    ranks = sorted(range(n), key=lambda i: (values[i], i))
    by_rank = [0.0] * n
    for r, i in enumerate(ranks):
        by_rank[i] = 2.0 * r / (n - 1) - 1.0
    return [(1 - RANK_MIX) * _stretch(v, values, 1.0) + RANK_MIX * by_rank[i]
            for i, v in enumerate(values)]


def _stretch(v: float, values: Any, half: float) -> float:
    vals = list(values)
    lo, hi = min(vals), max(vals)
    if hi - lo < 1e-12:
        return 0.0
    return (2.0 * (v - lo) / (hi - lo) - 1.0) * half


def _separate(keys: list[str], pos: dict[str, list[float]], sweeps: int = 2000) -> None:
    """Push overlapping boxes apart along the axis that needs the smaller move.

    Pairs are visited in a fixed order and each move is shared by both boxes, so the result
    depends only on the input. Boxes end at least one unit further apart than required, so
    rounding both centres to whole scene units cannot bring them too close again.
    """
    need_x, need_y = MIN_DX + 1.0, MIN_DY + 1.0
    goal_x, goal_y = need_x + 0.5, need_y + 0.5  # a margin so float noise ends the loop
    for _ in range(sweeps):
        moved = False
        for i, a in enumerate(keys):
            for j in range(i + 1, len(keys)):
                b = keys[j]
                dx = pos[b][0] - pos[a][0]
                dy = pos[b][1] - pos[a][1]
                if abs(dx) >= need_x or abs(dy) >= need_y:
                    continue
                over_x = goal_x - abs(dx)
                over_y = goal_y - abs(dy)
                # Vertical moves are cheaper (boxes are wide and flat); prefer them on ties.
                if over_y <= over_x:
                    sign = 1.0 if dy > 0 or (dy == 0 and dx >= 0) else -1.0
                    pos[a][1] -= sign * over_y / 2
                    pos[b][1] += sign * over_y / 2
                else:
                    sign = 1.0 if dx >= 0 else -1.0
                    pos[a][0] -= sign * over_x / 2
                    pos[b][0] += sign * over_x / 2
                moved = True
        if not moved:
            return
    raise RuntimeError("actor layout: overlapping boxes could not be separated")


__all__ = ["HALF_HEIGHT", "HALF_WIDTH", "LAYOUT_GAP", "LAYOUT_SCALE", "MIN_DX", "MIN_DY",
           "layout_actors"]
