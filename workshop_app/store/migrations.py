"""Step-by-step upgrades of older session files.

Each step takes a connection at version N and leaves it at N + 1 inside one transaction; the
original file is copied aside first, so a failed upgrade never costs a workshop.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Callable

from .schema import SCHEMA_V2_ADDITIONS, SCHEMA_VERSION
from .errors import SessionFileError
from .inspect import backup_copy


def _v1_to_v2(conn: sqlite3.Connection) -> None:
    """Schema 2 only adds the notes and prompt_checks tables; nothing old is rewritten."""
    for statement in SCHEMA_V2_ADDITIONS.split(";"):
        if statement.strip():
            conn.execute(statement)


# version N -> function upgrading N to N + 1.
STEPS: dict[int, Callable[[sqlite3.Connection], None]] = {1: _v1_to_v2}


def upgrade(conn: sqlite3.Connection, path: Path, version: int) -> None:
    """Run the steps from ``version`` to the current schema on ``conn``, in one transaction.

    ``conn`` may be the user's file (opened for editing, after a backup copy) or a private
    in-memory copy (a read-only look at an older file, which must not change it).
    """

    conn.execute("BEGIN IMMEDIATE")
    try:
        for v in range(version, SCHEMA_VERSION):
            step = STEPS.get(v)
            if step is None:
                raise SessionFileError(f"{path}: no upgrade from schema {v} is known.")
            step(conn)
            conn.execute(f"PRAGMA user_version={v + 1}")
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def migrate(path: Path, version: int) -> Path:
    """Upgrade ``path`` from ``version`` to the current schema; return the backup's path."""

    backup = backup_copy(path, f"schema{version}")
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA trusted_schema=OFF")
        upgrade(conn, path, version)
    finally:
        conn.close()
    return backup
