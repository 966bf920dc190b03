"""One vote path: a click on a score button of the Properties dock while the room is asked
about that relation is a vote in the round (``session.voting.submit_vote``), like a key in the
round or a phone; outside a question it stays the facilitator's own edit of the score."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

pytestmark = pytest.mark.gui


def _ids(win, *names: str) -> list[int]:
    return [win.session.participant(n).id for n in names]


def _vote(win, rid: int, pid: int) -> dict:
    rec = win.session.model.tables["scores"].get((rid, win.phase_id, pid))
    return {} if rec is None else {d: rec.value(d) for d in ("trust", "commitment", "interdependence")}


def _click(win, dim: str, value: int) -> None:
    win.properties.relation_panel.scores.buttons[(dim, value)].click()


def test_a_click_in_a_round_is_a_vote_the_room_notes(qtbot, room) -> None:
    win = room
    rounds = win.features["rounds"]
    first = win.session.active_relations(win.phase_id)[0].id
    ana, ben = _ids(win, "Ana", "Ben")
    assert rounds.start("all", [ana, ben])
    assert win.properties.relation_panel.relation_id == first  # the panel shows what is asked
    _click(win, "trust", 4)
    assert _vote(win, first, ana) == {"trust": 4, "commitment": None, "interdependence": None}
    assert win.room.answers(ana) == frozenset({"trust"})  # the room knows Ana answered
    assert rounds.panel.grid.item(0, 0).text() == "4"


def test_a_click_on_a_score_the_question_does_not_ask_is_refused(qtbot, room, monkeypatch) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *a: told.append(f"{title}: {text}"))
    win = room
    rounds = win.features["rounds"]
    first = win.session.active_relations(win.phase_id)[0].id
    ana, ben = _ids(win, "Ana", "Ben")
    assert rounds.start("all", [ana, ben], order="dimension")  # everyone on trust first
    _click(win, "commitment", 2)
    assert _vote(win, first, ana) == {}  # not saved: the room is asked about trust
    assert told == ["Vote not taken: This question does not ask for 'commitment'."]
    _click(win, "trust", 3)
    assert _vote(win, first, ana)["trust"] == 3 and len(told) == 1


def test_outside_a_round_a_click_is_the_facilitators_edit(qtbot, room) -> None:
    win = room
    rel = win.session.active_relations(win.phase_id)[0].id
    win.scene.select(relation_ids=[rel])
    win.properties.show_relation(rel)
    _click(win, "trust", 5)
    facilitator = win.participant_id
    assert _vote(win, rel, facilitator)["trust"] == 5
    assert win.room.answers(facilitator) == frozenset()  # no question, nothing for the room
