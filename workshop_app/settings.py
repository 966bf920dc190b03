"""User settings: one typed, versioned record, read once, written whole under a lock.

Plain JSON through platformdirs rather than QSettings, so the headless CLI can read the last
session without importing Qt. ``WORKSHOP_APP_CONFIG_DIR`` overrides the folder (tests use it).

The file is read once per process (and again only inside a write, to merge what another
window or process saved meanwhile). Every write goes through :meth:`SettingsStore.change`:
it takes an OS lock on ``settings.lock`` beside the file, reads the file again, applies the
change to what is there and writes the result whole (``io/atomic.py``), so two windows or two
processes never lose each other's keys. A write that cannot take the lock or reach the disk
is kept and tried again with the next one: settings are a convenience, never a reason to
stop a workshop, so a failure is logged and the in-memory settings go on.

A settings file is untrusted input like a session file: every field is checked on its own and
a wrong one falls back to its default; keys this version does not know are kept as they are.
Version 1 is the untyped file of earlier versions (no ``version`` key); version 3 adds the
``language`` (a file without it speaks English, as every earlier version did); version 4 adds
``wall_public_value`` (a file without it keeps the statement off the wall, as before).
"""

from __future__ import annotations

import json
import logging
import os
import sys
import threading
import time
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, Callable, Iterator, Mapping

import platformdirs

from .io.atomic import atomic_file
from .domain.i18n import normalise as language_code
from .io.errors import WriteError

log = logging.getLogger(__name__)

VERSION = 4
MAX_RECENT = 10
MAX_LAYOUTS = 8  # screen setups remembered (a laptop meets a few projectors)
LOCK_WAIT_S = 2.0
FILE_NAME = "settings.json"

Listener = Callable[["Settings", frozenset[str]], None]


def config_dir() -> Path:
    override = os.environ.get("WORKSHOP_APP_CONFIG_DIR")
    return Path(override) if override else Path(platformdirs.user_config_dir("assemblage-workshop"))


# -- the record ------------------------------------------------------------------------------
@dataclass(frozen=True)
class WindowLayout:
    """Where the console window was and how its docks were arranged, on one screen setup.

    ``docks`` is Qt's own ``saveState()`` bytes in hex; Qt checks them when restoring.
    """

    x: int
    y: int
    width: int
    height: int
    maximized: bool = False
    docks: str = ""

    @classmethod
    def from_json(cls, data: Any) -> "WindowLayout | None":
        if not isinstance(data, dict):
            return None
        numbers = [data.get(k) for k in ("x", "y", "width", "height")]
        if not all(type(n) is int for n in numbers) or numbers[2] <= 0 or numbers[3] <= 0:
            return None
        docks = data.get("docks", "")
        if not isinstance(docks, str) or any(c not in "0123456789abcdef" for c in docks):
            docks = ""
        return cls(*numbers, maximized=data.get("maximized") is True, docks=docks)  # type: ignore[arg-type]

    def to_json(self) -> dict[str, Any]:
        return {"x": self.x, "y": self.y, "width": self.width, "height": self.height,
                "maximized": self.maximized, "docks": self.docks}


@dataclass(frozen=True)
class Settings:
    """Everything the app remembers between runs. ``None`` means "not chosen yet"."""

    recent: tuple[str, ...] = ()
    last_session: str | None = None
    live_voting_address: str | None = None
    projector_screen: str | None = None
    projector_label_scale: float | None = None
    animate_phase_changes: bool = True
    show_phase_slider: bool = True
    show_source_levels: bool = True  # sources' levels and classes on the console's map
    wall_source_levels: bool = True  # ... and on the projector (hidden while the room votes, say)
    projector_theme: str | None = None  # the wall's look (style/themes.py); None: standard
    language: str | None = None  # the console's, the exports' and the phones' first language; None: English
    wall_public_value: bool = False  # the intended public value in the presentation's heading
    # screen setup (see ``screen_setup_key``) -> console layout
    layouts: Mapping[str, WindowLayout] = field(default_factory=dict)
    version: int = VERSION
    extra: Mapping[str, Any] = field(default_factory=dict)  # keys of other versions, kept

    def recent_files(self) -> list[Path]:
        return [Path(p) for p in self.recent]

    def layout_for(self, setup: str) -> WindowLayout | None:
        return self.layouts.get(setup)


_FIELDS = {f.name for f in fields(Settings)} - {"version", "extra"}


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value and "\0" not in value else None


def from_json(data: Any) -> Settings:
    """The typed settings from a decoded file of any version; wrong fields get their default."""
    if not isinstance(data, dict):
        return Settings()
    version = data.get("version", 1)
    version = version if type(version) is int and version >= 1 else 1
    recent = data.get("recent", [])
    recent_paths = tuple(dict.fromkeys(p for p in recent if _text(p)))[:MAX_RECENT] \
        if isinstance(recent, list) else ()
    scale = data.get("projector_label_scale")
    layouts_in = data.get("layouts", {})
    layouts: dict[str, WindowLayout] = {}
    if isinstance(layouts_in, dict):
        for key, value in list(layouts_in.items())[-MAX_LAYOUTS:]:
            layout = WindowLayout.from_json(value)
            if layout is not None and _text(key):
                layouts[key] = layout
    return Settings(
        recent=recent_paths,
        last_session=_text(data.get("last_session")),
        live_voting_address=_text(data.get("live_voting_address")),
        projector_screen=_text(data.get("projector_screen")),
        projector_label_scale=float(scale) if type(scale) in (int, float) and 0.25 <= scale <= 8 else None,
        animate_phase_changes=data.get("animate_phase_changes", True) is not False,
        show_phase_slider=data.get("show_phase_slider", True) is not False,
        show_source_levels=data.get("show_source_levels", True) is not False,
        wall_source_levels=data.get("wall_source_levels", True) is not False,
        projector_theme=_text(data.get("projector_theme")),
        language=language_code(_text(data.get("language"))),
        wall_public_value=data.get("wall_public_value", False) is True,
        layouts=layouts,
        version=max(version, VERSION),  # a version-1 file is migrated by reading it
        extra={k: v for k, v in data.items() if k not in _FIELDS and k != "version"},
    )


def to_json(settings: Settings) -> dict[str, Any]:
    data: dict[str, Any] = dict(settings.extra)
    data.update({
        "version": settings.version,
        "recent": list(settings.recent),
        "last_session": settings.last_session,
        "live_voting_address": settings.live_voting_address,
        "projector_screen": settings.projector_screen,
        "projector_label_scale": settings.projector_label_scale,
        "animate_phase_changes": settings.animate_phase_changes,
        "show_phase_slider": settings.show_phase_slider,
        "show_source_levels": settings.show_source_levels,
        "wall_source_levels": settings.wall_source_levels,
        "projector_theme": settings.projector_theme,
        "language": settings.language,
        "wall_public_value": settings.wall_public_value,
        "layouts": {k: v.to_json() for k, v in settings.layouts.items()},
    })
    return data


def changed_fields(old: Settings, new: Settings) -> frozenset[str]:
    return frozenset(f.name for f in fields(Settings) if getattr(old, f.name) != getattr(new, f.name))


# -- the inter-process lock ------------------------------------------------------------------
def _try_lock(fd: int) -> bool:
    try:
        if sys.platform == "win32":
            import msvcrt  # the standard library's Windows half; not there on POSIX

            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            import fcntl  # POSIX only

            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)


class _FileLock:
    """One writer at a time across processes: an OS lock the kernel drops if the holder dies."""

    def __init__(self, path: Path, wait: float = LOCK_WAIT_S) -> None:
        self.path = path
        self.wait = wait
        self._fd: int | None = None

    def __enter__(self) -> "_FileLock":
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        deadline = time.monotonic() + self.wait
        while not _try_lock(fd):
            if time.monotonic() > deadline:
                os.close(fd)
                raise TimeoutError(f"{self.path}: another program held the settings lock for "
                                   f"{self.wait:g} s")
            time.sleep(0.02)
        self._fd = fd
        return self

    def __exit__(self, *exc: Any) -> None:
        fd, self._fd = self._fd, None
        if fd is not None:
            try:
                _unlock(fd)
            finally:
                os.close(fd)


# -- the store -------------------------------------------------------------------------------
class SettingsStore:
    """The settings file of one config folder: read once, written under the lock, observed."""

    def __init__(self, folder: Path) -> None:
        self.path = folder / FILE_NAME
        self.lock_path = folder / "settings.lock"
        self._settings: Settings | None = None
        self._pending: list[Callable[[Settings], Settings]] = []
        self._listeners: list[Listener] = []
        self._mutex = threading.RLock()  # threads of this process: one write at a time

    def _read(self) -> Settings:
        try:
            raw = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return Settings()
        except (OSError, UnicodeDecodeError) as exc:
            log.warning("%s: could not read the settings (%s); using the defaults", self.path, exc)
            return Settings()
        try:
            return from_json(json.loads(raw))
        except (ValueError, RecursionError) as exc:
            log.warning("%s: not valid JSON (%s); using the defaults", self.path, exc)
            return Settings()

    @property
    def current(self) -> Settings:
        """The settings as this process knows them (read from the file the first time)."""
        with self._mutex:
            if self._settings is None:
                self._settings = self._read()
            return self._settings

    def change(self, edit: Callable[[Settings], Settings]) -> Settings:
        """Apply ``edit`` to the settings on disk, under the lock, and write them whole.

        The edit sees what the file holds now (another process may have written since this
        one read it), so each writer changes only its own keys.
        """
        with self._mutex:
            before = self.current
            self._pending.append(edit)
            self._settings = edit(before)  # the app goes on with the change even if the disk fails
            try:
                with _FileLock(self.lock_path):
                    fresh = self._read()
                    for pending in self._pending:
                        fresh = pending(fresh)
                    with atomic_file(self.path, make_folder=True) as tmp:
                        tmp.write_text(json.dumps(to_json(fresh), indent=2, ensure_ascii=False),
                                       encoding="utf-8")
                self._pending.clear()
                self._settings = fresh
            except (OSError, TimeoutError, WriteError) as exc:
                log.warning("settings not saved, tried again with the next change: %s", exc)
            after = self._settings
            listeners = list(self._listeners)
        changed = changed_fields(before, after)
        if changed:
            for listener in listeners:
                listener(after, changed)
        return after

    def set(self, **values: Any) -> Settings:
        """Set some fields (``store.set(projector_screen="HDMI-1")``)."""
        unknown = set(values) - _FIELDS
        if unknown:
            raise TypeError(f"Unknown settings: {', '.join(sorted(unknown))}")
        return self.change(lambda s: replace(s, **values))

    def subscribe(self, listener: Listener) -> None:
        """``listener(settings, changed field names)`` after every change of this process."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)


_STORES: dict[Path, SettingsStore] = {}
_STORES_LOCK = threading.Lock()


def store() -> SettingsStore:
    """The store for the current config folder (one per folder and process)."""
    folder = config_dir()
    with _STORES_LOCK:
        found = _STORES.get(folder)
        if found is None:
            found = _STORES[folder] = SettingsStore(folder)
        return found


def current() -> Settings:
    return store().current


# -- the few things asked for by name --------------------------------------------------------
def recent_files() -> list[Path]:
    return current().recent_files()


def add_recent(path: Path) -> None:
    resolved = str(Path(path).resolve())

    def edit(s: Settings) -> Settings:
        recent = (resolved, *(p for p in s.recent if p != resolved))[:MAX_RECENT]
        return replace(s, recent=recent, last_session=resolved)

    store().change(edit)


def last_session() -> Path | None:
    last = current().last_session
    if last is not None and Path(last).is_file():
        return Path(last)
    return None


def screen_setup_key(sizes: Iterator[tuple[int, int]] | list[tuple[int, int]]) -> str:
    """A name for a set of screens by their sizes ("1280x800+1920x1080"), order-free."""
    return "+".join(sorted(f"{w}x{h}" for w, h in sizes)) or "no screen"


def remember_layout(setup: str, layout: WindowLayout) -> None:
    def edit(s: Settings) -> Settings:
        layouts = {k: v for k, v in s.layouts.items() if k != setup}
        layouts[setup] = layout  # newest last, so the oldest setups are the ones dropped
        return replace(s, layouts=dict(list(layouts.items())[-MAX_LAYOUTS:]))

    store().change(edit)


__all__ = [
    "MAX_RECENT",
    "Settings",
    "SettingsStore",
    "VERSION",
    "WindowLayout",
    "add_recent",
    "config_dir",
    "current",
    "from_json",
    "last_session",
    "recent_files",
    "remember_layout",
    "screen_setup_key",
    "store",
    "to_json",
]
