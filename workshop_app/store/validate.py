"""Checks that a session file is exactly a workshop session before anything uses it.

A session file is untrusted input: it may come from a colleague, an e-mail or another tool.
SQLite would happily run a trigger hidden in it on our next edit, show a view in place of a
table, or hand us a float where a vote belongs. So, in one read-only pass and before any
write, the file's schema must be the app's own DDL for its schema version (no triggers, views
or extra objects), and every row must have the types, ranges and references the model
expects. Text sizes are checked with SQL ``length()`` first so a 100 MB note is refused
without ever reaching Python.

The same rules (:func:`row_problem`) check every row the app is about to save, so the app
never writes a file that it would refuse to open again.
"""

from __future__ import annotations

import functools
import json
import math
import re
import sqlite3
from dataclasses import dataclass
from typing import Any, Callable

from ..domain import vocabulary as voc
from .schema import APPLICATION_ID, SCHEMA_VERSION, SCHEMAS

# Longest text a session keeps in one field (a name, a note, a setting, a list of roles):
# about 300 pages, far beyond anything typed in a workshop, small enough to load at once.
MAX_TEXT_CHARS = 1_000_000
# Longest line of the edit log (a command's arguments, or the before/after rows of one edit);
# deleting every actor of a 1,000-actor session with all its votes stays well below this.
MAX_LOG_CHARS = 64_000_000
# Largest coordinate on the map; scene units, where a big map spans a few thousand.
MAX_COORDINATE = 1e9
MIN_SCORE, MAX_SCORE = 1, 5
EVENT_STATES = ("done", "undone", "dropped", "log")
# Columns holding one word of a vocabulary (schema 3); a kind ending in "?" may also be NULL.
ENUMS: dict[str, tuple[str, ...]] = {
    "presence_state": tuple(voc.PRESENCE_STATES),
    "relation_state": tuple(voc.RELATION_STATES),
    "source_kind": tuple(voc.SOURCE_KINDS),
    "participant_kind": tuple(voc.PARTICIPANT_KINDS),
    "three_c": tuple(voc.THREE_C),
    "dimension": tuple(voc.SCORE_DIMENSIONS),
    "level_word": tuple(voc.LEVEL_WORDS),
    "arena_level": tuple(voc.ARENA_LEVELS),
    "work_kind": tuple(voc.WORK_KINDS),
    "work_aim": tuple(voc.WORK_AIMS),
    "decision_kind": tuple(voc.DECISION_KINDS),
    "alignment?": tuple(voc.ALIGNMENTS),
    "orchestrator_form?": tuple(voc.ORCHESTRATOR_FORMS),
}
# Objects SQLite makes by itself: indexes behind PRIMARY KEY/UNIQUE, AUTOINCREMENT counters,
# and ANALYZE statistics (planner hints only; nothing in them can run).
_SQLITE_OWN = re.compile(r"^sqlite_(autoindex_.+|sequence|stat[1-4])$")


class FileCheckError(Exception):
    """A reason the file is not a usable session; the store adds the file's name."""


@dataclass(frozen=True)
class Column:
    """What one column may hold: ``kind`` picks the rule, ``limit`` the longest text."""

    name: str
    kind: str
    limit: int = MAX_TEXT_CHARS


def _cols(spec: str, **kinds: str) -> tuple[Column, ...]:
    return tuple(Column(n, kinds.get(n, k)) for n, k in (c.split(":") for c in spec.split()))


# Every table of the current schema. Files are checked after opening only at their own
# version (older versions are upgraded in a copy first), so this is the schema-3 layout.
TABLE_COLUMNS: dict[str, tuple[Column, ...]] = {
    "meta": _cols("key:text value:json"),
    "sources": _cols("id:int kind:source_kind document:text section:text page:text quote:text "
                     "author:text reason:text detail:object time:text"),
    "phases": _cols("id:int name:text key:text position:int note:text public_value:text"),
    "actors": _cols("id:int name:text type:text scale:text abilities:text_list legal_status:text "
                    "note:text x:coord y:coord pinned:int source_id:int? original_id:text "
                    "alt_name:text"),
    "relations": _cols("id:int source:int target:int kind:text directed:int note:text "
                       "attrs:flat_object source_id:int? original_id:text"),
    "presence": _cols("actor_id:int phase_id:int roles:text_list note:text state:presence_state "
                      "source_id:int? role_sources:source_map influence:influence "
                      "alignment:alignment? orchestrator_form:orchestrator_form? "
                      "orchestrator_modes:modes value_gains:text value_costs:text "
                      "fact_sources:fact_map"),
    "relation_phases": _cols("relation_id:int phase_id:int state:relation_state source_id:int?"),
    "participants": _cols("id:int name:text organisation:text actor_id:int? "
                          "kind:participant_kind source_id:int? group_name:text"),
    "scores": _cols("relation_id:int phase_id:int participant_id:int trust:score "
                    "commitment:score interdependence:score time:text source_id:int? "
                    "interdependence_back:score"),
    "positions": _cols("actor_id:int phase_id:int x:coord y:coord"),
    "notes": _cols("id:int text:text kind:text phase_id:int? actor_id:int? relation_id:int? "
                   "participant_id:int? time:text"),
    "prompt_checks": _cols("phase_id:int prompt_id:text done:int note:text time:text"),
    "stated_classes": _cols("id:int phase_id:int relation_id:int? arena_id:int? three_c:three_c "
                            "source_id:int? note:text"),
    "stated_levels": _cols("id:int phase_id:int dimension:dimension level:level_word "
                           "relation_id:int? arena_id:int? source_id:int? note:text"),
    "arenas": _cols("id:int name:text level:arena_level note:text source_id:int?"),
    "arena_members": _cols("arena_id:int actor_id:int phase_id:int"),
    "institutional_work": _cols("actor_id:int phase_id:int kind:work_kind aim:work_aim note:text "
                                "source_id:int?"),
    "decision_points": _cols("id:int phase_id:int position:int label:text kind:decision_kind "
                             "date:text note:text source_id:int?"),
    "events": (
        *_cols("seq:int time:text command:text label:text"),
        Column("payload", "json", MAX_LOG_CHARS),
        Column("changes", "log_list?", MAX_LOG_CHARS),
        Column("state", "state"),
    ),
}

# The tables whose columns schema 3 changed, as schemas 1 and 2 have them (a file is checked
# at its own version before it is upgraded).
_BEFORE_V3: dict[str, tuple[Column, ...]] = {
    "phases": _cols("id:int name:text key:text position:int note:text"),
    "actors": _cols("id:int name:text type:text scale:text abilities:text_list legal_status:text "
                    "note:text x:coord y:coord pinned:int"),
    "relations": _cols("id:int source:int target:int kind:text directed:int note:text "
                       "attrs:flat_object"),
    "presence": _cols("actor_id:int phase_id:int roles:text_list note:text"),
    "relation_off": _cols("relation_id:int phase_id:int"),
    "participants": _cols("id:int name:text organisation:text actor_id:int?"),
    "scores": _cols("relation_id:int phase_id:int participant_id:int trust:score "
                    "commitment:score interdependence:score time:text"),
}


def columns_of(version: int) -> dict[str, tuple[Column, ...]]:
    """The tables of a schema version and what each column may hold."""
    tables = dict(TABLE_COLUMNS) if version >= 3 else {**TABLE_COLUMNS, **_BEFORE_V3}
    return {name: cols for name, cols in tables.items()
            if ("table", name) in expected_objects(version)}


_PROBLEMS: dict[str, str] = {
    "int": "is not a whole number",
    "int?": "is not a whole number",
    "text": "is not text",
    "coord": f"is not a finite number within ±{MAX_COORDINATE:g}",
    "score": f"is not a score {MIN_SCORE}-{MAX_SCORE}",
    "text_list": "is not a list of texts",
    "flat_object": "is not a set of named values (texts, numbers or lists of them)",
    "json": "is not valid JSON",
    "log_list?": "is not a list of changes",
    "state": f"is not one of {', '.join(EVENT_STATES)}",
    "object": "is not a set of named values",
    "source_map": "is not a set of roles with source ids",
    "fact_map": f"is not a set of source ids for {', '.join(voc.PRESENCE_FACTS)}",
    "modes": f"is not a list of {' and '.join(voc.ORCHESTRATOR_MODES)}",
    "influence": f"is not an influence {voc.INFLUENCE_MIN}-{voc.INFLUENCE_MAX}",
    **{kind: f"is not one of {', '.join(words)}" for kind, words in ENUMS.items()},
}


# -- the file's schema ----------------------------------------------------------------------
_TOKEN = re.compile(
    r"\s+|--[^\n]*(?:\n|$)|/\*.*?(?:\*/|$)"  # blanks and comments: dropped
    r"|('(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|\[[^\]]*\]|`(?:[^`]|``)*`)"  # quoted: kept as is
    r"|(\w+|.)",
    re.S,
)


@functools.lru_cache(maxsize=128)
def sql_tokens(sql: str | None) -> tuple[str, ...]:
    """The tokens of a CREATE statement without blanks and comments (keywords lowercased).

    Quoted text is one token, so a ``--`` inside a string cannot hide the rest of a line.
    """
    out: list[str] = []
    for m in _TOKEN.finditer(sql or ""):
        quoted, word = m.group(1), m.group(2)
        if quoted is not None:
            out.append(quoted)
        elif word is not None:
            out.append(word.lower())
    return tuple(out)


def _objects(conn: sqlite3.Connection) -> dict[tuple[str, str], tuple[str, tuple[str, ...]]]:
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    return {(str(t), str(n)): (str(tbl), sql_tokens(sql)) for t, n, tbl, sql in rows}


_EXPECTED: dict[int, dict[tuple[str, str], tuple[str, tuple[str, ...]]]] = {}


def expected_objects(version: int) -> dict[tuple[str, str], tuple[str, tuple[str, ...]]]:
    """The schema objects the app itself makes for ``version``, built from the DDL once."""
    if version not in _EXPECTED:
        mem = sqlite3.connect(":memory:")
        try:
            mem.executescript(SCHEMAS[version])
            _EXPECTED[version] = _objects(mem)
        finally:
            mem.close()
    return _EXPECTED[version]


def check_schema(conn: sqlite3.Connection, version: int) -> None:
    """Refuse any object that is not the app's own schema for ``version``, or a changed one."""
    actual = _objects(conn)
    expected = expected_objects(version)
    for (kind, name), (table, _) in sorted(actual.items()):
        if (kind, name) not in expected and not (kind in ("table", "index")
                                                 and _SQLITE_OWN.match(name)):
            where = f" on table {table}" if kind in ("trigger", "index") and table != name else ""
            article = "an" if kind[0] in "aeiou" else "a"
            raise FileCheckError(
                f"the file holds {article} {kind} “{name}”{where} that is not part of a workshop "
                "session; it is refused so that nothing in it can run"
            )
    # tables first: a missing table is the reason its index is missing too
    for key, (table, tokens) in sorted(expected.items(), key=lambda kv: (kv[0][0] != "table", kv[0])):
        kind, name = key
        if key not in actual:
            raise FileCheckError(f"the {kind} “{name}” of a schema-{version} session is missing")
        if actual[key] != (table, tokens):
            raise FileCheckError(
                f"the {kind} “{name}” is not the one a schema-{version} session has"
            )


def check_header(conn: sqlite3.Connection) -> int:
    """The schema version, after checking the application id and the version's range."""
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if app_id != APPLICATION_ID:
        raise FileCheckError("a SQLite database, but not a workshop session (another program's file)")
    if version > SCHEMA_VERSION:
        raise NewerSchemaError(
            f"made by a newer version of Assemblage Workshop (schema {version}; "
            f"this version reads up to {SCHEMA_VERSION}). Please update the app"
        )
    if version < 1:
        raise FileCheckError("the session has no schema version; it is damaged")
    return version


class NewerSchemaError(FileCheckError):
    """The file is fine but newer than this app; the message asks for an update."""


def check_integrity(conn: sqlite3.Connection) -> None:
    check = str(conn.execute("PRAGMA quick_check").fetchone()[0])
    if check != "ok":
        # The report is one line per problem; the first real one is enough to say why.
        lines = [ln for ln in check.splitlines() if ln and not ln.startswith("***")]
        raise FileCheckError(f"the session file is damaged ({lines[0] if lines else check})")


# -- every row --------------------------------------------------------------------------------
def _rule_steps(col: Column) -> list[tuple[str, str | None]]:
    """The rule of one column as ordered steps ``(condition, reason)``; the first condition
    that holds decides: a reason means the value is wrong, ``None`` that it is fine.

    Ordered because SQLite does not promise to stop an OR early: ``json_type`` must never see
    text that is not JSON, and nothing may parse a text before its length has been checked.
    """
    c = f'"{col.name}"'
    text = [(f"typeof({c}) != 'text'", "is not text"),
            (f"length({c}) > {col.limit}",
             f"holds more than the {col.limit:,} characters a session keeps")]
    json_text = [*text, (f"NOT json_valid({c})", "is not valid JSON")]
    null_ok: list[tuple[str, str | None]] = [(f"typeof({c}) = 'null'", None)]
    whole = "is not a whole number"
    if col.kind in ENUMS:
        words = ", ".join(repr(w) for w in ENUMS[col.kind])
        return [*(null_ok if col.kind.endswith("?") else []), *text,
                (f"{c} NOT IN ({words})", _PROBLEMS[col.kind])]
    modes = ", ".join(repr(m) for m in voc.ORCHESTRATOR_MODES)
    facts = ", ".join(repr(f) for f in voc.PRESENCE_FACTS)
    return {
        "int": [(f"typeof({c}) != 'integer'", whole)],
        "int?": [(f"typeof({c}) NOT IN ('integer', 'null')", whole)],
        "text": text,
        "coord": [(f"typeof({c}) NOT IN ('integer', 'real') OR abs({c}) > {MAX_COORDINATE!r}",
                   _PROBLEMS["coord"])],
        "score": [*null_ok, (f"typeof({c}) != 'integer' OR {c} NOT BETWEEN {MIN_SCORE} AND "
                             f"{MAX_SCORE}", _PROBLEMS["score"])],
        "text_list": [*json_text, (f"json_type({c}) != 'array'", _PROBLEMS["text_list"]),
                      (f"EXISTS (SELECT 1 FROM json_each({c}) WHERE type != 'text')",
                       _PROBLEMS["text_list"])],
        # Values are plain, or lists of plain values (the root has no parent; a top-level
        # value's path is '$'): no objects at all, no list inside a list.
        "flat_object": [*json_text, (f"json_type({c}) != 'object'", _PROBLEMS["flat_object"]),
                        (f"EXISTS (SELECT 1 FROM json_tree({c}) WHERE parent IS NOT NULL AND "
                         "(type = 'object' OR (type = 'array' AND path != '$')))",
                         _PROBLEMS["flat_object"])],
        "json": json_text,
        "object": [*json_text, (f"json_type({c}) != 'object'", _PROBLEMS["object"])],
        "source_map": [*json_text, (f"json_type({c}) != 'object'", _PROBLEMS["source_map"]),
                       (f"EXISTS (SELECT 1 FROM json_each({c}) WHERE type != 'integer')",
                        _PROBLEMS["source_map"])],
        "fact_map": [*json_text, (f"json_type({c}) != 'object'", _PROBLEMS["fact_map"]),
                     (f"EXISTS (SELECT 1 FROM json_each({c}) WHERE type != 'integer' "
                      f"OR key NOT IN ({facts}))", _PROBLEMS["fact_map"])],
        "modes": [*json_text, (f"json_type({c}) != 'array'", _PROBLEMS["modes"]),
                  (f"EXISTS (SELECT 1 FROM json_each({c}) WHERE type != 'text' "
                   f"OR value NOT IN ({modes}))", _PROBLEMS["modes"])],
        "influence": [*null_ok, (f"typeof({c}) != 'integer' OR {c} NOT BETWEEN "
                                 f"{voc.INFLUENCE_MIN} AND {voc.INFLUENCE_MAX}",
                                 _PROBLEMS["influence"])],
        "log_list?": [*null_ok, *json_text, (f"json_type({c}) != 'array'",
                                             _PROBLEMS["log_list?"])],
        "state": [*text, (f"{c} NOT IN ({', '.join(repr(s) for s in EVENT_STATES)})",
                          _PROBLEMS["state"])],
    }[col.kind]


def _bad_sql(col: Column) -> str:
    """A SQL expression giving the number (from 1) of the step that refuses the value, else 0."""
    steps = _rule_steps(col)
    return ("CASE " + " ".join(f"WHEN {cond} THEN {i + 1 if reason else 0}"
                               for i, (cond, reason) in enumerate(steps)) + " ELSE 0 END")


@functools.lru_cache(maxsize=None)
def _first_bad_row_sql(table: str, columns: tuple[Column, ...]) -> str:
    """One scan of ``table`` for its first row breaking a rule, with a step number a column.

    Each rule is evaluated once per row (in a subquery that SQLite cannot flatten while both
    queries have a LIMIT), so even a 100 MB text is read only once, by SQLite, never by us.
    """
    flags = ", ".join(f"{_bad_sql(c)} AS f{i}" for i, c in enumerate(columns))
    any_bad = " OR ".join(f"f{i}" for i in range(len(columns)))
    return (f'SELECT * FROM (SELECT rowid, {flags} FROM "{table}" LIMIT -1) '
            f"WHERE {any_bad} LIMIT 1")


def _describe(conn: sqlite3.Connection, table: str, col: Column, rowid: int, step: int) -> str:
    """Why one value is wrong, without fetching a text (only its type, or a number)."""
    reason = _rule_steps(col)[step - 1][1] or ""
    c = f'"{col.name}"'
    kind, number = conn.execute(
        f"SELECT typeof({c}), CASE WHEN typeof({c}) IN ('integer', 'real') THEN {c} END "
        f'FROM "{table}" WHERE rowid = ?', (rowid,)
    ).fetchone()
    if kind == "null":
        return "is empty (NULL) where a value is required"
    if kind == "blob":
        return f"{reason} (binary data)"
    return f"{reason} ({number!r})" if number is not None else reason


_UNUSABLE = "the session holds data the app cannot use"


def check_rows(conn: sqlite3.Connection, version: int) -> None:
    """Every value of every table has the type and range the model expects; one scan a table."""
    for table, columns in columns_of(version).items():
        row = conn.execute(_first_bad_row_sql(table, columns)).fetchone()
        if row is not None:
            col, step = next((c, f) for c, f in zip(columns, row[1:]) if f)
            reason = _describe(conn, table, col, row[0], step)
            raise FileCheckError(f"{_UNUSABLE} (table {table}, row {row[0]}: {col.name} {reason})")
    dangling = conn.execute("PRAGMA foreign_key_check").fetchone()
    if dangling is not None:
        table, rowid, parent = dangling[0], dangling[1], dangling[2]
        raise FileCheckError(
            f"{_UNUSABLE} (table {table}, row {rowid} refers to a missing row of {parent})")
    if version >= 3:
        problem = json_reference_problem(conn) or _rule_problem(conn)
        if problem is not None:
            raise FileCheckError(f"{_UNUSABLE} ({problem})")
    for key, value in conn.execute("SELECT key, value FROM meta"):
        problem = _json_problem(value)
        if problem is None and version >= 3:
            problem = _setting_problem(key, strict_json(value))
        if problem is not None:
            raise FileCheckError(
                f"{_UNUSABLE} (table meta, setting {short(key)!r}: the value {problem})")


def json_reference_problem(conn: sqlite3.Connection | sqlite3.Cursor) -> str | None:
    """A role's or another fact's source (inside presence.role_sources or fact_sources,
    where SQLite's foreign keys cannot look) that names no source of the session; also run
    before every save that touches presence or sources."""
    for column, what in (("role_sources", "the role"), ("fact_sources", "the fact")):
        row = conn.execute(
            f"SELECT p.rowid, j.key FROM presence p, json_each(p.{column}) j "
            "WHERE j.value NOT IN (SELECT id FROM sources) LIMIT 1").fetchone()
        if row is not None:
            return f"table presence, row {row[0]}: {what} {short(str(row[1]))!r} cites a missing source"
    return None


# Rules between the columns of one row (schema 3), as SQL for the file check and as Python for
# every row the app saves (:func:`row_problem`): roles, their sources and the orchestrator's
# part only where the actor is present; a role's source only for a role the actor holds; a
# stated class or level for a relation or an arena, never both.
_PRESENCE_ONLY_PRESENT = "roles, role sources or an orchestrator's part where the actor is not present"
_ROLE_SOURCE_ROLE = "a role source for a role the actor does not hold"
_STATED_BOTH = "a stated class for a relation and an arena at once"
_LEVEL_BOTH = "a stated level for a relation and an arena at once"
_RULES_SQL: tuple[tuple[str, str, str], ...] = (
    ("presence", "state != 'present' AND (json_array_length(roles) > 0 OR role_sources != '{}' "
     "OR orchestrator_form IS NOT NULL OR json_array_length(orchestrator_modes) > 0)",
     _PRESENCE_ONLY_PRESENT),
    ("presence", "EXISTS (SELECT 1 FROM json_each(role_sources) j WHERE j.key NOT IN "
     "(SELECT value FROM json_each(roles)))", _ROLE_SOURCE_ROLE),
    ("stated_classes", "relation_id IS NOT NULL AND arena_id IS NOT NULL", _STATED_BOTH),
    ("stated_levels", "relation_id IS NOT NULL AND arena_id IS NOT NULL", _LEVEL_BOTH),
)


def _rule_problem(conn: sqlite3.Connection) -> str | None:
    for table, condition, reason in _RULES_SQL:
        row = conn.execute(f'SELECT rowid FROM "{table}" WHERE {condition} LIMIT 1').fetchone()
        if row is not None:
            return f"table {table}, row {row[0]}: {reason}"
    return None


def _setting_problem(key: str, value: Any) -> str | None:
    """Why a session setting the app reads (3C rule, presence default, pooling) is unusable."""
    if key in voc.META_CHOICES and value not in voc.META_CHOICES[key]:
        return f"is not one of {', '.join(voc.META_CHOICES[key])}"
    if key in voc.META_FLAGS and not isinstance(value, bool):
        return "is not true or false"
    return None


def check_file(conn: sqlite3.Connection) -> int:
    """The whole read-only check of an open session; returns the schema version."""
    version = check_header(conn)
    check_schema(conn, version)  # before anything reads a row: nothing foreign may run
    check_integrity(conn)
    check_rows(conn, version)
    return version


# -- single rows, for the undo log and for every save ---------------------------------------
def short(text: str, limit: int = 60) -> str:
    """A name or key cut to fit in a one-line message."""
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _no_constant(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def strict_json(text: str) -> Any:
    """``json.loads`` as SQLite's JSON reads it: NaN and Infinity are not JSON there.

    Raises ``ValueError`` (also for nesting too deep for Python) with a short reason.
    """
    try:
        return json.loads(text, parse_constant=_no_constant)
    except RecursionError:
        raise ValueError("nested too deeply") from None


def _json_problem(text: str) -> str | None:
    try:
        strict_json(text)
    except ValueError as exc:
        return "is nested too deeply" if "nested" in str(exc) else "is not valid JSON"
    return None


def _is_int(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool)


def _text_ok(v: Any, limit: int) -> bool:
    return isinstance(v, str) and len(v) <= limit


def _loaded(v: Any, limit: int) -> Any:
    if not _text_ok(v, limit):
        return None
    try:
        return strict_json(v)
    except ValueError:
        return None


_PLAIN = (str, int, float, bool, type(None))
_CHECKS: dict[str, Callable[[Any, int], bool]] = {
    "int": lambda v, n: _is_int(v),
    "int?": lambda v, n: v is None or _is_int(v),
    "text": _text_ok,
    "coord": lambda v, n: (_is_int(v) or isinstance(v, float)) and math.isfinite(v)
    and abs(v) <= MAX_COORDINATE,
    "score": lambda v, n: v is None or (_is_int(v) and MIN_SCORE <= v <= MAX_SCORE),
    "text_list": lambda v, n: isinstance(lst := _loaded(v, n), list)
    and all(isinstance(x, str) for x in lst),
    "flat_object": lambda v, n: isinstance(obj := _loaded(v, n), dict)
    and all(isinstance(x, _PLAIN) or (isinstance(x, list) and all(isinstance(y, _PLAIN) for y in x))
            for x in obj.values()),
    "json": lambda v, n: _text_ok(v, n) and _json_problem(v) is None,
    "log_list?": lambda v, n: v is None or isinstance(_loaded(v, n), list),
    "state": lambda v, n: v in EVENT_STATES,
    "object": lambda v, n: isinstance(_loaded(v, n), dict),
    "source_map": lambda v, n: isinstance(obj := _loaded(v, n), dict)
    and all(_is_int(x) for x in obj.values()),
    "fact_map": lambda v, n: isinstance(obj := _loaded(v, n), dict)
    and all(_is_int(x) for x in obj.values()) and set(obj) <= set(voc.PRESENCE_FACTS),
    "modes": lambda v, n: isinstance(lst := _loaded(v, n), list)
    and all(isinstance(x, str) and x in voc.ORCHESTRATOR_MODES for x in lst),
    "influence": lambda v, n: v is None or (_is_int(v) and voc.INFLUENCE_MIN <= v <= voc.INFLUENCE_MAX),
    **{kind: (lambda words, nullable: lambda v, n: (nullable and v is None) or v in words)(
        words, kind.endswith("?")) for kind, words in ENUMS.items()},
}


def row_problem(table: str, row: dict[str, Any], *, require_all: bool = True) -> str | None:
    """Why a row (as stored: JSON fields as text) may not be in a session, or ``None``.

    ``require_all=False`` lets columns be absent (an undo log written before a column was
    added: the record's default fills it in).
    """
    for name, kind, limit, check in _ROW_CHECKS[table]:
        if name not in row:
            if require_all:
                return f"table {table}: {name} is missing"
            continue
        value = row[name]
        if not check(value, limit):
            if isinstance(value, str) and len(value) > limit:
                return (f"table {table}: {name} holds {len(value):,} characters, more than "
                        f"the {limit:,} a session keeps")
            return f"table {table}: {name} {_PROBLEMS[kind]}"
    if table == "presence":
        roles = strict_json(row.get("roles", "[]"))
        sources = strict_json(row.get("role_sources", "{}"))
        if row.get("state", "present") != "present" and (
                roles or sources or row.get("orchestrator_form") is not None
                or strict_json(row.get("orchestrator_modes", "[]"))):
            return f"table presence: {_PRESENCE_ONLY_PRESENT}"
        if set(sources) - set(roles):
            return f"table presence: {_ROLE_SOURCE_ROLE}"
    elif table in ("stated_classes", "stated_levels"):
        if row.get("relation_id") is not None and row.get("arena_id") is not None:
            both = _STATED_BOTH if table == "stated_classes" else _LEVEL_BOTH
            return f"table {table}: {both}"
    elif table == "meta":
        problem = _setting_problem(str(row["key"]), strict_json(row["value"]))
        if problem is not None:
            return f"table meta: setting {short(str(row['key']))!r} {problem}"
    return None


_ROW_CHECKS: dict[str, list[tuple[str, str, int, Callable[[Any, int], bool]]]] = {
    table: [(c.name, c.kind, c.limit, _CHECKS[c.kind]) for c in cols]
    for table, cols in TABLE_COLUMNS.items()
}


__all__ = [
    "MAX_TEXT_CHARS",
    "MAX_LOG_CHARS",
    "MAX_COORDINATE",
    "FileCheckError",
    "NewerSchemaError",
    "TABLE_COLUMNS",
    "check_file",
    "check_header",
    "check_schema",
    "check_rows",
    "columns_of",
    "expected_objects",
    "json_reference_problem",
    "row_problem",
    "sql_tokens",
    "strict_json",
]
