"""One line that says where a recorded fact comes from, with a button to cite or edit it.

A researcher reading the map has to be able to tell "the paper says so" from "somebody
inferred it" from "the room voted": every fact the properties dock shows (an actor, its
presence in a phase, a role, a relation, the relation in a phase, a vote) gets this line.
Folded it shows the kind, document and section or page (one line in a narrow dock); the
quote, who inferred it and why are in the tooltip, and a click unfolds them in place.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QToolButton, QWidget

from ...domain.evidence import Source
from ..text import literal, plain
from ..i18n import tr
from ...domain.i18n import N_

NO_SOURCE = N_("no source recorded")
KIND_WORDS = {"stated": N_("stated"), "inferred": N_("inferred"), "room": N_("the room"), "imported": N_("imported")}
SHORT_QUOTE = 60  # characters of the quote shown folded


def where(src: Source) -> str:
    """Document, section and page, as far as given ("002 · 4.2 Growth phase · p. 7")."""
    page = tr("p. {page}").format(page=src.page) if src.page else ""
    return " · ".join(x for x in (src.document, src.section, page) if x)


def describe(src: Source | None, *, full: bool = False, quote: bool = True) -> str:
    """A source in words: kind, where, the quote (shortened unless ``full``; left out with
    ``quote=False``), and for an inference who made it and why."""
    if src is None:
        return tr(NO_SOURCE)
    parts = [tr(KIND_WORDS[src.kind]) if src.kind in KIND_WORDS else src.kind]
    if where(src):
        parts.append(where(src))
    text = " · ".join(parts)
    words = " ".join(src.quote.split()) if quote or full else ""
    if words:
        if not full and len(words) > SHORT_QUOTE:
            words = words[:SHORT_QUOTE].rstrip() + "…"
        text += f" — “{words}”"
    if src.kind == "inferred" or src.author or src.reason:
        who = tr("by {author}").format(author=src.author) if src.author else ""
        why = tr("because {reason}").format(reason=src.reason) if src.reason and full else ""
        extra = " ".join(x for x in (who, why) if x)
        if extra:
            text += f" ({extra})"
    return text


class _ClickLabel(QLabel):
    clicked = Signal()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class SourceLine(QWidget):
    """"Source: stated · 002 · 4.2 — “quote…”" and a "Cite…" / "Edit…" button."""

    editRequested = Signal()

    def __init__(self, what: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.what = what or tr("Source")
        self.source: Source | None = None
        self.expanded = False
        self._note = ""
        self.label = plain(_ClickLabel())  # quotes are user text
        self.label.setWordWrap(True)
        self.label.setCursor(Qt.CursorShape.PointingHandCursor)
        self.label.setStyleSheet("color: #444; font-size: 11px;")
        self.label.clicked.connect(self.toggle)
        self.button = QToolButton()
        self.button.setText(tr("Cite…"))
        self.button.setStyleSheet("font-size: 11px;")
        self.button.clicked.connect(self.editRequested)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        row.addWidget(self.label, 1)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignTop)

    def show_source(self, src: Source | None, note: str = "") -> None:
        """Show ``src`` (``None``: no source); ``note`` says more when there is none (e.g.
        "the session's default")."""
        self.source, self._note = src, note
        self.button.setText(tr("Edit source…") if src is not None else tr("Cite…"))
        self.button.setToolTip((tr("Edit or change the source ({what})") if src is not None
                                else tr("Cite a source ({what})")).format(what=self.what))
        self._render()

    def toggle(self) -> None:
        """Fold or unfold the whole quote and reason."""
        self.expanded = not self.expanded
        self._render()

    def text(self) -> str:
        """What the line says (for the room and for tests)."""
        return self.label.text()

    def _render(self) -> None:
        src = self.source
        body = describe(src, full=self.expanded, quote=False)
        if src is None and self._note:
            body += f" ({self._note})"
        elif src is not None and not self.expanded and (src.quote.strip() or src.reason.strip()):
            body += "  ▸ " + (tr("quote") if src.quote.strip() else tr("why"))
        self.label.setText(f"{self.what}: {body}")
        self.label.setStyleSheet("color: #8A8A8A; font-size: 11px;" if src is None
                                 else "color: #444; font-size: 11px;")
        tip = describe(src, full=True) if src is not None else tr("No source recorded ({what}).").format(what=self.what)
        if src is not None:
            tip += "\n" + tr("(click to unfold or fold the quote and the reason)")
        self.label.setToolTip(literal(tip))


__all__ = ["SourceLine", "describe", "where", "NO_SOURCE"]
