"""Shared pieces of the output tests: a session to export, the command line in a child
process (optionally under a file-size limit), and snapshots of a folder's files."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from workshop_app import Session
from workshop_app.bundled import demo_path

ROOT = Path(__file__).resolve().parents[2]

# The command line in a child, with ``ulimit -f LIMIT`` (bytes; 0 = none) and SIGXFSZ ignored,
# so a write past the limit fails with EFBIG the way a full disk fails with ENOSPC.
RUNNER = """
import os, resource, signal, sys
limit = int(sys.argv[1])
if limit:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
from workshop_app.cli import main
sys.exit(main(sys.argv[2:]))
"""


@dataclass
class Run:
    code: int
    out: str
    err: str


def child_env(tmp: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(QT_QPA_PLATFORM="offscreen", WORKSHOP_APP_DATA_DIR=str(tmp / "app-data"),
               WORKSHOP_APP_CONFIG_DIR=str(tmp / "app-config"), PYTHONDONTWRITEBYTECODE="1")
    return env


def run_cli(tmp: Path, *args: str, limit: int = 0, timeout: float = 120) -> Run:
    """``workshop-app ARGS`` in a fresh process; returns its status and output."""
    proc = subprocess.run([sys.executable, "-c", RUNNER, str(limit), *args], cwd=ROOT,
                          env=child_env(tmp), capture_output=True, text=True, timeout=timeout)
    return Run(proc.returncode, proc.stdout, proc.stderr)


def exportable_session(folder: Path, name: str = "antwerp") -> Path:
    """A private copy of a demo (three phases, outputs of some ten kilobytes each) in
    rollback-journal mode, so that reading it read-only writes nothing beside it."""
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.workshop"
    shutil.copy(demo_path(name), path)
    Session.open(path).close()  # upgraded to the current schema if the demo is older
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=DELETE")
    finally:
        conn.close()
    return path


def tree(folder: Path) -> dict[str, str]:
    """Every file and folder below ``folder`` (hidden ones included) with a content hash."""
    out: dict[str, str] = {}
    for p in sorted(folder.rglob("*")):
        rel = str(p.relative_to(folder))
        out[rel] = "dir" if p.is_dir() else hashlib.sha256(p.read_bytes()).hexdigest()
    return out


def session_bytes(path: Path) -> dict[str, bytes]:
    """A session file and its sidecars, byte for byte."""
    return {p.name: p.read_bytes() for p in sorted(path.parent.glob(path.name + "*"))
            if p.is_file() and not p.name.endswith(".lock")}


__all__ = ["RUNNER", "Run", "child_env", "run_cli", "exportable_session", "tree",
           "session_bytes", "ROOT"]
