"""The console's first size: as large as it is meant to be, but never larger than the screen.

A window asked for 1440×900 on a 1366×768 laptop opens partly off screen, with the
Properties dock out of reach; the size is taken down to the screen's available area (less
the task bar) and the window is put inside it. A layout remembered from an earlier start
(``window_layout.py``) is restored after this and is clamped the same way.

On a small screen the docks on the right start narrower (:func:`narrow_docks`): at 1366
pixels a 360-pixel column of panels leaves the map too little width for 40 names.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDockWidget, QMainWindow, QWidget

from .docks.lazy_dock import LazyDock

PREFERRED = QSize(1440, 900)
SMALL_SCREEN = 1600  # available width below which the right docks start narrow
NARROW_DOCK = 320  # their width then: every panel's fields still show whole


def first_geometry(window: QWidget, preferred: QSize = PREFERRED) -> QRect | None:
    """Where the window opens when nothing is remembered: centred on its screen's available
    area, at ``preferred`` size or smaller; None when no screen is known."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return None
    area = screen.availableGeometry()
    size = preferred.boundedTo(area.size())
    rect = QRect(0, 0, size.width(), size.height())
    rect.moveCenter(area.center())
    return rect


def open_on_screen(window: QWidget, preferred: QSize = PREFERRED) -> None:
    """Give the window its first size and place (see :func:`first_geometry`)."""
    rect = first_geometry(window, preferred)
    if rect is None:
        window.resize(preferred)
        return
    window.setGeometry(rect)


def narrow_docks(window: QMainWindow, width: int = NARROW_DOCK) -> bool:
    """On a small screen, give the docks on the right ``width`` pixels (their minimum too,
    so the map keeps what they give up); returns whether it did. A layout the facilitator
    arranged and that was remembered is restored instead (see ``window_layout.py``)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None or screen.availableGeometry().width() >= SMALL_SCREEN:
        return False
    right = [d for d in window.findChildren(QDockWidget)
             if window.dockWidgetArea(d) == Qt.DockWidgetArea.RightDockWidgetArea and not d.isFloating()]
    for dock in right:
        if dock.minimumWidth() > width:
            dock.setMinimumWidth(width)
        if isinstance(dock, LazyDock):  # its contents are narrowed when they are made
            dock.when_built(lambda d=dock: _narrow_contents(d, width))
        else:
            _narrow_contents(dock, width)
    shown = [d for d in right if not d.isHidden()]
    if shown:
        window.resizeDocks(shown, [width] * len(shown), Qt.Orientation.Horizontal)
    return True


def _narrow_contents(dock: QDockWidget, width: int) -> None:
    inner = dock.widget()
    # A scroll area's page keeps its own minimum: it must fit the narrower dock too.
    page = getattr(inner, "widget", lambda: None)() if inner is not None else None
    for w in (inner, page, getattr(dock, "stack", None)):
        if isinstance(w, QWidget) and w.minimumWidth() > width - 30:
            w.setMinimumWidth(width - 30)


__all__ = ["NARROW_DOCK", "PREFERRED", "first_geometry", "narrow_docks", "open_on_screen"]
