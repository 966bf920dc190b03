"""Read the snapshot pack's HTML (``io.pack_text``) into the report's document model.

The pack's builders already say what changed between phases, how alike the room scored and
what public value was intended, in words the room has seen on paper; the report reuses them
rather than saying the same things a second way. They write a small, known subset of HTML
(headings, paragraphs, lists, tables, bold, italic, a few classes and colours, line
breaks), which this reader turns into blocks. A tag outside the subset keeps its text.
"""

from __future__ import annotations

import re
from dataclasses import replace
from html.parser import HTMLParser

from .document import Block, BulletList, Heading, Paragraph, Run, Table

_SMALL = {"small", "src"}
_COLOUR = re.compile(r"(?<![\w-])color:\s*(#[0-9A-Fa-f]{6})")  # not border-color


class _Reader(HTMLParser):
    def __init__(self, shift: int) -> None:
        super().__init__(convert_charrefs=True)
        self.shift = shift
        self.blocks: list[Block] = []
        self.runs: list[Run] = []
        self.looks: list[dict[str, object]] = [{}]
        self.heading: int | None = None
        self.para_style = "body"
        self.list_items: list[tuple[Run, ...]] | None = None
        self.ordered = False
        self.table: dict[str, list] | None = None
        self.row: list[tuple[Run, ...]] | None = None
        self.in_head_row = False

    # -- text ------------------------------------------------------------------------------
    def handle_data(self, data: str) -> None:
        if not data:
            return
        words = re.sub(r"\s+", " ", data)
        if not words.strip() and not self.runs:
            return
        look = self.looks[-1]
        self.runs.append(Run(words, bool(look.get("bold")), bool(look.get("italic")),
                             bool(look.get("small")), look.get("colour")))  # type: ignore[arg-type]

    def _take(self) -> tuple[Run, ...]:
        runs = _tidy(self.runs)
        self.runs = []
        return runs

    # -- tags ------------------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        look = dict(self.looks[-1])
        classes = set(a.get("class", "").split())
        if tag == "b" or tag == "th":
            look["bold"] = True
        if tag == "i" or "quote" in classes or "src" in classes:
            look["italic"] = True
        if classes & _SMALL:
            look["small"] = True
        m = _COLOUR.search(a.get("style", ""))
        if m:
            look["colour"] = m.group(1)
        if tag == "br":
            self.runs.append(Run("\n"))
            return
        self.looks.append(look)
        if tag in ("h1", "h2", "h3"):
            self._flush_paragraph()
            self.heading = int(tag[1])
        elif tag == "p":
            self._flush_paragraph()
            self.para_style = "note" if "src" in classes else ("muted" if "muted" in classes else "body")
        elif tag in ("ul", "ol"):
            self._flush_paragraph()
            self.list_items, self.ordered = [], tag == "ol"
        elif tag == "li":
            self.runs = []
        elif tag == "table":
            self._flush_paragraph()
            self.table = {"headers": [], "rows": [], "widths": []}
        elif tag == "tr":
            self.row = []
        elif tag in ("td", "th"):
            self.runs = []
            if tag == "th" and self.table is not None:
                self.in_head_row = True
                width = a.get("width", "").rstrip("%")
                if width.isdigit():
                    self.table["widths"].append(int(width))

    def handle_endtag(self, tag: str) -> None:
        if tag == "br":
            return
        if len(self.looks) > 1:
            self.looks.pop()
        if tag in ("h1", "h2", "h3") and self.heading is not None:
            words = "".join(r.text for r in self._take()).strip()
            if words:
                self.blocks.append(Heading(words, min(3, self.heading + self.shift)))
            self.heading = None
        elif tag == "p":
            self._flush_paragraph()
        elif tag == "li" and self.list_items is not None:
            self.list_items.append(self._take())
        elif tag in ("ul", "ol") and self.list_items is not None:
            if self.list_items:
                self.blocks.append(BulletList(tuple(self.list_items), self.ordered))
            self.list_items = None
        elif tag in ("td", "th") and self.row is not None:
            self.row.append(self._take())
        elif tag == "tr" and self.table is not None and self.row is not None:
            if self.in_head_row:
                self.table["headers"] = ["".join(r.text for r in c).strip() for c in self.row]
                self.in_head_row = False
            else:
                self.table["rows"].append(tuple(self.row))
            self.row = None
        elif tag == "table" and self.table is not None:
            t = self.table
            self.blocks.append(Table(tuple(t["headers"]), tuple(t["rows"]), tuple(t["widths"])))
            self.table = None

    def _flush_paragraph(self) -> None:
        runs = self._take() if self.list_items is None and self.table is None else ()
        if runs:
            self.blocks.append(Paragraph(runs, self.para_style))
        self.para_style = "body"

    def close(self) -> None:
        super().close()
        self._flush_paragraph()


def _tidy(runs: list[Run]) -> tuple[Run, ...]:
    """Drop the spaces HTML would not show: at the start, the end and around line breaks."""
    out = [r for r in runs if r.text]
    while out and not out[0].text.strip() and out[0].text != "\n":
        out.pop(0)
    while out and not out[-1].text.strip():
        out.pop()
    if out:
        out[0] = replace(out[0], text=out[0].text.lstrip(" "))
        out[-1] = replace(out[-1], text=out[-1].text.rstrip(" "))
    return tuple(r for r in out if r.text)


def blocks_from_html(html: str, *, shift: int = 1) -> list[Block]:
    """The blocks of one of the pack's HTML fragments; headings go ``shift`` levels down
    (the pack's page titles become sub-headings of a report section)."""
    reader = _Reader(shift)
    reader.feed(html)
    reader.close()
    return reader.blocks


__all__ = ["blocks_from_html"]
