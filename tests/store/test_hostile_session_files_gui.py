"""The console window meets hostile session files with a dialog naming the file and the
reason, never a traceback or a crash, and leaves the file as it was; a damaged undo log gets a
dialog when undoing and the session goes on."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from hostile_session_files import CASES, UNDO_CASES, build_base, craft_undo_case  # noqa: E402
from PySide6.QtWidgets import QMessageBox  # noqa: E402

from workshop_app import Session  # noqa: E402

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WORKSHOP_APP_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("WORKSHOP_APP_DATA_DIR", str(tmp_path / "app-data"))


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_base(tmp_path_factory.mktemp("base") / "base.workshop")


@pytest.fixture
def dialogs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical",
                        lambda parent, title, text, *a: shown.append(f"{title}|{text}"))
    return shown


def _digest(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


@pytest.mark.parametrize("case", ["trigger-wipes-actors", "view", "nested-roles", "float-score",
                                  "null-relation-kind", "missing-events-table", "text-position",
                                  "lying-version-old", "score-99", "dangling-relation-end"])
def test_opening_a_hostile_file_shows_a_dialog(
    case: str, base: Path, tmp_path: Path, qtbot: Any, dialogs: list[str]
) -> None:
    from workshop_app.app import open_window

    folder = tmp_path / "files"
    folder.mkdir()
    path = folder / f"{case}.workshop"
    shutil.copyfile(base, path)
    CASES[case][0](path)
    before = _digest(folder)
    assert open_window(path) is None  # no window on a file that cannot be used
    assert len(dialogs) == 1
    title, text = dialogs[0].split("|", 1)
    assert title == "Cannot open session"
    assert str(path) in text and CASES[case][1] in text and "\n" not in text
    assert _digest(folder) == before


@pytest.mark.parametrize("case", ["row-of-wrong-type", "dangling-reference", "not-a-change"])
def test_a_damaged_undo_log_shows_a_dialog_and_the_window_goes_on(
    case: str, base: Path, tmp_path: Path, qtbot: Any, dialogs: list[str]
) -> None:
    from workshop_app.ui.main_window import MainWindow

    path = tmp_path / "undo.workshop"
    shutil.copyfile(base, path)
    craft_undo_case(path, UNDO_CASES[case])
    win = MainWindow(Session.open(path))
    qtbot.addWidget(win)
    win.show()
    names = sorted(a.name for a in win.session.actors)
    win.undo()
    assert len(dialogs) == 1 and dialogs[0].startswith("Could not undo|")
    assert str(path) in dialogs[0]
    assert sorted(a.name for a in win.session.actors) == names
    win.session.add_actor("After the refusal")
    assert "After the refusal" in [a.name for a in win.session.actors]
    win.close()
