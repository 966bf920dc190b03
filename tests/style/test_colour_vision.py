"""The map's colours work for everyone in the room, including people with a colour-vision
deficiency: checked with CIEDE2000 and the Machado et al. (2009) simulations (severity 1.0)."""

from __future__ import annotations

import itertools

import pytest

from cvd_science import (MACHADO_2009, VISIONS, chroma_hue, contrast_ratio, delta_e2000, difference, hue_gap,
                         lab)
from workshop_app.domain.vocabulary import ACTOR_TYPES
from workshop_app.style import palette
from workshop_app.style.look import actor_style
from workshop_app.style.shapes import GLYPHS, outline_path

# Named thresholds (CIEDE2000). About 2 is "just noticeable"; 10 is clearly another colour.
TRUST_STEP_MIN = 20.0  # adjacent trust steps, e.g. "1 v. low" and "2 low", in every vision
TRUST_VS_TYPE_MIN = 15.0  # a relation's colour never looks like an actor type's colour
TRUST_VS_TYPE_MIN_SIMULATED = 10.0  # ... nor to someone with a dichromacy
SHARED_HUE_MAX = 25.0  # degrees of CIELAB hue within which two colours "share a hue"
LINE_ON_CANVAS_MIN = 20.0  # every scored line stands out from the canvas background
UNSCORED_ON_CANVAS_MIN = 15.0  # "not scored" recedes on purpose, but stays plainly visible
TEXT_CONTRAST_MIN = 7.0  # WCAG AAA for the names on every box fill
OLD_PALETTE = {"academia": "#CC79A7", "civil_society": "#009E73", "citizens": "#D55E00", "private": "#E69F00"}

TRUST = [palette.TRUST_COLOUR[v] for v in range(1, 6)]
TYPES = {key: palette.TYPE_FILL[key] for key in ACTOR_TYPES}


def test_the_colour_difference_formula_matches_its_published_test_data() -> None:
    # Sharma, Wu & Dalal (2005), pairs 1, 2, 7, 17 and 18 of their table.
    for a, b, expected in [((50, 2.6772, -79.7751), (50, 0, -82.7485), 2.0425),
                           ((50, 3.1571, -77.2803), (50, 0, -82.7485), 2.8615),
                           ((50, 0, 0), (50, -1, 2), 2.3669),
                           ((50, 2.5, 0), (73, 25, -18), 27.1492),
                           ((50, 2.5, 0), (61, -5, 29), 22.8977)]:
        assert delta_e2000(a, b) == pytest.approx(expected, abs=1e-4)


def test_the_simulation_reproduces_what_was_reported_about_the_old_palette() -> None:
    """Under deuteranopia the old Academia and Civil society both turned grey and the old
    Citizens and Private both olive: the simulation must see that, or it proves nothing."""
    for key in ("academia", "civil_society"):
        assert chroma_hue(lab(OLD_PALETTE[key], "deuteranopia"))[0] < 15  # greyish
    assert difference(OLD_PALETTE["citizens"], OLD_PALETTE["private"], "deuteranopia") < 15
    assert difference(OLD_PALETTE["citizens"], OLD_PALETTE["private"]) > 15  # apart in normal vision


def test_every_pair_of_actor_types_differs_by_shape_and_glyph() -> None:
    styles = {key: actor_style(key) for key in ACTOR_TYPES}
    for a, b in itertools.combinations(ACTOR_TYPES, 2):
        sa, sb = styles[a], styles[b]
        outline_a = (outline_path(sa.outline, 160, 50), sa.top_bar)
        outline_b = (outline_path(sb.outline, 160, 50), sb.top_bar)
        assert outline_a != outline_b, f"{a} and {b} have the same box outline"
        assert sa.glyph and sb.glyph and GLYPHS[sa.glyph] != GLYPHS[sb.glyph], f"{a} and {b} share a glyph"


@pytest.mark.parametrize("vision", VISIONS, ids=lambda v: v or "normal")
def test_adjacent_trust_steps_are_told_apart(vision: str | None) -> None:
    for step, (a, b) in enumerate(zip(TRUST, TRUST[1:]), start=1):
        d = difference(a, b, vision)
        assert d >= TRUST_STEP_MIN, f"trust {step} and {step + 1}: ΔE00 {d:.1f} ({vision or 'normal'})"


@pytest.mark.parametrize("vision", VISIONS, ids=lambda v: v or "normal")
def test_no_trust_colour_looks_like_an_actor_type(vision: str | None) -> None:
    floor = TRUST_VS_TYPE_MIN if vision is None else TRUST_VS_TYPE_MIN_SIMULATED
    for (key, fill), trust in itertools.product(TYPES.items(), TRUST):
        d = difference(fill, trust, vision)
        assert d >= floor, f"{key} {fill} vs trust {trust}: ΔE00 {d:.1f} ({vision or 'normal'})"


def test_trust_shares_no_hue_with_any_actor_type() -> None:
    """Orange or blue must not mean both a type and a trust level: every coloured trust step
    sits at least SHARED_HUE_MAX degrees of hue away from every coloured type."""
    for trust in TRUST:
        c_t, h_t = chroma_hue(lab(trust))
        if c_t < 10:
            continue  # the grey middle step has no hue
        for key, fill in TYPES.items():
            c_f, h_f = chroma_hue(lab(fill))
            if c_f < 10:
                continue
            assert hue_gap(h_t, h_f) >= SHARED_HUE_MAX, f"trust {trust} and {key} {fill} share a hue"


@pytest.mark.parametrize("vision", VISIONS, ids=lambda v: v or "normal")
def test_every_line_stands_out_from_the_canvas(vision: str | None) -> None:
    for colour in TRUST:
        assert difference(colour, palette.CANVAS_BACKGROUND, vision) >= LINE_ON_CANVAS_MIN
    assert difference(palette.UNSCORED_COLOUR, palette.CANVAS_BACKGROUND, vision) >= UNSCORED_ON_CANVAS_MIN


def test_names_are_readable_on_every_box() -> None:
    for key, fill in TYPES.items():
        assert contrast_ratio(fill, palette.TYPE_TEXT[key]) >= TEXT_CONTRAST_MIN, key


def test_the_disagreement_badge_is_no_trust_colour() -> None:
    for trust in TRUST:
        assert difference(palette.DISAGREEMENT, trust) >= TRUST_VS_TYPE_MIN


def test_the_simulations_are_the_published_matrices() -> None:
    # Each row sums to one (white stays white), as in Machado et al.'s tables.
    for matrix in MACHADO_2009.values():
        assert matrix.sum(axis=1) == pytest.approx([1.0, 1.0, 1.0], abs=2e-6)
