"""Influence towers in the HTML snapshot: drawn when asked (the export dialog's box, ticked
when the map shows them; ``--towers`` on the command line), as the canvas draws them, with
their key in the legend; a page made without them shows neither."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import html as lxml_html

from workshop_app import Session
from workshop_app.cli import main
from workshop_app.io.html_snapshot import export_html
from workshop_app.style.towers import TOWER_FILL


def _session(path: Path) -> Path:
    s = Session.create(path, title="Harbour towers", default_phases=False)
    with s.bulk("build"):
        s.add_phase("Pilot", "piloting")
        s.add_actor("Port authority", "government", "city", x=0, y=0, present_in=["Pilot"])
        s.add_actor("Residents", "citizens", "neighbourhood", x=300, y=0, present_in=["Pilot"])
        s.add_actor("Shipping line", "private", "international", x=150, y=200, present_in=["Pilot"])
        s.add_relation("Port authority", "Residents", "consultation")
    s.set_influence("Port authority", "Pilot", 4)
    s.set_alignment("Port authority", "Pilot", "supports")
    s.set_influence("Residents", "Pilot", 2)
    s.set_alignment("Residents", "Pilot", "opposes")
    s.close()
    return path


def _page(path: Path) -> lxml_html.HtmlElement:
    return lxml_html.fromstring(path.read_bytes())


def _towers(doc: lxml_html.HtmlElement) -> dict[str, list]:
    """The tower group inside each actor's group, by the actor's name."""
    found = {}
    for group in doc.iter("g"):
        if "actor" in (group.get("class") or "").split():
            towers = [g for g in group.iter("g") if g.get("class") == "tower"]
            if towers:
                found[group.get("aria-label")] = towers
    return found


def test_towers_are_drawn_with_their_key_when_asked(tmp_path: Path) -> None:
    session = _session(tmp_path / "t.workshop")
    with Session.open(session, read_only=True) as s:
        out = export_html(s, tmp_path / "t.html", towers=True)[0]
    doc = _page(out)
    towers = _towers(doc)
    assert sorted(towers) == ["Port authority", "Residents"]  # nothing recorded, no tower
    port = towers["Port authority"][0]
    blocks = port.findall("rect")
    assert len(blocks) == 4 and all(b.get("fill") == TOWER_FILL["supports"] for b in blocks)
    assert port.findtext("title") == "Influence 4 of 5 · supports the goal"
    residents = towers["Residents"][0].findall("rect")
    assert len(residents) == 2 and all(r.get("stroke") == TOWER_FILL["opposes"] for r in residents)  # hollow
    legend = doc.find_class("legend")[0].text_content()
    assert "Influence towers: height = influence 0–5" in legend
    for words in ("Supports the goal", "Opposes the goal (hollow blocks)", "Mixed (half-filled blocks)"):
        assert words in legend


def test_a_page_made_without_towers_has_none_and_no_key(tmp_path: Path) -> None:
    session = _session(tmp_path / "t.workshop")
    with Session.open(session, read_only=True) as s:
        out = export_html(s, tmp_path / "t.html")[0]
    doc = _page(out)
    assert _towers(doc) == {}
    assert "Influence towers" not in doc.find_class("legend")[0].text_content()


def test_the_command_line_asks_for_towers_on_maps_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    session = _session(tmp_path / "t.workshop")
    out = tmp_path / "cli.html"
    assert main(["export", str(session), "--format", "html", "--towers", "-o", str(out)]) == 0
    assert len(_towers(_page(out))) == 2
    assert main(["export", str(session), "--format", "csv", "--towers", "-o", str(tmp_path / "csv")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ["workshop-app: error: --towers is an option of --format html, png, svg or pdf, not of csv"]
