"""Escaping for the streamed XML writers (GEXF, GraphML, XLSX sheet data).

A research bundle of a large session holds several hundred thousand XML elements; building
them as lxml elements cost about 12 µs each on a modest laptop (5 s for the GraphML files of
the stress session alone), so the writers emit text. All text passes through this one
escaper, which also drops what XML 1.0 cannot hold (counted in a :class:`TextLog`); the tests
validate every written file against the official grammars with lxml and read it back with
networkx or openpyxl.
"""

from __future__ import annotations

from ..domain.textsafe import TextLog

# A carriage return in text would otherwise become a newline; tab, newline and carriage
# return are escaped in attributes, or a parser would turn them into spaces.
_TEXT_ENTITIES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("\r", "&#13;"))  # & first
_TEXT = str.maketrans(dict(_TEXT_ENTITIES))
_ATTR_ENTITIES = (*_TEXT_ENTITIES, ('"', "&quot;"), ("\t", "&#9;"), ("\n", "&#10;"))


def _escaped(value: str, entities: tuple[tuple[str, str], ...]) -> str:
    """``value`` with each character of ``entities`` replaced (``&`` first): one search per
    character instead of a translation, which walks the text character by character and
    costs tens of milliseconds on the megabytes of a large session's session block."""
    for ch, entity in entities:
        if ch in value:
            value = value.replace(ch, entity)
    return value


class XmlEscaper:
    """Escapes values for one file format; repeated strings (names, kinds) are cached."""

    def __init__(self, log: TextLog, fmt: str) -> None:
        self._log = log
        self._fmt = fmt
        self._attr: dict[str, str] = {}
        self._text: dict[str, str] = {}
        self._dirty: dict[str, int] = {}  # characters removed per cached value, counted per use

    def _clean(self, value: str) -> str:
        before = sum(self._log.stripped.values())
        cleaned = self._log.xml(value, self._fmt)
        removed = sum(self._log.stripped.values()) - before
        if removed:
            self._dirty[value] = removed
        return cleaned

    def _count_again(self, value: str) -> None:
        n = self._dirty.get(value)
        if n:
            self._log.stripped[self._fmt] = self._log.stripped.get(self._fmt, 0) + n

    def attr(self, value: str) -> str:
        """``value`` ready to sit between double quotes in an attribute."""
        hit = self._attr.get(value)
        if hit is None:
            hit = self._attr[value] = _escaped(self._clean(value), _ATTR_ENTITIES)
        else:
            self._count_again(value)
        return hit

    def text(self, value: str) -> str:
        """``value`` ready to be element content."""
        hit = self._text.get(value)
        if hit is None:
            hit = self._text[value] = _escaped(self._clean(value), _TEXT_ENTITIES)
        else:
            self._count_again(value)
        return hit


def escape_texts(values: list[str], joined: str | None = None) -> list[str]:
    """Many already-clean strings as element content; ``joined`` is their concatenation
    if the caller has it. Most strings need no escaping, so one search over all of them
    usually replaces a translation per string; otherwise the strings are escaped as one
    text split at NUL, which clean XML text cannot contain."""
    if joined is None:
        joined = "".join(values)
    if not any(ch in joined for ch in "&<>\r"):
        return values
    if "\0" in joined:
        return [v.translate(_TEXT) for v in values]
    text = "\0".join(values)
    for ch, entity in _TEXT_ENTITIES:
        if ch in text:
            text = text.replace(ch, entity)
    return text.split("\0")


__all__ = ["XmlEscaper", "escape_texts"]
