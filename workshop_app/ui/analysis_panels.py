"""The analysis panels: compare phases, warnings, prompts, metrics charts and the actor story.

They read the same session as the canvas and recompute from ``workshop_app.analysis`` after
each edit, with a short pause (``REFRESH_DELAY_MS``) so a burst of key presses costs one
recomputation; a hidden panel waits until it is shown. A phase switch does no analysis of its
own: the canvas must follow the phase bar at once, so the panels on screen catch up after the
same pause, and the warning count is filtered from the list made after the last edit. The three text panels share the left
edge of the window, the two chart panels the bottom; all start closed so the map keeps the
room, and each has a shortcut (listed under View ▸ Panels and in the F1 sheet). The warning
count stays in the status bar while its panel is closed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDockWidget, QPushButton, QVBoxLayout, QWidget

from ..analysis.agreement import session_agreement
from ..analysis.facts import session_facts
from ..analysis.prompts import PROMPTS_BY_ID
from ..domain.model import Model
from ..domain.wording import noun
from ..io.protocol import pinned_prompt
from .agreement_line import AgreementLine
from .context import FeatureBase, WindowContext
from .docks.canvas_marks import CanvasMarks
from .docks.diff_dock import DiffDock
from .docks.prompts_dock import PromptsDock
from .docks.story_dock import StoryDock
from .docks.warnings_dock import WarningsDock
from .room_signals import RoomSignals
from . import seams
from ..analysis.metrics import phase_metrics
from .i18n import tr

if TYPE_CHECKING:  # pragma: no cover
    from ..charts.metrics_charts import MetricsCharts

REFRESH_DELAY_MS = 150
FIRST_WIDTH = 400  # the text panels on the left
FIRST_HEIGHT = {"MetricsDock": 440, "StoryDock": 360}  # the chart panels at the bottom


class MetricsDock(QDockWidget):
    """The metrics charts in a dock; a click on a phase column switches the canvas.

    The charts are made when the dock is first shown: ten plots (and pyqtgraph and networkx
    behind them, loaded through ``seams``) cost most of a second, which a window that never
    opens them should not pay.
    """

    def __init__(self, ctx: WindowContext) -> None:
        super().__init__(tr("Metrics over phases"), ctx.parent)
        self.setObjectName("MetricsDock")
        self.main = ctx
        self.charts: MetricsCharts | None = None
        self.agreement = AgreementLine()
        self._drawn: tuple[Model, int] | None = None  # the model and revision charted

    def ensure_charts(self) -> MetricsCharts:
        if self.charts is None:
            self.charts = seams.metrics_charts()()
            self.charts.phaseClicked.connect(self.main.set_phase)
            body = QWidget()
            column = QVBoxLayout(body)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(0)
            column.addWidget(self.agreement)  # how alike the room scored, above the charts
            column.addWidget(self.charts, 1)
            self.setWidget(body)
        return self.charts

    def refresh(self) -> None:
        """Chart the metrics again after an edit; otherwise only mark the current phase."""
        charts = self.ensure_charts()
        model = self.main.session.model
        if self._drawn == (model, model.revision):
            charts.set_current(self.main.phase_id)
            return

        facts = session_facts(model)
        metrics = [phase_metrics(f) for f in facts]
        charts.set_metrics(metrics, self.main.phase_id)
        self.agreement.show_agreement(session_agreement(model, facts), self.main.phase_id)
        self._drawn = (model, model.revision)

    def phase_changed(self, phase_id: int) -> None:
        if self.charts is not None:
            self.charts.set_current(phase_id)
            self.agreement.show_phase(phase_id)


class _AfterPaint(QObject):
    """Calls ``then`` once, just after ``widget`` is next painted."""

    def __init__(self, widget: QWidget, then: Callable[[], None]) -> None:
        super().__init__(widget)
        self._then = then
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)  # once this paint is on the screen
            self.deleteLater()
        return False


class AnalysisPanels(FeatureBase):
    """The feature (``window.features["analysis"]``): the five docks and their actions.

    The pinned prompt goes to the room's state, where the projector reads it; a session made
    from a protocol template opens with the template's prompt pinned.
    """

    name = "analysis"

    def __init__(self, room: RoomSignals) -> None:
        super().__init__()
        self.room = room
        self._stale: set[QDockWidget] = set()
        self._sized: set[str] = set()

    def attach(self, ctx: WindowContext) -> None:
        super().attach(ctx)
        self.marks = CanvasMarks(ctx)
        self.diff = DiffDock(ctx, self.marks)
        self.warnings = WarningsDock(ctx, self.marks)
        self.prompts = PromptsDock(ctx)
        self.metrics = MetricsDock(ctx)
        self.story = StoryDock(ctx)
        self.docks: tuple[QDockWidget, ...] = (self.warnings, self.prompts, self.diff, self.metrics, self.story)
        for dock in self.docks:  # text panels on the left, charts at the bottom; tabbed when opened
            area = Qt.DockWidgetArea.BottomDockWidgetArea if dock in self.bottom else Qt.DockWidgetArea.LeftDockWidgetArea
            ctx.add_dock(dock, area, panels_menu=False)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(REFRESH_DELAY_MS)
        self.timer.timeout.connect(self.refresh)
        self.status_button = QPushButton()
        self.status_button.setFlat(True)
        self.status_button.setToolTip(tr("Open the warnings panel"))
        self.status_button.clicked.connect(lambda: self.open(self.warnings))
        ctx.add_status_widget(self.status_button)
        self.warnings.countChanged.connect(lambda _n: self._update_status())
        self.prompts.pinChanged.connect(self._pinned)
        self.actions = self._build_actions()
        for dock in self.docks:
            dock.visibilityChanged.connect(lambda on, d=dock: self._catch_up(d) if on else None)
        ctx.connect(ctx.signals.sessionChanged, self._session_changed)
        ctx.connect(ctx.signals.phaseChanged, self._phase_changed)
        ctx.connect(ctx.signals.selectionChanged, self._selection_changed)
        ctx.connect(ctx.model_events.edited, self._edited)
        self._session_changed(ctx.session)

    def detach(self) -> None:
        self.timer.stop()
        self.room.room.set_prompt("")
        super().detach()

    # -- layout and actions ---------------------------------------------------------------
    @property
    def bottom(self) -> tuple[QDockWidget, ...]:
        return (self.metrics, self.story)

    def _tab_with_open_sibling(self, dock: QDockWidget) -> bool:
        """Join an open panel of the same group as a tab (tabbing hidden docks leaves a stray
        tab bar behind in Qt, so it is done only now)."""
        group = self.bottom if dock in self.bottom else (self.warnings, self.prompts, self.diff)
        ctx = self.ctx
        area = ctx.dock_area(dock)
        for other in group:
            if (other is not dock and other.isVisible() and not other.isFloating()
                    and ctx.dock_area(other) == area and dock not in ctx.tab_group(other)):
                ctx.tabify(other, dock)
                return True
        return False

    def _build_actions(self) -> dict[str, QAction]:
        ctx = self.ctx
        specs = (
            ("warnings", self.warnings, "Ctrl+Shift+W", tr("Pattern warnings: questions for the room, with their source")),
            ("prompts", self.prompts, "Ctrl+Shift+Q", tr("Facilitation prompts for this phase, to tick off and pin")),
            ("diff", self.diff, "Ctrl+D", tr("Compare two phases: who joined, left, changed roles; relations and scores")),
            ("metrics", self.metrics, "Ctrl+Shift+M", tr("Charts of the network metrics, one point per phase")),
            ("story", self.story, "Ctrl+Shift+S", tr("The selected actor through all phases")),
        )
        actions: dict[str, QAction] = {}
        ctx.add_separator("panels")
        for key, dock, keys, tip in specs:
            act = ctx.declare(f"panel_{key}", dock.windowTitle(), lambda d=dock: self.toggle(d), keys,
                              menu="panels", tip=tip)
            dock.windowTitleChanged.connect(lambda title, a=act: a.setText(title))
            actions[key] = act
        return actions

    def open(self, dock: QDockWidget) -> None:
        """Show a panel in front of its tab group (at a readable size the first time)."""
        first = dock.objectName() not in self._sized
        tabbed = False
        if dock.isHidden() and not dock.isFloating():
            tabbed = self._tab_with_open_sibling(dock)
        dock.show()
        dock.raise_()
        if first and not tabbed and not dock.isFloating():
            self._sized.add(dock.objectName())
            if dock in self.bottom:
                height = FIRST_HEIGHT[dock.objectName()]
                self.ctx.resize_docks([dock], [height], Qt.Orientation.Vertical)
            else:
                self.ctx.resize_docks([dock], [FIRST_WIDTH], Qt.Orientation.Horizontal)

    def toggle(self, dock: QDockWidget) -> None:
        """The panel's shortcut: bring it forward, or close it if it is already in front."""
        if dock.isVisible():
            dock.close()
        else:
            self.open(dock)

    # -- following the window -------------------------------------------------------------
    def _session_changed(self, _session: object) -> None:
        self.story.show_actor(None)
        if self.diff.built:  # a panel made later starts following the phase bar
            self.diff.follow.setChecked(True)
        # A session made from a protocol template opens with the template's prompt on the
        # wall; any other opens with none (a prompt pinned for the last session is not its).
        self.prompts.set_pinned(pinned_prompt(self.ctx.session.model))
        self._update_status()
        # Worked out after the pause that follows the map's first paint, not here: on a big
        # session building the window takes longer than the pause, and the map would wait
        # for the warnings. A panel opened before then works its part out when it is shown.
        self._stale.update(self.docks)
        _AfterPaint(self.ctx.view.viewport(), self.timer.start)

    def _edited(self, _reason: str) -> None:
        self.timer.start()

    def _phase_changed(self, phase_id: int) -> None:
        self.warnings.phase_changed()  # the count, filtered from the list already made
        self.diff.phase_changed(phase_id)  # only picks the phases to compare
        self.metrics.phase_changed(phase_id)
        self.timer.start()  # the panels on screen catch up after the pause

    def _selection_changed(self) -> None:
        if self.story.isVisible():
            self.story.follow_selection()

    def refresh(self) -> None:
        """Recompute what is on screen now; hidden panels catch up when shown.

        The warnings are worked out even with their panel closed, since their count is in the
        status bar; their cards wait until the panel is shown.
        """
        self.timer.stop()
        self.warnings.recompute()
        for dock in self.docks:
            if dock.isVisible():
                dock.refresh()  # type: ignore[attr-defined]
                self._stale.discard(dock)
            else:
                self._stale.add(dock)
        if not self.warnings.isVisible():
            self.warnings.phase_changed()  # title and count of the list just made

    def _catch_up(self, dock: QDockWidget) -> None:
        if dock is self.story:
            self.story.follow_selection()
        if dock in self._stale:
            self._stale.discard(dock)
            dock.refresh()  # type: ignore[attr-defined]

    def _update_status(self) -> None:
        if not self.ctx.session.model.tables["actors"]:
            self.status_button.setText(tr("No warnings"))  # nothing to warn about before the first actor
            return
        if not self.warnings.ready:
            self.status_button.setText(tr("Warnings: …"))  # worked out just after the map is shown
            return
        n = len(self.warnings.warnings)
        here = len(self.warnings.visible_warnings()) if not self.warnings.all_phases_shown() else None
        if n == 0:
            self.status_button.setText(tr("No warnings"))
        elif here is not None:
            others = n - here  # shown on another phase only
            elsewhere = tr("{n} in {phases}").format(n=others, phases=noun(others, "another phase", "other phases"))
            if here == 0:
                text = tr("No warnings here · {elsewhere}").format(elsewhere=elsewhere)
            elif others:
                text = tr("▲ Warnings: {here} here · {elsewhere}").format(here=here, elsewhere=elsewhere)
            else:
                text = tr("▲ Warnings: {here} here").format(here=here)
            self.status_button.setText(text)
        else:
            self.status_button.setText(tr("▲ Warnings: {n}").format(n=n))

    # -- the pinned prompt ----------------------------------------------------------------
    def current_prompt(self) -> str | None:
        """The text of the pinned prompt in the console's language, or ``None``."""
        prompt = PROMPTS_BY_ID.get(self.prompts.pinned)
        return prompt.question if prompt is not None else None

    def pin_prompt(self, prompt_id: str) -> None:
        """Pin a prompt by id ("" unpins)."""
        self.prompts.set_pinned(prompt_id)

    def _pinned(self, _prompt_id: str) -> None:
        self.room.room.set_prompt(self.current_prompt() or "")  # the projector shows it
