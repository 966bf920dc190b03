"""The export, import and bundle sub-commands, and load_many for a series of workshops."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from exchange_helpers import FOREIGN, SHARED, demo_copy

from workshop_app import Session
from workshop_app.cli import main
from workshop_app.io import load_many

ONE_LINE = "workshop-app: error: "


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def antwerp(tmp_path: Path) -> Path:
    return demo_copy("antwerp", tmp_path)


@pytest.mark.parametrize("fmt, out", [("gexf", "a.gexf"), ("xlsx", "a.xlsx"), ("csv", "csvdir"),
                                      ("graphml", "gm")])
def test_export_writes_the_format_and_leaves_the_session(antwerp: Path, fmt: str, out: str,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    before = antwerp.read_bytes()
    code, stdout, err = _run(capsys, "export", str(antwerp), "--format", fmt, "-o",
                             str(antwerp.parent / out))
    assert (code, err) == (0, "")
    written = [Path(line) for line in stdout.splitlines()]
    assert written and all(p.is_file() for p in written)
    assert antwerp.read_bytes() == before


def test_export_one_phase_pseudonymised(antwerp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = antwerp.parent / "p2.graphml"
    code, _, err = _run(capsys, "export", str(antwerp), "--format", "graphml", "--phase",
                        "piloting", "--pseudonymize", "-o", str(out))
    assert (code, err) == (0, "")
    text = out.read_text(encoding="utf-8")
    assert "Phase 2 (Pilot)" in text and "City of Antwerp" not in text


@pytest.mark.parametrize("args, expected", [
    (["--format", "docx"], "unknown format 'docx'; choose one of: png, svg, pdf, html, pack, gexf"),
    (["--format", "csv", "--phase", "Harvest"], "no phase 'Harvest' in antwerp.workshop; choose one of:"),
])
def test_export_mistakes_are_one_line_naming_the_choices(antwerp: Path, args: list[str],
                                                         expected: str,
                                                         capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, "export", str(antwerp), *args, "-o", str(antwerp.parent / "x"))
    assert code == 2 and out == ""
    assert err.startswith(ONE_LINE + expected) and err.count("\n") == 1
    assert not (antwerp.parent / "x").exists()


@pytest.mark.gui  # the picture is drawn by Qt
def test_export_png_dispatches_to_the_renderer(antwerp: Path, capsys: pytest.CaptureFixture[str],
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    code, out, err = _run(capsys, "export", str(antwerp), "--format", "png", "--phase", "1",
                          "-o", str(antwerp.parent / "map.png"))
    assert (code, err) == (0, "")
    assert Path(out.splitlines()[0]).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_bundle_command_and_its_refusal(antwerp: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = antwerp.parent / "bundle"
    code, stdout, err = _run(capsys, "bundle", str(antwerp), "-o", str(out))
    assert (code, err) == (0, "") and stdout.startswith("Wrote 28 files to")
    if os.name == "posix":  # readable like any folder the user makes, not private to the owner
        mask = os.umask(0)
        os.umask(mask)
        assert out.stat().st_mode & 0o777 == 0o777 & ~mask
    code, _, err = _run(capsys, "bundle", str(antwerp), "-o", str(out))
    assert code == 2 and "not empty" in err and "--force" in err
    code, _, err = _run(capsys, "bundle", str(antwerp), "-o", str(out), "--force", "--pseudonymize")
    assert code == 0
    assert json.loads((out / "codebook.json").read_text(encoding="utf-8"))["pseudonymised"] is True


@pytest.mark.skipif(not SHARED.is_dir(), reason="shared/formats not beside the repo")
def test_import_command_prints_the_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "ref.workshop"
    code, out, err = _run(capsys, "import", str(SHARED / "reference_dynamic_3phases.gexf"),
                          "-o", str(target))
    assert (code, err) == (0, "")
    assert "5 actors, 6 relations, 3 phases" in out and "0-1 scale" in out
    code, out, err = _run(capsys, "import", str(FOREIGN / "networkcanvas" /
                                                "pfsj_case_1_edgeList_friends.csv"),
                          "--nodes", str(FOREIGN / "networkcanvas" /
                                         "pfsj_case_1_attributeList_Person.csv"),
                          "-o", str(tmp_path / "nc.workshop"))
    assert code == 0 and "9 actors" in out
    code, out, err = _run(capsys, "import", str(SHARED / "reference_dynamic_3phases.gexf"),
                          "-o", str(target))
    assert code == 2 and err.startswith(ONE_LINE) and "already exists" in err


def test_import_of_a_broken_file_is_one_line_and_writes_nothing(tmp_path: Path,
                                                                capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "edges.csv"
    src.write_text("van,naar\nA,B\n", encoding="utf-8")
    code, out, err = _run(capsys, "import", str(src), "-o", str(tmp_path / "n.workshop"))
    assert code == 2 and out == ""
    assert err.startswith(ONE_LINE + f"{src} (line 1): an edges file needs a source and a target")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["edges.csv"]


def test_load_many_combines_two_workshops(tmp_path: Path) -> None:
    paths = [demo_copy("antwerp", tmp_path), demo_copy("darmstadt", tmp_path)]
    before = [p.read_bytes() for p in paths]
    data = load_many(paths)
    assert [p.read_bytes() for p in paths] == before
    sessions = {row["session"] for row in data["actors"]}
    assert sessions == {"antwerp", "darmstadt"}
    for path in paths:
        with Session.open(path, read_only=True) as s:
            mine = [r for r in data["consensus"] if r["session"] == path.stem]
            assert len(mine) == sum(len(s.active_relations(p)) for p in s.phases)
            assert len([r for r in data["actors"] if r["session"] == path.stem]) == len(s.actors)
    assert list(data["phases"][0])[:2] == ["session", "phase_id"]
