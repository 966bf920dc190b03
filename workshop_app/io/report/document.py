"""The report as a small document model: sections of headings, paragraphs, lists, tables and
pictures, built once and written to every format from here.

Word and PDF readers expect different things (styles and numbering in DOCX, laid-out pages
in PDF), so the report is not written as one format and converted: each writer walks the same
model. :func:`to_html` is the PDF's way in (Qt lays HTML out into pages); every text is
escaped there, as names and quotes come from the room.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape
from typing import Iterator, Sequence, Union

from ...domain.i18n import language
from ...domain.textsafe import printable


@dataclass(frozen=True)
class Run:
    """A stretch of text with one look; ``\\n`` in the text is a line break."""

    text: str
    bold: bool = False
    italic: bool = False
    small: bool = False
    colour: str | None = None  # "#RRGGBB"


Runs = tuple[Run, ...]


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 2  # 1 is a section's title
    new_page: bool = False  # starts a page (a phase's map is not split from its heading)


@dataclass(frozen=True)
class Paragraph:
    runs: Runs
    style: str = "body"  # body | muted | note (a small grey line under what it explains)


@dataclass(frozen=True)
class BulletList:
    items: tuple[Runs, ...]
    ordered: bool = False


@dataclass(frozen=True)
class Table:
    headers: tuple[str, ...]
    rows: tuple[tuple[Runs, ...], ...]
    widths: tuple[int, ...] = ()  # per cent of the text width, per column


@dataclass(frozen=True)
class Picture:
    """A PNG drawn by the canvas, shown ``width_cm`` wide with a caption under it."""

    png: bytes
    width_cm: float
    caption: str = ""
    name: str = "picture.png"


Block = Union[Heading, Paragraph, BulletList, Table, Picture]


@dataclass
class Section:
    """A chapter: its title and what it says; ``key`` names it for tests and links."""

    key: str
    title: str
    blocks: list[Block] = field(default_factory=list)
    new_page: bool = False


@dataclass
class Document:
    title: str
    subtitle: str = ""
    sections: list[Section] = field(default_factory=list)

    def headings(self) -> list[str]:
        return [s.title for s in self.sections]

    def pictures(self) -> Iterator[Picture]:
        for section in self.sections:
            yield from (b for b in section.blocks if isinstance(b, Picture))


# -- building helpers --------------------------------------------------------------------
def text(words: str, **look: object) -> Runs:
    return (Run(words, **look),)  # type: ignore[arg-type]


def para(*parts: str | Run, style: str = "body") -> Paragraph:
    """A paragraph from plain strings and runs."""
    return Paragraph(tuple(p if isinstance(p, Run) else Run(p) for p in parts), style)


def bullets(items: Sequence[Sequence[str | Run]], ordered: bool = False) -> BulletList:
    return BulletList(tuple(tuple(p if isinstance(p, Run) else Run(p) for p in item) for item in items), ordered)


def table(headers: Sequence[str], rows: Sequence[Sequence[str | Runs]], widths: Sequence[int] = ()) -> Table:
    cells = tuple(tuple(text(c) if isinstance(c, str) else tuple(c) for c in row) for row in rows)
    return Table(tuple(headers), cells, tuple(widths))


def plain_text(runs: Runs) -> str:
    return "".join(r.text for r in runs)


def all_text(doc: Document) -> str:
    """Every word of the document, one block a line (for tests and a text preview)."""
    lines = [doc.title, doc.subtitle]
    for s in doc.sections:
        lines.append(s.title)
        for b in s.blocks:
            if isinstance(b, Heading):
                lines.append(b.text)
            elif isinstance(b, Paragraph):
                lines.append(plain_text(b.runs))
            elif isinstance(b, BulletList):
                lines += [plain_text(i) for i in b.items]
            elif isinstance(b, Table):
                lines.append(" | ".join(b.headers))
                lines += [" | ".join(plain_text(c) for c in row) for row in b.rows]
            else:
                lines.append(b.caption)
    return "\n".join(x for x in lines if x)


# -- HTML (the PDF's way in) -------------------------------------------------------------
STYLE = """
body { color: #1F1F1F; }
h1 { font-size: 17pt; margin-top: 14px; margin-bottom: 6px; color: #0B3C6E; }
h2 { font-size: 13pt; margin-top: 12px; margin-bottom: 4px; }
h3 { font-size: 11pt; margin-top: 8px; margin-bottom: 2px; }
p { margin-top: 2px; margin-bottom: 5px; }
p.muted { color: #5A5A5A; }
p.note { font-size: 8.5pt; color: #4D4D4D; font-style: italic; }
p.caption { font-size: 8.5pt; color: #4D4D4D; margin-bottom: 10px; }
p.doctitle { font-size: 22pt; font-weight: bold; margin-bottom: 2px; }
p.docsub { font-size: 12pt; color: #5A5A5A; margin-bottom: 14px; }
li { margin-bottom: 2px; }
th { background-color: #EDEDED; text-align: left; font-weight: bold; }
table { border-collapse: collapse; margin-top: 2px; margin-bottom: 8px; }
"""


_BREAK = ' style="page-break-before: always;"'


def _e(words: str) -> str:
    return escape(printable(words), quote=True)


def runs_html(runs: Runs) -> str:
    out = []
    for r in runs:
        h = "<br/>".join(_e(part) for part in r.text.split("\n"))
        if r.bold:
            h = f"<b>{h}</b>"
        if r.italic:
            h = f"<i>{h}</i>"
        styles = []
        if r.small:
            styles.append("font-size: 8.5pt")
        if r.colour:
            styles.append(f"color: {_e(r.colour)}")
        if styles:
            h = f'<span style="{"; ".join(styles)}">{h}</span>'
        out.append(h)
    return "".join(out)


def block_html(block: Block, picture_url: dict[int, str], px_per_cm: float) -> str:
    if isinstance(block, Heading):
        level = min(3, max(1, block.level))
        return f"<h{level}{_BREAK if block.new_page else ''}>{_e(block.text)}</h{level}>"
    if isinstance(block, Paragraph):
        return f'<p class="{block.style}">{runs_html(block.runs)}</p>'
    if isinstance(block, BulletList):
        tag = "ol" if block.ordered else "ul"
        return f"<{tag}>" + "".join(f"<li>{runs_html(i)}</li>" for i in block.items) + f"</{tag}>"
    if isinstance(block, Table):
        ws = block.widths
        head = "".join(f'<th width="{ws[i]}%">{_e(h)}</th>' if i < len(ws) else f"<th>{_e(h)}</th>"
                       for i, h in enumerate(block.headers))
        body = "".join("<tr>" + "".join(f"<td>{runs_html(c)}</td>" for c in row) + "</tr>" for row in block.rows)
        return (f'<table width="100%" border="1" cellspacing="0" cellpadding="3" '
                f'style="border-color: #BDBDBD;"><thead><tr>{head}</tr></thead>{body}</table>')
    url = picture_url.get(id(block), block.name)
    caption = f'<p class="caption">{_e(block.caption)}</p>' if block.caption else ""
    return f'<p><img src="{_e(url)}" width="{round(block.width_cm * px_per_cm)}"/></p>{caption}'


def to_html(doc: Document, picture_url: dict[int, str], px_per_cm: float) -> str:
    """The whole report as one HTML page; ``picture_url`` maps ``id(picture)`` to the
    resource name the PDF writer registered its image under, ``px_per_cm`` sizes pictures
    in the page's units."""
    out = [f'<html lang="{language()}"><head><meta charset="utf-8"/><title>{_e(doc.title)}</title></head><body>',
           f'<p class="doctitle">{_e(doc.title)}</p>']
    if doc.subtitle:
        out.append(f'<p class="docsub">{_e(doc.subtitle)}</p>')
    for s in doc.sections:
        out.append(f"<h1{_BREAK if s.new_page else ''}>{_e(s.title)}</h1>")
        out += [block_html(b, picture_url, px_per_cm) for b in s.blocks]
    out.append("</body></html>")
    return "".join(out)


__all__ = ["Block", "BulletList", "Document", "Heading", "Paragraph", "Picture", "Run", "Runs",
           "STYLE", "Section", "Table", "all_text", "bullets", "para", "plain_text", "table", "text",
           "to_html"]
