"""The mapping step in the window: offered when a source does not fit the vocabulary, with a
preview that follows the choices; what is chosen is what the new session holds."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QDialog, QFileDialog, QMessageBox

from workshop_app import Session
from workshop_app.io.importers import read_foreign
from workshop_app.io.importers.mapping import Mapping, review
from workshop_app.ui.dialogs.import_mapping import ImportMappingDialog
from workshop_app.ui.dialogs.import_report import ImportReportDialog

pytestmark = pytest.mark.gui

SURVEY = "source,target,kind,trust\nCity,Lab,money,6\nLab,NGO,chat,7\nNGO,City,money,n/a\n"


def _survey(tmp_path: Path) -> Path:
    src = tmp_path / "survey.csv"
    src.write_text(SURVEY, encoding="utf-8")
    return src


def _row(dialog: ImportMappingDialog, value: str) -> QComboBox:
    for i in range(dialog.words.rowCount()):
        if dialog.words.item(i, 1).text() == value:
            return dialog.words.cellWidget(i, 3)
    raise AssertionError(f"no row for {value!r}")


def _preview(dialog: ImportMappingDialog) -> dict[str, str]:
    return {dialog.cells.item(i, 1).text(): dialog.cells.item(i, 3).text()
            for i in range(dialog.cells.rowCount())}


def test_the_preview_follows_the_scale_and_the_words_chosen(qtbot, tmp_path: Path) -> None:
    graph = read_foreign(_survey(tmp_path), "csv")
    dialog = ImportMappingDialog(graph, review(graph, Mapping()))
    qtbot.addWidget(dialog)
    assert _preview(dialog) == {"6": "4", "7": "5", "n/a": "left out"}  # judged 1-7
    scale = dialog.scales["trust"]
    scale.setCurrentIndex(scale.findData("1-10"))
    assert _preview(dialog) == {"6": "3", "7": "4", "n/a": "left out"}
    chat = _row(dialog, "chat")
    chat.setCurrentIndex(chat.findData("consultation"))
    chosen = dialog.mapping()
    assert chosen.kinds == {"chat": "consultation"} and chosen.scales["trust"].name == "1-10"
    assert "money" not in chosen.kinds  # what the app maps by itself is not repeated


def test_import_asks_for_the_mapping_and_the_session_holds_it(
        window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = _survey(tmp_path)
    target = tmp_path / "mapped.workshop"
    asked: list[list[str]] = []

    def choose(dialog: ImportMappingDialog) -> int:
        asked.append([dialog.words.item(i, 1).text() for i in range(dialog.words.rowCount())])
        chat = _row(dialog, "chat")
        chat.setCurrentIndex(chat.findData("consultation"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ImportMappingDialog, "exec", choose)
    monkeypatch.setattr(ImportReportDialog, "exec", lambda dlg: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: pytest.fail(f"error dialog: {a}"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(src), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert window.features["export"].import_file() == target
    assert asked and "chat" in asked[0]
    with Session.open(target, read_only=True) as s:
        kinds = {(s.model.tables["actors"][r.source].name, r.kind) for r in s.relations}
        detail = next(x.detail for x in s.model.tables["sources"].values() if x.kind == "imported")
    assert ("Lab", "consultation") in kinds
    assert detail["mapping"]["given"] == {"kinds": {"chat": "consultation"}}
    assert detail["mapping"]["origin"] == "the import dialog"


def test_cancelling_the_mapping_makes_no_session(
        window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = _survey(tmp_path)
    target = tmp_path / "never.workshop"
    monkeypatch.setattr(ImportMappingDialog, "exec", lambda dlg: QDialog.DialogCode.Rejected)
    monkeypatch.setattr(ImportReportDialog, "exec",
                        lambda dlg: pytest.fail("the report comes after the mapping"))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(src), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    before = window.session.path
    assert window.features["export"].import_file() is None
    assert not target.exists() and window.session.path == before


def test_a_source_that_fits_goes_straight_to_the_report(
        window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src = tmp_path / "fits.csv"
    src.write_text("source,target,kind,trust\nCity,Lab,funding,4\n", encoding="utf-8")
    target = tmp_path / "fits.workshop"
    monkeypatch.setattr(ImportMappingDialog, "exec",
                        lambda dlg: pytest.fail("nothing to map, nothing to ask"))
    monkeypatch.setattr(ImportReportDialog, "exec", lambda dlg: QDialog.DialogCode.Accepted)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(src), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert window.features["export"].import_file() == target
