"""The phone page passes an accessibility check in a real browser, in each of its states:
picking a name, voting (one question at a time, blind), a refused vote's message, waiting.

The check (``a11y_check.js``, written for this project; its header lists the rules) runs in
headless Chromium through the project's driver; the focus order and the visible focus ring
are checked here with real Tab key presses.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from workshop_app.live.protocol import Question, VoteOutcome, VoteResult
from workshop_app.live.server import VotingServer

CHECK = (Path(__file__).with_name("a11y_check.js")).read_text(encoding="utf-8")


@pytest.fixture
def page(chromium: Any) -> Any:
    return chromium("phone")


def _tab(page: Any) -> None:
    for kind in ("keyDown", "keyUp"):
        page.send("Input.dispatchKeyEvent", {"type": kind, "key": "Tab", "code": "Tab",
                                             "windowsVirtualKeyCode": 9}, session=True)


def _focus_walk(page: Any) -> list[dict[str, Any]]:
    """Tab through the page: what takes the focus, in order, and whether a ring shows."""
    page.js("document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0)")
    seen: list[dict[str, Any]] = []
    for _ in range(40):
        _tab(page)
        now = page.js("""(function(){var e=document.activeElement; if(!e||e===document.body)return null;
            var s=getComputedStyle(e); var all=[].filter.call(document.querySelectorAll('button,input,select,textarea'),
            function(x){var r=x.getBoundingClientRect(); return r.width>0&&r.height>0&&!x.disabled;});
            return {index: all.indexOf(e), ring: s.outlineStyle!=='none' && parseFloat(s.outlineWidth)>=2,
                    text: (e.textContent||'').trim().slice(0,30)};})()""")
        if now is None or (seen and now["index"] == seen[0]["index"]):
            break
        seen.append(now)
    return seen


def _assert_accessible(page: Any) -> None:
    assert page.js(CHECK) == []
    walk = _focus_walk(page)
    indexes = [step["index"] for step in walk]
    assert indexes == sorted(indexes) and indexes, walk  # Tab follows the reading order
    assert all(step["ring"] for step in walk), walk  # and the focus can be seen


def test_the_phone_page_passes_the_check_in_every_state(server: VotingServer, room: Any, page: Any) -> None:
    room.current = Question("r1", 4, "City of Antwerp → imec: data", "Pilot", dimensions=("commitment",),
                            step=2, steps=3, blind=True)
    page.goto(server.url)
    assert page.js("!document.getElementById('view-name').hidden")
    _assert_accessible(page)  # who are you?

    page.click_text("#names button", "Ana")
    assert page.js("document.querySelectorAll('.dim:not([hidden])').length") == 1
    assert "Question 2 of 3" in page.js("document.getElementById('order').textContent")
    _assert_accessible(page)  # one question at a time, blind

    page.click('.dim[data-dim="commitment"] button[data-value="4"]')
    room.outcome = VoteResult(VoteOutcome.STALE_QUESTION)  # the room moved on meanwhile
    page.click("#send")
    page.wait_for("!document.getElementById('status').hidden")
    _assert_accessible(page)  # a refused vote says why

    room.current = None
    page.wait_for("!document.getElementById('view-wait').hidden")
    _assert_accessible(page)  # waiting for the next relation


def test_the_check_finds_what_it_looks_for(page: Any) -> None:
    """A page with each fault once: the check names every one (so a pass above means something)."""
    page.goto("data:text/html,<html><body><p style='color:%23999'>faint text</p>"
              "<button style='width:30px;height:30px'></button><input tabindex='2'>"
              "<div id='status'>sent</div></body></html>")
    found = page.js(CHECK)
    for fault in ("does not name its language", "no name: button", "touch target 30x30: button", "no name: input",
                  "positive tabindex: input", "contrast 2.85 < 4.5: p 'faint text'",
                  "changing message not in a live region: #status"):
        assert any(fault in problem for problem in found), fault
