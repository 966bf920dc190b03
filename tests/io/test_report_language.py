"""The workshop report, the snapshot pack's words and the HTML snapshot speak the language in
force: German where German is asked (from a small test catalogue), English otherwise, and a
message not translated yet stays English rather than going missing. Pure: no Qt."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any, Iterator

import docx
import pytest
from lxml import html as lxml_html

from language_catalogue import german  # noqa: F401  (the fixture)
from report_session import build_report_session
from workshop_app import Session
from workshop_app.domain import i18n
from workshop_app.io import pack_text
from workshop_app.io.html_snapshot import render_html
from workshop_app.io.report.content import build_report
from workshop_app.io.report.document import Document, Table, all_text, plain_text, to_html
from workshop_app.io.report.docx_writer import write_docx


@pytest.fixture
def harbour(tmp_path: Path) -> Iterator[Session]:
    s = build_report_session(tmp_path / "harbour.workshop")
    yield s
    s.close()


def _report(s: Session) -> Document:
    return build_report(s.model, title=s.title, day="2026-03-01", pseudonymised=False)


def _disagreed_rows(doc: Document) -> list[list[str]]:
    section = next(x for x in doc.sections if x.key == "agreement")
    tables = [b for b in section.blocks if isinstance(b, Table) and b.rows]
    return [[plain_text(c) for c in row] for row in tables[-2].rows]  # apart, then alike


def _page(html: str) -> Any:
    return lxml_html.fromstring(html.encode("utf-8"))


def _script_data(html: str) -> dict[str, Any]:
    raw = re.search(r'<script type="application/json" id="snapshot-data">(.*?)</script>', html, re.S)
    assert raw is not None
    return json.loads(raw.group(1))


# -- the report ---------------------------------------------------------------------------------
def test_the_report_is_written_in_german_when_german_is_asked(harbour: Session, german: Path) -> None:
    with i18n.using("de"):
        doc = _report(harbour)
    assert doc.headings()[0] == "Wer teilgenommen hat"
    assert doc.subtitle == "Workshop-Bericht · 2026-03-01"
    words = all_text(doc)
    assert "3 Teilnehmende im Raum." in words  # the sentence and its counted noun
    assert "Wo der Raum am meisten uneins war" in words
    assert _disagreed_rows(doc)[0][2] == "Vertrauen"  # the dimension, by the vocabulary's label
    assert "What was said" in doc.headings()  # not translated in this catalogue: English, not blank
    assert "Who took part" not in words


def test_the_report_stays_english_when_no_other_language_is_asked(harbour: Session, german: Path) -> None:
    doc = _report(harbour)
    assert doc.headings()[0] == "Who took part"
    assert doc.subtitle == "Workshop report · 2026-03-01"
    assert "3 participants in the room." in all_text(doc)
    assert _disagreed_rows(doc)[0][2] == "trust"
    assert "Wer teilgenommen hat" not in all_text(doc)
    assert to_html(doc, {}, 10.0).startswith('<html lang="en">')  # the PDF's page says so too


def test_the_word_file_carries_the_german_headings_and_says_its_language(
        harbour: Session, german: Path, tmp_path: Path) -> None:
    with i18n.using("de"):
        write_docx(_report(harbour), tmp_path / "bericht.docx")
    d = docx.Document(str(tmp_path / "bericht.docx"))
    headings = [p.text for p in d.paragraphs if p.style.name == "Heading 1"]
    assert headings[0] == "Wer teilgenommen hat"
    assert "Workshop-Bericht · " in [p.text for p in d.paragraphs if p.style.name == "Subtitle"][0]
    assert d.core_properties.language == "de"


# -- the snapshot pack's words -------------------------------------------------------------------
def test_the_packs_glossary_and_agreement_table_speak_german(harbour: Session, german: Path) -> None:
    with i18n.using("de"):
        glossary = pack_text.glossary_html()
        agreement = pack_text.agreement_html(harbour.model)
    assert glossary.startswith("<h1>Glossar</h1>")
    assert "<b>Vertrauen</b>:" in glossary  # the dimension's label in its glossary line
    assert '<th width="22%">Vertrauen</th>' in agreement
    assert pack_text.glossary_html().startswith("<h1>Glossary</h1>")  # back in English after


# -- the HTML snapshot ---------------------------------------------------------------------------
def test_the_html_snapshot_is_a_german_page_when_german_is_asked(harbour: Session, german: Path) -> None:
    with i18n.using("de"):
        html = render_html(harbour, day="2026-03-01")
    page = _page(html)
    assert page.get("lang") == "de"
    assert "Legende" in page.xpath("//section[@class='legend']/h2/text()")
    assert page.xpath("//p[@class='meta']/text()")[0].startswith("Momentaufnahme vom 2026-03-01 · ")
    changes = [h.strip() for h in page.xpath("//section[@class='changes']//h3/text()")]
    assert "Wer hinzukam (1)" in changes  # the residents' co-op joins in the pilot
    words = _script_data(html)["words"]  # what the page's script shows when pointing at the map
    assert words["type"] == "Typ"
    assert ["trust", "Vertrauen"] in words["dims"]


def test_the_html_snapshot_stays_an_english_page_by_default(harbour: Session, german: Path) -> None:
    html = render_html(harbour, day="2026-03-01")
    page = _page(html)
    assert page.get("lang") == "en"
    assert "Legend" in page.xpath("//section[@class='legend']/h2/text()")
    assert page.xpath("//p[@class='meta']/text()")[0] == "Snapshot of 2026-03-01 · 2 phases"
    assert _script_data(html)["words"]["type"] == "Type"
