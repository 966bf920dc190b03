"""The GUI side of keeping data safe: opening a file someone else is editing asks first and
opens read-only; a bad file gets a dialog and stays as it was; the restore dialog lists the
backups and puts the chosen one back after backing up the current file."""

from __future__ import annotations

import hashlib
import random
import shutil
import sqlite3
from pathlib import Path
from typing import Any, Callable, Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton

from workshop_app import Session, bundled
from workshop_app.store.backups import BackupKeeper, list_backups
from workshop_app.ui.dialogs import restore as restore_mod
from workshop_app.ui.dialogs.open_session import READ_ONLY_BUTTON, open_session
from workshop_app.ui.dialogs.restore import RestoreDialog, run_restore


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    d = tmp_path / "app-data"
    monkeypatch.setenv("WORKSHOP_APP_DATA_DIR", str(d))
    return d


@pytest.fixture
def demo(tmp_path: Path) -> Path:
    folder = tmp_path / "workshops"
    folder.mkdir()
    target = folder / "darmstadt.workshop"
    shutil.copy(bundled.demo_path("darmstadt"), target)
    return target


def _folder_state(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def _answer_modal(qtbot: Any, act: Callable[[QMessageBox], None], seen: list[str]) -> None:
    """Act on the next modal message box as a user would, once it is on screen."""

    def attempt() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, attempt)
            return
        seen.append(f"{box.windowTitle()}|{box.text()}|{box.informativeText()}")
        act(box)

    QTimer.singleShot(0, attempt)


def _click(text: str) -> Callable[[QMessageBox], None]:
    def act(box: QMessageBox) -> None:
        button = next(b for b in box.buttons() if b.text().replace("&", "") == text)
        assert isinstance(button, QPushButton)
        button.click()

    return act


@pytest.fixture
def editor(demo: Path) -> Iterator[Session]:
    s = Session.open(demo)
    yield s
    s.close()


def test_a_file_open_elsewhere_is_offered_read_only(qtbot: Any, demo: Path, editor: Session) -> None:
    seen: list[str] = []
    _answer_modal(qtbot, _click(READ_ONLY_BUTTON), seen)
    second = open_session(None, demo)
    assert second is not None
    try:
        assert second.read_only
        assert [a.name for a in second.actors] == [a.name for a in editor.actors]
    finally:
        second.close()
    assert len(seen) == 1
    title, text, more = seen[0].split("|")
    assert title == "Session already open"
    assert "darmstadt.workshop" in text and "already open for editing" in text
    assert "read-only" in more and "pid" in more


def test_cancel_opens_nothing_and_changes_nothing(qtbot: Any, demo: Path, editor: Session) -> None:
    before = _folder_state(demo.parent)
    seen: list[str] = []
    _answer_modal(qtbot, _click("Cancel"), seen)
    assert open_session(None, demo) is None
    assert len(seen) == 1
    assert _folder_state(demo.parent) == before


def test_a_free_file_opens_for_editing_without_asking(qtbot: Any, demo: Path) -> None:
    s = open_session(None, demo)
    assert s is not None and not s.read_only
    s.close()


# -- bad files ----------------------------------------------------------------------------
def _truncated(p: Path) -> None:
    p.write_bytes(p.read_bytes()[:3000])


def _damaged_inside(p: Path) -> None:
    data = bytearray(p.read_bytes())
    for page in range(3, 15, 2):
        data[page * 4096: (page + 1) * 4096] = b"\x5a" * 4096
    p.write_bytes(bytes(data))


def _foreign(p: Path) -> None:
    p.unlink()
    conn = sqlite3.connect(p)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, caption TEXT)")
    conn.commit()
    conn.close()


def _newer(p: Path) -> None:
    conn = sqlite3.connect(p)
    conn.execute("PRAGMA user_version=99")
    conn.commit()
    conn.close()


def _read_only(p: Path) -> None:
    p.chmod(0o444)


BAD: dict[str, tuple[Callable[[Path], None], str]] = {
    "empty": (lambda p: p.write_bytes(b""), "empty"),
    "random bytes": (lambda p: p.write_bytes(random.Random(3).randbytes(4000)), "not a workshop session"),
    "truncated": (_truncated, "truncated"),
    "damaged inside": (_damaged_inside, "damaged"),
    "another program's database": (_foreign, "another program"),
    "newer version": (_newer, "newer version"),
    "read-only file": (_read_only, "read-only"),
    "missing folder": (lambda p: None, "no such file"),
}


@pytest.mark.parametrize("case", list(BAD))
def test_a_bad_file_gets_a_dialog_and_stays_as_it_was(
    qtbot: Any, demo: Path, case: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    make, reason = BAD[case]
    target = demo.parent / "nowhere" / demo.name if case == "missing folder" else demo
    make(target)
    before = _folder_state(demo.parent)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "critical",
                        lambda parent, title, text, *a, **k: shown.append((title, text)))
    try:
        assert open_session(None, target) is None
        assert len(shown) == 1
        title, text = shown[0]
        assert title == "Cannot open session"
        assert target.name in text and reason in text
        assert _folder_state(demo.parent) == before
        assert not (demo.parent / "nowhere").exists()
    finally:
        demo.chmod(0o644)


# -- restore ------------------------------------------------------------------------------
@pytest.fixture
def with_backups(demo: Path) -> Path:
    """Darmstadt with three backups: as opened, then two later states while editing."""
    now = [0.0]
    with Session.open(demo) as s:
        s.backups = BackupKeeper(demo, interval=60, clock=lambda: now[0])
        for name in ("Citizens' panel", "Regional utility"):
            now[0] += 61
            s.add_actor(name)
        s.add_actor("Not in any backup")
    return demo


def test_the_restore_dialog_lists_backups_newest_first(qtbot: Any, with_backups: Path) -> None:
    dlg = RestoreDialog(None, with_backups)
    qtbot.addWidget(dlg)
    dlg.show()
    found = list_backups(with_backups)
    assert dlg.table.rowCount() == len(found) == 3
    cells = [[dlg.table.item(r, c).text() for c in range(5)] for r in range(3)]
    assert [row[2] for row in cells] == [str(b.actors) for b in found]
    assert found[0].actors == found[2].actors + 2
    assert [row[1] for row in cells] == ["while editing", "while editing", "when the session was opened"]
    assert all(row[0].startswith("Today ") for row in cells)
    assert dlg.restore_button.isEnabled() and dlg.chosen() == found[0]
    dlg.table.selectRow(2)
    assert dlg.chosen() == found[2]


def test_the_restore_dialog_says_when_there_is_nothing_to_restore(qtbot: Any, demo: Path) -> None:
    dlg = RestoreDialog(None, demo)
    qtbot.addWidget(dlg)
    dlg.show()
    assert not dlg.table.isVisible() and dlg.empty.isVisible()
    assert "no backups" in dlg.empty.text()
    assert not dlg.restore_button.isEnabled() and dlg.chosen() is None


def _choose_row(monkeypatch: pytest.MonkeyPatch, row: int | None) -> None:
    def fake_exec(self: RestoreDialog) -> int:
        if row is None:
            return QDialog.DialogCode.Rejected
        self.table.selectRow(row)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RestoreDialog, "exec", fake_exec)


def test_restoring_reopens_the_chosen_backup_and_keeps_the_replaced_version(
    qtbot: Any, with_backups: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session = Session.open(with_backups)  # backs up the file as opened: a fourth backup
    current = [a.name for a in session.actors]
    found = list_backups(with_backups)
    assert [b.reason for b in found][0] == "opened" and len(found) == 4
    oldest = found[-1]
    _choose_row(monkeypatch, 3)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda parent, title, text, *a, **k:
                        asked.append(text) or QMessageBox.StandardButton.Yes)
    restored = run_restore(None, session)
    assert restored is not None and restored is not session and not restored.read_only
    try:
        assert len(restored.actors) == oldest.actors == len(current) - 3
        assert "Not in any backup" not in [a.name for a in restored.actors]
        assert "backed up first" in asked[0] and f"({oldest.actors} actors" in asked[0]
        replaced = next(b for b in list_backups(with_backups) if b.reason == "before-restore")
        with Session.open(replaced.path, read_only=True) as kept:
            assert [a.name for a in kept.actors] == current
    finally:
        restored.close()


@pytest.mark.parametrize("answer", ["cancel dialog", "say no"])
def test_backing_out_of_a_restore_keeps_the_session_open(
    qtbot: Any, with_backups: Path, monkeypatch: pytest.MonkeyPatch, answer: str
) -> None:
    _choose_row(monkeypatch, None if answer == "cancel dialog" else 1)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.No)
    with Session.open(with_backups) as session:
        before = len(session.actors)
        assert run_restore(None, session) is None
        session.add_actor("Still editing")  # the session was never closed
        assert len(session.actors) == before + 1


def test_a_read_only_window_cannot_restore_under_the_editor(
    qtbot: Any, with_backups: Path, editor: Session, monkeypatch: pytest.MonkeyPatch
) -> None:
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k:
                        warned.append(text))
    monkeypatch.setattr(restore_mod.RestoreDialog, "exec",
                        lambda self: pytest.fail("the dialog must not open"))
    looker = Session.open(with_backups, read_only=True)
    assert run_restore(None, looker) is None
    assert "open for editing in another window" in warned[0]
    assert len(looker.actors) == len(editor.actors)
    looker.close()


def test_a_window_can_swap_in_the_restored_session(
    qtbot: Any, window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The wiring the main window uses: run_restore, then set_session on what it returns."""
    opened = list_backups(window.session.path)
    assert [b.reason for b in opened] == ["opened"]
    window.session.add_actor("Added after opening")
    _choose_row(monkeypatch, 0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    restored = run_restore(window, window.session)
    assert restored is not None
    window.set_session(restored)
    assert window.session is restored and not restored.read_only
    assert len(window.scene.actor_items) == opened[0].actors
    assert "[read-only]" not in window.windowTitle()
    window.session.add_actor("Editing goes on")  # the restored file takes edits
