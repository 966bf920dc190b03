"""Legibility figures of every demo, as a person first meets each phase: one table.

    QT_QPA_PLATFORM=offscreen python scripts/legibility_figures.py [--json]

For each bundled demo (and the generated 40-actor session of the legibility test), every
phase is measured in a 1366 x 768 console and on a 1920 x 1080 projector, nothing pressed,
with ``tests/gui/legibility_helpers.py`` (overlapping boxes, names cut, the smallest name's
cap height in screen pixels, how much of the view the map fills). Each row is the worst phase
of that demo and view; the test suite checks the same figures against their limits.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "gui"))

from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from legibility_helpers import CONSOLE_SIZE, Figures, make_big_session, phase_figures  # noqa: E402

CONSOLE = CONSOLE_SIZE


def _settle() -> None:
    QTest.qWait(40)
    QApplication.processEvents()


def figures_of(path: Path) -> dict[str, list[Figures]]:
    """Per view ("console", "projector"), the figures of every phase of the session at ``path``."""
    from workshop_app import Session
    from workshop_app.ui.main_window import MainWindow

    win = MainWindow(Session.open(path))
    win.resize(*CONSOLE)
    win.show()
    _settle()
    out = dict(phase_figures(win, _settle))
    win.close()
    win.session.close()
    return out


def worst(figures: list[Figures]) -> dict[str, object]:
    """The worst phase's figure of each kind (they may come from different phases)."""
    return {"overlaps": max(len(f.overlaps) for f in figures),
            "cut_names": max(len(f.cut_names) for f in figures),
            "min_cap_px": round(min(f.min_cap for f in figures), 1),
            "fill": round(min(f.fill for f in figures), 2),
            "outside": any(f.outside for f in figures)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="one JSON object instead of a table")
    args = parser.parse_args(argv)
    folder = Path(tempfile.mkdtemp(prefix="legibility-"))
    os.environ["WORKSHOP_APP_CONFIG_DIR"] = str(folder / "config")  # the user's settings stay untouched
    from workshop_app import bundled
    from workshop_app.app import application

    application()
    sessions = {}
    for name in bundled.demo_names():
        sessions[name] = Path(shutil.copy(bundled.demo_path(name), folder / f"{name}.workshop"))
    sessions["40 actors"] = make_big_session(folder / "forty.workshop")
    table = {name: {view: worst(figs) for view, figs in figures_of(path).items()}
             for name, path in sessions.items()}
    shutil.rmtree(folder, ignore_errors=True)
    if args.json:
        print(json.dumps(table, indent=1))
        return 0
    print("| session | view | overlaps | names cut | smallest cap height | fill | off the view |")
    print("|---|---|---|---|---|---|---|")
    for name, views in table.items():
        for view, w in views.items():
            print(f"| {name} | {view} | {w['overlaps']} | {w['cut_names']} | {w['min_cap_px']} px | "
                  f"{w['fill']:.0%} | {'yes' if w['outside'] else 'no'} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
