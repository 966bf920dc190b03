"""GEXF and GraphML conformance: what the general suite (``test_conformance.py``) checks for
every format, and what only these two formats carry.

Each case in ``conformance/gexf`` and ``conformance/graphml`` writes, beside its ``session``,
an ``xml`` block: the session's presence default, every actor's state where it is not
present (absent or not described), presence notes and individual votes. Every import of
these formats must account for every element and attribute of the file by name (nothing
booked as "not read by the importer"), keep each node's id as the actor's original id, and
record one ``imported`` source that the imported facts cite. The public samples in
``../shared/formats/foreign`` are held to the same accounting when they are there.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from exchange_helpers import FOREIGN, SHARED
from test_conformance import run_case, summarise

from workshop_app import Session
from workshop_app.domain import commands as cmds
from workshop_app.io.importers import import_file
from workshop_app.io.importers.build import IMPORT_PARTICIPANT
from workshop_app.io.importers.report import NOT_READ, ImportReport

HERE = Path(__file__).parent / "conformance"
FORMATS = ("gexf", "graphml")
CASES = sorted(c for fmt in FORMATS for c in (HERE / fmt).glob("*.expected.json"))
MIN_CASES = {"gexf": 15, "graphml": 15}


def xml_facts(path: Path) -> dict[str, Any]:
    """What the ``xml`` block of an expected file holds, read from the session."""
    with Session.open(path, read_only=True) as s:
        model = s.model
        states: dict[str, dict[str, str]] = {}
        notes: dict[str, dict[str, str]] = {}
        for a in s.actors:
            st = {p.name: model.presence_state(a.id, p.id) for p in s.phases
                  if model.presence_state(a.id, p.id) != "present"}
            if st:
                states[a.name] = st
            nt = {p.name: row.note for p in s.phases
                  if (row := model.presence(a.id, p.id)) is not None and row.note}
            if nt:
                notes[a.name] = nt
        actor = {a.id: a.name for a in s.actors}
        who = {p.id: p.name for p in s.participants}
        phase = {p.id: p.name for p in s.phases}
        votes = []
        for (rid, pid, part), v in sorted(model.tables["scores"].items()):
            if who[part] == IMPORT_PARTICIPANT:
                continue
            r = model.tables["relations"][rid]
            votes.append([actor[r.source], actor[r.target], phase[pid], who[part], v.trust,
                          v.commitment, v.interdependence])
    out: dict[str, Any] = {"presence_default": model.presence_default, "states": states}
    if notes:
        out["presence_notes"] = notes
    if votes:
        out["votes"] = votes
    return out


def assert_accounted(report: ImportReport) -> None:
    """Every element and attribute booked, each by what it is (never "not read")."""
    assert report.ledger.balance() == {}
    counts = report.ledger.counts()
    assert set(counts) == {"element", "attribute"} or not counts
    forgotten = [e.line() for e in report.ledger.of("skipped") if e.rule == NOT_READ]
    assert forgotten == []


def assert_cited(target: Path, source_name: str) -> None:
    """One imported source, named after the file, cited by every actor and relation and by
    the presence rows; every actor keeps the file's id."""
    with Session.open(target, read_only=True) as s:
        sources = [x for x in s.model.tables["sources"].values() if x.kind == "imported"]
        assert [x.document for x in sources] == [source_name]
        sid = sources[0].id
        assert sources[0].detail["balanced"] is True
        assert all(a.source_id == sid and a.original_id for a in s.actors)
        assert all(r.source_id == sid for r in s.relations)
        assert all(p.source_id == sid for p in s.model.tables["presence"].values())


@pytest.mark.parametrize("case", CASES, ids=[f"{c.parent.name}/{c.name[:-14]}" for c in CASES])
def test_case_is_accounted_for_and_keeps_states_notes_and_votes(case: Path, tmp_path: Path) -> None:
    expected, result = run_case(case, tmp_path)
    if "error" in expected:
        assert isinstance(result, str) and expected["error"] in result
        return
    assert not isinstance(result, str), result
    assert_accounted(result)
    target = tmp_path / "case.workshop"
    assert summarise(target) == expected["session"]
    assert xml_facts(target) == expected["xml"]
    assert_cited(target, result.source.name)


@pytest.mark.parametrize("fmt", FORMATS)
def test_each_format_has_its_cases(fmt: str) -> None:
    cases = [c for c in CASES if c.parent.name == fmt]
    assert len(cases) >= MIN_CASES[fmt]
    for case in cases:
        doc = json.loads(case.read_text(encoding="utf-8"))
        assert "error" in doc or {"session", "xml", "report"} <= set(doc)


def test_the_xml_facts_see_a_lost_presence_note_and_vote(tmp_path: Path) -> None:
    """The comparison can fail: a presence note or a vote less is seen."""
    case = HERE / "graphml" / "individual_votes_json.expected.json"
    expected, _ = run_case(case, tmp_path)
    target = tmp_path / "case.workshop"
    with Session.open(target) as s:
        vote = next(iter(s.model.tables["scores"]))
        s.execute(cmds.SetScore(relation_id=vote[0], phase_id=vote[1], participant_id=vote[2],
                                values={"trust": None, "commitment": None, "interdependence": None}))
    assert xml_facts(target) != expected["xml"]


@pytest.mark.skipif(not SHARED.is_dir(), reason="shared/formats not beside the repo")
@pytest.mark.parametrize("name", ["gexf/gephi_les-miserables.gexf", "gexf/gexf-net_dynamics.gexf",
                                  "gexf/gexf4j_dynamicGraph_1.2draft.gexf",
                                  "gexf/graphology_v1_3_viz.gexf",
                                  "graphml/graphology_multigraph.graphml",
                                  "graphml/igraph_test.graphml", "graphml/yed_Example_yEd.graphml",
                                  "networkcanvas/codaco_minimal.graphml",
                                  "networkcanvas/pfsj_case_1.graphml",
                                  "networkcanvas/pfsj_case_3.graphml"])
def test_public_samples_are_accounted_for(name: str, tmp_path: Path) -> None:
    report = import_file(FOREIGN / name, tmp_path / "s.workshop")
    assert_accounted(report)
    assert_cited(tmp_path / "s.workshop", Path(name).name)
