"""The prompts panel: the questions the research suggests for this phase, to tick off.

Each prompt carries its framework and source so the facilitator can say where a question
comes from. Ticking one off or writing a note on it is an edit like any other
(``SetPromptCheck``): saved at once, undoable, and part of every export. One prompt can be
pinned as the question now before the room; the projector shows it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDockWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...analysis.prompts import ANY, PROMPTS_BY_ID, Prompt, prompts_for, stage_for, stage_label
from ...domain.commands_notes import SetPromptCheck
from ...domain.i18n import in_sentence
from ..text import plain, rich
from ..i18n import tr

if TYPE_CHECKING:  # pragma: no cover
    from ..context import WindowContext

SOURCES: dict[str, str] = {
    "000": "Thabit & Mora, The collaboration dilemma in smart city projects (Organization, 2023)",
    "001": "Smart city governance: institutional work towards collaboration (IJPSM, Turin case)",
    "002": "Rackwitz & van Doninck, The coordination of smart cities (Antwerp, Darmstadt)",
    "003": "Smart Cities for City Officials, Module 1 (Malmö University, 2021)",
    "004": "Gupta, Panagiotopoulos & Bowen, An orchestration approach to smart city data ecosystems",
}
PIN_COLOUR = "#F0E442"


def source_words(prompt: Prompt) -> str:
    """The full titles behind a prompt's source numbers ("000/003"), one per line."""
    return "\n".join(SOURCES.get(code, code) for code in prompt.source.split("/"))


class PromptRow(QFrame):
    """One prompt: tick box, the question, its tag, a note line and a pin button."""

    tickToggled = Signal(str, bool)
    noteEdited = Signal(str, str)
    pinToggled = Signal(str, bool)

    def __init__(self, prompt: Prompt, phase_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.prompt = prompt
        self.phase_id = phase_id  # a note finished after a phase switch still lands here
        self.setObjectName("PromptRow")
        self.check = QCheckBox()
        self.check.setToolTip(tr("Tick when the room has talked about it"))
        self.check.setAccessibleName(tr("Talked about: {text}").format(text=prompt.question))
        self.check.setStyleSheet("QCheckBox::indicator { width: 20px; height: 20px; }")
        self.check.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.check.toggled.connect(lambda on: self.tickToggled.emit(prompt.id, on))
        self.text = plain(QLabel(), prompt.question)
        self.text.setWordWrap(True)
        self.text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.text.setStyleSheet("font-size: 11.5pt; color: #1F1F1F;")
        self.tag = plain(QLabel(), f"{prompt.framework} · {prompt.source}")
        self.tag.setToolTip(source_words(prompt))
        self.tag.setStyleSheet("font-size: 9.5pt; color: #0B4F8A; background: #E6EEF7;"
                               " padding: 1px 5px; border-radius: 3px;")
        self.pin = QPushButton(tr("Pin"))
        self.pin.setCheckable(True)
        self.pin.setToolTip(tr("Make this the question before the room (shown on the projector)"))
        self.pin.toggled.connect(lambda on: self.pinToggled.emit(prompt.id, on))
        self.note = QLineEdit()
        self.note.setPlaceholderText(tr("Note on this question…"))
        self.note.setAccessibleName(tr("Note on this question"))
        self.note.editingFinished.connect(lambda: self.noteEdited.emit(prompt.id, self.note.text()))
        head = QHBoxLayout()
        head.addWidget(self.check, 0, Qt.AlignmentFlag.AlignTop)
        head.addWidget(self.text, 1)
        tags = QHBoxLayout()
        tags.addWidget(self.tag)
        tags.addStretch(1)
        tags.addWidget(self.pin)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        layout.addLayout(head)
        layout.addLayout(tags)
        layout.addWidget(self.note)
        self.set_state(False, "", False)

    def set_state(self, done: bool, note: str, pinned: bool) -> None:
        """Show the stored tick and note (without sending them back as edits)."""
        for widget in (self.check, self.pin):
            widget.blockSignals(True)
        self.check.setChecked(done)
        self.pin.setChecked(pinned)
        self.pin.setText(tr("Pinned") if pinned else tr("Pin"))
        for widget in (self.check, self.pin):
            widget.blockSignals(False)
        if not self.note.hasFocus() and self.note.text() != note:
            self.note.setText(note)
            self.note.setCursorPosition(0)  # show the start of the note, not its end
        background = "#FFFBD6" if pinned else ("#F1F6EE" if done else "#FFFFFF")
        self.setStyleSheet(f"#PromptRow {{ background: {background}; border: 1px solid #D5D8DC;"
                           f" border-radius: 3px; {'border-left: 6px solid #B8A600;' if pinned else ''} }}")
        self.text.setStyleSheet("font-size: 11.5pt; color: %s;" % ("#555" if done else "#1F1F1F"))


class PromptsDock(QDockWidget):
    """The prompts of the current phase's stage plus the any-phase ones."""

    pinChanged = Signal(str)  # the pinned prompt's id, "" when none

    def __init__(self, ctx: "WindowContext") -> None:
        super().__init__(tr("Prompts"), ctx.parent)
        self.setObjectName("PromptsDock")
        self.main = ctx
        self.pinned = ""
        self.rows: dict[str, PromptRow] = {}
        self._phase_shown: tuple[int, str, int] | None = None
        body = QWidget()
        self.heading = plain(QLabel())  # names the phase as typed
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: 700; font-size: 11pt;")
        self.progress = QLabel()
        self.progress.setStyleSheet("color: #333;")
        self.banner = QFrame()
        self.banner.setObjectName("PinnedBanner")
        self.banner.setStyleSheet(f"#PinnedBanner {{ background: {PIN_COLOUR}; border-radius: 3px; }}")
        self.banner_text = QLabel()
        self.banner_text.setTextFormat(Qt.TextFormat.RichText)  # our markup, the prompt escaped
        self.banner_text.setWordWrap(True)
        self.banner_text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.banner_text.setStyleSheet("font-size: 11pt; color: #1A1A1A;")
        self.unpin = QPushButton(tr("Unpin"))
        self.unpin.clicked.connect(lambda: self.set_pinned(""))
        banner = QHBoxLayout(self.banner)
        banner.setContentsMargins(8, 6, 8, 6)
        banner.addWidget(self.banner_text, 1)
        banner.addWidget(self.unpin, 0, Qt.AlignmentFlag.AlignTop)
        self.banner.hide()
        self.container = QWidget()
        self.container.setObjectName("PromptsList")
        self.container.setStyleSheet("#PromptsList { background: #F4F5F7; }")
        self.rows_layout = QVBoxLayout(self.container)
        self.rows_layout.setContentsMargins(4, 4, 4, 4)
        self.rows_layout.setSpacing(5)
        self.rows_layout.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(self.container)
        layout = QVBoxLayout(body)
        layout.addWidget(self.heading)
        layout.addWidget(self.progress)
        layout.addWidget(self.banner)
        layout.addWidget(self.scroll_area, 1)
        self.setWidget(body)

    # -- content --------------------------------------------------------------------------
    def phase_prompts(self) -> list[Prompt]:
        model = self.main.session.model
        pid = self.main.phase_id
        if pid not in model.tables["phases"]:
            return []
        ids = [p.id for p in model.phases]
        return prompts_for(model.phase(pid).key, index=ids.index(pid))

    def refresh(self) -> None:
        """Rebuild the rows for another phase; otherwise just show the stored ticks."""
        model = self.main.session.model
        pid = self.main.phase_id
        if pid not in model.tables["phases"]:
            return
        phase = model.phase(pid)
        index = [p.id for p in model.phases].index(pid)
        key = (pid, phase.key, index)
        if key != self._phase_shown:
            self._phase_shown = key
            self._rebuild(self.phase_prompts(), pid)
        stage = stage_label(stage_for(phase.key, index=index))
        self.heading.setText(tr("Questions for “{name}” ({stage} stage)").format(
                name=phase.name, stage=in_sentence(stage)))
        done = 0
        for prompt_id, row in self.rows.items():
            check = model.prompt_check(pid, prompt_id)
            row.set_state(bool(check and check.done), check.note if check else "", prompt_id == self.pinned)
            done += bool(check and check.done)
        self.progress.setText(tr("{done} of {n} talked about in this phase. Tick them off; a note keeps "
                                 "what the room said.").format(done=done, n=len(self.rows)))
        self._show_banner()

    def _rebuild(self, prompts: list[Prompt], phase_id: int) -> None:
        while self.rows_layout.count() > 1:
            item = self.rows_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        self.rows = {}
        last_stage = None
        for prompt in prompts:
            if prompt.stage != last_stage and prompt.stage == ANY:
                label = QLabel(stage_label(ANY))
                label.setStyleSheet("font-weight: 700; color: #444; padding: 6px 2px 0 2px;")
                self.rows_layout.insertWidget(self.rows_layout.count() - 1, label)
            last_stage = prompt.stage
            row = PromptRow(prompt, phase_id)
            row.tickToggled.connect(lambda pid, on, ph=phase_id: self.tick(pid, on, phase_id=ph))
            row.noteEdited.connect(lambda pid, text, ph=phase_id: self.write_note(pid, text, phase_id=ph))
            row.pinToggled.connect(lambda pid, on: self.set_pinned(pid if on else ""))
            self.rows_layout.insertWidget(self.rows_layout.count() - 1, row)
            self.rows[prompt.id] = row

    # -- edits ----------------------------------------------------------------------------
    def _stored(self, prompt_id: str, phase_id: int | None = None) -> tuple[bool, str]:
        pid = self.main.phase_id if phase_id is None else phase_id
        check = self.main.session.model.prompt_check(pid, prompt_id)
        return (check.done, check.note) if check is not None else (False, "")

    def tick(self, prompt_id: str, done: bool, *, phase_id: int | None = None) -> None:
        """Tick a prompt off (or on again) in a phase (default: the current one), keeping its note."""
        pid = self.main.phase_id if phase_id is None else phase_id
        was_done, note = self._stored(prompt_id, pid)
        if was_done != done and pid in self.main.session.model.tables["phases"]:
            self.main.execute(SetPromptCheck(phase_id=pid, prompt_id=prompt_id, done=done, note=note))
        self.refresh()  # also puts the box back if the edit was refused

    def write_note(self, prompt_id: str, text: str, *, phase_id: int | None = None) -> None:
        """Keep the room's answer to a prompt (an empty note on an unticked prompt drops it)."""
        pid = self.main.phase_id if phase_id is None else phase_id
        done, note = self._stored(prompt_id, pid)
        if text.strip() != note.strip() and pid in self.main.session.model.tables["phases"]:
            self.main.execute(SetPromptCheck(phase_id=pid, prompt_id=prompt_id, done=done,
                                             note=text.strip()))
        self.refresh()

    # -- pinning --------------------------------------------------------------------------
    def set_pinned(self, prompt_id: str) -> None:
        """Pin one prompt ("" unpins); the panels pass it on to the projector."""
        if prompt_id and prompt_id not in PROMPTS_BY_ID:
            return
        changed = prompt_id != self.pinned
        self.pinned = prompt_id
        for pid, row in self.rows.items():
            done, note = self._stored(pid)
            row.set_state(done, note, pid == prompt_id)
        self._show_banner()
        if changed:
            self.pinChanged.emit(prompt_id)

    def _show_banner(self) -> None:
        prompt = PROMPTS_BY_ID.get(self.pinned)
        self.banner.setVisible(prompt is not None)
        if prompt is not None:
            self.banner_text.setText(tr("<b>Before the room now</b> ({framework} · {source}):<br>{text}").format(
                    framework=rich(prompt.framework), source=rich(prompt.source), text=rich(prompt.question)))


__all__ = ["PromptsDock", "PromptRow", "SOURCES", "source_words"]
