"""Facilitator speed: who takes part in a phase in one step, and a canvas that says how to start.

Putting twenty actors into four phases one checkbox at a time is sixty clicks while the room
waits. Actors ▸ "Bring selected actors into this phase" (B), "Bring all actors into this
phase" (Shift+B) and "Copy presence and roles from the previous phase" (Ctrl+Shift+C) are
each one edit, undone in one step. An empty canvas says how to begin; a phase nobody takes
part in yet says how to fill it. Every list in the console shows whole names (``names.py``).
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLabel, QWidget

from ..canvas import overlay
from ..domain import commands as cmds
from ..domain.wording import count
from .context import FeatureBase, Row, WindowContext
from .names import full_names
from .i18n import tr
from ..domain.i18n import N_

START_HINT = N_("Start the map\n\n"
                "Press N for a new actor, or double-click the canvas where it should stand.\n"
                "File ▸ Import… (Ctrl+I) brings actors and relations from another tool;\n"
                "File ▸ Open demo session shows a finished workshop.")
EMPTY_PHASE_HINT = N_("Nobody takes part in {phase} yet.  Shift+B brings every actor in; select "
                      "some and press B to bring just those; Ctrl+Shift+C copies who took part in "
                      "the previous phase, with their roles.")


class CanvasHint(QLabel):
    """A note over the middle of the canvas (or just under the phase title) that never takes
    a click, so a double-click through it still places an actor."""

    def __init__(self, viewport: QWidget, title_bottom: Callable[[], float] = lambda: 0.0) -> None:
        super().__init__(viewport)
        self.title_bottom = title_bottom
        self.setObjectName("CanvasHint")
        self.setTextFormat(Qt.TextFormat.PlainText)  # a phase name is shown as typed
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)  # double-click passes
        self.setStyleSheet("QLabel#CanvasHint { color: #3A3A3A; background: rgba(255, 255, 255, 215);"
                           " border: 1px solid #C8C8C8; border-radius: 8px; padding: 14px 18px;"
                           " font-size: 11pt; }")
        self.under_title = False
        viewport.installEventFilter(self)
        self.hide()

    def show_text(self, text: str, *, under_title: bool = False) -> None:
        self.setText(text)
        self.under_title = under_title
        self.place()
        self.show()
        self.raise_()

    def place(self) -> None:
        area = self.parentWidget().rect()
        width = min(560, max(200, area.width() - 40))
        self.setFixedWidth(width)
        self.adjustSize()
        x = (area.width() - width) // 2
        # Under the title the note leaves the (faint) absent actors and the legend in view.
        y = int(self.title_bottom()) + 12 if self.under_title else (area.height() - self.height()) // 2
        self.move(x, max(0, y))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.parentWidget() and event.type() == QEvent.Type.Resize:
            self.place()
        return False


class Facilitation(FeatureBase):
    """Bulk presence in the Actors menu and the canvas hints."""

    name = "facilitation"

    def attach(self, ctx: WindowContext) -> None:
        super().attach(ctx)
        ctx.add_separator("actors")
        self.act_bring = ctx.declare(
            "bring_selected", tr("Bring selected actors into this phase"), self.bring_selected, "B",
            menu="actors", tip=tr("Mark the selected actors (ghosts included) as taking part in this phase"))
        self.act_bring_all = ctx.declare(
            "bring_all", tr("Bring all actors into this phase"), self.bring_all, "Shift+B",
            menu="actors", tip=tr("Mark every actor of the session as taking part in this phase"))
        self.act_copy = ctx.declare(
            "copy_previous", tr("Copy presence and roles from the previous phase"), self.copy_previous,
            "Ctrl+Shift+C", menu="actors",
            tip=tr("Everybody who took part in the previous phase takes part here too, with the same roles"))
        self.hint = CanvasHint(ctx.view.viewport(), self._title_bottom)
        # Composed last, so every dock and panel is there: whole names in all their lists.
        full_names(ctx.parent)
        ctx.connect(ctx.signals.phaseChanged, lambda _pid: self.refresh())
        ctx.connect(ctx.signals.sessionChanged, lambda _s: self.refresh())
        ctx.connect(ctx.model_events.edited, lambda _reason: self.refresh())
        ctx.connect(ctx.model_events.reset, self.refresh)
        self.refresh()

    def detach(self) -> None:
        self.hint.deleteLater()
        super().detach()

    def cheat_sheet_rows(self) -> list[Row]:
        return []

    # -- the edits ------------------------------------------------------------------------
    def bring_selected(self) -> None:
        ctx = self.ctx
        ids = ctx.scene.selected_actor_ids()
        if not ids:
            ctx.status(tr("Select the actors to bring into this phase (ghosts too), then press B."))
            return
        self._bring(ids)

    def bring_all(self) -> None:
        self._bring(None)

    def _bring(self, ids: list[int] | None) -> None:
        ctx = self.ctx
        brought = ctx.execute(cmds.BringIntoPhase(phase_id=ctx.phase_id, actor_ids=ids))
        if brought == 0:
            ctx.status(tr("They already take part in this phase."))
        elif brought:
            ctx.status(tr("{actors} brought into this phase (Ctrl+Z takes them out again).").format(
                    actors=count(brought, 'actor')))

    def copy_previous(self) -> None:
        ctx = self.ctx
        changed = ctx.execute(cmds.CopyPresenceFromPhase(phase_id=ctx.phase_id))
        if changed == 0:
            ctx.status(tr("This phase already has the previous phase's actors and roles."))
        elif changed:
            ctx.status(tr("Presence and roles copied for {actors} (Ctrl+Z undoes it).").format(
                    actors=count(changed, 'actor')))

    # -- what the menu and the canvas say -------------------------------------------------
    def _title_bottom(self) -> float:
        view = self.ctx.view
        block = view.title_block() if view.show_title else None
        return overlay.title_size(block, view.overlay_scale).height() if block is not None else 0.0

    def refresh(self) -> None:
        ctx = self.ctx
        model = ctx.session.model
        phases = model.phases
        pid = ctx.phase_id
        if pid not in model.tables["phases"]:
            return
        everyone = len(model.tables["actors"])
        here = len(model.present_actors(pid))
        first = bool(phases) and phases[0].id == pid
        # The two "bring" keys stay live so that a press that changes nothing says why.
        for act in (self.act_bring, self.act_bring_all):
            act.setEnabled(not ctx.session.read_only)
        self.act_copy.setEnabled(not first and not ctx.session.read_only)
        if everyone == 0:
            self.hint.show_text(tr(START_HINT))
        elif here == 0:
            self.hint.show_text(tr(EMPTY_PHASE_HINT).format(phase=f"“{model.phase(pid).name}”"), under_title=True)
        else:
            self.hint.hide()


__all__ = ["Facilitation", "CanvasHint", "START_HINT", "EMPTY_PHASE_HINT"]
