"""The consensus network: a relation counted in k of n workshops, the lower median of the
workshops' medians, exported as GEXF, GraphML and tidy CSV with the counts on every element."""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import networkx as nx
import pytest
from lxml import etree

from rescored_sessions import demo, rescored_copy  # noqa: E402  (tests/across_workshops)
from workshop_app.research.consensus import network, write_network

SCHEMAS = Path(__file__).resolve().parents[3] / "shared" / "formats" / "schemas"
MAYOR = "Mayor of Darmstadt"
GMBH = "Digitalstadt Darmstadt GmbH"


@pytest.fixture
def three(tmp_path: Path) -> list[Path]:
    """The demo as it ships (no room votes), scored high, and scored low with the mayor renamed."""
    plain = tmp_path / "darmstadt.workshop"
    shutil.copyfile(demo("darmstadt"), plain)
    high = rescored_copy("darmstadt", tmp_path / "high.workshop", [(4, 4, 4), (5, 4, 4)])
    low = rescored_copy("darmstadt", tmp_path / "low.workshop", [(2, 4, 4), (1, 4, 5)],
                        rename={MAYOR: "Oberbürgermeister"})
    return [plain, high, low]


def _edge(rows: list[dict], source: str, target: str, kind: str) -> dict:
    return next(r for r in rows if {r["source_name"], r["target_name"]} == {source, target}
                and r["kind"] == kind)


def test_relations_are_counted_k_of_n_with_medians_of_medians(three: list[Path]) -> None:
    net = network(three)
    assert net.n == 3 and net.matched_through == "name"
    rows = net.edge_rows()
    funding = _edge(rows, "City of Darmstadt (administration, incl. Chief Digital Officer)",
                    GMBH, "funding")
    assert (funding["workshops"], funding["n_workshops"]) == (3, 3)
    # high: votes 4 and 5 -> 4; low: 2 and 1 -> 1; the shipped demo has no room votes
    assert funding["trust_workshops"] == 2
    assert funding["trust_median"] == 1  # lower median of (4, 1)
    assert funding["commitment_median"] == 4
    # the mayor's tie: two workshops by that name, one under the new name
    assert _edge(rows, MAYOR, GMBH, "decision")["workshops"] == 2
    renamed = _edge(rows, "Oberbürgermeister", GMBH, "decision")
    assert renamed["workshops"] == 1 and renamed["workshop_list"] == "low"
    nodes = {r["name"]: r for r in net.node_rows()}
    assert nodes[MAYOR]["workshops"] == 2 and nodes[GMBH]["workshops"] == 3
    assert [r["workshops"] for r in rows] == sorted((r["workshops"] for r in rows), reverse=True)


def test_one_stage_only(three: list[Path]) -> None:
    design = network(three, phase_key="design")
    rows = design.edge_rows()
    renamed = {MAYOR, "Oberbürgermeister"}
    assert all(r["workshops"] == 3 for r in rows
               if not renamed & {r["source_name"], r["target_name"]})
    assert len(rows) < len(network(three).edge_rows())
    assert design.phase_key == "design"


def test_exports_carry_the_counts(three: list[Path], tmp_path: Path) -> None:
    files = write_network(network(three), tmp_path / "out")
    assert [f.name for f in files] == ["consensus.gexf", "consensus.graphml",
                                       "consensus_nodes.csv", "consensus_edges.csv"]
    # networkx refuses a graph that mixes directions; the app's recipe drops the marks
    text = (tmp_path / "out" / "consensus.graphml").read_text(encoding="utf-8")
    assert ' directed="false"' in text  # undirected relations stay undirected in the file
    g = nx.read_graphml(io.BytesIO(text.replace(' directed="false"', "").encode()))
    weights = sorted({d["weight"] for _, _, d in g.edges(data=True)})
    assert weights == [1.0, 2.0, 3.0]
    assert all(d["n_workshops"] == 3 for _, d in g.nodes(data=True))
    text = (tmp_path / "out" / "consensus.gexf").read_text(encoding="utf-8")
    gx = nx.read_gexf(io.BytesIO(text.replace(' type="undirected"', "").encode()))
    assert gx.number_of_edges() == g.number_of_edges()
    assert {d["workshops"] for _, d in gx.nodes(data=True)} <= {1, 2, 3}
    with open(tmp_path / "out" / "consensus_edges.csv", encoding="utf-8", newline="") as fh:
        edges = list(csv.DictReader(fh))
    assert len(edges) == g.number_of_edges()
    assert {"workshops", "n_workshops", "trust_median", "trust_workshops"} <= set(edges[0])
    if SCHEMAS.is_dir():
        rng = etree.RelaxNG(etree.parse(str(SCHEMAS / "gexf" / "1.3" / "gexf.rng")))
        assert rng.validate(etree.parse(str(tmp_path / "out" / "consensus.gexf"))), rng.error_log
        xsd = etree.XMLSchema(etree.parse(str(SCHEMAS / "graphml" / "graphml.xsd")))
        assert xsd.validate(etree.parse(str(tmp_path / "out" / "consensus.graphml"))), xsd.error_log


def test_a_corpus_matches_through_its_register(three: list[Path], tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("sqlite_utils")
    pytest.importorskip("rapidfuzz")
    from workshop_app.cli import main
    from workshop_app.research.corpus import build_corpus, open_corpus
    from workshop_app.research.register import decide

    corpus = tmp_path / "corpus.db"
    build_corpus(three, corpus)
    conn = open_corpus(corpus, write=True)
    try:
        ids = {(w, n): a for w, a, n in conn.execute("SELECT workshop, actor_id, name FROM actors")}
        decisions = [(w, a, "edited", MAYOR if n == "Oberbürgermeister" else n)
                     for (w, n), a in ids.items()]
        decide(conn, decisions, by="tester")
    finally:
        conn.close()
    assert main(["corpus", "consensus", str(corpus), "-o", str(tmp_path / "c")]) == 0
    said = capsys.readouterr().out
    assert "3 workshops" in said
    with open(tmp_path / "c" / "consensus_edges.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    mayor = [r for r in rows if MAYOR in (r["source_name"], r["target_name"])
             and r["kind"] == "decision"]
    assert mayor and {r["workshops"] for r in mayor} == {"3"}  # the renamed mayor is one actor now
