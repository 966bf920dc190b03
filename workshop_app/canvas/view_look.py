"""What one view of the shared scene paints differently: items it keeps hidden, and the
wall's theme (a light casing under every line, thicker lines).

The console and the projector are two views of one scene. Presenting step by step hides
items on the projector only, and the high-contrast theme dresses the projector only, so
items ask, while they paint, which view is painting them (the ``widget`` Qt hands to
``paint`` is that view's viewport), as they do for the label scale (``textcache.view_scale``).
A Qt property can carry only plain values, so the viewport holds a number and the look
itself sits in a table here; exports (no widget) paint everything plainly.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from PySide6.QtWidgets import QGraphicsView, QWidget

LOOK_PROPERTY = "workshopViewLook"


@dataclass(frozen=True)
class ViewLook:
    """One view's own look: ids it does not paint, and how its lines are drawn."""

    hidden_actors: frozenset[int] = field(default_factory=frozenset)
    hidden_relations: frozenset[int] = field(default_factory=frozenset)
    line_casing: str | None = None  # a colour drawn under each line so it reads on any ground
    line_width: float = 1.0  # lines are this many times as wide
    selection: str | None = None  # the halo of a selected line (None: the map's own)
    min_opacity: float = 0.0  # faded items (absent, dimmed) are painted at least this strong

    def hides_actor(self, actor_id: int) -> bool:
        return actor_id in self.hidden_actors

    def hides_relation(self, relation_id: int, source: int, target: int) -> bool:
        """A relation is hidden with either of its ends, or on its own."""
        return (relation_id in self.hidden_relations or source in self.hidden_actors
                or target in self.hidden_actors)


PLAIN = ViewLook()
_LOOKS: dict[int, ViewLook] = {}
_NUMBERS = itertools.count(1)


def view_look(widget: QWidget | None) -> ViewLook | None:
    """The look of the view whose viewport is painting (None: it paints like the scene)."""
    if widget is None:
        return None
    number = widget.property(LOOK_PROPERTY)
    return _LOOKS.get(number) if isinstance(number, int) else None


def set_view_look(view: QGraphicsView, look: ViewLook | None) -> None:
    """Give ``view`` its own look (None: back to the scene's) and repaint it."""
    port = view.viewport()
    number = port.property(LOOK_PROPERTY)
    if not isinstance(number, int) or number not in _LOOKS:
        number = next(_NUMBERS)
        port.setProperty(LOOK_PROPERTY, number)
    _LOOKS[number] = look if look is not None else PLAIN
    port.update()


def look_of(view: QGraphicsView) -> ViewLook:
    return view_look(view.viewport()) or PLAIN


__all__ = ["LOOK_PROPERTY", "PLAIN", "ViewLook", "look_of", "set_view_look", "view_look"]
