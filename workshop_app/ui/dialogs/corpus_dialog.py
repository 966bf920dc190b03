"""File ▸ Research corpus…: many workshops in one database, and which actors are the same.

The dialog opens (or builds, or grows) a corpus database and lists the matches the corpus
suggests between actors of different workshops, each with its score and why. The researcher
accepts, rejects or re-matches them ("Match to…" names another canonical actor, a new one if
that name is new); each decision is written to the corpus at once with who made it and when.
The session files are only read: nothing here is an edit of the open session, so nothing
here goes on its undo stack. The same decisions travel as a CSV mapping (Export / Import).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.wording import count
from ...io.errors import ExchangeError
from ...research.corpus import add_to_corpus, build_corpus, open_corpus
from ...research.reconcile import suggest
from ...research.register import (MatchRow, canonical_names, decide, default_decider,
                                  export_csv, import_csv, match_rows)
from ...store import SessionFileError
from ..context import FeatureBase, WindowContext
from ..text import literal, plain
from .corpus_matches import COLUMNS, SHOWS, MatchFilter, MatchModel
from ..i18n import tr
from ...domain.i18n import N_

# What a researcher can get wrong (a file that is not a corpus, a missing extra, a bad
# mapping, a session that will not open, a full disk); anything else is a bug.
FAILURES: tuple[type[BaseException], ...] = (ExchangeError, SessionFileError, OSError,
                                             sqlite3.Error)
CORPUS_FILTER = N_("Research corpus (*.db *.sqlite *.sqlite3);;All files (*)")
SESSION_FILTER = N_("Workshop sessions (*.workshop);;All files (*)")
# What became of a session added to the corpus (the research layer names it in one word).
OUTCOME_WORDS = {"added": N_("added"), "replaced": N_("replaced")}


class CorpusDialog(QDialog):
    """The corpus, its suggested matches and the decisions on them."""

    def __init__(self, parent: QWidget | None = None, *, corpus: Path | None = None,
                 session_path: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Research corpus"))
        self.corpus: Path | None = None
        self.session_path = session_path
        self.model = MatchModel()
        self.filter = MatchFilter(self.model)
        self._build_ui()
        if corpus is not None:
            self.load(corpus)
        else:
            self._show_state()

    # -- layout -----------------------------------------------------------------------------
    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.where = plain(QLabel(tr("No corpus open.")))
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        top.addWidget(self.where, 1)
        self.open_button = self._button(top, tr("Open corpus…"), self.choose_corpus,
                                        tr("Open a corpus database made before"))
        self._button(top, tr("New corpus…"), self.choose_new,
                     tr("Make a corpus from session files (they are only read)"))
        self.add_button = self._button(top, tr("Add sessions…"), self.choose_additions,
                                       tr("Add sessions; a session whose file changed replaces "
                                          "its earlier rows, an unchanged one is left as it is"))
        self.add_this = self._button(top, tr("Add this session"), self.add_open_session,
                                     tr("Add the session open in the window (read from its file)"))
        layout.addLayout(top)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("Show:")))
        self.show_box = QComboBox()
        for label in SHOWS:
            self.show_box.addItem(tr(label), label)
        self.show_box.currentTextChanged.connect(lambda _t: self._refilter())
        bar.addWidget(self.show_box)
        bar.addSpacing(12)
        bar.addWidget(QLabel(tr("Find:")))
        self.find = QLineEdit()
        self.find.setPlaceholderText(tr("a name or a workshop"))
        self.find.setClearButtonEnabled(True)
        self.find.textChanged.connect(lambda _t: self._refilter())
        bar.addWidget(self.find, 1)
        bar.addSpacing(12)
        bar.addWidget(QLabel(tr("Decided by:")))
        self.decider = QLineEdit(default_decider())
        self.decider.setToolTip(tr("The name written with every decision (who decided, and when)"))
        self.decider.setMaximumWidth(180)
        bar.addWidget(self.decider)
        layout.addLayout(bar)

        self.table = QTableView()
        self.table.setModel(self.filter)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        for i, (key, _title) in enumerate(COLUMNS):
            mode = (QHeaderView.ResizeMode.Stretch if key in ("canonical_name", "actor_name")
                    else QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(i, mode)
        self.table.doubleClicked.connect(lambda _i: self.accept_selected())
        self.table.selectionModel().selectionChanged.connect(lambda *_a: self._show_state())
        layout.addWidget(self.table, 1)

        actions = QHBoxLayout()
        self.accept_button = self._button(actions, tr("Accept"), self.accept_selected,
                                          tr("These actors are the suggested canonical actor "
                                             "(double-click a row does the same)"))
        self.group_button = self._button(actions, tr("Accept group"), self.accept_group,
                                         tr("Accept every suggestion of the selected canonical actors"))
        self.reject_button = self._button(actions, tr("Reject"), self.reject_selected,
                                          tr("Not this canonical actor; it is not suggested again"))
        self.edit_button = self._button(actions, tr("Match to…"), self.match_selected_to,
                                        tr("Match the selected actors to another canonical actor "
                                           "(a new one if the name is new)"))
        actions.addStretch(1)
        self.suggest_button = self._button(actions, tr("Suggest again"), self.suggest_again,
                                           tr("New suggestions for undecided actors; decisions stay"))
        self.export_button = self._button(actions, tr("Export CSV…"), self.export_mapping,
                                          tr("The mapping as a CSV file to decide in a spreadsheet"))
        self.import_button = self._button(actions, tr("Import CSV…"), self.import_mapping,
                                          tr("Apply the decisions of an edited mapping (all or none)"))
        self._button(actions, tr("Close"), self.close, "")
        layout.addLayout(actions)
        self.message = plain(QLabel(""))
        self.message.setWordWrap(True)
        layout.addWidget(self.message)

    def _button(self, row: QHBoxLayout, text: str, slot: Callable[[], object], tip: str) -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tip)
        button.setAutoDefault(False)
        button.clicked.connect(lambda _c=False: slot())
        row.addWidget(button)
        return button

    # -- state --------------------------------------------------------------------------------
    def load(self, corpus: Path) -> bool:
        """Open ``corpus`` and list its matches; a file that is not one gets a dialog."""
        try:
            conn = open_corpus(corpus)
            try:
                rows = match_rows(conn, rejected=True)
                workshops = conn.execute("SELECT COUNT(*) FROM workshops").fetchone()[0]
            finally:
                conn.close()
        except FAILURES as exc:
            self._error(tr("Corpus not opened"), str(exc))
            return False
        self.corpus = Path(corpus)
        self.model.set_rows(rows)
        n = self.counts()
        self.where.setText(
            tr("{corpus}  ·  {workshops}, {actors}  ·  {get} suggested, {n} decided, {get2} rejected, "
               "{get3} unmatched").format(
                    corpus=self.corpus, workshops=count(int(workshops), 'workshop'),
                    actors=count(len({(r.workshop, r.actor_id) for r in rows}), 'actor'),
                    get=n.get('suggested', 0), n=n.get('accepted', 0) + n.get('edited', 0),
                    get2=n.get('rejected', 0), get3=n.get('', 0)))
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self._show_state()
        return True

    def _refilter(self) -> None:
        self.filter.set_filter(SHOWS[self.show_box.currentData()], self.find.text())
        self._show_state()

    def _show_state(self) -> None:
        have = self.corpus is not None
        chosen = self.selected()
        for b in (self.add_button, self.suggest_button, self.export_button, self.import_button):
            b.setEnabled(have)
        self.add_this.setEnabled(have and self.session_path is not None)
        self.accept_button.setEnabled(any(r.status == "suggested" for r in chosen))
        self.group_button.setEnabled(any(r.canonical_id is not None for r in chosen))
        self.reject_button.setEnabled(any(r.status in ("suggested", "accepted", "edited")
                                          for r in chosen))
        self.edit_button.setEnabled(bool(chosen))

    def counts(self) -> dict[str, int]:
        """How many rows the register holds per status ("" = unmatched)."""
        out: dict[str, int] = {}
        for r in self.model.rows:
            out[r.status] = out.get(r.status, 0) + 1
        return out

    def selected(self) -> list[MatchRow]:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return [self.filter.match_row(i) for i in rows]

    def select_actor(self, workshop: str, actor_name: str) -> bool:
        """Select the row of one actor (tests and the "Add" step use it); False if not shown."""
        for r in range(self.filter.rowCount()):
            row = self.filter.match_row(self.filter.index(r, 0))
            if row.workshop == workshop and row.actor_name == actor_name:
                self.table.selectRow(r)
                return True
        return False

    # -- decisions ----------------------------------------------------------------------------
    def _decide(self, decisions: list[tuple[str, int, str, str]], done: str) -> None:
        if not decisions or self.corpus is None:
            return
        try:
            conn = open_corpus(self.corpus, write=True)
            try:
                report = decide(conn, decisions, by=self.decider.text())
            finally:
                conn.close()
        except FAILURES as exc:
            self._error(tr("Decision not saved"), tr("Nothing was changed.\n\n{exc}").format(exc=exc))
            return
        self.load(self.corpus)
        self.message.setText(tr("{done}: {text} — by {value}.").format(
                done=done, text=report.text(), value=self.decider.text().strip() or default_decider()))

    def accept_selected(self) -> None:
        rows = [r for r in self.selected() if r.status == "suggested"]
        self._decide([(r.workshop, r.actor_id, "accepted", "") for r in rows], tr("Accepted"))

    def accept_group(self) -> None:
        groups = {r.canonical_id for r in self.selected() if r.canonical_id is not None}
        rows = [r for r in self.model.rows if r.canonical_id in groups and r.status == "suggested"]
        self._decide([(r.workshop, r.actor_id, "accepted", "") for r in rows], tr("Accepted"))

    def reject_selected(self) -> None:
        rows = [r for r in self.selected() if r.status in ("suggested", "accepted", "edited")]
        self._decide([(r.workshop, r.actor_id, "rejected", r.canonical_name) for r in rows],
                     tr("Rejected"))

    def match_selected_to(self, name: str | None = None) -> None:
        rows = self.selected()
        if not rows or self.corpus is None:
            return
        if name is None:
            name = self._ask_canonical(rows)
            if name is None:
                return
        self._decide([(r.workshop, r.actor_id, "edited", name) for r in rows], tr("Matched"))

    def _ask_canonical(self, rows: list[MatchRow]) -> str | None:
        try:
            conn = open_corpus(self.corpus) if self.corpus else None
            names = canonical_names(conn) if conn else []
            if conn:
                conn.close()
        except FAILURES as exc:
            self._error(tr("Corpus not read"), str(exc))
            return None
        first = rows[0].canonical_name or rows[0].actor_name
        if first not in names:
            names.insert(0, first)
        name, ok = QInputDialog.getItem(
            self, tr("Match to canonical actor"),
            tr("Canonical actor for {selected_actors} (pick one or type a new name):").format(
                    selected_actors=count(len(rows), 'selected actor')),
            names, names.index(first), True)
        name = name.strip()
        return name if ok and name else None

    def suggest_again(self) -> None:
        if self.corpus is None:
            return
        try:
            conn = open_corpus(self.corpus, write=True)
            try:
                done = suggest(conn)
            finally:
                conn.close()
        except FAILURES as exc:
            self._error(tr("No new suggestions"), tr("Nothing was changed.\n\n{exc}").format(exc=exc))
            return
        self.load(self.corpus)
        self.message.setText(tr("{count} for {new_canonical_actors}.").format(
                count=count(done.suggestions, 'suggested match', 'suggested matches'),
                new_canonical_actors=count(done.canonical_actors, 'new canonical actor')))

    # -- files --------------------------------------------------------------------------------
    def choose_corpus(self) -> None:
        path, _f = QFileDialog.getOpenFileName(self, tr("Open research corpus"), "", tr(CORPUS_FILTER))
        if path:
            self.load(Path(path))

    def choose_new(self) -> None:
        files, _f = QFileDialog.getOpenFileNames(self, tr("Sessions for the new corpus"), "",
                                                 tr(SESSION_FILTER))
        if not files:
            return
        out, _f = QFileDialog.getSaveFileName(self, tr("Save the corpus as"), "corpus.db",
                                              tr(CORPUS_FILTER))
        if out:
            self.build([Path(f) for f in files], Path(out))

    def build(self, sessions: list[Path], out: Path, *, force: bool = False) -> bool:
        """Make a corpus at ``out`` from ``sessions`` and open it."""
        if out.exists() and not force:
            answer = QMessageBox.question(
                self, tr("Replace corpus?"),
                literal(tr("{out} exists. Build it anew? Its decisions on matches are lost.").format(out=out)))
            if answer != QMessageBox.StandardButton.Yes:
                return False
            force = True
        ok = self._run(lambda step: build_corpus(sessions, out, force=force, progress=step),
                       tr("Building the corpus…"))
        return ok and self.load(out)

    def choose_additions(self) -> None:
        files, _f = QFileDialog.getOpenFileNames(self, tr("Sessions to add"), "", tr(SESSION_FILTER))
        if files:
            self.add([Path(f) for f in files])

    def add_open_session(self) -> None:
        if self.session_path is not None:
            self.add([self.session_path])

    def add(self, sessions: list[Path]) -> bool:
        if self.corpus is None:
            return False
        corpus = self.corpus
        report = None

        def run(step: Callable[[int, int, str], None]) -> None:
            nonlocal report
            report = add_to_corpus(corpus, sessions, progress=step)

        if not self._run(run, tr("Adding sessions…")):
            return False
        self.load(corpus)
        if report is not None:
            said = [f"{o.workshop}: " + (o.detail if o.outcome == "unchanged"
                                         else tr(OUTCOME_WORDS.get(o.outcome, o.outcome)))
                    for o in report.outcomes]
            if report.dropped_decisions:
                said.append(tr("{decisions} dropped (actor renamed or removed)").format(
                    decisions=count(report.dropped_decisions, "decision")))
            self.message.setText("; ".join(said))
        return True

    def _run(self, work: Callable[[Callable[[int, int, str], None]], object], label: str) -> bool:
        progress = QProgressDialog(label, "", 0, 0, self)
        progress.setWindowTitle(tr("Research corpus"))
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)

        def step(done: int, total: int, what: str) -> None:
            progress.setMaximum(max(total, 1))
            progress.setValue(min(done, total))
            progress.setLabelText(what)
            QApplication.processEvents()

        try:
            work(step)
        except FAILURES as exc:
            progress.close()
            self._error(tr("Corpus not changed"), tr("Nothing was written.\n\n{exc}").format(exc=exc))
            return False
        progress.close()
        return True

    def export_mapping(self, out: Path | None = None) -> None:
        if self.corpus is None:
            return
        if out is None:
            name, _f = QFileDialog.getSaveFileName(self, tr("Export the mapping"), "matches.csv",
                                                   tr("CSV (*.csv)"))
            if not name:
                return
            out = Path(name)
        try:
            conn = open_corpus(self.corpus)
            try:
                n = export_csv(conn, out)
            finally:
                conn.close()
        except FAILURES as exc:
            self._error(tr("Mapping not exported"), str(exc))
            return
        self.message.setText(tr("{out}: {actors}. Fill in 'status' (accepted, rejected, edited) or "
                                "'canonical_name' and import it again.").format(
                out=out, actors=count(n, 'actor')))

    def import_mapping(self, path: Path | None = None) -> None:
        if self.corpus is None:
            return
        if path is None:
            name, _f = QFileDialog.getOpenFileName(self, tr("Import a mapping"), "",
                                                   tr("CSV (*.csv);;All files (*)"))
            if not name:
                return
            path = Path(name)
        try:
            conn = open_corpus(self.corpus, write=True)
            try:
                report = import_csv(conn, path, by=self.decider.text())
            finally:
                conn.close()
        except FAILURES as exc:
            self._error(tr("Mapping not imported"), tr("No decision was changed.\n\n{exc}").format(exc=exc))
            return
        self.load(self.corpus)
        self.message.setText(f"{path.name}: {report.text()}.")

    def _error(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, literal(text))


class ResearchCorpus(FeatureBase):
    """The feature: File ▸ Research corpus… and the dialog behind it (one per window)."""

    name = "research_corpus"

    def __init__(self) -> None:
        super().__init__()
        self.dialog: CorpusDialog | None = None
        self.last_corpus: Path | None = None

    def attach(self, ctx: WindowContext) -> None:
        super().attach(ctx)
        quit_action = ctx.actions["quit"] if "quit" in ctx.actions else None
        self.action = ctx.declare(
            "research_corpus", tr("Research &corpus…"), self.open_dialog, menu="file",
            before=quit_action,
            tip=tr("Many sessions in one database: match actors across workshops"))
        ctx.add_separator("file", before=quit_action)

    def open_dialog(self) -> CorpusDialog:
        if self.dialog is not None and self.dialog.corpus is not None:
            self.last_corpus = self.dialog.corpus
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
        self.dialog = CorpusDialog(self.ctx.parent, corpus=self.last_corpus,
                                   session_path=self.ctx.session.path)
        self.dialog.resize(1180, 640)
        self.dialog.show()
        return self.dialog

    def detach(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog = None
        super().detach()


__all__ = ["CorpusDialog", "ResearchCorpus"]
