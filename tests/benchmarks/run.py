"""Measure the app on two sizes of session in one run; prints one JSON object.

Sizes: the *big workshop* (``bigworkshop.py``: 200 actors, 1,000 relations, 8 phases, 30
participants), the largest a real room makes and the one the facilitator's goals are set on,
and the *stress* session (``stress.py``: 1,000 / 5,000 / 8, every vote of three participants),
kept as a guard against costs that grow with the session. The research corpus
(``corpus_bench.py``: 200 sessions of 40 actors in one database, 8,000 actor names matched)
is measured once the single-session figures are done.

Every figure has a bare baseline measured in the same run on the same machine (raw SQLite
with the store's own durability settings, a bare Qt window or scene, a file copy), and each
states its goal as a time or a ratio to that baseline. GUI figures run in fresh child
processes (``probes.py``), so the cold first paint is not coloured by earlier measurements.
Those processes run from compiled bytecode, as an installed app does (written by a warm-up run
into a private folder, whatever ``PYTHONDONTWRITEBYTECODE`` says); the start-up figure also
shows, beside it, a start that compiles every module from source.

The *layers* line measures start-up, one edit saved and opening the big workshop once more
on the commit before the layers change (checked out with ``git worktree`` into a temporary
folder, removed afterwards; ``checkouts.py`` also removes what an interrupted run left), with
the same probes, interleaved with the current tree's runs.

Usage::

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/run.py [--quick] [--out FILE]

``--quick`` uses small sessions and few repeats (a smoke run for the tests, not figures).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
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
PROBES = HERE / "probes.py"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bigworkshop import BIG, QUICK as QUICK_BIG  # noqa: E402
from checkouts import (CHECKOUT_NAME, OWNER_FILE, WORK_PREFIX, checkout,  # noqa: E402
                       remove_checkout)

STRESS = {"actors": 1000, "relations": 5000, "phases": 8, "participants": 3, "seed": 1}
QUICK_STRESS = {"actors": 60, "relations": 150, "phases": 3, "participants": 3, "seed": 1}
# The layers change is the commit whose message starts so; the line compares its parent.
LAYERS_SUBJECT = "Layers the linter enforces"

# Figure -> (unit, goal text). The order is the order of the report.
GOALS: dict[str, tuple[str, str]] = {
    "big_open_to_first_paint": ("s", "<= 0.5 s"),
    "big_phase_switch": ("ms", "median <= 0.5x a bare scene rebuilt with as many items"),
    "big_edit_saved": ("ms", "median <= 2x raw SQLite with the store's durability"),
    "stress_open_to_first_paint": ("s", "<= 1.5 s"),
    "stress_bundle": ("s", "<= 3 s, in one process"),
    "startup": ("s", "median <= 2x a bare PySide6 window"),
    "stress_peak_memory": ("MB", "<= 400 MB (a guard)"),
    "stress_analysis": ("s", "metrics of all phases < 2 s, warnings < 3 s, a phase diff < 1 s; "
                             "warnings + metrics of a demo < 20 ms (guards)"),
    "layers_change_cost": ("ratio", "shown, not judged: after / before the layers change"),
    "corpus_build": ("s", "<= 10 s: a research corpus of 200 sessions of 40 actors"),
    "corpus_match": ("s", "<= 10 s: suggested matches for their 8,000 actor names"),
}


# -- small helpers ------------------------------------------------------------------------
def _ms(seconds: float) -> float:
    return round(seconds * 1000, 3)


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def _figure(key: str, value: float | None, baseline: float | None, baseline_what: str,
            limit: float, *, by_ratio: bool, **extra: Any) -> dict[str, Any]:
    """One figure; ``limit`` is the goal in the figure's unit, or as a ratio (``by_ratio``)."""
    unit, goal = GOALS[key]
    ratio = round(value / baseline, 2) if value is not None and baseline else None
    judged = ratio if by_ratio else value
    return {"value": value, "unit": unit, "goal": goal,
            "met": None if judged is None else judged <= limit,
            "baseline": baseline, "baseline_what": baseline_what, "ratio": ratio, **extra}


def _log(text: str) -> None:
    print(f"[bench] {text}", file=sys.stderr, flush=True)


class Code:
    """One version of the app: where its package is, and how to run a probe on it."""

    def __init__(self, name: str, root: Path, config: Path) -> None:
        self.name = name
        self.root = root
        # Like an installed app, the probes run from compiled bytecode (a pip install compiles
        # it; a first run writes it): kept in a private folder, never beside the sources, and
        # written by a warm-up run. ``cold_env`` compiles every module on every start instead.
        self.env = dict(os.environ, PYTHONPATH=str(root), QT_QPA_PLATFORM="offscreen",
                        PYTHONPYCACHEPREFIX=str(config / "bytecode"),
                        WORKSHOP_APP_CONFIG_DIR=str(config),  # never the user's recent files
                        WORKSHOP_APP_DATA_DIR=str(config / "data"))  # nor their backups
        self.env.pop("PYTHONDONTWRITEBYTECODE", None)
        self.cold_env = {k: v for k, v in self.env.items() if k != "PYTHONPYCACHEPREFIX"}
        self.cold_env["PYTHONDONTWRITEBYTECODE"] = "1"

    def run(self, *args: str, timeout: float = 600, cold: bool = False) -> str:
        proc = subprocess.run([sys.executable, *args], env=self.cold_env if cold else self.env,
                              capture_output=True, text=True, timeout=timeout)
        if proc.returncode != 0:
            raise RuntimeError(f"{self.name}: {' '.join(args[:2])} failed: "
                               f"{proc.stderr.strip()[-1500:]}")
        return proc.stdout

    def probe(self, *args: str, cold: bool = False) -> str:
        return self.run(str(PROBES), *args, cold=cold)

    def json_probe(self, kind: str, *args: str) -> dict[str, Any]:
        out = Path(tempfile.mkstemp(suffix=".json")[1])
        try:
            self.probe(kind, args[0], str(out), *args[1:])
            return json.loads(out.read_text())
        finally:
            out.unlink(missing_ok=True)

    def session_copy(self, source: Path, target: Path) -> Path:
        """A copy this version opens as it is (an older version's file is upgraded once here)."""
        shutil.copyfile(source, target)
        self.probe("prepare", str(target))
        return target


# -- figures --------------------------------------------------------------------------------
def startup_times(code: Code, demo: Path, *, cold: bool = False) -> float:
    t0 = time.time()
    return float(code.probe("startup", str(demo), cold=cold).strip().splitlines()[-1]) - t0


def bare_startup(code: Code, *, cold: bool = False) -> float:
    t0 = time.time()
    return float(code.probe("bare-startup", cold=cold).strip().splitlines()[-1]) - t0


def raw_edits(source: Path, work: Path, n: int, *, checkpoint: bool) -> list[float]:
    """A bare sqlite3 edit: the score row (the store's upsert) and one events row in one
    transaction, WAL + synchronous=FULL; with ``checkpoint`` also the store's other settings,
    foreign keys checked and the WAL folded into the file after every commit."""
    copy = work / f"raw-{'ckpt' if checkpoint else 'plain'}.workshop"
    shutil.copyfile(source, copy)
    conn = sqlite3.connect(copy, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    if checkpoint:
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA wal_autocheckpoint=1")
    rel, phase, person = conn.execute(
        "SELECT relation_id, phase_id, participant_id FROM scores LIMIT 1").fetchone()
    payload = json.dumps({"relation_id": rel, "phase_id": phase, "trust": 3})
    changes = json.dumps([["scores", [rel, phase, person], None, None]])
    times: list[float] = []
    for i in range(n + 5):
        t0 = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        conn.execute(
            "INSERT INTO scores (relation_id, phase_id, participant_id, trust, commitment, "
            "interdependence, time) VALUES (?, ?, ?, ?, 3, 3, ?) ON CONFLICT (relation_id, "
            "phase_id, participant_id) DO UPDATE SET trust = excluded.trust, "
            "commitment = excluded.commitment, interdependence = excluded.interdependence, "
            "time = excluded.time",
            (rel, phase, person, 1 + i % 5, "2024-03-04T09:00:00+00:00"))
        conn.execute("INSERT INTO events(time, command, label, payload, changes, state) "
                     "VALUES (?, 'SetScore', 'Score (trust 3)', ?, ?, 'done')",
                     ("2024-03-04T09:00:00.000+00:00", payload, changes))
        conn.execute("COMMIT")
        if i >= 5:
            times.append(time.perf_counter() - t0)
    conn.close()
    return times


def bench_edit(code: Code, big: Path, work: Path, n: int) -> dict[str, Any]:
    app = code.json_probe("edit", str(code.session_copy(big, work / f"edit-{code.name}.workshop")),
                          str(n))["edit_s"]
    same = raw_edits(big, work, n, checkpoint=True)
    plain = raw_edits(big, work, n, checkpoint=False)
    med, base = statistics.median(app), statistics.median(same)
    return _figure(
        "big_edit_saved", _ms(med), _ms(base),
        "bare sqlite3, one score upsert + one events row per transaction, WAL + "
        "synchronous=FULL + foreign keys + a checkpoint after every commit (the store's settings)",
        2.0, by_ratio=True, p95=_ms(_p95(app)), samples=len(app),
        baseline_p95=_ms(_p95(same)),
        plain_baseline=_ms(statistics.median(plain)),
        plain_baseline_what="the same transaction, WAL + synchronous=FULL, no per-edit checkpoint",
        ratio_to_plain=round(med / statistics.median(plain), 2))


def bench_big_window(code: Code, big: Path, work: Path) -> dict[str, Any]:
    r = code.json_probe("window", str(code.session_copy(big, work / "big-window.workshop")),
                        "--switch")
    switch = statistics.median(r["switch_s"])
    return {
        "big_open_to_first_paint": _figure(
            "big_open_to_first_paint", round(r["open_to_paint_s"], 3), round(r["bare_paint_s"], 3),
            "a bare QMainWindow with an empty QGraphicsView shown to its first paint",
            0.5, by_ratio=False, split=r["open_split_s"]),
        "big_phase_switch": _figure(
            "big_phase_switch", _ms(switch), _ms(r["bare_scene_s"]),
            "clearing a bare QGraphicsScene and adding as many rectangles and lines",
            0.5, by_ratio=True, p95=_ms(_p95(r["switch_s"])), pairs=len(r["switch_s"]),
            items=r["items"]),
    }


def bench_stress_window(code: Code, stress: Path, work: Path) -> dict[str, Any]:
    r = code.json_probe("window", str(code.session_copy(stress, work / "stress-window.workshop")))
    bare_kb = int(code.probe("bare-memory").strip().splitlines()[-1])
    peak = r["maxrss_kb"] / 1024
    return {
        "stress_open_to_first_paint": _figure(
            "stress_open_to_first_paint", round(r["open_to_paint_s"], 3),
            round(r["bare_paint_s"], 3),
            "a bare QMainWindow with an empty QGraphicsView shown to its first paint",
            1.5, by_ratio=False, split=r["open_split_s"]),
        "stress_peak_memory": _figure(
            "stress_peak_memory", round(peak, 1), round(bare_kb / 1024, 1),
            "python with PySide6.QtWidgets and a QApplication", 400, by_ratio=False),
    }


def _bundle(path: Path, out: Path) -> tuple[float, dict[str, float]]:
    """The research bundle of ``path`` in this process: seconds, and seconds per step."""
    from workshop_app import Session
    from workshop_app.io.bundle import write_bundle

    steps: dict[str, float] = {}
    with Session.open(path, read_only=True) as s:
        t0 = time.perf_counter()
        write_bundle(s, out, progress=lambda _d, _t, what: steps.setdefault(what, time.perf_counter()))
        took = time.perf_counter() - t0
    marks = list(steps.items())
    return took, {what: round(marks[i + 1][1] - at, 3) for i, (what, at) in enumerate(marks[:-1])}


def bench_bundle(stress: Path, big: Path, work: Path) -> dict[str, Any]:
    t0 = time.perf_counter()
    shutil.copyfile(stress, work / "copy.workshop")
    base = time.perf_counter() - t0
    took, split = _bundle(stress, work / "bundle")
    size = sum(p.stat().st_size for p in (work / "bundle").rglob("*") if p.is_file())
    big_took, big_split = _bundle(big, work / "big-bundle")
    return _figure("stress_bundle", round(took, 3), round(base, 4), "copying the session file",
                   3.0, by_ratio=False, bundle_mb=round(size / 1e6, 2), split=split,
                   big_workshop_s=round(big_took, 3), big_workshop_split=big_split)


def _cpu_best(fn: Callable[[], Any], runs: int) -> float:
    best = float("inf")
    for _ in range(runs):
        t0 = time.process_time()
        fn()
        best = min(best, time.process_time() - t0)
    return best


def bench_analysis(stress: Path) -> dict[str, Any]:
    """The analyses behind the panels: on the stress session, and live on every demo
    (CPU seconds of this process, best of a few runs)."""
    import networkx as nx

    from workshop_app import Session, bundled
    from workshop_app.analysis.diff import diff_phases
    from workshop_app.analysis.metrics import all_phase_metrics
    from workshop_app.analysis.warnings import compute_warnings

    with Session.open(stress, read_only=True) as s:
        model = s.model
        first, last = s.phases[0].id, s.phases[-1].id
        edges = {ph.id: [(r.source, r.target) for r in model.active_relations(ph.id)]
                 for ph in model.phases}

        def bare() -> None:
            for pairs in edges.values():
                g = nx.MultiDiGraph()
                g.add_edges_from(pairs)
                nx.degree_centrality(g)

        base = _cpu_best(bare, 2)
        metrics = _cpu_best(lambda: all_phase_metrics(model), 2)
        warnings = _cpu_best(lambda: compute_warnings(model), 1)
        diff = _cpu_best(lambda: diff_phases(model, first, last), 1)
    live: dict[str, float] = {}
    for name in bundled.demo_names():
        with Session.open(bundled.demo_path(name), read_only=True) as demo:
            live[name] = round(_cpu_best(lambda: (compute_warnings(demo.model),
                                                  all_phase_metrics(demo.model)), 5) * 1000, 2)
    fig = _figure("stress_analysis", round(metrics, 4), round(base, 5),
                  "plain networkx: one MultiDiGraph per phase + degree centrality", 2.0,
                  by_ratio=False, warnings_s=round(warnings, 3), diff_s=round(diff, 3),
                  demo_live_ms=live)
    fig["met"] = metrics < 2.0 and warnings < 3.0 and diff < 1.0 and max(live.values()) < 20
    return fig


def bench_startup(head: Code, demo: Path, repeats: int,
                  before: tuple[Code, Path] | None) -> tuple[dict[str, Any], dict[str, float]]:
    """Fresh interpreters until the event loop runs its first timer: app vs bare window,
    interleaved (and the version before the layers change, when there is one)."""
    app_t, bare_t, old_t = [], [], []
    startup_times(head, demo)  # warm-up: writes the bytecode, as a first run after install
    bare_startup(head)
    if before is not None:
        startup_times(*before)
    for _ in range(repeats):
        app_t.append(startup_times(head, demo))
        bare_t.append(bare_startup(head))
        if before is not None:
            old_t.append(startup_times(*before))
    med, base = statistics.median(app_t), statistics.median(bare_t)
    # Shown beside, not judged: the same start with no bytecode (every module compiled from
    # its source on every start, as with PYTHONDONTWRITEBYTECODE set).
    cold = [startup_times(head, demo, cold=True) for _ in range(min(3, repeats))]
    fig = _figure("startup", round(med, 3), round(base, 3),
                  "python: import PySide6, QMainWindow + QGraphicsView, first timer event",
                  2.0, by_ratio=True, runs=repeats, session="the London demo",
                  compiled_from_source_s=round(statistics.median(cold), 3))
    return fig, ({"startup_s": statistics.median(old_t)} if old_t else {})


def bench_corpus(quick: bool) -> dict[str, Any]:
    """The research corpus (``corpus_bench.py``): built from many workshops, then its actors
    matched again, each beside its baseline."""
    from corpus_bench import measure

    m = measure(quick)
    return {
        "corpus_build": _figure(
            "corpus_build", m["build_s"], m["plain_copy_s"],
            "plain sqlite3: SELECT * from every table of every session file, executemany into "
            "one database with a workshop column, one transaction, no checks or indexes",
            10.0, by_ratio=False, sessions=m["sessions"], rows=m["rows"],
            corpus_mb=m["corpus_mb"], of_which_suggesting_s=m["build_suggest_s"],
            cpu_s=m["build_cpu_s"]),
        "corpus_match": _figure(
            "corpus_match", m["match_s"], m["all_pairs_s"],
            "rapidfuzz cdist of every distinct name key against every other (no blocking), "
            "all cores", 10.0, by_ratio=False, actor_names=m["actor_names"],
            distinct_keys=m["distinct_keys"], compared_pairs=m["compared_pairs"],
            all_pairs=m["all_pairs"], suggestions=m["suggestions"],
            canonical_actors=m["canonical_actors"]),
    }


# -- the version before the layers change ------------------------------------------------------
def layers_commit() -> str | None:
    """The parent of the layers change, or None where the history is not at hand."""
    try:
        out = subprocess.run(["git", "log", "--format=%H %s"], cwd=ROOT, capture_output=True,
                             text=True, timeout=60, check=True).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    for line in out.splitlines():
        sha, _, subject = line.partition(" ")
        if subject.startswith(LAYERS_SUBJECT):
            parent = subprocess.run(["git", "rev-parse", "--verify", "--quiet", f"{sha}^"],
                                    cwd=ROOT, capture_output=True, text=True, timeout=60)
            return parent.stdout.strip() or None
    return None


def layers_figure(commit: str, head: dict[str, float], old: dict[str, float]) -> dict[str, Any]:
    unit, goal = GOALS["layers_change_cost"]
    lines = {}
    for key, what in (("startup_s", "start-up to an interactive window (s)"),
                      ("edit_ms", "one edit saved, big workshop (ms)"),
                      ("open_s", "big workshop open to first paint (s)")):
        if key in head and key in old:
            lines[key] = {"what": what, "before": round(old[key], 4), "after": round(head[key], 4),
                          "ratio": round(head[key] / old[key], 2)}
    ratios = [line["ratio"] for line in lines.values()]
    return {"value": max(ratios) if ratios else None, "unit": unit, "goal": goal, "met": None,
            "baseline": 1.0, "baseline_what": f"the same probes on commit {commit[:7]}, the "
            "parent of the layers change", "ratio": max(ratios) if ratios else None,
            "lines": lines}


# -- the run ------------------------------------------------------------------------------------
def run(quick: bool) -> dict[str, Any]:
    from stress import cached_stress_session

    from workshop_app import Session, bundled

    began = time.perf_counter()
    load_before = os.getloadavg()[0]
    big_params, stress_params = (QUICK_BIG, QUICK_STRESS) if quick else (BIG, STRESS)
    work = Path(tempfile.mkdtemp(prefix=WORK_PREFIX))
    (work / OWNER_FILE).write_text(str(os.getpid()), encoding="ascii")
    old_root = work / CHECKOUT_NAME  # the version before the layers change, when checked out
    head = Code("head", ROOT, work / "config-head")
    figures: dict[str, Any] = {}
    before: Code | None = None
    head_layers: dict[str, float] = {}
    old_layers: dict[str, float] = {}

    def attempt(keys: list[str], measure: Callable[[], Any]) -> None:
        """Measure; a failure becomes figures with the reason, so the others still report."""
        _log(", ".join(keys))
        try:
            found = measure()
        except Exception as exc:  # noqa: BLE001 - reported in the JSON and on stderr
            traceback.print_exc()
            for key in keys:
                figures[key] = {**_figure(key, None, None, "", 0, by_ratio=False),
                                "met": False, "reason": f"failed: {type(exc).__name__}: {exc}"}
            return
        figures.update(found if len(keys) > 1 else {keys[0]: found})

    try:
        t0 = time.perf_counter()
        big = cached_stress_session(**big_params)
        stress = cached_stress_session(**stress_params)
        demo = bundled.copy_demo("london", work / "head-demo")
        Session.open(demo).close()  # an older demo is upgraded once here, not in every run
        _log(f"sessions ready in {time.perf_counter() - t0:.1f} s")

        commit = layers_commit()
        why_not = "the commit before the layers change is not in this checkout"
        if commit is not None:
            try:
                checkout(commit, old_root)
                before = Code(CHECKOUT_NAME, old_root, work / "config-old")
                old_big = work / "old-big.workshop"  # made by that version, in its own schema
                before.run(str(HERE / "bigworkshop.py"), str(old_big), *(
                    ["--quick"] if quick else []))
                old_demo = before.session_copy(old_root / "sessions" / "london.workshop",
                                               work / "old-london.workshop")
            except (OSError, subprocess.SubprocessError, RuntimeError) as exc:
                _log(f"no comparison with the version before the layers change: {exc}")
                why_not = f"that version could not be measured: {str(exc)[-300:]}"
                before = None

        def startup() -> dict[str, Any]:
            fig, old = bench_startup(head, demo, 1 if quick else 7,
                                     (before, old_demo) if before else None)
            head_layers["startup_s"] = fig["value"]
            old_layers.update(old)
            return fig

        def edit() -> dict[str, Any]:
            n = 20 if quick else 200
            fig = bench_edit(head, big, work, n)
            head_layers["edit_ms"] = fig["value"]
            if before is not None:
                app = before.json_probe("edit", str(before.session_copy(
                    old_big, work / "edit-old.workshop")), str(n))["edit_s"]
                old_layers["edit_ms"] = _ms(statistics.median(app))
            return fig

        def big_window() -> dict[str, Any]:
            found = bench_big_window(head, big, work)
            head_layers["open_s"] = found["big_open_to_first_paint"]["value"]
            if before is not None:
                r = before.json_probe("window", str(before.session_copy(
                    old_big, work / "window-old.workshop")))
                old_layers["open_s"] = r["open_to_paint_s"]
            return found

        # Child processes first, while this process is still small and the machine quiet.
        attempt(["startup"], startup)
        attempt(["big_open_to_first_paint", "big_phase_switch"], big_window)
        attempt(["stress_open_to_first_paint", "stress_peak_memory"],
                lambda: bench_stress_window(head, stress, work))
        attempt(["big_edit_saved"], edit)
        attempt(["stress_bundle"], lambda: bench_bundle(stress, big, work))
        attempt(["stress_analysis"], lambda: bench_analysis(stress))
        attempt(["corpus_build", "corpus_match"], lambda: bench_corpus(quick))
        if before is not None:
            figures["layers_change_cost"] = layers_figure(commit or "", head_layers, old_layers)
        else:
            figures["layers_change_cost"] = {
                **_figure("layers_change_cost", None, None, "", 0, by_ratio=False),
                "reason": why_not}
        with Session.open(big, read_only=True) as s:
            big_votes = len(s.model.tables["scores"])
        with Session.open(stress, read_only=True) as s:
            stress_votes = len(s.model.tables["scores"])
    finally:
        if old_root.exists():  # also when that version could not be measured
            remove_checkout(old_root)
        shutil.rmtree(work, ignore_errors=True)
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
        "big_workshop": {**big_params, "votes": big_votes},
        "stress_session": {**stress_params, "votes": stress_votes},
        "quick": quick,
        "figures": {k: figures[k] for k in GOALS},
        "all_met": all(figures[k]["met"] is not False for k in GOALS),
        "run_s": round(time.perf_counter() - began, 1),
    }


def _version(dist: str) -> str | None:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return None


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Benchmark the app on a big workshop and a stress session.")
    p.add_argument("--quick", action="store_true", help="small sessions, few repeats (smoke run)")
    p.add_argument("--out", type=Path, help="also write the JSON to this file")
    ns = p.parse_args(argv)
    report = run(ns.quick)
    text = json.dumps(report, indent=2)
    if ns.out:
        ns.out.write_text(text + "\n", encoding="utf-8")
    print(text)
    failed = [k for k, f in report["figures"].items() if str(f.get("reason", "")).startswith("failed")]
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
