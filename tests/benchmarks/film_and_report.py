"""Measure the morph film and the workshop report on the demos; prints one JSON object.

The film is measured on the Turin demo at the default size (1280 x 720) and speeds (25
frames a second for MP4 and PNG frames, 10 for a GIF), the report as Word and PDF on every
demo. Each figure is the best of ``--repeats`` runs in this process (Qt started once, as in
the console), with the file's size.

Usage::

    QT_QPA_PLATFORM=offscreen python tests/benchmarks/film_and_report.py [--repeats N]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from workshop_app.bundled import DEMO_NAMES, demo_path  # noqa: E402
from workshop_app.formats import EXPORTERS, REPORT  # noqa: E402
from workshop_app.io.load import open_for_reading  # noqa: E402


def _size(path: Path) -> int:
    if path.is_dir():
        return sum(p.stat().st_size for p in path.iterdir())
    return path.stat().st_size


def _best(run: Callable[[Path], Path], work: Path, repeats: int) -> tuple[float, int, Path]:
    best, size, out = float("inf"), 0, work
    for i in range(repeats):
        target = work / f"run{i}"
        target.mkdir()
        start = time.perf_counter()
        out = run(target)
        best = min(best, time.perf_counter() - start)
        size = _size(out)
    return best, size, out


def measure(repeats: int) -> dict[str, Any]:
    figures: dict[str, Any] = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        with open_for_reading(demo_path("turin")) as turin:
            for fmt, name in (("mp4", "turin.mp4"), ("gif", "turin.gif"), ("frames", "frames")):
                folder = work / f"film-{fmt}"
                folder.mkdir()
                seconds, size, out = _best(lambda t: EXPORTERS[fmt](turin, t / name)[0], folder, repeats)
                count = len(list(out.iterdir())) if out.is_dir() else None
                figures[f"turin_film_{fmt}"] = {"s": round(seconds, 2), "bytes": size,
                                                **({"frames": count} if count else {})}
        for demo in DEMO_NAMES:
            with open_for_reading(demo_path(demo)) as session:
                for fmt in ("docx", "pdf"):
                    folder = work / f"report-{demo}-{fmt}"
                    folder.mkdir()
                    seconds, size, _ = _best(lambda t: REPORT(session, t / f"report.{fmt}")[0], folder, repeats)
                    figures[f"report_{demo}_{fmt}"] = {"s": round(seconds, 2), "bytes": size}
        shutil.rmtree(work, ignore_errors=True)
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    print(json.dumps(measure(max(1, args.repeats)), indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
