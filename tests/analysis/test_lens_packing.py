"""Rings and sectors grown from their boxes: a crowded lens map is about as compact as the
free lens's, so its names are drawn as large; and the packing under them never overlaps."""

from __future__ import annotations

import math
import random
from typing import Any

import pytest
from conftest import Sketch

from workshop_app.analysis import packing
from workshop_app.analysis.layout import arrange, box_size, helix_labels, overlaps, scale_rings
from workshop_app.domain.vocabulary import SCALES

TYPES = ("government", "private", "academia", "civil_society", "citizens", "intermediary", "international")
WORDS = ("City", "Regional", "Mobility", "Department", "of", "Rivertown", "Energy", "Cooperative",
         "University", "Foundation", "Association", "Partnership", "Digital", "Office", "Council")


def _crowd(sketch: Sketch, n: int = 40, seed: int = 3) -> list[Any]:
    """``n`` actors of every type and scale with names of one to six words, and relations."""
    rng = random.Random(seed)
    sketch.phases("design")
    people = [sketch.actor(" ".join(rng.choice(WORDS) for _ in range(rng.randint(1, 6))) + f" {i}",
                           TYPES[i % len(TYPES)], list(SCALES)[rng.randrange(len(SCALES))])
              for i in range(n)]
    for _ in range(int(n * 1.6)):
        a, b = rng.sample(people, 2)
        sketch.rel(a, b)
    return people


def _area(model: Any, pos: dict[int, tuple[float, float]]) -> tuple[float, float]:
    """The boxes' bounding box area and the boxes' own area (with a gap around each)."""
    sizes = {a.id: box_size(a) for a in model.actors}
    left, top, right, bottom = packing.span(pos, sizes)
    own = sum((w + 24.0) * (h + 18.0) for w, h in sizes.values())
    return (right - left) * (bottom - top), own


@pytest.mark.parametrize("lens", ["free", "scale", "helix"])
def test_a_crowded_lens_map_wastes_little_room(sketch: Sketch, lens: str) -> None:
    """Evenly spaced rings of 40 actors left most of the map empty (a bounding box about
    eight times the boxes); grown from the boxes, every lens stays within twice."""
    _crowd(sketch)
    pos = arrange(sketch.model, lens)
    assert overlaps(sketch.model, pos) == []
    box_area, own = _area(sketch.model, pos)
    assert box_area < 2.0 * own, (lens, box_area / own)


def test_rings_have_no_empty_middle_and_stay_in_order(sketch: Sketch) -> None:
    people = _crowd(sketch)
    pos = arrange(sketch.model, "scale")
    rings = {s: ry for s, _rx, ry in scale_rings(sketch.model)}
    aspect = next(rx / ry for _s, rx, ry in scale_rings(sketch.model))
    reach = {a.id: packing.reach(*pos[a.id], aspect) for a in people}
    inner = min(rings, key=rings.get)
    # the innermost ring starts at the very centre, and each ring lies beyond the one inside
    assert min(reach[a.id] for a in people if a.scale == inner) < 1.0
    order = [s for s in SCALES if s in rings]
    for a, b in zip(order, order[1:]):
        # (places are kept to a tenth of a unit, so a ring's edge may graze the next ring's centres)
        assert max(reach[p.id] for p in people if p.scale == a) < rings[a] <= min(
            reach[p.id] for p in people if p.scale == b) + 0.5, (a, b)


def test_sector_names_have_room_of_their_own(sketch: Sketch) -> None:
    """The helix leaves room for each sector's name in its own quadrant, on no box."""
    _crowd(sketch)
    pos = arrange(sketch.model, "helix")
    labels = helix_labels(sketch.model)
    sizes = {a.id: box_size(a) for a in sketch.model.actors}
    signs = {"Government": (-1, -1), "Industry": (1, -1), "Academia": (1, 1),
             "Civil society and citizens": (-1, 1)}
    assert set(labels) == set(signs)
    for label, (x, y) in labels.items():
        sx, sy = signs[label]
        assert x * sx > 0 and y * sy > 0, label
        w, h = len(label) * 14.5, 24.0
        for a, (ax, ay) in pos.items():
            aw, ah = sizes[a]
            assert abs(ax - x) >= (aw + w) / 2 or abs(ay - y) >= (ah + h) / 2, (label, a)


def test_place_keeps_to_its_floor_and_quadrant_and_never_overlaps() -> None:
    rng = random.Random(5)
    sizes = {i: (rng.uniform(80, 240), rng.uniform(40, 90)) for i in range(30)}
    placed: dict[int, tuple[float, float]] = {}
    gap = (20.0, 16.0)
    for i in range(10):
        packing.place(i, placed, sizes, gap, 1.8)
    floor = max(packing.reach(*placed[i], 1.8) for i in range(10)) + gap[1]
    for i in range(10, 20):
        packing.place(i, placed, sizes, gap, 1.8, floor=floor)
        assert packing.reach(*placed[i], 1.8) >= floor - 1e-6

    def right_half(x: float, _y: float, size: tuple[float, float]) -> bool:
        return x - size[0] / 2 > 0

    for i in range(20, 30):
        packing.place(i, placed, sizes, gap, 1.8, allowed=right_half, compact=1.8)
        assert placed[i][0] - sizes[i][0] / 2 > 0
    for i in placed:
        for j in placed:
            if i < j:
                (xi, yi), (xj, yj) = placed[i], placed[j]
                assert (abs(xi - xj) >= (sizes[i][0] + sizes[j][0]) / 2 + gap[0] - 1e-3
                        or abs(yi - yj) >= (sizes[i][1] + sizes[j][1]) / 2 + gap[1] - 1e-3), (i, j)


def test_a_strip_fills_its_lowest_room_first() -> None:
    """A short box goes into the dip beside a tall one rather than on top of the strip."""
    sizes = {"tall": (100.0, 90.0), "wide": (150.0, 40.0), "short": (90.0, 40.0)}
    at = packing.strip(["tall", "wide", "short"], sizes, 280.0, (10.0, 10.0))
    assert math.isclose(at["short"][1], at["wide"][1] + 50.0)  # on the wide one, beside the tall
    assert at["short"][1] - 20.0 < at["tall"][1] + 45.0
