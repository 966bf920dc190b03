"""Which tabular or JSON format a source is: by its name, then, for JSON, by its content.

A ``.json`` file may be Kumu (``elements`` objects with ``attributes``), node-link
(``nodes`` and ``links``/``edges``), JSON Graph Format (``graph`` or ``graphs``) or Cytoscape
(``elements`` entries with ``data``); the document's shape decides, and a JSON file that is
none of them is refused naming the four. ``read_more`` runs the reader of each format here.
"""

from __future__ import annotations

from pathlib import Path

from ..errors import ImportFileError
from .cyjs_in import read_cyjs
from .foreign import ForeignGraph
from .gml_in import read_gml
from .jgf_in import read_jgf
from .json_in import read_json_file
from .kumu_in import read_kumu
from .nodelink_in import read_nodelink
from .pajek_in import read_pajek
from .tables_build import own_format
from .xlsx_in import read_xlsx

MORE_FORMATS: tuple[str, ...] = ("xlsx", "pajek", "gml", "nodelink", "jgf", "cyjs", "tables")
SUFFIXES: dict[str, str] = {".xlsx": "xlsx", ".xlsm": "xlsx", ".xls": "xlsx", ".net": "pajek",
                            ".paj": "pajek", ".gml": "gml", ".cyjs": "cyjs", ".jgf": "jgf"}
JSON_FORMATS = ("kumu", "nodelink", "jgf", "cyjs")
OWN_FORMATS = ("tables",)  # the app's own files: the session itself, nothing to map


def json_format(path: Path) -> str:
    """The JSON network format of ``path`` from the document's shape."""
    doc = read_json_file(path)
    if isinstance(doc, dict):
        elements = doc.get("elements")
        if isinstance(elements, dict) or (isinstance(elements, list) and elements
                                          and isinstance(elements[0], dict)
                                          and "data" in elements[0]):
            return "cyjs"
        if "elements" in doc:
            return "kumu"  # a list of elements, or something the Kumu reader names as wrong
        if "graph" in doc or "graphs" in doc:
            if isinstance(doc.get("nodes"), list):
                return "nodelink"  # networkx keeps graph attributes under "graph"
            return "jgf"
        if isinstance(doc.get("nodes"), list):
            return "nodelink"
    raise ImportFileError(path, "a JSON file the app does not recognise: expected Kumu "
                          "('elements' and 'connections'), node-link ('nodes' and 'links'), "
                          "JSON Graph Format ('graph' or 'graphs') or Cytoscape .cyjs "
                          "('elements' with 'data')")


def detect_more(src: Path) -> str | None:
    """The format of ``src`` if it is one of the formats here (or JSON), else ``None``; the
    app's own tables (a bundle, its ``csv/`` folder, ``tables.xlsx``) are ``tables``."""
    if own_format(src):
        return "tables"
    if src.is_dir():
        return None
    suffix = src.suffix.lower()
    if suffix == ".json" and src.is_file():
        return json_format(src)
    return SUFFIXES.get(suffix)


def read_more(src: Path, fmt: str) -> ForeignGraph | None:
    """The network in ``src`` read as ``fmt``; ``None`` when ``fmt`` is not one of these."""
    readers = {"xlsx": read_xlsx, "pajek": read_pajek, "gml": read_gml, "nodelink": read_nodelink,
               "jgf": read_jgf, "cyjs": read_cyjs, "kumu": read_kumu}
    reader = readers.get(fmt)
    if reader is None:
        return None
    if src.is_dir():
        raise ImportFileError(src, f"is a folder; {fmt} is read from one file")
    return reader(src)


__all__ = ["MORE_FORMATS", "JSON_FORMATS", "OWN_FORMATS", "SUFFIXES", "detect_more", "read_more", "json_format"]
