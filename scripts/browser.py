"""The one headless-Chromium driver of the project, for the scripts and the tests alike.

The screenshot tool (``shots.py``), the HTML snapshot check (``html_browser_check.py``) and
the browser tests (phone page, snapshot layout) all load pages through :class:`Chromium`:
one browser process driven over the DevTools pipe, a page of a given size, JavaScript
evaluated in it, screenshots taken of it. Only the standard library is needed (and a
Chromium: Debian ``apt-get install chromium``); nothing here imports the app, so tests load
this file as it is. POSIX only: the DevTools pipe sits on file descriptors 3 and 4.
"""

from __future__ import annotations

import base64
import fcntl
import json
import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path
from typing import Any

# Page sizes: a phone as the live-voting page expects one, and a laptop screen.
PHONE: dict[str, Any] = {"width": 390, "height": 844, "deviceScaleFactor": 2, "mobile": True}
LAPTOP: dict[str, Any] = {"width": 1366, "height": 768, "deviceScaleFactor": 1, "mobile": False}

FLAGS = (
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--hide-scrollbars", "--remote-debugging-pipe",
)
NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "chrome")


def find_chromium() -> str | None:
    """The Chromium (or Chrome) on the PATH, or None."""
    for name in NAMES:
        path = shutil.which(name)
        if path:
            return path
    return None


def viewport(width: int, height: int, *, mobile: bool = False, scale: float = 1) -> dict[str, Any]:
    """A page size for :class:`Chromium` (CSS pixels)."""
    return {"width": width, "height": height, "deviceScaleFactor": scale, "mobile": mobile}


class Chromium:
    """A headless Chromium with one page of the given size, driven over the DevTools pipe."""

    def __init__(self, size: dict[str, Any] | None = None, *, executable: str | None = None,
                 timeout: float = 20.0) -> None:
        exe = executable or find_chromium()
        if exe is None:
            raise FileNotFoundError("Chromium is not installed (Debian: apt-get install chromium).")
        self.timeout = timeout
        self._profile = tempfile.mkdtemp(prefix="workshop-chromium-")
        to_browser_r, self._to_browser = os.pipe()
        self._from_browser, from_browser_w = os.pipe()

        def wire() -> None:  # runs in the child: the pipe must sit on fds 3 and 4
            # Moved out of the way first: a pipe end that already is fd 3 or 4 would keep
            # its close-on-exec flag through dup2 onto itself, and the other could be
            # overwritten before it is moved.
            high = [fcntl.fcntl(fd, fcntl.F_DUPFD, 10) for fd in (to_browser_r, from_browser_w)]
            os.dup2(high[0], 3)
            os.dup2(high[1], 4)

        self._proc = subprocess.Popen(
            [exe, *FLAGS, f"--user-data-dir={self._profile}", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            preexec_fn=wire, close_fds=False,
        )
        os.close(to_browser_r)
        os.close(from_browser_w)
        self._buffer = b""
        self._next_id = 0
        self._events: list[dict[str, Any]] = []
        try:
            target = self.send("Target.createTarget", {"url": "about:blank"})["targetId"]
            self._session = self.send("Target.attachToTarget",
                                      {"targetId": target, "flatten": True})["sessionId"]
            self.send("Page.enable", session=True)
            self.send("Emulation.setDeviceMetricsOverride", size or LAPTOP, session=True)
        except BaseException:
            self.close()
            raise

    def send(self, method: str, params: dict[str, Any] | None = None, *, session: bool = False) -> Any:
        """One DevTools command; returns its result (events read meanwhile are kept)."""
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
        """Load ``url`` and wait for its load event (inline scripts have run by then)."""
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

    def dom(self) -> str:
        """The page's document as it stands now (after its scripts ran)."""
        return str(self.js("document.documentElement.outerHTML"))

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
            for fd in (self._to_browser, self._from_browser):
                try:
                    os.close(fd)
                except OSError:
                    continue  # closed already (a second close)
            shutil.rmtree(self._profile, ignore_errors=True)

    def __enter__(self) -> "Chromium":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


__all__ = ["Chromium", "find_chromium", "viewport", "PHONE", "LAPTOP"]
