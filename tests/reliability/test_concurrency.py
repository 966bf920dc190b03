"""Two windows, one session file, in the ways accidents happen on a facilitator's laptop.

* A read-only look (``Session.open(read_only=True)``, ``workshop-app info``/``bundle``) that
  starts before an editor and ends while it edits must not cost the editor a single edit, even
  when the editor is killed afterwards.
* The file renamed or moved while open, or reached through a hard link, is still one file: a
  second editor is refused; the first stops saving with a message once its file has moved, and
  every edit it saved is in the file at its new place, even if it is killed right after.

The "other window" is a child process (``editor_child.py``) killed with SIGKILL.
"""

from __future__ import annotations

import os
import queue
import signal
import subprocess
import sys
import threading
from pathlib import Path
from typing import IO, Iterator

import pytest

from workshop_app import Session, SessionLockedError
from workshop_app.store.lock import is_locked

ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("editor_child.py")

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX rename/kill semantics")


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    env["WORKSHOP_APP_DATA_DIR"] = str(tmp_path / "app-data")
    return env


class Child:
    """A process reading commands on stdin and answering one line each (read with time-outs)."""

    def __init__(self, args: list[str], env: dict[str, str]) -> None:
        self.proc = subprocess.Popen([sys.executable, *args], stdin=subprocess.PIPE,
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                     bufsize=1, env=env)
        self.lines: queue.Queue[str] = queue.Queue()
        assert self.proc.stdout is not None
        threading.Thread(target=self._read, args=(self.proc.stdout,), daemon=True).start()

    def _read(self, out: IO[str]) -> None:
        for line in out:
            self.lines.put(line.rstrip("\n"))
        self.lines.put("EOF")

    def line(self) -> str:
        return self.lines.get(timeout=60)

    def send(self, text: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(text + "\n")
        self.proc.stdin.flush()

    def kill(self) -> None:
        self.proc.send_signal(signal.SIGKILL)
        self.proc.wait(timeout=30)

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait(timeout=30)
        for stream in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
            if stream is not None:
                stream.close()


class Editor(Child):
    def __init__(self, path: Path, env: dict[str, str]) -> None:
        super().__init__([str(CHILD), str(path)], env)
        self.opening = self.line()

    @property
    def opened(self) -> bool:
        return self.opening.startswith("OPEN ")

    def edit(self, name: str) -> str:
        self.send(f"EDIT {name}")
        return self.line()


@pytest.fixture
def children() -> Iterator[list[Child]]:
    started: list[Child] = []
    yield started
    for c in started:
        c.close()


@pytest.fixture
def session(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("WORKSHOP_APP_DATA_DIR", str(tmp_path / "app-data"))
    folder = tmp_path / "workshops"
    folder.mkdir()
    path = folder / "lyon.workshop"
    with Session.create(path, title="Lyon") as s:
        s.add_actor("City of Lyon")
    return path


def _editor(path: Path, tmp_path: Path, children: list[Child]) -> Editor:
    e = Editor(path, _env(tmp_path))
    children.append(e)
    return e


def _names(path: Path) -> list[str]:
    with Session.open(path, read_only=True) as s:
        return [a.name for a in s.actors]


# -- a reader first ----------------------------------------------------------------------------
def test_a_reader_opened_first_never_costs_the_editor_an_edit(
    session: Path, tmp_path: Path, children: list[Child]
) -> None:
    reader = Session.open(session, read_only=True)
    editor = _editor(session, tmp_path, children)
    assert editor.opened, editor.opening
    acked = [editor.edit(f"Edit {i}") for i in range(5)]
    reader.close()  # the reader leaves while the editor is working
    acked += [editor.edit(f"Edit {i}") for i in range(5, 7)]
    assert acked == [f"ACK Edit {i}" for i in range(7)]
    editor.kill()
    assert _names(session) == ["City of Lyon"] + [f"Edit {i}" for i in range(7)]


PAUSED_READER = """
import sys
from workshop_app import cli
from workshop_app.session import Session

real_open = Session.open.__func__

def open_and_wait(cls, *args, **kwargs):
    session = real_open(cls, *args, **kwargs)
    print("READING", flush=True)
    sys.stdin.readline()  # stays open until the test says go on
    return session

Session.open = classmethod(open_and_wait)
sys.exit(cli.main(sys.argv[1:]))
"""


@pytest.mark.parametrize("command", ["info", "bundle"])
def test_a_command_line_reader_opened_first_never_costs_the_editor_an_edit(
    command: str, session: Path, tmp_path: Path, children: list[Child]
) -> None:
    args = ["info", str(session)] if command == "info" else [
        "bundle", str(session), "-o", str(tmp_path / "bundle")]
    reader = Child(["-c", PAUSED_READER, *args], _env(tmp_path))
    children.append(reader)
    assert reader.line() == "READING"
    editor = _editor(session, tmp_path, children)
    assert editor.opened, editor.opening
    acked = [editor.edit(f"Edit {i}") for i in range(5)]
    reader.send("go on")
    assert reader.proc.wait(timeout=120) == 0, reader.proc.stderr.read() if reader.proc.stderr else ""
    acked.append(editor.edit("Edit 5"))
    assert acked == [f"ACK Edit {i}" for i in range(6)]
    editor.kill()
    assert _names(session) == ["City of Lyon"] + [f"Edit {i}" for i in range(6)]


@pytest.mark.parametrize("command", ["info", "bundle"])
def test_command_line_readers_while_an_editor_works(
    command: str, session: Path, tmp_path: Path, children: list[Child]
) -> None:
    editor = _editor(session, tmp_path, children)
    for round_ in range(3):
        assert editor.edit(f"Edit {round_}") == f"ACK Edit {round_}"
        out_dir = tmp_path / f"bundle{round_}"
        args = ["info", str(session)] if command == "info" else [
            "bundle", str(session), "-o", str(out_dir)]
        out = subprocess.run([sys.executable, "-m", "workshop_app.cli", *args],
                             capture_output=True, text=True, env=_env(tmp_path), timeout=120)
        assert out.returncode == 0, out.stderr
    editor.kill()
    assert _names(session) == ["City of Lyon", "Edit 0", "Edit 1", "Edit 2"]


# -- one file under several names --------------------------------------------------------------
def test_renamed_while_open_no_second_editor_and_no_lost_edit(
    session: Path, tmp_path: Path, children: list[Child]
) -> None:
    first = _editor(session, tmp_path, children)
    assert first.edit("Before the rename") == "ACK Before the rename"
    renamed = session.with_name("lyon-final.workshop")
    os.rename(session, renamed)
    assert is_locked(renamed)
    second = _editor(renamed, tmp_path, children)
    assert not second.opened and "already open for editing" in second.opening, second.opening
    assert "opened as" in second.opening and str(session) in second.opening
    answer = first.edit("After the rename")
    assert answer.startswith("ERR ") and "renamed, moved" in answer, answer
    first.send("QUIT")
    assert first.line() == "CLOSED"
    assert _names(renamed) == ["City of Lyon", "Before the rename"]
    third = _editor(renamed, tmp_path, children)  # once closed, the new name is free
    assert third.opened and third.edit("At the new place") == "ACK At the new place"


def test_a_hard_link_is_the_same_session(
    session: Path, tmp_path: Path, children: list[Child]
) -> None:
    first = _editor(session, tmp_path, children)
    link = session.with_name("lyon-link.workshop")
    os.link(session, link)
    second = _editor(link, tmp_path, children)
    assert not second.opened and "already open for editing" in second.opening, second.opening
    with pytest.raises(SessionLockedError):
        Session.open(link)  # in this process too
    assert first.edit("Still the only editor") == "ACK Still the only editor"
    assert _names(link) == ["City of Lyon", "Still the only editor"]  # looking works


@pytest.mark.parametrize("then", ["killed at once", "edit refused, then killed"])
def test_moved_then_crashed_keeps_every_acknowledged_edit(
    then: str, session: Path, tmp_path: Path, children: list[Child]
) -> None:
    editor = _editor(session, tmp_path, children)
    assert [editor.edit(f"Edit {i}") for i in range(4)] == [f"ACK Edit {i}" for i in range(4)]
    elsewhere = tmp_path / "moved"
    elsewhere.mkdir()
    moved = elsewhere / session.name
    os.rename(session, moved)
    if then != "killed at once":
        answer = editor.edit("After the move")
        assert answer.startswith("ERR ") and "moved" in answer, answer
    editor.kill()
    assert _names(moved) == ["City of Lyon"] + [f"Edit {i}" for i in range(4)]
    # A new session under the old name does not pick up the old file's WAL.
    with Session.create(session, title="A new one") as s:
        assert s.actors == []
    assert _names(session) == []
