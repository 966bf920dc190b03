"""Keeping a map readable: boxes apart, lines clear of boxes, room for larger labels.

Pure geometry on actor centres and box sizes (scene units, y down). The canvas measures
the boxes (at the label size the projector shows) and asks here:

* :func:`tidy`: remove every overlap, moving as few actors as little as it can and never a
  fixed (pinned) one; a phase's own positions stay where the facilitator put them and the
  shared places make room around them, so the map stays the same map in every phase.
  Relations are kept from running under a third box where a small sideways nudge of that
  box clears the line.
* :func:`largest_clear_scale`: how much the boxes could grow (larger labels) before two of
  them touch; the projector picks its label size with it.
* :func:`free_spot`: the nearest place with room for one more box (a new actor).

Neighbours are found through a grid, so a round costs about one pass over the actors.
"""

from __future__ import annotations

import math
from typing import Iterable, Mapping

Point = tuple[float, float]
Size = tuple[float, float]

GAP_X, GAP_Y = 24.0, 18.0  # the room kept between boxes at label scale 1
_ROUNDS = 400
_NUDGE_PASSES = 4
_NUDGE_LIMIT = 300  # above this many actors lines are not checked (not a workshop map)


# -- overlaps ------------------------------------------------------------------------------
def _grid(pos: Mapping[int, Point], cell: Size) -> dict[tuple[int, int], list[int]]:
    grid: dict[tuple[int, int], list[int]] = {}
    for a in sorted(pos):
        x, y = pos[a]
        grid.setdefault((math.floor(x / cell[0]), math.floor(y / cell[1])), []).append(a)
    return grid


def _near_pairs(pos: Mapping[int, Point], cell: Size) -> Iterable[tuple[int, int]]:
    """Each unordered pair whose centres are at most about one cell apart on both axes."""
    grid = _grid(pos, cell)
    for (gx, gy), members in grid.items():
        for dx in (0, 1):
            for dy in ((-1, 0, 1) if dx else (0, 1)):
                other = members if (dx, dy) == (0, 0) else grid.get((gx + dx, gy + dy), ())
                for i, a in enumerate(members):
                    for b in (other[i + 1:] if (dx, dy) == (0, 0) else other):
                        yield (a, b)


def _cell(sizes: Mapping[int, Size], gap: Size, scale: float = 1.0) -> Size:
    w = max((s[0] for s in sizes.values()), default=1.0)
    h = max((s[1] for s in sizes.values()), default=1.0)
    return (max(1.0, (w + gap[0]) * scale), max(1.0, (h + gap[1]) * scale))


def overlapping_pairs(pos: Mapping[int, Point], sizes: Mapping[int, Size],
                      gap: Size = (0.0, 0.0)) -> list[tuple[int, int]]:
    """Pairs whose boxes (each grown by half ``gap`` on every side) overlap, sorted."""
    found = []
    for a, b in _near_pairs(pos, _cell(sizes, gap)):
        if _overlap(pos[a], pos[b], sizes[a], sizes[b], gap) is not None:
            found.append((min(a, b), max(a, b)))
    return sorted(found)


def _overlap(pa: Point, pb: Point, sa: Size, sb: Size, gap: Size) -> tuple[float, float] | None:
    """How far the two boxes (with the gap) overlap on each axis, or None when apart."""
    over_x = (sa[0] + sb[0]) / 2 + gap[0] - abs(pb[0] - pa[0])
    over_y = (sa[1] + sb[1]) / 2 + gap[1] - abs(pb[1] - pa[1])
    if over_x <= 1e-6 or over_y <= 1e-6:
        return None
    return over_x, over_y


def largest_clear_scale(pos: Mapping[int, Point], sizes: Mapping[int, Size],
                        gap: Size = (0.0, 0.0), limit: float = 4.0) -> float:
    """The largest factor (at most ``limit``) by which every box and gap may grow, around
    its centre, before two boxes touch; ``limit`` when nothing is near enough to matter."""
    best = limit
    for a, b in _near_pairs(pos, _cell(sizes, gap, limit)):
        (ax, ay), (bx, by) = pos[a], pos[b]
        need_x = (sizes[a][0] + sizes[b][0]) / 2 + gap[0]
        need_y = (sizes[a][1] + sizes[b][1]) / 2 + gap[1]
        best = min(best, max(abs(bx - ax) / need_x, abs(by - ay) / need_y))
    return best


# -- tidy ------------------------------------------------------------------------------------
def tidy(base: Mapping[int, Point], sizes: Mapping[int, Size], *, fixed: Iterable[int] = (),
         phase_places: Iterable[Mapping[int, Point]] = (), links: Iterable[tuple[int, int]] = (),
         gap: Size = (GAP_X, GAP_Y)) -> dict[int, Point]:
    """New shared places for the actors that must move so that no boxes overlap.

    ``base`` holds every actor's shared place and ``sizes`` its box. ``fixed`` actors never
    move. Each mapping in ``phase_places`` is one phase's own places (moves made in that
    phase only): those boxes stay put and the shared places of the actors shown at their
    shared place in that phase keep clear of them. ``links`` are the relations drawn
    (pairs of actors); a box under a line between two others is nudged sideways when that
    is a small move. Returns only the actors that moved, rounded to 0.1.
    """
    fixed_set = set(fixed) & set(base)
    movable = set(base) - fixed_set
    cur = {a: (float(x), float(y)) for a, (x, y) in base.items()}
    obstacles = [(dict(places), set(places)) for places in phase_places if places]
    lines = [(a, b) for a, b in links if a != b and a in cur and b in cur]
    if not movable:
        return {}
    _separate(cur, sizes, movable, obstacles, gap)
    if lines and len(cur) <= _NUDGE_LIMIT:
        for _ in range(_NUDGE_PASSES):
            if not _nudge_off_lines(cur, sizes, movable, lines, gap):
                break
            _separate(cur, sizes, movable, obstacles, gap)
    out = {}
    for a in sorted(movable):
        x, y = round(cur[a][0], 1), round(cur[a][1], 1)
        if (x, y) != (round(base[a][0], 1), round(base[a][1], 1)):
            out[a] = (x, y)
    return out


def _separate(cur: dict[int, Point], sizes: Mapping[int, Size], movable: set[int],
              obstacles: list[tuple[dict[int, Point], set[int]]], gap: Size) -> bool:
    """Push overlapping boxes apart; returns whether any overlap is left.

    Each overlap is undone along the axis needing the shorter move (in box proportions,
    so flat boxes usually move up or down), half by each box when both may move. When the
    rounds run out (a crowd around fixed boxes) the movable actors spread out a little
    from their middle, which always makes room, and the rounds start again.
    """
    cell = _cell(sizes, gap)
    for _attempt in range(8):
        for _ in range(_ROUNDS):
            moved = False
            for a, b in _near_pairs(cur, cell):
                if a in movable or b in movable:
                    moved |= _push(cur, sizes, movable, a, b, gap)
            for places, shown_there in obstacles:
                for o, at in places.items():
                    for b in movable:
                        if b not in shown_there and b != o:
                            moved |= _push_from(cur, sizes, b, at, sizes[o], gap)
            if not moved:
                return False
        _spread(cur, movable, 1.08)
    return True


def _push(cur: dict[int, Point], sizes: Mapping[int, Size], movable: set[int], a: int, b: int,
          gap: Size) -> bool:
    (ax, ay), (bx, by) = cur[a], cur[b]
    over = _overlap(cur[a], cur[b], sizes[a], sizes[b], gap)
    if over is None:
        return False
    over_x, over_y = over
    need_x = (sizes[a][0] + sizes[b][0]) / 2 + gap[0]
    need_y = (sizes[a][1] + sizes[b][1]) / 2 + gap[1]
    both = a in movable and b in movable
    share_a = 0.5 if both else (1.0 if a in movable else 0.0)
    share_b = 0.5 if both else (1.0 if b in movable else 0.0)
    if over_y * (need_x / need_y) <= over_x:
        sign = 1.0 if by > ay or (by == ay and a < b) else -1.0
        shift = (over_y + 0.25) * sign
        cur[a], cur[b] = (ax, ay - shift * share_a), (bx, by + shift * share_b)
    else:
        sign = 1.0 if bx > ax or (bx == ax and a < b) else -1.0
        shift = (over_x + 0.25) * sign
        cur[a], cur[b] = (ax - shift * share_a, ay), (bx + shift * share_b, by)
    return True


def _push_from(cur: dict[int, Point], sizes: Mapping[int, Size], b: int, at: Point, size: Size,
               gap: Size) -> bool:
    """Move ``b`` off a box that stays where it is (a place of one phase)."""
    over = _overlap(at, cur[b], size, sizes[b], gap)
    if over is None:
        return False
    (bx, by), (ox, oy) = cur[b], at
    need_x, need_y = (size[0] + sizes[b][0]) / 2 + gap[0], (size[1] + sizes[b][1]) / 2 + gap[1]
    if over[1] * (need_x / need_y) <= over[0]:
        cur[b] = (bx, by + (over[1] + 0.25) * (1.0 if by >= oy else -1.0))
    else:
        cur[b] = (bx + (over[0] + 0.25) * (1.0 if bx >= ox else -1.0), by)
    return True


def _spread(cur: dict[int, Point], movable: set[int], factor: float) -> None:
    xs = [cur[a][0] for a in movable]
    ys = [cur[a][1] for a in movable]
    cx, cy = sum(xs) / len(xs), sum(ys) / len(ys)
    for a in movable:
        x, y = cur[a]
        cur[a] = (cx + (x - cx) * factor, cy + (y - cy) * factor)


# -- lines under boxes -----------------------------------------------------------------------
def _crossing(p: Point, q: Point, centre: Point, size: Size, margin: float) -> tuple[float, float, float] | None:
    """Whether the segment p–q runs under the box: (normal x, normal y, move needed)."""
    (px, py), (qx, qy), (cx, cy) = p, q, centre
    dx, dy = qx - px, qy - py
    length = math.hypot(dx, dy)
    if length < 1e-9:
        return None
    t = ((cx - px) * dx + (cy - py) * dy) / (length * length)
    if t <= 0.0 or t >= 1.0:
        return None
    nx, ny = -dy / length, dx / length
    dist = (cx - px) * nx + (cy - py) * ny  # signed distance of the centre from the line
    reach = abs(nx) * size[0] / 2 + abs(ny) * size[1] / 2 + margin  # the box's half-width across
    if abs(dist) >= reach:
        return None
    side = 1.0 if dist > 0 or (dist == 0 and nx + ny >= 0) else -1.0
    return nx * side, ny * side, reach - abs(dist)


def crossings(pos: Mapping[int, Point], sizes: Mapping[int, Size],
              links: Iterable[tuple[int, int]], margin: float = 4.0) -> list[tuple[int, int, int]]:
    """(source, target, actor) for each straight relation line that runs under another box."""
    found = []
    for a, b in links:
        if a == b or a not in pos or b not in pos:
            continue
        for c in pos:
            if c not in (a, b) and _crossing(pos[a], pos[b], pos[c], sizes[c], margin) is not None:
                found.append((a, b, c))
    return found


def _nudge_off_lines(cur: dict[int, Point], sizes: Mapping[int, Size], movable: set[int],
                     lines: list[tuple[int, int]], gap: Size) -> bool:
    """Move each box a line runs under sideways, off the line, when the move is small
    (at most about its own height); returns whether anything moved."""
    moved = False
    for a, b in lines:
        for c in sorted(movable):
            if c in (a, b):
                continue
            hit = _crossing(cur[a], cur[b], cur[c], sizes[c], gap[1] / 3)
            if hit is None:
                continue
            nx, ny, need = hit
            if need > sizes[c][1] + gap[1]:
                continue  # the line runs through the middle of a big box: leave it
            x, y = cur[c]
            cur[c] = (x + nx * (need + 0.5), y + ny * (need + 0.5))
            moved = True
    return moved


# -- a place for one more box ---------------------------------------------------------------------
def free_spot(want: Point, size: Size, placed: Mapping[int, Point], sizes: Mapping[int, Size],
              gap: Size = (GAP_X, GAP_Y), room: float = 2.0) -> Point:
    """The place nearest ``want`` (on a widening spiral) where a box of ``size`` keeps at
    least ``room`` gaps from every placed box, so its relations have length to show."""
    w, h = size
    gx, gy = gap[0] * room, gap[1] * room

    def clear(x: float, y: float) -> bool:
        return all(abs(x - px) >= (w + sizes[b][0]) / 2 + gx or abs(y - py) >= (h + sizes[b][1]) / 2 + gy
                   for b, (px, py) in placed.items())

    step_x, step_y = max(20.0, w / 4), max(14.0, h / 3)
    for ring in range(0, 400):
        steps = max(1, 8 * ring)
        for i in range(steps):
            theta = 2 * math.pi * i / steps
            x, y = want[0] + ring * step_x * math.cos(theta), want[1] + ring * step_y * math.sin(theta)
            if clear(x, y):
                return (round(x, 1), round(y, 1))
    return want


__all__ = ["GAP_X", "GAP_Y", "overlapping_pairs", "largest_clear_scale", "tidy", "crossings",
           "free_spot"]
