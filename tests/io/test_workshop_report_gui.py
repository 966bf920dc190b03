"""The workshop report as the commissioners open it: a Word document and a PDF, read back.

Word is read with python-docx (a runtime dependency); the PDF's text with pypdf (the test
extra), so the test needs no poppler.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Iterator

import docx
import pytest

from report_session import NOTE, PROMPT_NOTE, QUOTE, REAL_NAMES, build_report_session
from workshop_app import Session
from workshop_app.cli import main
from workshop_app.formats import REPORT
from workshop_app.io.errors import ExportError
from workshop_app.io.report.content import SECTIONS

pypdf = pytest.importorskip("pypdf", reason="pypdf reads the PDF back (the test extra has it)")
TITLES = [title for _, title in SECTIONS]


@pytest.fixture
def harbour(tmp_path: Path) -> Iterator[Session]:
    s = build_report_session(tmp_path / "harbour.workshop")
    yield s
    s.close()


def _docx_text(path: Path) -> str:
    """Every word of a Word file, paragraphs and table cells."""
    d = docx.Document(str(path))
    words = [p.text for p in d.paragraphs]
    words += [c.text for t in d.tables for row in t.rows for c in row.cells]
    return "\n".join(words)


def _pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in pypdf.PdfReader(str(path)).pages)


def test_word_report_has_every_section_the_people_and_a_map_per_phase(harbour: Session, tmp_path: Path) -> None:
    out = tmp_path / "report.docx"
    assert REPORT(harbour, out) == [out]
    d = docx.Document(str(out))
    assert [p.text for p in d.paragraphs if p.style.name == "Heading 1"] == TITLES
    assert d.paragraphs[0].style.name == "Title" and d.paragraphs[0].text == "Harbour data platform"
    text = _docx_text(out)
    for words in ("City of Portvik", "Ingrid Solberg", "Portvik Council", f"“{QUOTE}”", NOTE, PROMPT_NOTE):
        assert words in text
    assert len(d.inline_shapes) == len(harbour.phases)  # the map of each phase
    assert d.core_properties.author == "" and d.core_properties.title == "Harbour data platform"


def test_pdf_report_has_every_section_and_the_quote(harbour: Session, tmp_path: Path) -> None:
    out = tmp_path / "report.pdf"
    REPORT(harbour, out, date="2026-03-01")
    reader = pypdf.PdfReader(str(out))
    text = _pdf_text(out)
    flat = " ".join(text.split())
    for title in TITLES:
        assert title in flat
    assert QUOTE.replace("'", "’") in flat.replace("'", "’") and "Workshop report · 2026-03-01" in flat
    assert f"Page 1 of {len(reader.pages)}" in flat
    assert reader.metadata.title == "Harbour data platform"


def test_pseudonymised_reports_name_nobody(harbour: Session, tmp_path: Path) -> None:
    word, pdf = tmp_path / "anon.docx", tmp_path / "anon.pdf"
    REPORT(harbour, word, pseudonymize=True)
    REPORT(harbour, pdf, pseudonymize=True)
    with zipfile.ZipFile(word) as z:  # the whole package: body, tables, metadata
        package = "\n".join(z.read(n).decode("utf-8", "replace") for n in z.namelist() if n.endswith(".xml"))
    pdf_text = " ".join(_pdf_text(pdf).split())
    for name in (*REAL_NAMES, QUOTE, NOTE, PROMPT_NOTE):
        assert name not in package
        assert name not in pdf_text
    assert "Participant 2" in _docx_text(word) and "Participant 2" in pdf_text


def test_report_command_writes_word_or_pdf_and_refuses_anything_else(
        harbour: Session, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    harbour.close()
    session = str(tmp_path / "harbour.workshop")
    for name in ("r.docx", "r.pdf"):
        assert main(["report", session, "-o", str(tmp_path / name)]) == 0
        assert capsys.readouterr().out.strip() == str(tmp_path / name)
    assert main(["report", session, "-o", str(tmp_path / "r.odt")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "r.odt: a workshop report is a .docx or a .pdf file" in err
    assert not (tmp_path / "r.odt").exists()
    with pytest.raises(ExportError, match="every phase"):
        with Session.open(session, read_only=True) as s:
            REPORT(s, tmp_path / "p.pdf", phase=s.phases[0])
