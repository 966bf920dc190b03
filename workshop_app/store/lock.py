"""One editor per session file: an OS lock on a small ``NAME.workshop.lock`` file beside it.

Two windows writing to the same file would each undo the other's edits from a stale history,
so a second opening for editing is refused and offered read-only instead. The lock is an
operating-system lock (``flock`` on POSIX, a byte-range lock on Windows) held on an open file
handle: the kernel drops it when the holder exits or is killed, so a crashed app never blocks
the file. The lock file only carries who holds it (pid, host, time) for the message; a
leftover from a crash is simply taken over. On file systems without OS locks the holder's pid
is checked instead (POSIX, same host). Read-only openings never take or look at the lock.

A lock beside the file guards a *name*. A session renamed or moved while open, or reached
through a hard link, is the same file under another name, and a second editor there would
silently overwrite the first one's edits. So the editor also locks the file's identity (its
device and inode number) in a private folder of the user's runtime directory: every name of
one file meets the same identity lock, on this computer. The lock beside the file still
guards against a second computer on a shared folder.
"""

from __future__ import annotations

import errno
import json
import logging
import os
import socket
import stat
import sys
import tempfile
import warnings
import weakref
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from .errors import SessionFileError

log = logging.getLogger(__name__)

APP_NAME = "Assemblage Workshop"
LOCK_SUFFIX = ".lock"
# Tests point this at a folder of their own; every process of one test run must agree on it.
RUNTIME_DIR_ENV = "WORKSHOP_APP_RUNTIME_DIR"
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
    path: str = ""  # the name the holder opened the file by (identity locks only)

    def describe(self) -> str:
        since = ""
        try:
            when = datetime.fromisoformat(self.time).astimezone()
            since = f", since {when:%Y-%m-%d %H:%M}"
        except ValueError:
            pass  # an unreadable time is only left out of the message
        opened_as = f", opened as {self.path}" if self.path else ""
        return f"pid {self.pid} on {self.host}{since}{opened_as}"

    @classmethod
    def current(cls, path: str = "") -> "LockHolder":
        return cls(
            pid=os.getpid(),
            host=socket.gethostname(),
            time=datetime.now(timezone.utc).isoformat(timespec="seconds"),
            path=path,
        )


def lock_path_for(session_path: str | os.PathLike[str]) -> Path:
    """The lock file that guards ``session_path`` (``NAME.workshop.lock`` beside it).

    Resolved, so that a link and the file it points to share one lock.
    """
    p = Path(session_path).resolve()
    return p.with_name(p.name + LOCK_SUFFIX)


def read_holder(session_path: str | os.PathLike[str]) -> LockHolder | None:
    """The holder named in the lock file (or, for a file open under another name, in its
    identity lock), or ``None`` if there is no readable one."""
    return _read_holder_file(lock_path_for(session_path)) or identity_holder(session_path)


def _read_holder_file(lock_file: Path) -> LockHolder | None:
    try:
        raw = lock_file.read_bytes()[:4096]
        data: Any = json.loads(raw.split(b"\0", 1)[0].decode("utf-8"))
        return LockHolder(int(data["pid"]), str(data["host"]), str(data["time"]),
                          str(data.get("path", "")))
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def _private_dir(folder: Path) -> bool:
    """Whether ``folder`` exists (created if need be) and nobody else can put files in it."""
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        st = folder.stat()
    except OSError:
        return False
    if sys.platform == "win32":
        return True  # per-user folders under the profile; no uid/mode bits to check
    return stat.S_ISDIR(st.st_mode) and st.st_uid == os.getuid() and not st.st_mode & 0o022


def identity_lock_dir() -> Path | None:
    """The private folder for identity locks, or ``None`` when none can be made safely."""
    override = os.environ.get(RUNTIME_DIR_ENV)
    candidates: list[Path] = []
    if override:
        candidates.append(Path(override))
    else:
        import platformdirs

        with warnings.catch_warnings():  # it warns when it falls back; so do we, below
            warnings.simplefilter("ignore")
            candidates.append(Path(platformdirs.user_runtime_dir(APP_NAME, appauthor=False)))
        uid = os.getuid() if hasattr(os, "getuid") else os.environ.get("USERNAME", "user")
        candidates.append(Path(tempfile.gettempdir()) / f"assemblage-workshop-{uid}")
    for base in candidates:
        if _private_dir(base) and _private_dir(base / "locks"):
            return base / "locks"
    log.warning("no private folder for identity locks (tried %s); a renamed session is then "
                "guarded by the lock beside it only", ", ".join(map(str, candidates)))
    return None


def file_identity(path: str | os.PathLike[str]) -> tuple[int, int] | None:
    """(device, inode) of the file at ``path``: the same for every name of one file."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


class _IdentityLock:
    """The OS lock on ``<runtime>/locks/<device>-<inode>.lock`` for one session file."""

    def __init__(self, session_path: Path, identity: tuple[int, int], folder: Path) -> None:
        self.session_path = session_path
        self.identity = identity
        self.path = folder / f"{identity[0]:x}-{identity[1]:x}.lock"
        self._fd: int | None = None
        self._finalizer: weakref.finalize | None = None  # type: ignore[type-arg]

    def acquire(self) -> None:
        flags = os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
        for _ in range(5):  # only repeats when a holder removed the file under us
            fd = os.open(self.path, flags, 0o600)
            try:
                _os_lock(fd)
            except OSError as exc:
                os.close(fd)
                if sys.platform == "win32" or exc.errno in _BUSY:
                    holder = _read_holder_file(self.path)
                    raise SessionLockedError(self.session_path, holder) from None
                raise
            if _same_file(fd, self.path):
                holder = LockHolder.current(str(self.session_path))
                _write_holder_fd(fd, holder)
                self._fd = fd
                self._finalizer = weakref.finalize(self, os.close, fd)  # dropped: lock freed
                return
            os.close(fd)
        raise SessionFileError(f"{self.session_path}: the lock file keeps changing; try again.")

    def release(self) -> None:
        fd, self._fd = self._fd, None
        if fd is None:
            return
        if sys.platform != "win32":
            self.path.unlink(missing_ok=True)  # while still locked: nobody locks the old file
        try:
            _os_unlock(fd)
        except OSError:
            pass  # closing the handle below releases it anyway
        if self._finalizer is not None:
            self._finalizer()  # closes fd exactly once, which drops the OS lock
            self._finalizer = None
        if sys.platform == "win32":
            try:
                self.path.unlink(missing_ok=True)
            except OSError as exc:  # another process has it open right now: harmless
                log.debug("identity lock %s left in place: %s", self.path, exc)


def _same_file(fd: int, path: Path) -> bool:
    if sys.platform == "win32":
        return True  # an open file cannot be unlinked there
    try:
        now = os.stat(path)
    except FileNotFoundError:
        return False
    mine = os.fstat(fd)
    return (now.st_dev, now.st_ino) == (mine.st_dev, mine.st_ino)


def _write_holder_fd(fd: int, holder: LockHolder) -> None:
    text = json.dumps(holder.__dict__).encode("utf-8") + b"\n"
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, text)
    os.ftruncate(fd, len(text))


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
        self._identity_lock: _IdentityLock | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    @property
    def identity(self) -> tuple[int, int] | None:
        """(device, inode) of the session file as it was locked; ``None`` for no file yet."""
        return self._identity_lock.identity if self._identity_lock else None

    def acquire(self) -> None:
        """Take the lock or raise; a lock left by a crashed or killed app is taken over.

        The lock beside the file comes first, then the lock on the file's identity.
        """
        if self._fd is not None:
            return
        self._acquire_by_name()
        try:
            self._acquire_identity()
        except BaseException:
            self.release()
            raise

    def _acquire_identity(self) -> None:
        folder = identity_lock_dir()
        for _ in range(5):  # only repeats when the file is replaced while we lock it
            identity = file_identity(self.session_path)
            if identity is None or folder is None:
                return  # nothing there yet (a restore onto a new name): the name lock guards it
            lock = _IdentityLock(self.session_path, identity, folder)
            try:
                lock.acquire()
            except OSError as exc:
                log.warning("identity lock %s not taken: %s", lock.path, exc)
                return
            if file_identity(self.session_path) == identity:
                self._identity_lock = lock
                return
            lock.release()
        raise SessionFileError(f"{self.session_path}: the file keeps being replaced; try again.")

    def _acquire_by_name(self) -> None:
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
        identity, self._identity_lock = self._identity_lock, None
        if identity is not None:
            identity.release()
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
    """Whether someone holds ``session_path`` open for editing right now (a quick probe).

    Also true when the file is open under another name (renamed while open, a hard link).
    """
    if not lock_path_for(session_path).exists():
        return _identity_locked(Path(session_path))
    probe = SessionLock(session_path)
    try:
        probe.acquire()
    except SessionLockedError:
        return True
    except SessionFileError:
        return False
    probe.release()
    return False


def _identity_locked(session_path: Path) -> bool:
    folder, identity = identity_lock_dir(), file_identity(session_path)
    if folder is None or identity is None:
        return False
    probe = _IdentityLock(session_path, identity, folder)
    if not probe.path.exists():
        return False
    try:
        probe.acquire()
    except SessionLockedError:
        return True
    except (SessionFileError, OSError):
        return False
    probe.release()
    return False


def identity_holder(session_path: str | os.PathLike[str]) -> LockHolder | None:
    """Who holds the identity lock of the file at ``session_path`` (for messages)."""
    folder, identity = identity_lock_dir(), file_identity(session_path)
    if folder is None or identity is None:
        return None
    return _read_holder_file(_IdentityLock(Path(session_path), identity, folder).path)


__all__ = [
    "SessionLock",
    "SessionLockedError",
    "LockHolder",
    "lock_path_for",
    "read_holder",
    "identity_holder",
    "identity_lock_dir",
    "file_identity",
    "is_locked",
]
