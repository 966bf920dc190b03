"""The phase facts the panels read (who takes part, the medians) always match the session:
after an edit, a score, an undo, and per session when two are open."""

from __future__ import annotations

from pathlib import Path

from workshop_app import Session
from workshop_app.analysis.facts import all_phase_facts, session_facts


def _session(tmp_path: Path) -> Session:
    s = Session.create(tmp_path / "facts.workshop", default_phases=False)
    s.add_phase("Design", "design")
    s.add_phase("Pilot", "piloting")
    a = s.add_actor("City", "government", "city", present_in=["Design", "Pilot"])
    b = s.add_actor("Lab", "academia", "city", present_in=["Design"])
    s.add_relation(a, b, "information")
    return s


def test_facts_follow_an_added_actor(tmp_path: Path) -> None:
    with _session(tmp_path) as s:
        pilot = s.phases[1]
        assert len(session_facts(s.model)[1].actors) == 1
        residents = s.add_actor("Residents", "citizens", "neighbourhood", present_in=["Pilot"])
        facts = session_facts(s.model)
        assert residents.id in facts[1].actors and len(facts[1].actors) == 2
        assert [set(f.actors) for f in facts] == [set(f.actors) for f in all_phase_facts(s.model)]
        assert {a.id for a in s.present_actors(pilot)} == set(facts[1].actors)


def test_undo_and_scores_also_refresh_the_facts(tmp_path: Path) -> None:
    with _session(tmp_path) as s:
        design = s.phases[0]
        rel = s.active_relations(design)[0]
        assert session_facts(s.model)[0].median(rel.id, "trust") is None
        s.score(rel, design, trust=5)
        assert session_facts(s.model)[0].median(rel.id, "trust") == 5
        s.undo()
        assert session_facts(s.model)[0].median(rel.id, "trust") is None


def test_each_session_has_its_own_facts(tmp_path: Path) -> None:
    with _session(tmp_path) as s:
        design = s.phases[0]
        rel = s.active_relations(design)[0]
        with Session.open(s.path, read_only=True) as other:
            s.score(rel, design, trust=2)
            s.add_actor("Residents", "citizens", "neighbourhood", present_in=["Design"])
            assert session_facts(s.model)[0].median(rel.id, "trust") == 2
            assert session_facts(other.model)[0].median(rel.id, "trust") is None
            assert len(session_facts(other.model)[0].actors) == 2
            assert len(session_facts(s.model)[0].actors) == 3
