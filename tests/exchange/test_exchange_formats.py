"""Every data format from every demo session: valid against the official grammars and
readable by the tools researchers use (networkx, csv, openpyxl, json)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import openpyxl
import pytest
from exchange_helpers import (
    DEMOS,
    SHARED,
    assert_valid_gexf,
    assert_valid_graphml,
    demo_copy,
    nx_read_gexf,
    nx_read_graphml,
)

from evidence_session import build_evidence_session

from workshop_app import Session
from workshop_app.io.bundle import write_bundle
from workshop_app.io.codebook import TABLES as CODEBOOK_TABLES

needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="shared/formats not beside the repo")


@pytest.fixture(scope="module", params=DEMOS)
def demo_bundle(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp(request.param)
    with Session.open(demo_copy(request.param, folder)) as s:
        files = write_bundle(s, folder / "bundle")
        tables = s.tables()
        yield request.param, folder / "bundle", files, tables, s.info()


def test_bundle_holds_every_file_and_nothing_half_written(demo_bundle) -> None:
    name, out, files, tables, info = demo_bundle
    assert all(p.is_file() for p in files)
    assert {p.name for p in out.iterdir()} == {"network.gexf", "graphml", "csv", "tables.xlsx",
                                               "codebook.json", "README.txt"}
    assert len(list((out / "graphml").glob("*.graphml"))) == len(info["phases"])
    assert not list(out.parent.glob(".*partial*"))
    readme = (out / "README.txt").read_text(encoding="utf-8")
    assert "pd.read_csv" in readme and "nx.read_gexf" in readme and "Gephi" in readme


@needs_shared
def test_gexf_is_valid_and_networkx_reads_phases(demo_bundle) -> None:
    name, out, _, tables, info = demo_bundle
    gexf = out / "network.gexf"
    assert_valid_gexf(gexf)
    g = nx_read_gexf(gexf)
    present = {r["actor_id"] for r in tables["presence"] if r["state"] == "present"}
    assert g.number_of_nodes() == len(present)
    active = {r["relation_id"] for r in tables["consensus"]}
    assert g.number_of_edges() == len(active)  # parallel relations survive (edge ids)
    for phase in info["phases"]:
        number = info["phases"].index(phase) + 1
        in_phase = [n for n, d in g.nodes(data=True)
                    if any(a <= number <= b for a, b in d["spells"])]
        assert len(in_phase) == phase["actors_present"]


@needs_shared
def test_graphml_per_phase_is_valid_and_matches_the_phase(demo_bundle) -> None:
    name, out, _, tables, info = demo_bundle
    files = sorted((out / "graphml").glob("*.graphml"))
    for phase, path in zip(info["phases"], files):
        assert_valid_graphml(path)
        g = nx_read_graphml(path)
        assert g.graph["phase_name"] == phase["phase"]
        assert g.number_of_nodes() == phase["actors_present"]
        assert g.number_of_edges() == phase["relations"]
        assert all(" " not in k for d in (g.graph, *(d for _, d in g.nodes(data=True))) for k in d)


def test_csv_and_xlsx_hold_every_table_row_for_row(demo_bundle) -> None:
    name, out, _, tables, _ = demo_bundle
    wb = openpyxl.load_workbook(out / "tables.xlsx", read_only=True)
    assert wb.sheetnames == [*tables, "agreement", "codebook"]
    for table, rows in tables.items():
        with open(out / "csv" / f"{table}.csv", encoding="utf-8", newline="") as fh:
            read = list(csv.DictReader(fh))
        assert len(read) == len(rows)
        sheet = list(wb[table].iter_rows(values_only=True))
        assert len(sheet) == len(rows) + 1
        if rows:
            assert list(read[0]) == list(rows[0]) == list(sheet[0])
            first = dict(zip(sheet[0], sheet[1]))
            for col, value in rows[0].items():
                # a spreadsheet has no empty text: "" and None are both an empty cell
                assert first[col] == value or (value in (None, "") and first[col] is None), (table, col)
    wb.close()


def test_codebook_documents_every_column_and_the_scale(demo_bundle) -> None:
    name, out, _, tables, _ = demo_bundle
    book = json.loads((out / "codebook.json").read_text(encoding="utf-8"))
    for table, rows in tables.items():
        assert table in book["tables"]
        for row in rows[:1]:
            assert set(row) == set(book["tables"][table]["columns"]), table
    assert "1-5" in book["score_scale"]["description"]
    assert book["score_scale"]["levels"] == {"low": [1, 2], "medium": [3], "high": [4, 5]}
    assert "collaboration" in book["three_c_rule"] and book["pseudonymised"] is False
    assert book["tables"]["actors"]["columns"]["type"]["allowed"][0] == "government"


def test_codebook_covers_every_tidy_column_even_of_empty_tables(tmp_path: Path) -> None:
    with Session.open(build_evidence_session(tmp_path / "every.workshop")) as s:
        tables = s.tables()
    assert list(tables) == [*CODEBOOK_TABLES]
    for table, rows in tables.items():
        assert rows, table
        for row in rows:
            assert set(row) == set(CODEBOOK_TABLES[table]["columns"]), table
