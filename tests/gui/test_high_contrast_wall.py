"""View > High-contrast presentation: the wall turns black, white and yellow with thick
outlines and cased lines, the console keeps its look, and the choice is remembered."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from workshop_app import settings
from workshop_app.style.themes import HIGH_CONTRAST

pytestmark = pytest.mark.gui


def _colours_around(view, item, k: float) -> set[str]:
    """Colours a view paints just outside an actor's box (its outline)."""
    view.viewport().repaint()
    image = view.viewport().grab().toImage()
    box = view.mapFromScene(item.box_at(k)).boundingRect()
    y = box.center().y()
    return {image.pixelColor(x, y).name() for x in range(box.left() - 3, box.left() + 2)}


def test_the_wall_alone_turns_high_contrast_and_remembers_it(qtbot, window) -> None:
    win = window
    projector = win.features["projector"]
    projector.show()
    qtbot.waitUntil(projector.view.isVisible)
    win.scene.morph.finish()
    projector.act_contrast.trigger()  # View > High-contrast presentation
    view = projector.view
    image = view.viewport().grab().toImage()
    assert image.pixelColor(image.width() - 5, image.height() - 5) == QColor("#000000")
    rule = image.pixelColor(image.width() // 2, round(view.header_height() - 4.5 * view.unit))
    assert rule == QColor(HIGH_CONTRAST.accent)  # the heading's rule in yellow
    city = next(i for i in win.scene.actor_items.values() if i.view.name == "City of Testville")
    assert "#ffffff" in _colours_around(view, city, view.label_scale)  # a thick white outline
    console = win.view.viewport().grab().toImage()
    assert console.pixelColor(console.width() - 5, console.height() - 5) != QColor("#000000")
    assert settings.current().projector_theme == "high_contrast"
    projector.act_contrast.trigger()
    image = view.viewport().grab().toImage()
    assert image.pixelColor(image.width() - 5, image.height() - 5) == QColor("#FFFFFF")
    assert settings.current().projector_theme == "standard"
    projector.hide()
