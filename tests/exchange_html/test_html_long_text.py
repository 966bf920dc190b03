"""The HTML snapshot with names no box can hold, and positions no map can place.

A name of a million characters without a space used to stall the export (every character
cut off re-measured the whole rest of the name); an infinite position made it fail. The
long-name export runs in a child process with a generous time-out, only so that a regression
shows as a failure instead of a hung test run.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

from lxml import html as lxml_html

from workshop_app import Session
from workshop_app.domain import commands as cmds
from workshop_app.domain.model import Model
from workshop_app.io.svg_map import NAME_PX, phase_shapes, text_width, view_box, wrap

MILLION = 1_000_000


def _session(path: Path, first_name: str) -> Path:
    s = Session.create(path, title="Long names", default_phases=False)
    with s.bulk("build"):
        s.add_phase("Design", "design")
        a = s.add_actor(first_name, "citizens", present_in=["Design"], x=0, y=0)
        b = s.add_actor("City", "government", present_in=["Design"], x=300, y=0)
        s.add_relation(a, b, "consultation")
    s.close()
    return path


def _name_lines(page: str) -> list[list[str]]:
    """The lines of text drawn in each actor box."""
    doc = lxml_html.fromstring(page.encode("utf-8"))
    return [[t.text_content() for t in box.iter("tspan")]
            for box in doc.iter("text") if "name" in (box.get("class") or "").split()]


def test_a_million_character_name_exports_and_is_cut_to_its_box(tmp_path: Path) -> None:
    name = "W" * MILLION
    session = _session(tmp_path / "long.workshop", name)
    out = tmp_path / "long.html"
    run = subprocess.run([sys.executable, "-m", "workshop_app.cli", "export", str(session),
                          "--format", "html", "-o", str(out)],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    page = out.read_text(encoding="utf-8")
    lines = _name_lines(page)
    long_box = next(ls for ls in lines if ls and ls[0].startswith("W"))
    assert len(long_box) == 1 and long_box[0].endswith("…") and len(long_box[0]) < 40
    data = json.loads(lxml_html.fromstring(page.encode("utf-8")).get_element_by_id(
        "snapshot-data").text)
    assert name in [a["name"] for a in data["phases"][0]["actors"].values()]  # details keep it


def test_wrapped_lines_fit_the_box_and_end_with_an_ellipsis_when_cut() -> None:
    words = " ".join(["Municipal"] * 40)
    lines = wrap(words, 176, NAME_PX, True, 3)
    assert len(lines) == 3 and lines[-1].endswith("…")
    assert all(text_width(line, NAME_PX, True) <= 176 for line in lines)
    assert wrap("Short name", 176, NAME_PX, True, 3) == ["Short name"]
    assert wrap("", 176, NAME_PX, True, 3) == [""]


def test_an_infinite_position_does_not_break_the_map() -> None:
    """A session file can no longer hold one, but the map must not depend on that: the
    actor is drawn at the centre and every number in the picture stays finite."""
    model = Model()
    phase = cmds.AddPhase(phase_name="Design").apply(model)
    far = cmds.AddActor(actor_name="Far away", x=math.inf, y=math.nan,
                        present_in=(phase,)).apply(model)
    city = cmds.AddActor(actor_name="City", x=300, y=0, present_in=(phase,)).apply(model)
    cmds.AddRelation(source=far, target=city, kind="data").apply(model)
    actors, relations = phase_shapes(model, phase)
    assert [(a.name, a.x, a.y) for a in actors] == [("Far away", 0.0, 0.0), ("City", 300.0, 0.0)]
    assert all(math.isfinite(v) for v in view_box([(actors, relations)]))
    assert "inf" not in relations[0].path and "nan" not in relations[0].path
