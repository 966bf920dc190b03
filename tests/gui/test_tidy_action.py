"""Actors ▸ Arrange ▸ Tidy overlaps: boxes that landed on each other (an import, a drag, a
longer name) are moved apart as one undo step, pinned actors stay put, and a tidy map is
left alone with a word in the status bar."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMenu

from workshop_app import Session
from workshop_app.analysis.layout import overlaps
from workshop_app.canvas.textcache import model_sizes

pytestmark = pytest.mark.gui


def _crowded(path: Path) -> Path:
    s = Session.create(path, title="Crowded", default_phases=False)
    with s.bulk("build"):
        s.add_phase("Design", "design")
        s.add_actor("City of Testville", "government", "city", x=0, y=0, present_in=["Design"])
        s.add_actor("Testville Energy Cooperative", "private", "city", x=30, y=10, present_in=["Design"])
        s.add_actor("Residents of the Harbour", "citizens", "neighbourhood", x=-20, y=15, present_in=["Design"])
        agency = s.add_actor("Regional Development Agency", "government", "regional", x=10, y=-12,
                             present_in=["Design"])
        s.add_actor("Far away", "academia", "national", x=900, y=500, present_in=["Design"])
    s.update_actor(agency, pinned=True)
    s.close()
    return path


def _menu_texts(menu: QMenu) -> list[str]:
    return [a.text() for a in menu.actions()]


def test_tidy_overlaps_is_in_the_arrange_menu_and_parts_the_boxes(qtbot, tmp_path: Path) -> None:
    from workshop_app.ui.main_window import MainWindow

    win = MainWindow(Session.open(_crowded(tmp_path / "crowded.workshop")))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    arrange_menu = next(a.menu() for a in win.menus["actors"].actions()
                        if a.menu() is not None and a.text() == "Arrange")
    act = next(a for a in arrange_menu.actions() if a.text() == "Tidy overlaps")
    model = win.session.model
    pinned = next(a for a in model.actors if a.pinned)
    far = next(a for a in model.actors if a.name == "Far away")
    assert overlaps(model, sizes=model_sizes(model))  # the boxes sit on each other
    act.trigger()
    model = win.session.model
    assert overlaps(model, sizes=model_sizes(model)) == []  # at the wall's box size too
    assert (model.actor(pinned.id).x, model.actor(pinned.id).y) == (10.0, -12.0)
    assert (model.actor(far.id).x, model.actor(far.id).y) == (900.0, 500.0)  # nothing to move it for
    assert win.session.undo_text == "Tidy overlaps: 3 actors moved"
    win.undo()  # one step takes it all back
    assert overlaps(win.session.model, sizes=model_sizes(win.session.model))
    win.redo()
    act.trigger()  # already tidy: nothing changes, and the status bar says so
    assert win.session.undo_text == "Tidy overlaps: 3 actors moved"
    assert "nothing to tidy" in win.statusBar().currentMessage()
