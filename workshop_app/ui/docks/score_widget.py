"""The compact scoring widget: three rows of 1–5 buttons, the room's median and the 3C class,
with what sources state beside them and never mixed in.

Keys 1–5 score the highlighted dimension and move on to the next one, so a facilitator can
score a relation with three key presses ("4", "3", "4") while the room talks.

Under each row a strip on the same 1–5 scale shows the room's votes (their range as a bar,
the median as a tick) and, as a diamond, the level a source states (a reference participant
such as the "Case record"); the diamond's tooltip names the source. The median, spread and
count are the room's only, unless the session pools references (Session settings). Below:
the room's class by the session's rule, how many voters hold each class, the class a source
states, and a flag where the relation's kind and a class disagree (002's 3C definitions).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.scoring import DimensionConsensus
from ...domain.vocabulary import SCORE_DIMENSIONS, THREE_C
from ...style import palette
from ...style.look import diamond
from ..text import literal, plain
from ..i18n import tr
from ...domain.i18n import N_, in_sentence
from ...domain.terms import tension_words, term
from ...domain.wording import count

_HINT = {
    "trust": N_("Expecting that what you share will not be used against you"),
    "commitment": N_("Willingness to invest in and stay in the relationship"),
    "interdependence": N_("How much each partner needs the other"),
}
BUTTON_W, BUTTON_GAP = 26, 3  # the widget fits a 320-pixel dock with "Interdependence" whole
RULE_WORDS = {"median": N_("median rule"), "weakest": N_("weakest-dimension rule")}


@dataclass(frozen=True)
class ReferenceLevel:
    """One reference participant's levels on the relation, with its source in words."""

    participant: str
    values: dict[str, int | None]
    source: str = ""


@dataclass(frozen=True)
class Evidence:
    """What the widget shows beside the room's votes (see the module docstring)."""

    references: tuple[ReferenceLevel, ...] = ()
    rule: str = "median"
    derived: str | None = None  # the room's class by the rule
    distribution: dict[str, int] = field(default_factory=dict)  # per-voter classes
    stated: tuple[tuple[str, str, str], ...] = ()  # (class, its source in words, scope in words)
    levels: tuple[tuple[str, str, str], ...] = ()  # ("commitment low", source, scope): stated levels
    conflicts: tuple[str, ...] = ()  # kind-class flags
    pooled: bool = False


class ScaleStrip(QWidget):
    """The 1–5 scale under one row of buttons: the room's range and median, a source's levels."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFixedHeight(14)
        self.setFixedWidth(5 * BUTTON_W + 4 * BUTTON_GAP)
        self.low: int | None = None
        self.high: int | None = None
        self.median: int | None = None
        self.references: list[tuple[int, str]] = []  # (level, tooltip line)

    def set_values(self, room: DimensionConsensus, references: list[tuple[int, str]]) -> None:
        self.low, self.high, self.median = room.low, room.high, room.median
        self.references = references
        tips = [tr("The room: median {median}, {low}–{high}, {votes}").format(
                    median=room.median, low=room.low, high=room.high, votes=count(room.n, "vote")) if room.n
                else tr("Room: not scored")]
        tips += [f"◆ {text}" for _, text in references]
        self.setToolTip(literal("\n".join(tips)))
        self.update()

    def x_of(self, value: int) -> float:
        """The centre of the button of ``value`` (1–5)."""
        return (value - 1) * (BUTTON_W + BUTTON_GAP) + BUTTON_W / 2

    def reference_levels(self) -> list[int]:
        return [v for v, _ in self.references]

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt's name)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        mid = self.height() / 2
        p.setPen(QPen(QColor("#D5D5D0"), 1))
        p.drawLine(QPointF(self.x_of(1), mid), QPointF(self.x_of(5), mid))
        if self.low is not None and self.high is not None:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(palette.CHART_RANGE_BAR))
            p.drawRoundedRect(QRectF(self.x_of(self.low) - 5, mid - 3, self.x_of(self.high) - self.x_of(self.low) + 10, 6), 3, 3)
        if self.median is not None:
            p.setPen(QPen(QColor(palette.CHART_MEDIAN_LINE), 3))
            p.drawLine(QPointF(self.x_of(self.median), mid - 7), QPointF(self.x_of(self.median), mid + 7))
        for level, _ in self.references:
            x = self.x_of(level)  # over the room's median tick when they agree: the tick shows above and below
            p.setPen(QPen(QColor(palette.PAPER), 1.2))
            p.setBrush(QColor(palette.REFERENCE_RIM))
            p.drawPolygon(QPolygonF([QPointF(a, b) for a, b in diamond(x, mid, 4.5)]))
        p.end()


class ScoreWidget(QWidget):
    """Emits ``scoreRequested(dimension, value_or_None)``; shows the consensus it is given."""

    scoreRequested = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current = 0
        grid = QGridLayout()
        grid.setHorizontalSpacing(BUTTON_GAP)
        grid.setVerticalSpacing(2)
        self._labels: dict[str, QLabel] = {}
        self._groups: dict[str, QButtonGroup] = {}
        self._room: dict[str, QLabel] = {}
        self.strips: dict[str, ScaleStrip] = {}
        self.buttons: dict[tuple[str, int], QToolButton] = {}
        for row, dim in enumerate(SCORE_DIMENSIONS):
            label = QLabel(term("dimension", dim))
            label.setToolTip(tr(_HINT[dim]))
            label.setMinimumWidth(96)
            grid.addWidget(label, 2 * row, 0)
            self._labels[dim] = label
            group = QButtonGroup(self)
            group.setExclusive(False)
            for v in range(1, 6):
                b = QToolButton()
                b.setText(str(v))
                b.setCheckable(True)
                b.setToolTip(f"{term('dimension', dim)} {v}: {term('score', v)}")
                b.setFixedSize(BUTTON_W, 28)
                b.clicked.connect(lambda _=False, d=dim, val=v: self._clicked(d, val))
                group.addButton(b, v)
                grid.addWidget(b, 2 * row, v)
                self.buttons[(dim, v)] = b
            clear = QToolButton()
            clear.setText("–")
            clear.setToolTip(tr("Clear {dim} (not scored)").format(dim=dim))
            clear.setFixedSize(22, 28)
            clear.clicked.connect(lambda _=False, d=dim: self.scoreRequested.emit(d, None))
            grid.addWidget(clear, 2 * row, 6)
            room = QLabel("")
            room.setStyleSheet("color: #555; font-size: 11px;")
            grid.addWidget(room, 2 * row + 1, 0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            self._room[dim] = room
            strip = ScaleStrip()
            grid.addWidget(strip, 2 * row + 1, 1, 1, 5)
            self.strips[dim] = strip
            self._groups[dim] = group
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addLayout(grid)
        self.class_label = QLabel(tr("3C: –"))
        self.class_label.setStyleSheet("font-size: 15px; font-weight: 600; padding-top: 4px;")
        self.class_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        outer.addWidget(self.class_label)
        self.voters_label = QLabel("")
        self.voters_label.setWordWrap(True)
        self.voters_label.setStyleSheet("color: #444; font-size: 11px;")
        outer.addWidget(self.voters_label)
        self.stated_label = plain(QLabel(""))  # a source's words
        self.stated_label.setWordWrap(True)
        self.stated_label.setStyleSheet(f"color: {palette.REFERENCE_STATED_TEXT}; font-size: 12px;")
        outer.addWidget(self.stated_label)
        self.flag_label = QLabel("")
        self.flag_label.setWordWrap(True)
        self.flag_label.setStyleSheet("color: #8A5A00; font-size: 11px;")
        outer.addWidget(self.flag_label)
        self.tension_label = QLabel("")
        self.tension_label.setWordWrap(True)
        self.tension_label.setStyleSheet(f"color: {palette.TRUST_COLOUR[1]};")
        outer.addWidget(self.tension_label)
        hint = QLabel(tr("Keys 1–5 score the marked row and move to the next. ◆ a source's level."))
        hint.setStyleSheet("color: #777; font-size: 11px;")
        hint.setWordWrap(True)
        outer.addWidget(hint)
        self._highlight()

    @property
    def current_dimension(self) -> str:
        return SCORE_DIMENSIONS[self.current]

    def set_current(self, index: int) -> None:
        self.current = index % len(SCORE_DIMENSIONS)
        self._highlight()

    def _highlight(self) -> None:
        for i, dim in enumerate(SCORE_DIMENSIONS):
            lab = self._labels[dim]
            lab.setText(dim.capitalize())
            if i == self.current:  # a bar, not a "▶": the longest name must fit a narrow dock
                lab.setStyleSheet("font-weight: 700; color: #1D3F7A; border-left: 3px solid #1D3F7A;"
                                  " padding-left: 3px;")
            else:
                lab.setStyleSheet("color: #333; border-left: 3px solid transparent; padding-left: 3px;")

    def _clicked(self, dim: str, value: int) -> None:
        self.set_current(SCORE_DIMENSIONS.index(dim))
        self.press(value)

    def press(self, value: int) -> None:
        """Score the current dimension and step on (what the 1–5 shortcuts call)."""
        dim = self.current_dimension
        self.set_current(self.current + 1)
        self.scoreRequested.emit(dim, value)

    def show_hidden(self) -> None:
        """A blind question is open on this relation: no vote, median, spread or class shows
        until the votes are revealed, and the buttons rest (the round's keys score)."""
        for (dim, _v), b in self.buttons.items():
            b.blockSignals(True)
            b.setChecked(False)
            b.blockSignals(False)
        for dim in SCORE_DIMENSIONS:
            self._room[dim].setText(tr("hidden"))
            self._room[dim].setToolTip(tr("Hidden until the room's votes are revealed"))
            self.strips[dim].set_values(DimensionConsensus(None, None, 0), [])
        self.strips[dim].setToolTip(tr("Hidden until the room's votes are revealed"))
        self.class_label.setText(tr("3C: hidden until the votes are revealed (V)"))
        for label in (self.voters_label, self.stated_label, self.flag_label, self.tension_label):
            label.setText("")
        self.stated_label.setVisible(False)
        self.flag_label.setVisible(False)

    def show_scores(self, own: dict[str, int | None], room: dict[str, DimensionConsensus],
                    evidence: Evidence | None = None) -> None:
        """``own``: this participant's vote; ``room``: the consensus of the votes that count;
        ``evidence``: sources' levels and classes, the rule and the per-voter classes."""
        ev = evidence or Evidence()
        for dim in SCORE_DIMENSIONS:
            mine = own.get(dim)
            for v in range(1, 6):
                b = self.buttons[(dim, v)]
                b.blockSignals(True)
                b.setChecked(mine == v)
                b.blockSignals(False)
            c = room[dim]
            if c.n == 0:
                self._room[dim].setText(tr("not scored"))
            else:
                self._room[dim].setText(f"{c.median} · {count(c.n, 'vote')}")
            self._room[dim].setToolTip(tr("The room's median {median}, {low}–{high}, {votes}").format(
                    median=c.median, low=c.low, high=c.high, votes=count(c.n, "vote"))
                                       if c.n else tr("The room has not scored this"))
            refs = [(int(r.values[dim]), f"{r.participant}: {r.values[dim]}" + (f" — {r.source}" if r.source else ""))
                    for r in ev.references if r.values.get(dim) is not None]
            self.strips[dim].set_values(c, refs)
        t, co, i = (room[d].median for d in SCORE_DIMENSIONS)
        # The class comes from the caller (analysis.classes: the session's rule over the votes
        # that count); without it the panel shows none rather than derive one of its own.
        cls = ev.derived
        rule = tr(RULE_WORDS[ev.rule]) if ev.rule in RULE_WORDS else ev.rule
        who = tr("room and sources pooled") if ev.pooled else tr("room")
        self.class_label.setText(tr("3C ({who}): {cls}").format(who=who, cls=term("3C class", cls)) if cls
                                 else tr("3C: – (score all three)"))
        self.class_label.setToolTip(tr("The class of the votes that count, by the session's {rule} (Score "
                                       "▸ Session settings)").format(rule=rule))
        parts = [f"{n} {in_sentence(term('3C class', name)) if name in THREE_C else tr('unclassified')}"
                 for name, n in ev.distribution.items()]
        self.voters_label.setText((tr("Voters: {parts}  ({rule})").format(parts=' · '.join(parts), rule=rule) if parts else tr("Rule: {rule}").format(
                rule=rule))
                                  if evidence is not None else "")
        said = [(tr("◆ Stated {scope}: {what}") if scope else tr("◆ Stated: {what}")).format(
                    scope=scope, what=term("3C class", c)) + (f" — {src}" if src else "")
                for c, src, scope in ev.stated]
        said += [tr("◆ Stated {scope}: {what}").format(scope=scope, what=what) + (f" — {src}" if src else "")
                 for what, src, scope in ev.levels]
        self.stated_label.setText("\n".join(said))
        self.stated_label.setVisible(bool(said))
        self.flag_label.setText("\n".join(f"⚑ {text}" for text in ev.conflicts))
        self.flag_label.setVisible(bool(ev.conflicts))
        found = tension_words(t, co, i)
        self.tension_label.setText(tr("Tension: {tensions}").format(tensions="; ".join(found)) if found else "")


__all__ = ["Evidence", "ReferenceLevel", "ScaleStrip", "ScoreWidget"]
