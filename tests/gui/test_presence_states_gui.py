"""An actor recorded as absent or not described is not drawn as present, the properties dock
shows its state as one of three choices, and choosing "present" brings it back in one
undoable edit."""

from __future__ import annotations

import pytest

from workshop_app.domain.commands_evidence import SetPresenceState

pytestmark = pytest.mark.gui


def test_a_not_described_actor_is_neither_drawn_nor_edited_as_present(qtbot, window) -> None:
    win = window
    s = win.session
    city = s.actor("City of Testville")
    design = s.phase("Design")
    win.execute(SetPresenceState(actor_id=city.id, phase_id=design.id, state="not_described"))
    item = win.scene.actor_items[city.id]
    assert not item.view.present
    assert not next(iter(win.scene.relation_items.values())).view.active
    win.scene.select(actor_ids=[city.id])
    panel = win.properties.actor_panel
    assert panel.presence.state() == "not_described" and panel.roles.isHidden()
    panel.presence.buttons["present"].click()
    assert s.presence_state(city, design) == "present" and item.view.present
    assert panel.presence.state() == "present" and not panel.roles.isHidden()
    win.undo()
    assert s.presence_state(city, design) == "not_described" and not item.view.present
    assert panel.presence.state() == "not_described"
