"""Every output is written whole or not at all: the one way files and folders reach the disk.

Laptops fill up and apps get killed. A half-written PDF that exits 0, or a CSV folder with
three tables of twelve, looks like a result and is not one. So each writer (images, PDF,
HTML, data tables, the research bundle, imported sessions) writes under a temporary name
beside its target; only when every file is complete -- flushed to the disk with ``fsync`` and
checked for what its format must end with (``%%EOF`` and a reachable cross-reference table
for a PDF, the ``IEND`` chunk for a PNG, the closing tag of XML and HTML, a readable zip
directory for XLSX, a sound database for a session) -- are they renamed into place. On any
failure the temporaries are removed and one :class:`WriteError` names the target and says why
in words ("not enough disk space on /home (errno 28)").

Temporary names are ``.<target>.wsa-<pid>-<host>-<random>.part`` (``.old`` for a replaced
file kept until the new one is in place). The pid and host tag let a later write to the same
target tell the leftovers of a killed run from a write still in progress: it removes those
whose process is gone, and any older than an hour, and nothing else.
"""

from __future__ import annotations

import hashlib
import os
import re
import secrets
import shutil
import socket
import sqlite3
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

from .errors import ExportError, SessionInTheWay, WriteError
from .output_checks import Check, os_reason, problem_of, write_trouble
from .session_guard import (is_session_file, refuse_session_folder, refuse_session_target,
                            session_of_sidecar)
from ..store import SessionFileError
from ..store.lock import SessionLock, SessionLockedError
from ..store.lock import is_locked, read_holder
from ..store.backups import write_backup

STALE_AFTER_S = 3600.0
_HOST = hashlib.sha1(socket.gethostname().encode("utf-8", "replace")).hexdigest()[:4]
_OURS = re.compile(r"wsa-(\d+)-([0-9a-f]{4})-[0-9a-f]{8}\.(?:part|old)")
# Names earlier versions used; they carry no host, some no pid.
_OLD_WITH_PID = re.compile(r"(?:importing|old)-(\d+)")
_OLD_WITHOUT_PID = re.compile(r"(?:part|[a-z0-9_]{8}\.partial)$")
_OLD_INSIDE = re.compile(r"\.graphml-[a-z0-9_]{8}$")
_BASE_BYTES = 120  # of the target's name kept in a temporary name (names are <= 255 bytes)


# -- temporary names and leftovers ---------------------------------------------------------
def _base(name: str) -> str:
    return name.encode("utf-8", "surrogateescape")[:_BASE_BYTES].decode("utf-8", "ignore")


def temp_sibling(target: Path, kind: str = "part") -> Path:
    """A fresh temporary name beside ``target`` that says which process made it."""
    token = secrets.token_hex(4)
    return target.with_name(f".{_base(target.name)}.wsa-{os.getpid()}-{_HOST}-{token}.{kind}")


def _alive(pid: int) -> bool:
    if pid <= 0 or os.name != "posix":
        return True  # cannot tell (signal 0 would kill a process on Windows): rely on age
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _stale(rest: str, age: float) -> bool:
    """Whether an entry named ``.<target>.<rest>`` is a leftover that is provably ours."""
    old = age > STALE_AFTER_S
    m = _OURS.match(rest)
    if m:
        pid, host = int(m.group(1)), m.group(2)
        if pid == os.getpid() and host == _HOST:
            return False  # this process is writing it right now
        return old or (host == _HOST and not _alive(pid))
    m = _OLD_WITH_PID.match(rest)
    if m:
        return old or not _alive(int(m.group(1)))
    return old and _OLD_WITHOUT_PID.match(rest) is not None


def _remove(path: Path) -> None:
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path)
    else:
        path.unlink(missing_ok=True)


def clean_leftovers(target: str | os.PathLike[str]) -> list[Path]:
    """Remove what killed writes to ``target`` left behind; returns what was removed.

    Only names this module (or an earlier version of the app) makes are looked at, and only
    those whose process is gone or that are older than an hour are removed.
    """
    target = Path(target)
    prefix = f".{_base(target.name)}."
    now = time.time()
    removed: list[Path] = []
    places = [(target.parent, prefix)]
    if target.is_dir() and not target.is_symlink():
        places.append((target, ""))
    for folder, start in places:
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue
        for entry in entries:
            if not entry.name.startswith(start or "."):
                continue
            try:
                age = now - entry.stat(follow_symlinks=False).st_mtime
            except OSError:
                continue
            if start:
                stale = _stale(entry.name[len(start):], age)
            else:  # inside an output folder: only the temporary folders of older versions
                stale = age > STALE_AFTER_S and _OLD_INSIDE.match(entry.name) is not None
            if not stale:
                continue
            try:
                _remove(Path(entry.path))
            except OSError:
                continue  # someone else's file after all, or already gone: leave it
            removed.append(Path(entry.path))
    return removed


# -- staging --------------------------------------------------------------------------------
def _fsync(path: Path, directory: bool = False) -> None:
    if directory and os.name != "posix":
        return  # Windows has no directory handles; its renames are already durable
    flags = os.O_RDONLY if directory or os.name == "posix" else os.O_RDWR
    fd = os.open(path, flags | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@dataclass
class _Output:
    target: Path
    temp: Path
    folder: bool = False
    replace: bool = True  # a folder: swap it whole; False: add the files into it
    check: Check | None = None


class Outputs:
    """Files and folders written under temporary names, put in place together on commit.

    Use through :func:`staged`. ``file(target)`` and ``folder(target)`` hand out the
    temporary path to write to; nothing is visible at the targets until every output is
    complete, and a failure anywhere leaves every target as it was.
    """

    def __init__(self) -> None:
        self.outputs: list[_Output] = []
        self.committed = False
        self._verified = False
        self._aside: list[tuple[Path, Path]] = []  # (set-aside name, its target)

    # what the writers call
    def file(self, target: str | os.PathLike[str], *, check: Check | None = None,
             make_folder: bool = False, may_replace_session: bool = False) -> Path:
        """A temporary path to write ``target``'s content to (not created here)."""
        target = Path(target)
        if may_replace_session:
            owner = session_of_sidecar(target)
            if owner is not None:
                refuse_session_target(target, action="an import")
        else:
            refuse_session_target(target)
        if target.is_dir():
            raise ExportError(f"{target}: is a folder; give a file name.")
        self._folder_ready(target, make_folder)
        clean_leftovers(target)
        out = _Output(target, temp_sibling(target), check=check)
        self.outputs.append(out)
        return out.temp

    def folder(self, target: str | os.PathLike[str], *, replace: bool,
               make_folder: bool = False) -> Path:
        """A new empty temporary folder whose content becomes ``target``'s.

        ``replace``: the folder is swapped whole (the research bundle); otherwise its files
        are added to an existing ``target``, replacing files of the same name.
        """
        target = Path(target)
        refuse_session_target(target)
        if target.exists() and not target.is_dir():
            raise ExportError(f"{target}: is a file; this format writes a folder of files.")
        refuse_session_folder(target, deep=replace)
        self._folder_ready(target, make_folder)
        clean_leftovers(target)
        out = _Output(target, temp_sibling(target), folder=True, replace=replace)
        self.outputs.append(out)
        try:
            os.mkdir(out.temp)
        except OSError as exc:
            raise WriteError(target, os_reason(exc, target.parent)) from None
        return out.temp

    @staticmethod
    def _folder_ready(target: Path, make: bool) -> None:
        if make and not target.parent.exists():
            try:
                target.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise WriteError(target, os_reason(exc, target.parent)) from None
        if not target.parent.is_dir():
            raise ExportError(f"{target}: the folder {target.parent} does not exist.")

    # finishing
    def verify(self) -> None:
        """Flush every temporary file to the disk and check it is complete."""
        if self._verified:
            return
        for out in self.outputs:
            if out.folder:
                self._verify_folder(out)
                continue
            if not out.temp.is_file():
                raise WriteError(out.target, write_trouble(out.target.parent,
                                                           "the writer made no file"))
            self._verify_one(out.temp, out.target, out.check)
        self._verified = True

    @staticmethod
    def _verify_one(temp: Path, target: Path, check: Check | None) -> None:
        try:
            _fsync(temp)
        except OSError as exc:
            raise WriteError(target, os_reason(exc, target.parent)) from None
        problem = problem_of(temp, target, check)
        if problem:
            size = temp.stat().st_size if temp.exists() else None
            raise WriteError(target, write_trouble(target.parent, problem, size))

    def _verify_folder(self, out: _Output) -> None:
        for root, _dirs, files in os.walk(out.temp):
            for name in files:
                temp = Path(root, name)
                self._verify_one(temp, out.target / temp.relative_to(out.temp), None)
            try:
                _fsync(Path(root), directory=True)
            except OSError as exc:
                raise WriteError(out.target, os_reason(exc, out.target.parent)) from None

    def commit(self) -> None:
        """Verify, then put every output in place; on failure undo what was placed."""
        if self.committed:
            return
        self.verify()
        undo: list[Callable[[], None]] = []
        current = self.outputs[0].target if self.outputs else Path()
        try:
            for out in self.outputs:
                current = out.target
                if out.folder and (out.replace or not os.path.lexists(out.target)):
                    self._place_folder(out, undo)
                elif out.folder:
                    for temp in sorted(out.temp.iterdir()):
                        self._place_file(temp, out.target / temp.name, undo, alone=False)
                else:
                    self._place_file(out.temp, out.target, undo, alone=len(self.outputs) == 1)
        except BaseException as exc:
            for step in reversed(undo):
                try:
                    step()
                except OSError:
                    continue  # the rest of the undo still runs; leftovers are cleaned later
            self._drop_spare_links()
            if isinstance(exc, OSError) and not isinstance(exc, WriteError):
                raise WriteError(current, os_reason(exc, current.parent)) from None
            raise
        self.committed = True
        self._tidy()

    def _place_file(self, temp: Path, target: Path, undo: list[Callable[[], None]],
                    alone: bool) -> None:
        if alone or not os.path.lexists(target):
            os.replace(temp, target)  # one atomic step: the old file or the new one
            if not alone:
                undo.append(lambda: target.unlink(missing_ok=True))
            return
        old = temp_sibling(target, "old")
        self._aside.append((old, target))
        try:
            os.link(target, old, follow_symlinks=False)  # the old file stays in place too
        except (OSError, NotImplementedError):
            os.replace(target, old)  # no hard links here: set it aside for a moment
            undo.append(lambda: os.replace(old, target))
            os.replace(temp, target)
            return
        os.replace(temp, target)
        undo.append(lambda: os.replace(old, target))

    def _place_folder(self, out: _Output, undo: list[Callable[[], None]]) -> None:
        target, temp = out.target, out.temp
        old: Path | None = None
        if os.path.lexists(target):
            old = temp_sibling(target, "old")
            os.replace(target, old)
            self._aside.append((old, target))
            undo.append(lambda: os.replace(old, target))  # type: ignore[arg-type]
        os.replace(temp, target)
        undo.append(lambda: os.replace(target, temp))

    def _drop_spare_links(self) -> None:
        """After an undo: a hard link to a file that is back in place is only a spare name."""
        for old, target in self._aside:
            try:
                if os.path.lexists(old) and os.path.samefile(old, target):
                    os.unlink(old)
            except OSError:
                continue  # left for the next write to this target to clean

    def _tidy(self) -> None:
        """After a commit: drop the replaced files and flush the folders' new entries."""
        for old, _target in self._aside:
            try:
                _remove(old)
            except OSError:
                continue  # a leftover .old: the next write to this target removes it
        folders = {o.target.parent for o in self.outputs} | {o.target for o in self.outputs if o.folder}
        for out in self.outputs:
            if out.folder and out.temp.is_dir():
                shutil.rmtree(out.temp, ignore_errors=True)  # emptied by adding its files
        for folder in folders:
            try:
                _fsync(folder, directory=True)
            except OSError:
                continue  # the rename happened; flushing the folder entry is best effort

    def discard(self) -> None:
        """Remove every temporary file and folder (and a database's sidecars beside them)."""
        for out in self.outputs:
            try:
                siblings = [p for p in out.temp.parent.iterdir() if p.name.startswith(out.temp.name)]
            except OSError:
                siblings = [out.temp]
            for p in siblings:
                try:
                    _remove(p)
                except OSError:
                    continue  # left for the next write to this target to clean

    def target_of(self, exc: BaseException) -> Path:
        """The output an error was about (by the file it names), else the last one started."""
        name = getattr(exc, "filename", None)
        if name:
            p = Path(str(name))
            for out in self.outputs:
                if p == out.target or p == out.temp:
                    return out.target
                if out.temp in p.parents:  # a file of a folder output: name that file
                    return out.target / p.relative_to(out.temp)
        last = self.outputs[-1]
        if last.folder:  # a failed write() names no file: the one written last was it
            newest = _newest_file(last.temp)
            if newest is not None:
                return last.target / newest.relative_to(last.temp)
        return last.target


def _about_temp(exc: BaseException, outs: Outputs) -> str | None:
    """What a store error said about one of our temporary files (which the user never
    chose and must not see), without its name; None for any other error."""

    if not isinstance(exc, SessionFileError):
        return None
    text = str(exc)
    for out in outs.outputs:
        for name in (f"{out.temp}: ", f"{out.temp}"):
            if name in text:
                return text.replace(name, "", 1).strip().rstrip(".") or None
    return None


def _newest_file(folder: Path) -> Path | None:
    newest: tuple[int, int, str] | None = None
    for root, _dirs, files in os.walk(folder):
        for name in files:
            try:
                st = os.stat(os.path.join(root, name))
            except OSError:
                continue
            key = (st.st_mtime_ns, st.st_size, os.path.join(root, name))
            newest = key if newest is None or key > newest else newest
    return Path(newest[2]) if newest else None


@contextmanager
def staged() -> Iterator[Outputs]:
    """Write outputs through an :class:`Outputs`; they are committed when the block ends.

    OSError and SQLite errors become a :class:`WriteError` naming the target; every
    temporary file is removed whatever happens.
    """
    outs = Outputs()
    try:
        yield outs
        outs.commit()
    except BaseException as exc:
        target = outs.target_of(exc) if outs.outputs else None
        outs.discard()
        if target is None:
            raise
        if isinstance(exc, OSError) and not isinstance(exc, WriteError):
            raise WriteError(target, os_reason(exc, target.parent)) from None
        if isinstance(exc, sqlite3.Error):
            raise WriteError(target, write_trouble(target.parent, str(exc))) from None
        said = _about_temp(exc, outs)
        if said is not None:  # e.g. the store could not create the temporary session
            raise WriteError(target, write_trouble(target.parent, said)) from None
        raise


@contextmanager
def atomic_file(target: str | os.PathLike[str], *, check: Check | None = None,
                make_folder: bool = False) -> Iterator[Path]:
    """One file: yields the temporary path to write; it becomes ``target`` if complete."""
    with staged() as outs:
        yield outs.file(target, check=check, make_folder=make_folder)


@contextmanager
def atomic_folder(target: str | os.PathLike[str], *, replace: bool) -> Iterator[Path]:
    """One folder: yields an empty temporary folder; see :meth:`Outputs.folder`."""
    with staged() as outs:
        yield outs.folder(target, replace=replace)


# -- sessions -----------------------------------------------------------------------------
def write_session(build: Callable[[Path], object], target: str | os.PathLike[str], *,
                  back_up: bool = True) -> Path | None:
    """Make a session with ``build(temp_path)`` and put it at ``target``, checked and whole.

    A session already at ``target`` that is open for editing is never replaced: its window
    would go on "saving" into a file nobody can open again. Any other session there is first
    backed up (with ``back_up``) where File > Restore from backup finds it, and its sidecars
    are removed with it, so they cannot be replayed onto the new file. Returns that backup.
    """
    target = Path(target)
    existing = is_session_file(target)
    if existing:
        _refuse_if_open(target)
    with staged() as outs:
        temp = outs.file(target, may_replace_session=True)
        build(temp)
        outs.verify()
        if not existing:
            outs.commit()
            return None

        try:
            with SessionLock(target):  # no editor can open the old file while it is replaced
                backup = _back_up(target) if back_up else None
                _drop_sidecars(target)
                outs.commit()
        except SessionLockedError as exc:
            raise _open_elsewhere(target, exc.holder) from None
        except SessionFileError as exc:
            raise WriteError(target, str(exc).replace(f"{target}: ", "", 1).rstrip(".")) from None
    return backup


def _open_elsewhere(target: Path, holder: object) -> SessionInTheWay:
    who = f" ({holder.describe()})" if hasattr(holder, "describe") else ""
    return SessionInTheWay(f"{target}: is open for editing{who}; close it there first or choose "
                           "a new file name (nothing was replaced).")


def _refuse_if_open(target: Path) -> None:

    if is_locked(target):
        raise _open_elsewhere(target, read_holder(target))


def _back_up(target: Path) -> Path:
    """A backup of the session about to be replaced, WAL included, in the app's backup folder."""

    try:
        conn = sqlite3.connect(target, isolation_level=None)
        try:
            return write_backup(conn, target, reason="before-import")
        finally:
            conn.close()
    except (sqlite3.Error, OSError) as exc:
        reason = os_reason(exc, target.parent) if isinstance(exc, OSError) else str(exc)
        raise SessionInTheWay(f"{target}: the session there could not be backed up ({reason}), "
                              "so it was not replaced; move it away or choose a new file name.") from None


def _drop_sidecars(target: Path) -> None:
    """The old file's journal files: left beside the new file, SQLite would replay them onto it."""
    for side in ("-wal", "-shm", "-journal"):
        Path(f"{target}{side}").unlink(missing_ok=True)


__all__ = ["Outputs", "staged", "atomic_file", "atomic_folder", "clean_leftovers",
           "temp_sibling", "write_session", "STALE_AFTER_S"]
