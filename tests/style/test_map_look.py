"""The rules of the map's look, without Qt: which relation gets a badge or dashes, which
shape each actor type gets, and that no shape or glyph covers a box's text."""

from __future__ import annotations

import itertools
import math
import re
from pathlib import Path

import pytest

from workshop_app.domain.vocabulary import ACTOR_TYPES
from workshop_app.style import palette
from workshop_app.style.look import (TEXT, actor_style, badge_centre, disagreement_badge, glyph_badge,
                                     legend_entries, relation_label, relation_style)
from workshop_app.style.shapes import GLYPHS, OUTLINES, EllipsePart, outline_path, svg_d, top_bar

TEXT_MARGIN = 7.0  # the text area of a box keeps this far (times the font scale) from every side
BOXES = [(110.0, 42.0), (150.0, 58.0), (190.0, 80.0)]  # one-line, two-line and three-line names


def _flatten(commands: list[tuple]) -> list[tuple[float, float]]:
    """The outline as a polygon (each cubic curve as 16 segments)."""
    points: list[tuple[float, float]] = []
    for cmd in commands:
        if cmd[0] in ("M", "L"):
            points.append((cmd[1], cmd[2]))
        elif cmd[0] == "C":
            p0 = points[-1]
            p1, p2, p3 = (cmd[1], cmd[2]), (cmd[3], cmd[4]), (cmd[5], cmd[6])
            for i in range(1, 17):
                t = i / 16
                u = 1 - t
                points.append(tuple(u ** 3 * a + 3 * u * u * t * b + 3 * u * t * t * c + t ** 3 * d
                                    for a, b, c, d in zip(p0, p1, p2, p3)))
    return points


def _inside(point: tuple[float, float], polygon: list[tuple[float, float]]) -> bool:
    x, y = point
    inside = False
    for (x1, y1), (x2, y2) in zip(polygon, polygon[1:] + polygon[:1]):
        if (y1 > y) != (y2 > y) and x < x1 + (y - y1) * (x2 - x1) / (y2 - y1):
            inside = not inside
    return inside


@pytest.mark.parametrize("spread, badge", [(None, False), (0, False), (1, False), (2, True), (4, True)])
def test_the_disagreement_badge_appears_only_from_a_spread_of_two(spread: int | None, badge: bool) -> None:
    style = relation_style(2, 3, spread)
    assert style.badge is badge
    assert style.colour == palette.TRUST_COLOUR[2]  # the badge never changes the trust colour


def test_relation_colour_is_trust_width_is_commitment_dashes_mean_not_scored() -> None:
    assert relation_style(1, 5).colour == palette.TRUST_COLOUR[1]
    assert relation_style(1, 5).width == palette.COMMITMENT_WIDTH[5]
    unscored = relation_style(None, None)
    assert unscored.dash is not None and unscored.colour == palette.UNSCORED_COLOUR
    assert relation_style(None, 2).dash is None and relation_style(4, None).dash is None
    assert len({relation_style(v, 3).colour for v in range(1, 6)}) == 5
    widths = [relation_style(3, v).width for v in range(1, 6)]
    assert widths == sorted(widths) and len(set(widths)) == 5


def test_every_actor_type_of_the_vocabulary_has_its_own_look() -> None:
    for key in ACTOR_TYPES:
        style = actor_style(key)
        assert style.glyph in GLYPHS and style.outline in OUTLINES and style.fill == palette.TYPE_FILL[key]
    looks = [(actor_style(k).outline, actor_style(k).top_bar, actor_style(k).glyph) for k in ACTOR_TYPES]
    assert len(set(looks)) == len(looks)


def test_actor_states_change_only_the_outline() -> None:
    present, absent, selected = (actor_style("academia", s) for s in ("present", "absent", "selected"))
    assert present.dash is None and absent.dash is not None and selected.dash is None
    assert selected.stroke_width > present.stroke_width
    assert {present.fill, absent.fill, selected.fill} == {palette.TYPE_FILL["academia"]}
    with pytest.raises(ValueError, match="unknown actor state 'ghostly'"):
        actor_style("academia", "ghostly")


def test_a_type_from_a_newer_version_still_gets_a_box() -> None:
    style = actor_style("space_agency")
    assert style.fill == palette.UNKNOWN_TYPE_FILL and style.outline in OUTLINES and style.label == "Space agency"


@pytest.mark.parametrize("outline", OUTLINES)
@pytest.mark.parametrize("k", [1.0, 1.5, 2.0])
def test_no_outline_cuts_into_the_text_area(outline: str, k: float) -> None:
    for w, h in BOXES:
        w, h = w * k, h * k
        polygon = _flatten(outline_path(outline, w, h, k))
        assert all(abs(x) <= w / 2 + 1e-6 and abs(y) <= h / 2 + 1e-6 for x, y in polygon)
        m = TEXT_MARGIN * k
        for sx, sy in itertools.product((-1, 1), repeat=2):
            corner = (sx * (w / 2 - m), sy * (h / 2 - m))
            assert _inside(corner, polygon), f"{outline} {w}x{h}: text corner {corner} outside the box"
        bar = _flatten(top_bar(w, h, k))
        assert max(y for _, y in bar) <= -h / 2 + m


@pytest.mark.parametrize("k", [1.0, 1.5, 2.0])
def test_the_glyph_badge_never_covers_the_text_area(k: float) -> None:
    for w, h in BOXES:
        w, h = w * k, h * k
        b = glyph_badge(w, h, k)
        m = TEXT_MARGIN * k
        nearest = (max(-w / 2 + m, min(b.cx, w / 2 - m)), max(-h / 2 + m, min(b.cy, h / 2 - m)))
        assert math.dist((b.cx, b.cy), nearest) > b.radius + b.stroke_width / 2


def test_glyphs_stay_inside_their_badge() -> None:
    for name, parts in GLYPHS.items():
        for part in parts:
            if isinstance(part, EllipsePart):
                extent = [abs(part.cx) + part.rx, abs(part.cy) + part.ry]
            else:
                extent = [abs(v) for cmd in part.commands for v in cmd[1:]]
            assert max(extent) + part.stroke / 2 <= 1.15, name


def test_the_badge_sits_beside_the_label_or_on_the_line() -> None:
    assert badge_centre((10.0, 20.0), None) == (10.0, 20.0)
    x, y = badge_centre((10.0, 20.0), (0.0, 12.0, 40.0, 16.0), 1.0)
    b = disagreement_badge(1.0)
    assert x - b.radius >= 40.0 and y == 20.0


def test_the_legend_explains_everything_the_map_draws() -> None:
    entries = [e for section in legend_entries() for e in section.entries]
    assert [e.key for e in entries if e.kind == "actor"] == list(ACTOR_TYPES)
    trust = [e for e in entries if e.kind == "trust"]
    assert [e.key for e in trust] == ["1", "2", "3", "4", "5"] and len({e.label for e in trust}) == 5
    assert [e.key for e in entries if e.kind == "width"] == ["1", "2", "3", "4", "5"]
    assert {"unscored", "disagreement"} <= {e.kind for e in entries}


def test_relation_labels_add_the_3c_class_once_known() -> None:
    assert relation_label("funding", None) == "funding"
    assert relation_label("funding", "collaboration") == "funding · collab"


def test_svg_paths_are_plain_numbers() -> None:
    d = svg_d(outline_path("chamfered", 100, 40))
    assert d.startswith("M") and d.endswith("Z") and "nan" not in d and "e" not in d


def test_the_html_snapshot_sets_text_at_the_styles_sizes() -> None:
    """The page's style sheet cannot read the style room, so it is checked against it."""
    css = (Path(__file__).resolve().parents[2] / "workshop_app" / "io" / "templates" / "snapshot.css").read_text(
        encoding="utf-8")
    for selector, rule in (("text.name", "name"), ("text.roles", "role"), ("text.rlabel", "label")):
        found = re.search(r"svg\.map " + re.escape(selector) + r"\s*\{[^}]*font-size:\s*([\d.]+)px", css)
        assert found, selector
        assert float(found.group(1)) == pytest.approx(TEXT[rule].px, abs=0.5), selector
    assert re.search(r"svg\.map text\.name\s*\{[^}]*font-weight:\s*(700|bold)", css) and TEXT["name"].bold
