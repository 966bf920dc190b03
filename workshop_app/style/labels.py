"""The rule for an actor's name in its box, shared by the canvas and the HTML snapshot's SVG.

Names are drawn whole: a name wraps over up to ``NAME_LINES`` lines in a box between
``BOX_MIN_W`` and ``BOX_MAX_W`` wide; a longer one first widens its box (up to
``BOX_WIDE_W``) and then takes more lines, so the room never reads "…f Turin - smart". Only
text longer than ``MAX_NAME_LINES`` wide lines (a pasted paragraph) is cut, with "…". A box is
no wider than its lines need. The canvas measures text with Qt's fonts, the SVG estimates it
(no font is at hand there); both run :func:`name_box_width` over their own measure, so a long
name takes the same shape of box on the projector and in the browser.

Lengths are scene units at label scale 1 and scale with ``k``.
"""

from __future__ import annotations

from typing import Protocol

BOX_MIN_W = 110.0
BOX_MAX_W = 190.0
BOX_WIDE_W = 280.0  # a long name widens its box up to this before it takes more lines
NAME_LINES = 3  # lines a name may take before its box widens
MAX_NAME_LINES = 6  # beyond this (a pasted paragraph) the name is cut with "…"
NAME_PAD = 24.0  # a box's width beyond its name set on one line
NAME_INSET = 14.0  # a box's width beyond the width its name wraps in
WORD_PAD = 16.0  # the narrowest box still holds its widest word with this much room
SEARCH_STEPS = 8  # halvings of the width range: a box to within a fraction of a unit


class TextMeasure(Protocol):
    """How wide text sets and how many lines it wraps into, in one font (the name's)."""

    def advance(self, text: str) -> float:
        """The width of ``text`` set on one line."""

    def lines(self, text: str, width: float, advance: float) -> int:
        """How many lines ``text`` wraps into at ``width``; ``advance`` is its width on one
        line (so a pasted paragraph can be counted as "too many" without wrapping it)."""


def name_box_width(name: str, measure: TextMeasure, k: float = 1.0) -> float:
    """The width of ``name``'s box at label scale ``k`` by the rule above."""
    pad, inset = NAME_PAD * k, NAME_INSET * k
    advance = measure.advance(name)
    single = advance + pad
    w = max(BOX_MIN_W * k, min(BOX_MAX_W * k, single))
    budget = int((MAX_NAME_LINES + 1) * BOX_WIDE_W * k / max(measure.advance("i"), 1.0))
    words = name[:budget].split()
    widest = max((measure.advance(x) for x in words), default=0.0)
    if words:  # a word wider than the box would spill over its border
        w = max(w, min(BOX_WIDE_W * k, widest + pad))
    lines = measure.lines(name, w - inset, advance)
    if lines <= NAME_LINES:
        if lines < 2:
            return w
        lo = max(BOX_MIN_W * k, widest + WORD_PAD * k)  # the narrowest box keeping its lines
        return w if lo >= w else _narrowest(measure, name, lo, w, lines, inset, advance)
    hi = max(w, min(BOX_WIDE_W * k, single / NAME_LINES * 1.25 + pad))
    if measure.lines(name, hi - inset, advance) > NAME_LINES:
        return hi  # as wide as a box gets; the name takes more lines
    return _narrowest(measure, name, w, hi, NAME_LINES, inset, advance)


def _narrowest(measure: TextMeasure, name: str, lo: float, hi: float, lines: int, inset: float,
               advance: float) -> float:
    """The narrowest width between ``lo`` and ``hi`` at which ``name`` takes ``lines`` lines
    at most (``hi`` is known to be wide enough)."""
    for _ in range(SEARCH_STEPS):
        mid = (lo + hi) / 2
        lo, hi = (lo, mid) if measure.lines(name, mid - inset, advance) <= lines else (mid, hi)
    return hi


__all__ = ["BOX_MAX_W", "BOX_MIN_W", "BOX_WIDE_W", "MAX_NAME_LINES", "NAME_INSET", "NAME_LINES", "NAME_PAD",
           "TextMeasure", "WORD_PAD", "name_box_width"]
