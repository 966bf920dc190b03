"""File ▸ Research corpus…: the dialog lists the suggested matches of a corpus, and a
decision made there is written to the corpus with who made it (never to a session)."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from corpus_workshops import CITY, RENAMED, corpus_sessions  # noqa: E402
from workshop_app import Session  # noqa: E402
from workshop_app.research.corpus import build_corpus  # noqa: E402

pytest.importorskip("sqlite_utils")
pytest.importorskip("rapidfuzz")


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, list[Path]]:
    monkeypatch.setenv("WORKSHOP_APP_CONFIG_DIR", str(tmp_path / "config"))
    sessions = corpus_sessions(tmp_path / "workshops")
    out = tmp_path / "corpus.db"
    build_corpus(sessions, out)
    return out, sessions


def shown(dialog: object) -> list[tuple[str, str, str, str]]:
    """(canonical, workshop, actor, status) of every row the table shows."""
    f = dialog.filter  # type: ignore[attr-defined]
    rows = []
    for r in range(f.rowCount()):
        cells = [f.index(r, c).data() for c in range(f.columnCount())]
        rows.append((cells[0], cells[1], cells[2], cells[7]))
    return rows


def test_the_dialog_lists_suggestions_and_accepting_one_writes_a_decision(qtbot, corpus) -> None:
    from workshop_app.ui.dialogs.corpus_dialog import CorpusDialog

    path, sessions = corpus
    before = {p: p.read_bytes() for p in sessions}
    dialog = CorpusDialog(corpus=path)
    qtbot.addWidget(dialog)
    dialog.resize(1366, 768)
    dialog.show()
    qtbot.waitExposed(dialog)

    rows = shown(dialog)
    assert rows and {r[3] for r in rows} == {"suggested"}  # the default view: what waits
    renamed = [r for r in rows if r[2] == RENAMED]
    assert len(renamed) == 1 and renamed[0][1] == "antwerp-2025"
    assert any(r[2] == CITY and r[0] == renamed[0][0] for r in rows)  # suggested together
    assert "suggested" in dialog.where.text() and "7 workshops" in dialog.where.text()
    assert not dialog.accept_button.isEnabled()  # nothing selected yet

    dialog.decider.setText("Dr. Example")
    assert dialog.select_actor("antwerp-2025", RENAMED)
    assert dialog.accept_button.isEnabled()
    qtbot.mouseClick(dialog.accept_button, qtbot_button())

    with sqlite3.connect(path) as conn:
        decided = conn.execute("SELECT actor_name, status, decided_by FROM actor_matches WHERE "
                               "status <> 'suggested'").fetchall()
    assert decided == [(RENAMED, "accepted", "Dr. Example")]
    assert dialog.message.text() == "Accepted: 1 accepted — by Dr. Example."
    assert RENAMED not in [r[2] for r in shown(dialog)]  # it left the waiting list
    dialog.show_box.setCurrentText("Decided")
    assert [(r[2], r[3]) for r in shown(dialog)] == [(RENAMED, "accepted")]
    assert {p: p.read_bytes() for p in sessions} == before


def test_match_to_another_name_and_reject(qtbot, corpus) -> None:
    from workshop_app.ui.dialogs.corpus_dialog import CorpusDialog

    path, _sessions = corpus
    dialog = CorpusDialog(corpus=path)
    qtbot.addWidget(dialog)
    dialog.find.setText("ÀNTWERP (council")  # search folds case and accents
    assert {r[2] for r in shown(dialog)} == {CITY}
    assert dialog.select_actor("antwerp", CITY)
    dialog.match_selected_to("City of Antwerp")
    dialog.find.setText("imec")
    assert {r[2] for r in shown(dialog)} == {"IMEC (research centre)"}
    assert dialog.select_actor("antwerp", "IMEC (research centre)")
    dialog.reject_selected()
    with sqlite3.connect(path) as conn:
        got = conn.execute("SELECT m.actor_name, m.status, c.name FROM actor_matches m JOIN "
                           "canonical_actors c USING (canonical_id) WHERE m.status <> 'suggested' "
                           "ORDER BY m.actor_name").fetchall()
    assert got == [(CITY, "edited", "City of Antwerp"),
                   ("IMEC (research centre)", "rejected", "IMEC (research centre)")]


def test_file_menu_opens_the_dialog_on_the_last_corpus(qtbot, corpus) -> None:
    from workshop_app.ui.main_window import MainWindow

    path, sessions = corpus
    win = MainWindow(Session.open(sessions[-1]))
    qtbot.addWidget(win)
    texts = [a.text().replace("&", "") for a in win.menus["file"].actions()]
    assert "Research corpus…" in texts
    feature = win.features["research_corpus"]
    win.acts["research_corpus"].trigger()
    dialog = feature.dialog
    assert dialog is not None and dialog.isVisible() and dialog.corpus is None
    assert dialog.add_this.isEnabled() is False  # no corpus open yet
    assert dialog.load(path)
    assert dialog.add_this.isEnabled()
    dialog.add_open_session()  # unchanged file: nothing to do, and it says so
    assert "already up to date" in dialog.message.text()
    dialog.close()
    win.acts["research_corpus"].trigger()
    again = feature.dialog
    assert again is not None and again.corpus == path
    win.close()


def qtbot_button():  # the left mouse button, without importing Qt at collection time
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
