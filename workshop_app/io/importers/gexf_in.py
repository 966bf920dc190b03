"""GEXF files (1.1 to 1.3, static or dynamic) as a foreign network.

Each distinct time slice becomes a phase, in order: for integer time every whole number
between the first and the last, otherwise every distinct bound that spells and intervals name.
Presence per phase comes from spells (or ``start``/``end``); attribute values with bounds are
read per phase. Both GEXF 1.3 namespaces (``http://gexf.net/1.3`` and Gephi's older
``http://www.gexf.net/1.3``) and 1.2draft are accepted; the report says which was read.
"""

from __future__ import annotations

import math
import re
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

from ...domain.wording import count, noun
from ..errors import ImportFileError
from .foreign import ForeignEdge, ForeignGraph, ForeignItem, ForeignNode, as_number
from .xml_in import child, children, line_of, local, namespace, parse_xml

MAX_PHASES = 30
KNOWN_NAMESPACES = {
    "http://gexf.net/1.3": "GEXF 1.3",
    "http://www.gexf.net/1.3": "GEXF 1.3 (older namespace, as written by Gephi before 2022)",
    "http://www.gexf.net/1.2draft": "GEXF 1.2draft",
    "http://gexf.net/1.2": "GEXF 1.2",
    "http://www.gexf.net/1.1draft": "GEXF 1.1draft",
}
_PHASE_LINE = re.compile(r"^Phase (\d{1,9}) = (.*) \[([^\]]*)\]$")
_PHASE_LIST = re.compile(r"(\d{1,9})\s*=\s*([^;]+)")
_OFFSET = re.compile(r"([+-]\d{2})(\d{2})$")

Interval = tuple[float | None, float | None, bool, bool]  # low, high, low open, high open


def _short(raw: str) -> str:
    return repr(raw if len(raw) <= 40 else raw[:39] + "…")


class _Times:
    """Parses time values of one timeformat into comparable numbers, keeping the text."""

    def __init__(self, path: Path, fmt: str) -> None:
        self.path = path
        self.fmt = fmt
        self.labels: dict[float, str] = {}
        self.fixed_offsets = 0

    def parse(self, text: str, el: Any) -> float:
        """Every time in the file passes here: a finite number, or the file is refused
        (``inf`` or ``1e400`` would make an endless timeline, ``nan`` no order at all)."""
        raw = text.strip()
        try:
            if self.fmt == "date":
                value = float(date.fromisoformat(raw[:10]).toordinal())
            elif self.fmt == "datetime":
                fixed = raw.replace("Z", "+00:00")
                if _OFFSET.search(fixed):
                    fixed = _OFFSET.sub(r"\1:\2", fixed)
                    self.fixed_offsets += 1
                moment = datetime.fromisoformat(fixed)
                if moment.tzinfo is None:
                    moment = moment.replace(tzinfo=timezone.utc)
                value = moment.timestamp()
            else:
                value = float(raw)
        except (ValueError, OverflowError):
            kind = self.fmt if self.fmt in ("date", "datetime", "integer") else "number"
            raise ImportFileError(self.path, f"time {_short(raw)} is not a valid {kind}",
                                  line_of(el)) from None
        if not math.isfinite(value):
            raise ImportFileError(self.path, f"time {_short(raw)} is not a finite number; a "
                                  "phase needs a time that can be placed on a timeline",
                                  line_of(el))
        self.labels.setdefault(value, raw)
        return value


def _intervals(el: Any, times: _Times) -> list[Interval] | None:
    """The element's time intervals (spells, start/end, timestamps); None if it has none."""
    found: list[Interval] = []

    def add(src: Any) -> bool:
        got = False
        lo = hi = None
        lo_open = hi_open = False
        for attr, is_low, is_open in (("start", True, False), ("startopen", True, True),
                                      ("end", False, False), ("endopen", False, True)):
            v = src.get(attr)
            if v is not None:
                got = True
                if is_low:
                    lo, lo_open = times.parse(v, src), is_open
                else:
                    hi, hi_open = times.parse(v, src), is_open
        if src.get("timestamp") is not None:
            t = times.parse(src.get("timestamp"), src)
            found.append((t, t, False, False))
            return True
        if got:
            found.append((lo, hi, lo_open, hi_open))
        return got

    add(el)
    spells = child(el, "spells")
    if spells is not None:
        for sp in children(spells, "spell"):
            if not add(sp):
                found.append((None, None, False, False))
    for attr in ("timestamps", "intervals"):
        if el.get(attr):
            for part in re.findall(r"[\[\(]?([^\[\]\(\),;]+)", el.get(attr)):
                if part.strip():
                    t = times.parse(part, el)
                    found.append((t, t, False, False))
    return found or None


def _covers(iv: Interval, t: float) -> bool:
    lo, hi, lo_open, hi_open = iv
    if lo is not None and (t < lo or (lo_open and t == lo)):
        return False
    if hi is not None and (t > hi or (hi_open and t == hi)):
        return False
    return True


def read_gexf(path: Path) -> ForeignGraph:
    root = parse_xml(path)
    if local(root) != "gexf":
        raise ImportFileError(path, f"not a GEXF file (the document starts with <{local(root)}>)",
                              line_of(root))
    ns = namespace(root)
    graph_el = child(root, "graph")
    if graph_el is None:
        raise ImportFileError(path, "the GEXF file has no <graph> element", line_of(root))
    out = ForeignGraph(source=path, fmt="gexf")
    out.notes.append(f"Read as {KNOWN_NAMESPACES.get(ns, 'GEXF (unknown namespace ' + repr(ns) + ')')}.")
    described: dict[int, tuple[str, str]] = {}
    meta = child(root, "meta")
    creator = child(meta, "creator") if meta is not None else None
    out.written_by_app = creator is not None and (creator.text or "").startswith("Assemblage Workshop")
    description = child(meta, "description") if meta is not None else None
    if description is not None:
        lines = (description.text or "").splitlines()
        for line in lines:
            m = _PHASE_LINE.match(line.strip())
            if m:
                described[int(m.group(1))] = (m.group(2), m.group(3))
            elif line.strip().lower().startswith("phases:"):  # "Phases: 1 = Exploration; 2 = Pilot"
                for num, name in _PHASE_LIST.findall(line.split(":", 1)[1]):
                    described[int(num)] = (name.strip(), "")
        if any(_PHASE_LINE.match(x.strip()) for x in lines):
            out.title = lines[0].strip()
            out.keys_given = True
    fmt = (graph_el.get("timeformat") or "double").lower()
    times = _Times(path, "datetime" if fmt == "datetime" else fmt)
    default_directed = (graph_el.get("defaultedgetype") or "undirected") != "undirected"

    columns: dict[tuple[str, str], tuple[str, bool, str | None]] = {}  # (class, id) -> title, dynamic, default
    for block in children(graph_el, "attributes"):
        cls = block.get("class", "node")
        dynamic = block.get("mode") == "dynamic"
        for att in children(block, "attribute"):
            default = child(att, "default")
            columns[(cls, att.get("id", ""))] = (att.get("title") or att.get("id", ""), dynamic,
                                                 default.text if default is not None else None)

    raw_nodes: list[tuple[ForeignNode, list[Interval] | None, list[tuple[str, str, list[Interval] | None]]]] = []
    nodes_el = child(graph_el, "nodes")
    for el in (nodes_el.iter() if nodes_el is not None else []):
        if local(el) != "node":
            continue
        nid = el.get("id")
        if nid is None:
            raise ImportFileError(path, "a node has no id", line_of(el))
        node = ForeignNode(id=nid, label=el.get("label") or "", where=line_of(el))
        for v in el.iter():
            if local(v) == "position" and v.get("x") is not None:
                node.x, y = as_number(v.get("x")), as_number(v.get("y", "0"))
                node.y = -y if isinstance(y, float) else y  # GEXF's y grows upwards
                break
        raw_nodes.append((node, _intervals(el, times), _attvalues(el, "node", columns, times)))
    node_ids = {n.id for n, _, _ in raw_nodes}
    if len(node_ids) != len(raw_nodes):
        raise ImportFileError(path, "two nodes share one id")

    raw_edges = []
    edges_el = child(graph_el, "edges")
    for n, el in enumerate(children(edges_el, "edge") if edges_el is not None else []):
        src, tgt = el.get("source"), el.get("target")
        eid = el.get("id") or f"edge {n + 1}"
        if src is None or tgt is None:
            raise ImportFileError(path, f"edge {eid!r} has no source or target", line_of(el))
        for end in (src, tgt):
            if end not in node_ids:
                raise ImportFileError(path, f"edge {eid!r} refers to node {end!r}, which the file "
                                      "does not define", line_of(el))
        etype = el.get("type")
        edge = ForeignEdge(id=eid, label=el.get("label") or "", source=src, target=tgt,
                           directed=default_directed if etype is None else etype == "directed",
                           where=line_of(el))
        for key in ("kind", "label", "weight"):
            if el.get(key) is not None:
                edge.attrs[key] = el.get(key)
        raw_edges.append((edge, _intervals(el, times), _attvalues(el, "edge", columns, times)))

    points = _phase_points(graph_el, times, [iv for _, iv, _ in raw_nodes + raw_edges],
                           [b for _, _, vals in raw_nodes + raw_edges for _, _, b in vals])
    if len(points) > MAX_PHASES:
        raise ImportFileError(path, f"the file has {len(points)} distinct times; a workshop "
                              f"session takes at most {MAX_PHASES} phases")
    if times.fixed_offsets:
        out.notes.append(f"{count(times.fixed_offsets, 'time')} written with an offset like +0200 "
                         f"(not valid xs:dateTime) {noun(times.fixed_offsets, 'was', 'were')} read as +02:00.")
    for i, t in enumerate(points):
        number = int(t) if t == int(t) else None
        if number is not None and number in described:
            name, key = described[number]
        else:
            name, key = (f"Phase {times.labels.get(t, t)}" if fmt in ("integer", "double")
                         else times.labels.get(t, str(t))), ""
        out.phases.append((name, key, ""))
    for item, ivs, vals in raw_nodes + raw_edges:
        _place(item, ivs, vals, points)
    out.nodes = [n for n, _, _ in raw_nodes]
    out.edges = [e for e, _, _ in raw_edges]
    return out


def _attvalues(el: Any, cls: str, columns: dict[tuple[str, str], tuple[str, bool, str | None]],
               times: _Times) -> list[tuple[str, str, list[Interval] | None]]:
    out = []
    seen = set()
    block = child(el, "attvalues")
    for av in (children(block, "attvalue") if block is not None else []):
        key = av.get("for") or av.get("id") or ""
        title = columns.get((cls, key), (key, False, None))[0]
        seen.add(key)
        ivs = _intervals(av, times)
        out.append((title, av.get("value", ""), ivs))
    for (c, key), (title, _, default) in columns.items():
        if c == cls and key not in seen and default is not None:
            out.append((title, default, None))
    return out


def _phase_points(graph_el: Any, times: _Times, item_ivs: list[list[Interval] | None],
                  value_ivs: list[list[Interval] | None]) -> list[float]:
    bounds: set[float] = set()
    for ivs in item_ivs + value_ivs:
        for lo, hi, _, _ in ivs or []:
            bounds.update(b for b in (lo, hi) if b is not None)
    for attr in ("start", "end"):
        if graph_el.get(attr) is not None:
            bounds.add(times.parse(graph_el.get(attr), graph_el))
    if not bounds:
        return []
    if times.fmt == "integer":
        lo, hi = int(min(bounds)), int(max(bounds))
        if hi - lo < 100:
            return [float(n) for n in range(lo, hi + 1)]
    return sorted(bounds)


def _place(item: ForeignItem, ivs: list[Interval] | None,
           vals: list[tuple[str, str, list[Interval] | None]], points: list[float]) -> None:
    if ivs is not None and points:
        item.phases = {i for i, t in enumerate(points) if any(_covers(iv, t) for iv in ivs)}
    for title, value, v_ivs in vals:
        if v_ivs is None or not points:
            item.attrs[title] = value
        else:
            per = item.dynamic.setdefault(title, {})
            for i, t in enumerate(points):
                if any(_covers(iv, t) for iv in v_ivs):
                    per[i] = value


__all__ = ["read_gexf"]
