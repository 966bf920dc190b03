"""The legend in other shapes, for a wall whose map leaves no corner free.

The usual legend (``overlay.paint_legend``) is a box about 300 pixels wide: beside a crowded
map on the wall it takes a sixth of the screen's width from the names. Two other shapes of
the same keys cost a map less, and the view takes whichever leaves the names largest:

* "wide": a few long rows (actor types in the first, the relation keys in the second, marks
  in a third when there are any), a strip about as high as two lines of text under a wide
  map, or in the heading band beside a short phase name;
* "narrow": one key per row (the five widths side by side), a column about 200 pixels wide
  beside a tall map.

Every key is painted by the functions that paint the usual legend and the map, from the same
``legend_entries``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from ..domain.i18n import N_, tr
from ..style import palette
from ..style.look import LegendEntry, legend_entries
from .overlay import (
    ACTOR_ROW,
    Marks,
    _badge,
    _legend_fonts,
    paint_actor_swatch,
    paint_relation_sample,
    split_marks,
)
from .towers import paint_tower_key

CAPTIONS = {"actor": N_("Actor type:"), "trust": N_("Trust (colour):"), "width": N_("Commitment (width):")}
SHAPES = ("wide", "narrow")


@dataclass(frozen=True)
class _Cell:
    kind: str  # caption | actor | trust | width | mark | another relation key
    key: str
    label: str
    width: float


def _rows(scale: float, marks: Marks, shape: str = "wide") -> list[tuple[float, list[_Cell]]]:
    """The rows (height, cells) of the legend in ``shape`` ("wide" or "narrow")."""
    s = scale
    f, bold = _legend_fonts(s)
    fm, fm_bold = QFontMetricsF(f), QFontMetricsF(bold)
    line = fm.height() + 3 * s
    towers, marks = split_marks(marks)

    def caption(text: str) -> _Cell:
        return _Cell("caption", "", text, fm_bold.horizontalAdvance(text) + 8 * s)

    def cell(entry: LegendEntry) -> _Cell:
        if entry.kind == "actor":
            return _Cell("actor", entry.key, entry.label, 40 * s + fm.horizontalAdvance(entry.label) + 14 * s)
        if entry.kind == "trust":
            return _Cell("trust", entry.key, entry.label, 29 * s + fm.horizontalAdvance(entry.label) + 12 * s)
        if entry.kind == "width":
            return _Cell("width", entry.key, entry.key, 28 * s + fm.horizontalAdvance(entry.key) + 10 * s)
        if entry.kind == "tower":
            return _Cell("tower", entry.key, entry.label, 20 * s + fm.horizontalAdvance(entry.label) + 12 * s)
        return _Cell(entry.kind, entry.key, entry.label, 40 * s + fm.horizontalAdvance(entry.label) + 14 * s)

    rows: list[tuple[float, list[_Cell]]] = []
    if shape == "narrow":
        for section in legend_entries(towers):
            kind = section.entries[0].kind
            if kind in CAPTIONS:
                rows.append((line, [caption(CAPTIONS[kind])]))
            elif kind == "tower":
                rows.append((line, [caption(section.title)]))
            if kind == "width":  # five short lines side by side
                rows.append((line, [cell(e) for e in section.entries]))
                continue
            height = line * ACTOR_ROW if kind == "actor" else line
            rows += [(height, [cell(e)]) for e in section.entries]
        if marks:
            rows.append((line, [caption(tr("Marks:"))]))
            rows += [(line, [_Cell("mark", kind, label, line + fm.horizontalAdvance(label) + 14 * s)])
                     for kind, label in marks]
        return rows
    actors: list[_Cell] = []
    relations: list[_Cell] = []
    shown_towers: list[_Cell] = []
    for section in legend_entries(towers):
        kind = section.entries[0].kind
        into = actors if kind == "actor" else shown_towers if kind == "tower" else relations
        if kind in CAPTIONS:
            into.append(caption(tr(CAPTIONS[kind])))
        elif kind == "tower":
            into.append(caption(section.title))
        into.extend(cell(e) for e in section.entries)
    rows = [(line * ACTOR_ROW, actors), (line, relations)]
    if shown_towers:
        rows.append((line, shown_towers))
    if marks:
        rows.append((line, [caption(tr("Marks:"))] + [
            _Cell("mark", kind, label, line + fm.horizontalAdvance(label) + 14 * s) for kind, label in marks]))
    return rows


def legend_size(shape: str, scale: float = 1.0, marks: Marks = ()) -> QSizeF:
    """Width and height of the legend in ``shape`` (see the module's docstring)."""
    rows = _rows(scale, marks, shape)
    width = max(sum(c.width for c in cells) for _, cells in rows) + 16 * scale
    return QSizeF(width, sum(h for h, _ in rows) + 3 * scale * (len(rows) - 1) + 16 * scale)


def paint_legend(shape: str, painter: QPainter, rect: QRectF, scale: float = 1.0, marks: Marks = (),
                 mark_painter: Callable[[QPainter, str, QRectF], bool] | None = None) -> None:
    """Paint the legend in ``shape`` with its top-left corner at ``rect.topLeft()``."""
    s = scale
    f, bold = _legend_fonts(s)
    size = legend_size(shape, s, marks)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(palette.LEGEND_BORDER), 1))
    paper = QColor(palette.PAPER)
    paper.setAlpha(palette.LEGEND_BACKGROUND_ALPHA)
    painter.setBrush(paper)
    painter.drawRoundedRect(QRectF(rect.topLeft(), size), 6, 6)
    left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

    def text(r: QRectF, words: str, font: QFont = f) -> None:
        painter.setFont(font)
        painter.setPen(QColor(palette.INK))
        painter.drawText(r, left, words)

    y = rect.top() + 8 * s
    for height, cells in _rows(s, marks, shape):
        x = rect.left() + 8 * s
        mid = y + height / 2
        for c in cells:
            if c.kind == "caption":
                text(QRectF(x, y, c.width, height), c.label, bold)
            elif c.kind == "actor":
                paint_actor_swatch(painter, c.key, QRectF(x + 2 * s, y + 3 * s, 34 * s, height - 6 * s), s)
                text(QRectF(x + 40 * s, y, c.width - 40 * s, height), c.label)
            elif c.kind == "tower":
                paint_tower_key(painter, c.key or None, QRectF(x + 2 * s, y + 1 * s, 14 * s, height - 2 * s))
                text(QRectF(x + 20 * s, y, c.width - 20 * s, height), c.label)
            elif c.kind in ("trust", "width"):
                paint_relation_sample(painter, c.kind, c.key, QPointF(x + 2 * s, mid), QPointF(x + 24 * s, mid), s)
                text(QRectF(x + 28 * s, y, c.width - 28 * s, height), c.label)
            elif c.kind == "mark":
                symbol = QRectF(x + 2 * s, y + 2 * s, height - 4 * s, height - 4 * s)
                painter.save()
                drawn = bool(mark_painter(painter, c.key, symbol)) if mark_painter is not None else False
                painter.restore()
                if not drawn:
                    _badge(painter, c.key, symbol, s)
                text(QRectF(x + height + 2 * s, y, c.width - height - 2 * s, height), c.label)
            else:
                paint_relation_sample(painter, c.kind, c.key, QPointF(x + 2 * s, mid), QPointF(x + 34 * s, mid), s)
                text(QRectF(x + 40 * s, y, c.width - 40 * s, height), c.label)
            x += c.width
        y += height + 3 * s
    painter.restore()


__all__ = ["SHAPES", "legend_size", "paint_legend"]
