"""Shared helpers for the headless (no Qt) tests: a small sample workshop and file probes."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterator

import pytest

from workshop_app import Session
from workshop_app.domain import commands as cmds
from workshop_app.domain.model import Actor, Participant, Phase, Relation


@dataclass
class Workshop:
    """A session with two actors-rich phases, parallel and undirected relations and votes."""

    s: Session
    design: Phase
    piloting: Phase
    city: Actor
    vendor: Actor
    uni: Actor
    info: Relation  # city -> vendor, information
    data: Relation  # city -> vendor, data (parallel to info)
    plan: Relation  # vendor -- uni, agreement, undirected
    facilitator: Participant
    ana: Participant

    @property
    def path(self) -> Path:
        return self.s.path


def build_workshop(s: Session) -> Workshop:
    design, piloting = s.phase("design"), s.phase("piloting")
    city = s.add_actor("City of Lyon", "government", "city", abilities=["competences"],
                       present_in=[design, piloting], x=10, y=20)
    vendor = s.add_actor("Vendor SA", "private", "international", present_in=[design, piloting])
    uni = s.add_actor("University", "academia", "regional", present_in=[design])
    s.set_presence(city, design, roles=["coordinator", "steward"])
    s.set_presence(vendor, design, roles=["vendor"])
    info = s.add_relation(city, vendor, "information")
    data = s.add_relation(city, vendor, "data", attrs={"openness": "closed"})
    plan = s.add_relation(vendor, uni, "agreement", directed=False)
    ana = s.add_participant("Ana", "Vendor SA")
    facilitator = s.participant(None)
    assert facilitator is not None
    s.score(info, design, 4, 4, 5)
    s.score(info, design, 2, 3, 4, participant="Ana")
    s.score(plan, design, trust=3)
    s.add_note("Keys with the vendor", phase=design)
    s.execute(cmds.MoveActors(moves=[(city.id, 100.0, -50.0)], phase_id=piloting.id))
    return Workshop(s, design, piloting, city, vendor, uni, info, data, plan, facilitator, ana)


@pytest.fixture(autouse=True, scope="session")
def _backups_in_a_temp_folder(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """Sessions opened for editing back themselves up: keep that out of the user's data folder."""
    patch = pytest.MonkeyPatch()
    patch.setenv("WORKSHOP_APP_DATA_DIR", str(tmp_path_factory.mktemp("app-data")))
    yield
    patch.undo()


@pytest.fixture
def session(tmp_path: Path) -> Iterator[Session]:
    s = Session.create(tmp_path / "test.workshop", title="Test workshop")
    yield s
    s.close()


@pytest.fixture
def ws(session: Session) -> Workshop:
    return build_workshop(session)


def sha256_of(path: Path) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else None


def file_state(path: Path) -> tuple[str | None, str | None]:
    """The bytes of a session file and of its write-ahead log, as hashes."""
    return sha256_of(path), sha256_of(path.with_name(path.name + "-wal"))


def reopened_snapshot(path: Path) -> dict[str, dict[Any, Any]]:
    """What a second program would read from the file right now."""
    with Session.open(path, read_only=True) as other:
        return other.model.snapshot()


def event_rows(path: Path) -> list[dict[str, Any]]:
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        conn.row_factory = sqlite3.Row
        return [dict(r) for r in conn.execute("SELECT * FROM events ORDER BY seq")]
    finally:
        conn.close()


@pytest.fixture
def probes() -> Any:
    """The file probes above, handed to tests without importing conftest."""

    class _Probes:
        sha256: Callable[[Path], str | None] = staticmethod(sha256_of)  # type: ignore[assignment]
        state: Callable[[Path], tuple[str | None, str | None]] = staticmethod(file_state)  # type: ignore[assignment]
        reopened: Callable[[Path], dict[str, dict[Any, Any]]] = staticmethod(reopened_snapshot)  # type: ignore[assignment]
        events: Callable[[Path], list[dict[str, Any]]] = staticmethod(event_rows)  # type: ignore[assignment]

        @staticmethod
        def payload(row: dict[str, Any]) -> Any:
            return json.loads(row["payload"])

    return _Probes()
