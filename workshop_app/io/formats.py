"""Every export and import format by name, loaded only when used.

The command line and the GUI dispatch through these tables. The image, HTML and snapshot-pack
exporters live in their own modules (they need Qt or templates); importing this registry
never imports them, so headless data exports work without Qt.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from .errors import ExportError

if TYPE_CHECKING:  # pragma: no cover
    from ..domain.session import Session

Exporter = Callable[..., list[Path]]


class LazyExporter:
    """Imports ``module.function`` on first call; ``options`` are passed on every call."""

    def __init__(self, module: str, function: str, **options: Any) -> None:
        self.module = module
        self.function = function
        self.options = options

    def load(self) -> Exporter:
        try:
            mod = importlib.import_module(f"{__package__}.{self.module}")
        except ModuleNotFoundError as exc:
            if exc.name and (exc.name.endswith(self.module) or exc.name.startswith("PySide6")):
                raise ExportError(f"this install cannot write this format ({exc.name} is "
                                  "missing)") from None
            raise
        return getattr(mod, self.function)

    def __call__(self, session: "Session", out: Path, *, phase: Any = None,
                 pseudonymize: bool = False, **options: Any) -> list[Path]:
        from .session_guard import refuse_session_target

        refuse_session_target(out)  # before any work: the name asked for, whatever is added to it
        result = self.load()(session, Path(out), phase=phase, pseudonymize=pseudonymize,
                             **{**self.options, **options})
        return list(result) if isinstance(result, (list, tuple)) else [Path(result or out)]

    def __repr__(self) -> str:
        return f"LazyExporter({self.module}.{self.function})"


EXPORTERS: dict[str, Exporter] = {
    "png": LazyExporter("render", "export_image", fmt="png"),
    "svg": LazyExporter("render", "export_image", fmt="svg"),
    "pdf": LazyExporter("render", "export_image", fmt="pdf"),
    "html": LazyExporter("html_snapshot", "export_html"),
    "pack": LazyExporter("snapshot_pack", "export_pack"),
    "gexf": LazyExporter("data_export", "export_gexf"),
    "graphml": LazyExporter("data_export", "export_graphml"),
    "csv": LazyExporter("data_export", "export_csv"),
    "xlsx": LazyExporter("data_export", "export_xlsx"),
}

# Formats that need Qt to render; the rest run headless.
IMAGE_FORMATS = ("png", "svg", "pdf")


class LazyImporter:
    def __init__(self, fmt: str) -> None:
        self.fmt = fmt

    def __call__(self, src: Path, target: Path, **options: Any) -> Any:
        from .importers import import_file

        return import_file(src, target, fmt=self.fmt, **options)


IMPORTERS: dict[str, Callable[..., Any]] = {
    fmt: LazyImporter(fmt) for fmt in ("gexf", "graphml", "csv", "kumu")
}

__all__ = ["EXPORTERS", "IMPORTERS", "IMAGE_FORMATS", "LazyExporter", "Exporter"]
