"""What the exports say beyond the network: presence states, provenance on every fact, the
evidence tables, the 3C columns; undirected relations as undirected edges, the weight Gephi
reads, every individual vote in GEXF and GraphML; the Excel-friendly CSV; the bundle's size
rule for its workbook; and pseudonymised exports without quotes, authors or reasons."""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest
from evidence_session import build_evidence_session
from exchange_helpers import SHARED, assert_valid_gexf, assert_valid_graphml
from lxml import etree

from workshop_app import Session
from workshop_app.cli import main
from workshop_app.io import bundle as bundle_module
from workshop_app.io.bundle import write_bundle
from workshop_app.io.data_export import export_csv, export_gexf, export_graphml
from workshop_app.io.exchange import GEXF_BLOCK_LINE, parse_session_block

GEXF = "{http://gexf.net/1.3}"
GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"
needs_shared = pytest.mark.skipif(not SHARED.is_dir(), reason="shared/formats not beside the repo")


@pytest.fixture(scope="module")
def every(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_evidence_session(tmp_path_factory.mktemp("every") / "every.workshop")


@pytest.fixture(scope="module")
def tables(every: Path) -> dict[str, list[dict[str, Any]]]:
    with Session.open(every, read_only=True) as s:
        return s.tables()


@pytest.fixture(scope="module")
def gexf(every: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("gexf") / "every.gexf"
    with Session.open(every, read_only=True) as s:
        export_gexf(s, out)
    return out


@pytest.fixture(scope="module")
def graphml(every: Path, tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    out = tmp_path_factory.mktemp("graphml") / "every"
    with Session.open(every, read_only=True) as s:
        return export_graphml(s, out)


def _row(rows: list[dict[str, Any]], **match: Any) -> dict[str, Any]:
    [found] = [r for r in rows if all(r[k] == v for k, v in match.items())]
    return found


def _gexf_values(path: Path, element: str, ident: str, key: str) -> list[tuple[str, str, str]]:
    """(value, start, end) of one attribute of one node or edge."""
    doc = etree.parse(str(path))
    [el] = [e for e in doc.getroot().iter(f"{GEXF}{element}") if e.get("id") == ident]
    return [(v.get("value"), v.get("start"), v.get("end"))
            for v in el.iter(f"{GEXF}attvalue") if v.get("for") == key]


def _graphml_data(path: Path, element: str, ident: str) -> dict[str, str]:
    doc = etree.parse(str(path))
    [el] = [e for e in doc.getroot().iter(f"{GRAPHML}{element}") if e.get("id") == ident]
    return {d.get("key").split("_", 1)[1]: d.text for d in el.iter(f"{GRAPHML}data")}


# -- the tables ------------------------------------------------------------------------------
def test_presence_says_present_absent_or_not_described_for_every_actor_and_phase(tables) -> None:
    rows = tables["presence"]
    assert len(rows) == len(tables["actors"]) * len(tables["phases"])
    firm_absent = _row(rows, actor_name="=Acme Sensors", phase_number=4)
    assert (firm_absent["state"], firm_absent["state_recorded"]) == ("absent", True)
    assert firm_absent["evidence_kind"] == "inferred"
    assert firm_absent["evidence"] == "inferred by case encoder: 002; the covenant names both as partners"
    lab = _row(rows, actor_name="Ghent University lab", phase_number=1)
    assert (lab["state"], lab["state_recorded"]) == ("not_described", True)
    silent = _row(rows, actor_name="Ghent University lab", phase_number=3)
    assert (silent["state"], silent["state_recorded"]) == ("absent", False)  # the app's default
    city = _row(rows, actor_name="City of Ghent", phase_number=1)
    assert (city["influence"], city["alignment"], city["orchestrator_modes"]) == (5, "supports", "strategist;manager")
    assert city["evidence"].startswith('stated: 002, Cooperation, p. 118: "information sharing')


def test_every_fact_row_cites_its_source_by_id_kind_and_readable_text(tables) -> None:
    sources = {r["evidence_id"]: r for r in tables["sources"]}
    funder = _row(tables["roles"], actor_name="City of Ghent", role="funder")
    assert sources[funder["evidence_id"]]["kind"] == funder["evidence_kind"] == "inferred"
    vote = _row(tables["scores"], participant_name="Case record")
    assert (vote["evidence_kind"], vote["counted"], vote["interdependence_back"]) == ("stated", False, 2)
    off = _row(tables["relation_phases"], kind="agreement", phase_number=2)
    assert (off["state"], off["recorded_state"], off["evidence_kind"]) == ("inactive", "inactive", "room")
    # recorded as not described, but an end is absent there: inactive, the record kept
    silent = _row(tables["relation_phases"], kind="data", phase_number=4)
    assert (silent["state"], silent["recorded_state"]) == ("inactive", "not_described")
    assert _row(tables["relation_phases"], kind="data", phase_number=3)["recorded_state"] == ""
    sensors = _row(tables["relations"], kind="data")
    assert (sensors["openness"], sensors["interoperable"]) == ("vendor_held", False)
    assert json.loads(sensors["attrs"]) == {"timeliness": "real-time"}
    assert sources[sensors["evidence_id"]]["n_cited"] == 11
    assert all(r["evidence"] == sources[r["evidence_id"]]["citation"]
               for t in tables.values() for r in t if r.get("evidence_id") is not None
               and "citation" not in r)


def test_consensus_shows_stated_beside_derived_class_and_the_voters_classes(tables) -> None:
    row = _row(tables["consensus"], kind="data", phase_number=1)
    assert row["threec_rule"] == "weakest"
    assert (row["stated_class"], row["stated_class_evidence_id"]) == ("cooperation", str(
        _row(tables["sources"], kind="stated")["evidence_id"]))
    assert row["stated_class_source"].startswith("stated: 002")
    # two counted voters (the reference record is not counted), each on their own cooperation
    assert (row["voters_cooperation"], row["voters_coordination"], row["voters_unclassified"]) == (2, 0, 0)
    talk = _row(tables["consensus"], kind="information")
    assert talk["threec"] == "collaboration"
    assert talk["kind_class_flag"].startswith("derived class: information relation labelled collaboration")


def test_evidence_tables_hold_each_concept(tables) -> None:
    assert {(r["scope"], r["class"]) for r in tables["stated_classes"]} == {
        ("relation", "cooperation"), ("arena", "coordination"), ("phase", "collaboration")}
    assert [(r["dimension"], r["level"]) for r in tables["stated_levels"]] == [("commitment", "low")]
    assert [(r["name"], r["level"]) for r in tables["arenas"]] == [("Mobility board", "steering")]
    assert {r["actor_name"] for r in tables["arena_members"]} == {"City of Ghent", "=Acme Sensors"}
    assert {(r["kind"], r["aim"]) for r in tables["institutional_work"]} == {
        ("political", "creating"), ("technical", "maintaining")}
    assert _row(tables["decision_points"], kind="specifications_fixed")["date"] == "2019-05"
    assert _row(tables["phases"], phase_number=1)["public_value"] == "A sensor network the city owns"
    assert _row(tables["meta"], key="pool_references")["is_json"] is True


def test_codebook_cites_the_papers_for_the_concepts(tmp_path: Path, every: Path) -> None:
    with Session.open(every, read_only=True) as s:
        write_bundle(s, tmp_path / "b")
    book = json.loads((tmp_path / "b" / "codebook.json").read_text(encoding="utf-8"))
    work = book["tables"]["institutional_work"]
    assert "001, Table 1" in work["description"]
    assert work["columns"]["aim"]["allowed"] == ["creating", "maintaining", "disrupting"]
    assert book["tables"]["presence"]["columns"]["state"]["allowed"] == ["present", "absent", "not_described"]
    assert "(002" in book["tables"]["consensus"]["columns"]["kind_class_flag"]["meaning"] or \
        "002" in book["tables"]["consensus"]["columns"]["kind_class_flag"]["meaning"]
    assert book["session_settings"] == {"threec_rule": "weakest", "presence_default": "absent",
                                        "pool_references": False}
    assert set(book["papers"]) >= {"000", "001", "002", "003", "004"}


# -- GEXF ------------------------------------------------------------------------------------
@needs_shared
def test_gexf_is_valid_with_every_evidence_fact(gexf: Path) -> None:
    assert_valid_gexf(gexf)


def test_gexf_writes_undirected_relations_as_undirected_edges(gexf: Path, tables) -> None:
    root = etree.parse(str(gexf)).getroot()
    assert root.find(f"{GEXF}graph").get("defaultedgetype") == "directed"
    types = {e.get("id"): e.get("type") for e in root.iter(f"{GEXF}edge")}
    undirected = {f"r{r['relation_id']}" for r in tables["relations"] if not r["directed"]}
    assert {i for i, t in types.items() if t == "undirected"} == undirected & set(types)
    assert undirected & set(types)  # the fixture has some on the timeline


def test_gexf_all_undirected_says_so_once_for_the_graph(tmp_path: Path) -> None:
    with Session.create(tmp_path / "u.workshop") as s:
        a = s.add_actor("A", present_in=["design"])
        b = s.add_actor("B", present_in=["design"])
        s.add_relation(a, b, "information", directed=False)
        export_gexf(s, tmp_path / "u.gexf")
        export_graphml(s, tmp_path / "u")
    root = etree.parse(str(tmp_path / "u.gexf")).getroot()
    assert root.find(f"{GEXF}graph").get("defaultedgetype") == "undirected"
    assert [e.get("type") for e in root.iter(f"{GEXF}edge")] == [None]
    design = sorted((tmp_path / "u").glob("*.graphml"))[0]
    graph = etree.parse(str(design)).getroot().find(f"{GRAPHML}graph")
    assert graph.get("edgedefault") == "undirected"
    assert [e.get("directed") for e in graph.iter(f"{GRAPHML}edge")] == [None]


def test_gexf_carries_every_vote_the_weight_and_states_per_phase(gexf: Path, tables) -> None:
    sensors = _row(tables["relations"], kind="data")["relation_id"]
    [(votes, start, end)] = [v for v in _gexf_values(gexf, "edge", f"r{sensors}", "votes")
                             if v[1] == "1"]
    assert (start, end) == ("1", "1")
    decoded = json.loads(votes)
    assert [v["participant"] for v in decoded] == ["Facilitator", "Ana", "Case record"]
    assert decoded[2]["interdependence_back"] == 2 and "evidence_id" in decoded[2]
    assert "commitment" not in json.loads(_gexf_values(gexf, "edge", f"r{sensors}", "votes")[1][0])[0]
    assert _gexf_values(gexf, "edge", f"r{sensors}", "weight") == [("2.0", "1", "1"), ("3.0", "2", "2")]
    assert _gexf_values(gexf, "edge", f"r{sensors}", "recorded_state") == [("not_described", "4", "4")]
    assert ("inactive", "3", "5") in _gexf_values(gexf, "edge", f"r{sensors}", "state")
    plan = _row(tables["relations"], kind="agreement")["relation_id"]
    # the vote kept from the phase where the relation is switched off, outside its spells
    assert [s for _, s, _ in _gexf_values(gexf, "edge", f"r{plan}", "votes")] == ["1", "2"]
    assert _gexf_values(gexf, "edge", f"r{plan}", "recorded_state") == [("active", "1", "1"),
                                                                        ("inactive", "2", "2")]
    assert _gexf_values(gexf, "edge", f"r{plan}", "state_evidence_kind")[0][0] == "room"


def test_gexf_carries_presence_states_notes_and_sources_outside_the_spells(gexf: Path, tables) -> None:
    firm = _row(tables["actors"], name="=Acme Sensors")["actor_id"]
    assert _gexf_values(gexf, "node", f"a{firm}", "state") == [("present", "1", "2"), ("absent", "3", "5")]
    assert _gexf_values(gexf, "node", f"a{firm}", "state_recorded") == [("false", "3", "3"), ("false", "5", "5")]
    assert _gexf_values(gexf, "node", f"a{firm}", "presence_evidence_kind") == [("inferred", "4", "4")]
    assert _gexf_values(gexf, "node", f"a{firm}", "x") == [("260.0", "2", "2")]  # its own place
    city = _row(tables["actors"], name="City of Ghent")["actor_id"]
    assert _gexf_values(gexf, "node", f"a{city}", "presence_note") == [("Signs the covenant;\n pays half", "1", "1")]
    roles = json.loads(_gexf_values(gexf, "node", f"a{city}", "role_evidence")[0][0])
    assert list(roles) == ["funder"]


def test_gexf_session_block_holds_what_has_no_node_or_edge(gexf: Path, tables) -> None:
    description = etree.parse(str(gexf)).getroot().find(f"{GEXF}meta/{GEXF}description").text
    human, block = description.split(GEXF_BLOCK_LINE + "\n")
    assert "Phase 1 = Design" in human
    got = parse_session_block(block)
    assert [r["name"] for r in got["actors"]] == ["Flemish ministry"]  # on no phase
    assert [(r["state"], r["evidence_id"] is not None) for r in got["presence"]] == [("not_described", True)]
    assert [r["kind"] for r in got["relations"]] == ["resources"]  # active in no phase
    assert [r["trust"] for r in got["scores"]] == [3]  # its vote is kept
    assert {r["name"] for r in got["participants"]} == {"Facilitator", "Ana", "Case record"}
    assert len(got["sources"]) == len(tables["sources"])
    assert {r["text"] for r in got["notes"]} == {r["text"] for r in tables["notes"]}


# -- GraphML ---------------------------------------------------------------------------------
@needs_shared
def test_graphml_files_are_valid_with_every_evidence_fact(graphml: list[Path]) -> None:
    for path in graphml:
        assert_valid_graphml(path)


def test_graphml_edges_carry_direction_weight_votes_and_sources(graphml: list[Path], tables) -> None:
    design = graphml[0]
    plan = _row(tables["relations"], kind="agreement")["relation_id"]
    doc = etree.parse(str(design)).getroot()
    assert doc.find(f"{GRAPHML}graph").get("edgedefault") == "directed"
    edge = [e for e in doc.iter(f"{GRAPHML}edge") if e.get("id") == f"r{plan}"][0]
    assert edge.get("directed") == "false"
    sensors = _row(tables["relations"], kind="data")["relation_id"]
    data = _graphml_data(design, "edge", f"r{sensors}")
    assert data["weight"] == "2.0" and data["evidence_kind"] == "stated"
    assert [v["participant"] for v in json.loads(data["votes"])] == ["Facilitator", "Ana", "Case record"]
    assert data["stated_class"] == "cooperation"
    city = _row(tables["actors"], name="City of Ghent")["actor_id"]
    node = _graphml_data(design, "node", f"a{city}")
    assert (node["state"], node["influence"], node["arenas"]) == ("present", "5", "Mobility board")


def test_graphml_phase_block_keeps_what_the_phase_has_no_element_for(graphml: list[Path], tables) -> None:
    scaling = graphml[3]
    graph = etree.parse(str(scaling)).getroot().find(f"{GRAPHML}graph")
    block = [d.text for d in graph.findall(f"{GRAPHML}data") if d.get("key") == "g_workshop_exchange"][0]
    got = parse_session_block(block)
    states = {(r["actor_id"], r["state"]) for r in got["presence"]}
    firm = _row(tables["actors"], name="=Acme Sensors")["actor_id"]
    assert (firm, "absent") in states  # recorded absent in this phase: on no node here
    pilot_block = parse_session_block([d.text for d in etree.parse(str(graphml[1])).getroot().find(
        f"{GRAPHML}graph").findall(f"{GRAPHML}data") if d.get("key") == "g_workshop_exchange"][0])
    plan = _row(tables["relations"], kind="agreement")["relation_id"]
    assert [(r["relation_id"], r["trust"]) for r in pilot_block["scores"] if r["relation_id"] == plan] == [(plan, 2)]


# -- Excel-friendly CSV ----------------------------------------------------------------------
def test_excel_csv_has_a_byte_order_mark_and_no_formula(tmp_path: Path, every: Path) -> None:
    with Session.open(every, read_only=True) as s:
        export_csv(s, tmp_path / "plain")
        export_csv(s, tmp_path / "excel", excel=True)
    plain = (tmp_path / "plain" / "actors.csv").read_bytes()
    excel = (tmp_path / "excel" / "actors.csv").read_bytes()
    assert not plain.startswith(b"\xef\xbb\xbf") and excel.startswith(b"\xef\xbb\xbf")
    with open(tmp_path / "excel" / "actors.csv", encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    names = [r["name"] for r in rows]
    assert "'=Acme Sensors" in names and "City of Ghent" in names
    assert "-80.25" in [r["y"] for r in rows]  # numbers stay numbers, minus and all
    with open(tmp_path / "excel" / "notes.csv", encoding="utf-8-sig", newline="") as fh:
        assert "'+ data came late" in [r["text"] for r in csv.DictReader(fh)]
    with open(tmp_path / "plain" / "actors.csv", encoding="utf-8", newline="") as fh:
        assert "=Acme Sensors" in [r["name"] for r in csv.DictReader(fh)]  # lossless as typed


def test_excel_option_on_the_command_line(tmp_path: Path, every: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", str(every), "--format", "csv", "--excel", "-o", str(tmp_path / "x")]) == 0
    assert (tmp_path / "x" / "scores.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    capsys.readouterr()
    assert main(["export", str(every), "--format", "gexf", "--excel", "-o", str(tmp_path / "y.gexf")]) == 2
    assert capsys.readouterr().err.strip().endswith("--excel is an option of --format csv, not of gexf")
    assert not (tmp_path / "y.gexf").exists()


# -- the bundle's workbook size rule ---------------------------------------------------------
def test_bundle_writes_the_workbook_up_to_the_cell_limit(tmp_path: Path, every: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    with Session.open(every, read_only=True) as s:
        cells = bundle_module.table_cells(s.tables())
        monkeypatch.setattr(bundle_module, "XLSX_BUNDLE_MAX_CELLS", cells)
        notes: list[str] = []
        files = write_bundle(s, tmp_path / "b", notes=notes)
    assert tmp_path / "b" / "tables.xlsx" in files
    assert not any("left out" in n for n in notes)


def test_bundle_leaves_a_big_workbook_out_and_says_so(tmp_path: Path, every: Path,
                                                     monkeypatch: pytest.MonkeyPatch,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    with Session.open(every, read_only=True) as s:
        cells = bundle_module.table_cells(s.tables())
    monkeypatch.setattr(bundle_module, "XLSX_BUNDLE_MAX_CELLS", cells - 1)
    assert main(["bundle", str(every), "-o", str(tmp_path / "b")]) == 0
    out = capsys.readouterr().out
    said = (f"tables.xlsx left out: {cells:,} cells (more than {cells - 1:,}); the CSV files hold "
            "the same tables; `workshop-app export --format xlsx` writes it on request.")
    assert f"note: {said}" in out
    assert not (tmp_path / "b" / "tables.xlsx").exists()
    readme = " ".join((tmp_path / "b" / "README.txt").read_text(encoding="utf-8").split())
    assert said in readme and "sheet_name" not in readme
    book = json.loads((tmp_path / "b" / "codebook.json").read_text(encoding="utf-8"))
    assert book["files"]["tables.xlsx"] == said
    assert len(list((tmp_path / "b" / "csv").glob("*.csv"))) == 21  # the session's 20 tables and agreement


# -- pseudonymised ---------------------------------------------------------------------------
def test_pseudonymised_exports_drop_quotes_authors_and_reasons(tmp_path: Path, every: Path) -> None:
    with Session.open(every, read_only=True) as s:
        write_bundle(s, tmp_path / "anon", pseudonymize=True)
    words = ["information sharing is the preferred choice", "case encoder",
             "the covenant names both", "Ghent", "Acme", "Signs the covenant", "overtime of clerks",
             "Mobility board", "Sensor specifications", "Cleaner air", "meets monthly",
             "data for planning", "Stad Gent", "ghent-01"]
    text = "\n".join(p.read_text(encoding="utf-8", errors="replace")
                     for p in (tmp_path / "anon").rglob("*") if p.is_file() and p.suffix != ".xlsx")
    assert [w for w in words if w in text] == []
    with open(tmp_path / "anon" / "csv" / "sources.csv", encoding="utf-8", newline="") as fh:
        kept = {(r["kind"], r["document"], r["section"], r["page"]) for r in csv.DictReader(fh)}
    assert ("stated", "002", "Cooperation", "118") in kept


@needs_shared
def test_one_phase_exports_stay_valid_with_every_evidence_fact(tmp_path: Path, every: Path) -> None:
    with Session.open(every, read_only=True) as s:
        for phase in s.phases:
            export_gexf(s, tmp_path / f"{phase.key}.gexf", phase=phase.key)
            assert_valid_gexf(tmp_path / f"{phase.key}.gexf")
            export_graphml(s, tmp_path / f"{phase.key}.graphml", phase=phase.key, pseudonymize=True)
            assert_valid_graphml(tmp_path / f"{phase.key}.graphml")
