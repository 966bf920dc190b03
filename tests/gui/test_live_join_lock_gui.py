"""The console tells the facilitator when too many wrong join codes locked new phones out,
and one press on Unlock lets them in again."""

from __future__ import annotations

import http.client
import threading
from typing import Any, Callable

import pytest

pytestmark = pytest.mark.gui


def _get(port: int, path: str) -> int:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        conn.request("GET", path)
        resp = conn.getresponse()
        resp.read()
        return resp.status
    finally:
        conn.close()


def _in_thread(qtbot, fn: Callable[[], Any]) -> Any:
    box: dict[str, Any] = {}
    worker = threading.Thread(target=lambda: box.update(value=fn()), daemon=True)
    worker.start()
    qtbot.waitUntil(lambda: not worker.is_alive(), timeout=10_000)
    return box["value"]


def test_the_phones_panel_shows_the_join_lock_and_unlocks(qtbot, room) -> None:
    win = room
    pids = [win.session.participant(n).id for n in ("Ana", "Ben")]
    assert win.features["rounds"].start("all", pids)
    live = win.features["live_voting"]
    assert live.open_phones("127.0.0.1", rate_limit=(1000, 1.0))
    panel, port, code = live.panel, live.server.port, live.server.join_code
    assert not panel.lock_note.isVisibleTo(panel) and not panel.unlock_button.isVisibleTo(panel)

    statuses = _in_thread(qtbot, lambda: [_get(port, f"/question?code=BAD{i:03d}") for i in range(50)])
    assert set(statuses) == {403}
    assert _in_thread(qtbot, lambda: _get(port, f"/?code={code}")) == 403  # a new phone, right code
    qtbot.waitUntil(lambda: panel.lock_note.isVisibleTo(panel), timeout=3000)  # the 1 s refresh
    assert panel.lock_note.text() == "Joining locked after 50 wrong codes — press Unlock"
    assert panel.unlock_button.isVisibleTo(panel)

    panel.unlock_button.click()
    assert not panel.lock_note.isVisibleTo(panel) and not panel.unlock_button.isVisibleTo(panel)
    assert _in_thread(qtbot, lambda: _get(port, f"/?code={code}")) == 200
    assert win.statusBar().currentMessage() == "New phones can join again."
    live.close_phones()
    assert not panel.lock_note.isVisibleTo(panel)
