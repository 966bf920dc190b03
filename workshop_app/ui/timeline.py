"""Moving through time: the phase slider, the phase morph setting and all phases side by side.

The slider sits under the phase bar with the phase names at its ticks, so a facilitator can
scrub through the project's history while the room watches the map change (PageUp and
PageDown do the same). Under the names, the decision points (specifications fixed, plan
adopted...) sit in their phase in their order, each with its label and date; Phases ▸ "Add
decision point…", a click on a marker or a right-click edits them, one command each.
View ▸ "Animate phase changes" turns the short morph on or off and is remembered; View ▸
"All phases side by side" opens a window with one small map per phase.
"""

from __future__ import annotations


from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QCloseEvent, QColor, QFont, QFontMetricsF, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QSlider,
    QStyle,
    QStyleOptionSlider,
    QVBoxLayout,
    QWidget,
)

from .. import settings
from ..canvas.small_multiples import SmallMultiples
from ..domain.commands_arenas import DeleteDecisionPoint
from ..domain.model import Model, Phase
from .context import FeatureBase, WindowContext
from .decision_strip import DecisionStrip
from .dialogs.decision_point import DecisionPointDialog
from .window_layout import SettingsSignals
from .i18n import tr


class _Ticks(QWidget):
    """The phase names under the slider's ticks; clicking a name selects that phase."""

    def __init__(self, owner: "PhaseSlider") -> None:
        super().__init__(owner)
        self.owner = owner
        f = QFont()
        f.setPointSizeF(9.5)
        self.setFont(f)
        self.setFixedHeight(int(QFontMetricsF(f).height()) + 6)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def paintEvent(self, event: QPaintEvent) -> None:
        phases = self.owner.phases
        if not phases:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        xs = self.owner.tick_xs()
        n = len(phases)
        gap = (xs[-1] - xs[0]) / (n - 1) if n > 1 else float(self.width())
        bold = QFont(self.font())
        bold.setBold(True)
        half = max(15.0, (gap - 12.0) / 2)  # each label keeps to its half of the gaps around it
        for i, (ph, x) in enumerate(zip(phases, xs)):
            current = i == self.owner.slider.value()
            painter.setFont(bold if current else self.font())
            fm = QFontMetricsF(painter.font())
            lo = 0.0 if i == 0 else x - half
            hi = float(self.width()) if i == n - 1 else x + half
            text = fm.elidedText(f"{i + 1} {ph.name}", Qt.TextElideMode.ElideRight, hi - lo)
            w = fm.horizontalAdvance(text)
            left = min(max(lo, x - w / 2), hi - w)
            painter.setPen(QColor("#1D3F7A" if current else "#555555"))
            painter.drawText(QRectF(left, 0, w + 2, self.height()),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        xs = self.owner.tick_xs()
        if xs:
            x = event.position().x()
            nearest = min(range(len(xs)), key=lambda i: abs(xs[i] - x))
            self.owner.slider.setValue(nearest)


class PhaseSlider(QWidget):
    """A slider with one tick per phase; ``phaseSelected`` reports the phase it points at."""

    phaseSelected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PhaseSlider")
        self.phases: list[Phase] = []
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setAccessibleName(tr("Phase"))
        self.slider.setAccessibleDescription(tr("Move through the phases (PageUp / PageDown)"))
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setTickInterval(1)
        self.slider.setPageStep(1)
        self.slider.setToolTip(tr("Drag or click to move through the phases (PageUp / PageDown)"))
        self.slider.valueChanged.connect(self._value_changed)
        self.ticks = _Ticks(self)
        self.decisions = DecisionStrip(self.decision_xs, self)
        title = QLabel(tr("Timeline"))
        title.setStyleSheet("font-weight: 600; color: #444; padding-right: 6px;")
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.slider)
        column.addWidget(self.ticks)
        column.addWidget(self.decisions)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 0, 16, 4)
        row.addWidget(title, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(column, 1)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_phases(self, phases: list[Phase], current: int) -> None:
        self.phases = list(phases)
        self.slider.blockSignals(True)
        self.slider.setRange(0, max(0, len(self.phases) - 1))
        self.slider.blockSignals(False)
        self.set_current(current)
        self.ticks.update()

    def set_decisions(self, model: Model) -> None:
        """The decision points of ``model`` under the phase names."""
        self.decisions.set_model(model, [p.id for p in self.phases])

    def set_current(self, phase_id: int) -> None:
        ids = [p.id for p in self.phases]
        if phase_id in ids:
            self.slider.blockSignals(True)
            self.slider.setValue(ids.index(phase_id))
            self.slider.blockSignals(False)
            self.ticks.update()

    def current_phase_id(self) -> int | None:
        i = self.slider.value()
        return self.phases[i].id if 0 <= i < len(self.phases) else None

    def tick_xs(self) -> list[float]:
        """The x of each tick in the labels' coordinates (where the handle's centre stops)."""
        opt = QStyleOptionSlider()
        self.slider.initStyleOption(opt)
        style = self.slider.style()
        groove = style.subControlRect(QStyle.ComplexControl.CC_Slider, opt, QStyle.SubControl.SC_SliderGroove, self.slider)
        handle = style.subControlRect(QStyle.ComplexControl.CC_Slider, opt, QStyle.SubControl.SC_SliderHandle, self.slider)
        span = groove.width() - handle.width()
        in_self = self.slider.mapTo(self, QPointF(groove.x() + handle.width() / 2, 0))
        origin = self.ticks.mapFrom(self, in_self).x()
        lo, hi = self.slider.minimum(), self.slider.maximum()
        return [origin + QStyle.sliderPositionFromValue(lo, hi, v, span) for v in range(lo, hi + 1)]

    def decision_xs(self) -> list[float]:
        """The ticks' x in the decision strip (it lies under the names, at the same x)."""
        offset = self.decisions.mapFrom(self, self.ticks.mapTo(self, QPointF(0, 0))).x()
        return [x + offset for x in self.tick_xs()]

    def resizeEvent(self, event: object) -> None:  # type: ignore[override]
        super().resizeEvent(event)  # type: ignore[arg-type]
        self.decisions.relayout()

    def _value_changed(self, value: int) -> None:
        self.ticks.update()
        if 0 <= value < len(self.phases):
            self.phaseSelected.emit(self.phases[value].id)


class SideBySideWindow(QWidget):
    """A separate window (it can go on a second screen) with every phase side by side."""

    def __init__(self, ctx: WindowContext) -> None:
        super().__init__(ctx.parent, Qt.WindowType.Window)
        self.main = ctx
        self.multiples = SmallMultiples()
        self.multiples.phaseClicked.connect(ctx.set_phase)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.multiples)
        self.resize(1400, 860)

    def open(self) -> None:
        self.multiples.set_session(self.main.session)
        self.multiples.set_current(self.main.phase_id)
        self.setWindowTitle(tr("All phases side by side — {title}").format(title=self.main.session.title))
        self.show()
        self.raise_()

    def follow_session(self) -> None:
        if self.isVisible():
            self.open()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.multiples.clear()  # stop drawing every phase while nobody looks
        super().closeEvent(event)


class Timeline(FeatureBase):
    """The feature: slider, settings and the side-by-side window."""

    name = "timeline"

    def attach(self, ctx: WindowContext) -> None:
        super().attach(ctx)
        self.slider = PhaseSlider()
        ctx.add_below_phase_bar(self.slider)
        self.slider.phaseSelected.connect(ctx.set_phase)
        events, signals = ctx.model_events, ctx.signals
        for signal in (events.phasesChanged, events.reset):
            ctx.connect(signal, self._phases_changed)
        ctx.connect(events.evidenceChanged, self._evidence_changed)
        self.slider.decisions.editRequested.connect(self.edit_decision)
        self.slider.decisions.addRequested.connect(self.add_decision)
        self.slider.decisions.deleteRequested.connect(self.delete_decision)
        ctx.connect(signals.phaseChanged, self._phase_changed)
        ctx.connect(signals.sessionChanged, self._session_changed)
        self._side: SideBySideWindow | None = None  # made when first opened
        ctx.add_separator("view")
        self.act_slider = ctx.declare("phase_slider", tr("Phase slider"), self.show_slider, checkable=True,
                                      menu="view", tip=tr("Show the timeline slider under the phase bar"))
        self.act_animate = ctx.declare("animate", tr("Animate phase changes"), self.set_animate, checkable=True,
                                       menu="view",
                                       tip=tr("Fade actors and relations in and out when switching phases"))
        self.act_side = ctx.declare("side_by_side", tr("All phases side by side"), lambda: self.side_by_side.open(),
                                    "Ctrl+Shift+A", menu="view",
                                    tip=tr("One small map per phase in a separate window; click one to show it"))
        ctx.add_separator("phases")
        ctx.declare("add_decision", tr("Add decision point…"), lambda: self.add_decision(ctx.phase_id),
                    menu="phases", tip=tr("A decision on the timeline of this phase (specifications "
                                          "fixed, plan adopted...): shown under the phase slider"))
        self.settings_signals = SettingsSignals(self)
        ctx.connect(self.settings_signals.changed, self._settings_changed)
        self._follow_settings()
        self._phases_changed()

    def detach(self) -> None:
        self.settings_signals.close()
        if self._side is not None:
            self._side.close()
            self._side.deleteLater()
            self._side = None
        super().detach()

    @property
    def side_by_side(self) -> SideBySideWindow:
        """The window with every phase side by side (made the first time it is needed)."""
        if self._side is None:
            self._side = SideBySideWindow(self.ctx)
        return self._side

    def _follow_settings(self) -> None:
        """The remembered choices (also when another window changes them)."""
        remembered = settings.current()
        for act, on in ((self.act_slider, remembered.show_phase_slider),
                        (self.act_animate, remembered.animate_phase_changes)):
            act.blockSignals(True)  # without writing them back
            act.setChecked(on)
            act.blockSignals(False)
        self.slider.setVisible(self.act_slider.isChecked())
        self.ctx.scene.animate = self.act_animate.isChecked()

    def _settings_changed(self, names: frozenset[str]) -> None:
        if names & {"show_phase_slider", "animate_phase_changes"}:
            self._follow_settings()

    def show_slider(self, on: bool) -> None:
        self.slider.setVisible(on)
        settings.store().set(show_phase_slider=bool(on))

    def set_animate(self, on: bool) -> None:
        self.ctx.scene.animate = on
        if not on:
            self.ctx.scene.morph.finish()
        settings.store().set(animate_phase_changes=bool(on))

    def _phases_changed(self) -> None:
        self.slider.set_phases(self.ctx.session.phases, self.ctx.phase_id)
        self.slider.set_decisions(self.ctx.session.model)

    def _evidence_changed(self, tables: list[str]) -> None:
        if "decision_points" in tables or "sources" in tables:
            self.slider.set_decisions(self.ctx.session.model)

    # -- decision points ------------------------------------------------------------------
    def decision_dialog(self, phase_id: int, decision_id: int | None = None) -> DecisionPointDialog:
        """The dialog for a new decision in ``phase_id`` or for an existing one (tests use it)."""
        model = self.ctx.session.model
        point = model.tables["decision_points"].get(decision_id) if decision_id is not None else None
        return DecisionPointDialog(model, phase_id, point, self.ctx.parent)

    def add_decision(self, phase_id: int) -> None:
        """Open the dialog for a new decision point in the phase; shows the slider too."""
        if not self.act_slider.isChecked():
            self.act_slider.setChecked(True)  # the markers live under the slider
        dlg = self.decision_dialog(phase_id)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            command = dlg.command()
            if command is not None:
                self.ctx.execute(command)

    def edit_decision(self, decision_id: int) -> None:
        model = self.ctx.session.model
        point = model.tables["decision_points"].get(decision_id)
        if point is None:
            return
        dlg = self.decision_dialog(point.phase_id, decision_id)
        result = dlg.exec()
        if result == DecisionPointDialog.DELETE:
            self.delete_decision(decision_id)
        elif result == QDialog.DialogCode.Accepted:
            command = dlg.command()
            if command is not None:
                self.ctx.execute(command)

    def delete_decision(self, decision_id: int) -> None:
        if decision_id in self.ctx.session.model.tables["decision_points"]:
            self.ctx.execute(DeleteDecisionPoint(decision_id=decision_id))

    def _phase_changed(self, phase_id: int) -> None:
        self.slider.set_current(phase_id)
        if self._side is not None:
            self._side.multiples.set_current(phase_id)

    def _session_changed(self, _session: object) -> None:
        self.ctx.scene.animate = self.act_animate.isChecked()
        self._phases_changed()
        if self._side is not None:
            self._side.follow_session()
