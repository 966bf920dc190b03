"""The scoring round as the facilitator sees it: the setup dialog and the round panel.

The panel shows the relation being scored, the question, the person asked and a grid of
everybody's answers, and below it the "Most contested" list of the phase. It only displays
what ``ui/rounds.py`` (the feature) and the session say; every key and button goes back to
the feature, which turns answers into commands.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..style import palette
from ..domain import vocabulary as voc
from ..domain.rounds import (
    ScoringRound,
    default_participants,
    most_contested,
    question_wording,
    relation_label,
    round_relations,
)
from ..domain.scoring import consensus_of, counted_votes
from ..io.protocol import round_setup
from ..session.room import RoomState
from .names import full_names
from .text import literal, plain, rich
from .i18n import tr
from ..domain.i18n import N_
from ..domain.terms import choices, in_sentence, term

if TYPE_CHECKING:  # pragma: no cover
    from .context import WindowContext
    from .rounds import Rounds

_CURRENT = QColor("#CFE3F5")
# The widest spreads are what the room picks from; a big phase can have thousands more, which
# would only slow the list down (every row is measured for the column widths).
CONTESTED_SHOWN = 50
_SHORT_DIMENSION = {"interdependence": N_("Interdep.")}  # fits a narrow dock; the tooltip has the word


def _short_label(model: Any, relation_id: int) -> str:
    """ "IMEC ↔ Digipolis: agreement": names without their bracketed details, for a narrow list."""
    rel = model.relation(relation_id)

    def short(actor_id: int) -> str:
        name = model.actor(actor_id).name
        cut = name.split(" (", 1)[0].strip()
        return cut or name

    arrow = "→" if rel.directed else "↔"
    return f"{short(rel.source)} {arrow} {short(rel.target)}: {in_sentence(term('relation kind', rel.kind))}"


def order_line(r: ScoringRound) -> str:
    """How the room is asked, in words for the wall and the panel ("" in the usual order)."""
    if not r.by_dimension or r.current_dimension is None:
        return ""
    step, steps = r.question_step
    return tr("One question at a time · {step} of {steps}: {dimension}").format(
        step=step, steps=steps, dimension=term("dimension", r.current_dimension))


def vote_counts(model: Any, relation_id: int, phase_id: int, dimension: str) -> dict[int, int]:
    """How many of the votes that count gave each value 1–5 on one dimension (no names)."""
    counts = dict.fromkeys(sorted(voc.SCORE_LABELS), 0)
    for vote in counted_votes(model, relation_id, phase_id):
        value = vote.value(dimension)
        if value in counts:
            counts[value] += 1
    return counts


def wall_round(model: Any, room: RoomState) -> dict[str, Any] | None:
    """What the wall shows during a round: relation, question, answer scale, who is done;
    in a blind round whether the votes are hidden, and once revealed how they spread."""
    r = room.round
    q = r.question(model) if r is not None else None
    if r is None or q is None or r.current_dimension is None:
        return None
    voters = []
    for pid, done in room.voters(model):
        p = model.tables["participants"].get(pid)
        voters.append((p.name if p else str(pid), done))
    done_count = sum(1 for _, ok in voters if ok)
    number, total = r.progress
    asked = r.asked_dimensions
    spread = []
    if r.blind and not room.hidden and r.current_relation is not None:
        room_votes = consensus_of(counted_votes(model, r.current_relation, r.phase_id))
        spread = [(term("dimension", d), vote_counts(model, r.current_relation, r.phase_id, d), room_votes[d].median,
                   room_votes[d].spread or 0) for d in asked]
    return {
        "caption": tr("Scoring round · relation {number} of {total}").format(number=number, total=total),
        "relation": q["relation_text"],
        "order": order_line(r),
        "dimensions": [(term("dimension", d), d == r.current_dimension) for d in r.dimensions],
        "question": q["questions"][r.current_dimension],  # type: ignore[index]
        "scale": [(v, term("score", v)) for v in sorted(voc.SCORE_LABELS)],
        "voters": voters,
        "summary": (tr("{done} of {n} have answered this question") if r.by_dimension
                    else tr("{done} of {n} have scored this relation")).format(done=done_count, n=len(voters)),
        "blind": r.blind,
        "hidden": room.hidden,
        "spread": spread,
    }


class RoundSetupDialog(QDialog):
    """Which relations the round walks through, how and with which questions, and who is
    asked. A session made from a protocol template starts from the template's round: its
    relations, order, blindness, questions and their wording."""

    def __init__(self, ctx: "WindowContext") -> None:
        super().__init__(ctx.parent)
        self.setWindowTitle(tr("Start a scoring round"))
        model, phase_id = ctx.session.model, ctx.phase_id
        setup = round_setup(model)
        selected = ctx.scene.selected_relation_ids()
        layout = QVBoxLayout(self)
        intro = QLabel(tr("<b>Phase: {name}</b><br>Which relations?").format(
                name=rich(model.phase(phase_id).name)))
        intro.setTextFormat(Qt.TextFormat.RichText)  # our markup, the phase name escaped
        layout.addWidget(intro)
        self.sets = QButtonGroup(self)
        self.counts: dict[str, int] = {}
        for key, label in choices("round relations"):
            n = len(round_relations(model, phase_id, key, selected))
            self.counts[key] = n
            button = QRadioButton(f"{label} ({n})")
            button.setEnabled(n > 0)
            button.setProperty("set", key)
            self.sets.addButton(button)
            layout.addWidget(button)
        first = setup.get("relations", "")
        if not self.counts.get(first):  # the template's choice holds nothing here (or there is none)
            first = next((k for k in ("selected", "unscored", "all") if self.counts[k]), "all")
        for button in self.sets.buttons():
            button.setChecked(button.property("set") == first)
        layout.addWidget(QLabel(tr("How is the room asked?")))
        self.orders = QButtonGroup(self)
        for key, label in choices("round order"):
            button = QRadioButton(label)
            button.setProperty("order", key)
            button.setChecked(key == setup.get("order", "person"))
            button.setAccessibleDescription(tr("The order of the questions: {order}").format(order=in_sentence(label)))
            self.orders.addButton(button)
            layout.addWidget(button)
        self.blind = QCheckBox(tr("Blind: hide the votes until everyone has voted (V reveals them sooner)"))
        self.blind.setToolTip(tr("Nobody sees medians, colours or the spread of a question until all its "
                                 "answers are in or you reveal them; who has voted stays visible"))
        self.blind.setAccessibleDescription(self.blind.toolTip())
        self.blind.setChecked(setup.get("blind", False))
        layout.addWidget(self.blind)
        layout.addWidget(QLabel(tr("Which questions, in which words? ({a} and {b} are the two actors)")))
        asked = setup.get("dimensions", list(voc.SCORE_DIMENSIONS))
        wording = setup.get("questions", {})
        self.question_rows: list[tuple[str, QCheckBox, QLineEdit]] = []
        for d in asked + [d for d in voc.SCORE_DIMENSIONS if d not in asked]:
            ask = QCheckBox(term("dimension", d))
            ask.setChecked(d in asked)
            words = QLineEdit(wording.get(d) or question_wording(d))
            words.setAccessibleName(tr("The question on {dimension}").format(dimension=in_sentence(term("dimension", d))))
            words.setEnabled(d in asked)
            ask.toggled.connect(words.setEnabled)
            ask.toggled.connect(lambda _on: self._can_start())
            row = QHBoxLayout()
            row.addWidget(ask)
            row.addWidget(words, 1)
            layout.addLayout(row)
            self.question_rows.append((d, ask, words))
        layout.addWidget(QLabel(tr("Who is asked? (in this order)")))
        self.people = QListWidget()
        self.people.setAccessibleName(tr("Who is asked"))
        self.people.setAccessibleDescription(tr("Tick the people to ask, in this order"))
        chosen = set(default_participants(model, (voc.CASE_PARTICIPANT, voc.DEFAULT_PARTICIPANT)))
        for p in model.participants:
            item = QListWidgetItem(p.name + (f" ({p.organisation})" if p.organisation else ""))
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if p.id in chosen else Qt.CheckState.Unchecked)
            self.people.addItem(item)
        full_names(self.people)
        layout.addWidget(self.people)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.start_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.start_button.setText(tr("Start round"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _can_start(self) -> None:
        """A round asks at least one question."""
        self.start_button.setEnabled(bool(self.dimensions()))

    def choice(self) -> str:
        checked = self.sets.checkedButton()
        return str(checked.property("set")) if checked is not None else "all"

    def order(self) -> str:
        checked = self.orders.checkedButton()
        return str(checked.property("order")) if checked is not None else "person"

    def is_blind(self) -> bool:
        return self.blind.isChecked()

    def dimensions(self) -> list[str]:
        """The questions ticked, in the order they are asked."""
        return [d for d, ask, _words in self.question_rows if ask.isChecked()]

    def questions(self) -> dict[str, str]:
        """The wording of each question ticked, where it is not the app's own."""
        typed = ((d, words.text().strip()) for d, ask, words in self.question_rows if ask.isChecked())
        return {d: text for d, text in typed if text and text != question_wording(d)}

    def participant_ids(self) -> list[int]:
        items = (self.people.item(i) for i in range(self.people.count()))
        return [int(it.data(Qt.ItemDataRole.UserRole)) for it in items if it.checkState() == Qt.CheckState.Checked]


class RoundPanel(QWidget):
    """The round as the facilitator sees it: question, person asked, votes grid, contested list."""

    def __init__(self, rounds: "Rounds") -> None:
        super().__init__()
        self.rounds = rounds
        # Two pages shown one at a time; not a QStackedWidget, whose size ignores wrapped text.
        self.idle = idle = QWidget()
        idle_layout = QVBoxLayout(idle)
        self.idle_text = plain(QLabel(), tr("No scoring round is running."))
        self.idle_text.setWordWrap(True)
        start = QPushButton(tr("Start a round…  (Ctrl+R)"))
        start.clicked.connect(rounds.start_dialog)
        idle_layout.addWidget(self.idle_text)
        idle_layout.addWidget(start)
        self.active = active = QWidget()
        lay = QVBoxLayout(active)
        lay.setContentsMargins(0, 0, 0, 0)
        # Phase, actor and participant names as typed.
        self.progress = plain(QLabel())
        self.progress.setStyleSheet("color: #444;")
        self.relation = plain(QLabel())
        self.relation.setWordWrap(True)
        self.relation.setStyleSheet("font-size: 15px; font-weight: 700;")
        self.question = plain(QLabel())
        self.question.setWordWrap(True)
        self.question.setStyleSheet("font-size: 14px;")
        self.asking = plain(QLabel())
        self.asking.setStyleSheet("font-size: 14px; color: #1D3F7A; font-weight: 600;")
        self.order_note = QLabel()  # "One question at a time · 2 of 3: Commitment"
        self.order_note.setStyleSheet("color: #444;")
        self.hidden_note = QLabel()  # a blind question: hidden, or revealed
        self.hidden_note.setWordWrap(True)
        self.reveal_button = QPushButton(tr("Reveal the votes  (V)"))
        self.reveal_button.setToolTip(tr("Show this question's votes to the room now (V)"))
        self.reveal_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay with the round
        self.reveal_button.clicked.connect(rounds.reveal)
        self.grid = QTableWidget()
        self.grid.setAccessibleName(tr("Answers"))
        self.grid.setAccessibleDescription(tr("One row per person asked, one column per dimension; the last row "
                                              "is the room's median"))
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.grid.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.grid.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.grid.verticalHeader().setDefaultSectionSize(26)
        self.grid.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.grid.cellClicked.connect(self._cell_clicked)
        self.missing = QLabel()
        self.missing.setWordWrap(True)
        buttons = QHBoxLayout()
        self.step_buttons: dict[str, QPushButton] = {}
        for text, key, slot in ((tr("Next person"), "Tab", rounds.next_participant),
                                (tr("Next relation"), "Enter", rounds.next_relation),
                                (tr("End round"), "Esc", lambda: rounds.end(confirm=True))):
            b = QPushButton(text)
            b.setToolTip(f"{text} ({key})")
            # No focus: the round's keys must reach the round, never press a button by
            # accident; each button is also a key (above) and a Score menu entry.
            b.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            b.clicked.connect(lambda _=False, s=slot: s())
            buttons.addWidget(b)
            self.step_buttons[key] = b
        hint = QLabel(tr("1–5 score the marked cell and move on · Backspace clears it · "
                         "Shift+Tab previous person · click a cell to correct it"))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #666; font-size: 11px;")
        for w in (self.progress, self.relation, self.order_note, self.question, self.asking, self.hidden_note,
                  self.reveal_button, self.grid, self.missing):
            if isinstance(w, QLabel):
                w.setWordWrap(True)  # the dock may be narrow: wrap rather than widen it
            lay.addWidget(w)
        lay.addLayout(buttons)
        lay.addWidget(hint)
        contested_title = QLabel(tr("Most contested in this phase"))
        contested_title.setStyleSheet("font-weight: 700; padding-top: 10px;")
        self.contested = QTreeWidget()
        self.contested.setAccessibleName(tr("Most contested relations in this phase"))
        self.contested.setHeaderLabels([tr("Relation"), tr("Spread"), tr("Medians T · C · I")])
        self.contested.setRootIsDecorated(False)
        self.contested.header().setStretchLastSection(False)
        self.contested.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2):
            self.contested.header().setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.contested.setMinimumHeight(140)
        self.contested.itemClicked.connect(lambda item, _col: rounds.show_relation(int(item.data(0, Qt.ItemDataRole.UserRole))))
        self.contested_empty = QLabel(tr("No disagreement yet: relations appear here once two votes differ."))
        self.contested_empty.setWordWrap(True)
        self.contested_empty.setStyleSheet("color: #666;")
        self.contested_more = QLabel()  # "… and N more" under a long list
        self.contested_more.setStyleSheet("color: #666;")
        self.contested_more.hide()
        body = QWidget()
        inner = QVBoxLayout(body)
        inner.addWidget(idle)
        inner.addWidget(active)
        inner.addWidget(contested_title)
        inner.addWidget(self.contested_empty)
        inner.addWidget(self.contested, 1)
        inner.addWidget(self.contested_more)
        scroll = QScrollArea()  # a short dock scrolls instead of squeezing the grid
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

    def _cell_clicked(self, row: int, column: int) -> None:
        r = self.rounds.round
        if r is None or row >= len(r.participant_ids) or column >= len(r.dimensions):
            return
        r.move_to(r.participant_ids[row], r.dimensions[column])
        self.rounds.moved()

    def refresh(self) -> None:
        r = self.rounds.round
        model = self.rounds.ctx.session.model
        running = r is not None and not r.is_done()
        self.idle.setVisible(not running)
        self.active.setVisible(running)
        if r is not None and running:
            self._fill_round(r, model)
        self.refresh_contested()

    def _fill_round(self, r: ScoringRound, model: Any) -> None:
        q = r.question(model)
        assert q is not None and r.current_dimension is not None
        number, total = r.progress
        self.progress.setText(tr("Relation {number} of {total} · {name}").format(
                number=number, total=total, name=model.phase(r.phase_id).name))
        self.relation.setText(str(q["relation_text"]))
        scale = f"1 {term('score', 1)} … 5 {term('score', 5)}"
        self.question.setText(f"{q['questions'][r.current_dimension]}  ({scale})")  # type: ignore[index]
        who = model.tables["participants"].get(r.current_participant)
        self.asking.setText(tr("Asking: {name} — {dimension}").format(
                name=who.name if who else '?', dimension=in_sentence(term("dimension", r.current_dimension))))
        room_state = self.rounds.room
        hidden = room_state.hidden
        self.order_note.setText(order_line(r))
        self.order_note.setVisible(r.by_dimension)
        self.hidden_note.setVisible(r.blind)
        self.hidden_note.setText(
            tr("Blind: the votes are hidden until everyone has answered (✓ = answered).") if hidden
            else tr("Blind round: the votes are revealed — the room discusses the spread."))
        self.hidden_note.setStyleSheet("font-weight: 700; color: #6B4E00;" if hidden else "color: #444;")
        self.reveal_button.setVisible(hidden)
        next_step = tr("Next question") if r.by_dimension else tr("Next relation")
        self.step_buttons["Enter"].setText(next_step)
        self.step_buttons["Enter"].setToolTip(tr("{next_step} (Enter)").format(next_step=next_step))
        grid = self.grid
        grid.setRowCount(len(r.participant_ids) + 1)
        grid.setColumnCount(len(r.dimensions))
        grid.setHorizontalHeaderLabels([tr(_SHORT_DIMENSION[d]) if d in _SHORT_DIMENSION else term("dimension", d)
                                         for d in r.dimensions])
        for col, dim in enumerate(r.dimensions):
            header_item = grid.horizontalHeaderItem(col)
            if header_item is not None:
                header_item.setToolTip(term("dimension", dim))
        names = []
        bold = QFont()
        bold.setBold(True)
        for row, pid in enumerate(r.participant_ids):
            p = model.tables["participants"].get(pid)
            names.append(p.name if p else str(pid))
            values = r.vote(model, pid)
            answered = room_state.answers(pid)
            for col, dim in enumerate(r.dimensions):
                if hidden:  # who answered, never what
                    text = "✓" if dim in answered else ""
                else:
                    text = "" if values[dim] is None else str(values[dim])
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if row == r.participant_index and col == r.dimension_index:
                    item.setBackground(_CURRENT)
                    item.setFont(bold)
                    item.setText(item.text() or "▸")
                grid.setItem(row, col, item)
        room = consensus_of(counted_votes(model, r.current_relation, r.phase_id))
        names.append(tr("Room"))
        for col, dim in enumerate(r.dimensions):
            c = room[dim]
            text = "–" if c.n == 0 else (f"{c.median}" if c.n == 1 or c.spread == 0 else f"{c.median} ({c.low}–{c.high})")
            item = QTableWidgetItem(tr("hidden") if hidden else text)
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            item.setFont(bold)
            if (c.spread or 0) >= 2 and not hidden:
                item.setForeground(QColor(palette.DISAGREEMENT))
                item.setToolTip(tr("Votes differ by two steps or more"))
            grid.setItem(len(r.participant_ids), col, item)
        grid.setVerticalHeaderLabels(names)
        header = grid.horizontalHeader().sizeHint().height()
        grid.setFixedHeight(header + 26 * grid.rowCount() + 2 * grid.frameWidth() + 2)
        asked = r.asked_dimensions
        if hidden:
            missing = [(pid, d) for pid in r.participant_ids if not room_state.answered(pid) for d in asked]
        else:
            missing = [(pid, d) for pid, d in r.votes_missing(model) if d in asked]
        all_in = tr("All votes are in — Enter for the next question.") if r.by_dimension \
            else tr("All votes are in — Enter for the next relation.")
        self.missing.setText(all_in if not missing
                             else tr("{n} of {n2} answers still missing.").format(
                                     n=len(missing), n2=len(r.participant_ids) * len(asked)))

    def refresh_contested(self) -> None:
        ctx = self.rounds.ctx
        model = ctx.session.model
        if ctx.phase_id not in model.tables["phases"]:
            return
        withheld = self.rounds.room.withheld  # a blind question's spread is not shown yet
        found = [c for c in most_contested(model, ctx.phase_id) if (c.relation_id, ctx.phase_id) != withheld]
        self.contested.clear()
        for c in found[:CONTESTED_SHOWN]:
            medians = " · ".join("–" if c.medians[d] is None else str(c.medians[d]) for d in voc.SCORE_DIMENSIONS)
            item = QTreeWidgetItem([_short_label(model, c.relation_id),
                                    f"{c.spread} ({in_sentence(term('dimension', c.dimension))})", medians])
            item.setData(0, Qt.ItemDataRole.UserRole, c.relation_id)
            item.setToolTip(0, literal(tr("{relation_label}\n{votes} votes; spread = highest minus lowest "
                                          "vote").format(
                    relation_label=relation_label(model, c.relation_id), votes=c.votes)))
            if c.spread >= 2:
                item.setForeground(1, QColor(palette.DISAGREEMENT))
            self.contested.addTopLevelItem(item)
        self.contested_empty.setVisible(not found)
        self.contested.setVisible(bool(found))
        more = len(found) - CONTESTED_SHOWN
        self.contested_more.setText(tr("… and {more} more relations where the votes differ").format(more=more) if more > 0 else "")
        self.contested_more.setVisible(more > 0)
