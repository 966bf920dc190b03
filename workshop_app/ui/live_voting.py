"""Live voting from phones during a scoring round: the menu entries, opening and closing the
phone server, and each phone vote on its way into the session.

The server (``workshop_app.live``) runs on threads of its own and knows nothing of Qt or of
the session. Every vote is handed to the GUI thread (``ui/vote_handover.py``) and goes through
``session.voting.submit_vote`` with the room's state, like a key pressed in the round: saved at
once, undoable, drawn on the canvas, refused for the same reasons. The question and the names
the phones see are snapshots replaced on the GUI thread, which server threads only read. How
phones join is put in the room's state, where the projector reads it.

The server runs only while a round is open: ending the round, moving to another phase,
opening another session or closing the window closes the port.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from .. import settings
from ..live.interfaces import list_interfaces
from ..live.protocol import Question, Vote
from ..live.session_round import phone_participants, public_question
from ..session.room import JoinInfo
from ..session.voting import VoteOutcome, VoteResult, submit_vote
from .docks.lazy_dock import PanelDock
from .context import FeatureBase, WindowContext
from . import seams
from .phones_panel import AddressDialog, PhonesPanel, preferred_address
from .room_signals import RoomSignals
from .text import literal
from .vote_handover import SeenDevices, VoteHandover
from .i18n import tr

if TYPE_CHECKING:  # pragma: no cover
    from ..live.server import VotingServer
    from .rounds import Rounds

STATS_EVERY_MS = 1000


class LiveVoting(FeatureBase):
    """The feature: opens and closes the phone server around a scoring round."""

    name = "live_voting"
    phonesChanged = Signal(bool)  # True when the phones open, False when they close

    def __init__(self, room: RoomSignals, rounds: "Rounds") -> None:
        super().__init__()
        self.room_signals = room
        self.room = room.room
        self.rounds = rounds  # starts a round when phones are opened without one; docks beside it
        self.server: VotingServer | None = None
        self.closed_text = ""
        self.votes_received = 0
        self.voters: set[int] = set()
        self._question: Question | None = None  # replaced on the GUI thread, read by the server
        self._names: tuple[tuple[int, str], ...] = ()
        self._seen: SeenDevices | None = None
        self._placed = False

    def attach(self, ctx: WindowContext) -> None:
        super().attach(ctx)
        self.handover = VoteHandover(self._handle_vote, self)
        self.dock = PanelDock(tr("Phones"), ctx.parent, lambda: PhonesPanel(self))  # made when first needed
        self.dock.setObjectName("PhonesDock")
        ctx.add_dock(self.dock)
        self.act_open = ctx.declare("open_phones", tr("Open round to phones…"), self.open_dialog, "Ctrl+Shift+R",
                                    menu="score",
                                    tip=tr("Let participants score the current relation from their phones"))
        self.act_close = ctx.declare("close_phones", tr("Close phones"), self.close_phones, menu="score",
                                     tip=tr("Stop taking votes from phones (the round goes on)"))
        self.act_close.setEnabled(False)
        self._stats_timer = QTimer(self)
        self._stats_timer.setInterval(STATS_EVERY_MS)
        self._stats_timer.timeout.connect(self.refresh_counts)
        events, signals = ctx.model_events, ctx.signals
        for signal in (events.participantsChanged, events.reset):
            ctx.connect(signal, self._names_changed)
        for signal in (events.actorsChanged, events.relationsChanged, events.phasesChanged):
            ctx.connect(signal, self._texts_changed)  # a renamed actor shows at once
        ctx.connect(signals.sessionChanged,
                    lambda _s: self.close_phones(tr("Phones closed: another session was opened.")))
        ctx.connect(signals.closing, lambda: self.close_phones(""))  # the port closes with the console
        ctx.connect(self.room_signals.questionChanged, self._question_changed)
        app = QApplication.instance()
        if app is not None:
            ctx.connect(app.aboutToQuit, self.close_phones)
        self.dock.when_built(lambda: self.panel.refresh())  # the panel is made when first needed


    @property
    def panel(self) -> PhonesPanel:
        """The panel in the dock (made on first use)."""
        return self.dock.panel  # type: ignore[no-any-return]

    def detach(self) -> None:
        self.close_phones("")
        super().detach()

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
        ctx = self.ctx
        if self.is_open:
            self.show_panel()
            return
        if ctx.session.read_only:
            QMessageBox.information(ctx.parent, tr("Phones cannot vote"), VoteOutcome.READ_ONLY.message)
            return
        if self.room.question is None:
            self.rounds.start_dialog()
            if self.room.question is None:
                return  # the facilitator cancelled the round
        interfaces = list_interfaces()
        dialog = AddressDialog(ctx.parent, interfaces,
                               preferred_address(interfaces, settings.current().live_voting_address))
        if not dialog.exec():
            return
        address = dialog.address()
        settings.store().set(live_voting_address=address)
        self.open_phones(address)

    def open_phones(self, address: str, *, port: int = 0, rate_limit: tuple[int, float] | None = None) -> bool:
        """Serve the current round on ``address``; False (after a dialog) if it cannot."""
        if self.is_open:
            return True
        ctx = self.ctx
        question = self.room.question
        if question is None:
            QMessageBox.information(ctx.parent, tr("No scoring round"),
                                    tr("Start a scoring round first (Score ▸ Start round…)."))
            return False
        self._question = public_question(ctx.session.model, question)
        self._names = tuple(phone_participants(ctx.session.model))
        options: dict[str, Any] = {} if rate_limit is None else {"rate_limit": rate_limit}
        server = seams.voting_server()(address, port, question=self.question, participants=self.participants,
                              submit=self.handover.submit, **options)
        self._seen = SeenDevices(server.limiter)
        server.limiter = self._seen  # type: ignore[assignment]
        try:
            server.start()
        except OSError as exc:
            QMessageBox.warning(
                ctx.parent, tr("Phones could not join"),
                literal(tr("The phone page could not be opened on {address}: {value}.\nCheck that the "
                           "laptop is on the room's network, or pick another address.").format(
                        address=address, value=exc.strerror or exc)))
            self._question = None
            return False
        self.server = server
        self.votes_received = 0
        self.voters = set()
        self.closed_text = ""
        self.room.set_join(JoinInfo(self.short_address, server.join_code, server.url))
        self._sync(True)
        self.show_panel()
        if not self._names:
            ctx.status(tr("No participants to choose from on the phones yet: add people in the "
                          "Participants panel."), 8000)
        return True

    def close_phones(self, message: str | None = None) -> None:
        """Close the port and every connection; the round itself is left as it is."""
        if message is None:
            message = tr("Phones closed; the round goes on.")
        server, self.server = self.server, None
        if server is None:
            return
        self._question = None  # from now on a late vote is answered "moved on"
        self.handover.drop_all()
        server.stop()
        self.closed_text = message
        self.room.set_join(None)
        self._sync(False)
        if message:
            self.ctx.status(message, 6000)

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
        ctx = self.ctx
        rounds_dock = self.rounds.dock
        if rounds_dock.isFloating():
            return
        self._placed = True
        area = ctx.dock_area(rounds_dock)
        group = {rounds_dock, *ctx.tab_group(rounds_dock)}
        others = [d for d in ctx.docks_in(area) if d is not self.dock and d not in group]
        if others:
            ctx.tabify(others[-1], self.dock)
        else:
            ctx.move_dock(self.dock, area, Qt.Orientation.Vertical)
        # Only as tall as its content: the rest of the side stays for the round's grid.
        QTimer.singleShot(0, lambda: ctx.resize_docks(
            [self.dock], [self.dock.sizeHint().height()], Qt.Orientation.Vertical))

    def _sync(self, opened: bool) -> None:
        self.act_open.setText(tr("Show the phones panel") if opened else tr("Open round to phones…"))
        self.act_close.setEnabled(opened)
        if opened:
            self._stats_timer.start()
        else:
            self._stats_timer.stop()
        self.panel.refresh()
        self.phonesChanged.emit(opened)

    def refresh_counts(self) -> None:
        """Each second while open: the panel's counts, and whether joining is locked."""
        status = self.join_status()
        join = self.room.join
        if status is not None and join is not None:
            self.room.set_join(replace(join, locked=bool(status.locked), wrong_codes=int(status.wrong_codes)))
        self.panel.refresh_counts()

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
            self.ctx.status(tr("New phones can join again."), 5000)
        self.refresh_counts()

    def refused_count(self) -> int:
        return 0 if self.server is None else self.server.stats().get("votes_refused", 0)

    # -- votes (GUI thread) -------------------------------------------------------------
    def _handle_vote(self, vote: Vote) -> VoteResult:
        if self.server is None:
            return VoteResult(VoteOutcome.ROUND_CLOSED)
        result = submit_vote(self.ctx.session, self.room, vote.participant_id, vote.values,
                             question_id=vote.question_id)
        if result.accepted:
            self.votes_received += 1
            self.voters.add(vote.participant_id)
            self.panel.refresh_counts()
        return result

    def _question_changed(self) -> None:
        question = self.room.question
        if question is None:
            self.close_phones(tr("Phones closed: the scoring round ended."))
        elif self.is_open:
            self._question = public_question(self.ctx.session.model, question)

    # -- following the session ----------------------------------------------------------
    def _names_changed(self) -> None:
        if self.is_open:
            self._names = tuple(phone_participants(self.ctx.session.model))

    def _texts_changed(self) -> None:
        question = self.room.question
        if self.is_open and question is not None:
            self._question = public_question(self.ctx.session.model, question)


__all__ = ["LiveVoting"]
