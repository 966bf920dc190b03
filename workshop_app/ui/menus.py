"""The console's own actions and its menus, declared in one place so the window stays readable.

Frequent workshop actions get single keys (N, C, G, 1–5, PgUp/PgDn): the facilitator is
standing and talking, not hunting through menus. Every action is declared in the window's
registry (``ui/actions.py``) under a name; features add theirs to these menus by name
(``file``, ``edit``, ``actors``, ``phases``, ``score``, ``view``, ``panels``, ``help``).
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMenu

from .. import bundled, settings
from .text import literal, mnemonic_safe
from .i18n import tr

if TYPE_CHECKING:  # pragma: no cover
    from .main_window import MainWindow

Std = QKeySequence.StandardKey


def declare_actions(win: "MainWindow") -> None:
    """The window's own actions, by name (``win.acts.undo``, ``win.acts["score_3"]``)."""
    acts = win.acts
    acts.declare("new_session", tr("&New session…"), win.new_session, Std.New)
    acts.declare("open", tr("&Open…"), win.open_dialog, Std.Open)
    acts.declare("session_title", tr("Session tit&le…"), win.edit_session_details)
    acts.declare("restore", tr("Restore from &backup…"), win.restore_from_backup,
                 tip=tr("Go back to an automatic backup of this session"))
    acts.declare("quit", tr("&Quit"), win.close, Std.Quit)
    acts.declare("undo", tr("Undo"), win.undo, "Ctrl+Z", tip=tr("Undo the last edit"))
    acts.declare("redo", tr("Redo"), win.redo, "Ctrl+Shift+Z", "Ctrl+Y", tip=tr("Redo"))
    # The toolbar keeps the short word; the Edit menu shows what would be undone.
    acts.undo.setIconText(tr("Undo"))
    acts.redo.setIconText(tr("Redo"))
    acts.declare("delete", tr("Delete"), win.scoring_keys.delete, "Delete", "Backspace",
                 tip=tr("Delete the selected actors or relations"))
    acts.declare("new_actor", tr("New actor"), win.add_actor_at, "N", tip=tr("Place a new actor in this phase"))
    acts.declare("connect", tr("Connect"), win.set_connect_mode, "C", checkable=True,
                 tip=tr("Drag from one actor to another to draw a relation (or Shift+drag)"))
    acts.declare("next_phase", tr("Next phase ▶"), lambda: win.step_phase(1), "PgDown", tip=tr("Next phase"))
    acts.declare("prev_phase", tr("◀ Previous phase"), lambda: win.step_phase(-1), "PgUp", tip=tr("Previous phase"))
    acts.declare("add_phase", tr("Add phase…"), win.add_phase, tip=tr("Add a phase"))
    acts.declare("ghosts", tr("Show absent actors"), win.set_ghosts, "G", checkable=True,
                 tip=tr("Show actors absent from this phase as faint ghosts (and those it does not "
                        "describe as hollow dotted boxes), or hide them"))
    acts.declare("labels", tr("Relation labels"), win.set_labels, "L", checkable=True,
                 tip=tr("Show kind and 3C class on relations"))
    acts.declare("fit", tr("Fit"), win.view.fit, "F", tip=tr("Fit the map to the window"))
    acts.declare("zoom_in", tr("Zoom in"), lambda: win.view.zoom(1.2), Std.ZoomIn)
    acts.declare("zoom_out", tr("Zoom out"), lambda: win.view.zoom(1 / 1.2), Std.ZoomOut)
    acts.declare("legend", tr("Legend"), win.set_legend, checkable=True, tip=tr("Show the legend on the canvas"))
    for name in ("ghosts", "labels", "legend"):
        acts[name].setChecked(True)
    for v in range(1, 6):
        acts.declare(f"score_{v}", tr("Score {v}").format(v=v), partial(win.scoring_keys.score, v), str(v),
                     tip=tr("Score the selected relation {v}").format(v=v))


def build_menus(win: "MainWindow") -> dict[str, QMenu]:
    """The menu bar; returns the menus by name for features to add to."""
    acts = win.acts
    bar = win.menuBar()
    file_menu = bar.addMenu(tr("&File"))
    file_menu.addAction(acts.new_session)
    file_menu.addAction(acts.open)
    recent = file_menu.addMenu(tr("Open &recent"))
    demos = file_menu.addMenu(tr("Open &demo session"))
    _fill_demos(win, demos)
    file_menu.addSeparator()
    file_menu.addAction(acts.session_title)
    file_menu.addAction(acts.restore)
    file_menu.addSeparator()
    file_menu.addAction(acts.quit)

    edit = bar.addMenu(tr("&Edit"))
    for name in ("undo", "redo", "delete"):
        edit.addAction(acts[name])
    actors = bar.addMenu(tr("&Actors"))
    actors.addAction(acts.new_actor)
    actors.addAction(acts.connect)
    phases = bar.addMenu(tr("&Phases"))
    for name in ("prev_phase", "next_phase", "add_phase"):
        phases.addAction(acts[name])
    score = bar.addMenu(tr("&Score"))
    for v in range(1, 6):
        score.addAction(acts[f"score_{v}"])
    view = bar.addMenu(tr("&View"))
    for name in ("ghosts", "labels", "legend", "fit", "zoom_in", "zoom_out"):
        view.addAction(acts[name])
    panels = view.addMenu(tr("Panels"))
    help_menu = bar.addMenu(tr("&Help"))
    return {"file": file_menu, "recent": recent, "demos": demos, "edit": edit, "actors": actors,
            "phases": phases, "score": score, "view": view, "panels": panels, "help": help_menu}


def fill_recent(win: "MainWindow") -> None:
    menu: QMenu = win.menus["recent"]
    menu.clear()
    recent = [p for p in settings.recent_files() if p.exists()]
    if not recent:
        empty = menu.addAction(tr("(none yet)"))
        empty.setEnabled(False)
        return
    for path in recent:
        act = menu.addAction(mnemonic_safe(path.name))  # "R&D.workshop" keeps its "&"
        act.setToolTip(literal(str(path)))
        act.triggered.connect(lambda _=False, p=path: win.open_path(p))


def _fill_demos(win: "MainWindow", menu: QMenu) -> None:
    try:
        names = bundled.demo_names()
    except OSError:
        names = []
    for name in names:
        act = menu.addAction(name.capitalize())
        act.setToolTip(tr("Opens a fresh copy; the bundled demo stays untouched"))
        act.triggered.connect(lambda _=False, n=name: win.open_path(bundled.copy_demo(n)))
