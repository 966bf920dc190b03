"""The rooms stay in their layers: the import contracts in pyproject.toml hold, everything
below the canvas pulls in no Qt at run time, and the domain uses the standard library only."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
QT = ("PySide6", "shiboken6", "pyqtgraph")


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    env.pop("QT_QPA_PLATFORM", None)
    return env


def test_import_contracts_are_kept() -> None:
    proc = subprocess.run(
        [sys.executable, "-c", "import sys; from importlinter.cli import lint_imports_command;"
         " sys.exit(lint_imports_command())"],
        cwd=ROOT, env=_env(), capture_output=True, text=True, timeout=120,
    )
    report = proc.stdout + proc.stderr
    assert proc.returncode == 0, report
    assert "kept, 0 broken" in report, report


def test_core_modules_import_no_qt() -> None:
    script = f"""
import importlib, json, pkgutil, sys
import workshop_app
names = ["workshop_app"]
for pkg in ("domain", "store", "analysis", "style", "session", "io", "live"):
    mod = importlib.import_module("workshop_app." + pkg)
    names.append(mod.__name__)
    for info in pkgutil.walk_packages(mod.__path__, mod.__name__ + "."):
        importlib.import_module(info.name)
        names.append(info.name)
qt = sorted(m for m in sys.modules if m.split(".")[0] in {QT!r})
print(json.dumps({{"imported": names, "qt": qt}}))
"""
    proc = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=_env(),
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["qt"] == [], result["qt"]
    imported = set(result["imported"])
    for must in ("workshop_app.session.session", "workshop_app.domain.commands",
                 "workshop_app.store.sqlite_store", "workshop_app.store.migrations",
                 "workshop_app.analysis.graphs", "workshop_app.io.gexf",
                 "workshop_app.io.html_snapshot", "workshop_app.live.server"):
        assert must in imported


def test_headless_research_path_works_without_qt(tmp_path: Path) -> None:
    """style.md's plain-script example: open a session, build graphs per phase, no Qt."""
    script = f"""
import sys
from workshop_app import Session
with Session.create({str(tmp_path / 'r.workshop')!r}) as s:
    a = s.add_actor("A", present_in=["design"]); b = s.add_actor("B", present_in=["design"])
    s.add_relation(a, b)
with Session.open({str(tmp_path / 'r.workshop')!r}, read_only=True) as s:
    print(sum(s.graph(p).number_of_edges() for p in s.phases))
print(sorted(m for m in sys.modules if m.split(".")[0] in {QT!r}))
"""
    proc = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=_env(),
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["1", "[]"]


def test_domain_imports_only_the_standard_library() -> None:
    """Every import statement in ``domain`` names a standard-library module or the domain."""
    import ast

    outside: list[str] = []
    for path in sorted((ROOT / "workshop_app" / "domain").rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                if node.level == 1:
                    continue  # a sibling inside the domain
                names = [("." * node.level) + (node.module or "")]
            else:
                continue
            for name in names:
                top = name.split(".")[0]
                if name.startswith(".") or top not in sys.stdlib_module_names:
                    outside.append(f"{path.name}: {name}")
    assert outside == []
