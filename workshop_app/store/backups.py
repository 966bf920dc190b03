"""Rotating backups of a session file, and putting one back.

Every edit is saved at once, which also means a wrong bulk import or a deleted phase is saved
at once; undo covers most of that, a backup covers the rest (and a file damaged by a failing
disk). Backups live outside the session's folder, in the user's data folder
(``<data>/backups/<stem>-<hash of the absolute path>/``; ``WORKSHOP_APP_DATA_DIR`` overrides
``<data>``), so copying a workshop folder never copies them along. Each backup is written
with SQLite's online backup API into a temporary file that is renamed into place, so a backup
is never torn, even if the app is killed while writing it. The newest ``keep`` are kept.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import shutil
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

import platformdirs

from .leftovers import PARTIAL, RESTORING, remove_stale, staging_files, sweep_backup_folder
from .errors import SessionFileError
from .inspect import checked_read, inspect_file
from .lock import SessionLock

log = logging.getLogger(__name__)

APP_NAME = "Assemblage Workshop"
DATA_DIR_ENV = "WORKSHOP_APP_DATA_DIR"
DEFAULT_INTERVAL_S = 10 * 60
DEFAULT_KEEP = 10
REASONS = {
    "opened": "when the session was opened",
    "timed": "while editing",
    "before-restore": "before a restore",
    "before-import": "before an import replaced it",
}
_NAME = re.compile(r"^(\d{8}-\d{6}-\d{6})-([a-z-]+)\.workshop$")
_PARTIAL = PARTIAL


@dataclass(frozen=True)
class BackupInfo:
    """One backup file, with what a facilitator needs to pick it: when, why, how much."""

    path: Path
    time: datetime  # UTC
    size: int  # bytes
    actors: int
    relations: int
    reason: str = "timed"  # a key of REASONS

    @property
    def reason_text(self) -> str:
        return REASONS.get(self.reason, self.reason)


def data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def backup_dir(session_path: str | os.PathLike[str]) -> Path:
    """The folder holding the backups of one session file (not created here)."""
    absolute = os.path.normcase(str(Path(session_path).resolve()))
    digest = hashlib.sha256(absolute.encode("utf-8")).hexdigest()[:10]
    stem = re.sub(r"[^\w.-]+", "_", Path(session_path).stem)[:40] or "session"
    return data_dir() / "backups" / f"{stem}-{digest}"


def _ro(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path.resolve().as_uri() + "?mode=ro&immutable=1", uri=True)


def fingerprint(conn: sqlite3.Connection) -> tuple[int, int, int]:
    """What changes with every saved edit: schema version, event count and last event."""
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    count, last = conn.execute("SELECT count(*), coalesce(max(seq), 0) FROM events").fetchone()
    return int(version), int(count), int(last)


def _parse(path: Path) -> tuple[datetime, str] | None:
    m = _NAME.match(path.name)
    if m is None:
        return None
    stamp = datetime.strptime(m.group(1), "%Y%m%d-%H%M%S-%f").replace(tzinfo=timezone.utc)
    return stamp, m.group(2)


def _backup_files(folder: Path) -> list[Path]:
    """Backup files in ``folder``, oldest first (names start with the UTC time)."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_file() and _parse(p) is not None)


def list_backups(session_path: str | os.PathLike[str]) -> list[BackupInfo]:
    """The usable backups of a session, newest first; unreadable ones are left out."""
    found: list[BackupInfo] = []
    for path in reversed(_backup_files(backup_dir(session_path))):
        parsed = _parse(path)
        assert parsed is not None
        try:
            conn = _ro(path)
            try:
                actors = conn.execute("SELECT count(*) FROM actors").fetchone()[0]
                relations = conn.execute("SELECT count(*) FROM relations").fetchone()[0]
            finally:
                conn.close()
            size = path.stat().st_size
        except (sqlite3.Error, OSError) as exc:
            log.warning("backup %s cannot be read and is not offered: %s", path, exc)
            continue
        found.append(BackupInfo(path, parsed[0], size, int(actors), int(relations), parsed[1]))
    return found


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows has no directory handles to flush; the rename is already durable
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_backup(
    source: sqlite3.Connection,
    session_path: str | os.PathLike[str],
    *,
    reason: str = "timed",
    keep: int = DEFAULT_KEEP,
) -> Path:
    """Copy the database behind ``source`` into the backup folder; keep the newest ``keep``."""
    folder = backup_dir(session_path)
    folder.mkdir(parents=True, exist_ok=True)
    for stale in folder.glob("*" + _PARTIAL):
        stale.unlink(missing_ok=True)  # left by a copy that was interrupted
    stamp = datetime.now(timezone.utc)
    final = folder / f"{stamp:%Y%m%d-%H%M%S-%f}-{reason}.workshop"
    while final.exists():  # two backups in the same microsecond: keep both
        stamp = stamp.replace(microsecond=(stamp.microsecond + 1) % 1_000_000)
        final = folder / f"{stamp:%Y%m%d-%H%M%S-%f}-{reason}.workshop"
    partial = final.with_name(final.name + _PARTIAL)
    try:
        dest = sqlite3.connect(partial, isolation_level=None)
        try:
            # No syncing while copying: the whole file is flushed once before it is renamed.
            dest.execute("PRAGMA synchronous=OFF")
            source.backup(dest)
            # The copy inherits WAL mode; a backup should be one self-contained file.
            dest.execute("PRAGMA journal_mode=DELETE")
        finally:
            dest.close()
        with open(partial, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(partial, final)
        _fsync_dir(folder)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    for old in _backup_files(folder)[:-keep] if keep > 0 else []:
        old.unlink(missing_ok=True)
    return final


class BackupKeeper:
    """Backs up one session file on opening and every ``interval`` seconds while edits happen.

    A failed backup never stops the workshop: it is logged and kept in ``last_error`` for the
    window to show, and the edit that triggered it stands.
    """

    def __init__(
        self,
        session_path: str | os.PathLike[str],
        *,
        interval: float = DEFAULT_INTERVAL_S,
        keep: int = DEFAULT_KEEP,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.session_path = Path(session_path)
        self.interval = interval
        self.keep = keep
        self._clock = clock
        self._last = clock()
        self.last_backup: Path | None = None
        self.last_error: str | None = None

    def on_open(self, conn: sqlite3.Connection) -> Path | None:
        """Back up the file as it was opened, unless the newest backup already holds it.

        Called with the session open for editing: its lock is held, and every writer of this
        backup folder holds it too, so an unfinished backup left there is stale: removed.
        """
        sweep_backup_folder(backup_dir(self.session_path))
        newest = _backup_files(backup_dir(self.session_path))
        try:
            if newest:
                other = _ro(newest[-1])
                try:
                    unchanged = fingerprint(other) == fingerprint(conn)
                finally:
                    other.close()
                if unchanged:
                    self._last = self._clock()
                    return None
        except sqlite3.Error as exc:
            log.info("newest backup %s unreadable (%s); making a new one", newest[-1], exc)
        return self._write(conn, "opened")

    def maybe_backup(self, conn: sqlite3.Connection) -> Path | None:
        """Called after every saved edit; writes a backup only when ``interval`` has passed."""
        if self._clock() - self._last < self.interval:
            return None
        return self._write(conn, "timed")

    def _write(self, conn: sqlite3.Connection, reason: str) -> Path | None:
        self._last = self._clock()
        try:
            self.last_backup = write_backup(conn, self.session_path, reason=reason, keep=self.keep)
        except (OSError, sqlite3.Error) as exc:
            self.last_error = f"{self.session_path}: backup failed ({exc})."
            log.warning("%s", self.last_error)
            return None
        self.last_error = None
        return self.last_backup


def restore_backup(
    backup: BackupInfo | str | os.PathLike[str], target: str | os.PathLike[str]
) -> Path | None:
    """Replace ``target`` by the backup, after backing up the current ``target``.

    The session must not be open for editing (the lock is taken for the whole restore). The
    replacement is one atomic rename: a failure or crash at any point leaves either the old
    file or the restored one, never a mix. Returns the backup made of the replaced file
    (``None`` if there was no file to replace).
    """

    source = Path(backup.path if isinstance(backup, BackupInfo) else backup)
    target = Path(target)
    inspect_file(source)  # a damaged backup is refused before anything is touched
    if target.exists() and not os.access(target, os.W_OK):
        raise SessionFileError(f"{target}: the file is read-only; it cannot be replaced.")
    staging = target.with_name(target.name + RESTORING)
    with SessionLock(target):
        remove_stale(staging_files(target, RESTORING))  # a restore killed earlier: stale
        try:
            _copy_session(source, staging)
            inspect_file(staging)
            kept = _keep_current(target)
            os.replace(staging, target)
        except (OSError, sqlite3.Error) as exc:
            reason = (exc.strerror if isinstance(exc, OSError) else None) or str(exc)
            raise SessionFileError(f"{target}: the backup could not be restored ({reason}).") from None
        finally:
            remove_stale(staging_files(target, RESTORING))
        for side in ("-wal", "-shm"):
            target.with_name(target.name + side).unlink(missing_ok=True)
        _fsync_dir(target.parent)
    return kept


def _copy_session(source: Path, dest: Path) -> None:
    """Copy a session (its WAL applied, if it has one) into one self-contained file."""
    dest.unlink(missing_ok=True)

    def copy(src: sqlite3.Connection) -> None:
        out = sqlite3.connect(dest, isolation_level=None)
        try:
            out.execute("PRAGMA synchronous=OFF")  # flushed once below, before the rename
            src.backup(out)
            out.execute("PRAGMA journal_mode=DELETE")
        finally:
            out.close()

    checked_read(source, copy)
    with open(dest, "rb+") as fh:
        os.fsync(fh.fileno())


def _keep_current(target: Path) -> Path | None:
    """Back up the file about to be replaced and fold its WAL in, so nothing is lost.

    A damaged file cannot be copied through SQLite; its bytes (and WAL) are copied as they
    are, under a name the backup list does not offer, and its WAL is removed so that it cannot
    be replayed onto the restored file.
    """
    if not target.exists():
        return None
    try:
        inspect_file(target)
    except SessionFileError:
        folder = backup_dir(target)
        folder.mkdir(parents=True, exist_ok=True)
        stamp = f"{datetime.now(timezone.utc):%Y%m%d-%H%M%S-%f}"
        kept = folder / f"{stamp}-before-restore.damaged"
        for side in ("", "-wal", "-shm"):
            src = target.with_name(target.name + side)
            if src.exists():
                shutil.copy2(src, kept.with_name(kept.name + side))
        target.with_name(target.name + "-wal").unlink(missing_ok=True)
        return kept
    conn = sqlite3.connect(target, isolation_level=None)
    try:
        conn.execute("PRAGMA trusted_schema=OFF")  # checked above; defence in depth
        kept = write_backup(conn, target, reason="before-restore")
        busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy:
            raise SessionFileError(
                f"{target}: another program is reading the session; close it and try again."
            )
    finally:
        conn.close()
    return kept


__all__ = [
    "BackupInfo",
    "BackupKeeper",
    "REASONS",
    "backup_dir",
    "data_dir",
    "list_backups",
    "restore_backup",
    "write_backup",
]
