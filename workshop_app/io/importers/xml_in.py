"""Reading foreign XML safely: no entities, no network, errors with file and line; and
:class:`XmlUnits`, which hands out every element and attribute of a document exactly once so
the import report can account for all of them (see ``report.py``)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any, Iterator

from lxml import etree

from ..errors import ImportFileError
from .report import NOT_READ, Ledger


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


def is_element(el: Any) -> bool:
    return isinstance(el.tag, str)


class XmlUnits:
    """Every element and attribute of one document, each given out once.

    Counting happens on construction (``ledger.expect``), apart from any reading, so a reader
    that forgets something cannot make the sums agree by forgetting to count it too: whatever
    it never takes is booked by :meth:`finish` as skipped, "not read by the importer", with
    its line. Namespace declarations are not attributes (lxml keeps them apart), and comments
    are removed on parsing, so neither is counted.
    """

    def __init__(self, root: Any, ledger: Ledger) -> None:
        self.ledger = ledger
        self.elements: dict[Any, None] = {}
        self.attributes: dict[Any, set[str]] = {}
        n_attr = 0
        for el in root.iter():
            if not is_element(el):
                continue
            self.elements[el] = None
            if el.attrib:
                self.attributes[el] = set(el.attrib.keys())
                n_attr += len(el.attrib)
        ledger.expect("element", len(self.elements))
        ledger.expect("attribute", n_attr)

    def take(self, el: Any, *names: str, all_attributes: bool = False) -> Counter[str]:
        """The element itself (if not yet given out) and the named attributes it has."""
        out: Counter[str] = Counter()
        if el in self.elements:
            del self.elements[el]
            out["element"] += 1
        out.update(self.attrs(el, *names, all_attributes=all_attributes))
        return out

    def attrs(self, el: Any, *names: str, all_attributes: bool = False) -> Counter[str]:
        """Only the named attributes (all of them with ``all_attributes``) not yet given out."""
        left = self.attributes.get(el)
        if not left:
            return Counter()
        wanted = set(left) if all_attributes else {n for n in names if n in left}
        left -= wanted
        return Counter({"attribute": len(wanted)}) if wanted else Counter()

    def tree(self, el: Any) -> Counter[str]:
        """The element, its attributes and everything inside it."""
        out: Counter[str] = Counter()
        for sub in el.iter():
            if is_element(sub):
                out.update(self.take(sub, all_attributes=True))
        return out

    def left_in(self, el: Any) -> list[Any]:
        """Elements inside ``el`` (itself included) with something not yet given out."""
        return [sub for sub in el.iter() if is_element(sub)
                and (sub in self.elements or self.attributes.get(sub))]

    def finish(self) -> None:
        """Book everything never taken as skipped, with its place (see the class doc)."""
        for el in list(self.elements) + [e for e in self.attributes if self.attributes[e]]:
            tally = self.take(el, all_attributes=True)
            if tally:
                self.ledger.skipped(tally, f"<{local(el)}> element", NOT_READ, line_of(el))


__all__ = ["parse_xml", "local", "namespace", "children", "child", "line_of", "text_of",
           "XmlUnits", "is_element"]
