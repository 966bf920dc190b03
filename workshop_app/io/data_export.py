"""The data exporters behind ``workshop-app export``: GEXF, GraphML, CSV and XLSX.

Each takes a Session and an output path, optionally one phase and pseudonymisation, and
returns the files it wrote. A file appears whole or not at all: it is written beside its
final place under a temporary name and moved over only when complete.
"""

from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager, nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, ContextManager, Iterator

from ..domain.commands import CommandError
from .errors import ExportError
from .textsafe import TextLog

if TYPE_CHECKING:  # pragma: no cover
    from ..domain.session import Session

Tables = dict[str, list[dict[str, Any]]]


def session_view(session: "Session", pseudonymize: bool) -> ContextManager["Session"]:
    """The session itself, or a pseudonymised throw-away copy of it."""
    if pseudonymize:
        from .pseudonymise import pseudonymised

        return pseudonymised(session)
    return nullcontext(session)


def resolve_phase(session: "Session", phase: Any) -> int | None:
    """The id of the phase named by ``phase`` (name, key, id or object); None for all."""
    if phase is None:
        return None
    try:
        return session.phase(phase).id
    except CommandError:
        names = ", ".join(repr(p.name) for p in session.phases)
        raise ExportError(f"No phase {phase!r} in {session.path.name}; choose one of: {names}.") from None


def phase_position(session: "Session", phase_id: int) -> int:
    return next(i for i, p in enumerate(session.phases) if p.id == phase_id)


def filter_tables(tables: Tables, phase_id: int | None) -> Tables:
    """Only the rows of one phase (rows not tied to any phase are kept)."""
    if phase_id is None:
        return tables
    out: Tables = {}
    for name, rows in tables.items():
        if rows and "phase_id" in rows[0]:
            out[name] = [r for r in rows if r["phase_id"] in (phase_id, None)]
        else:
            out[name] = rows
    return out


@contextmanager
def atomic_file(path: Path) -> Iterator[Path]:
    """A temporary path beside ``path``; it replaces ``path`` only if the block succeeds."""
    path = Path(path)
    if path.is_dir():
        raise ExportError(f"{path}: is a folder; give a file name.")
    if not path.parent.is_dir():
        raise ExportError(f"{path}: the folder {path.parent} does not exist.")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        yield tmp
        usual_permissions(tmp)
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def usual_permissions(path: Path) -> None:
    """Give a file or folder made by ``tempfile`` (private to its owner) the permissions a
    plain ``open``/``mkdir`` would have given it, so colleagues can read an export."""
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(path, (0o777 if path.is_dir() else 0o666) & ~mask)


def _folder(path: Path) -> Path:
    path = Path(path)
    if path.exists() and not path.is_dir():
        raise ExportError(f"{path}: is a file; this format writes a folder of files.")
    if not path.parent.is_dir():
        raise ExportError(f"{path}: the folder {path.parent} does not exist.")
    path.mkdir(exist_ok=True)
    return path


def _report(log: TextLog, notes: list[str] | None) -> None:
    if notes is not None:
        notes.extend(log.messages())


def export_gexf(session: "Session", out: Path, *, phase: Any = None, pseudonymize: bool = False,
                viz: bool = True, notes: list[str] | None = None, **_: Any) -> list[Path]:
    """One dynamic GEXF 1.3 file (all phases, or one phase keeping its number)."""
    from .gexf import write_gexf

    phase_id = resolve_phase(session, phase)
    log = TextLog()
    with session_view(session, pseudonymize) as s, atomic_file(Path(out)) as tmp:
        ids = None if phase_id is None else [s.phases[phase_position(session, phase_id)].id]
        write_gexf(s.model, tmp, phase_ids=ids, viz=viz, log=log, tables=s.tables())
    _report(log, notes)
    return [Path(out)]


def export_graphml(session: "Session", out: Path, *, phase: Any = None,
                   pseudonymize: bool = False, notes: list[str] | None = None,
                   **_: Any) -> list[Path]:
    """GraphML: a folder with one file per phase, or with ``phase`` one file at ``out``."""
    from .graphml import write_graphml

    phase_id = resolve_phase(session, phase)
    log = TextLog()
    with session_view(session, pseudonymize) as s:
        tables = s.tables()
        if phase_id is None:
            folder = _folder(Path(out))
            with tempfile.TemporaryDirectory(prefix=".graphml-", dir=folder) as tmp:
                written = write_graphml(s.model, Path(tmp), tables=tables, log=log)
                paths = []
                for p in written:
                    os.replace(p, folder / p.name)
                    paths.append(folder / p.name)
        else:
            pid = s.phases[phase_position(session, phase_id)].id
            with atomic_file(Path(out)) as tmp_file, tempfile.TemporaryDirectory(
                prefix=".graphml-", dir=Path(out).parent
            ) as tmp:
                (one,) = write_graphml(s.model, Path(tmp), phase_ids=[pid], tables=tables, log=log)
                os.replace(one, tmp_file)
            paths = [Path(out)]
    _report(log, notes)
    return paths


def export_csv(session: "Session", out: Path, *, phase: Any = None, pseudonymize: bool = False,
               notes: list[str] | None = None, **_: Any) -> list[Path]:
    """A folder with one CSV file per tidy table (only one phase's rows with ``phase``)."""
    from .tabular import table_columns, write_csv_table

    phase_id = resolve_phase(session, phase)
    folder = _folder(Path(out))
    with session_view(session, pseudonymize) as s:
        tables = filter_tables(s.tables(), _same_phase(s, session, phase_id))
        paths = []
        for name, rows in tables.items():
            with atomic_file(folder / f"{name}.csv") as tmp:
                write_csv_table(rows, table_columns(name, rows), tmp)
            paths.append(folder / f"{name}.csv")
    return paths


def export_xlsx(session: "Session", out: Path, *, phase: Any = None, pseudonymize: bool = False,
                notes: list[str] | None = None, **_: Any) -> list[Path]:
    """One workbook: a sheet per tidy table and a codebook sheet."""
    from .tabular import write_xlsx

    phase_id = resolve_phase(session, phase)
    log = TextLog()
    with session_view(session, pseudonymize) as s, atomic_file(Path(out)) as tmp:
        tables = filter_tables(s.tables(), _same_phase(s, session, phase_id))
        write_xlsx(tables, tmp, title=s.title, score_scale=s.model.meta("score_scale"),
                   pseudonymised=pseudonymize, log=log)
    _report(log, notes)
    return [Path(out)]


def _same_phase(view: "Session", original: "Session", phase_id: int | None) -> int | None:
    """The id in ``view`` of the phase chosen in ``original`` (copies keep ids, but be sure)."""
    if phase_id is None:
        return None
    return view.phases[phase_position(original, phase_id)].id


DATA_EXPORTERS: dict[str, Callable[..., list[Path]]] = {
    "gexf": export_gexf,
    "graphml": export_graphml,
    "csv": export_csv,
    "xlsx": export_xlsx,
}

__all__ = ["export_gexf", "export_graphml", "export_csv", "export_xlsx", "DATA_EXPORTERS",
           "atomic_file", "filter_tables", "resolve_phase", "session_view", "usual_permissions"]
