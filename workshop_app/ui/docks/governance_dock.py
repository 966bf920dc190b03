"""The Governance dock: what the papers say of the selected actor in the phase shown that a
box on the map cannot: its influence and stance (Net-Map), its part in orchestration (004),
its institutional work (001, Table 1) and who gains or bears costs (public value); for a
selected data relation, how open and interoperable the data is (004).

It sits as a tab beside the Properties dock and follows the selection and the phase like it.
Every field is one command through the window: one undo step, saved.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QScrollArea, QStackedWidget, QVBoxLayout, QWidget

from ...domain.commands_evidence import SetValueEffects
from .concept_parts import CommitLine, EditContext, fact_tip, hint, section_title
from .institutional_work import InstitutionalWorkEditor
from .lazy_dock import LazyDock
from .netmap import InfluenceEditor
from .orchestration import DataOpennessEditor, OrchestratorEditor
from ..i18n import tr
from ...domain.i18n import N_
from ...domain.terms import in_sentence, term

EMPTY_TEXT = N_("Select an actor to record its influence, stance towards the goal, part in "
                "orchestration, institutional work and public value in this phase; select a data "
                "relation to record how open its data is.")


def title_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setStyleSheet("font-weight: 600; font-size: 10.5pt;")
    return label


class ActorGovernance(QWidget):
    def __init__(self, ctx: EditContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.actor_id: int | None = None
        self.title = title_label()
        self.where = hint()
        self.influence = InfluenceEditor(ctx)
        self.orchestrator = OrchestratorEditor(ctx)
        self.work = InstitutionalWorkEditor(ctx)
        self.gains = CommitLine(tr("What this actor gains (public value)"))
        self.gains.setObjectName("value_gains")
        self.costs = CommitLine(tr("What costs this actor bears"))
        self.costs.setObjectName("value_costs")
        self.gains.committed.connect(lambda text: self._value(gains=text))
        self.costs.committed.connect(lambda text: self._value(costs=text))
        value = QFormLayout()
        value.setContentsMargins(0, 0, 0, 0)
        value.addRow(tr("Gains"), self.gains)
        value.addRow(tr("Bears costs"), self.costs)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.where)
        layout.addWidget(section_title(tr("Influence and goal (Net-Map)")))
        layout.addWidget(self.influence)
        layout.addWidget(section_title(tr("Orchestration (004)")))
        layout.addWidget(self.orchestrator)
        layout.addWidget(section_title(tr("Institutional work (001, Table 1)")))
        layout.addWidget(self.work)
        layout.addWidget(section_title(tr("Public value")))
        layout.addLayout(value)
        layout.addStretch(1)

    def set_actor(self, actor_id: int | None) -> None:
        self.actor_id = actor_id
        for part in (self.influence, self.orchestrator, self.work):
            part.set_actor(actor_id)
        self.refresh()

    def refresh(self) -> None:
        model = self.ctx.session.model
        if self.actor_id is None or self.actor_id not in model.tables["actors"]:
            return
        pid = self.ctx.phase_id
        state = term("presence", model.presence_state(self.actor_id, pid))
        self.title.setText(model.actor(self.actor_id).name)
        self.where.setText(tr("{state} in {name}").format(state=state, name=model.phase(pid).name))
        for part in (self.influence, self.orchestrator, self.work):
            part.refresh()
        row = model.presence(self.actor_id, pid)
        self.gains.set_value(row.value_gains if row is not None else "")
        self.costs.set_value(row.value_costs if row is not None else "")
        self.gains.setToolTip(fact_tip(tr("Who gains (public value)"), model, self.actor_id, pid, "value_gains"))
        self.costs.setToolTip(fact_tip(tr("Who bears costs (public value)"), model, self.actor_id, pid, "value_costs"))

    def _value(self, *, gains: str | None = None, costs: str | None = None) -> None:
        if self.actor_id is not None:
            self.ctx.execute(SetValueEffects(actor_id=self.actor_id, phase_id=self.ctx.phase_id,
                                             gains=gains, costs=costs))


class RelationGovernance(QWidget):
    def __init__(self, ctx: EditContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.relation_id: int | None = None
        self.title = title_label()
        self.openness = DataOpennessEditor(ctx)
        self.note = hint()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(section_title(tr("Data openness (004)")))
        layout.addWidget(self.openness)
        layout.addWidget(self.note)
        layout.addStretch(1)

    def set_relation(self, relation_id: int | None) -> None:
        self.relation_id = relation_id
        self.openness.set_relation(relation_id)
        self.refresh()

    def refresh(self) -> None:
        model = self.ctx.session.model
        rel = model.tables["relations"].get(self.relation_id) if self.relation_id is not None else None
        if rel is None:
            return
        arrow = "→" if rel.directed else "–"
        kind = term("relation kind", rel.kind)
        self.title.setText(f"{model.actor(rel.source).name} {arrow} {model.actor(rel.target).name}\n{kind}")
        self.openness.refresh()
        recorded = any(k in rel.attrs for k in ("openness", "interoperable"))
        self.openness.setEnabled(rel.kind == "data" or recorded)
        self.note.setText(tr("004 reads openness wider than open data: open, closed or held by a "
                             "vendor, and whether systems share standards.") if rel.kind == "data" or recorded
                          else tr("Openness is recorded for data relations (004); this one is {kind}.").format(
                                  kind=in_sentence(kind)))


class GovernanceDock(LazyDock):
    """Follows the selection: one actor, one relation, or a hint (made when first shown)."""

    def __init__(self, ctx: EditContext, parent: QWidget | None = None) -> None:
        super().__init__(tr("Governance"), parent)
        self.setObjectName("GovernanceDock")
        self.ctx = ctx
        self.setMinimumWidth(340)

    def build(self) -> None:
        ctx = self.ctx
        self.empty = hint(tr(EMPTY_TEXT))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty.setContentsMargins(10, 10, 10, 10)
        self.actor = ActorGovernance(ctx)
        self.relation = RelationGovernance(ctx)
        self.stack = QStackedWidget()
        for w in (self.empty, self.actor, self.relation):
            self.stack.addWidget(w)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.stack)
        self.setWidget(scroll)

    def show_selection(self, actor_ids: list[int], relation_ids: list[int]) -> None:
        if not self.built:
            return  # shown later with the selection of then
        if len(actor_ids) == 1 and not relation_ids:
            self.actor.set_actor(actor_ids[0])
            self.stack.setCurrentWidget(self.actor)
        elif len(relation_ids) == 1 and not actor_ids:
            self.relation.set_relation(relation_ids[0])
            self.stack.setCurrentWidget(self.relation)
        else:
            self.actor.actor_id = self.relation.relation_id = None
            self.stack.setCurrentWidget(self.empty)

    def refresh(self) -> None:
        if not self.built:
            return
        model = self.ctx.session.model
        if self.stack.currentWidget() is self.actor:
            if self.actor.actor_id not in model.tables["actors"]:
                self.show_selection([], [])
            else:
                self.actor.refresh()
        elif self.stack.currentWidget() is self.relation:
            if self.relation.relation_id not in model.tables["relations"]:
                self.show_selection([], [])
            else:
                self.relation.refresh()


__all__ = ["GovernanceDock"]
