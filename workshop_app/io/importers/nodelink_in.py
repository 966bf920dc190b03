"""Node-link JSON, as networkx (``json_graph.node_link_data``) and D3 write it.

``{"directed": ..., "multigraph": ..., "graph": {...}, "nodes": [...], "links" or "edges":
[...]}``. Read here rather than through ``networkx.node_link_graph``, because that reader
merges repeated links of a file not marked ``multigraph`` (silently, so parallel relations
would vanish), does not know D3's links that point at nodes by their index in the list or
by the node object itself, and gives no place for an error. Without a ``directed`` flag the
links are undirected (networkx's and D3's reading). One phase: node-link has no time.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import ImportFileError
from .foreign import ForeignEdge, ForeignGraph, ForeignNode
from .json_in import read_json_file, scalars
from .json_items import book, graph_details, objects, position, ref, spread
from .report import units

# What D3's force simulation adds to each node: its state, not the network.
SIMULATION_KEYS = ("vx", "vy", "fx", "fy", "index")


def read_nodelink(path: Path) -> ForeignGraph:
    doc = read_json_file(path)
    if not isinstance(doc, dict) or not isinstance(doc.get("nodes"), list):
        raise ImportFileError(path, "not node-link JSON: expected an object with a 'nodes' list "
                              "and a 'links' (or 'edges') list")
    links_key = next((k for k in ("links", "edges") if k in doc), "links")
    out = ForeignGraph(source=path, fmt="nodelink")
    out.ledger.expect("value", scalars(doc))
    directed = doc.get("directed", False)
    multigraph = doc.get("multigraph", False)
    for flag in ("directed", "multigraph"):
        if flag in doc:
            if not isinstance(doc[flag], bool):
                raise ImportFileError(path, f"'{flag}' must be true or false, not "
                                      f"{doc[flag]!r}", flag)
            book(out, doc[flag], "imported", f"graph flag '{flag}'")
    note = graph_details(out, doc["graph"], "graph") if "graph" in doc else ""
    if note:
        out.phases = [("Imported network", "", note)]
    for key in doc:
        if key not in ("nodes", links_key, "directed", "multigraph", "graph"):
            book(out, doc[key], "skipped", f"top-level entry '{key}'",
                 "not part of a node-link network", key)
    nodes, by_index = _nodes(path, doc["nodes"], out)
    seen: dict[tuple[str, str], str] = {}
    repeated = 0
    for where, link in objects(path, doc.get(links_key), links_key, "link"):
        ends = [_end(path, link.get(side), f"{where}.{side}", side, nodes, by_index)
                for side in ("source", "target")]
        own = [k for k in ("source", "target", "id") if k in link]
        # networkx numbers a multigraph's parallel links 0, 1 ... per pair (kept as 'key'):
        # not an id of the link, so its place in the file stands in for one.
        eid = ref(path, link["id"], f"{where}.id", "id") if "id" in link else where
        edge = ForeignEdge(id=eid, source=ends[0], target=ends[1], directed=bool(directed),
                           where=where)
        edge.carry("", units(value=sum(scalars(link[k]) for k in own)), where)
        spread(edge, link, where, skip=tuple(own))
        pair = (ends[0], ends[1]) if directed else tuple(sorted(ends))  # type: ignore[assignment]
        if not multigraph and pair in seen:
            repeated += 1
        seen.setdefault(pair, where)  # type: ignore[arg-type]
        out.edges.append(edge)
    if repeated:
        out.notes.append(f"The file is not marked as a multigraph but repeats "
                         f"{repeated} link{'s' if repeated != 1 else ''} between the same nodes: "
                         "each is kept as a relation of its own.")
    if not directed:
        out.notes.append("Links read as undirected: the file says 'directed': false."
                         if "directed" in doc else
                         "Links read as undirected: the file does not say 'directed': true.")
    out.nodes = list(nodes.values())
    return out


def _nodes(path: Path, value: Any, out: ForeignGraph) -> tuple[dict[str, ForeignNode], list[str]]:
    found = objects(path, value, "nodes", "node")
    with_id = sum(1 for _, n in found if "id" in n)
    if 0 < with_id < len(found):
        where = next(w for w, n in found if "id" not in n)
        raise ImportFileError(path, "this node has no 'id' while others have one", where)
    nodes: dict[str, ForeignNode] = {}
    by_index: list[str] = []
    for n, (where, obj) in enumerate(found):
        nid = ref(path, obj["id"], f"{where}.id", "id") if with_id else str(n)
        if nid in nodes:
            raise ImportFileError(path, f"the node id {nid!r} repeats {nodes[nid].where}", where)
        node = nodes[nid] = ForeignNode(id=nid, label=str(obj.get("label") or obj.get("name")
                                                          or nid), where=where)
        by_index.append(nid)
        if with_id:
            node.carry("", units(value=1), where)
        skip: list[str] = ["id"]
        if "x" in obj and "y" in obj:
            position(node, obj["x"], obj["y"], scalars(obj["x"]) + scalars(obj["y"]), where)
            skip += ["x", "y"]
        elif isinstance(obj.get("pos"), list) and len(obj["pos"]) == 2:
            position(node, obj["pos"][0], obj["pos"][1], 2, f"{where}.pos")
            skip.append("pos")
        for key in SIMULATION_KEYS:
            if key in obj:
                book(out, obj[key], "skipped", f"node '{key}'", "the D3 layout's moving state, "
                     "not the network", where)
                skip.append(key)
        spread(node, obj, where, skip=tuple(skip))
    if not with_id and found:
        out.notes.append("The nodes have no ids: each is known by its place in the list "
                         "(0, 1, 2 ...), as D3 reads them.")
    return nodes, by_index


def _end(path: Path, value: Any, where: str, side: str, nodes: dict[str, ForeignNode],
         by_index: list[str]) -> str:
    """A link's end: a node id, a node's index in the list (D3), or the node object itself
    (a D3 simulation replaces references by the nodes)."""
    if value is None:
        raise ImportFileError(path, f"the link has no '{side}'", where)
    if isinstance(value, dict):
        inner = value.get("id", value.get("index"))
        return _end(path, inner, where, side, nodes, by_index)
    key = ref(path, value, where, side)
    if key in nodes:
        return key
    if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < len(by_index):
        return by_index[value]
    raise ImportFileError(path, f"the link's {side} {key!r} is not a node of the file", where)


__all__ = ["read_nodelink"]
