"""Finding bundled demos and copying them without ever touching the shipped files."""

from __future__ import annotations

from pathlib import Path

import pytest

from workshop_app import Session, bundled


def test_demo_names_in_order() -> None:
    assert bundled.demo_names() == ["iskandar", "turin", "antwerp", "darmstadt", "london"]


def test_folders_exist() -> None:
    assert bundled.sessions_dir().is_dir()
    assert (bundled.resources_dir() / "cases" / "iskandar.json").is_file()
    for name in bundled.demo_names():
        assert bundled.demo_path(name) == bundled.sessions_dir() / f"{name}.workshop"
        assert bundled.demo_path(name).is_file()


def test_unknown_demo_lists_the_valid_ones() -> None:
    with pytest.raises(ValueError) as err:
        bundled.demo_path("atlantis")
    message = str(err.value)
    assert "atlantis" in message
    assert all(name in message for name in bundled.demo_names())


def test_copy_demo_never_clobbers(tmp_path: Path) -> None:
    dest = tmp_path / "mine"
    first = bundled.copy_demo("iskandar", dest, reuse=False)
    second = bundled.copy_demo("iskandar", dest, reuse=False)
    (dest / "iskandar-3.workshop").write_text("somebody else's file")
    third = bundled.copy_demo("iskandar", dest, reuse=False)
    assert [first.name, second.name, third.name] == [
        "iskandar.workshop", "iskandar-2.workshop", "iskandar-4.workshop"]
    assert (dest / "iskandar-3.workshop").read_text() == "somebody else's file"
    assert first.read_bytes() == bundled.demo_path("iskandar").read_bytes()
    with Session.open(second) as s:  # the copy is the user's to edit
        s.set_meta("title", "Our workshop")
    assert bundled.demo_path("iskandar").read_bytes() == third.read_bytes()


def test_starting_a_demo_again_reuses_the_unedited_copy(tmp_path: Path) -> None:
    """Repeated or failed starts leave one copy, not iskandar-2, iskandar-3 ..."""
    dest = tmp_path / "mine"
    shipped = bundled.demo_path("iskandar").read_bytes()
    first = bundled.copy_demo("iskandar", dest)
    with Session.open(first):  # opened and closed without an edit, as a failed start would
        pass
    assert bundled.copy_demo("iskandar", dest) == first
    assert bundled.copy_demo("iskandar", dest) == first
    assert sorted(p.name for p in dest.glob("*.workshop")) == ["iskandar.workshop"]
    assert bundled.demo_path("iskandar").read_bytes() == shipped  # looking never writes


def test_an_edited_demo_copy_is_kept_and_a_fresh_one_made(tmp_path: Path) -> None:
    dest = tmp_path / "mine"
    first = bundled.copy_demo("turin", dest)
    with Session.open(first) as s:
        s.set_meta("title", "Our Turin rehearsal")
    (dest / "turin-2.workshop").write_text("not a session")  # a stranger's file is skipped
    fresh = bundled.copy_demo("turin", dest)
    assert fresh.name == "turin-3.workshop"
    with Session.open(first, read_only=True) as s:
        assert s.title == "Our Turin rehearsal"
    assert (dest / "turin-2.workshop").read_text() == "not a session"
    assert bundled.copy_demo("turin", dest) == fresh  # and that fresh copy is reused next time


def test_copy_demo_default_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import platformdirs

    monkeypatch.setattr(platformdirs, "user_documents_dir", lambda: str(tmp_path / "Docs"))
    copy = bundled.copy_demo("london")
    assert copy == tmp_path / "Docs" / "Assemblage Workshop" / "london.workshop"
    assert copy.is_file()
