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
from ..domain.i18n import N_
from ..domain.terms import in_sentence, term
from ..domain.wording import count
from .i18n import tr

TIP = N_("Krippendorff's alpha for ordinal scores, over the room's votes (a reference "
       "participant's levels are not votes): 1 = the room scored alike, 0 = no more alike than "
       "chance, below 0 = less alike than chance. Undefined where no relation has two votes on "
       "the dimension, or every vote compared is the same.")


def _cell(a: Alpha) -> str:
    if a.alpha is None:
        return tr("{dimension} <i>undefined</i> ({reason})").format(
            dimension=html.escape(in_sentence(term("dimension", a.dimension))), reason=html.escape(a.reason))
    return tr("{dimension} <b>{alpha:.2f}</b> ({units} rel., {voters})").format(
        dimension=html.escape(in_sentence(term("dimension", a.dimension))), alpha=a.alpha, units=a.units,
        voters=count(a.voters, "voter"))


def _line(alphas: dict[str, Alpha]) -> str:
    reasons = {a.reason for a in alphas.values()}
    if len(reasons) == 1 and "" not in reasons:
        return tr("<i>undefined</i> ({reason})").format(reason=html.escape(reasons.pop()))
    return " · ".join(_cell(a) for a in alphas.values())


class AgreementLine(QLabel):
    """Shows an :class:`Agreement` for one phase and the session."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AgreementLine")
        self.setTextFormat(Qt.TextFormat.RichText)  # our markup; reasons escaped
        self.setWordWrap(True)
        self.setToolTip(tr(TIP))
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
            parts.append(tr("<b>Agreement</b> in {phase}: {alphas}").format(
                phase=html.escape(found.phase_names[phase_id]), alphas=_line(here)))
        parts.append(tr("Whole session: {alphas}").format(alphas=_line(found.session)))
        self.setText("<br/>".join(parts))


__all__ = ["AgreementLine", "TIP"]
