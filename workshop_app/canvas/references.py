"""Whether a view shows what sources state (reference levels as a diamond on a line, stated
classes in labels): the console and the projector are two views of one scene, and the
facilitator may want the source's levels on the laptop but not on the wall while the room
votes, so each view's viewport may carry its own choice; exports follow the scene's.
"""

from __future__ import annotations

from PySide6.QtWidgets import QGraphicsView, QWidget

from ..analysis.classes import citation, stated_classes, stated_levels
from ..domain.i18n import in_sentence, tr
from ..domain.model import Model
from ..domain.terms import term

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


def phase_stated_line(model: Model, phase_id: int) -> str:
    """What sources state for the whole phase, for the title block: "◆ Stated for this phase:
    cooperation (002, Temporal Dynamic)"; "" when nothing is stated. The room's classes
    are on the relations; a paper's finding about the phase as a whole has no relation to
    sit on, so it is said under the phase's name."""
    said = [in_sentence(term("3C class", c.three_c))
            + (f" ({citation(model, c.source_id)})" if c.source_id is not None else "")
            for c in stated_classes(model, phase_id)]
    said += [f"{in_sentence(term('dimension', lv.dimension))} {in_sentence(term('level', lv.level))}"
             + (f" ({citation(model, lv.source_id)})" if lv.source_id is not None else "")
             for lv in stated_levels(model, phase_id, scope="phase")]
    return tr("◆ Stated for this phase: {stated}").format(stated="; ".join(said)) if said else ""


__all__ = ["REFERENCES_PROPERTY", "phase_stated_line", "references_shown", "set_view_references"]
