"""Before Qt starts on Linux: are the libraries its X11 (xcb) window plugin loads installed?

Without them Qt prints a paragraph ending in "Reinstalling the application may fix this
problem" and aborts (exit 134), naming at best one library. This check runs first and
turns the same situation into one line that names every missing library and the command
that installs them, so a fresh desktop gets from failure to a window in one step.

Qt-free and cheap: it asks the dynamic loader for each library (``ctypes``) and only when the
platform will be xcb (an X display, no Wayland session, ``QT_QPA_PLATFORM`` unset or xcb).
"""

from __future__ import annotations

import ctypes
import os
import shutil
import sys
from typing import Callable, Mapping

# The libraries Qt's xcb platform plugin (libqxcb.so and libQt6XcbQpa.so) loads from the
# system, as ``ldd`` lists them for PySide6 6.x, and the Debian/Ubuntu package of each.
XCB_LIBRARIES: dict[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
}


def _loads(soname: str) -> bool:
    """Whether the dynamic loader finds ``soname`` (and what it needs) on this system."""
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def uses_xcb(env: Mapping[str, str], platform: str | None = None) -> bool:
    """Whether Qt will pick its xcb plugin: Linux, an X display, no Wayland, no other choice."""
    if not (platform or sys.platform).startswith("linux"):
        return False
    chosen = env.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        return chosen.split(":", 1)[0].split(";", 1)[0] == "xcb"
    return bool(env.get("DISPLAY")) and not env.get("WAYLAND_DISPLAY")


def missing_libraries(loads: Callable[[str], bool] | None = None) -> list[str]:
    """The xcb plugin's libraries the loader cannot find, in ``XCB_LIBRARIES`` order."""
    found = loads or _loads
    return [name for name in XCB_LIBRARIES if not found(name)]


def install_command(libraries: list[str]) -> str:
    """The apt command that installs the packages holding ``libraries``."""
    packages = sorted({XCB_LIBRARIES[name] for name in libraries})
    return "sudo apt install " + " ".join(packages)


def problem(env: Mapping[str, str] | None = None, loads: Callable[[str], bool] | None = None,
            platform: str | None = None) -> str | None:
    """One line saying which libraries are missing and how to install them, or None."""
    env = os.environ if env is None else env
    if not uses_xcb(env, platform):
        return None
    missing = missing_libraries(loads)
    if not missing:
        return None
    where = "" if shutil.which("apt") or shutil.which("apt-get") else " (on Debian or Ubuntu)"
    names = missing[0] if len(missing) == 1 else ", ".join(missing[:-1]) + " and " + missing[-1]
    one = len(missing) == 1
    return (f"no window can open: Qt's X11 plugin needs {names}, which {'is' if one else 'are'} "
            f"not installed. Install {'it' if one else 'them'}{where} with: "
            f"{install_command(missing)}")


__all__ = ["XCB_LIBRARIES", "uses_xcb", "missing_libraries", "install_command", "problem"]
