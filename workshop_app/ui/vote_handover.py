"""Hand each phone vote from a server thread to the GUI thread, and its outcome back.

The voting server (``workshop_app.live``) runs on threads of its own; the session's SQLite
connection belongs to the GUI thread. So every vote is queued to the GUI thread and the
server thread waits for the outcome, which is what the phone is told: a vote is either taken
there (and the phone hears the real outcome) or dropped unseen (timeout, phones closed) and
the phone is asked to send it again. Never saved while the phone is told it was not.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any, Callable

from PySide6.QtCore import QObject, Qt, Signal

from ..live.protocol import Vote
from ..session.voting import VoteOutcome, VoteResult

HANDOVER_TIMEOUT = 5.0  # seconds a phone waits for the laptop before being asked to resend


@dataclass
class _Ticket:
    """One vote on its way to the GUI thread, and what became of it."""

    vote: Vote
    done: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)
    state: str = "waiting"  # waiting | taken | dropped
    outcome: VoteResult | None = None


class VoteHandover(QObject):
    """Carries a vote from a server thread to the GUI thread and waits for the outcome.

    A vote either runs on the GUI thread and its real outcome goes back to the phone, or it
    is dropped unseen (timeout, phones closed) and the phone is asked to resend: never saved
    while the phone is told it was not.
    """

    _arrived = Signal(object)

    def __init__(self, handle: Callable[[Vote], VoteResult], parent: QObject,
                 timeout: float = HANDOVER_TIMEOUT) -> None:
        super().__init__(parent)
        self._handle = handle
        self.timeout = timeout
        self._gui_thread = threading.get_ident()
        self._pending: set[int] = set()
        self._tickets: dict[int, _Ticket] = {}
        self._tickets_lock = threading.Lock()
        # The receiver lives on the GUI thread, so an emit from a server thread is queued.
        self._arrived.connect(self._run, Qt.ConnectionType.QueuedConnection)

    def submit(self, vote: Vote) -> VoteResult:
        """Called by the server on its threads; blocks until the GUI thread has decided."""
        if threading.get_ident() == self._gui_thread:
            return self._handle(vote)  # already home: waiting for ourselves would deadlock
        ticket = _Ticket(vote)
        with self._tickets_lock:
            self._tickets[id(ticket)] = ticket
        try:
            self._arrived.emit(ticket)
            if ticket.done.wait(self.timeout):
                return ticket.outcome or VoteResult(VoteOutcome.BUSY)
            with ticket.lock:
                if ticket.state == "waiting":
                    ticket.state = "dropped"
                    return VoteResult(VoteOutcome.BUSY)
            # Taken just now: the edit is running; its outcome is what the phone must hear.
            ticket.done.wait(self.timeout)
            return ticket.outcome or VoteResult(VoteOutcome.BUSY)
        finally:
            with self._tickets_lock:
                self._tickets.pop(id(ticket), None)

    def _run(self, ticket: _Ticket) -> None:
        with ticket.lock:
            if ticket.state != "waiting":
                return
            ticket.state = "taken"
        try:
            ticket.outcome = self._handle(ticket.vote)
        finally:
            ticket.done.set()

    def drop_all(self) -> None:
        """Answer every vote still queued (phones closing) so no server thread hangs."""
        with self._tickets_lock:
            waiting = list(self._tickets.values())
        for ticket in waiting:
            with ticket.lock:
                if ticket.state == "waiting":
                    ticket.state = "dropped"
                    ticket.outcome = VoteResult(VoteOutcome.ROUND_CLOSED)
                    ticket.done.set()


class SeenDevices:
    """Wraps the server's rate limiter to count the devices that reached the page."""

    def __init__(self, limiter: Any) -> None:
        self._limiter = limiter
        self.addresses: set[str] = set()

    def check(self, client: str) -> float:
        self.addresses.add(client)  # one set.add: safe from the server's threads
        return float(self._limiter.check(client))

    def retry_after(self, wait: float) -> str:
        return str(self._limiter.retry_after(wait))


__all__ = ["HANDOVER_TIMEOUT", "SeenDevices", "VoteHandover"]
