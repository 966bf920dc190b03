"""Images and the snapshot pack, drawn offscreen by the canvas's own scene and overlay."""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from pathlib import Path
from typing import Iterator

import pytest
from lxml import etree
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from workshop_app import Session
from workshop_app.bundled import demo_names, demo_path
from workshop_app.canvas import overlay
from workshop_app.domain.commands_notes import SetPromptCheck
from workshop_app.io.errors import ExportError
from workshop_app.canvas.render import export_image, slug
from workshop_app.canvas.snapshot_pack import export_pack, pack_page_count

pytestmark = pytest.mark.gui
HAS_PDFTOTEXT = shutil.which("pdftotext") is not None
SVG = "{http://www.w3.org/2000/svg}"


def pdf_pages(path: Path) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", path.read_bytes()))


def pdf_text(path: Path) -> str:
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return unicodedata.normalize("NFKC", done.stdout)  # undo the "fi" ligatures of the PDF fonts


def svg_texts(path: Path) -> str:
    tree = etree.parse(str(path))
    return " ".join("".join(t.itertext()) for t in tree.iter(f"{SVG}text"))


@pytest.fixture(scope="module")
def demos(tmp_path_factory: pytest.TempPathFactory, qapp) -> Iterator[dict[str, Session]]:
    folder = tmp_path_factory.mktemp("demos")
    opened = {}
    for name in demo_names():
        shutil.copy(demo_path(name), folder / f"{name}.workshop")
        opened[name] = Session.open(folder / f"{name}.workshop", read_only=True)
    yield opened
    for s in opened.values():
        s.close()


@pytest.mark.parametrize("name", demo_names())
def test_every_format_from_every_demo(demos: dict[str, Session], name: str, tmp_path: Path) -> None:
    s = demos[name]
    phases = s.phases
    pngs = export_image(s, tmp_path / name, fmt="png", dpi=72)
    assert [p.name for p in pngs] == [f"{name}-{i}-{slug(ph.name)}.png" for i, ph in enumerate(phases, 1)]
    for p in pngs:
        assert not QImage(str(p)).isNull()
    svgs = export_image(s, tmp_path / name, fmt="svg")
    assert len(svgs) == len(phases)
    for ph, path in zip(phases, svgs):
        text = svg_texts(path)
        assert f"of {len(phases)}:" in text  # the title block stays text
        for actor in s.present_actors(ph):
            assert actor.name.split()[0] in text, (path.name, actor.name)
    (pdf,) = export_image(s, tmp_path / f"{name}.pdf", fmt="pdf")
    assert pdf_pages(pdf) == len(phases)
    (one,) = export_image(s, tmp_path / f"{name}-one.pdf", fmt="pdf", phase=phases[-1].id)
    assert pdf_pages(one) == 1
    (single,) = export_image(s, tmp_path / "single.png", fmt="png", phase=phases[0].id, dpi=72)
    assert single.name == "single.png"


def test_png_size_follows_the_resolution(demos: dict[str, Session], tmp_path: Path) -> None:
    s = demos["iskandar"]
    (low,) = export_image(s, tmp_path / "low.png", fmt="png", phase=1, dpi=75)
    (high,) = export_image(s, tmp_path / "high.png", fmt="png", phase=1, dpi=300)
    a, b = QImage(str(low)), QImage(str(high))
    assert b.width() == pytest.approx(a.width() * 4, abs=4)
    assert b.height() == pytest.approx(a.height() * 4, abs=4)
    assert round(b.dotsPerMeterX() * 0.0254) == 300  # prints at the size it shows on screen


def test_absent_actors_are_left_out_unless_asked(demos: dict[str, Session], tmp_path: Path) -> None:
    s = demos["darmstadt"]
    phase = s.phases[1]
    absent = [a.name for a in s.actors if a not in s.present_actors(phase)]
    assert absent
    (plain,) = export_image(s, tmp_path / "plain.svg", fmt="svg", phase=phase.id)
    (ghosts,) = export_image(s, tmp_path / "ghosts.svg", fmt="svg", phase=phase.id, ghosts=True)
    assert all(name.split()[0] in svg_texts(ghosts) for name in absent)
    assert "Federal" not in svg_texts(plain) and "Federal" in svg_texts(ghosts)


def test_pseudonymised_images_name_no_actor(demos: dict[str, Session], tmp_path: Path) -> None:
    s = demos["london"]
    svgs = export_image(s, tmp_path / "anon", fmt="svg", pseudonymize=True)
    text = " ".join(svg_texts(p) for p in svgs)
    for actor in s.actors:
        assert actor.name.split(" (")[0] not in text
    assert "Government 1" in text
    if HAS_PDFTOTEXT:
        (pdf,) = export_image(s, tmp_path / "anon.pdf", fmt="pdf", pseudonymize=True)
        flat = " ".join(pdf_text(pdf).split())
        assert "Greater London Authority" not in flat and "Government" in flat


def test_refused_exports_leave_nothing_behind(demos: dict[str, Session], tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    s = demos["antwerp"]
    with pytest.raises(ExportError, match="choose one of"):
        export_image(s, tmp_path / "x", fmt="gif")
    with pytest.raises(ExportError, match="between"):
        export_image(s, tmp_path / "x.png", fmt="png", dpi=5000)
    with pytest.raises(ExportError, match="unknown option"):
        export_image(s, tmp_path / "x.png", fmt="png", colour="red")
    saves = []
    real_save = QImage.save

    def failing_save(self: QImage, *args: object) -> bool:
        saves.append(args)
        return len(saves) < 2 and real_save(self, *args)  # the second phase cannot be written

    monkeypatch.setattr(QImage, "save", failing_save)
    with pytest.raises(ExportError, match="could not be written"):
        export_image(s, tmp_path / "set", fmt="png", dpi=72)
    assert list(tmp_path.iterdir()) == []  # neither the first phase nor a partial file


def test_legend_shows_the_scenes_marks() -> None:
    plain = overlay.legend_size(1.0)
    marks = [("lockin", "Vendor lock-in risk"), ("question", "Open question")]
    assert overlay.legend_size(1.0, marks).height() > plain.height()
    data = QByteArray()
    buf = QBuffer(data)
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    gen = QSvgGenerator()
    gen.setOutputDevice(buf)
    painter = QPainter(gen)
    overlay.paint_legend(painter, QRectF(0, 0, 400, 400), 1.0, marks)
    painter.end()
    svg = bytes(data).decode()
    assert "Vendor lock-in risk" in svg and "Open question" in svg and "Actor type" in svg


def _small_pack_session(path: Path) -> Session:
    s = Session.create(path, title="Pack test", default_phases=False)
    with s.bulk("build"):
        s.add_phase("Design", "design")
        s.add_phase("Pilot", "piloting")
        city = s.add_actor("City of Testville", "government", x=-200, y=0, present_in=["Design", "Pilot"])
        uni = s.add_actor("Test University", "academia", "regional", x=200, y=0, present_in=["Design"])
        s.add_relation(city, uni, "information")
    s.add_participant("Ana Lopes")
    s.add_note("Everyone wants the data portal first", phase="Design")
    s.execute(SetPromptCheck(phase_id=s.phase("Design").id, prompt_id="P1", done=True))
    return s


def test_pack_pages_and_contents(tmp_path: Path) -> None:
    s = _small_pack_session(tmp_path / "pack.workshop")
    (pdf,) = export_pack(s, tmp_path / "pack", date="2024-05-01")
    assert pdf.name == "pack.pdf"
    # title, two phases (a map page and a roster page each), one change page, warnings, glossary
    assert pdf_pages(pdf) == 8 == pack_page_count(s)
    if HAS_PDFTOTEXT:
        text = " ".join(pdf_text(pdf).split())
        for expected in ("Pack test", "2024-05-01", "Ana Lopes", "Phase 1 of 2: Design",
                         "Phase 2 of 2: Pilot", "Everyone wants the data portal first",
                         "Name organisations, not sectors", "What changed", "Test University left",
                         "Questions raised by the map", "Glossary", "Page 8 of 8"):
            assert expected in text, expected
    (anon,) = export_pack(s, tmp_path / "anon.pdf", pseudonymize=True)
    if HAS_PDFTOTEXT:
        text = " ".join(pdf_text(anon).split())
        for hidden in ("City of Testville", "Test University", "Ana Lopes", "data portal"):
            assert hidden not in text, hidden
    s.close()


def test_long_tables_continue_on_the_next_page(tmp_path: Path) -> None:
    s = Session.create(tmp_path / "big.workshop", title="Big", default_phases=False)
    with s.bulk("build"):
        s.add_phase("Design", "design")
        hub = s.add_actor("Hub agency", "intermediary", x=0, y=0, present_in=["Design"])
        for i in range(70):
            a = s.add_actor(f"Member organisation number {i:02d}", "civil_society",
                            x=(i % 10) * 220, y=(i // 10) * 90 + 120, present_in=["Design"])
            s.add_relation(hub, a, "information")
    pages = pack_page_count(s)
    assert pages > 4  # title, map, continuation(s), warnings, glossary
    (pdf,) = export_pack(s, tmp_path / "big.pdf")
    assert pdf_pages(pdf) == pages
    if HAS_PDFTOTEXT:
        text = " ".join(pdf_text(pdf).split())
        for i in (0, 35, 69):
            assert f"Member organisation number {i:02d}" in text
        assert "(continued)" in text
    s.close()


@pytest.mark.skipif(not HAS_PDFTOTEXT, reason="pdftotext (poppler-utils) is not installed")
def test_demo_pack_names_every_phase(demos: dict[str, Session], tmp_path: Path) -> None:
    s = demos["iskandar"]
    (pdf,) = export_pack(s, tmp_path / "iskandar.pdf")
    assert pdf_pages(pdf) == pack_page_count(s) >= 1 + 3 + 2 + 2
    text = " ".join(pdf_text(pdf).split())
    for ph in s.phases:
        assert ph.name in text
    assert "W1 · Citizens absent from design" in text
    assert "Source:" in text
