"""The projector's themes: every text of the high-contrast wall at least 7:1 against what it
sits on (WCAG AAA), only black, white and yellow in it; the standard wall at least 4.5:1."""

from __future__ import annotations

import colorsys

import pytest

from workshop_app.style.themes import HIGH_CONTRAST, STANDARD, contrast, text_pairs, theme


@pytest.mark.parametrize("what", sorted(text_pairs(HIGH_CONTRAST)))
def test_high_contrast_text_reaches_seven_to_one(what: str) -> None:
    ink, ground = text_pairs(HIGH_CONTRAST)[what]
    assert contrast(ink, ground) >= 7.0, f"{what}: {ink} on {ground}"


@pytest.mark.parametrize("what", sorted(text_pairs(STANDARD)))
def test_standard_wall_text_reaches_four_and_a_half_to_one(what: str) -> None:
    ink, ground = text_pairs(STANDARD)[what]
    assert contrast(ink, ground) >= 4.5


def test_high_contrast_is_black_white_and_yellow() -> None:
    t = HIGH_CONTRAST
    for colour in (t.background, t.ink, t.muted, t.accent, t.on_accent, t.panel, t.panel_rule, t.outline,
                   t.selection, t.line_casing):
        assert colour is not None
        r, g, b = (int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5))
        hue, _light, saturation = colorsys.rgb_to_hls(r, g, b)
        assert saturation < 0.05 or 45 / 360 <= hue <= 60 / 360, colour  # a grey or a yellow
    assert t.outline_width > STANDARD.outline_width and t.line_width > 1 and t.text_scale > 1


def test_contrast_is_the_wcag_ratio() -> None:
    assert contrast("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)
    assert theme("no such theme") is STANDARD and theme(None) is STANDARD
