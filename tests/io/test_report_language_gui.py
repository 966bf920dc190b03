"""'workshop-app report' and 'export --format html' write in WORKSHOP_APP_LANGUAGE's language
(the maps of the report are drawn with Qt, hence a GUI test)."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from lxml import html as lxml_html

from language_catalogue import german  # noqa: F401  (the fixture)
from report_session import build_report_session
from workshop_app.cli import main


@pytest.fixture
def harbour_file(tmp_path: Path) -> str:
    s = build_report_session(tmp_path / "harbour.workshop")
    s.close()
    return str(tmp_path / "harbour.workshop")


def _headings(path: Path) -> list[str]:
    return [p.text for p in docx.Document(str(path)).paragraphs if p.style.name == "Heading 1"]


def test_the_report_command_writes_german_headings_when_the_environment_asks_for_german(
        harbour_file: str, german: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WORKSHOP_APP_LANGUAGE", "de")
    assert main(["report", harbour_file, "-o", str(tmp_path / "bericht.docx")]) == 0
    assert _headings(tmp_path / "bericht.docx")[0] == "Wer teilgenommen hat"
    assert main(["export", harbour_file, "--format", "html", "-o", str(tmp_path / "seite.html")]) == 0
    page = lxml_html.fromstring((tmp_path / "seite.html").read_bytes())
    assert page.get("lang") == "de" and "Legende" in page.xpath("//h2/text()")


def test_the_report_command_writes_english_when_the_environment_asks_for_english(
        harbour_file: str, german: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("WORKSHOP_APP_LANGUAGE", "en")
    assert main(["report", harbour_file, "-o", str(tmp_path / "report.docx")]) == 0
    assert _headings(tmp_path / "report.docx")[0] == "Who took part"
    assert docx.Document(str(tmp_path / "report.docx")).core_properties.language == "en"
