"""GraphML as a foreign network: one phase per ``<graph>``, across one or several files.

GraphML has no time, so a session's phases arrive as one file per phase (as the research
bundle writes them) or as several top-level graphs in one file. Files of a folder are put in
order by a phase attribute of their graphs (``phase_number``, ``phase``, ``wave``, ``time``,
``year``, ``period``) when every graph has one, else by name in natural order (wave1, wave2,
wave10). A node keeps its identity across phases by id; an edge by its id **and** its ends
(and kind): networkx writes ids 0, 1, 0 ... for a multigraph, so an id alone says nothing,
and within one graph every ``<edge>`` is an edge of its own, whatever its id. A node missing
from a phase's graph is "not described" there, unless the file is the app's own (then the
session it came from said absent).

Values are read by their key's type, tolerantly (``"  true "``, ``fAlSe``). yEd's graphics
are read (``yed``): label, box centre, fill colour, edge label, line colour and arrows. Nested
graphs (yEd groups, ``yfiles.foldertype``) are flattened: the group and its members are all
actors and each member's note names its group. Hyperedges, ports and external locators have
no place in a session and are booked as skipped with their line. Graph-level data become the
phase's note. Every element and attribute is accounted for (``XmlUnits``).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...domain.wording import count
from ..errors import ImportFileError
from .app_xml_in import read_app_graphml
from .foreign import ForeignEdge, ForeignGraph, ForeignNode, as_number, norm, parse_bool, take_votes
from .xml_in import XmlUnits, children, line_of, local, parse_xml, text_of
from .yed import DRAWING, arrows_direction, edge_graphics, is_yed, node_graphics

MAX_PHASES = 30  # as for GEXF times
ORDER_KEYS = ("phase_number", "phase", "wave", "time", "year", "period", "round")
_APP_KEYS = {"actor_id", "relation_id", "phase_name"}
_KIND_LIKE = ("kind", "relation_type", "relation_kind", "type", "edge_type", "label")


@dataclass
class Key:
    name: str
    kind: str = "string"
    default: str | None = None
    yfiles: str = ""
    declared: bool = True


@dataclass
class _Phase:
    path: Path
    graph: Any
    units: XmlUnits
    keys: dict[str, dict[str, Key]]
    data: dict[str, Any] = field(default_factory=dict)
    data_units: Counter[str] = field(default_factory=Counter)
    position: int = 0


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


def natural_key(name: str) -> list[Any]:
    """wave2 before wave10: digits compare as numbers."""
    return [int(part) if part.isdigit() else part.lower() for part in re.split(r"(\d+)", name)]


def read_graphml(paths: list[Path], source: Path | None = None) -> ForeignGraph:
    """One or several GraphML files; each top-level graph is a phase."""
    out = ForeignGraph(source=source or paths[0], fmt="graphml")
    phases: list[_Phase] = []
    for path in paths:
        phases += _document(path, out)
    if len(phases) > MAX_PHASES:
        extra = phases[MAX_PHASES]
        raise ImportFileError(extra.path, f"more than {MAX_PHASES} graphs; each is a phase and a "
                              f"workshop session takes at most {MAX_PHASES}", line_of(extra.graph))
    _order(phases, out, len(paths) > 1)
    if any(ph.data.get("workshop_exchange") for ph in phases):
        out.notes.append("Read as the app's own GraphML: the session as it was, every id kept.")
        read_app_graphml(phases, out)
        for units in dict.fromkeys(ph.units for ph in phases):
            units.finish()
        return out
    reader = _Reader(out)
    for i, ph in enumerate(phases):
        reader.phase(i, ph)
    reader.finish(len(phases))
    for units in dict.fromkeys(ph.units for ph in phases):
        units.finish()
    return out


def _document(path: Path, out: ForeignGraph) -> list[_Phase]:
    root = parse_xml(path)
    if local(root) != "graphml":
        raise ImportFileError(path, f"not a GraphML file (the document starts with "
                              f"<{local(root)}>)", line_of(root))
    u = XmlUnits(root, out.ledger)
    ledger = out.ledger
    ledger.imported(u.take(root), "<graphml> document")
    for name in list(root.attrib):
        if name.endswith("schemaLocation"):
            ledger.skipped(u.attrs(root, name), "schema location",
                           "where the grammar is published; not needed to read the file")
    keys: dict[str, dict[str, Key]] = {}
    for k in children(root, "key"):
        default_el = next(children(k, "default"), None)
        key = Key(k.get("attr.name") or k.get("id", ""), k.get("attr.type", "string"),
                  text_of(default_el) if default_el is not None else None,
                  k.get("yfiles.type", ""))
        keys.setdefault(k.get("for", "all"), {})[k.get("id", "")] = key
        ledger.imported(u.take(k, "id", "for", "attr.name", "attr.type", "yfiles.type"),
                        "key declaration")
        if default_el is not None:
            ledger.imported(u.tree(default_el), "key default value")
        for desc in children(k, "desc"):
            ledger.skipped(u.tree(desc), "key description", "a comment on the key; the "
                           "values are read", line_of(desc))
    for desc in children(root, "desc"):
        ledger.skipped(u.tree(desc), "document description", "a comment on the file",
                       line_of(desc))
    for d in children(root, "data"):
        ledger.skipped(u.tree(d), "document data", "yEd's shared resources and other "
                       "whole-file data have no place in a session", line_of(d))
    names = {k.name for specs in keys.values() for k in specs.values()}
    out.written_by_app = out.written_by_app or _APP_KEYS <= names
    graphs = list(children(root, "graph"))
    if not graphs:
        raise ImportFileError(path, "the GraphML file has no <graph> element", line_of(root))
    found = []
    for g in graphs:
        ph = _Phase(path, g, u, keys)
        ph.data, ph.data_units = _graph_data(ph)
        found.append(ph)
    return found


def _graph_data(ph: _Phase) -> tuple[dict[str, Any], Counter[str]]:
    specs = {**ph.keys.get("all", {}), **ph.keys.get("graph", {})}
    data: dict[str, Any] = {}
    took: Counter[str] = Counter()
    for d in children(ph.graph, "data"):
        key = specs.get(d.get("key", ""))
        name, kind = (key.name, key.kind) if key else (d.get("key", ""), "string")
        took.update(ph.units.take(d, all_attributes=True))
        if len(d):
            took.update(ph.units.tree(d))
            continue
        data[name] = _convert(text_of(d), kind)
    for key in specs.values():
        if key.name not in data and key.default is not None:
            data[key.name] = _convert(key.default, key.kind)
    return data, took


def _order_value(ph: _Phase) -> tuple[str, Any] | None:
    by_norm = {norm(k): v for k, v in ph.data.items()}
    for key in ORDER_KEYS:
        v = by_norm.get(key)
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            return key, float(v)
        if isinstance(v, str) and v.strip():
            number = as_number(v)
            return key, (number if isinstance(number, float) and math.isfinite(number) else v.strip())
    return None


def _order(phases: list[_Phase], out: ForeignGraph, folder: bool) -> None:
    """Phases in order: by a phase attribute every graph has, else files by natural name."""
    for i, ph in enumerate(phases):
        ph.position = i
    values = [_order_value(ph) for ph in phases]
    if len(phases) > 1 and all(values) and len({v[0] for v in values if v}) == 1 \
            and len({type(v[1]) for v in values if v}) == 1:
        key = values[0][0] if values[0] else ""
        phases.sort(key=lambda ph: (_order_value(ph)[1], ph.position))  # type: ignore[index]
        out.notes.append(f"Phases put in order by the graphs' '{key}' attribute.")
    elif folder:
        phases.sort(key=lambda ph: (natural_key(ph.path.name), ph.position))
        names = list(dict.fromkeys(ph.path.name for ph in phases))
        shown = ", ".join(names[:4]) + (" ..." if len(names) > 4 else "")
        out.notes.append(f"Files put in order by name, numbers counted as numbers: {shown}.")


class _Reader:
    """Nodes and edges of every phase, with identities across phases."""

    def __init__(self, out: ForeignGraph) -> None:
        self.out = out
        self.ledger = out.ledger
        self.nodes: dict[str, ForeignNode] = {}
        self.edges: list[ForeignEdge] = []
        self.edge_keys: dict[tuple[Any, ...], list[ForeignEdge]] = {}
        self.nested = self.yed_nodes = 0

    # -- one phase ----------------------------------------------------------------------------
    def phase(self, index: int, ph: _Phase) -> None:
        data = dict(ph.data)
        if "presence_default" in data and data["presence_default"] in ("absent", "not_described"):
            self.out.presence_default = str(data.pop("presence_default"))
        name = str(data.pop("phase_name", "") or "")
        if not name:
            several = len(list(children(ph.graph.getparent(), "graph"))) > 1
            name = (ph.graph.get("id") if several else "") or ph.path.stem
        if "phase_key" in data or "phase_name" in ph.data:
            self.out.keys_given = True
        key = str(data.pop("phase_key", "") or "")
        title = data.pop("session_title", None)
        if title and not self.out.title:
            self.out.title = str(title)
        for k in ("phase_number", "phase_id"):
            data.pop(k, None)
        lines = [f"{k}: {v}" for k, v in data.items() if v not in (None, "")]
        u = ph.units
        other = [a for a in ph.graph.attrib if a not in ("id", "edgedefault")
                 and not a.startswith("parse.")]
        for a in other:
            lines.append(f"{a.rsplit('}', 1)[-1]}: {ph.graph.get(a)}")
        if other:
            self.ledger.mapped(u.attrs(ph.graph, *other), "graph attribute of another tool",
                               "kept in the phase's note", line_of(ph.graph))
        self.out.phases.append((name, key, "\n".join(lines)))
        self.ledger.mapped(ph.data_units, "graph data", "the phase's name, key and note",
                           line_of(ph.graph))
        self.ledger.imported(u.take(ph.graph, "id", "edgedefault"), "<graph> element (a phase)")
        hints = [a for a in ph.graph.attrib if a.startswith("parse.")]
        if hints:
            self.ledger.skipped(u.attrs(ph.graph, *hints), "parser hint", "counts and "
                                "orders for fast parsers; the file is read whole", line_of(ph.graph))
        directed = (ph.graph.get("edgedefault") or "directed") != "undirected"
        seen: dict[str, str] = {}
        pending: list[tuple[Any, bool]] = []
        self._graph(ph, ph.graph, index, None, seen, pending, directed)
        occurrences: Counter[tuple[Any, ...]] = Counter()
        for el, edge_directed in pending:
            self._edge(ph, el, index, seen, edge_directed, occurrences)

    def _graph(self, ph: _Phase, g: Any, index: int, group: str | None, seen: dict[str, str],
               pending: list[tuple[Any, bool]], directed: bool) -> None:
        u, ledger = ph.units, self.ledger
        for desc in children(g, "desc"):
            ledger.skipped(u.tree(desc), "graph description", "a comment on the graph",
                           line_of(desc))
        for loc in children(g, "locator"):
            ledger.skipped(u.tree(loc), "external graph (<locator>)", "a graph in another "
                           "file or on the web is not fetched", line_of(loc))
        for el in children(g, "node"):
            self._node(ph, el, index, group, seen, pending, directed)
        for el in children(g, "edge"):
            pending.append((el, directed))
        for el in children(g, "hyperedge"):
            ends = len(list(children(el, "endpoint")))
            ledger.skipped(u.tree(el), "hyperedge", f"it joins {ends} ends at once; a relation "
                           "joins two actors", line_of(el))

    def _node(self, ph: _Phase, el: Any, index: int, group: str | None, seen: dict[str, str],
              pending: list[tuple[Any, bool]], directed: bool) -> None:
        u, ledger = ph.units, self.ledger
        nid = el.get("id")
        if nid is None:
            raise ImportFileError(ph.path, "a node has no id", line_of(el))
        if nid in seen:
            raise ImportFileError(ph.path, f"node id {nid!r} is used twice in one graph "
                                  f"(first at {seen[nid]})", line_of(el))
        seen[nid] = line_of(el)
        node = self.nodes.get(nid)
        if node is None:
            node = self.nodes[nid] = ForeignNode(id=nid, phases=set(), where=line_of(el))
        assert node.phases is not None
        node.phases.add(index)
        node.carry("", u.take(el, "id"))
        if group is not None:
            node.dynamic.setdefault("member of", {})[index] = self._shown(group, index)
        self._node_data(ph, el, node, index)
        for port in children(el, "port"):
            ledger.skipped(u.tree(port), "port", "a point on a node's border where edges "
                           "attach; a relation joins the actors themselves", line_of(port))
        for desc in children(el, "desc"):
            node.dynamic.setdefault("description", {})[index] = text_of(desc).strip()
            node.carry("description", u.tree(desc), line_of(desc))
        folder = el.get("yfiles.foldertype")
        if folder is not None:
            ledger.imported(u.attrs(el, "yfiles.foldertype"), "yEd group (its members' notes "
                            "name it)")
        for sub in children(el, "graph"):
            self.nested += 1
            ledger.imported(u.take(sub, "id", "edgedefault"), "<graph> inside a node (its members)")
            inner = (sub.get("edgedefault") or ("directed" if directed else "undirected")) != "undirected"
            self._graph(ph, sub, index, nid, seen, pending, inner)

    def _shown(self, nid: str, index: int) -> str:
        """A node as a reader knows it: its label, else its name, else its id."""
        node = self.nodes[nid]
        for name in ("name", "label", "Name", "Label"):
            value = node.dynamic.get(name, {}).get(index)
            if value not in (None, ""):
                return str(value)
        return node.label or nid

    def _node_data(self, ph: _Phase, el: Any, node: ForeignNode, index: int) -> None:
        specs = {**ph.keys.get("all", {}), **ph.keys.get("node", {})}
        u, ledger = ph.units, self.ledger
        got: dict[str, Any] = {}
        for d in children(el, "data"):
            key = self._key(specs, ph, d)
            if len(d):
                took = u.take(d, all_attributes=True)
                if key.yfiles == "nodegraphics" or (is_yed(d) and not key.yfiles):
                    self._yed_node(ph, d, node, index, took)
                else:
                    ledger.skipped(took + u.tree(d), "markup inside <data>", "another tool's "
                                   "markup, not a value", line_of(d))
                continue
            got[key.name] = _convert(text_of(d), key.kind)
            self._undeclared(key)
            node.carry("@position" if key.name in ("x", "y") else key.name,
                       u.take(d, all_attributes=True), line_of(d))
        for key in specs.values():
            if key.name not in got and key.default is not None and not key.yfiles:
                got[key.name] = _convert(key.default, key.kind)
        x, y = got.pop("x", None), got.pop("y", None)
        if x is not None or y is not None:
            self._position(node, index, x, y, line_of(el))
        for name, value in got.items():
            node.dynamic.setdefault(name, {})[index] = value

    def _position(self, node: ForeignNode, index: int, x: Any, y: Any, where: str) -> None:
        if node.x is None and node.y is None:
            node.x, node.y, node.position_where = x, y, where
        elif (x, y) != (node.x, node.y):
            node.phase_positions[index] = (x, y)

    def _yed_node(self, ph: _Phase, d: Any, node: ForeignNode, index: int,
                  took: Counter[str]) -> None:
        u, ledger = ph.units, self.ledger
        self.yed_nodes += 1
        g = node_graphics(d, u)
        if g.label is not None and not node.label:
            node.label = g.label
            node.carry("@label", g.label_units, line_of(d))
        elif g.label is not None:
            node.carry("@label", g.label_units, line_of(d))
        for i, extra in enumerate(g.extra_labels):
            node.dynamic.setdefault(f"label {i + 2}", {})[index] = extra
        if g.box is not None:
            x, y, w, h = g.box
            if all(isinstance(v, float) for v in g.box):
                x, y = x + w / 2, y + h / 2
            self._position(node, index, x, y, g.box_where)
            node.carry("@position", g.box_units, g.box_where)
            node.rules["@position"] = "yEd's box (corner, width, height): its centre"
        if g.colour is not None:
            node.dynamic.setdefault("colour", {})[index] = g.colour
            node.carry("colour", g.colour_units, line_of(d))
        ledger.imported(took, "yEd node graphics")
        rest = u.tree(d)
        if rest:
            ledger.skipped(rest, "yEd drawing detail", DRAWING, line_of(d))

    # -- edges ----------------------------------------------------------------------------------
    def _edge(self, ph: _Phase, el: Any, index: int, seen: dict[str, str], directed: bool,
              occurrences: Counter[tuple[Any, ...]]) -> None:
        u, ledger = ph.units, self.ledger
        src, tgt, eid = el.get("source"), el.get("target"), el.get("id") or ""
        shown = eid or f"{src}->{tgt}"
        if src is None or tgt is None:
            raise ImportFileError(ph.path, f"edge {shown!r} has no source or target", line_of(el))
        for end in (src, tgt):
            if end not in seen:
                raise ImportFileError(ph.path, f"edge {shown!r} refers to node {end!r}, which "
                                      "the graph does not define", line_of(el))
        own = el.get("directed")
        rule = ""
        if own is not None:
            parsed = parse_bool(own)
            if parsed is None:
                rule = f"directed={own!r} is not true or false: the graph's default is used"
            else:
                directed = parsed
        specs = {**ph.keys.get("all", {}), **ph.keys.get("edge", {})}
        got: dict[str, Any] = {}
        carried: list[tuple[str, Counter[str], str]] = [("", u.take(el, "id", "source", "target"), "")]
        carried.append(("@directed", u.attrs(el, "directed"), line_of(el)))
        for d in children(el, "data"):
            key = self._key(specs, ph, d)
            if len(d):
                took = u.take(d, all_attributes=True)
                if key.yfiles == "edgegraphics" or (is_yed(d) and not key.yfiles):
                    directed_by = self._yed_edge(ph, d, took, got, carried)
                    if directed_by is not None:
                        directed, reverse, rule = directed_by
                        if reverse:
                            src, tgt = tgt, src
                else:
                    ledger.skipped(took + u.tree(d), "markup inside <data>", "another tool's "
                                   "markup, not a value", line_of(d))
                continue
            got[key.name] = _convert(text_of(d), key.kind)
            self._undeclared(key)
            carried.append((key.name, u.take(d, all_attributes=True), line_of(d)))
        for key in specs.values():
            if key.name not in got and key.default is not None and not key.yfiles:
                got[key.name] = _convert(key.default, key.kind)
        for port in ("sourceport", "targetport"):
            ledger.skipped(u.attrs(el, port), f"edge {port}", "ports are not kept; the "
                           "relation joins the actors", line_of(el))
        for desc in children(el, "desc"):
            got["description"] = text_of(desc).strip()
            carried.append(("description", u.tree(desc), line_of(desc)))
        edge = self._identity(eid, src, tgt, directed, got, index, occurrences, line_of(el))
        if rule:
            edge.rules["@directed"] = rule
        for name, tally, where in carried:
            edge.carry(name, tally, where)
        for name, value in got.items():
            edge.dynamic.setdefault(name, {})[index] = value

    def _identity(self, eid: str, src: str, tgt: str, directed: bool, got: dict[str, Any],
                  index: int, occurrences: Counter[tuple[Any, ...]], where: str) -> ForeignEdge:
        """The same relation as in an earlier phase when id, ends, direction and kind agree;
        else a new one. Within one graph every edge element is an edge of its own."""
        ends = (src, tgt) if directed else tuple(sorted((src, tgt)))
        kind = next((str(got[k]) for k in got if norm(k) in _KIND_LIKE and got[k] not in (None, "")), "")
        key = (eid, *ends, directed, kind)
        n = occurrences[key]
        occurrences[key] += 1
        earlier = self.edge_keys.setdefault(key, [])
        if n < len(earlier):
            edge = earlier[n]
        else:
            edge = ForeignEdge(id=eid, source=src, target=tgt, phases=set(), where=where,
                               directed=directed)
            earlier.append(edge)
            self.edges.append(edge)
        assert edge.phases is not None
        edge.phases.add(index)
        return edge

    def _yed_edge(self, ph: _Phase, d: Any, took: Counter[str], got: dict[str, Any],
                  carried: list[tuple[str, Counter[str], str]]) -> tuple[bool, bool, str] | None:
        u, ledger = ph.units, self.ledger
        g = edge_graphics(d, u)
        if g.label is not None:
            got["label"] = g.label
            carried.append(("label", g.label_units, line_of(d)))
        if g.colour is not None:
            got["colour"] = g.colour
            carried.append(("colour", g.colour_units, line_of(d)))
        direction = None
        if g.arrows is not None:
            direction = arrows_direction(g.arrows)
            carried.append(("@directed", g.arrow_units, line_of(d)))
        ledger.imported(took, "yEd edge graphics")
        rest = u.tree(d)
        if rest:
            ledger.skipped(rest, "yEd drawing detail", DRAWING, line_of(d))
        return direction

    def _key(self, specs: dict[str, Key], ph: _Phase, d: Any) -> Key:
        kid = d.get("key", "")
        key = specs.get(kid) or next((s[kid] for s in ph.keys.values() if kid in s), None)
        return key if key is not None else Key(kid, declared=False)

    def _undeclared(self, key: Key) -> None:
        if not key.declared:
            note = f"Data with the undeclared key {key.name!r} was read under that name."
            if note not in self.out.notes:
                self.out.notes.append(note)

    # -- all phases read ------------------------------------------------------------------------
    def finish(self, n_phases: int) -> None:
        out = self.out
        if out.written_by_app and out.presence_default == "not_described":
            out.presence_default = "absent"  # the session it came from: not in a phase's file, absent
        if self.nested:
            out.notes.append(f"Flattened {count(self.nested, 'nested graph')}: group nodes and "
                             "their members are all actors; each member's note names its group.")
        if self.yed_nodes:
            out.notes.append(f"Read yEd's labels, boxes and colours of {count(self.yed_nodes, 'node')}.")
        for edge in self.edges:
            take_votes(edge)
        if n_phases == 1:
            out.phases = []  # one graph: the builder names the single phase
            for item in [*self.nodes.values(), *self.edges]:
                item.phases = None
                for name, per in list(item.dynamic.items()):
                    item.attrs.setdefault(name, per.get(0))
                item.dynamic.clear()
            for edge in self.edges:
                for vote in edge.votes:
                    vote.phase = 0
        out.nodes = list(self.nodes.values())
        out.edges = self.edges


__all__ = ["read_graphml", "natural_key", "ORDER_KEYS"]
