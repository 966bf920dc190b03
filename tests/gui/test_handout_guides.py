"""A handout map arranged by a lens: the sector (or ring) names never hide under a box.

The handout enlarges the names for paper and pushes the boxes apart; the lens guides are
computed from where the lens put the boxes, so once boxes have moved a guide names a sector
the boxes have left and its label ends up under them (a 40-actor helix map printed
'GOVERNMENT' under a ministry's box). A map the handout leaves as it was keeps its guides.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRectF

from legibility_helpers import make_big_session

from workshop_app import Session
from workshop_app.canvas import guides
from workshop_app.canvas.handout import plan_handout_map
from workshop_app.canvas.render import page_rect, pdf_writer, phase_scene, title_block
from workshop_app.canvas.snapshot_pack import PackLayout

pytestmark = pytest.mark.gui


def _map_area(tmp_path: Path) -> QRectF:
    """The part of an A4 landscape pack page the map is painted into."""
    rect = page_rect(pdf_writer(tmp_path / "page.pdf", "", "A4"))
    return PackLayout(QRectF(0, 0, rect.width(), rect.height())).body


def _guide_names(scene: object) -> tuple[list[str], list[str]]:
    """The lens names drawn on the handout map, and those of them lying under an actor's box."""
    shown = scene.current_guides()  # type: ignore[attr-defined]
    if shown is None:
        return [], []
    names = [label for label, _ in shown.ring_labels] + [label for label, _, _ in shown.labels]
    boxes = [item.sceneBoundingRect() for item in scene.actor_items.values()  # type: ignore[attr-defined]
             if item.isVisible()]
    hidden = [name for name, rect in zip(names, guides.label_rects(shown))
              if any(rect.intersects(box) for box in boxes)]
    return names, hidden


def test_forty_actor_helix_handout_hides_no_sector_name_under_a_box(qapp: object, tmp_path: Path) -> None:
    path = make_big_session(tmp_path / "rivertown.workshop", arrange="helix")
    with Session.open(path, read_only=True) as s:
        phase = s.phases[-1]
        with phase_scene(s, phase.id) as scene:
            assert _guide_names(scene)[0]  # on the screen the sectors are named
            plan_handout_map(scene, _map_area(tmp_path), title_block(s, phase.id, "2025-01-01"))
            names, hidden = _guide_names(scene)
            assert hidden == [], f"sector names under boxes on the handout: {hidden} of {names}"


def test_a_handout_that_moves_no_box_keeps_the_lens_guides(qapp: object, tmp_path: Path) -> None:
    path = make_big_session(tmp_path / "small.workshop", actors=6, phases=1, arrange="helix")
    with Session.open(path, read_only=True) as s:
        phase = s.phases[0]
        with phase_scene(s, phase.id) as scene:
            before = {aid: item.pos() for aid, item in scene.actor_items.items()}
            shown_before = _guide_names(scene)[0]
            assert shown_before
            plan_handout_map(scene, _map_area(tmp_path), title_block(s, phase.id, "2025-01-01"))
            assert {aid: item.pos() for aid, item in scene.actor_items.items()} == before
            assert _guide_names(scene) == (shown_before, [])
