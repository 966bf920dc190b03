"""The app's own modules are imported at the top of each module, except at the named lazy seams;
and the console starts without the heavy parts those seams load (charts, every exporter and
importer, the phone server, the graph library, the agreement statistics), which it then loads
when the panel, the dialog or the phones are first used.

The start-up promise is checked by what a fresh console has loaded, not by a time: timings
belong in ``tests/benchmarks/run.py``."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "workshop_app"

# Where a function may import the app's own modules: the command line (each sub-command loads
# what it needs), the composition root, the Qt seam of the format table, and the console's seams.
SEAM_MODULES = {"app.py", "ui/seams.py"}
SEAM_FUNCTIONS = {("formats.py", "_drawn")}
# What the seams keep out of a console that has only opened a session and drawn its map.
HEAVY = ("pyqtgraph", "numpy", "networkx", "krippendorff", "jinja2", "segno", "lxml", "openpyxl",
         "workshop_app.formats", "workshop_app.io.importers", "workshop_app.io.bundle",
         "workshop_app.live.server", "workshop_app.live.qr", "workshop_app.charts.metrics_charts",
         "workshop_app.charts.arena_chart", "workshop_app.ui.export_dialog")


def _own_imports_in_functions(path: Path) -> list[tuple[str, str]]:
    """(outermost function, module) for each import of an app module inside a function."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: list[tuple[str, str]] = []

    def visit(node: ast.AST, function: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                continue  # annotations only
            inner = function
            if function is None and isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)):
                inner = child.name
            if isinstance(child, ast.ClassDef) and function is None:
                inner = None  # methods are functions of their own (visited below)
            if (inner is not None and isinstance(child, ast.ImportFrom)
                    and (child.level > 0 or (child.module or "").startswith("workshop_app"))):
                found.append((inner, "." * child.level + (child.module or "")))
            elif inner is not None and isinstance(child, ast.Import):
                found.extend((inner, a.name) for a in child.names if a.name.startswith("workshop_app"))
            visit(child, inner)

    visit(tree, None)
    return found


def test_own_modules_are_imported_at_the_top_except_at_the_named_seams() -> None:
    stray = []
    for path in sorted(PACKAGE.rglob("*.py")):
        rel = path.relative_to(PACKAGE).as_posix()
        if rel.startswith("cli") or rel in SEAM_MODULES:
            continue
        for function, module in _own_imports_in_functions(path):
            if (rel, function) not in SEAM_FUNCTIONS:
                stray.append(f"{rel}: {function}() imports {module}")
    assert stray == []


def test_the_finder_sees_an_import_inside_a_method(tmp_path: Path) -> None:
    """The check above would pass on a tree it cannot read; it reads this one."""
    sample = tmp_path / "sample.py"
    sample.write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from .a import A\n"
                      "class K:\n    def go(self):\n        from .b import B\n        return B\n")
    assert _own_imports_in_functions(sample) == [("go", ".b")]


_CONSOLE = """
import json, sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from workshop_app import Session
from workshop_app.ui.main_window import MainWindow
win = MainWindow(Session.open(sys.argv[1]))
win.resize(1280, 800)
win.show()
for _ in range(20):
    app.processEvents()
win.set_phase(win.session.phases[-1].id)
app.processEvents()
heavy = {heavy!r}
at_start = sorted(m for m in heavy if m in sys.modules)
panels = win.features["analysis"]
panels.open(panels.metrics)
app.processEvents()
charts = panels.metrics.charts
shown = charts is not None and charts.isVisible() and sorted(charts.charts) != []
print(json.dumps({{"at_start": at_start, "charts_shown": shown,
                  "pyqtgraph_after": "pyqtgraph" in sys.modules}}))
win.close()
"""


@pytest.mark.gui
def test_the_console_opens_without_the_heavy_parts_and_loads_them_when_asked(tmp_path: Path) -> None:
    from workshop_app import bundled

    demo = bundled.copy_demo("antwerp", tmp_path / "demo")
    env = dict(os.environ, PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="offscreen",
               WORKSHOP_APP_CONFIG_DIR=str(tmp_path / "config"),
               WORKSHOP_APP_DATA_DIR=str(tmp_path / "data"))
    proc = subprocess.run([sys.executable, "-c", _CONSOLE.format(heavy=HEAVY), str(demo)],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=180)
    assert proc.returncode == 0, proc.stderr[-2000:]
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["at_start"] == []  # none loaded by opening, drawing and switching a phase
    assert result["charts_shown"] and result["pyqtgraph_after"]  # the panel still charts



# The one guarded import of an app module: the GUI's start, where the library that may be
# missing from a headless install is PySide6 (the app's own modules are always there).
GUARDED_IMPORTS = {("cli.py", "launch_gui")}


def _guarded_own_imports(path: Path, root: Path = PACKAGE) -> list[tuple[str, str]]:
    """(file, function) for each ``try`` that imports an app module and catches ImportError."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    rel = path.relative_to(root).as_posix()
    found: list[tuple[str, str]] = []

    def own(node: ast.AST) -> bool:
        if isinstance(node, ast.ImportFrom):
            return node.level > 0 or (node.module or "").startswith("workshop_app")
        return isinstance(node, ast.Import) and any(
            a.name.startswith("workshop_app") for a in node.names)

    def catches_import_error(handler: ast.ExceptHandler) -> bool:
        return handler.type is not None and any(
            name in ast.unparse(handler.type) for name in ("ImportError", "ModuleNotFoundError"))

    def visit(node: ast.AST, function: str) -> None:
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, (ast.FunctionDef, ast.AsyncFunctionDef)) else function
            if (isinstance(child, ast.Try) and any(catches_import_error(h) for h in child.handlers)
                    and any(own(n) for stmt in child.body for n in ast.walk(stmt))):
                found.append((rel, inner))
            visit(child, inner)

    visit(tree, "<module>")
    return found


def test_no_app_module_is_imported_as_if_it_might_be_missing() -> None:
    """The app's own modules are part of every install: importing one is never wrapped in a
    try that falls back when it is missing (that hides a broken install behind a quiet default)."""
    guarded = {g for path in sorted(PACKAGE.rglob("*.py")) for g in _guarded_own_imports(path)}
    assert guarded == GUARDED_IMPORTS


def test_the_guard_finder_sees_a_guarded_import(tmp_path: Path) -> None:
    """The check above would pass on a tree it cannot read; it reads this one."""
    sample = tmp_path / "sample.py"
    sample.write_text("import json\ndef last():\n    try:\n        from . import settings\n"
                      "    except ModuleNotFoundError:\n        return None\n"
                      "def third_party():\n    try:\n        import resource\n"
                      "    except ImportError:\n        return None\n")
    assert _guarded_own_imports(sample, tmp_path) == [("sample.py", "last")]
