"""The Net-Map influence tower's look: as high as the influence, beside the box, a recorded 0
unlike nothing recorded, and a stance told by more than colour."""

from __future__ import annotations

from workshop_app.domain import vocabulary as voc
from workshop_app.style import palette
from workshop_app.style.towers import TOWER_FILL, tower

BOX_W, BOX_H = 160.0, 50.0


def test_a_tower_grows_one_block_per_level_and_stands_beside_the_box() -> None:
    heights = []
    for level in range(voc.INFLUENCE_MIN, voc.INFLUENCE_MAX + 1):
        t = tower(BOX_W, BOX_H, level, "supports")
        assert t is not None
        e = t.extent()
        assert e.x > BOX_W / 2  # right of the box, clear of its text
        assert abs(e.y + e.h - BOX_H / 2) < 1e-9  # on the box's bottom line
        assert len(t.blocks) == max(1, level)
        heights.append(e.h)
    assert heights == sorted(heights) and len(set(heights)) == len(heights)
    assert tower(BOX_W, BOX_H, 5, None, k=2.0).extent().h == 2 * tower(BOX_W, BOX_H, 5, None).extent().h


def test_nothing_recorded_draws_no_tower_and_zero_draws_an_empty_base() -> None:
    assert tower(BOX_W, BOX_H, None, "supports") is None
    zero = tower(BOX_W, BOX_H, 0, "supports")
    assert zero is not None and zero.label == "Influence 0 of 5 · supports the goal"
    assert zero.extent().h < tower(BOX_W, BOX_H, 1, "supports").extent().h


def test_the_stance_is_told_by_pattern_as_well_as_shade_and_never_by_a_trust_colour() -> None:
    patterns = {a: tower(BOX_W, BOX_H, 3, a).pattern for a in (*voc.ALIGNMENTS, None)}
    assert patterns["opposes"] != patterns["supports"] and patterns["mixed"] not in (patterns["opposes"], "")
    trust = {c.upper() for c in palette.TRUST_COLOUR.values()}
    assert not {c.upper() for c in TOWER_FILL.values()} & trust
    assert set(TOWER_FILL) == {*voc.ALIGNMENTS, None}
