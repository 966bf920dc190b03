"""The console for somebody who works by keyboard or with a screen reader: every action in a
menu or on a key, every control named as a screen reader reads it (Qt's own accessibility
interface, so a label's buddy or a button's text count), and Tab reaching every control of
the main dialogs."""

from __future__ import annotations

from typing import Any, Callable, Iterable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QDockWidget,
    QHeaderView,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QScrollBar,
    QTabBar,
    QTextEdit,
    QWidget,
)

from workshop_app.live.interfaces import Interface
from workshop_app.ui.dialogs.phases import AddPhaseDialog
from workshop_app.ui.dialogs.threec_settings import ThreeCSettings
from workshop_app.ui.phones_panel import AddressDialog
from workshop_app.ui.presenting_sequence import SequenceDialog
from workshop_app.ui.rounds import RoundSetupDialog

pytestmark = pytest.mark.gui

CONTROLS = (QAbstractButton, QComboBox, QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox,
            QAbstractSlider, QAbstractItemView, QTabBar)


def _menu_actions(menus: Iterable[QMenu]) -> set[QAction]:
    found: set[QAction] = set()
    for menu in menus:
        for act in menu.actions():
            sub = act.menu()
            if isinstance(sub, QMenu):
                found |= _menu_actions([sub])
            elif not act.isSeparator():
                found.add(act)
    return found


def test_every_action_is_in_a_menu_or_has_a_key(window) -> None:
    menus = [a.menu() for a in window.menuBar().actions() if isinstance(a.menu(), QMenu)]
    in_menus = _menu_actions(menus)
    unreachable = [d.name for d in window.acts if not d.keys and d.action not in in_menus]
    assert unreachable == []
    # Every menu opens from the keyboard: each top-level menu has an Alt mnemonic.
    assert all("&" in a.text() for a in window.menuBar().actions())


def _is_control(w: QWidget) -> bool:
    if not isinstance(w, CONTROLS) or isinstance(w, (QScrollBar, QHeaderView)):
        return False
    if w.objectName().startswith("qt_"):  # Qt's own helpers (a table's corner button, …)
        return False
    parent = w.parentWidget()
    if parent is not None and parent.inherits("QComboBoxPrivateContainer"):
        return False  # a combo box's drop-down list: read as part of the combo box
    return not (isinstance(w, QLineEdit) and isinstance(parent, (QComboBox, QAbstractSpinBox)))


def _read_name(w: QWidget) -> str:
    face = QAccessible.queryAccessibleInterface(w)
    return face.text(QAccessible.Text.Name).strip() if face is not None else ""


def _where(w: QWidget) -> str:
    owner = w
    while owner is not None and not isinstance(owner, (QDockWidget, QDialog)):
        owner = owner.parentWidget()
    attr = next((f"{type(p).__name__}.{k}" for p in _ancestors(w) for k, v in vars(p).items() if v is w), "")
    return f"{owner.objectName() or type(owner).__name__ if owner else 'window'}: {type(w).__name__} {attr}"


def _ancestors(w: QWidget) -> Iterable[Any]:
    p = w.parentWidget()
    while p is not None:
        yield p
        p = p.parentWidget()


def _unnamed(root: QWidget) -> list[str]:
    return sorted(_where(w) for w in root.findChildren(QWidget) if _is_control(w) and not _read_name(w))


def test_every_control_of_the_window_and_its_panels_has_a_name(qtbot, window, demo_window) -> None:
    for win in (window, demo_window("antwerp")):  # a small session, and a case with evidence
        for dock in win.findChildren(QDockWidget):  # panels build their contents when first shown
            dock.show()
        qtbot.wait(50)
        win.features["rounds"].start("all", [p.id for p in win.session.participants])
        assert _unnamed(win) == []


def _dialogs(win: Any) -> dict[str, Callable[[], QDialog]]:
    ctx = win.features["rounds"].ctx
    interfaces = [Interface("192.168.1.20", "local network", "wlan0"), Interface("127.0.0.1", "loopback", "lo")]
    return {
        "start a round": lambda: RoundSetupDialog(ctx),
        "presentation sequence": lambda: SequenceDialog(ctx, "actors"),
        "add phase": lambda: AddPhaseDialog(win),
        "participants": lambda: win.features["participants"].open(),
        "export": lambda: win.features["export"].make_dialog("png"),
        "3C rule": lambda: ThreeCSettings(win.session.model, win),
        "phones' address": lambda: AddressDialog(win, interfaces, "192.168.1.20"),
    }


def test_every_control_of_the_main_dialogs_has_a_name(qtbot, window) -> None:
    window.session.add_participant("Ana")
    unnamed = {}
    for title, make in _dialogs(window).items():
        dialog = make()
        dialog.show()
        found = _unnamed(dialog)
        if found:
            unnamed[title] = found
        dialog.close()
    assert unnamed == {}


def _tab_stops(qtbot, dialog: QDialog) -> set[QWidget]:
    """Widgets that get the focus when Tab is pressed again and again (until it comes round)."""
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    seen: list[QWidget] = []
    for _ in range(300):
        w = QApplication.focusWidget()
        if w is None or w in seen:
            break
        seen.append(w)
        qtbot.keyClick(w, Qt.Key.Key_Tab)
    return set(seen)


def _reached(w: QWidget, stops: set[QWidget]) -> bool:
    """Tab stops at one button of a set of radio buttons; the arrow keys move among them."""
    if w in stops:
        return True
    if isinstance(w, QAbstractButton) and w.autoExclusive():
        return any(isinstance(s, QAbstractButton) and s.autoExclusive() and s.parentWidget() is w.parentWidget()
                   for s in stops)
    group = w.group() if isinstance(w, QAbstractButton) else None
    return group is not None and group.exclusive() and any(b in stops for b in group.buttons())


def test_tab_reaches_every_control_of_the_main_dialogs(qtbot, window) -> None:
    window.session.add_participant("Ana")
    missed = {}
    for title, make in _dialogs(window).items():
        dialog = make()
        dialog.show()
        qtbot.waitExposed(dialog)
        stops = _tab_stops(qtbot, dialog)
        wanted = [w for w in dialog.findChildren(QWidget)
                  if _is_control(w) and w.isVisibleTo(dialog) and w.isEnabled()
                  and w.focusPolicy() & Qt.FocusPolicy.TabFocus]
        lost = [_where(w) for w in wanted if not _reached(w, stops)]
        if lost:
            missed[title] = lost
        dialog.close()
    assert missed == {}
