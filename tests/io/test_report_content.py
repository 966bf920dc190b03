"""What the workshop report says (its document model, built without Qt)."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator

import pytest

from report_session import NOTE, PROMPT_NOTE, QUOTE, REAL_NAMES, build_report_session
from workshop_app import Session
from workshop_app.io import pack_text
from workshop_app.io.pseudonymise import pseudonymised
from workshop_app.io.report.content import SECTIONS, build_report
from workshop_app.io.report.document import (BulletList, Document, Heading, Section, Table, all_text,
                                             plain_text)
from workshop_app.io.report.html_reader import blocks_from_html


@pytest.fixture
def harbour(tmp_path: Path) -> Iterator[Session]:
    s = build_report_session(tmp_path / "harbour.workshop")
    yield s
    s.close()


def _report(s: Session, pseudonymised: bool = False) -> Document:
    return build_report(s.model, title=s.title, day="2026-03-01", pseudonymised=pseudonymised)


def _section(doc: Document, key: str) -> Section:
    return next(s for s in doc.sections if s.key == key)


def _tables(section: Section) -> dict[str, Table]:
    """Each table of a section under the heading just above it."""
    out, heading = {}, ""
    for b in section.blocks:
        if isinstance(b, Heading):
            heading = b.text
        elif isinstance(b, Table):
            out[heading] = b
    return out


def test_the_sections_come_in_the_order_the_commissioners_read_them(harbour: Session) -> None:
    assert _report(harbour).headings() == [title for _, title in SECTIONS]


def test_who_took_part_lists_people_with_their_organisations_and_groups(harbour: Session) -> None:
    rows = [[plain_text(c) for c in r] for r in _tables(_section(_report(harbour), "participants"))[""].rows]
    assert ["Ingrid Solberg", "Portvik Council", "Public side", "–"] in rows
    assert ["Tomas Berg", "Fjord University", "–", "–"] in rows


def test_the_room_disagreed_most_where_the_votes_spread_widest(harbour: Session) -> None:
    tables = _tables(_section(_report(harbour), "agreement"))
    apart = [[plain_text(c) for c in r] for r in tables["Where the room disagreed most"].rows]
    alike = [[plain_text(c) for c in r] for r in tables["Where the room agreed most"].rows]
    assert apart == [["Design", "City of Portvik → Fjord Living Lab: data", "trust", "4", "1–5", "1", "2"]]
    assert alike[0][:5] == ["Pilot", "City of Portvik → Fjord Living Lab: data", "trust", "0", "3–3"]
    words = all_text(Document("", sections=[_section(_report(harbour), "agreement")]))
    assert "Krippendorff's alpha" in words and "-0.50" in words  # the pack's alpha table


def test_a_warning_is_answered_by_the_notes_about_its_own_actors(harbour: Session) -> None:
    text = all_text(Document("", sections=[_section(_report(harbour), "warnings")]))
    w4 = text.index("W4 · Actor left between phases")
    block = text[w4:text.find("\nW", w4 + 1)]  # up to the next warning
    assert "The room on these actors and relations:" in block and NOTE in block
    assert "Source: 000" in text  # every warning keeps its source
    w1 = text[text.index("W1 ·"):]
    assert w1.split("\n")[3] == "Not taken up in the room (see Open questions)."


def test_open_questions_name_untouched_warnings_unscored_relations_and_prompts(harbour: Session) -> None:
    text = all_text(Document("", sections=[_section(_report(harbour), "open")]))
    undiscussed = text[text.index("Warnings not discussed"):text.index("Relations nobody scored")]
    assert "W1 ·" in undiscussed and "W2 ·" in undiscussed
    assert "W4 ·" not in undiscussed  # the room spoke about who left
    assert "Pilot: Fjord Living Lab → Harbour Residents Co-op: consultation" in text
    pending = text[text.index("Prompts not yet discussed"):]
    assert "Name organisations, not sectors" not in pending  # P1 was ticked in Design
    assert "Design: In what role are residents involved" in pending


def test_quotes_prompts_and_public_value_are_there(harbour: Session) -> None:
    doc = _report(harbour)
    text = all_text(doc)
    assert f"“{QUOTE}” — Ingrid Solberg" in text
    assert PROMPT_NOTE in all_text(Document("", sections=[_section(doc, "prompts")]))
    assert "Cleaner harbour air" in all_text(Document("", sections=[_section(doc, "public_value")]))
    changes = all_text(Document("", sections=[_section(doc, "changes")]))
    assert "Who joined (1)" in changes and "Harbour Residents Co-op joined" in changes


def test_a_pseudonymised_report_names_nobody_and_quotes_nothing(harbour: Session) -> None:
    with pseudonymised(harbour) as copy:
        doc = _report(copy, pseudonymised=True)
    text = all_text(doc)
    for name in (*REAL_NAMES, QUOTE, NOTE, PROMPT_NOTE, "Cleaner harbour air"):
        assert name not in text
    assert "Participant 2" in text and "Left out of a pseudonymised report" in text
    assert [s.key for s in doc.sections] == [k for k, _ in SECTIONS if k != "public_value"]


def test_the_packs_html_reads_back_as_blocks() -> None:
    html = ('<h1>What changed</h1><p class="muted">From <b>A</b><br/>to <b>B</b></p>'
            '<h3>Who joined (1)</h3><ul><li>X &amp; Y joined</li></ul>'
            + pack_text._table(("", "Trust"), [("Whole", "<b>0.50</b><br/><span class='small'>2</span>")]))
    blocks = blocks_from_html(html)
    assert blocks[0] == Heading("What changed", 2)
    assert plain_text(blocks[1].runs) == "From A\nto B"  # type: ignore[union-attr]
    assert isinstance(blocks[3], BulletList) and plain_text(blocks[3].items[0]) == "X & Y joined"
    table = blocks[4]
    assert isinstance(table, Table) and table.headers == ("", "Trust")
    assert [plain_text(c) for c in table.rows[0]] == ["Whole", "0.50\n2"]
    assert all(r.colour is None for c in table.rows[0] for r in c)  # the border's colour is not the text's
