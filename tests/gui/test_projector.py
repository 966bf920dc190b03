"""The projector window: the console's own scene on the wall, full screen on the chosen
screen, following edits, phases and rounds, and going away with Esc or F5."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor

from workshop_app import settings
from workshop_app.session.room import JoinInfo
from workshop_app.ui.projector import pick_screen

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[2]


def _on_screen(projector, item) -> bool:
    box = projector.view.mapFromScene(item.sceneBoundingRect()).boundingRect()
    return projector.view.viewport().rect().contains(box)


def test_f5_shows_the_same_scene_full_screen_and_esc_or_f5_closes_it(qtbot, window) -> None:
    win = window
    projector = win.features["projector"]
    qtbot.keyClick(win, Qt.Key.Key_F5)
    qtbot.waitUntil(projector.view.isVisible)
    assert projector.view.scene() is win.scene  # the very same scene, not a copy
    assert projector.view.isFullScreen() and projector.act_present.isChecked()
    assert not projector.view.isInteractive()  # the wall shows; nobody drags actors on it
    qtbot.keyClick(projector.view, Qt.Key.Key_Escape)
    assert not projector.view.isVisible() and not projector.act_present.isChecked()
    qtbot.keyClick(win, Qt.Key.Key_F5)
    qtbot.waitUntil(projector.view.isVisible)
    qtbot.keyClick(projector.view, Qt.Key.Key_F5)  # the console's shortcuts work on the wall too
    assert not projector.view.isVisible()


def test_wall_follows_edits_phase_switches_and_a_new_session(qtbot, window, tmp_path) -> None:
    win = window
    projector = win.features["projector"]
    projector.show()
    qtbot.waitUntil(projector.view.isVisible)
    aid = win.session.add_actor("Late arrival", "civil_society", x=900, y=700, present_in=["Design"]).id
    item = win.scene.actor_items[aid]
    assert item.scene() is projector.view.scene()
    win.step_phase(1)  # Pilot: only two actors; the wall fits them to the screen at once
    for a in win.session.present_actors(win.phase_id):
        assert _on_screen(projector, win.scene.actor_items[a.id])
    other = tmp_path / "other.workshop"
    from workshop_app import Session

    Session.create(other, title="Another workshop").close()
    assert win.open_path(other)
    assert projector.view.scene() is win.scene and projector.view.isVisible()
    assert projector.view.subtitle == "Another workshop"
    win.close()  # the wall goes dark with the console
    assert not projector.view.isVisible()


def test_white_background_prompt_and_round_question(qtbot, window) -> None:
    win = window
    projector = win.features["projector"]
    projector.show()
    qtbot.waitUntil(projector.view.isVisible)
    view = projector.view
    assert view.side_width() == 0  # nothing to ask: the map has the whole screen
    image = view.viewport().grab().toImage()
    corner = image.pixelColor(image.width() - 5, image.height() - 5)
    assert corner == QColor("#FFFFFF")
    win.room.set_prompt("Who is missing from this room?")  # a prompt pinned in the Prompts panel
    assert view.side_width() > 0
    win.session.add_participant("Ana")
    rounds = win.features["rounds"]
    rounds.start("all", [win.session.participant("Ana").id])
    info = projector.round_info()
    assert info is not None and info["question"] == "How much do City of Testville and Test University trust each other?"
    assert info["summary"] == "0 of 1 have scored this relation"
    for key in "345":
        qtbot.keyClick(view, key)  # the facilitator may type on the wall as well
    assert projector.round_info()["summary"] == "1 of 1 have scored this relation"
    rounds.end(confirm=False)
    assert projector.round_info() is None


def test_the_wall_draws_names_at_its_own_size_and_the_console_keeps_its_own(qtbot, window) -> None:
    """Two views of one scene, each with its own label size: on a sparse map the wall's names
    grow up to the chosen presentation size, never into an overlap, and the laptop's stay."""
    win = window
    projector = win.features["projector"]
    console = win.view.label_scale
    projector.set_label_scale(2.0)
    projector.show()
    qtbot.waitUntil(projector.view.isVisible)
    view = projector.view
    assert win.view.label_scale == console == win.scene.font_scale
    assert console < view.label_scale <= 2.0
    shown = [i for i in win.scene.actor_items.values() if i.isVisible()]
    boxes = [i.box_at(view.label_scale) for i in shown]
    assert not any(a.intersects(b) for n, a in enumerate(boxes) for b in boxes[n + 1:])
    assert boxes[0].width() > shown[0].box().width()  # the wall's boxes are the larger ones
    projector.set_label_scale(1.0)
    assert view.label_scale == 1.0
    projector.hide()
    assert win.view.label_scale == console


def test_screen_choice_is_remembered_in_settings(window) -> None:
    projector = window.features["projector"]
    projector.fill_screen_menu()
    actions = projector.screen_menu.actions()
    assert len(actions) >= 1 and sum(a.isChecked() for a in actions) == 1
    actions[0].trigger()
    assert settings.current().projector_screen == actions[0].data()
    assert projector.target_screen() is projector.screens()[0]


@pytest.mark.parametrize(
    ("names", "saved", "console", "expected"),
    [
        (["Laptop", "HDMI-1"], "HDMI-1", "HDMI-1", 1),  # remembered, even on the console's screen
        (["Laptop", "HDMI-1"], "DP-2", "Laptop", 1),  # remembered one gone: not the laptop
        (["Laptop"], "HDMI-1", "Laptop", 0),  # only one screen: that one
        ([], "HDMI-1", None, None),
    ],
)
def test_pick_screen(names, saved, console, expected) -> None:
    assert pick_screen(names, saved, console) == expected


_SCRIPT = r"""
import json, sys
from workshop_app import Session, settings
from workshop_app.app import application
from workshop_app.ui.main_window import MainWindow
app = application()
report = []
for choice in sys.argv[2:] or [""]:  # one console window after another, like restarts
    session = Session.open(sys.argv[1])
    win = MainWindow(session)
    win.show()
    app.processEvents()
    projector = win.features["projector"]
    if choice.startswith("!"):  # a remembered screen that is no longer plugged in
        settings.store().set(projector_screen=choice[1:])
    elif choice:
        projector.choose_screen(choice)
    projector.show()
    app.processEvents()
    report.append({"on": projector.view.screen().name(), "console": win.screen().name(),
                   "full": projector.view.isFullScreen(),
                   "size": [projector.view.width(), projector.view.height()]})
    projector.hide()
    win.close()
    session.close()
print(json.dumps(report))
"""


def _run_with_screens(tmp_path: Path, session: Path, screens: list[tuple[str, int, int]], *choices: str) -> list[dict]:
    x, specs = 0, []
    for name, w, h in screens:
        specs.append({"name": name, "x": x, "y": 0, "width": w, "height": h,
                      "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1})
        x += w
    config = tmp_path / f"screens{len(screens)}.json"
    config.write_text(json.dumps({"synchronousWindowSystemEvents": True, "screens": specs}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}",
               WORKSHOP_APP_CONFIG_DIR=str(tmp_path / "config"), WORKSHOP_APP_DATA_DIR=str(tmp_path / "data"),
               PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH", "")])))
    proc = subprocess.run([sys.executable, "-c", _SCRIPT, str(session), *choices], env=env,
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_presentation_goes_to_the_chosen_screen_and_falls_back_when_it_is_gone(tmp_path, small_session) -> None:
    screens = [("Laptop", 1440, 900), ("Wall", 1920, 1080), ("Beamer", 1280, 800)]
    first, again, gone = _run_with_screens(tmp_path, small_session, screens, "Wall", "", "!HDMI-9")
    assert first["on"] == "Wall" and first["full"] and first["size"] == [1920, 1080]
    assert again["on"] == "Wall"  # remembered for the next window (settings file)
    assert gone["on"] != gone["console"] and gone["full"]  # that screen is gone: not the console's


def test_outlines_are_drawn_around_present_actors_only(qtbot, window) -> None:
    win = window
    projector = win.features["projector"]
    projector.show()
    qtbot.waitUntil(projector.view.isVisible)
    view = projector.view
    image = view.viewport().grab().toImage()
    city = next(i for i in win.scene.actor_items.values() if i.view.name == "City of Testville")
    box = city.box_at(view.label_scale)  # the wall draws its boxes at its own label size
    edge = view.mapFromScene(QPointF(box.left(), box.center().y()))
    dark = [image.pixelColor(edge.x() + dx, edge.y()).lightness() for dx in range(-2, 3)]
    assert min(dark) < 60  # a thick dark outline on the box edge, visible from the back of the room


def test_phone_join_details_open_the_side_column_and_go_with_the_round(qtbot, window) -> None:
    win = window
    projector = win.features["projector"]
    projector.show()
    qtbot.waitUntil(projector.view.isVisible)
    assert projector.view.side_width() == 0
    win.room.set_join(JoinInfo("http://192.168.1.20:8765", "K7P2Q", "http://192.168.1.20:8765/?code=K7P2Q"))
    assert projector.view.side_width() > 0 and projector.join[:2] == ("http://192.168.1.20:8765", "K7P2Q")
    assert not projector.join[2].isNull()  # the QR code of the page, drawn on the laptop
    projector.view.viewport().grab()
    win.room.set_join(None)  # the phones closed
    assert projector.join is None and projector.view.side_width() == 0
