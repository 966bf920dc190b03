"""The projector's side column: how phones join, the question being scored and the pinned
prompt, painted for the back of the room in the wall's theme (``style/themes.py``).

Kept apart from the window (``projector.py``) because it is only painting: it reads what the
round shows (``round_panel.wall_round``: relation, question, who has answered; in a blind
round "hidden" until the votes are revealed, then how they spread) and draws it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Sequence

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen

from ..style.themes import WallTheme
from .i18n import tr

if TYPE_CHECKING:  # pragma: no cover
    from .projector import ProjectorView


class SideColumn:
    """Paints the side column of one projector view."""

    def __init__(self, view: "ProjectorView") -> None:
        self.view = view

    @property
    def theme(self) -> WallTheme:
        return self.view.theme

    def font(self, px: float, *, bold: bool = False, italic: bool = False) -> QFont:
        return self.view.font_px(px * self.theme.text_scale, bold=bold, italic=italic)

    def paint(self, painter: QPainter, side: float) -> None:
        view, t = self.view, self.theme
        u = view.unit
        vp = QRectF(view.viewport().rect())
        panel = QRectF(vp.right() - side, view.header_height() + 8 * u, side - 24 * u,
                       vp.height() - view.header_height() - 32 * u)
        painter.setPen(QPen(QColor(t.panel_rule), 1.5 * u))
        painter.setBrush(QColor(t.panel))
        painter.drawRoundedRect(panel, 10 * u, 10 * u)
        painter.fillRect(QRectF(panel.left(), panel.top() + 10 * u, 8 * u, panel.height() - 20 * u), QColor(t.accent))
        inner = panel.adjusted(32 * u, 22 * u, -22 * u, -18 * u)
        y = inner.top()
        projector = view.projector
        if projector.join is not None:
            y = self._join(painter, inner, y)
        info = projector.round_info()
        if info is not None:
            y = self._round(painter, inner, y, info)
        if projector.prompt and y < inner.bottom() - 80 * u:
            if info is not None:
                y += 18 * u
                painter.fillRect(QRectF(inner.left(), y, inner.width(), 2 * u), QColor(t.panel_rule))
                y += 18 * u
            y = self.text(painter, inner, y, tr("QUESTION FOR THE ROOM"), self.font(22, bold=True), t.muted)
            size = 30 if info is None else 24
            self.text(painter, inner, y + 6 * u, projector.prompt, self.font(size, italic=True), t.ink)

    def text(self, painter: QPainter, area: QRectF, y: float, text: str, font: QFont, colour: str) -> float:
        """Wrapped text from ``y`` down (clipped to the panel); returns the y below it."""
        flags = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)
        box = QRectF(area.left(), y, area.width(), max(0.0, area.bottom() - y))
        needed = QFontMetricsF(font).boundingRect(QRectF(0, 0, area.width(), 10_000), flags, text)
        painter.setFont(font)
        painter.setPen(QColor(colour))
        painter.drawText(box, flags, text)
        return y + min(needed.height(), box.height())

    def _round(self, painter: QPainter, area: QRectF, y: float, info: dict[str, Any]) -> float:
        t, u = self.theme, self.view.unit
        y = self.text(painter, area, y, str(info["caption"]).upper(), self.font(22, bold=True), t.muted)
        y = self.text(painter, area, y + 8 * u, str(info["relation"]), self.font(28, bold=True), t.ink)
        if info.get("order"):  # one question at a time: which one of the relation's three
            y = self.text(painter, area, y + 8 * u, str(info["order"]), self.font(22, bold=True), t.accent)
        # The three dimensions as chips; the one being asked is filled.
        chip_font = self.font(21, bold=True)
        fm = QFontMetricsF(chip_font)
        x, y = area.left(), y + 16 * u
        painter.setFont(chip_font)
        for label, current in info["dimensions"]:
            w = fm.horizontalAdvance(label) + 22 * u
            if x + w > area.right():
                x, y = area.left(), y + fm.height() + 18 * u
            chip = QRectF(x, y, w, fm.height() + 10 * u)
            painter.setPen(QPen(QColor(t.accent), 2 * u))
            painter.setBrush(QColor(t.accent) if current else QColor(t.panel))
            painter.drawRoundedRect(chip, chip.height() / 2, chip.height() / 2)
            painter.setPen(QColor(t.on_accent if current else t.accent))
            painter.drawText(chip, int(Qt.AlignmentFlag.AlignCenter), label)
            x += w + 10 * u
        y += fm.height() + 28 * u
        # Once a blind question's votes show, their spread takes the room the question had.
        size = 28 if info.get("spread") else 36
        y = self.text(painter, area, y, str(info["question"]), self.font(size, bold=True), t.ink)
        if info.get("spread"):
            y = self._spread(painter, area, y + 20 * u, info["spread"])
        else:
            y = self._scale(painter, area, y + 20 * u, info["scale"])
        if info.get("hidden"):
            y = self.text(painter, area, y + 18 * u, tr("Votes stay hidden until everyone has answered"),
                          self.font(24, bold=True), t.accent)
        voters = info["voters"]
        y += 22 * u
        y = self.text(painter, area, y, str(info["summary"]), self.font(24, bold=True), t.muted)
        if len(voters) <= 10:
            names = "   ".join(("✓ " if done else "○ ") + name for name, done in voters)
            y = self.text(painter, area, y + 6 * u, names, self.font(24), t.ink)
        return y

    def _join(self, painter: QPainter, area: QRectF, y: float) -> float:
        """The QR code with the address and join code beside it, for phones in the room."""
        join = self.view.projector.join
        assert join is not None
        address, code, image = join
        t, u = self.theme, self.view.unit
        side = 176 * u
        if not image.isNull():
            painter.fillRect(QRectF(area.left(), y, side, side), QColor("#FFFFFF"))  # a QR needs its light ground
            painter.drawImage(QRectF(area.left(), y, side, side), image)
            x = area.left() + side + 18 * u
        else:
            x = area.left()
        text_area = QRectF(x, area.top(), area.right() - x, area.height())
        ty = self.text(painter, text_area, y + 4 * u, tr("VOTE FROM YOUR PHONE"), self.font(20, bold=True), t.muted)
        ty = self.text(painter, text_area, ty + 8 * u, address, self.font(24, bold=True), t.ink)
        ty = self.text(painter, text_area, ty + 10 * u, tr("code"), self.font(20), t.muted)
        spaced, code_font = " ".join(code), self.font(40, bold=True)
        wide = QFontMetricsF(code_font).horizontalAdvance(spaced)
        if wide > text_area.width() > 0:  # a longer code shrinks to stay on one line
            code_font.setPixelSize(max(9, int(code_font.pixelSize() * text_area.width() / wide)))
        self.text(painter, text_area, ty, spaced, code_font, t.accent)
        y += side + 14 * u
        painter.fillRect(QRectF(area.left(), y, area.width(), 2 * u), QColor(t.panel_rule))
        return y + 18 * u

    def _scale(self, painter: QPainter, area: QRectF, y: float, scale: Sequence[tuple[int, str]]) -> float:
        """Five numbered boxes with their words: the answer options, readable from the back."""
        t, u = self.theme, self.view.unit
        n = len(scale)
        gap = 8 * u
        w = (area.width() - gap * (n - 1)) / n
        num_font, word_font = self.font(40, bold=True), self.font(19)
        h_num = QFontMetricsF(num_font).height()
        h_word = QFontMetricsF(word_font).height()
        for i, (value, word) in enumerate(scale):
            box = QRectF(area.left() + i * (w + gap), y, w, h_num + h_word + 14 * u)
            painter.setPen(QPen(QColor(t.ink), 2 * u))
            painter.setBrush(QColor(t.panel))
            painter.drawRoundedRect(box, 8 * u, 8 * u)
            painter.setFont(num_font)
            painter.drawText(QRectF(box.left(), box.top() + 4 * u, w, h_num), int(Qt.AlignmentFlag.AlignCenter), str(value))
            painter.setFont(word_font)
            painter.drawText(QRectF(box.left(), box.top() + 4 * u + h_num, w, h_word), int(Qt.AlignmentFlag.AlignCenter), word)
        return y + h_num + h_word + 14 * u

    def _spread(self, painter: QPainter, area: QRectF, y: float,
                rows: Sequence[tuple[str, dict[int, int], int | None, int]]) -> float:
        """After a blind question is revealed: per dimension, how many votes each value got
        (a bar per value, its count above, no names), the median marked, the spread said."""
        t, u = self.theme, self.view.unit
        y = self.text(painter, area, y, tr("THE ROOM'S VOTES"), self.font(22, bold=True), t.muted)
        label_font, count_font, value_font = self.font(24, bold=True), self.font(22, bold=True), self.font(20)
        h_count, h_value = QFontMetricsF(count_font).height(), QFontMetricsF(value_font).height()
        bar_h = (70 if len(rows) == 1 else 40) * u
        for dimension, counts, median, spread in rows:
            words = tr("{dimension}: median {median}, spread {spread}").format(
                dimension=dimension, median=median if median is not None else "–", spread=spread)
            y = self.text(painter, area, y + 6 * u, words, label_font, t.ink)
            most = max(counts.values()) or 1
            n, gap = len(counts), 8 * u
            w = (area.width() - gap * (n - 1)) / n
            top = y + 6 * u + h_count
            for i, (value, k) in enumerate(sorted(counts.items())):
                x = area.left() + i * (w + gap)
                h = bar_h * k / most
                fill = QColor(t.accent if value == median else t.ink)
                painter.fillRect(QRectF(x, top + bar_h - h, w, h), fill)
                painter.setPen(QPen(QColor(t.ink), 1.5 * u))
                painter.drawLine(QRectF(x, top + bar_h, w, 0).topLeft(), QRectF(x, top + bar_h, w, 0).topRight())
                painter.setFont(count_font)
                painter.setPen(QColor(t.ink))
                painter.drawText(QRectF(x, top + bar_h - h - h_count, w, h_count), int(Qt.AlignmentFlag.AlignCenter),
                                 str(k) if k else "")
                painter.setFont(value_font)
                painter.setPen(QColor(t.muted))
                painter.drawText(QRectF(x, top + bar_h + 2 * u, w, h_value), int(Qt.AlignmentFlag.AlignCenter), str(value))
            y = top + bar_h + 2 * u + h_value
        return y


__all__ = ["SideColumn"]
