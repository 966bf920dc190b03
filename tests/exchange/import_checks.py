"""The property every import must have, shared by the fuzz test and the explicit examples."""

from __future__ import annotations

import math
from pathlib import Path

from exchange_helpers import SCHEMAS, assert_valid_gexf
from lxml import etree
from lxml import html as lxml_html

from workshop_app import Session
from workshop_app.io.errors import ImportFileError
from workshop_app.formats import EXPORTERS
from workshop_app.io.importers import import_file


def check_import(folder: Path, src: Path, fmt: str, nodes: Path | None = None) -> str:
    """Import ``src``; assert the property; return "refused" or "imported"."""
    target = folder / "new.workshop"
    before = sorted(p.name for p in folder.iterdir())
    try:
        report = import_file(src, target, fmt=fmt, nodes=nodes)
    except ImportFileError as exc:
        message = str(exc)
        assert "\n" not in message and "\r" not in message and len(message) <= 400
        assert message.startswith(str(exc.path)) and exc.reason
        assert sorted(p.name for p in folder.iterdir()) == before  # nothing written
        return "refused"
    assert report.target == target
    with Session.open(target, read_only=True) as s:
        assert len(s.actors) == report.actors and len(s.phases) == report.phases >= 1
        assert all(math.isfinite(a.x) and math.isfinite(a.y) for a in s.actors)
        (gexf,) = EXPORTERS["gexf"](s, folder / "out.gexf")
        (page,) = EXPORTERS["html"](s, folder / "out.html")
    if SCHEMAS.is_dir():
        assert_valid_gexf(gexf)
    else:
        etree.parse(str(gexf))
    lxml_html.fromstring(page.read_bytes())
    return "imported"
