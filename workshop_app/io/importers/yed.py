"""yEd / yFiles graphics inside GraphML ``<data>``: labels, boxes, colours and arrows.

yEd keeps what a user sees in its own markup (``y:ShapeNode``, ``y:GenericNode``, a group's
``y:ProxyAutoBoundsNode`` with one realizer per state, ``y:PolyLineEdge`` ...). What a
session can hold is read: the node's label text (its name), its box (``y:Geometry`` x, y,
width, height: the box's centre becomes the actor's position), its fill colour, an edge's
label, line colour and arrows (the arrows a user drew are its direction). Everything else
(fonts, borders, label models, bends) is how yEd draws, and is booked as skipped.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from .foreign import as_number
from .xml_in import XmlUnits, child, children, is_element, line_of

DRAWING = "how yEd draws it (font, border, shape, label placement, bends); the map draws its own"
_NONE_ARROWS = ("none", "")


@dataclass
class YedNode:
    label: str | None = None
    label_units: Counter[str] = field(default_factory=Counter)
    extra_labels: list[str] = field(default_factory=list)
    box: tuple[Any, Any, Any, Any] | None = None  # x, y, width, height as read
    box_units: Counter[str] = field(default_factory=Counter)
    box_where: str = ""
    colour: str | None = None
    colour_units: Counter[str] = field(default_factory=Counter)


@dataclass
class YedEdge:
    label: str | None = None
    label_units: Counter[str] = field(default_factory=Counter)
    colour: str | None = None
    colour_units: Counter[str] = field(default_factory=Counter)
    arrows: tuple[str, str] | None = None  # source, target arrow
    arrow_units: Counter[str] = field(default_factory=Counter)


def _drawn(data: Any) -> Any | None:
    """The realizer a user sees: the node or edge element, or a group's active realizer."""
    shape = next((c for c in data if is_element(c)), None)
    if shape is None:
        return None
    realizers = child(shape, "Realizers")
    if realizers is not None:
        found = [r for r in realizers if is_element(r)]
        active = as_number(realizers.get("active", "0"))
        i = int(active) if isinstance(active, float) and 0 <= active < len(found) else 0
        return found[i] if found else None
    return shape


def node_graphics(data: Any, units: XmlUnits) -> YedNode:
    """What a ``nodegraphics`` data holds; takes the units it reads (the rest stays for the
    caller to book as drawing detail)."""
    out = YedNode()
    shape = _drawn(data)
    if shape is None:
        return out
    geometry = child(shape, "Geometry")
    if geometry is not None:
        out.box = tuple(as_number(geometry.get(k, "0")) for k in ("x", "y", "width", "height"))  # type: ignore[assignment]
        out.box_units = units.take(geometry, "x", "y", "width", "height")
        out.box_where = line_of(geometry)
    fill = child(shape, "Fill")
    if fill is not None and fill.get("color") and fill.get("transparent", "false") != "true":
        out.colour = fill.get("color", "").upper()
        out.colour_units = units.attrs(fill, "color")
    for label in children(shape, "NodeLabel"):
        text = (label.text or "").strip()  # the text stands before the label's model elements
        if not text:
            continue
        if out.label is None:
            out.label = text
            out.label_units = units.take(label)
        else:
            out.extra_labels.append(text)
            out.label_units.update(units.take(label))
    return out


def edge_graphics(data: Any, units: XmlUnits) -> YedEdge:
    out = YedEdge()
    line = _drawn(data)
    if line is None:
        return out
    style = child(line, "LineStyle")
    if style is not None and style.get("color"):
        out.colour = style.get("color", "").upper()
        out.colour_units = units.attrs(style, "color")
    arrows = child(line, "Arrows")
    if arrows is not None:
        out.arrows = (arrows.get("source", "none"), arrows.get("target", "none"))
        out.arrow_units = units.take(arrows, "source", "target")
    for label in children(line, "EdgeLabel"):
        text = (label.text or "").strip()
        if text and out.label is None:
            out.label = text
            out.label_units = units.take(label)
    return out


def arrows_direction(arrows: tuple[str, str]) -> tuple[bool, bool, str]:
    """(directed, reversed, rule) from the arrows a user drew in yEd."""
    src, tgt = (a.strip().lower() for a in arrows)
    has_src, has_tgt = src not in _NONE_ARROWS, tgt not in _NONE_ARROWS
    if has_tgt and not has_src:
        return True, False, "the arrow points at the target: directed"
    if has_src and not has_tgt:
        return True, True, "the arrow points at the source: directed, from target to source"
    if has_src and has_tgt:
        return False, False, "arrows at both ends: undirected (both ways)"
    return False, False, "no arrow at either end: undirected"


def is_yed(data: Any) -> bool:
    """``<data>`` holding yFiles markup (whatever its key says)."""
    return any(is_element(c) and "yworks" in (c.tag.split("}", 1)[0]) for c in data)


__all__ = ["YedNode", "YedEdge", "node_graphics", "edge_graphics", "arrows_direction", "is_yed",
           "DRAWING"]
