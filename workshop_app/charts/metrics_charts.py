"""Small multiples of the per-phase metrics: how the assemblage changes shape over the project.

Each chart is one metric group with one point (or bar) per phase, phase 1 on the left, so the
room reads them like a timeline; a dashed vertical line marks the phase on the canvas, and a
click on a phase column asks the window to switch to it. Colours follow the canvas (actor
types in Okabe–Ito) and nothing is painted "good" or "bad": more density or more
collaboration is not better, so there are no green-to-red ramps here.

Scores are ordinal: each chart shows the *median of the relation medians* as a line, the
range of relation medians (min–max) as a light bar and the middle half (nearest-rank
quartiles, as ``analysis.metrics`` computes them) as a darker bar. Phases with nothing scored
leave a gap.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Callable, Sequence

import pyqtgraph as pg
from PySide6.QtCore import QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QFont, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from ..analysis.metrics import THREE_C_CLASSES, PhaseMetrics
from ..domain.i18n import N_, tr
from ..domain.terms import term
from ..domain.vocabulary import ACTOR_TYPES, RELATION_KINDS, SCALES, SCORE_DIMENSIONS
from ..style import palette

# Every colour comes from the style room, like the map's (the actor-type stack uses the map's
# own type colours).
TEXT = palette.CHART_TEXT
MUTED = palette.CHART_MUTED
CURRENT = palette.CHART_CURRENT
OUTLINE = palette.CHART_OUTLINE
SCALE_COLOURS = palette.CHART_SCALE  # one hue, light (local) to dark (wide): an order, not a verdict
KIND_COLOURS = palette.CHART_KIND  # with a distinct symbol per kind as well
SYMBOLS = ("o", "s", "t", "d", "star", "h", "p")
THREE_C_COLOURS = palette.CHART_THREE_C
THREE_C_LABELS = {"cooperation": N_("Cooperation"), "coordination": N_("Coordination"),
                  "collaboration": N_("Collaboration"), "unclassified": N_("Not classed yet")}
RANGE_BAR = palette.CHART_RANGE_BAR
MIDDLE_BAR = palette.CHART_MIDDLE_BAR
MEDIAN_LINE = palette.CHART_MEDIAN_LINE
BAR_WIDTH = 0.55
CLICK_TOLERANCE = 0.45  # a click this close (in phase units) to a phase column picks it


def _font(points: float, bold: bool = False) -> QFont:
    f = QFont()
    f.setPointSizeF(points)
    f.setBold(bold)
    return f


def short_name(name: str, limit: int = 16) -> str:
    """A phase name cut to fit under a chart column ("Digitalstadt Gmb…")."""
    return name if len(name) <= limit else name[: limit - 1].rstrip() + "…"


class PhaseChart(pg.GraphicsLayoutWidget):
    """One metric group over the phases: a plot, a legend under it and the current-phase line."""

    phaseClicked = Signal(int)  # phase index (0-based)

    def __init__(self, key: str, title: str, *, y_label: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.key = key
        self.setObjectName(f"chart_{key}")
        self.setBackground("w")
        self.setMinimumSize(320, 260)
        self.ci.setContentsMargins(4, 4, 8, 4)
        self.plot: pg.PlotItem = self.addPlot(row=0, col=0)
        self.plot.setTitle(f"<span style='color:{TEXT}; font-size:11pt; font-weight:600'>{title}</span>")
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.showGrid(x=False, y=True, alpha=0.18)
        for name in ("left", "bottom"):
            axis = self.plot.getAxis(name)
            axis.setPen(pg.mkPen(MUTED))
            axis.setTextPen(pg.mkPen(TEXT))
            axis.setTickFont(_font(10))
        if y_label:
            self.plot.setLabel("left", f"<span style='font-size:10pt; color:{MUTED}'>{y_label}</span>")
        self.plot.setLabel("bottom", f"<span style='font-size:9.5pt; color:{MUTED}'>{html.escape(tr('phase'))}</span>")
        self.legend = pg.LegendItem(colCount=2, labelTextColor=TEXT, labelTextSize="9.5pt",
                                    horSpacing=14, verSpacing=-4)
        self.addItem(self.legend, row=1, col=0)
        self.cursor = pg.InfiniteLine(angle=90, movable=False,
                                      pen=pg.mkPen(CURRENT, width=2, style=Qt.PenStyle.DashLine))
        self.cursor.setZValue(-5)
        self.n_phases = 0
        self.series: dict[str, pg.PlotDataItem] = {}
        self.scene().sigMouseClicked.connect(self._scene_clicked)

    # -- building ---------------------------------------------------------------------------
    def reset(self, labels: Sequence[str], current: int | None) -> None:
        """Forget the old series; set the phase ticks and the current-phase line."""
        self.plot.clear()
        self.legend.clear()
        self.series.clear()
        self.n_phases = len(labels)
        self.plot.getAxis("bottom").setTicks([list(enumerate(labels))])
        self.plot.setXRange(-0.6, max(0, len(labels) - 1) + 0.6, padding=0)
        self.plot.addItem(self.cursor, ignoreBounds=True)
        self.set_current(current)

    def set_current(self, index: int | None) -> None:
        self.cursor.setVisible(index is not None)
        if index is not None:
            self.cursor.setValue(index)

    def add_line(self, name: str, values: Sequence[float | None], colour: str, *,
                 symbol: str = "o", width: float = 2.6) -> pg.PlotDataItem:
        """A line with a marker per phase; ``None`` leaves a gap (never a zero)."""
        ys = [float("nan") if v is None else float(v) for v in values]
        if all(v is None for v in values):
            ys = []  # nothing to draw; an all-NaN series only upsets the autorange
        item = pg.PlotDataItem(list(range(len(ys))), ys, connect="finite",
                               pen=pg.mkPen(colour, width=width), symbol=symbol, symbolSize=10,
                               symbolBrush=pg.mkBrush(colour), symbolPen=pg.mkPen(OUTLINE, width=1))
        self.plot.addItem(item)
        self.legend.addItem(item, name)
        self.series[name] = item
        return item

    def add_stacked(self, layers: Sequence[tuple[str, Sequence[float], str]]) -> None:
        """Stacked bars, one layer per category; categories at zero everywhere are left out."""
        bottoms = [0.0] * self.n_phases
        for name, values, colour in layers:
            if not any(values):
                continue
            bars = pg.BarGraphItem(x=list(range(self.n_phases)), height=list(values), y0=list(bottoms),
                                   width=BAR_WIDTH, brush=pg.mkBrush(colour), pen=pg.mkPen(OUTLINE, width=0.8))
            self.plot.addItem(bars)
            self.legend.addItem(bars, name)
            self.series[name] = bars
            bottoms = [b + v for b, v in zip(bottoms, values)]
        self.set_count_range(max(bottoms, default=0.0))

    def set_count_range(self, top: float) -> None:
        """A 0-based y axis with whole-number ticks (counts of actors, relations, groups)."""
        top = max(1.0, top)
        step = max(1, int(top // 5) + (1 if top % 5 else 0)) if top > 5 else 1
        self.plot.setYRange(0, top * 1.12, padding=0)
        self.plot.getAxis("left").setTicks([[(v, str(v)) for v in range(0, int(top) + 1, step)]])

    def add_ranges(self, lows: Sequence[float | None], highs: Sequence[float | None], colour: str,
                   name: str, width: float = BAR_WIDTH) -> None:
        """A bar from low to high per phase (skipped where unscored)."""
        xs, y0, h = [], [], []
        for i, (lo, hi) in enumerate(zip(lows, highs)):
            if lo is None or hi is None:
                continue
            xs.append(i)
            y0.append(lo - 0.12)  # a single value still shows as a short bar
            h.append(hi - lo + 0.24)
        if not xs:
            return
        bars = pg.BarGraphItem(x=xs, y0=y0, height=h, width=width, brush=pg.mkBrush(colour),
                               pen=pg.mkPen(None))
        self.plot.addItem(bars)
        self.legend.addItem(bars, name)
        self.series[name] = bars

    def add_note(self, text: str, x: float, y: float, *, anchor: tuple[float, float] = (0.5, 1.0),
                 colour: str = TEXT, size: float = 9.5) -> pg.TextItem:
        item = pg.TextItem(text, color=colour, anchor=anchor)
        item.setFont(_font(size))
        item.setPos(x, y)
        self.plot.addItem(item)
        return item

    # -- reading clicks ---------------------------------------------------------------------
    def phase_at(self, x: float) -> int | None:
        """The phase column under data coordinate ``x``, if the click was close to one."""
        i = round(x)
        if 0 <= i < self.n_phases and abs(x - i) <= CLICK_TOLERANCE:
            return int(i)
        return None

    def _scene_clicked(self, event: object) -> None:
        if getattr(event, "button", lambda: None)() != Qt.MouseButton.LeftButton:
            return
        pos = event.scenePos()  # type: ignore[attr-defined]
        if not self.plot.vb.sceneBoundingRect().contains(pos):
            return
        index = self.phase_at(self.plot.vb.mapSceneToView(pos).x())
        if index is not None:
            self.phaseClicked.emit(index)

    def view_point(self, x: float, y: float) -> QPoint:
        """Widget coordinates of the data point (``x``, ``y``): where a click on it lands."""
        return self.mapFromScene(self.plot.vb.mapViewToScene(QPointF(x, y)))


@dataclass(frozen=True)
class ChartSpec:
    """One chart: what it shows and which ``PhaseMetrics`` fields it reads (to skip redraws)."""

    key: str
    title: str
    y_label: str
    draw: Callable[[PhaseChart, list[PhaseMetrics]], None]
    reads: Callable[[PhaseMetrics], object]

    def signature(self, metrics: list[PhaseMetrics]) -> tuple[object, ...]:
        return tuple((m.phase_id, m.position, m.phase, repr(self.reads(m))) for m in metrics)


def _draw_types(chart: PhaseChart, ms: list[PhaseMetrics]) -> None:
    chart.add_stacked([(term("actor type", k), [m.actors_by_type.get(k, 0) for m in ms], palette.type_fill(k))
                       for k in ACTOR_TYPES])


def _draw_scales(chart: PhaseChart, ms: list[PhaseMetrics]) -> None:
    chart.add_stacked([(term("scale", k), [m.actors_by_scale.get(k, 0) for m in ms],
                        SCALE_COLOURS.get(k, palette.CHART_UNKNOWN))
                       for k in SCALES])


def _draw_kinds(chart: PhaseChart, ms: list[PhaseMetrics]) -> None:
    top = 0
    for n, k in enumerate(RELATION_KINDS):
        values = [m.relations_by_kind.get(k, 0) for m in ms]
        if any(values):
            chart.add_line(term("relation kind", k), values, KIND_COLOURS.get(k, OUTLINE), symbol=SYMBOLS[n % len(SYMBOLS)])
            top = max(top, *values)
    chart.set_count_range(top)


def _draw_shape(chart: PhaseChart, ms: list[PhaseMetrics]) -> None:
    chart.add_line(tr("Density"), [m.density for m in ms], palette.CHART_DENSITY, symbol="o")
    chart.add_line(tr("Degree centralisation"), [m.degree_centralisation for m in ms], palette.CHART_CENTRALISATION,
                   symbol="s")
    chart.plot.setYRange(0, 1.05, padding=0)


def _draw_components(chart: PhaseChart, ms: list[PhaseMetrics]) -> None:
    values = [m.components for m in ms]
    chart.add_line(tr("Separate groups"), values, palette.CHART_COMPONENTS, symbol="d")
    chart.set_count_range(max(values, default=1))


def _draw_brokers(chart: PhaseChart, ms: list[PhaseMetrics]) -> None:
    values = [m.brokers[0].betweenness if m.brokers else 0.0 for m in ms]
    if any(values):
        bars = pg.BarGraphItem(x=list(range(len(ms))), height=values, width=BAR_WIDTH,
                               brush=pg.mkBrush(palette.CHART_BROKER), pen=pg.mkPen(OUTLINE, width=0.8))
        chart.plot.addItem(bars)
        chart.legend.addItem(bars, tr("Top broker's betweenness (0–1)"))
        chart.series["Top broker"] = bars
    for i, m in enumerate(ms):
        name = short_name(m.brokers[0].name, 13) if m.brokers else tr("no broker")
        chart.add_note(name, i, values[i] + 0.03, colour=TEXT if m.brokers else MUTED, size=9)
    chart.plot.setYRange(0, 1.3, padding=0)
    chart.plot.getAxis("left").setTicks([[(0, "0"), (0.5, "0.5"), (1, "1")]])
    lines = []
    for m in ms:
        who = ", ".join(f"{b.name} ({b.betweenness:.2f})" for b in m.brokers) or tr("nobody brokers")
        lines.append(f"{m.position}. {m.phase}: {who}")
    # Rich text on purpose: the names are escaped, so they show as typed (never as markup).
    text = tr("Actors on most shortest paths between others:") + "\n" + "\n".join(lines)
    chart.setToolTip(f"<p style='white-space:pre-wrap'>{html.escape(text, quote=False)}</p>")


def _draw_score(dimension: str) -> Callable[[PhaseChart, list[PhaseMetrics]], None]:
    def draw(chart: PhaseChart, ms: list[PhaseMetrics]) -> None:
        sums = [m.scores[dimension] for m in ms]
        chart.add_ranges([s.min for s in sums], [s.max for s in sums], RANGE_BAR, tr("min–max"))
        chart.add_ranges([s.q1 for s in sums], [s.q3 for s in sums], MIDDLE_BAR, tr("middle half"),
                         width=BAR_WIDTH * 0.5)
        chart.add_line(tr("median"), [s.median for s in sums], MEDIAN_LINE, symbol="o", width=3)
        chart.plot.setYRange(0.5, 5.5, padding=0)
        chart.plot.getAxis("left").setTicks([[(v, str(v)) for v in range(1, 6)]])
        for i, s in enumerate(sums):
            chart.add_note(tr("{n} scored").format(n=s.scored) if s.scored else tr("not scored"), i, 0.55,
                           anchor=(0.5, 1.0), colour=MUTED, size=8.5)
    return draw


def _draw_threec(chart: PhaseChart, ms: list[PhaseMetrics]) -> None:
    layers = []
    for c in THREE_C_CLASSES:
        layers.append((tr(THREE_C_LABELS[c]), [100.0 * (m.threec_shares.get(c) or 0.0) for m in ms],
                       THREE_C_COLOURS[c]))
    chart.add_stacked(layers)
    chart.plot.setYRange(0, 105, padding=0)


def _reads_score(dimension: str) -> Callable[[PhaseMetrics], object]:
    return lambda m: m.scores[dimension]


CHARTS: tuple[ChartSpec, ...] = (
    ChartSpec("actors_by_type", N_("Actors present, by type"), N_("actors"), _draw_types,
              lambda m: m.actors_by_type),
    ChartSpec("actors_by_scale", N_("Actors present, by scale"), N_("actors"), _draw_scales,
              lambda m: m.actors_by_scale),
    ChartSpec("relations_by_kind", N_("Relations, by kind"), N_("relations"), _draw_kinds,
              lambda m: m.relations_by_kind),
    ChartSpec("shape", N_("Network shape"), "0 – 1", _draw_shape,
              lambda m: (m.density, m.degree_centralisation)),
    ChartSpec("components", N_("Separate groups (components)"), N_("groups"), _draw_components,
              lambda m: m.components),
    ChartSpec("brokers", N_("Top broker (betweenness)"), "0 – 1", _draw_brokers, lambda m: m.brokers),
    *(ChartSpec(d, d.capitalize(), N_("relation medians, 1–5"), _draw_score(d), _reads_score(d))
      for d in SCORE_DIMENSIONS),
    ChartSpec("threec", N_("Relations in each 3C class"), N_("% of relations"), _draw_threec,
              lambda m: m.threec_shares),
)


class MetricsCharts(QWidget):
    """All the charts in a grid that reflows with the width; emits the phase id clicked."""

    phaseClicked = Signal(int)  # phase id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.metrics: list[PhaseMetrics] = []
        self.caption = QLabel()
        self.caption.setTextFormat(Qt.TextFormat.RichText)  # our markup; phase names escaped
        self.caption.setWordWrap(True)
        self.caption.setStyleSheet(f"color: {TEXT}; font-size: 10.5pt; padding: 2px 6px;")
        self.charts: dict[str, PhaseChart] = {}
        body = QWidget()
        body.setStyleSheet("background: white;")
        self.grid = QGridLayout(body)
        self.grid.setContentsMargins(4, 4, 4, 4)
        self.grid.setSpacing(6)
        for spec in CHARTS:
            title = term("dimension", spec.key) if spec.key in SCORE_DIMENSIONS else tr(spec.title)
            chart = PhaseChart(spec.key, title, y_label=tr(spec.y_label))
            chart.phaseClicked.connect(self._chart_clicked)
            self.charts[spec.key] = chart
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.scroll_area, 1)
        self._columns = 0
        self._drawn: dict[str, tuple[object, ...]] = {}
        self._reflow()

    def _reflow(self) -> None:
        columns = max(1, min(len(CHARTS), (self.width() - 30) // 330))
        if columns == self._columns:
            return
        self._columns = columns
        for i, spec in enumerate(CHARTS):
            self.grid.addWidget(self.charts[spec.key], i // columns, i % columns)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._reflow()

    def set_metrics(self, metrics: list[PhaseMetrics], current_phase_id: int | None) -> None:
        """Redraw every chart from one list of per-phase metrics (one entry per phase)."""
        self.metrics = list(metrics)
        labels = [str(m.position) for m in metrics]  # the names are in the caption above
        current = self.index_of(current_phase_id)
        for spec in CHARTS:
            chart = self.charts[spec.key]
            signature = spec.signature(self.metrics)
            if signature == self._drawn.get(spec.key):
                chart.set_current(current)
                continue  # pyqtgraph items are slow to make: only redraw what changed
            self._drawn[spec.key] = signature
            chart.reset(labels, current)
            if metrics:
                spec.draw(chart, self.metrics)
        names = "   ·   ".join(f"<b>{m.position}</b> {html.escape(m.phase, quote=False)}" for m in metrics)
        self.caption.setText(tr("Phases:  {names}").format(names=names)
                             + f"   <span style='color:{CURRENT}'>{tr('┆ dashed line = phase on the map')}</span>   "
                             + tr("(click a phase column to show it)"))

    def index_of(self, phase_id: int | None) -> int | None:
        for i, m in enumerate(self.metrics):
            if m.phase_id == phase_id:
                return i
        return None

    def set_current(self, phase_id: int | None) -> None:
        current = self.index_of(phase_id)
        for chart in self.charts.values():
            chart.set_current(current)

    def _chart_clicked(self, index: int) -> None:
        if 0 <= index < len(self.metrics):
            self.phaseClicked.emit(self.metrics[index].phase_id)


__all__ = ["MetricsCharts", "PhaseChart", "CHARTS", "short_name"]
