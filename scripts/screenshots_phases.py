"""Render the README screenshots of the canvas across phases, offscreen, from demo copies.

Run: QT_QPA_PLATFORM=offscreen python scripts/screenshots_phases.py [OUT_DIR]
Writes all_phases_side_by_side.png (small multiples), scale_rings.png (the scale lens with
its guides) and phase_morph.png (a frame half-way through a phase switch). Works on copies,
so the bundled sessions stay untouched.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from workshop_app import Session  # noqa: E402
from workshop_app.app import application  # noqa: E402


def _window(case: str, size: tuple[int, int]):  # type: ignore[no-untyped-def]
    from workshop_app.ui.main_window import MainWindow

    tmp = Path(tempfile.mkdtemp())
    os.environ["WORKSHOP_APP_CONFIG_DIR"] = str(tmp / "config")
    path = tmp / f"{case}.workshop"
    shutil.copy(ROOT / "sessions" / f"{case}.workshop", path)
    app = application()
    win = MainWindow(Session.open(path))
    win.resize(*size)
    win.show()
    app.processEvents()
    return app, win


def side_by_side(case: str, out: Path) -> None:
    app, win = _window(case, (1500, 950))
    side = win.features["timeline"].side_by_side
    side.resize(1600, 900)
    side.open()
    for _ in range(3):
        app.processEvents()
    side.multiples._refresh()
    app.processEvents()
    side.grab().save(str(out))
    win.close()
    print("wrote", out)


def scale_rings(case: str, phase_index: int, out: Path) -> None:
    app, win = _window(case, (2000, 1200))
    win.features["arrange"].arrange("scale")
    win.set_phase(win.session.phases[phase_index].id)
    win.scene.morph.finish()
    win.view.fit()
    app.processEvents()
    win.view.grab().save(str(out))
    win.close()
    print("wrote", out)


def morph_frame(case: str, out: Path) -> None:
    app, win = _window(case, (2000, 1200))
    win.set_phase(win.session.phases[0].id)
    win.view.fit()
    win.scene.morph.duration_ms = 4000
    win.set_phase(win.session.phases[1].id)
    win.scene.morph._anim.pause()
    win.scene.morph._anim.setCurrentTime(2000)
    app.processEvents()
    win.view.grab().save(str(out))
    win.scene.morph.finish()
    win.close()
    print("wrote", out)


def main() -> None:
    out_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out_dir.mkdir(parents=True, exist_ok=True)
    side_by_side("darmstadt", out_dir / "all_phases_side_by_side.png")
    scale_rings("london", 2, out_dir / "scale_rings.png")
    morph_frame("darmstadt", out_dir / "phase_morph.png")


if __name__ == "__main__":
    main()
