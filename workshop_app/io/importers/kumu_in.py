"""Kumu's JSON exports as a foreign network: ``elements``, ``connections`` and the first map.

Both the "Export JSON" backup and the simpler import blueprint are read. One phase (Kumu has
no time). The document's shape is checked once, in :func:`_checked_document`, before any of
it is read: every list the importer walks must be a list of objects, every id or reference
text or a number, so the reading below never meets a type it does not expect. Positions are
taken as the file gives them and judged by ``ForeignGraph.settle`` like every format's.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..errors import ImportFileError
from .foreign import ForeignEdge, ForeignGraph, ForeignNode, as_number
from .json_in import JSONRefused, parse_json_text, scalars
from .json_items import book, put
from .report import units

_REFERENCES = ("_id", "id", "from", "to", "element")


def _read_text(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFileError(path, "is not UTF-8 text", f"byte {exc.start}") from None
    except OSError as exc:
        raise ImportFileError(path, f"cannot be read ({exc.strerror or exc})") from None


def _objects(path: Path, value: Any, where: str, what: str) -> list[dict[str, Any]]:
    """``value`` as a list of JSON objects (``null`` or missing: empty); anything else refused."""
    if value is None:
        return []
    if not isinstance(value, list):
        raise ImportFileError(path, f"'{where.rsplit('.', 1)[-1]}' must be a list of {what}s, "
                              f"not {_kind(value)}", where)
    for n, item in enumerate(value):
        if not isinstance(item, dict):
            raise ImportFileError(path, f"{'an' if what[0] in 'aeiou' else 'a'} {what} is not a "
                                  f"JSON object but {_kind(item)}", f"{where}[{n}]")
    return value


def _kind(value: Any) -> str:
    names = {dict: "an object", list: "a list", str: "text", bool: "true or false",
             int: "a number", float: "a number", type(None): "null"}
    return names.get(type(value), type(value).__name__)


def _check_entry(path: Path, entry: dict[str, Any], where: str) -> None:
    """An element, connection or placement: scalar ids and references, object attributes."""
    for key in _REFERENCES:
        value = entry.get(key)
        if isinstance(value, (dict, list)):
            raise ImportFileError(path, f"'{key}' must be text or a number, not {_kind(value)}",
                                  f"{where}.{key}")
    attributes = entry.get("attributes")
    if attributes is not None and not isinstance(attributes, dict):
        raise ImportFileError(path, f"'attributes' must be an object, not {_kind(attributes)}",
                              f"{where}.attributes")


def _checked_document(path: Path) -> dict[str, Any]:
    """The parsed file, its shape checked: everything :func:`read_kumu` walks is known-typed."""
    text = _read_text(path)
    try:
        doc = parse_json_text(text)
    except JSONRefused as exc:
        raise ImportFileError(path, exc.reason, exc.where) from None
    if not isinstance(doc, dict) or not isinstance(doc.get("elements"), list):
        raise ImportFileError(path, "not a Kumu export: expected a JSON object with an "
                              "'elements' list (and a 'connections' list)")
    for key, what in (("elements", "element"), ("connections", "connection"), ("maps", "map")):
        for n, entry in enumerate(_objects(path, doc.get(key), key, what)):
            _check_entry(path, entry, f"{key}[{n}]")
    maps = doc.get("maps") or []
    if maps:
        for n, placed in enumerate(_objects(path, maps[0].get("elements"), "maps[0].elements",
                                            "placement")):
            _check_entry(path, placed, f"maps[0].elements[{n}]")
    return doc


def _text(value: Any) -> str:
    return str(_flat(value)).strip()


# What a Kumu project holds beside its network, and why the import leaves it out.
_PROJECT = {"proxyImages": "a Kumu display setting",
            "defaultPerspective": "which of Kumu's views opens first",
            "attributeRelevance": "which fields Kumu's editor offers for which element type",
            "attributes": "the definitions of Kumu's fields (their values are read on each "
                          "element and connection)",
            "loops": "Kumu's loops: a drawing over connections the import reads",
            "perspectives": "Kumu's views (styles and filters)"}
_DIRECTION_KEYS = ("direction", "reversed")


def read_kumu(path: Path) -> ForeignGraph:
    doc = _checked_document(path)
    out = ForeignGraph(source=path, fmt="kumu", title=_text(doc.get("name")))
    out.ledger.expect("value", scalars(doc))
    _project(out, doc)
    nodes: dict[str, ForeignNode] = {}
    by_label: dict[str, list[str]] = {}
    for n, el in enumerate(doc["elements"]):
        where = f"elements[{n}]"
        fields: dict[str, Any] = el["attributes"] if isinstance(el.get("attributes"), dict) else el
        eid = _text(el.get("_id") or el.get("id") or fields.get("label"))
        if not eid:
            raise ImportFileError(path, "an element has neither an id nor a label", where)
        label = _text(fields.get("label")) or eid
        node = ForeignNode(id=eid, label=label, where=where)
        node.carry("", units(value=sum(scalars(el[k]) for k in ("_id", "id") if k in el)), where)
        _fields(out, node, {k: v for k, v in el.items() if k not in ("_id", "id", "attributes")}
                if fields is el else fields, where)
        for key in el:
            if fields is not el and key not in ("_id", "id", "attributes"):
                book(out, el[key], "skipped", f"element '{key}'", "not one of Kumu's element "
                     "fields", f"{where}.{key}")
        if eid in nodes:
            raise ImportFileError(path, f"the element id {eid!r} repeats {nodes[eid].where}", where)
        nodes[eid] = node
        by_label.setdefault(label, []).append(eid)
    _positions(out, doc, nodes)
    for n, conn in enumerate(doc.get("connections") or []):
        out.edges.append(_connection(path, out, conn, f"connections[{n}]", nodes, by_label))
    out.nodes = list(nodes.values())
    return out


def _project(out: ForeignGraph, doc: dict[str, Any]) -> None:
    """The project's own entries: its name is the title, its description the phase's note,
    the rest (Kumu's settings and views) left out with the reason."""
    for key, value in doc.items():
        if key in ("elements", "connections", "maps"):
            continue
        if key == "name":
            book(out, value, "imported", "project name (the session's title)")
        elif key == "description" and _text(value):
            out.phases = [("Imported network", "", _text(value))]
            book(out, value, "mapped", "project description", "kept as the phase's note")
        elif key == "defaultMap":
            book(out, value, "imported", "the default map (its positions are read)")
        else:
            book(out, value, "skipped", f"project '{key}'", _PROJECT.get(key, "not part of the "
                 "network") if _text(value) or not isinstance(value, str) else "empty", key)


def _fields(out: ForeignGraph, item: Any, fields: dict[str, Any], where: str) -> None:
    for key, value in fields.items():
        if _flat(value) == "":
            book(out, value, "skipped", f"field '{key}'", "empty", f"{where}.{key}")
        else:
            put(item, key, value, f"{where}.{key}")


def _positions(out: ForeignGraph, doc: dict[str, Any], nodes: dict[str, ForeignNode]) -> None:
    """Positions from the default map (``defaultMap``, else the first); other maps and the
    map's own view left out with the reason."""
    maps = doc.get("maps") or []
    chosen = next((i for i, m in enumerate(maps) if m.get("_id") == doc.get("defaultMap")), 0)
    for i, m in enumerate(maps):
        if i != chosen:
            book(out, m, "skipped", "map", "another map of the project; the default map's "
                 "positions are read", f"maps[{i}]")
            continue
        view = {key: value for key, value in m.items() if key != "elements"}
        book(out, view, "skipped", "the default map's own entries (" + ", ".join(view) + ")",
             "the map's view and notes, not the network", f"maps[{i}]")
        for n, placed in enumerate(m.get("elements") or []):
            where = f"maps[{i}].elements[{n}]"
            node = nodes.get(_text(placed.get("element")))
            for key, value in placed.items():
                if key == "position" and node is not None and node.x is None and value is not None:
                    node.position_where = f"{where}.position"
                    node.carry("@position", units(value=scalars(value)), f"{where}.position")
                    if isinstance(value, dict):
                        node.x, node.y = as_number(value.get("x")), as_number(value.get("y"))
                        rest = {k: v for k, v in value.items() if k not in ("x", "y")}
                        node.units["@position"] -= units(value=scalars(rest))
                        book(out, rest, "skipped", "position detail", "only x and y are read",
                             f"{where}.position")
                    else:
                        node.x = value  # not a position at all: settle() leaves it out, saying so
                elif key == "position" and value is None:
                    book(out, value, "skipped", "actor position", "empty (null)",
                         f"{where}.position")
                elif key in ("_id", "element") and node is not None:
                    book(out, value, "imported", "map placement")
                else:
                    book(out, value, "skipped", f"placement '{key}'",
                         "an element the file does not define" if node is None else
                         "Kumu's drawing of the element (only its position is read)", where)


def _connection(path: Path, out: ForeignGraph, conn: dict[str, Any], where: str,
                nodes: dict[str, ForeignNode], by_label: dict[str, list[str]]) -> ForeignEdge:
    cid = _text(conn.get("_id") or conn.get("id")) or where
    ends = []
    for side in ("from", "to"):
        ref = _text(conn.get(side))
        if ref in nodes:
            ends.append(ref)
        elif len(by_label.get(ref, [])) == 1:
            ends.append(by_label[ref][0])
        else:
            raise ImportFileError(path, f"connection {cid!r} refers to element {ref!r}, which "
                                  "the file does not define" + (" uniquely" if by_label.get(ref) else ""),
                                  where)
    fields = conn["attributes"] if isinstance(conn.get("attributes"), dict) else conn
    direction = _text(conn.get("direction") or fields.get("direction") or "directed").lower()
    src, tgt = ends
    if conn.get("reversed") is True:
        src, tgt = tgt, src
    edge = ForeignEdge(id=cid, source=src, target=tgt, directed=direction == "directed",
                       where=where)
    own = ("_id", "id", "from", "to")
    edge.carry("", units(value=sum(scalars(conn[k]) for k in own if k in conn)), where)
    for holder in (conn, fields) if fields is not conn else (conn,):
        for key in _DIRECTION_KEYS:
            if key in holder:
                edge.carry("@direction", units(value=scalars(holder[key])), f"{where}.{key}")
    if "delayed" in conn:
        book(out, conn["delayed"], "skipped", "connection 'delayed'", "Kumu's drawing of a "
             "delay on the connection", f"{where}.delayed")
    skip = (*own, "attributes", "delayed", *_DIRECTION_KEYS)
    if fields is conn:
        _fields(out, edge, {k: v for k, v in conn.items() if k not in skip}, where)
    else:
        _fields(out, edge, {k: v for k, v in fields.items() if k not in _DIRECTION_KEYS},
                f"{where}.attributes")
        for key in conn:
            if key not in skip:
                book(out, conn[key], "skipped", f"connection '{key}'", "not one of Kumu's "
                     "connection fields", f"{where}.{key}")
    return edge


def _flat(value: Any) -> Any:
    """Kumu field values as one cell: lists joined with ';', objects as JSON (nesting is
    bounded by ``json_in.MAX_DEPTH``, so this recursion is too)."""
    if value is None:
        return ""
    if isinstance(value, list):
        return ";".join(str(_flat(v)) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return value


__all__ = ["read_kumu"]
