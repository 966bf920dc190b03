"""What the JSON network formats share: objects checked for shape, values carried with their
units, positions, and ends that refer to nodes.

A JSON import counts every plain value of the document (``value`` units, see
``json_in.scalars``); each node's and edge's values travel with the item for the builder to
settle, and the reader books the rest (flags, graph details, view state) itself, so the
report's counts add up to the document's.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..errors import ImportFileError
from .foreign import ForeignGraph, ForeignItem, ForeignNode, as_number
from .json_in import scalars
from .report import units


def kind_of(value: Any) -> str:
    names = {dict: "an object", list: "a list", str: "text", bool: "true or false",
             int: "a number", float: "a number", type(None): "null"}
    return names.get(type(value), type(value).__name__)


def objects(path: Path, value: Any, where: str, what: str, *, keyed: bool = False) -> list[tuple[str, dict[str, Any]]]:
    """``value`` as (place, object) pairs: a list of objects, or with ``keyed`` also an
    object of objects (JGF 2's nodes, keyed by id; the key comes back as ``"#key"``)."""
    if value is None:
        return []
    if keyed and isinstance(value, dict):
        out = []
        for key, item in value.items():
            if not isinstance(item, dict):
                raise ImportFileError(path, f"{what} {key!r} is not a JSON object but "
                                      f"{kind_of(item)}", f"{where}.{key}")
            out.append((f"{where}.{key}", {**item, "#key": key}))
        return out
    if not isinstance(value, list):
        raise ImportFileError(path, f"'{where.rsplit('.', 1)[-1]}' must be a list of {what}s, "
                              f"not {kind_of(value)}", where)
    for n, item in enumerate(value):
        if not isinstance(item, dict):
            raise ImportFileError(path, f"{'an' if what[0] in 'aeiou' else 'a'} {what} is not a "
                                  f"JSON object but {kind_of(item)}", f"{where}[{n}]")
    return [(f"{where}[{n}]", item) for n, item in enumerate(value)]


def ref(path: Path, value: Any, where: str, what: str) -> str:
    """An id or a reference: text or a number (a whole float loses its '.0'), never a list."""
    if isinstance(value, bool) or value is None or isinstance(value, (list, dict)):
        raise ImportFileError(path, f"'{what}' must be text or a number, not {kind_of(value)}",
                              where)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def flat(value: Any) -> Any:
    """A JSON value as one attribute: scalars as they are, a list of scalars joined with
    ';', anything nested as its JSON text (nesting is bounded by ``json_in``)."""
    if isinstance(value, list) and all(not isinstance(v, (list, dict)) for v in value):
        return ";".join("" if v is None else str(v) for v in value)
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return value


def put(item: ForeignItem, name: str, value: Any, place: str) -> None:
    """One attribute of ``item``, carrying the document's values behind it."""
    item.attrs[name] = flat(value)
    item.carry(name, units(value=scalars(value)), place)


def spread(item: ForeignItem, values: dict[str, Any], place: str, *, skip: tuple[str, ...] = (),
           prefix: str = "") -> None:
    """Every key of ``values`` (but ``skip``) as an attribute of ``item``."""
    for key, value in values.items():
        if key in skip:
            continue
        name = f"{prefix}{key}"
        while name in item.attrs:
            name = f"{name}_"
        put(item, name, value, place)


def position(node: ForeignNode, x: Any, y: Any, tally: int, place: str) -> None:
    """A node's position as found (``ForeignGraph.settle`` judges it)."""
    node.x, node.y = as_number(x), as_number(y)
    node.position_where = place
    node.carry("@position", units(value=tally), place)


def book(graph: ForeignGraph, value: Any, outcome: str, what: str, rule: str = "",
         place: str = "") -> None:
    """Book a part of the document the reader settles itself (flags, graph details)."""
    n = scalars(value)
    if not n:
        return
    if outcome == "imported":
        graph.ledger.imported(units(value=n), what)
    elif outcome == "mapped":
        graph.ledger.mapped(units(value=n), what, rule, place)
    else:
        graph.ledger.skipped(units(value=n), what, rule, place)


def graph_details(graph: ForeignGraph, details: Any, place: str) -> str:
    """A graph's own details (name, metadata) as a phase note; the name becomes the title
    when there is none. Returns the note."""
    if not isinstance(details, dict):
        book(graph, details, "skipped", "graph details", "not an object", place)
        return ""
    lines = []
    for key, value in details.items():
        if key in ("name", "label", "title") and isinstance(value, str) and not graph.title:
            graph.title = value.strip()
            book(graph, value, "imported", "graph name (the session's title)")
            continue
        lines.append(f"{key}: {flat(value)}")
        book(graph, value, "mapped", "graph detail", "kept in the phase's note", place)
    return "\n".join(lines)


__all__ = ["objects", "ref", "flat", "put", "spread", "position", "book", "graph_details",
           "kind_of"]
