"""The Properties dock at its narrowest: an actor's three ability boxes show their whole words
(they take a second line instead of being squeezed to "Resource…" and "Compete…")."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QStyle, QStyleOptionButton

from workshop_app.ui.flow_layout import FlowLayout

pytestmark = pytest.mark.gui


def _text_room(cb) -> int:
    """The width the check box gives its words (its box minus the indicator and the gap)."""
    opt = QStyleOptionButton()
    cb.initStyleOption(opt)
    return cb.style().subElementRect(QStyle.SubElement.SE_CheckBoxContents, opt, cb).width()


def test_each_ability_shows_its_whole_word(qtbot, window) -> None:
    win = window
    width = 320  # asked of the dock; it stops at its own minimum
    actor = win.session.model.actors[0].id
    win.scene.select(actor_ids=[actor])
    win.properties.show_actor(actor)
    win.resizeDocks([win.properties], [width], Qt.Orientation.Horizontal)
    panel = win.properties.actor_panel
    qtbot.waitUntil(lambda: all(cb.width() > 0 for cb in panel.abilities.values()), timeout=2000)
    assert win.properties.width() <= max(width, win.properties.minimumWidth())
    for key, cb in panel.abilities.items():
        words = cb.fontMetrics().horizontalAdvance(cb.text())
        assert words <= _text_room(cb), f"{cb.text()!r} is cut: {words} px in {_text_room(cb)}"
        right = cb.mapTo(panel, QPoint(cb.width(), 0)).x()
        assert right <= panel.width(), f"{cb.text()!r} runs out of the panel"
    legal_top = panel.legal.mapTo(panel, QPoint(0, 0)).y()
    assert all(cb.mapTo(panel, QPoint(0, cb.height())).y() <= legal_top for cb in panel.abilities.values())


def test_the_flow_layout_wraps_only_when_the_line_is_full(qtbot) -> None:
    from PySide6.QtWidgets import QCheckBox, QWidget

    box = QWidget()
    qtbot.addWidget(box)
    flow = FlowLayout(box)
    boxes = [QCheckBox(text) for text in ("Resources", "Skills", "Competences")]
    for cb in boxes:
        flow.addWidget(cb)
    one_line = flow.sizeHint().width()
    assert flow.heightForWidth(one_line) == max(cb.sizeHint().height() for cb in boxes)
    assert flow.heightForWidth(one_line - 1) > flow.heightForWidth(one_line)  # two lines
    narrow = flow.minimumSize().width()
    assert narrow == max(cb.sizeHint().width() for cb in boxes)  # one word a line, none cut
