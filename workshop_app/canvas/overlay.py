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

from ..domain.model import Model
from ..domain.vocabulary import ACTOR_TYPES
from ..style import palette
from . import items

SHORT_SCORE = {1: "1 v. low", 2: "2 low", 3: "3 med.", 4: "4 high", 5: "5 v. high"}
RELATIONS_HEADER = "Relations: colour = trust, width = commitment"
MARKS_HEADER = "Marks"
TEXT = "#222222"
MARGIN = 12.0

Marks = Sequence[tuple[str, str]]


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
    return f"Phase {index} of {len(phases)}: {model.phase(phase_id).name}"


def marks_of(scene: Any) -> list[tuple[str, str]]:
    """The scene's marks legend [(kind, label)] when the scene offers one, else nothing."""
    getter = getattr(scene, "marks_legend", None)
    if getter is None:
        return []
    return [(str(kind), str(label)) for kind, label in (getter() or [])]


# -- title -------------------------------------------------------------------------------
def _title_fonts(scale: float) -> tuple[QFont, QFont, QFont]:
    big = QFont()
    big.setPointSizeF(15 * scale)
    big.setBold(True)
    sub = QFont()
    sub.setPointSizeF(10 * scale)
    small = QFont()
    small.setPointSizeF(8.5 * scale)
    return big, sub, small


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
    painter.setPen(QColor("#1F1F1F"))
    painter.drawText(QPointF(x, y), fm.elidedText(block.title, Qt.TextElideMode.ElideRight, avail))
    for text, font, colour in ((block.subtitle, sub, "#4D4D4D"), (block.detail, small, "#5A5A5A")):
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
def _legend_fonts(scale: float) -> tuple[QFont, QFont]:
    f = QFont()
    f.setPointSizeF(8 * scale)
    bold = QFont(f)
    bold.setBold(True)
    return f, bold


def legend_size(scale: float = 1.0, marks: Marks = ()) -> QSizeF:
    """Width and height of the legend box; the width grows to fit its longest line."""
    f, bold = _legend_fonts(scale)
    line = QFontMetricsF(f).height() + 3 * scale
    # header + type rows, header + colour row + label row, width row, unscored row
    rows = 1 + (len(ACTOR_TYPES) + 1) // 2 + 1 + 2 + 1 + 1
    if marks:
        rows += 1 + len(marks)
    fm_bold, fm = QFontMetricsF(bold), QFontMetricsF(f)
    widest = max([fm_bold.horizontalAdvance(RELATIONS_HEADER)]
                 + [fm.horizontalAdvance(label) + 28 * scale for _, label in marks])
    width = max(300 * scale, widest + 24 * scale)
    return QSizeF(width, line * rows + 16 * scale)


def legend_rect(target: QRectF, scale: float = 1.0, marks: Marks = (), margin: float = MARGIN) -> QRectF:
    """Where the legend sits in ``target``: its bottom-left corner, ``margin`` from the edges."""
    size = legend_size(scale, marks)
    m = margin * scale
    return QRectF(target.left() + m, target.bottom() - size.height() - m, size.width(), size.height())


def paint_legend(painter: QPainter, rect: QRectF, scale: float = 1.0, marks: Marks = (),
                 mark_painter: Callable[[QPainter, str, QRectF], bool] | None = None) -> None:
    """Paint the legend box with its top-left corner at ``rect.topLeft()``.

    ``mark_painter(painter, kind, symbol_rect)`` draws one mark's symbol as the scene does;
    without one (or when it returns False) a neutral badge with the kind's initial is drawn.
    """
    s = scale
    f, bold = _legend_fonts(s)
    line = QFontMetricsF(f).height() + 3 * s
    size = legend_size(s, marks)
    width, height = size.width(), size.height()
    x0, y0 = rect.left(), rect.top()
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#B0B0B0"), 1))
    painter.setBrush(QColor(255, 255, 255, 235))
    painter.drawRoundedRect(QRectF(x0, y0, width, height), 6, 6)
    painter.setFont(f)
    y = y0 + 8 * s
    left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter

    def header(text: str) -> None:
        nonlocal y
        painter.setFont(bold)
        painter.setPen(QColor(TEXT))
        painter.drawText(QRectF(x0 + 8 * s, y, width - 16 * s, line), left, text)
        painter.setFont(f)
        y += line

    header("Actor type")
    col_w = (width - 16 * s) / 2
    for i, (key, label) in enumerate(ACTOR_TYPES.items()):
        cx = x0 + 8 * s + (i % 2) * col_w
        cy = y + (i // 2) * line
        painter.setPen(QPen(QColor("#2B2B2B"), 0.8))
        painter.setBrush(QColor(palette.TYPE_FILL[key]))
        painter.drawRoundedRect(QRectF(cx, cy + 3 * s, 16 * s, line - 6 * s), 3, 3)
        painter.setPen(QColor(TEXT))
        painter.drawText(QRectF(cx + 22 * s, cy, col_w - 22 * s, line), left, label)
    y += ((len(ACTOR_TYPES) + 1) // 2) * line
    header(RELATIONS_HEADER)
    seg = (width - 16 * s) / 5
    for v in range(1, 6):
        cx = x0 + 8 * s + (v - 1) * seg
        painter.setPen(QPen(QColor(palette.TRUST_COLOUR[v]), palette.COMMITMENT_WIDTH[3] * s))
        painter.drawLine(QPointF(cx + 2 * s, y + line / 2), QPointF(cx + seg - 6 * s, y + line / 2))
        painter.setPen(QColor(TEXT))
        painter.drawText(QRectF(cx, y + line, seg - 4 * s, line), Qt.AlignmentFlag.AlignHCenter, SHORT_SCORE[v])
    y += 2 * line
    for v in range(1, 6):
        cx = x0 + 8 * s + (v - 1) * seg
        pen = QPen(QColor("#555555"), palette.COMMITMENT_WIDTH[v] * s)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        painter.setPen(pen)
        painter.drawLine(QPointF(cx + 2 * s, y + line / 2), QPointF(cx + seg - 6 * s, y + line / 2))
    y += line
    painter.setPen(QPen(QColor(palette.UNSCORED_COLOUR), palette.UNSCORED_WIDTH * s, Qt.PenStyle.DashLine))
    painter.drawLine(QPointF(x0 + 10 * s, y + line / 2), QPointF(x0 + 40 * s, y + line / 2))
    painter.setPen(QColor(TEXT))
    painter.drawText(QRectF(x0 + 46 * s, y, 70 * s, line), left, "not scored")
    painter.setPen(QPen(QColor(palette.DISAGREEMENT), 4 * s, Qt.PenStyle.DashLine))
    painter.drawLine(QPointF(x0 + 120 * s, y + line / 2), QPointF(x0 + 150 * s, y + line / 2))
    painter.setPen(QColor(TEXT))
    painter.drawText(QRectF(x0 + 156 * s, y, width - 164 * s, line), left, "votes disagree")
    y += line
    if marks:
        header(MARKS_HEADER)
        for kind, label in marks:
            symbol = QRectF(x0 + 8 * s, y + 2 * s, line - 4 * s, line - 4 * s)
            painter.save()
            drawn = bool(mark_painter(painter, kind, symbol)) if mark_painter is not None else False
            painter.restore()
            if not drawn:
                _badge(painter, kind, symbol, s)
            painter.setPen(QColor(TEXT))
            painter.setFont(f)
            painter.drawText(QRectF(x0 + 8 * s + line + 4 * s, y, width - line - 20 * s, line), left, label)
            y += line
    painter.restore()


def _badge(painter: QPainter, kind: str, rect: QRectF, scale: float) -> None:
    """A neutral round badge with the initial of the mark's kind."""
    painter.setPen(QPen(QColor("#2B2B2B"), 0.8))
    painter.setBrush(QColor("#FFFFFF"))
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
