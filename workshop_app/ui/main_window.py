"""The facilitator's console: canvas, phase bar, properties dock, menus and shortcuts.

The window owns no data. It turns gestures into commands, sends them through
``Session.execute`` and lets the scene and docks redraw from the session's change events,
which ``ModelEvents`` turns into typed signals once for the whole window.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from .. import settings
from ..canvas.scene import WorkshopScene
from ..canvas.view import WorkshopView
from ..domain import commands as cmds
from ..domain import vocabulary as voc
from ..domain.terms import choices
from ..domain.wording import count, title_from_stem
from ..session import Session
from ..session.room import RoomState
from ..store import SessionFileError
from .actions import Actions
from .context import Feature, WindowSignals
from .dialogs.open_session import open_session
from .dialogs.phases import AddPhaseDialog, confirm_delete_phase
from .dialogs.restore import run_restore
from .docks.properties import PropertiesDock
from .features import compose
from .model_events import ModelEvents
from .phase_bar import PhaseBar
from .placement import free_place, keep_under_pointer, visible_rect
from .room_signals import RoomSignals
from .scoring_keys import ScoringKeys
from .text import literal, mnemonic_safe, plain
from .screen_fit import narrow_docks, open_on_screen
from .window_layout import restore_layout, save_layout
from . import menus
from .i18n import tr


class MainWindow(QMainWindow):
    """One window per open session file.

    The window holds the canvas, the phase bar and the Properties dock, and the objects every
    feature shares: the declared actions (``acts``), the model's changes as typed signals
    (``model_events``), the room's state (``room`` / ``room_signals``) and the scoring keys.
    Features (``ui/features.py``) see the window only through a ``WindowContext``.
    """

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.setObjectName("MainWindow")
        self.session = session
        self._participant_id: int | None = None
        self.window_signals = WindowSignals(self)
        self.model_events = ModelEvents(self)
        self.room = RoomState()
        self.room_signals = RoomSignals(self.room, self)
        self.acts = Actions(self)
        self.scoring_keys = ScoringKeys(self.room, self.score_selected, self.delete_selection)
        self.scene = WorkshopScene(session, listen=False)  # told first by model_events
        self.view = WorkshopView(self.scene)
        self.phase_bar = PhaseBar()
        central = QWidget()
        self._central = layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.phase_bar)
        layout.addWidget(self.view, 1)
        self.setCentralWidget(central)
        self.properties = PropertiesDock(self, self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.properties)
        self.properties.relation_panel.participantChanged.connect(self._set_participant)
        self.properties.relation_panel.votes_hidden = lambda: self.room.withheld  # blind rounds
        self.properties.relation_panel.room = self.room  # a click in a round is a vote in it
        self.status = plain(QLabel())  # names the session file as it is
        self.statusBar().addPermanentWidget(self.status)
        self.kind_box = QComboBox()
        for key, label in choices("relation kind"):  # in the console's language
            self.kind_box.addItem(label, key)
        self.kind_box.setToolTip(tr("Kind given to relations you draw next"))
        menus.declare_actions(self)
        self.menus = menus.build_menus(self)
        self.menus["panels"].addAction(self.properties.toggleViewAction())
        self._build_toolbar()
        self._connect_scene()
        self._wire_phase_bar()
        self.room_signals.changed.connect(self._room_changed)
        self.model_events.edited.connect(self._edited)
        self.model_events.phasesChanged.connect(self._phases_changed)
        self.model_events.reset.connect(self._phases_changed)
        self.model_events.metaChanged.connect(self._meta_changed)
        self._attach(session)
        open_on_screen(self)  # never larger than the screen; a remembered layout follows
        self.features: dict[str, Feature] = compose(self)
        if not restore_layout(self):
            narrow_docks(self)  # a small screen's map needs the width more than the panels

    # -- context for the docks ------------------------------------------------------------
    @property
    def phase_id(self) -> int:
        return self.scene.phase_id

    @property
    def participant_id(self) -> int | None:
        """Who the keys and buttons score as: the person asked while a round runs, else the
        one picked under "Scoring as" (the facilitator by default)."""
        model = self.session.model
        asked = self.room.round.current_participant if self.room.round_running else None  # type: ignore[union-attr]
        if asked is not None and asked in model.tables["participants"]:
            return asked
        if self._participant_id in model.tables["participants"]:
            return self._participant_id
        default = next((p for p in model.participants if p.name == voc.DEFAULT_PARTICIPANT), None)
        first = default or (model.participants[0] if model.participants else None)
        return first.id if first else None

    def _set_participant(self, pid: int) -> None:
        if not self.room.round_running:  # during a round the round says who is asked
            self._participant_id = pid

    def execute(self, command: cmds.Command) -> Any:
        """Run one edit; a refused edit gets a dialog and changes nothing."""
        try:
            return self.session.execute(command)
        except cmds.CommandError as exc:
            QMessageBox.warning(self, tr("Edit not possible"), literal(str(exc)))  # may quote a name
        except (SessionFileError, OSError) as exc:
            QMessageBox.critical(self, tr("Could not save"),
                                 literal(tr("The edit was not saved:\n{exc}").format(exc=exc)))
        self.scene.rebuild()
        self.properties.refresh()
        return None

    def add_below_phase_bar(self, widget: QWidget) -> None:
        """A strip under the phase bar (the timeline slider)."""
        self._central.insertWidget(self._central.indexOf(self.phase_bar) + 1, widget)

    # -- session lifecycle ----------------------------------------------------------------
    def _attach(self, session: Session) -> None:
        self.session = session
        self.model_events.watch(session, self.scene.apply_changes)
        self.phase_bar.set_phases(session.phases, self.scene.phase_id)
        self.properties.show_nothing()
        self._update_chrome("Opened")
        settings.add_recent(session.path)
        menus.fill_recent(self)
        self.view.subtitle = session.title
        self.view.fit()

    def set_session(self, session: Session) -> None:
        """Switch this window to another session file (the old one is closed)."""
        old = self.session
        self.model_events.stop()
        self.scene.detach()
        self.scene = WorkshopScene(session, listen=False)
        self._connect_scene()
        self.view.setScene(self.scene)
        old.close()
        self._participant_id = None
        self._attach(session)
        self.window_signals.sessionChanged.emit(session)

    def open_path(self, path: Path) -> bool:
        if Path(path).resolve() == self.session.path.resolve():
            return True  # already shown here; the lock would call this "another window"
        session = open_session(self, path)  # dialogs for bad files; read-only offer if locked
        if session is None:
            return False
        self.set_session(session)
        if session.migrated_from is not None:
            QMessageBox.information(
                self,
                tr("Session upgraded"),
                tr("This session was made by an older version and has been upgraded.\n"
                   "A copy of the original was kept beside it."),
            )
        return True

    def restore_from_backup(self) -> None:
        session = run_restore(self, self.session)
        if session is not None:
            self.set_session(session)

    def new_session(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("New session"), str(Path.home() / "workshop.workshop"), tr("Workshop sessions (*.workshop)"))
        if not path:
            return
        p = Path(path)
        if p.suffix != ".workshop":
            p = p.with_suffix(".workshop")
        title, ok = QInputDialog.getText(self, tr("New session"), tr("Title shown on the projector and the handouts:"),
                                         text=title_from_stem(p.stem))
        if not ok:
            return
        try:
            session = Session.create(p, title=title.strip())
        except SessionFileError as exc:
            QMessageBox.critical(self, tr("Cannot create session"), literal(str(exc)))
            return
        self.set_session(session)

    def open_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Open session"), str(Path.home()), tr("Workshop sessions (*.workshop);;All files (*)"))
        if path:
            self.open_path(Path(path))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.window_signals.closing.emit()  # features end rounds, close the port, hide the wall
        save_layout(self)
        self.model_events.stop()
        self.scene.detach()
        self.session.close()
        super().closeEvent(event)

    # -- actions --------------------------------------------------------------------------
    def _build_toolbar(self) -> None:
        acts = self.acts
        tb = QToolBar(tr("Tools"))
        tb.setObjectName("ToolsBar")
        tb.setMovable(False)
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for name in ("new_actor", "connect", "delete"):
            tb.addAction(acts[name])
        tb.addWidget(QLabel(tr("  New relations: ")))
        tb.addWidget(self.kind_box)
        tb.addSeparator()
        for name in ("undo", "redo"):
            tb.addAction(acts[name])
        tb.addSeparator()
        for name in ("prev_phase", "next_phase", "ghosts", "fit"):
            tb.addAction(acts[name])
        self.addToolBar(tb)
        self.toolbar = tb

    def set_connect_mode(self, on: bool) -> None:
        self.scene.connect_mode = on

    def set_ghosts(self, on: bool) -> None:
        self.scene.set_ghost_mode("ghost" if on else "hide")

    def set_labels(self, on: bool) -> None:
        self.scene.set_show_labels(on)

    def set_legend(self, on: bool) -> None:
        self.view.show_legend = on
        self.view.viewport().update()

    def _connect_scene(self) -> None:
        """A new scene comes with every session: connect its gestures and forward its signals."""
        scene, acts, sig = self.scene, self.acts, self.window_signals
        scene.actorsMoved.connect(self._moved)
        scene.actorsMovedInPhase.connect(self._moved_in_phase)
        scene.connectRequested.connect(self._connect)
        scene.addActorRequested.connect(self.add_actor_at)
        scene.selectionChanged.connect(self._selection_changed)
        scene.phaseChanged.connect(self._phase_changed_by_scene)
        scene.contextMenuAboutToShow.connect(sig.contextMenuAboutToShow)
        scene.connect_mode = acts.connect.isChecked()
        scene.set_ghost_mode("ghost" if acts.ghosts.isChecked() else "hide")
        scene.set_show_labels(acts.labels.isChecked())

    def _wire_phase_bar(self) -> None:
        bar = self.phase_bar
        bar.phaseSelected.connect(self.set_phase)
        bar.addRequested.connect(self.add_phase)
        bar.renameRequested.connect(self.rename_phase)
        bar.moveRequested.connect(lambda pid, idx: self.execute(cmds.MovePhase(phase_id=pid, index=idx)))
        bar.deleteRequested.connect(self.delete_phase)

    # -- edits ----------------------------------------------------------------------------
    def add_actor_at(self, x: float | None = None, y: float | None = None) -> int | None:
        """A new actor: at (x, y) with the view kept still (a double-click), else (N) in the
        free space nearest the middle of the view. It takes part in this phase and every later
        one, as actors mostly stay once they join; B, Shift+B and the Properties dock change that.
        """
        existing = {a.name for a in self.session.actors}
        n = 1
        while tr("New actor {n}").format(n=n) in existing:
            n += 1
        name = tr("New actor {n}").format(n=n)
        pointer = None
        if x is None or y is None:
            spot = free_place(self.scene, visible_rect(self.view).center(), name, self.view)
        else:
            spot = QPointF(x, y)
            pointer = self.view.mapFromScene(spot)
        ids = [p.id for p in self.session.phases]
        joins = tuple(ids[ids.index(self.phase_id):]) if self.phase_id in ids else (self.phase_id,)
        aid = self.execute(cmds.AddActor(actor_name=name, x=spot.x(), y=spot.y(), present_in=joins))
        if aid is not None:
            self.scene.select(actor_ids=[aid])
            self.properties.show()
            self.properties.actor_panel.name.setFocus()
            self.properties.actor_panel.name.selectAll()
            if pointer is not None:
                keep_under_pointer(self.view, spot, pointer)
        return aid

    def _moved(self, moves: list[tuple[int, float, float]]) -> None:
        overridden = [(a, x, y) for a, x, y in moves if (a, self.phase_id) in self.session.model.tables["positions"]]
        shared = [m for m in moves if m not in overridden]
        batch: list[cmds.Command] = []
        if shared:
            batch.append(cmds.MoveActors(moves=shared))
        if overridden:
            batch.append(cmds.MoveActors(moves=overridden, phase_id=self.phase_id))
        self.execute(batch[0] if len(batch) == 1 else cmds.Batch(batch, text=tr("Move {actors}").format(actors=count(len(moves), "actor"))))

    def _moved_in_phase(self, moves: list[tuple[int, float, float]], phase_id: int) -> None:
        """Alt+drag (or "Move in this phase only"): the actors move in this phase alone."""
        self.execute(cmds.MoveActors(moves=moves, phase_id=phase_id))

    def _connect(self, source: int, target: int) -> None:
        kind = self.kind_box.currentData()
        rid = self.execute(cmds.AddRelation(
            source=source, target=target, kind=kind, directed=True,
            active_in=self.session.model.phases_both_present(source, target)))
        if rid is not None:
            self.scene.select(relation_ids=[rid])

    def delete_selection(self) -> None:
        actors = self.scene.selected_actor_ids()
        model = self.session.model
        # Relations of deleted actors go with them; only delete the others explicitly.
        relations = [
            r for r in self.scene.selected_relation_ids()
            if model.relation(r).source not in actors and model.relation(r).target not in actors
        ]
        batch: list[cmds.Command] = [cmds.DeleteRelation(relation_id=r) for r in relations]
        batch += [cmds.DeleteActor(actor_id=a) for a in actors]
        if not batch:
            return
        if actors:
            names = ", ".join(self.session.model.actor(a).name for a in actors[:4])
            more = "" if len(actors) <= 4 else tr(" and {n} more").format(n=len(actors) - 4)
            answer = QMessageBox.question(
                self, tr("Delete actors"),
                literal(tr("Delete {names}{more} with all their relations, roles and scores in every "
                           "phase?\nYou can undo this with Ctrl+Z.").format(names=names, more=more)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.execute(batch[0] if len(batch) == 1 else cmds.Batch(batch, text=tr("Delete {items}").format(
            items=count(len(batch), "item"))))

    def score_selected(self, value: int) -> None:
        """The 1–5 keys outside a round: score the selected relation for "Scoring as"."""
        rels = self.scene.selected_relation_ids()
        if len(rels) != 1:
            self.statusBar().showMessage(tr("Select one relation to score it with the keys 1–5."), 4000)
            return
        if self.properties.relation_panel.relation_id != rels[0]:
            self.properties.show_relation(rels[0])
        self.properties.relation_panel.scores.press(value)

    def undo(self) -> None:
        self._history_step(self.session.undo, tr("Undone"), tr("Could not undo"))

    def redo(self) -> None:
        self._history_step(self.session.redo, tr("Redone"), tr("Could not redo"))

    def _history_step(self, step: Any, done: str, failed: str) -> None:
        try:
            label = step()
        except (SessionFileError, OSError) as exc:
            QMessageBox.critical(self, failed, literal(str(exc)))
            return
        if label:
            self.statusBar().showMessage(tr("{done}: {label}").format(done=done, label=label), 3000)

    # -- phases ---------------------------------------------------------------------------
    def set_phase(self, phase_id: int) -> None:
        self.scene.set_phase(phase_id)

    def _phase_changed_by_scene(self, phase_id: int) -> None:
        self.phase_bar.set_current(phase_id)
        self.properties.refresh()
        self.view.viewport().update()
        self._update_chrome(None)
        self.window_signals.phaseChanged.emit(phase_id)

    def step_phase(self, delta: int) -> None:
        ids = [p.id for p in self.session.phases]
        i = ids.index(self.phase_id) + delta
        if 0 <= i < len(ids):
            self.set_phase(ids[i])

    def add_phase(self) -> None:
        dlg = AddPhaseDialog(self)
        if dlg.exec():
            name, key = dlg.values()
            pid = self.execute(cmds.AddPhase(phase_name=name, key=key))
            if pid is not None:
                self.set_phase(pid)

    def rename_phase(self, phase_id: int) -> None:
        phase = self.session.model.phase(phase_id)
        dlg = AddPhaseDialog(self, title=tr("Rename phase"), phase=phase)
        if dlg.exec():
            name, key = dlg.values()
            self.execute(cmds.UpdatePhase(phase_id=phase_id, changes={"name": name, "key": key}))

    def delete_phase(self, phase_id: int) -> None:
        phase = self.session.model.phase(phase_id)
        if confirm_delete_phase(self, self.session.model, phase):
            self.execute(cmds.DeletePhase(phase_id=phase_id))

    def edit_session_details(self) -> None:
        text, ok = QInputDialog.getText(self, tr("Session title"), tr("Title shown on the canvas and snapshots:"), text=self.session.title)
        if ok and text.strip():
            self.execute(cmds.SetMeta(key="title", value=text.strip()))

    # -- reacting to changes --------------------------------------------------------------
    def _edited(self, reason: str) -> None:
        self.properties.refresh()
        self._update_chrome(reason)
        self.view.viewport().update()

    def _phases_changed(self) -> None:
        self.phase_bar.set_phases(self.session.phases, self.scene.phase_id)

    def _meta_changed(self, keys: list[str]) -> None:
        if "title" in keys:
            self.view.subtitle = self.session.title

    def _room_changed(self) -> None:
        """The Properties dock follows the round: the person asked, the dimension marked."""
        r = self.room.round
        scores = self.properties.relation_panel.scores
        scores.set_current(voc.SCORE_DIMENSIONS.index(r.current_dimension)
                           if r is not None and r.current_dimension is not None else 0)
        self.properties.refresh()

    def _selection_changed(self) -> None:
        if not shiboken6.isValid(self.scene):
            return  # the scene is being torn down with the window
        self.window_signals.selectionChanged.emit()
        actors = self.scene.selected_actor_ids()
        relations = self.scene.selected_relation_ids()
        if len(actors) == 1 and not relations:
            self.properties.show_actor(actors[0])
        elif len(relations) == 1 and not actors:
            self.properties.show_relation(relations[0])
        else:
            self.properties.show_nothing()

    def _update_chrome(self, reason: str | None) -> None:
        s = self.session
        self.setWindowTitle(f"{s.title} — {s.path.name} — Assemblage Workshop"
                            + (tr(" [read-only]") if s.read_only else ""))
        self.acts.undo.setEnabled(s.can_undo)
        self.acts.redo.setEnabled(s.can_redo)
        # An edit's label may name an actor or a phase ("Add actor “R&D lab”").
        undo = tr("Undo {edit}").format(edit=s.undo_text) if s.undo_text else tr("Undo")
        redo = tr("Redo {edit}").format(edit=s.redo_text) if s.redo_text else tr("Redo")
        self.acts.undo.setText(mnemonic_safe(undo))
        self.acts.redo.setText(mnemonic_safe(redo))
        self.acts.undo.setIconText(tr("Undo"))
        self.acts.redo.setIconText(tr("Redo"))
        self.acts.undo.setToolTip(literal(undo + " (Ctrl+Z)"))
        self.acts.redo.setToolTip(literal(redo + " (Ctrl+Shift+Z)"))
        phase = s.model.phase(self.phase_id) if self.phase_id in s.model.tables["phases"] else None
        n_actors, n_rel = self.scene.shown_counts() if phase else (0, 0)  # kept per phase
        saved = tr("Read-only: edits are not saved") if s.read_only else tr("Every edit is saved")
        self.status.setText(tr("{actors} · {relations} in this phase  |  {saved} to {name}").format(
                actors=count(n_actors, 'actor'), relations=count(n_rel, 'relation'), saved=saved,
                name=s.path.name))
