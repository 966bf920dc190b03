"""Net-Map's influence and goals: per actor and phase an influence level (the "tower", 0-5)
and how its aims go with the project's goal; an editor for the selected actor and a grid of
influence × alignment for the whole phase.

Net-Map (Schiffer and Hauck 2010) asks the room two questions a plain network does not:
how much can this actor influence the outcome, and does it support the goal? The grid puts
every actor of the phase in its cell, so the room sees at a glance who is powerful and
opposed, or supportive but without say. Clicking a name selects the actor on the map;
dragging it to another cell records both answers as one edit (one undo step).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QDockWidget, QFormLayout, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from ...domain import commands as cmds
from ...domain.commands_evidence import SetAlignment, SetInfluence
from ...domain.model import Model
from ...style import palette
from .concept_parts import EditContext, choice_box, fact_tip, show_choice
from ..i18n import tr
from ...domain.i18n import N_
from ...domain.terms import choices, term

INFLUENCE_WORDS = {0: N_("no influence"), 1: N_("very little"), 2: N_("some"), 3: N_("considerable"),
                   4: N_("strong"), 5: N_("decisive")}
# Left to right from opposing to supporting, as the room reads a scale; then the blanks.
COLUMNS: tuple[str | None, ...] = ("opposes", "mixed", "neutral", "supports", None)
COLUMN_TITLES = {"opposes": N_("Opposes"), "mixed": N_("Mixed"), "neutral": N_("Neutral"),
                 "supports": N_("Supports"), None: N_("Not recorded")}
ROWS: tuple[int | None, ...] = (5, 4, 3, 2, 1, 0, None)
HEAD_W = 84.0
HEAD_H = 24.0
CHIP_H = 20.0
CHIP_GAP = 3.0
GRID_LINE = "#C9CDD2"
INFLUENCE_TIP = N_("Net-Map: how much can this actor influence the outcome? (the height of its tower)")
ALIGNMENT_TIP = N_("Net-Map: how the actor's aims go with the project's goal")
SELECTED = palette.SELECTION


class InfluenceEditor(QWidget):
    """Influence (0-5) and alignment of the selected actor in the window's phase."""

    def __init__(self, ctx: EditContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.actor_id: int | None = None
        self.influence = choice_box({str(v): f"{v} — {tr(w)}" for v, w in INFLUENCE_WORDS.items()})
        self.influence.setObjectName("influence")
        self.influence.setToolTip(tr(INFLUENCE_TIP))
        self.alignment = choice_box(dict(choices("alignment")))
        self.alignment.setObjectName("alignment")
        self.alignment.setToolTip(tr(ALIGNMENT_TIP))
        self.influence.currentIndexChanged.connect(lambda _i: self._influence_chosen())
        self.alignment.currentIndexChanged.connect(lambda _i: self._alignment_chosen())
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(tr("Influence"), self.influence)
        form.addRow(tr("Goal"), self.alignment)

    def set_actor(self, actor_id: int | None) -> None:
        self.actor_id = actor_id
        self.refresh()

    def values(self) -> tuple[int | None, str | None]:
        if self.actor_id is None:
            return None, None
        row = self.ctx.session.model.presence(self.actor_id, self.ctx.phase_id)
        return (None, None) if row is None else (row.influence, row.alignment)

    def refresh(self) -> None:
        if self.actor_id is not None and self.actor_id not in self.ctx.session.model.tables["actors"]:
            self.actor_id = None
        influence, alignment = self.values()
        show_choice(self.influence, None if influence is None else str(influence))
        show_choice(self.alignment, alignment)
        model, pid = self.ctx.session.model, self.ctx.phase_id
        self.influence.setToolTip(fact_tip(tr(INFLUENCE_TIP), model, self.actor_id, pid, "influence"))
        self.alignment.setToolTip(fact_tip(tr(ALIGNMENT_TIP), model, self.actor_id, pid, "alignment"))

    def _influence_chosen(self) -> None:
        key = self.influence.currentData()
        value = None if key is None else int(key)
        if self.actor_id is None or value == self.values()[0]:
            return
        self.ctx.execute(SetInfluence(actor_id=self.actor_id, phase_id=self.ctx.phase_id,
                                      influence=value))
        self.refresh()

    def _alignment_chosen(self) -> None:
        value = self.alignment.currentData()
        if self.actor_id is None or value == self.values()[1]:
            return
        self.ctx.execute(SetAlignment(actor_id=self.actor_id, phase_id=self.ctx.phase_id,
                                      alignment=value))
        self.refresh()


@dataclass(frozen=True)
class Placed:
    """An actor on the grid: its cell and the rectangle of its name chip."""

    actor_id: int
    name: str
    type: str
    influence: int | None
    alignment: str | None
    present: bool
    rect: QRectF


def grid_actors(model: Model, phase_id: int) -> list[tuple[int, int | None, str | None, bool]]:
    """(actor id, influence, alignment, present) for each actor the grid shows: those taking
    part in the phase, and any other with an influence or alignment recorded in it."""
    out = []
    for a in model.actors:
        row = model.presence(a.id, phase_id)
        present = model.is_present(a.id, phase_id)
        influence = row.influence if row is not None else None
        alignment = row.alignment if row is not None else None
        if present or influence is not None or alignment is not None:
            out.append((a.id, influence, alignment, present))
    return out


class InfluenceGrid(QWidget):
    """Influence (rows, 5 at the top) × alignment (columns); a chip per actor."""

    actorClicked = Signal(int)
    placeRequested = Signal(int, object, object)  # actor id, influence, alignment

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("InfluenceGrid")
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.model: Model | None = None
        self.phase_id: int | None = None
        self.selected: set[int] = set()
        self.placed: dict[int, Placed] = {}
        self.row_heights: list[float] = [CHIP_H + 8.0] * len(ROWS)
        self._press: tuple[int, QPointF] | None = None
        self._drag_to: QPointF | None = None
        f = QFont()
        f.setPointSizeF(9.0)
        self.setFont(f)

    def sizeHint(self) -> QSize:
        return QSize(620, 360)

    def minimumSizeHint(self) -> QSize:
        return QSize(360, 200)

    def set_phase(self, model: Model, phase_id: int) -> None:
        self.model, self.phase_id = model, phase_id
        self.relayout()

    def set_selected(self, actor_ids: set[int]) -> None:
        self.selected = set(actor_ids)
        self.update()

    # -- geometry ----------------------------------------------------------------------------
    def cell_rect(self, influence: int | None, alignment: str | None) -> QRectF:
        w = (self.width() - HEAD_W - 4) / len(COLUMNS)
        r = ROWS.index(influence)
        top = HEAD_H + sum(self.row_heights[:r])
        return QRectF(HEAD_W + COLUMNS.index(alignment) * w, top, w, self.row_heights[r])

    def cell_at(self, pos: QPointF) -> tuple[int | None, str | None] | None:
        for influence in ROWS:
            for alignment in COLUMNS:
                if self.cell_rect(influence, alignment).contains(pos):
                    return influence, alignment
        return None

    def cell_of(self, actor_id: int) -> tuple[int | None, str | None] | None:
        """The (influence, alignment) cell an actor is drawn in, or ``None`` if not shown."""
        p = self.placed.get(actor_id)
        return None if p is None else (p.influence, p.alignment)

    def chip_rect(self, actor_id: int) -> QRectF | None:
        p = self.placed.get(actor_id)
        return None if p is None else QRectF(p.rect)

    def _flow(self, names: list[str], width: float) -> list[tuple[float, int, float]]:
        """(x offset, line, chip width) of each name flowed into a cell ``width`` wide."""
        fm = QFontMetricsF(self.font())
        out, x, line = [], 0.0, 0
        for name in names:
            w = min(width, fm.horizontalAdvance(name) + 12)
            if x + w > width + 0.5 and x > 0:
                x, line = 0.0, line + 1
            out.append((x, line, w))
            x += w + CHIP_GAP
        return out

    def relayout(self) -> None:
        """Put every actor in its cell; a row grows (and the grid with it, in its scroll area)
        until each cell holds all its names: none is ever hidden."""
        self.placed.clear()
        model, pid = self.model, self.phase_id
        if model is None or pid is None or pid not in model.tables["phases"]:
            self.update()
            return
        cells: dict[tuple[int | None, str | None], list[tuple[int, bool]]] = {}
        for aid, influence, alignment, present in grid_actors(model, pid):
            col = alignment if alignment in COLUMNS else None
            cells.setdefault((influence, col), []).append((aid, present))
        width = (self.width() - HEAD_W - 4) / len(COLUMNS) - 6
        flows = {}
        for key, members in cells.items():
            members.sort(key=lambda m: model.actor(m[0]).name.casefold())
            flows[key] = self._flow([model.actor(a).name for a, _p in members], width)
        need = [max([CHIP_H + 8.0] + [(f[-1][1] + 1) * (CHIP_H + CHIP_GAP) + 6.0
                                      for key, f in flows.items() if key[0] == influence and f])
                for influence in ROWS]
        wanted = int(HEAD_H + 4 + sum(need)) + 1
        if self.minimumHeight() != wanted:
            self.setMinimumHeight(wanted)  # the scroll area shows the rest
        spare = max(0.0, self.height() - wanted)
        self.row_heights = [h + spare / len(ROWS) for h in need]
        for (influence, alignment), members in cells.items():
            cell = self.cell_rect(influence, alignment).adjusted(3, 3, -3, -3)
            for (aid, present), (dx, line, w) in zip(members, flows[(influence, alignment)]):
                actor, row = model.actor(aid), model.presence(aid, pid)
                self.placed[aid] = Placed(aid, actor.name, actor.type,
                                          row.influence if row is not None else None,
                                          row.alignment if row is not None else None, present,
                                          QRectF(cell.left() + dx, cell.top() + line * (CHIP_H + CHIP_GAP),
                                                 w, CHIP_H))
        self.update()

    def resizeEvent(self, event: object) -> None:  # type: ignore[override]
        super().resizeEvent(event)  # type: ignore[arg-type]
        self.relayout()

    # -- painting ----------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor(palette.PAPER))
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(QColor(palette.INK))
        for alignment in COLUMNS:
            r = self.cell_rect(ROWS[0], alignment)
            painter.drawText(QRectF(r.left(), 0, r.width(), HEAD_H),
                             int(Qt.AlignmentFlag.AlignCenter), tr(COLUMN_TITLES[alignment]))
        painter.setFont(self.font())
        for influence in ROWS:
            r = self.cell_rect(influence, COLUMNS[0])
            label = tr("Not recorded") if influence is None else f"{influence} {tr(INFLUENCE_WORDS[influence])}"
            painter.drawText(QRectF(2, r.top(), HEAD_W - 6, r.height()),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                                 | Qt.TextFlag.TextWordWrap), label)
        painter.setPen(QPen(QColor(GRID_LINE), 1))
        for influence in ROWS:
            for alignment in COLUMNS:
                r = self.cell_rect(influence, alignment)
                blank = influence is None or alignment is None
                painter.setBrush(QColor("#F4F5F6" if blank else "#FFFFFF"))
                painter.drawRect(r)
        fm = QFontMetricsF(self.font())
        for p in self.placed.values():
            self._paint_chip(painter, fm, p)
        if self._press is not None and self._drag_to is not None:
            target = self.cell_at(self._drag_to)
            if target is not None:
                painter.setPen(QPen(QColor(palette.ACCENT), 2, Qt.PenStyle.DashLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(self.cell_rect(*target).adjusted(1, 1, -1, -1))
        painter.end()

    def _paint_chip(self, painter: QPainter, fm: QFontMetricsF, p: Placed) -> None:
        fill = QColor(palette.type_fill(p.type))
        if not p.present:
            fill.setAlphaF(0.35)  # recorded for an actor not taking part in the phase
        chosen = p.actor_id in self.selected
        painter.setPen(QPen(QColor(SELECTED if chosen else palette.ACTOR_OUTLINE), 2.4 if chosen else 0.8))
        painter.setBrush(fill)
        painter.drawRoundedRect(p.rect, 4, 4)
        painter.setPen(QColor(palette.INK))
        text = fm.elidedText(p.name, Qt.TextElideMode.ElideRight, p.rect.width() - 8)
        painter.drawText(p.rect.adjusted(4, 0, -4, 0), int(Qt.AlignmentFlag.AlignVCenter
                                                          | Qt.AlignmentFlag.AlignLeft), text)

    # -- clicking and dragging ---------------------------------------------------------------
    def actor_at(self, pos: QPointF) -> int | None:
        for p in self.placed.values():
            if p.rect.contains(pos):
                return p.actor_id
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        aid = self.actor_at(event.position())
        self._press = (aid, event.position()) if aid is not None else None
        self._drag_to = None
        if aid is not None and event.button() == Qt.MouseButton.LeftButton:
            self.actorClicked.emit(aid)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is not None and (event.position() - self._press[1]).manhattanLength() > 6:
            self._drag_to = event.position()
            self.update()
        aid = self.actor_at(event.position())
        self.setToolTip(self._tip(aid) if aid is not None else "")

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        press, drop = self._press, self._drag_to
        self._press = self._drag_to = None
        self.update()
        if press is None or drop is None:
            return
        target = self.cell_at(drop)
        p = self.placed.get(press[0])
        if target is not None and p is not None and target != (p.influence, p.alignment):
            self.placeRequested.emit(press[0], target[0], target[1])

    def _tip(self, actor_id: int) -> str:
        p = self.placed[actor_id]
        influence = tr("not recorded") if p.influence is None else f"{p.influence} ({tr(INFLUENCE_WORDS[p.influence])})"
        goal = tr("not recorded") if p.alignment is None else term("alignment", p.alignment)
        lines = [p.name, tr("Influence: {influence}").format(influence=influence), tr("Goal: {goal}").format(goal=goal)]
        if not p.present:
            lines.append(tr("Not taking part in this phase"))
        lines.append(tr("Drag to another cell to change both"))
        return "\n".join(lines)


def place_command(model: Model, actor_id: int, phase_id: int, influence: int | None,
                  alignment: str | None) -> cmds.Command | None:
    """The one edit that moves an actor to a cell of the grid (``None`` if it is there)."""
    row = model.presence(actor_id, phase_id)
    now = (row.influence, row.alignment) if row is not None else (None, None)
    steps: list[cmds.Command] = []
    if influence != now[0]:
        steps.append(SetInfluence(actor_id=actor_id, phase_id=phase_id, influence=influence))
    if alignment != now[1]:
        steps.append(SetAlignment(actor_id=actor_id, phase_id=phase_id, alignment=alignment))
    if not steps:
        return None
    return steps[0] if len(steps) == 1 else cmds.Batch(steps, text=tr("Place on the influence grid"))


class InfluenceGridDock(QDockWidget):
    """The grid in a dock, with a line saying how to read it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Influence and goals"), parent)
        self.setObjectName("InfluenceGridDock")
        self.grid = InfluenceGrid()
        self.caption = QLabel()
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.caption.setStyleSheet("color: #444; padding: 2px 6px;")
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.grid)
        layout.addWidget(self.caption)
        layout.addWidget(self.scroll, 1)
        self.setWidget(body)

    def set_phase(self, model: Model, phase_id: int) -> None:
        if phase_id in model.tables["phases"]:
            shown = grid_actors(model, phase_id)
            influence = sum(1 for _a, i, _al, _p in shown if i is not None)
            stance = sum(1 for _a, _i, al, _p in shown if al is not None)
            self.caption.setText(
                tr("Net-Map in {name}: influence on the outcome (rows) and stance towards the project's "
                   "goal (columns) of the {n} actors shown; influence recorded for {influence}, stance "
                   "for {stance}. Click a name to select it on the map; drag it to another cell to change "
                   "both.").format(
                        name=model.phase(phase_id).name, n=len(shown), influence=influence, stance=stance))
        self.grid.set_phase(model, phase_id)


__all__ = ["COLUMNS", "INFLUENCE_WORDS", "InfluenceEditor", "InfluenceGrid", "InfluenceGridDock",
           "ROWS", "grid_actors", "place_command"]
