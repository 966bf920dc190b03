"""Rotating backups: made on opening and every N minutes of editing, the newest K kept, each a
whole session; restoring one first backs up the file it replaces and never leaves a mix."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from pathlib import Path

import pytest

from workshop_app import Session, SessionFileError
from workshop_app.store import backups as bk
from workshop_app.store.backups import BackupKeeper, backup_dir, list_backups, restore_backup
from workshop_app.store.lock import SessionLockedError, lock_path_for


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


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
        s.add_actor("City of Lyon", present_in=["design"])
    return p


def _sha(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


def _names(p: Path) -> list[str]:
    with Session.open(p, read_only=True) as s:
        return [a.name for a in s.actors]


def test_opening_backs_up_only_what_changed_since_the_newest_backup(
    path: Path, data_dir: Path
) -> None:
    Session.open(path).close()
    Session.open(path).close()  # nothing changed: no second copy
    first = list_backups(path)
    assert [(b.reason, b.actors, b.relations) for b in first] == [("opened", 1, 0)]
    assert first[0].reason_text == "when the session was opened"
    assert first[0].path.parent == backup_dir(path)
    assert backup_dir(path).parent == data_dir / "backups"
    assert backup_dir(path).name.startswith("lyon-")
    assert sorted(p.name for p in path.parent.iterdir()) == ["lyon.workshop"]  # nothing beside it
    with Session.open(path) as s:
        s.add_actor("Vendor SA")
    Session.open(path, read_only=True).close()  # a read-only look never backs up
    Session.open(path).close()
    assert [b.actors for b in list_backups(path)] == [2, 1]  # newest first


def test_same_name_in_two_folders_gets_two_backup_folders(tmp_path: Path, path: Path) -> None:
    other = tmp_path / "elsewhere" / "lyon.workshop"
    other.parent.mkdir()
    shutil.copy(path, other)
    assert backup_dir(other) != backup_dir(path)


def test_timed_backups_while_editing_keep_the_newest_k(path: Path) -> None:
    clock = FakeClock()
    with Session.open(path) as s:
        s.backups = BackupKeeper(path, interval=600, keep=3, clock=clock)
        s.add_actor("Too early")  # 0 s after opening: not due
        assert list_backups(path) == [] or all(b.reason == "opened" for b in list_backups(path))
        for i in range(5):
            clock.now += 601
            s.add_actor(f"Actor {i}")
        clock.now += 601
        s.undo()  # undo is a saved edit too
        clock.now += 30
        s.add_actor("Within the interval")
        timed = list_backups(path)
    assert len(timed) == 3
    assert [b.reason for b in timed] == ["timed"] * 3
    # newest first: after the undo (6 actors), after "Actor 4" (7), after "Actor 3" (6)
    assert [b.actors for b in timed] == [6, 7, 6]
    assert timed[0].time > timed[1].time > timed[2].time


def test_every_backup_is_a_whole_single_file_session(path: Path) -> None:
    clock = FakeClock()
    with Session.open(path) as s:
        s.backups = BackupKeeper(path, interval=60, keep=10, clock=clock)
        a = s.add_actor("Vendor SA", present_in=["design"])
        for score in (2, 3, 4):
            rel = s.add_relation("City of Lyon", a, "data")
            clock.now += 61
            s.score(rel, "design", score, score, score)
        # The edits are still in the session's write-ahead log; the backups must hold them.
        found = list_backups(path)
    assert len(found) == 4
    assert sorted(p.suffix for p in backup_dir(path).iterdir()) == [".workshop"] * 4
    for b in found:
        assert b.size == b.path.stat().st_size > 0
        conn = sqlite3.connect(b.path.resolve().as_uri() + "?mode=ro", uri=True)
        try:
            assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        finally:
            conn.close()
        with Session.open(b.path, read_only=True) as copy:
            assert (len(copy.actors), len(copy.relations)) == (b.actors, b.relations)
    assert found[0].relations == 3
    with Session.open(found[0].path, read_only=True) as newest:
        assert newest.three_c(newest.relations[-1], "design") == "collaboration"


def test_a_failing_backup_never_stops_the_workshop(path: Path, data_dir: Path) -> None:
    data_dir.parent.mkdir(exist_ok=True)
    data_dir.write_text("not a folder")  # the backup folder cannot be made
    clock = FakeClock()
    with Session.open(path) as s:
        assert s.backups is not None and "backup failed" in (s.backups.last_error or "")
        s.backups = BackupKeeper(path, interval=1, clock=clock)
        clock.now += 5
        s.add_actor("Vendor SA")
        assert "backup failed" in (s.backups.last_error or "")
    assert _names(path) == ["City of Lyon", "Vendor SA"]


def test_interrupted_backup_copies_are_never_offered_and_are_cleared(path: Path) -> None:
    Session.open(path).close()
    folder = backup_dir(path)
    partial = folder / "20990101-000000-000000-timed.workshop.partial"
    partial.write_bytes(b"SQLite format 3\x00 half of a copy")
    assert len(list_backups(path)) == 1
    with Session.open(path) as s:
        s.add_actor("Vendor SA")
    Session.open(path).close()
    assert not partial.exists()
    assert len(list_backups(path)) == 2


def _three_versions(path: Path) -> list[bk.BackupInfo]:
    clock = FakeClock()
    with Session.open(path) as s:  # backup 1: City only
        s.backups = BackupKeeper(path, interval=60, clock=clock)
        s.add_actor("Vendor SA")
        clock.now += 61
        s.add_actor("University")  # backup 2: three actors
        s.add_actor("Residents' forum")  # only in the file itself
    return list_backups(path)


def test_restore_round_trips_and_keeps_the_replaced_file(path: Path) -> None:
    found = _three_versions(path)
    assert [b.actors for b in found] == [3, 1]
    kept = restore_backup(found[-1], path)
    assert _names(path) == ["City of Lyon"]
    assert kept is not None and kept.parent == backup_dir(path)
    after = list_backups(path)
    assert (after[0].path, after[0].reason, after[0].actors) == (kept, "before-restore", 4)
    assert sorted(p.name for p in path.parent.iterdir()) == ["lyon.workshop"]
    # The restored file is a normal session again: it opens for editing and remembers undo.
    with Session.open(path) as s:
        s.add_actor("Back to work")
        assert s.can_undo
    restore_backup(after[0], path)  # and the replaced version can be brought back
    assert _names(path) == ["City of Lyon", "Vendor SA", "University", "Residents' forum"]


def test_restore_is_refused_while_the_session_is_open_for_editing(path: Path) -> None:
    found = _three_versions(path)
    with Session.open(path):
        before = _sha(path)
        with pytest.raises(SessionLockedError):
            restore_backup(found[-1], path)
        assert _sha(path) == before
    assert len(_names(path)) == 4


@pytest.mark.parametrize("where", ["copying", "replacing"])
def test_a_failed_restore_leaves_the_session_as_it_was(
    path: Path, where: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    found = _three_versions(path)
    before = _sha(path)
    if where == "copying":
        def half_copy(source: Path, dest: Path) -> None:
            dest.write_bytes(source.read_bytes()[:4096])
            raise OSError(28, "No space left on device")

        monkeypatch.setattr(bk, "_copy_session", half_copy)
    else:
        real_replace = os.replace

        def failing_replace(src: object, dst: object) -> None:
            if Path(str(dst)) == path:
                raise OSError(28, "No space left on device")
            real_replace(src, dst)  # type: ignore[arg-type]

        monkeypatch.setattr(bk.os, "replace", failing_replace)
    with pytest.raises(SessionFileError) as info:
        restore_backup(found[-1], path)
    assert "could not be restored" in str(info.value) and str(path) in str(info.value)
    monkeypatch.undo()
    assert _sha(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == ["lyon.workshop"]
    assert not lock_path_for(path).exists()
    Session.open(path).close()


def test_a_damaged_backup_is_not_offered_and_not_restored(path: Path) -> None:
    found = _three_versions(path)
    damaged = found[-1].path
    damaged.write_bytes(b"SQLite format 3\x00" + b"\xff" * 500)
    assert [b.path for b in list_backups(path)] == [found[0].path]
    before = _sha(path)
    with pytest.raises(SessionFileError):
        restore_backup(damaged, path)
    assert _sha(path) == before


def test_restore_over_a_damaged_session_keeps_its_bytes(path: Path) -> None:
    found = _three_versions(path)
    path.write_bytes(b"SQLite format 3\x00" + os.urandom(3000))
    wreck = path.read_bytes()
    assert restore_backup(found[0], path) is not None
    assert _names(path) == ["City of Lyon", "Vendor SA", "University"]
    kept = [p for p in backup_dir(path).iterdir() if p.name.endswith(".damaged")]
    assert len(kept) == 1 and kept[0].read_bytes() == wreck


def test_restore_folds_in_a_write_ahead_log_left_by_a_crash(path: Path, tmp_path: Path) -> None:
    found = _three_versions(path)
    crashed = tmp_path / "crashed" / "lyon.workshop"
    crashed.parent.mkdir()
    with Session.open(path) as s:
        s.add_actor("Only in the log")
        # What a crash leaves: the main file and a log holding the newest edits.
        for side in ("", "-wal"):
            shutil.copy(path.with_name(path.name + side), crashed.with_name(crashed.name + side))
    assert crashed.with_name("lyon.workshop-wal").stat().st_size > 0
    kept = restore_backup(found[-1], crashed)
    assert _names(crashed) == ["City of Lyon"]
    assert sorted(p.name for p in crashed.parent.iterdir()) == ["lyon.workshop"]
    assert kept is not None
    with Session.open(kept, read_only=True) as s:
        assert s.actors[-1].name == "Only in the log"
