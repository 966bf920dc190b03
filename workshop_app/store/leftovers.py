"""Half-written files left behind when the app is killed mid-way, and removing them later.

Creating a session (``NAME.workshop.creating``), restoring a backup (``NAME.workshop.restoring``)
and keeping the original of an upgraded file (``NAME.schemaN.workshop.bak.partial``) each
write a temporary file whose name is made from the session's name, and only ever while holding
that session's editing lock (store/lock.py). Backups are written the same way into the
session's own backup folder (``*.partial``). So a process that holds the lock knows that any
such file is a leftover of one that was killed: it is ours (the name says so) and stale (no
one else can be writing it), and removing it loses nothing, because the operation it belonged
to never finished (the session file itself was never replaced by it).
"""

from __future__ import annotations

import glob
import logging
from pathlib import Path

log = logging.getLogger(__name__)

CREATING = ".creating"
RESTORING = ".restoring"
PARTIAL = ".partial"
# A temporary SQLite file may come with its journal or WAL files.
_SIDES = ("", "-journal", "-wal", "-shm")


def staging_files(path: Path, tag: str) -> list[Path]:
    """The temporary file ``path`` + ``tag`` and the SQLite files that may come with it."""
    return [path.with_name(path.name + tag + side) for side in _SIDES]


def remove_stale(files: list[Path]) -> list[Path]:
    """Remove these leftovers (the caller holds the lock that proves them stale)."""
    removed = []
    for f in files:
        try:
            if f.is_file() or f.is_symlink():
                f.unlink()
                removed.append(f)
        except OSError as exc:  # e.g. a read-only folder: the leftover stays, nothing breaks
            log.warning("leftover %s could not be removed: %s", f, exc)
    if removed:
        log.info("removed leftovers of an interrupted operation: %s", ", ".join(map(str, removed)))
    return removed


def sweep_beside(path: Path) -> list[Path]:
    """Remove the leftovers beside session ``path``; call only while holding its lock."""
    files = staging_files(path, CREATING) + staging_files(path, RESTORING)
    pattern = f"{glob.escape(path.stem)}.schema*{glob.escape(path.suffix)}.bak{PARTIAL}"
    for partial in path.parent.glob(pattern):
        files += [partial, *(partial.with_name(partial.name + s) for s in _SIDES[1:])]
    return remove_stale(files)


def sweep_backup_folder(folder: Path) -> list[Path]:
    """Remove interrupted backups from a session's backup folder (its lock held)."""
    if not folder.is_dir():
        return []
    files: list[Path] = []
    for partial in folder.glob(f"*.workshop{PARTIAL}"):
        files += [partial, *(partial.with_name(partial.name + s) for s in _SIDES[1:])]
    return remove_stale(files)


__all__ = ["CREATING", "RESTORING", "PARTIAL", "staging_files", "remove_stale", "sweep_beside",
           "sweep_backup_folder"]
