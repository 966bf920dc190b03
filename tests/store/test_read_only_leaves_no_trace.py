"""A read-only look writes nothing anywhere: not to the file, not beside it, not into the
app's data folder, and no temporary copy outlives it. An older schema is read by upgrading a
private in-memory copy, so ``info``/``export``/``bundle`` on a schema-1 file never leave a full,
non-pseudonymised copy of the workshop in the user's data folder."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from workshop_app import Session
from workshop_app.io.load import load_many

ROOT = Path(__file__).resolve().parents[2]
V1 = ROOT / "tests" / "fixtures" / "schema_v1.workshop"


@pytest.fixture
def private_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    data, temp = tmp_path / "app-data", tmp_path / "temp"
    temp.mkdir()
    monkeypatch.setenv("WORKSHOP_APP_DATA_DIR", str(data))
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setenv("WORKSHOP_APP_RUNTIME_DIR", str(tmp_path / "runtime"))  # editors' locks
    monkeypatch.setattr(tempfile, "tempdir", None)  # re-read TMPDIR
    return data, temp


@pytest.fixture
def v1(tmp_path: Path) -> Path:
    folder = tmp_path / "workshops"
    folder.mkdir()
    path = folder / "harbour.workshop"
    shutil.copyfile(V1, path)
    return path


def _state(folder: Path) -> dict[str, tuple[str, int]]:
    return {p.name: (hashlib.sha256(p.read_bytes()).hexdigest(), p.stat().st_mtime_ns)
            for p in sorted(folder.iterdir())}


def test_an_older_session_reads_read_only_without_writing_anything(
    v1: Path, private_dirs: tuple[Path, Path]
) -> None:
    data, temp = private_dirs
    before = _state(v1.parent)
    with Session.open(v1, read_only=True) as s:
        assert s.read_only and s.migrated_from is None  # nothing was upgraded on disk
        assert s.title == "Fixture v1: harbour data platform"
        assert s.roles("City council", "Design") == ("coordinator", "steward")
        assert s.notes() == []  # the schema-2 table exists in the private copy
    tables = load_many([v1])
    assert len(tables["actors"]) == 5
    assert _state(v1.parent) == before
    assert not data.exists()
    assert list(temp.iterdir()) == []


@pytest.mark.parametrize("command", ["info", "export", "bundle"])
def test_commands_on_an_older_session_leave_no_copy_in_the_data_folder(
    command: str, v1: Path, tmp_path: Path, private_dirs: tuple[Path, Path]
) -> None:
    data, temp = private_dirs
    before = _state(v1.parent)
    out = tmp_path / "out"
    args = {"info": ["info", str(v1)],
            "export": ["export", str(v1), "--format", "csv", "-o", str(out)],
            "bundle": ["bundle", str(v1), "-o", str(out)]}[command]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    done = subprocess.run([sys.executable, "-m", "workshop_app.cli", *args], capture_output=True,
                          text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert _state(v1.parent) == before
    assert not data.exists(), sorted(str(p) for p in data.rglob("*"))
    assert list(temp.iterdir()) == []


def test_a_look_at_a_file_with_a_wal_leaves_no_temporary_copy(
    tmp_path: Path, private_dirs: tuple[Path, Path]
) -> None:
    data, temp = private_dirs
    folder = tmp_path / "workshops"
    folder.mkdir()
    path = folder / "live.workshop"
    editor = Session.create(path)
    try:
        editor.add_actor("City council")
        assert Path(f"{path}-wal").stat().st_size > 0
        files = _state(folder)
        with Session.open(path, read_only=True) as look:
            assert [a.name for a in look.actors] == ["City council"]
        assert _state(folder) == files  # the editor's -wal and -shm untouched
        assert list(temp.iterdir()) == []
    finally:
        editor.close()
