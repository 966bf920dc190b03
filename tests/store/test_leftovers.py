"""Half-written files left by an app killed in the middle of creating a session, restoring a
backup, keeping the original of an upgraded file or writing a backup are removed the next
time the session is opened for editing: the lock then held proves nobody is still writing
them. A read-only look never removes anything, and nobody removes them while the session is
open for editing elsewhere."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from workshop_app import Session, SessionLockedError
from workshop_app.store.backups import backup_dir, list_backups

ROOT = Path(__file__).resolve().parents[2]
V1 = ROOT / "tests" / "fixtures" / "schema_v1.workshop"


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    d = tmp_path / "app-data"
    monkeypatch.setenv("WORKSHOP_APP_DATA_DIR", str(d))
    return d


@pytest.fixture
def path(tmp_path: Path) -> Path:
    folder = tmp_path / "workshops"
    folder.mkdir()
    p = folder / "lyon.workshop"
    with Session.create(p, title="Lyon") as s:
        s.add_actor("City of Lyon")
    return p


def _leftovers_beside(path: Path) -> list[Path]:
    made = []
    for name in (f"{path.name}.restoring", f"{path.name}.restoring-journal",
                 f"{path.name}.creating", f"{path.name}.creating-wal",
                 f"{path.stem}.schema1{path.suffix}.bak.partial"):
        p = path.with_name(name)
        p.write_bytes(b"SQLite format 3\x00" + b"\x00" * 2000)  # cut off mid-copy
        made.append(p)
    return made


def _names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_leftovers_beside_a_session_go_when_it_is_next_opened_for_editing(path: Path) -> None:
    made = _leftovers_beside(path)
    keep = path.with_name("lyon.workshop.restoring.notes.txt")  # not a name the app makes
    keep.write_text("mine", encoding="utf-8")
    with Session.open(path, read_only=True) as s:  # looking removes nothing
        assert s.actors
    assert all(p.exists() for p in made)
    with Session.open(path) as s:
        assert [a.name for a in s.actors] == ["City of Lyon"]
    assert _names(path.parent) == ["lyon.workshop", "lyon.workshop.restoring.notes.txt"]


def test_leftovers_stay_while_another_window_edits(path: Path, tmp_path: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys; from workshop_app import Session; s = Session.open(sys.argv[1]); "
         "print('HELD', flush=True); sys.stdin.readline()", str(path)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
        env={"PYTHONPATH": str(ROOT), "WORKSHOP_APP_DATA_DIR": str(tmp_path / "other-data"),
             "PATH": "/usr/bin:/bin"},
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "HELD"
        made = _leftovers_beside(path)  # e.g. that window is restoring right now
        with pytest.raises(SessionLockedError):
            Session.open(path)
        assert all(p.exists() for p in made)
    finally:
        holder.kill()
        holder.wait(timeout=30)


def test_an_interrupted_backup_goes_when_the_session_is_next_opened(path: Path) -> None:
    Session.open(path).close()  # makes the "opened" backup
    folder = backup_dir(path)
    partial = folder / "20990101-000000-000000-timed.workshop.partial"
    partial.write_bytes(b"SQLite format 3\x00" + b"\x00" * 500)
    journal = folder / (partial.name + "-journal")
    journal.write_bytes(b"\x00" * 100)
    Session.open(path, read_only=True).close()
    assert partial.exists()
    Session.open(path).close()  # nothing changed, so no new backup is written: still swept
    assert not partial.exists() and not journal.exists()
    assert len(list_backups(path)) == 1


def test_an_interrupted_creation_goes_when_the_name_is_created_again(tmp_path: Path) -> None:
    folder = tmp_path / "new"
    folder.mkdir()
    target = folder / "new.workshop"
    for side in ("", "-wal", "-shm"):
        (folder / f"new.workshop.creating{side}").write_bytes(b"\x00" * 64)
    with Session.create(target) as s:
        assert s.phases
    assert _names(folder) == ["new.workshop"]


def test_an_interrupted_upgrade_copy_goes_and_the_upgrade_still_keeps_the_original(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "old"
    folder.mkdir()
    path = folder / "v1.workshop"
    shutil.copyfile(V1, path)
    partial = folder / "v1.schema1.workshop.bak.partial"
    partial.write_bytes(b"SQLite format 3\x00")
    with Session.open(path) as s:
        assert s.migrated_from == 1
    assert _names(folder) == ["v1.schema1.workshop.bak", "v1.workshop"]
