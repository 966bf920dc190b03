"""Images of the map for participants: PNG, SVG and PDF, drawn by the canvas's own code.

Each phase is drawn by a :class:`WorkshopScene` (the very items the room sees on screen) with
the title block and legend of :mod:`workshop_app.canvas.overlay`, so a handout cannot drift
from the projected map. Absent actors are left out unless ``ghosts=True``.

Units: one scene unit is one pixel of the screen the fonts are measured on (``base_dpi``,
96 on most systems). Every device is set to that resolution while painting, so text fills
its box exactly as on screen; a PNG at 300 dpi is the same picture with more pixels.
Files are written beside their final name and moved into place at the end, checked for
their end marker first (Qt's writers do not report a full disk), so a failed export never
leaves half a file; a set of per-phase pictures appears together or not at all.
"""

from __future__ import annotations

import contextlib
import logging
import math
import os
import re
import sys
import unicodedata
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterator, Sequence

from PySide6.QtCore import QMarginsF, QRectF, QSize, QSizeF, Qt, qInstallMessageHandler
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QApplication

from . import overlay
from ..style import palette
from .overlay import TitleBlock
from ..io.atomic import atomic_file, staged
from ..io.errors import ExportError, WriteError
from ..io.output_checks import CHECKS, write_trouble
from ..domain.textsafe import TextLog, has_xml_illegal, printable
from ..domain.i18n import tr
from ..domain.wording import noun
from .scene import WorkshopScene
from .towers import Towers
from ..io.pseudonymise import pseudonymised

if TYPE_CHECKING:  # pragma: no cover
    from .scene import WorkshopScene
    from ..domain.model import Phase
    from ..session import Session

FORMATS = ("png", "svg", "pdf")
MIN_DPI, MAX_DPI = 36, 1200
MAP_MARGIN = 40.0  # scene units kept around the actors
GAP = 14.0
MAX_PAGE_ZOOM = 1.6  # a small map on a big page is enlarged, but not beyond this
Progress = Callable[[int, int, str], None]
_OPTIONS = {"ghosts", "labels", "legend", "progress", "page_size", "date", "towers"}
_app: QApplication | None = None


def ensure_qt() -> None:
    """Make sure a Qt application exists (a script or the CLI may have none yet).

    Nothing is ever shown, so on a Linux machine without a display (a server, CI) Qt's
    offscreen platform is used instead of failing to reach one.
    """
    global _app
    if QApplication.instance() is None:
        headless = sys.platform.startswith("linux") and not (
            os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
        if headless:
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        # Without a window, Qt's own chatter ("libpng error: Write Error") would add lines to
        # the command's one-line error; it goes to the log, and the error says what failed.
        qInstallMessageHandler(_qt_message)
        _app = QApplication(sys.argv[:1])


def _qt_message(_kind: object, _context: object, message: str) -> None:
    logging.getLogger("workshop_app.qt").info("%s", message)


@contextmanager
def _png_library_quiet() -> Iterator[None]:
    """libpng prints its own "libpng error: Write Error" straight to the process's stderr
    when a disk fills. Headless (the command line) that line is dropped, so the command's
    error stays one line (it says which file and why); the GUI's stderr is left alone."""
    if _app is None:
        yield
        return
    sys.stderr.flush()
    quiet = os.open(os.devnull, os.O_WRONLY)
    saved = os.dup(2)
    os.dup2(quiet, 2)
    try:
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)
        os.close(quiet)


def base_dpi() -> int:
    """The resolution fonts are measured at when no device is given (the screen's)."""
    screen = QGuiApplication.primaryScreen()
    dpi = screen.logicalDotsPerInchY() if screen is not None else 96.0
    return int(round(dpi)) or 96


def slug(text: str, limit: int = 40) -> str:
    """A file-name-safe, lower-case ASCII form of a phase name."""
    flat = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    out = re.sub(r"[^a-z0-9]+", "-", flat.lower()).strip("-")
    return out[:limit].rstrip("-") or "phase"


def export_date(options: dict[str, Any]) -> str:
    value = options.get("date")
    return str(value) if value else date.today().isoformat()


def title_block(session: "Session", phase_id: int, day: str) -> TitleBlock:
    """Phase line, session title, and the date (plus the intended public value if set)."""
    model = session.model
    detail = tr("Snapshot of {day}").format(day=day)
    value = model.meta("public_value")
    if isinstance(value, str) and value.strip():
        detail += " · " + tr("Intended public value: {value}").format(value=" ".join(value.split()))
    return TitleBlock(printable(overlay.phase_title(model, phase_id) or ""),
                      printable(session.title), printable(detail))


# -- scene -------------------------------------------------------------------------------
@contextmanager
def phase_scene(session: "Session", phase_id: int, *, ghosts: bool = False,
                labels: bool = True, towers: bool = False) -> Iterator["WorkshopScene"]:
    """A scene for one phase, dropped again afterwards (it listens to the session); with
    ``towers``, each actor's influence tower where one is recorded (and its legend key)."""
    ensure_qt()

    scene = WorkshopScene(session, phase_id)
    scene.set_ghost_mode("ghost" if ghosts else "hide")
    if not labels:
        scene.set_show_labels(False)
    if towers:
        shown = Towers()
        shown.set_scene(scene)
        shown.set_shown(True)
    try:
        yield scene
    finally:
        scene.detach()
        scene.clear()
        scene.deleteLater()


def map_source(scene: "WorkshopScene") -> QRectF | None:
    rect = scene.content_rect()
    if rect is None:
        return None
    return QRectF(rect).adjusted(-MAP_MARGIN, -MAP_MARGIN, MAP_MARGIN, MAP_MARGIN)


# -- layout ------------------------------------------------------------------------------
@dataclass(frozen=True)
class MapLayout:
    """Where the title, the map and the legend go on one page (device units).

    ``target`` is where the map's source rectangle lands; ``mode`` says where the legend
    went: "over" (a corner of the map with no actor under it), "beside" or "below".
    """

    page: QRectF
    title: QRectF
    target: QRectF
    legend: QRectF | None
    mode: str = "over"


def _fit_scale(area: QRectF, source: QSizeF) -> float:
    if area.width() <= 0 or area.height() <= 0:
        return 0.0
    return min(area.width() / max(source.width(), 1.0), area.height() / max(source.height(), 1.0))


def _land(area: QRectF, source: QRectF, max_zoom: float, align: str = "centre") -> QRectF:
    """The rectangle of ``area`` the map fills, at most ``max_zoom`` times its size.

    ``align`` pushes a map that does not fill ``area`` to the "right", the "top" or the
    "top-right", away from the legend's corner; otherwise it is centred.
    """
    zoom = min(_fit_scale(area, source.size()), max_zoom)
    w, h = source.width() * zoom, source.height() * zoom
    x = area.right() - w if "right" in align else area.center().x() - w / 2
    y = area.top() if "top" in align else area.center().y() - h / 2
    return QRectF(x, y, w, h)


def _covers(legend: QRectF, target: QRectF, source: QRectF, obstacles: Sequence[QRectF]) -> bool:
    k = target.width() / max(source.width(), 1.0)
    for ob in obstacles:
        mapped = QRectF(target.left() + (ob.left() - source.left()) * k,
                        target.top() + (ob.top() - source.top()) * k, ob.width() * k, ob.height() * k)
        if mapped.intersects(legend):
            return True
    return False


def plan_page(page: QRectF, source: QRectF, block: TitleBlock | None, *, legend: bool,
              marks: overlay.Marks = (), scale: float = 1.0, obstacles: Sequence[QRectF] = (),
              max_zoom: float = MAX_PAGE_ZOOM, mode: str | None = None) -> MapLayout:
    """Title on top; the legend in the map's bottom-left corner when no actor is there,
    else beside or below the map, whichever leaves the map larger (as the screen does).
    ``mode`` forces one of "over", "beside" or "below"."""
    head = overlay.title_size(block, scale).height() if block is not None else 0.0
    title = QRectF(page.left(), page.top(), page.width(), head)
    body = page.adjusted(0, head, 0, 0)
    full = body.adjusted(GAP, GAP, -GAP, -GAP)
    if not legend:
        return MapLayout(page, title, _land(full, source, max_zoom), None, "none")
    size = overlay.legend_size(scale, marks)
    spot = overlay.legend_rect(body, scale, marks)
    fits = size.width() < body.width() and size.height() < body.height()
    if mode in (None, "over") and fits:
        for align in ("centre", "right", "top", "top-right"):
            target = _land(full, source, max_zoom, align)
            if mode == "over" or not _covers(spot, target, source, obstacles):
                return MapLayout(page, title, target, spot, "over")
    m = overlay.MARGIN * scale
    strips = {"beside": body.adjusted(size.width() + 2 * m, GAP, -GAP, -GAP),
              "below": body.adjusted(GAP, GAP, -GAP, -(size.height() + 2 * m))}
    if mode not in strips:
        mode = max(strips, key=lambda k: _fit_scale(strips[k], source.size()))
    return MapLayout(page, title, _land(strips[mode], source, max_zoom), spot, mode)


def natural_size(source: QRectF, block: TitleBlock | None, *, legend: bool,
                 marks: overlay.Marks = (), obstacles: Sequence[QRectF] = ()) -> tuple[QSizeF, str]:
    """The page that shows the map at 100 % with the legend where it wastes least room,
    and where the legend goes on it."""
    head = overlay.title_size(block).height() if block is not None else 0.0
    title_w = overlay.title_size(block).width() + 14 if block is not None else 0.0
    w, h = source.width() + 2 * GAP, source.height() + 2 * GAP
    if not legend:
        return QSizeF(max(w, title_w), head + h), "none"
    size = overlay.legend_size(1.0, marks)
    m = overlay.MARGIN
    over = QSizeF(max(w, title_w, size.width() + 2 * m), head + max(h, size.height() + 2 * m))
    lay = plan_page(QRectF(0, 0, over.width(), over.height()), source, block, legend=True,
                    marks=marks, obstacles=obstacles, max_zoom=1.0)
    if lay.mode == "over":
        return over, "over"
    side = QSizeF(max(size.width() + 2 * m + w, title_w), head + max(h, size.height() + 2 * m))
    under = QSizeF(max(w, size.width() + 2 * m, title_w), head + h + size.height() + 2 * m)
    return min(((side, "beside"), (under, "below")), key=lambda c: c[0].width() * c[0].height())


def actor_boxes(scene: "WorkshopScene") -> list[QRectF]:
    """Scene rectangles of the visible actors: what the legend must not hide."""
    return [item.sceneBoundingRect() for item in scene.actor_items.values() if item.isVisible()]


def paint_map_page(painter: QPainter, page: QRectF, session: "Session", scene: "WorkshopScene",
                   block: TitleBlock | None, *, legend: bool = True, background: bool = True,
                   max_zoom: float = MAX_PAGE_ZOOM, scale: float = 1.0,
                   mode: str | None = None) -> MapLayout:
    """Paint one phase's map with its title and legend into ``page``."""
    source = map_source(scene)
    marks = overlay.marks_of(scene)
    layout = plan_page(page, source or QRectF(0, 0, 400, 300), block, legend=legend, marks=marks,
                       scale=scale, obstacles=actor_boxes(scene), max_zoom=max_zoom, mode=mode)
    painter.save()
    painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
    if background:
        painter.fillRect(page, QColor(palette.CANVAS_BACKGROUND))
    if source is not None:
        scene.render(painter, layout.target, source, Qt.AspectRatioMode.KeepAspectRatio)
    else:
        f = QFont()
        f.setPointSizeF(12 * scale)
        painter.setFont(f)
        painter.setPen(QColor(palette.MUTED))
        painter.drawText(layout.target, Qt.AlignmentFlag.AlignCenter, tr("Nobody takes part in this phase yet."))
    if block is not None:
        overlay.paint_title(painter, layout.title, scale, block)
    if layout.legend is not None:
        overlay.paint_legend(painter, layout.legend, scale, marks, overlay.scene_mark_painter(scene))
    painter.restore()
    return layout


# -- files -------------------------------------------------------------------------------
def atomic_target(out: Path) -> contextlib.AbstractContextManager[Path]:
    """A temporary path beside ``out``, moved onto ``out`` only if the block succeeds and
    the file is complete (see :mod:`.atomic`); missing folders are made."""
    return atomic_file(out, make_folder=True)


def _painted(ok: bool, target: Path, what: str) -> None:
    """Qt says only true or false; turn false into an error that names the file."""
    if not ok:
        raise WriteError(target, write_trouble(target.parent, f"the {what} could not be drawn"))


def _pick_phases(session: "Session", phase: Any) -> list["Phase"]:
    if not session.phases:
        raise ExportError(f"{session.path.name}: this session has no phases to draw.")
    return session.phases if phase is None else [session.phase(phase)]


def _file_for(out: Path, fmt: str, index: int, phase: "Phase", many: bool) -> Path:
    base = out if out.suffix.lower() == f".{fmt}" else out.with_name(out.name + f".{fmt}")
    if not many:
        return base
    return base.with_name(f"{base.stem}-{index}-{slug(phase.name)}.{fmt}")


def export_image(session: "Session", out: str | os.PathLike[str], *, fmt: str, phase: Any = None,
                 dpi: int = 150, pseudonymize: bool = False, **options: Any) -> list[Path]:
    """Draw one phase (or every phase) as PNG, SVG or PDF; returns the files written.

    PNG and SVG give one file per phase (``<stem>-<n>-<phase>.png`` when all phases are
    drawn); PDF gives one A4 landscape page per phase. Options: ``ghosts`` (show absent
    actors faintly), ``labels``, ``legend``, ``page_size`` (PDF: "A4", "A3", "Letter"),
    ``date`` (text for the title block), ``towers`` (influence towers, as under View ▸
    Influence towers) and ``progress(done, total, what)``.
    """
    fmt = fmt.lower().lstrip(".")
    if fmt not in FORMATS:
        raise ExportError(f"cannot draw images as {fmt!r}; choose one of {', '.join(FORMATS)}.")
    unknown = set(options) - _OPTIONS
    if unknown:
        raise ExportError(f"unknown {noun(len(unknown), 'option')} for a {fmt} export: {', '.join(sorted(unknown))}.")
    if fmt == "png" and not MIN_DPI <= int(dpi) <= MAX_DPI:
        raise ExportError(f"a PNG resolution must be between {MIN_DPI} and {MAX_DPI} dpi, not {dpi}.")
    ensure_qt()
    with ExitStack() as stack:
        if pseudonymize:

            session = stack.enter_context(pseudonymised(session))
        phases = _pick_phases(session, phase)
        if fmt == "pdf":
            return [_write_pdf(session, Path(out), phases, options)]
        return _write_pictures(session, Path(out), fmt, phases, int(dpi), options, many=phase is None)


def _write_pictures(session: "Session", out: Path, fmt: str, phases: Sequence["Phase"], dpi: int,
                    options: dict[str, Any], *, many: bool) -> list[Path]:
    progress: Progress | None = options.get("progress")
    index_of = {p.id: i for i, p in enumerate(session.phases, start=1)}
    day = export_date(options)
    written: list[Path] = []
    with staged() as outs:  # all or nothing: a half set of phases is no use to the room
        for done, ph in enumerate(phases):
            if progress:
                progress(done, len(phases), ph.name)
            target = _file_for(out, fmt, index_of[ph.id], ph, many)
            with phase_scene(session, ph.id, ghosts=bool(options.get("ghosts")),
                             labels=options.get("labels", True) is not False,
                             towers=bool(options.get("towers"))) as scene:
                block = title_block(session, ph.id, day)
                legend = options.get("legend", True) is not False
                source = map_source(scene) or QRectF(0, 0, 400, 300)
                size, mode = natural_size(source, block, legend=legend,
                                          marks=overlay.marks_of(scene), obstacles=actor_boxes(scene))
                part = outs.file(target, make_folder=True)
                if fmt == "png":
                    _png(part, target, session, scene, block, size, dpi, legend, mode)
                else:
                    _svg(part, target, session, scene, block, size, legend, mode, ph.name)
            written.append(target)
    if progress:
        progress(len(phases), len(phases), "done")
    return written


def _png(part: Path, target: Path, session: "Session", scene: "WorkshopScene", block: TitleBlock, size: QSizeF,
         dpi: int, legend: bool, mode: str) -> None:
    factor = dpi / base_dpi()
    pixels = QSize(math.ceil(size.width() * factor), math.ceil(size.height() * factor))
    if pixels.width() * pixels.height() > 400_000_000:
        raise ExportError(f"{dpi} dpi would make an image of {pixels.width()} × {pixels.height()} "
                          "pixels; choose a lower resolution.")
    image = QImage(pixels, QImage.Format.Format_RGB32)  # opaque: a quarter faster to save
    if image.isNull():
        raise ExportError(f"not enough memory for a {pixels.width()} × {pixels.height()} image.")
    per_metre = round(base_dpi() / 0.0254)
    image.setDotsPerMeterX(per_metre)
    image.setDotsPerMeterY(per_metre)
    image.fill(QColor(palette.CANVAS_BACKGROUND))
    painter = QPainter(image)
    try:
        painter.scale(factor, factor)
        paint_map_page(painter, QRectF(0, 0, size.width(), size.height()), session, scene, block,
                       legend=legend, max_zoom=1.0, mode=mode)
    finally:
        ended = painter.end()
    _painted(ended, target, "map")
    per_metre = round(dpi / 0.0254)  # now say how large the picture is meant to print
    image.setDotsPerMeterX(per_metre)
    image.setDotsPerMeterY(per_metre)
    with _png_library_quiet():
        saved = image.save(str(part), "PNG")  # type: ignore[call-overload]
    if not saved:
        raise WriteError(target, write_trouble(target.parent, "the PNG encoder failed"))


def _svg(part: Path, target: Path, session: "Session", scene: "WorkshopScene", block: TitleBlock, size: QSizeF,
         legend: bool, mode: str, phase_name: str) -> None:
    from PySide6.QtSvg import QSvgGenerator

    gen = QSvgGenerator()
    gen.setFileName(str(part))
    gen.setResolution(base_dpi())
    gen.setSize(QSize(math.ceil(size.width()), math.ceil(size.height())))
    gen.setViewBox(QRectF(0, 0, math.ceil(size.width()), math.ceil(size.height())))
    gen.setTitle(f"{session.title} — {phase_name}")
    gen.setDescription(block.title)
    painter = QPainter()
    if not painter.begin(gen):
        raise WriteError(target, write_trouble(target.parent, "the SVG file could not be opened"))
    try:
        paint_map_page(painter, QRectF(0, 0, size.width(), size.height()), session, scene, block,
                       legend=legend, max_zoom=1.0, mode=mode)
    finally:
        ended = painter.end()
    _painted(ended, target, "map")
    _drop_non_xml(part, target)


def _drop_non_xml(path: Path, target: Path) -> None:
    """Remove what XML cannot hold: Qt writes a control character in a name as it is,
    and one such character would make the whole SVG file unreadable. The file is checked
    whole first: a write Qt lost to a full disk would otherwise pass as a short picture."""
    if not path.is_file():
        return
    problem = CHECKS[".svg"](path)
    if problem:
        raise WriteError(target, write_trouble(target.parent, problem, path.stat().st_size))
    text = path.read_text(encoding="utf-8")
    if has_xml_illegal(text):
        path.write_text(TextLog().xml(text, "SVG"), encoding="utf-8", newline="")


PAGE_SIZES = {"a4": QPageSize.PageSizeId.A4, "a3": QPageSize.PageSizeId.A3,
              "letter": QPageSize.PageSizeId.Letter}


def pdf_writer(path: Path, title: str, page_size: str = "A4") -> QPdfWriter:
    """A landscape PDF writer at the screen's resolution, so text fits its boxes."""
    size = PAGE_SIZES.get(str(page_size).lower())
    if size is None:
        raise ExportError(f"unknown page size {page_size!r}; choose A4, A3 or Letter.")
    writer = QPdfWriter(str(path))
    writer.setResolution(base_dpi())
    writer.setPageLayout(QPageLayout(QPageSize(size), QPageLayout.Orientation.Landscape,
                                     QMarginsF(10, 10, 10, 10), QPageLayout.Unit.Millimeter))
    writer.setTitle(title)
    writer.setCreator("Assemblage Workshop")
    return writer


def page_rect(writer: QPdfWriter) -> QRectF:
    return QRectF(writer.pageLayout().paintRectPixels(writer.resolution()).translated(0, 0))


def _write_pdf(session: "Session", out: Path, phases: Sequence["Phase"], options: dict[str, Any]) -> Path:
    progress: Progress | None = options.get("progress")
    target = out if out.suffix.lower() == ".pdf" else out.with_name(out.name + ".pdf")
    day = export_date(options)
    with atomic_target(target) as part:
        writer = pdf_writer(part, session.title, options.get("page_size", "A4"))
        painter = QPainter()
        if not painter.begin(writer):
            raise WriteError(target, write_trouble(target.parent,
                                                   "the PDF file could not be opened for writing"))
        try:
            page = QRectF(0, 0, page_rect(writer).width(), page_rect(writer).height())
            for i, ph in enumerate(phases):
                if progress:
                    progress(i, len(phases), ph.name)
                if i:
                    _painted(writer.newPage(), target, "next page")
                with phase_scene(session, ph.id, ghosts=bool(options.get("ghosts")),
                                 labels=options.get("labels", True) is not False,
                                 towers=bool(options.get("towers"))) as scene:
                    paint_map_page(painter, page, session, scene, title_block(session, ph.id, day),
                                   legend=options.get("legend", True) is not False)
        finally:
            ended = painter.end()
        _painted(ended, target, "PDF")
    if progress:
        progress(len(phases), len(phases), "done")
    return target


__all__ = ["export_image", "paint_map_page", "phase_scene", "plan_page", "natural_size",
           "title_block", "pdf_writer", "page_rect", "atomic_target", "ensure_qt", "base_dpi",
           "slug", "FORMATS", "MapLayout"]
