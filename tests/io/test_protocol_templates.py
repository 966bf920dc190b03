"""Protocol templates: a session's set-up saved as JSON, checked on load, and new sessions
made from it (headless, through the command line too)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Iterator

import pytest

from workshop_app import Session
from workshop_app.bundled import DEMO_NAMES, resources_dir
from workshop_app.cli import main
from workshop_app.domain import commands as cmds
from workshop_app.domain import vocabulary as voc
from workshop_app.domain.rounds import RELATION_SETS, ROUND_ORDERS
from workshop_app.io.protocol import (TemplateError, check_template, load_schema, new_session, protocol_of,
                                      read_template, resolve, shipped, template_of)

RESOURCES = resources_dir()


@pytest.fixture
def set_up(tmp_path: Path) -> Iterator[Session]:
    """A session with a custom role, people in groups and two ticked prompts."""
    s = Session.create(tmp_path / "setup.workshop", title="Tram line workshop", default_phases=False)
    with s.bulk("build"):
        s.add_phase("Scoping", "design")
        s.add_phase("Trial on line 4", "piloting")
        city = s.add_actor("City of Tramby", "government", "city", present_in=["Scoping", "Trial on line 4"])
        s.add_actor("Riders' union", "civil_society", "city", present_in=["Trial on line 4"])
        s.add_participant("Astrid Holm", "Tramby transport")
    s.set_presence(city, "Scoping", roles=["coordinator", "data steward"])
    astrid = s.participant("Astrid Holm")
    assert astrid is not None
    s.execute(cmds.UpdateParticipant(participant_id=astrid.id, changes={"group_name": "Operators"}))
    s.execute(cmds.UpdatePhase(phase_id=s.phase("Scoping").id, changes={"note": "Who rides, who pays?"}))
    for pid in ("P7", "P2"):
        s.execute(cmds.SetPromptCheck(phase_id=s.phase("Scoping").id, prompt_id=pid, done=True))
    yield s
    s.close()


def test_a_template_keeps_the_set_up_and_no_names(set_up: Session) -> None:
    t = template_of(set_up.model)
    assert t["phases"] == [{"name": "Scoping", "key": "design", "note": "Who rides, who pays?"},
                           {"name": "Trial on line 4", "key": "piloting"}]
    assert t["roles"] == ["data steward"]  # custom only: the vocabulary's roles are always there
    assert t["actor_types"] == ["government", "civil_society"]
    assert t["prompts"] == {"selected": ["P2", "P7"]}  # the ticked ones, in catalogue order
    assert t["groups"] == ["Operators"]
    assert t["round"] == {"relations": "all", "order": "person", "blind": False,
                          "dimensions": list(voc.SCORE_DIMENSIONS)}
    words = json.dumps(t)
    for private in ("Astrid", "Tramby transport", "City of Tramby", "Riders"):
        assert private not in words
    check_template(t, load_schema(RESOURCES))


def test_new_session_from_a_template_gives_the_same_template_back(set_up: Session, tmp_path: Path) -> None:
    t = template_of(set_up.model, name="Tram protocol", pinned="P7")
    t["round"].update(order="dimension", blind=True, questions={"trust": "Would {a} lend {b} a tram?"})
    made = new_session(t, tmp_path / "next.workshop")
    with Session.open(made, read_only=True) as fresh:
        assert [(p.name, p.key, p.note) for p in fresh.phases] == [
            ("Scoping", "design", "Who rides, who pays?"), ("Trial on line 4", "piloting", "")]
        assert fresh.title == "Next" and fresh.actors == [] and fresh.model.notes == []
        assert protocol_of(fresh.model)["round"]["questions"] == {"trust": "Would {a} lend {b} a tram?"}
        again = template_of(fresh.model)
        assert fresh.events()[-1]["label"].startswith("New session from the template “Tram protocol”")
    assert again == t


def test_a_new_session_never_replaces_a_file(set_up: Session, tmp_path: Path) -> None:
    with pytest.raises(TemplateError, match="already exists"):
        new_session(template_of(set_up.model), set_up.path)
    assert set_up.phases  # the open session is untouched


def test_shipped_templates_are_valid_and_named() -> None:
    found = shipped(RESOURCES)
    assert sorted(found) == sorted([*DEMO_NAMES, "smart-city-project"])
    for name, path in found.items():
        t = read_template(path, RESOURCES)
        assert t["name"] and t["description"] and t["prompts"]["pinned"] in t["prompts"]["selected"]
        assert t["settings"]["presence_default"] == "absent"  # run in a room, absent means absent
    blank = read_template(found["smart-city-project"], RESOURCES)
    assert [p["key"] for p in blank["phases"]] == [k for k, _ in voc.DEFAULT_PHASES]
    assert resolve("turin", RESOURCES) == found["turin"] == resolve("Turin.json", RESOURCES)


def test_the_schema_lists_what_the_app_knows() -> None:
    """The schema's choices are the vocabulary's: a new actor type or round order must reach it."""
    props = load_schema(RESOURCES)["properties"]
    assert props["actor_types"]["items"]["enum"] == list(voc.ACTOR_TYPES)
    assert props["round"]["properties"]["relations"]["enum"] == list(RELATION_SETS)
    assert props["round"]["properties"]["order"]["enum"] == list(ROUND_ORDERS)
    assert props["settings"]["properties"]["threec_rule"]["enum"] == list(voc.THREEC_RULES)


BASE: dict[str, Any] = {"format": "assemblage-workshop-template", "version": 1, "name": "x",
                        "phases": [{"name": "A"}]}
BAD: list[tuple[Any, str, str]] = [
    ({**BASE, "phases": [{"name": "A"}, {"name": "B", "key": "Bad Key"}]}, "phases[1].key",
     "lower-case letters, digits and underscores"),
    ({**BASE, "phases": []}, "phases", "needs at least 1 entry"),
    ({**BASE, "phases": [{"name": "A"}, {"name": "A"}]}, "phases[1].name", "used twice"),
    ({**BASE, "prompts": {"selected": ["P99"]}}, "prompts.selected[0]", "not one of this app's prompts"),
    ({**BASE, "colour": "red"}, "colour", "is not a field of a template"),
    ({**BASE, "version": 2}, "version", "should be 1"),
    ({**BASE, "actor_types": ["dragon"]}, "actor_types[0]", "is not one of"),
    ({**BASE, "round": {"order": "alphabetical"}}, "round.order", "is not one of"),
    ({**BASE, "round": {"questions": {"trust": "Do you trust them?"}}}, "round.questions.trust", "{a} and {b}"),
    ({**BASE, "groups": ["Left", "Left"]}, "groups[1]", "listed twice"),
    ([1, 2], "", "should be an object"),
]


@pytest.mark.parametrize("data,place,words", BAD, ids=[b[1] or "not-an-object" for b in BAD])
def test_a_bad_template_is_one_line_naming_the_file_and_the_place(
        tmp_path: Path, capsys: pytest.CaptureFixture[str], data: Any, place: str, words: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert main(["new", str(tmp_path / "x.workshop"), "--template", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and str(path) in err and words in err
    assert (f"(at {place})" in err) if place else "(at" not in err
    assert not (tmp_path / "x.workshop").exists()


def test_broken_json_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"format": "assemblage-workshop-template",\n "phases": [,]}', encoding="utf-8")
    with pytest.raises(TemplateError, match=r"broken.json \(at line 2, column 13\): is not valid JSON"):
        read_template(path, RESOURCES)


def test_command_line_saves_lists_checks_and_makes_sessions(
        set_up: Session, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    set_up.close()
    out = tmp_path / "tram.json"
    assert main(["template", "save", str(set_up.path), "-o", str(out), "--name", "Tram protocol"]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["name"] == "Tram protocol"
    assert main(["template", "list"]) == 0
    listing = capsys.readouterr().out
    assert "smart-city-project" in listing and "turin" in listing
    assert main(["template", "check", str(out)]) == 0
    assert "Phases: Scoping → Trial on line 4" in capsys.readouterr().out
    for ref, target in ((str(out), "a.workshop"), ("smart-city-project", "b.workshop")):
        assert main(["new", str(tmp_path / target), "--template", ref, "--title", "Kick-off"]) == 0
    assert "new session from the template “Smart-city project”, 5 phases" in capsys.readouterr().out
    with Session.open(tmp_path / "b.workshop", read_only=True) as made:
        assert made.title == "Kick-off" and len(made.phases) == 5
        assert protocol_of(made.model)["prompts"]["pinned"] == "P23"
    assert main(["new", str(tmp_path / "c.workshop"), "--template", "nonesuch"]) == 2
    assert "the app ships: antwerp, darmstadt" in capsys.readouterr().err
