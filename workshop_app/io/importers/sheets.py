"""Tables of actors and relations, from a CSV file or a workbook sheet, as a foreign network.

A :class:`Sheet` is a header and rows with their places, whichever file they came from;
this module reads nodes sheets, edge lists (one row per relation), long edge lists (a phase
column: one row per relation and phase) and adjacency matrices from sheets. Every non-empty
cell is a ``cell`` unit of the import report's ledger and every header a ``column``: cells
that carry an item's values travel with the item for the builder to settle; the rest (phase
values, matrix cells, direction, rows left out) are settled here with their place.

Phases from a phase column come in natural order when every value holds a number ("wave 2"
before "wave 10", 2019 before 2020), in the stages' order when every value names a stage
(design, pilot, ...), otherwise in the order they first appear; a mapping's ``phases`` list
overrides all three.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from ...domain import vocabulary as voc
from ...domain.wording import count
from ..errors import ImportFileError
from .foreign import ForeignEdge, ForeignGraph, ForeignNode, as_number, norm, parse_bool
from .vocabulary_map import infer_stage
from .report import units

SOURCE_COLUMNS = ("source", "from", "src", "source_id", "source_name", "start", "actor_a", "ego",
                  "sender", "origin")
TARGET_COLUMNS = ("target", "to", "dst", "target_id", "target_name", "end", "actor_b", "alter",
                  "receiver", "destination")
ID_COLUMNS = ("id", "node_id", "nodeid", "node", "key", "actor_id", "_id", "element_id")
EDGE_ID_COLUMNS = ("id", "edge_id", "relation_id", "connection_id", "_id", "key")
LABEL_COLUMNS = ("label", "name", "actor", "actor_name", "title")
PHASE_COLUMNS = ("phase", "phase_name", "wave", "period", "round", "stage", "timepoint",
                 "time_point", "year", "phase_number")
DIRECTION_WORDS = {"directed": True, "undirected": False, "mutual": False,
                   "bidirectional": False, "one way": True, "one-way": True}
_XY = (("x", "y"), ("layout_x", "layout_y"), ("cords_x", "cords_y"), ("pos_x", "pos_y"))
MAX_PHASES = 30  # a workshop session takes at most this many phases

@dataclass
class Sheet:
    """A table as read: header, rows (their number in the file and their cells, as many as
    the header) and how to name a cell's place for the report."""

    file: Path
    name: str
    header: list[str]
    rows: list[tuple[int, list[Any]]]
    place_of: Callable[[int, int], str]
    notes: list[str] = field(default_factory=list)
    label: str = ""  # how places name the file or sheet ("edges.csv", "sheet 'Edges'")

    def loc(self, row: int, col: int | None = None) -> str:
        """A cell's place within the file, for an error (which names the file already)."""
        return self.place_of(row, -1 if col is None else col)

    def place(self, row: int, col: int | None = None) -> str:
        """A cell's place with the file or sheet named, for the report's ledger."""
        return f"{self.label} {self.loc(row, col)}" if self.label else self.loc(row, col)

    def column(self, wanted: tuple[str, ...], *, skip: tuple[int, ...] = ()) -> int | None:
        """The index of the first header among ``wanted`` (by normalised name)."""
        by_norm: dict[str, int] = {}
        for i, h in enumerate(self.header):
            if i not in skip:
                by_norm.setdefault(norm(h), i)
        return next((by_norm[w] for w in wanted if w in by_norm), None)

    def cells(self) -> int:
        return sum(1 for _, row in self.rows for c in row if filled(c))

    def expect(self, graph: ForeignGraph) -> None:
        """Tell the ledger what this sheet holds and book the header cells as column names."""
        headers = sum(1 for h in self.header if h.strip())
        graph.ledger.expect("column", headers)
        graph.ledger.expect("cell", self.cells())
        if headers:
            graph.ledger.imported(units(column=headers), "column header", items=headers)


def filled(value: Any) -> bool:
    return value is not None and str(value).strip() != ""


def text(value: Any) -> str:
    """A cell as text: numbers that are whole print without '.0' (ids from spreadsheets)."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value).strip()


# -- phases ----------------------------------------------------------------------------------
def natural_key(value: str) -> tuple[Any, ...]:
    """'wave 10' after 'wave 2'; numbers compare as numbers, words as lower-case text."""
    parts = re.split(r"(\d+(?:\.\d+)?)", value.lower())
    return tuple((0, float(p), "") if re.fullmatch(r"\d+(?:\.\d+)?", p) else (1, 0.0, p.strip())
                 for p in parts if p.strip())


def phase_order(values: list[str]) -> tuple[list[str], str]:
    """Distinct phase values in their order, and the rule used (for the report)."""
    distinct = list(dict.fromkeys(values))
    if all(re.search(r"\d", v) for v in distinct):
        ordered = sorted(distinct, key=natural_key)
        return ordered, "natural order (the numbers in the values)"
    stages = [infer_stage(v) for v in distinct]
    if all(stages) and len(set(stages)) == len(stages):
        rank = list(voc.PHASE_KEYS)
        ordered = [v for _, v in sorted(zip((rank.index(s) for s in stages), distinct))]  # type: ignore[arg-type]
        return ordered, "the order of the stages (design, pilot, implementation, scaling, maintenance)"
    return distinct, "the order in which they first appear"


class Phases:
    """Phase values met in one or more sheets, turned into the graph's ordered phases."""

    def __init__(self) -> None:
        self.values: list[str] = []

    def add(self, value: str) -> None:
        self.values.append(value)

    def settle(self, graph: ForeignGraph, where: Path) -> dict[str, int]:
        ordered, rule = phase_order(self.values)
        if len(ordered) > MAX_PHASES:
            raise ImportFileError(where, f"the phase column holds {len(ordered)} different "
                                  f"values; a workshop session takes at most {MAX_PHASES} phases")
        graph.phases = [(v, "", "") for v in ordered]
        if len(ordered) > 1:
            graph.notes.append(f"{count(len(ordered), 'phase')} from the phase column, in {rule}: "
                               + ", ".join(ordered) + ".")
        return {v: i for i, v in enumerate(ordered)}


# -- nodes -------------------------------------------------------------------------------
def read_nodes(sheet: Sheet, graph: ForeignGraph, nodes: dict[str, ForeignNode],
               phases: Phases) -> list[tuple[ForeignNode, int, dict[str, Any], str]]:
    """Actors from a nodes sheet into ``nodes``; returns the rows that name a phase (node,
    row, values, phase value) for :func:`place_phase_rows` once the phases are known."""
    sheet.expect(graph)
    id_col = sheet.column(ID_COLUMNS)
    label_col = sheet.column(LABEL_COLUMNS)
    if id_col is None:
        id_col = label_col
    if id_col is None:
        raise ImportFileError(sheet.file, "no id column; expected one of: id, node_id, nodeID, "
                              f"name, label (found: {', '.join(sheet.header)})", sheet.loc(1))
    phase_col = sheet.column(PHASE_COLUMNS)
    xy = _xy_columns(sheet)
    seen: dict[str, int] = {}
    later: list[tuple[ForeignNode, int, dict[str, Any], str]] = []
    for line, row in sheet.rows:
        nid = text(row[id_col])
        if not nid:
            _skip_row(graph, sheet, line, row, "actor row", f"the {sheet.header[id_col]!r} cell "
                      "is empty: no actor to attach it to")
            continue
        phase = text(row[phase_col]) if phase_col is not None else ""
        values = {sheet.header[i]: v for i, v in enumerate(row)
                  if i not in (id_col, phase_col, *xy) and filled(v)}
        node = nodes.get(nid)
        if node is not None and not phase:
            first = seen.get(nid, node.where)
            _skip_row(graph, sheet, line, row, "actor row", f"the id {nid!r} repeats "
                      f"{_line_word(sheet)} {first}: the first row is used")
            graph.notes.append(f"Actor id {nid!r} in {sheet.name} on {_line_word(sheet)} {line} "
                               f"repeats {_line_word(sheet)} {first}; that row was left out.")
            continue
        if node is None:
            label = text(row[label_col]) if label_col is not None else ""
            node = nodes[nid] = ForeignNode(id=nid, label=label or nid, where=sheet.place(line))
            seen[nid] = line
            node.carry("", units(cell=1), sheet.place(line, id_col))
            _take_xy(sheet, node, line, row, xy, graph)
        else:  # another phase's row of the same actor: its id cell names the actor again
            node.carry("", units(cell=1), sheet.place(line, id_col))
            _take_xy(sheet, node, line, row, xy, graph)
        if phase:
            graph.ledger.imported(units(cell=1), "phase value")
            phases.add(phase)
            later.append((node, line, values, phase))
            continue
        for name, value in values.items():
            node.attrs[name] = value
            node.carry(name, units(cell=1), sheet.place(line, sheet.header.index(name)))
    return later


def place_phase_rows(sheet: Sheet, rows: list[tuple[ForeignNode, int, dict[str, Any], str]],
                     index: dict[str, int], graph: ForeignGraph) -> None:
    """Values of nodes rows that name a phase: per phase, and presence in those phases."""
    for node, line, values, phase in rows:
        p = index.get(phase)
        if p is None:
            graph.ledger.skipped(units(cell=len(values)), "actor row", f"its phase {phase!r} is "
                                 "not one of the phases (the edge sheets' names)", sheet.place(line))
            continue
        node.phases = (node.phases or set()) | {p}
        for name, value in values.items():
            node.dynamic.setdefault(name, {})[p] = value
            node.carry(name, units(cell=1), sheet.place(line, sheet.header.index(name)))


def _unit(sheet: Sheet) -> str:
    return "file" if _line_word(sheet) == "line" else "sheet"


def _line_word(sheet: Sheet) -> str:
    return "line" if sheet.file.suffix.lower() in (".csv", ".tsv", ".txt") else "row"


def _skip_row(graph: ForeignGraph, sheet: Sheet, line: int, row: list[Any], what: str,
              reason: str) -> None:
    n = sum(1 for c in row if filled(c))
    graph.ledger.skipped(units(cell=n), what, reason, sheet.place(line))


def _xy_columns(sheet: Sheet) -> tuple[int, ...]:
    for xk, yk in _XY:
        x, y = sheet.column((xk,)), sheet.column((yk,))
        if x is not None and y is not None:
            return (x, y)
    return ()


def _take_xy(sheet: Sheet, node: ForeignNode, line: int, row: list[Any], xy: tuple[int, ...],
             graph: ForeignGraph) -> None:
    """A position from x/y cells (decimal commas read); judged later by ``settle``."""
    if not xy:
        return
    cells = [row[i] for i in xy]
    n = sum(1 for c in cells if filled(c))
    if n == 0:
        return
    x, y = (as_number(str(c).replace(",", ".")) if isinstance(c, str) else as_number(c)
            for c in cells)
    if n == 1:
        graph.ledger.skipped(units(cell=1), "actor position", "only one of x and y is given",
                             sheet.place(line, xy[0] if filled(cells[0]) else xy[1]))
        return
    if "@position" in node.units:
        graph.ledger.skipped(units(cell=2), "actor position", "a later row of the same actor; "
                             "the position of its first row is used", sheet.place(line, xy[0]))
        return
    node.x, node.y = x, y
    node.position_where = sheet.place(line)
    node.carry("@position", units(cell=2), sheet.place(line, xy[0]))


# -- edges -------------------------------------------------------------------------------
@dataclass
class PhasedRow:
    """A row of a long edge list, kept until the phases are known."""

    line: int
    values: dict[str, Any]
    phase: str
    key: tuple[str, str, str]  # source, target, id
    directed: bool | None
    own_cells: int  # the source, target and id cells: they make the relation itself
    where: str
    places: dict[str, str]  # value name -> its cell's place


@dataclass
class EdgeRows:
    """What an edges sheet gave: the edges, and rows that name a phase (for later)."""

    edges: list[ForeignEdge] = field(default_factory=list)
    phased: list[PhasedRow] = field(default_factory=list)


def direction_column(sheet: Sheet, skip: tuple[int, ...]) -> int | None:
    """Gephi's ``Type`` column (and any ``direction``/``directed`` column) when every value
    in it says directed or undirected: it is the direction, never the relation kind."""
    for i, h in enumerate(sheet.header):
        if i in skip or norm(h) not in ("type", "direction", "directed", "edge_type"):
            continue
        values = {text(r[i]).lower() for _, r in sheet.rows if filled(r[i])}
        if values and all(v in DIRECTION_WORDS or parse_bool(v) is not None for v in values):
            if norm(h) == "type" and not values <= set(DIRECTION_WORDS):
                continue
            return i
    return None


def read_edges(sheet: Sheet, graph: ForeignGraph, nodes: dict[str, ForeignNode], *,
               nodes_given: bool, phases: Phases, by_label: dict[str, list[str]] | None = None,
               phase_value: str = "") -> EdgeRows:
    """Relations from an edges sheet. Ends are node ids (or unique labels); without a nodes
    sheet, an unknown end becomes an actor. ``phase_value`` puts the whole sheet in one phase
    (a workbook with one edges sheet per phase)."""
    sheet.expect(graph)
    src_col, tgt_col = sheet.column(SOURCE_COLUMNS), sheet.column(TARGET_COLUMNS)
    if src_col is None or tgt_col is None:
        raise ImportFileError(sheet.file, f"an edges {_unit(sheet)} needs a source and a target column "
                              "(accepted: source/from/src and target/to/dst; optional: kind/type, "
                              "directed, trust, commitment, interdependence, phase); found: "
                              f"{', '.join(sheet.header)}", sheet.loc(1))
    phase_col = None if phase_value else sheet.column(PHASE_COLUMNS, skip=(src_col, tgt_col))
    dir_col = direction_column(sheet, (src_col, tgt_col))
    id_col = sheet.column(EDGE_ID_COLUMNS, skip=(src_col, tgt_col))
    out = EdgeRows()
    direction_cells = 0
    for line, row in sheet.rows:
        ends = []
        for col in (src_col, tgt_col):
            end = text(row[col])
            if not end:
                raise ImportFileError(sheet.file, f"the {sheet.header[col]!r} cell is empty",
                                      sheet.loc(line, col))
            ends.append(_resolve(sheet, end, col, line, nodes, nodes_given, by_label or {}))
        directed: bool | None = None
        if dir_col is not None and filled(row[dir_col]):
            word = text(row[dir_col]).lower()
            directed = DIRECTION_WORDS.get(word, parse_bool(word))
            direction_cells += 1
        values = {sheet.header[i]: v for i, v in enumerate(row)
                  if i not in (src_col, tgt_col, phase_col, dir_col, id_col) and filled(v)}
        eid = text(row[id_col]) if id_col is not None and filled(row[id_col]) else ""
        phase = phase_value or (text(row[phase_col]) if phase_col is not None else "")
        if phase:
            if not phase_value:
                graph.ledger.imported(units(cell=1), "phase value")
            phases.add(phase)
            own = sum(1 for i in (src_col, tgt_col, id_col) if i is not None and filled(row[i]))
            out.phased.append(PhasedRow(
                line, values, phase, (ends[0], ends[1], eid), directed, own, sheet.place(line),
                {name: sheet.place(line, sheet.header.index(name)) for name in values}))
            continue
        edge = ForeignEdge(id=eid or f"{sheet.name} {_line_word(sheet)} {line}", source=ends[0],
                           target=ends[1], attrs=dict(values), directed=directed,
                           where=sheet.place(line))
        _carry(sheet, edge, line, row, (src_col, tgt_col, id_col), values)
        out.edges.append(edge)
    if direction_cells:
        graph.ledger.mapped(units(cell=direction_cells), "direction cell",
                            f"column {sheet.header[dir_col]!r} (directed/undirected) read as "  # type: ignore[index]
                            "the relation's direction, not its kind", sheet.name,
                            items=direction_cells)
    return out


def _resolve(sheet: Sheet, end: str, col: int, line: int, nodes: dict[str, ForeignNode],
             nodes_given: bool, by_label: dict[str, list[str]]) -> str:
    if end in nodes:
        return end
    if len(by_label.get(end, [])) == 1:
        return by_label[end][0]
    if nodes_given:
        raise ImportFileError(sheet.file, f"{sheet.header[col]} {end!r} is not a node in the "
                              "nodes table" + (" (its label is not unique)" if by_label.get(end) else ""),
                              sheet.loc(line))
    nodes[end] = ForeignNode(id=end, label=end, where=sheet.place(line, col))
    return end


def _carry(sheet: Sheet, item: ForeignEdge, line: int, row: list[Any],
           own: tuple[int | None, ...], values: dict[str, Any]) -> None:
    n = sum(1 for i in own if i is not None and filled(row[i]))
    item.carry("", units(cell=n), sheet.place(line))
    for name in values:
        item.carry(name, units(cell=1), sheet.place(line, sheet.header.index(name)))


def place_phased_edges(rows: list[PhasedRow], index: dict[str, int]) -> list[ForeignEdge]:
    """Rows of a long edge list as relations present in the phases their rows name.

    A relation is the same across phases when its ends and id (or, without an id column,
    its ends and kind) agree; a second row for the same relation and phase is a parallel
    relation, never merged into the first.
    """
    out: list[ForeignEdge] = []
    open_for: dict[tuple[str, str, str], list[ForeignEdge]] = {}
    for row in rows:
        p = index[row.phase]
        where = row.where
        kind = next((str(v) for k, v in row.values.items()
                     if norm(k) in ("kind", "relation_type", "relation_kind")), "")
        key = (row.key[0], row.key[1], row.key[2] or kind)
        edge = next((e for e in open_for.get(key, []) if p not in (e.phases or set())), None)
        if edge is None:
            edge = ForeignEdge(id=row.key[2] or where, source=row.key[0], target=row.key[1],
                               phases=set(), directed=row.directed, where=where)
            open_for.setdefault(key, []).append(edge)
            out.append(edge)
        assert edge.phases is not None
        edge.phases.add(p)
        if row.directed is not None:
            edge.directed = row.directed
        edge.carry("", units(cell=row.own_cells), where)
        for name, value in row.values.items():
            edge.dynamic.setdefault(name, {})[p] = value
            edge.carry(name, units(cell=1), row.places[name])
            edge.unit_places.setdefault(f"{name}#{p}", row.places[name])  # each phase's own cell
    return out


def presence_from_edges(graph: ForeignGraph, nodes: dict[str, ForeignNode],
                        edges: list[ForeignEdge]) -> None:
    """Actors without phase rows of their own take part in the phases whose rows name them
    (the other phases stay 'not described', never 'absent')."""
    named: dict[str, set[int]] = {}
    for e in edges:
        for end in (e.source, e.target):
            named.setdefault(end, set()).update(e.phases or set())
    for nid, node in nodes.items():
        if node.phases is None and nid in named:
            node.phases = set(named[nid])
        elif node.phases is None:
            node.phases = set()


# -- matrices --------------------------------------------------------------------------------
def is_matrix(sheet: Sheet) -> bool:
    """A square table whose first column repeats the header's labels (the corner empty or a
    word): an adjacency matrix, not an edge list."""
    labels = [text(h) for h in sheet.header[1:]]
    rows = [text(r[0]) for _, r in sheet.rows]
    if len(labels) < 1 or not all(labels) or len(set(labels)) != len(labels):
        return False
    if sheet.column(SOURCE_COLUMNS) is not None and sheet.column(TARGET_COLUMNS) is not None:
        return False
    return sorted(rows) == sorted(labels)


def _grid(sheet: Sheet) -> tuple[list[str], dict[str, tuple[int, list[Any]]]]:
    return [text(h) for h in sheet.header[1:]], {text(r[0]): (line, r[1:]) for line, r in sheet.rows}


def is_symmetric(sheet: Sheet) -> bool:
    """Whether the matrix has a tie from a to b exactly where it has one from b to a."""
    labels, grid = _grid(sheet)
    return all(_tie(grid[a][1][j]) == _tie(grid[b][1][i])
               for i, a in enumerate(labels) for j, b in enumerate(labels))


def read_matrix(sheet: Sheet, graph: ForeignGraph, nodes: dict[str, ForeignNode],
                phase: int | None, edges: dict[tuple[str, str, bool], ForeignEdge],
                symmetric: bool | None = None) -> None:
    """Ties of an adjacency matrix: each non-zero cell is a relation from its row's actor to
    its column's actor with the cell as its ``weight``; a symmetric matrix gives one
    undirected relation per pair (``symmetric``: decided over several sheets at once, so a
    relation keeps one direction in every phase). ``phase`` places the sheet in one phase."""
    sheet.expect(graph)
    labels, grid = _grid(sheet)
    for label in labels:
        if label not in nodes:
            nodes[label] = ForeignNode(id=label, label=label, phases=None if phase is None else set(),
                                       where=sheet.place(1, labels.index(label) + 1))
        if phase is not None and nodes[label].phases is not None:
            nodes[label].phases.add(phase)  # type: ignore[union-attr]
    # The row labels repeat the header's: they are the same actors, named twice.
    graph.ledger.mapped(units(cell=len(grid)), "row label", "the same actors as the column "
                        "headers", sheet.name, items=len(grid))
    if symmetric is None:
        symmetric = is_symmetric(sheet)
    zeros = mirrored = 0
    for i, a in enumerate(labels):
        line, cells = grid[a]
        for j, b in enumerate(labels):
            cell = cells[j]
            if not filled(cell):
                continue
            if not _tie(cell):
                zeros += 1
                continue
            if symmetric and j < i:
                mirrored += 1
                continue
            key = (a, b, symmetric)
            edge = edges.get(key)
            if edge is None:
                edge = edges[key] = ForeignEdge(id=f"{a}→{b}", source=a, target=b,
                                                directed=not symmetric,
                                                phases=None if phase is None else set(),
                                                where=sheet.place(line, j + 1))
            weight = _weight(cell)
            if phase is None:
                edge.attrs["weight"] = weight
            else:
                assert edge.phases is not None
                edge.phases.add(phase)
                edge.dynamic.setdefault("weight", {})[phase] = weight
            edge.carry("weight", units(cell=1), sheet.place(line, j + 1))
    if zeros:
        graph.ledger.mapped(units(cell=zeros), "matrix cell", "0: no relation", sheet.name,
                            items=zeros)
    if mirrored:
        graph.ledger.mapped(units(cell=mirrored), "matrix cell", "the same tie as the cell "
                            "across the diagonal (a symmetric matrix: one undirected relation)",
                            sheet.name, items=mirrored)
    if symmetric and phase is None:
        graph.notes.append(f"{sheet.name}: a symmetric matrix, read as undirected relations "
                           "(one per pair).")


def _weight(cell: Any) -> Any:
    """A matrix cell as the relation's weight: a number where it is one (a decimal comma
    read), whole numbers without '.0'; other marks ('x', 'yes') as written."""
    number = as_number(cell.replace(",", ".")) if isinstance(cell, str) else as_number(cell)
    if isinstance(number, float) and math.isfinite(number):
        return int(number) if number.is_integer() else number
    return cell


def _tie(cell: Any) -> bool:
    """A matrix cell that says there is a tie: anything but empty, 0 or false."""
    if not filled(cell):
        return False
    number = as_number(str(cell).replace(",", ".")) if isinstance(cell, str) else as_number(cell)
    if isinstance(number, float):
        return number != 0
    return parse_bool(cell) is not False


__all__ = ["Sheet", "Phases", "EdgeRows", "PhasedRow", "read_nodes", "read_edges", "read_matrix",
           "is_matrix", "is_symmetric", "place_phase_rows", "place_phased_edges", "presence_from_edges",
           "phase_order", "natural_key", "filled", "text", "SOURCE_COLUMNS", "TARGET_COLUMNS"]
