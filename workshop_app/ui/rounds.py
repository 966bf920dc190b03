"""Scoring rounds in the room: one relation at a time, every participant, every dimension.

The facilitator asks, types the answer (1–5), and the round moves on by itself; Tab skips to
the next person, Enter puts the next relation to the room, Esc ends the round. The round is a
cursor (``domain/rounds.py``) kept in the room's state (``session/room.py``), which the
projector and the phones read too. Each answer goes through ``session.voting.submit_vote``,
the same door as a phone's vote: one ``SetScore`` edit, saved at once and undoable. A "Most
contested" list shows where the room disagrees most, to pick what to discuss next.

The keys: 1–5 and Backspace are the console's scoring keys, which ``ScoringKeys`` sends here
while a round runs; Tab, Shift+Tab, Enter and Esc are actions of this feature, bound only
while a round runs. A key pressed in a text field stays text.

A round may ask one question at a time (everyone on trust, then everyone on commitment …;
Enter puts the next question) and may be blind: each question's votes stay hidden on the
canvas, the wall and the console's panels until everybody asked has answered it or the
facilitator reveals them (V). The room's state keeps who answered and whether it is hidden;
this feature tells the scene which relation to draw without its votes.
"""

from __future__ import annotations

from typing import Callable, Mapping, Sequence

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
)

from ..domain import vocabulary as voc
from ..domain.wording import count
from ..domain.rounds import ScoringRound, default_participants, round_relations
from ..session.room import Reveal
from ..session.voting import VoteOutcome, VoteResult, submit_vote
from .actions import Actions
from .docks.lazy_dock import PanelDock
from .context import FeatureBase, Row, WindowContext
from .room_signals import RoomSignals
from .round_panel import RoundPanel, RoundSetupDialog
from .scoring_keys import ScoringKeys
from .i18n import tr
from ..domain.i18n import N_

CONTESTED_DELAY_MS = 150  # a run through the phases lists the contested relations once
_TYPING = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)
# The round's own actions: (name, text, keys, key given back to a text field).
_ROUND_KEYS: tuple[tuple[str, str, tuple[str, ...], Qt.Key], ...] = (
    ("round_next_person", N_("Next person"), ("Tab",), Qt.Key.Key_Tab),
    ("round_previous_person", N_("Previous person"), ("Backtab", "Shift+Backtab", "Shift+Tab"), Qt.Key.Key_Backtab),
    ("round_next_relation", N_("Next relation"), ("Return", "Enter"), Qt.Key.Key_Return),
    ("round_end", N_("End the round (asks first)"), ("Esc",), Qt.Key.Key_Escape),
)
# How the F1 sheet shows them (the first key of each, the two Tabs on one row).
_SHEET: tuple[tuple[str, str], ...] = (
    ("1 – 5", N_("Answer of the person asked")),
    (N_("Backspace"), N_("Clear the marked answer")),
    ("Tab / Shift+Tab", N_("Next / previous person")),
    (N_("Enter"), N_("Next relation (or next question, one question at a time)")),
    ("V", N_("Reveal the votes of a blind question")),
    (N_("Esc"), N_("End the round (asks first)")),
)
# Failures the facilitator must stop for; the others are said in the status bar.
_DIALOG = {VoteOutcome.READ_ONLY, VoteOutcome.SAVE_FAILED}


def is_typing(widget: QObject | None) -> bool:
    """Keys belong to a text field that has focus (a note being typed is never a vote)."""
    if isinstance(widget, _TYPING):
        return True
    return isinstance(widget, QComboBox) and widget.isEditable()


def unless_typing(actions: Actions, name: str, step: Callable[[], object], key: Qt.Key) -> Callable[[], None]:
    """The step of the action ``name``, unless a text field has the keyboard: then the key
    goes to the field (Enter adds the note being typed), with the action set aside while it
    travels. For a mode's keys that are also keys of text fields (Tab, Enter, arrows)."""

    def run() -> None:
        focus = QApplication.focusWidget()
        if not is_typing(focus):
            step()
            return
        assert focus is not None
        action = actions[name]
        action.setEnabled(False)  # a disabled shortcut lets the key through
        try:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QCoreApplication.sendEvent(focus, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier))
        finally:
            action.setEnabled(True)

    return run


class Rounds(FeatureBase):
    """The feature: start, run and end rounds; the round itself lives in the room's state."""

    name = "rounds"
    cheat_sheet_title = N_("During a scoring round")

    def __init__(self, room: RoomSignals, keys: ScoringKeys) -> None:
        super().__init__()
        self.room_signals = room
        self.room = room.room
        self.keys = keys
        self._known_people: set[int] = set()  # who was on the list when the round last looked

    def attach(self, ctx: WindowContext) -> None:
        super().attach(ctx)
        self._contested_timer = QTimer(self)
        self._contested_timer.setSingleShot(True)
        self._contested_timer.setInterval(CONTESTED_DELAY_MS)
        self._contested_timer.timeout.connect(self._refresh_contested)
        self.dock = PanelDock(tr("Scoring round"), ctx.parent, lambda: RoundPanel(self))  # made when first needed
        self.dock.setObjectName("RoundsDock")
        ctx.add_dock(self.dock, tab_with=ctx.dock("PropertiesDock"))
        self.dock.visibilityChanged.connect(lambda shown: shown and self.panel.refresh())
        ctx.add_separator("score")
        self.act_start = ctx.declare("start_round", tr("Start round…"), self.start_dialog, "Ctrl+R", menu="score",
                                     tip=tr("Ask every participant to score relations one by one"))
        self.act_contested = ctx.declare("contested", tr("Most contested relations"), self.show_panel, menu="score",
                                         tip=tr("Relations in this phase where the votes differ most"))
        steps: dict[str, Callable[[], object]] = {
            "round_next_person": self.next_participant, "round_previous_person": self.previous_participant,
            "round_next_relation": self.next_relation, "round_end": lambda: self.end(confirm=True)}
        for name, text, keys, key in _ROUND_KEYS:
            ctx.declare(name, tr(text), unless_typing(ctx.actions, name, steps[name], key), *keys, live=False,
                        on_wall=name != "round_end")  # on the wall, Esc closes the wall
        self.act_reveal = ctx.declare(
            "reveal_votes", tr("Reveal the votes"), self.reveal, "V", live=False, menu="score",
            tip=tr("Show the votes of the blind question to the room now"))
        self.keys.round_vote = self.vote
        events, signals = ctx.model_events, ctx.signals
        ctx.connect(events.participantsChanged, self._people_changed)
        ctx.connect(events.edited, self._edited)
        ctx.connect(signals.sessionChanged, self._session_changed)
        ctx.connect(signals.phaseChanged, self._phase_changed)
        ctx.connect(signals.closing, lambda: self.end(confirm=False))
        ctx.connect(self.room_signals.changed, self._room_changed)


    @property
    def panel(self) -> RoundPanel:
        """The panel in the dock (made on first use)."""
        return self.dock.panel  # type: ignore[no-any-return]

    def detach(self) -> None:
        self.end(confirm=False)
        self.keys.round_vote = None
        super().detach()

    @property
    def round(self) -> ScoringRound | None:
        return self.room.round

    # -- starting and ending --------------------------------------------------------------
    def show_panel(self) -> None:
        self.dock.show()
        self.dock.raise_()
        self.panel.refresh()

    def start_dialog(self) -> None:
        if self.round is not None and not self.end(confirm=True):
            return
        ctx = self.ctx
        if not ctx.session.model.active_relations(ctx.phase_id):
            QMessageBox.information(ctx.parent, tr("Nothing to score"), tr("This phase has no relations to score yet."))
            return
        dialog = RoundSetupDialog(ctx)
        if dialog.exec():
            self.start(dialog.choice(), dialog.participant_ids(), order=dialog.order(), blind=dialog.is_blind(),
                       dimensions=dialog.dimensions(), questions=dialog.questions())

    def start(self, choice: str = "all", participant_ids: list[int] | None = None, *,
              order: str = "person", blind: bool = False, dimensions: Sequence[str] | None = None,
              questions: Mapping[str, str] | None = None) -> bool:
        """Start a round on the current phase; ``choice`` is a key of ``RELATION_SETS``,
        ``order`` one of ``ROUND_ORDERS``; ``blind`` hides each question's votes until revealed;
        ``dimensions`` are the questions asked (all three by default), ``questions`` their
        wording where it is not the app's own (a protocol's, with the actors as {a} and {b})."""
        ctx = self.ctx
        model, phase_id = ctx.session.model, ctx.phase_id
        relations = round_relations(model, phase_id, choice, ctx.scene.selected_relation_ids())
        people = participant_ids if participant_ids is not None else \
            default_participants(model, (voc.CASE_PARTICIPANT, voc.DEFAULT_PARTICIPANT))
        if not relations or not people:
            why = (tr("There are no relations to score in this choice.") if not relations
                   else tr("There are no participants to ask in this choice."))
            QMessageBox.information(ctx.parent, tr("Cannot start the round"), why)
            return False
        self._known_people = set(model.tables["participants"])
        self._set_keys_live(True)
        self.show_panel()
        self.room.start_round(ScoringRound(tuple(relations), phase_id, tuple(people),
                                           tuple(dimensions or voc.SCORE_DIMENSIONS), order=order, blind=blind,
                                           questions=dict(questions or {})))
        self._focus()
        return True

    def end(self, confirm: bool = True, message: str = "") -> bool:
        """End the round (the votes stay); with ``confirm`` the facilitator is asked first."""
        if self.round is None:
            return True
        ctx = self.ctx
        if confirm:
            answer = QMessageBox.question(
                ctx.parent, tr("End the scoring round"),
                tr("End this scoring round? Every vote given so far is kept."))
            if answer != QMessageBox.StandardButton.Yes:
                return False
        self._set_keys_live(False)
        ctx.scene.set_marks({}, {})
        self.panel.idle_text.setText(message or tr("No scoring round is running."))
        if message:
            ctx.status(message, 6000)
        self.room.end_round()
        return True

    def _set_keys_live(self, on: bool) -> None:
        for name, *_rest in _ROUND_KEYS:
            self.ctx.actions.set_live(name, on)

    # -- moving the cursor ----------------------------------------------------------------
    def vote(self, value: int | None) -> VoteResult:
        """Score (or with ``None`` clear) the marked cell; a vote moves on to the next cell."""
        r = self.round
        if r is None or r.is_done() or r.current_participant is None or r.current_dimension is None:
            return VoteResult(VoteOutcome.ROUND_CLOSED)
        result = submit_vote(self.ctx.session, self.room, r.current_participant,
                             {r.current_dimension: value})
        if not result.accepted:
            self._refused(result)
            self._focus()  # put the highlight back
            return result
        if value is not None:
            r.advance()
        self.room.round_moved()
        return result

    def _refused(self, result: VoteResult) -> None:
        if result.outcome in _DIALOG:
            QMessageBox.warning(self.ctx.parent, tr("Vote not saved"), result.message)
        else:
            self.ctx.status(result.message, 6000)

    def next_participant(self) -> None:
        if self.round is not None:
            self.round.next_participant()
            self.room.round_moved()

    def previous_participant(self) -> None:
        if self.round is not None:
            self.round.previous_participant()
            self.room.round_moved()

    def reveal(self) -> None:
        """V: show the blind question's votes now (not everybody has answered)."""
        if self.room.hidden:
            self.room.set_reveal(Reveal.REVEALED)
            self.ctx.status(tr("The votes are revealed."), 4000)

    def next_relation(self) -> None:
        """Enter: the next relation, or one question at a time the next question."""
        r = self.round
        if r is None:
            return
        if not r.next_question():
            self.room.question_moved()
            self._focus()
            return
        r.skip_unscorable(self.ctx.session.model)
        if r.is_done():
            self.end(confirm=False, message=tr("Round complete: {relations} put to the room.").format(
                    relations=count(len(r.relation_ids), 'relation')))
            return
        self.room.question_moved()
        self._focus()

    def moved(self) -> None:
        """The cursor was moved by hand (a click in the grid)."""
        self.room.round_moved()

    def _focus(self) -> None:
        r = self.round
        if r is None or r.current_relation is None:
            return
        self.show_relation(r.current_relation)
        rel = self.ctx.session.model.relation(r.current_relation)
        self.ctx.scene.set_marks({rel.source: "focus", rel.target: "focus"}, {r.current_relation: "focus"},
                                 legend=[("focus", tr("being scored now"))])

    def show_relation(self, relation_id: int) -> None:
        """Select a relation on the canvas and bring it into view."""
        scene = self.ctx.scene
        scene.select(relation_ids=[relation_id])
        item = scene.relation_items.get(relation_id)
        if item is not None:
            self.ctx.view.ensureVisible(item, 60, 60)

    # -- keys -----------------------------------------------------------------------------
    def cheat_sheet_rows(self) -> list[Row]:
        """Keys that work only during a round (bound only while it runs)."""
        return [(tr(keys), tr(text)) for keys, text in _SHEET]

    # -- following the window and the session ---------------------------------------------
    def _room_changed(self) -> None:
        withheld = self.room.withheld
        self.ctx.scene.set_withheld([withheld] if withheld is not None else [])
        self.ctx.actions.set_live("reveal_votes", self.room.hidden)
        r = self.round
        self.ctx.actions["round_next_relation"].setText(
            tr("Next question") if r is not None and r.by_dimension else tr("Next relation"))
        self.panel.refresh()

    def _people_changed(self) -> None:
        """Late arrivals are asked too; a deleted participant leaves the round."""
        r = self.round
        model = self.ctx.session.model
        now = set(model.tables["participants"])
        arrived, self._known_people = now - self._known_people, now
        if r is None:
            return
        gone = [pid for pid in r.participant_ids if pid not in now]
        if gone and len(gone) == len(r.participant_ids):
            self.end(confirm=False, message=tr("Scoring round ended: nobody left to ask."))
            return
        for pid in gone:
            r.remove_participant(pid)
        for pid in sorted(arrived):
            if model.tables["participants"][pid].name != voc.CASE_PARTICIPANT:
                r.add_participant(pid)
        if gone or arrived:
            self.room.round_moved()

    def _edited(self, _reason: str) -> None:
        r = self.round
        if r is None:
            if self.dock.isVisible():
                self.panel.refresh()
            return
        model = self.ctx.session.model
        if r.phase_id not in model.tables["phases"]:
            self.end(confirm=False, message=tr("Scoring round ended: its phase was deleted."))
            return
        if r.blind:  # an undone vote is no answer
            self.room.keep_answers(lambda pid, dim: r.vote(model, pid).get(dim) is not None)
        if r.skip_unscorable(model):
            if r.is_done():
                self.end(confirm=False, message=tr("Scoring round ended: no relations left to score."))
                return
            self.room.question_moved()
            self._focus()
            return
        self.room.round_moved()  # new votes and names to show

    def _session_changed(self, _session: object) -> None:
        self.end(confirm=False)
        if self.dock.isVisible():  # a closed panel catches up when shown
            self.panel.refresh()

    def _phase_changed(self, phase_id: int) -> None:
        if self.round is not None and phase_id != self.round.phase_id:
            self.end(confirm=False, message=tr("Scoring round ended: you moved to another phase (the votes are kept)."))
        elif self.dock.isVisible():
            self._contested_timer.start()  # after the switch, not inside it

    def _refresh_contested(self) -> None:
        if self.dock.isVisible():
            self.panel.refresh_contested()


__all__ = ["Rounds", "RoundSetupDialog", "is_typing", "unless_typing"]
