"""The spring picture every lens starts from: who sits near whom.

A force-directed (spring) layout of the relations of every phase puts partners near each
other; the free lens scales it to the map, and the rings and sectors ask it only for the
direction each actor leans towards, so that related actors end up on the same side. Pure
(networkx, no Qt), deterministic for a seed. Coordinates have y growing downwards.
"""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from ..domain.model import ActorId, Model
from .graphs import networkx

if TYPE_CHECKING:  # pragma: no cover - networkx itself loads with the first graph
    import networkx as nx

SPRING_LIMIT = 400
# The same graph gives the same picture: kept, as a lens asks for it on every guide redraw.
_PICTURES: dict[tuple[object, ...], dict[ActorId, tuple[float, float]]] = {}


def relation_graph(model: Model) -> nx.Graph:
    """Every actor, and a weighted tie for each pair related in at least one phase."""
    g = networkx().Graph()
    g.add_nodes_from(a.id for a in model.actors)
    for phase in model.phases:
        for r in model.active_relations(phase.id):
            if r.source == r.target:
                continue
            w = g.get_edge_data(r.source, r.target, {}).get("weight", 0.0)
            g.add_edge(r.source, r.target, weight=w + 1.0)
    return g


def spring_picture(g: nx.Graph, seed: int) -> dict[ActorId, tuple[float, float]]:
    """A spring layout filling [-1, 1]² on both axes.

    Beyond ``SPRING_LIMIT`` actors (far more than a workshop map can show) networkx's force
    layout takes tens of seconds, so big sessions get a breadth-first grid instead, which
    still keeps partners near each other.
    """
    if g.number_of_nodes() == 0:
        return {}
    key = (seed, tuple(sorted(g.nodes())),
           tuple(sorted((min(a, b), max(a, b), d.get("weight", 1.0)) for a, b, d in g.edges(data=True))))
    found = _PICTURES.get(key)
    if found is None:
        if len(_PICTURES) >= 16:
            _PICTURES.clear()
        found = _PICTURES[key] = _picture(g, seed)
    return dict(found)


def _picture(g: nx.Graph, seed: int) -> dict[ActorId, tuple[float, float]]:
    if g.number_of_nodes() > SPRING_LIMIT:
        pos = _bfs_grid(g)
    else:
        k = 2.0 / math.sqrt(g.number_of_nodes())
        pos = networkx().spring_layout(g, k=k, seed=seed, iterations=120, weight="weight")
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


def direction(x: float, y: float) -> float:
    """The angle of a scene point (y down) seen from the centre, counter-clockwise from east."""
    return math.atan2(-y, x) % (2 * math.pi)


def wanted_angles(g: nx.Graph, unit: dict[ActorId, tuple[float, float]],
                   current: Mapping[ActorId, tuple[float, float]], placed: set[ActorId],
                   ids: Iterable[ActorId]) -> dict[ActorId, float]:
    """Where each actor would like to sit: near its placed partners, else its spring angle."""
    out = {}
    for a in ids:
        partners = [current[b] for b in g[a] if b in placed]
        if partners:
            x = sum(p[0] for p in partners) / len(partners)
            y = sum(p[1] for p in partners) / len(partners)
            out[a] = direction(x, y)
        else:
            out[a] = direction(*unit[a]) if a in unit else 0.0
    return out


__all__ = ["SPRING_LIMIT", "direction", "relation_graph", "spring_picture", "wanted_angles"]
