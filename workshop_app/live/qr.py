"""The join URL as a QR code for the projector (segno: pure Python, SVG and PNG, no Pillow).

The code is part of the URL, so scanning opens the voting page straight away; people who
cannot scan type the short address and the code instead. Black on white with the standard
quiet zone, because phone cameras read that best from a projected, often washed-out image.
"""

from __future__ import annotations

import io

import segno

QUIET_ZONE = 4  # modules of white around the code, as the QR standard asks


def _qr(url: str) -> segno.QRCode:
    # Level M survives a glare spot on the screen and keeps the code small enough to read
    # from the back of a room.
    return segno.make(url, error="m", micro=False)


def join_qr_svg(url: str, *, scale: int = 8, title: str = "Scan to join the live scoring") -> str:
    """A standalone SVG document (with its namespace, so Qt's SVG renderer accepts it)."""
    buf = io.BytesIO()
    _qr(url).save(
        buf, kind="svg", scale=scale, border=QUIET_ZONE, dark="#000", light="#fff",
        xmldecl=False, svgns=True, title=title, desc=url, encoding="utf-8",
    )
    return buf.getvalue().decode("utf-8")


def join_qr_png(url: str, *, scale: int = 10) -> bytes:
    """PNG bytes, ``scale`` pixels per module (about 400 px square for a typical join URL)."""
    buf = io.BytesIO()
    _qr(url).save(buf, kind="png", scale=scale, border=QUIET_ZONE, dark="#000", light="#fff")
    return buf.getvalue()


__all__ = ["join_qr_png", "join_qr_svg"]
