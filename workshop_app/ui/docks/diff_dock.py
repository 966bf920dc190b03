"""The "Compare phases" dock: what changed between two phases, in words and on the map.

Assemblage thinking asks who entered, who left and whose role changed as a project moves
on; the room sees it best as marks on the map it already knows, with a list that names every
change in a full sentence. A click on a line selects that actor or relation and shows the
phase where it can be seen: the later phase for what is new or changed, the earlier one for
what left or ended.

Two phases of a big session can differ in thousands of ways (every score that moved), more
than anyone reads in a meeting and more than a list widget fills quickly, so each group shows
its first lines and a "… N more" line that shows the next ones when clicked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGraphicsItem,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...analysis.diff import KINDS, DiffItem, PhaseDiff, diff_facts
from ...analysis.facts import session_facts
from ...domain.model import Model
from ...domain.wording import count
from ...io.pack_text import decision_line, decisions_between
from ..text import literal, plain
from .canvas_marks import CanvasMarks
from .lazy_dock import LazyDock
from ...canvas import items as canvas_items
from ...canvas.overlay import paint_not_described_key
from ..i18n import tr
from ...domain.i18n import N_

if TYPE_CHECKING:  # pragma: no cover
    from ..context import WindowContext

OWNER = "diff"
# diff kind -> (canvas mark kind, group heading, legend wording). Present in one phase and not
# described in the other is listed but not marked on the map: no mark may say "left" or
# "joined" about what a source only does not describe ("" = no mark).
KIND_INFO: dict[str, tuple[str, str, str]] = {
    "actor_entered": ("entered", N_("Joined"), N_("joined")),
    "actor_left": ("left", N_("Left"), N_("left (faded)")),
    "actor_not_described": ("", N_("Not described in the later phase"), N_("not described")),
    "actor_described": ("", N_("Described again"), N_("described again")),
    "roles_changed": ("roles_changed", N_("Roles changed"), N_("roles changed")),
    "relation_appeared": ("appeared", N_("New relations"), N_("new relation")),
    "relation_ended": ("ended", N_("Relations ended"), N_("relation ended (faded)")),
    "relation_not_described": ("", N_("Relations not described in the later phase"), N_("not described")),
    "relation_described": ("", N_("Relations described again"), N_("described again")),
    "score_changed": ("score_changed", N_("Scores changed level"), N_("score level changed")),
}
ACTOR_KINDS = ("actor_entered", "actor_left", "actor_not_described", "actor_described",
               "roles_changed")
SHOWN_IN_EARLIER = ("actor_left", "relation_ended", "actor_not_described",
                    "relation_not_described")
ROLE_DIFF = Qt.ItemDataRole.UserRole
ROLE_MORE = Qt.ItemDataRole.UserRole + 1  # on a "… N more" line: the diff kind it extends
LINES_PER_GROUP = 300  # lines shown per group at first, and added per click on "… N more"
HEADER_BACKGROUND = "#EEF1F5"


def mark_icon(mark: str, size: int = 30) -> QIcon:
    """The canvas mark's own symbol, so each heading doubles as its legend entry."""
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)

    paint = getattr(canvas_items, "paint_mark_symbol", None)
    if paint is not None:
        painter = QPainter(pix)
        paint(painter, mark, QRectF(1, 1, size - 2, size - 2))
        painter.end()
    return QIcon(pix)


def not_described_icon(size: int = 30) -> QIcon:
    """The map's look for "not described", for the headings of what is only not described."""
    pix = QPixmap(size, size)
    pix.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pix)
    paint_not_described_key(painter, QRectF(1, 1, size - 2, size - 2))
    painter.end()
    return QIcon(pix)


def canvas_marks_of(diff: PhaseDiff) -> tuple[dict[int, str], dict[int, str]]:
    """Actor and relation marks for a diff; entering or leaving outranks a role change."""
    actors: dict[int, str] = {}
    relations: dict[int, str] = {}
    for item in diff.items:
        mark = KIND_INFO[item.kind][0]
        if not mark:
            continue
        if item.kind in ACTOR_KINDS:
            for aid in item.actor_ids:
                if aid not in actors or actors[aid] == "roles_changed":
                    actors[aid] = mark
        else:
            for rid in item.relation_ids:
                if rid not in relations or relations[rid] == "score_changed":
                    relations[rid] = mark
    return actors, relations


def short_text(item: DiffItem, diff: PhaseDiff) -> str:
    """The sentence without "between <phase> and <phase>": the summary above names them once.

    Phase names are often long ("Digitalstadt GmbH and project portfolio (2018 - early
    2020)"); repeated on every line they would bury the names of the actors.
    """
    tail = f" between {diff.phase_a_name} and {diff.phase_b_name}"
    return item.text[: -len(tail)] if item.text.endswith(tail) else item.text


class DiffDock(LazyDock):
    """Two phase pickers, the changes grouped by kind with counts, and marks on the map (made
    when the dock is first shown)."""

    def __init__(self, ctx: "WindowContext", marks: CanvasMarks) -> None:
        super().__init__(tr("Compare phases"), ctx.parent)
        self.setObjectName("DiffDock")
        self.main = ctx
        self.marks = marks
        self.diff: PhaseDiff | None = None
        self._diff_of: tuple[Model, int, int, int] | None = None  # model, revision, a, b
        self._limits: dict[str, int] = {}  # lines shown per kind, grown by "… N more"
        self._more: tuple[str, int] | None = None  # (kind, row) of a "… N more" just clicked
        self._jumping = False
        self._want_marks = True
        marks.changed.connect(lambda _owner: self._update_buttons())
        self.toggleViewAction().toggled.connect(self._shown_or_closed)

    def build(self) -> None:
        body = QWidget()
        self.from_box = QComboBox()
        self.to_box = QComboBox()
        for box, tip in ((self.from_box, tr("The earlier phase of the comparison")),
                         (self.to_box, tr("The phase to compare it with"))):
            box.setToolTip(tip)
            box.setMinimumContentsLength(10)
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.activated.connect(self._picked)
        self.swap = QToolButton()
        self.swap.setText("⇄")
        self.swap.setToolTip(tr("Swap the two phases"))
        self.swap.clicked.connect(self._swap)
        pickers = QHBoxLayout()
        pickers.addWidget(QLabel(tr("From")))
        pickers.addWidget(self.from_box, 1)
        pickers.addWidget(QLabel(tr("to", "From phase … to phase …")))
        pickers.addWidget(self.to_box, 1)
        pickers.addWidget(self.swap)
        self.follow = QCheckBox(tr("Follow the phase bar (previous → current)"))
        self.follow.setChecked(True)
        self.follow.toggled.connect(self._follow_toggled)
        self.summary = plain(QLabel())  # names the two phases as typed
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: 700; font-size: 11pt; padding: 4px 0;")
        self.decisions = plain(QLabel())  # decisions on the timeline between the two phases
        self.decisions.setWordWrap(True)
        self.decisions.setStyleSheet("color: #0B3C6E; padding-bottom: 4px;")
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Changes between the two phases"))
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setIconSize(QSize(26, 26))
        self.list.setSpacing(1)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setStyleSheet("QListWidget { font-size: 10.5pt; }")
        self.list.itemClicked.connect(self._clicked)
        self.list.itemActivated.connect(self._clicked)
        self.mark_button = QPushButton(tr("Mark on map"))
        self.mark_button.setToolTip(tr("Show these changes as marks on the map"))
        self.mark_button.clicked.connect(self.show_marks)
        self.clear_button = QPushButton(tr("Clear marks"))
        self.clear_button.setToolTip(tr("Take the marks off the map"))
        self.clear_button.clicked.connect(self.clear_marks)
        buttons = QHBoxLayout()
        buttons.addWidget(self.mark_button)
        buttons.addWidget(self.clear_button)
        hint = QLabel(tr("Click a line to select it on the map."))
        hint.setStyleSheet("color: #555;")
        layout = QVBoxLayout(body)
        layout.addLayout(pickers)
        layout.addWidget(self.follow)
        layout.addWidget(self.summary)
        layout.addWidget(self.decisions)
        layout.addWidget(self.list, 1)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        self.setWidget(body)

    # -- phases ---------------------------------------------------------------------------
    @property
    def phase_a(self) -> int | None:
        return self.from_box.currentData()

    @property
    def phase_b(self) -> int | None:
        return self.to_box.currentData()

    def _fill_pickers(self) -> None:
        phases = self.main.session.phases
        items = [(f"{i + 1}. {p.name}", p.id) for i, p in enumerate(phases)]
        for box in (self.from_box, self.to_box):
            current = box.currentData()
            if [(box.itemText(i), box.itemData(i)) for i in range(box.count())] != items:
                box.blockSignals(True)
                box.clear()
                for text, pid in items:
                    box.addItem(text, pid)
                    box.setItemData(box.count() - 1, literal(text), Qt.ItemDataRole.ToolTipRole)
                box.blockSignals(False)
            index = box.findData(current)
            box.setCurrentIndex(index if index >= 0 else 0)

    def _choose(self, phase_a: int, phase_b: int) -> None:
        """Set the two pickers without comparing yet."""
        self._fill_pickers()
        for box, pid in ((self.from_box, phase_a), (self.to_box, phase_b)):
            index = box.findData(pid)
            if index >= 0:
                box.setCurrentIndex(index)

    def set_phases(self, phase_a: int, phase_b: int) -> None:
        """Compare ``phase_a`` (earlier) with ``phase_b`` and show the result."""
        self._choose(phase_a, phase_b)
        self.refresh()

    def follow_phase(self, phase_id: int, *, compare: bool = True) -> None:
        """Previous → current (or, on the first phase, first → second).

        ``compare=False`` only sets the pickers: on a phase switch the comparison waits for
        the panels' next refresh, so a quick run through the phases costs one diff, not one
        per step, and a closed panel costs nothing.
        """
        ids = [p.id for p in self.main.session.phases]
        if phase_id in ids and len(ids) >= 2:
            i = ids.index(phase_id)
            self._choose(*((ids[i - 1], ids[i]) if i > 0 else (ids[0], ids[1])))
        if compare:
            self.refresh()

    def _follow_toggled(self, on: bool) -> None:
        if on:
            self.follow_phase(self.main.phase_id, compare=self.isVisible())

    def phase_changed(self, phase_id: int) -> None:
        if not self.built:
            return  # made following the phase bar, when first shown
        if self.follow.isChecked() and not self._jumping:
            self.follow_phase(phase_id, compare=False)

    def _picked(self, _index: int) -> None:
        self.follow.blockSignals(True)
        self.follow.setChecked(False)  # the facilitator chose: stop following the phase bar
        self.follow.blockSignals(False)
        self._want_marks = True
        self.refresh()

    def _swap(self) -> None:
        a, b = self.phase_a, self.phase_b
        if a is not None and b is not None:
            self._picked(0)
            self.set_phases(b, a)

    # -- content --------------------------------------------------------------------------
    def refresh(self) -> None:
        """Compare the chosen phases and redraw the list (and the marks).

        The facts come from the session-wide cache, and an unchanged comparison (same phases,
        no edit since) keeps its list as it is.
        """
        self._fill_pickers()
        model = self.main.session.model
        a, b = self.phase_a, self.phase_b
        if a is None or b is None or a == b or a not in model.tables["phases"] or b not in model.tables["phases"]:
            self.list.clear()
            self.diff = None
            self._diff_of = None
            self.summary.setText(tr("Pick two different phases to compare.") if len(model.phases) > 1
                                 else tr("Add a second phase to compare phases."))
            self.marks.clear(OWNER)
            self._update_buttons()
            return
        key = (model, model.revision, a, b)
        changed = self.diff is None or self._diff_of != key
        if changed:
            if self._diff_of is None or self._diff_of[2:] != (a, b):
                self._limits = {}  # another pair of phases: every group starts short again
            facts = {f.phase.id: f for f in session_facts(model)}
            self.diff = diff_facts(model, facts[a], facts[b])
            self._diff_of = key
            n = len(self.diff.items)
            name_a, name_b = model.phase(a).name, model.phase(b).name
            self.summary.setText(tr("{changes} between {name_a} and {name_b}").format(
                    changes=count(n, 'change'), name_a=name_a, name_b=name_b) if n
                                 else tr("Nothing changed between {name_a} and {name_b}.").format(
                                         name_a=name_a, name_b=name_b))
            decided = decisions_between(model, a, b)
            self.decisions.setText(tr("Decided on the way: {decisions}").format(decisions="; ".join(
                decision_line(model, d) for d in decided)) if decided else "")
            self.decisions.setVisible(bool(decided))
            self._fill_list(self.diff)
        # Marks survive phase switches; putting the same ones back would only repaint the map.
        if self._want_marks and not self.isHidden() and (changed or self.marks.owner != OWNER):
            self.show_marks()
        self._update_buttons()

    def _fill_list(self, diff: PhaseDiff) -> None:
        """Group headings with counts, then each group's first lines and "… N more"."""
        self.list.setUpdatesEnabled(False)
        self.list.clear()
        bold = QFont(self.list.font())
        bold.setBold(True)
        for kind in KINDS:
            found = diff.of_kind(kind)
            if not found:
                continue
            mark, heading, _ = KIND_INFO[kind]
            icon = mark_icon(mark) if mark else not_described_icon()  # the map's hollow dotted box
            header = QListWidgetItem(icon, f"{tr(heading)} ({len(found)})")
            header.setFont(bold)
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            header.setBackground(QColor(HEADER_BACKGROUND))
            self.list.addItem(header)
            shown = self._limits.get(kind, LINES_PER_GROUP)
            for item in found[:shown]:
                line = QListWidgetItem(f"•  {short_text(item, diff)}")
                line.setData(ROLE_DIFF, item)
                line.setToolTip(literal(f"{item.text}\n{self._where_hint(item)}"))
                self.list.addItem(line)
            if len(found) > shown:
                more = QListWidgetItem(tr("… {n} more").format(n=len(found) - shown))
                more.setData(ROLE_MORE, kind)
                more.setToolTip(tr("Click to list {lines_per_group} more").format(
                        lines_per_group=min(LINES_PER_GROUP, len(found) - shown)))
                self.list.addItem(more)
        self.list.setUpdatesEnabled(True)

    def _show_more(self) -> None:
        """List the next lines of a group where its "… N more" line was."""
        pending, self._more = self._more, None
        if pending is None or self.diff is None:
            return
        kind, index = pending
        self._limits[kind] = self._limits.get(kind, LINES_PER_GROUP) + LINES_PER_GROUP
        self._fill_list(self.diff)
        self.list.scrollToItem(self.list.item(min(index, self.list.count() - 1)))

    def _where_hint(self, item: DiffItem) -> str:
        earlier = item.kind in SHOWN_IN_EARLIER
        return (tr("Click to select it in the earlier phase, where it can still be seen") if earlier
                else tr("Click to select it in the later phase"))

    def lines(self) -> list[str]:
        """The sentences listed, in order (without the group headings)."""
        out = []
        for i in range(self.list.count()):
            item = self.list.item(i).data(ROLE_DIFF)
            if isinstance(item, DiffItem):
                out.append(item.text)
        return out

    def line_for(self, predicate: object) -> QListWidgetItem | None:
        """The first list line whose diff item satisfies ``predicate`` (for tests)."""
        for i in range(self.list.count()):
            row = self.list.item(i)
            item = row.data(ROLE_DIFF)
            if isinstance(item, DiffItem) and callable(predicate) and predicate(item):
                return row
        return None

    # -- showing --------------------------------------------------------------------------
    def legend(self) -> list[tuple[str, str]]:
        if self.diff is None:
            return []
        out = []
        for kind in KINDS:
            count = len(self.diff.of_kind(kind))
            mark, _, words = KIND_INFO[kind]
            if count and mark:
                out.append((mark, f"{tr(words)} ({count})"))
        return out

    def show_marks(self) -> None:
        self._want_marks = True
        if self.diff is None:
            return
        actors, relations = canvas_marks_of(self.diff)
        self.marks.show(OWNER, actors, relations, self.legend())
        self.main.view.viewport().update()

    def clear_marks(self) -> None:
        self._want_marks = False
        self.marks.clear(OWNER)
        self.main.view.viewport().update()

    def _update_buttons(self) -> None:
        if not self.built:
            return
        showing = self.marks.owner == OWNER
        self.clear_button.setEnabled(showing)
        self.mark_button.setEnabled(self.diff is not None and bool(self.diff.items) and not showing)

    def _shown_or_closed(self, shown: bool) -> None:
        if shown:
            self._want_marks = True
            if self.follow.isChecked():
                self.follow_phase(self.main.phase_id)
            else:
                self.refresh()
        else:
            self.marks.clear(OWNER)  # closing the dock takes its marks off the map

    def _clicked(self, row: QListWidgetItem) -> None:
        item = row.data(ROLE_DIFF)
        if isinstance(item, DiffItem):
            self.show_item(item)
        elif row.data(ROLE_MORE) in KIND_INFO and self._more is None:
            # After the click is handled: the refill deletes the line that was clicked, and a
            # click may also count as activation, which must not add a second batch.
            self._more = (row.data(ROLE_MORE), self.list.row(row))
            QTimer.singleShot(0, self._show_more)

    def show_item(self, item: DiffItem) -> None:
        """Switch to the phase where the change is visible and select what changed."""
        if self.diff is None:
            return
        target = self.diff.phase_a if item.kind in SHOWN_IN_EARLIER else self.diff.phase_b
        win = self.main
        self._jumping = True
        try:
            win.set_phase(target)
        finally:
            self._jumping = False
        items: list[QGraphicsItem | None]
        if item.kind in ACTOR_KINDS:
            win.scene.select(actor_ids=item.actor_ids)
            items = [win.scene.actor_items.get(a) for a in item.actor_ids]
        else:
            win.scene.select(relation_ids=item.relation_ids)
            items = [win.scene.relation_items.get(r) for r in item.relation_ids]
        for shown in items:
            if shown is not None:
                win.view.ensureVisible(shown.sceneBoundingRect(), 40, 40)


__all__ = ["DiffDock", "canvas_marks_of", "KIND_INFO", "mark_icon", "LINES_PER_GROUP"]
