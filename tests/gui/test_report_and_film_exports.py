"""File ▸ Export workshop report… and the films in File ▸ Export…, in the real window."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from PySide6.QtWidgets import QDialog, QMessageBox

from workshop_app.ui.export_dialog import ExportDialog
from workshop_app.ui.report_dialog import ReportDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def told(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    """What the window would have told the user (result and error boxes)."""
    said: dict[str, list[str]] = {"errors": [], "results": []}
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, title, text, *a: said["errors"].append(f"{title}: {text}"))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: said["results"].append(box.text()) or 0)
    return said


def test_file_menu_has_the_report_entry(window) -> None:
    texts = [a.text().replace("&", "") for a in window.menus["file"].actions()]
    assert "Export workshop report…" in texts
    assert texts.index("Export workshop report…") < texts.index("Quit")


def test_report_dialog_writes_a_word_report(window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                            told: dict[str, list[str]]) -> None:
    seen: list[ReportDialog] = []

    def answer(dlg: ReportDialog) -> int:
        seen.append(dlg)
        assert dlg.path.text().endswith("small-report.docx")  # suggested beside the session
        dlg.path.setText(str(tmp_path / "for-the-city.docx"))
        dlg._accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ReportDialog, "exec", answer)
    window.features["export"].act_report.trigger()
    out = tmp_path / "for-the-city.docx"
    assert told["errors"] == [] and told["results"] == [f"Wrote 1 file to {tmp_path}"]
    headings = [p.text for p in docx.Document(str(out)).paragraphs if p.style.name == "Heading 1"]
    assert "Who took part" in headings and "Open questions" in headings


def test_typing_a_pdf_name_makes_a_pdf(window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                       told: dict[str, list[str]]) -> None:
    def answer(dlg: ReportDialog) -> int:
        dlg.pseudonymize.setChecked(True)
        dlg.path.setText(str(tmp_path / "anon.pdf"))  # the format box still says Word
        dlg._accept()
        assert dlg.fmt() == "pdf"
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ReportDialog, "exec", answer)
    paths = window.features["export"].open_report()
    assert paths == [tmp_path / "anon.pdf"] and paths[0].read_bytes().startswith(b"%PDF")
    assert told["errors"] == []


def test_export_dialog_offers_the_film_with_its_size_and_speed(window, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch,
                                                              told: dict[str, list[str]]) -> None:
    dlg = window.features["export"].make_dialog("gif")
    assert dlg.film_size.isEnabled() and dlg.fps.value() == 10 and not dlg.phase.isEnabled()
    assert dlg.path.text().endswith("small-morph.gif")
    dlg.format.setCurrentIndex(dlg.format.findData("png"))
    assert not dlg.film_size.isEnabled() and not dlg.fps.isEnabled()

    def answer(d: ExportDialog) -> int:
        d.format.setCurrentIndex(d.format.findData("frames"))
        d.film_size.setCurrentText("320x180")
        d.fps.setValue(4)
        d.path.setText(str(tmp_path / "frames"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", answer)
    assert window.features["export"].open_export() == [tmp_path / "frames"]
    pngs = sorted((tmp_path / "frames").glob("frame-*.png"))
    assert len(pngs) == 2 * 8 + 6  # two phases held 2 s and one morph of 1.5 s, at 4 frames a second
    assert told["errors"] == []
