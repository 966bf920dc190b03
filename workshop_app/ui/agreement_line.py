"""The Metrics panel's agreement line: how alike the room scored, for this phase and all.

One line above the charts, per dimension: Krippendorff's alpha (ordinal, room votes only)
with how many relations and voters it compares, for the phase on the canvas and for the
whole session, and "undefined" with the reason where nothing can be compared -- never 0.
The tooltip says what alpha means. Computed in ``analysis.agreement`` after each edit.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from ..analysis.agreement import Agreement, Alpha

TIP = ("Krippendorff's alpha for ordinal scores, over the room's votes (a reference "
       "participant's levels are not votes): 1 = the room scored alike, 0 = no more alike than "
       "chance, below 0 = less alike than chance. Undefined where no relation has two votes on "
       "the dimension, or every vote compared is the same.")


def _cell(a: Alpha) -> str:
    if a.alpha is None:
        return f"{a.dimension} <i>undefined</i> ({html.escape(a.reason)})"
    return f"{a.dimension} <b>{a.alpha:.2f}</b> ({a.units} rel., {a.voters} voters)"


def _line(alphas: dict[str, Alpha]) -> str:
    reasons = {a.reason for a in alphas.values()}
    if len(reasons) == 1 and "" not in reasons:
        return f"<i>undefined</i> ({html.escape(reasons.pop())})"
    return " · ".join(_cell(a) for a in alphas.values())


class AgreementLine(QLabel):
    """Shows an :class:`Agreement` for one phase and the session."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AgreementLine")
        self.setTextFormat(Qt.TextFormat.RichText)  # our markup; reasons escaped
        self.setWordWrap(True)
        self.setToolTip(TIP)
        self.setStyleSheet("color: #222; font-size: 10pt; padding: 2px 6px;")
        self.agreement: Agreement | None = None

    def show_agreement(self, agreement: Agreement, phase_id: int | None) -> None:
        self.agreement = agreement
        self.show_phase(phase_id)

    def show_phase(self, phase_id: int | None) -> None:
        found = self.agreement
        if found is None:
            self.setText("")
            return
        here = found.phases.get(phase_id) if phase_id is not None else None
        parts = []
        if here is not None:
            parts.append(f"<b>Agreement</b> in {html.escape(found.phase_names[phase_id])}: "
                         f"{_line(here)}")
        parts.append(f"Whole session: {_line(found.session)}")
        self.setText("<br/>".join(parts))


__all__ = ["AgreementLine", "TIP"]
