"""File ▸ Export… / Import… in the real window, with the file dialogs answered by the test."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from workshop_app import Session
from workshop_app.ui import export_dialog
from workshop_app.ui.dialogs.import_report import ImportReportDialog
from workshop_app.ui.export_dialog import ExportDialog, ExportRequest

pytestmark = pytest.mark.gui


class Dialogs:
    """Records what the window would have told the user."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.errors: list[str] = []
        self.infos: list[str] = []
        self.results: list[str] = []
        self.opened: list[str] = []
        self.click_open = False
        monkeypatch.setattr(QMessageBox, "critical", lambda _p, title, text, *a: self.errors.append(f"{title}: {text}"))
        monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *a: self.errors.append(f"{title}: {text}"))
        monkeypatch.setattr(QMessageBox, "information", lambda _p, title, text, *a: self.infos.append(f"{title}: {text}"))
        monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
        dialogs = self

        def result_exec(box: QMessageBox) -> int:
            dialogs.results.append(box.text() + "\n" + box.informativeText())
            if dialogs.click_open:
                button = next(b for b in box.buttons() if b.text() == "Open folder")
                monkeypatch.setattr(box, "clickedButton", lambda: button)
            return 0

        monkeypatch.setattr(QMessageBox, "exec", result_exec)
        monkeypatch.setattr(export_dialog.QDesktopServices, "openUrl",
                            staticmethod(lambda url: dialogs.opened.append(url.toLocalFile()) or True))


def _answer_dialog(monkeypatch: pytest.MonkeyPatch, **fields: object) -> list[ExportDialog]:
    """Make ExportDialog.exec fill in ``fields`` and press Export."""
    seen: list[ExportDialog] = []

    def fake_exec(dlg: ExportDialog) -> int:
        seen.append(dlg)
        if "fmt" in fields:
            dlg.format.setCurrentIndex(dlg.format.findData(fields["fmt"]))
        if "phase" in fields:
            dlg.phase.setCurrentIndex(dlg.phase.findData(fields["phase"]))
        if "dpi" in fields:
            dlg.dpi.setValue(int(fields["dpi"]))  # type: ignore[call-overload]
        if "pseudonymize" in fields:
            dlg.pseudonymize.setChecked(bool(fields["pseudonymize"]))
        if "path" in fields:
            dlg.path.setText(str(fields["path"]))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportDialog, "exec", fake_exec)
    return seen


def test_file_menu_offers_export_and_import(window) -> None:
    texts = [a.text().replace("&", "") for a in window.menus["file"].actions()]
    for wanted in ("Export…", "Export snapshot pack (PDF)…", "Export research bundle…", "Import…"):
        assert wanted in texts
    assert texts.index("Import…") < texts.index("Quit")


def test_export_png_of_one_phase_and_open_its_folder(window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dialogs = Dialogs(monkeypatch)
    dialogs.click_open = True
    pilot = window.session.phase("Pilot").id
    _answer_dialog(monkeypatch, fmt="png", phase=pilot, dpi=100, path=tmp_path / "out" / "map.png")
    paths = window.features["export"].open_export()
    assert paths == [tmp_path / "out" / "map.png"] and paths[0].is_file()
    assert dialogs.errors == []
    assert "Wrote 1 file" in dialogs.results[0] and "map.png" in dialogs.results[0]
    assert dialogs.opened == [str(tmp_path / "out")]


def test_pack_menu_entry_preselects_the_pack(window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dialogs = Dialogs(monkeypatch)
    seen = _answer_dialog(monkeypatch, path=tmp_path / "handout.pdf", pseudonymize=True)
    window.features["export"].act_pack.trigger()
    assert seen[0].fmt() == "pack"
    assert not seen[0].dpi.isEnabled()
    out = tmp_path / "handout.pdf"
    assert out.is_file() and out.read_bytes().startswith(b"%PDF")
    assert dialogs.errors == [] and len(dialogs.results) == 1


def test_dialog_suggests_a_file_name_per_format(window) -> None:
    dlg = window.features["export"].make_dialog("html")
    assert dlg.path.text().endswith("small-snapshot.html")
    dlg.format.setCurrentIndex(dlg.format.findData("png"))
    dlg.phase.setCurrentIndex(dlg.phase.findData(window.session.phase("Pilot").id))
    assert dlg.path.text().endswith("small-pilot.png")
    assert dlg.dpi.isEnabled()
    req = dlg.request()
    assert req == ExportRequest("png", Path(dlg.path.text()), window.session.phase("Pilot").id, False, {"dpi": 150})


def test_failed_export_shows_why_and_writes_nothing(window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dialogs = Dialogs(monkeypatch)
    out = tmp_path / "exports"
    out.mkdir()
    blocker = out / "not-a-folder"
    blocker.write_text("a file where a folder should be")
    _answer_dialog(monkeypatch, fmt="html", path=blocker / "snap.html")
    assert window.features["export"].open_export() == []
    assert len(dialogs.errors) == 1 and "Nothing was written" in dialogs.errors[0]
    assert dialogs.results == []
    assert sorted(p.name for p in out.iterdir()) == ["not-a-folder"]


def test_cancelled_export_does_nothing(window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ExportDialog, "exec", lambda dlg: QDialog.DialogCode.Rejected)
    assert window.features["export"].open_export("svg") == []
    assert list(tmp_path.glob("*.svg")) == []


def _importers() -> dict[str, object]:
    found = export_dialog.available_importers()
    if "gexf" not in found:
        pytest.skip("no GEXF importer in this install yet")
    return found


def _answer_report(monkeypatch: pytest.MonkeyPatch, answer: QDialog.DialogCode,
                   target: Path) -> list[str]:
    """Make the import report dialog answer ``answer``; returns what it showed, and checks
    that the new session is not in place while the user reads the report."""
    shown: list[str] = []

    def fake_exec(dlg: ImportReportDialog) -> int:
        assert not target.exists()  # nothing saved before the user chose Import
        shown.append(dlg.windowTitle())
        shown.extend(dlg.skipped.item(i).text() for i in range(dlg.skipped.count()))
        return answer

    monkeypatch.setattr(ImportReportDialog, "exec", fake_exec)
    return shown


def test_import_shows_the_report_then_makes_and_opens_the_session(
        window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _importers()
    dialogs = Dialogs(monkeypatch)
    gexf = tmp_path / "network.gexf"
    gexf.write_text('<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes>'
                    '<node id="c" label="City of Testville"/><node id="u" label="Test University">'
                    '<viz:size xmlns:viz="http://gexf.net/1.3/viz" value="3"/></node></nodes>'
                    '<edges><edge source="c" target="u"/></edges></graph></gexf>')
    target = tmp_path / "imported.workshop"
    shown = _answer_report(monkeypatch, QDialog.DialogCode.Accepted, target)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(gexf), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert window.features["export"].import_file() == target
    assert dialogs.errors == []
    assert window.session.path == target
    assert {a.name for a in window.session.actors} == {"City of Testville", "Test University"}
    assert shown[0] == "Import network.gexf?" and any("viz:size" in line for line in shown)


def test_import_cancelled_at_the_report_makes_no_session(
        window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _importers()
    from workshop_app.formats import EXPORTERS

    dialogs = Dialogs(monkeypatch)
    folder = tmp_path / "import"
    folder.mkdir()
    gexf = folder / "network.gexf"
    EXPORTERS["gexf"](window.session, gexf)
    target = folder / "imported.workshop"
    before = window.session.path
    shown = _answer_report(monkeypatch, QDialog.DialogCode.Rejected, target)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(gexf), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert window.features["export"].import_file() is None
    assert shown and dialogs.errors == []
    assert not target.exists() and window.session.path == before
    assert sorted(p.name for p in folder.iterdir()) == ["network.gexf"]


def test_import_of_a_broken_file_makes_no_session(window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _importers()
    dialogs = Dialogs(monkeypatch)
    broken = tmp_path / "broken.gexf"
    broken.write_text("<gexf><graph><nodes><node id=")
    target = tmp_path / "never.workshop"
    before = window.session.path
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(broken), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert window.features["export"].import_file() is None
    assert len(dialogs.errors) == 1 and "broken.gexf" in dialogs.errors[0]
    assert not target.exists() and window.session.path == before


def test_import_never_replaces_a_session(window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _importers()
    dialogs = Dialogs(monkeypatch)
    source = tmp_path / "network.gexf"
    source.write_text("<gexf/>")
    existing = tmp_path / "existing.workshop"
    Session.create(existing).close()
    before = existing.read_bytes()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(existing), ""))
    assert window.features["export"].import_file() is None
    assert "already exists" in dialogs.errors[0]
    assert existing.read_bytes() == before


def test_unknown_file_kind_is_refused(window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _importers()
    dialogs = Dialogs(monkeypatch)
    odd = tmp_path / "notes.docx"
    odd.write_text("x")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(odd), ""))
    assert window.features["export"].import_file() is None
    assert "the app imports GEXF, GraphML, CSV, XLSX" in dialogs.errors[0]


def test_research_bundle_goes_into_a_new_folder(window, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if "bundle" not in export_dialog.available_exporters():
        pytest.skip("no research bundle in this install yet")
    dialogs = Dialogs(monkeypatch)
    seen = _answer_dialog(monkeypatch, path=tmp_path / "research")
    paths = window.features["export"].open_export("bundle")
    assert seen[0].fmt() == "bundle" and not seen[0].phase.isEnabled()
    assert dialogs.errors == []
    names = {p.name for p in paths}
    assert "codebook.json" in names and all(p.is_file() for p in paths)
    assert all(tmp_path / "research" in p.parents for p in paths)
