"""File ▸ Compare with another session…: this session's phase beside a phase of another.

The view is the Compare phases panel's, across sessions: the differences grouped under
headings with counts, each a full sentence, and this session's side marked on its map with
the same marks (what is only here, roles and score levels that differ). Actors are matched by
normalised name and type, or through a research corpus's register when one is chosen
("Match through a corpus…"). The other session is opened read-only and never changed. The
phase of this session is the one on the canvas; the other's follows its stage key (else
its position) until one is picked. "Metrics of both…" charts the two workshops' metrics over
their phases on one chart, one line each.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..analysis.diff import DiffItem
from ..analysis.facts import phase_facts, session_facts
from ..analysis.metrics import phase_metrics
from ..io.errors import ExchangeError
from ..research.compare import (
    BY_NAME,
    BY_REGISTER,
    KINDS,
    Matching,
    SessionComparison,
    compare_facts,
    match_by_name,
    match_by_register,
    register_view,
    workshop_of,
)
from ..research.corpus import open_corpus
from ..session import Session
from ..store import SessionFileError
from . import seams
from .docks.lazy_dock import LazyDock
from .context import FeatureBase, WindowContext
from .docks.canvas_marks import CanvasMarks
from .docks.diff_dock import HEADER_BACKGROUND, mark_icon, not_described_icon
from .text import literal, plain
from .i18n import tr
from ..domain.i18n import N_
from ..domain.wording import count

OWNER = "compare_sessions"
# comparison kind -> (canvas mark on this session's map, legend words); "" = listed only
MARKS: dict[str, tuple[str, str]] = {
    "actor_only_a": ("entered", N_("only in this session")),
    "actor_only_b": ("", ""),
    "presence_differs": ("", ""),
    "roles_changed": ("roles_changed", N_("roles differ")),
    "relation_only_a": ("appeared", N_("relation only in this session")),
    "relation_only_b": ("", ""),
    "score_changed": ("score_changed", N_("score at another level")),
}
ROLE_ITEM = Qt.ItemDataRole.UserRole


def marks_of(found: SessionComparison) -> tuple[dict[int, str], dict[int, str]]:
    """Marks for this session's map: only-here outranks a role or score difference."""
    actors: dict[int, str] = {}
    relations: dict[int, str] = {}
    for item in found.items:
        mark = MARKS[item.kind][0]
        if not mark:
            continue
        if item.kind.startswith("actor") or item.kind == "roles_changed":
            for aid in item.actor_ids:
                if actors.get(aid) in (None, "roles_changed"):
                    actors[aid] = mark
        else:
            for rid in item.relation_ids:
                if relations.get(rid) in (None, "score_changed"):
                    relations[rid] = mark
    return actors, relations


class CompareDock(LazyDock):
    """The comparison of the canvas's phase with a phase of another session (made when first
    needed)."""

    def __init__(self, ctx: WindowContext, marks: Callable[[], CanvasMarks]) -> None:
        super().__init__(tr("Compare sessions"), ctx.parent)
        self.setObjectName("CompareSessionsDock")
        self.main = ctx
        self._marks = marks
        self.other: Session | None = None
        self.other_path: Path | None = None
        self.corpus: Path | None = None
        self.matching: Matching | None = None
        self.found: SessionComparison | None = None
        self._b_chosen = False
        self.toggleViewAction().toggled.connect(lambda on: None if on else self.clear_marks())

    def build(self) -> None:
        body = QWidget()
        self.a_label = plain(QLabel())
        self.a_label.setWordWrap(True)
        self.b_file = plain(QLabel(tr("No session chosen")))
        self.b_file.setWordWrap(True)
        choose = QPushButton(tr("Choose…"))
        choose.setToolTip(tr("Choose the session to compare this one with (opened read-only)"))
        choose.clicked.connect(lambda: self.choose_other())
        self.b_box = QComboBox()
        self.b_box.setToolTip(tr("The other session's phase"))
        self.b_box.setAccessibleName(tr("Phase of the other session"))
        self.b_box.setAccessibleName(tr("The other session's phase"))
        self.b_box.setMinimumContentsLength(12)
        self.b_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.b_box.activated.connect(self._picked)
        self.match_label = plain(QLabel())
        self.match_label.setWordWrap(True)
        self.match_label.setStyleSheet("color: #444;")
        corpus = QPushButton(tr("Match through a corpus…"))
        corpus.setToolTip(tr("Match actors through a research corpus's register of canonical actors"))
        corpus.clicked.connect(lambda: self.choose_corpus())
        self.chart_button = QPushButton(tr("Metrics of both…"))
        self.chart_button.setToolTip(tr("The two workshops' metrics over their phases on one chart"))
        self.chart_button.clicked.connect(self.show_chart)
        self.list = QListWidget()
        self.list.setAccessibleName(tr("Differences between the two sessions"))
        self.list.setWordWrap(True)
        self.list.setIconSize(QSize(26, 26))
        self.list.setSpacing(1)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setStyleSheet("QListWidget { font-size: 10.5pt; }")
        self.list.itemClicked.connect(self._clicked)
        self.list.setAccessibleName(tr("Differences between the two sessions"))
        self.summary = plain(QLabel())
        self.summary.setWordWrap(True)
        self.summary.setStyleSheet("font-weight: 700; font-size: 11pt; padding: 4px 0;")
        row_b = QHBoxLayout()
        row_b.addWidget(QLabel(tr("B")))
        row_b.addWidget(self.b_file, 1)
        row_b.addWidget(choose)
        row_phase = QHBoxLayout()
        row_phase.addWidget(QLabel(tr("phase")))
        row_phase.addWidget(self.b_box, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(corpus)
        buttons.addWidget(self.chart_button)
        layout = QVBoxLayout(body)
        layout.addWidget(self.a_label)
        layout.addLayout(row_b)
        layout.addLayout(row_phase)
        layout.addWidget(self.match_label)
        layout.addLayout(buttons)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        hint = QLabel(tr("Click a line to select it on this session's map."))
        hint.setStyleSheet("color: #555;")
        layout.addWidget(hint)
        self.setWidget(body)

    # -- the other session ----------------------------------------------------------------
    def choose_other(self, path: Path | None = None) -> bool:
        """Open ``path`` (asked for when None) read-only as session B and compare."""
        if path is None:
            start = str(self.main.session.path.parent)
            picked, _ = QFileDialog.getOpenFileName(self, tr("Compare with another session"), start,
                                                    tr("Workshop sessions (*.workshop);;All files (*)"))
            if not picked:
                return False
            path = Path(picked)
        try:
            other = Session.open(path, read_only=True)
        except (SessionFileError, OSError) as exc:
            QMessageBox.warning(self, tr("Compare sessions"), f"{path}: {exc}" if str(path) not in str(exc) else str(exc))
            return False
        self.close_other()
        self.other, self.other_path = other, path
        self.corpus, self._b_chosen = None, False
        self._fill_b()
        self._rematch()
        self.refresh()
        return True

    def close_other(self) -> None:
        if self.other is not None:
            self.other.close()
        self.other = self.other_path = self.found = self.matching = None

    def choose_corpus(self, path: Path | None = None) -> bool:
        """Match actors through a corpus's register (both files must be in it)."""
        if self.other_path is None and not self.choose_other():
            return False
        if path is None:
            picked, _ = QFileDialog.getOpenFileName(self, tr("Match through a research corpus"),
                                                    str(self.main.session.path.parent),
                                                    tr("Research corpus (*.db *.sqlite);;All files (*)"))
            if not picked:
                return False
            path = Path(picked)
        try:
            conn = open_corpus(path)
            try:
                views = [register_view(conn, workshop_of(conn, p))
                         for p in (self.main.session.path, self.other_path)]
            finally:
                conn.close()
        except ExchangeError as exc:
            QMessageBox.warning(self, tr("Compare sessions"), str(exc))
            return False
        assert self.other is not None
        self.corpus = path
        self.matching = match_by_register(self.main.session.model, views[0], self.other.model,
                                          views[1])
        self.refresh()
        return True

    def _rematch(self) -> None:
        if self.other is not None and self.corpus is None:
            self.matching = match_by_name(self.main.session.model, self.other.model)

    def _fill_b(self) -> None:
        self.b_box.clear()
        if self.other is None:
            return
        for i, p in enumerate(self.other.phases, start=1):
            self.b_box.addItem(f"{i}. {p.name}", p.id)
            self.b_box.setItemData(i - 1, literal(p.name), Qt.ItemDataRole.ToolTipRole)

    def _follow_b(self) -> None:
        """B's phase with this phase's stage key, else at its position (until one is picked)."""
        if self.other is None or self._b_chosen or not self.other.phases:
            return
        here = self.main.session.model.phase(self.main.phase_id)
        ids = [p.id for p in self.main.session.phases]
        same = [p for p in self.other.phases if here.key and p.key == here.key]
        index = ids.index(here.id) if here.id in ids else 0
        target = same[0] if len(same) == 1 else self.other.phases[min(index, len(self.other.phases) - 1)]
        self.b_box.setCurrentIndex(max(0, self.b_box.findData(target.id)))

    def _picked(self, _index: int) -> None:
        self._b_chosen = True
        self.refresh()

    # -- the comparison -------------------------------------------------------------------
    def refresh(self) -> None:
        session = self.main.session
        phase = session.model.phase(self.main.phase_id)
        self.a_label.setText(tr("A  this session, {name}").format(name=phase.name))
        if self.other is None or self.matching is None or not self.other.phases:
            self.summary.setText(tr("Choose a session to compare this one with."))
            self.list.clear()
            self.chart_button.setEnabled(False)
            return
        self._follow_b()
        self.chart_button.setEnabled(True)
        name = self.other_path.stem if self.other_path else "B"
        self.b_file.setText(f"{name}  ({self.other.title})")
        self.b_file.setToolTip(literal(str(self.other_path)))
        a_label = session.path.stem if session.path.stem != name else tr("this session")
        b_id = self.b_box.currentData()
        self.found = compare_facts(session.model, phase_facts(session.model, phase.id),
                                   self.other.model, phase_facts(self.other.model, b_id),
                                   self.matching, label_a=a_label, label_b=name,
                                   matched_through=BY_REGISTER if self.corpus else BY_NAME)
        counts = self.matching.counts()
        self.match_label.setText(
            tr("Actors matched through {name}: {register} by its register, {name2} by name and type").format(
                    name=self.corpus.name, register=counts['register'], name2=counts['name']) if self.corpus else
            tr("Actors matched by normalised name and type: {name}").format(name=counts['name']))
        n = len(self.found.items)
        self.summary.setText(count(n, "difference") if n else tr("No differences."))
        self._fill_list(self.found)
        self.show_marks()

    def _fill_list(self, found: SessionComparison) -> None:
        self.list.setUpdatesEnabled(False)
        self.list.clear()
        bold = QFont(self.list.font())
        bold.setBold(True)
        for kind in KINDS:
            items = found.of_kind(kind)
            if not items:
                continue
            mark = MARKS[kind][0]
            header = QListWidgetItem(mark_icon(mark) if mark else not_described_icon(),
                                     f"{found.heading(kind)} ({len(items)})")
            header.setFont(bold)
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            header.setBackground(QColor(HEADER_BACKGROUND))
            self.list.addItem(header)
            for item in items:
                line = QListWidgetItem(f"•  {item.text}")
                line.setData(ROLE_ITEM, item)
                line.setToolTip(literal(item.text))
                self.list.addItem(line)
        self.list.setUpdatesEnabled(True)

    def lines(self) -> list[str]:
        """The sentences listed, in order (without the headings)."""
        return [self.list.item(i).data(ROLE_ITEM).text for i in range(self.list.count())
                if isinstance(self.list.item(i).data(ROLE_ITEM), DiffItem)]

    def show_marks(self) -> None:
        if self.found is None or self.isHidden():
            return
        actors, relations = marks_of(self.found)
        legend = [(MARKS[k][0], f"{tr(MARKS[k][1])} ({len(self.found.of_kind(k))})") for k in KINDS
                  if MARKS[k][0] and self.found.of_kind(k)]
        self._marks().show(OWNER, actors, relations, legend)
        self.main.view.viewport().update()

    def clear_marks(self) -> None:
        self._marks().clear(OWNER)

    def _clicked(self, row: QListWidgetItem) -> None:
        item = row.data(ROLE_ITEM)
        if not isinstance(item, DiffItem):
            return
        scene = self.main.scene
        if item.relation_ids and item.kind != "relation_only_b":
            scene.select(relation_ids=item.relation_ids)
        elif item.actor_ids:
            scene.select(actor_ids=item.actor_ids)

    # -- the chart of both ----------------------------------------------------------------
    def show_chart(self) -> QDialog | None:
        if self.other is None:
            return None
        chart = seams.workshops_chart()()
        a = self.main.session
        chart.set_workshops([
            (a.path.stem, [phase_metrics(f) for f in session_facts(a.model)]),
            (self.other_path.stem if self.other_path else "B",
             [phase_metrics(f) for f in session_facts(self.other.model)]),
        ])
        dialog = QDialog(self)
        dialog.setWindowTitle(tr("Metrics over phases: both workshops"))
        box = QVBoxLayout(dialog)
        box.addWidget(chart)
        dialog.resize(1300, 720)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.chart_dialog = dialog
        return dialog


class CompareSessions(FeatureBase):
    """The feature: the File menu entry and the dock (``window.features["compare_sessions"]``).

    It marks the map through the analysis panels' broker (handed over at composition), so
    its marks and the phase comparison's never sit on the map together.
    """

    name = "compare_sessions"

    def __init__(self, marks: Callable[[], CanvasMarks]) -> None:
        super().__init__()
        self._marks = marks

    def attach(self, ctx: WindowContext) -> None:
        super().attach(ctx)
        self.dock = CompareDock(ctx, self._marks)
        ctx.add_dock(self.dock, Qt.DockWidgetArea.LeftDockWidgetArea)
        quit_action = ctx.actions["quit"] if "quit" in ctx.actions else None
        self.action = ctx.declare("compare_sessions", tr("Compare with another &session…"),
                                  self.compare, menu="file", before=quit_action,
                                  tip=tr("This phase beside a phase of another session"))
        ctx.connect(ctx.signals.phaseChanged, lambda _p: self._follow())
        ctx.connect(ctx.model_events.edited, lambda _r: self._follow())
        ctx.connect(ctx.signals.sessionChanged, lambda _s: self._session_changed())

    def detach(self) -> None:
        self.dock.close_other()
        super().detach()

    def compare(self, path: Path | None = None) -> bool:
        """Choose the other session (asked for when None), show the dock and compare."""
        if not self.dock.choose_other(path):
            return False
        self.dock.show()
        self.dock.raise_()
        self.dock.refresh()
        return True

    def _follow(self) -> None:
        if self.dock.isVisible() and self.dock.other is not None:
            self.dock._rematch()
            self.dock.refresh()

    def _session_changed(self) -> None:
        self.dock.close_other()
        if self.dock.built:
            self.dock.list.clear()
        self.dock.hide()


__all__ = ["CompareSessions", "CompareDock", "marks_of", "MARKS"]
