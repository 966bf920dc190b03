"""The research corpus: the five demos and two re-scored copies in one SQLite database.

What a researcher relies on: every table of every session is there with its workshop, the
same files give the same database, the session files are never touched, a changed file is
told by its hash and replaces its workshop, full-text search finds a participant's quote,
and the file opens as it is in sqlite-utils, pandas and DuckDB.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from corpus_workshops import CITY, QUOTE, RENAMED, corpus_sessions
from workshop_app import Session
from workshop_app.research.corpus import (CorpusError, add_to_corpus, build_corpus,
                                          corpus_status, open_corpus)
from workshop_app.research.corpus_schema import SESSION_TABLES, VIEWS
from workshop_app.research.register import decide
from workshop_app.research.search import search
from workshop_app.store import SessionFileError

sqlite_utils = pytest.importorskip("sqlite_utils")
pytest.importorskip("rapidfuzz")


@pytest.fixture(scope="module")
def sessions(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return corpus_sessions(tmp_path_factory.mktemp("workshops"))


@pytest.fixture(scope="module")
def corpus(sessions: list[Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("corpus") / "corpus.db"
    build_corpus(sessions, out)
    return out


def _rows(conn: sqlite3.Connection, sql: str, *args: object) -> list[tuple[object, ...]]:
    return conn.execute(sql, args).fetchall()


def dump(path: Path) -> dict[str, object]:
    """Every table and view of a corpus, rows sorted; the import time left out."""
    conn = sqlite3.connect(path)
    try:
        names = [n for (n,) in conn.execute(
            "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE "
            "'%_fts%' ORDER BY name")]
        out: dict[str, object] = {"schema": _rows(conn, "SELECT type, name, sql FROM sqlite_master "
                                                        "ORDER BY type, name")}
        for name in names:
            cols = [c[1] for c in conn.execute(f"PRAGMA table_info([{name}])")]
            keep = [c for c in cols if not (name == "workshops" and c == "imported_at")]
            select = ", ".join(f"[{c}]" for c in keep)
            out[name] = (keep, sorted(map(repr, conn.execute(f"SELECT {select} FROM [{name}]"))))
        out["fts"] = sorted(_rows(conn, "SELECT rowid, * FROM notes_fts")) + sorted(
            _rows(conn, "SELECT rowid, * FROM sources_fts"))
    finally:
        conn.close()
    return out


def test_every_table_of_every_session_is_there_with_its_workshop(sessions: list[Path],
                                                                corpus: Path) -> None:
    conn = open_corpus(corpus)
    try:
        assert [w for (w,) in conn.execute("SELECT workshop FROM workshops ORDER BY workshop")] == [
            "antwerp", "antwerp-2025", "darmstadt", "iskandar", "london", "turin", "turin-room-b"]
        for path in sessions:
            with Session.open(path, read_only=True) as s:
                tables = s.tables()
            for name in SESSION_TABLES:
                n = conn.execute(f"SELECT COUNT(*) FROM [{name}] WHERE workshop = ?",
                                 (path.stem,)).fetchone()[0]
                assert n == len(tables.get(name, [])), (path.stem, name)
            title, sha, version, votes = conn.execute(
                "SELECT title, sha256, schema_version, n_votes FROM workshops WHERE workshop = ?",
                (path.stem,)).fetchone()
            assert title == s.title
            assert sha == hashlib.sha256(path.read_bytes()).hexdigest()
            assert version == 3 and votes == len(tables["scores"])
        # typed columns: a median is an integer, a position a real, a flag 0/1
        assert conn.execute("SELECT typeof(trust_median) FROM consensus WHERE trust_median "
                            "IS NOT NULL LIMIT 1").fetchone() == ("integer",)
        assert {t for (t,) in conn.execute("SELECT DISTINCT typeof(state_recorded) FROM presence")} == {"integer"}
        # the re-scored copy's votes are its own
        rescored = conn.execute("SELECT COUNT(*) FROM votes WHERE workshop = 'antwerp-2025' AND "
                                "participant_name = 'Room voter 2025' AND dimension = 'trust' "
                                "AND level = 2").fetchone()[0]
        assert rescored > 0
        assert conn.execute("SELECT COUNT(*) FROM votes WHERE workshop = 'antwerp' AND "
                            "participant_name = 'Room voter 2025'").fetchone()[0] == 0
    finally:
        conn.close()


def test_views_read_as_tidy_tables(corpus: Path) -> None:
    conn = open_corpus(corpus)
    try:
        for view in VIEWS:
            conn.execute(f"SELECT * FROM [{view}] LIMIT 1").fetchall()
        states = dict(_rows(conn, "SELECT state, COUNT(*) FROM presence_states GROUP BY state"))
        assert set(states) <= {"present", "absent", "not_described"} and states["present"] > 0
        # relations per phase carry the room's medians where it scored them
        medians = _rows(conn, "SELECT trust_median, threec FROM relations_by_phase WHERE "
                              "workshop = 'antwerp-2025' AND state = 'active'")
        assert medians and all(t is not None for t, _c in medians)
        assert _rows(conn, "SELECT COUNT(*) FROM consensus_levels WHERE dimension = 'trust'") == \
            _rows(conn, "SELECT COUNT(*) FROM consensus")
    finally:
        conn.close()


def test_rebuilding_from_the_same_files_gives_the_same_database(sessions: list[Path],
                                                                corpus: Path, tmp_path: Path) -> None:
    again = tmp_path / "again.db"
    build_corpus(list(reversed(sessions)), again)  # the order on the command line does not count
    assert dump(again) == dump(corpus)


def test_the_sessions_are_only_read(sessions: list[Path], tmp_path: Path) -> None:
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in sessions}
    build_corpus(sessions, tmp_path / "c.db")
    assert {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in sessions} == before
    assert not [p for p in sessions[0].parent.iterdir() if p.name.endswith(("-wal", "-journal"))]


def test_full_text_search_finds_a_quote(corpus: Path) -> None:
    conn = open_corpus(corpus)
    try:
        hits = search(conn, "niemand vertelt")
        assert [(h["workshop"], h["origin"], h["text"]) for h in hits] == [
            ("antwerp-2025", "quote", QUOTE)]
        covenant = search(conn, "covenant IMEC")
        assert covenant and {h["origin"] for h in covenant} == {"source"}
        assert {h["workshop"] for h in covenant} == {"antwerp", "antwerp-2025"}
        assert search(conn, "nowhere-to-be-found-word") == []
    finally:
        conn.close()


def test_a_changed_file_is_told_by_its_hash_and_replaces_its_workshop(sessions: list[Path],
                                                                      tmp_path: Path) -> None:
    folder = tmp_path / "w"
    folder.mkdir()
    files = []
    for p in sessions:
        files.append(folder / p.name)
        files[-1].write_bytes(p.read_bytes())
    out = tmp_path / "c.db"
    build_corpus(files, out)
    again = folder / "antwerp-2025.workshop"
    conn = open_corpus(out, write=True)
    try:
        ids = dict(_rows(conn, "SELECT name, actor_id FROM actors WHERE workshop = 'antwerp-2025'"))
        decide(conn, [("antwerp-2025", ids["IMEC (research centre)"], "accepted", ""),
                      ("antwerp-2025", ids[RENAMED], "edited", "City of Antwerp")], by="Test")
    finally:
        conn.close()

    unchanged = add_to_corpus(out, [again])
    assert [(o.workshop, o.outcome, o.detail) for o in unchanged.outcomes] == [
        ("antwerp-2025", "unchanged", "already up to date")]

    stamp = out.stat().st_mtime_ns
    with Session.open(again) as s:  # the room meets again: a vote and a new name
        s.update_actor(RENAMED, name="Stad Antwerpen (college)")
    assert {r["workshop"]: r["state"] for r in corpus_status(out)}["antwerp-2025"] == "changed"
    assert out.stat().st_mtime_ns == stamp  # looking changes nothing

    report = add_to_corpus(out, [again])
    assert [(o.workshop, o.outcome) for o in report.outcomes] == [("antwerp-2025", "replaced")]
    assert report.dropped_decisions == 1  # the renamed actor's; IMEC's stays
    conn = open_corpus(out)
    try:
        names = {n for (n,) in conn.execute("SELECT name FROM actors WHERE workshop = 'antwerp-2025'")}
        assert "Stad Antwerpen (college)" in names and RENAMED not in names
        assert _rows(conn, "SELECT COUNT(*) FROM workshops") == [(7,)]
        decided = _rows(conn, "SELECT actor_name, status, decided_by FROM actor_matches "
                              "WHERE workshop = 'antwerp-2025' AND status <> 'suggested'")
        assert decided == [("IMEC (research centre)", "accepted", "Test")]
        assert conn.execute("SELECT sha256 FROM workshops WHERE workshop = 'antwerp-2025'"
                            ).fetchone()[0] == hashlib.sha256(again.read_bytes()).hexdigest()
    finally:
        conn.close()
    assert {r["workshop"]: r["state"] for r in corpus_status(out)}["antwerp-2025"] == "up to date"


def test_bad_input_writes_nothing(sessions: list[Path], tmp_path: Path) -> None:
    junk = tmp_path / "notes.workshop"
    junk.write_text("not a session")
    out = tmp_path / "c.db"
    with pytest.raises(SessionFileError) as info:
        build_corpus([sessions[0], junk], out)
    assert str(junk) in str(info.value)
    assert not out.exists() and os.listdir(tmp_path) == ["notes.workshop"]

    build_corpus(sessions[:2], out)
    stamp = out.read_bytes()
    with pytest.raises(CorpusError, match="already exists"):
        build_corpus(sessions[:1], out)
    with pytest.raises(CorpusError, match="not a research corpus"):
        build_corpus(sessions[:1], sessions[1], force=True)  # a session is never replaced
    with pytest.raises(CorpusError, match="not a research corpus"):
        add_to_corpus(sessions[0], sessions[:1])
    other = tmp_path / "other" / "antwerp.workshop"
    other.parent.mkdir()
    other.write_bytes(sessions[1].read_bytes())
    with pytest.raises(CorpusError, match="another name with --name"):
        add_to_corpus(out, [other])
    assert out.read_bytes() == stamp


def test_the_corpus_opens_as_it_is_in_sqlite_utils_pandas_and_duckdb(corpus: Path) -> None:
    db = sqlite_utils.Database(corpus)
    assert {"workshops", "actors", "scores", "canonical_actors", "actor_matches"} <= set(db.table_names())
    assert {"votes", "presence_states", "canonical_relations"} <= set(db.view_names())
    assert db["notes"].detect_fts() == "notes_fts"
    assert [r["text"] for r in db["notes"].search("niemand")] == [QUOTE]
    assert db["actors"].pks == ["workshop", "actor_id"]
    db.close()

    pandas = pytest.importorskip("pandas")
    with sqlite3.connect(corpus) as conn:
        frame = pandas.read_sql_query("SELECT * FROM votes", conn)
        names = pandas.read_sql_query("SELECT name FROM actors WHERE workshop = 'antwerp'", conn)
    assert set(frame["dimension"]) == {"trust", "commitment", "interdependence"}
    assert CITY in set(names["name"])


def test_the_corpus_opens_in_duckdb(corpus: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    con = duckdb.connect()
    try:
        con.execute("LOAD sqlite")
    except duckdb.Error:
        try:
            con.execute("INSTALL sqlite")
            con.execute("LOAD sqlite")
        except duckdb.Error as exc:
            pytest.skip(f"DuckDB's sqlite extension is not available here ({str(exc)[:80]})")
    con.execute(f"ATTACH '{corpus}' AS corpus (TYPE sqlite, READ_ONLY)")
    rows = con.execute("SELECT workshop, COUNT(*) FROM corpus.votes GROUP BY workshop "
                       "ORDER BY workshop").fetchall()
    with sqlite3.connect(corpus) as conn:
        expected = conn.execute("SELECT workshop, COUNT(*) FROM votes GROUP BY workshop "
                                "ORDER BY workshop").fetchall()
    assert rows == expected and rows
