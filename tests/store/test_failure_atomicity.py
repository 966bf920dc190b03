"""An edit either lands completely (model, rows and log line) or leaves no trace at all."""

from __future__ import annotations

import sqlite3
from typing import Any

import pytest

from workshop_app import CommandError
from workshop_app.domain import commands as cmds
from workshop_app.domain.model import Change
from workshop_app.store import SqliteStore


class DiskFull(Exception):
    pass


@pytest.fixture
def failing_second_row(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Make the store fail while writing the second changed row of any commit."""
    calls: list[int] = []
    real = SqliteStore._write_row

    def flaky(self: SqliteStore, cur: sqlite3.Cursor, change: Change) -> None:
        calls.append(1)
        if len(calls) == 2:
            raise DiskFull("disk full")
        real(self, cur, change)

    monkeypatch.setattr(SqliteStore, "_write_row", flaky)
    return calls


def _assert_nothing_changed(ws: Any, probes: Any, before: Any, state: Any, n: int) -> None:
    assert ws.s.model.snapshot() == before
    assert probes.state(ws.path) == state
    assert len(probes.events(ws.path)) == n
    assert probes.reopened(ws.path) == before


def test_store_failure_mid_edit_rolls_back_model_and_file(
    ws: Any, probes: Any, failing_second_row: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    before, state, n = ws.s.model.snapshot(), probes.state(ws.path), len(probes.events(ws.path))
    undo_text = ws.s.undo_text
    heard: list[str] = []
    ws.s.subscribe(lambda changes, reason: heard.append(reason))
    calls = failing_second_row
    with pytest.raises(DiskFull):
        ws.s.delete_actor(ws.city)  # many rows: relations, scores, presence, positions...
    assert len(calls) == 2
    monkeypatch.undo()
    _assert_nothing_changed(ws, probes, before, state, n)
    assert ws.s.undo_text == undo_text and heard == []
    # the session is still usable afterwards
    ws.s.delete_actor(ws.city)
    assert probes.reopened(ws.path) == ws.s.model.snapshot()
    ws.s.undo()
    assert ws.s.model.snapshot() == before


def test_store_failure_during_undo_keeps_the_edit(
    ws: Any, probes: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws.s.delete_relation(ws.info)  # two rows: the votes and the relation
    after, state, n = ws.s.model.snapshot(), probes.state(ws.path), len(probes.events(ws.path))
    real = SqliteStore._write_row
    calls: list[int] = []

    def flaky(self: SqliteStore, cur: sqlite3.Cursor, change: Change) -> None:
        calls.append(1)
        if len(calls) == 2:
            raise DiskFull("disk full")
        real(self, cur, change)

    monkeypatch.setattr(SqliteStore, "_write_row", flaky)
    with pytest.raises(DiskFull):
        ws.s.undo()
    monkeypatch.undo()
    assert ws.s.model.snapshot() == after
    assert probes.state(ws.path) == state and len(probes.events(ws.path)) == n
    assert ws.s.undo_text == "Delete relation" and not ws.s.can_redo
    assert ws.s.undo() == "Delete relation"
    assert probes.reopened(ws.path) == ws.s.model.snapshot()
    assert len(ws.s.scores(ws.info, ws.design)) == 2


def test_closed_connection_rolls_back_the_model(ws: Any, probes: Any) -> None:
    before = ws.s.model.snapshot()
    n = len(probes.events(ws.path))
    ws.s._store.conn.close()  # e.g. the USB stick was pulled
    with pytest.raises(sqlite3.ProgrammingError):
        ws.s.add_actor("Lost")
    assert ws.s.model.snapshot() == before
    assert "Lost" not in [a.name for a in ws.s.actors]
    assert probes.reopened(ws.path) == before
    assert len(probes.events(ws.path)) == n


def test_store_failure_in_bulk_leaves_nothing(
    ws: Any, probes: Any, failing_second_row: list[int], monkeypatch: pytest.MonkeyPatch
) -> None:
    before, state, n = ws.s.model.snapshot(), probes.state(ws.path), len(probes.events(ws.path))
    with pytest.raises(DiskFull):
        with ws.s.bulk("Import"):
            ws.s.add_actor("X1")
            ws.s.add_actor("X2")
    _assert_nothing_changed(ws, probes, before, state, n)
    assert ws.s.can_undo  # the earlier history was not dropped


def test_batch_with_invalid_second_command_leaves_nothing(ws: Any, probes: Any) -> None:
    before, state, n = ws.s.model.snapshot(), probes.state(ws.path), len(probes.events(ws.path))
    batch = cmds.Batch([
        cmds.DeleteActor(actor_id=ws.vendor.id),
        cmds.SetScore(relation_id=ws.info.id, phase_id=ws.design.id,
                      participant_id=ws.ana.id, values={"trust": 6}),
    ])
    # deleting the vendor already removed the relation the vote is for
    with pytest.raises(CommandError, match="No relation with id"):
        ws.s.execute(batch)
    _assert_nothing_changed(ws, probes, before, state, n)
    assert ws.s.actor("Vendor SA") == ws.vendor


def test_command_failing_half_way_inside_bulk_rolls_back_the_whole_bulk(
    ws: Any, probes: Any
) -> None:
    before, state = ws.s.model.snapshot(), probes.state(ws.path)
    with pytest.raises(CommandError):
        with ws.s.bulk("Import"):
            ws.s.add_actor("X1")
            ws.s.execute(cmds.MoveActors(moves=[(ws.city.id, 9, 9), (999, 1, 1)]))
    assert ws.s.model.snapshot() == before
    assert probes.state(ws.path) == state
