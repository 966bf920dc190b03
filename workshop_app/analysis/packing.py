"""Packing boxes around a centre: the geometry under the scale rings and the helix sectors.

A lens that spaced its boxes evenly around rings drawn to a fixed plan left most of the map
empty (a ring of six actors around a ring of eighteen), and the names shrank until the map
fitted the screen. Here every box is placed, one at a time, at the free spot nearest the
centre that its lens allows: right beside the boxes already placed, above, below or offset
like a brick, never on top of one. "Nearest" is measured on ellipses as wide as the screen
is (``aspect``), so the map grows as a screen-shaped blob with no empty middle. A ring is a
band of such distances: each ring starts just outside the farthest box of the ring inside
it, so the rings stay in order (neighbourhood inside, international outside) while their
boxes interlock; a full ring simply gets more rows. Sectors are the same growth kept to a
quadrant. With ``compact``, spots that keep the map within its rectangle come first, so the
outermost boxes fill the corners a screen has and an ellipse leaves empty.

Pure geometry on centres and box sizes (scene units, y down), deterministic.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Hashable, Iterable, Mapping

Point = tuple[float, float]
Size = tuple[float, float]
Key = Hashable
Allowed = Callable[[float, float, Size], bool]

VIEW_ASPECT = 1.95  # width over height of the room a console or a wall leaves for the map
ROW_GAP_X = 0.7  # packed boxes stand this much closer side by side than the usual gap
ROW_GAP_Y = 0.9  # and this much of the usual gap above and below
ANGLE_WEIGHT = 0.12  # a spot off the wished direction costs this many course heights per radian
FLOOR_SPOTS = 48  # spots tried on a ring's inner edge when no placed box reaches it


def packed_gap(gap: Size) -> Size:
    """The closer gap of a packed map (the free lens's courses, rings, sectors): relations
    still show between the boxes, and every name is drawn larger."""
    return (gap[0] * ROW_GAP_X, gap[1] * ROW_GAP_Y)


def reach(x: float, y: float, aspect: float) -> float:
    """The distance from the centre on ellipses ``aspect`` times as wide as they are high."""
    return math.hypot(x / aspect, y)


def angle(x: float, y: float, aspect: float = 1.0) -> float:
    """The direction of a point seen from the centre, counter-clockwise from east (y down)."""
    return math.atan2(-y, x / aspect) % (2 * math.pi)


def _turn(a: float, b: float) -> float:
    d = abs(a - b) % (2 * math.pi)
    return min(d, 2 * math.pi - d)


def _spots(at: Point, size: Size, own: Size, gap: Size) -> Iterable[Point]:
    """Places for a box of ``own`` size touching the box of ``size`` at ``at`` (with the gap):
    beside it (level with its top, middle or bottom), above and below it (flush with
    either side, centred, or offset by half like a brick)."""
    (x, y), (w, h), (ow, oh) = at, size, own
    dx = (w + ow) / 2 + gap[0]
    dy = (h + oh) / 2 + gap[1]
    for sy in (0.0, (oh - h) / 2, (h - oh) / 2):
        yield (x + dx, y + sy)
        yield (x - dx, y + sy)
    for sx in (0.0, (ow - w) / 2, (w - ow) / 2, w / 2, -w / 2):
        yield (x + sx, y + dy)
        yield (x + sx, y - dy)


def _clear(p: Point, own: Size, placed: Mapping[Key, Point], sizes: Mapping[Key, Size], gap: Size) -> bool:
    px, py = p
    for b, (bx, by) in placed.items():
        bw, bh = sizes[b]
        if abs(px - bx) < (own[0] + bw) / 2 + gap[0] - 1e-6 and abs(py - by) < (own[1] + bh) / 2 + gap[1] - 1e-6:
            return False
    return True


def place(key: Key, placed: dict[Key, Point], sizes: Mapping[Key, Size], gap: Size, aspect: float, *,
          floor: float = 0.0, wish: float | None = None, allowed: Allowed | None = None,
          compact: float | None = None, turn_cost: float = ANGLE_WEIGHT) -> Point:
    """The free spot nearest the centre for ``key`` (added to ``placed`` and returned).

    Only spots at least ``floor`` from the centre (see :func:`reach`) and, if given,
    ``allowed(x, y, size)`` count; among spots about as near, the one closest to the
    direction ``wish`` wins (``turn_cost``: what a spot a radian off that direction costs,
    in course heights). With ``compact`` (a screen's width over its height), the spot that
    grows the boxes' bounding box least for such a screen comes first.
    """
    own = sizes[key]
    course = own[1] + gap[1]
    box = span(placed, sizes) if compact is not None and placed else None
    candidates: list[Point] = [(0.0, 0.0)]
    for b, at in placed.items():
        candidates.extend(_spots(at, sizes[b], own, gap))
    # Spots on the floor's ellipse itself, for a ring that the boxes placed so far do not
    # reach yet (the first box of a ring, or a lone actor far out).
    r = max(floor, 1e-3)
    for i in range(FLOOR_SPOTS):
        t = 2 * math.pi * i / FLOOR_SPOTS
        candidates.append((r * aspect * math.cos(t), -r * math.sin(t)))

    def cost(p: Point) -> tuple[float, float]:
        c = reach(p[0], p[1], aspect)
        if wish is not None and c > 1e-6:
            c += turn_cost * course * _turn(angle(p[0], p[1], aspect), wish)
        if box is None or compact is None:
            return (0.0, round(c, 4))
        left, top = min(box[0], p[0] - own[0] / 2), min(box[1], p[1] - own[1] / 2)
        right, bottom = max(box[2], p[0] + own[0] / 2), max(box[3], p[1] + own[1] / 2)
        return (round(max((right - left) / compact, bottom - top), 1), round(c, 4))

    spots = {(round(x, 2), round(y, 2)) for x, y in candidates}  # places are kept to 0.01
    ranked = sorted(
        (p for p in spots if reach(p[0], p[1], aspect) >= floor
         and (allowed is None or allowed(p[0], p[1], own))),
        key=lambda p: (cost(p), p))
    for p in ranked:
        if _clear(p, own, placed, sizes, gap):
            placed[key] = p
            return p
    # Nothing free among those (every spot is taken or not allowed): walk outwards in the
    # wished direction until a box fits.
    t = wish if wish is not None else math.pi / 2
    r = max(floor, 1.0)
    p = (0.0, 0.0)
    for _ in range(2000):
        p = (r * aspect * math.cos(t), -r * math.sin(t))
        if (allowed is None or allowed(p[0], p[1], own)) and _clear(p, own, placed, sizes, gap):
            break
        r += course / 3
    placed[key] = (round(p[0], 2), round(p[1], 2))
    return placed[key]


def span(pos: Mapping[Key, Point], sizes: Mapping[Key, Size]) -> tuple[float, float, float, float]:
    """Left, top, right and bottom of the boxes' bounding box."""
    return (min(pos[a][0] - sizes[a][0] / 2 for a in pos), min(pos[a][1] - sizes[a][1] / 2 for a in pos),
            max(pos[a][0] + sizes[a][0] / 2 for a in pos), max(pos[a][1] + sizes[a][1] / 2 for a in pos))


def screen_score(pos: Mapping[Key, Point], sizes: Mapping[Key, Size], view_aspect: float) -> float:
    """The height a screen ``view_aspect`` times as wide as high needs to show every box:
    lower is better, as the names are then drawn larger."""
    if not pos:
        return 0.0
    left, top, right, bottom = span(pos, sizes)
    return max((right - left) / view_aspect, bottom - top)


__all__ = ["ROW_GAP_X", "ROW_GAP_Y", "VIEW_ASPECT", "angle", "packed_gap", "place", "reach", "screen_score", "span", "strip"]


def strip(order: Iterable[Key], sizes: Mapping[Key, Size], width: float, gap: Size,
          floor: Iterable[tuple[float, float, float]] = ()) -> dict[Key, Point]:
    """Boxes in a strip ``width`` wide, each in turn where it sits lowest (then nearest the
    strip's start): a skyline packing. ``floor`` raises the bottom over some stretches
    ((from x, to x, height): room kept for boxes already there). Places are box centres,
    x from the strip's start and y up from its bottom (callers turn them to their quarter).
    """
    sky: list[tuple[float, float, float]] = [(0.0, width, 0.0)]
    for x0, x1, y in floor:
        sky = _raise(sky, x0, x1, y)
    out: dict[Key, Point] = {}
    for a in order:
        w, h = sizes[a]
        room = w + gap[0]
        free = max(0.0, width - room)
        best: tuple[float, float] | None = None
        for x in sorted({min(max(0.0, x), free) for x0, x1, _ in sky for x in (x0, x1 - room)}):
            top = max(y for x0, x1, y in sky if x0 < x + room - 1e-6 and x1 > x + 1e-6)
            if best is None or top < best[0] - 1e-6:
                best = (top, x)
        assert best is not None
        top, x = best
        out[a] = (x + room / 2, top + h / 2)
        sky = _raise(sky, x, x + room, top + h + gap[1])
    return out


def _raise(sky: list[tuple[float, float, float]], x0: float, x1: float, y: float
           ) -> list[tuple[float, float, float]]:
    """The skyline with the stretch from ``x0`` to ``x1`` set to height ``y``."""
    cut: list[tuple[float, float, float]] = []
    for a, b, h in sky:
        if b <= x0 + 1e-9 or a >= x1 - 1e-9:
            cut.append((a, b, h))
            continue
        if a < x0:
            cut.append((a, x0, h))
        if b > x1:
            cut.append((x1, b, h))
    cut.append((x0, x1, y))
    merged: list[tuple[float, float, float]] = []
    for seg in sorted(cut):
        if merged and abs(merged[-1][2] - seg[2]) < 1e-9 and abs(merged[-1][1] - seg[0]) < 1e-9:
            merged[-1] = (merged[-1][0], seg[1], seg[2])
        else:
            merged.append(seg)
    return merged
