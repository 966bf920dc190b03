"""Reading foreign XML safely: no entities, no network, errors with file and line."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterator

from lxml import etree

from ..errors import ImportFileError


def parse_xml(path: Path) -> Any:
    """The root element of an XML file; a malformed file is an :class:`ImportFileError`."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=True,
                             huge_tree=False, load_dtd=False)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportFileError(path, f"cannot be read ({exc.strerror or exc})") from None
    try:  # from bytes: an encoding error is then a syntax error with its line, not an OSError
        return etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        line = getattr(exc, "lineno", None)
        reason = (getattr(exc, "msg", "") or str(exc)).split(" (", 1)[0].rstrip(", ")
        raise ImportFileError(path, f"not well-formed XML ({reason})",
                              f"line {line}" if line else None) from None


def local(el: Any) -> str:
    """An element's name without its namespace ('' for comments and the like)."""
    tag = el.tag
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


def namespace(el: Any) -> str:
    tag = el.tag
    return tag[1:].split("}", 1)[0] if isinstance(tag, str) and tag.startswith("{") else ""


def children(el: Any, name: str) -> Iterator[Any]:
    for c in el:
        if local(c) == name:
            yield c


def child(el: Any, name: str) -> Any | None:
    return next(children(el, name), None)


def line_of(el: Any) -> str:
    return f"line {el.sourceline}" if getattr(el, "sourceline", None) else ""


def text_of(el: Any) -> str:
    """All text inside an element (a ``<data>`` may hold a comment or markup)."""
    return "".join(el.itertext())


__all__ = ["parse_xml", "local", "namespace", "children", "child", "line_of", "text_of"]
