"""Placing actors on purpose: arrange lenses, moves in one phase only, and resetting them.

An actor keeps one base place across phases so the room can follow it; a move in one phase
only (Alt+drag, or the "Move in this phase only" toggle) is a deliberate exception that the
canvas shows with a pin and that "Reset position in this phase" takes back. Arranging by a
lens (free, scale rings, helix sectors) is one undoable step that never moves pinned actors,
and the lens is kept in the session (meta ``layout_lens``) so the canvas keeps drawing its
guides.

"Unplaced" actors, the ones "Arrange unplaced actors" moves, are those not pinned that sit
on the default spot (0, 0) where actors made without a position land (imports, the Python
API) or whose box overlaps another actor's box: both leave a map that cannot be read.

Every arrangement ends with the tidy step (``analysis/tidy.py``) at the boxes the canvas
draws for the projector (``LAYOUT_SCALE``), so nothing overlaps on the wall either; "Tidy
overlaps" runs that step alone on the map as it is, moving as few actors as little as it
can.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox

from ..domain import commands as cmds
from ..domain.model import Model
from ..domain.wording import count
from .menus import _action
from ..analysis.layout import arrange, overlaps, phase_places
from ..analysis.tidy import tidy
from ..canvas.textcache import layout_gap, layout_sizes

if TYPE_CHECKING:  # pragma: no cover
    from .main_window import MainWindow

LENS_NAMES: dict[str, str] = {"free": "Free", "scale": "Scale rings", "helix": "Helix sectors"}
LENS_TIPS: dict[str, str] = {
    "free": "Related actors close together",
    "scale": "Rings from neighbourhood (centre) to international (outside), with guides",
    "helix": "Sectors for government, industry, academia and civil society, intermediaries "
             "in the middle, with guides",
}


def unplaced_actors(model: Model) -> set[int]:
    """Actors an "arrange unplaced" should move: on the default spot or overlapping another."""

    found = {a.id for a in model.actors if (a.x, a.y) == (0.0, 0.0)}
    for a, b in overlaps(model, sizes=layout_sizes(model.actors, 1.0)):
        found.update((a, b))
    return {aid for aid in found if not model.actor(aid).pinned}


def arrange_command(model: Model, lens: str, *, only_unplaced: bool = False,
                    seed: int = 7) -> cmds.Command | None:
    """One undoable command that arranges by ``lens`` (None: nothing would move).

    Arranging every actor also records the lens, so the canvas draws its guides.
    """

    ids = unplaced_actors(model) if only_unplaced else None
    if ids is not None and not ids:
        return None
    placed = arrange(model, lens, actor_ids=ids, seed=seed, sizes=layout_sizes(model.actors),
                     gap=layout_gap())
    moves = [(aid, x, y) for aid, (x, y) in sorted(placed.items())
             if not model.actor(aid).pinned and (model.actor(aid).x, model.actor(aid).y) != (x, y)]
    batch: list[cmds.Command] = []
    if moves:
        batch.append(cmds.MoveActors(moves=moves))
    if not only_unplaced and model.meta("layout_lens", "free") != lens:
        batch.append(cmds.SetMeta(key="layout_lens", value=lens))
    if not batch:
        return None
    what = count(len(moves), "unplaced actor") if only_unplaced else "actors"
    return cmds.Batch(batch, text=f"Arrange {what}: {LENS_NAMES[lens].lower()}")


def tidy_command(model: Model) -> cmds.Command | None:
    """One undoable command that removes every overlap at the projector's box size, moving
    as few actors as little as it can (None: nothing overlaps)."""
    base = {a.id: (a.x, a.y) for a in model.actors}
    moved = tidy(base, layout_sizes(model.actors), fixed={a.id for a in model.actors if a.pinned},
                 phase_places=phase_places(model), gap=layout_gap())
    if not moved:
        return None
    return cmds.MoveActors(moves=[(aid, x, y) for aid, (x, y) in sorted(moved.items())])


class Arrange:
    """Actors ▸ Arrange, "Move in this phase only" and "Reset position in this phase"."""

    def __init__(self, window: "MainWindow") -> None:
        self.window = window
        menu: QMenu = window.menus["actors"]
        menu.addSeparator()
        self.act_phase_only = _action(
            window, "Move in this phase only", self.set_phase_only,
            tip="Drags move actors in the current phase only (or hold Alt while dragging)",
            checkable=True,
        )
        self.act_reset = _action(window, "Reset position in this phase", self.reset_selected,
                                 tip="Put the selected actors back on their place shared by all phases")
        menu.addAction(self.act_phase_only)
        menu.addAction(self.act_reset)
        self.arrange_menu = menu.addMenu("Arrange")
        self.arrange_actions: dict[tuple[str, bool], QAction] = {}
        for only_unplaced, header in ((False, "All actors"), (True, "Only unplaced actors")):
            self.arrange_menu.addSection(header)
            for lens, name in LENS_NAMES.items():
                act = QAction(name, window)
                act.setToolTip(LENS_TIPS[lens])
                act.setStatusTip(LENS_TIPS[lens])
                act.triggered.connect(lambda _=False, ln=lens, o=only_unplaced: self.arrange(ln, o))
                self.arrange_menu.addAction(act)
                self.arrange_actions[(lens, only_unplaced)] = act
        self.arrange_menu.addSeparator()
        self.act_guides = QAction("Show lens guides", window)
        self.act_guides.setCheckable(True)
        self.act_guides.setChecked(True)
        self.act_guides.setStatusTip("Faint rings or sectors behind the map after arranging by a lens")
        self.act_guides.toggled.connect(self._set_guides)
        self.arrange_menu.addAction(self.act_guides)
        window.sessionChanged.connect(lambda _s: self._connect_scene())
        self._connect_scene()

    # -- the scene's gestures -------------------------------------------------------------
    def _connect_scene(self) -> None:
        """A new scene comes with every session: hook its move and menu signals again."""
        scene = self.window.scene
        scene.phase_moves_handled = True
        scene.phase_only_moves = self.act_phase_only.isChecked()
        scene.show_guides = self.act_guides.isChecked()
        scene.actorsMovedInPhase.connect(self.moved_in_phase)
        scene.contextMenuAboutToShow.connect(self._fill_context_menu)

    def set_phase_only(self, on: bool) -> None:
        self.window.scene.phase_only_moves = on
        if on:
            self.window.statusBar().showMessage(
                "Drags now move actors in this phase only; switch off in Actors ▸ Move in this phase only.", 5000)

    def _set_guides(self, on: bool) -> None:
        self.window.scene.show_guides = on
        self.window.scene.update()

    def moved_in_phase(self, moves: list[tuple[int, float, float]], phase_id: int) -> None:
        self.window.execute(cmds.MoveActors(moves=moves, phase_id=phase_id))

    def _fill_context_menu(self, menu: QMenu, actor_ids: list[int], relation_ids: list[int]) -> None:
        if not actor_ids:
            return
        overridden = self._overridden(actor_ids)
        reset = menu.addAction("Reset position in this phase")
        reset.setEnabled(bool(overridden))
        reset.triggered.connect(lambda _=False, ids=overridden: self.reset(ids))
        menu.addAction(self.act_phase_only)

    # -- commands -------------------------------------------------------------------------
    def _overridden(self, actor_ids: list[int]) -> list[int]:
        positions = self.window.session.model.tables["positions"]
        phase = self.window.phase_id
        return [a for a in actor_ids if (a, phase) in positions]

    def reset_selected(self) -> None:
        ids = self._overridden(self.window.scene.selected_actor_ids())
        if not ids:
            self.window.statusBar().showMessage(
                "No selected actor has a position of its own in this phase.", 4000)
            return
        self.reset(ids)

    def reset(self, actor_ids: list[int]) -> None:
        if actor_ids:
            self.window.execute(cmds.ResetPhasePosition(actor_ids=list(actor_ids), phase_id=self.window.phase_id))

    def arrange(self, lens: str, only_unplaced: bool = False) -> bool:
        """Arrange by a lens as one undo step; returns whether anything changed."""
        win = self.window
        try:
            command = arrange_command(win.session.model, lens, only_unplaced=only_unplaced)
        except ValueError as exc:
            QMessageBox.warning(win, "Cannot arrange", str(exc))
            return False
        if command is None:
            msg = ("No unplaced actors: none sits on the default spot or on top of another."
                   if only_unplaced else "The map is already arranged that way.")
            win.statusBar().showMessage(msg, 5000)
            return False
        if win.execute(command) is None:  # refused: the window has said why
            return False
        win.view.fit()
        return True


def attach(window: "MainWindow") -> Any:
    return Arrange(window)
