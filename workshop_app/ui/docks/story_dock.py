"""The actor story: one actor through all the phases, side by side.

Assemblage thinking follows an actor's part in the project as it changes: present, absent or
not described (the source is silent, which is not leaving), where that is known from, which
roles, how many relations, and how the room scored them. One column per phase puts
that on one screen; small sparklines show the scores' course at a glance. Scores are the
median of the actor's relation medians in that phase (ordinal, lower median), with the
number of scored relations beside it; unscored stays a dash, never a zero.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...analysis.facts import PhaseFacts, all_phase_facts, session_facts
from ...charts.sparkline import Sparkline
from ...domain.model import Model
from ...domain.scoring import median_low
from ...domain.vocabulary import SCORE_DIMENSIONS
from ...style import palette
from ..text import literal, rich
from .lazy_dock import LazyDock
from .source_line import describe, where
from ..i18n import tr
from ...domain.i18n import N_, in_sentence
from ...domain.terms import role, term

if TYPE_CHECKING:  # pragma: no cover
    from ..context import WindowContext

ROWS: tuple[str, ...] = (N_("Presence"), N_("Source"), N_("Roles"), N_("Relations"), N_("Trust"),
                         N_("Commitment"), N_("Interdependence"))
STATE_MARK = {"present": "✓", "absent": "–", "not_described": "?"}
SCORE_ROW = 4  # the first score row (sparklines from here down)
TREND_COLUMN_TITLE = N_("Across phases")
ABSENT_TEXT = "#8A8A8A"
CURRENT_BACKGROUND = "#FFF4E0"


@dataclass(frozen=True)
class StoryColumn:
    """What one phase says about the actor."""

    phase_id: int
    phase: str
    present: bool
    roles: tuple[str, ...]
    incoming: int
    outgoing: int
    undirected: int
    medians: dict[str, int | None]
    scored: dict[str, int]
    state: str = ""  # present | absent | not_described ("": from ``present``)
    source_id: int | None = None  # of the presence in the phase

    @property
    def relations(self) -> int:
        return self.incoming + self.outgoing + self.undirected


def story_columns(model: Model, actor_id: int, facts: list[PhaseFacts] | None = None) -> list[StoryColumn]:
    """The actor's part in every phase, in session order."""
    out = []
    for f in facts if facts is not None else all_phase_facts(model):
        rels = f.incident.get(actor_id, []) if actor_id in f.actors else []
        incoming = sum(1 for r in rels if r.directed and r.target == actor_id and r.source != actor_id)
        outgoing = sum(1 for r in rels if r.directed and r.source == actor_id)
        undirected = sum(1 for r in rels if not r.directed)
        medians: dict[str, int | None] = {}
        scored: dict[str, int] = {}
        for dim in SCORE_DIMENSIONS:
            values = [v for v in (f.median(r.id, dim) for r in rels) if v is not None]
            medians[dim] = median_low(values)
            scored[dim] = len(values)
        row = model.presence(actor_id, f.phase.id)
        out.append(StoryColumn(f.phase.id, f.phase.name, actor_id in f.actors,
                               tuple(f.roles.get(actor_id, ())), incoming, outgoing, undirected,
                               medians, scored, model.presence_state(actor_id, f.phase.id),
                               row.source_id if row is not None else None))
    return out


def relations_text(col: StoryColumn) -> str:
    if not col.present:
        return "–"
    parts = []
    if col.incoming:
        parts.append(tr("{n} in").format(n=col.incoming))
    if col.outgoing:
        parts.append(tr("{n} out").format(n=col.outgoing))
    if col.undirected:
        parts.append(tr("{n} two-way").format(n=col.undirected))
    return f"{col.relations}" + (f" ({', '.join(parts)})" if parts else "")


def score_text(col: StoryColumn, dim: str) -> str:
    value = col.medians[dim]
    if not col.present:
        return "–"
    if value is None:
        return tr("not scored")
    return tr("{value} {label}  ({n} rel.)").format(value=value, label=term("score", value), n=col.scored[dim])


class StoryDock(LazyDock):
    """Follows the selected actor; one column per phase, sparklines for the scores (the table
    is made when the dock is first shown)."""

    def __init__(self, ctx: "WindowContext") -> None:
        super().__init__(tr("Actor story"), ctx.parent)
        self.setObjectName("StoryDock")
        self.main = ctx
        self.actor_id: int | None = None
        self.columns: list[StoryColumn] = []
        self.sparklines: dict[str, Sparkline] = {}

    def build(self) -> None:
        body = QWidget()
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setStyleSheet("font-size: 12pt; padding: 2px 2px 4px 2px;")
        self.table = QTableWidget(len(ROWS), 0)
        self.table.setAccessibleName(tr("The actor's story, phase by phase"))
        self.table.setVerticalHeaderLabels([tr(row) for row in ROWS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setWordWrap(True)
        self.table.setStyleSheet("QTableWidget { font-size: 10.5pt; gridline-color: #DDDDDD; }"
                                 " QHeaderView::section { font-size: 10.5pt; padding: 3px; }")
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setToolTip(tr("Click a phase to show it on the map"))
        self.table.horizontalHeader().sectionClicked.connect(self._header_clicked)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setMinimumSectionSize(36)  # room for the sparklines
        self.table.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.empty = QLabel(tr("Select one actor on the map to follow it through the phases."))
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #555; font-size: 11pt; padding: 12px;")
        layout = QVBoxLayout(body)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        self.setWidget(body)
        self._show_empty(True)
        self.refresh()  # made now: shows the session as it is

    def _show_empty(self, empty: bool) -> None:
        self.empty.setVisible(empty)
        self.table.setVisible(not empty)
        self.heading.setVisible(not empty)

    # -- following the selection ----------------------------------------------------------
    def follow_selection(self) -> None:
        """Show the selected actor (a relation or several items leave the story as it is)."""
        scene = self.main.scene
        if not shiboken6.isValid(scene):
            return
        actors = scene.selected_actor_ids()
        if len(actors) == 1 and actors[0] != self.actor_id:
            self.actor_id = actors[0]
            self.refresh()

    def show_actor(self, actor_id: int | None) -> None:
        self.actor_id = actor_id
        self.refresh()

    def refresh(self) -> None:
        if not self.built:
            return  # made with the story of then
        model = self.main.session.model
        if self.actor_id is None or self.actor_id not in model.tables["actors"]:
            self.actor_id = None
            self.columns = []
            self._show_empty(True)
            return
        self._show_empty(False)
        actor = model.actor(self.actor_id)
        self.columns = story_columns(model, self.actor_id, session_facts(model))  # shared, per edit
        colour = palette.TYPE_FILL.get(actor.type, "#999999")
        kind = term("actor type", actor.type)
        scale = term("scale", actor.scale)
        here = sum(c.present for c in self.columns)
        silent = sum(c.state == "not_described" for c in self.columns)
        unknown = tr(", not described in {n}").format(n=silent) if silent else ""
        self.heading.setText(
            tr("<span style='color:{colour}; font-size:16pt'>■</span> <b>{name}</b> <span "
               "style='color:#555'>· {kind}, {scale} · in {here} of {n} phases{unknown}</span>").format(
                    colour=colour, name=rich(actor.name), kind=rich(kind), scale=rich(scale), here=here,
                    n=len(self.columns), unknown=unknown))
        self._fill_table()

    def _fill_table(self) -> None:
        cols = self.columns
        table = self.table
        table.setColumnCount(len(cols) + 1)
        current = self.main.phase_id
        for j, col in enumerate(cols):
            header = QTableWidgetItem(f"{j + 1}. {col.phase}")
            header.setToolTip(literal(col.phase))
            if col.phase_id == current:
                f = QFont(table.font())
                f.setBold(True)
                header.setFont(f)
                header.setText(f"▶ {j + 1}. {col.phase}")
            table.setHorizontalHeaderItem(j, header)
            src = self.main.session.model.source(col.source_id)
            values = [
                f"{STATE_MARK.get(col.state, '')} {in_sentence(term('presence', col.state))}",
                (where(src) or src.kind) if src is not None else "–",
                ", ".join(role(r) for r in col.roles) if col.roles else (tr("no role stated") if col.present else "–"),
                relations_text(col),
                *(score_text(col, d) for d in SCORE_DIMENSIONS),
            ]
            for i, text in enumerate(values):
                cell = QTableWidgetItem(text)
                cell.setTextAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                if not col.present:
                    cell.setForeground(QBrush(QColor(ABSENT_TEXT)))
                if i == 1:
                    cell.setToolTip(literal(describe(src, full=True)))
                if col.phase_id == current:
                    cell.setBackground(QBrush(QColor(CURRENT_BACKGROUND)))
                table.setItem(i, j, cell)
        trend = len(cols)
        table.setHorizontalHeaderItem(trend, QTableWidgetItem(tr(TREND_COLUMN_TITLE)))
        table.horizontalHeader().setSectionResizeMode(trend, QHeaderView.ResizeMode.Fixed)
        table.setColumnWidth(trend, 150)
        index = next((j for j, c in enumerate(cols) if c.phase_id == current), None)
        for i in range(len(ROWS)):
            table.setItem(i, trend, QTableWidgetItem(""))
        relation_line = self._sparkline("relations", ROWS.index("Relations"))
        relation_line.set_values([c.relations if c.present else None for c in cols], index,
                                 low=0, high=max([1] + [c.relations for c in cols]))
        for row, dim in enumerate(SCORE_DIMENSIONS, start=SCORE_ROW):
            self._sparkline(dim, row).set_values([c.medians[dim] for c in cols], index, low=1, high=5)
        table.resizeRowsToContents()

    def _sparkline(self, key: str, row: int) -> Sparkline:
        line = Sparkline()
        self.table.setCellWidget(row, self.table.columnCount() - 1, line)
        self.sparklines[key] = line
        return line

    def cell_text(self, row: str, phase_index: int) -> str:
        """What the table says in a row (by its title) for a phase (by position)."""
        item = self.table.item(ROWS.index(row), phase_index)
        return item.text() if item is not None else ""

    def _header_clicked(self, section: int) -> None:
        if 0 <= section < len(self.columns):
            self.main.set_phase(self.columns[section].phase_id)


__all__ = ["StoryDock", "StoryColumn", "story_columns"]
