"""Edge lists and node lists from spreadsheets (CSV) and Kumu's JSON exports.

CSV: an edges file (source, target and optionally kind, direction, scores, anything else)
and optionally a nodes file (id, label, type, anything else); common column names from
other tools are accepted (``from``/``to``, ``nodeID``, ``name``...). Kumu: the "Export JSON"
backup and the simpler import blueprint, ``elements`` and ``connections``; positions come from
the first map. One phase in both cases (these formats have no time).
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from typing import Any

from ..errors import ImportFileError
from .foreign import ForeignEdge, ForeignGraph, ForeignNode, norm

SOURCE_COLUMNS = ("source", "from", "src", "source_id", "source_name", "start", "actor_a", "ego")
TARGET_COLUMNS = ("target", "to", "dst", "target_id", "target_name", "end", "actor_b", "alter")
ID_COLUMNS = ("id", "node_id", "nodeid", "node", "key", "actor_id", "_id")
LABEL_COLUMNS = ("label", "name", "actor", "actor_name", "title")


def _read_rows(path: Path) -> tuple[list[str], list[tuple[int, dict[str, str]]]]:
    """Header and rows (with their line numbers) of a CSV file, delimiter sniffed."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ImportFileError(path, f"cannot be read ({exc.strerror or exc})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFileError(path, "is not UTF-8 text; save it as 'CSV UTF-8' and try again",
                              f"byte {exc.start}") from None
    lines = text.splitlines()
    if not lines or not lines[0].strip():
        raise ImportFileError(path, "the file is empty; it needs a header row", "line 1")
    first = lines[0]
    delimiter = max((",", ";", "\t"), key=first.count)
    reader = csv.reader(text.splitlines(keepends=True), delimiter=delimiter)
    try:
        header = [h.strip() for h in next(reader)]
        rows = []
        for row in reader:
            if not any(cell.strip() for cell in row):
                continue
            if len(row) > len(header):
                raise ImportFileError(path, f"the row has {len(row)} cells but the header only "
                                      f"{len(header)}", f"line {reader.line_num}")
            rows.append((reader.line_num, dict(zip(header, [c for c in row] + [""] * (len(header) - len(row))))))
    except csv.Error as exc:
        raise ImportFileError(path, f"not a readable CSV file ({exc})", f"line {reader.line_num}") from None
    return header, rows


def _pick(header: list[str], wanted: tuple[str, ...]) -> str | None:
    by_norm = {norm(h): h for h in header}
    return next((by_norm[w] for w in wanted if w in by_norm), None)


def read_csv_pair(edges_path: Path, nodes_path: Path | None) -> ForeignGraph:
    out = ForeignGraph(source=edges_path, fmt="csv")
    nodes: dict[str, ForeignNode] = {}
    if nodes_path is not None:
        header, rows = _read_rows(nodes_path)
        id_col = _pick(header, ID_COLUMNS) or _pick(header, LABEL_COLUMNS)
        if id_col is None:
            raise ImportFileError(nodes_path, "no id column; expected one of: id, node_id, nodeID, "
                                  f"name, label (found: {', '.join(header)})", "line 1")
        label_col = _pick(header, LABEL_COLUMNS)
        duplicates = 0
        for line, row in rows:
            nid = row[id_col].strip()
            if not nid:
                raise ImportFileError(nodes_path, f"the {id_col!r} cell is empty", f"line {line}")
            if nid in nodes:
                duplicates += 1
                continue
            attrs = {k: v for k, v in row.items() if k != id_col and v.strip() != ""}
            node = ForeignNode(id=nid, label=(row[label_col].strip() if label_col else "") or nid,
                               attrs=attrs, where=f"line {line}")
            _take_xy(node)
            nodes[nid] = node
        if duplicates:
            out.notes.append(f"{duplicates} repeated node id(s) in {nodes_path.name}: the first row "
                             "of each was used.")
    header, rows = _read_rows(edges_path)
    src_col, tgt_col = _pick(header, SOURCE_COLUMNS), _pick(header, TARGET_COLUMNS)
    if src_col is None or tgt_col is None:
        raise ImportFileError(edges_path, "an edges file needs a source and a target column "
                              "(accepted: source/from/src and target/to/dst; optional: kind/type, "
                              f"directed, trust, commitment, interdependence); found: "
                              f"{', '.join(header)}", "line 1")
    for line, row in rows:
        src, tgt = row[src_col].strip(), row[tgt_col].strip()
        for end, col in ((src, src_col), (tgt, tgt_col)):
            if not end:
                raise ImportFileError(edges_path, f"the {col!r} cell is empty", f"line {line}")
            if end not in nodes:
                if nodes_path is not None:
                    raise ImportFileError(edges_path, f"{col} {end!r} is not a node in "
                                          f"{nodes_path.name}", f"line {line}")
                nodes[end] = ForeignNode(id=end, label=end, where=f"line {line}")
        attrs = {k: v for k, v in row.items() if k not in (src_col, tgt_col) and v.strip() != ""}
        out.edges.append(ForeignEdge(id=f"line {line}", source=src, target=tgt, attrs=attrs,
                                     where=f"line {line}"))
    out.nodes = list(nodes.values())
    return out


def _take_xy(node: ForeignNode) -> None:
    cols = {norm(k): k for k in node.attrs}
    for xk, yk in (("x", "y"), ("layout_x", "layout_y"), ("cords_x", "cords_y")):
        if xk in cols and yk in cols:
            try:
                x, y = float(node.attrs[cols[xk]]), float(node.attrs[cols[yk]])
            except ValueError:
                continue
            scale = 600.0 if abs(x) <= 1 and abs(y) <= 1 else 1.0  # unit-square layouts
            node.x, node.y = x * scale, y * scale
            del node.attrs[cols[xk]], node.attrs[cols[yk]]
            return


_HALF = re.compile("[\ud800-\udfff]")


def _no_half_characters(path: Path, doc: Any) -> None:
    """JSON can spell half a character (a lone ``\\ud800`` escape); no session file can
    store one, so the file is refused here with its place rather than failing on saving."""
    found = _HALF.search(json.dumps(doc, ensure_ascii=False))
    if found is not None:
        escape = f"\\u{ord(found.group()):04x}"
        text = path.read_text(encoding="utf-8-sig").lower()
        at = text.find(escape)
        raise ImportFileError(path, f"holds half a character (a lone {escape} escape), which "
                              "a session cannot store", f"line {text.count(chr(10), 0, at) + 1}"
                              if at >= 0 else None)


def read_kumu(path: Path) -> ForeignGraph:
    try:
        doc = json.loads(path.read_text(encoding="utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise ImportFileError(path, "is not UTF-8 text", f"byte {exc.start}") from None
    except json.JSONDecodeError as exc:
        raise ImportFileError(path, f"not valid JSON ({exc.msg})",
                              f"line {exc.lineno}, column {exc.colno}") from None
    _no_half_characters(path, doc)
    if not isinstance(doc, dict) or not isinstance(doc.get("elements"), list):
        raise ImportFileError(path, "not a Kumu export: expected a JSON object with an "
                              "'elements' list (and a 'connections' list)")
    out = ForeignGraph(source=path, fmt="kumu", title=str(doc.get("name") or ""))
    nodes: dict[str, ForeignNode] = {}
    by_label: dict[str, list[str]] = {}
    for n, el in enumerate(doc["elements"]):
        if not isinstance(el, dict):
            raise ImportFileError(path, "an element is not a JSON object", f"elements[{n}]")
        fields: dict[str, Any] = el["attributes"] if isinstance(el.get("attributes"), dict) else el
        eid = str(el.get("_id") or el.get("id") or fields.get("label") or "").strip()
        if not eid:
            raise ImportFileError(path, "an element has neither an id nor a label", f"elements[{n}]")
        label = str(fields.get("label") or eid)
        attrs = {k: _flat(v) for k, v in fields.items()
                 if k not in ("_id", "id", "label", "attributes") and _flat(v) != ""}
        nodes[eid] = ForeignNode(id=eid, label=label, attrs=attrs, where=f"elements[{n}]")
        by_label.setdefault(label, []).append(eid)
    for m in doc.get("maps") or []:
        for placed in (m.get("elements") or []) if isinstance(m, dict) else []:
            node = nodes.get(str(placed.get("element")))
            pos = placed.get("position") or {}
            if node is not None and node.x is None and "x" in pos and "y" in pos:
                node.x, node.y = float(pos["x"]), float(pos["y"])
        break  # the first (default) map only
    for n, conn in enumerate(doc.get("connections") or []):
        where = f"connections[{n}]"
        if not isinstance(conn, dict):
            raise ImportFileError(path, "a connection is not a JSON object", where)
        cid = str(conn.get("_id") or conn.get("id") or where)
        ends = []
        for side in ("from", "to"):
            ref = str(conn.get(side) or "")
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
        direction = str(conn.get("direction") or fields.get("direction") or "directed").lower()
        src, tgt = ends
        if conn.get("reversed") is True:
            src, tgt = tgt, src
        out.edges.append(ForeignEdge(id=cid, source=src, target=tgt, attrs=attrs,
                                     directed=direction == "directed", where=where))
    extras = [f"{len(doc[k])} {k}" for k in ("loops", "perspectives") if doc.get(k)]
    if extras:
        out.notes.append("Not imported (Kumu presentation only): " + ", ".join(extras) + ".")
    out.nodes = list(nodes.values())
    return out


def _flat(value: Any) -> Any:
    """Kumu field values as one cell: lists joined with ';', objects as JSON."""
    if value is None:
        return ""
    if isinstance(value, list):
        return ";".join(str(_flat(v)) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, ensure_ascii=False)
    return value


__all__ = ["read_csv_pair", "read_kumu"]
