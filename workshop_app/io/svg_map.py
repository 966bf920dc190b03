"""The map of one phase as plain shapes for an inline SVG, computed without Qt.

It follows the canvas (``canvas/items.py``) so the HTML snapshot reads like the projected map,
and takes every colour, width, outline, glyph and badge from :mod:`workshop_app.style`, as the
canvas does: boxes in the actor type's shape and colour with its glyph, the name (whole, by
the canvas's rule in :mod:`workshop_app.style.labels`: a long name widens its box, then takes
more lines, and only a pasted paragraph is cut) and the roles held in the phase; relations as lines or, between the same pair,
fanned-out arcs; colour = trust, width = commitment, dashed grey = not scored, a "≠" badge
where votes differ by two steps or more, an arrowhead when directed. Absent actors are left
out; actors the source is silent about ("not described") are drawn hollow with a dotted
outline and a "?" (class ``box not-described``), and relations not described in the phase
as thin dotted lines (class ``not-described`` on the relation), as the canvas draws them
with ghosts. Only the room's votes make a relation's colour, width and class; a source's
levels (reference participants) are a diamond touching the label, and the class a source
states follows "◆" in it. Text widths are estimated from character classes, since no font
is measured here.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any, Iterable

from markupsafe import Markup

from ..style import palette
from ..style.labels import MAX_NAME_LINES, NAME_INSET, name_box_width
from ..style.look import (ARROW_HALF_ANGLE, TEXT, arrow_size, actor_style, badge_centre, diamond, disagreement_badge,
                          glyph_badge, legend_entries, marker_place, not_described_relation_style, reference_mark,
                          relation_label, relation_style)
from ..style.shapes import EllipsePart, Part, PathPart, glyph_parts, outline_path, place, svg_d, top_bar
from ..style.shapes import short_number as fmt2  # glyph geometry to 0.01: a glyph is a few units wide
from ..style.towers import Tower, tower
from .svg_towers import tower_key_svg, tower_svg
from ..analysis.classes import relation_class, stated_classes
from ..domain.i18n import in_sentence, tr
from ..domain.model import Model
from ..domain.terms import role, tension_words, term
from ..domain.scoring import consensus_of, counted_votes, reference_votes
from ..domain.vocabulary import SCORE_DIMENSIONS

NAME_PX, ROLE_PX, LABEL_PX = TEXT["name"].px, TEXT["role"].px, TEXT["label"].px
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
    lines = [elide(line, width, px, bold) for line in _break(text, width, px, bold, max_lines)]
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = elide(lines[-1] + "…", width, px, bold)
    return lines


def _break(text: str, width: float, px: float, bold: bool, max_lines: int) -> list[str]:
    """``text`` broken between words into lines of ``width``, up to one line more than
    ``max_lines`` (a word wider than the line keeps a line to itself, uncut)."""
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
    return lines


class _NameMeasure:
    """The name font's estimated measure, for the style's rule of a name in its box."""

    def advance(self, text: str) -> float:
        return text_width(text, NAME_PX, True)

    def lines(self, text: str, width: float, advance: float) -> int:
        if advance > width * (MAX_NAME_LINES + 2):  # a pasted paragraph: too many, uncounted
            return MAX_NAME_LINES + 2
        return len(_break(text, width, NAME_PX, True, MAX_NAME_LINES + 1))


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
    actor_type: str = ""
    state: str = "present"  # or not_described (absent actors are not drawn)
    tower: Tower | None = None  # its influence tower, when towers are drawn and one is recorded

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
    halo: bool  # the votes differ by two steps or more: the "≠" badge is drawn
    arrow: str  # polygon points, "" when undirected
    label: str
    label_x: float
    label_y: float
    label_w: float
    bounds: tuple[float, float, float, float] = field(default=(0, 0, 0, 0))
    directed: bool = False
    dash: str = ""  # stroke-dasharray, "" when solid
    badge_x: float = 0.0
    badge_y: float = 0.0
    state: str = "active"  # or not_described
    reference: str = ""  # the SVG of a source's levels (a diamond), "" when none is stated


def actor_shape(model: Model, actor_id: int, phase_id: int,
                place: tuple[float, float] | None = None) -> ActorShape:
    a = model.actor(actor_id)
    pres = model.presence(actor_id, phase_id)
    x, y = place if place is not None else model.position(actor_id, phase_id)
    if not finite(x, y):
        x, y = 0.0, 0.0  # a damaged position costs this actor its place, not the whole page
    w = name_box_width(a.name, _NameMeasure())
    lines = wrap(a.name, w - NAME_INSET, NAME_PX, True, MAX_NAME_LINES)
    silent = model.presence_state(actor_id, phase_id) == "not_described"
    roles = ", ".join(role(r) for r in pres.roles) if pres and pres.state == "present" else ""
    roles = elide(roles, w - 12, ROLE_PX) if roles else ""
    content = len(lines) * NAME_LINE + (ROLE_LINE + 2 if roles else 0)
    h = max(42.0, content + 14)
    state = "not_described" if silent else "present"
    style = actor_style(a.type, state)
    shape = ActorShape(a.id, a.name, x, y, w, h, style.fill, style.text, lines, roles, actor_type=a.type,
                       state=state)
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
    cons = consensus_of(counted_votes(model, relation_id, phase_id))  # the room's, as on the canvas
    silent = not model.relation_active(rel, phase_id)  # drawn only when not described
    t, c = cons["trust"].median, cons["commitment"].median
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
    style = not_described_relation_style() if silent else relation_style(t, c, spread)
    width = style.width
    arrow = ""
    if rel.directed:
        ang = math.atan2(end[1] - tangent_from[1], end[0] - tangent_from[0])
        size, half = arrow_size(width), ARROW_HALF_ANGLE
        p1 = (end[0] - math.cos(ang - half) * size, end[1] - math.sin(ang - half) * size)
        p2 = (end[0] - math.cos(ang + half) * size, end[1] - math.sin(ang + half) * size)
        arrow = " ".join(f"{fmt(px)},{fmt(py)}" for px, py in (end, p1, p2))
    cls = relation_class(model, rel, phase_id)  # the session's rule over the room's votes
    stated = tuple(sc.three_c for sc in stated_classes(model, phase_id, relation_id=rel.id))
    label = relation_label(rel.kind, cls, stated)
    label_w = text_width(label, LABEL_PX) + 10
    bx, by = badge_centre((lx, ly), (lx - label_w / 2, ly - 8, label_w, 16))
    reference = _reference_svg(model, rel.id, phase_id, lx - label_w / 2, ly)
    xs = [start[0], end[0], mid[0]]
    ys = [start[1], end[1], mid[1]]
    kind = in_sentence(term("relation kind", rel.kind))
    src, tgt = model.actor(rel.source).name, model.actor(rel.target).name
    aria = (tr("{kind} relation from {source} to {target}") if rel.directed
            else tr("{kind} relation between {source} and {target}")).format(kind=kind, source=src, target=tgt)
    return RelationShape(
        rel.id, aria, path, style.colour, width, style.dash is not None, style.badge, arrow, label, lx, ly,
        label_w, (min(xs), min(ys), max(xs), max(ys)), directed=rel.directed,
        dash=" ".join(fmt(d) for d in style.dash) if style.dash else "", badge_x=bx, badge_y=by,
        state="not_described" if silent else "active", reference=reference,
    )


def _reference_svg(model: Model, relation_id: int, phase_id: int, left: float, y: float) -> str:
    """The diamond of the reference participants' levels, touching the label's left end."""
    refs = reference_votes(model, relation_id, phase_id)
    if not refs:
        return ""
    cons = consensus_of(refs)
    mark = reference_mark(cons["trust"].median, cons["commitment"].median)
    points = " ".join(f"{fmt(px)},{fmt(py)}" for px, py in diamond(left - mark.radius + 1.5, y, mark.radius))
    return (f'<polygon class="reference" points="{points}" fill="{mark.fill}" stroke="{mark.rim}"'
            f' stroke-width="{fmt2(mark.rim_width)}"/>')


def phase_shapes(model: Model, phase_id: int, places: dict[int, tuple[float, float]] | None = None,
                 towers: bool = False,
                 ) -> tuple[list[ActorShape], list[RelationShape]]:
    """The present and not-described actors of a phase with its active relations and those not
    described between them, as shapes in scene units (absent actors are left out).

    ``places`` replaces the stored base position of some actors (a phase's own position
    for an actor still wins): used when a session has no usable layout yet. ``towers`` gives
    every actor with an influence recorded in the phase its Net-Map tower, as the canvas
    draws them under View ▸ Influence towers.
    """
    places = places or {}
    positions = model.tables["positions"]
    boxes = {
        a.id: actor_shape(model, a.id, phase_id,
                          None if (a.id, phase_id) in positions else places.get(a.id))
        for a in model.actors if model.presence_state(a.id, phase_id) != "absent"
    }
    if towers:
        for shape in boxes.values():
            row = model.presence(shape.id, phase_id)
            if row is not None and row.influence is not None:
                shape.tower = tower(shape.w, shape.h, row.influence, row.alignment)
    pairs: dict[frozenset[int], list[int]] = {}
    for rel in model.relations:  # lanes count every relation of a pair, as the canvas does
        pairs.setdefault(frozenset((rel.source, rel.target)), []).append(rel.id)
    rels = []
    for rel in model.relations:
        if rel.source not in boxes or rel.target not in boxes or (
                not model.relation_active(rel, phase_id)
                and model.relation_state(rel, phase_id) != "not_described"):
            continue
        ids = pairs[frozenset((rel.source, rel.target))]
        lane = 0.0 if len(ids) <= 1 else ids.index(rel.id) - (len(ids) - 1) / 2
        rels.append(relation_shape(model, rel.id, phase_id, boxes, lane))
    return list(boxes.values()), rels


# -- SVG fragments from the style (numbers and palette colours only, never session text) ----
def _parts_svg(parts: Iterable[Part], ink: str, paper: str) -> str:
    out = []
    for part in parts:
        fill = {"ink": ink, "paper": paper}.get(part.fill, "none")
        stroke = (f' stroke="{ink}" stroke-width="{fmt2(part.stroke)}" stroke-linecap="round"'
                  f' stroke-linejoin="round"' if part.stroke > 0 else "")
        if isinstance(part, EllipsePart):
            out.append(f'<ellipse cx="{fmt2(part.cx)}" cy="{fmt2(part.cy)}" rx="{fmt2(part.rx)}"'
                       f' ry="{fmt2(part.ry)}" fill="{fill}"{stroke}/>')
        else:
            out.append(f'<path d="{svg_d(part.commands)}" fill="{fill}"{stroke}/>')
    return "".join(out)


def _box_svg(actor_type: str, cx: float, cy: float, w: float, h: float, k: float, css: str,
             state: str = "present") -> str:
    style = actor_style(actor_type, state)
    outline = place(PathPart(tuple(outline_path(style.outline, w, h, k))), cx, cy, 1.0)
    dash = f' stroke-dasharray="{" ".join(fmt(d) for d in style.dash)}"' if style.dash else ""
    svg = (f'<path class="{css}" d="{svg_d(outline.commands)}" fill="{style.fill}" stroke="{style.stroke}"'
           f' stroke-width="{fmt2(style.stroke_width * k)}" stroke-linejoin="miter"{dash}/>')
    if style.top_bar:
        bar = place(PathPart(tuple(top_bar(w, h, k))), cx, cy, 1.0)
        svg += f'<path d="{svg_d(bar.commands)}" fill="{palette.ACTOR_OUTLINE}"/>'
    return svg


def actor_svg(shape: ActorShape) -> Markup:
    """An actor's box, top bar and glyph badge as SVG, as the canvas paints them at 100 %;
    a box the source is silent about hollow, dotted and with its "?"."""
    style = actor_style(shape.actor_type, shape.state)
    css = "box not-described" if style.hollow else "box"
    svg = _box_svg(shape.actor_type, shape.x, shape.y, shape.w, shape.h, 1.0, css, shape.state)
    if style.marker:
        m = marker_place(shape.w, shape.h)
        svg += _parts_svg(glyph_parts("question", shape.x + m.x, shape.y + m.y, m.size / 2), style.text,
                          palette.PAPER)
    if style.glyph:
        b = glyph_badge(shape.w, shape.h)
        cx, cy = shape.x + b.cx, shape.y + b.cy
        svg += (f'<circle cx="{fmt2(cx)}" cy="{fmt2(cy)}" r="{fmt2(b.radius)}" fill="{palette.PAPER}"'
                f' stroke="{palette.ACTOR_OUTLINE}" stroke-width="{fmt2(b.stroke_width)}"/>')
        svg += _parts_svg(glyph_parts(style.glyph, cx, cy, b.glyph_size), palette.INK, palette.PAPER)
    if shape.tower is not None:
        svg += tower_svg(shape.tower, shape.x, shape.y)
    return Markup(svg)


def badge_svg(cx: float, cy: float, k: float = 1.0) -> str:
    """The "votes differ" badge: a paper disc, a ring and "≠"."""
    b = disagreement_badge(k)
    return (f'<circle class="badge" cx="{fmt2(cx)}" cy="{fmt2(cy)}" r="{fmt2(b.radius)}" fill="{b.fill}"'
            f' stroke="{b.ring}" stroke-width="{fmt2(b.ring_width)}"/>'
            + _parts_svg(glyph_parts(b.glyph, cx, cy, b.glyph_size), b.ring, b.fill))


def relation_badge_svg(shape: RelationShape) -> Markup:
    """The disagreement badge of a relation (when its votes differ enough) and the diamond of
    a source's levels (when one is stated)."""
    return Markup((badge_svg(shape.badge_x, shape.badge_y) if shape.halo else "") + shape.reference)


def _line_svg(colour: str, width: float, dash: tuple[float, float] | None, height: float = 10.0) -> str:
    y = fmt(height / 2)
    d = f' stroke-dasharray="{" ".join(fmt(v) for v in dash)}"' if dash else ""
    return f'<line x1="2" y1="{y}" x2="38" y2="{y}" stroke="{colour}" stroke-width="{fmt2(width)}"{d}/>'


def _type_key_svg(actor_type: str) -> str:
    """An actor type's legend key: a small box of its shape and colour, its glyph inside
    (the canvas legend draws the same, see ``overlay.paint_actor_swatch``)."""
    style = actor_style(actor_type)
    w, h = 38.0, 22.0
    glyph = ""
    if style.glyph:
        cy = 12 + (h * 0.06 if style.top_bar else 0.0)
        glyph = _parts_svg(glyph_parts(style.glyph, 20, cy, h * 0.3), palette.INK, palette.PAPER)
    return (f'<svg viewBox="0 0 40 24" class="type-swatch" aria-hidden="true">'
            f'{_box_svg(actor_type, 20, 12, w, h, h / 34, "key")}{glyph}</svg>')


def legend_svg(towers: bool = False) -> list[dict[str, Any]]:
    """The legend's sections with an SVG key per entry, drawn by the map's own rules (with the
    influence towers' section when ``towers``)."""
    sections = []
    for section in legend_entries(towers):
        entries = []
        for e in section.entries:
            if e.kind == "actor":
                svg = _type_key_svg(e.key)
            elif e.kind == "tower":
                svg = tower_key_svg(e.key or None)
            elif e.kind == "trust":
                s = relation_style(int(e.key), 3)
                svg = (f'<svg viewBox="0 0 40 10" class="line" aria-hidden="true">'
                       f'{_line_svg(s.colour, s.width, None)}</svg>')
            elif e.kind == "width":
                s = relation_style(3, int(e.key))
                svg = (f'<svg viewBox="0 0 40 10" class="line" aria-hidden="true">'
                       f'{_line_svg(palette.WIDTH_SAMPLE, s.width, None)}</svg>')
            elif e.kind == "not_described":
                s = not_described_relation_style()
                svg = (f'<svg viewBox="0 0 40 18" class="line tall" aria-hidden="true">'
                       f'<line x1="2" y1="9" x2="17" y2="9" stroke="{s.colour}" stroke-width="{fmt2(s.width)}"'
                       f' stroke-dasharray="{" ".join(fmt(d) for d in s.dash or ())}"/>'
                       f'{_box_svg("unknown", 28, 9, 22, 15, 15 / 34, "key not-described", "not_described")}</svg>')
            elif e.kind == "reference":
                mark = reference_mark(4, 4, 0.8)
                points = " ".join(f"{fmt(px)},{fmt(py)}" for px, py in diamond(20, 9, mark.radius))
                u = relation_style(None, None)
                svg = (f'<svg viewBox="0 0 40 18" class="line tall" aria-hidden="true">'
                       f'{_line_svg(u.colour, 2.0, u.dash, 18)}<polygon points="{points}" fill="{mark.fill}"'
                       f' stroke="{mark.rim}" stroke-width="{fmt2(mark.rim_width)}"/></svg>')
            elif e.kind == "disagreement":
                s = relation_style(3, 3, palette.DISAGREEMENT_SPREAD)
                svg = (f'<svg viewBox="0 0 40 18" class="line tall" aria-hidden="true">'
                       f'{_line_svg(s.colour, s.width, None, 18)}{badge_svg(20, 9)}</svg>')
            else:
                s = relation_style(None, None)
                svg = (f'<svg viewBox="0 0 40 10" class="line" aria-hidden="true">'
                       f'{_line_svg(s.colour, 2.0, s.dash)}</svg>')
            entries.append({"kind": e.kind, "symbol": Markup(svg), "label": e.text})
        css = {"actor": "types", "tower": "towers"}.get(section.entries[0].kind, "scale")
        sections.append({"title": section.title, "css": css, "entries": entries})
    return sections


def view_box(shapes: list[tuple[list[ActorShape], list[RelationShape]]]) -> tuple[float, float, float, float]:
    """One viewBox for all phases, so actors keep their place when the phase changes."""
    xs: list[float] = []
    ys: list[float] = []
    for actors, rels in shapes:
        for a in actors:
            b = glyph_badge(a.w, a.h)  # the type glyph's badge reaches past the top-left corner
            xs += [a.left, a.left + a.w, a.x + b.cx - b.radius]
            ys += [a.top, a.top + a.h, a.y + b.cy - b.radius]
            if a.tower is not None:  # it stands beside the box's right edge, maybe above its top
                e = a.tower.extent()
                xs.append(a.x + e.x + e.w)
                ys.append(a.y + e.y)
        for r in rels:
            xs += [r.bounds[0], r.bounds[2], r.label_x - r.label_w / 2, r.label_x + r.label_w / 2]
            ys += [r.bounds[1], r.bounds[3]]
            if r.halo:
                radius = disagreement_badge().radius
                xs += [r.badge_x + radius]
                ys += [r.badge_y - radius, r.badge_y + radius]
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
        "type": term("actor type", a.type),
        "scale": term("scale", a.scale),
        "roles": [role(r) for r in pres.roles] if pres and pres.state == "present" else [],
        "state": model.presence_state(actor_id, phase_id),
    }


def relation_details(model: Model, relation_id: int, phase_id: int) -> dict[str, Any]:
    """What the hover panel says about a relation in a phase: medians, spread, votes, 3C."""
    rel = model.relation(relation_id)
    cons = consensus_of(counted_votes(model, relation_id, phase_id))
    med = {d: cons[d].median for d in SCORE_DIMENSIONS}
    return {
        "kind": term("relation kind", rel.kind),
        "source": model.actor(rel.source).name,
        "target": model.actor(rel.target).name,
        "directed": rel.directed,
        "scores": {d: {"median": cons[d].median, "spread": cons[d].spread, "votes": cons[d].n}
                   for d in SCORE_DIMENSIONS},
        "threec": relation_class(model, rel, phase_id),
        "stated": [sc.three_c for sc in stated_classes(model, phase_id, relation_id=rel.id)],
        "state": "active" if model.relation_active(rel, phase_id) else model.relation_state(rel, phase_id),
        "tensions": tension_words(med["trust"], med["commitment"], med["interdependence"]),
    }


__all__ = ["ActorShape", "RelationShape", "phase_shapes", "view_box", "actor_details",
           "relation_details", "text_width", "wrap", "elide", "fmt", "finite", "actor_svg", "badge_svg",
           "relation_badge_svg", "legend_svg"]
