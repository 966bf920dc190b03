"""The checkout of an earlier version of the app that the benchmark compares with.

``git worktree`` adds it into the run's temporary folder and the run removes it at the end. A
run that is killed cannot, and its checkout stays registered in the repository; the next run
removes such leftovers of its own (a folder named like its checkout, in a benchmark run folder
whose process is gone) before it adds its own, so one interrupted run never spoils the next.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _log(text: str) -> None:
    print(f"[bench] {text}", file=sys.stderr, flush=True)


CHECKOUT_NAME = "before-layers"
WORK_PREFIX = "workshop-bench-"
OWNER_FILE = "owner.pid"  # in a run's temporary folder: the process that runs it
OWNERLESS_AFTER_S = 12 * 3600  # far longer than a full run takes


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: alive
        return True
    return True


def stale_checkouts(repo: Path = ROOT) -> list[Path]:
    """Checkouts this script added in runs that ended without removing them (killed, or a
    machine stopped mid-run): a folder named like its own, in a run folder whose owner is gone."""
    listed = subprocess.run(["git", "worktree", "list", "--porcelain"], cwd=repo,
                            capture_output=True, text=True, timeout=120)
    stale: list[Path] = []
    for line in listed.stdout.splitlines():
        if not line.startswith("worktree "):
            continue
        folder = Path(line[len("worktree "):])
        if folder.name != CHECKOUT_NAME or not folder.parent.name.startswith(WORK_PREFIX):
            continue
        try:
            owner: int | None = int((folder.parent / OWNER_FILE).read_text(encoding="ascii").strip())
        except (OSError, ValueError):
            owner = None
        if owner is not None:
            gone = not _alive(owner)
        else:  # a run of a version that wrote no owner file: stale once it is surely over
            try:
                gone = time.time() - folder.parent.stat().st_mtime > OWNERLESS_AFTER_S
            except OSError:
                gone = True
        if gone:
            stale.append(folder)
    return stale


def clear_stale_checkouts(repo: Path = ROOT) -> list[Path]:
    """Remove what :func:`stale_checkouts` finds (with the run folder it sat in) and let git
    forget checkouts whose folder is already gone; the removed checkouts are returned."""
    subprocess.run(["git", "worktree", "prune"], cwd=repo, capture_output=True, timeout=120)
    stale = stale_checkouts(repo)
    for folder in stale:
        _log(f"removing the checkout {folder} left by an interrupted run")
        remove_checkout(folder, repo)
        shutil.rmtree(folder.parent, ignore_errors=True)
    return stale


def checkout(commit: str, folder: Path, repo: Path = ROOT) -> None:
    """``commit`` checked out into ``folder``, after clearing what interrupted runs left."""
    clear_stale_checkouts(repo)
    subprocess.run(["git", "worktree", "add", "--detach", "--quiet", str(folder), commit],
                   cwd=repo, check=True, capture_output=True, timeout=120)


def remove_checkout(folder: Path, repo: Path = ROOT) -> None:
    subprocess.run(["git", "worktree", "remove", "--force", str(folder)], cwd=repo,
                   capture_output=True, timeout=120)
    shutil.rmtree(folder, ignore_errors=True)
    subprocess.run(["git", "worktree", "prune"], cwd=repo, capture_output=True, timeout=120)
