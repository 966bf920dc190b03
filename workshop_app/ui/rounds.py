"""Scoring rounds in the room: one relation at a time, every participant, every dimension.

The facilitator asks, types the answer (1–5), and the round moves on by itself; Tab skips to
the next person, Enter puts the next relation to the room, Esc ends the round. Each answer
is one ``SetScore`` edit through the window, so it is saved at once and undoable; the round
itself is only a cursor (``domain/rounds.py``). A "Most contested" list shows where the
room disagrees most, to pick what to discuss next.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Mapping

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDockWidget,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from ..domain import vocabulary as voc
from ..domain.commands import CommandError, SetScore
from ..domain.model import Change
from ..domain.rounds import ScoringRound, default_participants, round_relations
from ..domain.wording import count
from ..session import Session
from ..live.protocol import STALE_MESSAGE as STALE
from ..store import SessionFileError
from .menus import _action
from .round_panel import RoundPanel, RoundSetupDialog

if TYPE_CHECKING:  # pragma: no cover
    from .main_window import MainWindow

CONTESTED_DELAY_MS = 150  # a run through the phases lists the contested relations once
_DIGITS = {Qt.Key.Key_1: 1, Qt.Key.Key_2: 2, Qt.Key.Key_3: 3, Qt.Key.Key_4: 4, Qt.Key.Key_5: 5}
_TYPING = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)


def _is_typing(widget: QObject) -> bool:
    """Keys belong to a text field that has focus (a note being typed is never a vote)."""
    if isinstance(widget, _TYPING):
        return True
    return isinstance(widget, QComboBox) and widget.isEditable()


class Rounds(QObject):
    """The feature object: start and run rounds, and the hooks for live voting from phones.

    ``current_question`` and ``submit_vote`` must be called on the GUI thread (the thread that
    owns the session); a server thread hands votes over with a queued signal first.
    """

    questionChanged = Signal(object)  # the current question dict, or None when no round runs
    roundChanged = Signal()  # any move of the cursor or change of the votes shown
    cheat_sheet_title = "During a scoring round"

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.window = window
        self.round: ScoringRound | None = None
        self._scoring_as: int | None = None
        self._session: Session | None = None
        self.panel = RoundPanel(self)
        self._contested_timer = QTimer(self)
        self._contested_timer.setSingleShot(True)
        self._contested_timer.setInterval(CONTESTED_DELAY_MS)
        self._contested_timer.timeout.connect(self._refresh_contested)
        self.dock = QDockWidget("Scoring round", window)
        self.dock.setObjectName("RoundsDock")
        self.dock.setWidget(self.panel)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        window.tabifyDockWidget(window.properties, self.dock)
        window.properties.raise_()
        self.dock.hide()
        self.dock.visibilityChanged.connect(lambda shown: shown and self.panel.refresh())
        self.act_start = _action(window, "Start round…", self.start_dialog, "Ctrl+R",
                                 tip="Ask every participant to score relations one by one")
        self.act_contested = _action(window, "Most contested relations", self.show_panel,
                                     tip="Relations in this phase where the votes differ most")
        score_menu = window.menus["score"]
        score_menu.addSeparator()
        score_menu.addAction(self.act_start)
        score_menu.addAction(self.act_contested)
        window.menus["panels"].addAction(self.dock.toggleViewAction())
        window.sessionChanged.connect(self._session_changed)
        window.phaseChanged.connect(self._phase_changed)
        window.installEventFilter(self)  # the round ends when the console closes
        self._watch(window.session)

    # -- starting and ending --------------------------------------------------------------
    def show_panel(self) -> None:
        self.dock.show()
        self.dock.raise_()
        self.panel.refresh()

    def start_dialog(self) -> None:
        if self.round is not None and not self.end(confirm=True):
            return
        if not self.window.session.model.active_relations(self.window.phase_id):
            QMessageBox.information(self.window, "Nothing to score", "This phase has no relations to score yet.")
            return
        dialog = RoundSetupDialog(self.window)
        if dialog.exec():
            self.start(dialog.choice(), dialog.participant_ids())

    def start(self, choice: str = "all", participant_ids: list[int] | None = None) -> bool:
        """Start a round on the current phase; ``choice`` is a key of ``RELATION_SETS``."""
        model, phase_id = self.window.session.model, self.window.phase_id
        relations = round_relations(model, phase_id, choice, self.window.scene.selected_relation_ids())
        people = participant_ids if participant_ids is not None else \
            default_participants(model, (voc.CASE_PARTICIPANT, voc.DEFAULT_PARTICIPANT))
        if not relations or not people:
            what = "relations to score" if not relations else "participants to ask"
            QMessageBox.information(self.window, "Cannot start the round", f"There are no {what} in this choice.")
            return False
        self.round = ScoringRound(tuple(relations), phase_id, tuple(people))
        self._scoring_as = self.window.participant_id  # given back when the round ends
        app = QCoreApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.show_panel()
        self._question_moved()
        return True

    def end(self, confirm: bool = True, message: str = "") -> bool:
        """End the round (the votes stay); with ``confirm`` the facilitator is asked first."""
        if self.round is None:
            return True
        if confirm:
            answer = QMessageBox.question(
                self.window, "End the scoring round",
                "End this scoring round? Every vote given so far is kept.")
            if answer != QMessageBox.StandardButton.Yes:
                return False
        self.round = None
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        before, self._scoring_as = self._scoring_as, None
        panel = self.window.properties.relation_panel
        panel.scores.set_current(0)
        if before is not None and before in self.window.session.model.tables["participants"]:
            panel.participantChanged.emit(before)
        self.window.properties.refresh()
        self._set_marks({})
        self.panel.idle_text.setText(message or "No scoring round is running.")
        self.panel.refresh()
        if message:
            self.window.statusBar().showMessage(message, 6000)
        self.questionChanged.emit(None)
        self.roundChanged.emit()
        return True

    # -- moving the cursor ----------------------------------------------------------------
    def vote(self, value: int | None) -> None:
        """Score (or with ``None`` clear) the marked cell; a vote moves on to the next cell."""
        r = self.round
        if r is None or r.is_done():
            return
        rid, pid, dim = r.current_relation, r.current_participant, r.current_dimension
        assert rid is not None and pid is not None and dim is not None
        self.window.execute(SetScore(relation_id=rid, phase_id=r.phase_id, participant_id=pid, values={dim: value}))
        if r.vote(self.window.session.model, pid, rid)[dim] != value:
            self._focus()  # refused: the window said why; put the highlight back
            return
        if value is not None:
            r.advance()
        self.moved()

    def next_participant(self) -> None:
        if self.round is not None:
            self.round.next_participant()
            self.moved()

    def previous_participant(self) -> None:
        if self.round is not None:
            self.round.previous_participant()
            self.moved()

    def next_relation(self) -> None:
        r = self.round
        if r is None:
            return
        r.next_relation()
        r.skip_unscorable(self.window.session.model)
        if r.is_done():
            self.end(confirm=False, message=f"Round complete: {count(len(r.relation_ids), 'relation')} put to the room.")
            return
        self._question_moved()

    def moved(self) -> None:
        """The cursor moved within the same question: refresh the panel, console and wall."""
        r = self.round
        if r is not None and r.current_participant is not None:
            panel = self.window.properties.relation_panel
            panel.participantChanged.emit(r.current_participant)  # "Scoring as" follows the round
            panel.scores.set_current(voc.SCORE_DIMENSIONS.index(r.current_dimension or "trust"))
            self.window.properties.refresh()
        self.panel.refresh()
        self.roundChanged.emit()

    def _question_moved(self) -> None:
        self._focus()
        self.moved()
        self.questionChanged.emit(self.current_question())

    def _focus(self) -> None:
        r = self.round
        if r is None or r.current_relation is None:
            return
        self.show_relation(r.current_relation)
        rel = self.window.session.model.relation(r.current_relation)
        self._set_marks({r.current_relation: "focus"}, {rel.source: "focus", rel.target: "focus"})

    def show_relation(self, relation_id: int) -> None:
        """Select a relation on the canvas and bring it into view."""
        scene = self.window.scene
        scene.select(relation_ids=[relation_id])
        item = scene.relation_items.get(relation_id)
        if item is not None:
            self.window.view.ensureVisible(item, 60, 60)

    def _set_marks(self, relations: dict[int, str], actors: dict[int, str] | None = None) -> None:
        """Highlight the relation being scored and its two actors (the rest is dimmed)."""
        setter = getattr(self.window.scene, "set_marks", None)
        if setter is None:
            return
        if relations:
            setter(actors or {}, relations, legend=[("focus", "being scored now")])
        else:
            setter({}, {})

    # -- keys -----------------------------------------------------------------------------
    def _key_action(self, obj: QObject, event: QKeyEvent) -> Callable[[], None] | None:
        if self.round is None or not isinstance(obj, QWidget) or _is_typing(obj):
            return None
        focus = QApplication.focusWidget()
        if focus is not None and _is_typing(focus):
            return None  # e.g. Enter ignored by a note editor travels on to its parents
        projector = getattr(self.window, "features", {}).get("projector")
        top = obj.window()
        on_wall = projector is not None and top is projector.view
        if top is not self.window and not on_wall:
            return None
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if key == Qt.Key.Key_Backtab:
            return self.previous_participant
        if mods != Qt.KeyboardModifier.NoModifier:
            return None
        if key in _DIGITS:
            return lambda v=_DIGITS[key]: self.vote(v)
        if key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            return lambda: self.vote(None)
        if key == Qt.Key.Key_Tab:
            return self.next_participant
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return self.next_relation
        if key == Qt.Key.Key_Escape and not on_wall:  # on the wall, Esc closes the wall
            return lambda: self.end(confirm=True)
        return None

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        kind = event.type()
        if obj is self.window and kind == QEvent.Type.Close:
            self.end(confirm=False)
            return False
        if kind not in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            return False
        assert isinstance(event, QKeyEvent)
        action = self._key_action(obj, event)
        if action is None:
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # the key becomes a key press for us, not a window shortcut
            return True
        action()
        return True

    def cheat_sheet_rows(self) -> list[tuple[str, str]]:
        """Keys that work only during a round (they are not menu actions)."""
        return [("1 – 5", "Answer of the person asked"),
                ("Backspace", "Clear the marked answer"),
                ("Tab / Shift+Tab", "Next / previous person"),
                ("Enter", "Next relation"),
                ("Esc", "End the round (asks first)")]

    # -- what others read -----------------------------------------------------------------
    def current_question(self) -> dict[str, Any] | None:
        """The relation being scored now (ids, phase, texts, dimensions, round id and ``seq``)."""
        r = self.round
        return None if r is None else r.question(self.window.session.model)

    def submit_vote(self, participant_id: int, question_seq: int | str, values: Mapping[str, int | None]) -> tuple[bool, str]:
        """Record a vote for the current question (live voting); GUI thread only.

        ``question_seq`` is the ``seq`` of the question answered (or "round-seq"); an older one
        is refused, so a late phone never scores the wrong relation. Returns (accepted, reason).
        """
        if QThread.currentThread() != self.thread():
            raise RuntimeError("submit_vote must be called on the GUI thread that owns the session.")
        r = self.round
        if r is None or r.is_done():
            return False, "No scoring round is running."
        seq: Any = question_seq
        if isinstance(seq, str):
            round_id, _, number = seq.rpartition("-")
            seq = int(number) if number.isdigit() and round_id in ("", r.round_id) else None
        if type(seq) is not int or seq != r.seq:
            return False, STALE
        model = self.window.session.model
        if participant_id not in model.tables["participants"]:
            return False, "Your name is no longer on the list; please pick it again."
        if not isinstance(values, Mapping) or not values:
            return False, "Pick at least one score before sending."
        for dim, value in values.items():
            if dim not in r.dimensions:
                return False, f"This question does not ask for {dim!r}."
            if value is not None and (type(value) is not int or not voc.SCORE_MIN <= value <= voc.SCORE_MAX):
                return False, f"A {dim} score must be a whole number from {voc.SCORE_MIN} to {voc.SCORE_MAX}."
        rid = r.current_relation
        assert rid is not None
        try:
            self.window.session.execute(SetScore(relation_id=rid, phase_id=r.phase_id,
                                                 participant_id=participant_id, values=dict(values)))
        except CommandError as exc:
            return False, str(exc)
        except (SessionFileError, OSError) as exc:
            return False, f"The vote could not be saved ({exc})."
        if participant_id not in r.participant_ids:
            r.add_participant(participant_id)
            self.moved()
        return True, ""

    def projector_info(self) -> dict[str, Any] | None:
        """What the wall shows during a round: relation, question, answer scale, who is done."""
        r = self.round
        model = self.window.session.model
        q = r.question(model) if r is not None else None
        if r is None or q is None or r.current_dimension is None:
            return None
        voters = []
        for pid in r.participant_ids:
            p = model.tables["participants"].get(pid)
            voters.append((p.name if p else str(pid), r.participant_complete(model, pid)))
        done = sum(1 for _, ok in voters if ok)
        number, total = r.progress
        return {
            "caption": f"Scoring round · relation {number} of {total}",
            "relation": q["relation_text"],
            "dimensions": [(d.capitalize(), d == r.current_dimension) for d in r.dimensions],
            "question": q["questions"][r.current_dimension],  # type: ignore[index]
            "scale": sorted(voc.SCORE_LABELS.items()),
            "voters": voters,
            "summary": f"{done} of {len(voters)} have scored this relation",
        }

    # -- following the session ------------------------------------------------------------
    def _watch(self, session: Session) -> None:
        if self._session is not None:
            self._session.unsubscribe(self._on_changes)
        self._session = session
        session.subscribe(self._on_changes)

    def _on_changes(self, changes: list[Change], reason: str) -> None:
        r = self.round
        if r is not None:
            model = self.window.session.model
            if r.phase_id not in model.tables["phases"]:
                self.end(confirm=False, message="Scoring round ended: its phase was deleted.")
                return
            for c in changes:
                if c.table == "participants" and c.removed:
                    if r.participant_ids == (c.key,):
                        self.end(confirm=False, message="Scoring round ended: nobody left to ask.")
                        return
                    r.remove_participant(c.key)
                elif c.table == "participants" and c.added and c.after.name != voc.CASE_PARTICIPANT:
                    r.add_participant(c.key)  # somebody arrived late: ask them too
            if r.skip_unscorable(model):
                if r.is_done():
                    self.end(confirm=False, message="Scoring round ended: no relations left to score.")
                    return
                self._question_moved()
                return
        if self.dock.isVisible():
            self.panel.refresh()
        if r is not None:
            self.roundChanged.emit()

    def _session_changed(self, session: Session) -> None:
        self.end(confirm=False)
        self._watch(session)
        if self.dock.isVisible():  # a closed panel catches up when shown
            self.panel.refresh()

    def _phase_changed(self, phase_id: int) -> None:
        if self.round is not None and phase_id != self.round.phase_id:
            self.end(confirm=False, message="Scoring round ended: you moved to another phase (the votes are kept).")
        elif self.dock.isVisible():
            self._contested_timer.start()  # after the switch, not inside it

    def _refresh_contested(self) -> None:
        if self.dock.isVisible():
            self.panel.refresh_contested()


def attach(window: "MainWindow") -> Rounds:
    return Rounds(window)


__all__ = ["Rounds", "RoundSetupDialog", "attach"]
