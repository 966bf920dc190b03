"""The console's size, place and docks, remembered per screen setup and restored on start.

A facilitator's laptop meets a different projector in each room: the layout that suits the
laptop alone is wrong on a wide wall screen and the other way round. So the layout is kept per
*screen setup* (the set of screen sizes, ``settings.screen_setup_key``) and the one saved last
on the same setup comes back. A remembered place is always pulled into the screen's available
area, so a window never opens off screen or larger than the screen it is on (the screen may
have shrunk, or the screen it was on may be gone).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QMargins, QObject, QRect, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow

from .. import settings
from ..settings import Settings, WindowLayout


class SettingsSignals(QObject):
    """The settings' change callbacks as a Qt signal (names of the fields that changed)."""

    changed = Signal(object)  # frozenset[str]

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = settings.store()
        self._store.subscribe(self._told)

    def close(self) -> None:
        self._store.unsubscribe(self._told)

    def _told(self, _settings: Settings, names: frozenset[str]) -> None:
        self.changed.emit(names)


def current_setup() -> str:
    """The name of the screens connected now, by their sizes."""
    return settings.screen_setup_key(
        [(s.geometry().width(), s.geometry().height()) for s in QGuiApplication.screens()])


def clamp(rect: QRect, area: QRect) -> QRect:
    """``rect`` moved (and shrunk if need be) to lie inside ``area``."""
    width, height = min(rect.width(), area.width()), min(rect.height(), area.height())
    x = min(max(rect.x(), area.x()), area.x() + area.width() - width)
    y = min(max(rect.y(), area.y()), area.y() + area.height() - height)
    return QRect(x, y, width, height)


def available_area_for(rect: QRect) -> QRect | None:
    """The available area (no task bar) of the screen holding the rect's centre, else the
    screen it overlaps most, else the primary screen."""
    screens = QGuiApplication.screens()
    if not screens:
        return None
    centre = rect.center()
    for screen in screens:
        if screen.geometry().contains(centre):
            return screen.availableGeometry()
    best = max(screens, key=lambda s: _overlap(s.geometry(), rect))
    if _overlap(best.geometry(), rect) > 0:
        return best.availableGeometry()
    primary = QGuiApplication.primaryScreen()
    return (primary or screens[0]).availableGeometry()


def _overlap(a: QRect, b: QRect) -> int:
    i = a.intersected(b)
    return max(0, i.width()) * max(0, i.height())


def save_layout(window: QMainWindow) -> WindowLayout:
    """Remember where the window is and how its docks are, for this screen setup."""
    g = window.normalGeometry() if window.isMaximized() else window.geometry()
    state = bytes(window.saveState().data()).hex()
    layout = WindowLayout(g.x(), g.y(), g.width(), g.height(), window.isMaximized(), state)
    settings.remember_layout(current_setup(), layout)
    return layout


def restore_layout(window: QMainWindow) -> bool:
    """Put the window where it was last time on these screens; False if nothing is known."""
    layout = settings.current().layout_for(current_setup())
    if layout is None:
        return False
    if layout.docks:
        window.restoreState(QByteArray(bytes.fromhex(layout.docks)))
    rect = QRect(layout.x, layout.y, layout.width, layout.height)
    area = available_area_for(rect)
    if area is not None:
        window.winId()  # the native window exists now, so its frame is known on most systems
        handle = window.windowHandle()
        margins = handle.frameMargins() if handle is not None else QMargins()
        rect = clamp(rect.marginsAdded(margins), area).marginsRemoved(margins)  # the frame too
    window.setGeometry(rect)
    if layout.maximized:
        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
    return True


__all__ = ["SettingsSignals", "available_area_for", "clamp", "current_setup", "restore_layout",
           "save_layout"]
