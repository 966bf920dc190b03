"""Edge lists and node lists from spreadsheets (CSV).

An edges file (source, target and optionally kind, direction, scores, anything else) and
optionally a nodes file (id, label, type, anything else); common column names from other
tools are accepted (``from``/``to``, ``nodeID``, ``name``...). One phase (no time). Kumu's
JSON lives in ``kumu_in.py``.
"""

from __future__ import annotations

import csv
from pathlib import Path

from ...domain.wording import count
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
            out.notes.append(f"{count(duplicates, 'repeated node id')} in {nodes_path.name}: the first row "
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


__all__ = ["read_csv_pair"]
