"""How many phone votes per second the console takes while its canvas follows every vote.

Run: python tests/benchmarks/voting_gui_throughput.py [--votes 1000] [--threads 8]

The real console window (offscreen) runs a scoring round on a copy of the Antwerp demo, with
the round opened to phones on 127.0.0.1. ``--threads`` keep-alive clients post distinct
votes; each one is handed from the server thread to the Qt thread, saved there as a
``SetScore`` edit through ``session.voting.submit_vote``, and redrawn on the canvas and the round
panel before the phone gets its answer. The baseline is the bare ``http.server`` handler of
``voting_throughput.py`` (read the body, answer 200) with the same clients.

Prints one JSON object: votes per second through the GUI, the baseline, their ratio,
latencies, and a check that every vote is in the session file. The rate limit is lifted for
the run, because every client here shares one address.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sqlite3
import sys
import tempfile
import threading
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parents[2]
TMP = Path(tempfile.mkdtemp())
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["WORKSHOP_APP_CONFIG_DIR"] = str(TMP / "config")
os.environ["WORKSHOP_APP_DATA_DIR"] = str(TMP / "data")
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from voting_throughput import WARM_UP, _Bare, _bodies, _hammer  # noqa: E402

from workshop_app import Session  # noqa: E402
from workshop_app.app import application  # noqa: E402
from workshop_app.bundled import demo_path  # noqa: E402

PARTICIPANTS = 12  # a workshop table, all in the round grid


def _while_qt_runs(job: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    """Run the clients on a thread while the Qt event loop keeps the GUI thread working."""
    from PySide6.QtCore import QEventLoop, QTimer

    box: dict[str, Any] = {}
    worker = threading.Thread(target=lambda: box.update(result=job()), daemon=True)
    loop = QEventLoop()
    check = QTimer()
    check.setInterval(10)
    check.timeout.connect(lambda: None if worker.is_alive() else loop.quit())
    worker.start()
    check.start()
    loop.exec()
    check.stop()
    return box["result"]


def _baseline(votes: int, threads: int) -> dict[str, Any]:
    ThreadingHTTPServer.request_queue_size = 128
    bare = ThreadingHTTPServer(("127.0.0.1", 0), _Bare)
    bare.daemon_threads = True
    threading.Thread(target=bare.serve_forever, daemon=True).start()
    try:
        return _hammer(bare.server_address[1], _bodies("X", "q", [1], votes), threads)
    finally:
        bare.shutdown()
        bare.server_close()


def _score_events(path: Path) -> int:
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return int(conn.execute(
            "SELECT count(*) FROM events WHERE command = 'SetScore' AND state = 'done'").fetchone()[0])
    finally:
        conn.close()


def _paint_counter(counter: dict[str, int]) -> Any:
    """An event filter counting the canvas's paint events, to show it redrew during the run."""
    from PySide6.QtCore import QEvent, QObject

    class Counter(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint:
                counter["n"] += 1
            return False

    return Counter()


def _gui_run(votes: int, threads: int) -> dict[str, Any]:
    from workshop_app.ui.main_window import MainWindow

    app = application()
    path = TMP / "bench.workshop"
    shutil.copyfile(demo_path("antwerp"), path)
    session = Session.open(path)
    # Enough people that no participant repeats a combination of scores (see _bodies).
    for i in range(max(PARTICIPANTS, -(-(votes + WARM_UP) // 100))):
        session.add_participant(f"Participant {i + 1}")
    win = MainWindow(session)
    win.resize(1440, 900)
    win.show()
    app.processEvents()
    phase = session.phases[1]
    win.set_phase(phase.id)
    rounds = win.features["rounds"]
    pids = [p.id for p in session.participants if p.name.startswith("Participant ")]
    assert rounds.start("all", pids)
    live = win.features["live_voting"]
    assert live.open_phones("127.0.0.1", rate_limit=(10**9, 1.0))
    server, question = live.server, live.question()
    assert server is not None and question is not None
    relation = question.relation_id
    repaints = {"n": 0}
    counter = _paint_counter(repaints)  # kept referenced: Qt does not own event filters
    win.view.viewport().installEventFilter(counter)
    warm = _bodies(server.join_code, question.question_id, pids, WARM_UP, offset=120)
    _while_qt_runs(lambda: _hammer(server.port, warm, threads))
    before = _score_events(path)
    painted_before = repaints["n"]
    bodies = _bodies(server.join_code, question.question_id, pids, votes)
    result = _while_qt_runs(lambda: _hammer(server.port, bodies, threads))
    saved = _score_events(path) - before
    item = win.scene.relation_items[relation]
    result.update({
        "votes_saved": saved,
        "canvas_repaints": repaints["n"] - painted_before,
        "canvas_votes_shown": item.view.votes,
        "phones_panel": live.panel.counts.text(),
    })
    live.close_phones()
    rounds.end(confirm=False)
    win.close()
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--votes", type=int, default=1000)
    parser.add_argument("--threads", type=int, default=8)
    args = parser.parse_args(argv)
    baseline = _baseline(args.votes, args.threads)
    gui = _gui_run(args.votes, args.threads)
    result = {
        "votes": args.votes,
        "client_threads": args.threads,
        "baseline_requests_per_second": baseline["per_second"],
        "gui_votes_per_second": gui["per_second"],
        "gui_vs_baseline": round(gui["per_second"] / baseline["per_second"], 3),
        "gui_latency_ms_p50": gui["latency_ms_p50"],
        "gui_latency_ms_p95": gui["latency_ms_p95"],
        "gui_failed": gui["failed"],
        "all_votes_saved": gui["votes_saved"] == args.votes,
        "canvas_repaints": gui["canvas_repaints"],
        "runs": {"baseline": baseline, "gui": gui},
    }
    print(json.dumps(result, indent=2, ensure_ascii=False))
    return 0 if result["all_votes_saved"] and not gui["failed"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
