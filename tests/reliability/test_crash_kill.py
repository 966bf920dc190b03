"""A session survives the app being killed at any moment: every edit that was reported as done
is in the file, the file passes SQLite's integrity check, and it opens and edits again.

A child process edits through the public API (add actors and relations, score, change roles,
undo, redo) and reports each edit once ``execute``/``undo``/``redo`` has returned; the test
kills it with SIGKILL at random moments, many times over, and compares the reopened file with a
reference session that replayed the same scripted steps without interruption.
"""

from __future__ import annotations

import importlib.util
import os
import queue
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path
from types import ModuleType
from typing import IO, Iterator

import pytest

from workshop_app import Session
from workshop_app.store.backups import list_backups
from workshop_app.store import inspect_file

ROOT = Path(__file__).resolve().parents[2]
WORKER = Path(__file__).with_name("crash_edit_worker.py")
KILLS = int(os.environ.get("WORKSHOP_CRASH_KILLS", "30"))
# Another seed kills at other moments: for i in $(seq 50); do WORKSHOP_CRASH_SEED=$i pytest ...
SEED = int(os.environ.get("WORKSHOP_CRASH_SEED", "20240611"))

pytestmark = pytest.mark.skipif(
    sys.platform == "win32" or not hasattr(os, "fork"), reason="needs fork and SIGKILL (POSIX)"
)


def _load_worker() -> ModuleType:
    spec = importlib.util.spec_from_file_location("crash_edit_worker", WORKER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _integrity(path: Path) -> str:
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


class Worker:
    """The fork server process and its output lines, read on a thread so reads can time out."""

    def __init__(self, path: Path, data_dir: Path) -> None:
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
        env["WORKSHOP_APP_DATA_DIR"] = str(data_dir)
        self.proc = subprocess.Popen(
            [sys.executable, str(WORKER), str(path)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1, env=env,
        )
        self.lines: queue.Queue[str] = queue.Queue()
        assert self.proc.stdout is not None
        threading.Thread(target=self._read, args=(self.proc.stdout,), daemon=True).start()

    def _read(self, out: IO[str]) -> None:
        for line in out:
            self.lines.put(line.strip())
        self.lines.put("CLOSED")

    def line(self) -> str:
        text = self.lines.get(timeout=30)
        assert not text.startswith(("ERR", "CLOSED")), text
        return text

    def send(self, text: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(text + "\n")
        self.proc.stdin.flush()

    def stop(self) -> None:
        if self.proc.poll() is None:
            try:
                self.send("QUIT")
                self.proc.wait(timeout=10)
            except (OSError, subprocess.TimeoutExpired):
                self.proc.kill()
                self.proc.wait()


@pytest.fixture
def worker_module() -> ModuleType:
    return _load_worker()


@pytest.fixture
def crash_file(tmp_path: Path) -> Path:
    path = tmp_path / "crash.workshop"
    Session.create(path, title="Crash test").close()
    return path


@pytest.fixture
def worker(crash_file: Path, tmp_path: Path) -> Iterator[Worker]:
    w = Worker(crash_file, tmp_path / "data")
    try:
        assert w.line() == "READY"
        yield w
    finally:
        w.stop()


def test_killed_mid_edit_keeps_every_acknowledged_edit(
    crash_file: Path, worker: Worker, worker_module: ModuleType, tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    wm = worker_module
    monkeypatch.setenv("WORKSHOP_APP_DATA_DIR", str(tmp_path / "data"))
    reference = Session.create(tmp_path / "reference.workshop", title="Crash test")
    ref_steps = wm.event_count(reference.path)
    digests = {ref_steps: wm.digest(reference)}

    def digest_at(n: int) -> str:
        nonlocal ref_steps
        while ref_steps < n:
            wm.step(reference, ref_steps)
            ref_steps += 1
            assert wm.event_count(reference.path) == ref_steps, "a step must save exactly one edit"
            digests[ref_steps] = wm.digest(reference)
        return digests[n]

    rng = random.Random(SEED)
    for run in range(KILLS):
        acked = wm.event_count(crash_file)
        worker.send("RUN")
        first = worker.line()
        assert first.startswith("PID "), first
        pid = int(first.split()[1])
        for _ in range(rng.randint(0, 10)):
            acked = int(worker.line().split()[1])
        time.sleep(rng.uniform(0, 0.006))
        os.kill(pid, signal.SIGKILL)
        while not (line := worker.line()).startswith("EXIT"):
            acked = int(line.split()[1])  # reported before the kill landed
        status = int(line.split()[2])
        assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL, line

        saved = wm.event_count(crash_file)
        assert acked <= saved <= acked + 1, f"run {run}: {acked} acknowledged, {saved} saved"
        assert _integrity(crash_file) == "ok", f"run {run}"
        with Session.open(crash_file, read_only=True) as seen:
            assert wm.digest(seen) == digest_at(saved), f"run {run}: file differs from the script"
    reference.close()
    assert ref_steps > KILLS * 2, "the children hardly edited before being killed"
    print(f"crash test: seed {SEED}, {KILLS} kills survived, {acked} acknowledged edits kept")

    # Backups written while the children were being killed are whole sessions.
    backups = list_backups(crash_file)
    assert backups
    for b in backups:
        assert inspect_file(b.path) >= 1 and _integrity(b.path) == "ok"

    # After the last kill the file opens for editing (no stale lock) and takes new edits.
    with Session.open(crash_file) as s:
        before = len(s.actors)
        s.add_actor("After the crashes")
        s.undo()
        s.redo()
    with Session.open(crash_file, read_only=True) as s:
        assert len(s.actors) == before + 1
        assert s.actors[-1].name == "After the crashes"
    assert _integrity(crash_file) == "ok"
