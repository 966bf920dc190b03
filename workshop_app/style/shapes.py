"""Box outlines and glyphs as plain geometry, drawn the same by the canvas and the SVG.

A shape is a list of path commands (``M``/``L``/``C``/``Z`` with absolute coordinates) or
an ellipse; the canvas turns them into a ``QPainterPath``, the HTML snapshot into an SVG
``d`` attribute, so the two cannot drift apart. Curves are cubic Béziers (a quarter circle
is one ``C``), since both targets draw those exactly.

Glyphs are defined in a unit square (-1..1 each way, y down) and placed with
:func:`place`. Each actor type has its own outline *and* glyph, so the type reads in grey
print, on a washed-out projector and under any colour-vision deficiency.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Union

KAPPA = 0.5523  # control-point distance of a cubic quarter circle, as a share of the radius

Command = tuple  # ("M", x, y) | ("L", x, y) | ("C", x1, y1, x2, y2, x, y) | ("Z",)


@dataclass(frozen=True)
class PathPart:
    """An outline or a glyph stroke: path commands with a fill and a stroke (width 0: none)."""

    commands: tuple[Command, ...]
    fill: str = "ink"  # ink | paper | none
    stroke: float = 0.0  # in the units of the commands


@dataclass(frozen=True)
class EllipsePart:
    cx: float
    cy: float
    rx: float
    ry: float
    fill: str = "ink"
    stroke: float = 0.0


Part = Union[PathPart, EllipsePart]

OUTLINES = ("square", "rounded", "stadium", "chamfered", "pointed", "notched", "slanted")


# -- outlines ----------------------------------------------------------------------------
def _rounded_rect(x0: float, y0: float, x1: float, y1: float, r: float) -> list[Command]:
    r = max(0.0, min(r, (x1 - x0) / 2, (y1 - y0) / 2))
    if r == 0:
        return [("M", x0, y0), ("L", x1, y0), ("L", x1, y1), ("L", x0, y1), ("Z",)]
    c = r * KAPPA
    return [
        ("M", x0 + r, y0), ("L", x1 - r, y0), ("C", x1 - r + c, y0, x1, y0 + r - c, x1, y0 + r),
        ("L", x1, y1 - r), ("C", x1, y1 - r + c, x1 - r + c, y1, x1 - r, y1),
        ("L", x0 + r, y1), ("C", x0 + r - c, y1, x0, y1 - r + c, x0, y1 - r),
        ("L", x0, y0 + r), ("C", x0, y0 + r - c, x0 + r - c, y0, x0 + r, y0), ("Z",),
    ]


def _polygon(points: list[tuple[float, float]]) -> list[Command]:
    return [("M", *points[0]), *(("L", *p) for p in points[1:]), ("Z",)]


def outline_path(outline: str, w: float, h: float, k: float = 1.0) -> list[Command]:
    """The box outline of ``w`` × ``h`` centred on the origin; ``k`` scales the corners.

    Every outline stays inside the box and leaves its text area (7 × ``k`` in from each
    side) whole, so a shape never hides a letter and the box size alone decides the layout.
    """
    x0, y0, x1, y1 = -w / 2, -h / 2, w / 2, h / 2
    if outline == "square":
        return _rounded_rect(x0, y0, x1, y1, 1.5 * k)
    if outline == "rounded":
        return _rounded_rect(x0, y0, x1, y1, min(10.0 * k, h / 3))
    if outline == "stadium":
        # A pill; past 23 × k the round ends would reach into the text area's corners.
        return _rounded_rect(x0, y0, x1, y1, min(h / 2, 23.0 * k))
    if outline == "chamfered":
        c = min(9.0 * k, h / 3)
        return _polygon([(x0 + c, y0), (x1 - c, y0), (x1, y0 + c), (x1, y1 - c),
                         (x1 - c, y1), (x0 + c, y1), (x0, y1 - c), (x0, y0 + c)])
    if outline == "pointed":
        p = min(7.5 * k, w / 4)
        return _polygon([(x0 + p, y0), (x1 - p, y0), (x1, 0.0), (x1 - p, y1), (x0 + p, y1), (x0, 0.0)])
    if outline == "notched":
        n = min(6.0 * k, w / 6)
        return _polygon([(x0, y0), (x1, y0), (x1 - n, 0.0), (x1, y1), (x0, y1), (x0 + n, 0.0)])
    if outline == "slanted":
        s = min(7.0 * k, w / 6)
        return _polygon([(x0 + s, y0), (x1, y0), (x1 - s, y1), (x0, y1)])
    raise ValueError(f"unknown box outline {outline!r}; choose one of {', '.join(OUTLINES)}.")


def top_bar(w: float, h: float, k: float = 1.0) -> list[Command]:
    """The band across the top of a government box (inside the 7 × ``k`` text margin)."""
    t = min(4.5 * k, h / 6)
    return _polygon([(-w / 2, -h / 2), (w / 2, -h / 2), (w / 2, -h / 2 + t), (-w / 2, -h / 2 + t)])


# -- glyphs (unit square, y down) --------------------------------------------------------
def _line(*points: tuple[float, float]) -> list[Command]:
    return [("M", *points[0]), *(("L", *p) for p in points[1:])]


GLYPHS: dict[str, tuple[Part, ...]] = {
    # A classical public building: roof, three columns, a base.
    "pediment": (
        PathPart(tuple(_polygon([(-1.0, -0.35), (0.0, -1.0), (1.0, -0.35)]))),
        PathPart(tuple(_line((-0.62, -0.22), (-0.62, 0.62)) + _line((0.0, -0.22), (0.0, 0.62))
                       + _line((0.62, -0.22), (0.62, 0.62))), fill="none", stroke=0.26),
        PathPart(tuple(_polygon([(-1.0, 0.68), (1.0, 0.68), (1.0, 0.98), (-1.0, 0.98)]))),
    ),
    # A briefcase: business.
    "briefcase": (
        PathPart(tuple(_rounded_rect(-1.0, -0.45, 1.0, 0.85, 0.18))),
        PathPart(tuple(_line((-0.4, -0.45), (-0.4, -0.85), (0.4, -0.85), (0.4, -0.45))),
                 fill="none", stroke=0.2),
        PathPart(tuple(_line((-1.0, 0.12), (1.0, 0.12))), fill="none", stroke=0.14),
    ),
    # A mortarboard: the academic cap with its tassel.
    "mortarboard": (
        PathPart(tuple(_polygon([(0.0, -0.9), (1.05, -0.38), (0.0, 0.14), (-1.05, -0.38)]))),
        PathPart(tuple(_polygon([(-0.6, -0.02), (0.6, -0.02), (0.6, 0.5), (0.0, 0.72), (-0.6, 0.5)]))),
        PathPart(tuple(_line((0.82, -0.3), (0.82, 0.62))), fill="none", stroke=0.16),
    ),
    # A speech bubble: organised voices (associations, NGOs).
    "speech": (
        EllipsePart(0.0, -0.18, 1.0, 0.7),
        PathPart(tuple(_polygon([(-0.55, 0.3), (-0.8, 0.98), (0.05, 0.45)]))),
        EllipsePart(-0.45, -0.18, 0.14, 0.14, fill="paper"),
        EllipsePart(0.0, -0.18, 0.14, 0.14, fill="paper"),
        EllipsePart(0.45, -0.18, 0.14, 0.14, fill="paper"),
    ),
    # A person: residents and citizens themselves.
    "person": (
        EllipsePart(0.0, -0.5, 0.4, 0.4),
        PathPart((("M", -0.88, 0.98), ("C", -0.88, 0.02, 0.88, 0.02, 0.88, 0.98), ("Z",))),
    ),
    # A globe: beyond the country.
    "globe": (
        EllipsePart(0.0, 0.0, 0.95, 0.95, fill="none", stroke=0.17),
        EllipsePart(0.0, 0.0, 0.42, 0.95, fill="none", stroke=0.15),
        PathPart(tuple(_line((-0.95, 0.0), (0.95, 0.0))), fill="none", stroke=0.15),
    ),
    # Two opposed arrows: the go-between.
    "exchange": (
        PathPart(tuple(_line((-0.95, -0.38), (0.45, -0.38))), fill="none", stroke=0.2),
        PathPart(tuple(_polygon([(1.0, -0.38), (0.38, -0.8), (0.38, 0.04)]))),
        PathPart(tuple(_line((0.95, 0.38), (-0.45, 0.38))), fill="none", stroke=0.2),
        PathPart(tuple(_polygon([(-1.0, 0.38), (-0.38, -0.04), (-0.38, 0.8)]))),
    ),
    # A question mark: the source does not say what kind of body this is.
    "question": (
        PathPart((("M", -0.5, -0.42), ("C", -0.5, -1.02, 0.55, -1.02, 0.55, -0.42),
                  ("C", 0.55, 0.0, 0.0, -0.05, 0.0, 0.38)), fill="none", stroke=0.26),
        EllipsePart(0.0, 0.8, 0.17, 0.17),
    ),
    # "Not equal": the votes differ (the disagreement badge).
    "differ": (
        PathPart(tuple(_line((-0.62, -0.3), (0.62, -0.3)) + _line((-0.62, 0.3), (0.62, 0.3))
                       + _line((0.34, -0.8), (-0.34, 0.8))), fill="none", stroke=0.24),
    ),
}


def place(part: Part, cx: float, cy: float, scale: float) -> Part:
    """A glyph part moved to ``(cx, cy)`` and scaled from the unit square (strokes too)."""
    if isinstance(part, EllipsePart):
        return EllipsePart(cx + part.cx * scale, cy + part.cy * scale, part.rx * scale, part.ry * scale,
                           part.fill, part.stroke * scale)
    moved = []
    for cmd in part.commands:
        op, nums = cmd[0], cmd[1:]
        moved.append((op, *(cx + v * scale if i % 2 == 0 else cy + v * scale for i, v in enumerate(nums))))
    return PathPart(tuple(moved), part.fill, part.stroke * scale)


def glyph_parts(glyph: str, cx: float, cy: float, size: float) -> list[Part]:
    """The glyph ``glyph`` centred on ``(cx, cy)``, ``size`` from its centre to its edge."""
    return [place(p, cx, cy, size) for p in GLYPHS[glyph]]


def short_number(v: float) -> str:
    """A number for an SVG attribute, to 0.01 (a glyph is a few units wide)."""
    text = f"{v:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def svg_d(commands: tuple[Command, ...] | list[Command], fmt: Callable[[float], str] = short_number) -> str:
    """An SVG path ``d`` attribute for the commands."""
    f = fmt
    return " ".join(cmd[0] + ",".join(f(v) for v in cmd[1:]) if len(cmd) > 1 else cmd[0] for cmd in commands)


__all__ = ["Command", "EllipsePart", "GLYPHS", "OUTLINES", "Part", "PathPart", "glyph_parts", "outline_path",
           "place", "short_number", "svg_d", "top_bar"]
