"""The metrics over phases for several workshops on one chart: one line per workshop.

Each session's own Metrics panel shows one workshop in depth; a researcher comparing
workshops wants the same measure side by side. Here every chart is one measure (actors
present, active relations, density, the median of the relations' trust...), the x axis is the
phase's number *within its workshop* (workshops need not have the same phases; the caption
lists each workshop's phase names), and each workshop is one line in a colour and marker of
its own (Okabe-Ito, the map's palette; never good-to-bad). A phase where a measure has no
value (nothing scored) leaves a gap, never a zero.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Callable, Sequence

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from ..analysis.metrics import PhaseMetrics
from ..domain.i18n import N_, in_sentence, tr
from ..domain.terms import term
from ..domain.vocabulary import SCORE_DIMENSIONS
from .metrics_charts import OUTLINE, SYMBOLS, TEXT, PhaseChart

# Okabe-Ito, as the map's actor types, in an order that keeps neighbours apart
WORKSHOP_COLOURS: tuple[str, ...] = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00",
                                     "#56B4E9", "#000000", "#F0E442")
MAX_WORKSHOPS = 12  # more lines than this no longer read as lines
DODGE = 0.07  # each workshop's points sit this far apart, so equal values do not hide a line
SYMBOL_TEXT = {"o": "●", "s": "■", "t": "▼", "d": "◆", "star": "★", "h": "⬢", "p": "⬟"}


@dataclass(frozen=True)
class Measure:
    key: str
    title: str
    y_label: str
    value: Callable[[PhaseMetrics], float | None]
    scale: str  # "count", "unit" (0-1), "score" (1-5) or "percent"


def _collaboration(m: PhaseMetrics) -> float | None:
    share = m.threec_shares.get("collaboration")
    return None if share is None else 100.0 * share


MEASURES: tuple[Measure, ...] = (
    Measure("actors", N_("Actors present"), N_("actors"), lambda m: m.actors, "count"),
    Measure("relations", N_("Active relations"), N_("relations"), lambda m: m.relations, "count"),
    Measure("density", N_("Density"), "0 – 1", lambda m: m.density, "unit"),
    Measure("centralisation", N_("Degree centralisation"), "0 – 1",
            lambda m: m.degree_centralisation, "unit"),
    *(Measure(d, N_("Median {dimension}"), N_("relation medians, 1–5"),
              (lambda m, d=d: m.scores[d].median), "score") for d in SCORE_DIMENSIONS),
    Measure("collaboration", N_("Relations in collaboration"), N_("% of relations"), _collaboration,
            "percent"),
)


def _dodged_line(chart: PhaseChart, name: str, values: Sequence[float | None], colour: str,
                 symbol: str, offset: float) -> None:
    """``PhaseChart.add_line`` shifted sideways by ``offset`` (a gap where ``None``)."""
    if all(v is None for v in values):
        return  # an all-NaN series only upsets the autorange
    xs = [i + offset for i in range(len(values))]
    ys = [float("nan") if v is None else float(v) for v in values]
    item = pg.PlotDataItem(xs, ys, connect="finite", pen=pg.mkPen(colour, width=2.6),
                           symbol=symbol, symbolSize=10, symbolBrush=pg.mkBrush(colour),
                           symbolPen=pg.mkPen(OUTLINE, width=1))
    chart.plot.addItem(item)
    chart.legend.addItem(item, name)
    chart.series[name] = item


def workshop_colour(index: int) -> str:
    return WORKSHOP_COLOURS[index % len(WORKSHOP_COLOURS)]


class WorkshopsChart(QWidget):
    """A grid of measures, one line per workshop; ``set_workshops`` draws them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("WorkshopsChart")
        self.workshops: list[tuple[str, list[PhaseMetrics]]] = []
        self.caption = QLabel()
        self.caption.setTextFormat(Qt.TextFormat.RichText)  # our markup; names escaped
        self.caption.setWordWrap(True)
        self.caption.setStyleSheet(f"color: {TEXT}; font-size: 10pt; padding: 2px 6px;")
        self.charts: dict[str, PhaseChart] = {}
        body = QWidget()
        body.setStyleSheet("background: white;")
        grid = QGridLayout(body)
        grid.setContentsMargins(4, 4, 4, 4)
        grid.setSpacing(6)
        for i, measure in enumerate(MEASURES):
            title = tr(measure.title).format(dimension=in_sentence(term("dimension", measure.key))) \
                if measure.key in SCORE_DIMENSIONS else tr(measure.title)
            chart = PhaseChart(measure.key, title, y_label=tr(measure.y_label))
            chart.legend.setVisible(False)  # the caption above is the key for every chart
            chart.setMinimumSize(300, 230)
            self.charts[measure.key] = chart
            grid.addWidget(chart, i // 4, i % 4)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(scroll, 1)

    def set_workshops(self, workshops: Sequence[tuple[str, list[PhaseMetrics]]]) -> None:
        """Draw ``(label, metrics per phase)`` for each workshop (the first ``MAX_WORKSHOPS``)."""
        self.workshops = list(workshops)[:MAX_WORKSHOPS]
        longest = max((len(ms) for _, ms in self.workshops), default=0)
        labels = [str(i + 1) for i in range(longest)]
        for measure in MEASURES:
            chart = self.charts[measure.key]
            chart.reset(labels, None)
            top = 0.0
            middle = (len(self.workshops) - 1) / 2
            for n, (label, ms) in enumerate(self.workshops):
                values = [measure.value(m) for m in ms]
                _dodged_line(chart, label, values, workshop_colour(n),
                             SYMBOLS[n % len(SYMBOLS)], (n - middle) * DODGE)
                top = max([top, *(v for v in values if v is not None)])
            if measure.scale == "count":
                chart.set_count_range(top)
            elif measure.scale == "unit":
                chart.plot.setYRange(0, 1.05, padding=0)
            elif measure.scale == "score":
                chart.plot.setYRange(0.5, 5.5, padding=0)
                chart.plot.getAxis("left").setTicks([[(v, str(v)) for v in range(1, 6)]])
            else:
                chart.plot.setYRange(0, 105, padding=0)
        self.caption.setText(self._caption())

    def _caption(self) -> str:
        parts = []
        for n, (label, ms) in enumerate(self.workshops):
            phases = " · ".join(f"{m.position} {html.escape(m.phase, quote=False)}" for m in ms)
            mark = SYMBOL_TEXT.get(SYMBOLS[n % len(SYMBOLS)], "■")
            parts.append(f"<span style='color:{workshop_colour(n)}; font-size:13pt'>{mark}</span> "
                         f"<b>{html.escape(label, quote=False)}</b>: {phases}")
        return (tr("Phase numbers are each workshop's own; a gap means nothing to show "
                   "(e.g. not scored).") + "<br/>" + "<br/>".join(parts))

    def series_names(self, key: str) -> list[str]:
        """The workshops drawn in one chart (for tests and the caption)."""
        return list(self.charts[key].series)


__all__ = ["MEASURES", "WorkshopsChart", "workshop_colour", "MAX_WORKSHOPS"]
