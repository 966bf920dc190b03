"""A pseudonymised copy keeps the evidence's structure (which fact cites which kind of source,
presence states, classes, arenas) and drops every word that could name somebody: quotes,
authors, reasons, second-language names, arena names, decision labels, value effects."""

from __future__ import annotations

from pathlib import Path

from workshop_app import Session
from workshop_app.io.pseudonymise import pseudonymise_model


def test_pseudonymised_copy_keeps_evidence_structure_without_its_words(tmp_path: Path) -> None:
    with Session.create(tmp_path / "s.workshop") as s:
        design = s.phases[0]
        city = s.add_actor("City of Ghent", present_in=[design])
        firm = s.add_actor("Acme Sensors", "private", present_in=[design])
        s.update_actor(city, alt_name="Stad Gent", original_id="ghent-01")
        s.set_presence(city, design, roles=["steward", "Mayor's office"])
        rel = s.add_relation(city, firm, "data")
        src = s.add_source("inferred", author="Jan Peeters", reason="Acme's CEO said so")
        s.cite(("role", city, design, "Mayor's office"), src)
        s.set_presence_state(firm, s.phases[1], "not_described", src)
        s.set_value_effects(city, design, gains="Acme pays the city")
        board = s.add_arena("Acme board", "steering")
        s.set_arena_members(board, design, [city, firm])
        s.set_stated_class(design, "coordination", relation=rel, source=src, note="Acme says")
        s.add_decision_point(design, "Acme contract signed", "contract_signed")
        s.set_public_value("Ghent breathes", phase=design)
        anon = pseudonymise_model(s.model)
        original = s.model.snapshot()
    text = repr(anon.snapshot())
    for word in ("Ghent", "Gent", "Acme", "Jan Peeters", "ghent-01", "Mayor"):
        assert word not in text, word
    [source] = anon.tables["sources"].values()
    assert (source.kind, source.author, source.reason) == ("inferred", "", "")
    pres = anon.presence(city.id, design.id)
    assert pres.roles == ("steward", "custom role 1")
    assert pres.role_sources == {"custom role 1": source.id}
    assert anon.presence_state(firm.id, s.phases[1].id) == "not_described"
    assert [a.name for a in anon.tables["arenas"].values()] == ["Arena 1"]
    assert len(anon.tables["arena_members"]) == 2
    assert [c.three_c for c in anon.tables["stated_classes"].values()] == ["coordination"]
    assert [d.label for d in anon.tables["decision_points"].values()] == ["contract signed"]
    assert (anon.meta("threec_rule"), anon.meta("presence_default")) == ("weakest", "absent")
    assert original != anon.snapshot()
