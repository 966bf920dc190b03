"""The arrange lenses: readable (no overlapping boxes), repeatable, and respectful of pins."""

from __future__ import annotations

import math
from typing import Any

import pytest
from conftest import Sketch

from workshop_app.analysis.layout import arrange, box_size, overlaps, scale_rings
from workshop_app.domain.vocabulary import SCALES

CASES = ["iskandar", "turin", "antwerp", "darmstadt", "london"]
LENSES = ["free", "scale", "helix"]


@pytest.mark.parametrize("lens", LENSES)
@pytest.mark.parametrize("case", CASES)
def test_every_demo_arranges_without_overlaps(demo: Any, case: str, lens: str) -> None:
    s = demo(case)
    pos = arrange(s.model, lens)
    assert set(pos) == {a.id for a in s.actors}
    assert overlaps(s.model, pos) == []
    assert arrange(s.model, lens) == pos  # same session, same picture
    xs, ys = [p[0] for p in pos.values()], [p[1] for p in pos.values()]
    assert max(map(abs, xs)) < 1600 and max(map(abs, ys)) < 900  # about the demos' range
    widest = max(box_size(a)[0] for a in s.actors)
    assert max(xs) - min(xs) > widest  # side by side, not piled up in one column


def test_pinned_actors_never_move(demo: Any) -> None:
    s = demo("antwerp")
    city = s.actors[0]
    s.update_actor(city, pinned=True)
    for lens in LENSES:
        pos = arrange(s.model, lens)
        assert city.id not in pos
        assert overlaps(s.model, pos) == []  # the others make room around the pin


def test_arranging_new_actors_leaves_the_others_alone(demo: Any) -> None:
    s = demo("darmstadt")
    before = {a.id: (a.x, a.y) for a in s.actors}
    gmbh = next(a for a in s.actors if a.name == "Digitalstadt Darmstadt GmbH")
    new = s.add_actor("Darmstadt citizens' panel", "citizens", "neighbourhood",
                      present_in=[s.phases[1]])
    s.add_relation(new, gmbh, "consultation")
    for lens in LENSES:
        pos = arrange(s.model, lens, actor_ids={new.id})
        assert list(pos) == [new.id]
        assert overlaps(s.model, pos) == []
        assert {a.id: (a.x, a.y) for a in s.actors if a.id != new.id} == before
    free = arrange(s.model, "free", actor_ids={new.id})[new.id]
    dist = {a.id: math.dist(free, (a.x, a.y)) for a in s.actors if a.id != new.id}
    assert sorted(dist, key=dist.get)[:3].count(gmbh.id) == 1  # placed by its partner


def test_scale_lens_puts_local_actors_inside(sketch: Sketch) -> None:
    sketch.phases("design")
    people = [sketch.actor(f"{scale} actor {i}", scale=scale)
              for scale in SCALES for i in range(3)]
    for i in range(len(people) - 1):
        sketch.rel(people[i], people[i + 1])
    pos = arrange(sketch.model, "scale")
    rings = dict((s, (rx, ry)) for s, rx, ry in scale_rings(sketch.model))
    assert list(rings) == list(SCALES)

    def reach(a: Any) -> float:  # how far out, in units of the actor's own ring
        x, y = pos[a.id]
        rx, ry = rings["international"]
        return math.hypot(x / rx, y / ry)

    by_scale = {s: [reach(a) for a in people if a.scale == s] for s in SCALES}
    order = list(SCALES)
    for inner, outer in zip(order, order[1:]):
        assert max(by_scale[inner]) < min(by_scale[outer]), (inner, outer)
    assert overlaps(sketch.model, pos) == []


def test_helix_lens_gives_each_sector_its_quarter(sketch: Sketch) -> None:
    sketch.phases("design")
    types = ["government", "private", "academia", "civil_society", "citizens",
             "intermediary", "international"]
    people = {t: [sketch.actor(f"{t} {i}", t) for i in range(3)] for t in types}
    hub = people["intermediary"][0]
    for t in types:
        for a in people[t]:
            if a.id != hub.id:
                sketch.rel(hub, a)
    pos = arrange(sketch.model, "helix")
    quarter = {"government": (-1, -1), "private": (1, -1), "academia": (1, 1),
               "civil_society": (-1, 1), "citizens": (-1, 1)}
    for t, (sx, sy) in quarter.items():
        for a in people[t]:
            x, y = pos[a.id]
            assert x * sx > 0 and y * sy > 0, (t, x, y)  # scene y grows downwards
    radius = {a.id: math.hypot(*pos[a.id]) for ids in people.values() for a in ids}
    middle = max(radius[a.id] for a in people["intermediary"])
    assert middle < min(radius[a.id] for t in quarter for a in people[t])
    for a in people["international"]:  # at the edge, beyond the sector of their quarter
        x, y = pos[a.id]
        same = [pos[b.id] for t in quarter for b in people[t]
                if (pos[b.id][0] > 0) == (x > 0) and (pos[b.id][1] > 0) == (y > 0)]
        assert all(abs(x) > abs(bx) for bx, _ in same) or all(abs(y) > abs(by) for _, by in same), (x, y)
    assert overlaps(sketch.model, pos) == []


def test_bad_lens_or_actor_is_refused(sketch: Sketch) -> None:
    sketch.phases("design")
    sketch.actor("City")
    with pytest.raises(ValueError, match="Unknown arrangement 'spiral'"):
        arrange(sketch.model, "spiral")
    with pytest.raises(ValueError, match="No actor with id 99"):
        arrange(sketch.model, "free", actor_ids={99})


def test_box_estimate_follows_the_name(sketch: Sketch) -> None:
    """The Qt-free estimate grows as the canvas's box does: wider for a long name (which is
    drawn whole, never cut), taller for more lines, and in step with the label scale."""
    sketch.phases("design")
    short = sketch.actor("TfL")
    middle = sketch.actor("Mobility-as-a-Service Startup Hopper")
    long = sketch.actor("City of Turin - smart city unit (European funds, innovation and smart city)")
    assert box_size(short) == (110.0, 48.0)
    assert box_size(middle)[0] == 190.0
    w, h = box_size(long)
    assert 190.0 < w <= 280.0 and h > box_size(middle)[1]
    assert box_size(long, 1.5) == (round(w * 1.5, 1), round(h * 1.5, 1))
