"""Where the bundled demo sessions and resources live, and how users get their own copy.

In a source or editable checkout the folders sit beside the package (``<repo>/sessions``,
``<repo>/resources``); an installed wheel carries them inside the package as
``workshop_app/_bundled/...`` (see ``pyproject.toml``). Demos are always copied before use so
that nobody edits, and slowly ruins, the shipped file. No Qt here: the CLI's headless paths
use this module too.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from .store import SUFFIX

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


def copy_demo(name: str, dest_dir: Path | None = None) -> Path:
    """Copy a demo to ``dest_dir`` (default: the user's folder) without overwriting anything.

    The copy is named ``<demo>.workshop``, ``<demo>-2.workshop``, ... Exclusive creation
    makes the choice of name safe even if two windows copy the same demo at once.
    """
    src = demo_path(name)
    folder = Path(dest_dir) if dest_dir is not None else user_folder()
    folder.mkdir(parents=True, exist_ok=True)
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
]
