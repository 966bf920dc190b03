"""The shared phase facts are gathered once per revision of the model and never go stale."""

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


def test_same_facts_until_the_model_changes(tmp_path: Path) -> None:
    with _session(tmp_path) as s:
        first = session_facts(s.model)
        assert session_facts(s.model) is first
        revision = s.model.revision
        s.add_actor("Residents", "citizens", "neighbourhood", present_in=["Pilot"])
        assert s.model.revision > revision
        again = session_facts(s.model)
        assert again is not first
        assert [set(f.actors) for f in again] == [set(f.actors) for f in all_phase_facts(s.model)]


def test_undo_and_scores_also_refresh_the_facts(tmp_path: Path) -> None:
    with _session(tmp_path) as s:
        design = s.phases[0]
        rel = s.active_relations(design)[0]
        before = session_facts(s.model)
        s.score(rel, design, trust=5)
        assert session_facts(s.model)[0].median(rel.id, "trust") == 5
        s.undo()
        after = session_facts(s.model)
        assert after is not before and after[0].median(rel.id, "trust") is None


def test_each_model_keeps_its_own_facts(tmp_path: Path) -> None:
    with _session(tmp_path) as s:
        facts = session_facts(s.model)
        with Session.open(s.path, read_only=True) as other:
            assert session_facts(other.model) is not facts
            assert len(session_facts(other.model)) == len(facts)
