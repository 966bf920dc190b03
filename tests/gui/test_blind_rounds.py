"""Blind rounds and one question at a time, as the facilitator and the room meet them: votes
hidden on the console and the wall until everybody has answered (or V reveals them), the
spread shown after; the room asked trust, then commitment, then interdependence, on the
wall and on the phones."""

from __future__ import annotations

import http.client
import json
import threading
from typing import Any, Callable

import pytest
from PySide6.QtCore import Qt

from workshop_app.style import palette
from workshop_app.style.look import WITHHELD_LABEL

pytestmark = pytest.mark.gui


def _ids(win, *names: str) -> list[int]:
    return [win.session.participant(n).id for n in names]


def _grid(panel) -> list[list[str]]:
    g = panel.grid
    return [[g.item(r, c).text() if g.item(r, c) else "" for c in range(g.columnCount())]
            for r in range(g.rowCount())]


def _console_and_wall(win, rid: int) -> dict[str, Any]:
    """What a person reads about the relation on the console's panels and on the wall."""
    rounds = win.features["rounds"]
    item = win.scene.relation_items[rid]
    scores = win.properties.relation_panel.scores
    return {
        "label": item._label_text(),
        "colour": item.style().colour,
        "badge": item.style().badge,
        "tooltip": item.tooltip_text(),
        "grid": _grid(rounds.panel),
        "room_row": _grid(rounds.panel)[-1],
        "score_panel": (scores._room["trust"].text(), scores.class_label.text()),
        "wall": win.features["projector"].round_info(),
    }


def test_a_blind_round_hides_the_votes_until_everybody_has_answered(qtbot, room) -> None:
    win = room
    rounds = win.features["rounds"]
    first, second = [r.id for r in win.session.active_relations(win.phase_id)]
    # Ana scored the first relation in an earlier round: that vote is no answer to this one.
    win.session.score(first, win.phase_id, trust=5, participant="Ana")
    assert rounds.start("all", _ids(win, "Ana", "Ben"), blind=True)
    win.features["projector"].show()
    assert win.room.hidden and rounds.act_reveal.isEnabled()
    seen = _console_and_wall(win, first)
    assert seen["label"] == f"information · {WITHHELD_LABEL}"
    assert seen["colour"] == palette.UNSCORED_COLOUR and not seen["badge"]
    assert "trust" not in seen["tooltip"]
    assert seen["grid"][0] == ["▸", "", ""]  # the cell asked; Ana's old 5 is not shown
    assert seen["room_row"] == ["hidden"] * 3
    assert seen["score_panel"] == ("hidden", "3C: hidden until the votes are revealed (V)")
    assert seen["wall"]["hidden"] and seen["wall"]["spread"] == []
    assert seen["wall"]["voters"] == [("Ana", False), ("Ben", False)]

    win.view.setFocus()
    for key in "425":  # Ana: trust, commitment, interdependence
        qtbot.keyClick(win.view, key)
    seen = _console_and_wall(win, first)
    assert win.room.hidden and seen["grid"][0] == ["✓", "✓", "✓"] and seen["grid"][1] == ["▸", "", ""]
    assert seen["wall"]["voters"] == [("Ana", True), ("Ben", False)]  # who answered stays visible
    assert seen["colour"] == palette.UNSCORED_COLOUR
    for key in "23":
        qtbot.keyClick(win.view, key)
    assert win.room.hidden  # Ben has not given interdependence yet
    with qtbot.waitSignal(win.room_signals.revealChanged):
        qtbot.keyClick(win.view, "4")  # the last answer: the votes show by themselves
    seen = _console_and_wall(win, first)
    assert not win.room.hidden and not rounds.act_reveal.isEnabled()
    assert seen["label"] != f"information · {WITHHELD_LABEL}"
    assert seen["colour"] == palette.TRUST_COLOUR[2]  # lower median of 4 and 2
    assert seen["badge"]  # 4 against 2: worth talking about
    assert seen["grid"][:2] == [["4", "2", "5"], ["2", "3", "4"]]
    assert seen["score_panel"][0] == "2 · 2 votes"
    trust = seen["wall"]["spread"][0]
    assert trust[0] == "Trust" and trust[1] == {1: 0, 2: 1, 3: 0, 4: 1, 5: 0} and trust[2:] == (2, 2)

    # The next relation is a new question: hidden again, until the facilitator reveals it.
    with qtbot.waitSignal(win.room_signals.questionChanged):
        qtbot.keyClick(win.view, Qt.Key.Key_Return)
    qtbot.keyClick(win.view, "3")
    assert win.room.hidden and _console_and_wall(win, second)["room_row"] == ["hidden"] * 3
    assert win.scene.relation_items[first].style().colour == palette.TRUST_COLOUR[2]  # the last one stays shown
    qtbot.keyClick(win.view, "v")
    seen = _console_and_wall(win, second)
    assert not win.room.hidden and seen["room_row"][0] == "3"
    assert seen["colour"] == palette.TRUST_COLOUR[3]


def test_undoing_an_answer_in_a_blind_round_takes_the_tick_back(qtbot, room) -> None:
    win = room
    rounds = win.features["rounds"]
    first = rounds.start("all", _ids(win, "Ana"), blind=True) and rounds.round.current_relation
    win.view.setFocus()
    qtbot.keyClick(win.view, "4")
    qtbot.keyClick(win.view, "4")
    assert _grid(rounds.panel)[0] == ["✓", "✓", "▸"]
    win.undo()  # the commitment answer is taken back
    assert _grid(rounds.panel)[0][:2] == ["✓", ""]
    rounds.round.move_to(_ids(win, "Ana")[0], "commitment")
    qtbot.keyClick(win.view, "4")  # commitment again, then interdependence: all in
    qtbot.keyClick(win.view, "4")
    assert win.room.hidden is False
    assert win.scene.relation_items[first].view.commitment == 4


def test_one_question_at_a_time_asks_everybody_per_dimension(qtbot, room) -> None:
    win = room
    rounds = win.features["rounds"]
    first, second = [r.id for r in win.session.active_relations(win.phase_id)]
    assert rounds.start("all", _ids(win, "Ana", "Ben"), order="dimension")
    projector = win.features["projector"]
    prompts: list[tuple[str, str, tuple[str, ...]]] = []

    def note() -> None:
        prompts.append((rounds.panel.asking.text(), projector.round_info()["order"], win.room.question.dimensions))

    win.view.setFocus()
    note()
    for key in ("4", "2", "5", Qt.Key.Key_Return, "3", "3", Qt.Key.Key_Return, "1", "2", Qt.Key.Key_Return):
        qtbot.keyClick(win.view, key)
        note()
    trust, commitment, interdependence = (f"One question at a time · {i} of 3: {d}"
                                          for i, d in ((1, "Trust"), (2, "Commitment"), (3, "Interdependence")))
    assert prompts == [
        ("Asking: Ana — trust", trust, ("trust",)),
        ("Asking: Ben — trust", trust, ("trust",)),
        ("Asking: Ben — trust", trust, ("trust",)),  # the last answer of a question stays put …
        ("Asking: Ben — trust", trust, ("trust",)),  # … so a third key only corrects it
        ("Asking: Ana — commitment", commitment, ("commitment",)),
        ("Asking: Ben — commitment", commitment, ("commitment",)),
        ("Asking: Ben — commitment", commitment, ("commitment",)),
        ("Asking: Ana — interdependence", interdependence, ("interdependence",)),
        ("Asking: Ben — interdependence", interdependence, ("interdependence",)),
        ("Asking: Ben — interdependence", interdependence, ("interdependence",)),
        ("Asking: Ana — trust", trust, ("trust",)),  # the next relation, from its first question
    ]
    assert win.room.question.relation_id == second
    votes = {v["participant"]: (v["trust"], v["commitment"], v["interdependence"])
             for v in win.session.scores(first, win.phase_id)}
    assert votes == {"Ana": (4, 3, 1), "Ben": (5, 3, 2)}
    assert rounds.panel.step_buttons["Enter"].text() == "Next question"
    assert win.acts["round_next_relation"].text() == "Next question"


def _in_thread(qtbot, fn: Callable[[], Any]) -> Any:
    box: dict[str, Any] = {}

    def run() -> None:
        try:
            box["value"] = fn()
        except BaseException as exc:  # handed back to the test below
            box["error"] = exc

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    qtbot.waitUntil(lambda: not worker.is_alive(), timeout=10_000)
    if "error" in box:
        raise box["error"]
    return box["value"]


def _http(port: int, method: str, path: str, body: dict[str, Any] | None = None) -> tuple[int, Any]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        data = None if body is None else json.dumps(body).encode()
        conn.request(method, path, body=data, headers={"Content-Type": "application/json"} if body else {})
        resp = conn.getresponse()
        return resp.status, json.loads(resp.read())
    finally:
        conn.close()


def test_phones_are_asked_only_the_current_dimension(qtbot, room) -> None:
    win = room
    rounds = win.features["rounds"]
    assert rounds.start("all", _ids(win, "Ana", "Ben"), order="dimension", blind=True)
    live = win.features["live_voting"]
    assert live.open_phones("127.0.0.1")
    code, port = live.server.join_code, live.server.port
    ana, ben = _ids(win, "Ana", "Ben")
    first = win.room.question.relation_id

    _status, data = _in_thread(qtbot, lambda: _http(port, "GET", f"/question?code={code}"))
    question = data["question"]
    assert [d["key"] for d in question["dimensions"]] == ["trust"]
    assert question["order"] == "Question 1 of 3 on this relation: one question at a time."
    assert question["blind"] is True
    assert "commitment" not in json.dumps(question)
    wrong = {"code": code, "participant": ana, "question": question["id"], "scores": {"commitment": 4}}
    status, answer = _in_thread(qtbot, lambda: _http(port, "POST", "/vote", wrong))
    assert status == 400 and answer["error"] == "bad_dimension"
    for pid, value in ((ana, 4), (ben, 1)):
        vote = {"code": code, "participant": pid, "question": question["id"], "scores": {"trust": value}}
        assert _in_thread(qtbot, lambda v=vote: _http(port, "POST", "/vote", v))[0] == 200
    assert not win.room.hidden  # both answered the one question asked: the spread shows
    assert win.scene.relation_items[first].view.spread == 3

    win.view.setFocus()
    qtbot.keyClick(win.view, Qt.Key.Key_Return)  # the next question: commitment
    assert win.room.hidden
    _status, data = _in_thread(qtbot, lambda: _http(port, "GET", f"/question?code={code}"))
    assert [d["key"] for d in data["question"]["dimensions"]] == ["commitment"]
    assert data["question"]["id"] != question["id"]
    assert data["question"]["order"].startswith("Question 2 of 3")
    late = {"code": code, "participant": ana, "question": question["id"], "scores": {"trust": 2}}
    status, answer = _in_thread(qtbot, lambda: _http(port, "POST", "/vote", late))
    assert status == 409 and answer["error"] == "stale_question"
    live.close_phones("")


def test_the_setup_dialog_offers_the_order_and_blind(room) -> None:
    from workshop_app.ui.rounds import RoundSetupDialog

    dialog = RoundSetupDialog(room.features["rounds"].ctx)
    assert dialog.order() == "person" and not dialog.is_blind()
    [per_dimension] = [b for b in dialog.orders.buttons() if b.property("order") == "dimension"]
    per_dimension.setChecked(True)
    dialog.blind.setChecked(True)
    assert dialog.order() == "dimension" and dialog.is_blind()
    dialog.close()
