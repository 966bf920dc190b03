"""The session file: one SQLite database per workshop, one transaction per user edit.

Opening checks the whole file first, read-only and with its WAL taken into account
(store/snapshot.py, store/validate.py): header, application id, schema version, the schema
itself, integrity and every row. A file we cannot use is never touched, and nothing found in
a file (a trigger, a view) can run. A read-only opening works on a private in-memory copy, so
it never writes to the user's file or beside it (not even the ``-wal``/``-shm`` sidecars an
editor in another window relies on). Writes go through :meth:`SqliteStore.commit`, which
stores the changed rows and the event-log line together: either both land or neither.
"""

from __future__ import annotations

import dataclasses
import json
import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterable

from ..domain.model import TABLES, Change, Model
from .codec import from_row, row_decoder, to_row
from .errors import SessionFileError
from .eventlog import event_rows, write_bare_log
from .inspect import backup_copy, check_bytes, checked_read, inspect_file
from .leftovers import CREATING, remove_stale, staging_files, sweep_beside
from .lock import SessionLock, SessionLockedError
from .migrations import migrate, upgrade
from .schema import APPLICATION_ID, SCHEMA_VERSION, SCHEMAS
from .validate import (
    MAX_LOG_CHARS,
    MAX_TEXT_CHARS,
    FileCheckError,
    check_file,
    check_schema,
    json_reference_problem,
    row_problem,
    short,
    strict_json,
)

log = logging.getLogger(__name__)

SUFFIX = ".workshop"
# Checkpoint after every saved edit: the main file then holds every edit on its own, so a
# session copied, synced or moved while open is complete, and a WAL orphaned by a rename
# holds nothing. It costs one more flush per edit (about half a millisecond on an SSD).
CHECKPOINT_PAGES = 1


@dataclass(frozen=True)
class HistoryEntry:
    """One undoable edit in the log: ``state`` is done, undone or dropped."""

    seq: int
    label: str
    state: str


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="milliseconds")


def _memory_copy(path: Path) -> Callable[[sqlite3.Connection], tuple[sqlite3.Connection, int]]:
    """Check the file, then copy it into memory (upgraded there if it is an older schema)."""

    def use(conn: sqlite3.Connection) -> tuple[sqlite3.Connection, int]:
        version = check_file(conn)
        mem = sqlite3.connect(":memory:", isolation_level=None)
        try:
            conn.backup(mem)
            mem.execute("PRAGMA trusted_schema=OFF")
            if version < SCHEMA_VERSION:

                upgrade(mem, path, version)
        except BaseException:
            mem.close()
            raise
        return mem, version

    return use


class SqliteStore:
    """Reads and writes one session file; knows rows and transactions, not commands."""

    def __init__(self, path: str | os.PathLike[str], *, read_only: bool = False) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self.migrated_from: int | None = None
        self.backup_path: Path | None = None
        self._lock: Any = None
        self._identity: tuple[int, int] | None = None
        self._moved = False
        self._sql_cache: dict[tuple[str, bool], str] = {}
        check_bytes(self.path)
        if read_only:
            # Checked and copied in one consistent read; the user's file is not kept open.
            self.conn, self.file_version = checked_read(
                self.path, _memory_copy(self.path), discard=lambda r: r[0].close()
            )
            return
        # One editor per file: the lock comes before any write, including an upgrade.
        self._lock = _take_lock(self.path)
        try:

            sweep_beside(self.path)  # ours to remove: we hold the lock that guards them
            self.file_version = checked_read(self.path, check_file)
            self._open_for_editing()
        except BaseException:
            self._release_lock()
            raise

    def _open_for_editing(self) -> None:
        if self.file_version < SCHEMA_VERSION:

            self.backup_path = migrate(self.path, self.file_version)
            self.migrated_from = self.file_version
        try:
            conn = sqlite3.connect(self.path, isolation_level=None)
        except sqlite3.Error as exc:
            raise SessionFileError(f"{self.path}: cannot be opened ({exc}).") from None
        try:
            conn.execute("PRAGMA trusted_schema=OFF")
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=FULL")
            conn.execute(f"PRAGMA wal_autocheckpoint={CHECKPOINT_PAGES}")
            # The app never leaves a reference to a missing record; neither may a damaged
            # undo log. Checked at COMMIT (deferred), so the order of rows does not matter.
            conn.execute("PRAGMA foreign_keys=ON")
            check_schema(conn, SCHEMA_VERSION)  # still the file that was checked
        except (sqlite3.Error, FileCheckError) as exc:
            conn.close()
            raise SessionFileError(f"{self.path}: cannot be opened for editing ({exc}).") from None
        self.conn = conn
        self._identity = _identity_of(self.path)

    @property
    def moved(self) -> bool:
        """Whether the file was renamed, moved or replaced while open (edits then stop)."""
        return self._moved

    # -- creation -------------------------------------------------------------------------
    @classmethod
    def create(cls, path: str | os.PathLike[str]) -> "SqliteStore":
        """Write an empty session file with the current schema; refuses to overwrite."""

        p = Path(path)
        if p.exists():
            raise SessionFileError(f"{p}: a file with this name already exists.")
        if not p.parent.exists():
            raise SessionFileError(f"{p}: the folder {p.parent} does not exist.")
        tmp = p.with_name(p.name + CREATING)
        try:
            # Held while creating, so a leftover ".creating" file is provably stale.
            with SessionLock(p):
                # A leftover from a creation that crashed is ours to replace, never to reuse;
                # so are sidecars without their file (left by a session moved away while open
                # and then killed): SQLite would replay that WAL onto the new file.
                remove_stale(staging_files(p, CREATING) + staging_files(p, "")[1:])
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
        except SessionLockedError:
            raise SessionFileError(
                f"{p}: cannot be created (another window is creating a session of this name)."
            ) from None
        except SessionFileError:  # the lock file cannot be written there
            raise SessionFileError(
                f"{p}: cannot be created (the folder {p.parent} does not accept new files)."
            ) from None
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
        """The before/after rows of one logged edit, checked like any row of the file.

        The log is untrusted like the rest of the file; a damaged entry is a clear refusal
        to undo it, never a stray record in the model.
        """
        row = self.conn.execute("SELECT changes FROM events WHERE seq = ?", (seq,)).fetchone()
        if row is None or row[0] is None:
            return []
        try:
            items = strict_json(row[0]) if isinstance(row[0], str) else None
            if not isinstance(items, list):
                raise ValueError("not a list of changes")
            return [_decode_change(item) for item in items]
        except (ValueError, TypeError, KeyError) as exc:
            raise SessionFileError(
                f"{self.path}: the undo information of edit {seq} is damaged ({short(str(exc), 120)}); "
                "it cannot be undone or redone."
            ) from None

    def events(self) -> list[dict[str, Any]]:
        """The edit log as plain rows (``store.eventlog``)."""
        return event_rows(self.conn)

    def write_bare_log(self, events: list[dict[str, Any]]) -> None:
        """Start the log with times and commands only (``store.eventlog.write_bare_log``)."""
        write_bare_log(self.conn, events)

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
        """Store changed rows, state updates and one log line in a single transaction.

        Every row is checked by the same rules as opening a file (store/validate.py), so the
        app never saves a file it would refuse to open again.
        """
        if self.read_only:
            raise SessionFileError(f"{self.path}: opened read-only; edits are not saved.")
        self._check_in_place()
        changes = list(changes)
        encoded = json.dumps([_encode_change(c) for c in changes], ensure_ascii=False) if log_changes else None
        payload_text = json.dumps(payload, ensure_ascii=False, default=str)
        for what, text in (("undo information", encoded), ("command", payload_text)):
            if text is not None and len(text) > MAX_LOG_CHARS:
                raise SessionFileError(
                    f"{self.path}: the edit was not saved (its {what} takes {len(text):,} "
                    f"characters, more than the {MAX_LOG_CHARS:,} one edit may take)."
                )
        if len(label) > MAX_TEXT_CHARS:
            label = label[: MAX_TEXT_CHARS - 1] + "…"
        cur = self.conn.cursor()
        cur.execute("BEGIN IMMEDIATE")
        try:
            cur.execute("PRAGMA defer_foreign_keys=ON")  # reset by every COMMIT
            for c in changes:
                self._write_row(cur, c)
            if any(c.table in ("presence", "sources") for c in changes):
                # a role's source sits in JSON, where the foreign keys cannot see it
                problem = json_reference_problem(cur)
                if problem is not None:
                    raise sqlite3.IntegrityError(problem)
            if drop_all:
                cur.execute("UPDATE events SET state='dropped' WHERE state IN ('done','undone')")
            elif drop_redo:
                cur.execute("UPDATE events SET state='dropped' WHERE state='undone'")
            for seq, st in state_updates:
                cur.execute("UPDATE events SET state=? WHERE seq=?", (st, seq))
            cur.execute(
                "INSERT INTO events(time, command, label, payload, changes, state) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (_now(), command, label, payload_text, encoded, state),
            )
            seq = int(cur.lastrowid or 0)
            cur.execute("COMMIT")
        except sqlite3.IntegrityError as exc:
            self._rollback_quietly(cur)
            raise SessionFileError(
                f"{self.path}: the edit was not saved, because it would leave a reference to a "
                f"record that does not exist ({exc})."
            ) from None
        except sqlite3.Error as exc:
            self._rollback_quietly(cur)
            raise SessionFileError(f"{self.path}: the edit could not be saved ({exc}).") from None
        except BaseException:
            self._rollback_quietly(cur)
            raise
        return seq

    def _check_in_place(self) -> None:
        """Refuse to save once the file is no longer at ``path`` (renamed, moved, replaced).

        Our WAL is named after the old path: edits saved into it would not travel with the
        file, and a crash would leave them behind. So the WAL is first folded into the file
        (which holds every saved edit then, wherever it is now) and edits stop here, with a
        message saying why. SQLite keeps writing to the file it opened, never to a stranger.
        """
        if not self._moved and _identity_of(self.path) == self._identity:
            return
        if not self._moved:
            self._moved = True
            try:
                self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            except sqlite3.Error as exc:
                log.warning("%s: checkpoint after a move failed: %s", self.path, exc)
        what = "renamed, moved or deleted" if not self.path.exists() else "replaced by another file"
        raise SessionFileError(
            f"{self.path}: the session file was {what} while it was open, so this edit was not "
            "saved. Every edit saved before is in the file (at its new place, if it was moved); "
            "open it from there to go on."
        )

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
            problem = row_problem(change.table, row)
            if problem is not None:
                raise SessionFileError(f"{self.path}: the edit was not saved ({problem}).")
            cur.execute(self._sql(change.table, delete=False), tuple(row.values()))

    def _sql(self, table: str, *, delete: bool) -> str:
        cached = self._sql_cache.get((table, delete))
        if cached is None:
            spec = TABLES[table]
            if delete:
                where = " AND ".join(f"{k} = ?" for k in spec.key)
                cached = f"DELETE FROM {table} WHERE {where}"
            else:
                # An upsert, not INSERT OR REPLACE: replacing would delete the row first, and
                # with foreign keys on, deleting an actor makes SQLite look for its relations.
                cols = [f.name for f in dataclasses.fields(spec.record)]
                marks = ", ".join("?" for _ in cols)
                rest = [c for c in cols if c not in spec.key]
                update = (f"DO UPDATE SET {', '.join(f'{c} = excluded.{c}' for c in rest)}"
                          if rest else "DO NOTHING")
                cached = (f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({marks}) "
                          f"ON CONFLICT ({', '.join(spec.key)}) {update}")
            self._sql_cache[(table, delete)] = cached
        return cached

    def close(self) -> None:
        """Close the file; an editor folds its WAL in first. Sidecars are never removed here.

        A read-only store never had the user's file open (it read a private copy), so it has
        nothing to tidy up, and it must not: the ``-wal`` beside the file may be an editor's.
        """
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

    def _release_lock(self) -> None:
        lock, self._lock = getattr(self, "_lock", None), None
        if lock is not None:
            lock.release()


def _identity_of(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino)


def _take_lock(path: Path) -> Any:
    """Refuse a file that must stay as it is, then take the one-editor lock (store/lock.py)."""

    # os.access alone says "writable" to an administrator; a file whose owner took away
    # every write bit is meant to stay as it is.
    no_write_bits = not (path.stat().st_mode & 0o222)
    if no_write_bits or not os.access(path, os.W_OK):
        raise SessionFileError(f"{path}: the file is read-only; open it read-only or copy it.")
    lock = SessionLock(path)
    lock.acquire()
    return lock


def _encode_change(c: Change) -> list[Any]:
    key = list(c.key) if isinstance(c.key, tuple) else c.key
    return [
        c.table,
        key,
        None if c.before is None else to_row(c.before),
        None if c.after is None else to_row(c.after),
    ]


def _decode_change(item: Any) -> Change:
    """One logged change, refused (``ValueError``) unless every part has the expected shape."""
    if not (isinstance(item, list) and len(item) == 4):
        raise ValueError("a change is not [table, key, before, after]")
    table, key, before, after = item
    if not isinstance(table, str) or table not in TABLES:
        raise ValueError(f"unknown table {short(str(table))!r}")
    spec = TABLES[table]
    if isinstance(key, list):
        key = tuple(key)
    if before is None and after is None:
        raise ValueError(f"a change of {table} with neither a before nor an after row")
    records = []
    for row in (before, after):
        if row is None:
            records.append(None)
            continue
        if not isinstance(row, dict):
            raise ValueError(f"a row of {table} is not a set of named values")
        problem = row_problem(table, row, require_all=False)
        if problem is not None:
            raise ValueError(problem)
        if spec.key_of_row(row) != key:
            raise ValueError(f"a row of {table} does not match its key")
        records.append(from_row(table, row))
    return Change(table, key, records[0], records[1])


__all__ = [
    "SessionFileError",
    "SqliteStore",
    "HistoryEntry",
    "inspect_file",
    "checked_read",
    "backup_copy",
    "SUFFIX",
]
