"""The HTML snapshot's map fits the browser window and can be read on a phone.

Without a browser: the map has no fixed size (a viewBox, width and height 100 %), its viewBox
covers every actor of every phase, and each phase says which part is its own (``data-fit``).
With headless Chromium (skipped when none is installed): at 390 × 844 the names open at a
readable size with the details below the map and nothing wider than the screen; at
1366 × 768 the whole phase shows and the map ends inside the window; dragging moves the map.
"""

from __future__ import annotations

import json
import re
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
from lxml import html as lxml_html

from workshop_app import Session
from workshop_app.bundled import demo_names, demo_path
from workshop_app.io.html_snapshot import csp_hash, export_html, render_html

TEMPLATES = Path(__file__).resolve().parents[2] / "workshop_app" / "io" / "templates"


def _demo(tmp_path: Path, name: str) -> Session:
    path = tmp_path / f"{name}.workshop"
    shutil.copy(demo_path(name), path)
    return Session.open(path, read_only=True)


def _box(text: str) -> tuple[float, float, float, float]:
    x, y, w, h = (float(v) for v in text.split())
    return x, y, w, h


def _inside(inner: tuple[float, float, float, float], outer: tuple[float, float, float, float]) -> bool:
    return (inner[0] >= outer[0] - 0.1 and inner[1] >= outer[1] - 0.1
            and inner[0] + inner[2] <= outer[0] + outer[2] + 0.1
            and inner[1] + inner[3] <= outer[1] + outer[3] + 0.1)


def _drawn_bounds(group: object) -> tuple[float, float, float, float]:
    """x, y, width, height of everything drawn in an SVG group (paths, circles, rects)."""
    xs: list[float] = []
    ys: list[float] = []
    for path in group.xpath(".//path"):  # type: ignore[attr-defined]
        numbers = [float(v) for v in re.findall(r"-?\d+(?:\.\d+)?", path.get("d"))]
        xs += numbers[0::2]
        ys += numbers[1::2]
    for c in group.xpath(".//circle"):  # type: ignore[attr-defined]
        cx, cy, r = float(c.get("cx")), float(c.get("cy")), float(c.get("r"))
        xs += [cx - r, cx + r]
        ys += [cy - r, cy + r]
    for r in group.xpath(".//rect"):  # type: ignore[attr-defined]
        x, y = float(r.get("x")), float(r.get("y"))
        xs += [x, x + float(r.get("width"))]
        ys += [y, y + float(r.get("height"))]
    assert xs and ys, "an actor with nothing drawn"
    return min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys)


@pytest.mark.parametrize("name", demo_names())
def test_map_has_no_fixed_size_and_its_view_box_covers_every_actor(tmp_path: Path, name: str) -> None:
    with _demo(tmp_path, name) as s:
        page = lxml_html.fromstring(render_html(s).encode("utf-8"))
        maps = page.xpath("//svg[contains(@class, 'map')]")
        assert len(maps) == len(s.phases)
        world = _box(maps[0].get("viewbox"))
        for svg in maps:
            assert svg.get("width") == "100%" and svg.get("height") == "100%"
            assert "style" not in svg.attrib
            fit = _box(svg.get("data-fit"))
            assert _inside(fit, world)
            rects = [_drawn_bounds(g) for g in svg.xpath(".//g[contains(@class, 'actor')]")]
            for rect in rects:  # the box, its shape and its glyph badge
                assert _inside(rect, fit) and _inside(rect, world), rect


def test_style_sheet_gives_the_map_no_fixed_width() -> None:
    css = (TEMPLATES / "snapshot.css").read_text(encoding="utf-8")
    for selector in ("svg.map", ".mapbox"):
        for body in re.findall(re.escape(selector) + r"\s*\{([^}]*)\}", css):
            widths = re.findall(r"(?<![-\w])(?:min-|max-)?width\s*:\s*([^;]+)", body)
            assert all("px" not in w for w in widths), (selector, widths)


def test_counts_agree_with_the_number(tmp_path: Path) -> None:
    s = Session.create(tmp_path / "one.workshop", title="One", default_phases=False)
    with s.bulk("build"):
        s.add_phase("Design", "design")
        s.add_actor("City", "government", present_in=["Design"])
    (out,) = export_html(s, tmp_path / "one.html")
    text = out.read_text(encoding="utf-8")
    assert "1 actor · 0 relations · 0 scored" in text
    assert "1 actors" not in text
    s.close()


# -- in a real browser --------------------------------------------------------------------
DRIVER = """
(function () {
  var svg = Array.prototype.filter.call(document.querySelectorAll("svg.map"),
    function (m) { return m.getBoundingClientRect().width > 0; })[0];
  var box = svg.closest(".mapbox").getBoundingClientRect();
  var aside = document.querySelector("aside").getBoundingClientRect();
  function state() {
    var vb = svg.getAttribute("viewBox").split(" ").map(Number);
    var r = svg.getBoundingClientRect();
    return {vb: vb, px: Math.min(r.width / vb[2], r.height / vb[3])};
  }
  var opened = state();
  var r = svg.getBoundingClientRect();
  function pe(type, x, y) {
    svg.dispatchEvent(new PointerEvent(type, {pointerId: 7, pointerType: "mouse", button: 0,
      buttons: 1, clientX: x, clientY: y, bubbles: true, isPrimary: true}));
  }
  document.querySelector("[data-zoom=in]").click();
  var zoomed = state();
  pe("pointerdown", r.left + 100, r.top + 100);
  pe("pointermove", r.left + 160, r.top + 130);
  pe("pointerup", r.left + 160, r.top + 130);
  var dragged = state();
  var out = document.createElement("pre");
  out.id = "check-result";
  out.textContent = JSON.stringify({
    opened: opened, zoomed: zoomed, dragged: dragged, fit: svg.getAttribute("data-fit"),
    boxBottom: box.bottom, boxWidth: box.width, asideTop: aside.top, asideLeft: aside.left,
    innerHeight: window.innerHeight, innerWidth: window.innerWidth,
    pageWidth: document.documentElement.scrollWidth});
  document.body.appendChild(out);
}());
"""


def _in_browser(open_page: Any, page: str, size: tuple[int, int]) -> dict:
    page = page.replace("script-src '", f"script-src '{csp_hash(DRIVER)}' '", 1)
    assert "; style-src" in page
    page = page.replace("</body>", f"<script>{DRIVER}</script></body>")
    with tempfile.TemporaryDirectory(prefix="snapshot-fit-") as tmp:
        path = Path(tmp) / "page.html"
        path.write_text(page, encoding="utf-8")
        browser = open_page(size)
        browser.goto(path.as_uri())
        found = browser.js("(document.getElementById('check-result') || {}).textContent")
    assert found, "the page's driver did not run"
    return json.loads(found)


@pytest.mark.parametrize("name", ["turin", "london"])
def test_phone_opens_on_readable_names_with_details_below(tmp_path: Path, name: str,
                                                          chromium: Any) -> None:
    with _demo(tmp_path, name) as s:
        got = _in_browser(chromium, render_html(s), (390, 844))
    name_px = 14 * got["opened"]["px"]  # names are 14 map units high (snapshot.css)
    assert name_px >= 10.5, got["opened"]
    assert got["pageWidth"] <= got["innerWidth"]  # nothing wider than the phone
    assert got["asideTop"] >= got["boxBottom"]  # details and legend come below the map
    assert got["zoomed"]["px"] > got["opened"]["px"]
    moved = got["dragged"]["vb"][:2] != got["zoomed"]["vb"][:2]
    assert moved, "dragging should move the map"


def test_laptop_shows_the_whole_phase_inside_the_window(tmp_path: Path, chromium: Any) -> None:
    with _demo(tmp_path, "turin") as s:
        got = _in_browser(chromium, render_html(s), (1366, 768))
    assert [round(v, 1) for v in got["opened"]["vb"]] == [round(v, 1) for v in _box(got["fit"])]
    assert got["boxBottom"] <= got["innerHeight"]
    assert got["asideLeft"] > 0 and got["boxWidth"] > 800  # the map beside the details


def test_a_long_public_value_folds_to_one_line_that_opens_on_the_whole_text(tmp_path: Path) -> None:
    """A paragraph of intended public value above the map pushed the map out of a laptop's
    window; a long one now sits in a closed <details>, all of its words still there."""
    long_value = "Cleaner air for every street near the harbour, " * 5
    s = Session.create(tmp_path / "v.workshop", title="Value", default_phases=False)
    with s.bulk("build"):
        s.add_phase("Design", "design")
        s.add_actor("City", "government", present_in=["Design"])
    for value, folded in ((long_value.strip(), True), ("Cleaner air", False)):
        s.set_meta("public_value", value)
        header = lxml_html.fromstring(render_html(s).encode("utf-8")).xpath("//header")[0]
        details = header.xpath(".//details[contains(@class, 'value')]")
        assert bool(details) is folded, value
        if folded:
            assert details[0].get("open") is None
            assert value in " ".join(details[0].xpath(".//summary")[0].text_content().split())
        else:
            assert value in header.xpath(".//p[contains(@class, 'value')]")[0].text_content()
    s.close()
