"""The snapshot pack: one PDF to hand to every participant after the workshop.

Pages, A4 landscape: a title page; per phase a page that is all map (drawn by the canvas's
own scene, with its legend, every name printed at 7 pt or more: see :mod:`.handout`), then
the phase's key facts, who takes part in which role, scores, notes and ticked prompts on
pages of their own; per pair of consecutive phases what changed; the pattern warnings with
their sources; a glossary.

Text is laid out by Qt (:class:`QTextDocument`, fed HTML from :mod:`.pack_text` where all
session text is escaped) at the height of one column and poured into columns, so a long
table continues on the next page instead of being cut. Pages are counted before anything
is painted, which is what lets every footer say "page i of n".
"""

from __future__ import annotations

import math
import os
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPen, QTextBlock, QTextCursor, QTextDocument, QTextFormat

from ..analysis.diff import diff_phases
from ..analysis.warnings import compute_warnings
from ..io import pack_text
from ..io.errors import ExportError, WriteError
from ..io.output_checks import write_trouble
from .handout import paint_handout_map
from .render import atomic_target, ensure_qt, export_date, page_rect, pdf_writer, phase_scene, \
    title_block
from ..domain.i18n import tr
from ..domain.textsafe import printable
from ..domain.wording import noun
from ..io.pseudonymise import pseudonymised

if TYPE_CHECKING:  # pragma: no cover
    from ..domain.model import Phase
    from ..session import Session

HEADER_H = 24.0
FOOTER_H = 22.0
GAP = 22.0
PHASE_COLUMNS = 3  # the roster and facts, after the phase's map page
TEXT_COLUMNS = 2
GLOSSARY_COLUMNS = 3
TITLE_WIDTH = 720.0
BODY_PT = 9.0
MAP_OVERLAY_SCALE = 0.85  # title and legend a little smaller than on screen: the map needs room
Progress = Callable[[int, int, str], None]


@dataclass
class Section:
    """One run of pages: a document poured into columns, maybe after a map."""

    kind: str  # title | phase | diff | warnings | glossary
    running_title: str
    doc: QTextDocument
    columns: int
    column_width: float
    phase: "Phase | None" = None
    pages: int = 0
    first_page: int = 0


def _document(html: str, width: float, height: float) -> QTextDocument:
    doc = QTextDocument()
    font = QFont()
    font.setPointSizeF(BODY_PT)
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet(pack_text.STYLE)
    doc.setDocumentMargin(2)
    # The pack reads left to right; a quote that starts in Arabic or Hebrew must not turn
    # its whole line around (Qt would take the direction from the first letter).
    option = doc.defaultTextOption()
    option.setTextDirection(Qt.LayoutDirection.LeftToRight)
    doc.setDefaultTextOption(option)
    doc.setHtml(html)
    doc.setPageSize(QSizeF(width, height))  # paginates: no line is split across two pages
    _keep_blocks_together(doc)
    return doc


def _keep_blocks_together(doc: QTextDocument) -> None:
    """Move a paragraph or table row that would straddle two pages wholly onto the next,
    and a heading left alone at the foot of a page onto the next with its text.

    Qt splits paragraphs between lines at a page end; for a handout a row cut in two reads
    badly. Each pass fixes the first such block (every break moves what follows), and a
    block is moved at most once, so the loop ends.
    """
    layout = doc.documentLayout()
    h = doc.pageSize().height()
    cursor = QTextCursor(doc)
    done: set[int] = set()
    for _ in range(1000):
        block = doc.begin()
        while block.isValid():
            if block.position() not in done:
                rect = layout.blockBoundingRect(block)
                orphan = _orphan_heading(layout, block, h)
                straddles = rect.height() < h * 0.5 and int(rect.top() // h) != int((rect.bottom() - 1) // h)
                if orphan or straddles:
                    if orphan:  # the heading now leads the page; its text must follow it
                        _set_break(cursor, block.next(), False)
                    for start in _row_starts(cursor, block):
                        _set_break(cursor, start, True)
                        done.add(start.position())
                    break
            block = block.next()
        else:
            return


def _set_break(cursor: QTextCursor, block: QTextBlock, before: bool) -> None:
    fmt = block.blockFormat()
    fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore if before
                           else QTextFormat.PageBreakFlag.PageBreak_Auto)
    cursor.setPosition(block.position())
    cursor.setBlockFormat(fmt)


def _orphan_heading(layout: Any, block: QTextBlock, page_h: float) -> bool:
    """A heading left alone at the foot of a page while its text starts on the next."""
    nxt = block.next()
    if block.blockFormat().headingLevel() == 0 or not nxt.isValid():
        return False
    top = layout.blockBoundingRect(block).top()
    return int(layout.blockBoundingRect(nxt).top() // page_h) > int(top // page_h) and top % page_h > 1


def _row_starts(cursor: QTextCursor, block: QTextBlock) -> list[QTextBlock]:
    """The first block of every cell in ``block``'s table row, or just ``block``."""
    cursor.setPosition(block.position())
    table = cursor.currentTable()
    if table is None:
        return [block]
    row = table.cellAt(cursor).row()
    return [table.cellAt(row, c).firstCursorPosition().block() for c in range(table.columns())]


class PackLayout:
    """Page geometry shared by the counting pass and the painting pass."""

    def __init__(self, page: QRectF) -> None:
        self.page = page
        self.body = QRectF(page.left(), page.top() + HEADER_H, page.width(),
                           page.height() - HEADER_H - FOOTER_H)

    def column_width(self, columns: int) -> float:
        return (self.body.width() - GAP * (columns - 1)) / columns

    def column_rect(self, columns: int, index: int, width: float | None = None) -> QRectF:
        w = self.column_width(columns) if width is None else width
        if columns == 1:
            left = self.body.left() + (self.body.width() - w) / 2
        else:
            left = self.body.left() + index * (w + GAP)
        return QRectF(left, self.body.top(), w, self.body.height())


def _sections(session: "Session", layout: PackLayout, phases: list["Phase"], day: str,
              pseudonymised: bool) -> list[Section]:
    model = session.model
    h = layout.body.height()
    sections: list[Section] = []
    title_w = min(TITLE_WIDTH, layout.body.width())
    sections.append(Section("title", session.title, _document(
        pack_text.title_html(model, title=session.title, day=day, pseudonymised=pseudonymised),
        title_w, h), 1, title_w))
    cw = layout.column_width(PHASE_COLUMNS)
    for ph in phases:
        html = pack_text.phase_html(model, ph, pseudonymised=pseudonymised)
        sections.append(Section("phase", pack_text.phase_heading(model, ph),
                                _document(html, cw, h), PHASE_COLUMNS, cw, ph))
    tw = layout.column_width(TEXT_COLUMNS)
    all_phases = model.phases
    chosen = {p.id for p in phases}
    for a, b in zip(all_phases, all_phases[1:]):
        if a.id not in chosen and b.id not in chosen:
            continue
        diff = diff_phases(model, a.id, b.id)
        sections.append(Section("diff", tr("What changed: {a} → {b}").format(a=a.name, b=b.name),
                                _document(pack_text.diff_html(model, diff, a, b), tw, h),
                                TEXT_COLUMNS, tw))
    found = [w for w in compute_warnings(model)
             if w.phase_id is None or w.phase_id in chosen or w.next_phase_id in chosen]
    sections.append(Section("warnings", tr("Questions raised by the map"),
                            _document(pack_text.warnings_html(model, found), tw, h), TEXT_COLUMNS, tw))
    gw = layout.column_width(GLOSSARY_COLUMNS)  # short entries: three columns keep it to a page
    sections.append(Section("glossary", tr("Glossary"), _document(pack_text.glossary_html(), gw, h),
                            GLOSSARY_COLUMNS, gw))
    page = 1
    for s in sections:
        doc_pages = s.doc.pageCount()
        if s.kind == "phase":
            s.pages = 1 + math.ceil(doc_pages / s.columns)  # the map, then the words
        else:
            s.pages = max(1, math.ceil(doc_pages / s.columns))
        s.first_page = page
        page += s.pages
    return sections


def _draw_doc_page(painter: QPainter, doc: QTextDocument, index: int, rect: QRectF) -> None:
    """Paint page ``index`` of a paginated document into ``rect``."""
    if index >= doc.pageCount():
        return
    h = doc.pageSize().height()
    painter.save()
    painter.translate(rect.left(), rect.top() - index * h)
    doc.drawContents(painter, QRectF(0, index * h, doc.pageSize().width(), h))
    painter.restore()


def _chrome(painter: QPainter, layout: PackLayout, left: str, right: str, page: int, total: int,
            header: bool = True) -> None:
    """The running header (session and section) and footer (page i of n) of a page."""
    f = QFont()
    f.setPointSizeF(7.5)
    fm = QFontMetricsF(f)
    painter.save()
    painter.setFont(f)
    painter.setPen(QColor("#5A5A5A"))
    top = layout.page.top()
    if header:
        half = layout.page.width() / 2 - 10
        left, right = printable(left), printable(right)
        painter.drawText(QRectF(layout.page.left(), top, half, fm.height()),
                         Qt.AlignmentFlag.AlignLeft, fm.elidedText(left, Qt.TextElideMode.ElideRight, half))
        painter.drawText(QRectF(layout.page.center().x() + 10, top, half, fm.height()),
                         Qt.AlignmentFlag.AlignRight, fm.elidedText(right, Qt.TextElideMode.ElideRight, half))
        painter.setPen(QPen(QColor("#D0D0D0"), 0.8))
        y = top + fm.height() + 5
        painter.drawLine(QPointF(layout.page.left(), y), QPointF(layout.page.right(), y))
        painter.setPen(QColor("#5A5A5A"))
    bottom = layout.page.bottom() - fm.height()
    painter.drawText(QRectF(layout.page.left(), bottom, layout.page.width(), fm.height()),
                     Qt.AlignmentFlag.AlignHCenter, tr("Page {page} of {total}").format(page=page, total=total))
    painter.restore()


def _paint_section(painter: QPainter, writer: Any, layout: PackLayout, section: Section,
                   session: "Session", total: int, day: str, first: bool) -> None:
    pack_name = tr("Snapshot pack · {day}").format(day=day)
    doc_page = 0
    for i in range(section.pages):
        if not (first and i == 0):
            writer.newPage()
        number = section.first_page + i
        running = section.running_title
        if section.kind == "phase" and i:
            running += tr(" — who takes part, facts") + (tr(" (continued)") if i > 1 else "")
        elif i:
            running += tr(" (continued)")
        _chrome(painter, layout, f"{session.title} — {running}" if section.kind != "title" else "",
                pack_name, number, total, header=section.kind != "title")
        if section.kind == "phase" and i == 0:
            assert section.phase is not None
            with phase_scene(session, section.phase.id) as scene:
                paint_handout_map(painter, layout.body, session, scene,
                                  title_block(session, section.phase.id, day), scale=MAP_OVERLAY_SCALE)
            continue
        for col in range(section.columns):
            rect = layout.column_rect(section.columns, col, section.column_width)
            _draw_doc_page(painter, section.doc, doc_page, rect)
            doc_page += 1


def export_pack(session: "Session", out: str | os.PathLike[str], *, phase: Any = None,
                pseudonymize: bool = False, **options: Any) -> list[Path]:
    """Write the snapshot pack PDF; returns ``[path]``.

    ``phase`` limits the pack to one phase (with the changes into and out of it); options:
    ``page_size`` ("A4", "A3", "Letter"), ``date`` (text printed as the pack's date) and
    ``progress(done, total, what)``.
    """
    unknown = set(options) - {"page_size", "date", "progress"}
    if unknown:
        raise ExportError(f"unknown {noun(len(unknown), 'option')} for the snapshot pack: {', '.join(sorted(unknown))}.")
    ensure_qt()
    target = Path(out)
    if target.suffix.lower() != ".pdf":
        target = target.with_name(target.name + ".pdf")
    day = export_date(options)
    progress: Progress | None = options.get("progress")
    with ExitStack() as stack:
        if pseudonymize:

            session = stack.enter_context(pseudonymised(session))
        if not session.phases:
            raise ExportError(f"{session.path.name}: this session has no phases for a pack.")
        phases = session.phases if phase is None else [session.phase(phase)]
        with atomic_target(target) as part:
            writer = pdf_writer(part, tr("{title} — snapshot pack").format(title=session.title), options.get("page_size", "A4"))
            rect = page_rect(writer)
            layout = PackLayout(QRectF(0, 0, rect.width(), rect.height()))
            sections = _sections(session, layout, phases, day, pseudonymize)
            total = sum(s.pages for s in sections)
            painter = QPainter()
            if not painter.begin(writer):
                raise WriteError(target, write_trouble(target.parent,
                                                       "the PDF file could not be opened for writing"))
            try:
                painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
                for n, section in enumerate(sections):
                    if progress:
                        progress(n, len(sections), section.running_title)
                    _paint_section(painter, writer, layout, section, session, total, day, n == 0)
            finally:
                ended = painter.end()
            if not ended:  # Qt only says false; the file check after the block says why
                raise WriteError(target, write_trouble(target.parent, "the PDF could not be drawn"))
    if progress:
        progress(len(sections), len(sections), "done")
    return [target]


def pack_page_count(session: "Session", *, page_size: str = "A4", pseudonymize: bool = False) -> int:
    """How many pages :func:`export_pack` would write (for tests and the export dialog)."""
    ensure_qt()
    import tempfile

    with tempfile.TemporaryDirectory() as tmp, ExitStack() as stack:
        if pseudonymize:

            session = stack.enter_context(pseudonymised(session))
        writer = pdf_writer(Path(tmp) / "count.pdf", "", page_size)
        rect = page_rect(writer)
        layout = PackLayout(QRectF(0, 0, rect.width(), rect.height()))
        sections = _sections(session, layout, session.phases, export_date({}), pseudonymize)
        return sum(s.pages for s in sections)


__all__ = ["export_pack", "pack_page_count"]
