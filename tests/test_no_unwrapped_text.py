"""Every word the console shows goes through the translation system.

A German console that still says "Notes" or "Attach to selection" is what an English literal
handed straight to Qt looks like: the catalogues never saw it, so no translator can fill it.
This reads the sources of ``ui/``, ``canvas/`` and ``charts/`` (no Qt needed) and lists, as
file:line, every call that puts text on screen (titles, labels, tooltips, placeholders, dialog
messages, status texts, header labels, combo items, accessible names, axis labels, the app's own
text helpers) with a literal that holds words and is not wrapped in ``tr()`` or ``N_()``.

What may stay as it is, and why, is the short list below: key sequences ("Ctrl+Shift+W"),
which Qt shows in the user's notation by itself, the app's name and a file suffix. Object
names, action names and menu keys are never looked at: only the arguments that carry text are.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "workshop_app"
ROOTS = ("ui", "canvas", "charts")

ALL = None  # every positional argument carries text
# Call name -> (positional arguments that carry text, keyword arguments that carry text).
TEXT_CALLS: dict[str, tuple[tuple[int, ...] | None, tuple[str, ...]]] = {
    # Qt setters
    **{name: ((0,), ()) for name in (
        "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis", "setPlaceholderText",
        "setTitle", "setAccessibleName", "setAccessibleDescription", "setInformativeText",
        "setDetailedText", "showMessage", "setLabelText", "setSuffix", "setPrefix",
        "setSpecialValueText", "setIconText", "setHtml", "setPlainText", "setCancelButtonText",
        "setWindowIconText", "setNameFilter", "addRow", "setHeaderText")},
    **{name: (ALL, ()) for name in (
        "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "setHeaderLabels", "addItems",
        "setNameFilters", "addMenu", "addTab", "insertTab", "setTabText", "setTabToolTip",
        "addAction", "insertAction", "addButton", "drawText", "addText", "addSimpleText")},
    "setButtonText": ((1,), ()),
    "setItemText": ((1,), ()),
    "setLabel": ((1,), ("text",)),  # pyqtgraph: setLabel("bottom", text)
    "addItem": ((0, 1), ()),  # a combo's or a list's item, a chart legend's entry
    # Qt widgets, items and dialogs made with their text
    **{name: (ALL, ("text", "title")) for name in (
        "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QDockWidget", "QAction",
        "QMenu", "QToolBar", "QListWidgetItem", "QTableWidgetItem", "QTreeWidgetItem",
        "QProgressDialog", "QMessageBox", "QGraphicsSimpleTextItem", "QGraphicsTextItem", "TextItem",
        "QCommandLinkButton")},
    **{name: ((1, 2), ("title", "text", "label")) for name in (
        "information", "warning", "critical", "question", "about", "getText", "getMultiLineText",
        "getItem", "getInt", "getDouble")},
    **{name: ((1, 3), ("caption", "filter")) for name in (
        "getSaveFileName", "getOpenFileName", "getOpenFileNames")},
    "getExistingDirectory": ((1,), ("caption",)),
    "__init__": (ALL, ()),  # super().__init__("Notes", parent) in a dock or a dialog
    # the app's own helpers that show what they are given
    "declare": ((1,), ("text", "tip")),  # declare(name, text, slot, *keys, tip=...)
    "status": ((0,), ()),
    "add_submenu": ((1,), ()),
    "plain": ((1,), ()),
    "literal": ((0,), ()),
    "rich": ((0,), ()),
    "mnemonic_safe": ((0,), ()),
    "hint": ((0,), ()),
    "section_title": ((0,), ()),
    "show_text": ((0,), ()),
    "set_heading_note": ((0,), ()),
    "close_phones": ((0,), ("message",)),
    "PhaseChart": ((1,), ("y_label",)),
    "add_line": ((0,), ()),
    "add_note": ((0,), ()),
    "SourceLine": ((0,), ("what",)),
    "_error": ((0, 1), ()),
    "_button": ((1, 3), ("tip",)),
}

# Allowed without tr(), the whole list: key sequences (Qt shows them in the user's own
# notation), the app's name and a file name's suffix. Nothing else: a word that reads the same
# in every language still gets tr(), so that the translator decides.
FILE_SUFFIX = re.compile(r"\.[a-z0-9]{2,9}")  # ".workshop" added to a path typed without it
KEY_SEQUENCE = re.compile(r"\b(?:(?:Ctrl|Shift|Alt|Meta)\+)+(?:F\d{1,2}|[A-Z][A-Za-z]*|\d)\b|\bF\d{1,2}\b")
APP_NAME = "Assemblage Workshop"
WRAPPERS = {"tr", "N_", "translate"}


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return None


def _words(text: str) -> bool:
    """Whether ``text`` holds words a reader would read (not markup, placeholders or keys)."""
    if FILE_SUFFIX.fullmatch(text):
        return False
    text = re.sub(r"<[^<>]*>", " ", text)  # markup and its attributes
    text = re.sub(r"&[A-Za-z]+;|&#\d+;", " ", text)  # entities
    text = re.sub(r"\{[^{}]*\}", " ", text)  # placeholders
    text = KEY_SEQUENCE.sub(" ", text).replace(APP_NAME, " ")
    return any(c.isalpha() for c in text)


def _literal_text(node: ast.expr) -> str | None:
    """The text of a literal, an f-string (its formatted parts as {}) or "…".format(…)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
            and node.func.attr in ("format", "join") and isinstance(node.func.value, ast.Constant)):
        return _literal_text(node.func.value)
    return None


def unwrapped(node: ast.expr) -> list[str]:
    """The literals with words in an argument, outside tr()/N_(): the parts of a ``+`` or a
    ``%``, both branches of ``a if c else b``, the items of a list or a tuple."""
    if isinstance(node, ast.Call) and _name(node.func) in WRAPPERS:
        return []
    text = _literal_text(node)
    if text is not None:
        return [text] if _words(text) else []
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)):
        return unwrapped(node.left) + (unwrapped(node.right) if isinstance(node.op, ast.Add) else [])
    if isinstance(node, ast.IfExp):
        return unwrapped(node.body) + unwrapped(node.orelse)
    if isinstance(node, (ast.List, ast.Tuple)):
        return [t for item in node.elts for t in unwrapped(item)]
    return []


def _is_super_init(func: ast.expr) -> bool:
    return (isinstance(func, ast.Attribute) and func.attr == "__init__" and isinstance(func.value, ast.Call)
            and _name(func.value.func) == "super")


def scan(source: str, filename: str = "<source>") -> list[str]:
    """``filename:line: call "text"`` for each text a call shows without tr()/N_()."""
    found = []
    for node in ast.walk(ast.parse(source, filename)):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        if name not in TEXT_CALLS or (name == "__init__" and not _is_super_init(node.func)):
            continue
        positions, keywords = TEXT_CALLS[name]
        args = [a for i, a in enumerate(node.args) if positions is None or i in positions]
        if name == "addItem" and len(node.args) > 1 and _literal_text(node.args[0]) is not None:
            args = args[:1]  # addItem("text", data): the second is the item's data
        if name == "addItem" and len(node.args) > 1 and isinstance(node.args[0], ast.Call) \
                and _name(node.args[0].func) in WRAPPERS:
            args = args[:1]
        args += [k.value for k in node.keywords if k.arg in keywords]
        for arg in args:
            for text in unwrapped(arg):
                found.append(f"{filename}:{arg.lineno}: {name} {text[:70]!r}")
    return found


def test_every_text_the_console_shows_is_wrapped_for_translation() -> None:
    found = []
    for root in ROOTS:
        for path in sorted((PACKAGE / root).rglob("*.py")):
            found += scan(path.read_text(encoding="utf-8"), str(path.relative_to(PACKAGE)))
    assert not found, ("wrap these in tr() (or N_() where a constant is made, tr() where it is "
                       "shown), with placeholders inside the message:\n" + "\n".join(found))


def test_the_scan_finds_what_a_translator_would_miss() -> None:
    """The scan itself: each unwrapped text below is found, and the same code wrapped is not."""
    bad = '''
class NotesDock(QDockWidget):
    def __init__(self, parent):
        super().__init__("Notes", parent)
        self.list.setAccessibleName("Notes for this phase")
        self.box = QCheckBox("Attach to selection")
        self.editor.setPlaceholderText("Type a note and press Enter   (Ctrl+M comes here)")
        self.heading.setText(f"Notes for “{phase}”")
        self.attach.setText("Attach to " + name)
        combo.addItem("— nobody (a note)", None)
        menu.addAction("Edit…", self.edit)
        ctx.declare("write_note", "Write a note", self.focus, "Ctrl+M", tip="Type a note")
        ctx.status("Note deleted (Ctrl+Z brings it back).")
        QMessageBox.warning(self, "Cannot open", "The file is damaged.")
        table.setHorizontalHeaderLabels(["Name", tr("Role")])
        plot.setLabel("bottom", "<span style='color:#555'>phase</span>")
        QLabel("to")
        box.setToolTip("{n} votes".format(n=n))
'''
    found = scan(bad)
    for text in ("Notes", "Notes for this phase", "Attach to selection", "Type a note and press Enter",
                 "Notes for “{}”", "Attach to ", "— nobody (a note)", "Edit…", "Write a note",
                 "'Type a note'", "Note deleted", "Cannot open", "The file is damaged.", "'Name'",
                 "phase</span>", "'to'", "{n} votes"):
        assert any(text in line for line in found), f"{text!r} not found in:\n" + "\n".join(found)
    assert not any("'Role'" in line for line in found)
    assert len(found) == 17, "\n".join(found)

    good = '''
class NotesDock(QDockWidget):
    def __init__(self, parent):
        super().__init__(tr("Notes"), parent)
        self.setObjectName("NotesDock")
        self.heading.setText(tr("Notes for “{phase}”").format(phase=phase))
        self.editor.setPlaceholderText(tr("Type a note and press Enter   (Ctrl+M comes here)"))
        combo.addItem(tr("— nobody (a note)"), None)
        combo.addItem(tr("PNG image"), "png")
        ctx.declare("write_note", tr("Write a note"), self.focus, "Ctrl+M", menu="edit")
        acts.declare("delete", tr("Delete"), self.delete, "Delete", "Backspace")
        ctx.add_separator("edit")
        self.undo.setToolTip(literal(undo + " (Ctrl+Z)"))
        self.setWindowTitle(f"{title} — {path.name} — Assemblage Workshop")
        self.row.setText(f"{i + 1}. {name}")
        plot.setTitle(f"<span style='font-size:11pt'>{title}</span>")
        QFileDialog.getSaveFileName(self, tr("Save"), "corpus.db", tr("CSV (*.csv)"))
        self.caption.setText(CAPTION if ok else tr(OTHER))
        self.path.setText(path if path.endswith(".workshop") else path + ".workshop")
'''
    assert scan(good) == []
