"""Render the README screenshots offscreen from the bundled demo sessions.

Run: QT_QPA_PLATFORM=offscreen python scripts/screenshots.py [OUT_DIR]
Works on copies, so the bundled sessions stay untouched.
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


def shoot(case: str, phase_index: int, out: Path, relation_kind: str | None = None) -> None:
    from workshop_app.ui.main_window import MainWindow

    tmp = Path(tempfile.mkdtemp())
    os.environ["WORKSHOP_APP_CONFIG_DIR"] = str(tmp / "config")
    path = tmp / f"{case}.workshop"
    shutil.copy(ROOT / "sessions" / f"{case}.workshop", path)
    app = application()
    session = Session.open(path)
    win = MainWindow(session)
    win.resize(1440, 900)
    win.show()
    app.processEvents()
    phase = session.phases[phase_index]
    win.set_phase(phase.id)
    win.view.fit()
    if relation_kind:
        scored = [
            r for r in session.active_relations(phase)
            if session.model.votes(r.id, phase.id) and r.kind == relation_kind
        ] or [r for r in session.active_relations(phase) if session.model.votes(r.id, phase.id)]
        if scored:
            win.scene.select(relation_ids=[scored[0].id])
    app.processEvents()
    win.grab().save(str(out))
    win.close()
    print("wrote", out)


def main() -> None:
    out_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out_dir.mkdir(parents=True, exist_ok=True)
    shoot("darmstadt", 1, out_dir / "main_window.png", relation_kind="decision")
    shoot("iskandar", 1, out_dir / "iskandar_implementation.png")


if __name__ == "__main__":
    main()
