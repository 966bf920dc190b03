"""Crafted session files that pass the header check (a SQLite file, the app's application id,
a schema version this app reads) but must not be used: foreign schema objects that would run
on the next edit, rows of the wrong type or range, dangling references, a lying version, a
damaged undo log, a 100 MB note.

Each case takes a fresh copy of a real session (built once through the API) and changes it with
plain SQL, the way another tool or a hand-edited file would. ``CASES`` maps a name to
``(craft, words)``: ``words`` must appear in the one-line refusal.
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path
from typing import Callable

from workshop_app import Session
from workshop_app.domain import commands as cmds
from workshop_app.store.schema import SCHEMA_VERSION

Craft = Callable[[Path], None]


def build_base(path: Path) -> Path:
    """A small but complete session: every table has rows, and the log has undo entries."""
    with Session.create(path, title="Harbour data platform") as s:
        design, pilot = s.phase("design"), s.phase("piloting")
        city = s.add_actor("City council", "government", "city", abilities=["competences"],
                           present_in=[design, pilot], x=10, y=20)
        port = s.add_actor("Port company", "private", "regional", present_in=[design, pilot])
        lab = s.add_actor("Urban living lab", "academia", "city", present_in=[design])
        s.set_presence(city, design, roles=["coordinator", "steward"])
        info = s.add_relation(city, port, "information")
        s.add_relation(port, lab, "data", attrs={"openness": "closed"})
        ana = s.add_participant("Ana", "Port company")
        s.score(info, design, 4, 4, 5)
        s.score(info, design, 2, 3, 4, participant=ana)
        s.add_note("Port wants the data charter signed first", phase=design, actor=port)
        s.execute(cmds.MoveActors(moves=[(lab.id, 120.0, 180.0)], phase_id=pilot.id))
        # schema 3: a source cited by a role, a relation state and a stated class; an arena,
        # institutional work, a decision point, influence and orchestration
        src = s.add_source("stated", document="002", section="Coordination", quote="a covenant")
        s.cite(("role", city, design, "coordinator"), src)
        s.set_relation_state(info, pilot, "inactive", src)
        s.set_stated_class(design, "coordination", relation=info, source=src)
        board = s.add_arena("Steering committee", "steering", source=src)
        s.set_arena_members(board, design, [city, port])
        s.set_institutional_work(city, design, "political", "creating", source=src)
        s.add_decision_point(design, "Charter signed", "contract_signed", date="2021-05")
        s.set_influence(port, design, 4)
        s.set_orchestrator(city, design, "individual", ["strategist"])
        s.update_actor(lab, name="Urban lab")
    return path


def _sql(*statements: str) -> Craft:
    def craft(path: Path) -> None:
        conn = sqlite3.connect(path, isolation_level=None)
        try:
            for st in statements:
                conn.execute(st)
        finally:
            conn.close()
    return craft


def _loose(table: str, *statements: str) -> Craft:
    """Run ``statements`` with the table's NOT NULL and CHECK rules lifted, then put the
    table's DDL back: the file then breaks rules its own schema states (as a hand-edited or
    differently-built file can)."""

    def craft(path: Path) -> None:
        conn = sqlite3.connect(path, isolation_level=None)
        original = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
        loose = re.sub(r"CHECK \([^()]*\)", "", original.replace("NOT NULL", ""))
        _set_schema_sql(conn, table, loose)
        conn.close()
        conn = sqlite3.connect(path, isolation_level=None)
        for st in statements:
            conn.execute(st)
        _set_schema_sql(conn, table, original)
        conn.close()
    return craft


def _set_schema_sql(conn: sqlite3.Connection, table: str, sql: str) -> None:
    conn.execute("PRAGMA writable_schema=ON")
    conn.execute("UPDATE sqlite_master SET sql = ? WHERE name = ?", (sql, table))
    conn.execute("PRAGMA writable_schema=OFF")


def _huge_note(path: Path) -> None:
    # 100,000,000 characters without building them in Python: hex() of a zero blob.
    _sql("UPDATE actors SET note = hex(zeroblob(50000000)) WHERE id = 1")(path)


CASES: dict[str, tuple[Craft, str]] = {
    # schema objects that are not the app's own: refused before anything can run
    "trigger-rewrites-votes": (_sql(
        "CREATE TRIGGER rewrite AFTER INSERT ON scores BEGIN "
        "UPDATE scores SET trust = 1; END"), "trigger “rewrite”"),
    "trigger-wipes-actors": (_sql(
        "CREATE TRIGGER wipe AFTER INSERT ON events BEGIN DELETE FROM actors; END"),
        "trigger “wipe”"),
    "view": (_sql("CREATE VIEW everyone AS SELECT * FROM actors"), "view “everyone”"),
    "extra-table": (_sql("CREATE TABLE photos (id INTEGER PRIMARY KEY, caption TEXT)"),
                    "table “photos”"),
    "extra-index": (_sql("CREATE INDEX by_name ON actors(name)"), "index “by_name”"),
    "changed-table": (_sql("ALTER TABLE actors ADD COLUMN evil TEXT"),
                      "table “actors” is not the one"),
    "generated-column": (_sql("ALTER TABLE actors ADD COLUMN g AS (zeroblob(100000000))"),
                         "table “actors” is not the one"),
    # rows of the wrong type or range
    "null-relation-kind": (_loose("relations", "UPDATE relations SET kind = NULL"), "kind"),
    "null-actor-name": (_loose("actors", "UPDATE actors SET name = NULL WHERE id = 2"), "name"),
    "float-score": (_sql("UPDATE scores SET trust = 2.5"), "trust is not a score 1-5"),
    "score-99": (_sql("PRAGMA ignore_check_constraints=ON", "UPDATE scores SET trust = 99"),
                 "trust is not a score 1-5"),
    "text-id": (_sql("UPDATE presence SET phase_id = 'design' WHERE actor_id = 3"),
                "phase_id is not a whole number"),
    "nested-roles": (_sql("""UPDATE presence SET roles = '[["coordinator"]]'"""),
                     "roles is not a list of texts"),
    "roles-not-json": (_sql("UPDATE presence SET roles = 'coordinator'"),
                       "roles is not valid JSON"),
    "abilities-object": (_sql("""UPDATE actors SET abilities = '{"skills": 1}'"""),
                         "abilities is not a list of texts"),
    "attrs-list": (_sql("UPDATE relations SET attrs = '[1, 2]'"), "attrs is not a set"),
    "attrs-nested": (_sql("""UPDATE relations SET attrs = '{"a": [[1]]}'"""),
                     "attrs is not a set"),
    "text-position": (_sql("UPDATE actors SET x = 'far away' WHERE id = 1"),
                      "x is not a finite number"),
    "infinite-position": (_sql("UPDATE actors SET y = 9e999 WHERE id = 1"),
                          "y is not a finite number"),
    "text-phase-position": (_sql("UPDATE positions SET y = 'north'"), "y is not a finite number"),
    "blob-name": (_sql("UPDATE actors SET name = x'00ff00' WHERE id = 1"), "name is not text"),
    "meta-not-json": (_sql("UPDATE meta SET value = '{not json' WHERE key = 'title'"),
                      "value is not valid JSON"),
    "meta-deep-json": (_sql("UPDATE meta SET value = '" + "[" * 1500 + "]" * 1500
                            + "' WHERE key = 'title'"), "setting 'title'"),
    "huge-note": (_huge_note, "note holds more than the 1,000,000 characters"),
    # references and versions that lie
    "dangling-relation-end": (_sql("UPDATE relations SET target = 999 WHERE id = 1"),
                              "refers to a missing row of actors"),
    "dangling-vote": (_sql("UPDATE scores SET participant_id = 999 WHERE participant_id = 2"),
                      "refers to a missing row of participants"),
    "missing-events-table": (_sql("DROP TABLE events"),
                             f"“events” of a schema-{SCHEMA_VERSION} session is missing"),
    "lying-version-old": (_sql("PRAGMA user_version=1"), "table “arena_members”"),
    "lying-version-two": (_sql("PRAGMA user_version=2"), "table “arena_members”"),
    "lying-version-new-tables-gone": (_sql("DROP TABLE notes"), f"“notes” of a schema-{SCHEMA_VERSION}"),
    "old-relation-off-table": (_sql("CREATE TABLE relation_off (relation_id INTEGER, phase_id INTEGER)"),
                               "table “relation_off”"),
    # schema 3: evidence rows of the wrong kind, range or shape
    "bad-presence-state": (_sql("PRAGMA ignore_check_constraints=ON",
                                "UPDATE presence SET state = 'gone' WHERE actor_id = 2"),
                           "state is not one of present, absent, not_described"),
    "dangling-source-id": (_sql("UPDATE actors SET source_id = 999 WHERE id = 1"),
                           "refers to a missing row of sources"),
    "dangling-score-source": (_sql("UPDATE scores SET source_id = 999"),
                              "refers to a missing row of sources"),
    "influence-9": (_sql("PRAGMA ignore_check_constraints=ON",
                         "UPDATE presence SET influence = 9 WHERE actor_id = 2"),
                    "influence is not an influence 0-5"),
    "influence-text": (_sql("PRAGMA ignore_check_constraints=ON",
                            "UPDATE presence SET influence = 'high' WHERE actor_id = 2"),
                       "influence is not an influence 0-5"),
    "role-source-dangling": (_sql("""UPDATE presence SET role_sources = '{"coordinator": 999}' """
                                  "WHERE role_sources != '{}'"), "cites a missing source"),
    "role-source-not-a-role": (_sql("""UPDATE presence SET role_sources = '{"mayor": 1}' """
                                    "WHERE role_sources != '{}'"),
                               "a role source for a role the actor does not hold"),
    "role-sources-list": (_sql("UPDATE presence SET role_sources = '[1]' WHERE actor_id = 2"),
                          "role_sources is not a set of roles with source ids"),
    "fact-source-dangling": (_sql("""UPDATE presence SET fact_sources = '{"influence": 999}' """
                                  "WHERE actor_id = 2"), "the fact 'influence' cites a missing source"),
    "fact-source-unknown-fact": (_sql("""UPDATE presence SET fact_sources = '{"mood": 1}' """
                                      "WHERE actor_id = 2"),
                                 "fact_sources is not a set of source ids for influence"),
    "roles-while-absent": (_sql("UPDATE presence SET state = 'absent' WHERE roles != '[]'"),
                           "where the actor is not present"),
    "orchestrator-mode": (_sql("""UPDATE presence SET orchestrator_modes = '["boss"]' """
                               "WHERE orchestrator_modes != '[]'"),
                          "orchestrator_modes is not a list of strategist and manager"),
    "alignment-word": (_sql("PRAGMA ignore_check_constraints=ON",
                            "UPDATE presence SET alignment = 'loves' WHERE actor_id = 2"),
                       "alignment is not one of supports"),
    "relation-state": (_sql("PRAGMA ignore_check_constraints=ON",
                            "UPDATE relation_phases SET state = 'on'"),
                       "state is not one of active, inactive, not_described"),
    "relation-state-dangling": (_sql("UPDATE relation_phases SET relation_id = 999"),
                                "refers to a missing row of relations"),
    "stated-class": (_sql("PRAGMA ignore_check_constraints=ON",
                          "UPDATE stated_classes SET three_c = 'integration'"),
                     "three_c is not one of cooperation"),
    "stated-class-relation-and-arena": (_sql("UPDATE stated_classes SET arena_id = 1"),
                                        "a stated class for a relation and an arena at once"),
    "source-kind": (_sql("PRAGMA ignore_check_constraints=ON", "UPDATE sources SET kind = 'rumour'"),
                    "kind is not one of stated, inferred, room, imported"),
    "source-detail-list": (_sql("UPDATE sources SET detail = '[1]'"),
                           "detail is not a set of named values"),
    "participant-kind": (_sql("PRAGMA ignore_check_constraints=ON",
                              "UPDATE participants SET kind = 'observer'"),
                         "kind is not one of room, reference"),
    "interdependence-back-9": (_sql("PRAGMA ignore_check_constraints=ON",
                                    "UPDATE scores SET interdependence_back = 9"),
                               "interdependence_back is not a score 1-5"),
    "arena-level": (_sql("PRAGMA ignore_check_constraints=ON", "UPDATE arenas SET level = 'board'"),
                    "level is not one of steering"),
    "arena-member-dangling": (_sql("UPDATE arena_members SET actor_id = 999 WHERE actor_id = 1"),
                              "refers to a missing row of actors"),
    "work-aim": (_sql("PRAGMA ignore_check_constraints=ON",
                      "UPDATE institutional_work SET aim = 'improving'"),
                 "aim is not one of creating"),
    "decision-kind": (_sql("PRAGMA ignore_check_constraints=ON",
                           "UPDATE decision_points SET kind = 'vote'"),
                      "kind is not one of specifications_fixed"),
    "decision-position-text": (_sql("UPDATE decision_points SET position = 'first'"),
                               "position is not a whole number"),
    "threec-rule": (_sql("""UPDATE meta SET value = '"loosest"' WHERE key = 'threec_rule'"""),
                    "setting 'threec_rule': the value is not one of median, weakest"),
    "presence-default": (_sql("""UPDATE meta SET value = '"present"' WHERE key = 'presence_default'"""),
                         "setting 'presence_default': the value is not one of absent"),
    "pool-references-text": (_sql("""INSERT INTO meta VALUES ('pool_references', '"yes"')"""),
                             "setting 'pool_references': the value is not true or false"),
    # the edit log
    "log-changes-not-a-list": (_sql("""UPDATE events SET changes = '{"x": 1}' """
                                    "WHERE changes IS NOT NULL"), "changes is not a list"),
    "log-changes-not-json": (_sql("UPDATE events SET changes = '[[' WHERE changes IS NOT NULL"),
                             "changes is not valid JSON"),
    "log-bad-state": (_sql("UPDATE events SET state = 'maybe' WHERE seq = 2"),
                      "state is not one of"),
    "log-label-binary": (_sql("UPDATE events SET label = x'00ff' WHERE seq = 2"), "label is not text"),
}

# Hostile undo logs that are valid JSON lists, so the file opens; undoing must then refuse.
UNDO_CASES: dict[str, str] = {
    "row-of-wrong-type": '[["actors", 3, {"id": 3, "name": [1], "type": "academia", '
                         '"scale": "city"}, null]]',
    "unknown-table": '[["sqlite_master", 1, null, {"x": 1}]]',
    "not-a-change": '[[1, 2]]',
    "key-lies": '[["actors", 1, {"id": 3, "name": "X", "type": "academia", "scale": "city"}, '
                'null]]',
    "nested-roles": '[["presence", [1, 1], {"actor_id": 1, "phase_id": 1, "roles": '
                    '"[[\\"x\\"]]", "note": ""}, null]]',
    # a role's source is JSON inside the row, where the foreign keys cannot see it
    "role-source-dangling": '[["presence", [1, 1], {"actor_id": 1, "phase_id": 1, "roles": '
                            '"[\\"coordinator\\"]", "note": "", "state": "present", '
                            '"role_sources": "{\\"coordinator\\": 777}"}, null]]',
    "presence-state": '[["presence", [1, 1], {"actor_id": 1, "phase_id": 1, "roles": "[]", '
                      '"note": "", "state": "gone"}, null]]',
    # undoing puts the "before" row back: a relation to an actor that does not exist
    "dangling-reference": '[["relations", 1, {"id": 1, "source": 1, "target": 777, '
                          '"kind": "information", "directed": 1, "note": "", "attrs": "{}"}, '
                          'null]]',
}


def craft_undo_case(path: Path, changes: str) -> None:
    """Put ``changes`` into the newest undoable edit of the log."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        seq = conn.execute("SELECT max(seq) FROM events WHERE state = 'done'").fetchone()[0]
        conn.execute("UPDATE events SET changes = ? WHERE seq = ?", (changes, seq))
    finally:
        conn.close()
