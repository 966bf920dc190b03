"""The console's lazy seams: the parts loaded when first used instead of at start-up.

Everything else in the app is a plain top-level import. These parts each cost more to import
than a bare Qt window takes to start, and an evening's session often never opens them, so the
console loads each through one function here, the first time it is needed (Python keeps the
module after that first call):

* **charts** (pyqtgraph and numpy): when the Metrics or the Arenas panel is first shown;
* **exports and imports** (every format's writer and reader, the HTML templates, the
  research bundle): when File ▸ Export…, Export snapshot pack, Export research bundle or
  Import… is first used;
* **phones** (the voting server with its page templates, and the QR code of the join
  address): when a round is first opened to phones, or the wall first shows how to join.

Panels that start closed are lazy in another way: their modules load with the console, but
their widgets are made the first time each is shown or reached (``docks/lazy_dock.py``).

Outside the console the other seams are the command line (each sub-command loads what it
needs), ``formats._drawn`` (Qt for pictures) and ``analysis.graphs.networkx`` (the graph
library, with the first graph built).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:  # pragma: no cover
    from ..charts.arena_chart import ArenaCharts
    from ..charts.metrics_charts import MetricsCharts
    from ..charts.workshops_chart import WorkshopsChart
    from ..live.server import VotingServer
    from .export_dialog import ExportRuns


def metrics_charts() -> type["MetricsCharts"]:
    """The Metrics panel's charts: pyqtgraph (and numpy) load when the panel first shows."""
    from ..charts.metrics_charts import MetricsCharts  # the charts seam

    return MetricsCharts


def arena_charts() -> type["ArenaCharts"]:
    """The Arenas panel's 3C charts: pyqtgraph (and numpy) load when the panel first shows."""
    from ..charts.arena_chart import ArenaCharts  # the charts seam

    return ArenaCharts


def workshops_chart() -> type["WorkshopsChart"]:
    """Compare sessions' chart of both workshops: pyqtgraph loads when it is first drawn."""
    from ..charts.workshops_chart import WorkshopsChart  # the charts seam

    return WorkshopsChart


def export_runs() -> type["ExportRuns"]:
    """The export and import dialogs with every writer and reader behind them (``formats``)."""
    from .export_dialog import ExportRuns  # the exports seam

    return ExportRuns


def voting_server() -> type["VotingServer"]:
    """The phone server (HTTP handling, the phone page's templates), on the first opening."""
    from ..live.server import VotingServer  # the phones seam

    return VotingServer


def join_qr() -> Callable[..., bytes]:
    """``join_qr_png(url, scale=...)``: the join address as a QR code (segno), when first drawn."""
    from ..live.qr import join_qr_png  # the phones seam

    return join_qr_png


__all__ = ["arena_charts", "export_runs", "join_qr", "metrics_charts", "voting_server"]
