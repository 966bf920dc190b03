"""3C per arena over the phases: 002's structural dynamic, read per governance level.

002 (Antwerp and Darmstadt) finds that the 3C class depends on where one looks: the steering
bodies reached coordination or collaboration while the project teams stayed at cooperation.
A single class per phase flattens that, so this chart reads each arena (forum) apart:

* an overview with one line per arena, the class it is read at in each phase (a filled
  diamond where a source states it, a hollow circle where it is derived from the votes of
  the relations between its members: ``analysis.classes.arena_class``);
* one small chart per arena with the share of its relations in each derived class per phase
  (stacked, the number of relations above each bar) and the classes a source states for it
  marked as diamonds above the bars.

A phase in which an arena has no members and no stated class leaves a gap. Nothing is
painted "good" or "bad": collaboration is not better than cooperation (002).
"""

from __future__ import annotations

from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from ..analysis.classes import CLASS_ORDER, CLASS_RANK, UNCLASSIFIED, ArenaReading, arena_class, arena_series
from ..domain.i18n import in_sentence, tr
from ..domain.terms import term
from ..domain.model import Model
from ..style import palette
from ..style.look import three_c_short
from .metrics_charts import MUTED, OUTLINE, TEXT, THREE_C_COLOURS, THREE_C_LABELS, PhaseChart

# One colour per arena (the charts' Okabe-Ito hues, in a fixed order) and a symbol per level.
ARENA_COLOURS: tuple[str, ...] = tuple(palette.CHART_KIND[k] for k in (
    "decision", "resources", "agreement", "data", "funding", "information", "consultation"))
LEVEL_SYMBOLS = {"steering": "t1", "operations": "s", "project_team": "o", "expert_group": "h",
                 "other": "p"}
STATED_Y = 122.0  # where the stated-class diamonds sit, above the 0-100 % bars and their counts
Y_RANGE = (0.0, 132.0)
BAR_WIDTH = 0.55


@dataclass(frozen=True)
class ArenaPhase:
    """What the chart shows for one arena in one phase."""

    phase_id: int
    index: int  # the phase's place (0-based)
    counts: dict[str, int]
    stated: tuple[str, ...]
    read_as: str | None  # the class the arena is read at (stated first, else derived)
    read_from: str  # "stated", "derived" or ""


@dataclass(frozen=True)
class ArenaSeries:
    arena_id: int
    name: str
    level: str
    points: tuple[ArenaPhase, ...]


def arena_data(model: Model) -> list[ArenaSeries]:
    """Per arena (in id order, also those with no members yet), its readings per phase."""
    index = {p.id: i for i, p in enumerate(model.phases)}
    series = arena_series(model)
    out = []
    for arena in sorted(model.tables["arenas"].values(), key=lambda a: a.id):
        readings: list[ArenaReading] = series.get(arena.id, [])
        points = tuple(ArenaPhase(r.phase_id, index[r.phase_id], dict(r.counts), tuple(r.stated),
                                  *arena_class(r)) for r in readings if r.phase_id in index)
        out.append(ArenaSeries(arena.id, arena.name, arena.level, points))
    return out


class ArenaCharts(QWidget):
    """The overview and one chart per arena; a click on a phase column picks that phase."""

    phaseClicked = Signal(int)  # phase id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ArenaCharts")
        self.phase_ids: list[int] = []
        self.data: list[ArenaSeries] = []
        self.overview = PhaseChart("arenas_overview", tr("Each arena's 3C class"), y_label=tr("class"))
        self.overview.setMinimumHeight(250)
        self.overview.setMaximumHeight(300)
        self.overview.phaseClicked.connect(self._clicked)
        self.charts: dict[int, PhaseChart] = {}
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.caption.setStyleSheet(f"color: {TEXT}; padding: 2px 6px;")
        self.empty = QLabel(tr("No arenas yet: add one above (a steering committee, an operations "
                               "team, a project team...) and tick its members in each phase."))
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(f"color: {MUTED}; padding: 8px;")
        self.body = QWidget()
        self.body.setStyleSheet("background: white;")
        self.column = QVBoxLayout(self.body)
        self.column.setContentsMargins(4, 4, 4, 4)
        self.column.addWidget(self.caption)
        self.column.addWidget(self.empty)
        self.column.addWidget(self.overview)
        self.column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)

    # -- drawing -----------------------------------------------------------------------------
    def set_model(self, model: Model, current_phase_id: int | None) -> None:
        self.phase_ids = [p.id for p in model.phases]
        self.data = arena_data(model)
        labels = [str(i + 1) for i in range(len(self.phase_ids))]
        current = self.phase_ids.index(current_phase_id) if current_phase_id in self.phase_ids else None
        for chart in self.charts.values():
            self.column.removeWidget(chart)
            chart.setParent(None)
            chart.deleteLater()
        self.charts.clear()
        names = "   ".join(f"{i + 1} {p.name}" for i, p in enumerate(model.phases))
        self.caption.setText(tr("Phases: {names}").format(names=names) + "\n"
                             + tr("Filled marks: the class a source states for the arena; hollow: the lower "
                                  "median of the classes the room's votes give the relations between its "
                                  "members."))
        self.caption.setVisible(bool(self.data))
        self.empty.setVisible(not self.data)
        self.overview.setVisible(bool(self.data))
        self.overview.reset(labels, current)
        self._draw_overview()
        for n, series in enumerate(self.data):
            level = term("arena level", series.level)
            title = series.name if level.casefold() == series.name.casefold() else f"{series.name} ({in_sentence(level)})"
            chart = PhaseChart(f"arena_{series.arena_id}", title, y_label=tr("% of its relations"))
            chart.setMinimumHeight(280)
            chart.phaseClicked.connect(self._clicked)
            chart.reset(labels, current)
            self._draw_arena(chart, series)
            self.column.insertWidget(self.column.count() - 1, chart)
            self.charts[series.arena_id] = chart

    def _draw_overview(self) -> None:
        chart = self.overview
        n = len(self.phase_ids)
        for i, series in enumerate(self.data):
            colour = ARENA_COLOURS[i % len(ARENA_COLOURS)]
            ys: list[float | None] = [None] * n
            for p in series.points:
                if p.read_as is not None:
                    ys[p.index] = float(CLASS_RANK[p.read_as])
            line = chart.add_line(series.name, ys, colour, symbol=LEVEL_SYMBOLS.get(series.level, "o"))
            # Hollow where the votes give the class, filled where a source states it.
            line.setSymbolBrush(pg.mkBrush(palette.PAPER))
            line.setSymbolPen(pg.mkPen(colour, width=2))
            stated = [p for p in series.points if p.read_from == "stated" and p.read_as is not None]
            if stated:
                chart.plot.addItem(pg.ScatterPlotItem(
                    [p.index for p in stated], [float(CLASS_RANK[p.read_as]) for p in stated],
                    symbol=LEVEL_SYMBOLS.get(series.level, "o"), size=10, brush=pg.mkBrush(colour),
                    pen=pg.mkPen(colour, width=2)))
        chart.plot.setYRange(-0.5, len(CLASS_ORDER) - 0.5, padding=0)
        chart.plot.getAxis("left").setTicks([[(CLASS_RANK[c], three_c_short(c)) for c in CLASS_ORDER]])
        chart.setToolTip(tr("Filled: the class a source states for the arena; hollow: derived from "
                            "the room's votes on the relations between its members (lower median)."))

    def _draw_arena(self, chart: PhaseChart, series: ArenaSeries) -> None:
        """Stacked shares of the derived classes, only in the phases the arena has a reading."""
        bottoms = {p.index: 0.0 for p in series.points}
        for c in (*CLASS_ORDER, UNCLASSIFIED):
            xs, heights, y0 = [], [], []
            for p in series.points:
                total = sum(p.counts.values())
                share = 100.0 * p.counts.get(c, 0) / total if total else 0.0
                if share > 0:
                    xs.append(p.index)
                    heights.append(share)
                    y0.append(bottoms[p.index])
                    bottoms[p.index] += share
            if xs:
                bars = pg.BarGraphItem(x=xs, height=heights, y0=y0, width=BAR_WIDTH,
                                       brush=pg.mkBrush(THREE_C_COLOURS[c]), pen=pg.mkPen(OUTLINE, width=0.8))
                chart.plot.addItem(bars)
                chart.legend.addItem(bars, tr(THREE_C_LABELS[c]))
                chart.series[c] = bars
        chart.plot.setYRange(*Y_RANGE, padding=0)
        chart.plot.getAxis("left").setTicks([[(0, "0"), (50, "50"), (100, "100")]])
        if not series.points:
            chart.add_note(tr("No members and no stated class in any phase yet"), (len(self.phase_ids) - 1) / 2,
                           60, anchor=(0.5, 0.5), colour=MUTED, size=9.5)
        for p in series.points:
            total = sum(p.counts.values())
            chart.add_note(tr("{n} rel.").format(n=total) if total else tr("no relations"), p.index, 101,
                           anchor=(0.5, 1.0), colour=MUTED, size=8.5)
            for k, cls in enumerate(p.stated):
                x = p.index + (k - (len(p.stated) - 1) / 2) * 0.3
                mark = pg.ScatterPlotItem([x], [STATED_Y], symbol="d", size=13,
                                          brush=pg.mkBrush(THREE_C_COLOURS[cls]), pen=pg.mkPen(OUTLINE, width=1.2))
                chart.plot.addItem(mark)
                chart.add_note(three_c_short(cls), x + 0.05, STATED_Y, anchor=(0.0, 0.5), colour=TEXT, size=8.5)
        if any(p.stated for p in series.points):
            legend_mark = pg.ScatterPlotItem(symbol="d", size=11, brush=pg.mkBrush(palette.PAPER),
                                             pen=pg.mkPen(OUTLINE, width=1.2))
            chart.legend.addItem(legend_mark, tr("class stated by a source"))

    # -- following the window ----------------------------------------------------------------
    def set_current(self, phase_id: int | None) -> None:
        current = self.phase_ids.index(phase_id) if phase_id in self.phase_ids else None
        self.overview.set_current(current)
        for chart in self.charts.values():
            chart.set_current(current)

    def _clicked(self, index: int) -> None:
        if 0 <= index < len(self.phase_ids):
            self.phaseClicked.emit(self.phase_ids[index])


__all__ = ["ArenaCharts", "ArenaPhase", "ArenaSeries", "arena_data"]
