"""Composition root: make the QApplication, open the session, show the console window.

Nothing else lives here; every behaviour is in ui/, canvas/, domain/ or store/.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from . import settings
from .ui.i18n import install


def application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
        app.setApplicationName("Assemblage Workshop")
        app.setOrganizationName("Assemblage Workshop")
        app.setApplicationDisplayName("Assemblage Workshop")
        app.setDesktopFileName("workshop-app")  # lets the desktop match windows to the entry
        from . import bundled

        icon = bundled.resources_dir() / "icons" / "workshop-app.svg"
        if icon.is_file():
            app.setWindowIcon(QIcon(str(icon)))
        install(settings.current().language)  # the console's language, before any window is built
    assert isinstance(app, QApplication)
    return app


def open_window(path: Path) -> "object | None":
    """Open ``path`` in a new console window, or show why it cannot be opened."""
    from .ui.dialogs.open_session import open_session
    from .ui.main_window import MainWindow

    session = open_session(None, path)  # a locked file is offered read-only
    if session is None:
        return None
    window = MainWindow(session)
    window.show()
    return window


def run_gui(path: Path | None) -> int:
    """Start the app on ``path`` (or a fresh copy of the Iskandar demo) and run until quit."""
    app = application()
    if path is None:
        from . import bundled

        path = bundled.copy_demo("iskandar")
    window = open_window(Path(path))
    if window is None:
        return 2
    return app.exec()
