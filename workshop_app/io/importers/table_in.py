"""Edge lists, node lists and adjacency matrices from CSV files, as spreadsheets write them.

Spreadsheet habits are read, not refused: a byte order mark (UTF-8, UTF-16), text in
Windows-1252 when it is not UTF-8, Excel's ``sep=;`` first line, blank lines before the
header, commas, semicolons, tabs, pipes or spaces between cells, trailing empty cells. What
cannot be read is one line naming the file, the line and the reason ("unclosed quote
starting on line 4", "the id 'A' repeats line 2"). The cells become a foreign network in
``sheets.py`` (edge lists, long lists with a phase column, matrices); Kumu's JSON lives in
``kumu_in.py``, workbooks in ``xlsx_in.py``.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from pathlib import Path
from typing import Callable

from ...domain.wording import count
from ..errors import ImportFileError
from .foreign import ForeignGraph, ForeignNode
from .sheets import Phases, Sheet, is_matrix, place_phase_rows, place_phased_edges, \
    presence_from_edges, read_edges, read_matrix, read_nodes

_DELIMITERS = (",", ";", "\t", "|")
_NAMES = {",": "commas", ";": "semicolons", "\t": "tabs", "|": "'|'", " ": "spaces"}
_SEP_LINE = re.compile(r'^\s*"?sep=(.)"?\s*$', re.IGNORECASE)
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32", "UTF-32"), (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
         (codecs.BOM_UTF8, "utf-8-sig", ""), (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"),
         (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"))


def decode(path: Path) -> tuple[str, str]:
    """The text of ``path`` and a note on its encoding ('' for plain UTF-8)."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ImportFileError(path, f"cannot be read ({exc.strerror or exc})") from None
    for bom, codec, name in _BOMS:
        if raw.startswith(bom):
            try:
                return raw.decode(codec), (f"read as {name} (it starts with a byte order mark)"
                                           if name else "")
            except UnicodeDecodeError as exc:
                raise ImportFileError(path, f"starts like {name or 'UTF-8'} text but is not "
                                      "(a broken or cut file?)", f"byte {exc.start}") from None
    head = raw[:4000]
    half = len(head) // 2
    odd, even = head[1::2].count(0), head[0::2].count(0)
    if half and max(odd, even) > 0.4 * half and min(odd, even) < 0.1 * half:
        # Every other byte NUL: UTF-16 without its mark (a NUL here and there is only a
        # character of the text, which the app's own exports keep as typed).
        codec = "utf-16-le" if odd > even else "utf-16-be"
        try:
            return raw.decode(codec), "read as UTF-16 without a byte order mark"
        except UnicodeDecodeError:
            raise ImportFileError(path, "is neither UTF-8 nor UTF-16 text (a workbook? import "
                                  "the .xlsx itself, or save it as CSV)") from None
    try:
        return raw.decode("utf-8"), ""
    except UnicodeDecodeError:
        pass
    try:
        return raw.decode("cp1252"), ("not UTF-8: read as Windows-1252 (cp1252), the encoding "
                                      "of Excel's plain 'CSV'; check accented names")
    except UnicodeDecodeError:
        return raw.decode("latin-1"), ("not UTF-8: read as Latin-1; check accented names")


def _count_outside_quotes(line: str, sep: str) -> int:
    n, quoted = 0, False
    for ch in line:
        if ch == '"':
            quoted = not quoted
        elif ch == sep and not quoted:
            n += 1
    return n


def sniff(lines: list[str]) -> tuple[str, str]:
    """The delimiter of a table whose header is ``lines[0]`` (a few data lines follow), and
    a note when it is not a comma."""
    header, sample = lines[0], [ln for ln in lines[1:20] if ln.strip()]
    best, best_score = ",", (0, 0)
    for sep in _DELIMITERS:
        n = _count_outside_quotes(header, sep)
        if n == 0:
            continue
        agree = sum(1 for ln in sample if _count_outside_quotes(ln, sep) == n)
        score = (agree, n)
        if score > best_score:
            best, best_score = sep, score
    if best_score[1] == 0 and len(header.split()) > 1:
        return " ", "no comma, semicolon or tab in the header: cells read as separated by spaces"
    return best, "" if best == "," else f"cells separated by {_NAMES[best]}"


def _unclosed_quote(text: str, sep: str, first_line: int) -> int | None:
    """The line where a quoted cell opens and never closes, if any (the csv module would read
    the rest of the file into that one cell)."""
    quoted = False
    at_start = True
    line = first_line
    opened = first_line
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if quoted:
            if ch == '"':
                if i + 1 < n and text[i + 1] == '"':
                    i += 1
                else:
                    quoted = False
            elif ch == "\n" or (ch == "\r" and text[i + 1:i + 2] != "\n"):
                line += 1
        elif ch == '"' and at_start:
            quoted, opened = True, line
        elif ch == "\n" or (ch == "\r" and text[i + 1:i + 2] != "\n"):
            line += 1
            at_start = True
            i += 1
            continue
        at_start = ch == sep or (sep == " " and ch == " " and at_start)
        i += 1
    return opened if quoted else None


def read_sheet(path: Path) -> Sheet:
    """A CSV file as a :class:`Sheet`: header, rows with their line numbers, notes on what
    was read (encoding, delimiter, Excel's ``sep=`` line, blank lines skipped)."""
    text_, encoding = decode(path)
    notes = [encoding] if encoding else []
    lines = text_.splitlines()
    skip = 0
    while skip < len(lines) and not lines[skip].strip():
        skip += 1
    if skip == len(lines):
        raise ImportFileError(path, "the file is empty; it needs a header row", "line 1")
    sep = ""
    found = _SEP_LINE.match(lines[skip])
    if found:
        sep = found.group(1)
        notes.append(f"Excel's 'sep={sep}' line read: cells separated by "
                     f"{_NAMES.get(sep, repr(sep))}")
        skip += 1
        while skip < len(lines) and not lines[skip].strip():
            skip += 1
        if skip == len(lines):
            raise ImportFileError(path, f"the file has only Excel's 'sep={sep}' line; it needs "
                                  "a header row", f"line {skip}")
    blank = skip - (1 if found else 0)
    if blank:
        notes.append(f"{count(blank, 'blank line')} before the header skipped")
    if not sep:
        sep, how = sniff(lines[skip:])
        if how:
            notes.append(how)
    body = "".join(text_.splitlines(keepends=True)[skip:])
    opened = _unclosed_quote(body, sep, skip + 1)
    if opened is not None:
        raise ImportFileError(path, f"unclosed quote starting on line {opened}: a cell opens "
                              "with \" and never closes, so the rest of the file would be one "
                              "cell", f"line {opened}")
    reader = csv.reader(io.StringIO(body, newline=""), delimiter=sep,
                        skipinitialspace=sep == " ")
    try:
        header = [h.strip() for h in next(reader)]
        rows = []
        ended = reader.line_num
        for row in reader:
            line, ended = ended + 1 + skip, reader.line_num  # where the row starts: a quoted
            if not any(cell.strip() for cell in row):      # cell may hold line breaks
                continue
            if len(row) > len(header):
                extra = row[len(header):]
                if any(c.strip() for c in extra):
                    raise ImportFileError(path, _too_many(len(row), len(header), sep, row),
                                          f"line {line}")
                row = row[:len(header)]
            rows.append((line, [*row, *[""] * (len(header) - len(row))]))
    except csv.Error as exc:
        raise ImportFileError(path, f"not a readable CSV file ({exc})",
                              f"line {reader.line_num + skip}") from None
    header = _distinct(header)
    return Sheet(path, path.name, header, rows, _csv_place(header, skip + 1), notes,
                 label=path.name)


def _too_many(cells: int, headers: int, sep: str, row: list[str]) -> str:
    hint = ""
    if sep == "," and any(re.fullmatch(r"\d+", c.strip()) for c in row):
        hint = ("; a decimal comma in a comma-separated file? Put the number in quotes or save "
                "the file with semicolons")
    return f"the row has {cells} cells but the header only {headers}{hint}"


def _distinct(header: list[str]) -> list[str]:
    """Header names made unique and non-empty ('column 4'; a repeat gets ' (2)')."""
    out: list[str] = []
    for i, h in enumerate(header):
        name = h or f"column {i + 1}"
        base, n = name, 2
        while name in out:
            name, n = f"{base} ({n})", n + 1
        out.append(name)
    return out


def _csv_place(header: list[str], header_line: int) -> Callable[[int, int], str]:
    def place(line: int, col: int) -> str:
        if line <= 1 and col < 0:
            return f"line {header_line}"
        if col < 0:
            return f"line {line}"
        return f"line {line}, column '{header[col]}'"
    return place


def _with_notes(graph: ForeignGraph, sheet: Sheet) -> None:
    for n in sheet.notes:
        graph.notes.append(f"{sheet.name}: {n}.")


def read_csv_pair(edges_path: Path, nodes_path: Path | None) -> ForeignGraph:
    """An edges file (or an adjacency matrix) and, optionally, a nodes file.

    A phase column in either file makes one phase per value (see ``sheets.py`` for the
    order). Without a nodes file, every end named in the edges is an actor.
    """
    out = ForeignGraph(source=edges_path, fmt="csv")
    if edges_path.stem.lower() in ("edges", "edge", "links", "edgelist"):
        out.title = edges_path.resolve().parent.name  # "edges" says nothing; its folder does
    nodes: dict[str, ForeignNode] = {}
    phases = Phases()
    phase_rows: list = []
    nodes_sheet = None
    if nodes_path is not None:
        nodes_sheet = read_sheet(nodes_path)
        _with_notes(out, nodes_sheet)
        phase_rows = read_nodes(nodes_sheet, out, nodes, phases)
    sheet = read_sheet(edges_path)
    _with_notes(out, sheet)
    if is_matrix(sheet):
        found: dict = {}
        read_matrix(sheet, out, nodes, None, found)
        out.nodes = list(nodes.values())
        out.edges = list(found.values())
        return out
    by_label: dict[str, list[str]] = {}
    for nid, node in nodes.items():
        by_label.setdefault(node.label, []).append(nid)
    rows = read_edges(sheet, out, nodes, nodes_given=nodes_path is not None, phases=phases,
                      by_label=by_label)
    edges = rows.edges
    if phases.values:
        index = phases.settle(out, edges_path)
        if nodes_sheet is not None:
            place_phase_rows(nodes_sheet, phase_rows, index, out)
        phased = place_phased_edges(rows.phased, index)
        if rows.edges:  # rows without a phase value: in every phase
            out.notes.append(f"{count(len(rows.edges), 'relation')} without a phase value "
                             "taken to hold in every phase.")
        edges = [*edges, *phased]
        presence_from_edges(out, nodes, phased)
    out.nodes = list(nodes.values())
    out.edges = edges
    return out


__all__ = ["read_csv_pair", "read_sheet", "decode", "sniff"]
