"""The seam between the console window and its features: what a feature may use, and nothing else.

A feature (a dock, the projector, scoring rounds, phones...) is given a :class:`WindowContext`
when it attaches. Through it, it reads the session, scene, view, phase and participant, runs
edits, declares actions, adds entries to menus by name, adds docks and status widgets, and
connects to the window's and the model's signals. The context records everything the feature
added, so :meth:`WindowContext.release` takes it all away again when the feature detaches.
Features never see the ``QMainWindow`` and never look each other up: what one needs from
another (the room's state, the scoring keys) is handed to it when the window is composed
(``ui/features.py``).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Protocol, runtime_checkable

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QScreen
from PySide6.QtWidgets import QDockWidget, QMenu, QMenuBar, QWidget

from ..canvas.scene import WorkshopScene
from ..canvas.view import WorkshopView
from ..domain import commands as cmds
from ..session import Session
from .actions import Actions, Key
from .model_events import ModelEvents

if TYPE_CHECKING:  # pragma: no cover
    from .main_window import MainWindow

Row = tuple[str, str]  # (keys, what they do) on the F1 sheet
Area = Qt.DockWidgetArea


class WindowSignals(QObject):
    """What happens to the window as a whole, for features to follow."""

    sessionChanged = Signal(object)  # another session (and so a new scene) is in place
    phaseChanged = Signal(int)
    selectionChanged = Signal()  # on whichever scene is current
    contextMenuAboutToShow = Signal(object, list, list)  # (QMenu, actor ids, relation ids)
    closing = Signal()  # the console is about to close


@runtime_checkable
class Feature(Protocol):
    """A part of the console that can be attached to a window and taken away again."""

    name: str  # the key in ``window.features``
    cheat_sheet_title: str  # the F1 group for keys that are not menu actions ("" for none)

    def attach(self, ctx: "WindowContext") -> None: ...

    def detach(self) -> None: ...

    def cheat_sheet_rows(self) -> list[Row]: ...


class FeatureBase(QObject):
    """Defaults for features: no extra F1 rows, and a detach that releases the context."""

    name = ""
    cheat_sheet_title = ""

    def __init__(self) -> None:
        super().__init__()
        self._ctx: WindowContext | None = None

    @property
    def ctx(self) -> "WindowContext":
        if self._ctx is None:
            raise RuntimeError(f"The {self.name or type(self).__name__} feature is not attached.")
        return self._ctx

    def attach(self, ctx: "WindowContext") -> None:
        self._ctx = ctx
        self.setParent(ctx.parent)

    def detach(self) -> None:
        if self._ctx is not None:
            self._ctx.release()
            self._ctx = None
        self.setParent(None)

    def cheat_sheet_rows(self) -> list[Row]:
        return []


class WindowContext:
    """One feature's view of the window; everything added through it is undone by release()."""

    def __init__(self, window: "MainWindow", name: str) -> None:
        self._win = window
        self.name = name
        self._connections: list[tuple[Any, Callable[..., Any]]] = []
        self._actions: list[str] = []
        self._menu_entries: list[tuple[QMenu, QAction]] = []
        self._widgets: list[QWidget] = []  # docks, status widgets, widgets under the phase bar

    # -- reading ----------------------------------------------------------------------------
    @property
    def session(self) -> Session:
        return self._win.session

    @property
    def scene(self) -> WorkshopScene:
        return self._win.scene

    @property
    def view(self) -> WorkshopView:
        return self._win.view

    @property
    def phase_id(self) -> int:
        return self._win.phase_id

    @property
    def participant_id(self) -> int | None:
        return self._win.participant_id

    @property
    def parent(self) -> QWidget:
        """The parent for a feature's dialogs and objects (they close with the window)."""
        return self._win

    @property
    def signals(self) -> WindowSignals:
        return self._win.window_signals

    @property
    def model_events(self) -> ModelEvents:
        return self._win.model_events

    @property
    def actions(self) -> Actions:
        return self._win.acts

    @property
    def menu_bar(self) -> QMenuBar:
        return self._win.menuBar()

    def menu(self, name: str) -> QMenu:
        """A menu by name: file, edit, actors, phases, score, view, panels, help."""
        return self._win.menus[name]

    def screen(self) -> QScreen | None:
        """The screen the console is on."""
        return self._win.screen()

    # -- doing ------------------------------------------------------------------------------
    def execute(self, command: cmds.Command) -> Any:
        """Run one edit; a refused edit gets a dialog and changes nothing (then None)."""
        return self._win.execute(command)

    def set_phase(self, phase_id: int) -> None:
        self._win.set_phase(phase_id)

    def open_path(self, path: Path) -> bool:
        return self._win.open_path(path)

    def status(self, text: str, ms: int = 4000) -> None:
        self._win.statusBar().showMessage(text, ms)

    # -- adding (all undone by release) -----------------------------------------------------
    def connect(self, signal: Any, slot: Callable[..., Any]) -> None:
        signal.connect(slot)
        self._connections.append((signal, slot))

    def declare(self, name: str, text: str, slot: Callable[..., object], *keys: Key,
                menu: str | None = None, before: QAction | None = None, **options: Any) -> QAction:
        """Declare an action (see ``ui/actions.py``) and put it in ``menu`` if given."""
        act = self.actions.declare(name, text, slot, *keys, **options)
        self._actions.append(name)
        if menu is not None:
            self.add_to_menu(menu, act, before=before)
        return act

    def add_to_menu(self, menu: str | QMenu, action: QAction, *, before: QAction | None = None) -> None:
        target = self.menu(menu) if isinstance(menu, str) else menu
        if before is not None and before in target.actions():
            target.insertAction(before, action)
        else:
            target.addAction(action)
        self._menu_entries.append((target, action))

    def add_separator(self, menu: str | QMenu, *, before: QAction | None = None) -> None:
        target = self.menu(menu) if isinstance(menu, str) else menu
        sep = target.insertSeparator(before) if before is not None and before in target.actions() \
            else target.addSeparator()
        self._menu_entries.append((target, sep))

    def add_submenu(self, menu: str, title: str) -> QMenu:
        sub = QMenu(title, self._win)
        self.add_to_menu(menu, sub.menuAction())
        self._widgets.append(sub)
        return sub

    def add_dock(self, dock: QDockWidget, area: Area = Area.RightDockWidgetArea, *,
                 tab_with: QDockWidget | None = None, below: QDockWidget | None = None,
                 shown: bool = False, panels_menu: bool = True) -> None:
        """Add a dock (hidden unless ``shown``); listed under View ▸ Panels unless told not to."""
        win = self._win
        win.addDockWidget(area, dock)
        if tab_with is not None:
            win.tabifyDockWidget(tab_with, dock)
            tab_with.raise_()
        elif below is not None:
            win.splitDockWidget(below, dock, Qt.Orientation.Vertical)
        dock.setVisible(shown)
        self._widgets.append(dock)
        if panels_menu:
            self.add_to_menu("panels", dock.toggleViewAction())

    def add_status_widget(self, widget: QWidget) -> None:
        self._win.statusBar().addPermanentWidget(widget)
        self._widgets.append(widget)

    def add_below_phase_bar(self, widget: QWidget) -> None:
        self._win.add_below_phase_bar(widget)
        self._widgets.append(widget)

    # -- dock layout ------------------------------------------------------------------------
    def dock(self, object_name: str) -> QDockWidget | None:
        """A dock of the window by its object name (e.g. "PropertiesDock")."""
        return self._win.findChild(QDockWidget, object_name)

    def dock_area(self, dock: QDockWidget) -> Area:
        return self._win.dockWidgetArea(dock)

    def tab_group(self, dock: QDockWidget) -> list[QDockWidget]:
        """The docks shown as tabs together with ``dock`` (not ``dock`` itself)."""
        return list(self._win.tabifiedDockWidgets(dock))

    def docks_in(self, area: Area) -> list[QDockWidget]:
        """Docks shown, not floating, in ``area``."""
        return [d for d in self._win.findChildren(QDockWidget)
                if d.isVisible() and not d.isFloating() and self._win.dockWidgetArea(d) == area]

    def tabify(self, first: QDockWidget, second: QDockWidget) -> None:
        self._win.tabifyDockWidget(first, second)

    def move_dock(self, dock: QDockWidget, area: Area, orientation: Qt.Orientation) -> None:
        self._win.addDockWidget(area, dock, orientation)

    def resize_docks(self, docks: list[QDockWidget], sizes: list[int], orientation: Qt.Orientation) -> None:
        self._win.resizeDocks(docks, sizes, orientation)

    # -- detaching --------------------------------------------------------------------------
    def release(self) -> None:
        """Take away everything added through this context."""
        for signal, slot in reversed(self._connections):
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                pass  # the sender is already gone (an old scene): nothing left to disconnect
        self._connections.clear()
        for menu, action in reversed(self._menu_entries):
            menu.removeAction(action)
        self._menu_entries.clear()
        for name in reversed(self._actions):
            self.actions.forget(name)
        self._actions.clear()
        for widget in reversed(self._widgets):
            if isinstance(widget, QDockWidget):
                self._win.removeDockWidget(widget)
            elif widget.parent() is not None and not isinstance(widget, QMenu):
                self._win.statusBar().removeWidget(widget)
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()
        self._widgets.clear()


__all__ = ["Feature", "FeatureBase", "Row", "WindowContext", "WindowSignals"]
