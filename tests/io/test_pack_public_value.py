"""The snapshot pack's words for public value and decision points: the title page states the
session's and each phase's intended public value, a phase page what that phase is meant to
deliver and who gains or bears costs, with its decisions; a comparison names the decisions
taken on the way. (Qt-free: the pack pours these documents into pages.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from workshop_app import Session
from workshop_app.analysis.diff import diff_phases
from workshop_app.io import pack_text


@pytest.fixture
def valued(tmp_path: Path) -> Session:
    s = Session.create(tmp_path / "value.workshop", title="Harbour air", default_phases=False)
    for name, key in (("Design", "design"), ("Pilot", "piloting"), ("Growth", "scaling")):
        s.add_phase(name, key)
    s.add_actor("City <Harbour>", "government", "city", present_in=["Design", "Pilot", "Growth"])
    s.add_actor("Residents' panel", "citizens", "neighbourhood", present_in=["Pilot"])
    s.set_public_value("Cleaner air & open readings")
    s.set_public_value("Sensor readings every resident can see", phase="Pilot")
    s.set_value_effects("Residents' panel", "Pilot", gains="Cleaner air", costs="Parking removed")
    s.add_decision_point("Design", "Sensor specifications fixed", "specifications_fixed", date="2019-03")
    s.add_decision_point("Pilot", "Pilot plan adopted", "plan_adopted", date="2020-06")
    yield s
    s.close()


def test_the_title_page_states_the_public_value_of_the_session_and_each_phase(valued: Session) -> None:
    html = pack_text.title_html(valued.model, title="Harbour air", day="1 May", pseudonymised=False)
    assert "<h2>Public value</h2>" in html
    assert "Cleaner air &amp; open readings" in html  # escaped, as typed
    assert "<b>Pilot</b>: Sensor readings every resident can see" in html
    assert "<b>Design</b>:" not in html  # a phase with no statement is not listed


def test_a_phase_page_says_what_it_should_deliver_and_who_gains_or_bears_costs(valued: Session) -> None:
    model = valued.model
    pilot = pack_text.phase_html(model, valued.phase("Pilot"), pseudonymised=False)
    assert "<h3>Public value</h3><p>Sensor readings every resident can see</p>" in pilot
    assert "<b>Residents&#x27; panel</b>" in pilot
    assert "gains: Cleaner air · bears costs: Parking removed" in pilot
    assert "Pilot plan adopted" in pilot and "Plan adopted, 2020-06" in pilot
    growth = pack_text.phase_html(model, valued.phase("Growth"), pseudonymised=False)
    assert "Public value" not in growth and "Decisions in this phase" not in growth


def test_a_comparison_names_the_decisions_taken_on_the_way(valued: Session) -> None:
    model = valued.model
    design, pilot, growth = (valued.phase(n) for n in ("Design", "Pilot", "Growth"))
    html = pack_text.diff_html(model, diff_phases(model, design.id, growth.id), design, growth)
    assert "Decisions on the way" in html
    assert html.index("Sensor specifications fixed (2019-03, in Design)") < html.index(
        "Pilot plan adopted (2020-06, in Pilot)")
    html = pack_text.diff_html(model, diff_phases(model, pilot.id, growth.id), pilot, growth)
    assert "Sensor specifications fixed" not in html and "Pilot plan adopted" in html


def test_nothing_is_said_where_nothing_is_recorded(tmp_path: Path) -> None:
    s = Session.create(tmp_path / "plain.workshop", title="Plain")
    try:
        assert "Public value" not in pack_text.title_html(s.model, title="Plain", day="1 May",
                                                           pseudonymised=False)
        assert "Decisions" not in pack_text.phase_html(s.model, s.phases[0], pseudonymised=False)
    finally:
        s.close()
