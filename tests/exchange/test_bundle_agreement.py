"""The research bundle carries the agreement table: csv/agreement.csv, a sheet of the
workbook and a codebook entry, with undefined alpha as an empty cell, never 0."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import openpyxl

from workshop_app import Session
from workshop_app.io.bundle import write_bundle


def test_bundle_has_the_agreement_table_and_its_codebook_entry(tmp_path: Path) -> None:
    path = tmp_path / "harbour.workshop"
    with Session.create(path, default_phases=False) as s:
        design = s.add_phase("Design", "design")
        a, b, c = (s.add_actor(n, present_in=["Design"]) for n in ("City", "Port", "Bank"))
        r1, r2 = s.add_relation(a, b), s.add_relation(b, c)
        ana, ben = s.participants[0], s.add_participant("Ben")
        for rel, (x, y) in ((r1, (1, 1)), (r2, (2, 3))):
            s.score(rel, design, trust=x, participant=ana)
            s.score(rel, design, trust=y, participant=ben)
    with Session.open(path, read_only=True) as s:
        files = write_bundle(s, tmp_path / "b")
    assert tmp_path / "b" / "csv" / "agreement.csv" in files
    with open(tmp_path / "b" / "csv" / "agreement.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    by = {(r["scope"], r["dimension"]): r for r in rows}
    assert float(by[("session", "trust")]["alpha"]) == 0.833333
    assert by[("session", "trust")]["units"] == "2" and by[("session", "trust")]["voters"] == "2"
    assert by[("session", "commitment")]["alpha"] == ""
    assert by[("session", "commitment")]["undefined_reason"] == "no room votes"
    book = json.loads((tmp_path / "b" / "codebook.json").read_text(encoding="utf-8"))
    entry = book["tables"]["agreement"]
    assert entry["rows"] == len(rows) == 6
    assert "undefined" in entry["description"] and "room participants only" in entry["description"]
    sheet = openpyxl.load_workbook(tmp_path / "b" / "tables.xlsx", read_only=True)["agreement"]
    assert next(sheet.iter_rows(max_row=1, values_only=True))[:5] == (
        "scope", "phase_id", "phase_number", "phase_name", "dimension")
    assert "csv/agreement.csv" in (tmp_path / "b" / "README.txt").read_text(encoding="utf-8")
