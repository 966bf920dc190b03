"""Beyond the map: arenas, institutional work, orchestration, influence and goals, public value
and decision points, as the facilitator edits and sees them in the console. Each editor
writes its fact as one edit, and Undo takes it back."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QDialog

from beyond_map_session import NETMAP, PILOT_VALUE, build_governance_session
from workshop_app import Session
from workshop_app.analysis.classes import arena_readings
from workshop_app.canvas.towers import TowerItem
from workshop_app.domain import commands as cmds
from workshop_app.ui.dialogs.decision_point import DecisionPointDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def gov(qtbot, tmp_path: Path):
    from workshop_app.ui.main_window import MainWindow

    path = build_governance_session(tmp_path / "harbour.workshop")
    win = MainWindow(Session.open(path))
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.set_phase(win.session.phase("Pilot").id)
    return win


def _feature(win):
    return win.features["beyond_map"]


def _select(win, name: str) -> int:
    aid = win.session.actor(name).id
    win.scene.select(actor_ids=[aid])
    return aid


def _pick(combo, data) -> None:
    combo.setCurrentIndex(combo.findData(data))


def _undo(qtbot, win) -> None:
    win.undo()
    qtbot.wait(100)  # the panels re-read the session after a short pause


# -- institutional work ------------------------------------------------------------------------
def test_a_tick_in_the_institutional_work_grid_is_one_undoable_edit(qtbot, gov) -> None:
    win, feature = gov, _feature(gov)
    _select(win, "City of Harbourtown")
    feature.open(feature.governance)
    grid = feature.governance.actor.work
    cell = grid.cells[("technical", "maintaining")]
    assert not cell.isChecked()
    qtbot.mouseClick(cell, Qt.MouseButton.LeftButton)
    work = win.session.institutional_work("City of Harbourtown", "Pilot")
    assert [(w["kind"], w["aim"]) for w in work] == [("technical", "maintaining")]
    grid.note.setFocus()
    qtbot.keyClicks(grid.note, "data standard kept")
    qtbot.keyClick(grid.note, Qt.Key.Key_Return)
    assert win.session.institutional_work("City of Harbourtown", "Pilot")[0]["note"] == "data standard kept"
    assert win.session.undo_text.startswith("Record technical work")
    _undo(qtbot, win)
    assert win.session.institutional_work("City of Harbourtown", "Pilot")[0]["note"] == ""
    _undo(qtbot, win)
    assert win.session.institutional_work("City of Harbourtown", "Pilot") == []
    assert not cell.isChecked()  # the grid follows the undo
    win.set_phase(win.session.phase("Design").id)  # the bylaw drafted in the design phase shows there
    assert grid.cells[("political", "creating")].isChecked()
    assert grid.note.text() == "air-quality bylaw drafted"


# -- orchestration -----------------------------------------------------------------------------
def test_the_orchestrator_form_and_modes_are_edits_of_their_own(qtbot, gov) -> None:
    win, feature = gov, _feature(gov)
    city = _select(win, "City of Harbourtown")
    feature.open(feature.governance)
    editor = feature.governance.actor.orchestrator
    _pick(editor.form, "collective")
    qtbot.mouseClick(editor.modes["strategist"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.modes["manager"], Qt.MouseButton.LeftButton)
    row = win.session.presence(city, "Pilot")
    assert (row["orchestrator_form"], row["orchestrator_modes"]) == ("collective", ["strategist", "manager"])
    _undo(qtbot, win)
    assert win.session.presence(city, "Pilot")["orchestrator_modes"] == ["strategist"]
    assert editor.modes["strategist"].isChecked() and not editor.modes["manager"].isChecked()
    _undo(qtbot, win)
    _undo(qtbot, win)
    assert win.session.presence(city, "Pilot")["orchestrator_form"] is None
    assert editor.form.currentData() is None
    # An actor who does not take part in the phase cannot orchestrate it.
    win.set_phase(win.session.phase("Design").id)
    _select(win, "SensorCo")
    assert not editor.form.isEnabled() and "present" in editor.note.text()


def test_openness_of_a_data_relation_is_edited_beside_properties(qtbot, gov) -> None:
    win, feature = gov, _feature(gov)
    data = next(r for r in win.session.model.relations if r.kind == "data")
    win.scene.select(relation_ids=[data.id])
    feature.open(feature.governance)
    editor = feature.governance.relation.openness
    assert feature.governance.stack.currentWidget() is feature.governance.relation
    assert editor.isEnabled()
    _pick(editor.openness, "vendor_held")
    _pick(editor.interoperable, "no")
    attrs = win.session.model.relation(data.id).attrs
    assert (attrs["openness"], attrs["interoperable"]) == ("vendor_held", False)
    _undo(qtbot, win)
    assert "interoperable" not in win.session.model.relation(data.id).attrs
    _undo(qtbot, win)
    assert "openness" not in win.session.model.relation(data.id).attrs
    assert editor.openness.currentData() is None
    info = next(r for r in win.session.model.relations if r.kind == "information")
    win.scene.select(relation_ids=[info.id])
    assert not editor.isEnabled()  # openness is asked of data relations (004)


# -- influence and goals ----------------------------------------------------------------------
def test_influence_and_alignment_are_edited_and_shown_in_the_grid(qtbot, gov) -> None:
    win, feature = gov, _feature(gov)
    agency = _select(win, "Regional Agency")
    feature.open(feature.governance)
    feature.open(feature.grid)
    grid = feature.grid.grid
    qtbot.waitUntil(lambda: grid.cell_of(agency) == (None, None), timeout=2000)
    editor = feature.governance.actor.influence
    _pick(editor.influence, "3")
    _pick(editor.alignment, "opposes")
    assert win.session.presence(agency, "Pilot")["influence"] == 3
    assert win.session.presence(agency, "Pilot")["alignment"] == "opposes"
    qtbot.waitUntil(lambda: grid.cell_of(agency) == (3, "opposes"), timeout=2000)
    _undo(qtbot, win)
    qtbot.waitUntil(lambda: grid.cell_of(agency) == (3, None), timeout=2000)
    assert editor.alignment.currentData() is None


def test_the_influence_grid_places_each_actor_in_its_cell_and_selects_on_click(qtbot, gov) -> None:
    win, feature = gov, _feature(gov)
    feature.open(feature.grid)
    grid = feature.grid.grid
    qtbot.waitUntil(lambda: bool(grid.placed), timeout=2000)
    for name, cell in NETMAP.items():
        assert grid.cell_of(win.session.actor(name).id) == cell, name
    assert grid.cell_of(win.session.actor("Regional Agency").id) == (None, None)
    # Cells read as the grid says: higher influence higher up, supporting further right.
    city, uni = (grid.chip_rect(win.session.actor(n).id) for n in ("City of Harbourtown", "Harbour University Lab"))
    assert city.top() < uni.top() and city.left() > uni.left()
    sensor = win.session.actor("SensorCo").id
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, pos=grid.chip_rect(sensor).center().toPoint())
    assert win.scene.selected_actor_ids() == [sensor]
    # Dragging a name to another cell records both answers as one edit.
    residents = win.session.actor("Residents' panel").id
    start = grid.chip_rect(residents).center().toPoint()
    target = grid.cell_rect(2, "supports").center().toPoint()
    qtbot.mousePress(grid, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(grid, pos=start + QPoint(20, -10))
    qtbot.mouseMove(grid, pos=target)
    qtbot.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=target)
    assert win.session.presence(residents, "Pilot")["influence"] == 2
    assert win.session.presence(residents, "Pilot")["alignment"] == "supports"
    assert win.session.undo_text == "Place on the influence grid"
    _undo(qtbot, win)
    qtbot.waitUntil(lambda: grid.cell_of(residents) == (1, "opposes"), timeout=2000)


def _towers(win) -> dict[int, TowerItem]:
    return {i.actor.actor_id: i for i in win.scene.items() if isinstance(i, TowerItem)}


def test_influence_towers_appear_on_request_as_high_as_the_influence(qtbot, gov) -> None:
    win, feature = gov, _feature(gov)
    assert not feature.act_towers.isChecked() and _towers(win) == {}
    feature.act_towers.trigger()
    towers = _towers(win)
    ids = {win.session.actor(n).id: n for n in NETMAP}
    assert set(towers) == set(ids)  # the agency has no influence recorded: no tower
    heights = {ids[a]: t.height_at(1.0) for a, t in towers.items()}
    order = sorted(NETMAP, key=lambda n: NETMAP[n][0])
    assert [heights[n] for n in order] == sorted(heights.values())
    assert len(set(heights.values())) == len(heights)  # every level its own height
    # The tower stands beside its own box, on its bottom line.
    city = win.scene.actor_items[win.session.actor("City of Harbourtown").id]
    tower = towers[city.actor_id].mapRectToScene(towers[city.actor_id].boundingRect())
    assert tower.left() >= city.box().right() and abs(tower.bottom() - city.box().bottom()) < 2
    # Every tower is on screen: the map is framed with them (SensorCo stands at its right edge).
    seen = win.view.viewport().rect()
    for t in towers.values():
        assert seen.contains(win.view.mapFromScene(t.mapRectToScene(t.boundingRect())).boundingRect())
    # It follows an edit and the phase shown.
    win.session.set_influence("Harbour University Lab", "Pilot", 5)
    uni = win.session.actor("Harbour University Lab").id
    assert _towers(win)[uni].height_at(1.0) == heights["City of Harbourtown"]
    win.set_phase(win.session.phase("Design").id)
    assert _towers(win) == {}  # nobody's influence is recorded in the design phase
    win.set_phase(win.session.phase("Pilot").id)
    assert len(_towers(win)) == len(NETMAP)
    feature.act_towers.trigger()
    assert _towers(win) == {}


# -- arenas --------------------------------------------------------------------------------------
def test_the_arena_chart_has_one_series_per_arena_with_its_class_counts(qtbot, gov) -> None:
    win, feature = gov, _feature(gov)
    feature.open(feature.arenas)
    charts = feature.arenas.charts
    qtbot.waitUntil(lambda: len(charts.data) == 2, timeout=2000)
    arenas = {a["name"]: a["id"] for a in win.session.arenas()}
    assert set(charts.overview.series) == set(arenas)  # one line per arena
    assert set(charts.charts) == set(arenas.values())  # and a chart of its own
    model = win.session.model
    expected = {(r.arena_id, r.phase_id): r.counts for p in model.phases for r in arena_readings(model, p.id)}
    shown = {(s.arena_id, p.phase_id): p.counts for s in charts.data for p in s.points}
    assert shown == expected
    steering, team = arenas["Steering committee"], arenas["Project team"]
    design, pilot = win.session.phase("Design").id, win.session.phase("Pilot").id
    assert shown[(steering, design)]["collaboration"] == 2 and shown[(steering, design)]["coordination"] == 1
    assert shown[(team, pilot)]["cooperation"] == 2 and sum(shown[(team, pilot)].values()) == 2
    assert (team, design) not in shown  # no members in the design phase: a gap, not a zero
    pilot_steering = next(p for s in charts.data if s.arena_id == steering for p in s.points if p.phase_id == pilot)
    assert pilot_steering.stated == ("coordination",) and pilot_steering.read_from == "stated"


def test_arenas_are_added_renamed_given_members_and_deleted_one_edit_each(qtbot, gov) -> None:
    win, feature = gov, _feature(gov)
    feature.open(feature.arenas)
    dock = feature.arenas
    qtbot.mouseClick(dock.add_button, Qt.MouseButton.LeftButton)
    new = max(a["id"] for a in win.session.arenas())
    assert dock.current_arena() == new
    row = dock.table.currentRow()
    dock.table.item(row, 0).setText("Operations team")
    assert win.session.arena(new).name == "Operations team"
    dock.table.cellWidget(row, 1).setCurrentIndex(dock.table.cellWidget(row, 1).findData("operations"))
    assert win.session.arena(new).level == "operations"
    item = next(dock.members.item(i) for i in range(dock.members.count())
                if dock.members.item(i).text() == "SensorCo")
    item.setCheckState(Qt.CheckState.Checked)
    assert [a.name for a in win.session.arena_members(new, "Pilot")] == ["SensorCo"]
    qtbot.waitUntil(lambda: dock.table.item(dock.table.currentRow(), 2).text() == "1", timeout=2000)
    qtbot.waitUntil(lambda: new in dock.charts.charts, timeout=2000)  # the chart gains its series
    asked: list[str] = []
    dock.confirm_delete = lambda name, held: asked.append(name) or True
    qtbot.mouseClick(dock.delete_button, Qt.MouseButton.LeftButton)
    assert asked == ["Operations team"] and new not in win.session.model.tables["arenas"]
    for _ in range(2):
        _undo(qtbot, win)
    assert win.session.arena_members(new, "Pilot") == []  # the members, then the delete, undone
    _undo(qtbot, win)
    assert win.session.arena(new).level == "other"
    _undo(qtbot, win)
    _undo(qtbot, win)
    assert new not in win.session.model.tables["arenas"]
    assert dock.table.rowCount() == 2


# -- public value -------------------------------------------------------------------------------
def test_public_value_statements_and_effects_are_edited_in_their_panel(qtbot, gov) -> None:
    win, feature = gov, _feature(gov)
    feature.open(feature.value)
    dock = feature.value
    qtbot.waitUntil(lambda: dock.phase_text.toPlainText() == PILOT_VALUE, timeout=2000)
    dock.phase_text.setFocus()
    dock.phase_text.selectAll()
    qtbot.keyClicks(dock.phase_text, "Readings open to all")
    dock.session_text.setFocus()  # leaving the field commits it
    assert win.session.public_value("Pilot") == "Readings open to all"
    row = dock.row_of(win.session.actor("SensorCo").id)
    dock.table.item(row, 2).setText("Its data opened")
    assert win.session.presence("SensorCo", "Pilot")["value_costs"] == "Its data opened"
    _undo(qtbot, win)
    assert win.session.presence("SensorCo", "Pilot")["value_costs"] == ""
    qtbot.waitUntil(lambda: dock.table.item(dock.row_of(win.session.actor("SensorCo").id), 2).text() == "",
                    timeout=2000)
    _undo(qtbot, win)
    assert win.session.public_value("Pilot") == PILOT_VALUE
    qtbot.waitUntil(lambda: dock.phase_text.toPlainText() == PILOT_VALUE, timeout=2000)


def test_the_public_value_goes_into_the_presentation_heading_on_request(qtbot, gov) -> None:
    win, feature = gov, _feature(gov)
    wall = win.features["projector"].view
    feature.open(feature.value)
    assert wall.heading_note == "" and PILOT_VALUE not in wall._heading_lines()[0]
    feature.value.on_wall.setChecked(True)
    assert wall.heading_note == f"Public value: {PILOT_VALUE}"  # the phase's own statement first
    assert wall._heading_lines()[0].startswith(f"Phase 2 of 3  ·  Public value: {PILOT_VALUE}  ·  ")
    win.set_phase(win.session.phase("Growth").id)  # no statement for the phase: the session's
    qtbot.waitUntil(lambda: wall.heading_note == f"Public value: {win.session.public_value()}", timeout=2000)
    feature.value.on_wall.setChecked(False)
    assert wall.heading_note == ""


# -- decision points ---------------------------------------------------------------------------
def test_decision_points_sit_on_the_timeline_in_their_phase_and_are_edited_there(qtbot, gov, monkeypatch) -> None:
    win = gov
    timeline = win.features["timeline"]
    timeline.act_slider.setChecked(True)
    strip = timeline.slider.decisions
    qtbot.waitUntil(lambda: len(strip.markers) == 3, timeout=2000)
    names = {p.id: p.name for p in win.session.phases}
    assert [(names[m.phase_id], m.text) for m in strip.markers] == [
        ("Design", "Sensor specifications fixed · 2019-03"),
        ("Pilot", "Pilot plan adopted · 2020-06"),
        ("Pilot", "Vendor contract signed · 2020-09")]
    xs = strip.ticks()
    for m in strip.markers:  # within the stretch of its own phase, in their order there
        lo, hi = strip.phase_span([p.id for p in win.session.phases].index(m.phase_id), xs)
        assert lo <= m.x <= hi
    assert strip.markers[1].x < strip.markers[2].x

    def fill(dlg: DecisionPointDialog) -> int:
        dlg.label.setText("Scale-up plan adopted")
        dlg.kind.setCurrentIndex(dlg.kind.findData("plan_adopted"))
        dlg.date.setText("2022")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(DecisionPointDialog, "exec", fill)
    menu = strip.context_menu(strip.phase_span(2, xs)[0] + 5)
    add = next(a for a in menu.actions() if a.text().startswith("Add decision point in Growth"))
    add.trigger()
    assert [(d["phase"], d["label"], d["date"]) for d in win.session.decision_points("Growth")] == [
        ("Growth", "Scale-up plan adopted", "2022")]
    assert [m.text for m in strip.markers][-1] == "Scale-up plan adopted · 2022"
    monkeypatch.setattr(DecisionPointDialog, "exec", lambda dlg: DecisionPointDialog.DELETE)
    first = strip.markers[0]
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=QPointF(first.x, strip.height() / 2).toPoint())
    assert [d["label"] for d in win.session.decision_points("Design")] == []
    assert len(strip.markers) == 3
    _undo(qtbot, win)
    assert [d["label"] for d in win.session.decision_points("Design")] == ["Sensor specifications fixed"]
    assert len(strip.markers) == 4
    _undo(qtbot, win)
    assert win.session.decision_points("Growth") == [] and len(strip.markers) == 3


def test_the_phases_menu_adds_a_decision_point_to_the_phase_shown(qtbot, gov, monkeypatch) -> None:
    win = gov
    timeline = win.features["timeline"]
    timeline.act_slider.setChecked(False)

    def fill(dlg: DecisionPointDialog) -> int:
        assert dlg.phase.currentData() == win.phase_id
        dlg.label.setText("Data-sharing agreement signed")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(DecisionPointDialog, "exec", fill)
    win.acts["add_decision"].trigger()
    assert [d["label"] for d in win.session.decision_points("Pilot")][-1] == "Data-sharing agreement signed"
    assert timeline.slider.isVisible()  # the markers live under the slider, so it shows
    win.execute(cmds.SetMeta(key="title", value="Renamed"))  # another edit leaves them in place
    assert len(timeline.slider.decisions.markers) == 4


def test_the_comparison_names_the_decisions_taken_between_its_phases(qtbot, gov) -> None:
    win = gov
    panels = win.features["analysis"]
    panels.open(panels.diff)
    dock = panels.diff
    design, growth = win.session.phase("Design").id, win.session.phase("Growth").id
    dock.set_phases(design, growth)
    qtbot.waitUntil(lambda: dock.decisions.isVisible(), timeout=2000)
    assert dock.decisions.text() == (
        "Decided on the way: Sensor specifications fixed (2019-03, in Design); "
        "Pilot plan adopted (2020-06, in Pilot); Vendor contract signed (2020-09, in Pilot)")
    dock.set_phases(growth, win.session.phase("Pilot").id)  # either order: the same stretch
    qtbot.waitUntil(lambda: "Sensor" not in dock.decisions.text(), timeout=2000)
    assert dock.decisions.text().startswith("Decided on the way: Pilot plan adopted")


def test_on_the_turin_demo_the_towers_and_the_grid_show_the_recorded_influence_with_its_source(
        qtbot, demo_window) -> None:
    win = demo_window("turin", (1366, 768))
    feature = _feature(win)
    planning = win.session.phases[0]
    win.set_phase(planning.id)
    recorded = {a.id: (r.influence, r.alignment) for a in win.session.model.actors
                if (r := win.session.model.presence(a.id, planning.id)) is not None and r.influence is not None}
    assert recorded  # the case records some influence in the planning phase
    feature.act_towers.trigger()
    assert set(_towers(win)) == set(recorded)
    feature.open(feature.grid)
    qtbot.waitUntil(lambda: all(feature.grid.grid.cell_of(a) == c for a, c in recorded.items()), timeout=3000)
    politicians = win.session.actor("City of Turin - politicians").id
    win.scene.select(actor_ids=[politicians])
    feature.open(feature.governance)
    editor = feature.governance.actor.influence
    assert editor.influence.currentData() == "5"
    assert "Source: inferred by case encoder from 001" in editor.influence.toolTip()  # as recorded


def test_on_the_antwerp_demo_each_arena_has_its_series_and_the_classes_the_paper_states(
        qtbot, demo_window) -> None:
    win = demo_window("antwerp", (1366, 768))
    feature = _feature(win)
    feature.open(feature.arenas)
    charts = feature.arenas.charts
    arenas = {a["name"]: a["id"] for a in win.session.arenas()}
    qtbot.waitUntil(lambda: len(charts.data) == len(arenas), timeout=3000)
    assert len(arenas) == 5 and set(charts.overview.series) == set(arenas)
    assert set(charts.charts) == set(arenas.values())
    points = {(s.name, p.index): p for s in charts.data for p in s.points}
    core = points[("Core partners", 0)]  # 002: "resembled coordination ... and collaboration"
    assert core.stated == ("coordination", "collaboration") and core.read_from == "stated"
    assert core.read_as == "collaboration" and sum(core.counts.values()) == 6
    teams = points[("Project teams", 1)]  # 002: the growth phase's project teams cooperate
    assert (teams.stated, teams.read_as) == (("cooperation",), "cooperation")
    assert ("Project teams", 0) not in points  # no members before the covenant: a gap


def test_the_session_statement_an_actors_gains_and_a_decisions_date_are_one_edit_each(
        qtbot, gov, monkeypatch) -> None:
    win, feature = gov, _feature(gov)
    feature.open(feature.value)
    dock = feature.value
    qtbot.waitUntil(lambda: dock.session_text.toPlainText() != "", timeout=2000)
    before = win.session.public_value()
    dock.session_text.setFocus()
    dock.session_text.selectAll()
    qtbot.keyClicks(dock.session_text, "Air everyone can breathe")
    dock.phase_text.setFocus()
    assert win.session.public_value() == "Air everyone can breathe"
    residents = _select(win, "Residents' panel")
    feature.open(feature.governance)
    gains = feature.governance.actor.gains
    assert gains.text() == "Cleaner air"
    gains.setFocus()
    gains.selectAll()
    qtbot.keyClicks(gains, "Cleaner air and quieter streets")
    qtbot.keyClick(gains, Qt.Key.Key_Return)
    assert win.session.presence(residents, "Pilot")["value_gains"] == "Cleaner air and quieter streets"
    assert win.session.presence(residents, "Pilot")["value_costs"] == "Parking removed"  # untouched
    plan = next(d for d in win.session.decision_points("Pilot") if d["label"] == "Pilot plan adopted")

    def redate(dlg: DecisionPointDialog) -> int:
        dlg.date.setText("2020-07")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(DecisionPointDialog, "exec", redate)
    win.features["timeline"].edit_decision(plan["id"])
    assert win.session.model.tables["decision_points"][plan["id"]].date == "2020-07"
    _undo(qtbot, win)
    assert win.session.model.tables["decision_points"][plan["id"]].date == "2020-06"
    _undo(qtbot, win)
    assert win.session.presence(residents, "Pilot")["value_gains"] == "Cleaner air"
    assert gains.text() == "Cleaner air"
    _undo(qtbot, win)
    assert win.session.public_value() == before
