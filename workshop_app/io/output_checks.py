"""Why an output could not be written, in words, and whether a written file is complete.

Writers do not all say when they fail: Qt's PDF and SVG writers drop a failed write without a
word, and a PNG's last block can be lost when the file is closed. So every output is checked
for what its format must end with before it is put in place, and a failure is explained the
way a user can act on it ("not enough disk space on /home (errno 28)"), not "[Errno 28]".
"""

from __future__ import annotations

import errno
import json
import os
import re
import shutil
import zipfile
from pathlib import Path
from typing import Callable
from ..store import SessionFileError, inspect_file

Check = Callable[[Path], "str | None"]  # a reason the file is incomplete, or None


# -- reasons in words ---------------------------------------------------------------------
def mount_of(path: Path) -> Path:
    """The mount point holding ``path`` (what a user sees in a file manager's disk list)."""
    p = Path(os.path.abspath(path))
    while not p.exists() and p != p.parent:
        p = p.parent
    while not os.path.ismount(p) and p != p.parent:
        p = p.parent
    return p


def _size_limit() -> int | None:
    """This process's file-size limit in bytes (``ulimit -f``), if there is one."""
    try:
        import resource
    except ImportError:
        return None
    soft = resource.getrlimit(resource.RLIMIT_FSIZE)[0]
    return None if soft == resource.RLIM_INFINITY else int(soft)


def _words(code: int, folder: Path) -> str | None:
    mount = mount_of(folder)
    limit = _size_limit()
    big = (f"the file reached this process's file-size limit of {limit} bytes" if limit
           else "the file grew larger than this disk or system allows")
    table = {
        errno.ENOSPC: f"not enough disk space on {mount}",
        errno.EFBIG: big,
        errno.EROFS: f"{mount} is read-only",
        errno.EACCES: f"no permission to write in {folder}",
        errno.EPERM: f"no permission to write in {folder}",
        errno.ENOENT: f"the folder {folder} does not exist",
        errno.ENOTDIR: f"part of the path {folder} is a file, not a folder",
        errno.ENAMETOOLONG: "the file name is too long for this disk",
        errno.EIO: f"the disk at {mount} reported an input/output error",
        errno.EISDIR: "a folder of that name is in the way",
    }
    if hasattr(errno, "EDQUOT"):
        table[errno.EDQUOT] = f"the disk quota on {mount} is used up"
    return table.get(code)


def os_reason(exc: OSError, folder: Path) -> str:
    """An OSError in words, with its number for a search engine: "not enough disk space on
    /home (errno 28)" rather than "[Errno 28] No space left on device"."""
    if exc.filename and Path(str(exc.filename)).parent != Path(folder):
        folder = Path(str(exc.filename)).parent  # e.g. a library's file in the temp folder
    if exc.errno is None:
        return str(exc) or type(exc).__name__
    words = _words(exc.errno, Path(folder))
    if words is None:
        text = (exc.strerror or os.strerror(exc.errno)).rstrip(".")
        words = text[:1].lower() + text[1:]
    return f"{words} (errno {exc.errno})"


def write_trouble(folder: Path, fallback: str, size: int | None = None) -> str:
    """Why a writer that only said "failed" (Qt, SQLite) most likely failed: a full disk or
    the file-size limit, else ``fallback``."""
    try:
        if shutil.disk_usage(folder).free < 1 << 20:
            return f"not enough disk space on {mount_of(folder)}"
    except OSError:
        pass  # cannot look: say what the writer said
    limit = _size_limit()
    if limit is not None and (size is None or size >= limit - 65536):
        return f"the file reached this process's file-size limit of {limit} bytes"
    return fallback


# -- completeness checks ------------------------------------------------------------------
def _head_tail(path: Path, n: int = 4096) -> tuple[bytes, bytes, int]:
    with open(path, "rb") as fh:
        head = fh.read(n)
        size = os.fstat(fh.fileno()).st_size
        fh.seek(max(0, size - n))
        return head, fh.read(n), size


def pdf_problem(path: Path) -> str | None:
    """A PDF must end with ``%%EOF`` after a ``startxref`` that points at its xref table."""
    head, tail, size = _head_tail(path)
    if not head.startswith(b"%PDF-"):
        return "the PDF does not start like a PDF"
    m = re.search(rb"startxref\s+(\d+)\s*%%EOF\s*$", tail)
    if m is None:
        return "the PDF is incomplete (it has no end-of-file marker)"
    offset = int(m.group(1))
    with open(path, "rb") as fh:
        fh.seek(min(offset, size))
        at = fh.read(32)
    if not (at.startswith(b"xref") or re.match(rb"\d+\s+\d+\s+obj", at)):
        return "the PDF is incomplete (its cross-reference table is missing)"
    return None


_IEND = b"\x00\x00\x00\x00IEND\xaeB`\x82"


def png_problem(path: Path) -> str | None:
    head, tail, _ = _head_tail(path, 16)
    if not head.startswith(b"\x89PNG\r\n\x1a\n") or not tail.endswith(_IEND):
        return "the PNG is incomplete (it has no end chunk)"
    return None


def _ends_with(tag: bytes, what: str) -> Check:
    def check(path: Path) -> str | None:
        tail = _head_tail(path, 256)[1].rstrip().lower()
        return None if tail.endswith(tag) else f"the {what} is incomplete (it does not end with {tag.decode()})"
    return check


def xlsx_problem(path: Path) -> str | None:
    try:
        with zipfile.ZipFile(path) as z:
            if "[Content_Types].xml" not in z.namelist():
                return "the workbook is incomplete (its table of contents is missing)"
    except (zipfile.BadZipFile, OSError) as exc:
        return f"the workbook is incomplete ({exc})"
    return None


def json_problem(path: Path) -> str | None:
    try:
        json.loads(path.read_text(encoding="utf-8"))
    except (ValueError, OSError) as exc:
        return f"the JSON file is incomplete ({exc})"
    return None


def session_problem(path: Path) -> str | None:

    try:
        inspect_file(path)
    except SessionFileError as exc:
        return str(exc).replace(f"{path}: ", "", 1).rstrip(".")
    return None


CHECKS: dict[str, Check] = {
    ".pdf": pdf_problem, ".png": png_problem, ".svg": _ends_with(b"</svg>", "SVG picture"),
    ".html": _ends_with(b"</html>", "HTML page"), ".htm": _ends_with(b"</html>", "HTML page"),
    ".gexf": _ends_with(b"</gexf>", "GEXF file"), ".graphml": _ends_with(b"</graphml>", "GraphML file"),
    ".xlsx": xlsx_problem, ".json": json_problem, ".workshop": session_problem,
}


def problem_of(temp: Path, target: Path, check: Check | None = None) -> str | None:
    """Why the file written at ``temp`` for ``target`` is not complete, or None."""
    try:
        if temp.stat().st_size == 0:
            return "the file is empty"
        for one in (check, CHECKS.get(target.suffix.lower())):
            problem = one(temp) if one is not None else None
            if problem:
                return problem
    except OSError as exc:
        return os_reason(exc, target.parent)
    return None


__all__ = ["CHECKS", "Check", "mount_of", "os_reason", "pdf_problem", "png_problem",
           "problem_of", "write_trouble", "xlsx_problem"]
