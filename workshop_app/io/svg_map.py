"""The map of one phase as plain shapes for an inline SVG, computed without Qt.

It follows the canvas (``canvas/items.py``) so the HTML snapshot reads like the projected map:
rounded boxes in the actor type's colour with the name (up to three lines) and the roles held
in the phase; relations as lines or, between the same pair, fanned-out arcs; colour = trust,
width = commitment, dashed grey = not scored, a dashed purple halo where votes differ by two
steps or more, an arrowhead when directed. Absent actors are left out. Text widths are
estimated from character classes, since no font is measured here.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from ..style import palette
from ..domain.model import Model
from ..domain.scoring import consensus_of, tensions, three_c
from ..domain.vocabulary import ACTOR_TYPES, RELATION_KINDS, SCALES, SCORE_DIMENSIONS, role_label

BOX_MIN_W, BOX_MAX_W = 110.0, 190.0
NAME_PX, ROLE_PX, LABEL_PX = 14.0, 11.0, 10.0
NAME_LINE, ROLE_LINE = 17.0, 14.0
LANE_GAP = 34.0
MARGIN = 40.0

_NARROW = set("iljtf.,;:!|'()[] ")
_WIDE = set("mwMW@%=<>+~#&$")


def _em(ch: str) -> float:
    """The estimated width of one character, in ems."""
    if ch in _NARROW:
        return 0.34
    if ch in _WIDE:
        return 0.9
    if ch.isupper() or ch.isdigit():
        return 0.72
    return 0.6


def _scale(px: float, bold: bool) -> float:
    return px * (1.08 if bold else 1.0)


def text_width(text: str, px: float, bold: bool = False) -> float:
    """A generous estimate of how wide ``text`` sets in a sans-serif font of ``px`` pixels.

    Generous because the browser may fall back to a wide font (DejaVu Sans): a line that
    is wrapped a little early looks fine, one that runs out of its box does not.
    """
    return sum(map(_em, text)) * _scale(px, bold)


def wrap(text: str, width: float, px: float, bold: bool, max_lines: int) -> list[str]:
    """Word-wrap ``text`` into at most ``max_lines`` lines, ending with "…" if cut.

    Stops reading words once one line more than fits is known, and measures each word
    once, so a name of a million characters costs one pass, not one pass per line.
    """
    scale = _scale(px, bold)
    lines: list[str] = []
    current: list[str] = []
    current_em = 0.0
    space = _em(" ")
    for word in text.split():
        word_em = sum(map(_em, word))
        if current and (current_em + space + word_em) * scale > width:
            lines.append(" ".join(current))
            if len(lines) > max_lines:
                break
            current, current_em = [word], word_em
        else:
            current_em += (space if current else 0.0) + word_em
            current.append(word)
    else:
        lines.append(" ".join(current))
    lines = [elide(line, width, px, bold) for line in lines]
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = elide(lines[-1] + "…", width, px, bold)
    return lines


def elide(text: str, width: float, px: float, bold: bool = False) -> str:
    """``text`` cut to fit ``width`` with "…" at the end (unchanged if it fits).

    One pass from the start that stops as soon as the text is known not to fit: the cost
    is the length of what is kept, never the square of the length of the text.
    """
    scale = _scale(px, bold)
    ellipsis = _em("…")
    used = 0.0
    cut: int | None = None
    for i, ch in enumerate(text):
        used += _em(ch)
        if cut is None and (used + ellipsis) * scale > width:
            cut = i  # text[:i] is the longest start that still fits with "…" after it
        if used * scale > width:
            return text[:cut].rstrip() + "…"
    return text


def finite(*values: object) -> bool:
    """Whether every value is a real, finite number (a position one can draw)."""
    return all(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)
               for v in values)


def fmt(v: float) -> str:
    """Short numbers for SVG attributes."""
    return f"{v:.1f}".rstrip("0").rstrip(".")


@dataclass
class ActorShape:
    id: int
    name: str
    x: float
    y: float
    w: float
    h: float
    fill: str
    text: str
    lines: list[str]
    roles: str
    line_top: float = 0.0

    @property
    def left(self) -> float:
        return self.x - self.w / 2

    @property
    def top(self) -> float:
        return self.y - self.h / 2


@dataclass
class RelationShape:
    id: int
    aria: str  # "decision relation from A to B", for screen readers
    path: str
    colour: str
    width: float
    dashed: bool
    halo: bool
    arrow: str  # polygon points, "" when undirected
    label: str
    label_x: float
    label_y: float
    label_w: float
    bounds: tuple[float, float, float, float] = field(default=(0, 0, 0, 0))


def actor_shape(model: Model, actor_id: int, phase_id: int,
                place: tuple[float, float] | None = None) -> ActorShape:
    a = model.actor(actor_id)
    pres = model.presence(actor_id, phase_id)
    x, y = place if place is not None else model.position(actor_id, phase_id)
    if not finite(x, y):
        x, y = 0.0, 0.0  # a damaged position costs this actor its place, not the whole page
    single = text_width(a.name, NAME_PX, True) + 24
    w = max(BOX_MIN_W, min(BOX_MAX_W, single))
    lines = wrap(a.name, w - 14, NAME_PX, True, 3)
    roles = ", ".join(role_label(r) for r in pres.roles) if pres else ""
    roles = elide(roles, w - 12, ROLE_PX) if roles else ""
    content = len(lines) * NAME_LINE + (ROLE_LINE + 2 if roles else 0)
    h = max(42.0, content + 14)
    shape = ActorShape(a.id, a.name, x, y, w, h, palette.TYPE_FILL.get(a.type, "#999999"),
                       palette.TYPE_TEXT.get(a.type, "#000000"), lines, roles)
    shape.line_top = y - h / 2 + (h - content) / 2
    return shape


def _clip(box: ActorShape, toward: tuple[float, float]) -> tuple[float, float]:
    """Where the segment from the box centre towards ``toward`` leaves the box."""
    dx, dy = toward[0] - box.x, toward[1] - box.y
    if dx == 0 and dy == 0:
        return (box.x, box.y)
    hw, hh = box.w / 2 + 2, box.h / 2 + 2
    scale = min(hw / abs(dx) if dx else math.inf, hh / abs(dy) if dy else math.inf, 1.0)
    return (box.x + dx * scale, box.y + dy * scale)


def relation_shape(model: Model, relation_id: int, phase_id: int, boxes: dict[int, ActorShape],
                   lane: float) -> RelationShape:
    rel = model.relation(relation_id)
    a, b = boxes[rel.source], boxes[rel.target]
    cons = consensus_of(model.votes(relation_id, phase_id))
    t, c, i = (cons[d].median for d in SCORE_DIMENSIONS)
    spread = max((cons[d].spread or 0) for d in SCORE_DIMENSIONS)
    lo, hi = (a, b) if rel.source < rel.target else (b, a)
    dx, dy = hi.x - lo.x, hi.y - lo.y
    length = math.hypot(dx, dy) or 1.0
    nx_, ny_ = -dy / length, dx / length
    offset = lane * LANE_GAP
    mid = ((a.x + b.x) / 2 + nx_ * offset * 2, (a.y + b.y) / 2 + ny_ * offset * 2)
    start = _clip(a, mid if offset else (b.x, b.y))
    end = _clip(b, mid if offset else (a.x, a.y))
    if offset:
        path = f"M{fmt(start[0])},{fmt(start[1])} Q{fmt(mid[0])},{fmt(mid[1])} {fmt(end[0])},{fmt(end[1])}"
        lx = 0.25 * start[0] + 0.5 * mid[0] + 0.25 * end[0]
        ly = 0.25 * start[1] + 0.5 * mid[1] + 0.25 * end[1]
        tangent_from = mid
    else:
        path = f"M{fmt(start[0])},{fmt(start[1])} L{fmt(end[0])},{fmt(end[1])}"
        lx, ly = (start[0] + end[0]) / 2, (start[1] + end[1]) / 2
        tangent_from = start
    width = palette.COMMITMENT_WIDTH[c] if c else palette.UNSCORED_WIDTH
    arrow = ""
    if rel.directed:
        ang = math.atan2(end[1] - tangent_from[1], end[0] - tangent_from[0])
        size = 9.0 + width * 0.9
        p1 = (end[0] - math.cos(ang - 0.42) * size, end[1] - math.sin(ang - 0.42) * size)
        p2 = (end[0] - math.cos(ang + 0.42) * size, end[1] - math.sin(ang + 0.42) * size)
        arrow = " ".join(f"{fmt(px)},{fmt(py)}" for px, py in (end, p1, p2))
    cls = three_c(t, c, i)
    label = rel.kind + (" · " + palette.THREE_C_SHORT[cls] if cls else "")
    xs = [start[0], end[0], mid[0]]
    ys = [start[1], end[1], mid[1]]
    kind = RELATION_KINDS.get(rel.kind, rel.kind).lower()
    src, tgt = model.actor(rel.source).name, model.actor(rel.target).name
    aria = f"{kind} relation from {src} to {tgt}" if rel.directed else f"{kind} relation between {src} and {tgt}"
    return RelationShape(
        rel.id, aria, path, palette.TRUST_COLOUR[t] if t else palette.UNSCORED_COLOUR, width,
        t is None and c is None, spread >= 2, arrow, label, lx, ly, text_width(label, LABEL_PX) + 10,
        (min(xs), min(ys), max(xs), max(ys)),
    )


def phase_shapes(model: Model, phase_id: int, places: dict[int, tuple[float, float]] | None = None,
                 ) -> tuple[list[ActorShape], list[RelationShape]]:
    """The present actors and active relations of a phase, as shapes in scene units.

    ``places`` replaces the stored base position of some actors (a phase's own position
    for an actor still wins): used when a session has no usable layout yet.
    """
    places = places or {}
    positions = model.tables["positions"]
    boxes = {
        a.id: actor_shape(model, a.id, phase_id,
                          None if (a.id, phase_id) in positions else places.get(a.id))
        for a in model.present_actors(phase_id)
    }
    pairs: dict[frozenset[int], list[int]] = {}
    for rel in model.relations:  # lanes count every relation of a pair, as the canvas does
        pairs.setdefault(frozenset((rel.source, rel.target)), []).append(rel.id)
    rels = []
    for rel in model.active_relations(phase_id):
        ids = pairs[frozenset((rel.source, rel.target))]
        lane = 0.0 if len(ids) <= 1 else ids.index(rel.id) - (len(ids) - 1) / 2
        rels.append(relation_shape(model, rel.id, phase_id, boxes, lane))
    return list(boxes.values()), rels


def view_box(shapes: list[tuple[list[ActorShape], list[RelationShape]]]) -> tuple[float, float, float, float]:
    """One viewBox for all phases, so actors keep their place when the phase changes."""
    xs: list[float] = []
    ys: list[float] = []
    for actors, rels in shapes:
        for a in actors:
            xs += [a.left, a.left + a.w]
            ys += [a.top, a.top + a.h]
        for r in rels:
            xs += [r.bounds[0], r.bounds[2], r.label_x - r.label_w / 2, r.label_x + r.label_w / 2]
            ys += [r.bounds[1], r.bounds[3]]
    if not xs:
        return (-300.0, -200.0, 600.0, 400.0)
    x0, y0 = min(xs) - MARGIN, min(ys) - MARGIN
    return (x0, y0, max(xs) + MARGIN - x0, max(ys) + MARGIN - y0)


def actor_details(model: Model, actor_id: int, phase_id: int) -> dict[str, Any]:
    """What the hover panel says about an actor in a phase."""
    a = model.actor(actor_id)
    pres = model.presence(actor_id, phase_id)
    return {
        "name": a.name,
        "type": ACTOR_TYPES.get(a.type, a.type),
        "scale": SCALES.get(a.scale, a.scale),
        "roles": [role_label(r) for r in pres.roles] if pres else [],
    }


def relation_details(model: Model, relation_id: int, phase_id: int) -> dict[str, Any]:
    """What the hover panel says about a relation in a phase: medians, spread, votes, 3C."""
    rel = model.relation(relation_id)
    cons = consensus_of(model.votes(relation_id, phase_id))
    med = {d: cons[d].median for d in SCORE_DIMENSIONS}
    return {
        "kind": RELATION_KINDS.get(rel.kind, rel.kind),
        "source": model.actor(rel.source).name,
        "target": model.actor(rel.target).name,
        "directed": rel.directed,
        "scores": {d: {"median": cons[d].median, "spread": cons[d].spread, "votes": cons[d].n}
                   for d in SCORE_DIMENSIONS},
        "threec": three_c(med["trust"], med["commitment"], med["interdependence"]),
        "tensions": tensions(med["trust"], med["commitment"], med["interdependence"]),
    }


__all__ = ["ActorShape", "RelationShape", "phase_shapes", "view_box", "actor_details",
           "relation_details", "text_width", "wrap", "elide", "fmt", "finite"]
