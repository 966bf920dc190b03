"""The screenshot tool runs: it lists its shots, refuses an unknown one in one line, and a
shot writes real pictures into the folder asked for (never into docs/ unless asked)."""

from __future__ import annotations

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
    assert names == ["main", "phases", "room", "phones", "phone-page", "analysis", "snapshots"]
    wrong = _run("mian", "--out", str(tmp_path / "out"), cwd=tmp_path)
    assert wrong.returncode == 2 and wrong.stderr.count("\n") == 1 and "'mian'" in wrong.stderr
    assert not (tmp_path / "out").exists()


def test_a_shot_writes_its_pictures(tmp_path: Path) -> None:
    out = tmp_path / "pictures"
    done = _run("main", "--out", str(out), cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    for name in ("main_window.png", "iskandar_implementation.png"):
        data = (out / name).read_bytes()
        assert data.startswith(b"\x89PNG") and len(data) > 20_000, name
