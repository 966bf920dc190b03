"""View ▸ Language and View ▸ Show second-language names.

The language is a setting (``settings.language``): the console, the wall, the F1 sheet, the
exports and the report speak it, and phones start in it until a phone picks its own. The
console is built in one language, so choosing another reopens the window on the same
session (every edit is already saved): cheaper and safer than re-setting each text in place.
A running round or open phones end with the old window, so the facilitator is asked first.

Second-language names are the actors' ``alt_name``: shown on request beside each name on the
map and the wall (the same scene), for bilingual rooms.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox, QWidget

from .. import settings
from ..domain import i18n
from ..session import Session
from .context import FeatureBase, WindowContext
from .i18n import install, tr
from .room_signals import RoomSignals

Reopen = Callable[[], object]
OpenSession = Callable[[QWidget | None, Path], "Session | None"]

_open_windows: list[QMainWindow] = []  # consoles opened here, kept alive like app.py's first one


def reopen_window(window: QMainWindow, open_session: OpenSession) -> QMainWindow | None:
    """Close ``window`` and open its session again in a new console of the same kind (built
    in the language now in force); ``None`` if the session cannot be opened again."""
    session = getattr(window, "session")
    path = Path(session.path)
    app = QApplication.instance()
    keep = app.quitOnLastWindowClosed() if isinstance(app, QApplication) else True
    if isinstance(app, QApplication):
        app.setQuitOnLastWindowClosed(False)  # the old window is the last one for a moment
    try:
        window.close()
        reopened = open_session(None, path)
        if reopened is None:
            return None
        fresh = type(window)(reopened)
        fresh.show()
        _open_windows.append(fresh)
        fresh.destroyed.connect(lambda *_a, w=fresh: _open_windows.remove(w) if w in _open_windows else None)
        return fresh
    finally:
        if isinstance(app, QApplication):
            app.setQuitOnLastWindowClosed(keep)


class Language(FeatureBase):
    """The feature: the language menu and the second-language names."""

    name = "language"

    def __init__(self, room: RoomSignals, reopen: Reopen) -> None:
        super().__init__()
        self.room = room.room
        self._reopen = reopen
        self.reopened: object = None  # the new console after a switch (for tests)

    def attach(self, ctx: WindowContext) -> None:
        super().attach(ctx)
        ctx.add_separator("view")
        self.menu = ctx.add_submenu("view", tr("Language"))
        self.menu.menuAction().setStatusTip(tr("The language of the console, the wall, the exports and the "
                                               "report; phones start in it and may pick their own"))
        group = QActionGroup(self.menu)
        self.language_actions: dict[str, QAction] = {}
        for code, name in i18n.LANGUAGES.items():  # each language named in itself
            act = QAction(name, self.menu)
            act.setCheckable(True)
            act.setChecked(code == i18n.language())
            act.setData(code)
            act.triggered.connect(lambda _=False, c=code: self.choose(c))
            group.addAction(act)
            self.menu.addAction(act)
            self.language_actions[code] = act
        self.act_alt_names = ctx.declare(
            "alt_names", tr("Show second-language names"), self.set_alt_names, checkable=True, menu="view",
            tip=tr("Show each actor's name in a second language beside its name (set in Properties)"))
        ctx.connect(ctx.signals.sessionChanged, lambda _s: self.set_alt_names(self.act_alt_names.isChecked()))

    def set_alt_names(self, on: bool) -> None:
        self.ctx.scene.set_show_alt_names(on)

    def choose(self, code: str) -> bool:
        """Make ``code`` the language (remembered) and reopen the console in it."""
        if code == i18n.language():
            return False
        if self.room.round_running or self.room.join is not None:
            answer = QMessageBox.question(
                self.ctx.parent, tr("Change the language"),
                tr("The console reopens in {language}: the running round ends and the phones are closed "
                   "(every vote given is kept). Change the language now?").format(language=i18n.LANGUAGES[code]))
            if answer != QMessageBox.StandardButton.Yes:
                self.language_actions[i18n.language()].setChecked(True)
                return False
        settings.store().set(language=code)
        install(code)
        self.reopened = self._reopen()
        return True


__all__ = ["Language", "reopen_window"]
