"""The console comes back where it was, with its panels, on the same screens; a place saved on
other screens is not used, and a remembered place is pulled onto the screen it opens on.

Each run is a fresh app with screens of a given size (Qt's offscreen platform reads them from
a file), like a laptop plugged into different projectors between workshops.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QRect

from workshop_app import settings
from workshop_app.settings import WindowLayout
from workshop_app.ui.window_layout import clamp

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[2]

_SCRIPT = r"""
import json, sys
from PySide6.QtCore import QRect
from workshop_app import Session
from workshop_app.app import application
from workshop_app.ui.main_window import MainWindow
app = application()
win = MainWindow(Session.open(sys.argv[1]))
win.show()
app.processEvents()
report = {"geometry": win.geometry().getRect(), "notes": win.features["notes"].dock.isVisible(),
          "warnings": win.features["analysis"].warnings.isVisible(),
          "area": win.screen().availableGeometry().getRect()}
if len(sys.argv) > 2:  # the facilitator moves the window and changes the panels, then quits
    win.setGeometry(QRect(*json.loads(sys.argv[2])))
    win.features["notes"].dock.hide()
    win.features["analysis"].open(win.features["analysis"].warnings)
    app.processEvents()
win.close()
print(json.dumps(report))
"""


def _run(tmp_path: Path, session: Path, screens: list[tuple[int, int]], move: tuple[int, ...] | None = None) -> dict:
    x, specs = 0, []
    for n, (w, h) in enumerate(screens):
        specs.append({"name": f"Screen{n}", "x": x, "y": 0, "width": w, "height": h,
                      "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1})
        x += w
    config = tmp_path / f"screens-{len(screens)}-{screens[0][0]}.json"
    config.write_text(json.dumps({"synchronousWindowSystemEvents": True, "screens": specs}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}",
               WORKSHOP_APP_CONFIG_DIR=str(tmp_path / "config"), WORKSHOP_APP_DATA_DIR=str(tmp_path / "data"),
               PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH", "")])))
    args = [sys.executable, "-c", _SCRIPT, str(session)] + ([json.dumps(move)] if move else [])
    proc = subprocess.run(args, env=env, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_place_size_and_panels_come_back_on_the_same_screens(tmp_path: Path, small_session: Path) -> None:
    first = _run(tmp_path, small_session, [(1920, 1080)], move=(40, 50, 1300, 760))
    assert first["notes"] and not first["warnings"]  # the first start: the default panels
    again = _run(tmp_path, small_session, [(1920, 1080)])
    assert again["geometry"] == [40, 50, 1300, 760]
    assert not again["notes"] and again["warnings"]
    other = _run(tmp_path, small_session, [(1920, 1080), (1280, 800)])  # a projector plugged in
    assert other["geometry"] != [40, 50, 1300, 760] and other["notes"]
    saved = settings.from_json(json.loads((tmp_path / "config" / "settings.json").read_text()))
    assert set(saved.layouts) == {"1920x1080", "1280x800+1920x1080"}


def test_a_remembered_place_is_pulled_onto_the_screen(tmp_path: Path, small_session: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WORKSHOP_APP_CONFIG_DIR", str(tmp_path / "config"))
    settings.remember_layout("1280x800", WindowLayout(2500, -900, 3000, 2000))  # a bigger screen's
    shown = _run(tmp_path, small_session, [(1280, 800)])
    area, placed = QRect(*shown["area"]), QRect(*shown["geometry"])
    assert area.contains(placed), shown
    assert placed.width() >= area.width() - 10 and placed.height() >= area.height() - 10  # as big as fits


def test_clamp_moves_first_and_shrinks_only_what_does_not_fit() -> None:
    area = QRect(0, 0, 1000, 700)
    assert clamp(QRect(900, 600, 400, 300), area) == QRect(600, 400, 400, 300)
    assert clamp(QRect(-50, 10, 2000, 300), area) == QRect(0, 10, 1000, 300)
    assert clamp(QRect(10, 10, 100, 100), QRect(-1920, 0, 1920, 1080)) == QRect(-100, 10, 100, 100)
    assert clamp(QRect(10, 10, 100, 100), area) == QRect(10, 10, 100, 100)
