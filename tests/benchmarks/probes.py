"""What ``run.py`` measures in a fresh process, on whichever version of the app is on PYTHONPATH.

``run.py`` starts this file once per figure and code version (the current tree, and the commit
before the layers change checked out into a temporary folder), so the same probe times both
versions on the same machine in the same run. Only APIs both versions have are used:
``Session.open``/``score``, ``MainWindow(session)`` with its ``scene`` and ``view``, and
``app.application``/``open_window``. Nothing here adds a path to ``sys.path``.

    python probes.py prepare SESSION          # open once for editing (upgrades an older file)
    python probes.py startup SESSION          # prints the wall-clock time of the first timer
    python probes.py edit SESSION OUT N       # N scores, each saved; timings to OUT (JSON)
    python probes.py window SESSION OUT [--switch]   # open to first paint (and phase switches)
"""

from __future__ import annotations

import json
import os
import resource
import statistics
import sys
import time
from pathlib import Path
from typing import Any


def peak_rss_kb() -> int:
    """This process's RSS high-water mark in KiB (``VmHWM``: ``ru_maxrss`` survives exec)."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak  # bytes on macOS


def prepare(path: Path) -> None:
    from workshop_app import Session

    Session.open(path).close()


def startup(path: Path) -> None:
    from PySide6.QtCore import QTimer

    from workshop_app.app import application, open_window

    app = application()
    window = open_window(path)  # noqa: F841 - kept alive until the loop ends

    def first() -> None:
        print(time.time(), flush=True)
        app.quit()

    QTimer.singleShot(0, first)
    app.exec()


def bare_startup() -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QGraphicsScene, QGraphicsView, QMainWindow

    app = QApplication([])
    window = QMainWindow()
    window.setCentralWidget(QGraphicsView(QGraphicsScene()))
    window.resize(1440, 900)
    window.show()

    def first() -> None:
        print(time.time(), flush=True)
        app.quit()

    QTimer.singleShot(0, first)
    app.exec()


def edit(path: Path, out: Path, n: int) -> None:
    """``session.score`` n times on spread-out relations, phases and participants."""
    from workshop_app import Session

    times: list[float] = []
    with Session.open(path) as s:
        targets = [(rel.id, ph.id) for ph in s.phases
                   for rel in s.model.active_relations(ph.id)[:: max(1, 2 * n // 1000)]]
        people = [p.id for p in s.participants]
        for i in range(n + 5):
            rid, pid = targets[(i * 7919) % len(targets)]
            t0 = time.perf_counter()
            s.score(rid, pid, trust=1 + i % 5, participant=people[(i * 31) % len(people)])
            if i >= 5:  # the first few warm caches
                times.append(time.perf_counter() - t0)
    out.write_text(json.dumps({"edit_s": times}))


def _until_painted(app: Any, widget: Any, limit_s: float = 120.0) -> None:
    """Run the event loop until ``widget`` has handled its first paint event."""
    from PySide6.QtCore import QEvent, QObject

    class Watcher(QObject):
        painted = False

        def eventFilter(self, obj: Any, event: Any) -> bool:  # noqa: N802 - Qt's name
            if event.type() == QEvent.Type.Paint:
                self.painted = True
            return False

    watcher = Watcher()
    widget.installEventFilter(watcher)
    deadline = time.perf_counter() + limit_s
    while not watcher.painted and time.perf_counter() < deadline:
        app.processEvents()
    widget.removeEventFilter(watcher)
    if not watcher.painted:
        raise RuntimeError("the window was not painted within two minutes")


def _every_ordered_pair(phases: list[int]) -> list[int]:
    """Phases to switch to in turn so that every ordered pair (a → b) is switched once: a
    walk along an Eulerian circuit of the complete directed graph on the phases."""
    if len(phases) < 2:
        return []
    n = len(phases)
    # On a complete digraph, stepping by k = 1..n-1 from each node in turn covers every
    # arc once: Hierholzer's walk, written out for this graph so no library is needed.
    unused = {a: [b for b in range(n) if b != a] for a in range(n)}
    stack, walk = [0], []
    while stack:
        v = stack[-1]
        if unused[v]:
            stack.append(unused[v].pop())
        else:
            walk.append(stack.pop())
    walk.reverse()
    return [phases[i] for i in walk[1:]]


def window(path: Path, out: Path, switch: bool) -> None:
    """Open the session in the main window to its first painted frame; then (``switch``)
    every ordered phase pair, and a bare scene rebuilt with as many items."""
    from PySide6.QtCore import QLineF, QRectF
    from PySide6.QtWidgets import QApplication, QGraphicsScene, QGraphicsView, QMainWindow

    app = QApplication.instance() or QApplication([])
    from workshop_app import Session
    from workshop_app.ui.main_window import MainWindow

    result: dict[str, Any] = {}
    t0 = time.perf_counter()
    session = Session.open(path)
    t_opened = time.perf_counter()
    win = MainWindow(session)
    t_built = time.perf_counter()
    win.resize(1440, 900)
    win.show()
    _until_painted(app, win.view.viewport())
    t_painted = time.perf_counter()
    result["open_to_paint_s"] = t_painted - t0
    result["open_split_s"] = {"Session.open": round(t_opened - t0, 3),
                              "MainWindow()": round(t_built - t_opened, 3),
                              "show + first paint": round(t_painted - t_built, 3)}
    result["maxrss_kb"] = peak_rss_kb()

    bare_t0 = time.perf_counter()
    bare = QMainWindow()
    bare.setCentralWidget(QGraphicsView(QGraphicsScene()))
    bare.resize(1440, 900)
    bare.show()
    _until_painted(app, bare.centralWidget().viewport())
    result["bare_paint_s"] = time.perf_counter() - bare_t0
    bare.close()

    if switch:
        scene = win.scene
        switches: list[float] = []
        for b in _every_ordered_pair([p.id for p in session.phases]):
            t0 = time.perf_counter()
            scene.set_phase(b)
            switches.append(time.perf_counter() - t0)
        app.processEvents()
        result["switch_s"] = switches
        n_actors, n_rel = len(scene.actor_items), len(scene.relation_items)
        result["items"] = {"actors": n_actors, "relations": n_rel}
        bare_scene = QGraphicsScene()
        rebuild: list[float] = []
        for _ in range(5):
            t0 = time.perf_counter()
            bare_scene.clear()
            for i in range(n_actors):
                bare_scene.addRect(QRectF((i % 40) * 260.0, (i // 40) * 150.0, 150, 50))
            for i in range(n_rel):
                bare_scene.addLine(QLineF((i % 40) * 260.0, (i // 40) * 30.0, (i % 17) * 400.0,
                                          i % 900))
            rebuild.append(time.perf_counter() - t0)
        result["bare_scene_s"] = statistics.median(rebuild)
    win.close()
    session.close()
    out.write_text(json.dumps(result))


def bare_memory() -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication([])  # noqa: F841
    print(peak_rss_kb())


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    kind, *args = argv
    if kind == "prepare":
        prepare(Path(args[0]))
    elif kind == "startup":
        startup(Path(args[0]))
    elif kind == "bare-startup":
        bare_startup()
    elif kind == "edit":
        edit(Path(args[0]), Path(args[1]), int(args[2]))
    elif kind == "window":
        window(Path(args[0]), Path(args[1]), "--switch" in args[2:])
    elif kind == "bare-memory":
        bare_memory()
    elif kind == "where":
        import workshop_app

        print(Path(workshop_app.__file__).resolve().parent.parent)
    else:
        print(f"probes.py: unknown probe {kind!r}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
