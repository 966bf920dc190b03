"""Rows of the session file <-> the model's records.

The file keeps lists and objects as JSON text and booleans as 0/1; the model keeps tuples,
dicts and bools. Only the store reads and writes rows, so only the store knows this mapping.
"""

from __future__ import annotations

import dataclasses
import json
from typing import Any, Callable, Iterable

from ..domain.model import TABLES

_JSON_FIELDS = {"abilities", "roles", "attrs", "value", "detail", "role_sources",
                "orchestrator_modes", "fact_sources"}
_TUPLE_FIELDS = {"abilities", "roles", "orchestrator_modes"}  # JSON lists kept as tuples
_BOOL_FIELDS = {"pinned", "directed", "done"}


def to_row(rec: Any) -> dict[str, Any]:
    """Flatten a record into a row of SQLite-friendly values (lists and dicts as JSON)."""
    row: dict[str, Any] = {}
    for f in dataclasses.fields(rec):
        v = getattr(rec, f.name)
        if f.name in _JSON_FIELDS:
            v = json.dumps(list(v) if isinstance(v, tuple) else v, ensure_ascii=False)
        elif f.name in _BOOL_FIELDS:
            v = int(bool(v))
        row[f.name] = v
    return row


def row_decoder(table: str, columns: Iterable[str]) -> tuple[list[str], Callable[[tuple[Any, ...]], Any]]:
    """A fast maker of records from plain row tuples of ``columns`` (for loading big files).

    Returns the columns to SELECT (those the record knows, in the file's order) and a function
    turning one row tuple into a record; the per-field work is decided once per table, not per
    row, which is what makes opening a session with 100,000 votes quick.
    """
    cls = TABLES[table].record
    known = {f.name for f in dataclasses.fields(cls)}
    cols = [c for c in columns if c in known]
    convert: list[Callable[[Any], Any] | None] = []
    for name in cols:
        if name in _TUPLE_FIELDS:
            convert.append(lambda v: tuple(json.loads(v)) if isinstance(v, str) else tuple(v))
        elif name in _JSON_FIELDS:
            convert.append(lambda v: json.loads(v) if isinstance(v, str) else v)
        elif name in _BOOL_FIELDS:
            convert.append(bool)
        else:
            convert.append(None)
    if not any(convert):
        if cols == [f.name for f in dataclasses.fields(cls)][: len(cols)]:
            return cols, lambda row: cls(*row)  # the common case: the file's own columns
        return cols, lambda row: cls(**dict(zip(cols, row)))
    pairs = list(zip(cols, convert))

    def decode(row: tuple[Any, ...]) -> Any:
        return cls(**{n: (v if c is None else c(v)) for (n, c), v in zip(pairs, row)})
    return cols, decode


def from_row(table: str, row: dict[str, Any]) -> Any:
    """Rebuild a record from a stored row; unknown columns (from newer tools) are ignored."""
    cls = TABLES[table].record
    kwargs: dict[str, Any] = {}
    for f in dataclasses.fields(cls):
        if f.name not in row:
            continue
        v = row[f.name]
        if f.name in _JSON_FIELDS and isinstance(v, str):
            v = json.loads(v)
            if f.name in _TUPLE_FIELDS:
                v = tuple(v)
        elif f.name in _TUPLE_FIELDS and isinstance(v, list):
            v = tuple(v)
        elif f.name in _BOOL_FIELDS:
            v = bool(v)
        kwargs[f.name] = v
    return cls(**kwargs)


__all__ = ["to_row", "from_row", "row_decoder"]
