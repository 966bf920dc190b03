"""The desk every screenshot is taken on, and the steps the shots share (see ``shots.py``).

Importing this module sets the desk up before Qt starts: an offscreen two-screen desk (a
1366 x 768 laptop, the most common small one, and a 1920 x 1080 projector to its right),
private settings, data and backups in a temporary folder, and the project on the import path.
Every shot works on a copy of a demo in that folder: the bundled sessions and the user's
settings are never touched.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

ROOT = Path(__file__).resolve().parents[1]
TMP = Path(tempfile.mkdtemp(prefix="workshop-shots-"))
LAPTOP = (1366, 768)
WALL = (1920, 1080)
SCREENS = {"synchronousWindowSystemEvents": True, "windowFrameMargins": False, "screens": [
    {"name": "Laptop", "x": 0, "y": 0, "width": LAPTOP[0], "height": LAPTOP[1], "logicalDpi": 96,
     "logicalBaseDpi": 96, "dpr": 1},
    {"name": "Projector", "x": LAPTOP[0], "y": 0, "width": WALL[0], "height": WALL[1], "logicalDpi": 96,
     "logicalBaseDpi": 96, "dpr": 1}]}
(TMP / "screens.json").write_text(json.dumps(SCREENS), encoding="utf-8")
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={TMP / 'screens.json'}"
os.environ["WORKSHOP_APP_CONFIG_DIR"] = str(TMP / "config")
os.environ["WORKSHOP_APP_DATA_DIR"] = str(TMP / "data")
for folder in (ROOT, ROOT / "scripts"):
    if str(folder) not in sys.path:
        sys.path.insert(0, str(folder))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402

from workshop_app import Session  # noqa: E402
from workshop_app.app import application  # noqa: E402


# -- sessions ------------------------------------------------------------------------------------
def demo_copy(case: str) -> Path:
    """A private copy of a bundled demo (a new folder each time)."""
    folder = Path(tempfile.mkdtemp(dir=TMP))
    path = folder / f"{case}.workshop"
    shutil.copy(ROOT / "sessions" / f"{case}.workshop", path)
    return path


@contextmanager
def fresh_settings() -> Iterator[Path]:
    """Settings nobody has used yet (no remembered window layout, no recent files): each shot
    takes its pictures in its own, so none shows a panel another shot opened; the folder given
    stands for the user's home."""
    before = os.environ["WORKSHOP_APP_CONFIG_DIR"]
    folder = Path(tempfile.mkdtemp(dir=TMP, prefix="home-"))
    os.environ["WORKSHOP_APP_CONFIG_DIR"] = str(folder / "config")
    try:
        yield folder
    finally:
        os.environ["WORKSHOP_APP_CONFIG_DIR"] = before


ROOM_VOTES = [
    {"Facilitator": (4, 3, 4), "Participant A": (3, 3, 4), "Participant B": (4, 4, 5)},
    {"Facilitator": (2, 4, 4), "Participant A": (2, 3, 3), "Participant B": (4, 5, 4)},
    {"Facilitator": (5, 4, 4), "Participant A": (4, 4, 5), "Participant B": (4, 5, 4)},
]


def score_like_a_room(session: Session, phase_index: int, count: int) -> list[int]:
    """Votes a room might give on the first ``count`` relations of a phase (distinct pairs)."""
    phase = session.phases[phase_index]
    for name in ("Participant A", "Participant B"):
        if not any(p.name == name for p in session.participants):
            session.add_participant(name)
    rels, pairs = [], set()
    for rel in session.active_relations(phase):
        pair = frozenset((rel.source, rel.target))
        if pair not in pairs and len(rels) < count:
            rels.append(rel)
            pairs.add(pair)
    for rel, votes in zip(rels, ROOM_VOTES):
        for who, (t, c, i) in votes.items():
            session.score(rel, phase, trust=t, commitment=c, interdependence=i, participant=who)
    return [r.id for r in rels]


EXAMPLE_VOTERS = ("Example voter A", "Example voter B", "Example voter C")


def vote_every_relation(session: Session, seed: int = 11,
                        names: tuple[str, ...] = ("Participant A", "Participant B", "Participant C")
                        ) -> None:
    """Three participants score every relation in every phase, near the case's own levels."""
    rng = random.Random(seed)
    for name in names:
        session.add_participant(name)
    with session.bulk("room votes"):
        for k, phase in enumerate(session.phases):
            for rel in session.active_relations(phase):
                base = {"trust": 3 + (k == 1) - (rel.kind == "data"), "commitment": 3 + (k == 2),
                        "interdependence": 2 + k}
                for name in names:
                    votes = {d: max(1, min(5, v + rng.choice((-1, 0, 0, 1)))) for d, v in base.items()}
                    session.score(rel, phase, participant=name, **votes)


PEOPLE = [("Ana", "City of Antwerp", "City of Antwerp (council"), ("Bram", "IMEC", "IMEC"),
          ("Chloé", "Digipolis", "Digipolis"),
          ("Dirk", "Department of Innovation", "City of Antwerp - Department"),
          ("Eva", "Flemish government", "Flemish")]


def antwerp_room(size: tuple[int, int] = (1440, 900)) -> tuple[Session, Any, list[Any]]:
    """The Antwerp demo with five people who speak for actors, in a window on the design phase."""
    from workshop_app.domain.commands import AddParticipant

    session = Session.open(demo_copy("antwerp"))
    for name, org, prefix in PEOPLE:
        actor = next(a for a in session.actors if a.name.startswith(prefix))
        session.execute(AddParticipant(participant_name=name, organisation=org, actor_id=actor.id))
    people = [p for p in session.participants if p.name in {n for n, _, _ in PEOPLE}]
    win = window(session, size)
    show_phase(win, 0)
    return session, win, people


# -- the window ----------------------------------------------------------------------------------
def window(session: Session, size: tuple[int, int] = (1440, 900)) -> Any:
    from workshop_app.ui.main_window import MainWindow

    win = MainWindow(session)
    win.resize(*size)
    win.show()
    application().processEvents()
    return win


def show_phase(win: Any, index: int) -> None:
    """The phase itself, not a frame of the morph into it."""
    win.set_phase(win.session.phases[index].id)
    win.scene.morph.finish()


def settle(win: Any) -> None:
    """Let the panels recompute and any animation end before the picture is taken."""
    QTest.qWait(300)
    win.features["analysis"].refresh()
    win.scene.morph.finish()
    QTest.qWait(100)


def wall(win: Any) -> Any:
    """The projector's view, full screen on the desk's projector."""
    projector = win.features["projector"]
    projector.choose_screen("Projector")
    projector.show()
    application().processEvents()
    projector.view.fit()
    application().processEvents()
    return projector


def save(widget: Any, out: Path) -> None:
    widget.grab().save(str(out))
    print("wrote", out)


def save_labelled(widget: Any, out: Path, label: str) -> None:
    """The widget's picture under a banner saying what is not real in it (example votes), so
    nobody takes the picture for a case's findings; the banner hides nothing of the window."""
    shot = widget.grab().toImage()
    font = QFont()
    font.setPixelSize(15)
    font.setBold(True)
    height = QFontMetrics(font).height() + 12
    image = QImage(shot.width(), shot.height() + height, QImage.Format.Format_RGB32)
    image.fill(QColor("#7A4B00"))
    painter = QPainter(image)
    painter.drawImage(0, height, shot)
    painter.setFont(font)
    painter.setPen(QColor("#FFFFFF"))
    painter.drawText(12, 0, image.width() - 24, height, Qt.AlignmentFlag.AlignVCenter, label)
    painter.end()
    image.save(str(out))
    print("wrote", out)


SLIM_BYTES = 600 * 1024  # a README picture larger than this is stored a little smaller


def slim(path: Path) -> None:
    """Store a picture over :data:`SLIM_BYTES` scaled down in steps of 5 % until it fits,
    so the README stays quick to load. Scaling keeps every colour (the legend's trust colours
    must stay the map's); a browser shows these pictures narrower than they are anyway."""
    size = path.stat().st_size
    image, factor = QImage(str(path)), 1.0
    while path.stat().st_size > SLIM_BYTES and factor > 0.55:
        factor -= 0.05
        smaller = image.scaledToWidth(round(image.width() * factor),
                                      Qt.TransformationMode.SmoothTransformation)
        if not smaller.save(str(path), "PNG", 0):  # 0: the strongest compression
            raise SystemExit(f"could not write {path}")
    if factor < 1.0:
        print(f"slimmed {path.name}: {size // 1024} KB to {path.stat().st_size // 1024} KB "
              f"({round(image.width() * factor)} px wide)")


# -- pictures of documents ---------------------------------------------------------------------
def pdf_pages(pdf: Path, prefix: Path, dpi: int = 110) -> list[Path] | None:
    """The pages of a PDF as PNGs (poppler's pdftoppm), or None where it is not installed."""
    if shutil.which("pdftoppm") is None:
        return None
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(prefix)], check=True)
    return sorted(prefix.parent.glob(f"{prefix.name}-*.png"))


def contact_sheet(pages: list[Path], out: Path, columns: int = 3, width: int = 1800) -> None:
    images = [QImage(str(p)) for p in pages]
    gap = 18
    cell_w = (width - gap * (columns + 1)) // columns
    cell_h = int(cell_w * images[0].height() / images[0].width())
    rows = (len(images) + columns - 1) // columns
    sheet = QImage(width, rows * cell_h + gap * (rows + 1), QImage.Format.Format_RGB32)
    sheet.fill(QColor("#8A8F96"))
    painter = QPainter(sheet)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    for i, img in enumerate(images):
        painter.drawImage(gap + (i % columns) * (cell_w + gap), gap + (i // columns) * (cell_h + gap),
                          img.scaled(cell_w, cell_h, Qt.AspectRatioMode.KeepAspectRatio,
                                     Qt.TransformationMode.SmoothTransformation))
    painter.end()
    sheet.save(str(out))
