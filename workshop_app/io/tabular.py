"""The tidy tables as CSV files and as one XLSX workbook.

CSV: one UTF-8 file per table, a header row, no index column, empty cell for "not scored",
``True``/``False`` for booleans; text is written exactly as typed (CSV can hold anything).
XLSX: one sheet per table with a bold, frozen header row and a filter, plus a "codebook"
sheet. openpyxl builds the workbook (styles, sheets, codebook); the data rows of the large
sheets are streamed into its sheet parts, because openpyxl writes about 80,000 cells a second
and a big session has two million (see ``_Cells``). Text is cleaned for XML and cut at
Excel's 32,767 characters per cell, and that is reported.

Both formats work a column at a time, with one conversion per distinct value, so that the
loop over the cells stays in C (a bundle of a big session writes some four million cells).
"""

from __future__ import annotations

import csv
import io
import math
import queue
import re
import threading
import zipfile
from itertools import chain, filterfalse, islice, repeat
from pathlib import Path
from typing import Any, Iterable, Iterator, Mapping

from lxml import etree

from ..session.tables import Table, column_names, column_values
from .codebook import codebook as make_codebook
from ..domain.textsafe import XLSX_CELL_LIMIT, TextLog, has_xml_illegal
from .xmlwrite import escape_texts
from .codebook import TABLES

Tables = Mapping[str, Table]

_REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL_NS = "http://schemas.openxmlformats.org/package/2006/relationships"
_MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def write_csv_table(rows: Table, columns: Iterable[str], path: Path) -> Path:
    """One table as CSV (the header is written even when there are no rows).

    The csv module already writes ``None`` as an empty cell and numbers as Python prints
    them; booleans come out as ``True``/``False``, which pandas and R read as booleans.
    Tables of several columns go column by column (see ``_csv_fields``), several times
    faster than the csv writer's cell-by-cell loop, writing the same bytes.
    """
    cols = list(columns)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(cols)
        if not len(rows) or not cols:
            return path
        values = column_values(rows, cols)
        fields = _csv_fields(values) if len(cols) > 1 else None
        if fields is None:
            w.writerows(zip(*values))
            return path
        del values
        lines = map(",".join, zip(*fields))
        while chunk := list(islice(lines, _CHUNK_ROWS)):
            chunk.append("")
            fh.write("\n".join(chunk))
    return path


_CHUNK_ROWS = 20_000
_PRESERVE = ' xml:space="preserve"'
_NUMBER_TYPES = {bool, int, float}
_PLAIN_TYPES = {str, type(None), bool, int, float}
_CSV_SPECIAL = (",", '"', "\n", "\r")


class _LastLine:
    """A file-like target that keeps only the last line the csv writer wrote."""

    text = ""

    def write(self, text: str) -> None:
        self.text = text


def _csv_fields(columns: list[list[Any]]) -> list[list[str]] | None:
    """Every column as its CSV field text, or ``None`` when a column mixes number types
    (``True``, ``1`` and ``1.0`` are equal as dict keys) or holds other types.

    A column of plain text that needs no quoting is used as it is; any other column is
    written by the csv module itself once per distinct value, so quoting and number
    formatting stay exactly the csv module's (multi-column rows only: a lone empty field
    is written as ``""``).
    """
    out: list[list[str]] = []
    last = _LastLine()
    one = csv.writer(last, lineterminator="\n")
    for values in columns:
        kinds = set(map(type, values))
        if kinds == {str}:
            joined = "".join(values)
            if not any(ch in joined for ch in _CSV_SPECIAL):
                out.append(values)
                continue
        elif not kinds <= _PLAIN_TYPES or len(kinds & _NUMBER_TYPES) > 1:
            return None
        made: dict[Any, str] = dict.fromkeys(values, "")
        for value in made:
            one.writerow((value, ""))
            made[value] = last.text[:-2]  # without the empty second field and the newline
        out.append(list(map(made.__getitem__, values)))
    return out


def table_columns(name: str, rows: Table) -> list[str]:
    """Column order of a table: the rows' own keys, else the codebook's (empty tables)."""

    return column_names(rows) if len(rows) else list(TABLES[name]["columns"])


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
    (shared strings are never read as formulas, so "=cmd" stays text).

    A sheet is made column by column (``column``), with one cell text per distinct value,
    so the per-cell work stays in C; new strings are cleaned and escaped in bulk
    (``_register``), since a big session has a hundred thousand distinct timestamps.
    """

    def __init__(self, log: TextLog, base: int) -> None:
        self.log = log
        self.base = base
        self.text_cell: dict[str, str] = {}
        self.shared: list[str] = []  # the new <si> elements, in chunks
        self.count = 0  # how many there are

    def cell(self, v: Any) -> str:
        """The cell for any one value (the slow path, for columns of mixed number types)."""
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
        made = self.text_cell.get(text)
        if made is None:
            self._register([text])
            made = self.text_cell[text]
        return made

    def register_in_order(self, columns: list[list[Any]], kinds: list[set[type]]) -> None:
        """Give the texts of these columns their shared-string numbers in the order a
        row-by-row writer would meet them, so the file stays the same; ``kinds`` are the
        types found in each column."""
        new = [self._new_texts(dict.fromkeys(values), kind) for values, kind in zip(columns, kinds)]
        fresh = [i for i, texts in enumerate(new) if texts]
        if len(fresh) == 1:  # the usual case: one column brings all new texts, in its order
            self._register(new[fresh[0]])
        elif fresh:  # new texts in several columns: merge them row by row
            merged = dict.fromkeys(chain.from_iterable(zip(*(columns[i] for i in fresh))))
            self._register(self._new_texts(merged, set().union(*(kinds[i] for i in fresh))))

    def _new_texts(self, distinct: dict[Any, None], kinds: set[type]) -> list[str]:
        """The texts among these distinct values that have no shared string yet, in order."""
        known = self.text_cell
        if kinds <= {str, type(None)}:  # the usual case, kept in C
            distinct.pop(None, None)
            return list(filterfalse(known.__contains__, distinct))
        texts: dict[str, None] = {}
        for v in distinct:
            if type(v) is float and not math.isfinite(v):
                v = repr(v)  # "nan" and "inf" are text cells
            if type(v) is str and v not in known:
                texts[v] = None
        return list(texts)

    def _register(self, texts: list[str]) -> None:
        """Add new, distinct texts to the shared-strings table."""
        joined = "".join(texts)
        if has_xml_illegal(joined) or max(map(len, texts)) > XLSX_CELL_LIMIT:
            texts_out = list(map(self.log.cell, texts))
        else:
            texts_out = texts
        bodies = escape_texts(texts_out, joined)
        if list(map(str.strip, bodies)) == bodies:  # no text needs its spaces kept
            self.shared.append(f'<si><t>{"</t></si><si><t>".join(bodies)}</t></si>')
        else:
            self.shared.append("".join(
                f'<si><t{_PRESERVE if b != b.strip() else ""}>{b}</t></si>' for b in bodies))
        start = self.base + self.count
        self.count += len(texts)
        self.text_cell.update(
            zip(texts, map('<c t="s"><v>%d</v></c>'.__mod__, range(start, start + len(texts)))))

    def column(self, values: list[Any], kinds: set[type]) -> list[str]:
        """The cells of one column (its texts registered already)."""
        if kinds == {str}:
            return list(map(self.text_cell.__getitem__, values))
        if not kinds <= _PLAIN_TYPES or len(kinds & _NUMBER_TYPES) > 1:
            return list(map(self.cell, values))  # True, 1 and 1.0 are one dict key
        made: dict[Any, str] = dict.fromkeys(values, "")
        for value in made:
            made[value] = self.cell(value)
        return list(map(made.__getitem__, values))


def _sheet_rows(rows: Table, columns: list[str], cells: _Cells) -> Iterable[str]:
    """The ``<row>`` elements of a sheet's data; the cells are made here, the rows lazily."""
    values = column_values(rows, columns)
    kinds = [set(map(type, col)) for col in values]
    texty = [i for i, k in enumerate(kinds) if k <= _PLAIN_TYPES and (str in k or float in k)]
    cells.register_in_order([values[i] for i in texty], [kinds[i] for i in texty])
    made = [cells.column(col, k) for col, k in zip(values, kinds)]
    del values
    starts = map('<row r="{}">'.format, range(2, len(rows) + 2))
    return map("".join, zip(starts, *made, repeat("</row>")))


def write_xlsx(tables: Tables, path: Path, *, title: str = "", score_scale: str | None = None,
               pseudonymised: bool = False, log: TextLog | None = None) -> Path:
    """All tables in one workbook, one sheet each, plus the codebook sheet."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    log = log or TextLog()
    wb = Workbook()
    wb.remove(wb.active)
    bold = Font(bold=True)
    layout: dict[str, tuple[list[str], Table]] = {}
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
    _save_workbook(wb, buffer)
    _fill_sheets(buffer, path, layout, log)
    return path


def _save_workbook(wb: Any, buffer: io.BytesIO) -> None:
    """``wb.save``, with a full disk said as the OSError it is.

    openpyxl writes each sheet to a scratch file in the temporary folder first, and lxml
    reports a failed write there as "IO_ENOSPC". openpyxl's abandoned sheet stream then
    repeats the error when it is collected; that echo is dropped here, so the user sees one
    message, not a second traceback at exit.
    """
    import gc
    import sys

    failure: OSError | None = None
    hook = sys.unraisablehook

    def quiet(args: Any) -> None:
        if not isinstance(args.exc_value, etree.SerialisationError):
            hook(args)

    sys.unraisablehook = quiet
    try:
        try:
            wb.save(buffer)
        except etree.SerialisationError as exc:
            failure = _scratch_error(exc)
        if failure is not None:
            gc.collect()  # the half-written sheet stream goes now, while its echo is dropped
    finally:
        sys.unraisablehook = hook
    if failure is not None:
        raise failure


def _scratch_error(exc: Exception) -> OSError:
    import errno
    import tempfile

    name = str(exc).strip().removeprefix("IO_")
    code = getattr(errno, name, errno.EIO) if name.isupper() else errno.EIO
    return OSError(code, str(exc), str(Path(tempfile.gettempdir()) / "openpyxl scratch file"))


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
                 layout: dict[str, tuple[list[str], Table]], log: TextLog) -> None:
    """Copy openpyxl's package to ``path``, adding the data rows to each table's sheet and
    their text to the shared-strings table."""
    buffer.seek(0)
    with zipfile.ZipFile(buffer) as zin, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED,
                                                         compresslevel=1) as zout:
        out = _ZipPipe(zout)
        try:
            _copy_members(zin, out, layout, log)
        except BaseException:
            out.finish(report=False)  # this error, not a later one of the helper's
            raise
        out.finish()


def _copy_members(zin: zipfile.ZipFile, out: "_ZipPipe",
                  layout: dict[str, tuple[list[str], Table]], log: TextLog) -> None:
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
            out.whole(info, data)
            continue
        cols, rows = layout[name]
        head, sep, tail = data.decode("utf-8").partition("</sheetData>")
        if not sep:
            raise RuntimeError(f"unexpected sheet layout from openpyxl in {info.filename}")
        ref = f"A1:{_column_letter(len(cols))}{len(rows) + 1}"
        head = _DIMENSION.sub(f'<dimension ref="{ref}"/>', head, count=1)
        out.member(info.filename, _chunks([head], _sheet_rows(rows, cols, cells), [sep + tail]))
    total = base + cells.count
    head, sep, tail = sst.partition("</sst>")
    opening_end = head.index(">", head.index("<sst")) + 1
    opening = _COUNTS.sub("", head[:opening_end - 1]).rstrip("/")
    opening += f' count="{total}" uniqueCount="{total}">'
    if not sep:  # an empty, self-closed <sst/>
        sep, tail = "</sst>", ""
    out.member(_SST, _chunks([opening + head[opening_end:]], cells.shared, [sep + tail]))


class _ZipPipe:
    """Writes the members of a zip file in order, in a helper thread, while this thread
    makes the text of the next ones. zlib lets go of the GIL while it compresses (about a
    fifth of the workbook's time), so with a second core that part comes almost free."""

    def __init__(self, zout: zipfile.ZipFile) -> None:
        self.zout = zout
        self.queue: queue.Queue[tuple[str, Any]] = queue.Queue(maxsize=16)  # ~2 MB each
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, name="xlsx-writer", daemon=True)
        self.thread.start()

    def whole(self, info: zipfile.ZipInfo, data: bytes) -> None:
        self._put("whole", (info, data))

    def member(self, name: str, pieces: Iterable[str]) -> None:
        self._put("open", name)
        for text in pieces:
            self._put("data", text.encode("utf-8"))
        self._put("close", None)

    def finish(self, report: bool = True) -> None:
        """Wait until everything is written; a failure in the helper is raised here."""
        self.queue.put(("stop", None))
        self.thread.join()
        if report and self.error is not None:
            raise self.error

    def _put(self, kind: str, arg: Any) -> None:
        if self.error is not None:
            raise self.error
        self.queue.put((kind, arg))

    def _run(self) -> None:
        fh: Any = None
        while True:
            kind, arg = self.queue.get()
            if kind == "stop":
                break
            if self.error is not None:
                continue  # keep taking work off the queue so the maker never blocks
            try:
                if kind == "open":
                    fh = self.zout.open(arg, "w")
                elif kind == "data":
                    fh.write(arg)
                elif kind == "close":
                    fh.close()
                    fh = None
                else:
                    self.zout.writestr(*arg)
            except BaseException as exc:  # raised again in the making thread
                self.error = exc
        if fh is not None:  # stopped half-way through a member: the file is abandoned
            try:
                fh.close()
            except Exception:  # noqa: BLE001 - the first error is the one reported
                pass


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


def _chunks(first: list[str], middle: Iterable[str], last: list[str]) -> Iterator[str]:
    """The pieces joined into chunks of a few megabytes."""
    yield "".join(first)
    it = iter(middle)
    while chunk := list(islice(it, 4000)):
        yield "".join(chunk)
    yield "".join(last)


__all__ = ["write_csv", "write_csv_table", "write_xlsx", "table_columns"]
