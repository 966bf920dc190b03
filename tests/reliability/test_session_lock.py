"""One editor per session file: a second opening for editing, in this process or another one,
is refused with a message naming the holder and offering read-only; read-only openings always
work; closing, or the holder being killed, frees the file."""

from __future__ import annotations

import errno
import json
import os
import signal
import socket
import subprocess
import sys
from pathlib import Path
from typing import Iterator

import pytest

from workshop_app import Session, SessionFileError, cli
from workshop_app.store import lock as lock_mod
from workshop_app.store.lock import SessionLockedError, is_locked, lock_path_for, read_holder

ROOT = Path(__file__).resolve().parents[2]

HOLDER = """
import sys
from workshop_app import Session
s = Session.open(sys.argv[1])
s.add_actor("Added by the other window")
print("HELD", flush=True)
sys.stdin.readline()
s.close()
print("CLOSED", flush=True)
"""

SECOND = """
import sys
from workshop_app import Session
from workshop_app.store.lock import SessionLockedError
try:
    Session.open(sys.argv[1])
except SessionLockedError as exc:
    print("LOCKED", exc.holder.pid if exc.holder else "?", str(exc))
"""


def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    env["WORKSHOP_APP_DATA_DIR"] = str(tmp_path / "data")
    return env


@pytest.fixture
def path(tmp_path: Path) -> Path:
    p = tmp_path / "lyon.workshop"
    with Session.create(p, title="Lyon") as s:
        s.add_actor("City of Lyon")
    return p


@pytest.fixture
def holder(path: Path, tmp_path: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process with the session open for editing (and one unsaved-in-this-process edit)."""
    proc = subprocess.Popen([sys.executable, "-c", HOLDER, str(path)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True, env=_env(tmp_path))
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "HELD"
    yield proc
    if proc.poll() is None:
        proc.kill()
    proc.wait(timeout=10)


def test_second_opening_in_the_same_process_is_refused_and_offered_read_only(path: Path) -> None:
    first = Session.open(path)
    try:
        with pytest.raises(SessionLockedError) as info:
            Session.open(path)
        message = str(info.value)
        assert "\n" not in message
        assert str(path) in message and "already open for editing" in message
        assert f"pid {os.getpid()} on {socket.gethostname()}" in message
        assert "read-only" in message
        assert isinstance(info.value, SessionFileError)  # the CLI's one-line error handles it
        first.add_actor("Vendor SA")
        with Session.open(path, read_only=True) as look:  # always possible, sees saved edits
            assert [a.name for a in look.actors] == ["City of Lyon", "Vendor SA"]
        assert is_locked(path)
    finally:
        first.close()
    assert not lock_path_for(path).exists()
    assert not is_locked(path)
    with Session.open(path) as again:
        assert len(again.actors) == 2


def test_a_new_session_is_locked_from_creation(tmp_path: Path) -> None:
    with Session.create(tmp_path / "new.workshop"):
        with pytest.raises(SessionLockedError):
            Session.open(tmp_path / "new.workshop")
    Session.open(tmp_path / "new.workshop").close()


def test_read_only_openings_never_touch_the_lock(path: Path) -> None:
    folder = sorted(p.name for p in path.parent.iterdir())
    with Session.open(path, read_only=True), Session.open(path, read_only=True):
        assert not lock_path_for(path).exists()
        with Session.open(path) as editor:  # readers do not block the one editor
            editor.add_actor("Vendor SA")
    assert sorted(p.name for p in path.parent.iterdir()) == folder


def test_another_process_holding_the_file_blocks_editing_until_it_closes(
    path: Path, holder: subprocess.Popen[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SessionLockedError) as info:
        Session.open(path)
    assert info.value.holder is not None and info.value.holder.pid == holder.pid
    assert f"pid {holder.pid}" in str(info.value)
    # The read-only command line keeps working on the locked file.
    assert cli.main(["info", str(path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["actors"] == 2
    assert holder.stdin is not None and holder.stdout is not None
    holder.stdin.write("\n")
    holder.stdin.flush()
    assert holder.stdout.readline().strip() == "CLOSED"
    with Session.open(path) as s:
        assert [a.name for a in s.actors] == ["City of Lyon", "Added by the other window"]


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_a_killed_holder_does_not_block_the_file(
    path: Path, holder: subprocess.Popen[str]
) -> None:
    assert is_locked(path)
    os.kill(holder.pid, signal.SIGKILL)
    holder.wait(timeout=10)
    assert lock_path_for(path).exists()  # left behind by the killed app ...
    with Session.open(path) as s:  # ... and simply taken over
        assert read_holder(path) is not None and read_holder(path).pid == os.getpid()  # type: ignore[union-attr]
        assert [a.name for a in s.actors] == ["City of Lyon", "Added by the other window"]
    assert not lock_path_for(path).exists()


def test_a_second_process_gets_the_error_while_this_one_edits(path: Path, tmp_path: Path) -> None:
    with Session.open(path):
        out = subprocess.run([sys.executable, "-c", SECOND, str(path)], capture_output=True,
                             text=True, env=_env(tmp_path), timeout=60)
        assert out.returncode == 0, out.stderr
        assert out.stdout.startswith(f"LOCKED {os.getpid()} "), out.stdout
        assert "Open it read-only instead?" in out.stdout


def test_a_failed_opening_releases_the_lock(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from workshop_app.store import SqliteStore

    def broken_load(self: SqliteStore, model: object) -> None:
        raise ValueError("a row the app cannot read")

    monkeypatch.setattr(SqliteStore, "load", broken_load)
    with pytest.raises(SessionFileError, match="could not be read"):
        Session.open(path)
    monkeypatch.undo()
    assert not lock_path_for(path).exists()
    Session.open(path).close()


def _dead_pid() -> int:
    proc = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    return int(proc.stdout)


def _write_holder(path: Path, pid: int, host: str) -> None:
    lock_path_for(path).write_text(json.dumps({"pid": pid, "host": host,
                                               "time": "2024-05-02T09:30:00+00:00"}))


@pytest.fixture
def no_os_locks(monkeypatch: pytest.MonkeyPatch) -> None:
    """A file system without OS locks (some network shares): only the pid check remains."""
    if sys.platform == "win32":
        pytest.skip("the pid fallback is POSIX only")

    def unsupported(fd: int) -> None:
        raise OSError(errno.ENOLCK, "No locks available")

    monkeypatch.setattr(lock_mod, "_os_lock", unsupported)


@pytest.mark.usefixtures("no_os_locks")
def test_without_os_locks_a_dead_holder_is_taken_over(path: Path) -> None:
    _write_holder(path, _dead_pid(), socket.gethostname())
    with Session.open(path):
        assert read_holder(path).pid == os.getpid()  # type: ignore[union-attr]


@pytest.mark.usefixtures("no_os_locks")
@pytest.mark.parametrize("where", ["live process here", "another computer"])
def test_without_os_locks_a_live_or_remote_holder_blocks(path: Path, where: str) -> None:
    host = socket.gethostname() if where == "live process here" else "projector-laptop"
    _write_holder(path, os.getppid(), host)
    with pytest.raises(SessionLockedError) as info:
        Session.open(path)
    assert f"on {host}, since 2024-05-02" in str(info.value)
    assert read_holder(path).host == host  # type: ignore[union-attr]  # the holder's note stays


@pytest.mark.usefixtures("no_os_locks")
def test_without_os_locks_two_windows_of_one_process_are_still_told_apart(path: Path) -> None:
    with Session.open(path):
        with pytest.raises(SessionLockedError):
            Session.open(path)
    Session.open(path).close()


@pytest.mark.skipif(sys.platform == "win32", reason="symbolic links need privileges there")
def test_a_link_to_the_file_shares_its_lock(path: Path, tmp_path: Path) -> None:
    link = tmp_path / "shortcut.workshop"
    link.symlink_to(path)
    with Session.open(path):
        with pytest.raises(SessionLockedError):
            Session.open(link)
