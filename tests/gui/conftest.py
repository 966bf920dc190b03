"""GUI fixtures: a real console window on a small session, rendered offscreen."""

from __future__ import annotations

import os
from pathlib import Path
import shutil
from typing import Callable, Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from workshop_app import Session  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WORKSHOP_APP_CONFIG_DIR", str(tmp_path / "config"))


@pytest.fixture
def small_session(tmp_path: Path) -> Path:
    """Two phases, three actors, one relation: enough to see presence and scoring."""
    path = tmp_path / "small.workshop"
    s = Session.create(path, title="Small test workshop", default_phases=False)
    with s.bulk("build"):
        s.add_phase("Design", "design")
        s.add_phase("Pilot", "piloting")
        city = s.add_actor("City of Testville", "government", "city", x=-200, y=0, present_in=["Design", "Pilot"])
        uni = s.add_actor("Test University", "academia", "regional", x=200, y=0, present_in=["Design"])
        s.add_actor("Residents' forum", "citizens", "neighbourhood", x=0, y=200, present_in=["Design", "Pilot"])
        s.add_relation(city, uni, "information")
    s.close()
    return path


@pytest.fixture
def window(qtbot, small_session: Path) -> Iterator[object]:
    from workshop_app.ui.main_window import MainWindow

    session = Session.open(small_session)
    win = MainWindow(session)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(win.isActiveWindow)
    yield win


@pytest.fixture
def demo_window(qtbot, tmp_path: Path) -> Callable[..., object]:
    """Open a console window on a fresh copy of a bundled demo (the shipped file stays as is)."""
    from workshop_app import bundled
    from workshop_app.ui.main_window import MainWindow

    def open_demo(name: str, size: tuple[int, int] = (1400, 900)) -> object:
        path = tmp_path / f"{name}.workshop"
        shutil.copy(bundled.demo_path(name), path)
        win = MainWindow(Session.open(path))
        qtbot.addWidget(win)
        win.resize(*size)
        win.show()
        qtbot.waitExposed(win)
        return win

    return open_demo


@pytest.fixture
def room(window):
    """The small session plus two participants and a second relation in the design phase."""
    s = window.session
    s.add_participant("Ana", "City of Testville")
    s.add_participant("Ben", "Test University")
    s.add_relation("City of Testville", "Residents' forum", "consultation")
    return window
