"""Scoring rounds driven from the keyboard, as a facilitator would: 1–5, Tab, Enter, Esc;
the votes they leave in the session; the most contested list; the room's state they share."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from workshop_app.domain import commands as cmds
from workshop_app.domain.rounds import relation_label
from workshop_app.session.voting import VoteOutcome

pytestmark = pytest.mark.gui


def _ids(win, *names: str) -> list[int]:
    return [win.session.participant(n).id for n in names]


def _keys(qtbot, widget, keys: str) -> None:
    for k in keys:
        qtbot.keyClick(widget, k)


def _vote(win, rid: int, name: str) -> dict:
    pid = win.session.participant(name).id
    rec = win.session.model.tables["scores"].get((rid, win.phase_id, pid))
    return {} if rec is None else {d: rec.value(d) for d in ("trust", "commitment", "interdependence")}


def test_keys_score_cell_by_cell_and_each_vote_is_one_saved_undoable_edit(qtbot, room) -> None:
    win = room
    rounds = win.features["rounds"]
    first, second = [r.id for r in win.session.active_relations(win.phase_id)]
    with qtbot.waitSignal(win.room_signals.questionChanged):
        assert rounds.start("all", _ids(win, "Ana", "Ben"))
    assert win.room.question.relation_id == first and win.room.question.seq == 1
    assert win.scene.selected_relation_ids() == [first]  # the canvas shows what is being scored
    assert rounds.dock.isVisible() and "Asking: Ana — trust" in rounds.panel.asking.text()
    win.view.setFocus()
    _keys(qtbot, win.view, "435")  # Ana: trust, commitment, interdependence
    assert _vote(win, first, "Ana") == {"trust": 4, "commitment": 3, "interdependence": 5}
    assert rounds.round.current_participant == _ids(win, "Ben")[0]  # moved on by itself
    qtbot.keyClick(win.view, "2")
    qtbot.keyClick(win.view, Qt.Key.Key_Tab)  # skip the rest of Ben: back to Ana
    assert "Asking: Ana — trust" in rounds.panel.asking.text()
    assert _vote(win, first, "Ben") == {"trust": 2, "commitment": None, "interdependence": None}
    rec = win.session.model.tables["scores"][(first, win.phase_id, _ids(win, "Ben")[0])]
    assert datetime.fromisoformat(rec.time).tzinfo is not None
    # The canvas follows every vote: median (lower) 2, and a disagreement halo (4 vs 2).
    view = win.scene.relation_items[first].view
    assert (view.trust, view.spread, view.votes) == (2, 2, 2)
    assert rounds.panel.grid.item(1, 0).text() == "2"
    # One vote, one undo step.
    assert win.session.undo_text == "Score (trust 2)"
    qtbot.keyClick(win, "z", Qt.KeyboardModifier.ControlModifier)
    assert _vote(win, first, "Ben") == {}
    assert rounds.panel.grid.item(1, 0).text() == ""
    with qtbot.waitSignal(win.room_signals.questionChanged):
        qtbot.keyClick(win.view, Qt.Key.Key_Return)
    assert win.room.question.relation_id == second and win.room.question.seq == 2
    assert win.scene.selected_relation_ids() == [second]
    qtbot.keyClick(win.view, Qt.Key.Key_Backtab)  # Shift+Tab: previous person (wraps to Ben)
    qtbot.keyClick(win.view, "5")
    assert _vote(win, second, "Ben") == {"trust": 5, "commitment": None, "interdependence": None}
    with qtbot.waitSignal(win.room_signals.questionChanged):
        qtbot.keyClick(win.view, Qt.Key.Key_Enter)  # past the last relation: the round is over
    assert win.room.question is None and rounds.round is None
    assert "Round complete" in rounds.panel.idle_text.text()
    qtbot.keyClick(win.view, "3")  # outside a round, 1–5 score the selected relation as before
    assert _vote(win, second, "Facilitator") == {"trust": 3, "commitment": None, "interdependence": None}


def test_keys_typed_into_a_text_field_stay_text(qtbot, room) -> None:
    win = room
    rounds = win.features["rounds"]
    rounds.start("all", _ids(win, "Ana"))
    editor = win.features["notes"].dock.editor
    editor.setFocus()
    qtbot.keyClicks(editor, "3 partners")
    assert editor.text() == "3 partners"
    rid = rounds.round.current_relation
    assert _vote(win, rid, "Ana") == {}
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # Enter adds the note, it does not move the round
    assert rounds.round.current_relation == rid
    assert [n.text for n in win.session.notes(win.phase_id)] == ["3 partners"]


def test_backspace_clears_the_marked_cell_and_never_deletes_the_relation(qtbot, room) -> None:
    win = room
    rounds = win.features["rounds"]
    rounds.start("all", _ids(win, "Ana"))
    rid = rounds.round.current_relation
    qtbot.keyClick(win.view, "4")
    rounds.round.move_to(_ids(win, "Ana")[0], "trust")
    qtbot.keyClick(win.view, Qt.Key.Key_Delete)
    assert rid in win.session.model.tables["relations"]
    assert _vote(win, rid, "Ana") == {}


def test_unscored_choice_and_esc_asks_before_ending(qtbot, room, monkeypatch) -> None:
    win = room
    rounds = win.features["rounds"]
    first, second = [r.id for r in win.session.active_relations(win.phase_id)]
    win.session.score(first, win.phase_id, 3, 3, 3)
    assert rounds.start("unscored", _ids(win, "Ana", "Ben"))
    assert rounds.round.relation_ids == (second,)
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def answer(*args, **kwargs):
        asked.append(args[2])
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", answer)
    qtbot.keyClick(win.view, Qt.Key.Key_Escape)
    assert rounds.round is not None and len(asked) == 1
    with qtbot.waitSignal(win.room_signals.questionChanged):
        qtbot.keyClick(win.view, Qt.Key.Key_Escape)
    assert rounds.round is None and win.room.question is None and "kept" in asked[1]
    qtbot.keyClick(win.view, Qt.Key.Key_Tab)  # no round: Tab is Tab again, nothing breaks
    assert win.room.question is None


def test_setup_dialog_offers_the_sets_with_counts_and_leaves_the_facilitator_out(room) -> None:
    from workshop_app.ui.rounds import RoundSetupDialog

    win = room
    first, _second = [r.id for r in win.session.active_relations(win.phase_id)]
    win.scene.select(relation_ids=[first])
    dialog = RoundSetupDialog(win.features["rounds"].ctx)
    labels = {b.property("set"): b.text() for b in dialog.sets.buttons()}
    assert labels["selected"].endswith("(1)") and labels["all"].endswith("(2)")
    assert dialog.choice() == "selected"
    assert dialog.participant_ids() == _ids(win, "Ana", "Ben")
    dialog.close()


def test_moving_to_another_phase_ends_the_round_and_keeps_votes(qtbot, room) -> None:
    win = room
    rounds = win.features["rounds"]
    rounds.start("all", _ids(win, "Ana"))
    rid = rounds.round.current_relation
    qtbot.keyClick(win.view, "2")
    qtbot.keyClick(win, Qt.Key.Key_PageDown)
    assert rounds.round is None
    assert "another phase" in win.statusBar().currentMessage()
    assert win.session.model.tables["scores"][(rid, win.session.phases[0].id, _ids(win, "Ana")[0])].trust == 2


def test_most_contested_lists_widest_spread_first_and_click_selects(qtbot, room) -> None:
    win = room
    s, phase = win.session, win.phase_id
    first, second = [r.id for r in s.active_relations(phase)]
    s.score(first, phase, trust=3, participant="Ana")
    s.score(first, phase, trust=4, participant="Ben")
    s.score(second, phase, commitment=1, participant="Ana")
    s.score(second, phase, commitment=5, participant="Ben")
    rounds = win.features["rounds"]
    rounds.show_panel()
    tree = rounds.panel.contested
    rows = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    assert [r.text(0) for r in rows] == ["City of Testville → Residents' forum: consultation",
                                         "City of Testville → Test University: information"]
    assert rows[0].toolTip(0).startswith(relation_label(s.model, second))
    assert rows[0].text(1) == "4 (commitment)" and rows[0].text(2) == "– · 1 · –"
    rect = tree.visualItemRect(rows[1])
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert win.scene.selected_relation_ids() == [first]
    # The list follows new votes at once: the same widest spread, more disagreement in all.
    s.score(first, phase, trust=1, interdependence=1, participant="Ana")
    s.score(first, phase, trust=5, interdependence=3, participant="Ben")
    assert tree.topLevelItem(0).toolTip(0).startswith(relation_label(s.model, first))


def test_a_refused_key_vote_says_why_and_keeps_the_marked_cell(qtbot, room, monkeypatch) -> None:
    win = room
    rounds = win.features["rounds"]
    ana = _ids(win, "Ana")[0]
    rounds.start("all", [ana])
    rid = rounds.round.current_relation
    monkeypatch.setattr(type(win.session), "read_only", property(lambda _s: True))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _title, text, *a: told.append(text))
    win.view.setFocus()
    qtbot.keyClick(win.view, "4")
    assert told == [VoteOutcome.READ_ONLY.message]
    assert rounds.round.current_dimension == "trust"  # the cell stays marked for another try
    assert _vote(win, rid, "Ana") == {}


def test_a_late_arrival_is_asked_and_a_deleted_participant_leaves_the_round(qtbot, room) -> None:
    win = room
    rounds = win.features["rounds"]
    ana, ben = _ids(win, "Ana", "Ben")
    rounds.start("all", [ana, ben])
    cleo = win.session.add_participant("Cleo").id
    assert rounds.round.participant_ids == (ana, ben, cleo)
    assert rounds.panel.grid.rowCount() == 4  # three people and the room
    win.session.execute(cmds.DeleteParticipant(participant_id=ben))
    assert rounds.round.participant_ids == (ana, cleo)
    win.session.execute(cmds.DeleteParticipant(participant_id=ana))
    win.session.execute(cmds.DeleteParticipant(participant_id=cleo))
    assert rounds.round is None and "nobody left" in win.statusBar().currentMessage()
