"""Render the app icon's PNG sizes from ``resources/icons/workshop-app.svg``.

Desktops and window managers want bitmaps at fixed sizes; drawing them from the one SVG
with Qt's own SVG renderer keeps every size identical in design. Run after editing the SVG::

    QT_QPA_PLATFORM=offscreen python packaging/make_icons.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SOURCE = ICONS / "workshop-app.svg"
SIZES: tuple[int, ...] = (256, 128, 48)


def render(svg: Path, size: int) -> QImage:
    """The SVG drawn into a transparent square image of ``size`` pixels."""
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: not a valid SVG file")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    for size in SIZES:
        out = ICONS / f"workshop-app-{size}.png"
        if not render(SOURCE, size).save(str(out), "PNG"):
            print(f"make_icons.py: error: could not write {out}", file=sys.stderr)
            return 2
        print(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
