"""JSON Graph Format (jsongraphformat.info), versions 1 and 2.

``{"graph": {...}}`` is one network, one phase; ``{"graphs": [...]}`` is one phase per
graph, in the file's order, named by the graph's ``label`` (else its ``id``). Nodes (a list
with ``id``, or in version 2 an object keyed by id) keep their identity across graphs by id;
an edge keeps its identity by its ``id``, else by its ends and ``relation`` (a second such edge
in the same graph is a parallel relation). ``relation`` is the relation's kind, ``directed``
holds per edge (default: the graph's, which defaults to true), ``metadata`` becomes the
item's attributes. Hyperedges join more than two actors: they are listed as left out.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import ImportFileError
from .foreign import ForeignEdge, ForeignGraph, ForeignItem, ForeignNode
from .json_in import read_json_file, scalars
from .json_items import book, flat, graph_details, kind_of, objects, position, ref
from .report import units

MAX_PHASES = 30


def read_jgf(path: Path) -> ForeignGraph:
    doc = read_json_file(path)
    if not isinstance(doc, dict) or not ("graph" in doc or "graphs" in doc):
        raise ImportFileError(path, "not JSON Graph Format: expected an object with a 'graph' "
                              "object or a 'graphs' list")
    out = ForeignGraph(source=path, fmt="jgf")
    out.ledger.expect("value", scalars(doc))
    if "graphs" in doc:
        graphs = objects(path, doc["graphs"], "graphs", "graph")
    else:
        if not isinstance(doc["graph"], dict):
            raise ImportFileError(path, f"'graph' must be an object, not {kind_of(doc['graph'])}",
                                  "graph")
        graphs = [("graph", doc["graph"])]
    if len(graphs) > MAX_PHASES:
        raise ImportFileError(path, f"{len(graphs)} graphs; each is a phase and a workshop "
                              f"session takes at most {MAX_PHASES}", "graphs")
    for key in doc:
        if key not in ("graph", "graphs"):
            book(out, doc[key], "skipped", f"top-level entry '{key}'", "outside the graph: not "
                 "part of the network", key)
    many = len(graphs) > 1
    nodes: dict[str, ForeignNode] = {}
    edges: list[ForeignEdge] = []
    open_for: dict[tuple[str, str, str], list[ForeignEdge]] = {}  # the same edge across graphs
    for p, (where, g) in enumerate(graphs):
        _graph(path, out, g, where, p if many else None, nodes, edges, open_for)
    if not many:
        out.phases = [ph for ph in out.phases if ph[2]]  # a note worth a named phase, or none
    out.nodes = list(nodes.values())
    out.edges = edges
    if many:
        out.notes.append(f"{len(graphs)} graphs, one phase each, in the file's order.")
    return out


def _graph(path: Path, out: ForeignGraph, g: dict[str, Any], where: str, phase: int | None,
           nodes: dict[str, ForeignNode], edges: list[ForeignEdge],
           open_for: dict[tuple[str, str, str], list[ForeignEdge]]) -> None:
    directed = g.get("directed", True)
    if not isinstance(directed, bool):
        raise ImportFileError(path, f"'directed' must be true or false, not {directed!r}",
                              f"{where}.directed")
    name = str(g.get("label") or g.get("id") or f"Graph {(phase or 0) + 1}")
    note_parts = []
    for key in ("id", "label", "directed"):
        if key in g:
            book(out, g[key], "imported", f"graph '{key}'")
    if phase is None and g.get("label") and not out.title:
        out.title = str(g["label"])
    for key in ("type", "metadata"):
        if key in g:
            note_parts.append(graph_details(out, g[key] if isinstance(g[key], dict)
                                            else {key: g[key]}, f"{where}.{key}"))
    out.phases.append((name, "", "\n".join(n for n in note_parts if n)))
    for key in g:
        if key == "hyperedges":
            for hwhere, he in objects(path, g[key], f"{where}.hyperedges", "hyperedge"):
                book(out, he, "skipped", "hyperedge", "it joins more than two actors at once; a "
                     "relation joins two (list them as pairs to import them)", hwhere)
        elif key not in ("id", "label", "directed", "type", "metadata", "nodes", "edges"):
            book(out, g[key], "skipped", f"graph entry '{key}'", "not part of JSON Graph "
                 "Format", f"{where}.{key}")
    for nwhere, obj in objects(path, g.get("nodes"), f"{where}.nodes", "node", keyed=True):
        nid = obj.pop("#key", None)
        own = 0
        if "id" in obj:
            nid = ref(path, obj["id"], f"{nwhere}.id", "id")
            own = 1
        if nid is None:
            raise ImportFileError(path, "a node has no 'id'", nwhere)
        node = nodes.get(nid)
        if node is None:
            node = nodes[nid] = ForeignNode(id=nid, label=str(obj.get("label") or nid),
                                            where=nwhere, phases=None if phase is None else set())
        elif phase is None or (node.phases is not None and phase in node.phases):
            raise ImportFileError(path, f"the node id {nid!r} repeats {node.where}", nwhere)
        if node.phases is not None and phase is not None:
            node.phases.add(phase)
        node.carry("", units(value=own), nwhere)
        _values(node, obj, nwhere, phase, skip=("id",))
    for ewhere, obj in objects(path, g.get("edges"), f"{where}.edges", "edge"):
        ends = []
        for side in ("source", "target"):
            end = ref(path, obj.get(side), f"{ewhere}.{side}", side)
            if end not in nodes or (phase is not None and phase not in (nodes[end].phases or ())):
                raise ImportFileError(path, f"the edge's {side} {end!r} is not a node of this "
                                      "graph", f"{ewhere}.{side}")
            ends.append(end)
        eid = ref(path, obj["id"], f"{ewhere}.id", "id") if "id" in obj else ""
        key = (ends[0], ends[1], eid or str(flat(obj.get("relation", ""))))
        edge = next((e for e in open_for.get(key, [])
                     if phase is not None and phase not in (e.phases or set())), None)
        own_directed = obj.get("directed", directed)
        if edge is None:
            edge = ForeignEdge(id=eid or ewhere, source=ends[0], target=ends[1], where=ewhere,
                               directed=own_directed if isinstance(own_directed, bool) else directed,
                               phases=None if phase is None else set())
            open_for.setdefault(key, []).append(edge)
            edges.append(edge)
        if edge.phases is not None and phase is not None:
            edge.phases.add(phase)
        edge.carry("", units(value=sum(scalars(obj[k]) for k in ("source", "target", "id")
                                       if k in obj)), ewhere)
        if isinstance(own_directed, bool) and "directed" in obj:
            edge.directed = own_directed
            edge.carry("@directed", units(value=1), ewhere)
        _values(edge, obj, ewhere, phase, skip=("source", "target", "id", "directed"))


def _values(item: ForeignItem, obj: dict[str, Any], where: str, phase: int | None,
            skip: tuple[str, ...]) -> None:
    """An item's values (``metadata`` spread into attributes; a position from the metadata's
    ``x``/``y`` or ``position``), static or for one phase."""
    values: dict[str, Any] = {k: v for k, v in obj.items() if k not in skip and k != "metadata"}
    meta = obj.get("metadata")
    if isinstance(meta, dict):
        meta = dict(meta)
        if isinstance(item, ForeignNode):
            pos = meta.get("position")
            if isinstance(pos, dict) and "x" in pos and "y" in pos:
                position(item, pos["x"], pos["y"], scalars(pos), f"{where}.metadata.position")
                meta.pop("position")
            elif "x" in meta and "y" in meta:
                position(item, meta.pop("x"), meta.pop("y"), 2, f"{where}.metadata")
        for key, value in meta.items():
            values[key if key not in values else f"metadata_{key}"] = value
    elif meta is not None:
        values["metadata"] = meta
    for name, value in values.items():
        if phase is None:
            item.attrs[name] = flat(value)
        else:
            item.dynamic.setdefault(name, {})[phase] = flat(value)
            item.unit_places.setdefault(f"{name}#{phase}", where)
        item.carry(name, units(value=scalars(value)), where)


__all__ = ["read_jgf"]
