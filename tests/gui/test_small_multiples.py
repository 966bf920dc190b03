"""All phases side by side: one read-only map per phase that follows edits and picks a phase."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from workshop_app.bundled import demo_path
from workshop_app.domain import commands as cmds

pytestmark = pytest.mark.gui


def _open(window):
    window.features["timeline"].act_side.trigger()
    side = window.features["timeline"].side_by_side
    assert side.isVisible()
    return side.multiples


def test_one_panel_per_phase_with_that_phases_actors(window) -> None:
    multiples = _open(window)
    design, pilot = window.session.phases
    assert [p.phase_id for p in multiples.panels] == [design.id, pilot.id]
    assert multiples.panel_for(design.id).counts() == (3, 1)
    assert multiples.panel_for(pilot.id).counts() == (2, 0)
    assert "2 actors · 0 relations" in multiples.panel_for(pilot.id).title.text()
    # Panels are pictures, not editors: nothing can be selected or dragged there.
    assert not multiples.panel_for(design.id).view.isInteractive()


def test_clicking_a_panel_shows_that_phase_on_the_main_canvas(qtbot, window) -> None:
    multiples = _open(window)
    pilot = window.session.phases[1]
    view = multiples.panel_for(pilot.id).view
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.viewport().rect().center())
    assert window.phase_id == pilot.id
    assert window.features["timeline"].slider.slider.value() == 1


def test_panels_follow_edits_and_new_phases(window) -> None:
    multiples = _open(window)
    design, pilot = window.session.phases
    uni = next(a for a in window.session.actors if a.name == "Test University")
    window.execute(cmds.SetPresence(actor_id=uni.id, phase_id=pilot.id, present=True))
    assert multiples.panel_for(pilot.id).counts() == (3, 1)
    window.execute(cmds.AddPhase(phase_name="Scaling", key="scaling"))
    assert len(multiples.panels) == 3
    window.undo()
    assert len(multiples.panels) == 2


def test_every_panel_shows_the_same_region_so_actors_line_up(qtbot, window, tmp_path: Path) -> None:
    path = tmp_path / "antwerp.workshop"
    shutil.copy(demo_path("antwerp"), path)
    assert window.open_path(path)
    multiples = _open(window)
    assert len(multiples.panels) == len(window.session.phases) == 3
    actor = next(a for a in window.session.actors if len([p for p in window.session.phases
                                                         if window.session.model.is_present(a.id, p.id)]) == 3)
    spots = []
    for panel in multiples.panels:
        item = panel.scene.actor_items[actor.id]
        assert item.isVisible()
        at = panel.view.mapFromScene(item.pos())
        spots.append((at.x(), at.y()))
    xs, ys = [x for x, _ in spots], [y for _, y in spots]
    assert max(xs) - min(xs) <= 2 and max(ys) - min(ys) <= 2


def test_closing_the_window_stops_following_the_session(window) -> None:
    multiples = _open(window)
    side = window.features["timeline"].side_by_side
    side.close()
    assert multiples.panels == [] and multiples.session is None
    window.execute(cmds.AddPhase(phase_name="Scaling", key="scaling"))
    assert multiples.panels == []
