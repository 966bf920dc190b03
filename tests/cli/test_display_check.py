"""A first start on a Linux desktop without Qt's X11 libraries: one line that says what to install."""

from __future__ import annotations

from pathlib import Path

import pytest

from workshop_app import cli, display_check

X11 = {"DISPLAY": ":0"}


def _without(*names: str):
    return lambda soname: soname not in names


def test_names_exactly_the_missing_libraries_and_their_packages() -> None:
    line = display_check.problem(X11, _without("libxcb-icccm.so.4", "libxcb-keysyms.so.1"), "linux")
    assert line is not None and "\n" not in line
    assert "libxcb-icccm.so.4 and libxcb-keysyms.so.1" in line
    assert line.endswith("sudo apt install libxcb-icccm4 libxcb-keysyms1")
    assert "libxcb-cursor" not in line  # only what is missing, not a list to guess from
    one = display_check.problem(X11, _without("libxcb-cursor.so.0"), "linux")
    assert one is not None and "needs libxcb-cursor.so.0, which is not" in one
    assert one.endswith("sudo apt install libxcb-cursor0")


def test_every_library_has_a_package() -> None:
    line = display_check.install_command(list(display_check.XCB_LIBRARIES))
    packages = line.removeprefix("sudo apt install ").split()
    assert len(packages) == len(set(display_check.XCB_LIBRARIES.values()))
    assert {"libxkbcommon-x11-0", "libegl1", "libxcb-render-util0"} <= set(packages)


@pytest.mark.parametrize("env, platform", [
    ({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, "linux"),  # Qt picks Wayland
    ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, "linux"),
    ({}, "linux"),  # no display at all: Qt's own message is the right one
    ({"DISPLAY": ":0"}, "darwin"),
    ({"DISPLAY": ":0"}, "win32"),
])
def test_no_check_where_qt_will_not_use_xcb(env: dict[str, str], platform: str) -> None:
    assert display_check.problem(env, _without("libxcb-icccm.so.4"), platform) is None


def test_checked_when_xcb_is_asked_for_by_name() -> None:
    env = {"QT_QPA_PLATFORM": "xcb", "WAYLAND_DISPLAY": "wayland-0"}
    assert display_check.problem(env, _without("libEGL.so.1"), "linux") is not None
    assert display_check.problem(env, lambda _name: True, "linux") is None


def test_the_command_stops_before_qt_and_before_copying_a_demo(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import platformdirs

    monkeypatch.setattr(platformdirs, "user_documents_dir", lambda: str(tmp_path / "Docs"))
    monkeypatch.setattr("sys.platform", "linux")
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setattr(display_check, "_loads", _without("libxcb-keysyms.so.1"))
    assert cli.main(["--demo", "iskandar"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith("workshop-app: error: no window can open")
    assert err.rstrip().endswith("sudo apt install libxcb-keysyms1")
    assert not (tmp_path / "Docs").exists()  # nothing copied for a start that could not happen
