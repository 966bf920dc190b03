"""The phone page in a real (headless) browser: pick a name, tap scores, send, follow the room.

Driven by the project's one Chromium driver (scripts/browser.py, through the ``chromium``
fixture); skipped where Chromium is not installed (Debian: ``apt-get install chromium``).
"""

from __future__ import annotations

import time
from typing import Any

import pytest

from workshop_app.live.protocol import Question, Vote, VoteOutcome, VoteResult
from workshop_app.live.server import VotingServer

EVIL = "<script>alert(1)</script>"


@pytest.fixture
def browser(chromium: Any) -> Any:
    return chromium("phone")


def _wait(predicate: Any, timeout: float = 5.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.05)


def test_a_participant_scores_from_the_phone(server: VotingServer, room: Any, browser: Any) -> None:
    room.names = [(1, "Ana"), (2, EVIL)]
    browser.goto(server.url)
    assert browser.js("document.getElementById('view-name').hidden") is False
    browser.click_text("#names button", EVIL)  # shown as text, so it can be found as text
    assert browser.js("document.getElementById('me-name').textContent") == EVIL
    assert browser.js("document.querySelectorAll('script').length") == 1

    browser.click('.dim[data-dim="trust"] button[data-value="4"]')
    browser.click('.dim[data-dim="commitment"] button[data-value="2"]')
    assert browser.js("document.querySelector('.dim[data-dim=\"trust\"] "
                      "button[data-value=\"4\"]').getAttribute('aria-pressed')") == "true"
    browser.click("#send")
    browser.wait_for("document.getElementById('send').textContent.indexOf('Sent') >= 0")
    assert room.votes == [Vote(2, "r1-1", {"trust": 4, "commitment": 2})]

    # Tapping a chosen score again takes it back; sending then clears it in the session.
    browser.click('.dim[data-dim="commitment"] button[data-value="2"]')
    browser.click("#send")
    _wait(lambda: len(room.votes) == 2)
    assert room.votes[1] == Vote(2, "r1-1", {"trust": 4, "commitment": None})

    # The facilitator moves on: the phone follows within a poll and starts afresh.
    room.current = Question("r1", 2, f"{EVIL} → imec: funding", "Scaling")
    browser.wait_for(f"document.getElementById('relation').textContent === {EVIL!r} + ' → imec: funding'")
    assert browser.js("document.querySelectorAll('[aria-pressed=\"true\"]').length") == 0
    assert browser.js("document.getElementById('phase').textContent") == "Scaling"
    room.current = None
    browser.wait_for("!document.getElementById('view-wait').hidden")

    # The phone remembers who it belongs to.
    browser.goto(server.url)
    assert browser.js("document.getElementById('view-name').hidden") is True
    assert browser.js("document.getElementById('me-name').textContent") == EVIL


def test_a_stale_vote_tells_the_participant(server: VotingServer, room: Any, browser: Any) -> None:
    browser.goto(server.url)
    browser.click_text("#names button", "Ana")
    browser.click('.dim[data-dim="trust"] button[data-value="3"]')
    room.outcome = VoteResult(VoteOutcome.STALE_QUESTION)  # the facilitator moved on while the vote travelled
    browser.click("#send")
    browser.wait_for("document.getElementById('status').textContent.indexOf('moved on') >= 0")
    assert browser.js("document.getElementById('send').textContent") == "Send my scores"
    room.current = Question("r1", 9, "A → B: data", "Pilot")
    browser.wait_for("document.getElementById('relation').textContent === 'A → B: data'")
    assert "moved on" in browser.js("document.getElementById('status').textContent")
    assert browser.js("document.getElementById('send').disabled") is True


def test_a_phone_that_joined_keeps_voting_after_joining_is_locked(
    server: VotingServer, room: Any, browser: Any, make_client: Any
) -> None:
    browser.goto(server.url)
    browser.click_text("#names button", "Ana")
    for i in range(50):  # someone on the network guesses codes
        assert make_client(server.port).get(f"/question?code=GUESS{i:02d}").status == 403
    assert server.join_status().locked
    browser.click('.dim[data-dim="trust"] button[data-value="5"]')
    browser.click("#send")  # the page's own requests carry the device cookie it was given
    browser.wait_for("document.getElementById('send').textContent.indexOf('Sent') >= 0")
    assert room.votes == [Vote(1, "r1-1", {"trust": 5})]
    room.current = Question("r1", 2, "A → B: data", "Pilot")
    browser.wait_for("document.getElementById('relation').textContent === 'A → B: data'")
    assert make_client(server.port).get(f"/?code={server.join_code}").status == 403  # a new phone
