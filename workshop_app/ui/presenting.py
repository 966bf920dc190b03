"""Presenting step by step: the wall shows a phase actor by actor (or relation by relation),
phase after phase, as the facilitator (or a presenter's clicker) steps on.

Next is PgDn, Right or Space, back is PgUp, Left or Backspace: PgDn and PgUp are what a
clicker sends. Those keys belong to other actions (next phase, delete) the rest of the time,
so this mode *takes them over* only while it runs (``ui/actions.py``). What is not shown
yet is hidden on the projector only: the scene is shared, and the console keeps showing
everything, with the Presenting panel listing what the room has seen so far (a click there
jumps to any step). The plan and the cursor are ``domain/presentation.py``; the order is by
type, by scale or the facilitator's saved sequence (``presenting_sequence.py``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.presentation import ORDERS, UNITS, Presentation, phase_steps
from .docks.lazy_dock import PanelDock
from .context import FeatureBase, Row, WindowContext
from .presenting_sequence import SequenceDialog
from .projector import Projector
from .i18n import tr
from ..domain.i18n import N_
from ..domain.wording import noun

NEXT_KEYS = ("PgDown", "Right", "Space")
BACK_KEYS = ("PgUp", "Left", "Backspace")
_ROLE = Qt.ItemDataRole.UserRole


class PresentingPanel(QWidget):
    """The console's view of the presentation: the choices, the steps and where the room is."""

    def __init__(self, presenting: "Presenting") -> None:
        super().__init__()
        self.presenting = presenting
        form = QFormLayout()
        self.unit = QComboBox()
        for key, label in UNITS.items():
            self.unit.addItem(label, key)
        self.unit.setAccessibleName(tr("Present"))
        self.unit.setAccessibleDescription(tr("Whether each step shows one actor or one relation"))
        self.order = QComboBox()
        for key, label in ORDERS.items():
            self.order.addItem(label, key)
        self.order.setAccessibleName(tr("Order"))
        self.order.setAccessibleDescription(tr("The order of the steps: by type, by scale or your saved sequence"))
        form.addRow(tr("Present"), self.unit)
        form.addRow(tr("Order"), self.order)
        self.edit = QPushButton(tr("Edit the sequence…"))
        self.edit.setToolTip(tr("Put the actors or relations in your own order (saved in the session)"))
        self.edit.clicked.connect(presenting.edit_sequence)
        self.start = QPushButton(tr("Present  (F6)"))
        self.start.setAccessibleName(tr("Start or stop presenting step by step"))
        self.start.clicked.connect(presenting.toggle)
        self.start.setToolTip(tr("Start or stop presenting step by step (F6)"))
        steps = QHBoxLayout()
        self.back = QPushButton(tr("◀ Back"))
        self.back.setToolTip(tr("One step back (PgUp, Left or Backspace)"))
        self.back.setAccessibleName(tr("One step back"))
        self.back.clicked.connect(presenting.step_back)
        self.next = QPushButton(tr("Next ▶"))
        self.next.setToolTip(tr("One step on (PgDn, Right or Space; a presenter's clicker)"))
        self.next.setAccessibleName(tr("One step on"))
        self.next.clicked.connect(presenting.step_on)
        for b in (self.back, self.next):
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Space must step, never press a button
        steps.addWidget(self.back)
        steps.addWidget(self.start, 1)
        steps.addWidget(self.next)
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.steps = QTreeWidget()
        self.steps.setHeaderHidden(True)
        self.steps.setAccessibleName(tr("Steps"))
        self.steps.setAccessibleDescription(tr("Every step of every phase; ✓ shown on the wall, ○ not yet. "
                                               "Activate one to show the wall up to it"))
        self.steps.itemActivated.connect(self._jump)
        self.steps.itemClicked.connect(self._jump)
        hint = QLabel(tr("✓ shown on the wall · ○ not yet · click a step to jump to it"))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555; font-size: 11px;")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.edit)
        layout.addLayout(steps)
        layout.addWidget(self.where)
        layout.addWidget(self.steps, 1)
        layout.addWidget(hint)
        self.unit.currentIndexChanged.connect(lambda _i: presenting.set_plan(self.unit.currentData(),
                                                                             self.order.currentData()))
        self.order.currentIndexChanged.connect(lambda _i: presenting.set_plan(self.unit.currentData(),
                                                                              self.order.currentData()))

    def _jump(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        target = item.data(0, _ROLE)
        if target is not None:
            phase_id, shown = target
            self.presenting.jump(int(phase_id), int(shown))

    def refresh(self) -> None:
        p = self.presenting
        running = p.presentation is not None
        self.start.setText(tr("Stop  (F6)") if running else tr("Present  (F6)"))
        self.back.setEnabled(running)
        self.next.setEnabled(running)
        model = p.ctx.session.model
        plan = p.presentation or p.plan_for_list()
        self.steps.clear()
        bold = QFont()
        bold.setBold(True)
        current_item = None
        for pid in plan.phase_ids:
            phase = model.phase(pid)
            head = QTreeWidgetItem([phase.name])
            head.setData(0, _ROLE, (pid, 0))
            head.setFont(0, bold)
            steps = phase_steps(model, pid, plan.unit, plan.order)
            for i, step in enumerate(steps):
                shown = running and (pid != plan.phase_id and plan.phase_ids.index(pid) < plan.phase_index
                                     or pid == plan.phase_id and i < plan.shown)
                child = QTreeWidgetItem([("✓ " if shown else "○ ") + step.label])
                child.setData(0, _ROLE, (pid, i + 1))
                child.setToolTip(0, step.label)
                if running and pid == plan.phase_id and i + 1 == plan.shown:
                    child.setFont(0, bold)
                    current_item = child
                head.addChild(child)
            self.steps.addTopLevelItem(head)
            head.setExpanded(not running or pid == plan.phase_id)
            if running and pid == plan.phase_id and plan.shown == 0:
                current_item = head
        if current_item is not None:
            self.steps.setCurrentItem(current_item)
            self.steps.scrollToItem(current_item)
        self.where.setText(p.where_text() if running else tr("Not presenting: the wall shows every item."))


class Presenting(FeatureBase):
    """The feature: the mode, its keys, the Presenting panel and what the wall hides."""

    name = "presenting"
    cheat_sheet_title = N_("While presenting step by step")

    def __init__(self, projector: Projector) -> None:
        super().__init__()
        self.projector = projector
        self.presentation: Presentation | None = None
        self.unit, self.order = "actors", "type"

    def attach(self, ctx: WindowContext) -> None:
        super().attach(ctx)
        self.dock = PanelDock(tr("Presenting"), ctx.parent, lambda: PresentingPanel(self))  # made when first needed
        self.dock.setObjectName("PresentingDock")
        ctx.add_dock(self.dock, tab_with=ctx.dock("PropertiesDock"))  # the full height for the steps
        self.act_present = ctx.declare(
            "present_steps", tr("Present step by step"), self.set_running, "F6", checkable=True, menu="view",
            tip=tr("Show the wall one actor or relation at a time; PgDn, Right or Space step on"))
        self.act_sequence = ctx.declare("present_sequence", tr("Presentation sequence…"), self.edit_sequence,
                                        menu="view", tip=tr("Put the actors or relations in your own order"))
        ctx.declare("present_next", tr("Next step"), self.step_on, *NEXT_KEYS, live=False, takes_over=True)
        ctx.declare("present_back", tr("Previous step"), self.step_back, *BACK_KEYS, live=False, takes_over=True)
        signals = ctx.signals
        ctx.connect(signals.sessionChanged, lambda _s: self.stop())
        ctx.connect(signals.closing, self.stop)
        ctx.connect(signals.phaseChanged, self._phase_changed)
        ctx.connect(ctx.model_events.edited, lambda _reason: self._update())
        self.dock.visibilityChanged.connect(lambda shown: shown and self.panel.refresh())


    @property
    def panel(self) -> PresentingPanel:
        """The panel in the dock (made on first use)."""
        return self.dock.panel  # type: ignore[no-any-return]

    def detach(self) -> None:
        self.stop()
        super().detach()

    def cheat_sheet_rows(self) -> list[Row]:
        return [(tr("PgDn / Right / Space"), tr("Next step (a clicker's forward key)")),
                (tr("PgUp / Left / Backspace"), tr("Previous step"))]

    # -- the plan ---------------------------------------------------------------------------
    def plan_for_list(self) -> Presentation:
        """The steps as they would run, for the panel while nothing is presented."""
        ids = [p.id for p in self.ctx.session.phases]
        index = ids.index(self.ctx.phase_id) if self.ctx.phase_id in ids else 0
        return Presentation(ids, self.unit, self.order, index)

    def set_plan(self, unit: str, order: str) -> None:
        """Another unit or order: a running presentation starts the phase again."""
        self.unit, self.order = unit, order
        if self.presentation is not None:
            self.presentation = Presentation(self.presentation.phase_ids, unit, order,
                                             self.presentation.phase_index)
        self._update()

    # -- running ----------------------------------------------------------------------------
    def toggle(self) -> None:
        self.act_present.setChecked(self.presentation is None)

    def set_running(self, on: bool) -> None:
        if on:
            self.start()
        else:
            self.stop()

    def start(self) -> None:
        if self.presentation is not None:
            return
        ids = [p.id for p in self.ctx.session.phases]
        if not ids:
            return
        self.presentation = Presentation(ids, self.unit, self.order, ids.index(self.ctx.phase_id))
        for name in ("present_next", "present_back"):
            self.ctx.actions.set_live(name, True)
        self._sync_action(True)
        if not self.projector.is_shown():
            self.projector.show()
        self.dock.show()
        self.dock.raise_()
        self._update()
        self.ctx.status(tr("Presenting step by step: PgDn, Right or Space show the next item; F6 stops."), 6000)

    def stop(self) -> None:
        if self.presentation is None:
            return
        self.presentation = None
        for name in ("present_next", "present_back"):
            self.ctx.actions.set_live(name, False)
        self._sync_action(False)
        self._update()

    def _sync_action(self, on: bool) -> None:
        self.act_present.blockSignals(True)
        self.act_present.setChecked(on)
        self.act_present.blockSignals(False)

    def step_on(self) -> None:
        p = self.presentation
        if p is not None and p.forward(self.ctx.session.model):
            self._follow()
        elif p is not None:
            self.ctx.status(tr("The last step of the last phase is on the wall."), 4000)

    def step_back(self) -> None:
        p = self.presentation
        if p is not None and p.back(self.ctx.session.model):
            self._follow()

    def jump(self, phase_id: int, shown: int) -> None:
        if self.presentation is None:
            self.start()
        assert self.presentation is not None
        self.presentation.jump(self.ctx.session.model, phase_id, shown)
        self._follow()

    def _follow(self) -> None:
        p = self.presentation
        if p is not None and p.phase_id != self.ctx.phase_id:
            self.ctx.set_phase(p.phase_id)  # comes back through _phase_changed
        self._update()

    def _phase_changed(self, phase_id: int) -> None:
        p = self.presentation
        if p is not None and phase_id != p.phase_id and phase_id in p.phase_ids:
            p.jump(self.ctx.session.model, phase_id, 0)  # the phase bar: that phase, from its start
        self._update()

    def where_text(self) -> str:
        p = self.presentation
        if p is None:
            return ""
        model = self.ctx.session.model
        total = len(p.steps(model))
        what = noun(total, "actor") if p.unit == "actors" else noun(total, "relation")
        return tr("Phase {i} of {n} — {shown} of {total} {what} shown").format(
            i=p.phase_index + 1, n=len(p.phase_ids), shown=p.shown, total=total, what=what)

    def _update(self) -> None:
        """The wall hides what is not shown yet; the panel says what is."""
        p = self.presentation
        model = self.ctx.session.model
        if p is not None:
            known = [ph.id for ph in self.ctx.session.phases]
            if known != p.phase_ids:  # phases added, moved or deleted meanwhile
                if not known:
                    self.stop()
                    return
                index = known.index(p.phase_id) if p.phase_id in known else 0
                self.presentation = p = Presentation(known, p.unit, p.order, index, p.shown)
            p.shown = min(p.shown, len(p.steps(model)))
            actors, relations = p.hidden(model)
            total = len(p.steps(model))
            what = noun(total, "actor") if p.unit == "actors" else noun(total, "relation")
            self.projector.set_hidden(actors, relations, tr("{shown} of {total} {what}").format(
                shown=p.shown, total=total, what=what))
        else:
            self.projector.set_hidden(frozenset(), frozenset())
        if self.dock.isVisible():
            self.panel.refresh()

    # -- the saved sequence -----------------------------------------------------------------
    def edit_sequence(self) -> None:
        dialog = SequenceDialog(self.ctx, self.unit)
        if dialog.exec():
            command = dialog.command()
            if command is not None:
                self.ctx.execute(command)
                index = self.panel.order.findData("saved")
                self.panel.order.setCurrentIndex(index)  # the order just made is the one wanted


__all__ = ["BACK_KEYS", "NEXT_KEYS", "Presenting", "PresentingPanel"]
