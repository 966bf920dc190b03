"""File ▸ Export…: the Excel-friendly CSV as a choice of the CSV format (the command line's
``--excel``), and the finished dialog telling what the export left out or changed (the
bundle's notes, e.g. the workbook left out of a session too big for it)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from workshop_app.io import bundle
from workshop_app.ui.export_dialog import ExportDialog

pytestmark = pytest.mark.gui


def _export(window, monkeypatch: pytest.MonkeyPatch, fmt: str, out: Path, excel: bool = False) -> tuple[list[Path], list[str], list[ExportDialog]]:
    """Run File ▸ Export… with the dialog answered; returns the files, what the finished
    dialog said and the export dialog as it was shown."""
    said: list[str] = []
    seen: list[ExportDialog] = []

    def answer(dlg: ExportDialog) -> int:
        seen.append(dlg)
        dlg.format.setCurrentIndex(dlg.format.findData(fmt))
        if excel:
            dlg.excel.setChecked(True)
        dlg.path.setText(str(out))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", answer)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: said.append(box.text() + "\n" + box.informativeText()) or 0)
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, title, text, *a: said.append(f"{title}: {text}"))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    paths = window.features["export"].open_export()
    return paths, said, seen


def test_excel_friendly_csv_is_a_choice_of_the_csv_format(window, tmp_path: Path, monkeypatch) -> None:
    city = window.session.model.actors[0]
    window.session.update_actor(city.id, name="=HYPERLINK(\"http://x\")")
    paths, said, seen = _export(window, monkeypatch, "csv", tmp_path / "tables", excel=True)
    dialog = seen[0]
    assert dialog.excel.isEnabled() and dialog.excel.isChecked()
    actors = next(p for p in paths if p.name == "actors.csv")
    raw = actors.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads it as UTF-8
    assert "'=HYPERLINK" in raw.decode("utf-8-sig")  # shown as text, never run
    for other in ("xlsx", "gexf", "png"):
        dialog.format.setCurrentIndex(dialog.format.findData(other))
        assert not dialog.excel.isEnabled()


def test_plain_csv_keeps_the_text_as_typed(window, tmp_path: Path, monkeypatch) -> None:
    city = window.session.model.actors[0]
    window.session.update_actor(city.id, name="=HYPERLINK(\"http://x\")")
    paths, _said, _seen = _export(window, monkeypatch, "csv", tmp_path / "tables")
    raw = next(p for p in paths if p.name == "actors.csv").read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf") and "'=HYPERLINK" not in raw.decode("utf-8")


def test_the_finished_dialog_tells_what_the_bundle_left_out(window, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(bundle, "XLSX_BUNDLE_MAX_CELLS", 10)  # this small session is "too big"
    paths, said, _seen = _export(window, monkeypatch, "bundle", tmp_path / "research")
    assert paths and "tables.xlsx" not in {p.name for p in paths}
    assert len(said) == 1 and said[0].startswith("Wrote ")
    assert "tables.xlsx left out" in said[0]
