"""Menus, actions and shortcuts of the main window, kept apart so the window stays readable.

Frequent workshop actions get single keys (N, C, G, 1–5, PgUp/PgDn): the facilitator is
standing and talking, not hunting through menus.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Callable

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from .. import settings
from .text import literal, mnemonic_safe
from .. import bundled

if TYPE_CHECKING:  # pragma: no cover
    from .main_window import MainWindow


def _action(win: "MainWindow", text: str, slot: Callable[..., object], *keys: str | QKeySequence.StandardKey, tip: str = "", checkable: bool = False) -> QAction:
    act = QAction(text, win)
    seqs = [QKeySequence(k) for k in keys]
    if seqs:
        act.setShortcuts(seqs)
    if tip:
        act.setToolTip(f"{tip} ({seqs[0].toString()})" if seqs else tip)
        act.setStatusTip(tip)
    act.setCheckable(checkable)
    if checkable:
        act.toggled.connect(slot)
    else:
        act.triggered.connect(lambda _=False: slot())
    win.addAction(act)  # shortcuts work even with menus hidden (projector, full screen)
    return act


def build(win: "MainWindow") -> None:
    win.act_new_session = _action(win, "&New session…", win.new_session, QKeySequence.StandardKey.New)
    win.act_open = _action(win, "&Open…", win.open_dialog, QKeySequence.StandardKey.Open)
    win.act_details = _action(win, "Session &title…", win.edit_session_details)
    win.act_restore = _action(win, "Restore from &backup…", win.restore_from_backup,
                              tip="Go back to an automatic backup of this session")
    win.act_quit = _action(win, "&Quit", win.close, QKeySequence.StandardKey.Quit)

    win.act_undo = _action(win, "Undo", win.undo, "Ctrl+Z", tip="Undo the last edit")
    win.act_redo = _action(win, "Redo", win.redo, "Ctrl+Shift+Z", "Ctrl+Y", tip="Redo")
    # The toolbar keeps the short word; the Edit menu shows what would be undone.
    win.act_undo.setIconText("Undo")
    win.act_redo.setIconText("Redo")
    win.act_delete = _action(win, "Delete", win.delete_selection, "Delete", "Backspace", tip="Delete the selected actors or relations")

    win.act_new_actor = _action(win, "New actor", win.add_actor_at, "N", tip="Place a new actor in this phase")
    win.act_connect = _action(
        win, "Connect", lambda on: setattr(win.scene, "connect_mode", on), "C",
        tip="Drag from one actor to another to draw a relation (or Shift+drag)", checkable=True,
    )
    win.act_next_phase = _action(win, "Next phase ▶", lambda: win.step_phase(1), "PgDown", tip="Next phase")
    win.act_prev_phase = _action(win, "◀ Previous phase", lambda: win.step_phase(-1), "PgUp", tip="Previous phase")
    win.act_add_phase = _action(win, "Add phase…", win.add_phase, tip="Add a phase")

    win.act_ghost = _action(
        win, "Show absent actors", lambda on: win.scene.set_ghost_mode("ghost" if on else "hide"), "G",
        tip="Show actors absent from this phase as faint ghosts, or hide them", checkable=True,
    )
    win.act_ghost.setChecked(True)
    win.act_labels = _action(win, "Relation labels", win_labels(win), "L", tip="Show kind and 3C class on relations", checkable=True)
    win.act_labels.setChecked(True)
    win.act_fit = _action(win, "Fit", win.view.fit, "F", tip="Fit the map to the window")
    win.act_zoom_in = _action(win, "Zoom in", lambda: win.view.zoom(1.2), QKeySequence.StandardKey.ZoomIn)
    win.act_zoom_out = _action(win, "Zoom out", lambda: win.view.zoom(1 / 1.2), QKeySequence.StandardKey.ZoomOut)
    win.act_legend = _action(win, "Legend", lambda on: _toggle_legend(win, on), tip="Show the legend on the canvas", checkable=True)
    win.act_legend.setChecked(True)

    win.score_actions = [
        _action(win, f"Score {v}", partial(win.score_key, v), str(v), tip=f"Score the selected relation {v}")
        for v in range(1, 6)
    ]

    bar = win.menuBar()
    file_menu = bar.addMenu("&File")
    file_menu.addAction(win.act_new_session)
    file_menu.addAction(win.act_open)
    win.recent_menu = file_menu.addMenu("Open &recent")
    win.demo_menu = file_menu.addMenu("Open &demo session")
    _fill_demos(win)
    file_menu.addSeparator()
    file_menu.addAction(win.act_details)
    file_menu.addAction(win.act_restore)
    file_menu.addSeparator()
    file_menu.addAction(win.act_quit)

    edit = bar.addMenu("&Edit")
    for act in (win.act_undo, win.act_redo, win.act_delete):
        edit.addAction(act)

    actors = bar.addMenu("&Actors")
    actors.addAction(win.act_new_actor)
    actors.addAction(win.act_connect)

    phases = bar.addMenu("&Phases")
    for act in (win.act_prev_phase, win.act_next_phase, win.act_add_phase):
        phases.addAction(act)

    score = bar.addMenu("&Score")
    for act in win.score_actions:
        score.addAction(act)

    view = bar.addMenu("&View")
    for act in (win.act_ghost, win.act_labels, win.act_legend, win.act_fit, win.act_zoom_in, win.act_zoom_out):
        view.addAction(act)
    docks = view.addMenu("Panels")
    docks.addAction(win.properties.toggleViewAction())
    help_menu = bar.addMenu("&Help")
    # Feature modules add their actions to these menus by name (see ui/features.py).
    win.menus = {"file": file_menu, "edit": edit, "actors": actors, "phases": phases,
                 "score": score, "view": view, "panels": docks, "help": help_menu}


def win_labels(win: "MainWindow") -> Callable[[bool], None]:
    return lambda on: win.scene.set_show_labels(on)


def _toggle_legend(win: "MainWindow", on: bool) -> None:
    win.view.show_legend = on
    win.view.viewport().update()


def fill_recent(win: "MainWindow") -> None:
    menu: QMenu = win.recent_menu
    menu.clear()
    recent = [p for p in settings.recent_files() if p.exists()]
    if not recent:
        empty = menu.addAction("(none yet)")
        empty.setEnabled(False)
        return
    for path in recent:
        act = menu.addAction(mnemonic_safe(path.name))  # "R&D.workshop" keeps its "&"
        act.setToolTip(literal(str(path)))
        act.triggered.connect(lambda _=False, p=path: win.open_path(p))


def _fill_demos(win: "MainWindow") -> None:
    try:
        names = bundled.demo_names()
    except (ImportError, OSError):
        names = []
    for name in names:
        act = win.demo_menu.addAction(name.capitalize())
        act.setToolTip("Opens a fresh copy; the bundled demo stays untouched")
        act.triggered.connect(lambda _=False, n=name: _open_demo(win, n))


def _open_demo(win: "MainWindow", name: str) -> None:

    path: Path = bundled.copy_demo(name)
    win.open_path(path)
