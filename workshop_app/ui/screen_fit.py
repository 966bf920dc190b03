"""The console's first size: as large as it is meant to be, but never larger than the screen.

A window asked for 1440×900 on a 1366×768 laptop opens partly off screen, with the
Properties dock out of reach; the size is taken down to the screen's available area (less
the task bar) and the window is put inside it. A layout remembered from an earlier start
(``window_layout.py``) is restored after this and is clamped the same way.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

PREFERRED = QSize(1440, 900)


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


__all__ = ["PREFERRED", "first_geometry", "open_on_screen"]
