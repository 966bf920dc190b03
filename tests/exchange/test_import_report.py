"""The import report: a ledger that accounts for every unit of the source, the summary the
command prints, the whole report as JSON, and the choice to import or not after reading it."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from workshop_app import Session
from workshop_app.cli import main
from workshop_app.io.importers import ImportCancelled, import_file
from workshop_app.io.importers.foreign import ForeignNode
from workshop_app.io.importers.report import NOT_READ, ImportReport, Ledger, units

GEXF = ('<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">'
        '<graph defaultedgetype="directed"><nodes>\n'
        '<node id="c" label="City"><viz:size value="2"/></node>\n'
        '<node id="u" label="University"/></nodes><edges>\n'
        '<edge id="e1" source="c" target="u" label="grant"/></edges></graph></gexf>')


def test_the_ledger_balances_only_when_every_unit_has_one_outcome() -> None:
    ledger = Ledger()
    ledger.expect("cell", 5)
    ledger.imported(units(cell=2), "name")
    ledger.mapped(units(cell=1), "actor type", "'NGO' -> civil_society", "row 2")
    assert ledger.balance() == {"cell": (5, 3)}
    ledger.skipped(units(cell=2), "score", "'n/a' is no answer", "row 3")
    assert ledger.balance() == {}
    ledger.skipped(units(cell=1), "score", "'n/a' is no answer", "row 4")
    assert ledger.balance() == {"cell": (5, 6)}  # counted twice is as wrong as forgotten
    (skipped,) = ledger.of("skipped")
    assert skipped.places == ["row 3", "row 4"] and skipped.items == 2


def test_what_an_item_carries_is_settled_once_and_the_rest_is_said() -> None:
    ledger = Ledger()
    ledger.expect("element", 3)
    node = ForeignNode(id="n1", where="line 4")
    node.carry("", units(element=1))
    node.carry("budget", units(element=1), "line 5")
    node.carry("colour", units(element=1), "line 6")
    ledger.settle(node, "", "imported", "node")
    ledger.settle(node, "budget", "mapped", "node attribute 'budget'", "kept in the note")
    ledger.settle(node, "budget", "skipped", "again", "twice")  # nothing left to book
    ledger.settle_rest(node)
    assert ledger.balance() == {}
    (forgotten,) = [e for e in ledger.of("skipped")]
    assert forgotten.rule == NOT_READ and forgotten.places == ["line 6"]


def test_the_report_says_what_was_made_left_out_and_where(tmp_path: Path) -> None:
    (tmp_path / "n.gexf").write_text(GEXF, encoding="utf-8")
    report = import_file(tmp_path / "n.gexf", tmp_path / "n.workshop")
    text = str(report)
    assert text.startswith("Imported n.gexf (gexf) into")
    assert "Source: 8 elements: " in text and "skipped" in text
    assert "viz:size: how another tool draws it" in text and "(line 2)" in text
    assert report.ledger.balance() == {}
    whole = report.to_dict()
    assert whole["balanced"] and whole["units"]["element"]["source"] == 8
    mapped = {e["what"]: e for e in whole["mapped"]}
    assert mapped["relation kind"]["rule"] == "'grant' read as funding (a synonym)"
    with Session.open(tmp_path / "n.workshop", read_only=True) as s:
        (source,) = s.model.tables["sources"].values()
        assert (source.kind, source.document) == ("imported", "n.gexf")
        assert source.detail["units"] == whole["units"] and source.detail["source"] == "n.gexf"
        assert [a.original_id for a in s.actors] == ["c", "u"]
        assert s.relations[0].original_id == "e1"
        assert s.model.presence_default == "not_described"


def test_a_refused_report_writes_nothing(tmp_path: Path) -> None:
    (tmp_path / "n.gexf").write_text(GEXF, encoding="utf-8")
    seen: list[ImportReport] = []

    def refuse(report: ImportReport) -> bool:
        seen.append(report)
        assert not (tmp_path / "n.workshop").exists()  # asked before anything is in place
        return False

    with pytest.raises(ImportCancelled):
        import_file(tmp_path / "n.gexf", tmp_path / "n.workshop", confirm=refuse)
    assert seen[0].actors == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["n.gexf"]


def test_import_command_writes_the_whole_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "n.gexf").write_text(GEXF, encoding="utf-8")
    code = main(["import", str(tmp_path / "n.gexf"), "-o", str(tmp_path / "n.workshop"),
                 "--report", str(tmp_path / "report.json")])
    out = capsys.readouterr().out
    assert code == 0 and "Left out:" in out and "The whole report:" in out
    data = json.loads((tmp_path / "report.json").read_text(encoding="utf-8"))
    assert data["balanced"] and data["made"]["actors"] == 2
    booked = Counter()
    for outcome in ("imported", "mapped", "skipped"):
        for entry in data[outcome]:
            booked.update(entry["units"])
    assert booked == Counter({u: c["source"] for u, c in data["units"].items()})


@pytest.mark.parametrize("where", ["n.gexf", "n.workshop", "missing/report.json", "folder"])
def test_a_report_in_the_way_is_refused_before_importing(where: str, tmp_path: Path,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "n.gexf").write_text(GEXF, encoding="utf-8")
    (tmp_path / "folder").mkdir()
    code = main(["import", str(tmp_path / "n.gexf"), "-o", str(tmp_path / "n.workshop"),
                 "--report", str(tmp_path / where)])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and where.split("/")[0] in err
    assert not (tmp_path / "n.workshop").exists()
    assert (tmp_path / "n.gexf").read_text(encoding="utf-8") == GEXF
