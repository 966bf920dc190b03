"""The Public value dock: what the project is meant to be good for, for whom, and at whose cost.

A map of who works with whom says nothing of the value the project should create for the
public, nor of who gains and who bears its costs; 000 reads smart-city collaboration through
public value, which diverse stakeholders can create or deplete. The dock holds an editable statement for the
whole session and one per phase, and per actor in the phase shown what it gains and what
costs it bears. The statements go on the snapshot pack's title and phase pages and, when
the facilitator asks, in the presentation's heading. Every edit is one command.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain import commands as cmds
from ...domain.commands_arenas import SetPhasePublicValue
from ...domain.commands_evidence import SetValueEffects
from ...domain.model import Model
from .concept_parts import CommitText, EditContext, hint, section_title
from .lazy_dock import LazyDock
from ..i18n import tr
from ...domain.i18n import N_

COLUMNS = (N_("Actor"), N_("Gains"), N_("Bears costs"))
TOP_LEFT = Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft


def session_value(model: Model) -> str:
    value = model.meta("public_value", "")
    return value if isinstance(value, str) else ""


def value_rows(model: Model, phase_id: int) -> list[tuple[int, str, str]]:
    """(actor id, gains, costs) for the actors taking part in the phase and any other with
    an effect recorded in it, by name."""
    out = []
    for a in sorted(model.actors, key=lambda a: a.name.casefold()):
        row = model.presence(a.id, phase_id)
        gains, costs = (row.value_gains, row.value_costs) if row is not None else ("", "")
        if model.is_present(a.id, phase_id) or gains or costs:
            out.append((a.id, gains, costs))
    return out


class PublicValueDock(LazyDock):
    actorClicked = Signal(int)
    wallToggled = Signal(bool)

    def __init__(self, ctx: EditContext, parent: QWidget | None = None) -> None:
        super().__init__(tr("Public value"), parent)
        self.setObjectName("PublicValueDock")
        self.ctx = ctx
        self._loading = False
        self._wall_first = False  # the check box's state until it is made
        self.setMinimumWidth(340)

    def build(self) -> None:
        self.session_text = CommitText(tr("The public value this project is meant to create, in the "
                                          "room's words"), height=58)
        self.session_text.setObjectName("public_value_session")
        self.session_text.committed.connect(
            lambda text: self.ctx.execute(cmds.SetMeta(key="public_value", value=text)))
        self.phase_title = section_title(tr("In this phase"))
        self.phase_text = CommitText(tr("What this phase is meant to deliver for the public"), height=58)
        self.phase_text.setObjectName("public_value_phase")
        self.phase_text.committed.connect(self._phase_done)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("value_effects")
        self.table.setAccessibleName(tr("Public value effects"))
        self.table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        header = self.table.horizontalHeader()
        for col in range(len(COLUMNS)):  # a third each: long names wrap like the effects
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(self._cell_changed)
        self.table.cellClicked.connect(self._clicked)
        self.on_wall = QCheckBox(tr("Show the statement in the presentation's heading"))
        self.on_wall.setObjectName("public_value_on_wall")
        self.on_wall.setChecked(self._wall_first)
        self.on_wall.toggled.connect(self.wallToggled)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(section_title(tr("Intended public value (whole session)")))
        layout.addWidget(self.session_text)
        layout.addWidget(self.phase_title)
        layout.addWidget(self.phase_text)
        layout.addWidget(section_title(tr("Who gains, who bears costs")))
        layout.addWidget(hint(tr("Double-click a cell to write it; one edit per cell.")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.on_wall)
        self.setWidget(body)
        self.refresh()  # made now: shows the session as it is

    def wall_shown(self) -> bool:
        """Whether the statement is asked for in the presentation's heading."""
        return self.on_wall.isChecked() if self.built else self._wall_first

    def set_wall_shown(self, on: bool) -> None:
        """Tick the check box (kept until the dock is made, which starts with it)."""
        if self.built:
            self.on_wall.setChecked(on)
        else:
            self._wall_first = on

    def refresh(self) -> None:
        if not self.built:
            return  # read afresh when made
        model = self.ctx.session.model
        pid = self.ctx.phase_id
        if pid not in model.tables["phases"]:
            return
        self.session_text.set_value(session_value(model))
        phase = model.phase(pid)
        self.phase_title.setText(tr("In {name}").format(name=phase.name))
        self.phase_text.set_value(phase.public_value)
        rows = value_rows(model, pid)
        editing = self.table.state() == QAbstractItemView.State.EditingState
        if editing:
            return  # the cell being written is read again once it is committed
        self._loading = True
        try:
            self.table.setRowCount(len(rows))
            for r, (aid, gains, costs) in enumerate(rows):
                name = QTableWidgetItem(model.actor(aid).name)
                name.setData(Qt.ItemDataRole.UserRole, aid)
                name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
                if not model.is_present(aid, pid):
                    name.setForeground(Qt.GlobalColor.gray)
                    name.setToolTip(tr("Not taking part in this phase"))
                name.setTextAlignment(TOP_LEFT)
                self.table.setItem(r, 0, name)
                for col, text in ((1, gains), (2, costs)):
                    cell = QTableWidgetItem(text)
                    cell.setData(Qt.ItemDataRole.UserRole, aid)
                    cell.setTextAlignment(TOP_LEFT)
                    cell.setToolTip(text)
                    self.table.setItem(r, col, cell)
            self.table.resizeRowsToContents()
        finally:
            self._loading = False

    def row_of(self, actor_id: int) -> int | None:
        for r in range(self.table.rowCount()):
            item = self.table.item(r, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == actor_id:
                return r
        return None

    def _phase_done(self, text: str) -> None:
        self.ctx.execute(SetPhasePublicValue(phase_id=self.ctx.phase_id, text=text))

    def _cell_changed(self, item: QTableWidgetItem) -> None:
        if self._loading or item.column() not in (1, 2):
            return
        aid = item.data(Qt.ItemDataRole.UserRole)
        row = self.ctx.session.model.presence(aid, self.ctx.phase_id)
        old = (row.value_gains, row.value_costs)[item.column() - 1] if row is not None else ""
        if item.text() == old:
            return
        side = {"gains": item.text()} if item.column() == 1 else {"costs": item.text()}
        self.ctx.execute(SetValueEffects(actor_id=aid, phase_id=self.ctx.phase_id, **side))
        self.refresh()

    def _clicked(self, row: int, column: int) -> None:
        item = self.table.item(row, 0)
        if column == 0 and item is not None:
            self.actorClicked.emit(item.data(Qt.ItemDataRole.UserRole))


__all__ = ["PublicValueDock", "session_value", "value_rows"]
