"""The title block and the legend, painted on top of a map.

The screen view and every exporter (PNG, SVG, PDF, the snapshot pack) call these functions,
so a handout reads exactly like the projected canvas: same wording, same colour keys. All
sizes are in the painter's current units and grow with ``scale`` (projector, print).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Sequence

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from ..domain.i18n import N_, tr
from ..domain.model import Model
from ..style import palette
from ..style.look import (SCORE_SHORT, TEXT, LegendSection, TextStyle, actor_style,
                          legend_entries, not_described_relation_style, reference_mark, relation_style)
from . import items
from .style_paint import (paint_actor_box, paint_disagreement_badge, paint_glyph, paint_marker,
                          paint_reference_mark, relation_pen)
from .towers import paint_tower_key

SHORT_SCORE = SCORE_SHORT
MARKS_HEADER = N_("Marks")
MARGIN = 12.0

Marks = Sequence[tuple[str, str]]
# What a scene adds to the standard legend travels as its "marks": the marks proper and, while
# influence towers stand on the map, this entry, for which the legend adds the towers' section
# (so every legend, its size and the views' cache of sizes follow the towers with the marks).
TOWERS_MARK = ("influence_towers", "")


@dataclass(frozen=True)
class TitleBlock:
    """What the room reads first: the phase line, the session title and an optional detail."""

    title: str
    subtitle: str = ""
    detail: str = ""


def phase_title(model: Model, phase_id: int) -> str | None:
    """ "Phase i of n: name", or ``None`` when the phase no longer exists."""
    if phase_id not in model.tables["phases"]:
        return None
    phases = model.phases
    index = [p.id for p in phases].index(phase_id) + 1
    return tr("Phase {i} of {n}: {name}").format(i=index, n=len(phases), name=model.phase(phase_id).name)


def marks_of(scene: Any) -> list[tuple[str, str]]:
    """What the scene adds to the legend: its marks [(kind, label)] when it offers some, and
    ``TOWERS_MARK`` while influence towers stand on its map."""
    getter = getattr(scene, "marks_legend", None)
    found = [] if getter is None else [(str(kind), str(label)) for kind, label in (getter() or [])]
    if getattr(scene, "towers_shown", False):
        found.append(TOWERS_MARK)
    return found


def split_marks(marks: Marks) -> tuple[bool, list[tuple[str, str]]]:
    """(whether the legend explains influence towers, the marks proper)."""
    proper = [(str(k), str(label)) for k, label in marks if (k, label) != TOWERS_MARK]
    return len(proper) != len(marks), proper


# -- title -------------------------------------------------------------------------------
def _font(rule: TextStyle, scale: float) -> QFont:
    font = QFont()
    font.setPointSizeF(rule.points * scale)
    font.setBold(rule.bold)
    font.setItalic(rule.italic)
    return font


def _title_fonts(scale: float) -> tuple[QFont, QFont, QFont]:
    return _font(TEXT["title"], scale), _font(TEXT["subtitle"], scale), _font(TEXT["detail"], scale)


def title_size(block: TitleBlock, scale: float = 1.0) -> QSizeF:
    """The room the title block needs (so exporters can place the map below it)."""
    big, sub, small = _title_fonts(scale)
    width = QFontMetricsF(big).horizontalAdvance(block.title)
    height = 10 * scale + QFontMetricsF(big).height()
    for text, font in ((block.subtitle, sub), (block.detail, small)):
        if text:
            fm = QFontMetricsF(font)
            width = max(width, fm.horizontalAdvance(text))
            height += fm.height() + 4
    return QSizeF(14 * scale + width, height + 6 * scale)


def paint_title(painter: QPainter, target: QRectF, scale: float, block: TitleBlock) -> QRectF:
    """Paint the title block at the top-left of ``target``; long lines are elided to fit."""
    big, sub, small = _title_fonts(scale)
    x = target.left() + 14 * scale
    avail = max(10.0, target.width() - 28 * scale)
    fm = QFontMetricsF(big)
    y = target.top() + 10 * scale + fm.ascent()
    painter.setFont(big)
    painter.setPen(QColor(palette.INK))
    painter.drawText(QPointF(x, y), fm.elidedText(block.title, Qt.TextElideMode.ElideRight, avail))
    for text, font, colour in ((block.subtitle, sub, palette.SUBTITLE), (block.detail, small, palette.MUTED)):
        if not text:
            continue
        fmx = QFontMetricsF(font)
        y += fmx.height() + 4  # next baseline, as the screen has always placed the subtitle
        painter.setFont(font)
        painter.setPen(QColor(colour))
        painter.drawText(QPointF(x, y), fmx.elidedText(text, Qt.TextElideMode.ElideRight, avail))
    size = title_size(block, scale)
    return QRectF(target.left(), target.top(), min(size.width(), target.width()), size.height())


# -- legend ------------------------------------------------------------------------------
ACTOR_ROW = 1.35  # an actor type's row, in text lines: room for its shape and glyph


def _legend_fonts(scale: float) -> tuple[QFont, QFont]:
    return _font(TEXT["legend"], scale), _font(TEXT["legend_header"], scale)


def _legend_rows(scale: float, marks: Marks) -> list[tuple[LegendSection | None, float]]:
    """Each row of the legend and its height (a section title is a row of its own)."""
    f, _ = _legend_fonts(scale)
    line = QFontMetricsF(f).height() + 3 * scale
    towers, marks = split_marks(marks)
    rows: list[tuple[LegendSection | None, float]] = []
    for section in legend_entries(towers):
        if section.title:
            rows.append((None, line))
        count = -(-len(section.entries) // section.columns)
        if section.entries[0].kind == "actor":
            rows += [(section, line * ACTOR_ROW)] * count
        elif section.entries[0].kind == "trust":
            rows.append((section, 2 * line))  # the colours, their labels below
        else:
            rows += [(section, line)] * count
    if marks:
        rows += [(None, line)] * (1 + len(marks))
    return rows


def legend_size(scale: float = 1.0, marks: Marks = ()) -> QSizeF:
    """Width and height of the legend box; the width grows to fit its longest line."""
    f, bold = _legend_fonts(scale)
    fm_bold, fm = QFontMetricsF(bold), QFontMetricsF(f)
    towers, proper = split_marks(marks)
    headers = [s.title for s in legend_entries(towers) if s.title]
    widest = max([fm_bold.horizontalAdvance(h) for h in headers]
                 + [fm.horizontalAdvance(label) + 28 * scale for _, label in proper])
    width = max(300 * scale, widest + 24 * scale)
    return QSizeF(width, sum(h for _, h in _legend_rows(scale, marks)) + 16 * scale)


def legend_rect(target: QRectF, scale: float = 1.0, marks: Marks = (), margin: float = MARGIN) -> QRectF:
    """Where the legend sits in ``target``: its bottom-left corner, ``margin`` from the edges."""
    size = legend_size(scale, marks)
    m = margin * scale
    return QRectF(target.left() + m, target.bottom() - size.height() - m, size.width(), size.height())


def paint_actor_swatch(painter: QPainter, actor_type: str, rect: QRectF, scale: float) -> None:
    """An actor type's key: a small box of its shape and colour with its glyph inside."""
    style = actor_style(actor_type)
    k = rect.height() / 34.0  # the outline's corners as on a box about 34 units high
    paint_actor_box(painter, style, rect, k)
    paint_glyph(painter, style.glyph, rect.center() + QPointF(0, rect.height() * 0.06 if style.top_bar else 0),
                rect.height() * 0.3)


def paint_relation_sample(painter: QPainter, kind: str, key: str, a: QPointF, b: QPointF, scale: float) -> None:
    """A short line as the map draws it: a trust colour, a width, "not scored", a badge, a
    source's diamond, or a not-described box with its dotted line."""
    if kind == "not_described":
        _paint_not_described_sample(painter, a, b, scale)
        return
    if kind == "trust":
        style = relation_style(int(key), 3)
    elif kind == "width":
        style = relation_style(3, int(key))
    elif kind == "disagreement":
        style = relation_style(3, 3, palette.DISAGREEMENT_SPREAD)
    else:
        style = relation_style(None, None)
    colour = QColor(palette.WIDTH_SAMPLE) if kind == "width" else QColor(style.colour)
    pen = relation_pen(style, colour=colour, scale=scale)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    painter.setPen(pen)
    painter.drawLine(a, b)
    if kind == "disagreement":
        paint_disagreement_badge(painter, (a + b) / 2, scale)
    if kind == "reference":
        paint_reference_mark(painter, (a + b) / 2, reference_mark(4, 4, scale * 0.8))


def paint_not_described_key(painter: QPainter, rect: QRectF) -> None:
    """The not-described look in a small square (a list heading's icon): a hollow dotted box."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    style = actor_style("unknown", "not_described")
    box = rect.adjusted(1, rect.height() * 0.2, -1, -rect.height() * 0.2)
    k = box.height() / 34.0 * 1.6
    paint_actor_box(painter, style, box, k)
    paint_marker(painter, style, box, k * 1.2)
    painter.restore()


def _paint_not_described_sample(painter: QPainter, a: QPointF, b: QPointF, scale: float) -> None:
    """A dotted line stub into a small hollow dotted box with its "?" (actors and relations
    the source is silent about share the dots)."""
    w, h = 22 * scale, 15 * scale
    box = QRectF(b.x() - w, a.y() - h / 2, w, h)
    pen = relation_pen(not_described_relation_style(), scale=scale)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    painter.setPen(pen)
    painter.drawLine(a, QPointF(box.left(), a.y()))
    style = actor_style("unknown", "not_described")
    k = h / 34.0
    paint_actor_box(painter, style, box, k)
    paint_marker(painter, style, box, k * 1.6)


def paint_legend(painter: QPainter, rect: QRectF, scale: float = 1.0, marks: Marks = (),
                 mark_painter: Callable[[QPainter, str, QRectF], bool] | None = None) -> None:
    """Paint the legend box with its top-left corner at ``rect.topLeft()``.

    What it explains comes from :func:`workshop_app.style.look.legend_entries`, and every
    key is painted by the functions that paint the map. ``mark_painter(painter, kind,
    symbol_rect)`` draws one mark's symbol as the scene does; without one (or when it
    returns False) a neutral badge with the kind's initial is drawn. ``TOWERS_MARK`` among the
    marks adds the influence towers' section.
    """
    s = scale
    f, bold = _legend_fonts(s)
    line = QFontMetricsF(f).height() + 3 * s
    size = legend_size(s, marks)
    towers, marks = split_marks(marks)
    width, height = size.width(), size.height()
    x0, y0 = rect.left(), rect.top()
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor(palette.LEGEND_BORDER), 1))
    paper = QColor(palette.PAPER)
    paper.setAlpha(palette.LEGEND_BACKGROUND_ALPHA)
    painter.setBrush(paper)
    painter.drawRoundedRect(QRectF(x0, y0, width, height), 6, 6)
    painter.setFont(f)
    y = y0 + 8 * s
    left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
    inner = width - 16 * s

    def text(r: QRectF, words: str, align: Qt.AlignmentFlag = left, font: QFont = f) -> None:
        painter.setFont(font)
        painter.setPen(QColor(palette.INK))
        painter.drawText(r, align, words)

    def header(words: str) -> None:
        nonlocal y
        text(QRectF(x0 + 8 * s, y, inner, line), words, font=bold)
        y += line

    for section in legend_entries(towers):
        if section.title:
            header(section.title)
        kind = section.entries[0].kind
        col_w = inner / section.columns
        if kind == "actor":
            row_h = line * ACTOR_ROW
            for i, entry in enumerate(section.entries):
                cx = x0 + 8 * s + (i % 2) * col_w
                cy = y + (i // 2) * row_h
                swatch = QRectF(cx + 8 * s, cy + 3 * s, 34 * s, row_h - 6 * s)
                paint_actor_swatch(painter, entry.key, swatch, s)
                text(QRectF(cx + 48 * s, cy, col_w - 48 * s, row_h), entry.label)
            y += -(-len(section.entries) // 2) * row_h
        elif kind in ("trust", "width"):
            for i, entry in enumerate(section.entries):
                cx = x0 + 8 * s + i * col_w
                a, b = QPointF(cx + 2 * s, y + line / 2), QPointF(cx + col_w - 6 * s, y + line / 2)
                paint_relation_sample(painter, kind, entry.key, a, b, s)
                if kind == "trust":
                    text(QRectF(cx, y + line, col_w - 4 * s, line), entry.label, Qt.AlignmentFlag.AlignHCenter)
            y += 2 * line if kind == "trust" else line
        elif kind == "tower":
            for i, entry in enumerate(section.entries):
                cx = x0 + 8 * s + (i % section.columns) * col_w
                cy = y + (i // section.columns) * line
                paint_tower_key(painter, entry.key or None, QRectF(cx + 8 * s, cy + 1 * s, 14 * s, line - 2 * s))
                text(QRectF(cx + 28 * s, cy, col_w - 28 * s, line), entry.label)
            y += -(-len(section.entries) // section.columns) * line
        else:
            for i, entry in enumerate(section.entries):
                cx = x0 + 8 * s + i * col_w
                a, b = QPointF(cx + 2 * s, y + line / 2), QPointF(cx + 34 * s, y + line / 2)
                paint_relation_sample(painter, entry.kind, entry.key, a, b, s)
                text(QRectF(cx + 40 * s, y, col_w - 40 * s, line), entry.label)
            y += line
    if marks:
        header(tr(MARKS_HEADER))
        for kind, label in marks:
            symbol = QRectF(x0 + 8 * s, y + 2 * s, line - 4 * s, line - 4 * s)
            painter.save()
            drawn = bool(mark_painter(painter, kind, symbol)) if mark_painter is not None else False
            painter.restore()
            if not drawn:
                _badge(painter, kind, symbol, s)
            text(QRectF(x0 + 8 * s + line + 4 * s, y, width - line - 20 * s, line), label)
            y += line
    painter.restore()


def _badge(painter: QPainter, kind: str, rect: QRectF, scale: float) -> None:
    """A neutral round badge with the initial of the mark's kind."""
    painter.setPen(QPen(QColor(palette.ACTOR_OUTLINE), 0.8))
    painter.setBrush(QColor(palette.PAPER))
    painter.drawEllipse(rect)
    f = QFont()
    f.setPointSizeF(6.5 * scale)
    f.setBold(True)
    painter.setFont(f)
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, (kind[:1] or "?").upper())


def scene_mark_painter(scene: Any) -> Callable[[QPainter, str, QRectF], bool] | None:
    """The scene's own mark symbol painter, when the canvas provides one."""
    fn = getattr(scene, "paint_mark_symbol", None)
    if fn is None:

        fn = getattr(items, "paint_mark_symbol", None)
    if fn is None:
        return None

    def paint(painter: QPainter, kind: str, rect: QRectF) -> bool:
        result = fn(painter, kind, rect)
        return result is None or bool(result)

    return paint


def paint_overlays(painter: QPainter, target: QRectF, scale: float, scene: Any, *,
                   block: TitleBlock | None, legend: bool) -> None:
    """Title at the top-left and legend at the bottom-left of ``target`` (the screen layout)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    if block is not None:
        paint_title(painter, target, scale, block)
    if legend:
        marks = marks_of(scene)
        paint_legend(painter, legend_rect(target, scale, marks), scale, marks, scene_mark_painter(scene))
    painter.restore()
