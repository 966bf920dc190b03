"""A mode that takes keys over: bound only while it runs, the owners' keys given back after,
and no clash that the registry would otherwise refuse slips through."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from workshop_app.ui.actions import Actions

pytestmark = pytest.mark.gui


def _keys(action) -> list[str]:
    return [s.toString() for s in action.shortcuts()]


def test_a_mode_borrows_ordinary_keys_only_while_it_runs(qtbot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    acts = Actions(host)
    acts.declare("next_phase", "Next phase", lambda: None, "PgDown")
    acts.declare("delete", "Delete", lambda: None, "Delete", "Backspace")
    acts.declare("round_next", "Next person", lambda: None, "Tab", live=False)
    acts.declare("step", "Next step", lambda: None, "PgDown", "Space", live=False, takes_over=True)
    acts.declare("back", "Previous step", lambda: None, "Backspace", live=False, takes_over=True)
    assert _keys(acts.next_phase) == ["PgDown"] and _keys(acts.step) == []
    acts.set_live("step", True)
    acts.set_live("back", True)
    assert _keys(acts.step) == ["PgDown", "Space"] and _keys(acts.back) == ["Backspace"]
    assert _keys(acts.next_phase) == [] and _keys(acts.delete) == ["Del"]  # Delete still deletes
    acts.set_live("step", False)
    assert _keys(acts.next_phase) == ["PgDown"] and _keys(acts.step) == []
    acts.forget("back")  # a feature detached while its mode ran: the key goes home
    assert _keys(acts.delete) == ["Del", "Backspace"]


def test_clashes_a_mode_may_not_make(qtbot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    acts = Actions(host)
    acts.declare("next_phase", "Next phase", lambda: None, "PgDown")
    acts.declare("round_next", "Next person", lambda: None, "Tab", live=False)
    acts.declare("step", "Next step", lambda: None, "PgDown", live=False, takes_over=True)
    with pytest.raises(ValueError, match="'round_next'"):  # another mode's key
        acts.declare("jump", "Jump", lambda: None, "Tab", live=False, takes_over=True)
    with pytest.raises(ValueError, match="'step'"):  # two modes on one key
        acts.declare("skip", "Skip", lambda: None, QKeySequence("PgDown"), live=False, takes_over=True)
    with pytest.raises(ValueError, match="'step'"):  # an ordinary action on a key a mode holds
        acts.declare("later", "Later", lambda: None, "PgDown")
    with pytest.raises(ValueError, match="live=False"):
        acts.declare("always", "Always", lambda: None, "F9", takes_over=True)
