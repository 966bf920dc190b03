"""Text that a file format cannot hold, removed on purpose and reported.

XML 1.0 (GEXF, GraphML, the XLSX parts) cannot carry most control characters, and a
spreadsheet cell holds at most 32,767 characters. Exports clean such text instead of failing
and keep a count, so the user is told what changed rather than finding it out later.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# Everything outside the XML 1.0 ``Char`` production.
_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")

XLSX_CELL_LIMIT = 32_767

# Control characters no picture or page can show (Qt draws each as an empty box); tab,
# newline and carriage return are layout, not controls.
_UNSHOWABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


@dataclass
class TextLog:
    """What an export had to change in the text it wrote, per file format."""

    stripped: dict[str, int] = field(default_factory=dict)
    truncated: dict[str, int] = field(default_factory=dict)

    def xml(self, text: str, fmt: str) -> str:
        """``text`` without the characters XML cannot hold (counted under ``fmt``)."""
        if not _NOT_XML.search(text):
            return text
        cleaned, n = _NOT_XML.subn("", text)
        self.stripped[fmt] = self.stripped.get(fmt, 0) + n
        return cleaned

    def cell(self, text: str) -> str:
        """``text`` as an XLSX cell can hold it: XML-clean and at most 32,767 characters."""
        text = self.xml(text, "XLSX")
        if len(text) > XLSX_CELL_LIMIT:
            self.truncated["XLSX"] = self.truncated.get("XLSX", 0) + 1
            text = text[:XLSX_CELL_LIMIT]
        return text

    def messages(self) -> list[str]:
        """One readable sentence per kind of change, for the CLI and the bundle README."""
        out = [
            f"{fmt}: removed {n} control character{'s' if n != 1 else ''} that XML cannot "
            "hold (the CSV files keep the text unchanged)."
            for fmt, n in sorted(self.stripped.items())
        ]
        out += [
            f"{fmt}: cut {n} text{'s' if n != 1 else ''} longer than {XLSX_CELL_LIMIT:,} "
            "characters to fit a spreadsheet cell (the CSV files keep the full text)."
            for fmt, n in sorted(self.truncated.items())
        ]
        return out


def has_xml_illegal(text: str) -> bool:
    return bool(_NOT_XML.search(text))


def printable(text: str) -> str:
    """``text`` for drawing on a page or picture: control characters left out."""
    return _UNSHOWABLE.sub("", text) if _UNSHOWABLE.search(text) else text


# HTML allows no control characters but whitespace (NUL is dropped, the rest are parse
# errors): pages leave them out of what they show; JSON data blocks keep them as escapes.
NOT_HTML = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")


__all__ = ["NOT_HTML", "TextLog", "XLSX_CELL_LIMIT", "has_xml_illegal", "printable"]
