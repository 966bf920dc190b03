"""Live voting from phones during a scoring round: menu entries, address choice, the Phones
panel, and the hand-over of each phone vote to the GUI thread.

The server (``workshop_app.live``) runs on threads of its own and knows nothing of Qt or of
the session. The session's SQLite connection belongs to the GUI thread, so every vote is
handed to that thread and the server thread waits for the outcome: the vote then goes
through the same ``Rounds.submit_vote`` and ``SetScore`` command as a vote typed on the
keyboard (saved at once, undoable, drawn on the canvas). The question and the names the
phones see are snapshots replaced on the GUI thread, which server threads only read.

The server runs only while a round is open: ending the round, moving to another phase,
opening another session or closing the window closes the port.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QImage, QPixmap
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import settings
from ..domain.model import Change
from ..session import Session
from ..live.interfaces import LOOPBACK, Interface, address_scope, list_interfaces
from ..live.protocol import STALE_MESSAGE, Question, Vote, VoteOutcome
from ..live.session_round import phone_participants
from .menus import _action
from .text import literal, plain
from ..live.qr import join_qr_png
from ..live.server import VotingServer

if TYPE_CHECKING:  # pragma: no cover
    from ..live.server import VotingServer
    from .main_window import MainWindow

ADDRESS_SETTING = "live_voting_address"
HANDOVER_TIMEOUT = 5.0  # seconds a phone waits for the laptop before being asked to resend
BUSY_MESSAGE = "The laptop is busy; please send your scores again."
CLOSED_MESSAGE = "This round has closed."
QR_SIZE = 190  # pixels on the console; the projector draws its own, larger copy
STATS_EVERY_MS = 1000


# -- handing votes to the GUI thread ------------------------------------------------------
@dataclass
class _Ticket:
    """One vote on its way to the GUI thread, and what became of it."""

    vote: Vote
    done: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)
    state: str = "waiting"  # waiting | taken | dropped
    outcome: VoteOutcome | None = None


class VoteHandover(QObject):
    """Carries a vote from a server thread to the GUI thread and waits for the outcome.

    A vote either runs on the GUI thread and its real outcome goes back to the phone, or it
    is dropped unseen (timeout, phones closed) and the phone is asked to resend: never saved
    while the phone is told it was not.
    """

    _arrived = Signal(object)

    def __init__(self, handle: Callable[[Vote], VoteOutcome], parent: QObject,
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

    def submit(self, vote: Vote) -> VoteOutcome:
        """Called by the server on its threads; blocks until the GUI thread has decided."""
        if threading.get_ident() == self._gui_thread:
            return self._handle(vote)  # already home: waiting for ourselves would deadlock
        ticket = _Ticket(vote)
        with self._tickets_lock:
            self._tickets[id(ticket)] = ticket
        try:
            self._arrived.emit(ticket)
            if ticket.done.wait(self.timeout):
                return ticket.outcome or VoteOutcome.refused(BUSY_MESSAGE)
            with ticket.lock:
                if ticket.state == "waiting":
                    ticket.state = "dropped"
                    return VoteOutcome.refused(BUSY_MESSAGE)
            # Taken just now: the edit is running; its outcome is what the phone must hear.
            ticket.done.wait(self.timeout)
            return ticket.outcome or VoteOutcome.refused(BUSY_MESSAGE)
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

    def drop_all(self, message: str = CLOSED_MESSAGE) -> None:
        """Answer every vote still queued (phones closing) so no server thread hangs."""
        with self._tickets_lock:
            waiting = list(self._tickets.values())
        for ticket in waiting:
            with ticket.lock:
                if ticket.state == "waiting":
                    ticket.state = "dropped"
                    ticket.outcome = VoteOutcome.refused(message)
                    ticket.done.set()


class _SeenDevices:
    """Wraps the server's rate limiter to count the devices that reached the page."""

    def __init__(self, limiter: Any) -> None:
        self._limiter = limiter
        self.addresses: set[str] = set()

    def check(self, client: str) -> float:
        self.addresses.add(client)  # one set.add: safe from the server's threads
        return float(self._limiter.check(client))

    def retry_after(self, wait: float) -> str:
        return str(self._limiter.retry_after(wait))


# -- choosing the address -----------------------------------------------------------------
def preferred_address(interfaces: list[Interface], saved: Any) -> str:
    """The remembered address while the laptop still has it, else the usual LAN one."""
    addresses = [i.address for i in interfaces]
    if isinstance(saved, str) and saved in addresses:
        return saved
    route = next((i.address for i in interfaces if i.default_route and i.scope == "local network"), None)
    lan = next((i.address for i in interfaces if i.scope == "local network"), None)
    return route or lan or LOOPBACK


class AddressDialog(QDialog):
    """Which network the phones join through: the laptop's address on the room's Wi-Fi."""

    def __init__(self, parent: QWidget, interfaces: list[Interface], chosen: str) -> None:
        super().__init__(parent)
        self.setWindowTitle("Open the round to phones")
        layout = QVBoxLayout(self)
        intro = QLabel(
            "<b>Where should phones connect?</b><br>Pick this laptop's address on the network "
            "the room's phones are on (usually the Wi-Fi). The page is served only on the "
            "address you pick, and only while this round is open.")
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.addresses = QListWidget()
        for iface in interfaces:
            item = QListWidgetItem(iface.label)
            item.setData(Qt.ItemDataRole.UserRole, iface.address)
            if iface.scope == "public":
                item.setToolTip("Anyone who can reach this address could try the join code.")
            self.addresses.addItem(item)
            if iface.address == chosen:
                self.addresses.setCurrentItem(item)
        if self.addresses.currentItem() is None and self.addresses.count():
            self.addresses.setCurrentRow(0)
        self.addresses.itemDoubleClicked.connect(lambda _item: self.accept())
        self.addresses.setMinimumWidth(420)
        self.addresses.setMaximumHeight(24 * max(3, len(interfaces)) + 8)
        layout.addWidget(self.addresses)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #7A4A00;")
        layout.addWidget(self.note)
        self.addresses.currentItemChanged.connect(lambda *_: self._explain())
        self._explain()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Open to phones")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def address(self) -> str:
        item = self.addresses.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item is not None else LOOPBACK

    def _explain(self) -> None:
        scope = address_scope(self.address())
        self.note.setText({
            "loopback": "Phones cannot reach this address: it is for trying the page on this laptop.",
            "public": "This address can be reached from beyond the room; prefer a local network.",
        }.get(scope, ""))
        self.note.setVisible(bool(self.note.text()))


# -- the Phones panel ---------------------------------------------------------------------
def _qr_pixmap(url: str, size: int = QR_SIZE) -> QPixmap:
    """The join QR code with whole pixels per module, so it stays sharp for phone cameras."""

    probe = QImage.fromData(join_qr_png(url, scale=1))
    modules = max(1, probe.width())
    return QPixmap.fromImage(QImage.fromData(join_qr_png(url, scale=max(2, size // modules))))


def _plural(n: int, one: str, many: str) -> str:
    return f"<b>{n}</b> {one if n == 1 else many}"


class PhonesPanel(QWidget):
    """What the facilitator reads out: the address, the join code, the QR code, the counts."""

    def __init__(self, live: "LiveVoting") -> None:
        super().__init__()
        self.live = live
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(6)
        self.state = plain(QLabel(), "Phones are closed.")
        self.state.setWordWrap(True)
        self.state.setStyleSheet("font-weight: 700; color: #1D3F7A;")
        self.details = QWidget()
        grid = QGridLayout(self.details)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        self.address = plain(QLabel())
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address.setStyleSheet("font-size: 15px; font-weight: 700;")
        self.code = plain(QLabel())
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        code_font = QFont("monospace")
        code_font.setStyleHint(QFont.StyleHint.Monospace)
        code_font.setPixelSize(38)
        code_font.setBold(True)
        code_font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 5)
        self.code.setFont(code_font)
        self.code.setStyleSheet("color: #111;")
        for row, (caption, value) in enumerate((("Address", self.address), ("Code", self.code))):
            label = QLabel(caption)
            label.setStyleSheet("color: #555;")
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignVCenter)
            grid.addWidget(value, row, 1, Qt.AlignmentFlag.AlignVCenter)
        grid.setColumnStretch(1, 1)
        self.qr = QLabel()
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        grid.addWidget(self.qr, 2, 0, 1, 2)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #7A4A00;")
        self.counts = QLabel()
        self.counts.setWordWrap(True)
        self.close_button = QPushButton("Close phones")
        self.close_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Enter stays "next relation"
        self.close_button.clicked.connect(lambda: live.close_phones())
        # Shown when too many wrong join codes were tried (see live.joinguard).
        self.lock_note = QLabel()
        self.lock_note.setWordWrap(True)
        self.lock_note.setStyleSheet("color: #A12A00; font-weight: 700;")
        self.unlock_button = QPushButton("Unlock")
        self.unlock_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.unlock_button.setToolTip("Let new phones join again; phones already in keep voting")
        self.unlock_button.clicked.connect(lambda: live.unlock_joining())
        self.open_button = QPushButton("Open round to phones…  (Ctrl+Shift+R)")
        self.open_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.open_button.clicked.connect(lambda: live.open_dialog())
        footer = QHBoxLayout()
        footer.addWidget(self.counts, 1)
        footer.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignBottom)
        for w in (self.state, self.details, self.note):
            layout.addWidget(w)
        lock_row = QHBoxLayout()
        lock_row.addWidget(self.lock_note, 1)
        lock_row.addWidget(self.unlock_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addLayout(lock_row)
        layout.addLayout(footer)
        layout.addWidget(self.open_button)
        layout.addStretch(1)
        self._shown_url = ""

    def refresh(self) -> None:
        live = self.live
        server = live.server
        running = server is not None
        for w in (self.details, self.counts, self.close_button):
            w.setVisible(running)
        self.open_button.setVisible(not running)
        if server is None:
            self.state.setText(live.closed_text or "Phones are closed.")
            for w in (self.note, self.lock_note, self.unlock_button):
                w.setVisible(False)
            self._shown_url = ""
            return
        self.state.setText("Phones can join this round")
        self.address.setText(live.short_address)
        self.code.setText(server.join_code)
        if server.url != self._shown_url:
            self.qr.setPixmap(_qr_pixmap(server.url))
            self.qr.setToolTip(server.url)
            self._shown_url = server.url
        loopback = address_scope(server.display_host) == "loopback"
        self.note.setText("This computer only: phones cannot reach this address." if loopback else "")
        self.note.setVisible(loopback)
        self.refresh_counts()

    def refresh_counts(self) -> None:
        live = self.live
        people = len(live.voters)
        text = (f"{_plural(live.phones_seen(), 'phone', 'phones')} seen · "
                f"{_plural(live.votes_received, 'vote', 'votes')} from "
                f"{_plural(people, 'person', 'people')}")
        refused = live.refused_count()
        if refused:
            text += f"<br><span style='color:#666'>{refused} not taken (late or incomplete)</span>"
        self.counts.setText(text)
        status = live.join_status()
        locked = bool(status is not None and status.locked)
        self.lock_note.setText(f"Joining locked after {status.wrong_codes} wrong codes — press Unlock"
                               if locked else "")
        self.lock_note.setVisible(locked)
        self.unlock_button.setVisible(locked)


# -- the feature ----------------------------------------------------------------------------
class LiveVoting(QObject):
    """The feature object: opens and closes the phone server around a scoring round."""

    phonesChanged = Signal(bool)  # True when the phones open, False when they close

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.window = window
        self.server: VotingServer | None = None
        self.closed_text = ""
        self.votes_received = 0
        self.voters: set[int] = set()
        self._question: Question | None = None  # replaced on the GUI thread, read by the server
        self._names: tuple[tuple[int, str], ...] = ()
        self._seen: _SeenDevices | None = None
        self._rounds_connected: Any = None
        self._session: Session | None = None
        self._placed = False
        self.handover = VoteHandover(self._handle_vote, self)
        self.panel = PhonesPanel(self)
        self.dock = QDockWidget("Phones", window)
        self.dock.setObjectName("PhonesDock")
        self.dock.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()
        self.act_open = _action(window, "Open round to phones…", self.open_dialog, "Ctrl+Shift+R",
                                tip="Let participants score the current relation from their phones")
        self.act_close = _action(window, "Close phones", self.close_phones,
                                 tip="Stop taking votes from phones (the round goes on)")
        self.act_close.setEnabled(False)
        menu = window.menus["score"]
        menu.addAction(self.act_open)
        menu.addAction(self.act_close)
        window.menus["panels"].addAction(self.dock.toggleViewAction())
        self._stats_timer = QTimer(self)
        self._stats_timer.setInterval(STATS_EVERY_MS)
        self._stats_timer.timeout.connect(self.panel.refresh_counts)
        window.sessionChanged.connect(self._session_changed)
        window.installEventFilter(self)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close_phones)
        self._watch(window.session)
        self.panel.refresh()

    # -- the rounds feature -------------------------------------------------------------
    def rounds(self) -> Any:
        """The scoring-rounds feature, connected on first use (features attach in turn)."""
        rounds = getattr(self.window, "features", {}).get("rounds")
        if rounds is not None and self._rounds_connected is not rounds:
            rounds.questionChanged.connect(self._question_changed)
            self._rounds_connected = rounds
        return rounds

    # -- opening and closing ------------------------------------------------------------
    @property
    def is_open(self) -> bool:
        return self.server is not None

    @property
    def short_address(self) -> str:
        """What people type: the address without the code (the page then asks for it)."""
        server = self.server
        return "" if server is None else f"http://{server.display_host}:{server.port}"

    def open_dialog(self) -> None:
        """Score ▸ Open round to phones: start a round if none runs, pick the address, open."""
        if self.is_open:
            self.show_panel()
            return
        if self.window.session.read_only:
            QMessageBox.information(self.window, "Phones cannot vote",
                                    "This session is open read-only, so votes could not be saved.")
            return
        rounds = self.rounds()
        if rounds is None:
            return
        if rounds.current_question() is None:
            rounds.start_dialog()
            if rounds.current_question() is None:
                return  # the facilitator cancelled the round
        interfaces = list_interfaces()
        dialog = AddressDialog(self.window, interfaces, preferred_address(interfaces, settings.get(ADDRESS_SETTING)))
        if not dialog.exec():
            return
        address = dialog.address()
        settings.put(ADDRESS_SETTING, address)
        self.open_phones(address)

    def open_phones(self, address: str, *, port: int = 0, rate_limit: tuple[int, float] | None = None) -> bool:
        """Serve the current round on ``address``; False (after a dialog) if it cannot."""
        if self.is_open:
            return True
        rounds = self.rounds()
        question = rounds.current_question() if rounds is not None else None
        if question is None:
            QMessageBox.information(self.window, "No scoring round",
                                    "Start a scoring round first (Score ▸ Start round…).")
            return False
        self._question = Question.from_mapping(question)
        self._names = tuple(phone_participants(self.window.session.model))
        options: dict[str, Any] = {} if rate_limit is None else {"rate_limit": rate_limit}

        server = VotingServer(address, port, question=self.question, participants=self.participants,
                              submit=self.handover.submit, **options)
        self._seen = _SeenDevices(server.limiter)
        server.limiter = self._seen  # type: ignore[assignment]
        try:
            server.start()
        except OSError as exc:
            QMessageBox.warning(
                self.window, "Phones could not join",
                literal(f"The phone page could not be opened on {address}: {exc.strerror or exc}.\n"
                        "Check that the laptop is on the room's network, or pick another address."))
            self._question = None
            return False
        self.server = server
        self.votes_received = 0
        self.voters = set()
        self.closed_text = ""
        self._sync(True)
        self.show_panel()
        if not self._names:
            self.window.statusBar().showMessage(
                "No participants to choose from on the phones yet: add people in the Participants panel.", 8000)
        return True

    def close_phones(self, message: str = "Phones closed; the round goes on.") -> None:
        """Close the port and every connection; the round itself is left as it is."""
        server, self.server = self.server, None
        if server is None:
            return
        self._question = None  # from now on a late vote is answered "moved on"
        self.handover.drop_all()
        server.stop()
        self.closed_text = message
        self._sync(False)
        if message:
            self.window.statusBar().showMessage(message, 6000)

    def show_panel(self) -> None:
        if not self._placed:
            self._place_dock()
        self.dock.show()
        self.dock.raise_()
        self.panel.refresh()

    def _place_dock(self) -> None:
        """First time: beside the round, not over it (the facilitator needs both in view).

        The round shares a tab group with the Properties dock; the Phones panel joins the
        other group of that side (the Notes dock), or sits below the round if there is none.
        """
        window = self.window
        rounds_dock = getattr(self.rounds(), "dock", None)
        if not isinstance(rounds_dock, QDockWidget) or rounds_dock.isFloating():
            return
        self._placed = True
        area = window.dockWidgetArea(rounds_dock)
        group = {rounds_dock, *window.tabifiedDockWidgets(rounds_dock)}
        others = [d for d in window.findChildren(QDockWidget)
                  if d is not self.dock and d not in group and d.isVisible() and not d.isFloating()
                  and window.dockWidgetArea(d) == area]
        if others:
            window.tabifyDockWidget(others[-1], self.dock)
        else:
            window.addDockWidget(area, self.dock, Qt.Orientation.Vertical)
        # Only as tall as its content: the rest of the side stays for the round's grid.
        QTimer.singleShot(0, lambda: window.resizeDocks(
            [self.dock], [self.dock.sizeHint().height()], Qt.Orientation.Vertical))

    def _sync(self, opened: bool) -> None:
        self.act_open.setText("Show the phones panel" if opened else "Open round to phones…")
        self.act_close.setEnabled(opened)
        if opened:
            self._stats_timer.start()
        else:
            self._stats_timer.stop()
        self.panel.refresh()
        self._tell_projector()
        self.phonesChanged.emit(opened)

    def _tell_projector(self) -> None:
        """Hand the join details to the projector when it can show them."""
        projector = getattr(self.window, "features", {}).get("projector")
        setter = getattr(projector, "set_join_info", None)
        if setter is None:
            return
        server = self.server
        if server is None:
            setter(None, "", b"")
        else:

            setter(self.short_address, server.join_code, join_qr_png(server.url))

    # -- what the server reads (any thread) ---------------------------------------------
    def question(self) -> Question | None:
        return self._question

    def participants(self) -> list[tuple[int, str]]:
        return list(self._names)

    def phones_seen(self) -> int:
        return 0 if self._seen is None else len(self._seen.addresses)

    def join_status(self) -> Any:
        """Whether new phones can join (a ``live.joinguard.JoinStatus``), None when closed."""
        return None if self.server is None else self.server.join_status()

    def unlock_joining(self) -> None:
        """The panel's Unlock: new phones may join again after too many wrong codes."""
        if self.server is not None:
            self.server.unlock_joining()
            self.window.statusBar().showMessage("New phones can join again.", 5000)
        self.panel.refresh_counts()

    def refused_count(self) -> int:
        return 0 if self.server is None else self.server.stats().get("votes_refused", 0)

    # -- votes (GUI thread) -------------------------------------------------------------
    def _handle_vote(self, vote: Vote) -> VoteOutcome:
        question = self._question
        rounds = self.rounds()
        if self.server is None or question is None or rounds is None:
            return VoteOutcome.refused(CLOSED_MESSAGE)
        if vote.question_id != question.question_id:
            return VoteOutcome.moved_on()
        accepted, reason = rounds.submit_vote(vote.participant_id, vote.question_id, dict(vote.values))
        if not accepted:
            return VoteOutcome.moved_on() if reason == STALE_MESSAGE else VoteOutcome.refused(reason)
        self.votes_received += 1
        self.voters.add(vote.participant_id)
        self.panel.refresh_counts()
        return VoteOutcome.ok()

    def _question_changed(self, question: dict[str, Any] | None) -> None:
        if question is None:
            self.close_phones("Phones closed: the scoring round ended.")
            return
        if self.is_open:
            self._question = Question.from_mapping(question)

    # -- following the session ----------------------------------------------------------
    def _watch(self, session: Session) -> None:
        if self._session is not None:
            self._session.unsubscribe(self._on_changes)
        self._session = session
        session.subscribe(self._on_changes)

    def _on_changes(self, changes: list[Change], reason: str) -> None:
        if not self.is_open:
            return
        if reason == "bulk" or any(c.table == "participants" for c in changes):
            self._names = tuple(phone_participants(self.window.session.model))
        if any(c.table in ("actors", "relations", "phases") for c in changes):
            rounds = self.rounds()
            current = rounds.current_question() if rounds is not None else None
            if current is not None:
                self._question = Question.from_mapping(current)  # a renamed actor shows at once

    def _session_changed(self, session: Session) -> None:
        self.close_phones("Phones closed: another session was opened.")
        self._watch(session)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.window and event.type() == QEvent.Type.Close:
            self.close_phones("")  # the port closes with the console
        return False


def attach(window: "MainWindow") -> LiveVoting:
    return LiveVoting(window)


__all__ = ["AddressDialog", "LiveVoting", "PhonesPanel", "VoteHandover", "attach", "preferred_address"]
