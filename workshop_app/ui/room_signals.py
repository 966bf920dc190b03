"""The room's state (``session/room.py``) as Qt signals, for the widgets that show it.

The room itself is plain Python so the headless server shares it; this adapter is the one
listener the window adds, and turns each :class:`RoomAspect` into a signal of its own.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from ..session.room import RoomAspect, RoomState


class RoomSignals(QObject):
    """Signals for one :class:`RoomState`; ``room`` is the state itself, to read."""

    questionChanged = Signal()  # another question is put to the room, or none
    roundChanged = Signal()  # same question: the cursor moved or somebody joined
    promptChanged = Signal(str)
    joinChanged = Signal()
    revealChanged = Signal()
    changed = Signal()  # after any of the above

    def __init__(self, room: RoomState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.room = room
        room.subscribe(self._told)

    def close(self) -> None:
        self.room.unsubscribe(self._told)

    def _told(self, aspect: RoomAspect) -> None:
        if aspect is RoomAspect.QUESTION:
            self.questionChanged.emit()
        elif aspect is RoomAspect.ROUND:
            self.roundChanged.emit()
        elif aspect is RoomAspect.PROMPT:
            self.promptChanged.emit(self.room.prompt)
        elif aspect is RoomAspect.JOIN:
            self.joinChanged.emit()
        elif aspect is RoomAspect.REVEAL:
            self.revealChanged.emit()
        self.changed.emit()


__all__ = ["RoomSignals"]
