"""What sources state, on the map or not: View ▸ Show source levels, and the session's 3C
settings (Score ▸ 3C rule and source levels…).

A source's levels (a reference participant such as the "Case record") are drawn as a ◆ on the
relation's label and the class it states as "◆coop" in the label. The console shows them
unless the facilitator hides them (remembered in the settings); the projector has its own
toggle (``projector.py``), so the wall can hide them while the room votes.
"""

from __future__ import annotations

from typing import Any

from .. import settings
from ..canvas.references import set_view_references
from .context import FeatureBase, WindowContext
from .dialogs.threec_settings import ThreeCSettings
from .i18n import tr


class EvidenceView(FeatureBase):
    """The console's "Show source levels" and the 3C settings dialog."""

    name = "evidence"

    def attach(self, ctx: WindowContext) -> None:
        super().attach(ctx)
        self.act_levels = ctx.declare(
            "source_levels", tr("Show source levels"), self.set_shown, checkable=True, menu="view",
            tip=tr("Show the levels and classes a source states (◆) beside the room's, on this screen"))
        self.act_levels.setChecked(settings.current().show_source_levels)
        set_view_references(ctx.view, self.act_levels.isChecked())
        ctx.add_separator("score")
        ctx.declare("threec_settings", tr("3C rule and source levels…"), self.open_settings, menu="score",
                    tip=tr("How this session reads the 3C class, and whether source levels count in the median"))

    def shown(self) -> bool:
        return self.act_levels.isChecked()

    def set_shown(self, on: bool) -> None:
        set_view_references(self.ctx.view, on)
        if settings.current().show_source_levels != on:
            settings.store().set(show_source_levels=on)

    def open_settings(self) -> Any:
        """The dialog; its choices become one edit."""
        dlg = ThreeCSettings(self.ctx.session.model, self.ctx.parent)
        if dlg.exec():
            command = dlg.command()
            if command is not None:
                return self.ctx.execute(command)
        return None


__all__ = ["EvidenceView"]
