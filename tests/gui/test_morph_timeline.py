"""Phase switches as the room sees them: the morph, the slider, marks and large labels."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt

from workshop_app import settings
from workshop_app.canvas import morph as morph_mod
from workshop_app.canvas.items import ActorItem, RelationItem
from workshop_app.canvas.morph import EchoItem
from workshop_app.domain import commands as cmds

pytestmark = pytest.mark.gui


def _actor(win, name: str) -> ActorItem:
    return next(i for i in win.scene.actor_items.values() if i.view.name == name)


def _relation(win) -> RelationItem:
    return next(iter(win.scene.relation_items.values()))


def _echoes(win) -> list[EchoItem]:
    return [i for i in win.scene.items() if isinstance(i, EchoItem)]


@pytest.fixture
def morphing(window):
    """The window with the morph on, and the forum placed elsewhere in the pilot phase."""
    win = window
    design, pilot = win.session.phases
    forum = _actor(win, "Residents' forum")
    win.session.execute(cmds.MoveActors(moves=[(forum.actor_id, 150.0, 260.0)], phase_id=pilot.id))
    assert win.features["timeline"].act_animate.isChecked()  # on unless switched off
    assert win.scene.animate
    return win, design.id, pilot.id


def test_morph_starts_from_the_old_look_and_ends_in_the_new_state(qtbot, morphing) -> None:
    win, _design, pilot = morphing
    uni, forum, rel = _actor(win, "Test University"), _actor(win, "Residents' forum"), _relation(win)
    win.set_phase(pilot)
    # The data, visibility and hit-testing are the end state at once ...
    assert win.scene.morph.running
    assert not uni.view.present and uni.isVisible() and uni.opacity() < 0.5
    assert (forum.pos().x(), forum.pos().y()) == (150.0, 260.0)
    assert win.scene.items(forum.pos()) and forum in win.scene.items(forum.pos())
    # ... while the painting starts from how it looked in the design phase.
    assert uni.visual_opacity == pytest.approx(1.0)
    assert (forum.visual_pos().x(), forum.visual_pos().y()) == (0.0, 200.0)
    assert rel.visual_opacity == pytest.approx(1.0) and not rel.active
    qtbot.waitUntil(lambda: not win.scene.morph.running, timeout=3000)
    assert uni.visual_opacity is None and uni.opacity() < 0.5
    assert forum.visual_offset.isNull() and (forum.visual_pos().x(), forum.visual_pos().y()) == (150.0, 260.0)
    assert rel.visual_opacity is None and rel.rest_opacity() < 0.5


def test_a_mid_morph_frame_is_between_the_two_phases(qtbot, morphing) -> None:
    win, _design, pilot = morphing
    uni, forum = _actor(win, "Test University"), _actor(win, "Residents' forum")
    win.scene.morph.duration_ms = 2000
    win.set_phase(pilot)
    qtbot.waitUntil(lambda: uni.visual_opacity is not None and 0.35 < uni.visual_opacity < 0.95, timeout=3000)
    assert 0.0 < forum.visual_pos().x() < 150.0
    win.scene.morph.finish()
    assert uni.visual_opacity is None and forum.visual_offset.isNull()


def test_hidden_leavers_fade_out_as_echoes_that_cannot_be_clicked(qtbot, morphing) -> None:
    win, _design, pilot = morphing
    qtbot.keyClick(win.view, Qt.Key.Key_G)  # hide absent actors
    uni = _actor(win, "Test University")
    win.set_phase(pilot)
    assert not uni.isVisible() and not _relation(win).isVisible()
    echoes = _echoes(win)
    assert len(echoes) == 2  # the university and its relation, drawn as they were
    assert all(e.shape().isEmpty() for e in echoes)
    assert not any(isinstance(i, EchoItem) for i in win.scene.items(uni.pos()))
    qtbot.waitUntil(lambda: not win.scene.morph.running, timeout=3000)
    assert _echoes(win) == []


def test_second_switch_mid_morph_jumps_the_first_to_its_end(qtbot, morphing) -> None:
    win, design, pilot = morphing
    uni, forum = _actor(win, "Test University"), _actor(win, "Residents' forum")
    qtbot.keyClick(win.view, Qt.Key.Key_G)
    win.scene.morph.duration_ms = 5000
    win.set_phase(pilot)
    assert len(_echoes(win)) == 2
    win.set_phase(design)  # while the first morph is still playing
    assert _echoes(win) == []  # the first morph's echoes are gone, nothing piles up
    assert win.scene.morph.running
    assert uni.isVisible() and uni.view.present and uni.visual_opacity == pytest.approx(0.0)
    assert (forum.pos().x(), forum.pos().y()) == (0.0, 200.0)
    assert (forum.visual_pos().x(), forum.visual_pos().y()) == (150.0, 260.0)
    win.scene.morph.finish()
    assert uni.visual_opacity is None and forum.visual_offset.isNull()


def test_clicking_during_a_morph_selects_without_moving_anything(qtbot, morphing) -> None:
    win, _design, pilot = morphing
    city = _actor(win, "City of Testville")
    win.scene.morph.duration_ms = 5000
    undo_before = win.session.undo_text
    win.set_phase(pilot)
    assert win.scene.morph.running
    vp = win.view.viewport()
    qtbot.mouseClick(vp, Qt.MouseButton.LeftButton, pos=win.view.mapFromScene(city.pos()))
    assert city.isSelected()
    assert not win.scene.morph.running  # the click jumped it to its end
    assert win.session.undo_text == undo_before  # and nothing was dragged or saved


def test_with_animation_off_switching_is_instant_and_remembered(qtbot, morphing) -> None:
    win, _design, pilot = morphing
    uni, forum = _actor(win, "Test University"), _actor(win, "Residents' forum")
    win.features["timeline"].act_animate.trigger()
    assert not win.scene.animate and settings.current().animate_phase_changes is False
    win.set_phase(pilot)
    assert not win.scene.morph.running and _echoes(win) == []
    assert uni.visual_opacity is None and uni.opacity() < 0.5
    assert forum.visual_offset.isNull() and (forum.pos().x(), forum.pos().y()) == (150.0, 260.0)


def test_too_many_changes_switch_without_animation(morphing, monkeypatch) -> None:
    win, _design, pilot = morphing
    monkeypatch.setattr(morph_mod, "MAX_ANIMATED", 1)
    win.set_phase(pilot)
    assert not win.scene.morph.running
    assert _actor(win, "Test University").visual_opacity is None


def test_changed_scores_blend_into_their_new_colour(qtbot, window) -> None:
    win = window
    design, pilot = win.session.phases
    city, forum = _actor(win, "City of Testville"), _actor(win, "Residents' forum")
    rid = win.execute(cmds.AddRelation(source=city.actor_id, target=forum.actor_id, kind="data"))
    win.session.score(rid, design.id, trust=1, commitment=1, interdependence=1)
    win.session.score(rid, pilot.id, trust=5, commitment=5, interdependence=5)
    item = win.scene.relation_items[rid]
    item.view  # noqa: B018 - painted once in the design phase
    win.scene.morph.duration_ms = 5000
    win.set_phase(pilot.id)
    assert item.style_from is not None and item.style_t == pytest.approx(0.0)
    assert item.view.trust == 5  # the data is already the pilot's
    win.scene.morph.finish()
    assert item.style_from is None


def test_slider_and_page_keys_move_through_the_phases(qtbot, window) -> None:
    win = window
    design, pilot = win.session.phases
    slider = win.features["timeline"].slider
    assert slider.isVisible() and slider.slider.maximum() == 1 and slider.slider.value() == 0
    assert len(slider.tick_xs()) == 2
    slider.slider.setValue(1)
    assert win.phase_id == pilot.id and win.phase_bar.button(pilot.id).isChecked()
    qtbot.keyClick(win.view, Qt.Key.Key_PageUp)
    assert win.phase_id == design.id and slider.slider.value() == 0
    win.execute(cmds.AddPhase(phase_name="Scaling up", key="scaling"))
    assert slider.slider.maximum() == 2
    ticks = slider.ticks
    qtbot.mouseClick(ticks, Qt.MouseButton.LeftButton, pos=QPoint(int(slider.tick_xs()[2]), ticks.height() // 2))
    assert win.session.model.phase(win.phase_id).name == "Scaling up"
    win.features["timeline"].act_slider.trigger()
    assert not slider.isVisible() and settings.current().show_phase_slider is False


def test_marks_show_until_cleared_and_survive_phase_switches(qtbot, window) -> None:
    win = window
    scene = win.scene
    design, pilot = win.session.phases
    uni, city, rel = _actor(win, "Test University"), _actor(win, "City of Testville"), _relation(win)
    qtbot.keyClick(win.view, Qt.Key.Key_G)  # absent actors hidden ...
    win.set_phase(pilot.id)
    assert not uni.isVisible() and not rel.isVisible()
    scene.set_marks({uni.actor_id: "left", city.actor_id: "roles_changed"}, {rel.relation_id: "ended"})
    assert uni.isVisible() and rel.isVisible()  # ... but a marked leaver is still drawn, faded
    assert 0.3 < uni.opacity() < 1.0 and uni.mark == "left"
    assert [k for k, _ in scene.marks_legend()] == ["left", "roles_changed", "ended"]
    win.set_phase(design.id)
    win.set_phase(pilot.id)
    assert uni.mark == "left" and uni.isVisible()
    scene.set_marks({uni.actor_id: "left"}, {}, legend=[("left", "left between Design and Pilot")])
    assert scene.marks_legend() == [("left", "left between Design and Pilot")]
    scene.clear_marks()
    assert scene.marks_legend() == [] and uni.mark is None and not uni.isVisible()
    with pytest.raises(ValueError, match="Unknown mark"):
        scene.set_marks({city.actor_id: "sparkle"}, {})


def test_focus_mark_dims_everything_else(window) -> None:
    win = window
    city, uni, forum = (_actor(win, n) for n in ("City of Testville", "Test University", "Residents' forum"))
    win.scene.set_marks({city.actor_id: "focus"}, {})
    assert city.opacity() == 1.0 and uni.opacity() < 0.3 and forum.opacity() < 0.3
    assert _relation(win).rest_opacity() < 0.3
    win.scene.clear_marks()
    assert uni.opacity() == 1.0 and forum.opacity() == 1.0


def test_font_scale_grows_names_and_boxes(window) -> None:
    win = window
    city, rel = _actor(win, "City of Testville"), _relation(win)
    win.scene.set_font_scale(1.0)  # the console's own size depends on the map: start from 1
    box, label = city.box(), rel.label_rect()
    win.scene.set_font_scale(1.8)
    assert city.box().width() > box.width() * 1.3 and city.box().height() > box.height() * 1.3
    assert rel.label_rect().width() > label.width() * 1.4
    win.scene.set_font_scale(1.0)
    assert city.box().width() == pytest.approx(box.width())
