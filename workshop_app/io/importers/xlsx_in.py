"""Excel workbooks (``.xlsx``): Kumu and Gephi spreadsheets, edge lists, adjacency matrices.

Read with openpyxl in read-only mode (rows streamed, formulas as their last computed value).
Each sheet is judged by its header: a sheet with source and target columns (``From``/``To``
in Kumu's "Connections", ``Source``/``Target`` in Gephi's edges table) is an edge list, a
sheet with an id or label column (Kumu's "Elements", Gephi's nodes table) lists actors, a
square sheet whose first column repeats the header is an adjacency matrix. Several edge
sheets, or several matrices, are one phase each, named by the sheet, in the workbook's
order; one edge sheet with a phase column is a long list (see ``sheets.py``). Any other
sheet is listed as left out, cell by cell. A workbook written by this app (its tidy tables)
is read back by ``own_tables.py`` instead.

openpyxl is imported by the first workbook read, as ``tabular.py`` does for the first written:
the format table imports every importer at start-up, which has no use for it.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path
from typing import Any, Callable

from ...domain.wording import count
from ..errors import ImportFileError
from .foreign import ForeignEdge, ForeignGraph, ForeignNode
from .report import units
from .sheets import ID_COLUMNS, LABEL_COLUMNS, SOURCE_COLUMNS, TARGET_COLUMNS, Phases, Sheet, \
    filled, is_matrix, is_symmetric, place_phase_rows, place_phased_edges, presence_from_edges, read_edges, \
    read_matrix, read_nodes

MAX_ROWS = 1_000_000  # Excel's own limit is 1,048,576 rows
NODE_SHEETS = ("elements", "nodes", "actors", "vertices", "node list", "nodes table")


def _cell(value: Any) -> Any:
    """A cell as the importer reads it: dates as ISO text, the rest as openpyxl gives it."""
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, str):
        return value.strip()
    return value


def read_sheets(path: Path) -> list[Sheet]:
    """Every non-empty sheet of the workbook, header first (blank rows above it skipped)."""
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    if path.suffix.lower() == ".xls":
        raise ImportFileError(path, "an Excel 97-2003 workbook (.xls): save it as .xlsx (Excel "
                              "Workbook) and import that")
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, OSError) as exc:
        reason = getattr(exc, "strerror", None) or "not an Excel workbook (.xlsx), or a damaged one"
        raise ImportFileError(path, reason) from None
    sheets: list[Sheet] = []
    try:
        for ws in book.worksheets:
            rows = []
            for number, row in enumerate(ws.iter_rows(values_only=True), start=1):
                if number > MAX_ROWS:
                    raise ImportFileError(path, f"sheet {ws.title!r} has more than {MAX_ROWS:,} "
                                          "rows")
                cells = [_cell(v) for v in row]
                if any(filled(c) for c in cells):
                    rows.append((number, cells))
            if not rows:
                continue
            width = max(max((i + 1 for i, c in enumerate(cells) if filled(c)), default=0)
                        for _, cells in rows)
            header_row, header_cells = rows[0]
            header = [str(c).strip() if filled(c) else f"column {i + 1}"
                      for i, c in enumerate((header_cells + [None] * width)[:width])]
            body = [(n, (cells + [None] * width)[:width]) for n, cells in rows[1:]]
            sheets.append(Sheet(path, ws.title, header, body, _place(header_row),
                                label=f"sheet {ws.title!r}"))
    finally:
        book.close()
    return sheets


def _place(header_row: int) -> Callable[[int, int], str]:
    from openpyxl.utils import get_column_letter

    def place(row: int, col: int) -> str:
        if col < 0:
            return f"row {header_row if row <= 1 else row}"
        return f"cell {get_column_letter(col + 1)}{row}"
    return place


def _is_edges(sheet: Sheet) -> bool:
    return sheet.column(SOURCE_COLUMNS) is not None and sheet.column(TARGET_COLUMNS) is not None


def _is_nodes(sheet: Sheet) -> bool:
    return not _is_edges(sheet) and (sheet.column(ID_COLUMNS) is not None
                                     or sheet.column(LABEL_COLUMNS) is not None)


def read_xlsx(path: Path, sheets: list[Sheet] | None = None) -> ForeignGraph:
    sheets = read_sheets(path) if sheets is None else sheets
    out = ForeignGraph(source=path, fmt="xlsx")
    edge_sheets = [s for s in sheets if _is_edges(s)]
    matrices = [s for s in sheets if not _is_edges(s) and is_matrix(s)]
    node_sheets = [s for s in sheets if s not in matrices and _is_nodes(s)]
    named = [s for s in node_sheets if s.name.strip().lower() in NODE_SHEETS]
    node_sheets = named or node_sheets[:1]  # Kumu's "Views" or a legend is not a list of actors
    if not edge_sheets and not matrices and not node_sheets:
        raise ImportFileError(path, "no sheet holds relations or actors: expected a sheet with "
                              "source and target columns (From/To, Source/Target), one with an "
                              "id or label column, or an adjacency matrix; found "
                              + ", ".join(f"{s.name!r}" for s in sheets) if sheets else
                              "the workbook is empty")
    for s in sheets:
        if s not in edge_sheets and s not in matrices and s not in node_sheets:
            s.expect(out)
            cells = s.cells()
            out.ledger.skipped(units(cell=cells), f"sheet {s.name!r}", "neither the actors, "
                               "the relations nor a matrix", s.label, items=max(cells, 1))
            out.notes.append(f"Sheet {s.name!r} was not read: it is neither the actors "
                             "(Elements, Nodes), the relations (source and target columns) "
                             "nor a matrix.")
    nodes: dict[str, ForeignNode] = {}
    phases = Phases()
    node_rows: list[tuple[Sheet, list]] = []
    for s in node_sheets:
        if nodes:
            out.notes.append(f"Sheet {s.name!r} also lists actors: read after "
                             f"{node_sheets[0].name!r}; a repeated id is named in the report.")
        node_rows.append((s, read_nodes(s, out, nodes, phases)))
    if matrices and not edge_sheets:
        found: dict = {}
        many = len(matrices) > 1
        symmetric = all(is_symmetric(s) for s in matrices)
        for p, s in enumerate(matrices):
            read_matrix(s, out, nodes, p if many else None, found, symmetric)
        if many:
            out.phases = [(s.name, "", "") for s in matrices]
            out.notes.append(f"{count(len(matrices), 'matrix sheet')}, one phase each, in the "
                             "workbook's order: " + ", ".join(s.name for s in matrices) + "; "
                             + ("every one symmetric: undirected relations." if symmetric else
                                "not all symmetric: directed relations, one per tie."))
        out.nodes, out.edges = list(nodes.values()), list(found.values())
        return out
    for s in matrices:
        s.expect(out)
        out.ledger.skipped(units(cell=s.cells()), f"matrix sheet {s.name!r}", "the workbook "
                           "has edge lists too; a matrix beside them is not read", s.label)
    by_label: dict[str, list[str]] = {}
    for nid, node in nodes.items():
        by_label.setdefault(node.label, []).append(nid)
    many = len(edge_sheets) > 1
    edges: list[ForeignEdge] = []
    phased = []
    for s in edge_sheets:
        rows = read_edges(s, out, nodes, nodes_given=bool(node_sheets), phases=phases,
                          by_label=by_label, phase_value=s.name if many else "")
        edges += rows.edges
        phased += rows.phased
    if phases.values:
        if many:
            index = {s.name: i for i, s in enumerate(edge_sheets)}
            out.phases = [(s.name, "", "") for s in edge_sheets]
            out.notes.append(f"{count(len(edge_sheets), 'edge sheet')}, one phase each, in the "
                             "workbook's order: " + ", ".join(s.name for s in edge_sheets) + ".")
        else:
            index = phases.settle(out, path)
        for s, rows_ in node_rows:
            place_phase_rows(s, rows_, index, out)
        placed = place_phased_edges(phased, index)
        edges += placed
        presence_from_edges(out, nodes, placed)
    out.nodes, out.edges = list(nodes.values()), edges
    return out


__all__ = ["read_xlsx", "read_sheets"]
