"""Actor boxes take the room their names need, and no more: the map of a crowded workshop
is made of these boxes, so every empty half-line in them costs every name some size."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF

from workshop_app import Session
from workshop_app.canvas.label_scale import LABEL_STEPS
from workshop_app.canvas.textcache import WRAP, actor_layout, fonts, model_sizes

pytestmark = pytest.mark.gui
NAMES = ["Rivertown Mobility Department", "Department of Urban Planning and Housing",
         "Ministry of the Interior and Kingdom Relations", "University of Applied Sciences Northland",
         "Public-Private Partnership for Street Lighting", "Smart Grid Solutions GmbH"]


def _lines(name: str, k: float, width: float) -> int:
    fm = QFontMetricsF(fonts(k)[0])
    return round(fm.boundingRect(QRectF(0, 0, width, 10_000), WRAP, name).height() / fm.lineSpacing())


@pytest.mark.parametrize("name", NAMES)
def test_a_wrapped_name_fills_its_box(qapp, name: str) -> None:
    """A name on two or three lines gets a box just wide enough for them: a box a tenth
    narrower would need another line (no box holds two half-empty lines)."""
    box, text_w, *_ = actor_layout(name, False, 1.0)
    lines = _lines(name, 1.0, text_w)
    assert lines >= 2, box
    assert _lines(name, 1.0, text_w - 0.1 * box.width()) > lines


@pytest.mark.parametrize("name", NAMES)
def test_a_name_breaks_the_same_way_at_every_label_size(qapp, name: str) -> None:
    """The projector and the console draw one map at different label sizes: a box at each
    size is that size times the box at 100 % (a hair wider where text does not scale
    exactly) and its name takes as many lines, so boxes that keep clear at one size keep
    clear at the others."""
    unit, unit_w, *_ = actor_layout(name, True, 1.0)
    lines = _lines(name, 1.0, unit_w)
    for k in LABEL_STEPS:
        box, text_w, *_ = actor_layout(name, True, k)
        assert _lines(name, k, text_w) == lines, k
        assert unit.width() * k - 0.01 <= box.width() <= unit.width() * k * 1.15, k
        assert box.height() == pytest.approx(unit.height() * k, rel=0.08), k


def test_only_actors_holding_a_role_get_room_for_a_role_line(qapp, tmp_path: Path) -> None:
    s = Session.create(tmp_path / "roles.workshop", title="Roles")
    phase = s.phases[0].id
    with_role = s.add_actor("Rivertown Mobility Department", "government", "city")
    without = s.add_actor("Riverside Mobility Department", "government", "city")  # as long
    s.set_presence(with_role.id, phase, roles=["coordinator"])
    sizes = model_sizes(s.model)
    s.close()
    assert sizes[without.id][1] < sizes[with_role.id][1]
    assert sizes[with_role.id] == (actor_layout("Rivertown Mobility Department", True, 1.25)[0].width(),
                                   actor_layout("Rivertown Mobility Department", True, 1.25)[0].height())
