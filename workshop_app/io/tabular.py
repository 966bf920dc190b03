"""The tidy tables as CSV files and as one XLSX workbook.

CSV: one UTF-8 file per table, a header row, no index column, empty cell for "not scored",
``True``/``False`` for booleans; text is written exactly as typed (CSV can hold anything).
XLSX: one sheet per table with a bold, frozen header row and a filter, plus a "codebook"
sheet. openpyxl builds the workbook (styles, sheets, codebook); the data rows of the large
sheets are streamed into its sheet parts, because openpyxl writes about 80,000 cells a second
and a big session has two million (see ``_stream_rows``). Text is cleaned for XML and cut at
Excel's 32,767 characters per cell, and that is reported.
"""

from __future__ import annotations

import csv
import io
import math
import re
import zipfile
from pathlib import Path
from operator import itemgetter
from typing import Any, Iterable

from lxml import etree

from .codebook import codebook as make_codebook
from .textsafe import TextLog
from .xmlwrite import XmlEscaper

Tables = dict[str, list[dict[str, Any]]]

_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def write_csv_table(rows: list[dict[str, Any]], columns: Iterable[str], path: Path) -> Path:
    """One table as CSV (the header is written even when there are no rows).

    The csv module already writes ``None`` as an empty cell and numbers as Python prints
    them; booleans come out as ``True``/``False``, which pandas and R read as booleans.
    """
    cols = list(columns)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(cols)
        if len(cols) == 1:
            w.writerows((r[cols[0]],) for r in rows)
        elif cols:
            w.writerows(map(itemgetter(*cols), rows))
    return path


def table_columns(name: str, rows: list[dict[str, Any]]) -> list[str]:
    """Column order of a table: the rows' own keys, else the codebook's (empty tables)."""
    from .codebook import TABLES

    return list(rows[0]) if rows else list(TABLES[name]["columns"])


def write_csv(tables: Tables, out_dir: Path) -> list[Path]:
    """Every table as ``<table>.csv`` in ``out_dir``."""
    return [write_csv_table(rows, table_columns(name, rows), out_dir / f"{name}.csv")
            for name, rows in tables.items()]


# -- XLSX ---------------------------------------------------------------------------------
def _column_letter(i: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(i)


class _Cells:
    """SpreadsheetML for cell values; text goes to the shared-strings table once per string
    (shared strings are never read as formulas, so "=cmd" stays text)."""

    def __init__(self, log: TextLog, base: int) -> None:
        self.log = log
        self.esc = XmlEscaper(log, "XLSX")
        self.base = base
        self.index: dict[str, int] = {}
        self.shared: list[str] = []

    def cell(self, v: Any) -> str:
        if v is None:
            return "<c/>"
        if v is True:
            return '<c t="b"><v>1</v></c>'
        if v is False:
            return '<c t="b"><v>0</v></c>'
        if isinstance(v, int):
            return f"<c><v>{v}</v></c>"
        if isinstance(v, float):
            if math.isfinite(v):
                return f"<c><v>{v!r}</v></c>"
            v = repr(v)
        text = str(v)
        idx = self.index.get(text)
        if idx is None:
            idx = self.index[text] = self.base + len(self.shared)
            body = self.esc.text(self.log.cell(text))
            space = ' xml:space="preserve"' if body != body.strip() else ""
            self.shared.append(f"<si><t{space}>{body}</t></si>")
        return f'<c t="s"><v>{idx}</v></c>'


class _ColumnCache(dict):  # type: ignore[type-arg]
    """Cell XML per value of one column, made on first use.

    A column's values share one type, so ``True`` and ``1`` never meet in one cache; looking
    cells up through ``dict.__getitem__`` keeps the per-cell loop in C.
    """

    def __init__(self, make: Any) -> None:
        super().__init__()
        self.make = make

    def __missing__(self, value: Any) -> str:
        made = self[value] = self.make(value)
        return made


def _stream_rows(rows: list[dict[str, Any]], columns: list[str], cells: _Cells) -> Iterable[str]:
    caches = [_ColumnCache(cells.cell) for _ in columns]
    lookup = dict.__getitem__
    pick = itemgetter(*columns) if len(columns) > 1 else (lambda r: (r[columns[0]],))
    for i, values in enumerate(map(pick, rows), start=2):
        yield f'<row r="{i}">{"".join(map(lookup, caches, values))}</row>'


def write_xlsx(tables: Tables, path: Path, *, title: str = "", score_scale: str | None = None,
               pseudonymised: bool = False, log: TextLog | None = None) -> Path:
    """All tables in one workbook, one sheet each, plus the codebook sheet."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    log = log or TextLog()
    wb = Workbook()
    wb.remove(wb.active)
    bold = Font(bold=True)
    layout: dict[str, tuple[list[str], list[dict[str, Any]]]] = {}
    for name, rows in tables.items():
        ws = wb.create_sheet(name)
        cols = table_columns(name, rows)
        ws.append(cols)
        for c in ws[1]:
            c.font = bold
        ws.freeze_panes = "A2"
        last = _column_letter(max(1, len(cols)))
        ws.auto_filter.ref = f"A1:{last}{len(rows) + 1}"
        for i, col in enumerate(cols, start=1):
            ws.column_dimensions[_column_letter(i)].width = min(40, max(10, len(col) + 2))
        layout[name] = (cols, rows)

    book = make_codebook(tables, title=title, score_scale=score_scale, pseudonymised=pseudonymised)
    ws = wb.create_sheet("codebook")
    ws.append(["table", "column", "type", "meaning", "allowed values"])
    for c in ws[1]:
        c.font = bold
    ws.freeze_panes = "A2"
    for tname, spec in book["tables"].items():
        ws.append([tname, "", "", spec["description"], ""])
        for col, entry in spec["columns"].items():
            ws.append([tname, col, entry["type"], entry["meaning"], "; ".join(entry.get("allowed", []))])
    ws.append([])
    ws.append(["scale", "", "", book["score_scale"]["description"], ""])
    ws.append(["scale", "", "", book["score_scale"]["missing"], ""])
    ws.append(["3C class", "", "", book["three_c_rule"], ""])
    ws.append(["pseudonymised", "", "", book["pseudonymisation"], ""])
    for letter, width in zip("ABCDE", (16, 24, 10, 90, 60)):
        ws.column_dimensions[letter].width = width
    for row in ws.iter_rows(min_col=4, max_col=5):
        for c in row:
            c.alignment = Alignment(wrap_text=True, vertical="top")

    buffer = io.BytesIO()
    wb.save(buffer)
    _fill_sheets(buffer, path, layout, log)
    return path


def _sheet_parts(zin: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name -> part name inside the package, read from the workbook's relationships."""
    wb = etree.fromstring(zin.read("xl/workbook.xml"))
    rels = etree.fromstring(zin.read("xl/_rels/workbook.xml.rels"))
    target = {r.get("Id"): r.get("Target") for r in rels.iter(f"{{{_PKG_REL_NS}}}Relationship")}
    out: dict[str, str] = {}
    for sheet in wb.iter(f"{{{_MAIN_NS}}}sheet"):
        t = target[sheet.get(f"{{{_REL_NS}}}id")]
        out[sheet.get("name")] = t.lstrip("/") if t.startswith("/") else f"xl/{t}"
    return out


_DIMENSION = re.compile(r'<dimension ref="[^"]*"/>')


_COUNTS = re.compile(r'\s(?:count|uniqueCount)="\d+"')


def _fill_sheets(buffer: io.BytesIO, path: Path,
                 layout: dict[str, tuple[list[str], list[dict[str, Any]]]], log: TextLog) -> None:
    """Copy openpyxl's package to ``path``, adding the data rows to each table's sheet and
    their text to the shared-strings table."""
    buffer.seek(0)
    with zipfile.ZipFile(buffer) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED,
                                                         compresslevel=1) as zout:
        parts = _sheet_parts(zin)
        by_part = {parts[name]: name for name in layout}
        names = set(zin.namelist())
        sst = zin.read(_SST).decode("utf-8") if _SST in names else _EMPTY_SST
        base = len(etree.fromstring(sst.encode("utf-8")).findall(f"{{{_MAIN_NS}}}si"))
        cells = _Cells(log, base)
        for info in zin.infolist():
            name = by_part.get(info.filename)
            if info.filename == _SST:
                continue
            data = zin.read(info.filename)
            if _SST not in names and info.filename in (_TYPES, _WB_RELS):
                data = _register_shared_strings(info.filename, data)
            if name is None or not layout[name][1]:
                zout.writestr(info, data)
                continue
            cols, rows = layout[name]
            head, sep, tail = data.decode("utf-8").partition("</sheetData>")
            if not sep:
                raise RuntimeError(f"unexpected sheet layout from openpyxl in {info.filename}")
            ref = f"A1:{_column_letter(len(cols))}{len(rows) + 1}"
            head = _DIMENSION.sub(f'<dimension ref="{ref}"/>', head, count=1)
            with zout.open(info.filename, "w") as fh:
                _write_text(fh, [head], _stream_rows(rows, cols, cells), [sep + tail])
        total = base + len(cells.shared)
        head, sep, tail = sst.partition("</sst>")
        opening_end = head.index(">", head.index("<sst")) + 1
        opening = _COUNTS.sub("", head[:opening_end - 1]).rstrip("/")
        opening += f' count="{total}" uniqueCount="{total}">'
        if not sep:  # an empty, self-closed <sst/>
            sep, tail = "</sst>", ""
        with zout.open(_SST, "w") as fh:
            _write_text(fh, [opening + head[opening_end:]], iter(cells.shared), [sep + tail])


_SST = "xl/sharedStrings.xml"
_TYPES = "[Content_Types].xml"
_WB_RELS = "xl/_rels/workbook.xml.rels"
_EMPTY_SST = f'<sst xmlns="{_MAIN_NS}"></sst>'
_SST_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
_SST_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings"


def _register_shared_strings(part: str, data: bytes) -> bytes:
    """Declare a new shared-strings part in the content types and workbook relationships."""
    root = etree.fromstring(data)
    if part == _TYPES:
        ns = root.nsmap[None]
        etree.SubElement(root, f"{{{ns}}}Override", PartName="/" + _SST, ContentType=_SST_TYPE)
    else:
        taken = {r.get("Id") for r in root}
        rid = next(f"rId{n}" for n in range(1, len(taken) + 2) if f"rId{n}" not in taken)
        etree.SubElement(root, f"{{{_PKG_REL_NS}}}Relationship", Id=rid, Type=_SST_REL,
                         Target="sharedStrings.xml")
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _write_text(fh: Any, first: list[str], middle: Iterable[str], last: list[str]) -> None:
    out = io.TextIOWrapper(fh, encoding="utf-8", newline="")
    out.write("".join(first))
    chunk: list[str] = []
    for piece in middle:
        chunk.append(piece)
        if len(chunk) >= 4000:
            out.write("".join(chunk))
            chunk.clear()
    out.write("".join(chunk))
    out.write("".join(last))
    out.flush()
    out.detach()


__all__ = ["write_csv", "write_csv_table", "write_xlsx", "table_columns"]
