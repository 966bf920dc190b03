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

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMessageBox

from ..analysis.layout import arrange, overlaps, phase_places
from ..analysis.tidy import tidy
from ..canvas.textcache import layout_gap, layout_sizes, model_sizes
from ..domain import commands as cmds
from ..domain.model import Model
from ..domain.wording import count
from .context import FeatureBase, WindowContext
from .i18n import tr
from ..domain.i18n import N_
from ..domain.terms import in_sentence

LENS_NAMES: dict[str, str] = {"free": N_("Free"), "scale": N_("Scale rings"), "helix": N_("Helix sectors")}
LENS_TIPS: dict[str, str] = {
    "free": N_("Related actors close together"),
    "scale": N_("Rings from neighbourhood (centre) to international (outside), with guides"),
    "helix": N_("Sectors for government, industry, academia and civil society, intermediaries "
                "in the middle, with guides"),
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
    placed = arrange(model, lens, actor_ids=ids, seed=seed, sizes=model_sizes(model),
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
    lens_name = in_sentence(tr(LENS_NAMES[lens]))
    if only_unplaced:
        text = tr("Arrange {unplaced_actors}: {lens}").format(
            unplaced_actors=count(len(moves), "unplaced actor"), lens=lens_name)
    else:
        text = tr("Arrange actors: {lens}").format(lens=lens_name)
    return cmds.Batch(batch, text=text)


def tidy_command(model: Model) -> cmds.Command | None:
    """One undoable command that removes every overlap at the projector's box size, moving
    as few actors as little as it can (None: nothing overlaps)."""
    base = {a.id: (a.x, a.y) for a in model.actors}
    moved = tidy(base, model_sizes(model), fixed={a.id for a in model.actors if a.pinned},
                 phase_places=phase_places(model), gap=layout_gap())
    if not moved:
        return None
    return cmds.Batch([cmds.MoveActors(moves=[(aid, x, y) for aid, (x, y) in sorted(moved.items())])],
                      text=tr("Tidy overlaps: {actors} moved").format(actors=count(len(moved), "actor")))


class Arrange(FeatureBase):
    """Actors ▸ Arrange, "Move in this phase only" and "Reset position in this phase"."""

    name = "arrange"

    def attach(self, ctx: WindowContext) -> None:
        super().attach(ctx)
        ctx.add_separator("actors")
        self.act_phase_only = ctx.declare(
            "phase_only_moves", tr("Move in this phase only"), self.set_phase_only, checkable=True,
            menu="actors", tip=tr("Drags move actors in the current phase only (or hold Alt while dragging)"))
        self.act_reset = ctx.declare(
            "reset_position", tr("Reset position in this phase"), self.reset_selected, menu="actors",
            tip=tr("Put the selected actors back on their place shared by all phases"))
        self.arrange_menu = ctx.add_submenu("actors", tr("Arrange"))
        self.arrange_actions: dict[tuple[str, bool], QAction] = {}
        for only_unplaced, header in ((False, tr("All actors")), (True, tr("Only unplaced actors"))):
            self.arrange_menu.addSection(header)
            for lens, name in LENS_NAMES.items():
                act = ctx.declare(f"arrange_{lens}" + ("_unplaced" if only_unplaced else ""), tr(name),
                                  lambda ln=lens, o=only_unplaced: self.arrange(ln, o),
                                  menu=self.arrange_menu, tip=tr(LENS_TIPS[lens]))
                self.arrange_actions[(lens, only_unplaced)] = act
        self.arrange_menu.addSeparator()
        self.act_tidy = ctx.declare(
            "tidy_overlaps", tr("Tidy overlaps"), self.tidy, menu=self.arrange_menu,
            tip=tr("Move overlapping boxes apart as little as it takes (pinned actors stay put)"))
        self.act_guides = ctx.declare(
            "lens_guides", tr("Show lens guides"), self._set_guides, checkable=True, menu=self.arrange_menu,
            tip=tr("Faint rings or sectors behind the map after arranging by a lens"))
        self.act_guides.setChecked(True)
        ctx.connect(ctx.signals.sessionChanged, self._new_scene)
        ctx.connect(ctx.signals.contextMenuAboutToShow, self._fill_context_menu)
        self._new_scene()

    # -- the scene's gestures -------------------------------------------------------------
    def _new_scene(self, *_args: object) -> None:
        """A new scene comes with every session: give it this feature's display choices."""
        scene = self.ctx.scene
        scene.phase_only_moves = self.act_phase_only.isChecked()
        scene.show_guides = self.act_guides.isChecked()

    def set_phase_only(self, on: bool) -> None:
        self.ctx.scene.phase_only_moves = on
        if on:
            self.ctx.status(
                tr("Drags now move actors in this phase only; switch off in Actors ▸ Move in this phase only."), 5000)

    def _set_guides(self, on: bool) -> None:
        self.ctx.scene.show_guides = on
        self.ctx.scene.update()

    def _fill_context_menu(self, menu: QMenu, actor_ids: list[int], relation_ids: list[int]) -> None:
        if not actor_ids:
            return
        overridden = self._overridden(actor_ids)
        reset = menu.addAction(tr("Reset position in this phase"))
        reset.setEnabled(bool(overridden))
        reset.triggered.connect(lambda _=False, ids=overridden: self.reset(ids))
        menu.addAction(self.act_phase_only)

    # -- commands -------------------------------------------------------------------------
    def _overridden(self, actor_ids: list[int]) -> list[int]:
        positions = self.ctx.session.model.tables["positions"]
        phase = self.ctx.phase_id
        return [a for a in actor_ids if (a, phase) in positions]

    def reset_selected(self) -> None:
        ids = self._overridden(self.ctx.scene.selected_actor_ids())
        if not ids:
            self.ctx.status(tr("No selected actor has a position of its own in this phase."))
            return
        self.reset(ids)

    def reset(self, actor_ids: list[int]) -> None:
        if actor_ids:
            self.ctx.execute(cmds.ResetPhasePosition(actor_ids=list(actor_ids), phase_id=self.ctx.phase_id))

    def tidy(self) -> bool:
        """Remove every overlap as one undo step; returns whether anything moved."""
        win = self.ctx
        command = tidy_command(win.session.model)
        if command is None:
            win.status(tr("No boxes overlap: nothing to tidy."), 5000)
            return False
        return win.execute(command) is not None

    def arrange(self, lens: str, only_unplaced: bool = False) -> bool:
        """Arrange by a lens as one undo step; returns whether anything changed."""
        win = self.ctx
        try:
            command = arrange_command(win.session.model, lens, only_unplaced=only_unplaced)
        except ValueError as exc:
            QMessageBox.warning(win.parent, tr("Cannot arrange"), str(exc))
            return False
        if command is None:
            msg = (tr("No unplaced actors: none sits on the default spot or on top of another.")
                   if only_unplaced else tr("The map is already arranged that way."))
            win.status(msg, 5000)
            return False
        if win.execute(command) is None:  # refused: the window has said why
            return False
        win.view.fit()
        return True
