"""The session file's tables, one DDL per schema version.

The DDL is written out by hand (not derived from the dataclasses) so that an old version's
tables stay exactly what that version wrote, which the migrations and fixtures rely on.
"""

from __future__ import annotations

# "WSHP" in ASCII: marks a SQLite file as an Assemblage Workshop session.
APPLICATION_ID = 0x57534850
SCHEMA_VERSION = 2

SCHEMA_V1 = """
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT                       -- JSON
);
CREATE TABLE phases (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    key      TEXT NOT NULL DEFAULT '', -- canonical stage (design, piloting, ...) or a local key
    position INTEGER NOT NULL,         -- order of the phases, 0-based
    note     TEXT NOT NULL DEFAULT ''
);
CREATE TABLE actors (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL,
    type         TEXT NOT NULL,
    scale        TEXT NOT NULL,
    abilities    TEXT NOT NULL DEFAULT '[]', -- JSON list
    legal_status TEXT NOT NULL DEFAULT '',
    note         TEXT NOT NULL DEFAULT '',
    x            REAL NOT NULL DEFAULT 0,
    y            REAL NOT NULL DEFAULT 0,
    pinned       INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE relations (
    id       INTEGER PRIMARY KEY,
    source   INTEGER NOT NULL REFERENCES actors(id),
    target   INTEGER NOT NULL REFERENCES actors(id),
    kind     TEXT NOT NULL,
    directed INTEGER NOT NULL DEFAULT 1,
    note     TEXT NOT NULL DEFAULT '',
    attrs    TEXT NOT NULL DEFAULT '{}'  -- JSON object (openness, timeliness, arena...)
);
CREATE TABLE presence (
    actor_id INTEGER NOT NULL REFERENCES actors(id),
    phase_id INTEGER NOT NULL REFERENCES phases(id),
    roles    TEXT NOT NULL DEFAULT '[]', -- JSON list of role keys or custom roles
    note     TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (actor_id, phase_id)
);
CREATE TABLE relation_off (
    relation_id INTEGER NOT NULL REFERENCES relations(id),
    phase_id    INTEGER NOT NULL REFERENCES phases(id),
    PRIMARY KEY (relation_id, phase_id)
);
CREATE TABLE participants (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL,
    organisation TEXT NOT NULL DEFAULT '',
    actor_id     INTEGER REFERENCES actors(id)
);
CREATE TABLE scores (
    relation_id     INTEGER NOT NULL REFERENCES relations(id),
    phase_id        INTEGER NOT NULL REFERENCES phases(id),
    participant_id  INTEGER NOT NULL REFERENCES participants(id),
    trust           INTEGER CHECK (trust BETWEEN 1 AND 5),
    commitment      INTEGER CHECK (commitment BETWEEN 1 AND 5),
    interdependence INTEGER CHECK (interdependence BETWEEN 1 AND 5),
    time            TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (relation_id, phase_id, participant_id)
);
CREATE TABLE positions (
    actor_id INTEGER NOT NULL REFERENCES actors(id),
    phase_id INTEGER NOT NULL REFERENCES phases(id),
    x        REAL NOT NULL,
    y        REAL NOT NULL,
    PRIMARY KEY (actor_id, phase_id)
);
CREATE TABLE events (
    seq     INTEGER PRIMARY KEY,
    time    TEXT NOT NULL,
    command TEXT NOT NULL,         -- command class, or Undo / Redo / Open / Import
    label   TEXT NOT NULL,         -- what Edit > Undo shows
    payload TEXT NOT NULL,         -- JSON: the command's arguments
    changes TEXT,                  -- JSON: [table, key, before, after] rows; NULL for log lines
    state   TEXT NOT NULL          -- done | undone | dropped | log
);
CREATE INDEX events_state ON events(state);
"""

# Version 2 adds the facilitator's notes and quotes, and prompts ticked off per phase.
SCHEMA_V2_ADDITIONS = """
CREATE TABLE notes (
    id             INTEGER PRIMARY KEY,
    text           TEXT NOT NULL,
    kind           TEXT NOT NULL DEFAULT 'note', -- note | quote
    phase_id       INTEGER REFERENCES phases(id),
    actor_id       INTEGER REFERENCES actors(id),
    relation_id    INTEGER REFERENCES relations(id),
    participant_id INTEGER REFERENCES participants(id),
    time           TEXT NOT NULL DEFAULT ''
);
CREATE TABLE prompt_checks (
    phase_id  INTEGER NOT NULL REFERENCES phases(id),
    prompt_id TEXT NOT NULL,
    done      INTEGER NOT NULL DEFAULT 0,
    note      TEXT NOT NULL DEFAULT '',
    time      TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (phase_id, prompt_id)
);
"""

SCHEMAS: dict[int, str] = {1: SCHEMA_V1, 2: SCHEMA_V1 + SCHEMA_V2_ADDITIONS}
