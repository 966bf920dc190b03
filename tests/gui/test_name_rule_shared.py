"""The canvas and the HTML snapshot's SVG draw an actor's name by one rule (style/labels.py):
a long name whole in a widened box on more than three lines, a pasted paragraph cut with "…"
after the last line a box may hold."""

from __future__ import annotations

import pytest

from workshop_app.canvas.textcache import actor_layout
from workshop_app.domain import commands as cmds
from workshop_app.domain.model import Model
from workshop_app.io.svg_map import phase_shapes
from workshop_app.style.labels import BOX_WIDE_W, MAX_NAME_LINES

pytestmark = pytest.mark.gui

LONG = ("Agenzia per la Mobilità Metropolitana e Regionale del Piemonte con il Consorzio dei "
        "Comuni della Cintura Torinese e i partner del progetto europeo")
PARAGRAPH = " ".join(["The minutes of the steering group were pasted here by mistake."] * 30)


def _svg_box(name: str) -> tuple[float, list[str]]:
    model = Model()
    phase = cmds.AddPhase(phase_name="Design").apply(model)
    cmds.AddActor(actor_name=name, x=0, y=0, present_in=(phase,)).apply(model)
    actors, _ = phase_shapes(model, phase)
    return actors[0].w, actors[0].lines


def test_a_long_name_takes_the_same_wide_box_whole_on_the_canvas_and_in_the_svg(qapp) -> None:
    box, _, _, _, _, drawn = actor_layout(LONG, True, 1.0)
    svg_w, svg_lines = _svg_box(LONG)
    assert drawn == LONG and " ".join(svg_lines) == LONG  # whole in both
    assert box.width() == pytest.approx(BOX_WIDE_W) and svg_w == pytest.approx(BOX_WIDE_W)
    assert len(svg_lines) > 3


def test_a_pasted_paragraph_is_cut_on_the_canvas_and_in_the_svg(qapp) -> None:
    _, _, _, _, _, drawn = actor_layout(PARAGRAPH, True, 1.0)
    _, svg_lines = _svg_box(PARAGRAPH)
    assert drawn.endswith("…") and svg_lines[-1].endswith("…")
    assert len(svg_lines) == MAX_NAME_LINES
