"""Several sessions' tables as one data set, for an analysis across a series of workshops."""

from __future__ import annotations

import os
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator

if TYPE_CHECKING:  # pragma: no cover
    from ..domain.session import Session


@contextmanager
def open_for_reading(path: str | os.PathLike[str]) -> Iterator["Session"]:
    """Open a session without changing it, also one from an older schema version.

    An older file cannot be opened read-only (it would need an upgrade); it is copied to a
    temporary folder and the copy is upgraded and read, so the original stays as it was.
    """
    from ..domain.session import Session
    from ..store.schema import SCHEMA_VERSION
    from ..store.sqlite_store import inspect_file

    if inspect_file(path) >= SCHEMA_VERSION:
        with Session.open(path, read_only=True) as session:
            yield session
        return
    with tempfile.TemporaryDirectory(prefix="workshop-read-") as tmp:
        copy = Path(tmp) / Path(path).name
        shutil.copy2(path, copy)
        with Session.open(copy) as session:
            yield session


def load_many(paths: Iterable[str | os.PathLike[str]]) -> dict[str, list[dict[str, Any]]]:
    """The tidy tables of several sessions, combined, with a ``session`` column (file stem).

    Opens every file read-only. Ids stay those of each session, so join on ``session`` plus the
    id. ``pandas.DataFrame(load_many(files)["consensus"])`` gives one table for all workshops.
    """
    combined: dict[str, list[dict[str, Any]]] = {}
    seen: dict[str, Path] = {}
    for raw in paths:
        path = Path(raw)
        name = path.stem
        if name in seen:
            name = f"{path.parent.name}/{path.stem}"
        seen[name] = path
        with open_for_reading(path) as session:
            for table, rows in session.tables().items():
                bucket = combined.setdefault(table, [])
                bucket.extend({"session": name, **row} for row in rows)
    return combined


__all__ = ["load_many", "open_for_reading"]
