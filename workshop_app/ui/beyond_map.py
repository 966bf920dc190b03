"""Beyond the map: the concepts the case papers use that a map of boxes and lines flattens.

* **Arenas** (002): the forums of the project with their members per phase, and 3C read per
  arena over the phases (View ▸ Panels ▸ Arenas).
* **Governance** of the selected actor in the phase shown: Net-Map influence and goal,
  orchestration (004), institutional work (001, Table 1), who gains and who bears costs; and
  for a data relation its openness (004). A tab beside Properties.
* **Influence and goals**: Net-Map's influence × alignment grid for the phase, and the
  influence towers on the map on request (View ▸ Influence towers).
* **Public value**: the session's and the phase's statement and the effects per actor, with
  the statement in the presentation's heading when asked.

Decision points live on the timeline (``timeline.py``). Every edit is one command through
the window; the panels re-read the session after each change, and only while shown.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDockWidget

from .. import settings
from ..canvas.towers import Towers
from .context import FeatureBase, Row, WindowContext
from .docks.arenas_dock import ArenasDock
from .docks.governance_dock import GovernanceDock
from .docks.netmap import InfluenceGridDock, place_command
from .docks.public_value import PublicValueDock, session_value
from .names import full_names
from .i18n import tr
from ..domain.i18n import N_

REFRESH_DELAY_MS = 60  # a burst of edits (a drag, a batch) costs one refresh
FIRST_HEIGHT = 330  # the bottom panels, the first time they open
RIGHT_SHARE = 0.62  # the part of the window's height the right-hand panels take when first opened
Area = Qt.DockWidgetArea
HeadingHook = Callable[[str], None]
SHEET: tuple[Row, ...] = (
    (N_("Drag a name in the influence grid"), N_("Record its influence and stance at once (one undo step)")),
    (N_("Click a decision under the slider"), N_("Edit or delete it; right-click to add one in that phase")),
    (N_("Click a phase in the arena chart"), N_("Show that phase on the map")),
)


def heading_text(model: object, phase_id: int) -> str:
    """The public value line for the presentation's heading: the phase's statement, else the
    session's ("" when neither is written)."""
    phases = getattr(model, "tables")["phases"]
    phase = phases.get(phase_id)
    text = phase.public_value.strip() if phase is not None else ""
    return text or session_value(model).strip()  # type: ignore[arg-type]


class BeyondMap(FeatureBase):
    """The feature (``window.features["beyond_map"]``): four docks, the towers and their actions.

    ``heading`` (given at composition) puts a line in the presentation's heading; the feature
    never looks the projector up itself.
    """

    name = "beyond_map"
    cheat_sheet_title = N_("Beyond the map")

    def __init__(self, heading: HeadingHook | None = None) -> None:
        super().__init__()
        self.heading = heading
        self.towers = Towers()
        self._stale: set[QDockWidget] = set()
        self._sized: set[str] = set()

    def attach(self, ctx: WindowContext) -> None:
        super().attach(ctx)
        self.arenas = ArenasDock(ctx, ctx.parent)
        self.governance = GovernanceDock(ctx, ctx.parent)
        self.grid = InfluenceGridDock(ctx.parent)
        self.value = PublicValueDock(ctx, ctx.parent)
        self.docks: tuple[QDockWidget, ...] = (self.governance, self.value, self.arenas, self.grid)
        for dock in self.docks:
            area = Area.BottomDockWidgetArea if dock in self.bottom else Area.RightDockWidgetArea
            ctx.add_dock(dock, area, panels_menu=False)
            dock.visibilityChanged.connect(lambda on, d=dock: self._catch_up(d) if on else None)
            full_names(dock)  # whole names in their lists and drop-downs, like every panel
        self.arenas.phaseRequested.connect(ctx.set_phase)
        self.grid.grid.actorClicked.connect(self.select_actor)
        self.grid.grid.placeRequested.connect(self._place)
        self.value.actorClicked.connect(self.select_actor)
        self.value.set_wall_shown(settings.current().wall_public_value)  # as the last workshop left it
        self.value.wallToggled.connect(self._wall_toggled)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(REFRESH_DELAY_MS)
        self.timer.timeout.connect(self.refresh)
        self._declare_actions()
        events, signals = ctx.model_events, ctx.signals
        for signal in (events.evidenceChanged, events.presenceChanged, events.actorsChanged,
                       events.relationsChanged, events.scoresChanged, events.phasesChanged,
                       events.metaChanged, events.reset):
            ctx.connect(signal, self._changed)
        ctx.connect(signals.phaseChanged, self._phase_changed)
        ctx.connect(signals.selectionChanged, self._selection_changed)
        ctx.connect(signals.sessionChanged, self._session_changed)
        self.towers.set_scene(ctx.scene)
        self._update_heading()

    def detach(self) -> None:
        self.timer.stop()
        self.towers.set_shown(False)
        if self.heading is not None:
            self.heading("")
        super().detach()

    def cheat_sheet_rows(self) -> list[Row]:
        """Gestures of the panels that are not menu actions."""
        return [(tr(keys), tr(text)) for keys, text in SHEET]

    @property
    def bottom(self) -> tuple[QDockWidget, ...]:
        return (self.arenas, self.grid)

    def _declare_actions(self) -> None:
        ctx = self.ctx
        ctx.add_separator("view")
        self.act_towers = ctx.declare(
            "influence_towers", tr("Influence towers"), self.set_towers, "Ctrl+Shift+T", checkable=True,
            menu="view", tip=tr("Net-Map: a stack beside each box as high as the actor's influence in "
                                "this phase (0-5), shaded by its stance towards the goal"))
        ctx.add_separator("panels")
        specs = (
            ("governance", self.governance, "Ctrl+Shift+G",
             tr("Influence, goal, orchestration, institutional work and public value of the selected actor")),
            ("public_value", self.value, "Ctrl+Shift+V",
             tr("The public value the project and each phase are meant to create; who gains, who bears costs")),
            ("arenas", self.arenas, "Ctrl+Shift+F",
             tr("Forums (steering committee, project teams...) with their members, and 3C per arena")),
            ("influence_grid", self.grid, "Ctrl+Shift+I",
             tr("Net-Map: every actor of the phase by influence and stance towards the goal")),
        )
        self.panel_actions = {}
        for key, dock, keys, tip in specs:
            act = ctx.declare(f"panel_{key}", dock.windowTitle(), lambda d=dock: self.toggle(d), keys,
                              menu="panels", tip=tip)
            self.panel_actions[key] = act

    # -- showing the panels -------------------------------------------------------------------
    def open(self, dock: QDockWidget) -> None:
        """Show a panel in front (beside Properties, or with the other bottom panels)."""
        ctx = self.ctx
        first = dock.objectName() not in self._sized
        tabbed = False
        if dock.isHidden() and not dock.isFloating():
            tabbed = self._tab_with_open_sibling(dock)
        dock.show()
        dock.raise_()
        if first and not dock.isFloating():
            if dock in self.bottom and not tabbed:
                ctx.resize_docks([dock], [FIRST_HEIGHT], Qt.Orientation.Vertical)
            elif dock not in self.bottom:  # beside Properties: most of the column's height,
                QTimer.singleShot(0, lambda: self._take_column(dock))  # once the tab is laid out
        self._sized.add(dock.objectName())
        self._catch_up(dock)

    def _take_column(self, dock: QDockWidget) -> None:
        """Give a right-hand panel most of the column's height, the docks under it the rest."""
        ctx = self.ctx
        if not dock.isVisible() or dock.isFloating():
            return
        mine = {dock, *ctx.tab_group(dock)}
        others: list[QDockWidget] = []
        for d in ctx.docks_in(Area.RightDockWidgetArea):
            if d not in mine and not any(d in ctx.tab_group(o) for o in others):
                others.append(d)  # one per group of tabs under it
        total = ctx.parent.height()
        height = int(total * RIGHT_SHARE)
        rest = max(120, (total - height) // max(1, len(others)))
        ctx.resize_docks([dock, *others], [height, *([rest] * len(others))], Qt.Orientation.Vertical)

    def _tab_with_open_sibling(self, dock: QDockWidget) -> bool:
        """Join an open dock of the same area as a tab (done only now: tabbing hidden docks
        leaves a stray tab bar behind in Qt)."""
        ctx = self.ctx
        area = ctx.dock_area(dock)
        candidates = [d for d in ctx.docks_in(area) if d is not dock and dock not in ctx.tab_group(d)]
        if area == Area.RightDockWidgetArea:
            props = ctx.dock("PropertiesDock")
            if props is not None and props in candidates:
                candidates.remove(props)
                candidates.insert(0, props)
        if candidates:
            ctx.tabify(candidates[0], dock)
            return True
        return False

    def toggle(self, dock: QDockWidget) -> None:
        if dock.isVisible() and not dock.visibleRegion().isEmpty():
            dock.close()
        else:
            self.open(dock)

    # -- following the window -------------------------------------------------------------
    def set_towers(self, on: bool) -> None:
        self.towers.set_shown(on)
        self.ctx.view.refit()  # a tower may stand beyond the map's edge

    def select_actor(self, actor_id: int) -> None:
        scene = self.ctx.scene
        if actor_id in scene.actor_items:
            scene.select(actor_ids=[actor_id])
            item = scene.actor_items[actor_id]
            if item.isVisible():
                self.ctx.view.ensureVisible(item, 40, 40)

    def _place(self, actor_id: int, influence: object, alignment: object) -> None:
        model = self.ctx.session.model
        command = place_command(model, actor_id, self.ctx.phase_id, influence,  # type: ignore[arg-type]
                                alignment)  # type: ignore[arg-type]
        if command is not None:
            self.ctx.execute(command)

    def _wall_toggled(self, on: bool) -> None:
        self._update_heading(on)
        if settings.current().wall_public_value != on:  # remembered for the next workshop
            settings.store().set(wall_public_value=on)

    def _update_heading(self, on: bool | None = None) -> None:
        if self.heading is None:
            return
        shown = self.value.wall_shown() if on is None else on
        text = heading_text(self.ctx.session.model, self.ctx.phase_id) if shown else ""
        self.heading(tr("Public value: {text}").format(text=text) if text else "")

    def _changed(self, *_args: object) -> None:
        self.towers.refresh()  # the map follows at once; the panels after the pause
        self.timer.start()

    def _phase_changed(self, _phase_id: int) -> None:
        self.towers.refresh()
        if self.governance.isVisible():  # like Properties beside it, at once (it is light)
            self.governance.refresh()
        self.timer.start()

    def _selection_changed(self) -> None:
        scene = self.ctx.scene
        if self.governance.isVisible():  # a hidden tab catches up when shown
            self.governance.show_selection(scene.selected_actor_ids(), scene.selected_relation_ids())
        self.grid.grid.set_selected(set(scene.selected_actor_ids()))

    def _session_changed(self, _session: object) -> None:
        self.towers.set_scene(self.ctx.scene)
        self.governance.show_selection([], [])
        self._stale.update(self.docks)
        self.timer.start()

    def refresh(self) -> None:
        """Re-read what is on screen; hidden panels catch up when shown."""
        self.timer.stop()
        self.towers.refresh()
        self._update_heading()
        for dock in self.docks:
            if dock.isVisible():
                self._refresh_dock(dock)
                self._stale.discard(dock)
            else:
                self._stale.add(dock)

    def _catch_up(self, dock: QDockWidget) -> None:
        if dock is self.governance:
            self._selection_changed()
        self._stale.discard(dock)
        self._refresh_dock(dock)

    def _refresh_dock(self, dock: QDockWidget) -> None:
        ctx = self.ctx
        if dock is self.grid:
            self.grid.set_phase(ctx.session.model, ctx.phase_id)
            self.grid.grid.set_selected(set(ctx.scene.selected_actor_ids()))
        else:
            dock.refresh()  # type: ignore[attr-defined]


__all__ = ["BeyondMap", "heading_text"]
