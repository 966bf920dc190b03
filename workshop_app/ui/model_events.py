"""The session's changes as typed Qt signals, worked out once for the whole window.

The session tells its listeners ``(changes, reason)``: a raw list of changed records. Each panel
used to subscribe on its own and filter that list for the tables it shows, and some relied on
being told after the canvas because they had subscribed later. This adapter is the window's one
listener: it tells the canvas first (an explicit step, not an order of subscription), then
emits one signal per kind of record that changed, then :attr:`ModelEvents.edited`. A bulk step
(building, importing, another session) emits :attr:`ModelEvents.reset` instead of the typed
signals, since anything may have changed.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QObject, Signal

from ..domain.model import Change
from ..session import Session

Canvas = Callable[[list[Change], str], None]

# The tables behind each typed signal; a table the window does not know only gives ``edited``.
_RELATIONS = frozenset({"relations", "relation_off", "relation_phases"})
_PRESENCE = frozenset({"presence", "positions"})
# The evidence that sits beside the map (schema 3): arenas and their members, institutional
# work, decision points, stated classes and levels, and the sources every fact may cite.
_EVIDENCE = frozenset({"arenas", "arena_members", "institutional_work", "decision_points",
                       "stated_classes", "stated_levels", "sources"})


class ModelEvents(QObject):
    """One subscription to the session; typed signals out."""

    actorsChanged = Signal()
    relationsChanged = Signal()  # a relation added, removed, changed, or switched in a phase
    presenceChanged = Signal()  # who takes part in which phase, roles, per-phase places
    scoresChanged = Signal(list)  # [(relation id, phase id)] whose votes changed
    phasesChanged = Signal()
    participantsChanged = Signal()
    notesChanged = Signal()
    promptsChanged = Signal()  # prompt ticks and their notes
    evidenceChanged = Signal(list)  # the evidence tables that changed ("arenas", "decision_points"...)
    metaChanged = Signal(list)  # the meta keys that changed ("title", "layout_lens"...)
    reset = Signal()  # a bulk step: anything may have changed
    edited = Signal(str)  # after the typed signals, for every change; the reason

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session: Session | None = None
        self._canvas: Canvas | None = None

    def watch(self, session: Session, canvas: Canvas | None = None) -> None:
        """Follow ``session`` (and stop following the one before); ``canvas`` is told first."""
        self.stop()
        self._session, self._canvas = session, canvas
        session.subscribe(self._changed)

    def stop(self) -> None:
        if self._session is not None:
            self._session.unsubscribe(self._changed)
        self._session = self._canvas = None

    def _changed(self, changes: list[Change], reason: str) -> None:
        if self._canvas is not None:
            self._canvas(changes, reason)
        if reason == "bulk":
            self.reset.emit()
            self.edited.emit(reason)
            return
        tables = {c.table for c in changes}
        if "phases" in tables:
            self.phasesChanged.emit()
        if "actors" in tables:
            self.actorsChanged.emit()
        if tables & _RELATIONS:
            self.relationsChanged.emit()
        if tables & _PRESENCE:
            self.presenceChanged.emit()
        if "participants" in tables:
            self.participantsChanged.emit()
        if "scores" in tables:
            self.scoresChanged.emit(sorted({(c.key[0], c.key[1]) for c in changes if c.table == "scores"}))
        if "notes" in tables:
            self.notesChanged.emit()
        if "prompt_checks" in tables:
            self.promptsChanged.emit()
        if tables & _EVIDENCE:
            self.evidenceChanged.emit(sorted(tables & _EVIDENCE))
        if "meta" in tables:
            self.metaChanged.emit(sorted({str(c.key) for c in changes if c.table == "meta"}))
        self.edited.emit(reason)


__all__ = ["ModelEvents"]
