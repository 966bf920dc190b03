"""Names, notes and phase titles typed by people show as typed in the console's panels.

Qt reads text that looks like HTML as rich text (``<b>Bold</b>`` turns bold, ``<i>…</i>``
vanishes into italics) and takes ``&`` on a button or check box as the mark of a keyboard
shortcut. Every panel that shows user text must show it literally: plain-text labels, escaped
pieces inside our own markup, doubled ``&`` on buttons, tooltips and message boxes that
render the same characters. The phase bar has its own check (tests/gui/test_hostile_text_gui.py).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtGui import Qt as GuiQt  # QtGui's Qt namespace holds mightBeRichText
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QLabel,
    QListWidget,
    QMessageBox,
    QTableWidget,
    QTreeWidget,
    QWidget,
)

from workshop_app import Session
from workshop_app.domain import commands as cmds
from workshop_app.ui.text import literal, mnemonic_safe, rich

pytestmark = pytest.mark.gui

BOLD = "<b>Bold</b> & <i>co</i>"
PHASE = "Maintenance & adoption <b>x</b>"
PERSON = "<b>Ana</b> & co"
NOTE = "Said <i>twice</i> & loudly"
# A trace each name leaves however it is rendered (literally, as markup or as a mnemonic),
# and the text that must then be there as typed.
TRACES: dict[re.Pattern[str], str] = {
    re.compile(r"Bold"): BOLD,
    re.compile(r"Maintenance.{0,3}adoption"): PHASE,  # not "Maintenance and adoption"
    re.compile(r"\bAna\b"): PERSON,
}


# -- what a person reads ---------------------------------------------------------------------
def _rendered(text: str) -> str:
    """Text where Qt guesses the format (tooltips, message boxes, labels left on AutoText)."""
    if GuiQt.mightBeRichText(text):
        doc = QTextDocument()
        doc.setHtml(text)
        return doc.toPlainText()
    return text


def _seen(widget: QWidget) -> str:
    """A label's text as rendered, a button's with its shortcut marks resolved."""
    if isinstance(widget, QLabel):
        fmt = widget.textFormat()
        if fmt == Qt.TextFormat.PlainText:
            return widget.text()
        if fmt == Qt.TextFormat.RichText:
            doc = QTextDocument()
            doc.setHtml(widget.text())
            return doc.toPlainText()
        return _rendered(widget.text())
    if isinstance(widget, QAbstractButton):
        return re.sub(r"&(.)", r"\1", widget.text())
    return ""


def _in_phase_bar(widget: QWidget) -> bool:
    w: QWidget | None = widget
    while w is not None:
        if type(w).__name__ == "PhaseBar":
            return True
        w = w.parentWidget()
    return False


def _tooltips(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, tooltip) of the widgets under ``root`` and of the items in its lists and tables."""
    for w in [root, *root.findChildren(QWidget)]:
        if _in_phase_bar(w):
            continue
        where = f"{type(w.parentWidget()).__name__}/{type(w).__name__}"
        if w.toolTip():
            yield where, w.toolTip()
        if isinstance(w, QListWidget):
            yield from ((where, w.item(i).toolTip()) for i in range(w.count()))
        elif isinstance(w, QTableWidget):
            for j in range(w.columnCount()):
                header = w.horizontalHeaderItem(j)
                if header is not None:
                    yield where, header.toolTip()
        elif isinstance(w, QTreeWidget):
            yield from ((where, w.topLevelItem(i).toolTip(0)) for i in range(w.topLevelItemCount()))
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                tip = w.itemData(i, Qt.ItemDataRole.ToolTipRole)
                if isinstance(tip, str):
                    yield where, tip


class Checker:
    """Collects every place that shows a name other than as typed; counts the names seen."""

    def __init__(self) -> None:
        self.wrong: list[str] = []
        self.found: dict[str, int] = {text: 0 for text in TRACES.values()}

    def text(self, where: str, seen: str) -> None:
        for trace, typed in TRACES.items():
            if trace.search(seen):
                self.found[typed] += 1
                if typed not in seen:
                    self.wrong.append(f"{where}: {seen[:80]!r}")

    def window(self, root: QWidget) -> None:
        """Every visible label and button under ``root``, and every tooltip."""
        for w in [root, *root.findChildren(QWidget)]:
            if isinstance(w, (QLabel, QAbstractButton)) and w.isVisible() and not _in_phase_bar(w):
                self.text(f"{type(w.parentWidget()).__name__}/{type(w).__name__}", _seen(w))
        for where, tip in _tooltips(root):
            self.text(f"{where} tooltip", _rendered(tip))


# -- the session and the window ---------------------------------------------------------------
@pytest.fixture
def user_text_window(qtbot, tmp_path: Path):  # type: ignore[no-untyped-def]
    from workshop_app.ui.main_window import MainWindow

    path = tmp_path / "x.workshop"
    s = Session.create(path, title="Names as typed", default_phases=False)
    with s.bulk("build"):
        s.add_phase("Design", "design")
        s.add_phase(PHASE, "maintenance")
        bold = s.add_actor(BOLD, "private", "city", x=-200, y=0, present_in=["Design", PHASE])
        city = s.add_actor("City of Testville", "government", "city", x=200, y=0,
                           present_in=["Design", PHASE])
        lab = s.add_actor("Test lab", "academia", "regional", x=0, y=200, present_in=["Design"])
        s.add_relation(bold, city, "agreement")
        s.add_relation(lab, bold, "information")
        s.add_participant(PERSON, "Forum & friends")
        s.add_note(NOTE, phase=PHASE, actor=bold)
    s.close()
    win = MainWindow(Session.open(path))
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    win.set_phase(win.session.phase(PHASE).id)
    QApplication.processEvents()
    return win


def test_helpers_keep_the_characters() -> None:
    doc = QTextDocument()
    doc.setHtml(f"<b>{rich(BOLD)}</b>")
    assert doc.toPlainText() == BOLD
    assert _rendered(literal(BOLD)) == BOLD and _rendered(literal("line\n<b>x</b>")) == "line\n<b>x</b>"
    assert literal("No markup here") == "No markup here"  # plain text is left alone
    assert mnemonic_safe("R&D & co") == "R&&D && co"


def test_every_panel_shows_names_as_typed(qtbot, user_text_window) -> None:
    win = user_text_window
    s = win.session
    check = Checker()
    analysis = win.features["analysis"]
    bold = s.actor(BOLD)
    win.scene.select(actor_ids=[bold.id])  # properties, story and the notes' "Attach to"
    QApplication.processEvents()
    assert win.features["notes"].dock.attach.isEnabled()
    check.window(win)
    analysis.warnings.set_all_phases(True)  # more cards, naming both phases
    for dock in analysis.docks:
        analysis.open(dock)
        analysis.refresh()
        QApplication.processEvents()
        check.window(win)
    relation = next(r for r in s.relations if r.source == bold.id)
    win.scene.select(relation_ids=[relation.id])  # the relation panel names both ends
    QApplication.processEvents()
    assert win.properties.stack.currentWidget() is win.properties.relation_panel
    check.window(win)
    assert check.wrong == []
    assert check.found[BOLD] and check.found[PHASE], check.found  # the check did look


def test_a_scoring_round_shows_phase_actors_and_person_as_typed(qtbot, user_text_window) -> None:
    win = user_text_window
    s = win.session
    from workshop_app.ui.round_panel import RoundSetupDialog

    setup = RoundSetupDialog(win.features["rounds"].ctx)
    check = Checker()
    setup.show()
    qtbot.waitExposed(setup)
    check.window(setup)
    setup.close()
    rounds = win.features["rounds"]
    assert rounds.start("all", [s.participant(PERSON).id])
    QApplication.processEvents()
    check.window(win)
    assert check.wrong == []
    assert all(check.found.values()), check.found
    assert rounds.panel.asking.text().startswith(f"Asking: {PERSON}")
    rounds.end(confirm=False)


def test_questions_and_the_undo_entry_show_names_as_typed(qtbot, user_text_window, monkeypatch) -> None:
    win = user_text_window
    asked: list[str] = []

    def question(_parent, _title, text, *args, **kwargs):  # type: ignore[no-untyped-def]
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    win.scene.select(actor_ids=[win.session.actor(BOLD).id])
    win.delete_selection()
    assert len(asked) == 1 and f"Delete {BOLD} with all" in _rendered(asked[0])
    win.execute(cmds.AddActor(actor_name="R&D <b>lab</b>", x=0, y=-200, present_in=(win.phase_id,)))
    undo = win.acts.undo
    assert "Undo Add actor “R&D <b>lab</b>”" in re.sub(r"&(.)", r"\1", undo.text())
    assert "Undo Add actor “R&D <b>lab</b>”" in _rendered(undo.toolTip())
