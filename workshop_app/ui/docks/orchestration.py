"""Orchestration as 004 describes it: who orchestrates a phase, in what form and mode, and how
open the data relations are.

004 (London) recommends a central orchestrator acting as both strategist (setting the
direction) and manager (running the day-to-day), held by one body (individual) or shared
(collective). It also reads openness wider than "open data": data may be open, closed or
held by a vendor, and interoperable or not. Each choice here is one command
(``SetOrchestrator``, ``SetDataOpenness``): one undo step, saved.
"""

from __future__ import annotations

from PySide6.QtWidgets import QCheckBox, QFormLayout, QHBoxLayout, QVBoxLayout, QWidget

from ...domain.commands_evidence import SetDataOpenness, SetOrchestrator
from .concept_parts import EditContext, choice_box, fact_tip, hint, show_choice
from ..i18n import tr
from ...domain.i18n import N_
from ...domain.terms import choices

NOT_ORCHESTRATING = N_("— does not orchestrate —")
FORM_TIP = N_("004: one body orchestrates (individual) or several together (collective)")
INTEROPERABLE = {"yes": True, "no": False}
INTEROPERABLE_LABELS = {"yes": N_("Interoperable"), "no": N_("Not interoperable")}


class OrchestratorEditor(QWidget):
    """The actor's part in orchestrating the window's phase: form and modes."""

    def __init__(self, ctx: EditContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.actor_id: int | None = None
        self.form = choice_box(dict(choices("orchestrator form")), NOT_ORCHESTRATING)
        self.form.setObjectName("orchestrator_form")
        self.form.setToolTip(tr(FORM_TIP))
        self.form.currentIndexChanged.connect(lambda _i: self._changed())
        self.modes: dict[str, QCheckBox] = {}
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        for key, label in choices("orchestrator mode"):
            box = QCheckBox(label.split(" (")[0])
            box.setObjectName(f"orchestrator_{key}")
            box.setToolTip(label)
            box.toggled.connect(lambda _on: self._changed())
            row.addWidget(box)
            self.modes[key] = box
        row.addStretch(1)
        self.note = hint()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.form)
        layout.addLayout(row)
        layout.addWidget(self.note)

    def set_actor(self, actor_id: int | None) -> None:
        self.actor_id = actor_id
        self.refresh()

    def refresh(self) -> None:
        model = self.ctx.session.model
        if self.actor_id is not None and self.actor_id not in model.tables["actors"]:
            self.actor_id = None
        row = model.presence(self.actor_id, self.ctx.phase_id) if self.actor_id is not None else None
        present = self.actor_id is not None and model.is_present(self.actor_id, self.ctx.phase_id)
        show_choice(self.form, row.orchestrator_form if row is not None else None)
        self.form.setToolTip(fact_tip(tr(FORM_TIP), model, self.actor_id, self.ctx.phase_id, "orchestrator"))
        modes = row.orchestrator_modes if row is not None else ()
        for key, box in self.modes.items():
            box.blockSignals(True)
            box.setChecked(key in modes)
            box.blockSignals(False)
        # Only an actor taking part can orchestrate the phase (what is recorded still shows).
        for w in (self.form, *self.modes.values()):
            w.setEnabled(present or bool(row is not None and (row.orchestrator_form or modes)))
        self.note.setText("" if present or self.actor_id is None
                          else tr("Only an actor present in this phase can orchestrate it."))
        self.note.setVisible(bool(self.note.text()))

    def _changed(self) -> None:
        if self.actor_id is None:
            return
        modes = tuple(k for k, box in self.modes.items() if box.isChecked())
        form = self.form.currentData()
        row = self.ctx.session.model.presence(self.actor_id, self.ctx.phase_id)
        if row is not None and (row.orchestrator_form, row.orchestrator_modes) == (form, modes):
            return
        if row is None and form is None and not modes:
            return
        self.ctx.execute(SetOrchestrator(actor_id=self.actor_id, phase_id=self.ctx.phase_id,
                                         form=form, modes=modes))
        self.refresh()  # a refused edit shows the model's value again


class DataOpennessEditor(QWidget):
    """Openness and interoperability of a relation's data (kept for every relation; shown
    for data relations, where 004 asks about them)."""

    def __init__(self, ctx: EditContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.relation_id: int | None = None
        self.openness = choice_box(dict(choices("openness")))
        self.openness.setObjectName("data_openness")
        self.openness.setToolTip(tr("004: open, closed, or held by a vendor (wider than open data)"))
        self.interoperable = choice_box({k: tr(v) for k, v in INTEROPERABLE_LABELS.items()},
                                        N_("— interoperability not known —"))
        self.interoperable.setObjectName("data_interoperable")
        for box in (self.openness, self.interoperable):
            box.currentIndexChanged.connect(lambda _i: self._changed())
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(tr("Openness"), self.openness)
        form.addRow(tr("Standards"), self.interoperable)

    def set_relation(self, relation_id: int | None) -> None:
        self.relation_id = relation_id
        self.refresh()

    def values(self) -> tuple[str | None, bool | None]:
        rels = self.ctx.session.model.tables["relations"]
        rel = rels.get(self.relation_id) if self.relation_id is not None else None
        if rel is None:
            return None, None
        inter = rel.attrs.get("interoperable")
        return rel.attrs.get("openness"), inter if isinstance(inter, bool) else None

    def refresh(self) -> None:
        openness, inter = self.values()
        show_choice(self.openness, openness)
        show_choice(self.interoperable, None if inter is None else ("yes" if inter else "no"))

    def _changed(self) -> None:
        if self.relation_id is None:
            return
        key = self.interoperable.currentData()
        wanted = (self.openness.currentData(), None if key is None else INTEROPERABLE[key])
        if wanted == self.values():
            return
        self.ctx.execute(SetDataOpenness(relation_id=self.relation_id, openness=wanted[0],
                                         interoperable=wanted[1]))
        self.refresh()


__all__ = ["DataOpennessEditor", "OrchestratorEditor"]
