"""Telling session files apart from outputs, so that no export or bundle ever replaces one.

A session is recognised by its content, not only its name: SQLite's header and the app's
``application_id`` (bytes 68-71 of the header), read without opening the database, so that
looking never creates a sidecar or takes a lock. Any name ending in ``.workshop`` counts too,
as do a session's sidecars (``-wal``, ``-shm``, ``-journal``, ``.lock``): writing over a WAL
file would throw away every edit it holds.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from ..store.schema import APPLICATION_ID
from ..store import SUFFIX
from ..store.inspect import SQLITE_HEADER
from .errors import SessionInTheWay

SIDECARS = ("-wal", "-shm", "-journal", ".lock")
_HEADER_BYTES = 72  # the application id is the big-endian integer at offset 68


def is_session_file(path: str | os.PathLike[str]) -> bool:
    """Whether ``path`` is a regular file that starts like a workshop session."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return False  # a FIFO or device would block or lie; never a session
        with open(path, "rb") as fh:
            head = fh.read(_HEADER_BYTES)
    except OSError:
        return False
    return (len(head) == _HEADER_BYTES and head.startswith(SQLITE_HEADER)
            and int.from_bytes(head[68:72], "big") == APPLICATION_ID)


def _named_like_a_session(path: Path) -> bool:
    return path.name.lower().endswith(SUFFIX)


def session_of_sidecar(path: Path) -> Path | None:
    """The session that ``path`` is a sidecar of (``x.workshop-wal`` -> ``x.workshop``)."""
    for side in SIDECARS:
        if path.name.endswith(side) and len(path.name) > len(side):
            base = path.with_name(path.name[: -len(side)])
            if _named_like_a_session(base) or is_session_file(base):
                return base
    return None


def refuse_session_target(path: str | os.PathLike[str], *, action: str = "an export") -> None:
    """Raise :class:`SessionInTheWay` if writing ``path`` could replace or damage a session."""
    p = Path(path)
    if is_session_file(p):
        raise SessionInTheWay(f"{p}: is a workshop session; {action} never writes over a "
                              "session file; choose another name.")
    if _named_like_a_session(p):
        raise SessionInTheWay(f"{p}: names ending in {SUFFIX} are kept for session files, and "
                              f"{action} never writes one; choose another name.")
    owner = session_of_sidecar(p)
    if owner is not None:
        raise SessionInTheWay(f"{p}: belongs to the session {owner.name} (it holds its latest "
                              f"edits); {action} never writes over it; choose another name.")


def session_inside(folder: str | os.PathLike[str], *, deep: bool = True) -> Path | None:
    """The first session file in ``folder`` (and below, with ``deep``), else None.

    Links are not followed below the top: replacing a folder removes a link, not what it
    points to.
    """
    top = Path(folder)
    for root, dirs, files in os.walk(top):
        for name in sorted(files):
            p = Path(root, name)
            if _named_like_a_session(p) or is_session_file(p):
                return p
        if not deep:
            break
        dirs.sort()
    return None


def refuse_session_folder(folder: str | os.PathLike[str], *, action: str = "an export",
                          deep: bool = True) -> None:
    """Raise :class:`SessionInTheWay` if ``folder`` holds a session (it would be replaced or
    filled with export files)."""
    p = Path(folder)
    if not p.is_dir():
        return
    found = session_inside(p, deep=deep)
    if found is not None:
        raise SessionInTheWay(f"{p}: holds the session file {found.relative_to(p)}; {action} "
                              "never writes into a folder with a session in it; choose a new "
                              "folder.")


__all__ = ["SIDECARS", "is_session_file", "refuse_session_folder", "refuse_session_target",
           "session_inside", "session_of_sidecar"]
