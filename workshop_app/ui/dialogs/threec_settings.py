"""Score ▸ 3C rule and source levels…: how this session reads the 3C class, and whether the
levels a source states count in the room's median.

Both are settings of the session, not of the app: they are saved in the file, logged and
undone like any edit (``SetMeta``), and the codebook of an export names the rule in use, so
a reader knows how a class was read. Changing them is one undo step together.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...domain import commands as cmds
from ...domain.model import Model
from ..i18n import tr
from ...domain.i18n import N_
from ...domain.terms import choices

RULE_TITLES = {"median": N_("Median of each dimension (the rule before schema 3)"),
               "weakest": N_("Weakest dimension (each voter's own class, then their median)")}
POOL_TEXT = N_("Pool the source levels (reference participants) into the room's median")
POOL_HELP = N_("Off: a source's levels (e.g. the case record) are shown as a ◆ beside the room's "
               "median and never change it. On: they count as votes in the median, spread and class.")


class ThreeCSettings(QDialog):
    """The rule (two choices, each explained) and the pooling choice."""

    def __init__(self, model: Model, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("3C rule and source levels"))
        self.model = model
        layout = QVBoxLayout(self)
        heading = QLabel(tr("How this session reads the 3C class from trust, commitment and interdependence:"))
        heading.setWordWrap(True)
        layout.addWidget(heading)
        self.group = QButtonGroup(self)
        self.rules: dict[str, QRadioButton] = {}
        for key, words in choices("3C rule"):
            button = QRadioButton(tr(RULE_TITLES[key]) if key in RULE_TITLES else key)
            button.setChecked(model.threec_rule == key)
            self.group.addButton(button)
            self.rules[key] = button
            layout.addWidget(button)
            explain = QLabel(words[:1].upper() + words[1:] + ".")
            explain.setWordWrap(True)
            explain.setStyleSheet("color: #555; margin-left: 22px;")
            layout.addWidget(explain)
        self.pool = QCheckBox(tr(POOL_TEXT))
        self.pool.setChecked(model.pool_references)
        self.pool.setToolTip(tr(POOL_HELP))
        layout.addSpacing(8)
        layout.addWidget(self.pool)
        pool_help = QLabel(tr(POOL_HELP))
        pool_help.setWordWrap(True)
        pool_help.setStyleSheet("color: #555; margin-left: 22px;")
        layout.addWidget(pool_help)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def rule(self) -> str:
        return next((k for k, b in self.rules.items() if b.isChecked()), self.model.threec_rule)

    def command(self) -> cmds.Command | None:
        """The one edit the choices mean, or ``None`` when nothing changes."""
        steps: list[cmds.Command] = []
        if self.rule() != self.model.threec_rule:
            steps.append(cmds.SetMeta(key="threec_rule", value=self.rule()))
        if self.pool.isChecked() != self.model.pool_references:
            steps.append(cmds.SetMeta(key="pool_references", value=self.pool.isChecked()))
        if not steps:
            return None
        return steps[0] if len(steps) == 1 else cmds.Batch(steps, text=tr("Change 3C settings"))


__all__ = ["ThreeCSettings", "POOL_TEXT"]
