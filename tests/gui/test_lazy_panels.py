"""Panels that start closed are made when first opened, and then look and work as if they had
always been there: what was edited before shows at once, their keys work before they were
ever opened, and the console opens without paying for them."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox

from workshop_app.domain import commands as cmds

pytestmark = pytest.mark.gui


def _closed_panels(win) -> dict[str, object]:
    beyond, analysis = win.features["beyond_map"], win.features["analysis"]
    return {"governance": beyond.governance, "public value": beyond.value, "story": analysis.story,
            "rounds": win.features["rounds"].dock, "presenting": win.features["presenting"].dock,
            "phones": win.features["live_voting"].dock}


def test_closed_panels_are_not_made_with_the_window(window) -> None:
    """The console's first frame on a big workshop waits for none of them."""
    for name, dock in _closed_panels(window).items():
        assert dock.isHidden(), name
        assert not dock.built, name
        assert dock.widget() is None, name


def test_a_panel_opened_after_edits_shows_them_at_once(qtbot, window) -> None:
    win = window
    city = win.session.actor("City of Testville").id
    win.execute(cmds.SetMeta(key="public_value", value="Cleaner air for the old town"))
    win.execute(cmds.UpdateActor(actor_id=city, changes={"name": "City of Newtown"}))
    win.scene.select(actor_ids=[city])
    beyond, analysis = win.features["beyond_map"], win.features["analysis"]
    beyond.panel_actions["public_value"].trigger()  # its shortcut, never opened before
    value = beyond.value
    assert value.isVisible()
    assert value.session_text.toPlainText() == "Cleaner air for the old town"
    names = [value.table.item(r, 0).text() for r in range(value.table.rowCount())]
    assert "City of Newtown" in names
    analysis.actions["story"].trigger()
    assert analysis.story.isVisible()
    assert "City of Newtown" in analysis.story.heading.text()
    beyond.panel_actions["governance"].trigger()
    gov = beyond.governance
    assert gov.isVisible() and gov.stack.currentWidget() is gov.actor
    assert gov.actor.actor_id == city


def test_the_keys_of_a_closed_panel_work_before_it_was_ever_opened(qtbot, room) -> None:
    win = room
    rounds = win.features["rounds"]
    win.acts["contested"].trigger()  # Score ▸ Most contested relations
    assert rounds.dock.isVisible()
    assert rounds.panel.contested.isVisible() or rounds.panel.contested_empty.isVisible()
    phones = win.features["live_voting"]
    phones.dock.show()
    assert phones.panel.state.text() == "Phones are closed."


def test_a_panel_made_late_gets_whole_names_and_the_narrow_column(qtbot, window) -> None:
    """Its drop-downs elide in the middle like every other list, and on a small screen its
    contents fit the narrower right-hand column the others were given."""
    from workshop_app.ui.screen_fit import NARROW_DOCK

    win = window
    win.session.add_actor("City of Rivertown Department of Mobility and Public Space — East",
                          "government", "city", x=0, y=-200, present_in=["Design"])
    beyond = win.features["beyond_map"]
    gov = beyond.governance
    narrowed = gov.minimumWidth() == NARROW_DOCK  # the offscreen screen is a small one
    beyond.panel_actions["governance"].trigger()
    combos = gov.findChildren(QComboBox)
    assert combos, "the governance panel has drop-downs"
    for combo in combos:
        assert combo.view().textElideMode().name == "ElideMiddle", combo
    if narrowed:
        page = gov.widget().widget()
        assert page.minimumWidth() <= NARROW_DOCK - 30


def test_the_remembered_wall_setting_applies_before_the_panel_is_opened(qtbot, tmp_path, small_session) -> None:
    from workshop_app import Session, settings
    from workshop_app.ui.main_window import MainWindow

    settings.store().set(wall_public_value=True)
    session = Session.open(small_session)
    session.execute(cmds.SetMeta(key="public_value", value="Cleaner air"))
    win = MainWindow(session)
    qtbot.addWidget(win)
    win.show()
    wall = win.features["projector"].view
    assert wall.heading_note == "Public value: Cleaner air"
    beyond = win.features["beyond_map"]
    assert not beyond.value.built
    beyond.panel_actions["public_value"].trigger()
    assert beyond.value.on_wall.isChecked()
