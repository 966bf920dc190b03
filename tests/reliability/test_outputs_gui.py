"""In the window: an export over the open session, or a bundle into its folder, is refused
with a dialog that says why; the session and its folder stay as they were, and the window
goes on saving edits."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterator

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from output_helpers import session_bytes, tree  # noqa: E402
from PySide6.QtWidgets import QMessageBox  # noqa: E402

from workshop_app import Session  # noqa: E402
from workshop_app.ui.export_dialog import ExportRequest  # noqa: E402

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[object]:
    from workshop_app.ui.main_window import MainWindow

    monkeypatch.setenv("WORKSHOP_APP_CONFIG_DIR", str(tmp_path / "config"))
    path = tmp_path / "room" / "small.workshop"
    path.parent.mkdir()
    s = Session.create(path, title="Small", default_phases=False)
    s.add_phase("Design", "design")
    s.add_actor("City of Testville", "government", "city", present_in=["Design"])
    s.close()
    win = MainWindow(Session.open(path))
    qtbot.addWidget(win)
    win.show()
    yield win


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    seen: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, title, text, *a: seen.append(f"{title}: {text}"))

    def asked(*args: object) -> QMessageBox.StandardButton:
        seen.append(f"asked: {args[2]}")
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", asked)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: seen.append(f"done: {box.text()}") or 0)
    return seen


def test_bundle_into_the_sessions_folder_is_refused_before_asking(window, said: list[str]) -> None:
    path = window.session.path
    room = path.parent
    before = tree(room)
    window.features["export"].run(ExportRequest("bundle", room))
    assert len(said) == 1 and said[0].startswith("Export refused: Nothing was written.")
    assert "holds the session file small.workshop" in said[0]  # and no "Replace folder?"
    assert tree(room) == before


@pytest.mark.parametrize("fmt", ["gexf", "png"])
def test_export_over_the_open_session_is_refused(window, said: list[str], fmt: str) -> None:
    path = window.session.path
    before = session_bytes(path)
    assert window.features["export"].run(ExportRequest(fmt, path)) == []
    assert len(said) == 1 and said[0].startswith("Export failed: Nothing was written.")
    assert f"{path}: is a workshop session" in said[0]
    assert session_bytes(path) == before
    window.session.add_actor("Added after the refusal")
    with Session.open(path, read_only=True) as again:
        assert "Added after the refusal" in {a.name for a in again.actors}
