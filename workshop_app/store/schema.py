"""The session file's tables, one DDL per schema version.

The DDL is written out by hand (not derived from the dataclasses) so that an old version's
tables stay exactly what that version wrote, which the migrations and fixtures rely on.
"""

from __future__ import annotations

# "WSHP" in ASCII: marks a SQLite file as an Assemblage Workshop session.
APPLICATION_ID = 0x57534850
SCHEMA_VERSION = 3

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

# Version 3 adds the evidence model: where each fact comes from (sources), presence and
# relation states (relation_phases replaces relation_off), reference participants, asymmetric
# interdependence, stated 3C classes and levels, arenas, institutional work and decision points.
# Written out whole: the columns a migrated file gains by ALTER TABLE ... ADD COLUMN come last
# (before any table constraint), exactly where SQLite puts them, so a migrated file and a new
# one have the same schema, which store/validate.py checks.
SCHEMA_V3 = """
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT                       -- JSON; threec_rule, presence_default, pool_references...
);
CREATE TABLE sources (
    id       INTEGER PRIMARY KEY,
    kind     TEXT NOT NULL CHECK (kind IN ('stated', 'inferred', 'room', 'imported')),
    document TEXT NOT NULL DEFAULT '', -- e.g. '002', a file name or a citation
    section  TEXT NOT NULL DEFAULT '',
    page     TEXT NOT NULL DEFAULT '',
    quote    TEXT NOT NULL DEFAULT '', -- short and verbatim
    author   TEXT NOT NULL DEFAULT '', -- who inferred or recorded it
    reason   TEXT NOT NULL DEFAULT '', -- why it was inferred
    detail   TEXT NOT NULL DEFAULT '{}', -- JSON object (e.g. an import mapping)
    time     TEXT NOT NULL DEFAULT ''
);
CREATE TABLE phases (
    id       INTEGER PRIMARY KEY,
    name     TEXT NOT NULL,
    key      TEXT NOT NULL DEFAULT '', -- canonical stage (design, piloting, ...) or a local key
    position INTEGER NOT NULL,         -- order of the phases, 0-based
    note     TEXT NOT NULL DEFAULT '',
    public_value TEXT NOT NULL DEFAULT ''
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
    pinned       INTEGER NOT NULL DEFAULT 0,
    source_id    INTEGER REFERENCES sources(id),
    original_id  TEXT NOT NULL DEFAULT '', -- its id in the file it was imported from
    alt_name     TEXT NOT NULL DEFAULT ''  -- a second-language label
);
CREATE TABLE relations (
    id       INTEGER PRIMARY KEY,
    source   INTEGER NOT NULL REFERENCES actors(id),
    target   INTEGER NOT NULL REFERENCES actors(id),
    kind     TEXT NOT NULL,
    directed INTEGER NOT NULL DEFAULT 1,
    note     TEXT NOT NULL DEFAULT '',
    attrs    TEXT NOT NULL DEFAULT '{}',  -- JSON object (openness, interoperable, timeliness...)
    source_id   INTEGER REFERENCES sources(id),
    original_id TEXT NOT NULL DEFAULT ''
);
CREATE TABLE presence (
    actor_id INTEGER NOT NULL REFERENCES actors(id),
    phase_id INTEGER NOT NULL REFERENCES phases(id),
    roles    TEXT NOT NULL DEFAULT '[]', -- JSON list of role keys or custom roles
    note     TEXT NOT NULL DEFAULT '',
    state    TEXT NOT NULL DEFAULT 'present' CHECK (state IN ('present', 'absent', 'not_described')),
    source_id    INTEGER REFERENCES sources(id),
    role_sources TEXT NOT NULL DEFAULT '{}', -- JSON object {role: source id}
    influence    INTEGER CHECK (influence BETWEEN 0 AND 5), -- Net-Map tower
    alignment    TEXT CHECK (alignment IN ('supports', 'neutral', 'opposes', 'mixed')),
    orchestrator_form  TEXT CHECK (orchestrator_form IN ('individual', 'collective')),
    orchestrator_modes TEXT NOT NULL DEFAULT '[]', -- JSON list: strategist, manager
    value_gains  TEXT NOT NULL DEFAULT '',
    value_costs  TEXT NOT NULL DEFAULT '',
    fact_sources TEXT NOT NULL DEFAULT '{}', -- JSON {influence|alignment|orchestrator|value_gains|value_costs: source id}
    PRIMARY KEY (actor_id, phase_id)
);
CREATE TABLE relation_phases (
    relation_id INTEGER NOT NULL REFERENCES relations(id),
    phase_id    INTEGER NOT NULL REFERENCES phases(id),
    state       TEXT NOT NULL CHECK (state IN ('active', 'inactive', 'not_described')),
    source_id   INTEGER REFERENCES sources(id),
    PRIMARY KEY (relation_id, phase_id)
);
CREATE TABLE participants (
    id           INTEGER PRIMARY KEY,
    name         TEXT NOT NULL,
    organisation TEXT NOT NULL DEFAULT '',
    actor_id     INTEGER REFERENCES actors(id),
    kind         TEXT NOT NULL DEFAULT 'room' CHECK (kind IN ('room', 'reference')),
    source_id    INTEGER REFERENCES sources(id),
    group_name   TEXT NOT NULL DEFAULT ''
);
CREATE TABLE scores (
    relation_id     INTEGER NOT NULL REFERENCES relations(id),
    phase_id        INTEGER NOT NULL REFERENCES phases(id),
    participant_id  INTEGER NOT NULL REFERENCES participants(id),
    trust           INTEGER CHECK (trust BETWEEN 1 AND 5),
    commitment      INTEGER CHECK (commitment BETWEEN 1 AND 5),
    interdependence INTEGER CHECK (interdependence BETWEEN 1 AND 5),
    time            TEXT NOT NULL DEFAULT '',
    source_id       INTEGER REFERENCES sources(id),
    interdependence_back INTEGER CHECK (interdependence_back BETWEEN 1 AND 5), -- target needs source
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
""" + SCHEMA_V2_ADDITIONS + """
CREATE TABLE stated_classes (
    id          INTEGER PRIMARY KEY,
    phase_id    INTEGER NOT NULL REFERENCES phases(id),
    relation_id INTEGER REFERENCES relations(id), -- neither relation nor arena: the whole phase
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
    relation_id INTEGER REFERENCES relations(id), -- neither relation nor arena: the whole phase
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
    position  INTEGER NOT NULL DEFAULT 0, -- order within the phase
    label     TEXT NOT NULL,
    kind      TEXT NOT NULL DEFAULT 'other'
              CHECK (kind IN ('specifications_fixed', 'plan_adopted', 'contract_signed', 'other')),
    date      TEXT NOT NULL DEFAULT '',
    note      TEXT NOT NULL DEFAULT '',
    source_id INTEGER REFERENCES sources(id)
);
"""

SCHEMAS: dict[int, str] = {1: SCHEMA_V1, 2: SCHEMA_V1 + SCHEMA_V2_ADDITIONS, 3: SCHEMA_V3}
