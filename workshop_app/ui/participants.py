"""Who is in the room: names, organisations and the actor each one speaks for.

Votes are kept per participant, so the list must be right before a round starts and may
change at any time (late arrivals, a misspelt name). Every change is a command through the
window context, so it is saved, undoable and refused with a reason (e.g. a duplicate name).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..domain import commands as cmds
from ..domain.wording import count
from .context import FeatureBase, WindowContext
from .names import full_names, whole_names_in_combo
from .text import literal
from .i18n import tr

NAME, ORGANISATION, SPEAKS_FOR, VOTES = range(4)
_FIELDS = {NAME: "name", ORGANISATION: "organisation"}


class ParticipantsDialog(QDialog):
    """A table of participants, edited in place; stays open beside the canvas if wanted."""

    def __init__(self, ctx: WindowContext) -> None:
        super().__init__(ctx.parent)
        self.ctx = ctx
        self.setWindowTitle(tr("Participants"))
        self.setObjectName("ParticipantsDialog")
        self._loading = False
        self.table = QTableWidget(0, 4)
        full_names(self.table)
        self.table.setHorizontalHeaderLabels([tr("Name"), tr("Organisation"), tr("Speaks for"), tr("Votes")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.setTabKeyNavigation(False)  # Tab goes on to the buttons; arrows move among cells
        self.table.setAccessibleName(tr("Participants"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ORGANISATION, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SPEAKS_FOR, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(VOTES, QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemChanged.connect(self._item_changed)
        self.add_button = QPushButton(tr("Add participant"))
        self.add_button.clicked.connect(self.add_participant)
        self.delete_button = QPushButton(tr("Delete…"))
        self.delete_button.clicked.connect(self.delete_selected)
        close = QPushButton(tr("Close"))
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        hint = QLabel(tr("Double-click a name or organisation to change it. Votes are kept per "
                         "participant; the canvas shows the median of everybody's votes."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.resize(760, 420)
        self.refresh()

    # -- reading --------------------------------------------------------------------------
    def participant_id(self, row: int) -> int | None:
        item = self.table.item(row, NAME)
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def row_of(self, participant_id: int) -> int | None:
        for row in range(self.table.rowCount()):
            if self.participant_id(row) == participant_id:
                return row
        return None

    def _vote_counts(self) -> dict[int, int]:
        counts: dict[int, int] = {}
        for _rel, _phase, pid in self.ctx.session.model.tables["scores"]:
            counts[pid] = counts.get(pid, 0) + 1
        return counts

    def refresh(self) -> None:
        """Bring the rows in line with the session (after any change, undo included).

        Items and boxes are updated in place rather than replaced, so a refresh that arrives
        while a cell is being edited never pulls the item from under the editor.
        """
        model = self.ctx.session.model
        current = self.participant_id(self.table.currentRow()) if self.table.currentRow() >= 0 else None
        counts = self._vote_counts()
        actors = [(a.id, a.name) for a in sorted(model.actors, key=lambda a: a.name.casefold())]
        self._loading = True
        try:
            self.table.setRowCount(len(model.participants))
            for row, p in enumerate(model.participants):
                self._set_text(row, NAME, p.name, editable=True).setData(Qt.ItemDataRole.UserRole, p.id)
                self._set_text(row, ORGANISATION, p.organisation, editable=True)
                self._set_text(row, VOTES, str(counts.get(p.id, 0)), editable=False)
                self._speaks_for_box(row, actors).setCurrentIndex(
                    0 if p.actor_id is None else max(0, self._speaks_for_box(row, actors).findData(p.actor_id)))
        finally:
            self._loading = False
        row = self.row_of(current) if current is not None else None
        if row is not None:
            self.table.selectRow(row)
        self.delete_button.setEnabled(len(model.participants) > 0)

    def _set_text(self, row: int, column: int, text: str, *, editable: bool) -> QTableWidgetItem:
        item = self.table.item(row, column)
        if item is None:
            item = QTableWidgetItem()
            if not editable:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.table.setItem(row, column, item)
        if item.text() != text:
            item.setText(text)
        return item

    def _speaks_for_box(self, row: int, actors: list[tuple[int, str]]) -> QComboBox:
        box = self.table.cellWidget(row, SPEAKS_FOR)
        if not isinstance(box, QComboBox):
            box = QComboBox()
            box.setToolTip(tr("The actor this participant speaks for (optional)"))
            box.currentIndexChanged.connect(lambda _i, r=row: self._speaks_for_row(r))
            whole_names_in_combo(box)
            self.table.setCellWidget(row, SPEAKS_FOR, box)
        if box.property("actors") != repr(actors):
            box.clear()
            box.addItem("—", None)
            for aid, name in actors:
                box.addItem(name, aid)
            box.setProperty("actors", repr(actors))
        return box

    def refresh_votes(self) -> None:
        """Only the vote counts changed (a round is running): leave any open editor alone."""
        counts = self._vote_counts()
        self._loading = True
        try:
            for row in range(self.table.rowCount()):
                pid, item = self.participant_id(row), self.table.item(row, VOTES)
                if pid is not None and item is not None:
                    item.setText(str(counts.get(pid, 0)))
        finally:
            self._loading = False

    # -- editing --------------------------------------------------------------------------
    def _item_changed(self, item: QTableWidgetItem) -> None:
        if self._loading or item.column() not in _FIELDS:
            return
        pid = self.participant_id(item.row())
        if pid is None:
            return
        field = _FIELDS[item.column()]
        old = getattr(self.ctx.session.model.tables["participants"][pid], field)
        if item.text() != old:
            self.ctx.execute(cmds.UpdateParticipant(participant_id=pid, changes={field: item.text()}))
            self.refresh()  # a refused name goes back to what is stored

    def _speaks_for_row(self, row: int) -> None:
        box, pid = self.table.cellWidget(row, SPEAKS_FOR), self.participant_id(row)
        if not self._loading and isinstance(box, QComboBox) and pid is not None:
            self._speaks_for(pid, box.currentData())

    def _speaks_for(self, participant_id: int, actor_id: int | None) -> None:
        if self._loading:
            return
        current = self.ctx.session.model.tables["participants"][participant_id].actor_id
        if current != actor_id:
            self.ctx.execute(cmds.UpdateParticipant(participant_id=participant_id, changes={"actor_id": actor_id}))

    def add_participant(self) -> int | None:
        """Add "Participant n" and open its name for typing."""
        existing = {p.name for p in self.ctx.session.participants}
        n = len(existing) + 1
        while tr("Participant {n}").format(n=n) in existing:
            n += 1
        pid = self.ctx.execute(cmds.AddParticipant(participant_name=tr("Participant {n}").format(n=n)))
        if pid is None:
            return None
        self.refresh()
        row = self.row_of(pid)
        if row is not None:
            self.table.setCurrentCell(row, NAME)
            self.table.editItem(self.table.item(row, NAME))
        return int(pid)

    def delete_selected(self) -> None:
        row = self.table.currentRow()
        pid = self.participant_id(row) if row >= 0 else None
        if pid is None:
            QMessageBox.information(self, tr("Delete participant"), tr("Select a participant first."))
            return
        self.delete_participant(pid)

    def delete_participant(self, participant_id: int) -> bool:
        """Delete one participant; asks first when their votes would go with them."""
        p = self.ctx.session.model.tables["participants"][participant_id]
        votes = self._vote_counts().get(participant_id, 0)
        if votes:
            answer = QMessageBox.question(
                self, tr("Delete participant"),
                literal(tr("Delete {name} and their {votes} in every phase?\nTheir quotes stay, without a "
                           "name. You can undo this with Ctrl+Z.").format(
                        name=p.name, votes=count(votes, 'vote'))),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        self.ctx.execute(cmds.DeleteParticipant(participant_id=participant_id))
        return participant_id not in self.ctx.session.model.tables["participants"]


class Participants(FeatureBase):
    """The feature: Score ▸ Participants… opens the (one) dialog."""

    name = "participants"

    def __init__(self) -> None:
        super().__init__()
        self.dialog: ParticipantsDialog | None = None

    def attach(self, ctx: WindowContext) -> None:
        super().attach(ctx)
        menu = ctx.menu("score")
        first = menu.actions()[0] if menu.actions() else None
        self.action = ctx.declare("participants", tr("Participants…"), self.open, "Ctrl+Shift+P",
                                  menu="score", before=first,
                                  tip=tr("Who is in the room, their organisation and whom they speak for"))
        ctx.add_separator("score", before=first)
        events = ctx.model_events
        for signal in (events.participantsChanged, events.actorsChanged, events.reset):
            ctx.connect(signal, self._names_changed)
        ctx.connect(events.scoresChanged, self._votes_changed)
        ctx.connect(ctx.signals.sessionChanged, self._names_changed)

    def detach(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        super().detach()

    def open(self) -> ParticipantsDialog:
        if self.dialog is None:
            self.dialog = ParticipantsDialog(self.ctx)
        self.dialog.refresh()
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def _names_changed(self, *_args: object) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.refresh()

    def _votes_changed(self, _pairs: list[tuple[int, int]]) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            self.dialog.refresh_votes()
