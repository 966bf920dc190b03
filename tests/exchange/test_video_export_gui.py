"""The morph as a film: MP4, GIF and PNG frames, decoded back and counted.

What a user would check by playing the file: it has the size and the speed asked for, it
lasts as long as the phases are held and morphed, it starts on the first phase's caption and
ends on the last one's, and it says how to get an encoder when the install has none.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Iterator

import pytest
from PySide6.QtGui import QImage

from workshop_app import Session
from workshop_app.cli import main
from workshop_app.domain import commands as cmds
from workshop_app.formats import EXPORTERS
from workshop_app.io.errors import ExportError

iio = pytest.importorskip("imageio.v3", reason="imageio decodes the films (the test extra has it)")

HOLD, MORPH = 0.4, 0.6  # seconds; short films keep the test quick


@pytest.fixture
def three_phases(tmp_path: Path) -> Iterator[Session]:
    """Three phases in which somebody joins, somebody leaves and somebody moves."""
    s = Session.create(tmp_path / "film.workshop", title="Film test", default_phases=False)
    with s.bulk("build"):
        s.add_phase("Design", "design")
        s.add_phase("Pilot", "piloting")
        s.add_phase("Scaling", "scaling")
        city = s.add_actor("City of Filmtown", "government", "city", x=-250, y=0,
                           present_in=["Design", "Pilot", "Scaling"])
        lab = s.add_actor("Living Lab", "academia", "regional", x=250, y=0, present_in=["Design", "Pilot"])
        s.add_actor("Residents", "citizens", "neighbourhood", x=0, y=220, present_in=["Pilot", "Scaling"])
        s.add_relation(city, lab, "information")
    s.execute(cmds.MoveActors(moves=[(city.id, -100.0, -150.0)], phase_id=s.phase("Scaling").id))
    yield s
    s.close()


def _frames_expected(phases: int, fps: float) -> int:
    return phases * round(HOLD * fps) + (phases - 1) * round(MORPH * fps)


def test_mp4_has_the_asked_size_and_every_frame(three_phases: Session, tmp_path: Path) -> None:
    out = tmp_path / "morph.mp4"
    written = EXPORTERS["mp4"](three_phases, out, size="320x180", fps=10, hold=HOLD, morph=MORPH)
    assert written == [out]
    meta = iio.immeta(out, plugin="FFMPEG")
    assert meta["size"] == (320, 180)
    assert meta["fps"] == 10
    frames = list(iio.imiter(out, plugin="FFMPEG"))
    assert len(frames) == _frames_expected(3, 10) == 3 * 4 + 2 * 6
    assert frames[0].shape == (180, 320, 3)


def test_gif_holds_each_phase_as_one_long_frame(three_phases: Session, tmp_path: Path) -> None:
    out = tmp_path / "morph.gif"
    EXPORTERS["gif"](three_phases, out, size="400x240", fps=10, hold=HOLD, morph=MORPH)
    frames = iio.imread(out, index=None)
    morph_frames = round(MORPH * 10)
    assert frames.shape[0] == 3 + 2 * morph_frames  # a hold is one frame, each morph step one
    assert frames.shape[1:3] == (240, 400)
    with iio.imopen(out, "r", plugin="pillow") as gif:
        durations = [gif.metadata(index=i)["duration"] for i in range(frames.shape[0])]
    assert durations[0] == pytest.approx(HOLD * 1000, abs=10)
    assert durations[1:1 + morph_frames] == [100] * morph_frames
    assert sum(durations) == pytest.approx((3 * HOLD + 2 * MORPH) * 1000, abs=30)


def test_png_series_starts_and_ends_on_its_phases(three_phases: Session, tmp_path: Path) -> None:
    out = tmp_path / "frames"
    EXPORTERS["frames"](three_phases, out, size="640x360", fps=10, hold=HOLD, morph=MORPH)
    names = sorted(p.name for p in out.iterdir())
    assert len(names) == _frames_expected(3, 10)
    assert names[0] == "frame-0001.png" and names[-1] == f"frame-{len(names):04d}.png"
    first, held, morphing, last = (QImage(str(out / names[i])) for i in (0, 3, 5, len(names) - 1))
    assert (first.width(), first.height()) == (640, 360)
    assert first == held  # the first phase stands still while it is held
    band = (0, 0, 640, 40)  # the caption: "Phase i of n: name"

    def caption(img: QImage) -> QImage:
        return img.copy(*band)

    assert caption(first) != caption(last)
    assert caption(morphing) not in (caption(first), caption(last))  # "Phase 1 → 2 of 3: Pilot"
    assert first.copy(0, 40, 640, 320) != last.copy(0, 40, 640, 320)  # the map changed too
    # Half way through the first morph the map is neither phase: the morph is filmed, not cut.
    hold, steps = round(HOLD * 10), round(MORPH * 10)
    middle, pilot = (QImage(str(out / names[i])) for i in (hold + steps // 2, hold + steps))
    for held in (first, pilot):
        assert middle.copy(0, 40, 640, 320) != held.copy(0, 40, 640, 320)


def test_a_second_export_replaces_an_earlier_series_but_never_other_files(
        three_phases: Session, tmp_path: Path) -> None:
    out = tmp_path / "frames"
    EXPORTERS["frames"](three_phases, out, size="320x180", fps=10, hold=HOLD, morph=MORPH)
    EXPORTERS["frames"](three_phases, out, size="320x180", fps=5, hold=HOLD, morph=MORPH)
    assert len(list(out.iterdir())) == _frames_expected(3, 5)  # no frames left from the first
    (out / "notes.txt").write_text("mine")
    with pytest.raises(ExportError, match="holds other files"):
        EXPORTERS["frames"](three_phases, out, size="320x180", fps=10)
    assert (out / "notes.txt").read_text() == "mine"


def test_bad_sizes_and_speeds_are_refused_before_anything_is_written(
        three_phases: Session, tmp_path: Path) -> None:
    out = tmp_path / "x.mp4"
    for options, words in (({"size": "1281x720"}, "even width and height"),
                           ({"size": "huge"}, "WIDTHxHEIGHT"),
                           ({"size": "20x20"}, "between"),
                           ({"fps": 500}, "frames per second")):
        with pytest.raises(ExportError, match=words):
            EXPORTERS["mp4"](three_phases, out, **options)
    with pytest.raises(ExportError, match="all phases"):
        EXPORTERS["gif"](three_phases, out.with_suffix(".gif"), phase=three_phases.phases[0])
    assert list(tmp_path.glob("x*")) == []


def test_without_an_encoder_one_line_says_how_to_get_it(
        three_phases: Session, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setitem(sys.modules, "imageio_ffmpeg", None)  # "not installed"
    monkeypatch.setitem(sys.modules, "PIL", None)
    with pytest.raises(ExportError, match=r'pip install "assemblage-workshop\[video\]"'):
        EXPORTERS["mp4"](three_phases, tmp_path / "a.mp4")
    three_phases.close()
    status = main(["export", str(tmp_path / "film.workshop"), "--format", "gif", "-o",
                   str(tmp_path / "a.gif")])
    err = capsys.readouterr().err
    assert status == 2
    assert err.count("\n") == 1 and "Pillow" in err and "[video]" in err
    assert not (tmp_path / "a.gif").exists()
    # PNG frames need no encoder beyond Qt
    assert main(["export", str(tmp_path / "film.workshop"), "--format", "frames", "-o",
                 str(tmp_path / "f"), "--size", "320x180", "--fps", "2"]) == 0


def test_command_line_film_with_size_and_speed(three_phases: Session, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    three_phases.close()
    out = tmp_path / "cli.mp4"
    status = main(["export", str(tmp_path / "film.workshop"), "--format", "mp4", "-o", str(out),
                   "--size", "480x270", "--fps", "12", "--hold", "0.5", "--morph", "0.5"])
    assert status == 0, capsys.readouterr().err
    assert capsys.readouterr().out.strip() == str(out)
    assert iio.immeta(out, plugin="FFMPEG")["size"] == (480, 270)
    assert sum(1 for _ in iio.imiter(out, plugin="FFMPEG")) == 3 * 6 + 2 * 6
    assert main(["export", str(tmp_path / "film.workshop"), "--format", "csv", "--fps", "3",
                 "-o", str(tmp_path / "t")]) == 2
    assert "--fps is an option of --format mp4, gif or frames" in capsys.readouterr().err
