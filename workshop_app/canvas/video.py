"""The phase morph as a film: MP4, animated GIF or a numbered series of PNG frames.

Each frame is painted by the very scene the room sees (:class:`WorkshopScene`), with the
title block and legend of :mod:`.overlay`: a phase is held for a moment, then the screen's
own morph (:mod:`.morph`) carries it into the next. The morph is driven frame by frame
through :meth:`PhaseMorph.seek` with its clock turned off, so a slow machine makes the same
film as a fast one. The camera stays put: every phase is framed by the union of all phases'
maps, so an actor that moves on the film moved on the map.

Encoders come from the optional ``video`` extra (imageio with imageio-ffmpeg, which ships
its own ffmpeg, for MP4; Pillow for GIF); without them a one-line error says how to get
them. PNG frames need nothing beyond Qt. Every file goes through :mod:`..io.atomic`.
"""

from __future__ import annotations

import os
import re
import shutil
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterator

import numpy as np
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from . import overlay
from ..domain.i18n import tr
from ..domain.textsafe import printable
from ..io.atomic import atomic_file, staged
from ..io.errors import ExportError, WriteError
from ..io.output_checks import write_trouble
from ..io.pseudonymise import pseudonymised
from ..style import palette
from .overlay import TitleBlock
from .render import MapLayout, base_dpi, ensure_qt, export_date, map_source, phase_scene, plan_page, \
    title_block

if TYPE_CHECKING:  # pragma: no cover
    from ..domain.model import Phase
    from ..session import Session
    from .scene import WorkshopScene

VIDEO_FORMATS = ("mp4", "gif", "frames")
DEFAULT_SIZE = (1280, 720)
DEFAULT_FPS = {"mp4": 25.0, "gif": 10.0, "frames": 25.0}
HOLD_S = 2.0  # each phase stands still this long
MORPH_S = 1.5  # and takes this long to turn into the next
MIN_SIZE, MAX_SIZE = (160, 120), (3840, 2160)
MAX_FPS = {"mp4": 60.0, "gif": 50.0, "frames": 60.0}  # a GIF counts time in 1/100 s
INSTALL_HINT = 'pip install "assemblage-workshop[video]"'
_OPTIONS = {"size", "fps", "hold", "morph", "progress", "date"}
Progress = Callable[[int, int, str], None]
_NAMES = {"mp4": "an MP4 film", "gif": "a GIF film", "frames": "a series of frames"}


@dataclass(frozen=True)
class Shot:
    """One picture of the film and how long it stays (a held phase is one shot)."""

    phase_index: int  # the phase shown, or the one being left during a morph
    t: float | None  # the morph's progress, None while a phase is held
    frames: int  # how many frames of the film show it


@dataclass(frozen=True)
class FilmPlan:
    """What the film will be: its shots, size and speed (worked out before any painting)."""

    shots: tuple[Shot, ...]
    width: int
    height: int
    fps: float

    @property
    def frame_count(self) -> int:
        """Frames in an MP4 or a PNG series (a GIF keeps a held phase as one long frame)."""
        return sum(s.frames for s in self.shots)

    @property
    def seconds(self) -> float:
        return self.frame_count / self.fps


def parse_size(text: str | tuple[int, int] | None) -> tuple[int, int]:
    """ "1280x720" (or 1280×720, or a pair) as (width, height), within sensible limits."""
    if text is None:
        return DEFAULT_SIZE
    if isinstance(text, tuple):
        w, h = int(text[0]), int(text[1])
    else:
        m = re.fullmatch(r"\s*(\d{2,5})\s*[x×X*]\s*(\d{2,5})\s*", str(text))
        if m is None:
            raise ExportError(f"a video size is WIDTHxHEIGHT in pixels, like 1280x720, not {text!r}.")
        w, h = int(m.group(1)), int(m.group(2))
    if not (MIN_SIZE[0] <= w <= MAX_SIZE[0] and MIN_SIZE[1] <= h <= MAX_SIZE[1]):
        raise ExportError(f"a video is between {MIN_SIZE[0]}x{MIN_SIZE[1]} and {MAX_SIZE[0]}x{MAX_SIZE[1]} "
                          f"pixels, not {w}x{h}.")
    return w, h


def plan_film(phase_count: int, fmt: str, size: tuple[int, int], fps: float,
              hold_s: float = HOLD_S, morph_s: float = MORPH_S) -> FilmPlan:
    """The shots: each phase held ``hold_s``, then ``morph_s`` of morph frames to the next.

    Morph frames sit strictly between the two phases (the phases themselves are the holds),
    so every frame of a morph differs from the held pictures around it.
    """
    if fmt not in VIDEO_FORMATS:
        raise ExportError(f"cannot make a film as {fmt!r}; choose one of {', '.join(VIDEO_FORMATS)}.")
    if not 1.0 <= fps <= MAX_FPS[fmt]:
        raise ExportError(f"{_NAMES[fmt]} runs at 1 to {MAX_FPS[fmt]:g} frames per second, not {fps:g}.")
    if fmt == "mp4" and (size[0] % 2 or size[1] % 2):
        raise ExportError(f"an MP4 film needs an even width and height, not {size[0]}x{size[1]}.")
    if hold_s <= 0 or morph_s < 0:
        raise ExportError("a phase is held for some time, and a morph cannot take negative time.")
    hold = max(1, round(hold_s * fps))
    morph = round(morph_s * fps)
    shots: list[Shot] = []
    for i in range(phase_count):
        if i:
            shots += [Shot(i - 1, (k + 1) / (morph + 1), 1) for k in range(morph)]
        shots.append(Shot(i, None, hold))
    return FilmPlan(tuple(shots), size[0], size[1], float(fps))


# -- painting ----------------------------------------------------------------------------
def _caption(session: "Session", phases: list["Phase"], shot: Shot, day: str) -> TitleBlock:
    """The held phase's own title block; during a morph, which phase it is heading for."""
    block = title_block(session, phases[shot.phase_index].id, day)
    if shot.t is None:
        return block
    a, b = phases[shot.phase_index], phases[shot.phase_index + 1]
    index = [p.id for p in session.phases]
    words = tr("Phase {a} → {b} of {n}: {name}").format(
        a=index.index(a.id) + 1, b=index.index(b.id) + 1, n=len(index), name=printable(b.name))
    return TitleBlock(words, block.subtitle, block.detail)


class FramePainter:
    """Paints the scene into frames of one size, with one camera for the whole film."""

    def __init__(self, session: "Session", scene: "WorkshopScene", phases: list["Phase"],
                 width: int, height: int, day: str) -> None:
        self.session, self.scene, self.phases = session, scene, phases
        self.width, self.height, self.day = width, height, day
        self.scale = max(0.5, min(3.0, height / 720.0))  # title and legend grow with the frame
        source: QRectF | None = None
        boxes: list[QRectF] = []
        for ph in phases:  # one camera: every phase's map fits in it
            scene.set_phase(ph.id, animate=False)
            rect = map_source(scene)
            if rect is not None:
                source = rect if source is None else source.united(rect)
            boxes += [i.sceneBoundingRect() for i in scene.actor_items.values() if i.isVisible()]
        scene.set_phase(phases[0].id, animate=False)
        self.source = source or QRectF(0, 0, 400, 300)
        self.marks = overlay.marks_of(scene)
        first = _caption(session, phases, Shot(0, None, 1), day)
        self.layout: MapLayout = plan_page(QRectF(0, 0, width, height), self.source, first, legend=True,
                                           marks=self.marks, scale=self.scale, obstacles=boxes,
                                           max_zoom=2.0 * self.scale)

    def paint(self, block: TitleBlock) -> QImage:
        image = QImage(self.width, self.height, QImage.Format.Format_RGB32)
        if image.isNull():
            raise ExportError(f"not enough memory for a {self.width} × {self.height} frame.")
        per_metre = round(base_dpi() / 0.0254)  # text fills its boxes as on the screen
        image.setDotsPerMeterX(per_metre)
        image.setDotsPerMeterY(per_metre)
        image.fill(QColor(palette.CANVAS_BACKGROUND))
        painter = QPainter(image)
        try:
            painter.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                                   | QPainter.RenderHint.SmoothPixmapTransform)
            lay = self.layout
            self.scene.render(painter, lay.target, self.source, Qt.AspectRatioMode.KeepAspectRatio)
            overlay.paint_title(painter, lay.title, self.scale, block)
            if lay.legend is not None:
                overlay.paint_legend(painter, lay.legend, self.scale, self.marks,
                                     overlay.scene_mark_painter(self.scene))
        finally:
            painter.end()
        return image


def film_frames(session: "Session", plan: FilmPlan, day: str,
                progress: Progress | None = None) -> Iterator[tuple[QImage, Shot]]:
    """Every shot of ``plan`` as a picture, in order (a held phase is painted once)."""
    phases = session.phases
    with phase_scene(session, phases[0].id) as scene:
        scene.morph.clocked = False  # frames come from seek(), never from the clock
        scene.morph.limit = 10 ** 9  # and a big switch is filmed, not cut
        painter = FramePainter(session, scene, phases, plan.width, plan.height, day)
        for n, shot in enumerate(plan.shots):
            if progress:
                progress(n, len(plan.shots), phases[shot.phase_index].name)
            if shot.t is None:
                scene.morph.finish()
                if phases[shot.phase_index].id != scene.phase_id:
                    scene.set_phase(phases[shot.phase_index].id, animate=False)
            else:
                target = phases[shot.phase_index + 1].id
                if scene.phase_id != target:  # the morph's first frame: switch, then seek
                    scene.set_phase(target, animate=True)
                scene.morph.seek(shot.t)
            yield painter.paint(_caption(session, phases, shot, day)), shot
        scene.morph.finish()


def rgb_array(image: QImage) -> Any:
    """A frame as a height × width × 3 array of bytes (what the encoders take)."""
    rgb = image.convertToFormat(QImage.Format.Format_RGB888)
    w, h, line = rgb.width(), rgb.height(), rgb.bytesPerLine()
    data = np.frombuffer(rgb.constBits(), dtype=np.uint8, count=line * h).reshape(h, line)
    return data[:, : w * 3].reshape(h, w, 3).copy()


# -- encoders ----------------------------------------------------------------------------
def _encoder(fmt: str) -> Any:
    """The module that writes ``fmt``, or a one-line error that says how to get it."""
    try:
        if fmt == "mp4":
            import imageio_ffmpeg

            imageio_ffmpeg.get_ffmpeg_exe()  # its bundled binary, or one named by IMAGEIO_FFMPEG_EXE
            return imageio_ffmpeg
        from PIL import Image

        return Image
    except (ImportError, RuntimeError) as exc:
        what = "an MP4 film needs imageio-ffmpeg" if fmt == "mp4" else "a GIF film needs Pillow"
        raise ExportError(f"{what}, which this install lacks ({exc}); install it with: "
                          f"{INSTALL_HINT}") from None


def mp4_problem(path: Path) -> str | None:
    """An MP4 starts with its 'ftyp' box and, once ffmpeg has finished, holds a 'moov' box."""
    with open(path, "rb") as fh:
        head = fh.read(12)
        fh.seek(0)
        whole = fh.read()
    if head[4:8] != b"ftyp":
        return "the MP4 does not start like an MP4"
    if b"moov" not in whole:
        return "the MP4 is incomplete (its index is missing)"
    return None


def gif_problem(path: Path) -> str | None:
    with open(path, "rb") as fh:
        head = fh.read(6)
        fh.seek(-1, os.SEEK_END)
        last = fh.read(1)
    if head not in (b"GIF87a", b"GIF89a") or last != b";":
        return "the GIF is incomplete (it has no trailer)"
    return None


def _write_mp4(frames: Iterator[tuple[QImage, Shot]], plan: FilmPlan, part: Path, target: Path) -> None:
    """H.264 in an MP4 (yuv420p, what every player and slide program reads), fed frame by
    frame to ffmpeg so a long film never sits in memory."""
    ffmpeg = _encoder("mp4")
    writer = ffmpeg.write_frames(str(part), (plan.width, plan.height), fps=plan.fps, codec="libx264",
                                 quality=8, macro_block_size=1, ffmpeg_log_level="error",
                                 output_params=["-f", "mp4", "-movflags", "+faststart"])
    try:
        writer.send(None)  # starts ffmpeg
        for image, shot in frames:
            data = rgb_array(image)
            for _ in range(shot.frames):
                writer.send(data)
    except (OSError, RuntimeError) as exc:
        reason = " ".join(str(exc).split())[:160]
        raise WriteError(target, write_trouble(target.parent, f"the video encoder stopped ({reason})")) from None
    finally:
        writer.close()


def _write_gif(frames: Iterator[tuple[QImage, Shot]], plan: FilmPlan, part: Path) -> int:
    """A looping GIF; identical neighbouring pictures are joined (Pillow would join them
    anyway), so the count returned is the count a reader finds."""
    Image = _encoder("gif")
    pictures: list[Any] = []
    durations: list[int] = []
    last: bytes | None = None
    for image, shot in frames:
        data = rgb_array(image)
        ms = int(round(shot.frames * 1000.0 / plan.fps / 10.0)) * 10  # a GIF counts 1/100 s
        raw = data.tobytes()
        if raw == last:
            durations[-1] += ms
            continue
        last = raw
        pictures.append(Image.fromarray(data, "RGB").quantize(colors=255, method=Image.Quantize.MEDIANCUT))
        durations.append(max(ms, 20))
    pictures[0].save(str(part), format="GIF", save_all=True, append_images=pictures[1:],
                     duration=durations, loop=0, optimize=False)
    return len(pictures)


def _write_frames(frames: Iterator[tuple[QImage, Shot]], plan: FilmPlan, folder: Path, target: Path) -> None:
    digits = max(4, len(str(plan.frame_count)))
    n = 0
    for image, shot in frames:
        first: Path | None = None
        for _ in range(shot.frames):
            n += 1
            name = folder / f"frame-{n:0{digits}d}.png"
            if first is None:
                if not image.save(str(name), "PNG"):  # type: ignore[call-overload]
                    raise WriteError(target / name.name, write_trouble(target, "the PNG encoder failed"))
                first = name
            else:  # a held phase: the same picture again, copied rather than drawn anew
                shutil.copyfile(first, name)


def _frames_target(out: Path) -> None:
    """A frames folder may replace an earlier series, never somebody's other files."""
    if out.exists() and not out.is_dir():
        raise ExportError(f"{out}: is a file; PNG frames go into a folder.")
    if out.is_dir():
        strangers = [p.name for p in out.iterdir() if not re.fullmatch(r"frame-\d+\.png", p.name)]
        if strangers:
            raise ExportError(f"{out}: holds other files ({strangers[0]}…); choose a new or empty "
                              "folder for the frames.")


# -- the export --------------------------------------------------------------------------
def export_video(session: "Session", out: str | os.PathLike[str], *, fmt: str, phase: Any = None,
                 pseudonymize: bool = False, **options: Any) -> list[Path]:
    """Film the morph across every phase as MP4, GIF or a folder of PNG frames.

    Options: ``size`` ("1280x720" or a pair), ``fps``, ``hold`` and ``morph`` (seconds a
    phase is held and a morph takes), ``date`` (the title's date) and
    ``progress(done, total, what)``. ``phase`` is refused: a film needs every phase.
    """
    fmt = fmt.lower().lstrip(".")
    unknown = set(options) - _OPTIONS
    if unknown:
        raise ExportError(f"unknown option for {_NAMES.get(fmt, fmt)}: {', '.join(sorted(unknown))}.")
    if phase is not None:
        raise ExportError("a film shows the change across all phases; leave out the phase.")
    size = parse_size(options.get("size"))
    fps = float(options.get("fps") or DEFAULT_FPS.get(fmt, 25.0))
    plan = plan_film(len(session.phases), fmt, size, fps, float(options.get("hold", HOLD_S)),
                     float(options.get("morph", MORPH_S)))
    if not session.phases:
        raise ExportError(f"{session.path.name}: this session has no phases to film.")
    if fmt != "frames":
        _encoder(fmt)  # before any painting: a missing encoder is said at once
    target = Path(out)
    if fmt != "frames" and target.suffix.lower() != f".{fmt}":
        target = target.with_name(target.name + f".{fmt}")
    ensure_qt()
    progress: Progress | None = options.get("progress")
    day = export_date(options)
    with ExitStack() as stack:
        if pseudonymize:
            session = stack.enter_context(pseudonymised(session))
        frames = film_frames(session, plan, day, progress)
        if fmt == "frames":
            _frames_target(target)
            with staged() as outs:
                folder = outs.folder(target, replace=True, make_folder=True)
                _write_frames(frames, plan, folder, target)
        elif fmt == "mp4":
            with atomic_file(target, check=mp4_problem, make_folder=True) as part:
                _write_mp4(frames, plan, part, target)
        else:
            with atomic_file(target, check=gif_problem, make_folder=True) as part:
                _write_gif(frames, plan, part)
    if progress:
        progress(len(plan.shots), len(plan.shots), "done")
    return [target]


__all__ = ["DEFAULT_FPS", "DEFAULT_SIZE", "FilmPlan", "HOLD_S", "INSTALL_HINT", "MORPH_S", "Shot",
           "VIDEO_FORMATS", "export_video", "film_frames", "parse_size", "plan_film", "rgb_array"]
