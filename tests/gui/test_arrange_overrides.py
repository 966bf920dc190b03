"""Placing actors on purpose: moves in one phase only, resetting them, and arranging by lens."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt

from workshop_app import Session
from workshop_app.bundled import demo_path
from workshop_app.canvas.items import ActorItem
from workshop_app.domain import commands as cmds
from workshop_app.ui.arrange import arrange_command, unplaced_actors

pytestmark = pytest.mark.gui


def _actor(win, name: str) -> ActorItem:
    return next(i for i in win.scene.actor_items.values() if i.view.name == name)


def _drag(qtbot, win, item: ActorItem, dx: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    vp = win.view.viewport()
    start = win.view.mapFromScene(item.pos())
    qtbot.mousePress(vp, Qt.MouseButton.LeftButton, modifier, pos=start)
    for step in range(1, 6):
        qtbot.mouseMove(vp, start + QPoint(dx * step // 5, 0))
    qtbot.mouseRelease(vp, Qt.MouseButton.LeftButton, modifier, pos=start + QPoint(dx, 0))


def test_alt_drag_moves_in_this_phase_only_and_reset_takes_it_back(qtbot, window) -> None:
    win = window
    design, pilot = win.session.phases
    forum = _actor(win, "Residents' forum")
    base = (forum.pos().x(), forum.pos().y())
    rid = win.execute(cmds.AddRelation(source=forum.actor_id, target=_actor(win, "City of Testville").actor_id))
    label_before = win.scene.relation_items[rid].label_rect().center()
    _drag(qtbot, win, forum, 80, Qt.KeyboardModifier.AltModifier)
    assert win.scene.relation_items[rid].label_rect().center().x() > label_before.x() + 20  # it follows
    model = win.session.model
    assert (forum.actor_id, design.id) in model.tables["positions"]
    assert (model.actor(forum.actor_id).x, model.actor(forum.actor_id).y) == base  # shared place kept
    assert forum.view.overridden and "Moved in this phase only" in forum.tooltip_text()
    moved = (forum.pos().x(), forum.pos().y())
    win.set_phase(pilot.id)
    win.scene.morph.finish()
    assert (forum.pos().x(), forum.pos().y()) == base and not forum.view.overridden
    win.set_phase(design.id)
    win.scene.morph.finish()
    assert (forum.pos().x(), forum.pos().y()) == moved
    menu = win.scene.context_menu([forum.actor_id], [])
    reset = next(a for a in menu.actions() if a.text() == "Reset position in this phase")
    assert reset.isEnabled()
    reset.trigger()
    assert (forum.actor_id, design.id) not in model.tables["positions"]
    assert (forum.pos().x(), forum.pos().y()) == base and not forum.view.overridden
    win.undo()
    assert forum.view.overridden and (forum.pos().x(), forum.pos().y()) == moved


def test_phase_only_toggle_makes_plain_drags_local_and_reset_action_needs_one(qtbot, window) -> None:
    win = window
    design = win.session.phases[0]
    arrange = win.features["arrange"]
    city = _actor(win, "City of Testville")
    shown: list[str] = []
    win.statusBar().messageChanged.connect(shown.append)
    win.scene.select(actor_ids=[city.actor_id])
    arrange.act_reset.trigger()
    assert shown and "No selected actor" in shown[-1]
    arrange.act_phase_only.trigger()
    assert win.scene.phase_only_moves
    _drag(qtbot, win, city, 60)
    assert (city.actor_id, design.id) in win.session.model.tables["positions"]
    assert win.session.model.actor(city.actor_id).x == -200.0
    arrange.act_phase_only.trigger()
    _drag(qtbot, win, city, 40)  # a plain drag again moves the place this phase uses...
    assert (city.actor_id, design.id) in win.session.model.tables["positions"]
    _drag(qtbot, win, _actor(win, "Test University"), 40)  # ...and others' shared place
    assert win.session.model.actor(_actor(win, "Test University").actor_id).x != 200.0
    win.scene.select(actor_ids=[city.actor_id])
    arrange.act_reset.trigger()
    assert (city.actor_id, design.id) not in win.session.model.tables["positions"]


@pytest.fixture
def london(tmp_path: Path) -> Path:
    path = tmp_path / "london.workshop"
    shutil.copy(demo_path("london"), path)
    return path


def test_arrange_is_one_undo_step_skips_pinned_and_draws_guides(qtbot, window, london: Path) -> None:
    win = window
    assert win.open_path(london)
    model = win.session.model
    pinned = model.actors[0]
    win.execute(cmds.UpdateActor(actor_id=pinned.id, changes={"pinned": True}))
    before = {a.id: (a.x, a.y) for a in model.actors}
    assert win.scene.current_guides() is None
    assert win.features["arrange"].arrange("scale")
    assert win.session.undo_text == "Arrange actors: scale rings"
    after = {a.id: (a.x, a.y) for a in model.actors}
    assert after[pinned.id] == before[pinned.id]
    assert sum(after[a] != before[a] for a in before) >= len(before) - 1
    assert model.meta("layout_lens") == "scale"
    guides = win.scene.current_guides()
    assert guides is not None and [r[0] for r in guides.rings][:1] and len(guides.rings) >= 2
    win.undo()
    assert {a.id: (a.x, a.y) for a in model.actors} == before
    assert model.meta("layout_lens", "free") == "free" and win.scene.current_guides() is None


def test_arranging_is_deterministic(tmp_path: Path, london: Path) -> None:
    other = tmp_path / "london2.workshop"
    shutil.copy(london, other)
    with Session.open(london) as a, Session.open(other) as b:
        first = arrange_command(a.model, "helix")
        second = arrange_command(b.model, "helix")
        assert first is not None and second is not None
        assert first.payload() == second.payload()


def test_arrange_unplaced_moves_only_new_actors_off_the_default_spot(window) -> None:
    win = window
    model = win.session.model
    a = win.execute(cmds.AddActor(actor_name="Newcomer A", present_in=(win.phase_id,)))
    b = win.execute(cmds.AddActor(actor_name="Newcomer B", present_in=(win.phase_id,)))
    assert unplaced_actors(model) == {a, b}
    before = {x.id: (x.x, x.y) for x in model.actors}
    assert win.features["arrange"].arrange("free", only_unplaced=True)
    moved = {x.id for x in model.actors if (x.x, x.y) != before[x.id]}
    assert moved == {a, b}
    assert unplaced_actors(model) == set()
    assert model.meta("layout_lens", "free") == "free"
    assert not win.features["arrange"].arrange("free", only_unplaced=True)  # nothing left to do
