"""One look everywhere: the canvas, the legend, the SVG export and the HTML snapshot draw a
relation with the same trust colour and width, and mark disagreement with the same badge,
only where the votes differ by two steps or more."""

from __future__ import annotations

import math
import re
from pathlib import Path
from typing import Iterator

import numpy as np
import pytest
from lxml import html as lxml_html
from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from workshop_app import Session
from workshop_app.canvas import overlay
from workshop_app.canvas.render import export_image
from workshop_app.canvas.scene import WorkshopScene
from workshop_app.io.html_snapshot import render_html
from workshop_app.io.svg_map import fmt
from workshop_app.style import palette
from workshop_app.domain.vocabulary import ACTOR_TYPES
from workshop_app.style.look import actor_style, disagreement_badge

pytestmark = pytest.mark.gui
OLD_HALO = "#7A3E9D"  # the purple halo that used to hide the trust colour
SPREADS = {"information": 0, "consultation": 1, "funding": 2, "data": 4}
LOWER_VOTE = {"information": 3, "consultation": 2, "funding": 3, "data": 1}  # = the median of two


@pytest.fixture
def voted(tmp_path: Path, qapp) -> Iterator[Session]:
    """Four relations whose two voters differ by 0, 1, 2 and 4 steps on trust."""
    s = Session.create(tmp_path / "votes.workshop", title="Votes", default_phases=False)
    with s.bulk("build"):
        s.add_phase("Design", "design")
        city = s.add_actor("City", "government", "city", x=-420, y=0, present_in=["Design"])
        lab = s.add_actor("Lab", "academia", "regional", x=420, y=0, present_in=["Design"])
        homes = s.add_actor("Residents", "citizens", "neighbourhood", x=0, y=320, present_in=["Design"])
        fund = s.add_actor("Fund", "international", "international", x=0, y=-320, present_in=["Design"])
        ana, ben = s.add_participant("Ana"), s.add_participant("Ben")
        pairs = {"information": (city, lab), "consultation": (city, homes), "funding": (lab, fund),
                 "data": (homes, fund)}
        for kind, (a, b) in pairs.items():
            rel = s.add_relation(a, b, kind, directed=False)
            low = LOWER_VOTE[kind]
            s.score(rel, "Design", trust=low, commitment=3, participant=ana.id)
            s.score(rel, "Design", trust=low + SPREADS[kind], commitment=3, participant=ben.id)
    yield s
    s.close()


def _scene_image(scene: WorkshopScene) -> tuple[QImage, QRectF]:
    source = scene.itemsBoundingRect().adjusted(-20, -20, 20, 20)
    image = QImage(int(source.width()), int(source.height()), QImage.Format.Format_ARGB32)
    image.fill(QColor(palette.CANVAS_BACKGROUND))
    painter = QPainter(image)
    scene.render(painter, QRectF(0, 0, source.width(), source.height()), source)
    painter.end()
    return image, source


def _near(a: QColor, hex_colour: str, tolerance: int = 40) -> bool:
    b = QColor(hex_colour)
    return max(abs(a.red() - b.red()), abs(a.green() - b.green()), abs(a.blue() - b.blue())) <= tolerance


def test_the_badge_shows_only_where_votes_differ_by_two_or_more(voted: Session) -> None:
    scene = WorkshopScene(voted)
    try:
        items = {voted.model.relation(rid).kind: item for rid, item in scene.relation_items.items()}
        assert {k: item.view.spread for k, item in items.items()} == SPREADS
        badged = sorted(kind for kind, item in items.items() if item.badge_centre() is not None)
        assert badged == ["data", "funding"]
        image, source = _scene_image(scene)
        for kind, item in items.items():
            b = item.badge_centre()
            if b is not None:  # the badge's ring, right of its centre, is drawn in the badge colour
                ring = b + QPointF(disagreement_badge(item.font_scale).radius, 0) - source.topLeft()
                assert _near(image.pixelColor(int(ring.x()), int(ring.y())), palette.DISAGREEMENT, 60), kind
            # Along the line the trust colour shows, and just beside it only the canvas: no halo.
            path = item._path
            length = path.length()
            for t in (0.15, 0.3, 0.7, 0.85):
                p = path.pointAtPercent(path.percentAtLength(length * t)) - source.topLeft()
                angle = math.radians(path.angleAtPercent(path.percentAtLength(length * t)))
                normal = QPointF(math.sin(angle), math.cos(angle))
                assert _near(image.pixelColor(int(p.x()), int(p.y())), item.style().colour), (kind, t)
                beside = p + normal * (item.style().width / 2 + 1.8)  # where the old halo was
                colour = image.pixelColor(int(beside.x()), int(beside.y()))
                assert _near(colour, palette.CANVAS_BACKGROUND, 12), (kind, t, colour.name())
    finally:
        scene.detach()


def test_html_snapshot_draws_what_the_canvas_draws(voted: Session) -> None:
    scene = WorkshopScene(voted)
    try:
        page = lxml_html.fromstring(render_html(voted).encode("utf-8"))
        svg = page.xpath("//svg[contains(@class, 'map')]")[0]
        groups = svg.xpath(".//g[@data-relation]")
        assert len(groups) == 4
        for g in groups:
            item = scene.relation_items[int(g.get("data-relation"))]
            line = g.xpath(".//path[contains(@class, 'line')]")[0]
            assert line.get("stroke").lower() == item.style().colour.lower() == item._colour().name().lower()
            assert line.get("stroke-width") == fmt(item._width())
            badges = g.xpath(".//circle[contains(@class, 'badge')]")
            assert len(badges) == (1 if item.badge_centre() is not None else 0)
            assert badges == [] or badges[0].get("stroke").lower() == palette.DISAGREEMENT.lower()
        assert len(svg.xpath(".//circle[contains(@class, 'badge')]")) == 2
        for g in svg.xpath(".//g[@data-actor]"):
            actor = scene.actor_items[int(g.get("data-actor"))]
            box = g.xpath(".//path[contains(@class, 'box')]")[0]
            fill = box.get("fill").lower()
            assert fill == actor.style().fill.lower() == actor_style(actor.view.type).fill.lower()
        assert OLD_HALO.lower() not in render_html(voted).lower()
    finally:
        scene.detach()


def test_each_actor_type_has_its_own_box_shape_on_the_canvas(voted: Session) -> None:
    scene = WorkshopScene(voted)
    try:
        boxes = {item.view.type: item for item in scene.actor_items.values()}
        corner = {t: item.shape().contains(item.boundingRect().center() - QPointF(
                  item.box().width() / 2 - 1.5, item.box().height() / 2 - 1.5)) for t, item in boxes.items()}
        # A square government box fills its corner; the citizens' pill and the pointed
        # international box do not, so the type reads without its colour.
        assert corner["government"] and not corner["citizens"] and not corner["international"]
        assert len({item.style().outline for item in boxes.values()}) == len(boxes)
    finally:
        scene.detach()


def test_svg_export_uses_the_canvas_colours_and_badge(voted: Session, tmp_path: Path) -> None:
    [out] = export_image(voted, tmp_path / "map.svg", fmt="svg", phase="Design")
    text = out.read_text(encoding="utf-8").lower()
    strokes = set(re.findall(r'stroke="(#[0-9a-f]{6})"', text))
    assert {palette.TRUST_COLOUR[v].lower() for v in set(LOWER_VOTE.values())} <= strokes
    assert palette.DISAGREEMENT.lower() in strokes
    fills = set(re.findall(r'fill="(#[0-9a-f]{6})"', text))
    assert {palette.TYPE_FILL[t].lower() for t in ("government", "academia", "citizens", "international")} <= fills
    assert OLD_HALO.lower() not in text


def test_the_legend_shows_every_trust_colour_and_the_badge(qapp) -> None:
    size = overlay.legend_size(2.0)
    image = QImage(int(size.width()) + 4, int(size.height()) + 4, QImage.Format.Format_ARGB32)
    image.fill(QColor(palette.PAPER))
    painter = QPainter(image)
    overlay.paint_legend(painter, QRectF(2, 2, size.width(), size.height()), 2.0)
    painter.end()
    pixels = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine() // 4, 4)
    rgb = pixels[:, : image.width(), 2::-1].astype(int)  # ARGB32 is stored as B, G, R, A

    def count(colour: str, tolerance: int = 6) -> int:
        c = QColor(colour)
        return int((np.abs(rgb - (c.red(), c.green(), c.blue())).max(axis=2) <= tolerance).sum())

    for colour in [*palette.TRUST_COLOUR.values(), *(palette.TYPE_FILL[k] for k in ACTOR_TYPES)]:
        assert count(colour) >= 40, colour
    assert count(palette.DISAGREEMENT) >= 10
    assert count(OLD_HALO) == 0
