"""Reading a session file without ever writing it: the byte checks, one consistent private
view (WAL applied), the whole-file check, and a torn-free copy before anything risky."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Callable, TypeVar

from .errors import SessionFileError
from .leftovers import PARTIAL
from .snapshot import FileBusyError, read_consistently
from .validate import FileCheckError, check_file

SQLITE_HEADER = b"SQLite format 3\x00"
T = TypeVar("T")


def check_bytes(p: Path) -> None:
    """The checks that need no SQLite: the file is there and starts like a session."""
    if not p.exists():
        raise SessionFileError(f"{p}: no such file.")
    if p.is_dir():
        raise SessionFileError(f"{p}: is a folder, not a session file.")
    try:
        with open(p, "rb") as fh:
            head = fh.read(100)
    except OSError as exc:
        raise SessionFileError(f"{p}: cannot be read ({exc.strerror}).") from None
    if not head:
        raise SessionFileError(f"{p}: the file is empty, not a workshop session.")
    if not head.startswith(SQLITE_HEADER):
        raise SessionFileError(f"{p}: not a workshop session (not a SQLite database, or corrupt).")
    if len(head) < 100:
        raise SessionFileError(f"{p}: the file is truncated (only {len(head)} bytes).")


def checked_read(
    path: Path, use: Callable[[sqlite3.Connection], T], discard: Callable[[T], None] | None = None
) -> T:
    """Run ``use`` on a consistent private view of ``path``; every failure names the file."""
    try:
        return read_consistently(path, use, discard=discard)
    except SessionFileError:
        raise
    except FileCheckError as exc:
        raise SessionFileError(f"{path}: {exc}.") from None
    except FileBusyError:
        raise SessionFileError(
            f"{path}: the file kept changing while it was read (saved by another window?); "
            "please try again."
        ) from None
    except sqlite3.DatabaseError as exc:
        raise SessionFileError(f"{path}: the session file is damaged or truncated ({exc}).") from None
    except OSError as exc:
        raise SessionFileError(f"{path}: cannot be read ({exc.strerror or exc}).") from None


def inspect_file(path: str | os.PathLike[str]) -> int:
    """Check that ``path`` is a session this version can open; return its schema version.

    The whole check (schema, integrity, every row), with the WAL applied as SQLite would,
    and without writing anything: a file that fails is left byte-for-byte as it was.
    """
    p = Path(path)
    check_bytes(p)
    return checked_read(p, check_file)


def backup_copy(path: Path, tag: str) -> Path:
    """Copy a session file (WAL applied) beside it before anything risky happens to it.

    Written under a temporary name and renamed when complete, so a copy is never torn; a
    leftover temporary file is removed on the next opening (store/leftovers.py).
    """

    dest = path.with_name(f"{path.stem}.{tag}{path.suffix}.bak")
    n = 1
    while dest.exists():
        n += 1
        dest = path.with_name(f"{path.stem}.{tag}-{n}{path.suffix}.bak")
    partial = dest.with_name(dest.name + PARTIAL)

    def copy(conn: sqlite3.Connection) -> None:
        partial.unlink(missing_ok=True)
        out = sqlite3.connect(partial)
        try:
            conn.backup(out)
            out.execute("PRAGMA journal_mode=DELETE")
        finally:
            out.close()

    try:
        checked_read(path, copy)
        with open(partial, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(partial, dest)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return dest


__all__ = ["SQLITE_HEADER", "backup_copy", "check_bytes", "checked_read", "inspect_file"]
