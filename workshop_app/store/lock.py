"""One editor per session file: an OS lock on a small ``NAME.workshop.lock`` file beside it.

Two windows writing to the same file would each undo the other's edits from a stale history,
so a second opening for editing is refused and offered read-only instead. The lock is an
operating-system lock (``flock`` on POSIX, a byte-range lock on Windows) held on an open file
handle: the kernel drops it when the holder exits or is killed, so a crashed app never blocks
the file. The lock file only carries who holds it (pid, host, time) for the message; a
leftover from a crash is simply taken over. On file systems without OS locks the holder's pid
is checked instead (POSIX, same host). Read-only openings never take or look at the lock.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import socket
import sys
import weakref
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from .sqlite_store import SessionFileError

log = logging.getLogger(__name__)

LOCK_SUFFIX = ".lock"
# Windows locks a byte range; lock one far past the holder text so the text stays readable.
_WINDOWS_LOCK_OFFSET = 1 << 20
_BUSY = {errno.EAGAIN, errno.EACCES, errno.EWOULDBLOCK}
# Lock files held by this process, for the pid check (the pid alone cannot tell two windows apart).
_HELD_HERE: set[str] = set()


class SessionLockedError(SessionFileError):
    """The session is already open for editing elsewhere; it can still be opened read-only."""

    def __init__(self, path: Path, holder: "LockHolder | None") -> None:
        self.path = path
        self.holder = holder
        who = holder.describe() if holder else "holder unknown"
        super().__init__(
            f"{path}: is already open for editing in another window ({who}). "
            "Open it read-only instead?"
        )


@dataclass(frozen=True)
class LockHolder:
    """Who holds a session open for editing, as written into the lock file."""

    pid: int
    host: str
    time: str  # ISO-8601 UTC, when the lock was taken

    def describe(self) -> str:
        since = ""
        try:
            when = datetime.fromisoformat(self.time).astimezone()
            since = f", since {when:%Y-%m-%d %H:%M}"
        except ValueError:
            pass  # an unreadable time is only left out of the message
        return f"pid {self.pid} on {self.host}{since}"

    @classmethod
    def current(cls) -> "LockHolder":
        return cls(
            pid=os.getpid(),
            host=socket.gethostname(),
            time=datetime.now(timezone.utc).isoformat(timespec="seconds"),
        )


def lock_path_for(session_path: str | os.PathLike[str]) -> Path:
    """The lock file that guards ``session_path`` (``NAME.workshop.lock`` beside it).

    Resolved, so that a link and the file it points to share one lock.
    """
    p = Path(session_path).resolve()
    return p.with_name(p.name + LOCK_SUFFIX)


def read_holder(session_path: str | os.PathLike[str]) -> LockHolder | None:
    """The holder named in the lock file, or ``None`` if there is no readable one."""
    try:
        raw = lock_path_for(session_path).read_bytes()[:4096]
        data: Any = json.loads(raw.split(b"\0", 1)[0].decode("utf-8"))
        return LockHolder(int(data["pid"]), str(data["host"]), str(data["time"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def _os_lock(fd: int) -> None:
    """Take the OS lock without waiting; ``BlockingIOError``/``PermissionError`` when held."""
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _os_unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process, alive
    return True


class SessionLock:
    """The editing lock of one session file; ``acquire`` raises :class:`SessionLockedError`."""

    def __init__(self, session_path: str | os.PathLike[str]) -> None:
        self.session_path = Path(session_path)
        self.path = lock_path_for(self.session_path)
        self._fd: int | None = None
        self._key = os.path.normcase(os.path.abspath(self.path))
        self._finalizer: weakref.finalize | None = None  # type: ignore[type-arg]

    @property
    def held(self) -> bool:
        return self._fd is not None

    def acquire(self) -> None:
        """Take the lock or raise; a lock left by a crashed or killed app is taken over."""
        if self._fd is not None:
            return
        for _ in range(5):  # only repeats when a holder removed the file under us
            fd = self._open()
            ours = False
            try:
                locked_by_os = self._try_os_lock(fd)
                if not self._is_current_file(fd):
                    continue  # the holder released and unlinked it meanwhile; try the new one
                if not locked_by_os:
                    self._check_pid_holder()
                self._write_holder(fd)
                ours = True
            finally:
                if not ours:
                    os.close(fd)
            self._fd = fd
            self._finalizer = weakref.finalize(self, _close_held, fd, self._key)
            _HELD_HERE.add(self._key)
            return
        raise SessionFileError(f"{self.session_path}: the lock file keeps changing; try again.")

    def release(self) -> None:
        """Drop the lock and remove the lock file (best effort: a leftover is harmless)."""
        fd, self._fd = self._fd, None
        if fd is None:
            return
        if sys.platform != "win32":
            # Remove while still holding the lock, so nobody locks the old file in between.
            self._unlink()
        try:
            _os_unlock(fd)
        except OSError:
            pass  # closing the handle below releases it anyway
        if self._finalizer is not None:
            self._finalizer()  # closes fd exactly once and forgets the key
            self._finalizer = None
        if sys.platform == "win32":
            self._unlink()  # Windows cannot remove a file that is still open

    def _unlink(self) -> None:
        try:
            self.path.unlink(missing_ok=True)
        except OSError as exc:  # e.g. another process has it open right now: harmless
            log.debug("lock file %s left in place: %s", self.path, exc)

    def __enter__(self) -> "SessionLock":
        self.acquire()
        return self

    def __exit__(self, *exc: Any) -> None:
        self.release()

    # -- steps ----------------------------------------------------------------------------
    def _open(self) -> int:
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
        try:
            return os.open(self.path, flags, 0o644)
        except OSError as exc:
            raise SessionFileError(
                f"{self.session_path}: cannot be opened for editing, because the folder does not "
                f"accept the lock file ({exc.strerror}); open it read-only or copy it."
            ) from None

    def _try_os_lock(self, fd: int) -> bool:
        """True when the OS lock is ours; False when this file system has no OS locks."""
        try:
            _os_lock(fd)
            return True
        except OSError as exc:
            if sys.platform == "win32" or exc.errno in _BUSY:
                raise SessionLockedError(self.session_path, read_holder(self.session_path)) from None
            log.info("no OS locks on %s (%s); checking the holder's pid instead", self.path, exc)
            return False

    def _is_current_file(self, fd: int) -> bool:
        if sys.platform == "win32":
            return True  # an open file cannot be unlinked there
        try:
            now = os.stat(self.path)
        except FileNotFoundError:
            return False
        mine = os.fstat(fd)
        return (now.st_dev, now.st_ino) == (mine.st_dev, mine.st_ino)

    def _check_pid_holder(self) -> None:
        holder = read_holder(self.session_path)
        if holder is None or sys.platform == "win32":
            return
        if holder.host != socket.gethostname():
            raise SessionLockedError(self.session_path, holder)
        mine = holder.pid == os.getpid()
        if (mine and self._key in _HELD_HERE) or (not mine and _pid_alive(holder.pid)):
            raise SessionLockedError(self.session_path, holder)

    def _write_holder(self, fd: int) -> None:
        text = json.dumps(LockHolder.current().__dict__).encode("utf-8") + b"\n"
        os.lseek(fd, 0, os.SEEK_SET)
        os.write(fd, text)
        os.ftruncate(fd, len(text))


def _close_held(fd: int, key: str) -> None:
    _HELD_HERE.discard(key)
    os.close(fd)


def is_locked(session_path: str | os.PathLike[str]) -> bool:
    """Whether someone holds ``session_path`` open for editing right now (a quick probe)."""
    if not lock_path_for(session_path).exists():
        return False
    probe = SessionLock(session_path)
    try:
        probe.acquire()
    except SessionLockedError:
        return True
    except SessionFileError:
        return False
    probe.release()
    return False


__all__ = [
    "SessionLock",
    "SessionLockedError",
    "LockHolder",
    "lock_path_for",
    "read_holder",
    "is_locked",
]
