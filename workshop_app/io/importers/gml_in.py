"""GML (Graph Modelling Language), read by networkx's GML parser.

igraph, yEd, Gephi, Cytoscape and networkx write it: ``graph [ directed 1 node [ id 1 label
"City" graphics [ x 10 y 20 ] ] edge [ source 1 target 2 ] ]``. Parallel edges survive
whatever the header says: networkx refuses a repeated edge in a graph not marked
``multigraph 1``, so the file is read as a multigraph (the text is not changed otherwise, and
line numbers in errors stay true). Nodes keep their ``id`` as the original id; ``label`` is
the actor's name; ``graphics`` x and y are the position (y downwards, as on the map), the
rest of the drawing (size, shape, colours) is listed as left out. One phase: GML has no time.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import networkx as nx

from ..errors import ImportFileError
from .foreign import ForeignEdge, ForeignGraph, ForeignNode
from .json_in import scalars
from .json_items import book, flat, position, put
from .report import units

_GRAPH = re.compile(r"\bgraph\s*\[")
_AT = re.compile(r"\s*at \((\d+), (\d+)\)")
_FLAG = re.compile(r"\b(directed|multigraph)\s+([01])\b")


def _text(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ImportFileError(path, f"cannot be read ({exc.strerror or exc})") from None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        return raw.decode("latin-1")  # GML's own encoding; names with &-escapes stay readable


def _as_multigraph(lines: list[str]) -> list[str]:
    """The lines with ``multigraph 1`` added right after the first ``graph [`` that is not
    inside a quoted text, on the same line (so every line number stays)."""
    for i, line in enumerate(lines):
        for found in _GRAPH.finditer(line):
            if line[:found.start()].count('"') % 2 == 0 and "#" not in line[:found.start()]:
                at = found.end()
                return [*lines[:i], f"{line[:at]} multigraph 1 {line[at:]}", *lines[i + 1:]]
    return lines


def read_gml(path: Path) -> ForeignGraph:
    lines = _text(path).splitlines()
    flags = {m.group(1): m.group(2) for ln in lines for m in _FLAG.finditer(ln.split("#")[0])}
    try:
        g = nx.parse_gml(_as_multigraph(lines), label=None)
    except nx.NetworkXError as exc:
        message = str(exc).splitlines()[0]
        found = _AT.search(message)
        where = f"line {found.group(1)}, column {found.group(2)}" if found else None
        reason = _AT.sub("", message).replace("Hint: ", "")
        raise ImportFileError(path, f"not a readable GML file ({reason})", where) from None
    except (ValueError, TypeError) as exc:  # a value networkx's tokenizer could not convert
        raise ImportFileError(path, f"not a readable GML file ({exc})") from None
    out = ForeignGraph(source=path, fmt="gml")
    directed = g.is_directed()
    for flag in flags:
        out.ledger.expect("value", 1)
        book(out, 1, "imported", f"graph flag '{flag}'")
    graph_attrs = dict(g.graph)
    total = scalars(graph_attrs)
    nodes: dict[Any, ForeignNode] = {}
    for n, (nid, data) in enumerate(g.nodes(data=True)):
        where = f"node {n + 1} (id {nid})"
        total += 1 + scalars(data)
        node = ForeignNode(id=str(nid), label=str(data.get("label", nid)), where=where)
        node.carry("", units(value=1), where)
        _item(out, node, data, where)
        nodes[nid] = node
    out.ledger.expect("value", total)
    total = 0
    for n, (u, v, _key, data) in enumerate(g.edges(keys=True, data=True)):
        where = f"edge {n + 1} ({u} -> {v})" if directed else f"edge {n + 1} ({u} -- {v})"
        total += 2 + scalars(data)
        values = dict(data)
        own_id = values.pop("id") if not isinstance(values.get("id", {}), (dict, list)) else None
        eid = where if own_id is None else str(own_id)
        edge = ForeignEdge(id=eid, source=str(u), target=str(v), directed=directed, where=where)
        edge.carry("", units(value=2 + (own_id is not None)), where)
        _item(out, edge, values, where)
        out.edges.append(edge)
    out.ledger.expect("value", total)
    note = []
    for key, value in graph_attrs.items():
        if key in ("label", "name", "Title", "title") and isinstance(value, str) and not out.title:
            out.title = value
            book(out, value, "imported", "graph name (the session's title)")
        else:
            note.append(f"{key}: {flat(value)}")
            book(out, value, "mapped", f"graph '{key}'", "kept in the phase's note", "graph")
    if note:
        out.phases = [("Imported network", "", "\n".join(note))]
    if not directed:
        out.notes.append("The graph is undirected (it says 'directed 0')." if "directed" in flags
                         else "The graph is undirected (GML's default: it does not say "
                         "'directed 1').")
    out.nodes = list(nodes.values())
    return out


def _item(out: ForeignGraph, item: Any, data: dict[str, Any], where: str) -> None:
    for key, value in data.items():
        if key == "graphics" and isinstance(value, dict):
            drawing = dict(value)
            if isinstance(item, ForeignNode) and "x" in drawing and "y" in drawing:
                position(item, drawing.pop("x"), drawing.pop("y"), 2, f"{where} graphics")
            book(out, drawing, "skipped", "drawing (size, shape, colours, line)",
                 "how the other tool drew it; the app draws by its own rules", f"{where} graphics")
        elif key in ("LabelGraphics", "edgeAnchor"):
            book(out, value, "skipped", f"'{key}'", "how the other tool drew it",
                 f"{where} {key}")
        else:
            put(item, key, value, f"{where} {key}")


__all__ = ["read_gml"]
