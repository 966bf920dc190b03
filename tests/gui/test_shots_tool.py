"""The screenshot tool runs: it lists its shots, refuses an unknown one in one line, and a
shot writes real pictures into the folder asked for (never into docs/ unless asked)."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TOOL = ROOT / "scripts" / "shots.py"

pytestmark = [pytest.mark.gui, pytest.mark.slow]


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(TOOL), *args], cwd=cwd, capture_output=True,
                          text=True, timeout=300)


def test_lists_every_shot_and_refuses_an_unknown_one(tmp_path: Path) -> None:
    listed = _run("--list", cwd=tmp_path)
    assert listed.returncode == 0
    names = [line.split()[0] for line in listed.stdout.splitlines()]
    assert names == ["main", "first-start", "phases", "room", "projector-turin", "lens-40", "phones",
                     "phone-page", "phone-one-question", "blind-before", "blind-after", "presenting",
                     "high-contrast", "evidence", "governance", "diff-darmstadt", "warnings-iskandar",
                     "metrics-london", "actor-story", "compare-sessions", "corpus", "snapshots",
                     "handout", "report", "video-frame"]
    wrong = _run("mian", "--out", str(tmp_path / "out"), cwd=tmp_path)
    assert wrong.returncode == 2 and wrong.stderr.count("\n") == 1 and "'mian'" in wrong.stderr
    assert not (tmp_path / "out").exists()


def test_every_picture_the_readme_shows_is_made_by_one_shot(tmp_path: Path) -> None:
    listed = _run("--list", cwd=tmp_path)
    files = [f.strip() for line in listed.stdout.splitlines() for f in line.split(None, 1)[1].split(",")]
    assert len(files) == len(set(files)), "two shots write the same file"
    shown = set(re.findall(r"docs/screenshots/([\w-]+\.png)", (ROOT / "README.md").read_text(encoding="utf-8")))
    assert shown and shown <= set(files), sorted(shown - set(files))


def test_a_shot_writes_its_pictures(tmp_path: Path) -> None:
    out = tmp_path / "pictures"
    done = _run("main", "--out", str(out), cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    for name in ("main_window.png", "iskandar_implementation.png"):
        data = (out / name).read_bytes()
        assert data.startswith(b"\x89PNG") and len(data) > 20_000, name
