"""Importers on real files from other tools, and on broken ones."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from exchange_helpers import FOREIGN, SHARED

from workshop_app import Session
from workshop_app.io.errors import ImportFileError
from workshop_app.io.importers import import_file

pytestmark = pytest.mark.skipif(not SHARED.is_dir(), reason="shared/formats not beside the repo")

NC = FOREIGN / "networkcanvas"
# file, extra options, actors, relations, phases
SAMPLES = [
    ("gexf/gephi_les-miserables.gexf", {}, 77, 254, 1),
    ("gexf/gexf-net_dynamics.gexf", {}, 4, 5, 3),
    ("gexf/gexf4j_dynamicGraph_1.2draft.gexf", {}, 5, 6, 19),
    ("gexf/graphology_v1_3_viz.gexf", {}, 2, 1, 1),
    ("graphml/graphology_multigraph.graphml", {}, 6, 9, 1),
    ("graphml/igraph_test.graphml", {}, 6, 7, 1),
    ("graphml/yed_Example_yEd.graphml", {}, 4, 3, 1),
    ("networkcanvas/codaco_minimal.graphml", {}, 2, 1, 1),
    ("networkcanvas/pfsj_case_1.graphml", {}, 9, 17, 1),
    ("networkcanvas/pfsj_case_3.graphml", {}, 13, 0, 1),
    ("networkcanvas/pfsj_case_1_edgeList_friends.csv",
     {"nodes": NC / "pfsj_case_1_attributeList_Person.csv"}, 9, 17, 1),
    ("networkcanvas/cdc_case_1_edgeList_Close.csv",
     {"nodes": NC / "cdc_case_1_attributeList_Person.csv"}, 5, 5, 1),
    ("kumu/kumu-blueprint-doc-minimal.json", {}, 2, 1, 1),
    ("kumu/kumu-blueprint-doc-fields.json", {}, 2, 1, 1),
    ("kumu/kumu-blueprint-doc-ids.json", {}, 2, 1, 1),
    ("kumu/kumu-changelabs-template.json", {}, 10, 11, 1),
    ("kumu/kumu-omidyar-us-financial-inclusion-backup.json", {}, 230, 232, 1),
]


@pytest.mark.parametrize("rel, options, actors, relations, phases", SAMPLES,
                         ids=[s[0].split("/")[-1] for s in SAMPLES])
def test_foreign_sample_imports(rel: str, options: dict, actors: int, relations: int,
                                phases: int, tmp_path: Path) -> None:
    target = tmp_path / "new.workshop"
    report = import_file(FOREIGN / rel, target, **options)
    assert (report.actors, report.relations, report.phases) == (actors, relations, phases)
    with Session.open(target, read_only=True) as s:
        assert len(s.actors) == actors and len(s.relations) == relations
        assert len(s.phases) == phases
        assert s.model.meta("import_report") == report.notes
    assert str(report).startswith(f"Imported {Path(rel).name}")


def test_reference_file_maps_scales_roles_and_phases(tmp_path: Path) -> None:
    report = import_file(SHARED / "reference_dynamic_3phases.gexf", tmp_path / "r.workshop")
    text = str(report)
    assert "0-1 scale mapped onto 1-5" in text
    assert "co-designer -> co_creator" in text and "knowledge broker" in text
    with Session.open(tmp_path / "r.workshop", read_only=True) as s:
        assert [(p.name, p.key) for p in s.phases] == [
            ("Exploration", "design"), ("Pilot", "piloting"), ("Scale-up", "scaling")]
        lab = s.actor("University lab")
        assert [p.name for p in s.phases if s.model.is_present(lab.id, p.id)] == ["Exploration", "Scale-up"]
        assert s.roles(lab, "Scale-up") == ("researcher",)
        assert s.actor("Housing cooperative").type == "civil_society"
        assert "commitment: 0.6" in s.actor("City council").note  # node scores kept, not dropped
        r1 = s.relations[0]
        assert s.consensus(r1, "Exploration")["trust"].median == 3  # 0.4 -> 3
        assert [r.kind for r in s.relations].count("consultation") == 2


def test_older_gephi_namespace_and_odd_times_are_said(tmp_path: Path) -> None:
    gephi = import_file(FOREIGN / "gexf/gephi_les-miserables.gexf", tmp_path / "a.workshop")
    assert any("older namespace" in n for n in gephi.notes)
    assert any("No actor type stated for 77" in n for n in gephi.notes)
    draft = import_file(FOREIGN / "gexf/gexf4j_dynamicGraph_1.2draft.gexf", tmp_path / "b.workshop")
    assert any("+0200" in n for n in draft.notes)


def test_unknown_attributes_are_kept_not_dropped(tmp_path: Path) -> None:
    import_file(FOREIGN / "kumu/kumu-blueprint-doc-fields.json", tmp_path / "k.workshop")
    with Session.open(tmp_path / "k.workshop", read_only=True) as s:
        b = s.actor("B")
        assert "Favorite Dessert: shave ice" in b.note and "Imported type: Letter" in b.note
        assert s.relations[0].attrs == {"imported_kind": "likes"}
    report = import_file(NC / "pfsj_case_1.graphml", tmp_path / "p.workshop")
    assert any("'Person' mapped to 'citizens'" in n for n in report.notes)
    assert any("self-loop" in n for n in report.notes)


BROKEN = {
    "truncated.gexf": ('<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes><node id="a"',
                       "line 1", "not well-formed XML"),
    "dangling.gexf": ('<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes>'
                      '<node id="a"/></nodes><edges><edge id="e7" source="a" target="zz"/>'
                      "</edges></graph></gexf>", "line 1", "node 'zz'"),
    "dangling.graphml": ('<graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph>'
                         '<node id="a"/>\n<edge source="a" target="b"/></graph></graphml>',
                         "line 2", "node 'b'"),
    "nocolumns.csv": ("a,b\n1,2\n", "line 1", "source/from/src"),
    "bad.json": ('{"elements": [ {"label": "A"},, ]}', "line 1, column", "not valid JSON"),
    "notkumu.json": ('[1, 2, 3]', None, "'elements'"),
    "dangling.json": ('{"elements": [{"label": "A"}], "connections": [{"from": "A", "to": "Q"}]}',
                      "connections[0]", "element 'Q'"),
}


@pytest.mark.parametrize("name", sorted(BROKEN))
def test_broken_input_names_file_place_and_reason_and_writes_nothing(name: str, tmp_path: Path) -> None:
    text, where, reason = BROKEN[name]
    src = tmp_path / name
    src.write_text(text, encoding="utf-8")
    with pytest.raises(ImportFileError) as err:
        import_file(src, tmp_path / "out.workshop")
    message = str(err.value)
    assert name in message and reason in message
    if where:
        assert where in message
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]


def test_csv_edges_naming_a_node_missing_from_the_nodes_file(tmp_path: Path) -> None:
    (tmp_path / "nodes.csv").write_text("id,label,type\n1,City,government\n2,Lab,university\n")
    (tmp_path / "edges.csv").write_text("source,target,kind\n1,2,data\n2,9,funding\n")
    with pytest.raises(ImportFileError, match=r"edges.csv \(line 3\): target '9' is not a node"):
        import_file(tmp_path, tmp_path / "x.workshop")
    assert not (tmp_path / "x.workshop").exists()
    (tmp_path / "edges.csv").write_text("from;to;type;trust\n1;2;Data flow;4\n2;1;money;0.5\n")
    report = import_file(tmp_path, tmp_path / "x.workshop")
    with Session.open(tmp_path / "x.workshop", read_only=True) as s:
        assert [r.kind for r in s.relations] == ["data", "funding"]
        assert s.actor("Lab").type == "academia"
    # 4 and 0.5 fit no narrower scale than 0-5: both mapped by the stated rule, none dropped
    assert any(n.startswith("trust: 0-5 scale mapped onto 1-5") for n in report.notes)
    with Session.open(tmp_path / "x.workshop", read_only=True) as s:
        assert [s.consensus(r, s.phases[0])["trust"].median for r in s.relations] == [4, 1]


def test_existing_target_needs_force_and_stays_intact_without_it(tmp_path: Path) -> None:
    src = FOREIGN / "kumu/kumu-blueprint-doc-minimal.json"
    target = tmp_path / "t.workshop"
    import_file(src, target)
    before = target.read_bytes()
    with pytest.raises(ImportFileError, match="already exists"):
        import_file(src, target)
    assert target.read_bytes() == before
    import_file(FOREIGN / "kumu/kumu-blueprint-doc-ids.json", target, force=True)
    with Session.open(target, read_only=True) as s:
        assert [a.name for a in s.actors] == ["A", "A"]


def test_json_with_odd_values_keeps_them_as_text(tmp_path: Path) -> None:
    odd = "<b>Ünïcødé</b> & \"quoted\" \u202eRTL 🙂\x07"
    doc = {"elements": [{"label": "X", "type": "NGO", "score": {"a": 1}, "tags": ["p", "q"],
                         "motto": odd},
                        {"label": "Y", "type": "Ministry"}],
           "connections": [{"from": "X", "to": "Y", "type": "grant", "direction": "undirected"}]}
    (tmp_path / "k.json").write_text(json.dumps(doc))
    report = import_file(tmp_path / "k.json", tmp_path / "k.workshop")
    with Session.open(tmp_path / "k.workshop", read_only=True) as s:
        x = s.actor("X")
        assert x.type == "civil_society" and s.actor("Y").type == "government"
        assert 'score: {"a": 1}' in x.note and "tags: p;q" in x.note
        assert f"motto: {odd}" in x.note  # JSON and the session file hold any text
        (rel,) = s.relations
        assert rel.kind == "funding" and rel.directed  # funding always has a direction
    assert any("made directed" in n for n in report.notes)
