"""Metrics charts: one point per phase, the current phase marked, a click switches phase.
Actor story: one column per phase that says what the model says about the actor."""

from __future__ import annotations


import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter

from workshop_app.domain.vocabulary import role_label

pytestmark = pytest.mark.gui


@pytest.fixture
def darmstadt(demo_window):
    return demo_window("darmstadt", (1500, 1000))


def _axis_labels(axis) -> list[str]:  # type: ignore[no-untyped-def]
    """The tick labels the axis draws, as it draws them."""
    image = QImage(400, 100, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        _axis, _ticks, texts = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return [text for _rect, _flags, text in texts]


def _open_metrics(qtbot, win):
    panels = win.features["analysis"]
    qtbot.keyClick(win, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(panels.metrics.isVisible)
    return panels.metrics.charts


def test_metrics_charts_have_one_point_per_phase_and_mark_the_current_one(qtbot, darmstadt) -> None:
    win = darmstadt
    win.set_phase(win.session.phases[1].id)
    charts = _open_metrics(qtbot, win)
    n = len(win.session.phases)
    kinds = charts.charts["relations_by_kind"]
    decision = kinds.series["Decision"]
    assert list(decision.xData) == list(range(n))
    assert list(decision.yData) == [4, 6, 0]  # decision relations in the three Darmstadt phases
    shape = charts.charts["shape"].series
    assert len(shape["Density"].xData) == n and len(shape["Degree centralisation"].xData) == n
    types = charts.charts["actors_by_type"].series
    assert list(types["Government"].opts["height"]) == [3, 4, 1]
    for chart in charts.charts.values():
        assert chart.cursor.isVisible() and chart.cursor.value() == 1
    assert _axis_labels(charts.charts["actors_by_type"].plot.getAxis("bottom")) == ["1", "2", "3"]
    assert "Continuation (2020 onwards)" in charts.caption.text()


def test_clicking_a_phase_column_switches_the_canvas(qtbot, darmstadt) -> None:
    win = darmstadt
    charts = _open_metrics(qtbot, win)
    chart = charts.charts["components"]
    last = win.session.phases[2]
    pos = chart.view_point(2, 1)
    qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=pos)
    assert win.phase_id == last.id
    qtbot.waitUntil(lambda: chart.cursor.value() == 2, timeout=2000)
    far = chart.view_point(0.5, 1)  # between two columns: not a phase
    qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=far)
    assert win.phase_id == last.id


def test_metrics_recompute_after_an_edit(qtbot, darmstadt) -> None:
    win = darmstadt
    charts = _open_metrics(qtbot, win)
    first = win.session.phases[0]
    win.session.add_actor("Citizens' panel", "citizens", "neighbourhood", present_in=[first.id])
    qtbot.waitUntil(lambda: "Citizens" in charts.charts["actors_by_type"].series, timeout=2000)
    assert list(charts.charts["actors_by_type"].series["Citizens"].opts["height"]) == [1, 0, 0]


def test_actor_story_columns_match_the_model(qtbot, darmstadt) -> None:
    win = darmstadt
    panels = win.features["analysis"]
    qtbot.keyClick(win, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    story = panels.story
    qtbot.waitUntil(story.isVisible)
    assert story.empty.isVisible()
    model = win.session.model
    mayor = next(a for a in win.session.actors if a.name == "Mayor of Darmstadt")
    win.scene.select(actor_ids=[mayor.id])
    assert story.actor_id == mayor.id and "Mayor of Darmstadt" in story.heading.text()
    phases = win.session.phases
    assert story.table.columnCount() == len(phases) + 1
    for j, phase in enumerate(phases):
        state = model.presence_state(mayor.id, phase.id)
        presence = model.presence(mayor.id, phase.id) if state == "present" else None
        assert story.cell_text("Presence", j) == {"present": "✓ present", "absent": "– absent",
                                                  "not_described": "? not described"}[state]
        if presence is not None and presence.roles:
            assert story.cell_text("Roles", j) == ", ".join(role_label(r) for r in presence.roles)
        count = len([r for r in model.active_relations(phase.id) if mayor.id in (r.source, r.target)])
        assert story.cell_text("Relations", j).startswith(str(count) if presence else "–")
    spark = story.sparklines["relations"]
    assert spark.values[2] is None  # absent in the last phase: a gap, not a zero


def test_story_scores_are_medians_of_the_actors_relations(qtbot, darmstadt) -> None:
    win = darmstadt
    panels = win.features["analysis"]
    panels.open(panels.story)
    city = next(a for a in win.session.actors if a.name.startswith("City of Darmstadt"))
    pilot = win.session.phases[1]
    rels = [r for r in win.session.active_relations(pilot) if city.id in (r.source, r.target)]
    for r, t in zip(rels, (2, 4, 5)):
        win.session.score(r, pilot, trust=t)
    win.scene.select(actor_ids=[city.id])
    qtbot.waitUntil(lambda: story_trust(panels) != "", timeout=2000)
    assert story_trust(panels).startswith("4 high")
    assert panels.story.sparklines["trust"].values[1] == 4
    headers = panels.story.table.horizontalHeaderItem
    assert headers(0).text().startswith("▶") and not headers(1).text().startswith("▶")
    win.set_phase(pilot.id)  # the story marks the phase on the canvas
    qtbot.waitUntil(lambda: headers(1).text().startswith("▶"), timeout=2000)
    assert not headers(0).text().startswith("▶")


def story_trust(panels) -> str:
    return panels.story.cell_text("Trust", 1)
