"""Checking a session takes its WAL into account, exactly as SQLite would, without writing to
the file or beside it.

A file killed in the middle of a checkpoint has a half-updated main file and a WAL that holds
every saved edit: SQLite opens it with all of them, so must we (never "damaged", never an
offer to restore a backup that would throw those edits away). A newer schema that sits in the
WAL is still a newer schema. And a file refused while it has a WAL keeps both files as they
were, with no ``-shm`` made next to them.
"""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path
from typing import Iterator

import pytest

from workshop_app import Session, SessionFileError
from workshop_app.store import inspect_file
from workshop_app.store.schema import SCHEMA_VERSION


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    d = tmp_path / "app-data"
    monkeypatch.setenv("WORKSHOP_APP_DATA_DIR", str(d))
    return d


def _files(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


@pytest.fixture
def killed_mid_checkpoint(tmp_path: Path) -> Iterator[Path]:
    """Main file as a checkpoint leaves it when killed halfway, plus the WAL with everything.

    A checkpoint copies pages from the WAL into the main file in page order; the first half
    of the pages are new, the rest old, and the header already counts the new pages.
    """
    work = tmp_path / "work"
    work.mkdir()
    s = Session.create(work / "s.workshop", title="Checkpoint")
    for i in range(5):
        s.add_actor(f"Before {i}", note="b" * 3000)
    conn = s._store.conn
    conn.execute("PRAGMA wal_autocheckpoint=0")  # let the WAL grow, as between checkpoints
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    old_main = s.path.read_bytes()
    for i in range(40):
        s.add_actor(f"Edit {i}", note="e" * 3000)
    wal = Path(f"{s.path}-wal").read_bytes()
    conn.execute("PRAGMA wal_checkpoint(PASSIVE)")
    new_main = s.path.read_bytes()
    s.close()
    page = int.from_bytes(old_main[16:18], "big")
    half = len(new_main) // page // 2
    folder = tmp_path / "crash"
    folder.mkdir()
    path = folder / "checkpoint.workshop"
    path.write_bytes(new_main[: half * page] + old_main[half * page:])
    Path(f"{path}-wal").write_bytes(wal)
    yield path


def test_a_file_killed_mid_checkpoint_opens_with_every_edit(killed_mid_checkpoint: Path) -> None:
    path = killed_mid_checkpoint
    before = _files(path.parent)
    assert inspect_file(path) == SCHEMA_VERSION
    with Session.open(path, read_only=True) as s:
        assert len(s.actors) == 45 and s.actors[-1].name == "Edit 39"
    assert _files(path.parent) == before  # looking wrote nothing, not even a -shm
    with Session.open(path) as s:  # and for editing, SQLite finishes the job
        assert len(s.actors) == 45
        s.add_actor("After the crash")
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM actors").fetchone()[0] == 46
    conn.close()


def _with_upgrade_in_wal(tmp_path: Path, version: int) -> Path:
    """A file whose WAL holds a schema change (as a newer app writes it) not yet checkpointed."""
    work = tmp_path / "work"
    work.mkdir()
    with Session.create(work / "src.workshop") as s:
        s.add_actor("City council")
    conn = sqlite3.connect(s.path, isolation_level=None)
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute("BEGIN")
    conn.execute("CREATE TABLE future_things (id INTEGER PRIMARY KEY)")
    conn.execute(f"PRAGMA user_version={version}")
    conn.execute("COMMIT")
    folder = tmp_path / "files"
    folder.mkdir()
    path = folder / "upgraded.workshop"
    path.write_bytes(s.path.read_bytes())  # copied while the WAL still holds the upgrade
    Path(f"{path}-wal").write_bytes(Path(f"{s.path}-wal").read_bytes())
    conn.close()
    return path


@pytest.mark.parametrize("read_only", [False, True], ids=["edit", "read-only"])
def test_a_newer_schema_in_the_wal_is_refused_and_untouched(
    tmp_path: Path, read_only: bool
) -> None:
    path = _with_upgrade_in_wal(tmp_path, SCHEMA_VERSION + 1)
    before = _files(path.parent)
    with pytest.raises(SessionFileError, match="newer version") as info:
        Session.open(path, read_only=read_only)
    assert f"schema {SCHEMA_VERSION + 1}" in str(info.value) and "\n" not in str(info.value)
    with pytest.raises(SessionFileError, match="newer version"):
        inspect_file(path)
    assert _files(path.parent) == before  # main file and WAL as they were, no -shm


def test_a_foreign_table_in_the_wal_is_refused(tmp_path: Path) -> None:
    path = _with_upgrade_in_wal(tmp_path, SCHEMA_VERSION)
    before = _files(path.parent)
    with pytest.raises(SessionFileError, match="future_things"):
        Session.open(path)
    assert _files(path.parent) == before


def test_an_editor_in_another_window_is_seen_with_its_latest_edit(tmp_path: Path) -> None:
    """Read-only while an editor has unsaved-to-main edits in its WAL: they are shown."""
    path = tmp_path / "live.workshop"
    editor = Session.create(path)
    editor._store.conn.execute("PRAGMA wal_autocheckpoint=0")  # keep the edits in the WAL
    editor.add_actor("Only in the WAL")
    try:
        assert Path(f"{path}-wal").stat().st_size > 0
        with Session.open(path, read_only=True) as look:
            assert [a.name for a in look.actors] == ["Only in the WAL"]
    finally:
        editor.close()
