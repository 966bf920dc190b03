"""The warnings dock: patterns on the map worth a question to the room (W1–W15).

A warning is a question, never a verdict, so each card says it in the facilitator's words,
names who it is about, and gives its source so the room can weigh it. "Show me" switches to
the phase and lights up the actors and relations involved while the rest of the map dims.
Severity is told by word and symbol as well as colour (vermillion for a warning, blue for
information), so it reads on a washed-out projector and for colour-blind participants.

A big session can raise hundreds of warnings in one phase. The list is worked out once per
edit and only filtered on a phase switch; the panel shows the first cards and a "Show more"
button, and one style sheet on the list styles every card, because a style sheet per widget
costs more than the card itself.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...analysis.facts import session_facts
from ...analysis.warnings import PatternWarning, warnings_for_facts
from ...domain.model import Model
from ..text import plain
from .canvas_marks import CanvasMarks
from ..i18n import tr
from ...domain.i18n import N_

if TYPE_CHECKING:  # pragma: no cover
    from ..context import WindowContext

OWNER = "warnings"
SEVERITY_STYLE: dict[str, tuple[str, str]] = {  # severity -> (colour, badge text)
    "warning": ("#D55E00", N_("▲ Warning")),
    "info": ("#0072B2", N_("● Info")),
}
CARDS_AT_ONCE = 30  # cards shown at first, and added per click on "Show more"


def _list_style() -> str:
    """The one style sheet of the card list; cards pick their part by object name and by
    their ``severity`` and ``focused`` properties."""
    rules = [
        "#WarningsList { background: #F4F5F7; }",
        "#WarningCard { background: #FFFFFF; border: 1px solid #C9CDD2; border-radius: 3px; }",
        "#WarningBadge { color: white; font-weight: 700; padding: 2px 6px; border-radius: 3px; }",
        "#WarningRule { color: #333; font-weight: 700; font-size: 10.5pt; }",
        "#WarningWhere { color: #444; font-size: 9.5pt; }",
        "#WarningMessage { font-size: 11.5pt; font-weight: 700; color: #1F1F1F; }",
        "#WarningDetail { font-size: 10.5pt; color: #222; }",
        "#WarningSource { font-size: 9.5pt; color: #555; font-style: italic; }",
        "#WarningsEmpty { color: #555; font-size: 10.5pt; padding: 8px; }",
    ]
    for severity, (colour, _badge) in SEVERITY_STYLE.items():
        rules.append(f'#WarningCard[severity="{severity}"] {{ border-left: 6px solid {colour}; }}')
        rules.append(f'#WarningBadge[severity="{severity}"] {{ background: {colour}; }}')
    rules.append('#WarningCard[focused="true"] { background: #FFF9DB; }')
    return "\n".join(rules)


def shown_phase(warning: PatternWarning) -> int | None:
    """The phase in which "show me" can show what a warning found.

    Actors who left (W4) are still on the map in the earlier phase; a fall in intensity (W7)
    shows in the later one, where the weaker relation is.
    """
    if warning.next_phase_id is not None and warning.id != "W4":
        return warning.next_phase_id
    return warning.phase_id


def phase_words(model: Model, warning: PatternWarning) -> str:
    phases = model.tables["phases"]
    if warning.phase_id not in phases:
        return tr("Whole session")
    name = phases[warning.phase_id].name
    if warning.next_phase_id is not None and warning.next_phase_id in phases:
        return f"{name} → {phases[warning.next_phase_id].name}"
    return name


class WarningCard(QFrame):
    """One warning: badge, message, who it is about, its source, and "Show me"."""

    showRequested = Signal(object)  # PatternWarning

    def __init__(self, warning: PatternWarning, where: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.warning = warning
        self.setObjectName("WarningCard")
        severity = warning.severity if warning.severity in SEVERITY_STYLE else "warning"
        self.setProperty("severity", severity)
        self.setProperty("focused", "false")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.badge = QLabel(tr(SEVERITY_STYLE[severity][1]))
        self.badge.setObjectName("WarningBadge")
        self.badge.setProperty("severity", severity)
        rule = QLabel(warning.id)
        rule.setObjectName("WarningRule")
        self.where = plain(QLabel(), where)  # phase names as typed
        self.where.setObjectName("WarningWhere")
        self.where.setWordWrap(True)
        self.where.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.show_button = QPushButton(tr("Show me"))
        self.show_button.setToolTip(tr("Switch to the phase and highlight who this is about"))
        self.show_button.clicked.connect(lambda: self.showRequested.emit(self.warning))
        top = QHBoxLayout()
        top.addWidget(self.badge)
        top.addWidget(rule, 1)
        top.addWidget(self.show_button)
        # Messages, details and sources name actors and phases as typed.
        self.message = plain(QLabel(), warning.message)
        self.message.setObjectName("WarningMessage")
        self.message.setWordWrap(True)
        self.detail = plain(QLabel(), warning.detail)
        self.detail.setObjectName("WarningDetail")
        self.detail.setWordWrap(True)
        self.source = plain(QLabel(), tr("Source: {citation}").format(citation=warning.source))
        self.source.setObjectName("WarningSource")
        self.source.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 8, 8)
        layout.setSpacing(3)
        layout.addLayout(top)
        layout.addWidget(self.where)
        layout.addWidget(self.message)
        layout.addWidget(self.detail)
        layout.addWidget(self.source)
        self.setToolTip(tr("Double-click, or press Show me, to see it on the map"))

    def set_focused(self, on: bool) -> None:
        value = "true" if on else "false"
        if self.property("focused") == value:
            return  # re-polishing costs a style pass; most cards never change
        self.setProperty("focused", value)
        self.style().unpolish(self)
        self.style().polish(self)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.showRequested.emit(self.warning)
        event.accept()


class WarningsDock(QDockWidget):
    """Warnings for this phase or the whole session, worked out again after every edit."""

    countChanged = Signal(int)

    def __init__(self, ctx: "WindowContext", marks: CanvasMarks) -> None:
        super().__init__(tr("Warnings"), ctx.parent)
        self.setObjectName("WarningsDock")
        self.main = ctx
        self.marks = marks
        self.warnings: list[PatternWarning] = []
        self.cards: list[QWidget] = []
        self.focused: PatternWarning | None = None
        self._computed: tuple[Model, int] | None = None  # the model and revision listed
        self._shown: list[PatternWarning] = []  # what the scope and phase select
        self._carded: list[PatternWarning] = []  # the list the cards were made from
        self._shown_key: tuple[object, ...] | None = None
        self._limit = CARDS_AT_ONCE
        body = QWidget()
        self.this_phase = QPushButton(tr("This phase"))
        self.all_phases = QPushButton(tr("All phases"))
        self.scope = QButtonGroup(self)
        for button in (self.this_phase, self.all_phases):
            button.setCheckable(True)
            self.scope.addButton(button)
        self.this_phase.setChecked(True)
        self.scope.buttonToggled.connect(self._scope_toggled)
        self.clear_button = QPushButton(tr("Clear highlight"))
        self.clear_button.setToolTip(tr("Take the highlight off the map"))
        self.clear_button.clicked.connect(self.clear_focus)
        top = QHBoxLayout()
        top.addWidget(self.this_phase)
        top.addWidget(self.all_phases)
        top.addStretch(1)
        top.addWidget(self.clear_button)
        self.heading = plain(QLabel())  # names the phase as typed
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("color: #333; padding: 2px 0;")
        self.container = QWidget()
        self.container.setObjectName("WarningsList")
        self.container.setStyleSheet(_list_style())
        self.cards_layout = QVBoxLayout(self.container)
        self.cards_layout.setContentsMargins(4, 4, 4, 4)
        self.cards_layout.setSpacing(6)
        self.more_button = QPushButton()
        self.more_button.setToolTip(tr("Show the next warnings of this list"))
        self.more_button.setAccessibleName(tr("Show more warnings"))
        self.more_button.clicked.connect(self.show_more)
        self.more_button.hide()
        self.cards_layout.addWidget(self.more_button)
        self.cards_layout.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(self.container)
        layout = QVBoxLayout(body)
        layout.addLayout(top)
        layout.addWidget(self.heading)
        layout.addWidget(self.scroll_area, 1)
        self.setWidget(body)
        marks.changed.connect(self._marks_changed)
        self.toggleViewAction().toggled.connect(self._shown_or_closed)
        self._marks_changed(marks.owner)

    def _scope_toggled(self, _button: object, on: bool) -> None:
        if on:
            self.refresh()

    def _shown_or_closed(self, shown: bool) -> None:
        if not shown:
            self.clear_focus()  # closing the panel takes its highlight off the map

    # -- content --------------------------------------------------------------------------
    def all_phases_shown(self) -> bool:
        return self.all_phases.isChecked()

    def set_all_phases(self, on: bool) -> None:
        (self.all_phases if on else self.this_phase).setChecked(True)

    @property
    def ready(self) -> bool:
        """Whether the list was worked out for this session (it may be one edit behind)."""
        return self._computed is not None and self._computed[0] is self.main.session.model

    def visible_warnings(self) -> list[PatternWarning]:
        if self.all_phases_shown():
            return list(self.warnings)
        pid = self.main.phase_id
        return [w for w in self.warnings if pid in (w.phase_id, w.next_phase_id)]

    def recompute(self) -> None:
        """Work the warnings out again if the session changed since the last time."""
        model = self.main.session.model
        if self._computed != (model, model.revision):
            self.warnings = warnings_for_facts(session_facts(model))
            self._computed = (model, model.revision)

    def refresh(self) -> None:
        """Bring the list up to date; the cards are made only while the panel is on screen."""
        self.recompute()
        self.phase_changed()
        if self.isVisible():
            self._show_cards()

    def phase_changed(self) -> None:
        """Filter the list already worked out for the phase now shown: title, heading, count.

        Cheap enough for every phase switch; the cards follow on the panels' next refresh.
        """
        if not self.ready:
            return
        model = self.main.session.model
        shown = self.visible_warnings()
        self._shown = shown
        n = len(shown)
        title = tr("Warnings ({n})").format(n=n) if n else tr("Warnings")
        if self.windowTitle() != title:
            self.setWindowTitle(title)
        if self.all_phases_shown():
            self.heading.setText(tr("{n} in the whole session. Questions for the room, not errors.").format(
                    n=len(self.warnings)))
        else:
            pid = self.main.phase_id
            name = model.phase(pid).name if pid in model.tables["phases"] else "?"
            self.heading.setText(tr("{n} for “{name}”. Questions for the room, not errors.").format(
                    n=n, name=name))
        self.countChanged.emit(n)

    def _show_cards(self) -> None:
        """Rebuild the cards when what they say changed (a new list starts short again)."""
        shown = self._shown
        key = (self.all_phases_shown(), None if self.all_phases_shown() else self.main.phase_id,
               tuple((w.id, w.phase_id, w.next_phase_id, w.detail, w.severity) for w in shown))
        if key != self._shown_key:
            self._shown_key = key
            self._limit = CARDS_AT_ONCE
            self._rebuild(self.main.session.model, shown)

    def show_more(self) -> None:
        """Add the next cards below the ones shown."""
        self._limit += CARDS_AT_ONCE
        self._add_cards(self.main.session.model)

    def _rebuild(self, model: Model, shown: list[PatternWarning]) -> None:
        for card in self.cards:
            self.cards_layout.removeWidget(card)
            card.hide()  # gone from the screen now, deleted when Qt is ready
            card.deleteLater()
        self.cards = []
        self._carded = shown
        if not shown:
            empty = QLabel(tr("No warnings here. The map shows none of the patterns the research "
                              "warns about, which is no proof that all is well."))
            empty.setWordWrap(True)
            empty.setObjectName("WarningsEmpty")
            self.cards_layout.insertWidget(0, empty)
            self.cards.append(empty)
            self.more_button.hide()
            return
        self._add_cards(model)

    def _add_cards(self, model: Model) -> None:
        """Cards for the list's next warnings up to the limit, then the "more" button."""
        for warning in self._carded[len(self.cards): self._limit]:
            card = WarningCard(warning, phase_words(model, warning))
            card.showRequested.connect(self.show_warning)
            card.set_focused(warning == self.focused)
            self.cards_layout.insertWidget(len(self.cards), card)
            self.cards.append(card)
        hidden = len(self._carded) - len(self.cards)
        self.more_button.setVisible(hidden > 0)
        if hidden > 0:
            self.more_button.setText(tr("{hidden} more… (show {hidden2} more)").format(
                    hidden=hidden, hidden2=min(hidden, CARDS_AT_ONCE)))

    def warning_cards(self) -> list[WarningCard]:
        return [c for c in self.cards if isinstance(c, WarningCard)]

    # -- show me --------------------------------------------------------------------------
    def show_warning(self, warning: PatternWarning) -> None:
        """Switch to the warning's phase and highlight its actors and relations."""
        win = self.main
        target = shown_phase(warning)
        if target is not None and target in win.session.model.tables["phases"]:
            win.set_phase(target)
        self.focused = warning
        if warning.actor_ids or warning.relation_ids:
            label = f"{warning.id}: {warning.message.split(':')[0]}"
            self.marks.show(OWNER, {a: "focus" for a in warning.actor_ids},
                            {r: "focus" for r in warning.relation_ids}, [("focus", label)])
        else:
            self.marks.clear(OWNER)
            win.status(tr("{id} is about who or what is missing: nothing to highlight on the map.").format(
                    id=warning.id), 6000)
        for card in self.warning_cards():
            card.set_focused(card.warning == warning)
        win.view.viewport().update()

    def clear_focus(self) -> None:
        self.focused = None
        self.marks.clear(OWNER)
        for card in self.warning_cards():
            card.set_focused(False)
        self.main.view.viewport().update()

    def _marks_changed(self, owner: str) -> None:
        self.clear_button.setEnabled(owner == OWNER)
        if owner != OWNER and self.focused is not None:
            self.focused = None
            for card in self.warning_cards():
                card.set_focused(False)


__all__ = ["WarningsDock", "WarningCard", "shown_phase", "SEVERITY_STYLE", "CARDS_AT_ONCE"]
