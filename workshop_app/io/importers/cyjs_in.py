"""Cytoscape's ``.cyjs`` (Cytoscape.js JSON), as Cytoscape desktop and ``cy.json()`` write it.

``elements`` holds ``nodes`` and ``edges`` (or one list whose entries say their ``group``);
each entry's ``data`` carries ``id``, ``source``, ``target``, ``name`` and ``interaction``
(the relation's kind) and any column of the network's tables; ``position`` is the node's
place (y downwards, as on the map). Cytoscape's bookkeeping (``SUID``, ``selected``, the
``shared_*`` copies, the edge name made from its ends) and the view (zoom, pan, style) are
listed as left out. Edges are directed unless their ``directed`` column says otherwise
(Cytoscape's own default). One phase.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import ImportFileError
from .foreign import ForeignEdge, ForeignGraph, ForeignNode
from .json_in import read_json_file, scalars
from .json_items import book, kind_of, objects, position, put, ref
from .report import units

BOOKKEEPING = {"SUID": "Cytoscape's own number for the item in one session",
               "selected": "whether it was selected on screen"}
VIEW_KEYS = ("selected", "selectable", "locked", "grabbable", "pannable", "removed")
FILE_KEYS = ("format_version", "generated_by", "target_cytoscapejs_version")


def read_cyjs(path: Path) -> ForeignGraph:
    doc = read_json_file(path)
    if not isinstance(doc, dict) or "elements" not in doc:
        raise ImportFileError(path, "not a Cytoscape .cyjs file: expected an object with "
                              "'elements'")
    out = ForeignGraph(source=path, fmt="cyjs")
    out.ledger.expect("value", scalars(doc))
    node_list, edge_list = _elements(path, doc["elements"], out)
    for key, value in doc.items():
        if key == "elements":
            continue
        if key in FILE_KEYS:
            out.notes.append(f"{key.replace('_', ' ').capitalize()}: {value}.")
            book(out, value, "mapped", f"'{key}'", "named in the report's notes")
        elif key == "data" and isinstance(value, dict):
            _network_data(out, value)
        else:
            book(out, value, "skipped", f"'{key}'", "how Cytoscape showed the network (view, "
                 "style), not the network", key)
    nodes: dict[str, ForeignNode] = {}
    for where, entry in node_list:
        data = _data(path, entry, where)
        if "id" not in data:
            raise ImportFileError(path, "a node has no id in its 'data'", f"{where}.data")
        nid = ref(path, data["id"], f"{where}.data.id", "id")
        if nid in nodes:
            raise ImportFileError(path, f"the node id {nid!r} repeats {nodes[nid].where}", where)
        node = nodes[nid] = ForeignNode(id=nid, label=str(data.get("name") or nid), where=where)
        node.carry("", units(value=1), where)
        pos = entry.get("position")
        if isinstance(pos, dict) and "x" in pos and "y" in pos:
            position(node, pos["x"], pos["y"], scalars(pos), f"{where}.position")
        elif pos is not None:
            book(out, pos, "skipped", "node position", "not an object with x and y",
                 f"{where}.position")
        _columns(out, node, data, where, own=("id",),
                 copies={"shared_name": data.get("name")})
        _view(out, entry, where, ("data", "position"))
    for where, entry in edge_list:
        data = _data(path, entry, where)
        ends = []
        for side in ("source", "target"):
            end = ref(path, data.get(side), f"{where}.data.{side}", side)
            if end not in nodes:
                raise ImportFileError(path, f"the edge's {side} {end!r} is not a node of the "
                                      "file", f"{where}.data.{side}")
            ends.append(end)
        eid = ref(path, data["id"], f"{where}.data.id", "id") if "id" in data else where
        edge = ForeignEdge(id=eid, source=ends[0], target=ends[1], directed=True, where=where)
        edge.carry("", units(value=sum(1 for k in ("id", "source", "target") if k in data)),
                   where)
        made_name = (f"{nodes[ends[0]].label} ({data.get('interaction', '')}) "
                     f"{nodes[ends[1]].label}")
        _columns(out, edge, data, where, own=("id", "source", "target"),
                 copies={"shared_name": data.get("name"),
                         "shared_interaction": data.get("interaction"), "name": made_name})
        _view(out, entry, where, ("data",))
        out.edges.append(edge)
    out.nodes = list(nodes.values())
    return out


def _elements(path: Path, value: Any, out: ForeignGraph) -> tuple[list[tuple[str, dict[str, Any]]],
                                                                   list[tuple[str, dict[str, Any]]]]:
    """Nodes and edges from ``{"nodes": [...], "edges": [...]}`` or one list with groups."""
    if isinstance(value, dict):
        for key in value:
            if key not in ("nodes", "edges"):
                book(out, value[key], "skipped", f"elements '{key}'", "neither nodes nor edges",
                     f"elements.{key}")
        return (objects(path, value.get("nodes"), "elements.nodes", "node"),
                objects(path, value.get("edges"), "elements.edges", "edge"))
    if isinstance(value, list):
        nodes, edges = [], []
        for where, entry in objects(path, value, "elements", "element"):
            group = entry.get("group")
            data = entry.get("data")
            is_edge = group == "edges" or (group is None and isinstance(data, dict)
                                           and "source" in data)
            (edges if is_edge else nodes).append((where, entry))
        return nodes, edges
    raise ImportFileError(path, f"'elements' must be an object or a list, not {kind_of(value)}",
                          "elements")


def _data(path: Path, entry: dict[str, Any], where: str) -> dict[str, Any]:
    data = entry.get("data")
    if not isinstance(data, dict):
        raise ImportFileError(path, f"'data' must be an object, not {kind_of(data)}",
                              f"{where}.data")
    return data


def _columns(out: ForeignGraph, item: Any, data: dict[str, Any], where: str,
             own: tuple[str, ...], copies: dict[str, Any]) -> None:
    """The entry's columns as attributes; Cytoscape's bookkeeping and its copies of a value
    already read (``shared_name`` = ``name``) are left out, saying so."""
    for key, value in data.items():
        if key in own:
            continue
        if key in BOOKKEEPING:
            book(out, value, "skipped", f"'{key}'", BOOKKEEPING[key], f"{where}.data.{key}")
        elif key in copies and value == copies[key]:
            book(out, value, "skipped", f"'{key}'", "Cytoscape's copy of a value read "
                 "already (or made from the ends and the interaction)", f"{where}.data.{key}")
        else:
            put(item, key, value, f"{where}.data.{key}")


def _view(out: ForeignGraph, entry: dict[str, Any], where: str, read: tuple[str, ...]) -> None:
    for key, value in entry.items():
        if key in read:
            continue
        if key == "group":
            book(out, value, "imported", "element group (node or edge)")
        elif key == "classes":
            book(out, value, "skipped", "'classes'", "style classes of Cytoscape.js (how it is "
                 "drawn)", f"{where}.classes")
        else:
            book(out, value, "skipped", f"'{key}'", "how the element was shown or handled on "
                 "screen" if key in VIEW_KEYS else "not a column of the network", f"{where}.{key}")


def _network_data(out: ForeignGraph, data: dict[str, Any]) -> None:
    for key, value in data.items():
        if key == "name" and isinstance(value, str):
            out.title = value.strip()
            book(out, value, "imported", "network name (the session's title)")
        elif key in BOOKKEEPING:
            book(out, value, "skipped", f"network '{key}'", BOOKKEEPING[key], f"data.{key}")
        elif key == "shared_name" and value == data.get("name"):
            book(out, value, "skipped", "network 'shared_name'", "Cytoscape's copy of the name",
                 "data.shared_name")
        elif key == "__Annotations":
            book(out, value, "skipped", "annotations", "drawings and text laid over the network "
                 "view", "data.__Annotations")
        else:
            out.phases = out.phases or [("Imported network", "", "")]
            name, key_, note = out.phases[0]
            out.phases[0] = (name, key_, (note + "\n" if note else "") + f"{key}: {value}")
            book(out, value, "mapped", "network column", "kept in the phase's note",
                 f"data.{key}")


__all__ = ["read_cyjs"]
