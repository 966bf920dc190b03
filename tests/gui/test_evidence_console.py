"""Evidence in the console: what a source says is drawn and listed beside what the room says,
"not described" looks different from "absent", and every edit of it is one undoable step."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import lxml.html as lxml_html
import numpy as np
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from console_evidence_session import PRESENCE_QUOTE, QUOTE, build_evidence_session
from workshop_app import Session
from workshop_app.io.html_snapshot import render_html
from workshop_app.style import palette
from workshop_app.ui.dialogs.source_dialog import SourceDialog
from workshop_app.ui.dialogs.threec_settings import ThreeCSettings

pytestmark = pytest.mark.gui

VIOLET = palette.TRUST_COLOUR[4]  # the case record's trust, drawn only by its diamond


@pytest.fixture
def ev(qtbot, tmp_path: Path) -> Iterator[object]:
    from workshop_app.ui.main_window import MainWindow

    session = Session.open(build_evidence_session(tmp_path / "riverside.workshop"))
    win = MainWindow(session)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    yield win


def _pixels(image: QImage, colour: str, tolerance: int = 8) -> int:
    image = image.convertToFormat(QImage.Format.Format_ARGB32)
    data = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine() // 4, 4)
    rgb = data[:, : image.width(), 2::-1].astype(int)
    c = QColor(colour)
    return int((np.abs(rgb - (c.red(), c.green(), c.blue())).max(axis=2) <= tolerance).sum())


def _grab(widget: QWidget) -> QImage:
    QApplication.processEvents()
    return widget.grab().toImage()


def _deal(win: object) -> int:
    return win.session.relation(1).id  # City of Riverside -> Riverside Data GmbH (agreement)


# -- presence -------------------------------------------------------------------------------
def test_the_three_presence_choices_write_the_state_and_undo(ev) -> None:
    win, s = ev, ev.session
    forum, later = s.actor("Residents' forum"), s.phase("Continuation")
    win.set_phase(later.id)
    win.scene.select(actor_ids=[forum.id])
    panel = win.properties.actor_panel
    assert panel.presence.state() == "not_described"
    assert "session's default" in panel.default_hint.text()
    panel.presence.buttons["absent"].click()
    assert s.presence_state(forum, later) == "absent" and panel.presence.state() == "absent"
    assert win.scene.actor_items[forum.id].style().dash == palette.ABSENT_DASH
    panel.presence.buttons["present"].click()
    assert s.presence_state(forum, later) == "present" and win.scene.actor_items[forum.id].view.present
    win.undo()
    assert s.presence_state(forum, later) == "absent" and panel.presence.state() == "absent"
    win.undo()
    assert s.presence_state(forum, later) == "not_described" and panel.presence.state() == "not_described"


def test_not_described_actors_look_different_from_absent_ones(ev) -> None:
    win, s = ev, ev.session
    later = s.phase("Continuation")
    win.set_phase(later.id)
    win.scene.morph.finish()
    silent = win.scene.actor_items[s.actor("City of Riverside").id]
    gone = win.scene.actor_items[s.actor("Riverside University").id]
    assert silent.view.presence == "not_described" and gone.view.presence == "absent"
    a, b = silent.style(), gone.style()
    assert a.dash != b.dash and a.fill != b.fill and a.hollow and not b.hollow and a.marker == "?"
    assert silent.isVisible() and gone.isVisible()  # ghosts shown: both drawn, each its own way
    assert silent.opacity() > gone.opacity()
    deal = win.scene.relation_items[_deal(win)]
    assert deal.view.state == "not_described" and deal.style().dash == palette.NOT_DESCRIBED_DASH
    win.acts.ghosts.setChecked(False)  # G hides both alike
    assert not silent.isVisible() and not gone.isVisible()
    page = lxml_html.fromstring(render_html(s, phase=later).encode("utf-8"))
    boxes = {g.get("data-actor"): g.xpath(".//path[contains(@class, 'box')]")[0].get("class")
             for g in page.xpath("//svg[contains(@class, 'map')]//g[@data-actor]")}
    assert boxes[str(silent.actor_id)] == "box not-described"
    assert boxes[str(s.actor("Riverside Data GmbH").id)] == "box"
    assert str(gone.actor_id) not in boxes  # absent actors are left out of the page
    line = page.xpath(f"//g[@data-relation='{_deal(win)}']")[0]
    assert "not-described" in line.get("class")


# -- sources ----------------------------------------------------------------------------------
def test_the_source_line_shows_the_quote_of_a_stated_fact(ev, qtbot) -> None:
    win, s = ev, ev.session
    win.scene.select(actor_ids=[s.actor("City of Riverside").id])
    line = win.properties.actor_panel.presence_source
    assert line.text() == "Presence source: stated · 002 · 4.1 Initiation · p. 7  ▸ quote"
    assert "only shareholder" in line.label.toolTip()
    qtbot.mouseClick(line.label, Qt.MouseButton.LeftButton)  # unfolds the quote in place
    assert f"— “{PRESENCE_QUOTE}”" in line.text()
    win.scene.select(relation_ids=[_deal(win)])
    stated = win.properties.relation_panel.scores.stated_label.text()
    assert "Cooperation" in stated and QUOTE[:40] in stated


def test_edit_source_cites_a_new_source_in_one_undoable_step(ev, monkeypatch) -> None:
    win, s = ev, ev.session
    company = s.actor("Riverside Data GmbH")
    win.scene.select(actor_ids=[company.id])
    panel = win.properties.actor_panel
    before = len(s.sources())

    def fill(dlg: SourceDialog) -> int:
        dlg.choice.setCurrentIndex(dlg.choice.findData(-1))
        dlg.kind.setCurrentIndex(dlg.kind.findData("inferred"))
        dlg.fields["author"].setText("case encoder")
        dlg.fields["reason"].setText("the company keeps running the platform")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(SourceDialog, "exec", fill)
    panel.presence_source.button.click()
    assert s.provenance(("presence", company, "Design"))["reason"] == "the company keeps running the platform"
    assert "inferred" in panel.presence_source.text() and len(s.sources()) == before + 1
    win.undo()  # the source and its citation go together
    assert s.provenance(("presence", company, "Design")) is None and len(s.sources()) == before


# -- reference levels are not votes -------------------------------------------------------------
def test_the_reference_tick_is_drawn_and_the_room_median_ignores_the_case_record(ev) -> None:
    win = ev
    win.scene.select(relation_ids=[_deal(win)])
    scores = win.properties.relation_panel.scores
    # The room voted 3 and 3 on trust, the case record 4: the median is the room's.
    assert scores._room["trust"].text() == "3 · 2 votes" and "median 3" in scores._room["trust"].toolTip()
    assert scores.strips["trust"].reference_levels() == [4]
    assert scores.strips["interdependence"].reference_levels() == [2]
    assert "Case record: 4" in scores.strips["trust"].toolTip() and "002" in scores.strips["trust"].toolTip()
    assert "Cooperation" in scores.class_label.text() and "1 cooperation · 1 coordination" in scores.voters_label.text()
    assert "agreement relation labelled cooperation" in scores.flag_label.text()  # 002: no binding agreements
    item = win.scene.relation_items[_deal(win)]
    assert (item.view.trust, item.view.ref) == (3, (4, 4, 2))
    assert item.style().colour == palette.TRUST_COLOUR[3]
    assert "◆coop" in item._label_text()
    win.view.show_legend = False  # its key of the diamond is violet too
    assert _pixels(_grab(win.view.viewport()), VIOLET) > 20  # the diamond, in the source's trust colour


def test_toggling_source_levels_hides_them_on_the_console_and_the_wall(ev) -> None:
    win = ev
    projector = win.features["projector"]
    projector.show()
    projector.view.fit()
    for view in (win.view, projector.view):
        view.show_legend = False  # its "◆ a source's levels" key is violet too; count the map's
    QApplication.processEvents()
    assert _pixels(_grab(win.view.viewport()), VIOLET) > 20
    assert _pixels(_grab(projector.view.viewport()), VIOLET) > 20
    win.acts.source_levels.setChecked(False)
    assert _pixels(_grab(win.view.viewport()), VIOLET) == 0
    assert _pixels(_grab(projector.view.viewport()), VIOLET) > 20  # the wall has its own toggle
    win.acts.wall_source_levels.setChecked(False)
    assert _pixels(_grab(projector.view.viewport()), VIOLET) == 0
    from workshop_app import settings

    assert not settings.current().show_source_levels and not settings.current().wall_source_levels
    win.acts.source_levels.setChecked(True)
    assert _pixels(_grab(win.view.viewport()), VIOLET) > 20
    projector.hide()


def test_the_settings_dialog_changes_the_rule_and_the_class_shown(ev, qtbot) -> None:
    win, s = ev, ev.session
    win.scene.select(relation_ids=[_deal(win)])
    scores = win.properties.relation_panel.scores
    assert s.threec_rule == "weakest" and "Cooperation" in scores.class_label.text()

    def choose_median() -> None:
        dlg = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ThreeCSettings) and w.isVisible())
        dlg.rules["median"].setChecked(True)
        dlg.pool.setChecked(True)
        dlg.accept()

    QTimer.singleShot(0, choose_median)
    win.acts.threec_settings.trigger()
    # Median rule over the room's medians (3, 2, 3): coordination. Pooled with the case
    # record (4, 4, 2) the medians are (3, 3, 2): coordination still, from three votes.
    assert s.threec_rule == "median" and s.model.pool_references
    assert "Coordination" in scores.class_label.text() and "pooled" in scores.class_label.text()
    assert scores._room["trust"].text() == "3 · 3 votes"
    assert "coord" in win.scene.relation_items[_deal(win)]._label_text()  # the map follows
    assert win.properties.relation_panel.relation_id == _deal(win)  # still selected
    win.undo()  # both settings in one step
    assert s.threec_rule == "weakest" and not s.model.pool_references
    assert "Cooperation" in scores.class_label.text()


# -- the actor story and the phase comparison -----------------------------------------------------
def test_story_and_comparison_keep_not_described_apart_from_absent(ev, qtbot) -> None:
    win, s = ev, ev.session
    panels = win.features["analysis"]
    panels.open(panels.story)
    win.scene.select(actor_ids=[s.actor("City of Riverside").id])
    story = panels.story
    assert [story.cell_text("Presence", j) for j in (0, 1)] == ["✓ present", "? not described"]
    assert story.cell_text("Source", 0) == "002 · 4.1 Initiation · p. 7"
    assert "not described in 1" in story.heading.text()
    win.set_phase(s.phase("Continuation").id)
    qtbot.keyClick(win, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    dock = panels.diff
    qtbot.waitUntil(dock.isVisible)
    headings = {dock.list.item(i).text(): dock.list.item(i) for i in range(dock.list.count())
                if not dock.list.item(i).data(Qt.ItemDataRole.UserRole)}
    assert "Left (1)" in headings  # the university: recorded absent
    silent = next(item for text, item in headings.items() if text.startswith("Not described in the later phase"))
    assert silent.text().endswith("(2)")  # the city and the residents' forum: the source is silent
    assert not silent.icon().isNull()  # headed by the map's own hollow dotted box
    marks, _ = win.scene.marks()
    assert marks.get(s.actor("Riverside University").id) == "left"
    assert s.actor("City of Riverside").id not in marks


def test_a_demo_fact_shows_its_quote_and_the_phase_its_stated_class(demo_window) -> None:
    win = demo_window("antwerp", (1366, 768))
    s = win.session
    growth = s.phases[1]
    win.set_phase(growth.id)
    city = next(a for a in s.actors if a.name.startswith("City of Antwerp (council"))
    win.scene.select(actor_ids=[city.id])
    line = win.properties.actor_panel.presence_source
    source = s.provenance(("presence", city, growth))
    quote = source["quote"]
    folded = line.text()
    assert folded.startswith(f"Presence source: {source['kind']} · 002 · {source['section']}")
    assert folded.endswith("  ▸ quote") and source["quote"][:20] not in folded
    assert " ".join(quote.split()) in line.label.toolTip().replace("\n", " ")  # whole, in the tooltip
    line.toggle()  # a click on the line
    assert " ".join(quote.split()) in line.text()
    block = win.view.title_block()
    assert block.detail.startswith("◆ Stated for this phase: cooperation (002")  # 002: growth resembles cooperation
    win.acts.source_levels.setChecked(False)
    assert win.view.title_block().detail == ""
