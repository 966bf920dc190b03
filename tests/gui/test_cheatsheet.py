"""F1: the shortcut sheet is built from the declared actions, in large type, and every
frequent workshop action has a key of its own, never shared with another."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from workshop_app.ui.cheatsheet import keys_of, shortcut_clashes

pytestmark = pytest.mark.gui

# What a facilitator does all the time, and the key it must have.
FREQUENT = {
    "New actor": "N",
    "Connect": "C",
    "Next phase ▶": "PgDown",
    "◀ Previous phase": "PgUp",
    "Score 1–5": "1 – 5",
    "Start round": "Ctrl+R",
    "Presentation": "F5",
    "Write a note": "Ctrl+M",
    "Participants": "Ctrl+Shift+P",
    "Keyboard shortcuts": "F1",
    "Undo": "Ctrl+Z",
}


def _rows(sheet) -> dict[str, str]:
    return {text: keys for _title, rows in sheet.groups for keys, text in rows}


def test_f1_lists_every_frequent_action_with_its_key(qtbot, window) -> None:
    win = window
    qtbot.keyClick(win, Qt.Key.Key_F1)
    sheet = win.features["cheatsheet"].sheet
    assert sheet is not None and sheet.isVisible()
    rows = _rows(sheet)
    native = {text: QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText) if "–" not in key else key
              for text, key in FREQUENT.items()}
    assert {text: rows.get(text) for text in FREQUENT} == native
    titles = [title for title, _rows_ in sheet.groups]
    assert titles[:4] == ["File", "Edit", "Actors", "Phases"]
    assert "During a scoring round" in titles  # keys that are not menu actions come from the feature
    assert "Tab / Shift+Tab" in dict(dict(sheet.groups)["During a scoring round"])
    html = sheet.browser.toHtml()
    assert "Start round" in html and "17px" in sheet.browser.document().toHtml() or "font-size:17px" in html


def test_sheet_is_rebuilt_from_the_actions_each_time(qtbot, window) -> None:
    win = window
    cheat = win.features["cheatsheet"]
    cheat.open()
    assert "A brand-new action" not in _rows(cheat.sheet)
    act = win.acts.declare("brand_new", "A brand-new action", lambda: None, "Ctrl+Alt+F12")
    win.menus["file"].addAction(act)
    cheat.open()
    assert _rows(cheat.sheet)["A brand-new action"] == QKeySequence("Ctrl+Alt+F12").toString(QKeySequence.SequenceFormat.NativeText)


def test_esc_and_f1_close_the_sheet(qtbot, window) -> None:
    win = window
    sheet = win.features["cheatsheet"].open()
    qtbot.waitExposed(sheet)
    qtbot.keyClick(sheet, Qt.Key.Key_Escape)
    assert not sheet.isVisible()
    sheet = win.features["cheatsheet"].open()
    qtbot.keyClick(sheet.browser, Qt.Key.Key_F1)
    assert not sheet.isVisible()


def test_every_declared_action_with_a_key_is_on_the_sheet(window) -> None:
    rows = window.features["cheatsheet"].groups()
    listed = {(keys, text) for _title, group in rows for keys, text in group}
    texts = {text for _keys, text in listed}
    missing = []
    for declared in window.acts:
        if not declared.live:
            continue  # keys of a mode (a round): its feature lists them, checked below
        keys = keys_of(declared.action, declared=declared.keys)
        name = declared.action.text().replace("&", "").rstrip(".…").strip()
        if keys and name not in texts and not name.startswith("Score "):
            missing.append(name)
    assert missing == []
    assert ("1 – 5", "Score 1–5") in listed  # the five score keys read as one row
    assert ("Tab / Shift+Tab", "Next / previous person") in listed  # only during a round


def test_no_two_actions_share_a_shortcut(window) -> None:
    assert shortcut_clashes(window) == {}
    with pytest.raises(ValueError, match="'new_actor'"):
        window.acts.declare("twin", "Twin of new actor", lambda: None, "N")
    assert "twin" not in window.acts and shortcut_clashes(window) == {}
    keys = [seq for d in window.acts if not d.takes_over for seq in d.keys]  # also keys bound only in a round
    assert len(keys) == len({k.toString() for k in keys})
    # A mode that takes keys over (presenting: PgDn) borrows them only while it runs; no two share one.
    taken = [seq.toString() for d in window.acts if d.takes_over for seq in d.keys]
    assert len(taken) == len(set(taken))
