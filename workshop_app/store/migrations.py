"""Step-by-step upgrades of older session files.

Each step takes a connection at version N and leaves it at N + 1 inside one transaction; the
original file is copied aside first, so a failed upgrade never costs a workshop.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any, Callable

from .schema import SCHEMA_V2_ADDITIONS, SCHEMA_VERSION
from .errors import SessionFileError
from .inspect import backup_copy
from .validate import strict_json


def _v1_to_v2(conn: sqlite3.Connection) -> None:
    """Schema 2 only adds the notes and prompt_checks tables; nothing old is rewritten."""
    for statement in SCHEMA_V2_ADDITIONS.split(";"):
        if statement.strip():
            conn.execute(statement)


_V3_NEW_TABLES = """
CREATE TABLE sources (
    id       INTEGER PRIMARY KEY,
    kind     TEXT NOT NULL CHECK (kind IN ('stated', 'inferred', 'room', 'imported')),
    document TEXT NOT NULL DEFAULT '',
    section  TEXT NOT NULL DEFAULT '',
    page     TEXT NOT NULL DEFAULT '',
    quote    TEXT NOT NULL DEFAULT '',
    author   TEXT NOT NULL DEFAULT '',
    reason   TEXT NOT NULL DEFAULT '',
    detail   TEXT NOT NULL DEFAULT '{}',
    time     TEXT NOT NULL DEFAULT ''
);
CREATE TABLE relation_phases (
    relation_id INTEGER NOT NULL REFERENCES relations(id),
    phase_id    INTEGER NOT NULL REFERENCES phases(id),
    state       TEXT NOT NULL CHECK (state IN ('active', 'inactive', 'not_described')),
    source_id   INTEGER REFERENCES sources(id),
    PRIMARY KEY (relation_id, phase_id)
);
CREATE TABLE stated_classes (
    id          INTEGER PRIMARY KEY,
    phase_id    INTEGER NOT NULL REFERENCES phases(id),
    relation_id INTEGER REFERENCES relations(id),
    arena_id    INTEGER REFERENCES arenas(id),
    three_c     TEXT NOT NULL CHECK (three_c IN ('cooperation', 'coordination', 'collaboration')),
    source_id   INTEGER REFERENCES sources(id),
    note        TEXT NOT NULL DEFAULT ''
);
CREATE TABLE stated_levels (
    id          INTEGER PRIMARY KEY,
    phase_id    INTEGER NOT NULL REFERENCES phases(id),
    dimension   TEXT NOT NULL CHECK (dimension IN ('trust', 'commitment', 'interdependence')),
    level       TEXT NOT NULL CHECK (level IN ('low', 'medium', 'high')),
    relation_id INTEGER REFERENCES relations(id),
    arena_id    INTEGER REFERENCES arenas(id),
    source_id   INTEGER REFERENCES sources(id),
    note        TEXT NOT NULL DEFAULT ''
);
CREATE TABLE arenas (
    id        INTEGER PRIMARY KEY,
    name      TEXT NOT NULL,
    level     TEXT NOT NULL DEFAULT 'other'
              CHECK (level IN ('steering', 'operations', 'project_team', 'expert_group', 'other')),
    note      TEXT NOT NULL DEFAULT '',
    source_id INTEGER REFERENCES sources(id)
);
CREATE TABLE arena_members (
    arena_id INTEGER NOT NULL REFERENCES arenas(id),
    actor_id INTEGER NOT NULL REFERENCES actors(id),
    phase_id INTEGER NOT NULL REFERENCES phases(id),
    PRIMARY KEY (arena_id, actor_id, phase_id)
);
CREATE TABLE institutional_work (
    actor_id  INTEGER NOT NULL REFERENCES actors(id),
    phase_id  INTEGER NOT NULL REFERENCES phases(id),
    kind      TEXT NOT NULL CHECK (kind IN ('political', 'technical', 'cultural')),
    aim       TEXT NOT NULL CHECK (aim IN ('creating', 'maintaining', 'disrupting')),
    note      TEXT NOT NULL DEFAULT '',
    source_id INTEGER REFERENCES sources(id),
    PRIMARY KEY (actor_id, phase_id, kind, aim)
);
CREATE TABLE decision_points (
    id        INTEGER PRIMARY KEY,
    phase_id  INTEGER NOT NULL REFERENCES phases(id),
    position  INTEGER NOT NULL DEFAULT 0,
    label     TEXT NOT NULL,
    kind      TEXT NOT NULL DEFAULT 'other'
              CHECK (kind IN ('specifications_fixed', 'plan_adopted', 'contract_signed', 'other')),
    date      TEXT NOT NULL DEFAULT '',
    note      TEXT NOT NULL DEFAULT '',
    source_id INTEGER REFERENCES sources(id)
)
"""

# The columns schema 3 adds to existing tables, in order; SQLite appends each one after the
# table's last column, which is where schema.SCHEMA_V3 writes them.
_V3_NEW_COLUMNS: tuple[tuple[str, str], ...] = (
    ("phases", "public_value TEXT NOT NULL DEFAULT ''"),
    ("actors", "source_id INTEGER REFERENCES sources(id)"),
    ("actors", "original_id TEXT NOT NULL DEFAULT ''"),
    ("actors", "alt_name TEXT NOT NULL DEFAULT ''"),
    ("relations", "source_id INTEGER REFERENCES sources(id)"),
    ("relations", "original_id TEXT NOT NULL DEFAULT ''"),
    ("presence", "state TEXT NOT NULL DEFAULT 'present' "
                 "CHECK (state IN ('present', 'absent', 'not_described'))"),
    ("presence", "source_id INTEGER REFERENCES sources(id)"),
    ("presence", "role_sources TEXT NOT NULL DEFAULT '{}'"),
    ("presence", "influence INTEGER CHECK (influence BETWEEN 0 AND 5)"),
    ("presence", "alignment TEXT CHECK (alignment IN ('supports', 'neutral', 'opposes', 'mixed'))"),
    ("presence", "orchestrator_form TEXT CHECK (orchestrator_form IN ('individual', 'collective'))"),
    ("presence", "orchestrator_modes TEXT NOT NULL DEFAULT '[]'"),
    ("presence", "value_gains TEXT NOT NULL DEFAULT ''"),
    ("presence", "value_costs TEXT NOT NULL DEFAULT ''"),
    ("presence", "fact_sources TEXT NOT NULL DEFAULT '{}'"),
    ("participants", "kind TEXT NOT NULL DEFAULT 'room' CHECK (kind IN ('room', 'reference'))"),
    ("participants", "source_id INTEGER REFERENCES sources(id)"),
    ("participants", "group_name TEXT NOT NULL DEFAULT ''"),
    ("scores", "source_id INTEGER REFERENCES sources(id)"),
    ("scores", "interdependence_back INTEGER CHECK (interdependence_back BETWEEN 1 AND 5)"),
)


def _v2_to_v3(conn: sqlite3.Connection) -> None:
    """Schema 3: the evidence model. Every old fact keeps its meaning: a presence row is
    "present", a missing one "absent" (``presence_default``), a relation_off row becomes a
    relation_phases row saying "inactive", and the session keeps the median 3C rule so no
    class changes silently. Old undo entries are translated too (:func:`_v3_changes`)."""
    for statement in _V3_NEW_TABLES.split(";"):
        if statement.strip():
            conn.execute(statement)
    for table, column in _V3_NEW_COLUMNS:
        conn.execute(f"ALTER TABLE {table} ADD COLUMN {column}")
    conn.execute("INSERT INTO relation_phases (relation_id, phase_id, state) "
                 "SELECT relation_id, phase_id, 'inactive' FROM relation_off")
    conn.execute("DROP TABLE relation_off")
    conn.executemany("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)",
                     [("threec_rule", '"median"'), ("presence_default", '"absent"')])
    # a setting of that name from before meant nothing; only a yes/no may stay
    conn.execute("DELETE FROM meta WHERE key = 'pool_references' AND value NOT IN ('true', 'false')")
    rows = conn.execute("SELECT seq, changes FROM events WHERE changes LIKE '%relation_off%'")
    for seq, changes in rows.fetchall():
        new = _v3_changes(changes)
        if new is not None:
            conn.execute("UPDATE events SET changes = ? WHERE seq = ?", (new, seq))


def _v3_row(row: Any) -> Any:
    if not isinstance(row, dict):
        return row
    return {"relation_id": row.get("relation_id"), "phase_id": row.get("phase_id"),
            "state": "inactive", "source_id": None}


def _v3_changes(text: Any) -> str | None:
    """An undo entry with ``relation_off`` rows rewritten as ``relation_phases`` rows saying
    "inactive", so an edit made before the upgrade can be undone after it. ``None`` leaves
    the entry as it is (nothing to translate, or damaged: undoing it is refused as before)."""
    try:
        items = strict_json(text) if isinstance(text, str) else None
    except ValueError:
        return None
    if not isinstance(items, list):
        return None
    changed = False
    out = []
    for item in items:
        if isinstance(item, list) and len(item) == 4 and item[0] == "relation_off":
            item = ["relation_phases", item[1], _v3_row(item[2]), _v3_row(item[3])]
            changed = True
        out.append(item)
    return json.dumps(out, ensure_ascii=False) if changed else None


# version N -> function upgrading N to N + 1.
STEPS: dict[int, Callable[[sqlite3.Connection], None]] = {1: _v1_to_v2, 2: _v2_to_v3}


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
