"""GEXF files (1.1 to 1.3, static, dynamic or a slice) as a foreign network.

Time follows the GEXF 1.3 primer (see ``gexf_time``): each moment the file names is a phase,
an element is present in every phase its spells, intervals or timestamps cover, and attribute
values with bounds are read per phase (values outside the element's lifetime are ignored, as
the primer says). Where the file is silent about an actor in a phase the session says "not
described": a GEXF lifetime says when a node is in the network, not that the actor left the
project. The app's own GEXF (its creator line) says more: its spells are the phases where an
actor took part and the session it came from counted every other phase as absent, so it is
read that way.

The hierarchy module is read: nodes nested in a node and ``pid`` become actors whose note
names their parent, and edges written inside a node are read like any other. Every element
and attribute of the file is accounted for in the report (``XmlUnits``). Both GEXF 1.3
namespaces (``http://gexf.net/1.3`` and Gephi's older ``http://www.gexf.net/1.3``), 1.2 and
1.1 are accepted; the report says which was read.
"""

from __future__ import annotations

import math
import re
from pathlib import Path
from typing import Any

from ...domain.wording import count
from ..errors import ImportFileError
from .app_xml_in import has_block, read_app_gexf
from .foreign import ForeignEdge, ForeignGraph, ForeignItem, ForeignNode, as_number, take_votes
from .gexf_time import MAX_PHASES, Interval, Times, element_time, own_intervals, phase_points, \
    phases_of, covers
from .xml_in import XmlUnits, child, children, line_of, local, namespace, parse_xml, text_of

KNOWN_NAMESPACES = {
    "http://gexf.net/1.3": "GEXF 1.3",
    "http://www.gexf.net/1.3": "GEXF 1.3 (older namespace, as written by Gephi before 2022)",
    "http://www.gexf.net/1.2draft": "GEXF 1.2draft",
    "http://gexf.net/1.2": "GEXF 1.2",
    "http://www.gexf.net/1.1draft": "GEXF 1.1draft",
}
APP_CREATOR = "Assemblage Workshop"
_PHASE_LINE = re.compile(r"^Phase (\d{1,9}) = (.*) \[([^\]]*)\]$")
_PHASE_LIST = re.compile(r"(\d{1,9})\s*=\s*([^;]+)")
_DIRECTIONS = {"directed": True, "undirected": False, "mutual": False}
_DRAWING = "how another tool draws it; the map draws boxes and lines its own way"

Column = tuple[str, bool, str | None]  # title, dynamic, default
Value = tuple[str, str, list[Interval] | None]  # title, value, intervals


def read_gexf(path: Path) -> ForeignGraph:
    root = parse_xml(path)
    if local(root) != "gexf":
        raise ImportFileError(path, f"not a GEXF file (the document starts with <{local(root)}>)",
                              line_of(root))
    out = ForeignGraph(source=path, fmt="gexf")
    units = XmlUnits(root, out.ledger)
    meta = child(root, "meta")
    description = child(meta, "description") if meta is not None else None
    if description is not None and has_block(text_of(description)):
        out.notes.append("Read as the app's own GEXF: the session as it was, every id kept.")
        read_app_gexf(path, root, out, units, description)
    else:
        _Reader(path, root, out, units).read()
    units.finish()
    return out


class _Reader:
    def __init__(self, path: Path, root: Any, out: ForeignGraph, units: XmlUnits) -> None:
        self.path, self.root, self.out, self.u = path, root, out, units
        self.ledger = out.ledger
        self.columns: dict[tuple[str, str], Column] = {}
        self.nodes: dict[str, tuple[ForeignNode, list[Interval] | None, list[Value]]] = {}
        self.edges: list[tuple[ForeignEdge, list[Interval] | None, list[Value]]] = []
        self.edge_ids: dict[str, str] = {}
        self.parents: dict[str, str] = {}
        self.described: dict[int, tuple[str, str]] = {}

    # -- the document -----------------------------------------------------------------------
    def read(self) -> None:
        root, out, u = self.root, self.out, self.u
        ns = namespace(root)
        out.notes.append(f"Read as {KNOWN_NAMESPACES.get(ns, 'GEXF (unknown namespace ' + repr(ns) + ')')}.")
        self.ledger.imported(u.take(root, "version"), "<gexf> document")
        for name in list(root.attrib):
            if local_name(name) == "schemaLocation":
                self.ledger.skipped(u.attrs(root, name), "schema location",
                                    "where the grammar is published; not needed to read the file")
        self._meta()
        graphs = list(children(root, "graph"))
        if not graphs:
            raise ImportFileError(self.path, "the GEXF file has no <graph> element", line_of(root))
        for extra in graphs[1:]:
            self.ledger.skipped(u.tree(extra), "second <graph> element", "GEXF holds one graph "
                                "per file; import each slice file on its own", line_of(extra))
        self._graph(graphs[0])

    def _meta(self) -> None:
        meta = child(self.root, "meta")
        if meta is None:
            return
        out, u = self.out, self.u
        about: dict[str, str] = {}
        if meta.get("lastmodifieddate"):
            about["lastmodifieddate"] = meta.get("lastmodifieddate", "")
        kept = u.take(meta, "lastmodifieddate")
        creator = child(meta, "creator")
        out.written_by_app = creator is not None and text_of(creator).startswith(APP_CREATOR)
        for name in ("creator", "keywords", "title"):
            el = child(meta, name)
            if el is not None and text_of(el).strip():
                about[name] = text_of(el).strip()
                kept.update(u.tree(el))
        description = child(meta, "description")
        if description is not None:
            text = text_of(description)
            if not self._phase_lines(text):
                about["description"] = text.strip()
                kept.update(u.tree(description))
            else:
                self.ledger.imported(u.tree(description), "description (title and phase names)")
        out.about.update(about)
        self.ledger.mapped(kept, "<meta> element", "kept in the session's settings "
                           "(imported_about)", line_of(meta))

    def _phase_lines(self, text: str) -> bool:
        """Phase names and keys the app wrote into the description ("Phase 1 = name [key]")."""
        lines = text.splitlines()
        for line in lines:
            m = _PHASE_LINE.match(line.strip())
            if m:
                self.described[int(m.group(1))] = (m.group(2), m.group(3))
            elif line.strip().lower().startswith("phases:"):  # "Phases: 1 = Exploration; 2 = Pilot"
                for num, name in _PHASE_LIST.findall(line.split(":", 1)[1]):
                    self.described[int(num)] = (name.strip(), "")
        if any(_PHASE_LINE.match(x.strip()) for x in lines):
            self.out.title = lines[0].strip()
            self.out.keys_given = True
            return True
        return bool(self.described)

    # -- the graph --------------------------------------------------------------------------
    def _graph(self, g: Any) -> None:
        out, u, ledger = self.out, self.u, self.ledger
        mode = (g.get("mode") or "static").lower()
        self.times = Times(self.path, g.get("timeformat") or "double")
        if self.times.unknown_format:
            out.notes.append(f"Time format {self.times.unknown_format!r} is not one of GEXF's; "
                             "times were read as numbers.")
        self.default_directed = _DIRECTIONS.get((g.get("defaultedgetype") or "undirected").lower(), False)
        if (g.get("defaultedgetype") or "").lower() == "mutual":
            out.notes.append("Edges are 'mutual' by default: read as undirected (both ways).")
        ledger.imported(u.take(g, "mode", "defaultedgetype", "timeformat", "timerepresentation",
                               "start", "end", "timestamp", "timezone"), "<graph> element")
        ledger.skipped(u.attrs(g, "idtype"), "id type", "ids are kept as the text the file "
                       "gives", line_of(g))
        bounds = [self.times.parse(g.get(a), g) for a in ("start", "end", "timestamp") if g.get(a)]
        for block in children(g, "attributes"):
            self._declarations(block)
        nodes_el = child(g, "nodes")
        if nodes_el is not None:
            ledger.imported(u.take(nodes_el, "count"), "<nodes> element")
            for el in children(nodes_el, "node"):
                self._node(el, None)
        edges_el = child(g, "edges")
        if edges_el is not None:
            ledger.imported(u.take(edges_el, "count"), "<edges> element")
            for el in children(edges_el, "edge"):
                self._edge(el)
        self._place(bounds, mode)

    def _declarations(self, block: Any) -> None:
        cls = block.get("class", "node")
        dynamic = (block.get("mode") or "static") == "dynamic"
        self.ledger.imported(self.u.take(block, "class", "mode", "start", "end", "startopen",
                                         "endopen"), "attribute declarations")
        for att in children(block, "attribute"):
            default = child(att, "default")
            key = att.get("id", "")
            self.columns[(cls, key)] = (att.get("title") or key, dynamic,
                                        text_of(default) if default is not None else None)
            self.ledger.imported(self.u.take(att, "id", "title", "type"), "attribute declaration")
            if default is not None:
                self.ledger.imported(self.u.tree(default), "attribute default value")
            options = child(att, "options")
            if options is not None:
                self.ledger.skipped(self.u.tree(options), "list of allowed values",
                                    "the values themselves are read; the list is not needed",
                                    line_of(options))

    # -- nodes --------------------------------------------------------------------------------
    def _node(self, el: Any, parent: str | None) -> None:
        nid = el.get("id")
        if nid is None:
            raise ImportFileError(self.path, "a node has no id", line_of(el))
        if nid in self.nodes:
            raise ImportFileError(self.path, f"node id {nid!r} is used twice (first at "
                                  f"{self.nodes[nid][0].where})", line_of(el))
        u = self.u
        node = ForeignNode(id=nid, label=el.get("label") or "", where=line_of(el))
        node.carry("", u.take(el, "id"))
        node.carry("@label", u.attrs(el, "label"), node.where)
        ivs, took = element_time(el, self.times, u)
        node.carry("", took)
        pid = el.get("pid") or parent
        if pid is not None:
            self.parents[nid] = pid
            node.carry("parent", u.attrs(el, "pid"), node.where)
        values = self._attvalues(el, "node", node)
        self._viz(el, node)
        parents = child(el, "parents")
        if parents is not None:
            node.attrs["parents"] = "; ".join(p.get("for", "") for p in children(parents, "parent"))
            node.carry("parents", u.tree(parents), line_of(parents))
        self.nodes[nid] = (node, ivs, values)
        inner = child(el, "nodes")
        if inner is not None:
            self.ledger.imported(u.take(inner, "count"), "<nodes> inside a node (its members)")
            for sub in children(inner, "node"):
                self._node(sub, nid)
        inner_edges = child(el, "edges")
        if inner_edges is not None:
            self.ledger.imported(u.take(inner_edges, "count"), "<edges> inside a node")
            for sub in children(inner_edges, "edge"):
                self._edge(sub)

    def _attvalues(self, el: Any, cls: str, item: ForeignItem) -> list[Value]:
        u, out = self.u, []
        block = child(el, "attvalues")
        found = list(children(block, "attvalue")) if block is not None else []
        if block is not None:
            self.ledger.imported(u.take(block), "<attvalues> element")
        for av in children(el, "attvalue"):  # outside <attvalues>: read, and said
            self.ledger.mapped(u.take(av), "<attvalue> outside <attvalues>", "read as if it "
                               "stood inside <attvalues>", line_of(av))
            found.append(av)
        seen = set()
        for av in found:
            key = av.get("for") or av.get("id") or ""
            title = self.columns.get((cls, key), (key, False, None))[0]
            seen.add(key)
            out.append((title, av.get("value", ""), own_intervals(av, self.times)))
            item.carry(title, u.take(av, all_attributes=True), line_of(av))
        for (c, key), (title, _, default) in self.columns.items():
            if c == cls and key not in seen and default is not None:
                out.append((title, default, None))
        return out

    def _viz(self, el: Any, item: ForeignItem) -> None:
        u, ledger = self.u, self.ledger
        for v in list(el):
            if not isinstance(v.tag, str) or "viz" not in namespace(v):
                continue
            name = local(v)
            if name == "position" and isinstance(item, ForeignNode):
                x, y = as_number(v.get("x")), as_number(v.get("y", "0"))
                item.x, item.y = x, (-y if isinstance(y, float) else y)  # GEXF's y grows upwards
                item.position_where = line_of(v)
                item.carry("@position", u.take(v, "x", "y"), line_of(v))
                item.rules["@position"] = "GEXF's y grows upwards; turned for the map (y downwards)"
                ledger.skipped(u.attrs(v, "z"), "height (z) of a position", "the map is flat",
                               line_of(v))
            elif name == "color" and not self.out.written_by_app:
                item.attrs["colour"] = _colour(v)
                item.carry("colour", u.take(v, all_attributes=True), line_of(v))
            elif name == "color":
                ledger.skipped(u.tree(v), "colour", "the colour of the actor's type, which the "
                               "app draws again from the type", line_of(v))
            else:
                ledger.skipped(u.tree(v), f"viz:{name}", _DRAWING, line_of(v))

    # -- edges --------------------------------------------------------------------------------
    def _edge(self, el: Any) -> None:
        u = self.u
        src, tgt = el.get("source"), el.get("target")
        eid = el.get("id") or ""
        shown = eid or f"at {line_of(el)}"
        if src is None or tgt is None:
            raise ImportFileError(self.path, f"edge {shown!r} has no source or target", line_of(el))
        etype = (el.get("type") or "").strip().lower()
        if etype and etype not in _DIRECTIONS:
            raise ImportFileError(self.path, f"edge {shown!r} has type {el.get('type')!r}; GEXF "
                                  "knows directed, undirected and mutual", line_of(el))
        edge = ForeignEdge(id=eid, source=src, target=tgt, where=line_of(el),
                           directed=self.default_directed if not etype else _DIRECTIONS[etype])
        if eid and eid in self.edge_ids:
            self.out.notes.append(f"Edge id {eid!r} is used twice (first at "
                                  f"{self.edge_ids[eid]}, again at {line_of(el)}): both edges "
                                  "were kept.")
        elif eid:
            self.edge_ids[eid] = line_of(el)
        edge.carry("", u.take(el, "id", "source", "target"))
        edge.carry("@type", u.attrs(el, "type"), edge.where)
        if etype == "mutual":
            edge.rules["@type"] = "'mutual' read as undirected (both ways)"
        for key in ("kind", "label", "weight"):
            if el.get(key) is not None:
                weight = as_number(el.get(key)) if key == "weight" else None
                edge.attrs[key] = weight if isinstance(weight, float) and math.isfinite(weight) \
                    else el.get(key)
                edge.carry(key, u.attrs(el, key), edge.where)
        ivs, took = element_time(el, self.times, u)
        edge.carry("", took)
        values = self._attvalues(el, "edge", edge)
        self._viz(el, edge)
        self.edges.append((edge, ivs, values))

    # -- phases and placing ---------------------------------------------------------------------
    def _place(self, bounds: list[float], mode: str) -> None:
        out, times = self.out, self.times
        for node_id, parent in self.parents.items():
            node = self.nodes[node_id][0]
            if parent not in self.nodes:
                raise ImportFileError(self.path, f"node {node_id!r} names parent {parent!r}, "
                                      "which the file does not define", node.where)
            p = self.nodes[parent][0]
            node.attrs["parent"] = p.label or p.id
        for node, _, _ in self.nodes.values():  # phylogeny: several parents, by their names
            if "parents" in node.attrs:
                node.attrs["parents"] = "; ".join(
                    (self.nodes[p][0].label or p) if p in self.nodes else p
                    for p in str(node.attrs["parents"]).split("; ") if p)
        for edge, _, _ in self.edges:
            for end in (edge.source, edge.target):
                if end not in self.nodes:
                    raise ImportFileError(self.path, f"edge {edge.id or edge.where!r} refers to node "
                                          f"{end!r}, which the file does not define", edge.where)
        items: list[tuple[ForeignItem, list[Interval] | None, list[Value]]] = [
            *self.nodes.values(), *self.edges]
        points, note = phase_points(times, [iv for _, iv, _ in items] +
                                    [v for _, _, vals in items for _, _, v in vals], bounds)
        if note:
            out.notes.append(note)
        if len(points) > MAX_PHASES:
            raise ImportFileError(self.path, f"the file has {len(points)} distinct times; a "
                                  f"workshop session takes at most {MAX_PHASES} phases")
        if points and mode == "static":
            out.notes.append("The graph says mode 'static' but gives times: they were read.")
        if times.fixed_offsets:
            out.notes.append(f"{count(times.fixed_offsets, 'time')} written with an offset like "
                             f"+0200 (not valid xs:dateTime) {'was' if times.fixed_offsets == 1 else 'were'} "
                             "read as +02:00.")
        for t in points:
            number = int(t) if float(t).is_integer() else None
            if number is not None and number in self.described:
                out.phases.append((*self.described[number], ""))
            else:
                out.phases.append((times.name(t), "", ""))
        if out.written_by_app and self.described:
            out.presence_default = "absent"  # the session it came from: no spell, not there
        for item, ivs, values in items:
            item.phases = phases_of(ivs, points) if points else None
            _values(item, values, points)
        for edge, _, _ in self.edges:
            take_votes(edge)
        out.nodes = [n for n, _, _ in self.nodes.values()]
        out.edges = [e for e, _, _ in self.edges]


def _values(item: ForeignItem, values: list[Value], points: list[float]) -> None:
    """Attribute values onto the item: static, or per phase (later values win; a value
    outside the item's lifetime is ignored, as the GEXF primer says)."""
    timed = {title for title, _, ivs in values if ivs is not None} if points else set()
    for title, value, ivs in values:
        if title not in timed:
            item.attrs[title] = value
            continue
        per = item.dynamic.setdefault(title, {})
        for i, t in enumerate(points):
            if (ivs is None or any(covers(iv, t) for iv in ivs)) and \
                    (item.phases is None or i in item.phases):
                per[i] = value


def _colour(el: Any) -> str:
    """A viz colour as #rrggbb (with its alpha when not opaque)."""
    hex_value = el.get("hex")
    if hex_value:
        text = hex_value.strip().upper()
    else:
        parts = []
        for c in ("r", "g", "b"):
            n = as_number(el.get(c, "0"))
            parts.append(int(n) if isinstance(n, float) and 0 <= n <= 255 else 0)
        text = "#" + "".join(f"{p:02X}" for p in parts)
    alpha = el.get("a") or el.get("alpha")
    return f"{text} (alpha {alpha})" if alpha not in (None, "1", "1.0") else text


def local_name(name: str) -> str:
    return name.rsplit("}", 1)[-1]


__all__ = ["read_gexf", "KNOWN_NAMESPACES", "APP_CREATOR"]
