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
    first = bundled.copy_demo("iskandar", dest)
    second = bundled.copy_demo("iskandar", dest)
    (dest / "iskandar-3.workshop").write_text("somebody else's file")
    third = bundled.copy_demo("iskandar", dest)
    assert [first.name, second.name, third.name] == [
        "iskandar.workshop", "iskandar-2.workshop", "iskandar-4.workshop"]
    assert (dest / "iskandar-3.workshop").read_text() == "somebody else's file"
    assert first.read_bytes() == bundled.demo_path("iskandar").read_bytes()
    with Session.open(second) as s:  # the copy is the user's to edit
        s.set_meta("title", "Our workshop")
    assert bundled.demo_path("iskandar").read_bytes() == third.read_bytes()


def test_copy_demo_default_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import platformdirs

    monkeypatch.setattr(platformdirs, "user_documents_dir", lambda: str(tmp_path / "Docs"))
    copy = bundled.copy_demo("london")
    assert copy == tmp_path / "Docs" / "Assemblage Workshop" / "london.workshop"
    assert copy.is_file()
