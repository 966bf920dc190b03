"""The app's own tidy tables read back: the research bundle's ``csv/`` folder (or a CSV export
of a session), and a ``tables.xlsx`` workbook.

These are not a foreign network but the session itself, one table per file or sheet
(docs/exchange.md, section 2): every column the document marks as read back is read and the
session is rebuilt with its own ids by ``tables_build.py``; the derived columns (names beside
ids, phase numbers, medians, classes, citations) and the edit log are listed in the report
as left out, since the app computes them again. Every non-empty cell is one ``cell`` unit.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from ..errors import ImportFileError
from ..exchange import READ_BACK
from .report import ImportReport, units
from .sheets import Sheet, filled
from .table_in import read_sheet

# The tables that make a folder or a workbook the app's own (docs/exchange.md, section 7).
SIGNATURE = ("meta", "phases", "actors", "presence", "relations")
DERIVED_REASON = "derived from the facts (names beside ids, counts, medians, classes, " \
                 "citations); the app computes it again"
LOG_REASON = "the exporting session's edit log; an imported session starts its own"


@dataclass
class OwnTable:
    """One table: its rows as column → value, the file they came from, and where row ``n``
    (and a column of it) sits in that file, for an error."""

    name: str
    file: Path
    rows: list[dict[str, Any]] = field(default_factory=list)
    where: Callable[[int, str | None], str] = lambda n, column: f"row {n + 1}"
    sheet: Sheet | None = None  # the CSV file or workbook sheet, when read from one


@dataclass
class OwnTables:
    """The tables of one source, by name; ``source`` is the folder or workbook."""

    source: Path
    fmt: str
    tables: dict[str, OwnTable] = field(default_factory=dict)

    def rows(self, name: str) -> list[tuple[int, dict[str, Any]]]:
        table = self.tables.get(name)
        return list(enumerate(table.rows)) if table is not None else []

    def fail(self, name: str, n: int, column: str | None, reason: str) -> ImportFileError:
        table = self.tables[name]
        return ImportFileError(table.file, reason, table.where(n, column))


def tables_from_rows(source: Path, fmt: str, rows: dict[str, list[dict[str, Any]]],
                     where: Callable[[str, int, str | None], str] | None = None) -> OwnTables:
    """Tables from rows read elsewhere (the app's GEXF or GraphML and their session block),
    for the one builder (``tables_build.build_from_tables``); ``where(table, n, column)``
    names a row's place in ``source`` for an error."""
    out = OwnTables(source, fmt)
    for name, table_rows in rows.items():
        out.tables[name] = OwnTable(name, source, list(table_rows),
                                    (lambda n, col, t=name: where(t, n, col)) if where else
                                    (lambda n, col, t=name: f"{t} row {n + 1}"))
    return out


def csv_folder(src: Path) -> Path | None:
    """The folder of the app's CSV tables in ``src`` (itself, or a bundle's ``csv/``)."""
    for folder in (src, src / "csv"):
        if folder.is_dir() and all((folder / f"{name}.csv").is_file() for name in SIGNATURE):
            return folder
    return None


def is_own_workbook(sheets: list[Sheet]) -> bool:
    names = {s.name for s in sheets}
    return all(name in names for name in SIGNATURE)


def _tables(source: Path, fmt: str, sheets: list[Sheet]) -> OwnTables:
    out = OwnTables(source, fmt)
    for sheet in sheets:
        def where(n: int, column: str | None, sheet: Sheet = sheet) -> str:
            col = sheet.header.index(column) if column in sheet.header else None
            return sheet.loc(sheet.rows[n][0], col)

        out.tables[sheet.name] = OwnTable(sheet.name, sheet.file,
                                          [dict(zip(sheet.header, cells)) for _, cells in sheet.rows],
                                          where, sheet)
    return out


def read_own_folder(src: Path) -> OwnTables:
    folder = csv_folder(src)
    if folder is None:
        raise ImportFileError(src, "not a folder of the app's tables: it needs "
                              + ", ".join(f"{n}.csv" for n in SIGNATURE))
    sheets = []
    for path in sorted(folder.glob("*.csv")):
        sheet = read_sheet(path)
        sheet.name = path.stem
        sheets.append(sheet)
    return _tables(folder, "tables", sheets)


def read_own_workbook(path: Path, sheets: list[Sheet]) -> OwnTables:
    return _tables(path, "tables", [s for s in sheets if s.name != "codebook"])


def account(tables: OwnTables, report: ImportReport) -> None:
    """Book every header and every non-empty cell: read-back columns as imported, derived
    columns and the log as left out with the reason, unknown tables and columns too."""
    ledger = report.ledger
    for name, table in tables.tables.items():
        sheet = table.sheet
        if sheet is None:  # rows read elsewhere: their reader accounts for them
            continue
        ledger.expect("column", len(sheet.header))
        ledger.imported(units(column=len(sheet.header)), "column header", items=len(sheet.header))
        wanted = READ_BACK.get(name)
        for i, column in enumerate(sheet.header):
            n = sum(1 for _, row in sheet.rows if filled(row[i]))
            if not n:
                continue
            ledger.expect("cell", n)
            where = f"{sheet.label} column '{column}'"
            if wanted is None:
                ledger.skipped(units(cell=n), f"table '{name}'", "not a table of the app's "
                               "exchange format", where, items=n)
            elif name == "events":
                ledger.skipped(units(cell=n), "edit log", LOG_REASON, where, items=n)
            elif column in wanted or _fact_source_column(name, column):
                ledger.imported(units(cell=n), f"table '{name}'", items=n)
            else:
                ledger.skipped(units(cell=n), "derived column", DERIVED_REASON,
                               f"{name}.{column}", items=n)


def _fact_source_column(table: str, column: str) -> bool:
    """A per-fact evidence column of the presence table (``influence_evidence_id``...)."""
    return table == "presence" and column.endswith("_evidence_id")


__all__ = ["OwnTables", "OwnTable", "SIGNATURE", "tables_from_rows", "csv_folder", "is_own_workbook",
           "read_own_folder", "read_own_workbook", "account"]
