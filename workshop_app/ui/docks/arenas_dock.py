"""The Arenas dock: the project's forums (steering committee, operations team, project teams...)
with their members per phase, and 3C read per arena over the phases.

002 reads the 3C class per governance level: Antwerp's and Darmstadt's steering bodies
reached coordination or collaboration while the project teams stayed at cooperation. An
arena's class comes from the relations whose two ends both sit in it in that phase, next to
the class a source states for it (``analysis.classes``). Every change here is one command
(``AddArena``, ``UpdateArena``, ``DeleteArena``, ``SetArenaMembers``): one undo step, saved.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...analysis.classes import citation
from ...domain.commands_arenas import AddArena, DeleteArena, SetArenaMembers, UpdateArena
from ...domain.commands_levels import stated_classes_of
from ...domain.wording import count
from ..names import whole_names_in_combo
from ..text import literal
from .. import seams
from .concept_parts import EditContext, hint, section_title
from .lazy_dock import LazyDock
from ..i18n import tr
from ...domain.terms import choices, in_sentence, term

if TYPE_CHECKING:  # pragma: no cover
    from ...charts.arena_chart import ArenaCharts



class ArenasDock(LazyDock):
    """Arenas on the left (list, level, members in the phase shown), their 3C chart on the right
    (all made when the dock is first shown)."""

    phaseRequested = Signal(int)

    def __init__(self, ctx: EditContext, parent: QWidget | None = None) -> None:
        super().__init__(tr("Arenas"), parent)
        self.setObjectName("ArenasDock")
        self.ctx = ctx
        self._loading = False
        self.confirm_delete: Callable[[str, int], bool] = self._ask_delete
        self._charts: ArenaCharts | None = None
        self._drawn: tuple[object, int, int] | None = None

    def build(self) -> None:
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("arena_table")
        self.table.setAccessibleName(tr("Arenas"))
        self.table.setHorizontalHeaderLabels([tr("Arena"), tr("Level"), tr("Members here")])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemChanged.connect(self._renamed)
        self.table.itemSelectionChanged.connect(self._show_members)
        self.add_button = QPushButton(tr("Add arena"))
        self.add_button.clicked.connect(self.add_arena)
        self.delete_button = QPushButton(tr("Delete"))
        self.delete_button.clicked.connect(self.delete_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        self.members_title = section_title(tr("Members"))
        self.members = QListWidget()
        self.members.setObjectName("arena_members")
        self.members.setAccessibleName(tr("Members of the arena"))
        self.members.itemChanged.connect(self._members_changed)
        self.stated = hint()
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(4, 4, 4, 4)
        column.addWidget(hint(tr("002 reads 3C per governance level: tick who sits in each forum "
                                 "in the phase shown.")))
        column.addWidget(self.table, 2)
        column.addLayout(buttons)
        column.addWidget(self.members_title)
        column.addWidget(self.members, 3)
        column.addWidget(self.stated)
        # The chart takes the right-hand side when the panel is first shown (``charts``).
        self._split = split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(QWidget())
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        self.setWidget(split)
        self.refresh()  # made now: shows the session as it is

    @property
    def charts(self) -> "ArenaCharts":
        """The 3C chart per arena, made on first use (pyqtgraph loads through ``seams``)."""
        self.ensure_built()
        if self._charts is None:
            self._charts = seams.arena_charts()()
            self._charts.phaseClicked.connect(self.phaseRequested)
            self._split.replaceWidget(1, self._charts).deleteLater()
        return self._charts

    # -- reading -----------------------------------------------------------------------------
    def arena_ids(self) -> list[int]:
        return sorted(self.ctx.session.model.tables["arenas"])

    def current_arena(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        item = self.table.item(rows[0].row(), 0)
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def select_arena(self, arena_id: int) -> None:
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == arena_id:
                self.table.selectRow(row)
                return

    def member_ids(self, arena_id: int, phase_id: int) -> list[int]:
        return sorted(k[1] for k in self.ctx.session.model.tables["arena_members"]
                      if k[0] == arena_id and k[2] == phase_id)

    def refresh(self) -> None:
        """Re-read the arenas, the members in the phase shown and (after an edit) the chart."""
        if not self.built:
            return  # read afresh when made
        model = self.ctx.session.model
        keep = self.current_arena()
        self._loading = True
        try:
            arenas = sorted(model.tables["arenas"].values(), key=lambda a: a.id)
            self.table.setRowCount(len(arenas))
            for row, arena in enumerate(arenas):
                name = QTableWidgetItem(arena.name)
                name.setData(Qt.ItemDataRole.UserRole, arena.id)
                tip = arena.note or ""
                if arena.source_id is not None:
                    tip = (tip + "\n" if tip else "") + tr("Source: {citation}").format(
                        citation=citation(model, arena.source_id))
                name.setToolTip(tip or tr("Double-click to rename"))
                self.table.setItem(row, 0, name)
                self.table.setCellWidget(row, 1, self._level_box(arena.id, arena.level))
                n = len(self.member_ids(arena.id, self.ctx.phase_id))
                here = QTableWidgetItem(str(n))
                here.setFlags(here.flags() & ~Qt.ItemFlag.ItemIsEditable)
                here.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, 2, here)
        finally:
            self._loading = False
        if keep in model.tables["arenas"]:
            self.select_arena(keep)
        elif arenas and self.current_arena() is None:
            self.table.selectRow(0)
        self._show_members()
        drawn = (model, model.revision, len(model.phases))
        if drawn != self._drawn:
            self.charts.set_model(model, self.ctx.phase_id)
            self._drawn = drawn
        else:
            self.charts.set_current(self.ctx.phase_id)

    def _level_box(self, arena_id: int, level: str) -> QComboBox:
        box = QComboBox()
        for key, label in choices("arena level"):
            box.addItem(label, key)
        box.setCurrentIndex(max(0, box.findData(level)))
        whole_names_in_combo(box)
        box.currentIndexChanged.connect(
            lambda _i, a=arena_id, b=box: self._level_chosen(a, b.currentData()))
        return box

    def _show_members(self) -> None:
        model = self.ctx.session.model
        pid = self.ctx.phase_id
        arena_id = self.current_arena()
        self._loading = True
        try:
            self.members.clear()
            self.delete_button.setEnabled(arena_id is not None)
            self.members.setEnabled(arena_id is not None)
            if arena_id is None or pid not in model.tables["phases"]:
                self.members_title.setText(tr("Members"))
                self.stated.setText("")
                return
            arena = model.tables["arenas"][arena_id]
            self.members_title.setText(tr("Members of {name} in {name2}").format(
                    name=arena.name, name2=model.phase(pid).name))
            chosen = set(self.member_ids(arena_id, pid))
            actors = sorted(model.actors, key=lambda a: (not model.is_present(a.id, pid), a.name.casefold()))
            for actor in actors:
                state = model.presence_state(actor.id, pid)
                text = actor.name if state == "present" else tr("{name}  ({state} here)").format(
                    name=actor.name, state=in_sentence(term("presence", state)))
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, actor.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if actor.id in chosen else Qt.CheckState.Unchecked)
                if state != "present":
                    item.setForeground(Qt.GlobalColor.gray)
                self.members.addItem(item)
            stated = stated_classes_of(model, pid, None, arena_id)
            self.stated.setText(
                tr("Stated here: {classes}").format(classes="; ".join(
                    term("3C class", s.three_c) + (f" ({citation(model, s.source_id)})"
                                                   if s.source_id is not None else "")
                    for s in stated)) if stated else "")
        finally:
            self._loading = False

    # -- editing -----------------------------------------------------------------------------
    def add_arena(self) -> int | None:
        existing = {a.name for a in self.ctx.session.model.tables["arenas"].values()}
        n = 1
        while tr("New arena {n}").format(n=n) in existing:
            n += 1
        arena_id = self.ctx.execute(AddArena(arena_name=tr("New arena {n}").format(n=n), level="other"))
        if arena_id is not None:
            self.refresh()
            self.select_arena(arena_id)
            row = self.table.currentRow()
            if row >= 0:
                self.table.editItem(self.table.item(row, 0))
        return arena_id

    def _renamed(self, item: QTableWidgetItem) -> None:
        if self._loading or item.column() != 0:
            return
        arena_id = item.data(Qt.ItemDataRole.UserRole)
        arena = self.ctx.session.model.tables["arenas"].get(arena_id)
        if arena is None or item.text().strip() == arena.name:
            return
        self.ctx.execute(UpdateArena(arena_id=arena_id, changes={"name": item.text()}))
        self.refresh()  # a refused name shows the old one again

    def _level_chosen(self, arena_id: int, level: str) -> None:
        arena = self.ctx.session.model.tables["arenas"].get(arena_id)
        if self._loading or arena is None or arena.level == level:
            return
        self.ctx.execute(UpdateArena(arena_id=arena_id, changes={"level": level}))

    def _members_changed(self, _item: QListWidgetItem) -> None:
        arena_id = self.current_arena()
        if self._loading or arena_id is None:
            return
        wanted = [self.members.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.members.count())
                  if self.members.item(i).checkState() == Qt.CheckState.Checked]
        self.ctx.execute(SetArenaMembers(arena_id=arena_id, phase_id=self.ctx.phase_id, actor_ids=wanted))

    def delete_current(self) -> None:
        arena_id = self.current_arena()
        if arena_id is None:
            return
        model = self.ctx.session.model
        arena = model.tables["arenas"][arena_id]
        held = sum(1 for k in model.tables["arena_members"] if k[0] == arena_id)
        if held and not self.confirm_delete(arena.name, held):
            return
        self.ctx.execute(DeleteArena(arena_id=arena_id))

    def _ask_delete(self, name: str, held: int) -> bool:
        answer = QMessageBox.question(
            self, tr("Delete arena"),
            literal(tr("Delete {name} with its {memberships} in every phase?\nYou can undo this with "
                       "Ctrl+Z.").format(name=name, memberships=count(held, 'membership'))))
        return answer == QMessageBox.StandardButton.Yes


__all__ = ["ArenasDock"]
