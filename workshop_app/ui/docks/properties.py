"""The properties dock: edit the selected actor or relation.

Every field change becomes one command through the window's ``execute``; when the session
reports a change, the panel re-reads the model, so undo and other views keep it honest. The
actor and relation panels live in their own modules (``actor_panel.py``,
``relation_panel.py``), with the parts they share in ``panel_parts.py``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QLabel, QScrollArea, QStackedWidget, QWidget

from .actor_panel import ActorPanel
from .panel_parts import Context
from .relation_panel import RelationPanel
from ..i18n import tr


class PropertiesDock(QDockWidget):
    """Shows the actor panel, the relation panel, or a hint when nothing is selected."""

    def __init__(self, ctx: Context, parent: QWidget | None = None) -> None:
        super().__init__(tr("Properties"), parent)
        self.setObjectName("PropertiesDock")
        self.ctx = ctx
        self.stack = QStackedWidget()
        self.empty = QLabel(
            tr("Select an actor or a relation.\n\n"
               "N — new actor\nC — connect tool (or Shift+drag)\n1–5 — score the selected relation\n"
               "PgUp / PgDn — previous / next phase")
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty.setWordWrap(True)  # the key lines run longer in German or French than in English
        self.empty.setStyleSheet("color: #555; padding: 12px;")
        self.actor_panel = ActorPanel(ctx)
        self.relation_panel = RelationPanel(ctx)
        for w in (self.empty, self.actor_panel, self.relation_panel):
            self.stack.addWidget(w)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(self.stack)
        self.setWidget(scroll)
        self.setMinimumWidth(360)
        self.stack.setMinimumWidth(330)

    def show_nothing(self) -> None:
        self.actor_panel.actor_id = None
        self.relation_panel.relation_id = None
        self.stack.setCurrentWidget(self.empty)

    def show_actor(self, actor_id: int) -> None:
        self.relation_panel.relation_id = None
        self.actor_panel.show_actor(actor_id)
        self.stack.setCurrentWidget(self.actor_panel)

    def show_relation(self, relation_id: int) -> None:
        self.actor_panel.actor_id = None
        self.relation_panel.show_relation(relation_id)
        self.stack.setCurrentWidget(self.relation_panel)

    def refresh(self) -> None:
        if self.stack.currentWidget() is self.actor_panel:
            if self.actor_panel.actor_id not in self.ctx.session.model.tables["actors"]:
                self.show_nothing()
            else:
                self.actor_panel.refresh()
        elif self.stack.currentWidget() is self.relation_panel:
            if self.relation_panel.relation_id not in self.ctx.session.model.tables["relations"]:
                self.show_nothing()
            else:
                self.relation_panel.refresh()


__all__ = ["PropertiesDock"]
