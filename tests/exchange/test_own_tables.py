"""The app's own tables read back: the bundle's tables.xlsx as well as its CSV folder (the CSV
round trip of every demo is in test_roundtrip_lossless.py), every cell accounted for, and a
damaged cell refused naming its place."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from evidence_session import build_evidence_session
from exchange_reader import comparable

from workshop_app import Session
from workshop_app.io.bundle import write_bundle
from workshop_app.io.errors import ImportFileError
from workshop_app.io.importers import detect_format, import_file


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict, Path]:
    folder = tmp_path_factory.mktemp("own")
    path = build_evidence_session(folder / "every.workshop")
    with Session.open(path, read_only=True) as s:
        tables = s.tables()
        write_bundle(s, folder / "bundle")
    return path, tables, folder / "bundle"


def _tables(path: Path) -> dict:
    with Session.open(path, read_only=True) as s:
        return s.tables()


def test_the_bundle_workbook_gives_back_the_same_session(bundle, tmp_path: Path) -> None:
    _, tables, out = bundle
    assert detect_format(out / "tables.xlsx") == "tables"
    report = import_file(out / "tables.xlsx", tmp_path / "back.workshop")
    assert report.ledger.balance() == {}
    after = _tables(tmp_path / "back.workshop")
    assert comparable(after, like=tables) == comparable(tables)


def test_a_bundle_folder_is_read_from_its_csv_tables(bundle, tmp_path: Path) -> None:
    _, tables, out = bundle
    assert detect_format(out) == "tables" and detect_format(out / "csv") == "tables"
    report = import_file(out, tmp_path / "back.workshop")
    assert comparable(_tables(tmp_path / "back.workshop"), like=tables) == comparable(tables)
    skipped = {e.what: e for e in report.ledger.of("skipped")}
    assert "derived column" in skipped and "consensus.threec" in skipped["derived column"].places
    assert "edit log" in skipped  # the exporting session's log is not replayed
    counts = report.ledger.counts()["cell"]
    assert counts["source"] == counts["imported"] + counts["skipped"] > 0


def test_the_import_cites_its_own_source_on_nothing(bundle, tmp_path: Path) -> None:
    _, _, out = bundle
    import_file(out / "csv", tmp_path / "back.workshop")
    with Session.open(tmp_path / "back.workshop", read_only=True) as s:
        mine = [r for r in s.tables()["sources"] if r["kind"] == "imported"]
    assert [(r["document"], r["n_cited"]) for r in mine] == [("csv", 0)]


@pytest.mark.parametrize("table,column,value,reason", [
    ("actors", "x", "far left", "'far left' is not a number"),
    ("scores", "trust", "7", "A trust score must be a whole number from 1 to 5"),
    ("relations", "attrs", "{broken", "not valid JSON"),
    ("presence", "state_recorded", "perhaps", "'perhaps' is not true or false"),
])
def test_a_damaged_cell_is_refused_naming_its_place(bundle, tmp_path: Path, table: str,
                                                    column: str, value: str, reason: str) -> None:
    import csv

    _, _, out = bundle
    folder = tmp_path / "csv"
    shutil.copytree(out / "csv", folder)
    path = folder / f"{table}.csv"
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    rows[1][rows[0].index(column)] = value
    with open(path, "w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, lineterminator="\n").writerows(rows)
    with pytest.raises(ImportFileError) as caught:
        import_file(folder, tmp_path / "never.workshop")
    message = str(caught.value)
    assert message.startswith(str(path)) and reason in message and "line 2" in message
    assert not (tmp_path / "never.workshop").exists()
