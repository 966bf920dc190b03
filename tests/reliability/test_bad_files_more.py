"""Bad files the store tests do not cover yet: a session damaged inside (valid header, broken
pages), a path in a missing folder, a lock file that is garbage or in the way. Each gets a
clear one-line message and leaves every file byte-for-byte as it was."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from workshop_app import Session, SessionFileError, bundled, cli
from workshop_app.store.lock import lock_path_for


def _folder_state(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "<dir>"
        for p in sorted(folder.iterdir())
    }


def _demo_copy(tmp_path: Path) -> Path:
    target = tmp_path / "antwerp.workshop"
    shutil.copy(bundled.demo_path("antwerp"), target)
    return target


def _damage(path: Path, pages: range, fill: int = 0x5A, start: int = 0) -> None:
    data = bytearray(path.read_bytes())
    size = int.from_bytes(data[16:18], "big")
    for page in pages:
        lo = page * size + start
        data[lo: (page + 1) * size] = bytes([fill]) * (size - start)
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("how", ["many pages", "one page's cells"])
@pytest.mark.parametrize("read_only", [False, True], ids=["edit", "read-only"])
def test_a_session_damaged_inside_is_refused_and_untouched(
    tmp_path: Path, how: str, read_only: bool, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _demo_copy(tmp_path)
    if how == "many pages":
        _damage(path, range(3, 20, 2))
    else:
        _damage(path, range(4, 5), fill=0xFF, start=8)  # keep the page header, wreck its cells
    before = _folder_state(tmp_path)
    with pytest.raises(SessionFileError) as info:
        Session.open(path, read_only=read_only)
    text = str(info.value)
    assert "\n" not in text and str(path) in text and "damaged" in text
    assert _folder_state(tmp_path) == before
    assert cli.main(["info", str(path)]) == 2
    assert capsys.readouterr().err.startswith("workshop-app: error: ")
    assert _folder_state(tmp_path) == before


@pytest.mark.parametrize("read_only", [False, True], ids=["edit", "read-only"])
def test_a_path_in_a_missing_folder_is_refused_and_nothing_is_created(
    tmp_path: Path, read_only: bool
) -> None:
    target = tmp_path / "gone" / "lyon.workshop"
    with pytest.raises(SessionFileError) as info:
        Session.open(target, read_only=read_only)
    assert str(target) in str(info.value) and "no such file" in str(info.value)
    assert list(tmp_path.iterdir()) == []


def test_a_garbage_lock_file_is_taken_over(tmp_path: Path) -> None:
    path = _demo_copy(tmp_path)
    lock_path_for(path).write_bytes(b"\x00\xff not json")
    with Session.open(path) as s:
        s.add_actor("Vendor SA")
    assert not lock_path_for(path).exists()


def test_a_folder_in_place_of_the_lock_file_is_a_clear_error(tmp_path: Path) -> None:
    path = _demo_copy(tmp_path)
    lock_path_for(path).mkdir()
    before = _folder_state(tmp_path)
    with pytest.raises(SessionFileError) as info:
        Session.open(path)
    assert "cannot be opened for editing" in str(info.value) and "read-only" in str(info.value)
    assert _folder_state(tmp_path) == before
    with Session.open(path, read_only=True) as s:  # looking still works
        assert s.actors
