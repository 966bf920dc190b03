"""Data stays English whatever the console's language: the research bundle, the CSV export and
the command line's warnings and diff (--json) are written in English under a German console,
so a researcher's corpus reads alike across workshops, while the same analysis asked directly
speaks German (a small German test catalogue). Pure: no Qt."""

from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from german_warnings import W1_TITLE, W1_TITLE_DE, german  # noqa: F401

from workshop_app import Session, cli
from workshop_app.analysis.diff import diff_phases
from workshop_app.analysis.warnings import compute_warnings
from workshop_app.bundled import demo_path
from workshop_app.io.bundle import write_bundle
from workshop_app.io.data_export import export_csv

JOINED_DE = "{name} kam zwischen {a} und {b} hinzu"


@pytest.fixture
def iskandar(tmp_path: Path) -> Path:
    """A copy of the Iskandar demo: W1 in its design phase, a citizens actor joining later."""
    dest = tmp_path / "iskandar.workshop"
    shutil.copyfile(demo_path("iskandar"), dest)
    return dest


def _cli_json(capsys: pytest.CaptureFixture[str], *argv: str) -> Any:
    assert cli.main(list(argv)) == 0
    return json.loads(capsys.readouterr().out)


def test_the_command_lines_warnings_are_english_under_a_german_console(
        iskandar: Path, german: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Session.open(iskandar, read_only=True) as s:
        asked = compute_warnings(s.model)
    assert asked[0].message == W1_TITLE_DE  # the console's own panel speaks German
    data = _cli_json(capsys, "warnings", str(iskandar), "--json")
    first = data["warnings"][0]
    assert (first["id"], first["message"]) == ("W1", W1_TITLE)
    assert first["detail"] == "Citizens of Iskandar is recorded as absent from Design: project specifications."
    assert "Bürger" not in json.dumps(data, ensure_ascii=False)


def test_the_command_lines_diff_is_english_under_a_german_console(
        iskandar: Path, german: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with Session.open(iskandar, read_only=True) as s:
        first, second = s.phases[0].id, s.phases[1].id
        joined = diff_phases(s.model, first, second).of_kind("actor_entered")
    assert joined and all(" kam zwischen " in item.text for item in joined)
    data = _cli_json(capsys, "diff", str(iskandar), "1", "2", "--json")
    texts = [item["text"] for item in data["items"] if item["kind"] == "actor_entered"]
    assert len(texts) == len(joined)
    assert all(" joined between " in t and " kam zwischen " not in t for t in texts)


def _warnings_in_the_phase_notes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Stands in for any text an export computes on the way: each phase's note in the tables
    becomes the first warning's title and detail, made when the tables are asked for."""
    tables = Session.tables

    def with_warnings(self: Session) -> dict[str, list[dict[str, Any]]]:
        out = tables(self)
        w = compute_warnings(self.model)[0]
        for row in out["phases"]:
            row["note"] = f"{w.message} {w.detail}"
        return out

    monkeypatch.setattr(Session, "tables", with_warnings)


def _phase_notes(path: Path) -> list[str]:
    with path.open(encoding="utf-8", newline="") as f:
        return [row["note"] for row in csv.DictReader(f)]


def test_the_bundle_and_the_csv_export_are_english_under_a_german_console(
        iskandar: Path, german: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _warnings_in_the_phase_notes(monkeypatch)
    with Session.open(iskandar, read_only=True) as s:
        assert s.tables()["phases"][0]["note"].startswith(W1_TITLE_DE)  # German when asked
        write_bundle(s, tmp_path / "bundle")
        export_csv(s, tmp_path / "csv")
    for notes in (_phase_notes(tmp_path / "bundle" / "csv" / "phases.csv"),
                  _phase_notes(tmp_path / "csv" / "phases.csv")):
        assert notes and all(n.startswith(W1_TITLE + " Citizens of Iskandar is recorded") for n in notes)
    gexf = (tmp_path / "bundle" / "network.gexf").read_text(encoding="utf-8")  # its session block
    assert W1_TITLE in gexf and "Bürger" not in gexf
