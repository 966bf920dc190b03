"""The tidy tables as CSV files and as one XLSX workbook.

CSV: one UTF-8 file per table, a header row, no index column, empty cell for "not scored",
``True``/``False`` for booleans; text is written exactly as typed (CSV can hold anything).
The Excel-friendly variant (``excel=True``) starts with a byte order mark, so Excel reads the
file as UTF-8, and puts a ``'`` before any text that begins with ``= + - @``, a tab or a
carriage return, so a spreadsheet shows it instead of running it as a formula (OWASP's advice
against CSV injection); numbers are left as they are. That changes text, so the bundle's
lossless CSV files never use it.
XLSX: one sheet per table with a bold, frozen header row and a filter, plus a "codebook"
sheet, streamed by openpyxl's write-only mode (rows go to disk as they are added, so a big
session does not sit in memory twice). Text is cleaned for XML and cut at Excel's 32,767
characters per cell, and that is reported; a text that Excel would read as a formula or an
error value ("=cmd", "#N/A") is stored as text.

Both writers call ``tick(rows)`` every few thousand rows: the research bundle reports its
progress there, and a ``tick`` that raises stops the export (nothing is left: see atomic.py).

openpyxl (and numpy, which it loads) is imported by the first workbook written, not with this
module: the format table imports every exporter, and start-up has no use for a quarter of a
second of spreadsheet library. The functions below that need it import it themselves.
"""

from __future__ import annotations

import csv
import errno
import gc
import math
import os
import sys
import tempfile
import zipfile
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Mapping

from ..domain.textsafe import XLSX_CELL_LIMIT, TextLog, has_xml_illegal
from ..session.tables import Table
from .codebook import TABLES
from .codebook import codebook as make_codebook

if TYPE_CHECKING:  # pragma: no cover
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font

Tables = Mapping[str, Table]
Tick = Callable[[int], None]

CHUNK_ROWS = 5_000  # rows between two ticks: a few tenths of a second of XLSX at most


def _no_tick(rows: int) -> None:
    """The ``tick`` of a caller that does not follow progress."""


def table_columns(name: str, rows: Table) -> list[str]:
    """Column order of a table: the rows' own keys, else the codebook's (empty tables)."""
    return list(rows[0]) if rows else list(TABLES[name]["columns"])


def _chunks(rows: Table, columns: list[str]) -> Iterator[list[tuple[Any, ...]]]:
    """The rows as tuples of these columns, a chunk at a time."""
    get = itemgetter(*columns) if len(columns) > 1 else (lambda row: (row[columns[0]],))
    for start in range(0, len(rows), CHUNK_ROWS):
        yield list(map(get, rows[start:start + CHUNK_ROWS]))


# -- CSV ------------------------------------------------------------------------------------
# What a spreadsheet reads as the start of a formula (OWASP, "CSV injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def excel_text(value: Any) -> Any:
    """A cell as the Excel-friendly CSV writes it: formula-like text behind a ``'``."""
    if type(value) is str and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _excel_chunk(chunk: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """The chunk with formula-like text neutralised; most chunks hold none and pass as they are."""
    if not any(type(v) is str and v.startswith(FORMULA_STARTS) for row in chunk for v in row):
        return chunk
    return [tuple(map(excel_text, row)) for row in chunk]


def write_csv_table(rows: Table, columns: Iterable[str], path: Path, *,
                    tick: Tick = _no_tick, excel: bool = False) -> Path:
    """One table as CSV (the header is written even when there are no rows).

    The csv module writes ``None`` as an empty cell and numbers as Python prints them;
    booleans come out as ``True``/``False``, which pandas and R read as booleans.
    ``excel``: the Excel-friendly variant (byte order mark, formula-like text neutralised).
    """
    cols = list(columns)
    with open(path, "w", encoding="utf-8-sig" if excel else "utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(cols)
        if cols:
            for chunk in _chunks(rows, cols):
                w.writerows(_excel_chunk(chunk) if excel else chunk)
                tick(len(chunk))
    return path


def write_csv(tables: Tables, out_dir: Path, *, tick: Tick = _no_tick,
              excel: bool = False) -> list[Path]:
    """Every table as ``<table>.csv`` in ``out_dir``."""
    return [write_csv_table(rows, table_columns(name, rows), out_dir / f"{name}.csv", tick=tick,
                            excel=excel)
            for name, rows in tables.items()]


# -- XLSX -----------------------------------------------------------------------------------
class _CellText:
    """What an XLSX cell may hold, decided once per distinct value of a column."""

    def __init__(self, sheet: Any, log: TextLog) -> None:
        self.sheet = sheet
        self.log = log

    def column(self, values: list[Any]) -> list[Any] | None:
        """The column as it goes into the sheet, or ``None`` when every value goes as it is
        (the usual case: checked on the column's joined text, in C)."""
        kinds = set(map(type, values))
        odd_float = float in kinds and not all(map(math.isfinite, filter(_is_float, values)))
        texts = [v for v in dict.fromkeys(values) if type(v) is str] if str in kinds else []
        if not odd_float and not (texts and self._needs_care(texts)):
            return None
        made = {v: self.value(v) for v in dict.fromkeys(values) if type(v) in (str, float)}
        return [made.get(v, v) if type(v) in (str, float) else v for v in values]

    def _needs_care(self, texts: list[str]) -> bool:
        if has_xml_illegal("".join(texts)) or max(map(len, texts)) > XLSX_CELL_LIMIT:
            return True
        return any(t[:1] in ("=", "#") for t in texts)

    def value(self, v: Any) -> Any:
        """One value as the cell holds it: non-finite numbers as their text, text cleaned
        and, where Excel would read it as a formula or an error value, marked as text."""
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.cell.cell import ERROR_CODES

        if type(v) is float:
            if math.isfinite(v):
                return v
            v = repr(v)
        text = self.log.cell(v)
        if (len(text) > 1 and text.startswith("=")) or text in ERROR_CODES:
            cell = WriteOnlyCell(self.sheet, text)
            cell.data_type = "s"
            # A styled cell is never reused by openpyxl for the next value of the row, so
            # this one cell can stand in every row; "quote prefix" is Excel's own "as text".
            cell.quotePrefix = True
            return cell
        return text


def _is_float(v: Any) -> bool:
    return type(v) is float


def _sheet_rows(rows: Table, columns: list[str], cells: _CellText) -> Iterator[list[tuple[Any, ...]]]:
    """The data rows of a sheet, cleaned column by column, a chunk at a time."""
    for chunk in _chunks(rows, columns):
        fixed = [cells.column(list(col)) for col in zip(*chunk)]
        if any(col is not None for col in fixed):
            originals = list(zip(*chunk))
            chunk = list(zip(*(f if f is not None else o for f, o in zip(fixed, originals))))
        yield chunk


def write_xlsx(tables: Tables, path: Path, *, title: str = "", score_scale: str | None = None,
               pseudonymised: bool = False, log: TextLog | None = None,
               tick: Tick = _no_tick) -> Path:
    """All tables in one workbook, one sheet each, plus the codebook sheet."""
    from openpyxl import Workbook

    log = log or TextLog()
    wb = Workbook(write_only=True)
    try:
        _with_scratch_errors(lambda: _fill(wb, tables, log, tick, title, score_scale, pseudonymised))
        _with_scratch_errors(lambda: _save(wb, path))
    except BaseException:
        _drop_scratch(wb)
        raise
    return path


def _fill(wb: Any, tables: Tables, log: TextLog, tick: Tick, title: str,
          score_scale: str | None, pseudonymised: bool) -> None:
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    bold = Font(bold=True)
    for name, rows in tables.items():
        ws = wb.create_sheet(name)
        cols = table_columns(name, rows)
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = f"A1:{get_column_letter(max(1, len(cols)))}{len(rows) + 1}"
        for i, col in enumerate(cols, start=1):
            ws.column_dimensions[get_column_letter(i)].width = min(40, max(10, len(col) + 2))
        ws.append([_header(ws, col, bold) for col in cols])
        cells = _CellText(ws, log)
        for chunk in _sheet_rows(rows, cols, cells):
            for row in chunk:
                ws.append(row)
            tick(len(chunk))

    book = make_codebook(tables, title=title, score_scale=score_scale, pseudonymised=pseudonymised)
    ws = wb.create_sheet("codebook")
    ws.freeze_panes = "A2"
    for letter, width in zip("ABCDE", (16, 24, 10, 90, 60)):
        ws.column_dimensions[letter].width = width
    ws.append([_header(ws, col, bold) for col in ("table", "column", "type", "meaning",
                                                  "allowed values")])
    wrap = Alignment(wrap_text=True, vertical="top")
    lines: list[list[str]] = []
    for tname, spec in book["tables"].items():
        lines.append([tname, "", "", spec["description"], ""])
        for col, entry in spec["columns"].items():
            lines.append([tname, col, entry["type"], entry["meaning"], "; ".join(entry.get("allowed", []))])
    lines.append([])
    lines.append(["scale", "", "", book["score_scale"]["description"], ""])
    lines.append(["scale", "", "", book["score_scale"]["missing"], ""])
    lines.append(["3C class", "", "", book["three_c_rule"], ""])
    lines.append(["evidence", "", "", book["evidence"], ""])
    for name, text in book["concepts"].items():
        if name != "papers":
            lines.append(["concept", name, "", text, ""])
    for key, text in book["papers"].items():
        lines.append(["paper", key, "", text, ""])
    lines.append(["pseudonymised", "", "", book["pseudonymisation"], ""])
    for line in lines:
        ws.append([*line[:3], *(_wrapped(ws, text, wrap) for text in line[3:])])


def _save(wb: Any, path: Path) -> None:
    """``wb.save(path)`` with the zip file closed whatever happens, so a full disk is one
    error here and not a second one when the half-written file is collected; level 1
    compresses the XML about as well at a third of the cost."""
    from openpyxl.writer.excel import ExcelWriter

    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, allowZip64=True,
                         compresslevel=1) as archive:
        ExcelWriter(wb, archive).write_data()


def _header(ws: Any, text: str, bold: "Font") -> "WriteOnlyCell":
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(ws, text)
    cell.font = bold
    return cell


def _wrapped(ws: Any, text: str, wrap: "Alignment") -> "WriteOnlyCell":
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(ws, text)
    cell.alignment = wrap
    return cell


def _with_scratch_errors(write: Callable[[], None]) -> None:
    """Run ``write``, with a full disk said as the OSError it is.

    openpyxl streams each sheet to a scratch file in the temporary folder, and lxml
    reports a failed write there as "IO_ENOSPC". The abandoned sheet stream then repeats the
    error when it is collected; that echo is dropped here, so the user sees one message,
    not a second traceback at exit.
    """
    from lxml import etree

    failure: OSError | None = None
    hook = sys.unraisablehook

    def quiet(args: Any) -> None:
        if not isinstance(args.exc_value, etree.SerialisationError):
            hook(args)

    sys.unraisablehook = quiet
    try:
        try:
            write()
        except etree.SerialisationError as exc:
            failure = _scratch_error(exc)
        if failure is not None:
            gc.collect()  # the half-written sheet stream goes now, while its echo is dropped
    finally:
        sys.unraisablehook = hook
    if failure is not None:
        raise failure


def _scratch_error(exc: Exception) -> OSError:
    name = str(exc).strip().removeprefix("IO_")
    code = getattr(errno, name, errno.EIO) if name.isupper() else errno.EIO
    return OSError(code, str(exc), str(Path(tempfile.gettempdir()) / "openpyxl scratch file"))


def _drop_scratch(wb: Any) -> None:
    """Remove the sheets' scratch files of a workbook that was never saved.

    openpyxl keeps each streamed sheet in a file of the temporary folder until ``save``
    copies it into the workbook; an export stopped before then (cancelled, disk full) would
    leave them there. openpyxl has no public call for this, hence its sheet writer here.
    """
    from lxml import etree

    for ws in wb.worksheets:
        writer = getattr(ws, "_writer", None)
        if writer is None:
            continue
        for stream in (getattr(ws, "_rows", None), getattr(writer, "xf", None)):
            if stream is None:
                continue
            try:
                stream.close()
            except (OSError, etree.Error, RuntimeError, StopIteration):
                continue  # the stream failed already; its file is removed below all the same
        try:
            os.remove(writer.out)
        except OSError:
            continue  # already saved into the workbook and removed, or never made


__all__ = ["write_csv", "write_csv_table", "write_xlsx", "table_columns", "excel_text",
           "FORMULA_STARTS", "CHUNK_ROWS", "Tick"]
