"""Every export and import format by name: the one table the command line and the GUI use.

The data formats and the HTML snapshot are Qt-free (``io``). The pictures and the snapshot
pack are drawn by the canvas (``canvas.render``, ``canvas.snapshot_pack``) from the same scene
as the screen, so they need Qt: ``_drawn`` is the one seam where Qt is loaded, on the first
picture asked for, so that ``workshop-app export --format csv`` never starts Qt.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from .io import data_export
from .io.html_snapshot import export_html
from .io.importers import FORMATS as IMPORT_FORMATS
from .io.importers import import_file
from .io.session_guard import refuse_session_target

if TYPE_CHECKING:  # pragma: no cover
    from .session import Session

Exporter = Callable[..., list[Path]]

# Formats drawn from the scene; the rest run headless.
IMAGE_FORMATS = ("png", "svg", "pdf")
# The morph across phases as a film (canvas.video): its size and speed are options.
VIDEO_FORMATS = ("mp4", "gif", "frames")
# The workshop report (canvas.report): one document model, written as Word or PDF.
REPORT_FORMATS = ("docx", "pdf")


def _drawn(fmt: str) -> Callable[..., Any]:
    """A picture or the pack, drawn by the canvas; Qt is imported on the first call only."""

    def draw(session: "Session", out: Path, **options: Any) -> Any:
        if fmt == "pack":
            from .canvas.snapshot_pack import export_pack  # the Qt seam

            return export_pack(session, out, **options)
        if fmt == "report":
            from .canvas.report import export_report  # the Qt seam

            return export_report(session, out, **options)
        if fmt in VIDEO_FORMATS:
            from .canvas.video import export_video  # the Qt seam

            return export_video(session, out, fmt=fmt, **options)
        from .canvas.render import export_image  # the Qt seam

        return export_image(session, out, fmt=fmt, **options)

    return draw


def _guarded(write: Callable[..., Any]) -> Exporter:
    """Refuse a session (or a folder holding one) as the target before any work is done."""

    def export(session: "Session", out: Path, *, phase: Any = None, pseudonymize: bool = False,
               **options: Any) -> list[Path]:
        refuse_session_target(out)
        result = write(session, Path(out), phase=phase, pseudonymize=pseudonymize, **options)
        return list(result) if isinstance(result, (list, tuple)) else [Path(result or out)]

    return export


EXPORTERS: dict[str, Exporter] = {
    "png": _guarded(_drawn("png")),
    "svg": _guarded(_drawn("svg")),
    "pdf": _guarded(_drawn("pdf")),
    "html": _guarded(export_html),
    "pack": _guarded(_drawn("pack")),
    "gexf": _guarded(data_export.export_gexf),
    "graphml": _guarded(data_export.export_graphml),
    "csv": _guarded(data_export.export_csv),
    "xlsx": _guarded(data_export.export_xlsx),
    "mp4": _guarded(_drawn("mp4")),
    "gif": _guarded(_drawn("gif")),
    "frames": _guarded(_drawn("frames")),
}


# The workshop report: ``REPORT(session, out.docx|out.pdf, pseudonymize=...)``.
REPORT: Exporter = _guarded(_drawn("report"))


def _importer(fmt: str) -> Callable[..., Any]:
    def run(src: Path, target: Path, **options: Any) -> Any:
        return import_file(src, target, fmt=fmt, **options)

    return run


IMPORTERS: dict[str, Callable[..., Any]] = {
    fmt: _importer(fmt) for fmt in IMPORT_FORMATS
}

__all__ = ["EXPORTERS", "IMPORTERS", "IMAGE_FORMATS", "REPORT", "REPORT_FORMATS", "VIDEO_FORMATS",
           "Exporter"]
