"""File ▸ Export…, Export snapshot pack, Export research bundle, Export workshop report and
Import…: the menu entries.

The dialogs and runs behind them (``export_dialog.py``) bring every format's writer and
reader along, which costs more than a bare window's whole start-up; they are loaded through
``seams.export_runs`` the first time one of these entries is used.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from .context import FeatureBase, WindowContext
from . import seams
from .i18n import tr

if TYPE_CHECKING:  # pragma: no cover
    from .export_dialog import ExportDialog, ExportRequest, ExportRuns


class Exporter(FeatureBase):
    """The feature: the File menu entries; the runs behind them are made on first use."""

    name = "export"

    def __init__(self) -> None:
        super().__init__()
        self._runs: ExportRuns | None = None

    def attach(self, ctx: WindowContext) -> None:
        super().attach(ctx)
        self._runs = None  # made for this window's context when first used
        quit_action = ctx.actions["quit"] if "quit" in ctx.actions else None
        entries = (
            ("export", tr("&Export…"), lambda: self.open_export(), ("Ctrl+E",),
             tr("Export the map as images, an HTML page, a PDF pack or data")),
            ("export_pack", tr("Export snapshot &pack (PDF)…"), lambda: self.open_export("pack"),
             ("Ctrl+Shift+E",), tr("A PDF to hand to every participant")),
            ("export_bundle", tr("Export rese&arch bundle…"), lambda: self.open_export("bundle"), (),
             tr("Every data format with a codebook, in one folder")),
            ("export_report", tr("Export &workshop report…"), lambda: self.open_report(), (),
             tr("A Word or PDF report for the people who commissioned the workshop")),
            ("import", tr("&Import…"), self.import_file, ("Ctrl+I",),
             tr("Make a new session from a GEXF, GraphML, CSV or Kumu file")),
        )
        made = [ctx.declare(name, text, slot, *keys, menu="file", before=quit_action, tip=tip)
                for name, text, slot, keys, tip in entries]
        self.act_export, self.act_pack, self.act_bundle, self.act_report, self.act_import = made
        ctx.add_separator("file", before=quit_action)

    @property
    def runs(self) -> "ExportRuns":
        """The dialogs and runs, loaded (with every exporter and importer) on first use."""
        if self._runs is None:
            self._runs = seams.export_runs()(self.ctx)
        return self._runs

    @property
    def last_paths(self) -> list[Path]:
        """The files the last export wrote (none before the first)."""
        return [] if self._runs is None else self._runs.last_paths

    def make_dialog(self, fmt: str | None = None) -> "ExportDialog":
        return self.runs.make_dialog(fmt)

    def open_export(self, fmt: str | None = None) -> list[Path]:
        return self.runs.open_export(fmt)

    def open_report(self) -> list[Path]:
        return self.runs.open_report()

    def run(self, req: "ExportRequest") -> list[Path]:
        return self.runs.run(req)

    def import_file(self) -> Path | None:
        return self.runs.import_file()


__all__ = ["Exporter"]
