"""Importers: foreign network files (GEXF, GraphML, CSV, Kumu JSON) into new session files.

``import_file(src, target)`` reads the source, maps it onto the vocabulary, writes a new
``.workshop`` file atomically and returns an :class:`ImportReport` that accounts for every
unit of the source (imported, mapped with its rule, or skipped with reason and place; see
``report.py``). ``confirm`` sees the finished report before the session is put in place and
may refuse (the GUI's report dialog): nothing is written then. Malformed input raises
:class:`~workshop_app.io.errors.ImportFileError` naming the file, the place and the reason,
and writes nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from ..errors import ImportFileError
from .build import build_session, place_reported
from .foreign import ForeignGraph
from .report import ImportCancelled, ImportReport
from .gexf_in import read_gexf
from .graphml_in import natural_key, read_graphml
from .table_in import read_csv_pair
from .kumu_in import read_kumu
from .detect import MORE_FORMATS, detect_more, read_more
from .mapping import Mapping, order_phases, rename_columns
from .own_tables import tables_from_rows
from .tables_build import build_from_tables, import_own

FORMATS: tuple[str, ...] = ("gexf", "graphml", "csv", "kumu", *MORE_FORMATS)
_SUFFIXES = {".gexf": "gexf", ".graphml": "graphml", ".xml": "graphml", ".csv": "csv",
             ".tsv": "csv", ".txt": "csv"}


def detect_format(src: Path) -> str:
    """The format of ``src`` from its name (a folder: GraphML files or a CSV pair; JSON by
    its content)."""
    more = detect_more(src)
    if more is not None:
        return more
    if src.is_dir():
        if list(src.glob("*.graphml")):
            return "graphml"
        if (src / "edges.csv").is_file():
            return "csv"
        raise ImportFileError(src, "a folder to import must hold .graphml files or "
                              "nodes.csv and edges.csv")
    fmt = _SUFFIXES.get(src.suffix.lower())
    if fmt is None:
        raise ImportFileError(src, "cannot tell the format from the file name; give --format "
                              f"({', '.join(FORMATS)})")
    return fmt


def read_foreign(src: Path, fmt: str, *, nodes: Path | None = None) -> ForeignGraph:
    """Parse ``src`` in format ``fmt`` into a :class:`ForeignGraph`, checked and settled.

    Each format's parser refuses what it cannot read (one :class:`ImportFileError` with the
    place); what every format shares (positions) is checked once, in ``ForeignGraph.settle``.
    """
    graph = _parse(src, fmt, nodes)
    graph.settle()
    return graph


def _parse(src: Path, fmt: str, nodes: Path | None) -> ForeignGraph:
    if not src.exists():
        raise ImportFileError(src, "no such file or folder")
    if fmt == "gexf":

        return read_gexf(src)
    if fmt == "graphml":

        files = sorted(src.glob("*.graphml"), key=lambda p: natural_key(p.name)) if src.is_dir() else [src]
        if not files:
            raise ImportFileError(src, "the folder holds no .graphml files")
        return read_graphml(files, src)
    if fmt == "csv":

        edges = src
        if src.is_dir():
            edges = src / "edges.csv"
            if nodes is None and (src / "nodes.csv").is_file():
                nodes = src / "nodes.csv"
            if not edges.is_file():
                raise ImportFileError(src, "the folder has no edges.csv")
        if nodes is not None and not nodes.is_file():
            raise ImportFileError(nodes, "no such file")
        return read_csv_pair(edges, nodes)
    if fmt == "kumu":

        return read_kumu(src)
    more = read_more(src, fmt)
    if more is not None:
        return more
    raise ImportFileError(src, f"unknown import format {fmt!r}; choose one of: auto, "
                          + ", ".join(FORMATS))


def import_file(src: str | Path, target: str | Path, *, fmt: str = "auto", force: bool = False,
                nodes: str | Path | None = None,
                confirm: Callable[[ImportReport], bool] | None = None,
                mapping: Mapping | None = None) -> ImportReport:
    """Import ``src`` into a new session file ``target``; returns the report.

    ``mapping`` (the mapping step: ``--map`` or the import dialog) says what the source's
    types, kinds, roles, scales, columns and phases stand for, over the default rules.

    ``confirm(report)`` is asked after the session is built and before it is put at
    ``target``; if it answers False, :class:`ImportCancelled` is raised and nothing is written.
    """
    src, target = Path(src), Path(target)
    if fmt == "auto":
        fmt = detect_format(src)
    # Check the target before reading, so a long parse does not end in "file exists".
    if target.exists() and not force:
        raise ImportFileError(target, "already exists; choose a new file name or use --force "
                              "to replace it.")
    if fmt == "tables":  # the app's own tables: the session itself, not a foreign network
        return import_own(src, target, force=force, confirm=confirm)
    graph = read_foreign(src, fmt, nodes=Path(nodes) if nodes is not None else None)
    if mapping is not None:
        graph.notes += rename_columns(graph, mapping) + order_phases(graph, mapping)
    report = ImportReport(source=src, fmt=fmt, ledger=graph.ledger)

    def fill(tmp: Path) -> None:
        if graph.tables is not None:  # the app's own GEXF or GraphML: built as written
            for note in graph.notes:
                report.note(note)
            report.presence_default = str(next((r.get("value") for r in graph.tables.get("meta", [])
                                                if r.get("key") == "presence_default"), ""))
            build_from_tables(tables_from_rows(graph.source, graph.fmt, graph.tables), tmp, report)
        else:
            build_session(graph, tmp, report, mapping)

    return place_reported(fill, src, target, report, force=force, confirm=confirm)


def _importer(fmt: str) -> Callable[..., ImportReport]:
    def run(src: str | Path, target: str | Path, *, force: bool = False,
            nodes: str | Path | None = None) -> ImportReport:
        return import_file(src, target, fmt=fmt, force=force, nodes=nodes)

    run.__name__ = f"import_{fmt}"
    run.__doc__ = f"Import a {fmt} source into a new session file (see ``import_file``)."
    return run


IMPORTERS: dict[str, Callable[..., ImportReport]] = {fmt: _importer(fmt) for fmt in FORMATS}

__all__ = ["import_file", "read_foreign", "detect_format", "IMPORTERS", "FORMATS",
           "ImportReport", "ImportFileError", "ImportCancelled"]
