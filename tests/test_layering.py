"""The core (domain, store, analysis) stays Qt-free: the import contracts in pyproject.toml hold,
and importing every core module pulls in no Qt binding at run time either."""

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
for pkg in ("domain", "store", "analysis"):
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
    for must in ("workshop_app.domain.session", "workshop_app.domain.commands",
                 "workshop_app.store.sqlite_store", "workshop_app.store.migrations",
                 "workshop_app.analysis.graphs"):
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
