"""Measure how the app copes with a large session; prints one JSON object.

Every figure comes with a bare baseline measured in the same run on the same machine (raw
SQLite, a bare Qt scene or window, a plain file copy, plain networkx), so a reader can tell
the app's own cost from the machine's speed. Each figure states its goal and whether it was
met. GUI figures run in fresh child processes (offscreen), so that peak memory and the cold
first paint are not coloured by earlier measurements.

Usage::

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/run.py [--quick] [--out FILE]

``--quick`` uses a small session and few repeats (a smoke run for the tests, not figures).
Figures whose code does not exist yet are ``null`` with a ``reason``.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import resource
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import traceback
from importlib import metadata
from pathlib import Path
from typing import Any, Callable

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FULL = {"actors": 1000, "relations": 5000, "phases": 8, "participants": 3, "seed": 1}
QUICK = {"actors": 60, "relations": 150, "phases": 3, "participants": 3, "seed": 1}


# -- small helpers ------------------------------------------------------------------------
def _ms(seconds: float) -> float:
    return round(seconds * 1000, 2)


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def _ratio(value: float | None, baseline: float | None) -> float | None:
    if value is None or not baseline:
        return None
    return round(value / baseline, 2)


# Figure -> (unit, goal). The order is the order of the report.
GOALS: dict[str, tuple[str, str]] = {
    "edit_saved": ("ms", "median <= 3x the raw SQLite insert + commit"),
    "phase_switch": ("ms", "median <= 50 ms"),
    "open_to_first_paint": ("s", "<= 1.5 s"),
    "startup": ("s", "<= 2x the bare PySide6 window"),
    "research_bundle": ("s", "<= 3 s"),
    "all_phase_metrics": ("s", "< 2 s for all phases"),
    "peak_memory": ("MB", "<= 400 MB"),
}


def _figure(
    key: str, value: float | None, met: bool | None, baseline: float | None,
    baseline_what: str, **extra: Any,
) -> dict[str, Any]:
    unit, goal = GOALS[key]
    return {
        "value": value, "unit": unit, "goal": goal, "met": met,
        "baseline": baseline, "baseline_what": baseline_what,
        "ratio": _ratio(value, baseline), **extra,
    }


def _missing(key: str, baseline: float | None, baseline_what: str, reason: str) -> dict[str, Any]:
    """A figure that could not be measured; ``met`` is None when the code does not exist yet."""
    fig = _figure(key, None, None, baseline, baseline_what)
    fig["reason"] = reason
    return fig


def _optional(module: str, attr: str) -> tuple[Callable[..., Any] | None, str]:
    """A colleague's function if it exists yet, else ``None`` and why."""
    try:
        mod = importlib.import_module(module)
    except ModuleNotFoundError as exc:
        if exc.name and module.startswith(exc.name):
            return None, f"{module} does not exist yet"
        raise
    fn = getattr(mod, attr, None)
    if fn is None:
        return None, f"{module} has no {attr} yet"
    return fn, ""


def _child_env(config_dir: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["WORKSHOP_APP_CONFIG_DIR"] = str(config_dir)  # never touch the user's recent files
    return env


def _log(text: str) -> None:
    print(f"[bench] {text}", file=sys.stderr, flush=True)


# -- one edit, durably saved --------------------------------------------------------------
def bench_edit(stress: Path, work: Path, n: int) -> dict[str, Any]:
    """``session.score`` on the stress session vs a raw insert + commit of the same rows."""
    from workshop_app import Session

    app_copy = work / "edit.workshop"
    shutil.copyfile(stress, app_copy)
    times: list[float] = []
    with Session.open(app_copy) as s:
        targets = [
            (rel.id, ph.id)
            for ph in s.phases
            for rel in s.model.active_relations(ph.id)[:: max(1, 2 * n // 1000)]
        ]
        people = [p.id for p in s.participants]
        for i in range(n + 5):
            rid, pid = targets[(i * 7919) % len(targets)]
            t0 = time.perf_counter()
            s.score(rid, pid, trust=1 + i % 5, participant=people[i % len(people)])
            if i >= 5:  # the first few warm caches
                times.append(time.perf_counter() - t0)
    event = sqlite3.connect(app_copy).execute(
        "SELECT payload, changes FROM events WHERE command='SetScore' ORDER BY seq DESC LIMIT 1"
    ).fetchone()
    payload, changes = event

    raw_copy = work / "edit-raw.workshop"
    shutil.copyfile(stress, raw_copy)
    conn = sqlite3.connect(raw_copy, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    base: list[float] = []
    for i in range(n + 5):
        t0 = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(
            "INSERT OR REPLACE INTO scores VALUES (?, ?, ?, ?, ?, ?, ?)",
            (1 + i % 50, 1, 1, 1 + i % 5, 3, 3, "2024-03-04T09:00:00+00:00"),
        )
        conn.execute(
            "INSERT INTO events(time, command, label, payload, changes, state) "
            "VALUES (?, ?, ?, ?, ?, 'done')",
            ("2024-03-04T09:00:00.000+00:00", "SetScore", "Score (trust 3)", payload, changes),
        )
        conn.execute("COMMIT")
        if i >= 5:
            base.append(time.perf_counter() - t0)
    conn.close()
    med, base_med = statistics.median(times), statistics.median(base)
    ratio = med / base_med
    return _figure(
        "edit_saved", _ms(med), ratio <= 3, _ms(base_med),
        "raw sqlite3: one scores row + one events row, BEGIN IMMEDIATE ... COMMIT, "
        "WAL + synchronous=FULL",
        p95=_ms(_p95(times)), baseline_p95=_ms(_p95(base)), samples=len(times),
    )


# -- all metrics for all phases -----------------------------------------------------------
def bench_metrics(model: Any) -> dict[str, Any]:
    what = "plain networkx: one MultiDiGraph per phase + degree centrality"
    fn, reason = _optional("workshop_app.analysis.metrics", "all_phase_metrics")
    import networkx as nx

    edges = {
        ph.id: [(r.source, r.target) for r in model.active_relations(ph.id)] for ph in model.phases
    }
    t0 = time.perf_counter()
    for pairs in edges.values():
        g = nx.MultiDiGraph()
        g.add_edges_from(pairs)
        nx.degree_centrality(g)
    base = time.perf_counter() - t0
    if fn is None:
        return _missing("all_phase_metrics", round(base, 3), what, reason)
    t0 = time.perf_counter()
    fn(model)
    took = time.perf_counter() - t0
    return _figure("all_phase_metrics", round(took, 3), took < 2.0, round(base, 3), what)


# -- research bundle ----------------------------------------------------------------------
def bench_bundle(session: Any, stress: Path, work: Path) -> dict[str, Any]:
    what = "copying the session file"
    t0 = time.perf_counter()
    shutil.copyfile(stress, work / "copy.workshop")
    base = time.perf_counter() - t0
    fn, reason = _optional("workshop_app.io.bundle", "write_bundle")
    if fn is None:
        return _missing("research_bundle", round(base, 4), what, reason)
    out = work / "bundle"
    t0 = time.perf_counter()
    fn(session, out)
    took = time.perf_counter() - t0
    size = sum(p.stat().st_size for p in out.rglob("*") if p.is_file()) if out.exists() else 0
    return _figure("research_bundle", round(took, 3), took <= 3.0, round(base, 4), what,
                   bundle_mb=round(size / 1e6, 2))


# -- GUI: startup, first paint, phase switch, memory (child processes) ---------------------
_STARTUP_APP = """
import sys, time
from pathlib import Path
from PySide6.QtCore import QTimer
from workshop_app.app import application, open_window
app = application()
window = open_window(Path(sys.argv[1]))
def first():
    print(time.time(), flush=True)
    app.quit()
QTimer.singleShot(0, first)
app.exec()
"""

_STARTUP_BARE = """
import time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QGraphicsScene, QGraphicsView, QMainWindow
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QGraphicsView(QGraphicsScene()))
window.resize(1440, 900)
window.show()
def first():
    print(time.time(), flush=True)
    app.quit()
QTimer.singleShot(0, first)
app.exec()
"""

_MEMORY_BARE = """
import sys
sys.path.insert(0, sys.argv[1])
from PySide6.QtWidgets import QApplication
from run import peak_rss_kb
app = QApplication([])
print(peak_rss_kb())
"""


def peak_rss_kb() -> int:
    """This process's RSS high-water mark in KiB.

    Linux keeps ``getrusage``'s ``ru_maxrss`` across ``exec``, so a child started from a big
    parent would report the parent's peak; the kernel's per-process ``VmHWM`` does not.
    """
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak  # bytes on macOS


def _startup_once(script: str, arg: str, env: dict[str, str]) -> float:
    t0 = time.time()
    proc = subprocess.run([sys.executable, "-c", script, arg], env=env, capture_output=True,
                          text=True, timeout=120)
    if proc.returncode != 0:
        raise RuntimeError(f"startup child failed: {proc.stderr.strip()[-500:]}")
    return float(proc.stdout.strip().splitlines()[-1]) - t0


def bench_startup(work: Path, env: dict[str, str], repeats: int) -> dict[str, Any]:
    """A fresh interpreter until the event loop runs its first timer, app vs bare window."""
    from workshop_app import Session, bundled

    demo = bundled.copy_demo("london", work / "startup")
    Session.open(demo).close()  # an older demo is upgraded once here, not in every run
    app_t, bare_t = [], []
    for _ in range(repeats):  # interleaved, so a busy moment hits both alike
        app_t.append(_startup_once(_STARTUP_APP, str(demo), env))
        bare_t.append(_startup_once(_STARTUP_BARE, "", env))
    med, base = statistics.median(app_t), statistics.median(bare_t)
    return _figure("startup", round(med, 3), med / base <= 2.0,
                   round(base, 3), "python -c: import PySide6, QMainWindow + QGraphicsView, "
                   "first timer event", runs=repeats, demo="london")


def _every_ordered_pair(phases: list[int]) -> list[int]:
    """Phases to switch to, in turn, so that every ordered pair (a → b) is switched once.

    A walk along an Eulerian circuit of the complete directed graph: n·(n−1) switches and
    no untimed switches in between.
    """
    import networkx as nx

    if len(phases) < 2:
        return []
    graph = nx.complete_graph(phases, create_using=nx.DiGraph)
    return [b for _a, b in nx.eulerian_circuit(graph, source=phases[0])]


def _until_painted(app: Any, widget: Any, limit_s: float = 120.0) -> None:
    """Run the event loop until ``widget`` has handled its first paint event.

    The first frame the facilitator sees; ``grab()`` would paint once more on top of it.
    """
    from PySide6.QtCore import QEvent, QObject

    class Watcher(QObject):
        painted = False

        def eventFilter(self, obj: Any, event: Any) -> bool:  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint:
                self.painted = True  # processEvents returns once the paint is done
            return False

    watcher = Watcher()
    widget.installEventFilter(watcher)
    deadline = time.perf_counter() + limit_s
    while not watcher.painted and time.perf_counter() < deadline:
        app.processEvents()
    widget.removeEventFilter(watcher)
    if not watcher.painted:
        raise RuntimeError("the window was not painted within two minutes")


def _window_worker(path: Path, out: Path) -> None:
    """Child process: open the stress session in a MainWindow, paint, then switch phases."""
    from PySide6.QtWidgets import (
        QApplication, QGraphicsScene, QGraphicsView, QMainWindow,
    )

    app = QApplication.instance() or QApplication([])
    from workshop_app import Session
    from workshop_app.ui.main_window import MainWindow

    result: dict[str, Any] = {}
    t0 = time.perf_counter()
    session = Session.open(path)
    t_opened = time.perf_counter()
    window = MainWindow(session)
    t_built = time.perf_counter()
    window.show()
    _until_painted(app, window.view.viewport())
    t_painted = time.perf_counter()
    result["open_to_paint_s"] = t_painted - t0
    result["open_split_s"] = {
        "Session.open": round(t_opened - t0, 3),
        "MainWindow()": round(t_built - t_opened, 3),
        "show + first paint": round(t_painted - t_built, 3),
    }
    result["maxrss_kb"] = peak_rss_kb()

    bare_t0 = time.perf_counter()
    bare = QMainWindow()
    bare.setCentralWidget(QGraphicsView(QGraphicsScene()))
    bare.resize(1440, 900)
    bare.show()
    _until_painted(app, bare.centralWidget().viewport())
    result["bare_paint_s"] = time.perf_counter() - bare_t0
    bare.close()

    scene = window.scene
    switch: list[float] = []
    paint: list[float] = []
    order = _every_ordered_pair([p.id for p in session.phases])
    # Letting the window settle (repaint, docks, deferred work) after every switch would take
    # most of the run on a big session; eight switches spread over the walk are timed so.
    settle_every = max(1, len(order) // 8)
    for i, b in enumerate(order):
        t0 = time.perf_counter()
        scene.set_phase(b)
        t1 = time.perf_counter()
        switch.append(t1 - t0)
        if i % settle_every == 0:
            app.processEvents()
            paint.append(time.perf_counter() - t1)
    app.processEvents()
    result["switch_s"] = switch
    result["switch_paint_s"] = paint
    result["items"] = {"actors": len(scene.actor_items), "relations": len(scene.relation_items)}

    from PySide6.QtCore import QLineF, QRectF

    bare_scene = QGraphicsScene()
    n_actors, n_rel = len(scene.actor_items), len(scene.relation_items)
    rebuild: list[float] = []
    for _ in range(5):
        t0 = time.perf_counter()
        bare_scene.clear()
        for i in range(n_actors):
            bare_scene.addRect(QRectF((i % 40) * 260.0, (i // 40) * 150.0, 150, 50))
        for i in range(n_rel):
            bare_scene.addLine(QLineF((i % 40) * 260.0, (i // 40) * 30.0, (i % 17) * 400.0, i % 900))
        rebuild.append(time.perf_counter() - t0)
    result["bare_scene_s"] = statistics.median(rebuild)
    window.close()
    out.write_text(json.dumps(result))


def bench_window(stress: Path, work: Path, env: dict[str, str]) -> dict[str, Any]:
    """Run the window worker in a child process and turn its timings into figures."""
    copy = work / "window.workshop"
    shutil.copyfile(stress, copy)
    out = work / "window.json"
    proc = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), "--worker-window", str(copy), str(out)],
        env=env, capture_output=True, text=True, timeout=600,
    )
    if proc.returncode != 0:
        raise RuntimeError(f"window worker failed: {proc.stderr.strip()[-2000:]}")
    r = json.loads(out.read_text())
    mem = subprocess.run([sys.executable, "-c", _MEMORY_BARE, str(HERE)], env=env,
                         capture_output=True, text=True, timeout=120)
    bare_kb = int(mem.stdout.strip().splitlines()[-1])

    switch_med = statistics.median(r["switch_s"])
    open_s = r["open_to_paint_s"]
    peak_mb = r["maxrss_kb"] / 1024
    return {
        "phase_switch": _figure(
            "phase_switch", _ms(switch_med), switch_med <= 0.050, _ms(r["bare_scene_s"]),
            "rebuilding a bare QGraphicsScene with as many rect + line items",
            p95=_ms(_p95(r["switch_s"])), max=_ms(max(r["switch_s"])),
            then_settled_median=_ms(statistics.median(r["switch_paint_s"])),
            settled_samples=len(r["switch_paint_s"]),
            pairs=len(r["switch_s"]), items=r["items"],
        ),
        "open_to_first_paint": _figure(
            "open_to_first_paint", round(open_s, 3), open_s <= 1.5, round(r["bare_paint_s"], 3),
            "bare QMainWindow + empty QGraphicsView shown and grabbed", split=r["open_split_s"],
        ),
        "peak_memory": _figure(
            "peak_memory", round(peak_mb, 1), peak_mb <= 400, round(bare_kb / 1024, 1),
            "python importing PySide6.QtWidgets and making a QApplication",
        ),
    }


# -- the run ------------------------------------------------------------------------------
def run(quick: bool) -> dict[str, Any]:
    from stress import cached_stress_session

    from workshop_app import Session

    began = time.perf_counter()
    load_before = os.getloadavg()[0]
    params = QUICK if quick else FULL
    t0 = time.perf_counter()
    stress = cached_stress_session(**params)
    _log(f"stress session {stress} ready in {time.perf_counter() - t0:.1f} s")
    work = Path(tempfile.mkdtemp(prefix="workshop-bench-"))
    env = _child_env(work / "config")
    os.environ["WORKSHOP_APP_CONFIG_DIR"] = env["WORKSHOP_APP_CONFIG_DIR"]
    figures: dict[str, Any] = {}

    def attempt(keys: list[str], measure: Callable[[], Any]) -> None:
        """Measure; a failure becomes figures with the reason, so the others still report."""
        _log(", ".join(keys))
        try:
            found = measure()
        except Exception as exc:  # noqa: BLE001 - reported in the JSON and on stderr
            traceback.print_exc()
            for key in keys:
                figures[key] = _missing(key, None, "", f"failed: {type(exc).__name__}: {exc}")
                figures[key]["met"] = False
            return
        figures.update(found if len(keys) > 1 else {keys[0]: found})

    try:
        # Child processes first, while this process is still small and the machine quiet.
        attempt(["startup"], lambda: bench_startup(work, env, 1 if quick else 5))
        attempt(["phase_switch", "open_to_first_paint", "peak_memory"],
                lambda: bench_window(stress, work, env))
        attempt(["edit_saved"], lambda: bench_edit(stress, work, 20 if quick else 200))
        with Session.open(stress, read_only=True) as s:
            votes = len(s.model.tables["scores"])
            attempt(["all_phase_metrics"], lambda: bench_metrics(s.model))
            attempt(["research_bundle"], lambda: bench_bundle(s, stress, work))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    order = list(GOALS)
    return {
        "machine": {
            "python": platform.python_version(),
            "platform": platform.platform(),
            "cpus": os.cpu_count(),
            "pyside6": _version("PySide6-Essentials") or _version("PySide6"),
            "qt_platform": os.environ.get("QT_QPA_PLATFORM"),
            # Other work on the machine slows every figure; the baselines absorb some of it.
            "load_average_1min": [round(load_before, 2), round(os.getloadavg()[0], 2)],
        },
        "stress_session": {**params, "votes": votes,
                           "file_mb": round(stress.stat().st_size / 1e6, 1)},
        "quick": quick,
        "figures": {k: figures[k] for k in order},
        "all_met": all(figures[k]["met"] is True for k in order),
        "run_s": round(time.perf_counter() - began, 1),
    }


def _version(dist: str) -> str | None:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return None


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args[:1] == ["--worker-window"]:
        _window_worker(Path(args[1]), Path(args[2]))
        return 0
    p = argparse.ArgumentParser(description="Benchmark the app on a large generated session.")
    p.add_argument("--quick", action="store_true", help="small session, few repeats (smoke run)")
    p.add_argument("--out", type=Path, help="also write the JSON to this file")
    ns = p.parse_args(args)
    report = run(ns.quick)
    text = json.dumps(report, indent=2)
    if ns.out:
        ns.out.write_text(text + "\n", encoding="utf-8")
    print(text)
    failed = [k for k, f in report["figures"].items() if str(f.get("reason", "")).startswith("failed")]
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
