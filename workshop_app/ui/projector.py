"""The projector: a second, chrome-less window that shows the console's own scene to the room.

It is a second view on the console's scene (not a copy), so every edit, phase switch and
animation appears on the wall at the same moment as on the laptop, with nothing to keep in
sync. Only the dress differs: white background, thicker outlines, big phase name, the
question being scored, how phones join and the pinned facilitation prompt, sized for the back
of the room. The round, the prompt and the join details are read from the room's state.
"""

from __future__ import annotations

from typing import Any, Sequence

from PySide6.QtCore import QPointF, QRectF, QSizeF, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QColor,
    QFont,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QKeyEvent,
    QPainter,
    QPen,
    QResizeEvent,
    QScreen,
)
from PySide6.QtWidgets import QFrame, QGraphicsView, QWidget

from .. import settings
from ..canvas.scene import WorkshopScene
from ..canvas import guides
from ..canvas.framing import CORNERS
from ..canvas.label_scale import refresh_reach
from ..canvas.references import phase_stated_line, references_shown, set_view_references
from ..canvas.view import WorkshopView
from ..canvas.view_look import ViewLook, set_view_look
from ..style.themes import HIGH_CONTRAST, STANDARD, WallTheme
from ..style.themes import theme as theme_named
from .context import FeatureBase, WindowContext
from . import seams
from .room_signals import RoomSignals
from .projector_side import SideColumn
from .round_panel import wall_round
from .text import mnemonic_safe
from .i18n import tr
from ..domain.i18n import N_

LABEL_SIZES: dict[float, str] = {1.0: N_("Normal"), 1.25: N_("Large"), 1.5: N_("Larger"), 2.0: N_("Huge")}
DEFAULT_LABEL_SCALE = 1.5
MAX_ZOOM = 2.2
HEADER = 106  # the heading band's height on a 1080-line screen
# A second fit after a phase switch, once the canvas has finished moving actors.
REFIT_AFTER_MS = 650


def screen_key(screen: QScreen, index: int) -> str:
    """A name to remember a screen by (some platforms leave the name empty)."""
    return screen.name() or tr("Screen {n}").format(n=index + 1)


def pick_screen(names: Sequence[str], saved: str | None, console: str | None) -> int | None:
    """Index of the screen to present on: the remembered one while it is connected, else
    any screen other than the console's (the projector is rarely the laptop), else the first."""
    if not names:
        return None
    if saved in names:
        return list(names).index(saved)
    for i, name in enumerate(names):
        if name != console:
            return i
    return 0


class ProjectorView(WorkshopView):
    """A view for the wall: no scroll bars, no editing, overlays painted for a big screen."""

    def __init__(self, scene: WorkshopScene, projector: "Projector", parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.projector = projector
        self.setWindowFlags(Qt.WindowType.Window | Qt.WindowType.FramelessWindowHint)
        self.setWindowTitle(tr("Assemblage Workshop — presentation"))
        self.setInteractive(False)  # the wall shows; edits happen on the console
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.theme: WallTheme = STANDARD  # the chrome's colours (style/themes.py)
        self.hidden: tuple[frozenset[int], frozenset[int]] = (frozenset(), frozenset())  # not shown yet
        self.step_note = ""  # "Step 3 of 12" while presenting step by step
        self.side_column = SideColumn(self)
        self.set_theme(STANDARD)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.viewport().setCursor(Qt.CursorShape.BlankCursor)
        self.show_title = False  # the projector paints its own, larger phase heading
        self.heading_note = ""  # a line another feature asks to show in the heading
        self.show_legend = True
        self.legend_mode = "full"  # the room reads the map here: the legend is never folded
        # The legend's usual box, its long rows (in the heading beside a short phase name, or
        # in a strip under a wide map) or its single column (beside a tall map), whichever
        # leaves the names larger (canvas/legend_shapes.py).
        self.legend_shapes = ("tall", "wide", "narrow")
        # Names as large as the map's density allows, up to the chosen presentation size;
        # the console keeps its own (items draw at the size of the view painting them).
        self.owns_scene_scale = False
        self.label_range = (1.0, projector.label_scale)
        self.set_label_scale(1.0)
        self._update_scale()

    # -- what this view shows its own way -------------------------------------------------
    def set_theme(self, theme: WallTheme) -> None:
        """Dress the wall (and its lines) in ``theme``."""
        self.theme = theme
        self.setBackgroundBrush(QColor(theme.background))
        self._apply_look()
        if self.isVisible():
            self.fit()  # the heading's height follows the theme's text size

    def set_hidden(self, actors: frozenset[int], relations: frozenset[int], note: str = "") -> None:
        """Items the wall does not show yet (presenting step by step); the console shows all."""
        self.hidden, self.step_note = (frozenset(actors), frozenset(relations)), note
        self._apply_look()

    def _apply_look(self) -> None:
        t = self.theme
        set_view_look(self, ViewLook(self.hidden[0], self.hidden[1], t.line_casing, t.line_width,
                                     t.selection if t is not STANDARD else None, t.min_opacity))

    # -- sizes ----------------------------------------------------------------------------
    @property
    def unit(self) -> float:
        """One pixel of a 1080-line screen, so the layout reads the same on any projector."""
        return max(0.55, self.viewport().height() / 1080)

    def _update_scale(self) -> None:
        self.overlay_scale = 1.05 * self.unit  # the legend reads from the room without taking the map's place

    def font_px(self, px: float, *, bold: bool = False, italic: bool = False) -> QFont:
        f = QFont()
        f.setPixelSize(max(9, round(px * self.unit)))
        f.setBold(bold)
        f.setItalic(italic)
        return f

    def header_height(self) -> float:
        return HEADER * self.unit * self.theme.text_scale

    def _heading_fonts(self) -> tuple[QFont, QFont]:
        k = self.theme.text_scale
        return self.font_px(24 * k), self.font_px(46 * k, bold=True)

    def _heading_lines(self) -> tuple[str, str] | None:
        """The heading's two lines: "Phase i of n · title" and the phase's name."""
        scene = self.workshop_scene()
        model = scene.session.model
        if scene.phase_id not in model.tables["phases"]:
            return None
        phases = model.phases
        index = [p.id for p in phases].index(scene.phase_id) + 1
        line1 = tr("Phase {i} of {n}").format(i=index, n=len(phases))
        if self.heading_note:  # asked for (the intended public value): before what may be cut
            line1 += f"  ·  {self.heading_note}"
        line1 += f"  ·  {self.subtitle}" if self.subtitle else ""
        if references_shown(self.viewport(), scene.show_references):  # a paper's word on the phase
            stated = phase_stated_line(model, scene.phase_id)
            line1 += f"  ·  {stated}" if stated else ""
        return line1, model.phase(scene.phase_id).name

    def fixed_legend_spot(self, size: QSizeF) -> QRectF | None:
        """The legend in the heading band, right of the phase name, when both fit whole."""
        lines = self._heading_lines()
        u = self.unit
        if lines is None or size.height() > self.header_height() - 16 * u:
            return None
        small, big = self._heading_fonts()
        used = 36 * u + max(QFontMetricsF(small).horizontalAdvance(lines[0]),
                            QFontMetricsF(big).horizontalAdvance(lines[1]))
        right = self.viewport().width() - 24 * u
        if right - size.width() < used + 32 * u:
            return None
        top = (self.header_height() - 6 * u - size.height()) / 2
        return QRectF(right - size.width(), top, size.width(), size.height())

    def side_width(self) -> float:
        """The right-hand column for the round question, phone join details and the prompt."""
        p = self.projector
        if p.round_info() is None and not p.prompt and p.join is None:
            return 0.0
        return max(360.0, self.viewport().width() * 0.33)

    # -- fitting (see canvas/view.py and canvas/framing.py) ----------------------------------
    @property
    def max_zoom(self) -> float:  # type: ignore[override]
        return MAX_ZOOM * self.unit

    def map_room(self) -> QRectF:
        """Where the map may go: below the heading, left of the side column."""
        m = 12 * self.unit
        vp = QRectF(self.viewport().rect())
        return vp.adjusted(m, self.header_height(), -(self.side_width() + m), -m)

    def legend_corners(self) -> tuple[str, ...]:
        return CORNERS  # the heading is above the map's room: every corner may take the legend

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._update_scale()
        super().resizeEvent(event)

    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        """White for the wall, with the lens's rings or sectors (the scene's own background
        with the guides is not drawn under a view's own brush)."""
        super().drawBackground(painter, rect)
        shown = self.workshop_scene().current_guides()
        if shown is not None:
            guides.paint(painter, shown)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.projector.hide()
            event.accept()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: Any) -> None:
        super().closeEvent(event)
        self.projector._closed()

    # -- painting -------------------------------------------------------------------------
    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        self._paint_outlines(painter)
        painter.save()
        painter.resetTransform()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self._paint_heading(painter)  # first: the legend may sit in the heading's band
        painter.restore()
        super().drawForeground(painter, rect)
        side = self.side_width()
        if side:
            painter.save()
            painter.resetTransform()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            self.side_column.paint(painter, side)
            painter.restore()

    def _paint_outlines(self, painter: QPainter) -> None:
        """Thicker dark outlines around present actors: boxes stay distinct on a washed-out wall."""
        pen = QPen(QColor(self.theme.outline), self.theme.outline_width * self.unit)
        pen.setCosmetic(True)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for item in self.workshop_scene().actor_items.values():
            outline = getattr(item, "outline_at", None)  # the box's own shape, pill or hexagon
            if item.actor_id in self.hidden[0]:
                continue  # not shown on the wall yet
            if outline is not None and item.isVisible() and item.view.present and not getattr(item, "dimmed", False):
                painter.drawPath(outline(self.label_scale))
        painter.restore()

    def _paint_heading(self, painter: QPainter) -> None:
        lines = self._heading_lines()
        if lines is None:
            return
        u = self.unit
        width = self.viewport().width()
        painter.fillRect(QRectF(0, 0, width, self.header_height()), QColor(self.theme.background))
        x = 36 * u
        small, big = self._heading_fonts()
        fm_small, fm_big = QFontMetricsF(small), QFontMetricsF(big)
        # Beside a legend placed in the band the lines stop short of it (see fixed_legend_spot).
        legend = self.legend_rect() if self.show_legend and self.frame is not None else None
        end = legend.left() - 24 * u if legend is not None and legend.bottom() <= self.header_height() else width - x
        painter.setFont(small)
        painter.setPen(QColor(self.theme.muted))
        painter.drawText(QPointF(x, 14 * u + fm_small.ascent()),
                         fm_small.elidedText(lines[0], Qt.TextElideMode.ElideRight, end - x))
        painter.setFont(big)
        painter.setPen(QColor(self.theme.ink))
        name = fm_big.elidedText(lines[1], Qt.TextElideMode.ElideRight, end - x)
        painter.drawText(QPointF(x, 14 * u + fm_small.height() + 2 * u + fm_big.ascent()), name)
        painter.fillRect(QRectF(x, self.header_height() - 6 * u, width - 2 * x, 3 * u), QColor(self.theme.accent))
        if self.step_note:  # presenting step by step: where the room is, bottom right
            font = self.font_px(22 * self.theme.text_scale, bold=True)
            painter.setFont(font)
            painter.setPen(QColor(self.theme.muted))
            fm = QFontMetricsF(font)
            vp = self.viewport().rect()
            painter.drawText(QPointF(vp.width() - self.side_width() - 24 * u - fm.horizontalAdvance(self.step_note),
                                     vp.height() - 14 * u - fm.descent()), self.step_note)


class Projector(FeatureBase):
    """The feature: the presentation window, its menu entries and its settings."""

    name = "projector"

    def __init__(self, room: RoomSignals) -> None:
        super().__init__()
        self.room_signals = room
        self.room = room.room
        self._qr: tuple[str, QImage] | None = None  # the join page's URL and its QR code

    def attach(self, ctx: WindowContext) -> None:
        super().attach(ctx)
        self.view = ProjectorView(ctx.scene, self, ctx.parent)
        self.view.subtitle = ctx.session.title
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(REFIT_AFTER_MS)
        self._refit.timeout.connect(self._fit_if_shown)
        ctx.add_separator("view")
        self.act_present = ctx.declare(
            "present", tr("Presentation"), self.set_shown, "F5", checkable=True, menu="view",
            tip=tr("Show the map full screen on the presentation screen (Esc or F5 closes it)"))
        self.screen_menu = ctx.add_submenu("view", tr("Presentation screen"))
        self.screen_menu.aboutToShow.connect(self.fill_screen_menu)
        self.fill_screen_menu()
        self.label_menu = ctx.add_submenu("view", tr("Presentation label size"))
        self._label_group = QActionGroup(self)
        for factor, name in LABEL_SIZES.items():
            act = self.label_menu.addAction(f"{tr(name)} ({round(factor * 100)} %)")
            act.setCheckable(True)
            act.setData(factor)
            act.setChecked(factor == self.label_scale)
            act.triggered.connect(lambda _=False, f=factor: self.set_label_scale(f))
            self._label_group.addAction(act)
        self.act_wall_levels = ctx.declare(
            "wall_source_levels", tr("Source levels on the wall"), self.set_wall_levels, checkable=True,
            menu="view", tip=tr("Show the levels and classes a source states (◆) on the presentation too "
                                "(hide them while the room votes)"))
        self.act_wall_levels.setChecked(settings.current().wall_source_levels)
        self.act_contrast = ctx.declare(
            "wall_high_contrast", tr("High-contrast presentation"), self.set_high_contrast, checkable=True,
            menu="view", tip=tr("Black, white and yellow on the wall, thick lines and larger text "
                                "(for a washed-out projector or low vision)"))
        self.act_contrast.setChecked(settings.current().projector_theme == HIGH_CONTRAST.key)
        self.view.set_theme(theme_named(settings.current().projector_theme))
        set_view_references(self.view, self.act_wall_levels.isChecked())
        signals = ctx.signals
        ctx.connect(signals.sessionChanged, self._session_changed)
        ctx.connect(signals.phaseChanged, self._phase_changed)
        ctx.connect(signals.closing, self.hide)  # the wall goes dark with the console
        ctx.connect(ctx.model_events.edited, self._edited)
        ctx.connect(self.room_signals.changed, self._room_changed)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            ctx.connect(app.screenAdded, self._screen_added)
            ctx.connect(app.screenRemoved, self._screen_removed)

    def detach(self) -> None:
        self.hide()
        self.view.deleteLater()
        super().detach()

    # -- showing --------------------------------------------------------------------------
    def is_shown(self) -> bool:
        return self.view.isVisible()

    def set_shown(self, on: bool) -> None:
        if on:
            self.show()
        else:
            self.hide()

    def show(self) -> None:
        """Full screen on the chosen screen, with the console's shortcuts working there too."""
        for act in self.ctx.actions.for_wall():
            if act not in self.view.actions():
                self.view.addAction(act)
        if not self.is_shown():
            self._apply_label_scale()
        self._place(self.target_screen())
        self.view.raise_()
        self._sync_action(True)
        self.view.fit()

    def hide(self) -> None:
        if self.is_shown():
            self.view.close()  # closeEvent comes back through _closed
        else:
            self._closed()

    def _closed(self) -> None:
        self._restore_label_scale()
        self._sync_action(False)

    def _sync_action(self, on: bool) -> None:
        self.act_present.blockSignals(True)
        self.act_present.setChecked(on)
        self.act_present.blockSignals(False)

    def _place(self, screen: QScreen | None) -> None:
        view = self.view
        if screen is None:
            view.showFullScreen()
            return
        if view.isVisible() and view.screen() is screen and view.isFullScreen():
            return
        if view.isVisible():
            view.showNormal()
        view.setGeometry(screen.geometry())
        view.winId()  # the native window must exist before it can be sent to a screen
        handle = view.windowHandle()
        if handle is not None:
            handle.setScreen(screen)
        view.showFullScreen()

    def _fit_if_shown(self) -> None:
        if self.is_shown():
            self.view.fit()
            self.view.viewport().update()

    # -- screens --------------------------------------------------------------------------
    def screens(self) -> list[QScreen]:
        return list(QGuiApplication.screens())

    def target_screen(self) -> QScreen | None:
        screens = self.screens()
        names = [screen_key(s, i) for i, s in enumerate(screens)]
        console = self.ctx.screen()
        console_name = screen_key(console, screens.index(console)) if console in screens else None
        index = pick_screen(names, settings.current().projector_screen, console_name)
        return None if index is None else screens[index]

    def choose_screen(self, name: str) -> None:
        """Remember the screen by name and move the presentation there if it is up."""
        settings.store().set(projector_screen=name)
        target = self.target_screen()
        for act in self.screen_menu.actions():  # not rebuilt: this may run inside a menu action
            act.setChecked(target is not None and act.data() == screen_key(target, self.screens().index(target)))
        if self.is_shown():
            self._place(self.target_screen())
            self.view.fit()

    def fill_screen_menu(self) -> None:
        menu = self.screen_menu
        menu.clear()
        group = QActionGroup(menu)
        target = self.target_screen()
        console = self.ctx.screen()
        for i, screen in enumerate(self.screens()):
            key = screen_key(screen, i)
            size = screen.geometry()
            text = f"{key} — {size.width()}×{size.height()}" + (tr("  (this window)") if screen is console else "")
            act = QAction(mnemonic_safe(text), menu)  # a screen's name may hold "&"
            act.setCheckable(True)
            act.setChecked(screen is target)
            act.setData(key)
            act.triggered.connect(lambda _=False, k=key: self.choose_screen(k))
            group.addAction(act)
            menu.addAction(act)

    def _screen_added(self, _screen: QScreen) -> None:
        self.fill_screen_menu()

    def _screen_removed(self, screen: QScreen) -> None:
        self.fill_screen_menu()
        if self.is_shown() and self.view.screen() is screen:
            QTimer.singleShot(0, lambda: self._place(self.target_screen()))

    def set_heading_note(self, text: str) -> None:
        """Show ``text`` after the heading's first line ("" takes it away)."""
        if self._ctx is None:
            return  # detached: its wall is gone
        if text != self.view.heading_note:
            self.view.heading_note = text
            self.view.viewport().update()

    def set_hidden(self, actors: frozenset[int], relations: frozenset[int], note: str = "") -> None:
        """Hide items on the wall only (presenting step by step); ``note`` says where the room is."""
        if (frozenset(actors), frozenset(relations), note) != (*self.view.hidden, self.view.step_note):
            self.view.set_hidden(actors, relations, note)

    def set_high_contrast(self, on: bool) -> None:
        """Dress the wall in the high-contrast theme, or the standard one (remembered)."""
        chosen = HIGH_CONTRAST if on else STANDARD
        self.view.set_theme(chosen)
        if settings.current().projector_theme != chosen.key:
            settings.store().set(projector_theme=chosen.key)

    def set_wall_levels(self, on: bool) -> None:
        """Show or hide sources' levels and classes on the wall only (remembered)."""
        set_view_references(self.view, on)
        if settings.current().wall_source_levels != on:
            settings.store().set(wall_source_levels=on)

    # -- labels ---------------------------------------------------------------------------
    @property
    def label_scale(self) -> float:
        value = settings.current().projector_label_scale
        return float(value) if isinstance(value, (int, float)) and 0.5 <= value <= 4 else DEFAULT_LABEL_SCALE

    def set_label_scale(self, factor: float) -> None:
        settings.store().set(projector_label_scale=float(factor))
        for act in self._label_group.actions():
            act.setChecked(act.data() == factor)
        if self.is_shown():
            self._apply_label_scale()
            self.view.fit()

    def _apply_label_scale(self) -> None:
        """The wall draws names up to the chosen size, as large as the map's density
        allows; the console keeps its own size (each view draws at its own)."""
        self.view.label_range = (1.0, self.label_scale)
        self.view.refresh_labels()

    def _restore_label_scale(self) -> None:
        refresh_reach(self.ctx.scene)  # the console alone again: boxes need no extra room

    def _edited(self, _reason: str) -> None:
        if self.is_shown():  # places and names changed: the labels may grow or must shrink
            self.view.refresh_labels()
        self.view.viewport().update()

    # -- what it shows (from the room's state) -------------------------------------------
    @property
    def prompt(self) -> str:
        """The pinned facilitation prompt shown in the side column ("" hides it)."""
        return self.room.prompt

    @property
    def join(self) -> tuple[str, str, QImage] | None:
        """How phones join (address, join code, QR image), while the phones are open."""
        info = self.room.join
        if info is None:
            return None
        if self._qr is None or self._qr[0] != info.url:
            self._qr = (info.url, QImage.fromData(seams.join_qr()(info.url)))
        return info.address, info.code, self._qr[1]

    def round_info(self) -> dict[str, Any] | None:
        return wall_round(self.ctx.session.model, self.room)

    def _room_changed(self) -> None:
        # The side column appears or goes with the round, which changes the room for the map.
        self._fit_if_shown()
        self.view.viewport().update()

    # -- following the console ------------------------------------------------------------
    def _session_changed(self, session: Any) -> None:
        shown = self.is_shown()
        self.view.setScene(self.ctx.scene)
        self.view.subtitle = session.title
        if shown:
            self._apply_label_scale()
            self.view.fit()

    def _phase_changed(self, _phase_id: int) -> None:
        if self.is_shown():
            self.view.fit()
            self._refit.start()
        self.view.viewport().update()
