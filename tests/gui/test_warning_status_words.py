"""The status bar's warning count says where the warnings are in plain words: a phase with
none of its own reads "No warnings here · 2 in other phases", not "0 here, 2 in all"."""

from __future__ import annotations

from pathlib import Path

import pytest

from workshop_app import Session

pytestmark = pytest.mark.gui


def _window(qtbot, path: Path, alone: dict[str, str]):
    """A console on a session whose only warnings are about actors ``alone`` (name ->
    phase), shown on its last phase, where nobody is."""
    from workshop_app.ui.main_window import MainWindow

    s = Session.create(path, title="Warnings elsewhere", default_phases=False)
    with s.bulk("build"):
        for name, kind in (("Design", "design"), ("Pilot", "piloting"), ("Scaling", "scaling")):
            s.add_phase(name, kind)
        for i, (name, phase) in enumerate(alone.items()):
            s.add_actor(name, "government", "city", x=200 * i, y=0, present_in=[phase])
    s.close()
    win = MainWindow(Session.open(path))
    qtbot.addWidget(win)
    win.show()
    win.set_phase(win.session.phases[-1].id)
    panels = win.features["analysis"]
    panels.refresh()
    qtbot.waitUntil(lambda: panels.warnings.ready, timeout=3000)
    return win, panels


def test_a_phase_without_warnings_says_so_and_counts_the_others(qtbot, tmp_path: Path) -> None:
    win, panels = _window(qtbot, tmp_path / "two.workshop", {"City": "Design", "Port authority": "Pilot"})
    pid = win.phase_id
    assert not [w for w in panels.warnings.warnings if pid in (w.phase_id, w.next_phase_id)]
    n = len(panels.warnings.warnings)
    assert n > 1
    assert panels.status_button.text() == f"No warnings here · {n} in other phases"


def test_one_warning_elsewhere_is_in_another_phase(qtbot, tmp_path: Path) -> None:
    win, panels = _window(qtbot, tmp_path / "one.workshop", {"City": "Design"})
    assert len(panels.warnings.warnings) == 1
    assert panels.status_button.text() == "No warnings here · 1 in another phase"
    win.set_phase(win.session.phases[0].id)
    assert panels.status_button.text() == "▲ Warnings: 1 here"


def test_warnings_here_and_elsewhere_are_counted_apart(qtbot, tmp_path: Path) -> None:
    win, panels = _window(qtbot, tmp_path / "both.workshop", {"City": "Design", "Port authority": "Pilot"})
    design, pilot = win.session.phases[0], win.session.phases[1]
    win.set_phase(pilot.id)
    here = [w for w in panels.warnings.warnings if pilot.id in (w.phase_id, w.next_phase_id)]
    others = len(panels.warnings.warnings) - len(here)
    assert len(here) == 1 and others == 1
    assert panels.status_button.text() == "▲ Warnings: 1 here · 1 in another phase"
    win.set_phase(design.id)
    assert panels.status_button.text() == "▲ Warnings: 2 here"  # none elsewhere: nothing more said
