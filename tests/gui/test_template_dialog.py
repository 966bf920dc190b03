"""File ▸ New from template… and Save set-up as template… in the real window."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMessageBox

from workshop_app.io.protocol import protocol_of
from workshop_app.ui.template_dialog import TemplateDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, title, text, *a: said.append(f"{title}: {text}"))
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text, *a: said.append(f"{title}: {text}"))
    return said


def test_file_menu_offers_templates(window) -> None:
    texts = [a.text().replace("&", "") for a in window.menus["file"].actions()]
    assert texts.index("New session…") < texts.index("New from template…") < texts.index("Open…")
    assert "Save set-up as template…" in texts


def test_dialog_lists_the_shipped_templates_and_shows_what_one_sets_up(window, qtbot) -> None:
    dlg = window.features["templates"].make_dialog()
    qtbot.addWidget(dlg)
    names = [dlg.templates.item(i).text() for i in range(dlg.templates.count())]
    assert len(names) == 6 and "Smart-city project" in names
    dlg.templates.setCurrentRow(names.index("Smart-city project"))
    assert "Phases: Design → Pilot → Implementation → Scaling → Maintenance & adoption" in dlg.preview.text()
    assert "On the wall first (P23): What urban problem are we solving" in dlg.preview.text()


def test_new_from_template_makes_the_session_and_opens_it(window, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch, errors: list[str]) -> None:
    target = tmp_path / "harbour-kickoff.workshop"

    def answer(dlg: TemplateDialog) -> int:
        names = [dlg.templates.item(i).text() for i in range(dlg.templates.count())]
        dlg.templates.setCurrentRow(names.index("Smart-city project"))
        dlg.path.setText(str(target))
        dlg.title.setText("Harbour kick-off")
        dlg.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return dlg.result()

    monkeypatch.setattr(TemplateDialog, "exec", answer)
    window.features["templates"].act_new.trigger()
    assert errors == []
    assert window.session.path == target and window.session.title == "Harbour kick-off"
    assert [p.key for p in window.session.phases] == ["design", "piloting", "implementation", "scaling",
                                                      "maintenance"]
    assert protocol_of(window.session.model)["name"] == "Smart-city project"


def test_a_bad_template_file_gets_one_line_and_an_existing_session_is_kept(
        window, qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, errors: list[str]) -> None:
    bad = tmp_path / "colleague.json"
    bad.write_text('{"format": "assemblage-workshop-template", "version": 1, "name": "x", "phases": [{}]}')
    dlg = window.features["templates"].make_dialog()
    qtbot.addWidget(dlg)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bad), ""))
    dlg.open_file()
    assert errors == [f"Cannot use this template: {bad} (at phases[0]): the field 'name' is missing"]
    assert dlg.templates.count() == 6
    dlg.path.setText(str(window.session.path))
    dlg.create()
    assert "already exists" in errors[-1] and dlg.result() != QDialog.DialogCode.Accepted


def test_save_set_up_and_export_a_template_as_plain_json(window, qtbot, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch, errors: list[str]) -> None:
    saved = window.features["templates"].save_as_template(tmp_path / "small.json")
    data = json.loads(saved.read_text(encoding="utf-8"))
    assert [p["name"] for p in data["phases"]] == ["Design", "Pilot"] and data["format"] == "assemblage-workshop-template"
    dlg = window.features["templates"].make_dialog()
    qtbot.addWidget(dlg)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(saved), ""))
    dlg.open_file()
    assert dlg.chosen()["name"] == "Small test workshop"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "shared"), ""))
    out = dlg.export_template()
    assert out == tmp_path / "shared.json" and json.loads(out.read_text(encoding="utf-8")) == data
    assert errors == []
