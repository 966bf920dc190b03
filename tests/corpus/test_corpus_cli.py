"""``workshop-app corpus``: build, add, status, match and search from the command line, with
one line on standard error and status 2 for every mistake a user can make, including an
install without the research extra."""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

import pytest

from corpus_workshops import RENAMED, corpus_sessions
from workshop_app.cli import main

pytest.importorskip("sqlite_utils")
pytest.importorskip("rapidfuzz")


@pytest.fixture(scope="module")
def sessions(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    return corpus_sessions(tmp_path_factory.mktemp("workshops"))


def run(capsys: pytest.CaptureFixture[str], *args: object) -> tuple[int, str, str]:
    status = main(["corpus", *map(str, args)])
    out, err = capsys.readouterr()
    return status, out, err


def test_build_add_status_match_and_search(sessions: list[Path], tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "corpus.db"
    status, out, err = run(capsys, "build", *sessions[:5], "-o", db)
    assert (status, err) == (0, "")
    assert out.splitlines()[0] == f"{db}: 5 workshops"
    assert "antwerp: added" in out and "suggested match" in out

    status, out, err = run(capsys, "add", db, *sessions)
    assert status == 0 and err == ""
    lines = out.splitlines()
    assert "antwerp: already up to date" in lines
    assert "antwerp-2025: added" in lines and "turin-room-b: added" in lines

    status, out, _ = run(capsys, "add", db, sessions[0])
    assert status == 0 and out.splitlines()[-1] == f"{db}: nothing to do; the corpus is unchanged"

    status, out, _ = run(capsys, "status", db, "--json")
    assert status == 0 and {r["state"] for r in json.loads(out)} == {"up to date"}

    status, out, _ = run(capsys, "match", db)
    assert status == 0 and any(RENAMED in line and "similar name" in line for line in out.splitlines())

    mapping = tmp_path / "m.csv"
    status, out, _ = run(capsys, "match", db, "--export", mapping)
    assert status == 0 and mapping.is_file()
    with open(mapping, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    for row in rows:
        if row["actor_name"] == RENAMED:
            row["canonical_name"] = "City of Antwerp"  # typed in: an edit without a status word
    with open(mapping, "w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    status, out, err = run(capsys, "match", db, "--import", mapping, "--by", "R. Searcher")
    assert (status, err) == (0, "")
    assert out.strip() == f"{mapping}: 1 edited (1 new canonical actor)"

    status, out, _ = run(capsys, "match", db, "--json")
    decided = [m for m in json.loads(out) if m["status"] == "edited"]
    assert [(m["actor_name"], m["canonical_name"], m["decided_by"]) for m in decided] == [
        (RENAMED, "City of Antwerp", "R. Searcher")]

    status, out, _ = run(capsys, "search", db, "niemand", "--json")
    assert status == 0 and [h["workshop"] for h in json.loads(out)] == ["antwerp-2025"]


@pytest.mark.parametrize("args, words", [
    (["build", "{s0}", "-o", "{s1}"], "already exists"),
    (["build", "{missing}", "-o", "{out}"], "no such file"),
    (["add", "{s0}", "{s1}"], "not a research corpus"),
    (["match", "{out}"], "no such corpus file"),
    (["build", "{s0}", "-o", "{out}", "--cutoff", "120"], "give a similarity from 0 to 100"),
])
def test_mistakes_are_one_line_and_status_2(sessions: list[Path], tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str],
                                            args: list[str], words: str) -> None:
    names = {"s0": sessions[0], "s1": sessions[1], "out": tmp_path / "c.db",
             "missing": tmp_path / "gone.workshop"}
    status, out, err = run(capsys, *[a.format(**names) for a in args])
    assert status == 2 and out == ""
    assert len(err.splitlines()) == 1 and err.startswith("workshop-app: error: ") and words in err.lower()
    assert not (tmp_path / "c.db").exists()


def test_without_the_research_extra_the_line_names_it(sessions: list[Path], tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch,
                                                      capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setitem(sys.modules, "sqlite_utils", None)  # "import sqlite_utils" now fails
    status, out, err = run(capsys, "build", sessions[0], "-o", tmp_path / "c.db")
    assert status == 2 and out == ""
    assert err.strip() == ('workshop-app: error: The research corpus needs the optional '
                           "'research' extra (sqlite_utils is not installed): "
                           'pip install "assemblage-workshop[research]"')
    assert not (tmp_path / "c.db").exists()
