"""Handouts read on paper: every actor name on a snapshot pack's map page prints at 7 pt or more.

Measured from the geometry the pack actually paints (the name font's point size times the
map's scale on the A4 landscape page), for the five demos and for generated 40-actor
sessions: one laid out by the app, one crowded with long names at random places, and the
one the screen legibility test uses.
"""

from __future__ import annotations

import random
import shutil
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRectF

from legibility_helpers import make_big_session

from workshop_app import Session, bundled
from workshop_app.analysis.layout import arrange
from workshop_app.canvas import snapshot_pack
from workshop_app.canvas.handout import MIN_NAME_PT, HandoutMap
from workshop_app.canvas.snapshot_pack import export_pack, pack_page_count
from workshop_app.domain import commands as cmds

pytestmark = pytest.mark.gui

NAMES = ("City of Rivertown", "Department of Urban Planning and Housing", "Open Data Institute",
         "Ministry of the Interior and Kingdom Relations", "Cyclists' Union", "Commuters",
         "Public-Private Partnership for Street Lighting", "Living Lab Rivertown",
         "Residents of the Harbour District", "Smart Grid Solutions GmbH")
TYPES = ("government", "private", "academia", "civil_society", "citizens", "international",
         "intermediary")


def forty_actors(path: Path, *, crowded: bool = False) -> Session:
    """40 actors over 4 phases; laid out by the free lens, or (``crowded``) long names
    dropped at random on a small canvas, all in one phase."""
    rng = random.Random(5)
    s = Session.create(path, title="Forty actors", default_phases=False)
    with s.bulk("build"):
        phases = [s.add_phase(f"Phase {i + 1}", "").id for i in range(4)]
        ids = []
        for i in range(40):
            name = f"{NAMES[i % len(NAMES)]} {i + 1}"
            if crowded:
                name = f"Municipal department with a very long official name {i + 1}"
            present = phases if crowded else [p for j, p in enumerate(phases) if j == 0 or rng.random() < 0.8]
            ids.append(s.add_actor(name, TYPES[i % len(TYPES)], "city", present_in=present,
                                   x=rng.uniform(-600, 600), y=rng.uniform(-360, 360)).id)
        for _ in range(60):
            a, b = rng.sample(ids, 2)
            s.add_relation(a, b, "information")
    if not crowded:
        s.execute(cmds.MoveActors(moves=[(a, x, y) for a, (x, y) in arrange(s.model, "free").items()]))
    return s


@pytest.fixture
def painted(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, HandoutMap, QRectF]]:
    """Every phase map the pack paints, with the page area it was given."""
    seen: list[tuple[str, HandoutMap, QRectF]] = []
    real = snapshot_pack.paint_handout_map

    def record(painter: Any, page: QRectF, session: Session, scene: Any, block: Any, **kw: Any) -> HandoutMap:
        result = real(painter, page, session, scene, block, **kw)
        seen.append((block.title, result, QRectF(page)))
        return result

    monkeypatch.setattr(snapshot_pack, "paint_handout_map", record)
    return seen


def _check_pack(session: Session, out: Path, painted: list[tuple[str, HandoutMap, QRectF]]) -> list[float]:
    before = session.model.snapshot()
    export_pack(session, out, date="2025-01-01")
    assert session.model.snapshot() == before  # the print layout never touches the session
    with_actors = [p for p in session.phases if session.present_actors(p)]
    assert len(painted) == len(session.phases)
    smallest = []
    for title, result, page in painted:
        assert page.width() > page.height()  # landscape, the whole body of the page
        if result.name_pt:
            smallest.append(result.min_name_pt)
            assert result.min_name_pt >= MIN_NAME_PT, (title, result.min_name_pt)
            assert page.contains(result.layout.target), title  # no part of the map cut off
    assert len(smallest) == len(with_actors)
    return smallest


@pytest.mark.parametrize("demo", bundled.demo_names())
def test_demo_pack_prints_every_name_at_7_pt(demo: str, tmp_path: Path, painted: Any) -> None:
    path = tmp_path / f"{demo}.workshop"
    shutil.copy(bundled.demo_path(demo), path)
    s = Session.open(path)
    try:
        _check_pack(s, tmp_path / f"{demo}.pdf", painted)
    finally:
        s.close()


@pytest.mark.parametrize("kind", ["arranged", "crowded", "rivertown"])
def test_forty_actor_pack_prints_every_name_at_7_pt(kind: str, tmp_path: Path, painted: Any) -> None:
    if kind == "rivertown":  # the 40-actor session of the screen legibility test
        s = Session.open(make_big_session(tmp_path / "rivertown.workshop"))
    else:
        s = forty_actors(tmp_path / "forty.workshop", crowded=kind == "crowded")
    try:
        _check_pack(s, tmp_path / "forty.pdf", painted)
        first = painted[0][1]
        assert len(first.name_pt) == len(s.present_actors(s.phases[0]))
    finally:
        s.close()


def test_phase_gets_a_map_page_then_its_roster(tmp_path: Path) -> None:
    s = Session.create(tmp_path / "two.workshop", title="Two", default_phases=False)
    with s.bulk("build"):
        s.add_phase("Design", "design")
        s.add_actor("City of Testville", "government", present_in=["Design"])
    try:
        # title, the map page, the roster-and-facts page, warnings, glossary
        assert pack_page_count(s) == 5
    finally:
        s.close()
