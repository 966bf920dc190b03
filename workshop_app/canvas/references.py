"""Whether a view shows what sources state (reference levels as a diamond on a line, stated
classes in labels): the console and the projector are two views of one scene, and the
facilitator may want the source's levels on the laptop but not on the wall while the room
votes, so each view's viewport may carry its own choice; exports follow the scene's.
"""

from __future__ import annotations

from PySide6.QtWidgets import QGraphicsView, QWidget

REFERENCES_PROPERTY = "workshopShowReferences"


def references_shown(widget: QWidget | None, default: bool) -> bool:
    """The choice of the view whose viewport is painting (``default``: the scene's)."""
    if widget is None:
        return default
    value = widget.property(REFERENCES_PROPERTY)
    return default if value is None else bool(value)


def set_view_references(view: QGraphicsView, show: bool) -> None:
    """Show or hide sources' levels and classes in this view only."""
    view.viewport().setProperty(REFERENCES_PROPERTY, bool(show))
    view.viewport().update()


__all__ = ["REFERENCES_PROPERTY", "references_shown", "set_view_references"]
