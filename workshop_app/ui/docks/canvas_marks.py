"""Who is marking the canvas right now: the phase comparison or a warning's "show me".

Both panels put marks on the same scene, and a mark left behind by one would be misread as
the other's. One small broker hands the canvas to one owner at a time and tells the panels
when they lost it, so each can offer to show its marks again.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:  # pragma: no cover
    from ..context import WindowContext

Legend = Sequence[tuple[str, str]]


class CanvasMarks(QObject):
    """Puts marks on the window's current scene on behalf of one owner at a time."""

    changed = Signal(str)  # the owner now holding the marks ("" when the canvas is clean)

    def __init__(self, ctx: "WindowContext") -> None:
        super().__init__(ctx.parent)
        self.ctx = ctx
        self.owner = ""
        self.actor_marks: dict[int, str] = {}
        self.relation_marks: dict[int, str] = {}
        ctx.connect(ctx.signals.sessionChanged, lambda _s: self._forget())

    def show(self, owner: str, actor_marks: dict[int, str], relation_marks: dict[int, str],
             legend: Legend | None = None) -> None:
        """Replace whatever is marked with these marks (``focus`` dims everything else)."""
        self.actor_marks, self.relation_marks = dict(actor_marks), dict(relation_marks)
        self.ctx.scene.set_marks(self.actor_marks, self.relation_marks, list(legend) if legend else None)
        if owner != self.owner:
            self.owner = owner
            self.changed.emit(owner)

    def clear(self, owner: str | None = None) -> None:
        """Clear the marks, but only if ``owner`` (when given) is the one holding them."""
        if owner is not None and owner != self.owner:
            return
        self.actor_marks, self.relation_marks = {}, {}
        self.ctx.scene.clear_marks()
        if self.owner:
            self.owner = ""
            self.changed.emit("")

    def _forget(self) -> None:
        """A new scene came with another session: it carries no marks."""
        self.actor_marks, self.relation_marks = {}, {}
        if self.owner:
            self.owner = ""
            self.changed.emit("")


__all__ = ["CanvasMarks"]
