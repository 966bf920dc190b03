"""Shared helpers for the headless (no Qt) tests: a small sample workshop and file probes;
the test markers every test gets from where it lives and what it uses; the browser.

Markers (declared in pyproject.toml, ``--strict-markers``): ``gui`` for every test that
needs Qt (the tests/gui folder, files named ``*_gui.py``, and any test using ``qtbot`` or
asking for ``gui`` itself), ``browser`` for every test that drives Chromium (through the
``chromium`` fixture), ``slow`` for the long ones (listed in :data:`SLOW` or marked in place).
``pytest -m "not gui and not browser and not slow"`` runs the quick headless part.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sqlite3
import sys
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
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


# -- markers ----------------------------------------------------------------------------------
TESTS = Path(__file__).resolve().parent
# Files whose every test takes seconds (subprocesses, generated big sessions, fuzzing).
SLOW = {
    "benchmarks/test_stress_session.py",
    "analysis/test_analysis_on_a_stress_session.py",
    "reliability/test_crash_kill.py",
    "reliability/test_disk_full.py",
    "exchange/test_import_fuzz.py",
    "store/test_stateful_session.py",
}


def _qt_installed() -> bool:
    try:
        return importlib.util.find_spec("PySide6") is not None
    except (ImportError, ValueError):
        return False


# Where Qt is not installed, the Qt test files are not even imported: ``-m "not gui"`` then
# runs everything else (pass ``-p no:pytest-qt`` too, which needs Qt to start).
collect_ignore_glob = [] if _qt_installed() else ["gui/*", "*/*_gui.py"]


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Give each test the markers of what it needs, so ``-m`` can leave them out."""
    for item in items:
        where = Path(str(item.fspath)).resolve()
        try:
            rel = where.relative_to(TESTS).as_posix()
        except ValueError:
            continue
        uses = set(getattr(item, "fixturenames", ()))
        if rel.startswith("gui/") or where.stem.endswith("_gui") or "qtbot" in uses:
            item.add_marker(pytest.mark.gui)
        if "chromium" in uses:
            item.add_marker(pytest.mark.browser)
        if rel in SLOW:
            item.add_marker(pytest.mark.slow)


# -- the browser --------------------------------------------------------------------------------
def browser_module() -> ModuleType:
    """``scripts/browser.py``, the one Chromium driver of scripts and tests."""
    name = "workshop_browser_driver"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, TESTS.parent / "scripts" / "browser.py")
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


@pytest.fixture
def chromium() -> Iterator[Callable[..., Any]]:
    """Open a headless Chromium page: ``chromium("phone")``, ``chromium("laptop")`` or
    ``chromium((width, height))``; closed after the test. Skips where Chromium is missing."""
    driver = browser_module()
    if driver.find_chromium() is None:
        pytest.skip("Chromium is not installed (Debian: apt-get install chromium)")
    opened: list[Any] = []

    def open_page(size: str | tuple[int, int] | dict[str, Any] = "laptop") -> Any:
        if isinstance(size, str):
            size = {"phone": driver.PHONE, "laptop": driver.LAPTOP}[size]
        elif isinstance(size, tuple):
            size = driver.viewport(*size)
        page = driver.Chromium(size)
        opened.append(page)
        return page

    yield open_page
    for page in opened:
        page.close()
