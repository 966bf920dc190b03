"""Phones voting in a scoring round through the real console: real HTTP on 127.0.0.1 from
worker threads while the Qt event loop runs, votes saved as the participant's own edits."""

from __future__ import annotations

import http.client
import json
import threading
import time
from datetime import datetime
from typing import Any, Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from workshop_app import settings
from workshop_app.domain.rounds import relation_label
from workshop_app.live.interfaces import Interface
from workshop_app.session.voting import VoteOutcome
from workshop_app.ui import live_voting
from workshop_app.ui.phones_panel import AddressDialog, preferred_address

pytestmark = pytest.mark.gui


def _pid(win, name: str) -> int:
    return win.session.participant(name).id


def _start(win) -> Any:
    rounds = win.features["rounds"]
    assert rounds.start("all", [_pid(win, "Ana"), _pid(win, "Ben")])
    live = win.features["live_voting"]
    assert live.open_phones("127.0.0.1")
    return live


def _in_thread(qtbot, fn: Callable[[], Any]) -> Any:
    """Run ``fn`` (a phone) on a worker thread while the GUI thread keeps its event loop going."""
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
        headers = {} if body is None else {"Content-Type": "application/json"}
        conn.request(method, path, body=data, headers=headers)
        resp = conn.getresponse()
        raw = resp.read()
        is_json = (resp.getheader("Content-Type") or "").startswith("application/json")
        return resp.status, json.loads(raw) if is_json else raw.decode()
    finally:
        conn.close()


def _refused(port: int) -> bool:
    try:
        _http(port, "GET", "/question")
    except ConnectionRefusedError:
        return True
    return False


def test_a_phone_sees_the_question_and_its_vote_is_a_saved_undoable_edit(qtbot, room) -> None:
    win = room
    live = _start(win)
    server = live.server
    code, port = server.join_code, server.port
    first, second = [r.id for r in win.session.active_relations(win.phase_id)]
    # The panel tells the room how to join.
    assert live.dock.isVisible()
    assert live.panel.code.text() == code
    assert live.panel.address.text() == f"http://127.0.0.1:{port}"
    qr = live.panel.qr.pixmap()
    assert not qr.isNull() and qr.width() == qr.height() >= 150

    status, data = _in_thread(qtbot, lambda: _http(port, "GET", f"/question?code={code}"))
    assert status == 200
    assert data["question"]["relation"] == relation_label(win.session.model, first)
    assert data["question"]["phase"] == "Design"
    assert [p["name"] for p in data["participants"]] == ["Ana", "Ben"]  # not the facilitator
    qid = data["question"]["id"]

    ana, ben = _pid(win, "Ana"), _pid(win, "Ben")
    vote = {"code": code, "participant": ana, "question": qid, "scores": {"trust": 4, "commitment": 2}}
    assert _in_thread(qtbot, lambda: _http(port, "POST", "/vote", vote))[0] == 200
    mine = [v for v in win.session.scores(first, win.phase_id) if v["participant"] == "Ana"]
    assert len(mine) == 1 and (mine[0]["trust"], mine[0]["commitment"]) == (4, 2)
    assert datetime.fromisoformat(mine[0]["time"]).tzinfo is not None
    assert win.session.undo_text == "Score (trust 4, commitment 2)"  # one vote, one undo step
    view = win.scene.relation_items[first].view
    assert (view.trust, view.votes, view.spread) == (4, 1, 0)

    other = {"code": code, "participant": ben, "question": qid, "scores": {"trust": 1}}
    assert _in_thread(qtbot, lambda: _http(port, "POST", "/vote", other))[0] == 200
    view = win.scene.relation_items[first].view
    assert (view.trust, view.votes, view.spread) == (1, 2, 3)  # lower median, disagreement halo
    assert "<b>2</b> votes from <b>2</b> people" in live.panel.counts.text()

    win.undo()  # Ben's phone vote goes like any other edit
    assert [v["participant"] for v in win.session.scores(first, win.phase_id)] == ["Ana"]
    view = win.scene.relation_items[first].view
    assert (view.trust, view.votes, view.spread) == (4, 1, 0)

    # Enter puts the next relation to the room: a phone still on the old one is told so.
    win.view.setFocus()
    qtbot.keyClick(win.view, Qt.Key.Key_Return)
    assert live.question().relation_id == second
    late = {"code": code, "participant": ben, "question": qid, "scores": {"trust": 5}}
    status, answer = _in_thread(qtbot, lambda: _http(port, "POST", "/vote", late))
    assert status == 409 and answer["error"] == "stale_question"
    assert [v["participant"] for v in win.session.scores(first, win.phase_id)] == ["Ana"]
    status, data = _in_thread(qtbot, lambda: _http(port, "GET", f"/question?code={code}"))
    assert data["question"]["relation"] == relation_label(win.session.model, second)

    # A wrong code sees nothing and votes nothing.
    status, answer = _in_thread(qtbot, lambda: _http(port, "GET", "/question?code=WRONG"))
    assert status == 403 and "question" not in answer
    stranger = {"code": "WRONG", "participant": ana, "question": data["question"]["id"], "scores": {"trust": 3}}
    assert _in_thread(qtbot, lambda: _http(port, "POST", "/vote", stranger))[0] == 403
    assert win.session.scores(second, win.phase_id) == []

    live.act_close.trigger()  # Score ▸ Close phones
    assert not live.is_open and _refused(port)
    assert win.features["rounds"].round is not None  # the round itself goes on
    assert live.panel.open_button.isVisibleTo(live.panel)


@pytest.mark.parametrize("how", ["end round", "other phase", "close window"])
def test_the_port_closes_with_the_round_or_the_window(qtbot, room, how: str) -> None:
    win = room
    live = _start(win)
    port = live.server.port
    assert _in_thread(qtbot, lambda: _http(port, "GET", "/question?code=" + live.server.join_code))[0] == 200
    if how == "end round":
        win.features["rounds"].end(confirm=False)
    elif how == "other phase":
        win.step_phase(1)
    else:
        win.close()
    assert live.server is None and _refused(port)
    assert not live.act_close.isEnabled()


def test_a_vote_the_laptop_cannot_take_in_time_is_refused_and_never_saved(qtbot, room) -> None:
    win = room
    live = _start(win)
    live.handover.timeout = 0.2
    code, port = live.server.join_code, live.server.port
    qid = live.question().question_id
    first = live.question().relation_id
    vote = {"code": code, "participant": _pid(win, "Ana"), "question": qid, "scores": {"trust": 2}}
    box: dict[str, Any] = {}
    phone = threading.Thread(target=lambda: box.update(reply=_http(port, "POST", "/vote", vote)), daemon=True)
    phone.start()
    time.sleep(0.6)  # the GUI thread is busy (no events processed) while the phone waits
    phone.join(5)
    status, answer = box["reply"]
    assert status == 422 and answer["message"] == VoteOutcome.BUSY.message
    qtbot.wait(50)  # the late hand-over now reaches the GUI thread and is dropped
    assert win.session.scores(first, win.phase_id) == []


def test_menu_starts_a_round_first_and_remembers_the_address(qtbot, room, monkeypatch) -> None:
    win = room
    live = win.features["live_voting"]
    rounds = win.features["rounds"]
    lan = Interface("192.168.1.20", "local network", "192.168.1.20 (local network, the usual choice)", True)
    monkeypatch.setattr(live_voting, "list_interfaces", lambda: [
        Interface("127.0.0.1", "loopback", "127.0.0.1 (this computer only, for testing)"), lan])
    shown: list[str] = []

    def pick_loopback(dialog: AddressDialog) -> int:
        shown.append(dialog.address())  # what was preselected
        dialog.addresses.setCurrentRow(0)
        return 1

    monkeypatch.setattr(AddressDialog, "exec", pick_loopback)
    monkeypatch.setattr(rounds, "start_dialog", lambda: rounds.start("all", [_pid(win, "Ana")]))
    assert rounds.round is None
    qtbot.keyClick(win, "r", Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert rounds.round is not None and live.is_open
    assert shown == ["192.168.1.20"]  # nothing remembered yet: the laptop's LAN address
    assert settings.current().live_voting_address == "127.0.0.1"
    live.close_phones()
    live.open_dialog()
    assert shown[-1] == "127.0.0.1" and live.is_open  # the remembered choice comes first now
    live.close_phones()
    assert preferred_address([lan], "10.9.9.9") == "192.168.1.20"  # remembered one is gone


def test_read_only_session_and_no_round_refuse_with_a_message(qtbot, room, monkeypatch) -> None:
    win = room
    live = win.features["live_voting"]
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, title, text, *a: told.append(text))
    assert not live.open_phones("127.0.0.1")  # no round running
    assert not live.is_open and "Start a scoring round first" in told[-1]
    monkeypatch.setattr(type(win.session), "read_only", property(lambda _s: True))
    live.open_dialog()
    assert not live.is_open and "read-only" in told[-1]


def test_the_projector_shows_how_to_join_while_the_phones_are_open(qtbot, room) -> None:
    win = room
    projector = win.features["projector"]
    live = _start(win)
    address, code, qr = projector.join
    assert address == live.short_address and code == live.server.join_code
    assert not qr.isNull() and qr.width() == qr.height()
    win.features["rounds"].end(confirm=False)
    assert projector.join is None
