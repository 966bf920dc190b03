"""The app's own GEXF and GraphML back into the rows of the tidy tables (docs/exchange.md).

A file the app wrote says so: a GEXF whose description holds the session block line, a
GraphML file with a ``workshop_exchange`` graph key. Its nodes and edges carry the actors,
presence, relations, relation states and votes under the tables' column names (a few renamed:
``base_x`` is the actor's ``x``, ``presence_note`` the presence row's ``note``...), and the
session block carries the rest. This module turns both back into rows, which
``tables_build.build_from_tables`` makes into the same session, every id kept.

Every element and attribute is accounted for: what a reader must read back (docs: **R**) is
imported, what the app derives again (medians, classes, readable citations, the type's
colour) is booked as skipped with that reason.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any, Iterable

from ..errors import ImportFileError
from ..exchange import EXCHANGE_NAME, GEXF_BLOCK_LINE, READ_BACK
from .foreign import ForeignGraph
from .json_in import JSONRefused, parse_json_text
from .xml_in import XmlUnits, child, children, line_of, local, namespace, text_of

Row = dict[str, Any]
Tables = dict[str, list[Row]]
DERIVED = "derived: the app computes it again from what it reads back"
ACTOR_RENAME = {"base_x": "x", "base_y": "y"}
PRESENCE_RENAME = {"presence_note": "note", "presence_evidence_id": "evidence_id"}
STATE_RENAME = {"state_evidence_id": "evidence_id"}
# Values on an element that are read back but are no column of its table.
_EXTRA_NODE = {"role_evidence"}
_EXTRA_EDGE = {"votes"}


def has_block(description: str) -> bool:
    return GEXF_BLOCK_LINE in description


def block_rows(text: str, path: Path, where: str) -> Tables:
    """The session block's tables as rows of their read-back columns."""
    try:
        doc = parse_json_text(text)
    except JSONRefused as exc:
        raise ImportFileError(path, f"the session block is damaged ({exc.reason})", where) from None
    tables = doc.get("tables") if isinstance(doc, dict) and doc.get("exchange") == EXCHANGE_NAME else None
    if not isinstance(tables, dict):
        raise ImportFileError(path, "the session block is not the app's exchange data", where)
    out: Tables = {}
    for name, table in tables.items():
        if name not in READ_BACK or not isinstance(table, dict):
            continue
        cols, rows = table.get("columns"), table.get("rows")
        if not isinstance(cols, list) or not isinstance(rows, list) or \
                not all(isinstance(r, list) and len(r) == len(cols) for r in rows):
            raise ImportFileError(path, f"the session block's table {name!r} is damaged", where)
        out[name] = [{c: v for c, v in zip(cols, r) if c in READ_BACK[name]} for r in rows]
    return out


def _id(value: Any) -> Any:
    """An id as the session block types it (an XML attribute or GraphML data is text), so the
    same actor, phase or relation is one key whichever part of the file names it."""
    if isinstance(value, str) and value.strip().lstrip("-").isdigit():
        return int(value.strip())
    return value


class Rows:
    """Rows per table, each once (the same row may stand in several GraphML files)."""

    def __init__(self) -> None:
        self.tables: Tables = {}
        self.seen: dict[str, set[str]] = {}

    def add(self, table: str, row: Row) -> None:
        row = {k: _id(v) if k.endswith("_id") and k != "original_id" else v
               for k, v in row.items()}
        key = repr(sorted(row.items(), key=lambda kv: kv[0]))
        seen = self.seen.setdefault(table, set())
        if key not in seen:
            seen.add(key)
            self.tables.setdefault(table, []).append(row)

    def merge(self, tables: Tables) -> None:
        for name, rows in tables.items():
            for row in rows:
                self.add(name, row)

    def first(self, table: str, key: str, row: Row) -> None:
        """Add ``row`` unless a row with the same ``key`` value is already there."""
        if not any(r.get(key) == _id(row.get(key)) for r in self.tables.get(table, [])):
            self.add(table, row)


def _columns(table: str, values: dict[str, Any], rename: dict[str, str]) -> Row:
    """The row of ``table`` in an element's values. A column a renamed value fills is taken
    from that value only: a GraphML node holds the actor's ``note`` and ``x`` beside the
    presence's ``presence_note`` and ``x``, which ``base_x`` stands apart from."""
    targets = set(rename.values())
    named: dict[str, Any] = {}
    for k, v in values.items():
        if k in rename:
            named[rename[k]] = v
        elif k not in targets:
            named[k] = v
    return {c: named.get(c) for c in READ_BACK[table] if c in named}


def is_read_back(table: str, name: str, rename: dict[str, str], extra: Iterable[str] = ()) -> bool:
    return rename.get(name, name) in READ_BACK[table] or name in extra


def presence_rows(rows: Rows, aid: Any, pid: Any, values: dict[str, Any],
                  base: tuple[Any, Any]) -> None:
    """One presence row (and its roles rows) from an element's values for one phase."""
    row = _columns("presence", {**values, "actor_id": aid, "phase_id": pid}, PRESENCE_RENAME)
    row.setdefault("x", base[0])
    row.setdefault("y", base[1])
    recorded = values.get("state_recorded")
    row["state_recorded"] = not (recorded is False or str(recorded).strip().lower() == "false")
    rows.add("presence", row)
    evidence: dict[str, Any] = {}
    if values.get("role_evidence"):
        try:
            doc = parse_json_text(str(values["role_evidence"]))
            evidence = doc if isinstance(doc, dict) else {}
        except JSONRefused:
            evidence = {}
    if row["state_recorded"]:
        for role in [r for r in str(values.get("roles") or "").split(";") if r.strip()]:
            rows.add("roles", {"actor_id": aid, "phase_id": pid, "role": role,
                               "evidence_id": evidence.get(role)})


def vote_rows(rows: Rows, rid: Any, pid: Any, text: str, path: Path, where: str) -> None:
    try:
        votes = parse_json_text(text)
    except JSONRefused as exc:
        raise ImportFileError(path, f"the votes are damaged ({exc.reason})", where) from None
    if not isinstance(votes, list) or not all(isinstance(v, dict) for v in votes):
        raise ImportFileError(path, "the votes are not a list of votes", where)
    for v in votes:
        rows.add("scores", {"relation_id": rid, "phase_id": pid,
                            "participant_id": v.get("participant_id"),
                            "participant": v.get("participant"),
                            **{k: v.get(k) for k in ("trust", "commitment", "interdependence",
                                                     "interdependence_back", "time", "evidence_id")}})


def complete(rows: Rows) -> None:
    """A presence row for every actor and phase, and a relation state row for every relation
    and phase, as the tidy tables have them: a pair the file says nothing of holds the
    session's default, unrecorded (the builder records nothing for it)."""
    meta = {r.get("key"): r.get("value") for r in rows.tables.get("meta", [])}
    default = str(meta.get("presence_default") or "absent")
    phases = [p.get("phase_id") for p in rows.tables.get("phases", [])]
    have = {(r.get("actor_id"), r.get("phase_id")) for r in rows.tables.get("presence", [])}
    for a in rows.tables.get("actors", []):
        for pid in phases:
            if (a.get("actor_id"), pid) not in have:
                rows.add("presence", {"actor_id": a.get("actor_id"), "phase_id": pid,
                                      "state": default, "state_recorded": False,
                                      "x": a.get("x"), "y": a.get("y")})
    have = {(r.get("relation_id"), r.get("phase_id")) for r in rows.tables.get("relation_phases", [])}
    for r in rows.tables.get("relations", []):
        for pid in phases:
            if (r.get("relation_id"), pid) not in have:
                rows.add("relation_phases", {"relation_id": r.get("relation_id"), "phase_id": pid,
                                             "recorded_state": ""})


def participants_by_name(rows: Rows) -> None:
    """A vote that names its participant but not the id gets the id from the name."""
    ids = {p.get("name"): p.get("participant_id") for p in rows.tables.get("participants", [])}
    for s in rows.tables.get("scores", []):
        if s.get("participant_id") in (None, ""):
            s["participant_id"] = ids.get(s.get("participant"))
        s.pop("participant", None)


# -- GEXF -----------------------------------------------------------------------------------------
def read_app_gexf(path: Path, root: Any, out: ForeignGraph, u: XmlUnits, description: Any) -> None:
    """The app's dynamic GEXF into ``out.tables``."""
    ledger = out.ledger
    text = text_of(description)
    block = text.split(GEXF_BLOCK_LINE, 1)[1].strip()
    rows = Rows()
    rows.merge(block_rows(block, path, line_of(description)))
    ledger.imported(u.tree(description), "description with the session block")
    meta = description.getparent()
    ledger.imported(u.tree(meta), "<meta> element (the app's name and the file's date)")
    ledger.imported(u.take(root, all_attributes=True), "<gexf> document")
    number_to_id = {p.get("phase_number"): p.get("phase_id") for p in rows.tables.get("phases", [])}
    numbers = sorted(n for n in number_to_id if isinstance(n, int))
    g = child(root, "graph")
    if g is None:
        raise ImportFileError(path, "the GEXF file has no <graph> element", line_of(root))
    ledger.imported(u.take(g, all_attributes=True), "<graph> element (the timeline)")
    for block_el in children(g, "attributes"):
        ledger.imported(u.tree(block_el), "attribute declarations")
    actor_of: dict[str, Any] = {}
    nodes = child(g, "nodes")
    for el in (children(nodes, "node") if nodes is not None else []):
        static, dynamic = _gexf_values(el, u, ledger, "node", numbers)
        aid = static.get("actor_id")
        actor_of[el.get("id", "")] = aid
        rows.first("actors", "actor_id", _columns("actors", static, ACTOR_RENAME))
        base = (static.get("base_x"), static.get("base_y"))
        for n in numbers:
            presence_rows(rows, aid, number_to_id[n], dynamic.get(n, {}), base)
        ledger.imported(u.take(el, "id", "label"), "node (an actor)")
        _spells_and_viz(el, u, ledger)
    edges = child(g, "edges")
    for el in (children(edges, "edge") if edges is not None else []):
        static, dynamic = _gexf_values(el, u, ledger, "edge", numbers)
        rid = static.get("relation_id")
        ends = {"source_id": actor_of.get(el.get("source", "")),
                "target_id": actor_of.get(el.get("target", ""))}
        rows.first("relations", "relation_id", _columns("relations", {**static, **ends}, {}))
        for n in numbers:
            values = dynamic.get(n, {})
            pid = number_to_id[n]
            if values.get("recorded_state"):
                rows.add("relation_phases", _columns("relation_phases", {
                    **values, "relation_id": rid, "phase_id": pid}, STATE_RENAME))
            if values.get("votes"):
                vote_rows(rows, rid, pid, str(values["votes"]), path, line_of(el))
        ledger.imported(u.take(el, all_attributes=True), "edge (a relation)")
        _spells_and_viz(el, u, ledger)
    for wrapper in (nodes, edges):
        if wrapper is not None:
            ledger.imported(u.take(wrapper, all_attributes=True), f"<{local(wrapper)}> element")
    participants_by_name(rows)
    complete(rows)
    out.tables = rows.tables


def _gexf_values(el: Any, u: XmlUnits, ledger: Any, cls: str,
                 numbers: list[int]) -> tuple[dict[str, Any], dict[int, dict[str, Any]]]:
    """An element's static values and its values per phase number, each attvalue booked."""
    table, rename, extra = (("actors", ACTOR_RENAME, ()) if cls == "node" else
                            ("relations", {}, ()))
    per_table, per_rename, per_extra = (("presence", PRESENCE_RENAME, _EXTRA_NODE) if cls == "node"
                                        else ("relation_phases", STATE_RENAME, _EXTRA_EDGE))
    static: dict[str, Any] = {}
    dynamic: dict[int, dict[str, Any]] = {}
    block = child(el, "attvalues")
    if block is not None:
        ledger.imported(u.take(block), "<attvalues> element")
    for av in (children(block, "attvalue") if block is not None else []):
        name, value = av.get("for", ""), av.get("value", "")
        start, end = av.get("start"), av.get("end")
        took = u.take(av, all_attributes=True)
        if start is None and end is None:
            keep = is_read_back(table, name, rename, extra)
            static[name] = value
        else:
            keep = is_read_back(per_table, name, per_rename, per_extra)
            lo = int(start) if start is not None else min(numbers, default=0)
            hi = int(end) if end is not None else max(numbers, default=0)
            for n in numbers:
                if lo <= n <= hi:
                    dynamic.setdefault(n, {})[name] = value
        if keep:
            ledger.imported(took, f"{cls} attribute '{name}'")
        else:
            ledger.skipped(took, f"{cls} attribute '{name}'", DERIVED, line_of(av))
    return static, dynamic


def _spells_and_viz(el: Any, u: XmlUnits, ledger: Any) -> None:
    spells = child(el, "spells")
    if spells is not None:
        ledger.imported(u.tree(spells), "spells (the same phases as the states)")
    for v in el:
        if isinstance(v.tag, str) and "viz" in namespace(v):
            if local(v) == "position":
                ledger.imported(u.tree(v), "viz position (the base position again)")
            else:
                ledger.skipped(u.tree(v), f"viz:{local(v)}", "the colour of the actor's type, "
                               "drawn again from the type", line_of(v))


# -- GraphML --------------------------------------------------------------------------------------
def read_app_graphml(phases: list[Any], out: ForeignGraph) -> None:
    """The app's GraphML phase files (``graphml_in._Phase`` records) into ``out.tables``."""
    ledger, rows = out.ledger, Rows()
    for ph in phases:
        block = ph.data.get("workshop_exchange")
        if block:
            rows.merge(block_rows(str(block), ph.path, line_of(ph.graph)))
    for ph in phases:
        u = ph.units
        pid = ph.data.get("phase_id")
        ledger.imported(ph.data_units, "graph data (the phase and the session block)")
        ledger.imported(u.take(ph.graph, all_attributes=True), "<graph> element (a phase)")
        actor_of: dict[str, Any] = {}
        for el in children(ph.graph, "node"):
            values = _graphml_values(ph, el, "node")
            aid = values.get("actor_id")
            actor_of[el.get("id", "")] = aid
            rows.first("actors", "actor_id", _columns("actors", values, ACTOR_RENAME))
            presence_rows(rows, aid, pid, values, (values.get("base_x"), values.get("base_y")))
            ledger.imported(u.take(el, "id"), "node (an actor)")
        for el in children(ph.graph, "edge"):
            values = _graphml_values(ph, el, "edge")
            rid = values.get("relation_id")
            ends = {"source_id": actor_of.get(el.get("source", "")),
                    "target_id": actor_of.get(el.get("target", ""))}
            rows.first("relations", "relation_id", _columns("relations", {**values, **ends}, {}))
            if values.get("recorded_state"):
                rows.add("relation_phases", _columns("relation_phases", {
                    **values, "relation_id": rid, "phase_id": pid}, STATE_RENAME))
            if values.get("votes"):
                vote_rows(rows, rid, pid, str(values["votes"]), ph.path, line_of(el))
            ledger.imported(u.take(el, all_attributes=True), "edge (a relation)")
    participants_by_name(rows)
    complete(rows)
    out.tables = rows.tables


def _graphml_values(ph: Any, el: Any, cls: str) -> dict[str, Any]:
    specs = {**ph.keys.get("all", {}), **ph.keys.get(cls, {})}
    tables = (("actors", ACTOR_RENAME, ()), ("presence", PRESENCE_RENAME, _EXTRA_NODE)) \
        if cls == "node" else (("relations", {}, ()), ("relation_phases", STATE_RENAME, _EXTRA_EDGE))
    values: dict[str, Any] = {}
    for d in children(el, "data"):
        key = specs.get(d.get("key", ""))
        name = key.name if key is not None else d.get("key", "")
        values[name] = text_of(d)
        took: Counter[str] = ph.units.tree(d)
        if any(is_read_back(t, name, r, e) for t, r, e in tables):
            ph.units.ledger.imported(took, f"{cls} data '{name}'")
        else:
            ph.units.ledger.skipped(took, f"{cls} data '{name}'", DERIVED, line_of(d))
    return values


__all__ = ["has_block", "block_rows", "read_app_gexf", "read_app_graphml", "Rows"]
