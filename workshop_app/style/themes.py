"""How the projector dresses the map: the standard wall and a high-contrast one. No Qt.

A washed-out projector in a bright room, or somebody in the back row with low vision, needs
more than the standard wall gives: the high-contrast theme is black, white and yellow only
(every text at least 7:1 against what it sits on, WCAG's AAA level, checked in
tests/style), with thick outlines, lines cased in white so each trust colour reads on black,
and larger chrome text. The map's own encoding does not change (box fills with dark names,
trust colours, commitment widths): only the ground, the chrome and the strokes around them.
The canvas reads a theme per view (``canvas/view_look.py``); the projector's chrome
(heading, side column) paints with its colours.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import palette


@dataclass(frozen=True)
class WallTheme:
    """The colours and strokes of the presentation window."""

    key: str
    name: str
    background: str  # the wall behind the map and the chrome
    ink: str  # headings and the main text
    muted: str  # captions and secondary text
    accent: str  # rules, chips, the join code
    on_accent: str  # text on an accent fill
    panel: str  # the side column's fill
    panel_rule: str  # the side column's border and separators
    outline: str  # drawn around present actors' boxes
    outline_width: float  # in pixels of a 1080-line screen
    line_casing: str | None  # drawn under every relation line (None: none)
    line_width: float  # relation lines are this many times as wide
    selection: str  # the halo of a selected relation
    text_scale: float  # the chrome's text is this many times as large
    min_opacity: float = 0.0  # faded items (absent, dimmed) painted at least this strong


STANDARD = WallTheme(
    key="standard", name="Standard", background="#FFFFFF", ink="#111111", muted="#3C3C3C",
    accent=palette.ACCENT, on_accent="#FFFFFF", panel="#FFFFFF", panel_rule="#9A9A9A",
    outline="#111111", outline_width=3.0, line_casing=None, line_width=1.0,
    selection=palette.SELECTION, text_scale=1.0,
)

HIGH_CONTRAST = WallTheme(
    key="high_contrast", name="High contrast", background="#000000", ink="#FFFFFF", muted="#E6E6E6",
    accent="#FFE14D", on_accent="#000000", panel="#000000", panel_rule="#FFFFFF",
    outline="#FFFFFF", outline_width=5.0, line_casing="#FFFFFF", line_width=1.5,
    selection="#FFE14D", text_scale=1.15, min_opacity=0.5,
)

THEMES: dict[str, WallTheme] = {t.key: t for t in (STANDARD, HIGH_CONTRAST)}


def theme(key: str | None) -> WallTheme:
    """The theme of that key; the standard one for anything else (an old settings file)."""
    return THEMES.get(key or "", STANDARD)


def _channel(c: int) -> float:
    v = c / 255
    return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4


def luminance(colour: str) -> float:
    """WCAG 2 relative luminance of "#RRGGBB"."""
    h = colour.lstrip("#")
    r, g, b = (int(h[i:i + 2], 16) for i in (0, 2, 4))
    return 0.2126 * _channel(r) + 0.7152 * _channel(g) + 0.0722 * _channel(b)


def contrast(a: str, b: str) -> float:
    """WCAG 2 contrast ratio of two colours (1 to 21)."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def text_pairs(t: WallTheme) -> dict[str, tuple[str, str]]:
    """Every (text colour, ground) the wall's chrome paints, by what it is."""
    return {
        "heading": (t.ink, t.background),
        "caption": (t.muted, t.background),
        "side text": (t.ink, t.panel),
        "side caption": (t.muted, t.panel),
        "join code and chips": (t.accent, t.panel),
        "text on a chip": (t.on_accent, t.accent),
    }


__all__ = ["HIGH_CONTRAST", "STANDARD", "THEMES", "WallTheme", "contrast", "luminance", "text_pairs", "theme"]
