"""Features plug into the console through one seam: attached and detached through a window
context, they leave no menu entry, dock, key or listener behind; the model's changes reach
them as typed signals, after the canvas has drawn them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget

from workshop_app.domain import commands as cmds
from workshop_app.ui.context import Feature, WindowContext
from workshop_app.ui.notes import Notes
from workshop_app.ui.projector import Projector

pytestmark = pytest.mark.gui


def _menu_texts(win, name: str) -> list[str]:
    return [a.text() for a in win.menus[name].actions()]


def test_every_feature_follows_the_protocol(window) -> None:
    assert window.features and all(isinstance(f, Feature) for f in window.features.values())
    assert [f.name for f in window.features.values()] == list(window.features)


def test_a_feature_detaches_cleanly_and_attaches_again(qtbot, window) -> None:
    win = window
    notes = win.features["notes"]
    assert "Write a note" in _menu_texts(win, "edit") and "write_note" in win.acts
    assert win.findChild(QDockWidget, "NotesDock") is not None
    notes.detach()
    assert "Write a note" not in _menu_texts(win, "edit") and "write_note" not in win.acts
    assert "Notes" not in _menu_texts(win, "panels")
    qtbot.waitUntil(lambda: win.findChild(QDockWidget, "NotesDock") is None)
    win.session.add_note("said while the notes were away", phase=win.phase_id)  # nobody listens: no error
    win.set_phase(win.session.phases[1].id)
    qtbot.keyClick(win, "m", Qt.KeyboardModifier.ControlModifier)  # the key is free again
    again = Notes()
    again.attach(WindowContext(win, again.name))
    win.features["notes"] = again
    assert "Write a note" in _menu_texts(win, "edit")
    qtbot.keyClick(win, "m", Qt.KeyboardModifier.ControlModifier)
    assert again.dock.editor.hasFocus()
    qtbot.keyClicks(again.dock.editor, "back again")
    qtbot.keyClick(again.dock.editor, Qt.Key.Key_Return)
    assert [n.text for n in win.session.notes(win.phase_id)] == ["back again"]


def test_the_projector_reads_the_room_not_other_features(qtbot, window) -> None:
    win = window
    win.features["projector"].detach()
    projector = Projector(win.room_signals)  # everything it shows comes from the room's state
    projector.attach(WindowContext(win, projector.name))
    win.room.set_prompt("Who decides here?")
    assert projector.prompt == "Who decides here?" and projector.view.side_width() > 0
    win.session.add_participant("Ana")
    assert win.features["rounds"].start("all", [win.session.participant("Ana").id])
    assert projector.round_info()["summary"] == "0 of 1 have scored this relation"
    projector.detach()
    assert "Presentation" not in _menu_texts(win, "view")


def test_typed_signals_come_after_the_canvas_has_drawn_the_change(qtbot, window) -> None:
    win = window
    events = win.model_events
    heard: list[tuple[str, object]] = []
    city = win.session.actor("City of Testville")

    def renamed() -> None:  # the canvas must already show the new name
        heard.append(("actors", win.scene.actor_items[city.id].view.name))

    events.actorsChanged.connect(renamed)
    events.scoresChanged.connect(lambda pairs: heard.append(("scores", pairs)))
    events.reset.connect(lambda: heard.append(("reset", None)))
    win.execute(cmds.UpdateActor(actor_id=city.id, changes={"name": "City of Newville"}))
    assert heard == [("actors", "City of Newville")]
    rel = win.session.active_relations(win.phase_id)[0]
    heard.clear()
    win.session.score(rel, win.phase_id, trust=3)
    assert heard == [("scores", [(rel.id, win.phase_id)])]
    heard.clear()
    with win.session.bulk("build"):
        win.session.add_actor("Port authority", "government", "regional", present_in=[win.phase_id])
    assert heard == [("reset", None)]
    assert any(i.view.name == "Port authority" for i in win.scene.actor_items.values())


def test_scoring_keys_go_to_the_round_only_while_it_runs(qtbot, room) -> None:
    win = room
    rel = win.session.active_relations(win.phase_id)[0]
    win.scene.select(relation_ids=[rel.id])
    win.view.setFocus()
    qtbot.keyClick(win.view, "2")  # no round: the selected relation, as the facilitator
    votes = {v["participant"]: v["trust"] for v in win.session.scores(rel, win.phase_id)}
    assert votes == {"Facilitator": 2}
    ana = win.session.participant("Ana").id
    win.features["rounds"].start("all", [ana])
    qtbot.keyClick(win.view, "5")  # a round: the person asked
    votes = {v["participant"]: v["trust"] for v in win.session.scores(rel, win.phase_id)}
    assert votes == {"Facilitator": 2, "Ana": 5}
    assert "Ana" in win.properties.relation_panel.participant.currentText()  # "Scoring as" follows
    win.features["rounds"].end(confirm=False)
    assert "Facilitator" in win.properties.relation_panel.participant.currentText()  # given back
