"""The consensus network across workshops: which ties many workshops saw, and how strong.

Each workshop contributes what it saw: an actor counts when it is present in a phase, a
relation when it is active in a phase (in every phase, or only in phases of one stage key).
Actors are the same across workshops when the corpus register says so (its accepted and
edited decisions: a canonical actor); with session files and no corpus, when their
normalised names and types are equal (``names.name_key``). Undecided actors of a corpus stay
apart, one per workshop. A relation is the same when its kind and its (canonical) ends are;
an undirected relation's ends are taken in either order.

Every node and edge carries ``k`` (the workshops that saw it) beside ``n`` (the workshops in
the network), so a tie seen in 1 of 7 is never read like one seen in 7 of 7. Scores are
ordinal: each workshop's median of a relation is the lower median of its phase medians
(room votes), and the network's median per dimension is the lower median of those workshop
medians, with the number of workshops that scored it; no mean anywhere.

Written as static GEXF 1.3 and GraphML (streamed through the io escaper; weight = k) and as
tidy CSV (``consensus_nodes.csv``, ``consensus_edges.csv``), all through ``io.atomic``.
"""

from __future__ import annotations

import os
import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Sequence

from .. import __version__
from ..domain.scoring import median_low
from ..domain.textsafe import TextLog
from ..domain.vocabulary import SCORE_DIMENSIONS
from ..io.atomic import staged
from ..io.load import open_for_reading
from ..io.tabular import write_csv_table
from ..io.xmlwrite import XmlEscaper
from .corpus import CorpusError, open_corpus, workshop_names
from .names import name_key

Tables = dict[str, list[dict[str, Any]]]
NodeKey = str
EdgeKey = tuple[str, NodeKey, NodeKey, bool]  # kind, source, target, directed


@dataclass
class Node:
    key: NodeKey
    label: str
    type: str
    scale: str
    workshops: set[str] = field(default_factory=set)
    names: set[str] = field(default_factory=set)  # what each workshop called it


@dataclass
class Edge:
    key: EdgeKey
    workshops: set[str] = field(default_factory=set)
    medians: dict[str, dict[str, int]] = field(default_factory=dict)  # dim -> workshop -> median

    @property
    def kind(self) -> str:
        return self.key[0]

    @property
    def directed(self) -> bool:
        return self.key[3]


@dataclass
class ConsensusNetwork:
    """Nodes and edges with their workshop counts; ``n`` workshops in all."""

    workshops: list[str]
    nodes: dict[NodeKey, Node]
    edges: dict[EdgeKey, Edge]
    phase_key: str | None = None
    matched_through: str = "name"

    @property
    def n(self) -> int:
        return len(self.workshops)

    def edge_rows(self) -> list[dict[str, Any]]:
        """The tidy edge table: one row per relation, with k of n and the medians."""
        rows = []
        for e in sorted(self.edges.values(), key=lambda e: (-len(e.workshops), e.key)):
            src, tgt = self.nodes[e.key[1]], self.nodes[e.key[2]]
            row: dict[str, Any] = {
                "source": e.key[1], "source_name": src.label, "target": e.key[2],
                "target_name": tgt.label, "kind": e.kind, "directed": e.directed,
                "workshops": len(e.workshops), "n_workshops": self.n,
                "share": round(len(e.workshops) / self.n, 4) if self.n else None,
                "workshop_list": ";".join(sorted(e.workshops)),
            }
            for d in SCORE_DIMENSIONS:
                values = list(e.medians.get(d, {}).values())
                row[f"{d}_median"] = median_low(values)
                row[f"{d}_workshops"] = len(values)
            rows.append(row)
        return rows

    def node_rows(self) -> list[dict[str, Any]]:
        return [{"node": nd.key, "name": nd.label, "type": nd.type, "scale": nd.scale,
                 "workshops": len(nd.workshops), "n_workshops": self.n,
                 "share": round(len(nd.workshops) / self.n, 4) if self.n else None,
                 "workshop_list": ";".join(sorted(nd.workshops)),
                 "names": ";".join(sorted(nd.names))}
                for nd in sorted(self.nodes.values(), key=lambda nd: (-len(nd.workshops), nd.key))]


# -- gathering ------------------------------------------------------------------------------
def _by_workshop(rows: Iterable[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        out[r["workshop"]].append(r)
    return out


class _Builder:
    def __init__(self, phase_key: str | None) -> None:
        self.phase_key = phase_key
        self.nodes: dict[NodeKey, Node] = {}
        self.edges: dict[EdgeKey, Edge] = {}

    def add(self, workshop: str, tables: Tables, node_of: dict[int, tuple[NodeKey, str]]) -> None:
        """One workshop's tidy tables; ``node_of``: actor id -> (node key, canonical label)."""
        phases = {p["phase_id"] for p in tables["phases"]
                  if self.phase_key is None or p["key"] == self.phase_key}
        actors = {a["actor_id"]: a for a in tables["actors"]}
        for pr in tables["presence"]:
            if pr["phase_id"] in phases and pr["state"] == "present":
                a = actors[pr["actor_id"]]
                key, label = node_of[a["actor_id"]]
                node = self.nodes.setdefault(key, Node(key, label, a["type"], a["scale"]))
                node.workshops.add(workshop)
                node.names.add(a["name"])
        directed = {r["relation_id"]: bool(r["directed"]) for r in tables["relations"]}
        seen: dict[EdgeKey, dict[str, list[int]]] = {}
        for c in tables["consensus"]:
            if c["phase_id"] not in phases:
                continue
            s, t = node_of[c["source_id"]][0], node_of[c["target_id"]][0]
            is_directed = directed[c["relation_id"]]
            if not is_directed and t < s:
                s, t = t, s
            key = (c["kind"], s, t, is_directed)
            dims = seen.setdefault(key, {d: [] for d in SCORE_DIMENSIONS})
            for d in SCORE_DIMENSIONS:
                if c[f"{d}_median"] is not None:
                    dims[d].append(int(c[f"{d}_median"]))
        for key, dims in seen.items():
            edge = self.edges.setdefault(key, Edge(key))
            edge.workshops.add(workshop)
            for d, values in dims.items():
                m = median_low(values)
                if m is not None:
                    edge.medians.setdefault(d, {})[workshop] = m


_NEEDED = ("phases", "actors", "presence", "relations", "consensus")


def network_of_sessions(paths: Sequence[str | os.PathLike[str]], *,
                        phase_key: str | None = None) -> ConsensusNetwork:
    """The consensus network of session files, actors matched by normalised name and type."""
    named = workshop_names(paths)
    builder = _Builder(phase_key)
    for workshop, path in named:
        with open_for_reading(path) as session:
            tables = session.tables()
        node_of = {a["actor_id"]: (f"{name_key(a['name'])}|{a['type']}", a["name"])
                   for a in tables["actors"]}
        builder.add(workshop, {k: tables[k] for k in _NEEDED}, node_of)
    return ConsensusNetwork([w for w, _ in named], builder.nodes, builder.edges, phase_key,
                            "name")


def _rows(conn: sqlite3.Connection, sql: str) -> list[dict[str, Any]]:
    cur = conn.execute(sql)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row)) for row in cur]


def network_of_corpus(conn: sqlite3.Connection, *, phase_key: str | None = None) -> ConsensusNetwork:
    """The consensus network of a corpus, actors matched through its register."""
    workshops = [w for (w,) in conn.execute("SELECT workshop FROM workshops ORDER BY workshop")]
    tables = {name: _by_workshop(_rows(conn, f"SELECT * FROM {name}")) for name in _NEEDED}
    canon = _by_workshop(_rows(conn, "SELECT workshop, actor_id, canonical_id, canonical_name "
                                     "FROM actor_canonical"))
    builder = _Builder(phase_key)
    for w in workshops:
        node_of: dict[int, tuple[NodeKey, str]] = {}
        named = {r["actor_id"]: r for r in canon.get(w, [])}
        for a in tables["actors"].get(w, []):
            c = named.get(a["actor_id"])
            if c is not None and c["canonical_id"] is not None:
                node_of[a["actor_id"]] = (f"c{c['canonical_id']}", c["canonical_name"])
            else:  # undecided: this workshop's own actor
                node_of[a["actor_id"]] = (f"{w}:{a['actor_id']}", a["name"])
        builder.add(w, {k: tables[k].get(w, []) for k in _NEEDED}, node_of)
    return ConsensusNetwork(workshops, builder.nodes, builder.edges, phase_key, "register")


def _is_corpus(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            return fh.read(16) == b"SQLite format 3\x00" and path.suffix != ".workshop"
    except OSError:
        return False


def network(paths_or_corpus: str | os.PathLike[str] | Sequence[str | os.PathLike[str]], *,
            phase_key: str | None = None) -> ConsensusNetwork:
    """A consensus network from a corpus database (one path) or from session files."""
    if isinstance(paths_or_corpus, (str, os.PathLike)):
        path = Path(paths_or_corpus)
        if _is_corpus(path):
            conn = open_corpus(path)
            try:
                return network_of_corpus(conn, phase_key=phase_key)
            finally:
                conn.close()
        paths: Sequence[str | os.PathLike[str]] = [path]
    else:
        paths = list(paths_or_corpus)
    if not paths:
        raise CorpusError("a consensus network needs at least one session or a corpus.")
    return network_of_sessions(paths, phase_key=phase_key)


# -- writing --------------------------------------------------------------------------------
_NODE_ATTRS = (("name", "string"), ("type", "string"), ("scale", "string"),
               ("workshops", "integer"), ("n_workshops", "integer"), ("share", "double"),
               ("workshop_list", "string"), ("names", "string"))
_EDGE_ATTRS = (("kind", "string"), ("directed", "boolean"), ("workshops", "integer"),
               ("n_workshops", "integer"), ("share", "double"), ("workshop_list", "string"),
               *((f"{d}{s}", "integer") for d in SCORE_DIMENSIONS for s in ("_median", "_workshops")))


def _text(value: Any) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def gexf_text(net: ConsensusNetwork, log: TextLog) -> str:
    """A static GEXF 1.3 graph; ``weight`` is the number of workshops that saw the edge."""
    esc = XmlEscaper(log, "GEXF")
    mixed = any(not e.directed for e in net.edges.values())
    out = ["<?xml version='1.0' encoding='UTF-8'?>\n",
           '<gexf xmlns="http://gexf.net/1.3" version="1.3">\n',
           f'  <meta><creator>Assemblage Workshop {esc.text(__version__)}</creator>'
           f'<description>Consensus network of {net.n} workshops'
           f'{esc.text(" (phases " + net.phase_key + ")") if net.phase_key else ""}'
           '</description></meta>\n',
           '  <graph defaultedgetype="directed" mode="static">\n']
    for target, attrs in (("node", _NODE_ATTRS), ("edge", _EDGE_ATTRS)):
        out.append(f'    <attributes class="{target}">\n')
        out += [f'      <attribute id="{name}" title="{name}" type="{kind}"/>\n'
                for name, kind in attrs]
        out.append("    </attributes>\n")

    def values(row: dict[str, Any], attrs: Sequence[tuple[str, str]]) -> str:
        cells = [(n, _text(row[n])) for n, _ in attrs]
        inner = "".join(f'<attvalue for="{n}" value="{esc.attr(v)}"/>' for n, v in cells
                        if v is not None)
        return f"<attvalues>{inner}</attvalues>"

    ids = {nd.key: f"n{i}" for i, nd in enumerate(sorted(net.nodes.values(), key=lambda x: x.key))}
    out.append("    <nodes>\n")
    for row in net.node_rows():
        out.append(f'      <node id="{ids[row["node"]]}" label="{esc.attr(row["name"])}">'
                   f'{values(row, _NODE_ATTRS)}</node>\n')
    out.append("    </nodes>\n    <edges>\n")
    for i, row in enumerate(net.edge_rows()):
        kind = ' type="undirected"' if mixed and not row["directed"] else ""
        out.append(f'      <edge id="e{i}" source="{ids[row["source"]]}" '
                   f'target="{ids[row["target"]]}" weight="{row["workshops"]}"{kind}>'
                   f'{values(row, _EDGE_ATTRS)}</edge>\n')
    out.append("    </edges>\n  </graph>\n</gexf>\n")
    return "".join(out)


def graphml_text(net: ConsensusNetwork, log: TextLog) -> str:
    """The same network as one GraphML graph; ``weight`` = workshops."""
    esc = XmlEscaper(log, "GraphML")
    types = {"integer": "int", "double": "double", "string": "string", "boolean": "boolean"}
    out = ["<?xml version='1.0' encoding='UTF-8'?>\n",
           '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">\n']
    for target, attrs in (("node", _NODE_ATTRS), ("edge", (*_EDGE_ATTRS, ("weight", "double")))):
        out += [f'  <key id="{target[0]}_{n}" for="{target}" attr.name="{n}" '
                f'attr.type="{types[k]}"/>\n' for n, k in attrs]
    out.append('  <graph id="consensus" edgedefault="directed">\n')

    def data(prefix: str, row: dict[str, Any], attrs: Sequence[tuple[str, str]]) -> str:
        return "".join(f'<data key="{prefix}_{n}">{esc.text(v)}</data>' for n, _ in attrs
                       if (v := _text(row[n])) is not None)

    ids = {nd.key: f"n{i}" for i, nd in enumerate(sorted(net.nodes.values(), key=lambda x: x.key))}
    for row in net.node_rows():
        out.append(f'    <node id="{ids[row["node"]]}">{data("n", row, _NODE_ATTRS)}</node>\n')
    for i, row in enumerate(net.edge_rows()):
        direction = "" if row["directed"] else ' directed="false"'
        out.append(f'    <edge id="e{i}" source="{ids[row["source"]]}" '
                   f'target="{ids[row["target"]]}"{direction}>'
                   f'{data("e", {**row, "weight": float(row["workshops"])}, (*_EDGE_ATTRS, ("weight", "double")))}'
                   "</edge>\n")
    out.append("  </graph>\n</graphml>\n")
    return "".join(out)


def write_network(net: ConsensusNetwork, out_dir: str | os.PathLike[str]) -> list[Path]:
    """``consensus.gexf``, ``consensus.graphml``, ``consensus_nodes.csv`` and
    ``consensus_edges.csv`` into ``out_dir`` (made if missing), all or nothing."""
    target = Path(out_dir)
    log = TextLog()
    names = ("consensus.gexf", "consensus.graphml", "consensus_nodes.csv", "consensus_edges.csv")
    with staged() as outs:
        temps = [outs.file(target / name, make_folder=True) for name in names]
        temps[0].write_text(gexf_text(net, log), encoding="utf-8")
        temps[1].write_text(graphml_text(net, log), encoding="utf-8")
        nodes, edges = net.node_rows(), net.edge_rows()
        write_csv_table(nodes, [n for n in _node_columns(nodes)], temps[2])
        write_csv_table(edges, [n for n in _edge_columns(edges)], temps[3])
    return [target / name for name in names]


def _node_columns(rows: list[dict[str, Any]]) -> list[str]:
    return list(rows[0]) if rows else ["node", "name", "type", "scale", "workshops",
                                       "n_workshops", "share", "workshop_list", "names"]


def _edge_columns(rows: list[dict[str, Any]]) -> list[str]:
    return list(rows[0]) if rows else [
        "source", "source_name", "target", "target_name", "kind", "directed", "workshops",
        "n_workshops", "share", "workshop_list",
        *(f"{d}{s}" for d in SCORE_DIMENSIONS for s in ("_median", "_workshops"))]


__all__ = ["ConsensusNetwork", "Edge", "Node", "network", "network_of_corpus",
           "network_of_sessions", "write_network", "gexf_text", "graphml_text"]
