"""F1: every keyboard shortcut of the window, grouped by menu, in large type.

The sheet is built from the declared actions each time it opens, grouped by the menu they
sit in, so a shortcut added by any feature appears on it without anybody editing a help text.
Keys that only work inside a mode (a scoring round) are offered by the feature itself through
``cheat_sheet_rows()``; the composition hands the sheet the list of features.
"""

from __future__ import annotations

import html
import re
from typing import Callable, Iterable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QMenu, QMenuBar, QTextBrowser, QVBoxLayout, QWidget

from .actions import Actions
from .context import Feature, FeatureBase, Row, WindowContext
from .i18n import tr
from ..domain.terms import TABLES, help_text, term

_NUMBERED = re.compile(r"^(.*\S)\s+(\d)$")


def _clean(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(".…").strip()


def keys_of(action: QAction, declared: Sequence[QKeySequence] | None = None) -> str:
    """The keys of an action as the sheet shows them (``declared``: keys bound only in a mode)."""
    seqs = action.shortcuts() if declared is None else declared
    return " or ".join(s.toString(QKeySequence.SequenceFormat.NativeText) for s in seqs if not s.isEmpty())


def _rows(actions: Iterable[QAction], seen: set[int]) -> list[Row]:
    rows: list[Row] = []
    for act in actions:
        sub = act.menu()
        if isinstance(sub, QMenu):
            rows += _rows(sub.actions(), seen)
            continue
        if act.isSeparator() or id(act) in seen or not keys_of(act):
            continue
        seen.add(id(act))
        rows.append((keys_of(act), _clean(act.iconText() or act.text())))
    return _merge_numbered(rows)


def _merge_numbered(rows: list[Row]) -> list[Row]:
    """"Score 1" … "Score 5" on keys 1 … 5 read better as one row "1 – 5  Score 1–5"."""
    out: list[Row] = []
    i = 0
    while i < len(rows):
        j = i
        m = _NUMBERED.match(rows[i][1])
        while m and j + 1 < len(rows):
            n = _NUMBERED.match(rows[j + 1][1])
            if not n or n.group(1) != m.group(1) or rows[j + 1][0] != n.group(2):
                break
            j += 1
        if m and j - i >= 2 and rows[i][0] == m.group(2):
            first, last = rows[i][0], rows[j][0]
            out.append((f"{first} – {last}", f"{m.group(1)} {first}–{last}"))
        else:
            out.extend(rows[i:j + 1])
        i = j + 1
    return out


def shortcut_groups(menu_bar: QMenuBar, actions: Actions,
                    features: Sequence[Feature] = ()) -> list[tuple[str, list[Row]]]:
    """(menu title, rows) for each menu with shortcuts, declared actions in no menu, then
    keys the features add."""
    groups: list[tuple[str, list[Row]]] = []
    seen: set[int] = set()
    for top in menu_bar.actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            rows = _rows(menu.actions(), seen)
            if rows:
                groups.append((_clean(top.text()), rows))
    others = _rows([d.action for d in actions], seen)
    if others:
        groups.append((tr("Other"), others))
    for feature in features:
        extra = feature.cheat_sheet_rows()
        if extra:
            title = tr(feature.cheat_sheet_title) if feature.cheat_sheet_title else feature.name.capitalize()
            groups.append((title, list(extra)))
    return groups


def all_actions(window: QWidget) -> list[QAction]:
    """Every action the window can trigger from the keyboard (menus, toolbars, features)."""
    found: dict[int, QAction] = {}
    stack: list[QAction] = list(window.actions()) + list(window.findChildren(QAction))
    while stack:
        act = stack.pop()
        if id(act) in found:
            continue
        found[id(act)] = act
        menu = act.menu()
        if isinstance(menu, QMenu):
            stack.extend(menu.actions())
    return list(found.values())


def shortcut_clashes(window: QWidget) -> dict[str, list[str]]:
    """Key sequences bound to more than one action, with the actions' names."""
    owners: dict[str, list[str]] = {}
    for act in all_actions(window):
        for seq in act.shortcuts():
            if not seq.isEmpty():
                owners.setdefault(seq.toString(QKeySequence.SequenceFormat.PortableText), []).append(_clean(act.text()))
    return {k: sorted(v) for k, v in owners.items() if len(v) > 1}


def glossary_rows() -> list[Row]:
    """The words the map is read in (the three dimensions, the 3C classes, presence), each with
    its glossary line, in the language in force: the room asks what they mean."""
    rows: list[Row] = []
    for table in ("dimension", "3C class", "presence"):
        rows += [(term(table, key), help_text(table, key)) for key in TABLES[table]]
    return rows


def sheet_html(groups: list[tuple[str, list[Row]]], glossary: Sequence[Row] = ()) -> str:
    """Groups in three columns; big keys on the left of each row; the glossary below."""
    columns: list[list[str]] = [[], [], []]
    sizes = [0, 0, 0]
    for title, rows in groups:
        col = sizes.index(min(sizes))
        sizes[col] += len(rows) + 2
        cells = "".join(
            f"<tr><td style='padding:3px 14px 3px 0; white-space:nowrap'><b>{html.escape(k)}</b></td>"
            f"<td style='padding:3px 0'>{html.escape(t)}</td></tr>" for k, t in rows)
        columns[col].append(f"<h2 style='color:#0072B2; margin:14px 0 4px 0'>{html.escape(title)}</h2>"
                            f"<table cellspacing='0'>{cells}</table>")
    tds = "".join(f"<td valign='top' style='padding-right:36px'>{''.join(c)}</td>" for c in columns if c)
    words = ""
    if glossary:
        cells = "".join(f"<tr><td style='padding:3px 14px 3px 0; white-space:nowrap'><b>{html.escape(k)}</b></td>"
                        f"<td style='padding:3px 0'>{html.escape(t)}</td></tr>" for k, t in glossary)
        words = (f"<h2 style='color:#0072B2; margin:14px 0 4px 0'>{html.escape(tr('Words of the map'))}</h2>"
                 f"<table cellspacing='0'>{cells}</table>")
    closes = html.escape(tr("Esc or F1 closes this sheet."))
    return (f"<div style='font-size:17px; color:#111'><table width='100%'><tr>{tds}</tr></table>"
            f"{words}<p style='color:#555; font-size:15px'>{closes}</p></div>")


class CheatSheetWindow(QDialog):
    """A big-print list of shortcuts; Esc or F1 closes it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Keyboard shortcuts"))
        self.setObjectName("CheatSheet")
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.setStyleSheet("QTextBrowser { background: #FFFFFF; border: none; padding: 12px; }")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.browser)
        self.resize(1180, 780)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_F1, Qt.Key.Key_Escape):
            self.close()
            event.accept()
            return
        super().keyPressEvent(event)

    def fill(self, groups: list[tuple[str, list[Row]]], glossary: Sequence[Row] = ()) -> None:
        self.groups = groups
        self.glossary = list(glossary)
        self.browser.setHtml(sheet_html(groups, glossary))


class CheatSheet(FeatureBase):
    """The feature: Help ▸ Keyboard shortcuts (F1)."""

    name = "cheatsheet"

    def __init__(self, features: Callable[[], Sequence[Feature]]) -> None:
        super().__init__()
        self._features = features
        self.sheet: CheatSheetWindow | None = None

    def attach(self, ctx: WindowContext) -> None:
        super().attach(ctx)
        self.action = ctx.declare("shortcuts", tr("Keyboard shortcuts"), self.toggle, "F1", menu="help",
                                  tip=tr("Every shortcut of this window, in large print"))

    def detach(self) -> None:
        if self.sheet is not None:
            self.sheet.close()
            self.sheet.deleteLater()
            self.sheet = None
        super().detach()

    def groups(self) -> list[tuple[str, list[Row]]]:
        return shortcut_groups(self.ctx.menu_bar, self.ctx.actions, self._features())

    def toggle(self) -> None:
        """F1 opens the sheet, and F1 again closes it (wherever the keyboard focus is)."""
        if self.sheet is not None and self.sheet.isVisible():
            self.sheet.close()
        else:
            self.open()

    def open(self) -> CheatSheetWindow:
        if self.sheet is None:
            self.sheet = CheatSheetWindow(self.ctx.parent)
        self.sheet.fill(self.groups(), glossary_rows())  # rebuilt each time, so it never goes stale
        self.sheet.show()
        self.sheet.raise_()
        self.sheet.activateWindow()
        return self.sheet
