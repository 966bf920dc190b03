"""The research bundle tells how far it got and can be cancelled; a cancelled bundle leaves
nothing: no folder, no temporary file beside it, no scratch file in the temporary folder, and
an earlier bundle it was to replace stays as it was."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Iterator

import openpyxl
import pytest
from exchange_helpers import demo_copy

from workshop_app import Session
from workshop_app.io.bundle import write_bundle
from workshop_app.io.errors import ExportCancelled


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Session]:
    (tmp_path / "src").mkdir()
    with Session.open(demo_copy("darmstadt", tmp_path / "src"), read_only=True) as s:
        yield s


@pytest.fixture
def scratch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The temporary folder, watched: spreadsheet writers keep scratch files there."""
    folder = tmp_path / "scratch"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_progress_runs_from_nothing_to_everything_through_every_file(demo: Session,
                                                                     tmp_path: Path) -> None:
    seen: list[tuple[int, int, str]] = []
    files = write_bundle(demo, tmp_path / "out", progress=lambda d, t, w: seen.append((d, t, w)))
    done = [d for d, _, _ in seen]
    assert done == sorted(done) and done[0] == 0
    assert {t for _, t, _ in seen} == {seen[-1][1]} and seen[-1][0] == seen[-1][1]
    steps = list(dict.fromkeys(w for _, _, w in seen))
    assert steps == ["network.gexf", "graphml", "csv", "tables.xlsx", "codebook", "done"]
    assert (tmp_path / "out" / "tables.xlsx") in files


@pytest.mark.parametrize("stop_in, after", [("network.gexf", 0), ("csv", 2),
                                            ("tables.xlsx", 0), ("tables.xlsx", 3),
                                            ("codebook", 0)])
def test_a_cancelled_bundle_leaves_nothing_behind(demo: Session, tmp_path: Path, scratch: Path,
                                                  stop_in: str, after: int) -> None:
    step = {"what": "", "ticks": 0}

    def progress(done: int, total: int, what: str) -> None:
        if what != step["what"]:
            step["what"], step["ticks"] = what, 0
        step["ticks"] += 1

    def cancelled() -> bool:
        return step["what"] == stop_in and step["ticks"] > after

    out = tmp_path / "out"
    before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(ExportCancelled, match="cancelled; nothing was written"):
        write_bundle(demo, out, progress=progress, cancelled=cancelled)
    assert step["what"] == stop_in, "the cancel was seen where it was asked for"
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert list(scratch.iterdir()) == []


def test_a_cancelled_replacement_keeps_the_earlier_bundle(demo: Session, tmp_path: Path,
                                                          scratch: Path) -> None:
    out = tmp_path / "out"
    write_bundle(demo, out)
    earlier = _tree(out)
    with pytest.raises(ExportCancelled):
        write_bundle(demo, out, force=True, progress=lambda d, t, w: None,
                     cancelled=lambda: True)
    assert _tree(out) == earlier
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "scratch", "src"]
    assert list(scratch.iterdir()) == []
    openpyxl.load_workbook(out / "tables.xlsx", read_only=True).close()  # still whole


def test_a_bundle_that_is_not_cancelled_leaves_no_scratch_file(demo: Session, tmp_path: Path,
                                                               scratch: Path) -> None:
    write_bundle(demo, tmp_path / "out", cancelled=lambda: False)
    assert list(scratch.iterdir()) == []
    assert (tmp_path / "out" / "codebook.json").is_file()
