"""Presenting step by step without Qt: the steps of a phase in the chosen order, the cursor
across phases, what stays hidden, and the saved sequence read back from an untrusted file."""

from __future__ import annotations

import pytest

from workshop_app.domain import commands as cmds
from workshop_app.domain.presentation import (
    SEQUENCE_KEY,
    Presentation,
    phase_steps,
    saved_sequence,
    sequence_value,
)


def _labels(ws, phase, unit: str, order: str) -> list[str]:
    return [s.label for s in phase_steps(ws.s.model, phase.id, unit, order)]


def test_steps_by_type_by_scale_and_relations_by_kind(ws) -> None:
    assert _labels(ws, ws.design, "actors", "type") == ["City of Lyon", "Vendor SA", "University"]
    assert _labels(ws, ws.design, "actors", "scale") == ["City of Lyon", "University", "Vendor SA"]
    assert _labels(ws, ws.piloting, "actors", "type") == ["City of Lyon", "Vendor SA"]  # who is present
    relations = _labels(ws, ws.design, "relations", "type")
    assert [r.rsplit(": ", 1)[1] for r in relations] == ["information", "agreement", "data"]  # the vocabulary's order
    with pytest.raises(ValueError, match="Unknown order"):
        phase_steps(ws.s.model, ws.design.id, "actors", "alphabet")


def test_the_cursor_steps_through_a_phase_then_the_next_and_back(ws) -> None:
    m = ws.s.model
    p = Presentation([ws.design.id, ws.piloting.id])
    assert p.hidden(m) == (frozenset(m.tables["actors"]), frozenset())
    assert p.forward(m) and p.hidden(m)[0] == frozenset({ws.vendor.id, ws.uni.id})
    p.forward(m), p.forward(m)
    assert p.hidden(m) == (frozenset(), frozenset())  # the whole phase, as it always looks
    assert p.forward(m) and (p.phase_id, p.shown) == (ws.piloting.id, 0)
    p.forward(m), p.forward(m)
    assert not p.forward(m)  # the very end: nothing moves
    assert (p.phase_id, p.shown) == (ws.piloting.id, 2)
    p.back(m), p.back(m)
    assert p.back(m) and (p.phase_id, p.shown) == (ws.design.id, 3)
    p.jump(m, ws.design.id, 1)
    assert p.hidden(m)[0] == frozenset({ws.vendor.id, ws.uni.id})
    relations = Presentation([ws.design.id], unit="relations")
    relations.forward(m)
    assert relations.hidden(m) == (frozenset(), frozenset({ws.data.id, ws.plan.id}))


def test_the_saved_sequence_comes_first_and_bad_file_values_are_left_out(ws) -> None:
    s = ws.s
    value = sequence_value(s.model, "actors", [ws.uni.id, ws.vendor.id])
    s.execute(cmds.SetMeta(key=SEQUENCE_KEY, value=value))
    assert _labels(ws, ws.design, "actors", "saved") == ["University", "Vendor SA", "City of Lyon"]
    assert _labels(ws, ws.piloting, "actors", "saved") == ["Vendor SA", "City of Lyon"]
    # A hand-edited (or hostile) file: strings, booleans, unknown ids and repeats are skipped.
    s.execute(cmds.SetMeta(key=SEQUENCE_KEY, value={"actors": ["1", True, 999, ws.city.id, ws.city.id],
                                                    "relations": "all"}))
    assert saved_sequence(s.model) == {"actors": [ws.city.id], "relations": []}
    s.execute(cmds.SetMeta(key=SEQUENCE_KEY, value=[1, 2]))
    assert saved_sequence(s.model) == {"actors": [], "relations": []}
    assert _labels(ws, ws.design, "actors", "saved") == _labels(ws, ws.design, "actors", "type")
