"""Colours and line widths shared by the canvas, the legend and image/HTML exports.

Actor types use the Okabe–Ito palette (safe for the common colour-vision deficiencies).
Trust uses an orange → grey → blue diverging ramp rather than red → green: the 3C paper warns
that more intensity is not automatically better, so the canvas must not paint "high" as "good".
Plain hex strings, no Qt, so exporters can use them too.
"""

from __future__ import annotations

TYPE_FILL: dict[str, str] = {
    "government": "#0072B2",
    "private": "#E69F00",
    "academia": "#CC79A7",
    "civil_society": "#009E73",
    "citizens": "#D55E00",
    "international": "#56B4E9",
    "intermediary": "#F0E442",
}

# Text colour that stays readable on each fill.
TYPE_TEXT: dict[str, str] = {
    "government": "#FFFFFF",
    "private": "#1A1A1A",
    "academia": "#1A1A1A",
    "civil_society": "#FFFFFF",
    "citizens": "#FFFFFF",
    "international": "#1A1A1A",
    "intermediary": "#1A1A1A",
}

TRUST_COLOUR: dict[int, str] = {
    1: "#B35806",
    2: "#E08214",
    3: "#8C8C8C",
    4: "#4A7AB8",
    5: "#1D3F7A",
}
UNSCORED_COLOUR = "#A9B0B8"

# Commitment drives line width (scene units at 100 % zoom).
COMMITMENT_WIDTH: dict[int, float] = {1: 1.5, 2: 3.0, 3: 4.5, 4: 6.5, 5: 9.0}
UNSCORED_WIDTH = 1.6

THREE_C_SHORT: dict[str, str] = {
    "cooperation": "coop",
    "coordination": "coord",
    "collaboration": "collab",
}

CANVAS_BACKGROUND = "#FAFAF7"
SELECTION = "#111111"
DISAGREEMENT = "#7A3E9D"
