"""The analysis panels on a phase switch and after an edit: the warning count in the status
bar follows the phase at once and follows an edit; long lists show their first lines with a
way to see more. (How much work a switch costs is measured by the benchmarks.)"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from workshop_app.ui.docks import diff_dock, warnings_dock

pytestmark = pytest.mark.gui


def _here(here: list) -> str:
    """How the status bar counts the warnings of the phase shown."""
    return f"{len(here)} here" if here else "No warnings here"


def test_the_warning_count_follows_each_phase_and_each_edit(qtbot, demo_window) -> None:
    win = demo_window("iskandar")
    panels = win.features["analysis"]
    qtbot.waitUntil(lambda: panels.warnings.ready, timeout=3000)  # worked out after the first paint
    phases = win.session.phases
    for phase in (phases[1], phases[2], phases[0]):
        win.set_phase(phase.id)
        here = [w for w in panels.warnings.warnings if phase.id in (w.phase_id, w.next_phase_id)]
        assert _here(here) in panels.status_button.text()  # at once, not after the pause
    before = panels.status_button.text()
    lone = win.session.add_actor("Residents' panel", "citizens", "neighbourhood",
                                 present_in=[phases[0].id])
    qtbot.waitUntil(lambda: any(lone.id in w.actor_ids for w in panels.warnings.warnings),
                    timeout=3000)  # an actor with no relation is warned about
    here = [w for w in panels.warnings.warnings if phases[0].id in (w.phase_id, w.next_phase_id)]
    assert _here(here) in panels.status_button.text() != before


def test_warnings_show_the_first_cards_and_more_on_request(qtbot, demo_window, monkeypatch) -> None:
    monkeypatch.setattr(warnings_dock, "CARDS_AT_ONCE", 3)
    win = demo_window("turin")
    panels = win.features["analysis"]
    dock = panels.warnings
    panels.open(dock)
    dock.set_all_phases(True)
    total = len(dock.warnings)
    assert total > 6
    assert len(dock.warning_cards()) == 3
    assert dock.more_button.isVisible() and dock.more_button.text().startswith(f"{total - 3} more")
    qtbot.mouseClick(dock.more_button, Qt.MouseButton.LeftButton)
    assert [c.warning for c in dock.warning_cards()] == dock.warnings[:6]
    assert dock.windowTitle() == f"Warnings ({total})"  # the count is of all, not of the cards


def test_long_comparisons_list_the_first_lines_of_each_group(qtbot, demo_window, monkeypatch) -> None:
    monkeypatch.setattr(diff_dock, "LINES_PER_GROUP", 3)
    win = demo_window("darmstadt")
    pilot, continuation = win.session.phases[1], win.session.phases[2]
    win.set_phase(continuation.id)
    panels = win.features["analysis"]
    panels.open(panels.diff)
    dock = panels.diff
    silent = [i for i in dock.diff.items if i.kind == "actor_not_described"]
    assert len(silent) == 10  # 002 names only the GmbH and the federal ministry after 2020
    texts = {i.text for i in silent}
    shown = [line for line in dock.lines() if line in texts]
    assert shown == [i.text for i in silent[:3]]
    more = next(dock.list.item(i) for i in range(dock.list.count())
                if dock.list.item(i).text() == "… 7 more")
    dock.list.scrollToItem(more)
    qtbot.mouseClick(dock.list.viewport(), Qt.MouseButton.LeftButton,
                     pos=dock.list.visualItemRect(more).center())
    qtbot.waitUntil(lambda: len([ln for ln in dock.lines() if ln in texts]) == 6)
    assert (dock.phase_a, dock.phase_b) == (pilot.id, continuation.id)
    assert win.phase_id == continuation.id  # a "more" line is not a change to show
