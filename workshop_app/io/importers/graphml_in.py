"""GraphML as a foreign network: one phase per ``<graph>``, across one or several files.

GraphML has no time, so a session's phases arrive as one file per phase (as the research
bundle writes them) or as several top-level graphs in one file; nodes and edges keep their
identity across phases by id. Values are read by their key's type, tolerantly (``"  true "``,
``fAlSe``); yEd's graphics are skipped except for the position, and nested group graphs are
flattened. Graph-level data become the phase's note.
"""

from __future__ import annotations

import math
from pathlib import Path
from typing import Any

from ...domain.wording import count
from ..errors import ImportFileError
from .foreign import ForeignEdge, ForeignGraph, ForeignNode, as_number, parse_bool
from .xml_in import children, line_of, local, parse_xml, text_of

Key = tuple[str, str, str | None]  # attr.name, attr.type, default
MAX_PHASES = 30  # as for GEXF times


def _convert(raw: str, kind: str) -> Any:
    """A ``<data>`` value by its key's type; a value that is not one stays text.

    ``int``/``long`` values that are not whole numbers within reach (``1e400``, ``nan``,
    4,000 digits) stay text rather than raising; doubles may be ``inf``, which the score
    reader ignores and ``ForeignGraph.settle`` refuses as a position.
    """
    text = raw.strip()
    if kind == "boolean":
        b = parse_bool(text)
        return text if b is None else b
    if kind in ("int", "long"):
        try:
            return int(text)
        except ValueError:  # "1.5", "1e3", or more digits than int() takes from text
            pass
        number = as_number(text)
        return int(number) if isinstance(number, float) and math.isfinite(number) else text
    if kind in ("float", "double"):
        number = as_number(text)
        return number if isinstance(number, float) else text
    return raw


def read_graphml(paths: list[Path]) -> ForeignGraph:
    """One or several GraphML files; each top-level graph is a phase, files in the given order."""
    out = ForeignGraph(source=paths[0], fmt="graphml")
    nodes: dict[str, ForeignNode] = {}
    edges: dict[str, ForeignEdge] = {}
    skipped_markup = nested = 0
    for path in paths:
        root = parse_xml(path)
        if local(root) != "graphml":
            raise ImportFileError(path, f"not a GraphML file (the document starts with "
                                  f"<{local(root)}>)", line_of(root))
        keys: dict[str, dict[str, Key]] = {}
        for k in children(root, "key"):
            default_el = next(children(k, "default"), None)
            spec = (k.get("attr.name") or k.get("id", ""), k.get("attr.type", "string"),
                    text_of(default_el) if default_el is not None else None)
            keys.setdefault(k.get("for", "all"), {})[k.get("id", "")] = spec
        names = {spec[0] for specs in keys.values() for spec in specs.values()}
        out.written_by_app = {"actor_id", "relation_id", "phase_name"} <= names
        graphs = list(children(root, "graph"))
        if not graphs:
            raise ImportFileError(path, "the GraphML file has no <graph> element", line_of(root))
        if len(out.phases) + len(graphs) > MAX_PHASES:
            raise ImportFileError(path, f"more than {MAX_PHASES} graphs; each is a phase and a "
                                  f"workshop session takes at most {MAX_PHASES}", line_of(graphs[0]))
        for g in graphs:
            phase = len(out.phases)
            data, markup = _data(g, "graph", keys)
            skipped_markup += markup
            name = str(data.pop("phase_name", "") or (g.get("id") if len(graphs) > 1 else path.stem))
            if "phase_key" in data or "phase_name" in data:
                out.keys_given = True
            key = str(data.pop("phase_key", "") or "")
            title = data.pop("session_title", None)
            if title and not out.title:
                out.title = str(title)
            for k in ("phase_number", "phase_id"):
                data.pop(k, None)
            note = "\n".join(f"{k}: {v}" for k, v in data.items() if v not in (None, ""))
            out.phases.append((name, key, note))
            directed_default = g.get("edgedefault", "directed") != "undirected"
            nested += _read_graph(path, g, phase, keys, nodes, edges, directed_default)
    if skipped_markup:
        out.notes.append(f"Skipped {count(skipped_markup, 'piece')} of tool-specific markup inside "
                         "<data> (for example yEd graphics); positions were kept where found.")
    if nested:
        out.notes.append(f"Flattened {count(nested, 'nested graph')}: group nodes and their members "
                         "are all actors.")
    if len(out.phases) == 1:
        out.phases = []  # one graph: the builder names the single phase
        for item in [*nodes.values(), *edges.values()]:
            item.phases = None
            for name, per in list(item.dynamic.items()):
                item.attrs.setdefault(name, per.get(0))
            item.dynamic.clear()
    out.nodes = list(nodes.values())
    out.edges = list(edges.values())
    return out


def _data(el: Any, target: str, keys: dict[str, dict[str, Key]]) -> tuple[dict[str, Any], int]:
    """The ``<data>`` values of an element by attribute name (defaults filled in)."""
    specs = {**keys.get("all", {}), **keys.get(target, {})}
    out: dict[str, Any] = {}
    markup = 0
    for d in children(el, "data"):
        kid = d.get("key", "")
        spec = specs.get(kid) or next((s[kid] for s in keys.values() if kid in s), None)
        name, kind, _ = spec if spec else (kid, "string", None)
        if len(d):  # element content: another tool's graphics, not a value
            markup += 1
            continue
        out[name] = _convert(text_of(d), kind)
    for kid, (name, kind, default) in specs.items():
        if name not in out and default is not None:
            out[name] = _convert(default, kind)
    return out, markup


def _position(el: Any) -> tuple[Any, Any] | None:
    """yEd's box centre; what is not a number is handed on as found, for ``settle``."""
    for d in children(el, "data"):
        for g in d.iter():
            if local(g) == "Geometry" and g.get("x") is not None:
                x, y = as_number(g.get("x")), as_number(g.get("y"))
                w, h = as_number(g.get("width", "0")), as_number(g.get("height", "0"))
                if all(isinstance(v, float) for v in (x, y, w, h)):
                    return x + w / 2, y + h / 2
                return x, y
    return None


def _read_graph(path: Path, g: Any, phase: int, keys: dict[str, dict[str, Key]],
                nodes: dict[str, ForeignNode], edges: dict[str, ForeignEdge],
                directed_default: bool) -> int:
    nested = 0
    pending: list[Any] = []
    stack = [g]
    while stack:
        graph = stack.pop()
        for el in children(graph, "node"):
            nid = el.get("id")
            if nid is None:
                raise ImportFileError(path, "a node has no id", line_of(el))
            data, _ = _data(el, "node", keys)
            node = nodes.get(nid)
            if node is None:
                node = nodes[nid] = ForeignNode(id=nid, phases=set(), where=line_of(el))
                pos = _position(el)
                x, y = data.get("x"), data.get("y")
                if isinstance(x, (int, float)) and isinstance(y, (int, float)):
                    node.x, node.y = as_number(x), as_number(y)
                elif pos is not None:
                    node.x, node.y = pos
            assert node.phases is not None
            node.phases.add(phase)
            for name, value in data.items():
                if name not in ("x", "y"):
                    node.dynamic.setdefault(name, {})[phase] = value
            for sub in children(el, "graph"):
                nested += 1
                stack.append(sub)
        pending.extend(children(graph, "edge"))
    for n, el in enumerate(pending):
        src, tgt = el.get("source"), el.get("target")
        eid = el.get("id") or f"{src}->{tgt}#{n}"
        if src is None or tgt is None:
            raise ImportFileError(path, f"edge {eid!r} has no source or target", line_of(el))
        for end in (src, tgt):
            if end not in nodes or phase not in (nodes[end].phases or set()):
                raise ImportFileError(path, f"edge {eid!r} refers to node {end!r}, which the "
                                      "graph does not define", line_of(el))
        data, _ = _data(el, "edge", keys)
        edge = edges.get(eid)
        if edge is None:
            own = el.get("directed")
            edge = edges[eid] = ForeignEdge(
                id=eid, source=src, target=tgt, phases=set(), where=line_of(el),
                directed=directed_default if own is None else parse_bool(own))
        assert edge.phases is not None
        edge.phases.add(phase)
        for name, value in data.items():
            edge.dynamic.setdefault(name, {})[phase] = value
    return nested


__all__ = ["read_graphml"]
