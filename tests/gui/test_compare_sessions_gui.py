"""File > Compare with another session: the dock lists the differences under the phase
comparison's headings, marks this session's side on the map, follows the canvas's phase, and
charts both workshops' metrics; the Metrics panel shows the room's agreement."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from workshop_app import Session
from workshop_app.bundled import demo_path

pytestmark = pytest.mark.gui
MAYOR = "Mayor of Darmstadt"


def _scored(dest: Path, votes: list[tuple[int, int, int]], rename: dict[str, str] | None = None) -> Path:
    shutil.copyfile(demo_path("darmstadt"), dest)
    with Session.open(dest) as s:
        voters = [s.add_participant(f"Voter {i + 1}") for i in range(len(votes))]
        for phase in s.phases:
            for rel in s.model.active_relations(phase.id):
                for who, (t, c, i) in zip(voters, votes):
                    s.score(rel, phase, trust=t, commitment=c, interdependence=i, participant=who)
        for old, new in (rename or {}).items():
            s.update_actor(old, name=new)
    return dest


@pytest.fixture
def compared(qtbot, tmp_path: Path):
    from workshop_app.ui.main_window import MainWindow

    a = _scored(tmp_path / "darmstadt-2019.workshop", [(4, 4, 4), (5, 4, 4)])
    b = _scored(tmp_path / "darmstadt-2021.workshop", [(2, 4, 4), (1, 4, 5)],
                {MAYOR: "Oberbürgermeister"})
    win = MainWindow(Session.open(a))
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.set_phase(win.session.phases[1].id)
    feature = win.features["compare_sessions"]
    assert feature.compare(b)
    return win, feature.dock


def test_the_file_menu_offers_the_comparison(compared) -> None:
    win, _ = compared
    texts = [a.text() for a in win.menus["file"].actions()]
    assert "Compare with another &session…" in texts


def test_dock_lists_differences_and_marks_this_side(compared) -> None:
    win, dock = compared
    assert dock.isVisible()
    headings = [dock.list.item(i).text() for i in range(dock.list.count())
                if dock.list.item(i).data(Qt.ItemDataRole.UserRole) is None]
    assert headings[0] == "Actors only in darmstadt-2019 (1)"
    assert "Actors only in darmstadt-2021 (1)" in headings
    assert any(h.startswith("Scores at another level (") for h in headings)
    assert dock.lines()[0] == f"{MAYOR}: takes part in darmstadt-2019; darmstadt-2021 has no such actor"
    mayor = next(a.id for a in win.session.actors if a.name == MAYOR)
    marks = win.features["analysis"].marks
    assert marks.owner == "compare_sessions"
    assert marks.actor_marks[mayor] == "entered"
    assert set(marks.relation_marks.values()) == {"appeared", "score_changed"}
    assert "11" in dock.match_label.text()


def test_dock_follows_the_phase_on_the_canvas(qtbot, compared) -> None:
    win, dock = compared
    win.set_phase(win.session.phases[0].id)
    qtbot.waitUntil(lambda: dock.found is not None and dock.found.phase_a == win.session.phases[0].id)
    assert dock.b_box.currentText().startswith("1. ")  # the other's design phase
    dock.close()
    assert win.features["analysis"].marks.owner == ""


def test_chart_of_both_workshops_draws_one_line_each(qtbot, compared) -> None:
    _, dock = compared
    dialog = dock.show_chart()
    qtbot.waitExposed(dialog)
    chart = dialog.findChild(object, "WorkshopsChart")
    assert chart.series_names("trust") == ["darmstadt-2019", "darmstadt-2021"]
    assert "Digitalstadt GmbH" in chart.caption.text()
    dialog.close()


def test_metrics_panel_shows_agreement(qtbot, compared) -> None:
    win, _ = compared
    panels = win.features["analysis"]
    panels.open(panels.metrics)
    qtbot.waitUntil(lambda: bool(panels.metrics.agreement.text()))
    text = panels.metrics.agreement.text()
    # two voters, trust 4 and 5 on every relation: no pair agrees exactly, alpha below 0
    assert "Agreement</b> in Digitalstadt GmbH" in text
    assert "commitment <i>undefined</i> (no variation" in text
    assert "Whole session:" in text and "0.00" not in text
