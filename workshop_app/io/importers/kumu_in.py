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
from .json_in import JSONRefused, parse_json_text

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


def read_kumu(path: Path) -> ForeignGraph:
    doc = _checked_document(path)
    out = ForeignGraph(source=path, fmt="kumu", title=_text(doc.get("name")))
    nodes: dict[str, ForeignNode] = {}
    by_label: dict[str, list[str]] = {}
    for n, el in enumerate(doc["elements"]):
        fields: dict[str, Any] = el["attributes"] if isinstance(el.get("attributes"), dict) else el
        eid = _text(el.get("_id") or el.get("id") or fields.get("label"))
        if not eid:
            raise ImportFileError(path, "an element has neither an id nor a label", f"elements[{n}]")
        label = _text(fields.get("label")) or eid
        attrs = {k: _flat(v) for k, v in fields.items()
                 if k not in ("_id", "id", "label", "attributes") and _flat(v) != ""}
        nodes[eid] = ForeignNode(id=eid, label=label, attrs=attrs, where=f"elements[{n}]")
        by_label.setdefault(label, []).append(eid)
    maps = doc.get("maps") or []
    placements = (maps[0].get("elements") or []) if maps else []  # the first (default) map
    for n, placed in enumerate(placements):
        node = nodes.get(_text(placed.get("element")))
        pos = placed.get("position")
        if node is None or pos is None or node.x is not None or node.y is not None:
            continue
        node.position_where = f"maps[0].elements[{n}].position"
        if isinstance(pos, dict):
            node.x, node.y = as_number(pos.get("x")), as_number(pos.get("y"))
        else:
            node.x = pos  # not a position at all: settle() leaves it out and says so
    for n, conn in enumerate(doc.get("connections") or []):
        where = f"connections[{n}]"
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
        attrs = {k: _flat(v) for k, v in fields.items()
                 if k not in ("_id", "id", "from", "to", "attributes", "direction", "reversed",
                              "delayed") and _flat(v) != ""}
        direction = _text(conn.get("direction") or fields.get("direction") or "directed").lower()
        src, tgt = ends
        if conn.get("reversed") is True:
            src, tgt = tgt, src
        out.edges.append(ForeignEdge(id=cid, source=src, target=tgt, attrs=attrs,
                                     directed=direction == "directed", where=where))
    extras = [f"{len(doc[k])} {k}" for k in ("loops", "perspectives")
              if isinstance(doc.get(k), list) and doc[k]]
    if extras:
        out.notes.append("Not imported (Kumu presentation only): " + ", ".join(extras) + ".")
    out.nodes = list(nodes.values())
    return out


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
