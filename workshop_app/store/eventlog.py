"""The edit log as research data: what was done, when, in which order."""

from __future__ import annotations

import sqlite3
from typing import Any


def event_rows(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """The session's edit log (one row per saved edit, undo, redo or bulk step).

    ``conn`` is the store's open SQLite connection; only plain columns are read, the stored
    before/after rows stay in the file (they are the undo information, not research data).
    """
    rows = conn.execute(
        "SELECT seq, time, command, label, state, payload FROM events ORDER BY seq"
    ).fetchall()
    return [
        {"seq": seq, "time": time, "command": command, "label": label, "state": state,
         "payload": payload}
        for seq, time, command, label, state, payload in rows
    ]


def write_bare_log(conn: sqlite3.Connection, events: list[dict[str, Any]]) -> None:
    """Copy the log's times and commands only (no labels, arguments or changes).

    For a pseudonymised copy: when each edit happened and what kind it was is research data,
    the labels and arguments name actors and quote notes.
    """
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO events(seq, time, command, label, payload, changes, state) "
        "VALUES (?, ?, ?, ?, '{}', NULL, 'log')",
        [(r["seq"], r["time"], r["command"], r["command"]) for r in events],
    )
    conn.execute("COMMIT")


__all__ = ["event_rows", "write_bare_log"]
