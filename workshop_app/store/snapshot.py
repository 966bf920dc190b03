"""A consistent look at a session file that never writes to it or beside it.

Checking a file, or reading it read-only, must not change anything the user owns: not the
file, and not its ``-wal``/``-shm`` sidecars, which may belong to an editor in another window.
A SQLite connection, even a read-only one, creates sidecars next to a WAL-mode file and cannot
safely remove them again (an editor may have started to use them meanwhile; removing its WAL
loses its edits). So the user's file is only ever read as bytes:

* without a WAL holding frames, the main file is the whole session and is read in place with
  ``immutable=1`` (no locks, no sidecars);
* with one (an editor is open, or one was killed, or the disk filled up), the main file and
  the WAL are copied into a private temporary folder and SQLite opens the copy, where it
  replays the WAL as it would for the user: a file killed in the middle of a checkpoint shows
  every saved edit, exactly as SQLite itself would show it.

Either read is consistent only if no editor rewrote the file meanwhile, which is checked
afterwards; otherwise the read is repeated. Why the checks suffice: an editor writes the main
file only in a checkpoint, and a checkpoint only copies in pages that are also in the current
WAL. So if the WAL's header (its salts) is the same before and after, every page a checkpoint
wrote during the copy is also in the copied WAL, with the same or a newer version, and
replaying that WAL gives a state the editor really had. Without a WAL, none may have
appeared (an editor's first commit writes one before any checkpoint touches the main file),
and the main file's size and times must not have changed at all.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, TypeVar

T = TypeVar("T")

WAL_HEADER_BYTES = 32
ATTEMPTS = 10  # with the growing pauses below, about a second of retrying in all


class FileBusyError(Exception):
    """The file kept changing under every attempt to read it (an editor saving constantly)."""


@dataclass(frozen=True)
class _Seen:
    """What identifies one state of the file on disk, for the before/after comparison."""

    main: tuple[int, int, int, int, int]  # device, inode, size, mtime and ctime in ns
    wal: bytes | None  # the WAL header (salts change whenever the WAL restarts); None: no WAL

    @property
    def identity(self) -> tuple[int, int]:
        return self.main[:2]


def wal_path(path: Path) -> Path:
    return path.with_name(path.name + "-wal")


def _wal_header(path: Path) -> bytes | None:
    """The header of a WAL that may hold frames, or ``None`` when there is nothing to replay."""
    try:
        with open(wal_path(path), "rb") as fh:
            head = fh.read(WAL_HEADER_BYTES + 1)
    except FileNotFoundError:
        return None
    return head[:WAL_HEADER_BYTES] if len(head) > WAL_HEADER_BYTES else None


def _seen(path: Path) -> _Seen:
    st = os.stat(path)
    return _Seen((st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns),
                 _wal_header(path))


def _untrusted(conn: sqlite3.Connection) -> sqlite3.Connection:
    """Nothing stored in the file may call functions with side effects (defence in depth)."""
    conn.execute("PRAGMA trusted_schema=OFF")
    conn.execute("PRAGMA query_only=ON")
    return conn


def _in_place(path: Path) -> sqlite3.Connection:
    uri = path.resolve().as_uri() + "?mode=ro&immutable=1"
    return _untrusted(sqlite3.connect(uri, uri=True, isolation_level=None))


def _copied(path: Path, folder: Path, wal_head: bytes) -> sqlite3.Connection | None:
    """Open a private copy of the file and its WAL; ``None`` if the WAL changed meanwhile."""
    copy = folder / "session.workshop"
    shutil.copyfile(path, copy)
    try:
        shutil.copyfile(wal_path(path), wal_path(copy))
    except FileNotFoundError:
        return None  # the editor closed and removed its WAL meanwhile
    with open(wal_path(copy), "rb") as fh:
        if fh.read(WAL_HEADER_BYTES) != wal_head:
            return None
    # Read-write on the copy, so SQLite can replay the WAL there (never on the user's file).
    # Exclusive: the WAL index lives in memory, no -shm; no flushing a throw-away copy.
    conn = sqlite3.connect(copy, isolation_level=None)
    conn.execute("PRAGMA locking_mode=EXCLUSIVE")
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA trusted_schema=OFF")
    return conn


def read_consistently(
    path: str | os.PathLike[str],
    use: Callable[[sqlite3.Connection], T],
    *,
    discard: Callable[[T], None] | None = None,
) -> T:
    """Run ``use`` on a consistent view of the session at ``path`` and return its result.

    ``use`` may raise ``sqlite3.DatabaseError`` or any error of its own; the error is passed
    on only if the file did not change during the read (a torn read is repeated instead).
    ``discard`` frees a result that has to be thrown away because the file changed.
    """
    p = Path(path)
    for attempt in range(ATTEMPTS):
        before = _seen(p)
        result: T | None = None
        error: Exception | None = None
        with contextlib.ExitStack() as stack:
            if before.wal is None:
                conn = _in_place(p)
            else:
                tmp = stack.enter_context(tempfile.TemporaryDirectory(prefix="workshop-check-"))
                conn = _copied(p, Path(tmp), before.wal)
            if conn is not None:
                try:
                    result = use(conn)
                except Exception as exc:  # judged below: passed on, or the read is repeated
                    error = exc
                finally:
                    conn.close()
        if conn is not None and _unchanged(p, before):
            if error is not None:
                raise error
            return result  # type: ignore[return-value]
        if result is not None and discard is not None:
            discard(result)
        time.sleep(0.02 * (attempt + 1))
    raise FileBusyError(f"{p} kept changing while it was read")


def _unchanged(path: Path, before: _Seen) -> bool:
    try:
        after = _seen(path)
    except FileNotFoundError:
        return False
    if before.wal is None:
        # An editor writes the main file only after a commit has given the WAL a header.
        return after.main == before.main and after.wal is None
    return after.identity == before.identity and after.wal == before.wal


__all__ = ["FileBusyError", "read_consistently", "wal_path", "WAL_HEADER_BYTES"]
