"""Render the README pictures of the participant snapshots from a demo session.

Run: QT_QPA_PLATFORM=offscreen python scripts/snapshot_screens.py [OUT_DIR]

Writes ``snapshot_png.png`` (a map exported as PNG), ``snapshot_pack.png`` (the pack's pages
side by side) and ``snapshot_pack_phase.png`` (one phase page), ``export_dialog.png`` and,
when Chromium is installed, ``html_snapshot.png``. The pack pages need ``pdftoppm``
(poppler-utils). Works on a scored copy of the Darmstadt demo; the bundled file is untouched.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QColor, QImage, QPainter  # noqa: E402

from workshop_app import Session  # noqa: E402
from workshop_app.app import application  # noqa: E402
from workshop_app.domain.commands_notes import SetPromptCheck  # noqa: E402
from workshop_app.io.html_snapshot import export_html  # noqa: E402
from workshop_app.canvas.render import export_image  # noqa: E402
from workshop_app.canvas.snapshot_pack import export_pack  # noqa: E402

import html_browser_check  # noqa: E402
from screenshots import score_like_a_room  # noqa: E402


def scored_copy(folder: Path) -> Path:
    path = folder / "darmstadt.workshop"
    shutil.copy(ROOT / "sessions" / "darmstadt.workshop", path)
    with Session.open(path) as s:
        score_like_a_room(s, 1, 3)
        phase = s.phases[1]
        s.add_note("The GmbH needs target agreements before the next round of projects.", phase=phase)
        s.add_note("We only heard about the data platform from the press.", phase=phase,
                   actor=s.present_actors(phase)[0], participant="Participant A", kind="quote")
        for pid in ("P10", "P12"):
            s.execute(SetPromptCheck(phase_id=phase.id, prompt_id=pid, done=True))
        s.set_meta("public_value", "Digital services that make daily life in Darmstadt easier "
                                   "for residents and firms")
    return path


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
        x = gap + (i % columns) * (cell_w + gap)
        y = gap + (i // columns) * (cell_h + gap)
        painter.drawImage(x, y, img.scaled(cell_w, cell_h, Qt.AspectRatioMode.KeepAspectRatio,
                                           Qt.TransformationMode.SmoothTransformation))
    painter.end()
    sheet.save(str(out))


def main() -> None:
    out_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out_dir.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp())
    os.environ["WORKSHOP_APP_CONFIG_DIR"] = str(tmp / "config")
    app = application()
    path = scored_copy(tmp)
    with Session.open(path, read_only=True) as s:
        (png,) = export_image(s, tmp / "map.png", fmt="png", phase=s.phases[1].id, dpi=110)
        shutil.copy(png, out_dir / "snapshot_png.png")
        (pdf,) = export_pack(s, tmp / "pack.pdf")
        (page,) = export_html(s, tmp / "snapshot.html")
    print("wrote", out_dir / "snapshot_png.png")
    if shutil.which("pdftoppm"):
        subprocess.run(["pdftoppm", "-r", "110", "-png", str(pdf), str(tmp / "page")], check=True)
        pages = sorted(tmp.glob("page-*.png"))
        shutil.copy(pages[2], out_dir / "snapshot_pack_phase.png")
        contact_sheet(pages[:6], out_dir / "snapshot_pack.png")
        print("wrote", out_dir / "snapshot_pack.png", "and snapshot_pack_phase.png")
    browser = html_browser_check.find_browser()
    if browser:
        shot = out_dir / "html_snapshot.png"
        html_browser_check.run_browser(browser, page.as_uri() + "#phase-2", "--window-size=1400,900",
                                       "--hide-scrollbars", f"--screenshot={shot.resolve()}")
        print("wrote", shot)
    from workshop_app.ui.main_window import MainWindow

    session = Session.open(path)
    win = MainWindow(session)
    win.show()
    dialog = win.features["export"].make_dialog("pack")
    dialog.path.setText(str(Path.home() / "Documents" / "darmstadt-pack.pdf"))  # not the temp folder
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(out_dir / "export_dialog.png"))
    print("wrote", out_dir / "export_dialog.png")
    dialog.close()
    win.close()


if __name__ == "__main__":
    main()
