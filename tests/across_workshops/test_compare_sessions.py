"""Compare two sessions: a re-scored demo against a copy scored lower, with one actor
renamed; matched by name and type, then through a corpus register where a CSV mapping says
the renamed actor is the same one."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from rescored_sessions import rescored_copy  # noqa: E402  (tests/across_workshops)
from workshop_app.cli import main
from workshop_app.research.compare import compare_sessions, match_by_name
from workshop_app.session import Session

MAYOR = "Mayor of Darmstadt"
RENAMED = "Oberbürgermeister der Wissenschaftsstadt"


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path]:
    a = rescored_copy("darmstadt", tmp_path / "darmstadt-2019.workshop", [(4, 4, 4), (5, 4, 4)])
    b = rescored_copy("darmstadt", tmp_path / "darmstadt-2021.workshop", [(2, 4, 4), (1, 4, 5)],
                      rename={MAYOR: RENAMED})
    return a, b


def _compare(a: Path, b: Path, phase: int = 1):
    with Session.open(a, read_only=True) as sa, Session.open(b, read_only=True) as sb:
        return compare_sessions(sa.model, sa.phases[phase].id, sb.model, sb.phases[phase].id,
                                label_a="2019", label_b="2021")


def test_matched_by_name_a_renamed_actor_is_only_in_one_session(pair: tuple[Path, Path]) -> None:
    found = _compare(*pair)
    only_a = [i.text for i in found.of_kind("actor_only_a")]
    only_b = [i.text for i in found.of_kind("actor_only_b")]
    assert only_a == [f"{MAYOR}: takes part in 2019; 2021 has no such actor"]
    assert only_b == [f"{RENAMED}: takes part in 2021; 2019 has no such actor"]
    # the mayor's relations cannot be matched either: one list on each side
    with Session.open(pair[0], read_only=True) as s:
        mayor = next(a.id for a in s.actors if a.name == MAYOR)
        phase = s.phases[1].id
        touching = {r.id for r in s.model.active_relations(phase) if mayor in (r.source, r.target)}
    assert {i.relation_ids[0] for i in found.of_kind("relation_only_a")} == touching
    assert len(found.of_kind("relation_only_b")) == len(touching)
    # every other relation is matched, and trust is high in one and low in the other
    trust = [i for i in found.of_kind("score_changed") if i.detail["dimension"] == "trust"]
    assert trust and all(i.detail["level_a"] == "high" and i.detail["level_b"] == "low"
                         for i in trust)
    assert "Trust in the " in trust[0].text and ": high (4) in 2019, low (1) in 2021" in trust[0].text
    assert not found.of_kind("roles_changed") and not found.of_kind("presence_differs")
    # commitment is 4 on both sides and interdependence moves 4 -> 4 (lower median): no line
    assert {i.detail["dimension"] for i in found.of_kind("score_changed")} == {"trust"}
    assert found.matched_through == "name"


def test_the_same_session_has_no_differences(pair: tuple[Path, Path]) -> None:
    found = _compare(pair[0], pair[0])
    assert found.items == []


def test_presence_and_roles_that_differ(pair: tuple[Path, Path]) -> None:
    a, b = pair
    with Session.open(b) as s:
        phase = s.phases[1]
        hq = next(x for x in s.actors if x.name.startswith("HEAG"))
        s.set_presence(hq, phase, present=False)
        city = next(x for x in s.actors if x.name.startswith("City of Darmstadt"))
        s.set_presence(city, phase, roles=["funder"])
    found = _compare(a, b)
    states = {i.text.split(":")[0]: (i.detail["state_a"], i.detail["state_b"])
              for i in found.of_kind("presence_differs")}
    assert states == {hq.name: ("present", "absent")}
    roles = found.of_kind("roles_changed")
    assert [i.detail["b"] for i in roles] == [["funder"]]
    assert roles[0].text.startswith("City of Darmstadt") and "in 2021" in roles[0].text


def _mapped_corpus(tmp_path: Path, a: Path, b: Path) -> Path:
    """A corpus of both files where the mapping says the renamed actor is the mayor."""
    from workshop_app.research.corpus import build_corpus, open_corpus
    from workshop_app.research.register import export_csv, import_csv

    corpus = tmp_path / "corpus.db"
    build_corpus([a, b], corpus)
    mapping = tmp_path / "mapping.csv"
    conn = open_corpus(corpus, write=True)
    try:
        export_csv(conn, mapping)
        with open(mapping, encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
        for row in rows:
            row["status"] = "edited"
            row["canonical_name"] = MAYOR if row["actor_name"] == RENAMED else row["actor_name"]
        with open(mapping, "w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
        import_csv(conn, mapping, by="tester")
    finally:
        conn.close()
    return corpus


def test_through_the_register_the_renamed_actor_is_the_same(tmp_path: Path,
                                                           pair: tuple[Path, Path],
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("sqlite_utils")
    pytest.importorskip("rapidfuzz")
    a, b = pair
    corpus = _mapped_corpus(tmp_path, a, b)
    assert main(["compare", str(a), str(b), "--phase-a", "2", "--corpus", str(corpus),
                 "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    kinds = {i["kind"] for i in data["items"]}
    assert "actor_only_a" not in kinds and "actor_only_b" not in kinds
    assert "relation_only_a" not in kinds and "relation_only_b" not in kinds
    assert data["matched_through"] == "register"
    assert data["matched_actors"]["register"] == data["matched_actors"]["total"] == 12
    mayor_lines = [i for i in data["items"] if i["kind"] == "score_changed"
                   and MAYOR in i["text"]]
    assert mayor_lines  # the mayor's relations are compared now
    # phase B defaults to the phase with A's stage key
    assert data["b"]["phase"] == data["a"]["phase"]


def test_compare_command_text_and_errors(pair: tuple[Path, Path], tmp_path: Path,
                                         capsys: pytest.CaptureFixture[str]) -> None:
    a, b = pair
    assert main(["compare", str(a), str(b), "--phase-a", "piloting"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Compare two sessions\n  A  darmstadt-2019: \"Digitalstadt GmbH")
    assert "Matched: 11 actors matched by normalised name and type" in out
    assert "Actors only in darmstadt-2019 (1)\n  - Mayor of Darmstadt" in out
    assert main(["compare", str(a), str(b), "--phase-b", "9"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("workshop-app: error: phase '9' is not in this session")
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all")
    assert main(["compare", str(a), str(b), "--corpus", str(junk)]) == 2
    assert "not a research corpus" in capsys.readouterr().err


def test_match_by_name_folds_case_accents_and_city_prefixes(tmp_path: Path) -> None:
    with Session.create(tmp_path / "x.workshop") as x, Session.create(tmp_path / "y.workshop") as y:
        x.add_actor("City of Antwerp"), x.add_actor("Café Société", "civil_society")
        y.add_actor("antwerp"), y.add_actor("cafe societe", "civil_society")
        y.add_actor("Cafe Societe", "private")  # another type: not the same actor
        m = match_by_name(x.model, y.model)
    assert len(m.pairs) == 2 and set(m.method.values()) == {"name"}
