"""Net-Map influence towers in the HTML snapshot's SVG, as the canvas paints them.

The geometry and the colours are :mod:`workshop_app.style.towers`' (the canvas's
``canvas/towers.py`` paints the same blocks with Qt): a stack beside the box's right edge, one
block per level of influence, shaded by the actor's stance towards the goal; an opposing
actor's blocks hollow and a mixed one's half filled, so the shade is never the only cue; a
recorded 0 an empty base. Only numbers and palette colours go into the SVG, and the tower's
words go into a ``<title>`` escaped.
"""

from __future__ import annotations

from markupsafe import escape

from ..style.shapes import short_number as fmt
from ..style.towers import TOWER_FILL, TOWER_PATTERN, TOWER_RIM, Block, Tower, tower

KEY_LEVELS = 3  # blocks in a legend key: enough to read as a stack


def _rect(x: float, y: float, w: float, h: float, attrs: str) -> str:
    return f'<rect x="{fmt(x)}" y="{fmt(y)}" width="{fmt(w)}" height="{fmt(h)}" {attrs}/>'


def blocks_svg(blocks: tuple[Block, ...], fill: str, pattern: str, cx: float = 0.0, cy: float = 0.0) -> str:
    """The blocks of one tower moved by (``cx``, ``cy``), in its pattern (see the module)."""
    out = []
    for b in blocks:
        x, y = cx + b.x, cy + b.y
        if pattern == "hollow":  # opposes: outlined blocks
            out.append(_rect(x + 0.8, y + 0.8, b.w - 1.6, b.h - 1.6,
                             f'fill="{TOWER_RIM}" stroke="{fill}" stroke-width="1.6"'))
        elif pattern == "half":  # mixed: the left half filled, in an outline
            out.append(_rect(x, y, b.w, b.h, f'fill="{TOWER_RIM}" stroke="{TOWER_RIM}" stroke-width="1"'))
            out.append(_rect(x, y, b.w / 2, b.h, f'fill="{fill}"'))
            out.append(_rect(x + 0.6, y + 0.6, b.w - 1.2, b.h - 1.2,
                             f'fill="none" stroke="{fill}" stroke-width="1.2"'))
        else:
            out.append(_rect(x, y, b.w, b.h, f'fill="{fill}" stroke="{TOWER_RIM}" stroke-width="1"'))
    return "".join(out)


def tower_svg(shape: Tower, cx: float, cy: float) -> str:
    """One actor's tower beside its box centred on (``cx``, ``cy``), with its words as a title."""
    return (f'<g class="tower"><title>{escape(shape.label)}</title>'
            f'{blocks_svg(shape.blocks, shape.fill, shape.pattern, cx, cy)}</g>')


def tower_key_svg(alignment: str | None, level: int = KEY_LEVELS) -> str:
    """A legend key: a small tower of ``level`` blocks in the look of ``alignment``."""
    shape = tower(0.0, 0.0, level, alignment)
    assert shape is not None  # a level is given
    e = shape.extent()
    pad = 1.0
    view = f"{fmt(e.x - pad)} {fmt(e.y - pad)} {fmt(e.w + 2 * pad)} {fmt(e.h + 2 * pad)}"
    fill = TOWER_FILL.get(alignment, TOWER_FILL[None]) if level else shape.fill
    return (f'<svg viewBox="{view}" class="tower-key" aria-hidden="true">'
            f'{blocks_svg(shape.blocks, fill, TOWER_PATTERN.get(alignment or "", ""))}</svg>')


__all__ = ["blocks_svg", "tower_key_svg", "tower_svg"]
