"""The corpus database's shape: its tables, their column types and keys, its indexes and views.

Every session table of the corpus is the tidy table the exports write (``session.tables``),
with a ``workshop`` column in front; its column types and key come from the codebook, so the
corpus says what the CSV files say, and the same columns have the same types in every
workshop (a column that is empty in the first file is still an INTEGER when the next one
fills it). The views are plain SQL over plain tables -- no custom functions, no extension --
so the file opens as it is in sqlite-utils, Datasette, DuckDB, R (RSQLite) and pandas.
"""

from __future__ import annotations

from ..domain.vocabulary import SCORE_DIMENSIONS
from ..io.codebook import TABLES as CODEBOOK
from ..session.tables import TABLE_ORDER

FORMAT = "assemblage-workshop corpus"
CORPUS_VERSION = 1

# Codebook types -> the Python types sqlite-utils makes columns of (INTEGER, REAL or FLOAT,
# TEXT); booleans are 0/1 integers, as SQLite stores them.
COLUMN_TYPES: dict[str, type] = {"integer": int, "number": float, "string": str, "boolean": int}

SESSION_TABLES: tuple[str, ...] = TABLE_ORDER  # the edit log ("events") last
# A tidy table whose key the model does not guarantee unique (a file may list a role twice):
# indexed, not keyed, so such a file still goes in.
UNKEYED: frozenset[str] = frozenset({"roles"})

STATUSES: tuple[str, ...] = ("suggested", "accepted", "rejected", "edited")
DECIDED: tuple[str, ...] = ("accepted", "edited")

WORKSHOP_COLUMNS: dict[str, type] = {
    "workshop": str, "title": str, "file": str, "file_name": str, "date": str, "place": str,
    "facilitator": str, "created": str, "sha256": str, "size_bytes": int, "schema_version": int,
    "presence_default": str, "threec_rule": str, "n_phases": int, "n_actors": int,
    "n_relations": int, "n_participants": int, "n_votes": int, "imported_at": str,
}

REGISTER_DDL: tuple[str, ...] = (
    """CREATE TABLE canonical_actors (
        canonical_id INTEGER PRIMARY KEY,
        name TEXT NOT NULL UNIQUE,
        name_key TEXT NOT NULL,
        type TEXT NOT NULL DEFAULT '',
        scale TEXT NOT NULL DEFAULT '',
        origin TEXT NOT NULL CHECK (origin IN ('suggested', 'researcher')),
        note TEXT NOT NULL DEFAULT ''
    )""",
    """CREATE TABLE actor_matches (
        workshop TEXT NOT NULL REFERENCES workshops(workshop),
        actor_id INTEGER NOT NULL,
        actor_name TEXT NOT NULL,
        canonical_id INTEGER NOT NULL REFERENCES canonical_actors(canonical_id),
        status TEXT NOT NULL CHECK (status IN ('suggested', 'accepted', 'rejected', 'edited')),
        score REAL,
        method TEXT NOT NULL DEFAULT '',
        decided_by TEXT,
        decided_at TEXT,
        PRIMARY KEY (workshop, actor_id, canonical_id)
    )""",
    # An actor stands for one canonical actor at a time (several actors of one workshop may
    # roll up into the same one: the departments of a city).
    """CREATE UNIQUE INDEX actor_matches_one_decision ON actor_matches (workshop, actor_id)
        WHERE status IN ('accepted', 'edited')""",
    "CREATE INDEX actor_matches_canonical ON actor_matches (canonical_id, status)",
)

INDEXES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("actors", ("name",)),
    ("actors", ("type", "scale")),
    ("relations", ("workshop", "source_id")),
    ("relations", ("workshop", "target_id")),
    ("presence", ("workshop", "phase_id", "state")),
    ("roles", ("workshop", "actor_id", "phase_id")),
    ("roles", ("role",)),
    ("scores", ("workshop", "participant_id")),
    ("consensus", ("threec",)),
    ("notes", ("workshop", "actor_id")),
    ("sources", ("workshop", "kind")),
)
FTS: dict[str, tuple[str, ...]] = {
    "notes": ("text",),
    "sources": ("quote", "section", "reason"),
}


def table_columns(name: str) -> dict[str, type]:
    """``workshop`` and the codebook's columns of a session table, name -> column type."""
    spec = CODEBOOK[name]["columns"]
    return {"workshop": str, **{col: COLUMN_TYPES[info[0]] for col, info in spec.items()}}


def table_key(name: str) -> list[str] | None:
    return None if name in UNKEYED else ["workshop", *CODEBOOK[name]["key"]]


def session_table_specs() -> dict[str, tuple[dict[str, type], list[str] | None]]:
    return {name: (table_columns(name), table_key(name)) for name in SESSION_TABLES}


def _union(select: str, dims: tuple[str, ...] = SCORE_DIMENSIONS) -> str:
    return "\nUNION ALL\n".join(select.format(d=d) for d in dims)


_VOTES = _union(
    "SELECT workshop, relation_id, source_name, target_name, kind, phase_id, phase_number, "
    "phase_name, participant_id, participant_name, counted, relation_active, "
    "'{d}' AS dimension, {d} AS level FROM scores WHERE {d} IS NOT NULL")
_CONSENSUS_LEVELS = _union(
    "SELECT workshop, relation_id, source_id, source_name, target_id, target_name, kind, "
    "phase_id, phase_number, phase_name, '{d}' AS dimension, {d}_median AS median, "
    "{d}_spread AS spread, {d}_n AS n, threec, threec_rule FROM consensus")

# name -> SELECT; created in this order (later views read earlier ones).
VIEWS: dict[str, str] = {
    "votes": _VOTES,
    "consensus_levels": _CONSENSUS_LEVELS,
    "presence_states": """
SELECT p.workshop, w.title AS workshop_title, p.actor_id, p.actor_name, a.type AS actor_type,
       a.scale AS actor_scale, p.phase_id, p.phase_number, p.phase_name, p.state,
       p.state_recorded, p.roles, p.n_roles, p.influence, p.alignment, p.evidence_kind,
       p.evidence
FROM presence p
JOIN workshops w ON w.workshop = p.workshop
JOIN actors a ON a.workshop = p.workshop AND a.actor_id = p.actor_id""",
    "relations_by_phase": """
SELECT rp.workshop, rp.relation_id, rp.source_id, rp.source_name, rp.target_id,
       rp.target_name, rp.kind, rp.phase_id, rp.phase_number, rp.phase_name, rp.state,
       rp.active, rp.evidence_kind, c.trust_median, c.commitment_median,
       c.interdependence_median, c.trust_n, c.commitment_n, c.interdependence_n, c.threec,
       c.stated_class
FROM relation_phases rp
LEFT JOIN consensus c ON c.workshop = rp.workshop AND c.relation_id = rp.relation_id
                     AND c.phase_id = rp.phase_id""",
    "cited_sources": """
SELECT s.workshop, w.title AS workshop_title, s.evidence_id, s.kind, s.document, s.section,
       s.page, s.quote, s.author, s.reason, s.citation, s.n_cited
FROM sources s JOIN workshops w ON w.workshop = s.workshop""",
    "texts": """
SELECT workshop, kind AS origin, note_id AS ref_id, text, actor_name, phase_name,
       participant_name AS said_by
FROM notes
UNION ALL
SELECT workshop, 'source' AS origin, evidence_id AS ref_id, quote AS text, NULL AS actor_name,
       NULL AS phase_name, document AS said_by
FROM sources WHERE quote <> ''""",
    "actor_canonical": """
SELECT a.workshop, a.actor_id, a.name AS actor_name, a.type, a.scale, m.canonical_id,
       c.name AS canonical_name, m.status AS match_status, m.decided_by, m.decided_at
FROM actors a
LEFT JOIN actor_matches m ON m.workshop = a.workshop AND m.actor_id = a.actor_id
                         AND m.status IN ('accepted', 'edited')
LEFT JOIN canonical_actors c ON c.canonical_id = m.canonical_id""",
    "canonical_relations": """
SELECT r.workshop, r.relation_id, r.kind, r.phase_id, r.phase_number, r.phase_name, r.state,
       r.active, s.canonical_id AS source_canonical_id, s.canonical_name AS source_canonical,
       r.source_name, t.canonical_id AS target_canonical_id,
       t.canonical_name AS target_canonical, r.target_name, r.trust_median,
       r.commitment_median, r.interdependence_median, r.threec
FROM relations_by_phase r
JOIN actor_canonical s ON s.workshop = r.workshop AND s.actor_id = r.source_id
JOIN actor_canonical t ON t.workshop = r.workshop AND t.actor_id = r.target_id""",
    "canonical_roles": """
SELECT r.workshop, ac.canonical_id, ac.canonical_name, r.actor_id, r.actor_name,
       r.phase_id, r.phase_number, r.phase_name, r.role, r.in_vocabulary
FROM roles r
JOIN actor_canonical ac ON ac.workshop = r.workshop AND ac.actor_id = r.actor_id""",
    "canonical_presence": """
SELECT p.workshop, ac.canonical_id, ac.canonical_name, p.actor_id, p.actor_name, p.phase_id,
       p.phase_number, p.phase_name, p.state, p.roles, p.influence, p.alignment
FROM presence p
JOIN actor_canonical ac ON ac.workshop = p.workshop AND ac.actor_id = p.actor_id""",
    "canonical_actor_workshops": """
SELECT c.canonical_id, c.name, c.type, c.scale, c.origin,
       COUNT(DISTINCT m.workshop) AS n_workshops, COUNT(m.actor_id) AS n_actors
FROM canonical_actors c
JOIN actor_matches m ON m.canonical_id = c.canonical_id AND m.status IN ('accepted', 'edited')
GROUP BY c.canonical_id, c.name, c.type, c.scale, c.origin""",
}


__all__ = ["COLUMN_TYPES", "CORPUS_VERSION", "DECIDED", "FORMAT", "FTS", "INDEXES",
           "REGISTER_DDL", "SESSION_TABLES", "STATUSES", "UNKEYED", "VIEWS", "WORKSHOP_COLUMNS",
           "session_table_specs", "table_columns", "table_key"]
