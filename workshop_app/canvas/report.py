"""The workshop report as DOCX or PDF: the maps drawn here, everything else from one model.

The report's words and tables are built once (:func:`..io.report.content.build_report`);
this module draws each phase's map with the canvas's own scene, legend and print-size
names (:mod:`.handout`) and hands the pictures in. A DOCX is then written by
:mod:`..io.report.docx_writer`; a PDF is laid out by Qt from the model's HTML
(:class:`QTextDocument`) on A4 portrait pages with a footer "page i of n", like the pack.
Both go through :mod:`..io.atomic`; pseudonymisation works on a throw-away copy.
"""

from __future__ import annotations

import math
import os
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (QColor, QFont, QFontMetricsF, QImage, QPageLayout, QPageSize, QPainter,
                           QPdfWriter, QTextDocument)

from ..domain.i18n import tr
from ..domain.textsafe import printable
from ..io.errors import ExportError, WriteError
from ..io.output_checks import write_trouble
from ..io.pseudonymise import pseudonymised
from ..io.report.content import MAP_WIDTH_CM, build_report
from ..io.report.document import STYLE, Document, to_html
from ..io.report.docx_writer import write_docx
from ..style import palette
from .handout import paint_handout_map
from .render import atomic_target, base_dpi, ensure_qt, export_date, phase_scene

if TYPE_CHECKING:  # pragma: no cover
    from ..domain.model import Phase
    from ..session import Session

REPORT_FORMATS = ("docx", "pdf")
MAP_HEIGHT_CM = 11.0
MAP_DPI = 200  # pictures print sharp at their 16 cm
MARGIN_MM = 18.0
FOOTER_H = 26.0  # page units kept under the text for the footer
BODY_PT = 10.0
Progress = Callable[[int, int, str], None]


def map_png(session: "Session", phase: "Phase", *, width_cm: float = MAP_WIDTH_CM,
            height_cm: float = MAP_HEIGHT_CM, dpi: int = MAP_DPI) -> bytes:
    """A phase's map as PNG bytes, sized to print ``width_cm`` wide with names of 7 pt or more."""
    units = base_dpi() / 2.54
    page = QRectF(0, 0, width_cm * units, height_cm * units)
    factor = dpi / base_dpi()
    image = QImage(math.ceil(page.width() * factor), math.ceil(page.height() * factor),
                   QImage.Format.Format_RGB32)
    per_metre = round(base_dpi() / 0.0254)  # fonts measured as on the screen
    image.setDotsPerMeterX(per_metre)
    image.setDotsPerMeterY(per_metre)
    image.fill(QColor(palette.CANVAS_BACKGROUND))
    painter = QPainter(image)
    try:
        painter.scale(factor, factor)
        with phase_scene(session, phase.id) as scene:
            paint_handout_map(painter, page, session, scene, None, scale=0.8)
    finally:
        painter.end()
    per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(per_metre)
    image.setDotsPerMeterY(per_metre)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]
        raise ExportError(f"the map of {phase.name!r} could not be drawn as a picture.")
    return bytes(data.data())


def _writer(path: Path, title: str) -> QPdfWriter:
    writer = QPdfWriter(str(path))
    writer.setResolution(base_dpi())  # page units are screen pixels: text fills its boxes
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                     QPageLayout.Unit.Millimeter))
    writer.setTitle(printable(title))
    writer.setCreator("Assemblage Workshop")
    return writer


def laid_out(report: Document, width: float, height: float) -> QTextDocument:
    """The report as a paginated Qt text document with its pictures as resources."""
    doc = QTextDocument()
    font = QFont()
    font.setPointSizeF(BODY_PT)
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet(STYLE)
    option = doc.defaultTextOption()  # a quote in Arabic must not turn the page around
    option.setTextDirection(Qt.LayoutDirection.LeftToRight)
    doc.setDefaultTextOption(option)
    urls: dict[int, str] = {}
    for n, picture in enumerate(report.pictures(), start=1):
        name = f"report-picture-{n}.png"
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), QImage.fromData(picture.png))
        urls[id(picture)] = name
    doc.setHtml(to_html(report, urls, base_dpi() / 2.54))
    doc.setPageSize(QSizeF(width, height))
    return doc


def write_pdf(report: Document, target: Path) -> Path:
    with atomic_target(target) as part:
        writer = _writer(part, report.title)
        page = QRectF(writer.pageLayout().paintRectPixels(writer.resolution()))
        page.moveTo(0, 0)
        doc = laid_out(report, page.width(), page.height() - FOOTER_H)
        total = doc.pageCount()
        painter = QPainter()
        if not painter.begin(writer):
            raise WriteError(target, write_trouble(target.parent, "the PDF file could not be opened for writing"))
        try:
            painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
            h = doc.pageSize().height()
            for i in range(total):
                if i and not writer.newPage():
                    raise WriteError(target, write_trouble(target.parent, "the next page could not be started"))
                painter.save()
                painter.translate(0, -i * h)
                doc.drawContents(painter, QRectF(0, i * h, page.width(), h))
                painter.restore()
                _footer(painter, page, tr("{title} — workshop report").format(title=report.title), i + 1, total)
        finally:
            ended = painter.end()
        if not ended:
            raise WriteError(target, write_trouble(target.parent, "the PDF could not be drawn"))
    return target


def _footer(painter: QPainter, page: QRectF, left: str, number: int, total: int) -> None:
    f = QFont()
    f.setPointSizeF(7.5)
    fm = QFontMetricsF(f)
    painter.save()
    painter.setFont(f)
    painter.setPen(QColor("#5A5A5A"))
    y = page.bottom() - fm.height()
    half = page.width() * 0.7
    painter.drawText(QRectF(0, y, half, fm.height()), Qt.AlignmentFlag.AlignLeft,
                     fm.elidedText(printable(left), Qt.TextElideMode.ElideRight, half))
    painter.drawText(QRectF(0, y, page.width(), fm.height()), Qt.AlignmentFlag.AlignRight,
                     tr("Page {page} of {total}").format(page=number, total=total))
    painter.restore()


def report_document(session: "Session", *, pseudonymize: bool = False, day: str = "",
                    progress: Progress | None = None) -> Document:
    """The report's model with its maps drawn (``session`` already pseudonymised if asked)."""
    phases = session.phases

    def picture(ph: "Phase") -> bytes:
        if progress:
            progress(phases.index(ph), len(phases) + 1, ph.name)
        return map_png(session, ph)

    return build_report(session.model, title=printable(session.title), day=day or export_date({}),
                        pseudonymised=pseudonymize, pictures=picture)


def export_report(session: "Session", out: str | os.PathLike[str], *, phase: Any = None,
                  pseudonymize: bool = False, **options: Any) -> list[Path]:
    """Write the workshop report as DOCX or PDF, chosen by ``out``'s suffix (or ``fmt``).

    Options: ``fmt`` ("docx" or "pdf"), ``date`` (the report's date) and
    ``progress(done, total, what)``. The report covers every phase.
    """
    unknown = set(options) - {"fmt", "date", "progress"}
    if unknown:
        raise ExportError(f"unknown option for the workshop report: {', '.join(sorted(unknown))}.")
    if phase is not None:
        raise ExportError("the workshop report covers every phase; leave out the phase.")
    target = Path(out)
    fmt = str(options.get("fmt") or target.suffix.lstrip(".")).lower()
    if fmt not in REPORT_FORMATS:
        raise ExportError(f"{target.name}: a workshop report is a .docx or a .pdf file.")
    if target.suffix.lower() != f".{fmt}":
        target = target.with_name(target.name + f".{fmt}")
    ensure_qt()
    progress: Progress | None = options.get("progress")
    with ExitStack() as stack:
        if pseudonymize:
            session = stack.enter_context(pseudonymised(session))
        report = report_document(session, pseudonymize=pseudonymize, day=export_date(options),
                                 progress=progress)
        if progress:
            progress(len(session.phases), len(session.phases) + 1, "writing")
        written = write_docx(report, target) if fmt == "docx" else write_pdf(report, target)
    if progress:
        progress(1, 1, "done")
    return [written]


__all__ = ["REPORT_FORMATS", "export_report", "laid_out", "map_png", "report_document", "write_pdf"]
