"""What the console reads back from a session made from a template: the pinned prompt and
the scoring round (checked one value at a time: a session file is untrusted input), and the
round's question wording as the room hears it."""

from __future__ import annotations

from pathlib import Path

from workshop_app import Session
from workshop_app.domain import commands as cmds
from workshop_app.domain.rounds import ScoringRound
from workshop_app.io.protocol import META_KEY, pinned_prompt, round_setup


def _session(path: Path, protocol: object) -> Session:
    s = Session.create(path, title="Read back", default_phases=False)
    with s.bulk("build"):
        s.add_phase("Scoping", "design")
        a = s.add_actor("Tram depot {b}", "private", "city", present_in=["Scoping"])
        b = s.add_actor("City", "government", "city", present_in=["Scoping"])
        s.add_relation(a, b, "agreement")
        s.add_participant("Astrid Holm")
    s.execute(cmds.SetMeta(META_KEY, protocol))
    return s


def test_the_round_and_the_prompt_are_read_back(tmp_path: Path) -> None:
    with _session(tmp_path / "a.workshop", {
            "prompts": {"pinned": "P7"},
            "round": {"relations": "unscored", "order": "dimension", "blind": True,
                      "dimensions": ["commitment", "trust"], "questions": {"trust": " Does {a} trust {b}? "}}}) as s:
        assert pinned_prompt(s.model) == "P7"
        assert round_setup(s.model) == {"relations": "unscored", "order": "dimension", "blind": True,
                                        "dimensions": ["commitment", "trust"],
                                        "questions": {"trust": "Does {a} trust {b}?"}}


def test_values_this_version_cannot_use_fall_back_to_the_consoles_defaults(tmp_path: Path) -> None:
    with _session(tmp_path / "b.workshop", {
            "prompts": {"pinned": "P999"},
            "round": {"relations": "everything", "order": 3, "blind": "yes",
                      "dimensions": ["trust", "love"], "questions": {"love": "{a}?", "trust": 5}}}) as s:
        assert pinned_prompt(s.model) == ""
        assert round_setup(s.model) == {}
    with _session(tmp_path / "c.workshop", ["not", "a", "protocol"]) as s:
        assert pinned_prompt(s.model) == "" and round_setup(s.model) == {}


def test_the_room_hears_the_protocols_words_with_the_names_put_in_once(tmp_path: Path) -> None:
    with _session(tmp_path / "d.workshop", {}) as s:
        rel = s.model.active_relations(s.phases[0].id)[0]
        r = ScoringRound((rel.id,), s.phases[0].id, (s.participant("Astrid Holm").id,),
                         questions={"trust": "Would {a} lend {b} a key? {c} stays as typed"})
        q = r.question(s.model)
        assert q["questions"]["trust"] == "Would Tram depot {b} lend City a key? {c} stays as typed"
        assert q["questions"]["commitment"].startswith("How willing are Tram depot {b} and City")
