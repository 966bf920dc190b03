"""Tidy tables: one row per observation, names beside ids, unscored left empty."""

from __future__ import annotations

from typing import Any

from workshop_app.session.tables import TABLE_ORDER


def test_tables_read_like_the_session(ws: Any) -> None:
    s = ws.s
    t = s.tables()
    assert list(t) == list(TABLE_ORDER)
    row = next(r for r in t["consensus"] if r["relation_id"] == ws.info.id
               and r["phase_id"] == ws.design.id)
    cons = s.consensus(ws.info, ws.design)
    assert (row["trust_median"], row["trust_spread"], row["trust_n"]) == (2, 2, 2)
    assert row["trust_median"] == cons["trust"].median
    assert row["source_name"] == "City of Lyon" and row["target_name"] == "Vendor SA"
    plan = next(r for r in t["consensus"] if r["relation_id"] == ws.plan.id)
    assert plan["commitment_median"] is None and plan["threec"] is None  # never 0
    assert len([r for r in t["consensus"] if r["relation_id"] == ws.data.id]) == 2  # parallel
    roles = [(r["actor_name"], r["role"]) for r in t["roles"] if r["phase_id"] == ws.design.id]
    assert ("City of Lyon", "coordinator") in roles and ("City of Lyon", "steward") in roles
    pres = next(r for r in t["presence"] if r["actor_id"] == ws.city.id
                and r["phase_id"] == ws.piloting.id)
    assert (pres["x"], pres["y"]) == (100.0, -50.0)  # the phase's own position
    off = [r for r in t["relation_phases"] if r["relation_id"] == ws.plan.id]
    assert [r["active"] for r in off] == [True, False, False, False, False]  # uni absent later
    votes = [r for r in t["scores"] if r["relation_id"] == ws.info.id]
    assert {v["participant_name"] for v in votes} == {"Facilitator", "Ana"}
    assert any(e["command"] == "SetScore" and e["state"] == "done" for e in t["events"])
