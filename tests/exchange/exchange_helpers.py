"""Shared helpers for the research-data tests: demo copies, the official grammars, comparisons."""

from __future__ import annotations

import shutil
from functools import lru_cache
from pathlib import Path
from typing import Any

from lxml import etree

from workshop_app import Session
from workshop_app.bundled import demo_names, demo_path

SHARED = Path(__file__).resolve().parents[3] / "shared" / "formats"
SCHEMAS = SHARED / "schemas"
FOREIGN = SHARED / "foreign"
DEMOS = demo_names()


def demo_copy(name: str, folder: Path) -> Path:
    """A private copy of a shipped demo, upgraded to the current schema if it is older."""
    target = folder / f"{name}.workshop"
    shutil.copy(demo_path(name), target)
    Session.open(target).close()
    return target


@lru_cache(maxsize=None)
def gexf_grammars() -> tuple[etree.XMLSchema, etree.RelaxNG]:
    xsd = etree.XMLSchema(etree.parse(str(SCHEMAS / "gexf" / "1.3" / "gexf.xsd")))
    rng = etree.RelaxNG(etree.parse(str(SCHEMAS / "gexf" / "1.3" / "gexf.rng")))
    return xsd, rng


@lru_cache(maxsize=None)
def graphml_schema() -> etree.XMLSchema:
    return etree.XMLSchema(etree.parse(str(SCHEMAS / "graphml" / "graphml.xsd")))


def assert_valid_gexf(path: Path) -> None:
    """RELAX NG on the file; the XSD on the file without viz elements (the XSD's known defect)."""
    xsd, rng = gexf_grammars()
    doc = etree.parse(str(path))
    assert rng.validate(doc), rng.error_log.last_error
    for el in doc.getroot().iter("{http://gexf.net/1.3/viz}*"):
        el.getparent().remove(el)
    assert xsd.validate(doc), xsd.error_log.last_error


def assert_valid_graphml(path: Path) -> None:
    schema = graphml_schema()
    doc = etree.parse(str(path))
    assert schema.validate(doc), schema.error_log.last_error


def session_summary(s: Session) -> dict[str, Any]:
    """What a round trip must keep, by names (ids may change on import)."""
    model = s.model
    name = {a.id: a.name for a in s.actors}
    phases = s.phases
    out: dict[str, Any] = {
        "phases": [(p.name, p.key) for p in phases],
        "actors": sorted((a.name, a.type, a.scale, a.abilities) for a in s.actors
                         if any(model.is_present(a.id, p.id) for p in phases)),
        "presence": sorted((name[k[0]], s.phase(k[1]).name, tuple(v.roles))
                           for k, v in model.tables["presence"].items()),
    }
    rels = []
    for r in s.relations:
        active = [p for p in phases if model.relation_active(r, p.id)]
        if not active:
            continue
        medians = []
        for p in active:
            c = s.consensus(r, p)
            medians.append((p.name, c["trust"].median, c["commitment"].median,
                            c["interdependence"].median))
        rels.append((name[r.source], name[r.target], r.kind, r.directed, tuple(medians)))
    out["relations"] = sorted(rels)
    return out


def nx_read_gexf(path: Path) -> Any:
    """networkx on a GEXF that may mix directed and undirected edges, by the recipe of
    docs/exchange.md (networkx refuses mixed graphs): drop the edge types, read the rest."""
    import io

    import networkx as nx

    text = path.read_text(encoding="utf-8").replace(' type="undirected"', "")
    return nx.read_gexf(io.BytesIO(text.encode("utf-8")))


def nx_read_graphml(path: Path) -> Any:
    """networkx on a GraphML phase file, by the recipe of docs/exchange.md."""
    import io

    import networkx as nx

    text = path.read_text(encoding="utf-8").replace(' directed="false"', "")
    return nx.read_graphml(io.BytesIO(text.encode("utf-8")))
