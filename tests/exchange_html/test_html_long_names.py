"""A long name on the HTML snapshot's map is drawn whole, as the canvas draws it: its box
widens, then the name takes more lines; only a pasted paragraph is cut with "…"."""

from __future__ import annotations

from pathlib import Path

from lxml import html as lxml_html

from workshop_app import Session
from workshop_app.io.html_snapshot import export_html
from workshop_app.io.svg_map import NAME_PX, text_width
from workshop_app.style.labels import BOX_WIDE_W, MAX_NAME_LINES, NAME_INSET

LONG = ("Agenzia per la Mobilità Metropolitana e Regionale del Piemonte con il Consorzio dei "
        "Comuni della Cintura Torinese e i partner del progetto europeo")
PARAGRAPH = " ".join(["The minutes of the steering group were pasted here by mistake."] * 30)


def _lines(tmp_path: Path, name: str) -> list[str]:
    """The lines of text drawn in the box of the actor called ``name``."""
    path = tmp_path / "names.workshop"
    s = Session.create(path, title="Long names", default_phases=False)
    with s.bulk("build"):
        s.add_phase("Design", "design")
        a = s.add_actor(name, "government", present_in=["Design"], x=0, y=0)
        b = s.add_actor("City", "government", present_in=["Design"], x=400, y=0)
        s.add_relation(a, b, "consultation")
    out = tmp_path / "names.html"
    export_html(s, out)
    s.close()
    doc = lxml_html.fromstring(out.read_bytes())
    for text in doc.iter("text"):
        if "name" not in (text.get("class") or "").split():
            continue
        lines = [t.text_content() for t in text.iter("tspan")]
        if lines[0] != "City":
            return lines
    raise AssertionError("the long name's box is not on the map")


def test_a_long_name_is_drawn_whole_over_more_lines_in_a_wider_box(tmp_path: Path) -> None:
    lines = _lines(tmp_path, LONG)
    assert " ".join(lines) == LONG  # every word, none cut
    assert not any("…" in line for line in lines)
    assert 3 < len(lines) <= MAX_NAME_LINES
    assert all(text_width(line, NAME_PX, True) <= BOX_WIDE_W - NAME_INSET for line in lines)


def test_a_pasted_paragraph_is_cut_after_the_last_line_with_an_ellipsis(tmp_path: Path) -> None:
    lines = _lines(tmp_path, PARAGRAPH)
    assert len(lines) == MAX_NAME_LINES
    assert lines[-1].endswith("…")
    assert PARAGRAPH.startswith(" ".join(lines)[:-1].rstrip())
