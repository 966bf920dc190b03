"""The notes dock (Ctrl+M, Enter adds, quotes attached to the selection, edit and delete) and
the participants dialog (add, rename, speaks for, delete with votes), all through commands."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

pytestmark = pytest.mark.gui


def _list_texts(notes) -> list[str]:
    lst = notes.dock.list
    return [lst.item(i).text() for i in range(lst.count())]


# -- notes --------------------------------------------------------------------------------
def test_ctrl_m_then_typing_and_enter_adds_timestamped_notes_in_order(qtbot, window) -> None:
    win = window
    notes = win.features["notes"]
    qtbot.keyClick(win, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(notes.dock.editor.hasFocus)
    qtbot.keyClicks(notes.dock.editor, "City wants the data first")
    qtbot.keyClick(notes.dock.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(notes.dock.editor, "University asks for a pilot")
    qtbot.keyClick(notes.dock.editor, Qt.Key.Key_Return)
    stored = win.session.notes(win.phase_id)
    assert [n.text for n in stored] == ["City wants the data first", "University asks for a pilot"]
    assert all(n.kind == "note" and n.actor_id is None for n in stored)
    when = datetime.fromisoformat(stored[0].time).astimezone().strftime("%H:%M")
    assert _list_texts(notes) == [f"{when}  City wants the data first", f"{when}  University asks for a pilot"]
    assert notes.dock.editor.text() == "" and notes.dock.editor.hasFocus()
    qtbot.keyClick(notes.dock.editor, Qt.Key.Key_Return)  # an empty line adds nothing
    assert len(win.session.notes()) == 2
    assert win.session.undo_text == "Add note"


def test_quote_from_a_participant_attached_to_the_selected_actor(qtbot, window) -> None:
    win = window
    notes = win.features["notes"]
    ana = win.session.add_participant("Ana", "Residents' forum")
    assert not notes.dock.attach.isEnabled()  # nothing selected: nothing to attach to
    city = win.session.actor("City of Testville").id
    win.scene.select(actor_ids=[city])
    assert notes.dock.attach.isEnabled() and notes.dock.attach.text() == "Attach to City of Testville"
    notes.dock.quote_from.setCurrentIndex(notes.dock.quote_from.findData(ana.id))
    notes.dock.attach.setChecked(True)
    notes.dock.editor.setText("We were told, not asked")
    nid = notes.add_from_editor()
    note = win.session.model.tables["notes"][nid]
    assert (note.kind, note.participant_id, note.actor_id, note.phase_id) == ("quote", ana.id, city, win.phase_id)
    assert _list_texts(notes)[-1].endswith("“We were told, not asked” — Ana  · on City of Testville")
    # The next line is a plain note again unless the facilitator picks someone.
    assert notes.dock.quote_from.currentData() is None and not notes.dock.attach.isChecked()
    rel = win.session.relations[0].id
    win.scene.select(relation_ids=[rel])
    notes.dock.attach.setChecked(True)
    notes.dock.editor.setText("Data first, then the pilot")
    nid2 = notes.add_from_editor()
    assert win.session.model.tables["notes"][nid2].relation_id == rel
    notes.show_subject(nid)
    assert win.scene.selected_actor_ids() == [city]


def test_edit_delete_and_undo_a_note(qtbot, window, monkeypatch) -> None:
    win = window
    notes = win.features["notes"]
    notes.dock.editor.setText("Fist draft")
    nid = notes.add_from_editor()
    monkeypatch.setattr(QInputDialog, "getMultiLineText", lambda *a, **k: ("First draft", True))
    notes.edit_dialog(nid)
    assert win.session.model.tables["notes"][nid].text == "First draft"
    assert _list_texts(notes)[0].endswith("First draft")
    notes.delete_note(nid)
    assert win.session.notes() == [] and _list_texts(notes) == []
    assert "Ctrl+Z" in win.statusBar().currentMessage()
    win.undo()
    assert [n.text for n in win.session.notes()] == ["First draft"]
    assert len(_list_texts(notes)) == 1


def test_the_list_follows_the_phase(qtbot, window) -> None:
    win = window
    notes = win.features["notes"]
    design, pilot = (p.id for p in win.session.phases)
    win.session.add_note("Design talk", phase=design)
    win.session.add_note("Pilot talk", phase=pilot)
    assert [t.split("  ", 1)[1] for t in _list_texts(notes)] == ["Design talk"]
    assert "Design" in notes.dock.heading.text()
    qtbot.keyClick(win, Qt.Key.Key_PageDown)
    assert [t.split("  ", 1)[1] for t in _list_texts(notes)] == ["Pilot talk"]
    assert "Pilot" in notes.dock.heading.text()
    notes.dock.editor.setText("Said in the pilot")
    notes.add_from_editor()
    assert win.session.notes(pilot)[-1].text == "Said in the pilot"


# -- participants -------------------------------------------------------------------------
def _row_names(dialog) -> list[str]:
    return [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]


def test_participants_dialog_adds_renames_and_sets_speaks_for(qtbot, window, monkeypatch) -> None:
    win = window
    qtbot.keyClick(win, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = win.features["participants"].dialog
    assert dialog is not None and dialog.isVisible()
    assert _row_names(dialog) == ["Facilitator"]
    pid = dialog.add_participant()
    assert _row_names(dialog) == ["Facilitator", "Participant 2"]
    row = dialog.row_of(pid)
    dialog.table.item(row, 0).setText("Ana")
    dialog.table.item(row, 1).setText("Residents' forum")
    p = win.session.model.tables["participants"][pid]
    assert (p.name, p.organisation) == ("Ana", "Residents' forum")
    box = dialog.table.cellWidget(row, 2)
    box.setCurrentIndex(box.findData(win.session.actor("Residents' forum").id))
    assert win.session.model.tables["participants"][pid].actor_id == win.session.actor("Residents' forum").id
    # A second "Ana" is refused with a reason, and the cell shows the stored name again.
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warnings.append(a[2]))
    dialog.table.item(dialog.row_of(1), 0).setText("Ana")
    assert warnings and "already a participant called 'Ana'" in warnings[0]
    assert _row_names(dialog) == ["Facilitator", "Ana"]
    # "Scoring as" in the relation panel follows the list.
    win.scene.select(relation_ids=[win.session.relations[0].id])
    combo = win.properties.relation_panel.participant
    assert [combo.itemText(i) for i in range(combo.count())] == ["Facilitator", "Ana (Residents' forum)"]
    win.undo()  # the last saved edit was "speaks for"; the dialog follows the undo
    assert win.session.model.tables["participants"][pid].actor_id is None
    assert dialog.table.cellWidget(row, 2).currentData() is None
    win.undo()
    assert dialog.table.item(row, 1).text() == ""


def test_deleting_a_participant_with_votes_asks_first(qtbot, window, monkeypatch) -> None:
    win = window
    s = win.session
    ana, ben = s.add_participant("Ana"), s.add_participant("Ben")
    s.score(s.relations[0], win.phase_id, trust=4, participant="Ana")
    dialog = win.features["participants"].open()
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def question(*args, **kwargs):
        asked.append(args[2])
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    assert not dialog.delete_participant(ana.id)
    assert ana.id in s.model.tables["participants"] and "their 1 vote in every phase" in asked[0]
    assert dialog.delete_participant(ana.id)
    assert s.model.votes(s.relations[0].id, win.phase_id) == []
    assert dialog.delete_participant(ben.id)  # no votes: no question
    assert len(asked) == 2 and _row_names(dialog) == ["Facilitator"]
    win.undo()
    assert _row_names(dialog) == ["Facilitator", "Ben"]
