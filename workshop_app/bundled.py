"""Where the bundled demo sessions and resources live, and how users get their own copy.

In a source or editable checkout the folders sit beside the package (``<repo>/sessions``,
``<repo>/resources``); an installed wheel carries them inside the package as
``workshop_app/_bundled/...`` (see ``pyproject.toml``). Demos are always copied before use so
that nobody edits, and slowly ruins, the shipped file. Opening a demo again reuses a copy
that nobody has edited yet, so repeated (or failed) starts do not fill the documents folder
with ``iskandar-2``, ``iskandar-3`` ...; a copy somebody edited is never reused nor
overwritten, and the next start gets a fresh copy beside it. No Qt here: the CLI's
headless paths use this module too.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from .session import Session
from .store import SUFFIX, SessionFileError

_PACKAGE_DIR = Path(__file__).resolve().parent
_INSTALLED_DIR = _PACKAGE_DIR / "_bundled"
_CHECKOUT_DIR = _PACKAGE_DIR.parent

# Order matters: it is the order the "Open demo" menu and ``--help`` list them in.
DEMO_NAMES: tuple[str, ...] = ("iskandar", "turin", "antwerp", "darmstadt", "london")

USER_FOLDER_NAME = "Assemblage Workshop"


def _bundled(name: str) -> Path:
    """The installed copy if there is one, else the checkout's folder (which may be missing)."""
    installed = _INSTALLED_DIR / name
    if installed.is_dir():
        return installed
    return _CHECKOUT_DIR / name


def sessions_dir() -> Path:
    """The folder holding the bundled demo ``.workshop`` files."""
    return _bundled("sessions")


def resources_dir() -> Path:
    """The folder holding bundled resources (case files, ...)."""
    return _bundled("resources")


def demo_names() -> list[str]:
    """The demo sessions in their presentation order."""
    return list(DEMO_NAMES)


def demo_path(name: str) -> Path:
    """The bundled (read-only in spirit) file of one demo; raises ``ValueError`` if unknown."""
    key = name.strip().lower()
    if key.endswith(SUFFIX):
        key = key[: -len(SUFFIX)]
    if key not in DEMO_NAMES:
        raise ValueError(f"Unknown demo {name!r}; choose one of: {', '.join(DEMO_NAMES)}.")
    path = sessions_dir() / f"{key}{SUFFIX}"
    if not path.is_file():
        raise FileNotFoundError(f"{path}: the bundled demo session is missing from this install.")
    return path


def user_folder() -> Path:
    """The user's own folder for sessions (created on demand)."""
    from platformdirs import user_documents_dir

    return Path(user_documents_dir()) / USER_FOLDER_NAME


def _free_name(folder: Path, stem: str) -> Path:
    candidate = folder / f"{stem}{SUFFIX}"
    n = 1
    while candidate.exists():
        n += 1
        candidate = folder / f"{stem}-{n}{SUFFIX}"
    return candidate


def _copies(folder: Path, stem: str) -> list[Path]:
    """The demo's earlier copies in ``folder``: ``<demo>.workshop``, ``<demo>-2.workshop`` ..."""
    found = []
    for path in folder.glob(f"{stem}*{SUFFIX}"):
        rest = path.name[len(stem):-len(SUFFIX)]
        if rest == "" or (rest.startswith("-") and rest[1:].isdigit()):
            found.append((int(rest[1:]) if rest else 1, path))
    return [path for _, path in sorted(found)]


def unedited(copy: Path, src: Path) -> bool:
    """Whether ``copy`` still holds exactly the demo: the same edit log as the shipped file.

    Every edit is logged (undo too), so an equal log means nobody changed anything; a copy
    that cannot be read counts as edited, so it is left alone.
    """
    try:
        with Session.open(copy, read_only=True) as mine, Session.open(src, read_only=True) as shipped:
            return mine.events() == shipped.events()
    except (SessionFileError, OSError):
        return False


def copy_demo(name: str, dest_dir: Path | None = None, *, reuse: bool = True) -> Path:
    """The user's copy of a demo in ``dest_dir`` (default: the user's folder).

    With ``reuse`` an earlier copy nobody has edited is returned as it is; otherwise a new
    copy is made, named ``<demo>.workshop``, ``<demo>-2.workshop``, ... without overwriting
    anything. Exclusive creation makes the choice of name safe even if two windows copy the
    same demo at once.
    """
    src = demo_path(name)
    folder = Path(dest_dir) if dest_dir is not None else user_folder()
    folder.mkdir(parents=True, exist_ok=True)
    if reuse:
        for earlier in _copies(folder, src.stem):
            if unedited(earlier, src):
                return earlier
    with open(src, "rb") as fin:
        while True:
            dest = _free_name(folder, src.stem)
            try:
                fout = open(dest, "xb")
            except FileExistsError:
                continue  # somebody took the name between the check and the open; next one
            try:
                with fout:
                    shutil.copyfileobj(fin, fout)
            except BaseException:
                # A half-written copy would look like a damaged session: remove our own file.
                dest.unlink(missing_ok=True)
                raise
            return dest


__all__ = [
    "DEMO_NAMES",
    "sessions_dir",
    "resources_dir",
    "demo_names",
    "demo_path",
    "user_folder",
    "copy_demo",
    "unedited",
]
