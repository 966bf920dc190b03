"""The session file: one SQLite database per workshop, one transaction per user edit.

Opening checks the file read-only first (header, application id, schema version, integrity)
so that a file we cannot use is never touched. Writes go through :meth:`SqliteStore.commit`,
which stores the changed rows and the event-log line together: either both land or neither.
"""

from __future__ import annotations

import dataclasses
import json
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable

from ..domain.model import TABLES, Change, Model, from_row, row_decoder, to_row
from .schema import APPLICATION_ID, SCHEMA_VERSION, SCHEMAS

SQLITE_HEADER = b"SQLite format 3\x00"
SUFFIX = ".workshop"


class SessionFileError(Exception):
    """A file that cannot be used as a session; the message names the file and the reason."""


@dataclass(frozen=True)
class HistoryEntry:
    """One undoable edit in the log: ``state`` is done, undone or dropped."""

    seq: int
    label: str
    state: str


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


def _ro_uri(path: Path, immutable: bool = False) -> str:
    uri = path.resolve().as_uri() + "?mode=ro"
    return uri + "&immutable=1" if immutable else uri


def inspect_file(path: str | os.PathLike[str]) -> int:
    """Check that ``path`` is a session this version can open; return its schema version.

    Reads only: a file that fails any check is left byte-for-byte as it was.
    """
    p = Path(path)
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
    try:
        conn = sqlite3.connect(_ro_uri(p, immutable=True), uri=True)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if app_id != APPLICATION_ID:
                raise SessionFileError(
                    f"{p}: a SQLite database, but not a workshop session (another program's file)."
                )
            if version > SCHEMA_VERSION:
                raise SessionFileError(
                    f"{p}: made by a newer version of Assemblage Workshop (schema {version}; "
                    f"this version reads up to {SCHEMA_VERSION}). Please update the app."
                )
            if version < 1:
                raise SessionFileError(f"{p}: the session has no schema version; it is damaged.")
            check = conn.execute("PRAGMA quick_check").fetchone()[0]
            if check != "ok":
                # The report is one line per problem; the first real one is enough to say why.
                lines = [ln for ln in str(check).splitlines() if ln and not ln.startswith("***")]
                first = lines[0] if lines else str(check)
                raise SessionFileError(f"{p}: the session file is damaged ({first}).")
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise SessionFileError(f"{p}: the session file is damaged or truncated ({exc}).") from None
    return int(version)


class SqliteStore:
    """Reads and writes one session file; knows rows and transactions, not commands."""

    def __init__(self, path: str | os.PathLike[str], *, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        version = inspect_file(self.path)
        # One editor per file: the lock comes before any write, including an upgrade.
        self._lock = None if read_only else _take_lock(self.path)
        try:
            self._open(version)
        except BaseException:
            self._release_lock()
            raise

    def _open(self, version: int) -> None:
        read_only = self.read_only
        self.migrated_from: int | None = None
        self.backup_path: Path | None = None
        if version < SCHEMA_VERSION:
            if read_only:
                raise SessionFileError(
                    f"{self.path}: an older session (schema {version}); open it for editing "
                    "once so it can be upgraded."
                )
            from .migrations import migrate

            self.backup_path = migrate(self.path, version)
            self.migrated_from = version
        self._created_sidecars = [
            s for s in (self._sidecar("-wal"), self._sidecar("-shm")) if not s.exists()
        ]
        try:
            if read_only:
                self.conn = sqlite3.connect(_ro_uri(self.path), uri=True, isolation_level=None)
            else:
                self.conn = sqlite3.connect(self.path, isolation_level=None)
                self.conn.execute("PRAGMA journal_mode=WAL")
                self.conn.execute("PRAGMA synchronous=FULL")
        except sqlite3.DatabaseError as exc:
            raise SessionFileError(f"{self.path}: cannot be opened ({exc}).") from None
        self._sql_cache: dict[tuple[str, bool], str] = {}

    def _sidecar(self, suffix: str) -> Path:
        return self.path.with_name(self.path.name + suffix)

    # -- creation -------------------------------------------------------------------------
    @classmethod
    def create(cls, path: str | os.PathLike[str]) -> "SqliteStore":
        """Write an empty session file with the current schema; refuses to overwrite."""
        p = Path(path)
        if p.exists():
            raise SessionFileError(f"{p}: a file with this name already exists.")
        if not p.parent.exists():
            raise SessionFileError(f"{p}: the folder {p.parent} does not exist.")
        tmp = p.with_name(p.name + ".creating")
        try:
            # A leftover from a creation that crashed is ours to replace, never to reuse.
            for stale in (tmp, tmp.with_name(tmp.name + "-wal"), tmp.with_name(tmp.name + "-shm")):
                stale.unlink(missing_ok=True)
            conn = sqlite3.connect(tmp, isolation_level=None)
            try:
                conn.execute("PRAGMA journal_mode=WAL")
                conn.executescript(
                    "BEGIN;"
                    + SCHEMAS[SCHEMA_VERSION]
                    + f"PRAGMA application_id={APPLICATION_ID};"
                    + f"PRAGMA user_version={SCHEMA_VERSION};"
                    + "COMMIT;"
                )
            finally:
                conn.close()
            os.replace(tmp, p)
        except (OSError, sqlite3.Error) as exc:
            tmp.unlink(missing_ok=True)
            reason = exc.strerror if isinstance(exc, OSError) else str(exc)
            raise SessionFileError(f"{p}: cannot be created ({reason}).") from None
        return cls(p)

    # -- reading --------------------------------------------------------------------------
    def load(self, model: Model) -> None:
        """Fill an empty model with every record in the file."""
        for name in TABLES:
            cursor = self.conn.execute(f"SELECT * FROM [{name}]")
            cols, decode = row_decoder(name, [d[0] for d in cursor.description])
            index = [i for i, d in enumerate(cursor.description) if d[0] in cols]
            if len(index) == len(cursor.description):
                model.load_records(name, map(decode, cursor))
            else:  # a newer tool's extra columns are ignored
                model.load_records(name, (decode(tuple(r[i] for i in index)) for r in cursor))

    def history(self) -> list[HistoryEntry]:
        rows = self.conn.execute(
            "SELECT seq, label, state FROM events WHERE state IN ('done', 'undone') ORDER BY seq"
        ).fetchall()
        return [HistoryEntry(*r) for r in rows]

    def changes_of(self, seq: int) -> list[Change]:
        row = self.conn.execute("SELECT changes FROM events WHERE seq = ?", (seq,)).fetchone()
        if row is None or row[0] is None:
            return []
        return [_decode_change(item) for item in json.loads(row[0])]

    def event_count(self) -> int:
        return self.conn.execute("SELECT count(*) FROM events").fetchone()[0]

    # -- writing --------------------------------------------------------------------------
    def commit(
        self,
        changes: Iterable[Change],
        *,
        command: str,
        label: str,
        payload: dict[str, Any],
        state: str,
        log_changes: bool = True,
        state_updates: Iterable[tuple[int, str]] = (),
        drop_redo: bool = False,
        drop_all: bool = False,
    ) -> int:
        """Store changed rows, state updates and one log line in a single transaction."""
        if self.read_only:
            raise SessionFileError(f"{self.path}: opened read-only; edits are not saved.")
        changes = list(changes)
        encoded = json.dumps([_encode_change(c) for c in changes], ensure_ascii=False) if log_changes else None
        cur = self.conn.cursor()
        cur.execute("BEGIN IMMEDIATE")
        try:
            for c in changes:
                self._write_row(cur, c)
            if drop_all:
                cur.execute("UPDATE events SET state='dropped' WHERE state IN ('done','undone')")
            elif drop_redo:
                cur.execute("UPDATE events SET state='dropped' WHERE state='undone'")
            for seq, st in state_updates:
                cur.execute("UPDATE events SET state=? WHERE seq=?", (st, seq))
            cur.execute(
                "INSERT INTO events(time, command, label, payload, changes, state) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (_now(), command, label, json.dumps(payload, ensure_ascii=False, default=str),
                 encoded, state),
            )
            seq = int(cur.lastrowid or 0)
            cur.execute("COMMIT")
        except sqlite3.Error as exc:
            self._rollback_quietly(cur)
            raise SessionFileError(f"{self.path}: the edit could not be saved ({exc}).") from None
        except BaseException:
            self._rollback_quietly(cur)
            raise
        return seq

    @staticmethod
    def _rollback_quietly(cur: sqlite3.Cursor) -> None:
        try:
            cur.execute("ROLLBACK")
        except sqlite3.Error:
            pass  # the transaction is already gone (connection lost); nothing was committed

    def _write_row(self, cur: sqlite3.Cursor, change: Change) -> None:
        if change.after is None:
            sql = self._sql(change.table, delete=True)
            key = change.key if isinstance(change.key, tuple) else (change.key,)
            cur.execute(sql, key)
        else:
            row = to_row(change.after)
            cur.execute(self._sql(change.table, delete=False), tuple(row.values()))

    def _sql(self, table: str, *, delete: bool) -> str:
        cached = self._sql_cache.get((table, delete))
        if cached is None:
            spec = TABLES[table]
            if delete:
                where = " AND ".join(f"{k} = ?" for k in spec.key)
                cached = f"DELETE FROM {table} WHERE {where}"
            else:
                cols = [f.name for f in dataclasses.fields(spec.record)]
                marks = ", ".join("?" for _ in cols)
                cached = f"INSERT OR REPLACE INTO {table} ({', '.join(cols)}) VALUES ({marks})"
            self._sql_cache[(table, delete)] = cached
        return cached

    def close(self) -> None:
        conn = getattr(self, "conn", None)
        if conn is None:
            return
        if not self.read_only:
            try:
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlite3.DatabaseError:
                pass  # a busy reader elsewhere; the WAL stays and is replayed on next open
        conn.close()
        self.conn = None  # type: ignore[assignment]
        self._release_lock()
        if self.read_only:
            # A read-only look must leave the folder as it found it.
            for side in self._created_sidecars:
                try:
                    side.unlink(missing_ok=True)
                except OSError:
                    pass  # not ours to remove after all (permissions); harmless

    def _release_lock(self) -> None:
        lock, self._lock = getattr(self, "_lock", None), None
        if lock is not None:
            lock.release()


def _take_lock(path: Path) -> Any:
    """Refuse a file that must stay as it is, then take the one-editor lock (store/lock.py)."""
    from .lock import SessionLock  # lock.py builds on this module's SessionFileError

    # os.access alone says "writable" to an administrator; a file whose owner took away
    # every write bit is meant to stay as it is.
    no_write_bits = not (path.stat().st_mode & 0o222)
    if no_write_bits or not os.access(path, os.W_OK):
        raise SessionFileError(f"{path}: the file is read-only; open it read-only or copy it.")
    lock = SessionLock(path)
    lock.acquire()
    return lock


def backup_copy(path: Path, tag: str) -> Path:
    """Copy a session file (and its WAL, if any) before anything risky happens to it."""
    dest = path.with_name(f"{path.stem}.{tag}{path.suffix}.bak")
    n = 1
    while dest.exists():
        n += 1
        dest = path.with_name(f"{path.stem}.{tag}-{n}{path.suffix}.bak")
    src = sqlite3.connect(_ro_uri(path), uri=True)
    try:
        out = sqlite3.connect(dest)
        try:
            src.backup(out)
        finally:
            out.close()
    finally:
        src.close()
    return dest


def _encode_change(c: Change) -> list[Any]:
    key = list(c.key) if isinstance(c.key, tuple) else c.key
    return [
        c.table,
        key,
        None if c.before is None else to_row(c.before),
        None if c.after is None else to_row(c.after),
    ]


def _decode_change(item: list[Any]) -> Change:
    table, key, before, after = item
    if isinstance(key, list):
        key = tuple(key)
    return Change(
        table,
        key,
        None if before is None else from_row(table, before),
        None if after is None else from_row(table, after),
    )


__all__ = [
    "SessionFileError",
    "SqliteStore",
    "HistoryEntry",
    "inspect_file",
    "backup_copy",
    "SUFFIX",
]
