"""Files that are not usable sessions are refused with a one-line reason naming the file, and
are never modified: same bytes afterwards and no -wal/-shm files left beside them."""

from __future__ import annotations

import hashlib
import os
import random
import sqlite3
import stat
from pathlib import Path
from typing import Callable, Iterator

import pytest

from workshop_app import Session, SessionFileError
from workshop_app.store import inspect_file


@pytest.fixture(scope="module")
def real_session_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    path = tmp_path_factory.mktemp("real") / "real.workshop"
    with Session.create(path) as s:
        a = s.add_actor("A", present_in=["design"])
        b = s.add_actor("B", present_in=["design"])
        r = s.add_relation(a, b)
        s.score(r, "design", 3, 3, 3)
        for i in range(40):
            s.add_actor(f"Filler {i}", note="x" * 200)
    return path.read_bytes()


def _empty(p: Path, real: bytes) -> None:
    p.write_bytes(b"")


def _random(p: Path, real: bytes) -> None:
    p.write_bytes(random.Random(7).randbytes(5000))


def _text(p: Path, real: bytes) -> None:
    p.write_text("Notes from the Antwerp workshop\nTrust: high\n", encoding="utf-8")


def _truncated(p: Path, real: bytes) -> None:
    p.write_bytes(real[:2048])


def _truncated_header(p: Path, real: bytes) -> None:
    p.write_bytes(real[:60])


def _foreign(p: Path, real: bytes) -> None:
    conn = sqlite3.connect(p)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, caption TEXT)")
    conn.execute("INSERT INTO photos(caption) VALUES ('sticky notes')")
    conn.commit()
    conn.close()


def _newer(p: Path, real: bytes) -> None:
    p.write_bytes(real)
    conn = sqlite3.connect(p)
    conn.execute("PRAGMA user_version=99")
    conn.commit()
    conn.close()


def _no_version(p: Path, real: bytes) -> None:
    p.write_bytes(real)
    conn = sqlite3.connect(p)
    conn.execute("PRAGMA user_version=0")
    conn.commit()
    conn.close()


BAD_FILES: dict[str, tuple[Callable[[Path, bytes], None], str]] = {
    "empty": (_empty, "empty"),
    "random-bytes": (_random, "not a workshop session"),
    "text-file": (_text, "not a workshop session"),
    "truncated-session": (_truncated, "truncated"),
    "truncated-header": (_truncated_header, "truncated"),
    "foreign-sqlite": (_foreign, "another program"),
    "newer-schema": (_newer, "newer version"),
    "no-schema-version": (_no_version, "no schema version"),
}


def _assert_one_line_naming(err: SessionFileError, path: Path, reason: str) -> None:
    text = str(err)
    assert "\n" not in text, text
    assert str(path) in text, text
    assert reason in text, text


def _snapshot_folder(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "<dir>"
        for p in folder.iterdir()
    }


@pytest.fixture
def folder(tmp_path: Path) -> Iterator[Path]:
    d = tmp_path / "files"
    d.mkdir()
    yield d


@pytest.mark.parametrize("read_only", [False, True], ids=["edit", "read-only"])
@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_bad_file_is_refused_and_untouched(
    case: str, read_only: bool, folder: Path, real_session_bytes: bytes
) -> None:
    make, reason = BAD_FILES[case]
    path = folder / f"{case}.workshop"
    make(path, real_session_bytes)
    before = _snapshot_folder(folder)
    with pytest.raises(SessionFileError) as info:
        Session.open(path, read_only=read_only)
    _assert_one_line_naming(info.value, path, reason)
    with pytest.raises(SessionFileError):
        inspect_file(path)
    assert _snapshot_folder(folder) == before


def test_folder_is_refused(folder: Path) -> None:
    target = folder / "a.workshop"
    target.mkdir()
    with pytest.raises(SessionFileError) as info:
        Session.open(target)
    _assert_one_line_naming(info.value, target, "folder")
    assert list(target.iterdir()) == []


def test_missing_path_is_refused_and_not_created(folder: Path) -> None:
    target = folder / "missing.workshop"
    for ro in (False, True):
        with pytest.raises(SessionFileError) as info:
            Session.open(target, read_only=ro)
        _assert_one_line_naming(info.value, target, "no such file")
    assert list(folder.iterdir()) == []


def test_read_only_file_is_refused_for_editing_but_opens_read_only(
    folder: Path, real_session_bytes: bytes
) -> None:
    path = folder / "handout.workshop"
    path.write_bytes(real_session_bytes)
    path.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    try:
        before = _snapshot_folder(folder)
        with pytest.raises(SessionFileError) as info:
            Session.open(path)
        _assert_one_line_naming(info.value, path, "read-only")
        assert _snapshot_folder(folder) == before
        with Session.open(path, read_only=True) as s:
            assert s.read_only
            assert [a.name for a in s.actors][:2] == ["A", "B"]
            assert s.three_c(s.relations[0], "design") == "coordination"
        assert _snapshot_folder(folder) == before
    finally:
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_read_only_look_at_a_good_file_changes_nothing(
    folder: Path, real_session_bytes: bytes
) -> None:
    path = folder / "good.workshop"
    path.write_bytes(real_session_bytes)
    before = _snapshot_folder(folder)
    with Session.open(path, read_only=True) as s:
        assert len(s.actors) == 42
    assert _snapshot_folder(folder) == before


def test_create_in_missing_folder_is_refused(folder: Path) -> None:
    target = folder / "nowhere" / "new.workshop"
    with pytest.raises(SessionFileError) as info:
        Session.create(target)
    _assert_one_line_naming(info.value, target, "does not exist")
    assert list(folder.iterdir()) == []


@pytest.mark.parametrize("existing", ["session", "text"])
def test_create_over_existing_file_is_refused(
    existing: str, folder: Path, real_session_bytes: bytes
) -> None:
    target = folder / "taken.workshop"
    if existing == "session":
        target.write_bytes(real_session_bytes)
    else:
        target.write_text("keep me", encoding="utf-8")
    before = _snapshot_folder(folder)
    with pytest.raises(SessionFileError) as info:
        Session.create(target)
    _assert_one_line_naming(info.value, target, "already exists")
    assert _snapshot_folder(folder) == before


def test_create_recovers_from_a_crashed_earlier_creation(folder: Path) -> None:
    # A half-written temporary file from a crash must not break the next attempt.
    (folder / "new.workshop.creating").write_bytes(b"\x00garbage" * 100)
    with Session.create(folder / "new.workshop") as s:
        assert [p.key for p in s.phases][0] == "design"
    assert sorted(p.name for p in folder.iterdir()) == ["new.workshop"]


@pytest.mark.skipif(os.geteuid() == 0 if hasattr(os, "geteuid") else True,
                    reason="an administrator can write into any folder")
def test_create_in_unwritable_folder_gives_a_session_error(folder: Path) -> None:
    locked = folder / "locked"
    locked.mkdir()
    locked.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with pytest.raises(SessionFileError) as info:
            Session.create(locked / "new.workshop")
        _assert_one_line_naming(info.value, locked / "new.workshop", "cannot be created")
    finally:
        locked.chmod(stat.S_IRWXU)
