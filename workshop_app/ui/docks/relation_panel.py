"""The relation part of the Properties dock: the relation, what it is in the phase shown
(active, switched off or not described), the votes, and where each of these comes from.

A source's levels (a reference participant such as the "Case record") are shown beside the
room's median, never in it, and the class a source states beside the class the room's votes
give (``score_widget.py``).

A click on a score while the room is asked about this relation is a vote in the round: it goes
through ``session.voting.submit_vote`` with the room's state, the one door keyboard rounds and
phones use (the voter joins the round, a blind question counts the answer, a question that does
not ask for that score refuses it). Outside a question a click is the facilitator's own edit
of the score, one ``SetScore``.
"""

from __future__ import annotations

from typing import Any, Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QMessageBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain import commands as cmds
from ...analysis import classes
from ...domain import scoring
from ...domain import vocabulary as voc
from ...domain.commands_evidence import SetRelationState
from ...domain.model import Model, Relation
from ...session.room import RoomState
from ...session.voting import submit_vote
from ..dialogs.source_dialog import edit_source
from ..text import literal, plain
from .panel_parts import Context, NoteEdit, StateChoice, combo, phase_title, real_changes, set_combo
from .score_widget import Evidence, ReferenceLevel, ScoreWidget
from .source_line import SourceLine, describe
from ..i18n import tr
from ...domain.i18n import N_, in_sentence
from ...domain.terms import choices, help_text, term

STATE_HELP = {
    "active": N_("The relation is part of this phase"),
    "inactive": N_("Switched off in this phase: known not to be at work now"),
    "not_described": N_("The source is silent about the relation in this phase"),
}


def evidence_of(model: Model, rel: Relation, phase_id: int) -> Evidence:
    """What the score widget shows beside the room's votes for one relation in one phase:
    the reference participants' levels, the room's class and how its voters split
    (``analysis.classes``), and what sources state for the relation, for an arena both its
    ends sit in, and for the whole phase (classes and levels), each with its source."""
    parts = model.tables["participants"]
    refs = []
    for v in scoring.reference_votes(model, rel.id, phase_id):
        p = parts[v.participant_id]
        src = model.source(v.source_id if v.source_id is not None else p.source_id)
        refs.append(ReferenceLevel(p.name, {d: v.value(d) for d in voc.SCORE_DIMENSIONS},
                                   describe(src) if src is not None else ""))
    reading = classes.relation_reading(model, rel, phase_id)
    stated: list[tuple[str, str, str]] = [(c.three_c, _said(model, c.source_id), "") for c in reading.stated]
    arenas = model.tables["arenas"]
    for arena_id, members in sorted(classes.arena_members(model, phase_id).items()):
        if rel.source in members and rel.target in members and arena_id in arenas:
            for c in classes.stated_classes(model, phase_id, arena_id=arena_id):
                stated.append((c.three_c, _said(model, c.source_id),
                               tr("in “{arena}”").format(arena=arenas[arena_id].name)))
    for c in classes.stated_classes(model, phase_id):
        stated.append((c.three_c, _said(model, c.source_id), tr("for the whole phase")))
    levels = tuple((f"{in_sentence(term('dimension', lv.dimension))} {in_sentence(term('level', lv.level))}",
                    _said(model, lv.source_id), tr("for the whole phase"))
                   for lv in classes.stated_levels(model, phase_id, scope="phase"))
    return Evidence(
        references=tuple(refs), rule=reading.rule, derived=reading.derived,
        distribution=dict(reading.voters), stated=tuple(stated), levels=levels,
        conflicts=reading.mismatches, pooled=model.pool_references and bool(refs),
    )


def _said(model: Model, source_id: int | None) -> str:
    src = model.source(source_id)
    return describe(src) if src is not None else ""


class RelationPanel(QWidget):
    participantChanged = Signal(int)

    def __init__(self, ctx: Context) -> None:
        super().__init__()
        self.ctx = ctx
        self.relation_id: int | None = None
        # (relation, phase) whose votes a blind round hides now; the window points it at the room.
        self.votes_hidden: Callable[[], tuple[int, int] | None] = lambda: None
        self.room: RoomState | None = None  # the room's state, for votes in a round (set by the window)
        self._loading = False
        self.ends = plain(QLabel())  # the two actors' names as typed
        self.ends.setWordWrap(True)
        self.ends.setStyleSheet("font-weight: 600; font-size: 13px;")
        form = QFormLayout()
        self.kind = combo(dict(choices("relation kind")))
        for i, key in enumerate(voc.RELATION_KINDS):
            self.kind.setItemData(i, help_text("relation kind", key), Qt.ItemDataRole.ToolTipRole)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        form.addRow(tr("Kind"), self.kind)
        self.directed = QCheckBox(tr("Directed"))
        self.directed.setToolTip(tr("From the source actor to the target actor (→)"))
        self.directed.toggled.connect(lambda on: self._update(directed=on))
        self.reverse = QPushButton(tr("Reverse"))
        self.reverse.setToolTip(tr("Reverse the direction (target becomes source)"))
        self.reverse.clicked.connect(self._reverse)
        direction = QHBoxLayout()  # one row: the dock must show the scores on a laptop screen
        direction.addWidget(self.directed, 1)
        direction.addWidget(self.reverse)
        form.addRow("", direction)
        self.note = NoteEdit()
        self.note.committed.connect(lambda text: self._update(note=text))
        form.addRow(tr("Note"), self.note)
        self.relation_source = SourceLine(tr("Source"))
        self.relation_source.editRequested.connect(lambda: self._edit_source("relation"))
        self.phase_title = phase_title()
        self.state = StateChoice(dict(choices("relation state")), {k: tr(v) for k, v in STATE_HELP.items()},
                                 self._state_chosen)
        self.inactive_reason = QLabel()
        self.inactive_reason.setStyleSheet("color: #8A5A00;")
        self.inactive_reason.setWordWrap(True)
        self.phase_source = SourceLine(tr("Source in this phase"))
        self.phase_source.editRequested.connect(lambda: self._edit_source("relation_phase"))
        self.participant = QComboBox()
        self.participant.setAccessibleName(tr("Scoring as"))
        self.participant.setAccessibleDescription(tr("Whose vote the buttons and the keys 1–5 give"))
        self.participant.currentIndexChanged.connect(self._participant_changed)
        self.scores = ScoreWidget()
        self.scores.scoreRequested.connect(self._score)
        self.vote_source = SourceLine(tr("Source of this vote"))
        self.vote_source.editRequested.connect(lambda: self._edit_source("score"))
        voter = QHBoxLayout()
        voter.addWidget(QLabel(tr("Scoring as")))
        voter.addWidget(self.participant, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.ends)
        layout.addLayout(form)
        layout.addWidget(self.relation_source)  # outside the form: a wrapped line gets its height
        layout.addWidget(self.phase_title)
        layout.addWidget(self.state)
        layout.addWidget(self.inactive_reason)
        layout.addWidget(self.phase_source)
        layout.addLayout(voter)
        layout.addWidget(self.scores)
        layout.addWidget(self.vote_source)
        layout.addStretch(1)

    # -- editing ---------------------------------------------------------------------------
    def _update(self, **changes: Any) -> None:
        if self._loading or self.relation_id is None:
            return
        changes = real_changes(self.ctx.session.model.relation(self.relation_id), changes)
        if changes:
            self.ctx.execute(cmds.UpdateRelation(relation_id=self.relation_id, changes=changes))

    def _kind_changed(self, _index: int) -> None:
        kind = self.kind.currentData()
        if kind in voc.ALWAYS_DIRECTED_KINDS:
            self._update(kind=kind, directed=True)
        else:
            self._update(kind=kind)

    def _reverse(self) -> None:
        if self.relation_id is None:
            return
        rel = self.ctx.session.model.relation(self.relation_id)
        self.ctx.execute(
            cmds.UpdateRelation(relation_id=rel.id, changes={"source": rel.target, "target": rel.source})
        )

    def _state_chosen(self, state: str) -> None:
        if self._loading or self.relation_id is None:
            return
        model = self.ctx.session.model
        if model.relation_state(model.relation(self.relation_id), self.ctx.phase_id) == state:
            return
        self.ctx.execute(SetRelationState(relation_id=self.relation_id, phase_id=self.ctx.phase_id, state=state))

    def _participant_changed(self, _index: int) -> None:
        if self._loading:
            return
        pid = self.participant.currentData()
        if pid is not None:
            self.participantChanged.emit(int(pid))
            self.refresh()

    def _score(self, dim: str, value: int | None) -> None:
        if self.relation_id is None:
            return
        pid = self.ctx.participant_id
        if pid is None:
            return
        question = self.room.question if self.room is not None else None
        if question is not None and (question.relation_id, question.phase_id) == (self.relation_id, self.ctx.phase_id):
            result = submit_vote(self.ctx.session, self.room, pid, {dim: value})  # a vote in the round
            if result.accepted:
                self.room.round_moved()  # type: ignore[union-attr]  # the round's grid and the wall follow
            else:
                QMessageBox.warning(self, tr("Vote not taken"), literal(result.message))
            self.refresh()  # the buttons show what was saved
            return
        self.ctx.execute(
            cmds.SetScore(relation_id=self.relation_id, phase_id=self.ctx.phase_id, participant_id=pid, values={dim: value})
        )

    def _edit_source(self, fact: str) -> None:
        """Edit source… for the relation, the relation in this phase, or the vote shown."""
        if self.relation_id is None:
            return
        model = self.ctx.session.model
        rel, phase = model.relation(self.relation_id), model.phase(self.ctx.phase_id)
        ends = f"{model.actor(rel.source).name} → {model.actor(rel.target).name}"
        if fact == "relation":
            key: list[Any] = [rel.id]
            current, label = rel.source_id, f"{ends} ({in_sentence(term('relation kind', rel.kind))})"
        elif fact == "relation_phase":
            row = model.relation_phase(rel.id, phase.id)
            state = in_sentence(term("relation state", model.relation_state(rel, phase.id)))
            key, current, label = [rel.id, phase.id], (row.source_id if row else None), \
                tr("{relation}: {state} in “{phase}”").format(relation=ends, state=state, phase=phase.name)
        else:
            pid = self.ctx.participant_id
            vote = model.tables["scores"].get((rel.id, phase.id, pid if pid is not None else -1))
            if vote is None or pid is None:
                return
            who = model.tables["participants"][pid].name
            key, current, label = [rel.id, phase.id, pid], vote.source_id, \
                tr("{relation}: the vote of {who} in “{phase}”").format(relation=ends, who=who, phase=phase.name)
        command = edit_source(self, model, label, current, fact, key)
        if command is not None:
            self.ctx.execute(command)

    # -- showing ---------------------------------------------------------------------------
    def show_relation(self, relation_id: int) -> None:
        if relation_id != self.relation_id:
            self.scores.set_current(0)
        self.relation_id = relation_id
        self.refresh()

    def refresh(self) -> None:
        session = self.ctx.session
        model = session.model
        if self.relation_id is None or self.relation_id not in model.tables["relations"]:
            return
        self._loading = True
        try:
            rel = model.relation(self.relation_id)
            src, tgt = model.actor(rel.source).name, model.actor(rel.target).name
            self.ends.setText(f"{src}  {'→' if rel.directed else '—'}  {tgt}")
            set_combo(self.kind, rel.kind)
            self.directed.setChecked(rel.directed)
            self.directed.setEnabled(rel.kind not in voc.ALWAYS_DIRECTED_KINDS)
            self.note.set_text(rel.note)
            self.relation_source.show_source(model.source(rel.source_id))
            phase = model.phase(self.ctx.phase_id)
            self.phase_title.setText(tr("In phase “{name}”").format(name=phase.name))
            ends = (model.presence_state(rel.source, phase.id), model.presence_state(rel.target, phase.id))
            both = ends == ("present", "present")
            active = model.relation_active(rel, phase.id)
            self.state.set_state(model.relation_state(rel, phase.id))
            self.state.setEnabled(both)
            self.inactive_reason.setText(
                "" if both else tr("An actor is absent in this phase, so the relation is not at work.")
                if "absent" in ends else tr("An actor is not described in this phase, so neither is the relation.")
            )
            self.inactive_reason.setVisible(not both)
            row = model.relation_phase(rel.id, phase.id)
            self.phase_source.show_source(model.source(row.source_id if row else None))
            self.participant.clear()
            for p in session.participants:
                label = p.name + (f" ({p.organisation})" if p.organisation else "")
                self.participant.addItem(label + ("  ◆ " + tr("source") if p.kind == "reference" else ""), p.id)
            if self.ctx.participant_id is not None:
                self.participant.setCurrentIndex(max(0, self.participant.findData(self.ctx.participant_id)))
            own = model.tables["scores"].get((rel.id, phase.id, self.ctx.participant_id or -1))
            hidden = self.votes_hidden() == (rel.id, phase.id)
            self.scores.setEnabled(active and not hidden)
            if hidden:  # a blind question is open on it: votes go through the round's keys
                self.scores.show_hidden()
            else:
                mine = {d: (own.value(d) if own else None) for d in voc.SCORE_DIMENSIONS}
                self.scores.show_scores(mine, session.consensus(rel.id, phase.id), evidence_of(model, rel, phase.id))
            self.vote_source.setVisible(own is not None and not hidden)
            if own is not None:
                self.vote_source.show_source(model.source(own.source_id))
        finally:
            self._loading = False


__all__ = ["RelationPanel", "evidence_of"]
