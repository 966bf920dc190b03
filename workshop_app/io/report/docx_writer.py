"""The report as a Word document (python-docx), from the same document model as the PDF.

Word's own styles carry the structure (Title, Heading 1–3, List Bullet, Caption, a grid
table whose header row repeats on every page), so a reader can restyle the whole report,
navigate it by its headings and paste tables into their own documents. The file's metadata
names no person: python-docx's template would otherwise sign it "python-docx".
"""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

from docx import Document as new_docx
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from ...domain import i18n
from ...domain.textsafe import TextLog, printable
from ..atomic import atomic_file
from .document import Block, BulletList, Document, Heading, Paragraph, Picture, Runs, Table

SMALL_PT = 8.5
MUTED = RGBColor(0x5A, 0x5A, 0x5A)


def docx_problem(path: Path) -> str | None:
    """A Word file is a zip that holds ``word/document.xml``."""
    try:
        with zipfile.ZipFile(path) as z:
            if "word/document.xml" not in z.namelist():
                return "the Word document is incomplete (its body is missing)"
    except (zipfile.BadZipFile, OSError) as exc:
        return f"the Word document is incomplete ({exc})"
    return None


def _clean(words: str) -> str:
    """Word refuses a file with a control character in its XML; a page cannot show one."""
    return TextLog().xml(printable(words), "DOCX")


def _runs(paragraph: object, runs: Runs, *, muted: bool = False, small: bool = False) -> None:
    for r in runs:
        parts = r.text.split("\n")
        for i, part in enumerate(parts):
            run = paragraph.add_run(_clean(part))  # type: ignore[attr-defined]
            run.bold = r.bold or None
            run.italic = r.italic or None
            if r.small or small:
                run.font.size = Pt(SMALL_PT)
            if r.colour:
                run.font.color.rgb = RGBColor.from_string(r.colour.lstrip("#").upper())
            elif muted:
                run.font.color.rgb = MUTED
            if i < len(parts) - 1:
                run.add_break(WD_BREAK.LINE)


def _repeat_header(row: object) -> None:
    """Mark a table's first row as its header, repeated at the top of every page."""
    props = row._tr.get_or_add_trPr()  # type: ignore[attr-defined]
    flag = OxmlElement("w:tblHeader")
    flag.set(qn("w:val"), "true")
    props.append(flag)


def _table(doc: object, block: Table) -> None:
    cols = max(len(block.headers), max((len(r) for r in block.rows), default=0), 1)
    grid = doc.add_table(rows=1, cols=cols)  # type: ignore[attr-defined]
    grid.style = "Table Grid"
    for i, h in enumerate(block.headers):
        cell = grid.rows[0].cells[i]
        cell.text = ""
        run = cell.paragraphs[0].add_run(_clean(h))
        run.bold = True
        run.font.size = Pt(9)
    _repeat_header(grid.rows[0])
    for row in block.rows:
        cells = grid.add_row().cells
        for i, runs in enumerate(row[:cols]):
            _runs(cells[i].paragraphs[0], runs)
            for p in cells[i].paragraphs:
                for run in p.runs:
                    run.font.size = run.font.size or Pt(9)
    if block.widths and len(block.widths) == cols:
        total = 16.5  # cm of text width on A4 with Word's default margins
        for i, w in enumerate(block.widths):
            for cell in grid.columns[i].cells:
                cell.width = Cm(total * w / 100)


def _block(doc: object, block: Block) -> None:
    if isinstance(block, Heading):
        h = doc.add_heading(_clean(block.text), level=min(3, max(1, block.level)))  # type: ignore[attr-defined]
        h.paragraph_format.page_break_before = block.new_page or None
    elif isinstance(block, Paragraph):
        p = doc.add_paragraph()  # type: ignore[attr-defined]
        _runs(p, block.runs, muted=block.style in ("muted", "note"), small=block.style == "note")
        if block.style == "note":
            for run in p.runs:
                run.italic = True
    elif isinstance(block, BulletList):
        style = "List Number" if block.ordered else "List Bullet"
        for item in block.items:
            _runs(doc.add_paragraph(style=style), item)  # type: ignore[attr-defined]
    elif isinstance(block, Table):
        _table(doc, block)
    elif isinstance(block, Picture):
        doc.add_picture(io.BytesIO(block.png), width=Cm(block.width_cm))  # type: ignore[attr-defined]
        if block.caption:
            doc.add_paragraph(_clean(block.caption), style="Caption")  # type: ignore[attr-defined]


def write_docx(report: Document, target: str | os.PathLike[str]) -> Path:
    """Write ``report`` to ``target`` (whole or not at all); returns the path written."""
    target = Path(target)
    doc = new_docx()
    props = doc.core_properties
    props.title = _clean(report.title)
    props.subject = _clean(report.subtitle)
    props.author = props.last_modified_by = ""
    props.comments = i18n.tr("Written by Assemblage Workshop")
    props.language = i18n.language()  # the language the report's own words are in
    doc.add_paragraph(_clean(report.title), style="Title")
    if report.subtitle:
        doc.add_paragraph(_clean(report.subtitle), style="Subtitle")
    for section in report.sections:
        h = doc.add_heading(_clean(section.title), level=1)
        h.paragraph_format.page_break_before = section.new_page or None
        for block in section.blocks:
            _block(doc, block)
    with atomic_file(target, check=docx_problem, make_folder=True) as part:
        doc.save(str(part))
    return target


__all__ = ["docx_problem", "write_docx"]
