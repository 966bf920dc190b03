"""A save that fails reaches the user as a readable SessionFileError, and nothing changes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from workshop_app import CommandError, Session, SessionFileError


def test_database_error_while_saving_is_a_session_file_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    s = Session.create(tmp_path / "w.workshop")
    before = s.model.snapshot()

    def broken(*_a: object, **_k: object) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(s._store, "_write_row", broken)
    with pytest.raises(SessionFileError) as err:
        s.add_actor("City", "government", "city")
    assert "w.workshop" in str(err.value) and "disk I/O error" in str(err.value)
    assert "\n" not in str(err.value)
    assert s.model.snapshot() == before
    monkeypatch.undo()
    s.close()
    assert Session.open(tmp_path / "w.workshop").model.snapshot() == before


def test_non_text_note_is_refused_before_it_reaches_the_file(tmp_path: Path) -> None:
    s = Session.create(tmp_path / "w.workshop")
    a = s.add_actor("City", "government", "city")
    with pytest.raises(CommandError, match="note must be text"):
        s.update_actor(a, note=None)
    assert s.actor(a.id).note == ""
    s.close()
