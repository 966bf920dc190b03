"""Screenshot the phone voting page as a participant sees it, in headless Chromium.

Run: python scripts/phone_screenshot.py [OUT.png] [--demo NAME]

Starts a voting server on 127.0.0.1 for a copy of a demo session (the bundled file is never
touched), opens the page in a 390 x 844 phone-sized Chromium window, picks a name, taps three
scores, sends them, and saves the picture (default ``docs/screenshots/phone_vote.png``).
Chromium is driven over its DevTools pipe (file descriptors 3 and 4), so nothing but the
standard library is needed; Debian: ``apt-get install chromium``.
"""

from __future__ import annotations

import argparse
import base64
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from workshop_app.bundled import demo_path  # noqa: E402
from workshop_app.live.server import VotingServer  # noqa: E402
from workshop_app.live.session_round import SessionRound  # noqa: E402

PHONE = {"width": 390, "height": 844, "deviceScaleFactor": 2, "mobile": True}
ROOM = ("Amira Haddad", "Bas Peeters", "Chloé Martin", "Dieter Vogel", "Eun-ji Park")
CHROMIUM_FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--hide-scrollbars", "--remote-debugging-pipe",
)


def find_chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "chrome"):
        path = shutil.which(name)
        if path:
            return path
    return None


class Chromium:
    """A headless Chromium with one phone-sized page, driven over the DevTools pipe."""

    def __init__(self, executable: str | None = None, timeout: float = 20.0) -> None:
        exe = executable or find_chromium()
        if exe is None:
            raise FileNotFoundError("Chromium is not installed (Debian: apt-get install chromium).")
        self.timeout = timeout
        self._profile = tempfile.mkdtemp(prefix="phone-shot-")
        to_browser_r, self._to_browser = os.pipe()
        self._from_browser, from_browser_w = os.pipe()

        def wire() -> None:  # runs in the child: the pipe must sit on fds 3 and 4
            os.dup2(to_browser_r, 3)
            os.dup2(from_browser_w, 4)

        self._proc = subprocess.Popen(
            [exe, *CHROMIUM_FLAGS, f"--user-data-dir={self._profile}", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            preexec_fn=wire, close_fds=False,
        )
        os.close(to_browser_r)
        os.close(from_browser_w)
        self._buffer = b""
        self._next_id = 0
        self._events: list[dict[str, Any]] = []
        target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
        self._session = self.send("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        self.send("Page.enable", session=True)
        self.send("Emulation.setDeviceMetricsOverride", PHONE, session=True)

    def send(self, method: str, params: dict[str, Any] | None = None, *, session: bool = False) -> Any:
        self._next_id += 1
        message: dict[str, Any] = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = self._session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        while True:
            reply = self._read()
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise RuntimeError(f"{method}: {reply['error'].get('message')}")
                return reply.get("result", {})
            self._events.append(reply)

    def _read(self) -> dict[str, Any]:
        deadline = time.monotonic() + self.timeout
        while b"\0" not in self._buffer:
            if time.monotonic() > deadline:
                raise TimeoutError("Chromium did not answer in time.")
            chunk = os.read(self._from_browser, 65536)
            if not chunk:
                raise RuntimeError("Chromium closed the DevTools pipe.")
            self._buffer += chunk
        raw, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(raw)

    def goto(self, url: str) -> None:
        self._events.clear()
        self.send("Page.navigate", {"url": url}, session=True)
        deadline = time.monotonic() + self.timeout
        while not any(e.get("method") == "Page.loadEventFired" for e in self._events):
            if time.monotonic() > deadline:
                raise TimeoutError(f"{url} did not load.")
            self._events.append(self._read())

    def js(self, expression: str) -> Any:
        """Evaluate in the page (promises awaited) and return the value."""
        result = self.send("Runtime.evaluate", {"expression": expression, "awaitPromise": True,
                                                "returnByValue": True}, session=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"page script failed: {result['exceptionDetails'].get('text')}")
        return result.get("result", {}).get("value")

    def wait_for(self, expression: str, timeout: float = 5.0) -> Any:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = self.js(expression)
            if value:
                return value
            time.sleep(0.05)
        raise TimeoutError(f"the page never showed: {expression}")

    def click(self, selector: str) -> None:
        self.js(f"document.querySelector({json.dumps(selector)}).click()")

    def click_text(self, selector: str, text: str) -> None:
        found = self.js(
            f"(function(){{var b=[].find.call(document.querySelectorAll({json.dumps(selector)}),"
            f"function(e){{return e.textContent.trim()==={json.dumps(text)};}});"
            "if(b){b.click();return true;}return false;})()"
        )
        if not found:
            raise LookupError(f"no {selector} reading {text!r}")

    def screenshot(self, out: Path) -> Path:
        data = self.send("Page.captureScreenshot", {"format": "png"}, session=True)["data"]
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(base64.b64decode(data))
        return out

    def close(self) -> None:
        try:
            os.write(self._to_browser, json.dumps({"id": 0, "method": "Browser.close"}).encode() + b"\0")
            self._proc.wait(timeout=5)
        except (OSError, subprocess.TimeoutExpired):
            self._proc.kill()
            self._proc.wait()
        finally:
            os.close(self._to_browser)
            os.close(self._from_browser)
            shutil.rmtree(self._profile, ignore_errors=True)

    def __enter__(self) -> "Chromium":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", type=Path, default=ROOT / "docs/screenshots/phone_vote.png")
    parser.add_argument("--demo", default="darmstadt")
    parser.add_argument("--also", type=Path, help="folder for the name and waiting screens too")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "phones.workshop"
        shutil.copyfile(demo_path(args.demo), copy)
        with SessionRound(copy) as round_:
            for name in ROOM:
                round_.call(round_.session.add_participant, name)
            phase = round_.call(lambda: round_.session.phases[1])
            relation = round_.call(lambda: round_.session.active_relations(phase)[0])
            with VotingServer("127.0.0.1", question=round_.question,
                              participants=round_.participants, submit=round_.submit) as server, \
                    Chromium() as browser:
                if args.also:
                    browser.goto(server.url)
                    browser.screenshot(args.also / "phone_name.png")
                    browser.click_text("#names button", ROOM[1])
                    browser.screenshot(args.also / "phone_waiting.png")
                round_.ask(relation, phase)
                browser.goto(server.url)
                if browser.js("!document.getElementById('view-name').hidden"):
                    browser.click_text("#names button", ROOM[1])
                for dim, value in (("trust", 2), ("commitment", 4), ("interdependence", 5)):
                    browser.click(f'.dim[data-dim="{dim}"] button[data-value="{value}"]')
                browser.click("#send")
                browser.wait_for("document.getElementById('send').classList.contains('sent')")
                browser.screenshot(args.out)
            votes = round_.call(round_.session.scores, relation, phase)
    print(json.dumps({"screenshot": str(args.out), "votes_saved": len(votes)}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
