"""Colours and line widths of the map: the one place they are defined. No Qt.

Two rules keep the map readable for everyone in the room, including the one person in
twelve with a colour-vision deficiency (tests/style checks both with simulated vision):

* **Trust and actor types share no hue.** Actor types are soft tints (blue, gold, pink,
  green, rose, aqua, stone, blank) with dark text, and each type also has its own box shape and
  glyph (see :mod:`.shapes`), so colour is never the only cue. Trust is a diverging ramp
  from burnt orange (very low) through grey (medium) to violet (very high): hues no type
  uses, and never red-to-green, since the 3C paper warns that more is not automatically
  better. Adjacent trust steps differ in lightness as well as hue, so "1 v. low" and
  "2 low" stay apart on a washed-out projector and under deuteranopia or protanopia.
* **Text is dark on light.** Every box fill is light enough for the same near-black ink.
"""

from __future__ import annotations

INK = "#1F1F1F"  # names, labels, outlines and glyphs
MUTED = "#5A5A5A"  # secondary text (dates, details)
SUBTITLE = "#4D4D4D"
PAPER = "#FFFFFF"  # badge and label backgrounds
CANVAS_BACKGROUND = "#FAFAF7"
SELECTION = "#111111"
ACCENT = "#0B5A9C"  # the app's own controls (projector header, buttons): no meaning on the map

TYPE_FILL: dict[str, str] = {
    "government": "#92C0EE",
    "private": "#E8D172",
    "academia": "#EFB6D4",
    "civil_society": "#A5D29B",
    "citizens": "#F6AEB2",
    "international": "#94D7DD",
    "intermediary": "#D5D1CA",
    "unknown": "#F3F3F1",  # nearly blank: the source does not say what kind of body it is
}
UNKNOWN_TYPE_FILL = "#E2E2E2"  # a type this version does not know (a newer file)

# Text colour that stays readable on each fill (all fills are light: one ink for all).
TYPE_TEXT: dict[str, str] = {key: INK for key in TYPE_FILL}

ACTOR_OUTLINE = "#3A3A3A"
ACTOR_OUTLINE_WIDTH = 1.3
SELECTED_OUTLINE_WIDTH = 3.2
ABSENT_DASH = (5.0, 3.0)  # scene units: an absent (ghost) actor's dashed outline
# Not described (the source is silent, which is not the same as absent): the box is drawn
# hollow (the canvas shows through) with a dotted outline and a "?" beside it; a relation
# not described in a phase is a thin dotted line. Dots, not dashes: dashes already mean
# "absent" on boxes and "not scored" on lines.
NOT_DESCRIBED_DASH = (1.3, 3.2)  # scene units
NOT_DESCRIBED_STROKE = "#4A4A4A"
NOT_DESCRIBED_TEXT = "#4D4D4D"
NOT_DESCRIBED_LINE = "#7D8791"
NOT_DESCRIBED_LINE_WIDTH = 1.8

TRUST_COLOUR: dict[int, str] = {
    1: "#8F3A00",
    2: "#EA8A2C",
    3: "#969696",
    4: "#6F4AB8",
    5: "#2E1458",
}
TRUST_NAME: dict[int, str] = {1: "dark orange", 2: "orange", 3: "grey", 4: "violet", 5: "dark violet"}
UNSCORED_COLOUR = "#A9B0B8"

# Commitment drives line width (scene units at 100 % zoom).
COMMITMENT_WIDTH: dict[int, float] = {1: 1.5, 2: 3.0, 3: 4.5, 4: 6.5, 5: 9.0}
UNSCORED_WIDTH = 1.6
UNSCORED_DASH = (7.0, 4.0)  # scene units, the same on the canvas and in SVG

# Disagreement: a small badge on the relation (the line keeps its trust colour).
DISAGREEMENT = "#C2185B"
DISAGREEMENT_SPREAD = 2  # highest minus lowest vote, on the 1–5 scale

# Reference marks: the levels a source states (a "reference" participant, e.g. the case
# record), drawn beside the room's and never mixed into its median: a diamond on the line,
# filled with the source's trust colour, sized by its commitment, with a dark rim.
REFERENCE_RIM = "#1F1F1F"
REFERENCE_STATED_TEXT = "#5B3A00"  # the class a source states, in a relation's label

THREE_C_SHORT: dict[str, str] = {
    "cooperation": "coop",
    "coordination": "coord",
    "collaboration": "collab",
}

# Guides of the lenses (scale rings, helix sectors): quiet, behind everything.
GUIDE_RING = "#D3D3C9"
GUIDE_LABEL = "#77776E"

# Relation labels and the legend box.
LABEL_TEXT = "#333333"
LABEL_BORDER = "#6B6B6B"
LABEL_BACKGROUND_ALPHA = 225  # of 255: the line shows faintly through the label
LEGEND_BORDER = "#B0B0B0"
LEGEND_BACKGROUND_ALPHA = 235
WIDTH_SAMPLE = "#555555"  # the neutral line that shows commitment widths in the legend

# Marks from the phase diff and "show me": line style and badge glyph carry the meaning,
# colour only repeats it (and stays clear of the trust ramp's orange and violet).
MARK_COLOUR: dict[str, str] = {
    "entered": "#00795A",
    "left": "#5F5F5F",
    "roles_changed": "#0061A8",
    "appeared": "#00795A",
    "ended": "#5F5F5F",
    "score_changed": "#0061A8",
    "focus": "#111111",
}
FOCUS_GLOW = "#F0E442"
MARK_BADGE_TEXT = PAPER
MARKED_SYMBOL_FILL = "#E8E8E4"

# Charts of the per-phase metrics: actor types use TYPE_FILL; the rest is one hue per
# series with a symbol too, and a single-hue ramp for scale (an order, not a verdict).
CHART_TEXT = "#222222"
CHART_MUTED = "#666666"
CHART_CURRENT = "#D55E00"  # the phase on the canvas
CHART_OUTLINE = "#333333"
CHART_SCALE: dict[str, str] = {
    "neighbourhood": "#C6DBEF",
    "city": "#9ECAE1",
    "regional": "#6BAED6",
    "national": "#3182BD",
    "international": "#08519C",
}
CHART_UNKNOWN = "#DDDDDD"  # a scale the source does not give
CHART_KIND: dict[str, str] = {
    "information": "#56B4E9",
    "resources": "#E69F00",
    "decision": "#0072B2",
    "agreement": "#009E73",
    "data": "#CC79A7",
    "funding": "#D55E00",
    "consultation": "#000000",
}
CHART_THREE_C: dict[str, str] = {
    "cooperation": "#56B4E9",
    "coordination": "#009E73",
    "collaboration": "#CC79A7",
    "unclassified": "#DDDDDD",
}
CHART_RANGE_BAR = "#D3DCE8"
CHART_MIDDLE_BAR = "#8FA6C4"
CHART_MEDIAN_LINE = "#1D3F7A"
CHART_GRID = "#D9D9D4"
CHART_GAP = "#9A9A9A"  # a sparkline's gap where a phase is not scored
CHART_DENSITY = "#0072B2"
CHART_CENTRALISATION = "#E69F00"
CHART_COMPONENTS = "#555555"
CHART_BROKER = "#CC79A7"


def type_fill(actor_type: str) -> str:
    """The fill of an actor type (a neutral grey for a type this version does not know)."""
    return TYPE_FILL.get(actor_type, UNKNOWN_TYPE_FILL)


def trust_colour(trust: int | None) -> str:
    """The line colour of a trust median (``None``: not scored)."""
    return TRUST_COLOUR.get(trust, UNSCORED_COLOUR) if trust is not None else UNSCORED_COLOUR


def commitment_width(commitment: int | None) -> float:
    """The line width of a commitment median (``None``: not scored)."""
    return COMMITMENT_WIDTH.get(commitment, UNSCORED_WIDTH) if commitment is not None else UNSCORED_WIDTH
