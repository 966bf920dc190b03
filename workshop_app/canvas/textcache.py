"""Text measuring for canvas items, cached across every item of every scene.

Measuring text is the costly part of laying out a box; a workshop has a handful of label
texts and one name per actor, so the results are kept per text and font scale.
"""

from __future__ import annotations

from typing import Container, Iterable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter
from PySide6.QtWidgets import QStyleOptionGraphicsItem, QWidget

from ..domain.model import Actor, Model
from ..style.labels import BOX_MAX_W, BOX_MIN_W, BOX_WIDE_W, MAX_NAME_LINES, NAME_INSET, name_box_width
from ..style.look import TEXT

# The name's rule (box widths, lines before a box widens, lines before a name is cut) is the
# style's, so the HTML snapshot's SVG draws a long name as the canvas does.
ACTOR_MIN_W = BOX_MIN_W
ACTOR_MAX_W = BOX_MAX_W
ACTOR_WIDE_W = BOX_WIDE_W
ACTOR_H = 50.0
V_PAD = 10.0  # above and below the text together, at label scale 1

MIN_LEGIBLE = 0.33  # zoom × font scale below which text on screen is under about 4 points


def legible(painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None, k: float) -> bool:
    """Whether text is worth drawing: always in exports (``widget`` None, they may be zoomed
    later), on screen only when the zoom makes it readable. Skipping text on a zoomed-out
    map of hundreds of actors makes repainting several times faster."""
    if widget is None:
        return True
    return option.levelOfDetailFromTransform(painter.worldTransform()) * k >= MIN_LEGIBLE


WRAP = int(Qt.AlignmentFlag.AlignHCenter) | int(Qt.AlignmentFlag.AlignTop) | int(Qt.TextFlag.TextWordWrap)
_FONTS: dict[float, tuple[QFont, QFont, QFont]] = {}
_ACTOR_LAYOUTS: dict[tuple[str, bool, float], tuple[QRectF, float, float, float, float, str]] = {}
_LABEL_SIZES: dict[tuple[str, float], tuple[float, float]] = {}


def fonts(k: float) -> tuple[QFont, QFont, QFont]:
    """Name, role and label fonts for one font scale (thousands of items share them)."""
    found = _FONTS.get(k)
    if found is None:
        name, role, label = (_font(key, k) for key in ("name", "role", "label"))
        found = _FONTS[k] = (name, role, label)
    return found


def _font(rule: str, k: float) -> QFont:
    """A font by the style's text rule (size, weight, slant), ``k`` times its size."""
    style = TEXT[rule]
    font = QFont()
    font.setPointSizeF(style.points * k)
    font.setBold(style.bold)
    font.setItalic(style.italic)
    return font


def actor_layout(name: str, has_roles: bool, k: float) -> tuple[QRectF, float, float, float, float, str]:
    """Box, text width, name height, role height, content top and wrapped name (cached).

    Names are drawn whole by the style's rule (:mod:`workshop_app.style.labels`): wrapped
    over up to three lines; a longer name first widens its box (up to ``ACTOR_WIDE_W``) and
    then takes more lines, so the room never reads "…f Turin - smart". Only text longer than
    ``MAX_NAME_LINES`` wide lines is cut. A box is no wider than its lines need (a two-line name in a box sized for one line and a
    half would take room from the map). Every length scales with ``k``, so a box at ``k``
    is ``k`` times the box at 1 (a hair wider where the text does not scale exactly).
    """
    key = (name, has_roles, k)
    found = _ACTOR_LAYOUTS.get(key)
    if found is not None:
        return found
    name_font, role_font, _ = fonts(k)
    fm = QFontMetricsF(name_font)
    w = _box_width(name, 1.0)
    if k != 1.0:  # the name breaks into the lines it takes at 1, in a box k times as wide
        unit = QFontMetricsF(fonts(1.0)[0])
        w = _keep_lines(fm, name, w * k, _lines(unit, name, w - NAME_INSET, unit.lineSpacing()), k)
    text_w = w - NAME_INSET * k
    wrapped = fit_lines(name, name_font, text_w, MAX_NAME_LINES)
    text_h = fm.boundingRect(QRectF(0, 0, text_w, 10_000), WRAP, wrapped).height()
    role_h = QFontMetricsF(role_font).height() if has_roles else 0.0
    content = text_h + (role_h + 2 * k if has_roles else 0.0)
    h = max(ACTOR_H * k - 8 * k, content + V_PAD * k)
    found = (QRectF(-w / 2, -h / 2, w, h), text_w, text_h, role_h, -h / 2 + (h - content) / 2, wrapped)
    if len(_ACTOR_LAYOUTS) > 50_000:
        _ACTOR_LAYOUTS.clear()
    _ACTOR_LAYOUTS[key] = found
    return found


class _FontMeasure:
    """The name font's measure for :func:`~workshop_app.style.labels.name_box_width`."""

    def __init__(self, fm: QFontMetricsF) -> None:
        self.fm = fm
        self.line = fm.lineSpacing()

    def advance(self, text: str) -> float:
        return self.fm.horizontalAdvance(text)

    def lines(self, text: str, width: float, advance: float) -> int:
        return _lines(self.fm, text, width, self.line, advance)


def _box_width(name: str, k: float) -> float:
    """The width of a name's box at label scale ``k`` (see :func:`actor_layout`)."""
    return name_box_width(name, _FontMeasure(QFontMetricsF(fonts(k)[0])), k)


def _keep_lines(fm: QFontMetricsF, name: str, w: float, lines: int, k: float) -> float:
    """``w``, or a little wider if the name needs it to wrap into ``lines`` lines at label
    scale ``k`` as it does at 1 (text does not grow exactly in proportion to its size)."""
    line = fm.lineSpacing()
    advance = fm.horizontalAdvance(name)
    if _lines(fm, name, w - NAME_INSET * k, line, advance) <= lines:
        return w
    lo, hi = w, w * 1.15
    if _lines(fm, name, hi - NAME_INSET * k, line, advance) > lines:
        return w
    for _ in range(8):
        mid = (lo + hi) / 2
        lo, hi = (lo, mid) if _lines(fm, name, mid - NAME_INSET * k, line, advance) <= lines else (mid, hi)
    return hi


def _lines(fm: QFontMetricsF, text: str, width: float, line: float, advance: float | None = None) -> int:
    """How many lines ``text`` wraps into at ``width`` (a long paste counts as many);
    ``advance`` is the text's width on one line when the caller has measured it already (the
    searches below ask this for one name at many widths)."""
    if (fm.horizontalAdvance(text) if advance is None else advance) > width * (MAX_NAME_LINES + 2):
        return MAX_NAME_LINES + 2
    return round(fm.boundingRect(QRectF(0, 0, width, 10_000), WRAP, text).height() / line)


def label_size(text: str, k: float) -> tuple[float, float]:
    size = _LABEL_SIZES.get((text, k))
    if size is None:
        fm = QFontMetricsF(fonts(k)[2])
        size = _LABEL_SIZES[(text, k)] = (fm.horizontalAdvance(text) + 10 * k, fm.height() + 2 * k)
    return size


def fit_lines(text: str, font: QFont, width: float, lines: int) -> str:
    """Shorten a long name word by word until it wraps into ``lines`` lines, with an ellipsis.

    A binary search over the number of words keeps this to a handful of measurements, even
    for a pasted paragraph; the text is first cut to what ``lines`` lines could ever hold.
    """
    fm = QFontMetricsF(font)
    limit = fm.lineSpacing() * (lines + 0.5)

    def height(t: str) -> float:
        return fm.boundingRect(QRectF(0, 0, width, 10_000), WRAP, t).height()

    budget = int((lines + 1) * width / max(fm.horizontalAdvance("i"), 1.0)) + 1
    if len(text) <= budget and height(text) <= limit:
        return text
    words = text[:budget].split()
    lo, hi = 1, len(words) - 1  # the longest prefix (in words) that still fits, if any
    best = 0
    while lo <= hi:
        mid = (lo + hi) // 2
        if height(" ".join(words[:mid]) + "…") <= limit:
            best, lo = mid, mid + 1
        else:
            hi = mid - 1
    if best:
        return " ".join(words[:best]) + "…"
    return fm.elidedText(text, Qt.TextElideMode.ElideRight, width)


# -- which view is painting ------------------------------------------------------------------
VIEW_SCALE_PROPERTY = "workshop_label_scale"


def view_scale(widget: QWidget | None, default: float) -> float:
    """The label scale of the view whose viewport is ``widget`` (items are told it in
    ``paint``); ``default`` for exports (no widget) and views that keep the scene's own."""
    if widget is None:
        return default
    value = widget.property(VIEW_SCALE_PROPERTY)
    return default if value is None else float(value)


# -- boxes for arranging ------------------------------------------------------------------------
LAYOUT_SCALE = 1.25  # arranging and tidying make room for boxes at this label scale
LAYOUT_GAP = (24.0, 18.0)  # kept between boxes by arranging, at label scale 1


def layout_sizes(actors: Iterable[Actor], k: float = LAYOUT_SCALE,
                 with_roles: Container[int] | None = None) -> dict[int, tuple[float, float]]:
    """Every actor's box as the canvas draws it at label scale ``k``, for arranging and
    tidying: with its role line if the actor is in ``with_roles`` (the actors holding a role
    in some phase), or always when that is not known (the larger of its two looks)."""
    out = {}
    for a in actors:
        roles = with_roles is None or a.id in with_roles
        box = actor_layout(a.name, roles, k)[0]
        out[a.id] = (box.width(), box.height())
    return out


def role_holders(model: Model) -> set[int]:
    """Actors that hold a role in some phase they take part in (their boxes have a role line)."""
    return {p.actor_id for p in model.tables["presence"].values() if p.roles and p.state == "present"}


def model_sizes(model: Model, k: float = LAYOUT_SCALE) -> dict[int, tuple[float, float]]:
    """:func:`layout_sizes` of every actor of ``model``, each with the role line it may show."""
    return layout_sizes(model.actors, k, role_holders(model))


def layout_gap(k: float = LAYOUT_SCALE) -> tuple[float, float]:
    """The room arranging keeps between boxes drawn at label scale ``k``."""
    return (LAYOUT_GAP[0] * k, LAYOUT_GAP[1] * k)
