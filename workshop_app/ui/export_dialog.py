"""The export and import dialogs and the runs behind File ▸ Export…, Export snapshot pack,
Export research bundle and Import… (the menu entries are ``ui/exporter.py``'s).

Exports run the registry's exporter (``workshop_app.formats.EXPORTERS``) on the open
session, with a progress dialog for anything that takes a moment, and end with a dialog
that can open the folder. Imports build a new session file from a GEXF, GraphML, CSV or Kumu
file, show the importer's report and open the new session. Every failure gets a dialog
naming the file and the reason; exporters and importers write beside their target and move
into place at the end, so nothing is left half-written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from ..domain.commands import CommandError
from ..domain.wording import count
from ..formats import EXPORTERS, IMAGE_FORMATS, IMPORTERS, REPORT, VIDEO_FORMATS
from ..io.bundle import write_bundle
from ..io.errors import ExchangeError, ExportCancelled
from ..store import SessionFileError
from .context import WindowContext
from .text import literal, plain
from ..canvas.render import slug
from ..io.session_guard import refuse_session_folder
from ..io.importers import ImportCancelled, detect_format
from .dialogs.import_mapping import ask_mapping
from .dialogs.import_report import confirm_import
from .report_dialog import ReportDialog
from .i18n import tr
from ..domain.i18n import N_

PROGRESS_FORMATS = (*IMAGE_FORMATS, *VIDEO_FORMATS, "pack", "html", "report")  # exporters that report their steps
NOTED_FORMATS = ("gexf", "graphml", "csv", "xlsx", "bundle")  # exporters that say what they changed or left out
TOWER_FORMATS = (*IMAGE_FORMATS, "html")  # maps that can draw the influence towers
FILM_SIZES = ("1280x720", "1920x1080", "854x480", "640x360")
FILM_FPS = {"mp4": 25, "gif": 10, "frames": 25}


@dataclass(frozen=True)
class FormatInfo:
    """How the dialog offers one format: a label, the file suffix ("" for a folder)."""

    label: str
    suffix: str
    phase_choice: bool = True


FORMATS: dict[str, FormatInfo] = {
    "png": FormatInfo(N_("PNG image of the map (one file per phase)"), ".png"),
    "svg": FormatInfo(N_("SVG drawing of the map (one file per phase)"), ".svg"),
    "pdf": FormatInfo(N_("PDF of the map (one page per phase)"), ".pdf"),
    "html": FormatInfo(N_("HTML snapshot: one page that opens in any browser"), ".html"),
    "pack": FormatInfo(N_("Snapshot pack for participants (PDF)"), ".pdf"),
    "mp4": FormatInfo(N_("MP4 film of the change across phases"), ".mp4", False),
    "gif": FormatInfo(N_("Animated GIF of the change across phases"), ".gif", False),
    "frames": FormatInfo(N_("PNG frames of the change across phases (a folder)"), "", False),
    "gexf": FormatInfo(N_("GEXF network for Gephi (all phases in one file)"), ".gexf"),
    "graphml": FormatInfo(N_("GraphML network (a folder, one file per phase)"), ""),
    "csv": FormatInfo(N_("CSV tables (a folder of files)"), ""),
    "xlsx": FormatInfo(N_("Excel workbook of the tables"), ".xlsx"),
    "bundle": FormatInfo(N_("Research bundle: every data format and a codebook (a folder)"), "", False),
}
# What a user can get wrong; anything else is a bug and is left to propagate.
FAILURES: tuple[type[BaseException], ...] = (ExchangeError, CommandError, SessionFileError, OSError,
                                             ValueError)


def available_exporters() -> dict[str, Callable[..., list[Path]]]:
    """Format name → exporter, in the order the dialog offers them (the bundle last)."""
    found: dict[str, Callable[..., list[Path]]] = {**EXPORTERS, "bundle": _bundle}
    return {k: found[k] for k in [*FORMATS, *sorted(set(found) - set(FORMATS))] if k in found}


def _bundle(session: Any, out: Path, *, phase: Any = None, pseudonymize: bool = False,
            force: bool = False, progress: Any = None, cancelled: Any = None,
            notes: list[str] | None = None, **_: Any) -> list[Path]:
    return list(write_bundle(session, out, pseudonymize=pseudonymize, force=force,
                             progress=progress, cancelled=cancelled, notes=notes))


def available_importers() -> dict[str, Callable[..., Any]]:
    return dict(IMPORTERS)


@dataclass
class ExportRequest:
    """What the dialog asks for; ``options`` go to the exporter as keyword arguments."""

    fmt: str
    out: Path
    phase_id: int | None = None
    pseudonymize: bool = False
    options: dict[str, Any] = field(default_factory=dict)


class ExportDialog(QDialog):
    """Format, phase, resolution, pseudonymise and where to write."""

    def __init__(self, ctx: WindowContext, formats: list[str], fmt: str | None = None) -> None:
        super().__init__(ctx.parent)
        self.ctx = ctx
        self.setWindowTitle(tr("Export"))
        self.setMinimumWidth(560)
        session = ctx.session
        self.format = QComboBox()
        for name in formats:
            info = FORMATS.get(name, FormatInfo(name.upper(), f".{name}"))
            self.format.addItem(tr(info.label), name)
        self.phase = QComboBox()
        self.phase.addItem(tr("All phases"), None)
        for i, ph in enumerate(session.phases, start=1):
            self.phase.addItem(f"{i}. {ph.name}", ph.id)
        self.dpi = QSpinBox()
        self.dpi.setRange(72, 600)
        self.dpi.setSingleStep(50)
        self.dpi.setValue(150)
        self.dpi.setSuffix(tr(" dpi"))
        self.dpi.setToolTip(tr("150 dpi suits a handout or slides, 300 dpi a printed poster"))
        self.ghosts = QCheckBox(tr("Show absent actors as faint ghosts"))
        self.towers = QCheckBox(tr("Influence towers beside the boxes, with their key"))
        self.towers.setToolTip(tr("Net-Map: a stack as high as each actor's recorded influence, shaded by "
                                  "its stance; ticked when the map shows them (View ▸ Influence towers)"))
        self.towers.setAccessibleDescription(self.towers.toolTip())
        acts = ctx.actions
        self.towers.setChecked("influence_towers" in acts and acts["influence_towers"].isChecked())
        self.film_size = QComboBox()
        self.film_size.setEditable(True)  # any WIDTHxHEIGHT; the exporter checks it
        self.film_size.addItems(FILM_SIZES)
        self.film_size.setAccessibleName(tr("Film size"))
        self.film_size.setToolTip(tr("Width x height in pixels: 1280x720 suits slides, 1920x1080 a big screen"))
        self.fps = QSpinBox()
        self.fps.setRange(1, 60)
        self.fps.setSuffix(tr(" frames/s"))
        self.fps.setAccessibleName(tr("Frames per second"))
        self.pseudonymize = QCheckBox(tr("Pseudonymise (actors become \"Government 1\"…, no notes, no names)"))
        self.excel = QCheckBox(tr("For Excel: opens as UTF-8, and text starting with = + - @ stays text"))
        self.excel.setToolTip(tr("Adds a byte order mark and puts ' before text a spreadsheet would run as "
                                 "a formula; leave it off for R, pandas or another program, which read the "
                                 "text exactly as typed"))
        self.excel.setAccessibleDescription(self.excel.toolTip())
        self.path = QLineEdit()
        self.path.setAccessibleName(tr("Save as"))
        browse = QPushButton(tr("Choose…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(tr("Format"), self.format)
        form.addRow(tr("Phase"), self.phase)
        form.addRow(tr("Resolution"), self.dpi)
        form.addRow(tr("Film size"), self.film_size)
        form.addRow(tr("Film speed"), self.fps)
        form.addRow("", self.ghosts)
        form.addRow("", self.towers)
        form.addRow("", self.excel)
        form.addRow("", self.pseudonymize)
        form.addRow(tr("Save as"), row)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555555;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Export"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(buttons)
        self.format.currentIndexChanged.connect(self._format_changed)
        self.phase.currentIndexChanged.connect(lambda _i: self._suggest_path())
        if fmt is not None and self.format.findData(fmt) >= 0:
            self.format.setCurrentIndex(self.format.findData(fmt))
        self._format_changed()

    # -- state ----------------------------------------------------------------------------
    def fmt(self) -> str:
        return str(self.format.currentData())

    def request(self) -> ExportRequest:
        fmt = self.fmt()
        options: dict[str, Any] = {}
        if fmt == "png":
            options["dpi"] = self.dpi.value()
        if fmt in IMAGE_FORMATS and self.ghosts.isChecked():
            options["ghosts"] = True
        if fmt in TOWER_FORMATS and self.towers.isChecked():
            options["towers"] = True
        if fmt in VIDEO_FORMATS:
            options["size"] = self.film_size.currentText().strip()
            options["fps"] = self.fps.value()
        if fmt == "csv" and self.excel.isChecked():
            options["excel"] = True
        info = FORMATS.get(fmt, FormatInfo(fmt, ""))
        phase = self.phase.currentData() if info.phase_choice else None
        return ExportRequest(fmt, Path(self.path.text().strip()).expanduser(), phase,
                             self.pseudonymize.isChecked(), options)

    def _format_changed(self) -> None:
        fmt = self.fmt()
        info = FORMATS.get(fmt, FormatInfo(fmt, ""))
        self.dpi.setEnabled(fmt == "png")
        self.ghosts.setEnabled(fmt in IMAGE_FORMATS)
        self.towers.setEnabled(fmt in TOWER_FORMATS)
        self.excel.setEnabled(fmt == "csv")
        self.film_size.setEnabled(fmt in VIDEO_FORMATS)
        self.fps.setEnabled(fmt in VIDEO_FORMATS)
        if fmt in VIDEO_FORMATS:
            self.fps.setMaximum(50 if fmt == "gif" else 60)
            self.fps.setValue(FILM_FPS[fmt])
        self.phase.setEnabled(info.phase_choice)
        hints = {
            "png": tr("All phases: one picture per phase, named after the phase."),
            "html": tr("One file that works offline: participants can switch phases and point at actors."),
            "pack": tr("Title page, each phase's map with roles and scores, what changed, "
                       "warnings and a glossary, ready to hand out."),
            "bundle": tr("GEXF, GraphML, CSV and Excel tables with a codebook, in a new folder."),
            "mp4": tr("Each phase held for two seconds, then the map turns into the next one, "
                      "as the screen's morph does; with the title, phase and legend."),
            "gif": tr("The same film as a looping GIF: plays in slides, e-mail and web pages."),
            "frames": tr("The film as numbered PNG pictures in a new folder, for video editors."),
        }
        self.hint.setText(hints.get(fmt, ""))
        self._suggest_path()

    def _suggest_path(self) -> None:
        fmt = self.fmt()
        info = FORMATS.get(fmt, FormatInfo(fmt, f".{fmt}"))
        session = self.ctx.session
        folder = Path(self.path.text()).parent if self.path.text().strip() else session.path.parent
        stem = session.path.stem
        pid = self.phase.currentData() if info.phase_choice else None
        if pid is not None:

            stem += "-" + slug(session.model.phase(pid).name)
        stem += {"pack": "-pack", "bundle": "-research", "csv": "-tables", "graphml": "-graphml",
                 "html": "-snapshot", "mp4": "-morph", "gif": "-morph", "frames": "-frames"}.get(fmt, "")
        self.path.setText(str(folder / f"{stem}{info.suffix}"))

    def _browse(self) -> None:
        fmt = self.fmt()
        info = FORMATS.get(fmt, FormatInfo(fmt, f".{fmt}"))
        if info.suffix:
            path, _ = QFileDialog.getSaveFileName(self, tr("Export to"), self.path.text(),
                                                  tr("{fmt} (*{suffix});;All files (*)").format(
                                                          fmt=fmt.upper(), suffix=info.suffix))
            if path and not path.lower().endswith(info.suffix):
                path += info.suffix
        else:
            parent = QFileDialog.getExistingDirectory(self, tr("Put the new folder in"), str(Path(self.path.text()).parent))
            path = str(Path(parent) / Path(self.path.text()).name) if parent else ""
        if path:
            self.path.setText(path)

    def _accept(self) -> None:
        if not self.path.text().strip():
            QMessageBox.warning(self, tr("Export"), tr("Choose where to save the export."))
            return
        self.accept()


class ExportRuns:
    """The runs behind File ▸ Export…, the pack, the bundle and Import… (the ``export``
    feature, ``ui/exporter.py``, makes one the first time an entry is used)."""

    def __init__(self, ctx: WindowContext) -> None:
        self.ctx = ctx
        self.last_paths: list[Path] = []

    # -- export ---------------------------------------------------------------------------
    def make_dialog(self, fmt: str | None = None) -> ExportDialog:
        return ExportDialog(self.ctx, list(available_exporters()), fmt)

    def open_export(self, fmt: str | None = None) -> list[Path]:
        if fmt is not None and fmt not in available_exporters():
            self._error(tr("Export not available"), tr("This install cannot export {fmt!r}.").format(fmt=fmt))
            return []
        dialog = self.make_dialog(fmt)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return []
        return self.run(dialog.request())

    def open_report(self) -> list[Path]:
        """File ▸ Export workshop report…: the dialog, then the run."""
        dialog = ReportDialog(self.ctx)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return []
        return self.run(ExportRequest("report", dialog.out(), None, dialog.pseudonymize.isChecked()))

    def run(self, req: ExportRequest) -> list[Path]:
        """Run one export with a progress dialog; errors and the result get a dialog."""
        exporters = {**available_exporters(), "report": REPORT}
        if req.fmt not in exporters:
            self._error(tr("Export not available"), tr("This install cannot export {fmt!r}.").format(fmt=req.fmt))
            return []
        if req.fmt == "bundle" and req.out.is_dir() and any(req.out.iterdir()):

            try:  # asked before "Replace folder?", which a session folder must never get
                refuse_session_folder(req.out, action="a bundle")
            except ExchangeError as exc:
                self._error(tr("Export refused"), tr("Nothing was written.\n\n{exc}").format(exc=exc))
                return []
            answer = QMessageBox.question(
                self.ctx.parent, tr("Replace folder?"),
                literal(tr("{out} is not empty. Replace it with the new bundle?").format(out=req.out)))
            if answer != QMessageBox.StandardButton.Yes:
                return []
            req.options["force"] = True
        progress = QProgressDialog(tr("Exporting…"), "", 0, 0, self.ctx.parent)
        progress.setLabel(plain(QLabel(), tr("Exporting…")))  # the steps name phases as typed
        progress.setWindowTitle(tr("Export"))
        progress.setCancelButton(None)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)

        def step(done: int, total: int, what: str) -> None:
            progress.setMaximum(max(total, 1))
            progress.setValue(min(done, total))
            progress.setLabelText(tr("Exporting: {what}…").format(what=what) if what != "done" else tr("Finishing…"))
            QApplication.processEvents()

        options = dict(req.options)
        notes: list[str] = []
        if req.fmt in NOTED_FORMATS:
            options["notes"] = notes
        if req.fmt == "bundle":  # the one long export: it reports its steps and can stop
            progress.setCancelButtonText(tr("Cancel"))
            progress.setMinimumDuration(0)
            options["progress"] = step
            options["cancelled"] = progress.wasCanceled
        elif req.fmt in PROGRESS_FORMATS:
            options["progress"] = step
        else:  # no steps to report: a busy bar at once for the formats that write many files
            progress.setMinimumDuration(0 if req.fmt in ("bundle", "csv", "graphml") else 300)
            progress.setLabelText(tr("Exporting {label}…").format(
                    label=tr(FORMATS.get(req.fmt, FormatInfo(req.fmt, '')).label)))
            progress.setValue(0)
            QApplication.processEvents()
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            paths = exporters[req.fmt](self.ctx.session, req.out, phase=req.phase_id,
                                       pseudonymize=req.pseudonymize, **options)
        except ExportCancelled:
            return []  # asked for: nothing was written, and nothing to say about it
        except FAILURES as exc:
            self._error(tr("Export failed"), tr("Nothing was written.\n\n{exc}").format(exc=exc))
            return []
        finally:
            QApplication.restoreOverrideCursor()
            progress.close()
        self.last_paths = [Path(p) for p in paths]
        self.show_result(self.last_paths, req.out, notes)
        return self.last_paths

    def show_result(self, paths: list[Path], out: Path, notes: list[str] | None = None) -> None:
        """The files written and, under them, what the export changed or left out (the
        bundle's workbook left out of a big session, text cut to a cell's limit …)."""
        folder = out if out.is_dir() else (paths[0].parent if paths else out.parent)
        names = "\n".join(p.name for p in paths[:8]) + (tr("\n… and {n} more").format(n=len(paths) - 8) if len(paths) > 8 else "")
        if notes:
            names += "\n\n" + tr("Good to know:") + "\n" + "\n".join(f"• {note}" for note in notes)
        box = QMessageBox(self.ctx.parent)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(tr("Export done"))
        box.setTextFormat(Qt.TextFormat.PlainText)  # folder and file names as they are
        box.setText(tr("Wrote {files} to {folder}").format(files=count(len(paths), 'file'), folder=folder))
        box.setInformativeText(literal(names))
        open_button = box.addButton(tr("Open folder"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is open_button:
            self.open_folder(folder)

    @staticmethod
    def open_folder(folder: Path) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def _error(self, title: str, text: str) -> None:
        QMessageBox.critical(self.ctx.parent, title, literal(text))

    # -- import ---------------------------------------------------------------------------
    def import_file(self) -> Path | None:
        """Choose a foreign file and a new session file, import, report, open it."""
        importers = available_importers()
        if not importers:
            self._error(tr("Import not available"), tr("This install has no importers."))
            return None
        source, _ = QFileDialog.getOpenFileName(
            self.ctx.parent, tr("Import a network"), str(self.ctx.session.path.parent),
            tr("Network files (*.gexf *.graphml *.xml *.csv *.tsv *.txt *.json *.xlsx *.net *.paj "
               "*.gml *.cyjs *.jgf);;All files (*)"))
        if not source:
            return None
        src = Path(source)
        try:
            kind = detect_format(src)
        except FAILURES:
            kind = ""
        if kind not in importers:
            self._error(tr("Cannot import"), tr("{name}: the app imports GEXF, GraphML, CSV, XLSX, Pajek, "
                                            "GML, JSON (Kumu, node-link, JSON Graph Format) and Cytoscape "
                                            "files.").format(name=src.name))
            return None
        target_name, _ = QFileDialog.getSaveFileName(
            self.ctx.parent, tr("Save the new session as"), str(src.with_suffix(".workshop")),
            tr("Workshop sessions (*.workshop)"))
        if not target_name:
            return None
        target = Path(target_name)
        if target.suffix != ".workshop":
            target = target.with_suffix(".workshop")
        if target.exists():
            self._error(tr("Cannot import"), tr("{target} already exists. Importing never replaces a session; "
                                            "choose a new name.").format(target=target))
            return None
        try:  # the mapping step: asked only when the file does not fit the vocabulary
            go, mapping = ask_mapping(self.ctx.parent, src, kind)
        except FAILURES as exc:
            self._error(tr("Import failed"), tr("No session was made.\n\n{exc}").format(exc=exc))
            return None
        if not go:
            return None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            result = importers[kind](src, target, confirm=self._confirm_import,
                                     **({"mapping": mapping} if mapping else {}))
        except ImportCancelled:  # the user read the report and said no: nothing was written
            QApplication.restoreOverrideCursor()
            return None
        except FAILURES as exc:  # the importer leaves nothing behind: nothing to remove here
            QApplication.restoreOverrideCursor()
            self._error(tr("Import failed"), tr("No session was made.\n\n{exc}").format(exc=exc))
            return None
        QApplication.restoreOverrideCursor()
        _close_if_session(result)
        self.ctx.open_path(target)
        return target

    def _confirm_import(self, report: Any) -> bool:
        """The report before the session is put in place (the importer waits for the answer)."""
        QApplication.restoreOverrideCursor()
        try:
            return confirm_import(self.ctx.parent, report)
        finally:
            QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)


def _close_if_session(result: Any) -> None:
    """An importer that hands back an open Session: close it before the window opens the file."""
    for part in result if isinstance(result, tuple) else (result,):
        close = getattr(part, "close", None)
        if callable(close) and hasattr(part, "model"):
            close()


__all__ = ["ExportDialog", "ExportRequest", "ExportRuns", "available_exporters",
           "available_importers", "FORMATS"]
