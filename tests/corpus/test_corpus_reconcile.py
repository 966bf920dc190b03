"""Matching actors across workshops: suggestions from names, type and scale, and the
researcher's decisions through the CSV mapping, which roll relations and roles up to
canonical actors. Decisions live in the corpus only; undecided matches count for nothing."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import pytest

from corpus_workshops import CITY, RENAMED, corpus_sessions
from workshop_app.research.corpus import CorpusError, build_corpus, open_corpus
from workshop_app.research.names import name_key
from workshop_app.research.reconcile import adjusted, suggest
from workshop_app.research.register import CSV_COLUMNS, export_csv, import_csv, match_rows

pytest.importorskip("sqlite_utils")
pytest.importorskip("rapidfuzz")


@pytest.fixture(scope="module")
def sessions(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return corpus_sessions(tmp_path_factory.mktemp("workshops"))


@pytest.fixture
def corpus(sessions: list[Path], tmp_path: Path) -> Path:
    out = tmp_path / "corpus.db"
    build_corpus(sessions, out)
    return out


def read_csv(path: Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def write_csv(path: Path, rows: list[dict[str, str]]) -> None:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(CSV_COLUMNS))
        writer.writeheader()
        writer.writerows(rows)


@pytest.mark.parametrize(("name", "key"), [
    (CITY, "antwerp"),
    (RENAMED, "antwerpen"),
    ("Ville de Liège", "liege"),
    ("Città di Torino", "torino"),
    ("Digitalstadt Darmstadt GmbH", "digitalstadt darmstadt"),
    ("European Commission (Horizon 2020)", "european commission"),
    ("  The Open-Data   Institute ", "open data institute"),
    ("City of", "city of"),
])
def test_names_are_folded_to_a_comparable_key(name: str, key: str) -> None:
    assert name_key(name) == key


def test_a_differing_type_or_scale_lowers_the_score() -> None:
    assert adjusted(90, "government", "government", "city", "city") == (90, [])
    assert adjusted(90, "government", "private", "city", "city") == (80, ["type differs"])
    assert adjusted(90, "government", "unknown", "city", "national") == (85, ["scale differs"])


def test_suggestions_name_the_same_bodies_with_a_score_and_why(corpus: Path) -> None:
    conn = open_corpus(corpus)
    try:
        rows = [m for m in match_rows(conn) if m.status == "suggested"]
        by_actor = {(m.workshop, m.actor_name): m for m in rows}
        renamed = by_actor[("antwerp", CITY)]
        assert renamed.canonical_name == by_actor[("antwerp-2025", RENAMED)].canonical_name
        assert renamed.method.startswith("similar name") and 85 <= (renamed.score or 0) < 100
        commission = {m.workshop for m in rows if m.canonical_name == by_actor[
            ("turin", "European Commission")].canonical_name}
        assert commission == {"antwerp", "antwerp-2025", "turin", "turin-room-b"}
        assert by_actor[("antwerp", "European Commission (Horizon 2020)")].method in (
            "same name", "same normalised name")
        # a suggestion never puts two actors of one workshop together
        seen: dict[tuple[str, str], str] = {}
        for m in rows:
            assert (m.canonical_name, m.workshop) not in seen, m
            seen[(m.canonical_name, m.workshop)] = m.actor_name
        # undecided: nothing rolls up yet
        assert conn.execute("SELECT COUNT(*) FROM actor_canonical WHERE canonical_id IS NOT NULL"
                            ).fetchone()[0] == 0
        assert conn.execute("SELECT COUNT(*) FROM canonical_actor_workshops").fetchone()[0] == 0
    finally:
        conn.close()


def test_two_actors_of_one_workshop_are_never_suggested_as_one(tmp_path: Path) -> None:
    """A workshop that names the city twice (council and administration) keeps them apart;
    the other workshop's city is suggested with one of them, the closer one."""
    from workshop_app import Session

    files = []
    for stem, names in (("one", ["City of Valmere", "Stad Valmere", "Valmere Transit"]),
                        ("two", ["Municipality of Valmere", "Valmere Transit Ltd"])):
        path = tmp_path / f"{stem}.workshop"
        with Session.create(path) as s:
            for name in names:
                s.add_actor(name, "government", "city", present_in=[s.phases[0]])
        files.append(path)
    build_corpus(files, tmp_path / "c.db")
    conn = open_corpus(tmp_path / "c.db")
    try:
        groups: dict[str, list[tuple[str, str]]] = {}
        for m in match_rows(conn):
            if m.status == "suggested":
                groups.setdefault(m.canonical_name, []).append((m.workshop, m.actor_name))
    finally:
        conn.close()
    assert sorted(sorted(g) for g in groups.values()) == [
        [("one", "City of Valmere"), ("two", "Municipality of Valmere")],
        [("one", "Valmere Transit"), ("two", "Valmere Transit Ltd")]]


def test_the_renamed_actor_is_reconciled_through_the_csv_mapping(sessions: list[Path],
                                                                corpus: Path, tmp_path: Path) -> None:
    before = {p: p.read_bytes() for p in sessions}
    mapping = tmp_path / "matches.csv"
    conn = open_corpus(corpus, write=True)
    try:
        assert export_csv(conn, mapping) == conn.execute("SELECT COUNT(*) FROM actors").fetchone()[0]
        rows = read_csv(mapping)
        assert list(rows[0]) == list(CSV_COLUMNS)
        for row in rows:
            if (row["workshop"], row["actor_name"]) in (("antwerp", CITY), ("antwerp-2025", RENAMED)):
                row["canonical_name"], row["status"] = "City of Antwerp", "edited"
            elif row["actor_name"] == "IMEC (research centre)":
                row["status"] = "accepted"
            elif row["workshop"] == "turin" and row["actor_name"] == "European Commission":
                row["status"] = "rejected"
        write_csv(mapping, rows)
        report = import_csv(conn, mapping, by="Dr. Example")
        assert (report.accepted, report.rejected, report.edited, report.new_canonical) == (2, 1, 2, 1)

        city = conn.execute("SELECT canonical_id, origin FROM canonical_actors WHERE name = "
                            "'City of Antwerp'").fetchone()
        assert city[1] == "researcher"
        decided = conn.execute("SELECT workshop, actor_name, status, decided_by, decided_at "
                               "FROM actor_matches WHERE canonical_id = ? ORDER BY workshop",
                               (city[0],)).fetchall()
        assert [d[:4] for d in decided] == [("antwerp", CITY, "edited", "Dr. Example"),
                                            ("antwerp-2025", RENAMED, "edited", "Dr. Example")]
        assert all(d[4] for d in decided)
        # relations and roles roll up: both workshops' relations of the city, under one name
        rolled = {w for (w,) in conn.execute(
            "SELECT DISTINCT workshop FROM canonical_relations WHERE "
            "source_canonical = 'City of Antwerp' OR target_canonical = 'City of Antwerp'")}
        assert rolled == {"antwerp", "antwerp-2025"}
        roles = conn.execute("SELECT workshop, COUNT(*) FROM canonical_roles WHERE canonical_name "
                             "= 'City of Antwerp' GROUP BY workshop ORDER BY workshop").fetchall()
        assert [w for w, _n in roles] == ["antwerp", "antwerp-2025"] and roles[0][1] == roles[1][1]
        assert conn.execute("SELECT n_workshops FROM canonical_actor_workshops WHERE name = "
                            "'City of Antwerp'").fetchone() == (2,)
        # the rejected suggestion is kept as a decision and is not made again: unmatched
        suggest(conn)
        turin = [m for m in match_rows(conn, rejected=True) if (m.workshop, m.actor_name) ==
                 ("turin", "European Commission")]
        assert sorted(m.status for m in turin) == ["", "rejected"]
        assert {m.canonical_name for m in turin} == {"", "European Commission"}
        # importing the same mapping again changes nothing
        again = import_csv(conn, mapping, by="Dr. Example")
        assert (again.accepted, again.rejected, again.edited, again.unchanged) == (0, 0, 0, 5)
    finally:
        conn.close()
    assert {p: p.read_bytes() for p in sessions} == before  # never in the session files


def _register(path: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT * FROM actor_matches ORDER BY 1, 2, 4").fetchall()


@pytest.mark.parametrize(("change", "message"), [
    (lambda r: r.update(status="acepted"), "line 2: unknown status 'acepted'"),
    (lambda r: r.update(actor_name="Someone else"), "is 'Academic partners' in the corpus"),
    (lambda r: r.update(actor_id="999", status="accepted"), "no actor 999"),
    (lambda r: r.update(actor_id="x"), "is not a number"),
])
def test_a_bad_mapping_changes_nothing(corpus: Path, tmp_path: Path, change, message: str) -> None:
    mapping = tmp_path / "m.csv"
    conn = open_corpus(corpus, write=True)
    try:
        export_csv(conn, mapping)
        rows = read_csv(mapping)
        for row in rows:  # a good decision first: it must not be written either
            if row["status"] == "suggested":
                row["status"] = "accepted"
                break
        change(rows[0])
        write_csv(mapping, rows)
        before = _register(corpus)
        with pytest.raises(CorpusError, match=message) as info:
            import_csv(conn, mapping)
        assert str(mapping) in str(info.value) and "\n" not in str(info.value)
        assert _register(corpus) == before
    finally:
        conn.close()


def test_a_refused_decision_undoes_the_ones_before_it(corpus: Path, tmp_path: Path) -> None:
    """All or nothing: a rejection of a suggestion that is not there, after good decisions."""
    mapping = tmp_path / "m.csv"
    conn = open_corpus(corpus, write=True)
    try:
        export_csv(conn, mapping)
        rows = read_csv(mapping)
        for row in rows:
            if row["status"] == "suggested":
                row["status"] = "accepted"
        unmatched = [r for r in rows if r["status"] == ""]
        unmatched[-1]["status"] = "rejected"
        rows.remove(unmatched[-1])
        rows.append(unmatched[-1])  # after every acceptance
        write_csv(mapping, rows)
        before = _register(corpus)
        with pytest.raises(CorpusError, match="has no suggestion to reject"):
            import_csv(conn, mapping)
        assert _register(corpus) == before
    finally:
        conn.close()


def test_a_mapping_saved_by_a_spreadsheet_is_read(corpus: Path, tmp_path: Path) -> None:
    """Semicolons and a byte order mark, as a spreadsheet in many locales saves CSV."""
    mapping = tmp_path / "m.csv"
    conn = open_corpus(corpus, write=True)
    try:
        export_csv(conn, mapping)
        rows = read_csv(mapping)
        target = next(r for r in rows if r["workshop"] == "antwerp-2025" and r["actor_name"] == RENAMED)
        target["status"] = "accepted"
        with open(mapping, "w", newline="", encoding="utf-8-sig") as fh:
            writer = csv.DictWriter(fh, fieldnames=list(CSV_COLUMNS), delimiter=";")
            writer.writeheader()
            writer.writerows(rows)
        report = import_csv(conn, mapping, by="Spreadsheet")
        assert report.accepted == 1
        assert conn.execute("SELECT status, decided_by FROM actor_matches WHERE workshop = "
                            "'antwerp-2025' AND actor_name = ? AND status <> 'suggested'",
                            (RENAMED,)).fetchone() == ("accepted", "Spreadsheet")
    finally:
        conn.close()
