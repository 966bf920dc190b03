"""File ▸ New from template… and File ▸ Save set-up as template…: protocol templates in the
console (``io/protocol.py`` does the work; the dialog is ``template_dialog.py``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from ..bundled import resources_dir
from ..io.errors import ExchangeError
from ..io.protocol import save_template
from .context import FeatureBase, WindowContext
from .template_dialog import TemplateDialog
from .text import literal
from .i18n import tr


class Templates(FeatureBase):
    """The two File menu entries."""

    name = "templates"

    def attach(self, ctx: WindowContext) -> None:
        super().attach(ctx)
        acts = ctx.actions
        self.act_new = ctx.declare(
            "new_from_template", tr("New from &template…"), self.new_from_template, menu="file",
            before=acts["open"] if "open" in acts else None,
            tip=tr("Start a session with a protocol's phases, roles, prompts, round and groups"))
        self.act_save = ctx.declare(
            "save_template", tr("Save set-up as te&mplate…"), self.save_as_template, menu="file",
            before=acts["session_title"] if "session_title" in acts else None,
            tip=tr("Keep this session's phases, roles, prompts, round and groups for the next workshop"))

    def make_dialog(self) -> TemplateDialog:
        return TemplateDialog(self.ctx.parent, self.ctx.session.path.parent)

    def new_from_template(self) -> Path | None:
        dialog = self.make_dialog()
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.made is None:
            return None
        self.ctx.open_path(dialog.made)
        return dialog.made

    def save_as_template(self, path: Path | None = None) -> Path | None:
        session = self.ctx.session
        if path is None:
            chosen, _ = QFileDialog.getSaveFileName(self.ctx.parent, tr("Save set-up as template"),
                                                    str(session.path.with_name(session.path.stem + "-template.json")),
                                                    tr("Templates (*.json)"))
            if not chosen:
                return None
            path = Path(chosen) if chosen.lower().endswith(".json") else Path(chosen + ".json")
        try:
            written = save_template(session, path, resources_dir())
        except (ExchangeError, OSError, ValueError) as exc:
            QMessageBox.critical(self.ctx.parent, tr("Template not saved"), literal(tr("Nothing was written.\n\n{exc}").format(
                    exc=exc)))
            return None
        self.ctx.status(tr("Saved the set-up as {name}").format(name=written.name))
        return written


__all__ = ["Templates"]
