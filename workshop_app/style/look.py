"""How one actor, one relation and the legend look: small pure functions over the palette.

The canvas items, the legend overlay, the HTML snapshot's SVG and the snapshot pack all ask
these functions, so a relation drawn on the projector, in a PNG and in the browser has the
same colour, width, dashes and badge, and the legend explains exactly what is drawn.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from ..domain.i18n import N_, in_sentence, tr
from ..domain.terms import term
from ..domain.vocabulary import ACTOR_TYPES
from . import palette

# -- actors ------------------------------------------------------------------------------
# (outline, glyph, top bar, the glyph in words): every type differs in outline AND glyph.
_ACTOR_LOOK: dict[str, tuple[str, str, bool, str]] = {
    "government": ("square", "pediment", True, "square box with a dark top bar, pediment glyph"),
    "private": ("rounded", "briefcase", False, "rounded box, briefcase glyph"),
    "academia": ("chamfered", "mortarboard", False, "box with cut corners, mortarboard glyph"),
    "civil_society": ("square", "speech", False, "square box, speech-bubble glyph"),
    "citizens": ("stadium", "person", False, "fully rounded (pill) box, person glyph"),
    "international": ("pointed", "globe", False, "box with pointed ends, globe glyph"),
    "intermediary": ("notched", "exchange", False, "box with notched ends, two-arrows glyph"),
    "unknown": ("slanted", "question", False, "slanted box, question-mark glyph"),
}
_UNKNOWN_LOOK = ("rounded", "", False, "rounded grey box")
ACTOR_STATES = ("present", "absent", "not_described", "selected")
NOT_DESCRIBED_MARKER = "?"  # beside a box the source is silent about


@dataclass(frozen=True)
class ActorStyle:
    """Everything that decides how an actor box is painted (its size is the layout's)."""

    actor_type: str
    label: str
    fill: str
    text: str
    outline: str  # one of shapes.OUTLINES
    glyph: str  # a key of shapes.GLYPHS ("" for an unknown type)
    top_bar: bool
    stroke: str
    stroke_width: float
    dash: tuple[float, float] | None  # scene units; None = solid
    described: str  # the shape in words, for the legend's tooltips and the README
    hollow: bool = False  # not described: no fill of its own, the canvas shows through
    marker: str = ""  # a sign beside the box ("?" for not described)


@lru_cache(maxsize=256)
def actor_style(actor_type: str, state: str = "present", selected: bool = False) -> ActorStyle:
    """The look of an actor of ``actor_type`` that is present, absent (ghost), not described
    or selected (``state="selected"``: a selected present actor, as before schema 3).

    Absent keeps the type's fill and dashes the outline; not described is hollow (no fill of
    its own), dotted, and marked "?", so "the source is silent" never reads as "left". A
    selected box keeps its state's dashes or dots and gets the thick selection outline.
    """
    if state not in ACTOR_STATES:
        raise ValueError(f"unknown actor state {state!r}; choose one of {', '.join(ACTOR_STATES)}.")
    outline, glyph, bar, words = _ACTOR_LOOK.get(actor_type, _UNKNOWN_LOOK)
    selected = selected or state == "selected"
    silent = state == "not_described"
    stroke = palette.NOT_DESCRIBED_STROKE if silent else palette.ACTOR_OUTLINE
    return ActorStyle(
        actor_type=actor_type,
        label=ACTOR_TYPES.get(actor_type, actor_type.replace("_", " ").capitalize()),
        fill=palette.CANVAS_BACKGROUND if silent else palette.type_fill(actor_type),
        text=palette.NOT_DESCRIBED_TEXT if silent else palette.TYPE_TEXT.get(actor_type, palette.INK),
        outline=outline,
        glyph=glyph,
        top_bar=bar and not silent,
        stroke=palette.SELECTION if selected else stroke,
        stroke_width=palette.SELECTED_OUTLINE_WIDTH if selected else palette.ACTOR_OUTLINE_WIDTH,
        dash={"absent": palette.ABSENT_DASH, "not_described": palette.NOT_DESCRIBED_DASH}.get(state),
        described=words,
        hollow=silent,
        marker=NOT_DESCRIBED_MARKER if silent else "",
    )


@dataclass(frozen=True)
class Marker:
    """Where the "?" of a not-described box goes and how large, on a ``w`` x ``h`` box."""

    x: float  # the centre of the sign, relative to the box's centre
    y: float
    size: float  # text height in scene units


def marker_place(w: float, h: float, k: float = 1.0) -> Marker:
    """Just inside the top-right corner (the top-left holds the type's glyph)."""
    return Marker(w / 2 - 8.0 * k, -h / 2 + 9.0 * k, 13.0 * k)


@dataclass(frozen=True)
class GlyphBadge:
    """The round badge holding an actor type's glyph, at the box's top-left corner."""

    cx: float
    cy: float
    radius: float
    glyph_size: float  # from the glyph's centre to its edge
    stroke_width: float


def glyph_badge(w: float, h: float, k: float = 1.0) -> GlyphBadge:
    """Where the type glyph sits on a ``w`` × ``h`` box centred on the origin.

    Centred just outside the top-left corner, so it never covers the text area (7 × ``k``
    in from every side) and reads from the back of the room.
    """
    r = 9.5 * k
    return GlyphBadge(-w / 2 - 1.0 * k, -h / 2 - 1.0 * k, r, r * 0.62, 1.0 * k)


# -- relations ---------------------------------------------------------------------------
@dataclass(frozen=True)
class RelationStyle:
    """Colour = trust, width = commitment, dashes = not scored, badge = votes differ."""

    colour: str
    width: float
    dash: tuple[float, float] | None  # scene units; None = solid
    badge: bool


@lru_cache(maxsize=512)
def relation_style(trust: int | None, commitment: int | None, spread: int | None = 0) -> RelationStyle:
    """The look of a relation from its trust and commitment medians and its widest spread.

    Dashed only when neither trust nor commitment is scored; the disagreement badge only
    when the votes on some dimension differ by :data:`palette.DISAGREEMENT_SPREAD` or more.
    """
    return RelationStyle(
        colour=palette.trust_colour(trust),
        width=palette.commitment_width(commitment),
        dash=palette.UNSCORED_DASH if trust is None and commitment is None else None,
        badge=(spread or 0) >= palette.DISAGREEMENT_SPREAD,
    )


def not_described_relation_style() -> RelationStyle:
    """A relation not described in a phase (shown only with ghosts): a thin dotted grey line,
    whatever its votes, since nothing is said about it in this phase."""
    return RelationStyle(palette.NOT_DESCRIBED_LINE, palette.NOT_DESCRIBED_LINE_WIDTH,
                         palette.NOT_DESCRIBED_DASH, False)


@dataclass(frozen=True)
class ReferenceMark:
    """A source's levels on a relation: a diamond on the line (see :func:`reference_mark`)."""

    radius: float  # centre to tip
    fill: str
    rim: str
    rim_width: float


# Where the diamond sits: on the left end of the relation's label, as a tag of it; without
# labels, this far along the line from the source end (the middle is the label's place).
REFERENCE_AT = 0.3


@lru_cache(maxsize=128)
def reference_mark(trust: int | None, commitment: int | None, k: float = 1.0) -> ReferenceMark:
    """The diamond of a source's levels: the trust colour it states, larger for a higher
    commitment (the same two cues as the line), with a dark rim so it reads on any line."""
    width = palette.commitment_width(commitment)
    return ReferenceMark((5.5 + 0.5 * width) * k, palette.trust_colour(trust), palette.REFERENCE_RIM, 1.4 * k)


def diamond(cx: float, cy: float, r: float) -> list[tuple[float, float]]:
    """The corners of a diamond (top, right, bottom, left)."""
    return [(cx, cy - r), (cx + r, cy), (cx, cy + r), (cx - r, cy)]


@dataclass(frozen=True)
class Badge:
    """The disagreement badge: a paper disc with a coloured ring and the "≠" glyph."""

    radius: float
    ring: str
    ring_width: float
    glyph: str
    glyph_size: float
    fill: str
    gap: float  # from the relation's label to the badge's edge


@lru_cache(maxsize=64)
def disagreement_badge(k: float = 1.0) -> Badge:
    r = 8.5 * k
    return Badge(r, palette.DISAGREEMENT, 1.8 * k, "differ", r * 0.6, palette.PAPER, 2.0 * k)


def badge_centre(mid: tuple[float, float], label: tuple[float, float, float, float] | None,
                 k: float = 1.0) -> tuple[float, float]:
    """Where the disagreement badge goes: just right of the relation's label
    (left, top, width, height) when one is drawn, else on the middle of the line."""
    if label is None:
        return mid
    b = disagreement_badge(k)
    left, top, width, height = label
    return (left + width + b.gap + b.radius, top + height / 2)


def arrow_size(width: float) -> float:
    """Length of a directed relation's arrowhead for a line of ``width``."""
    return 9.0 + width * 0.9


ARROW_HALF_ANGLE = 0.42  # radians


# -- text --------------------------------------------------------------------------------
@dataclass(frozen=True)
class TextStyle:
    points: float
    bold: bool = False
    italic: bool = False

    @property
    def px(self) -> float:
        """The size in CSS/SVG pixels (96 per inch), as the canvas draws it at 100 %."""
        return self.points * 96.0 / 72.0


TEXT: dict[str, TextStyle] = {
    "name": TextStyle(10.5, bold=True),
    "role": TextStyle(8.5, italic=True),
    "label": TextStyle(7.5),
    "title": TextStyle(15.0, bold=True),
    "subtitle": TextStyle(10.0),
    "detail": TextStyle(8.5),
    "legend": TextStyle(8.0),
    "legend_header": TextStyle(8.0, bold=True),
}


STATED_SIGN = "◆"  # before the class a source states, as the diamond marks its levels


def relation_label(kind: str, threec: str | None, stated: tuple[str, ...] = ()) -> str:
    """The text on a relation: its kind and, once all three scores are in, the room's 3C
    class; then ``◆`` and the class(es) a source states, when shown ("agreement ◆coop"), in
    the language in force."""
    words = in_sentence(term("relation kind", kind))
    text = words + " · " + three_c_short(threec) if threec in palette.THREE_C_SHORT else words
    said = "/".join(three_c_short(c) for c in stated if c in palette.THREE_C_SHORT)
    return f"{text} {STATED_SIGN}{said}" if said else text


def three_c_short(threec: str) -> str:
    """The short word for a 3C class on a relation's label ("coop"), in the language in force."""
    return tr(palette.THREE_C_SHORT[threec], "3C short")


def roles_line(role_labels: list[str] | tuple[str, ...], present: bool) -> str:
    """The second line of a box: the roles held in the phase (nothing when absent)."""
    return ", ".join(role_labels) if present else ""


# -- legend ------------------------------------------------------------------------------
# The legend's words are marked for the catalogues here and translated where the legend is
# made (``legend_entries``) or a word is shown (``tr(WITHHELD_LABEL)``).
SCORE_SHORT: dict[int, str] = {1: N_("1 v. low"), 2: N_("2 low"), 3: N_("3 med."), 4: N_("4 high"),
                               5: N_("5 v. high")}
SCORE_WORDS: dict[int, str] = {1: N_("1 very low"), 2: N_("2 low"), 3: N_("3 medium"), 4: N_("4 high"),
                               5: N_("5 very high")}
ACTORS_HEADER = N_("Actor type: shape, glyph and colour")
RELATIONS_HEADER = N_("Relations: colour = trust, width = commitment")
UNSCORED_LABEL = N_("not scored")
NOT_DESCRIBED_LABEL = N_("not described")
NOT_DESCRIBED_WORDS = N_("not described in this phase (hollow dotted box, dotted line): the source is silent")
REFERENCE_LABEL = N_("◆ a source's levels")
REFERENCE_WORDS = N_("◆ on a line: the levels a source states (colour = trust, size = commitment), "
                     "never counted in the room's median; ◆coop in a label: the class it states")
WITHHELD_LABEL = N_("voting…")  # a relation whose blind question is open: no colour, no class yet
WITHHELD_WORDS = N_("The room is voting on this relation; its votes are shown once revealed")
DISAGREEMENT_LABEL = N_("votes differ by 2+")
DISAGREEMENT_WORDS = N_("votes differ by 2 or more")
TOWERS_HEADER = N_("Influence towers: height = influence 0–5")
TOWER_KEYS = ("supports", "neutral", "opposes", "mixed", "")  # "": the stance is not recorded
TOWER_UNRECORDED = N_("stance not recorded")
TOWER_WORDS: dict[str, str] = {
    "opposes": N_("Opposes the goal (hollow blocks)"),
    "mixed": N_("Mixed (half-filled blocks)"),
}


@dataclass(frozen=True)
class LegendEntry:
    kind: str  # actor | trust | width | unscored | disagreement | not_described | reference | tower
    key: str  # the actor type, or the score as text
    label: str  # short, for the legend box on the map
    words: str = ""  # longer, where there is room (the HTML page); empty: the label

    @property
    def text(self) -> str:
        return self.words or self.label


@dataclass(frozen=True)
class LegendSection:
    title: str
    columns: int
    entries: tuple[LegendEntry, ...]


def legend_entries(towers: bool = False) -> list[LegendSection]:
    """What the legend explains, in order: the same on screen, in print and in HTML (in the
    language in force). ``towers``: the map shows Net-Map influence towers, so the legend
    says how to read them (their height, and their shade by the actor's stance)."""
    sections = [
        LegendSection(tr(ACTORS_HEADER), 2, tuple(LegendEntry("actor", key, term("actor type", key))
                                                 for key in ACTOR_TYPES)),
        LegendSection(tr(RELATIONS_HEADER), 5, tuple(LegendEntry("trust", str(v), tr(SCORE_SHORT[v]),
                                                                 tr(SCORE_WORDS[v])) for v in range(1, 6))),
        LegendSection("", 5, tuple(LegendEntry("width", str(v), tr(SCORE_SHORT[v]), tr(SCORE_WORDS[v]))
                                   for v in range(1, 6))),
        LegendSection("", 2, (LegendEntry("unscored", "", tr(UNSCORED_LABEL)),
                              LegendEntry("disagreement", "", tr(DISAGREEMENT_LABEL), tr(DISAGREEMENT_WORDS)))),
        LegendSection("", 2, (LegendEntry("not_described", "", tr(NOT_DESCRIBED_LABEL), tr(NOT_DESCRIBED_WORDS)),
                              LegendEntry("reference", "", tr(REFERENCE_LABEL), tr(REFERENCE_WORDS)))),
    ]
    if towers:
        sections.append(LegendSection(tr(TOWERS_HEADER), 2, tuple(
            LegendEntry("tower", key, term("alignment", key) if key else tr(TOWER_UNRECORDED),
                        tr(TOWER_WORDS[key]) if key in TOWER_WORDS else "")
            for key in TOWER_KEYS)))
    return sections


__all__ = ["ACTORS_HEADER", "ACTOR_STATES", "ARROW_HALF_ANGLE", "ActorStyle", "Badge", "DISAGREEMENT_LABEL",
           "GlyphBadge", "LegendEntry", "LegendSection", "Marker", "NOT_DESCRIBED_LABEL", "NOT_DESCRIBED_MARKER",
           "REFERENCE_AT", "REFERENCE_LABEL", "RELATIONS_HEADER", "ReferenceMark", "RelationStyle",
           "SCORE_SHORT", "SCORE_WORDS", "STATED_SIGN", "TEXT", "TOWERS_HEADER", "TOWER_KEYS", "TextStyle",
           "UNSCORED_LABEL", "WITHHELD_LABEL",
           "WITHHELD_WORDS", "actor_style",
           "arrow_size", "badge_centre", "diamond", "disagreement_badge", "glyph_badge", "legend_entries",
           "marker_place", "not_described_relation_style", "reference_mark", "relation_label", "roles_line",
           "three_c_short"]
