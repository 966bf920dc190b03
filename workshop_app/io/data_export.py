"""The data exporters behind ``workshop-app export``: GEXF, GraphML, CSV and XLSX.

Each takes a Session and an output path, optionally one phase and pseudonymisation, and
returns the files it wrote. A file appears whole or not at all: it is written beside its
final place under a temporary name and moved over only when complete.

Data is written in English whatever the console's language (:func:`in_english`): a
researcher's corpus reads alike across workshops held in different languages, so whatever
an export computes on the way (a warning's or a diff's sentence, a vocabulary word, a count)
is made under ``i18n.using("en")``.
"""

from __future__ import annotations

from contextlib import nullcontext
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, ContextManager, TypeVar

from ..domain.commands import CommandError
from ..domain.i18n import SOURCE_LANGUAGE, using
from .atomic import atomic_file, atomic_folder
from .errors import ExportError
from ..domain.textsafe import TextLog
from .pseudonymise import pseudonymised
from .gexf import write_gexf
from .graphml import write_graphml
from .tabular import table_columns, write_csv_table
from .tabular import write_xlsx

if TYPE_CHECKING:  # pragma: no cover
    from ..session import Session

Tables = dict[str, list[dict[str, Any]]]
Export = TypeVar("Export", bound=Callable[..., Any])


def in_english(export: Export) -> Export:
    """Run ``export`` in English (this thread only), whatever language is in force."""

    @wraps(export)
    def run(*args: Any, **kwargs: Any) -> Any:
        with using(SOURCE_LANGUAGE):
            return export(*args, **kwargs)

    return run  # type: ignore[return-value]


def session_view(session: "Session", pseudonymize: bool) -> ContextManager["Session"]:
    """The session itself, or a pseudonymised throw-away copy of it."""
    if pseudonymize:

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


def _report(log: TextLog, notes: list[str] | None) -> None:
    if notes is not None:
        notes.extend(log.messages())


@in_english
def export_gexf(session: "Session", out: Path, *, phase: Any = None, pseudonymize: bool = False,
                viz: bool = True, notes: list[str] | None = None, **_: Any) -> list[Path]:
    """One dynamic GEXF 1.3 file (all phases, or one phase keeping its number)."""

    phase_id = resolve_phase(session, phase)
    log = TextLog()
    with session_view(session, pseudonymize) as s, atomic_file(Path(out)) as tmp:
        ids = None if phase_id is None else [s.phases[phase_position(session, phase_id)].id]
        write_gexf(s.model, tmp, phase_ids=ids, viz=viz, log=log, tables=s.tables())
    _report(log, notes)
    return [Path(out)]


@in_english
def export_graphml(session: "Session", out: Path, *, phase: Any = None,
                   pseudonymize: bool = False, notes: list[str] | None = None,
                   **_: Any) -> list[Path]:
    """GraphML: a folder with one file per phase, or with ``phase`` one file at ``out``."""

    phase_id = resolve_phase(session, phase)
    log = TextLog()
    with session_view(session, pseudonymize) as s:
        tables = s.tables()
        if phase_id is None:  # a folder: the phase files are added to it together
            folder = Path(out)
            with atomic_folder(folder, replace=False) as tmp:
                written = write_graphml(s.model, tmp, tables=tables, log=log)
            paths = [folder / p.name for p in written]
        else:
            pid = s.phases[phase_position(session, phase_id)].id
            with atomic_file(Path(out)) as tmp_file:
                write_graphml(s.model, tmp_file.parent, phase_ids=[pid], tables=tables, log=log,
                              into=tmp_file)
            paths = [Path(out)]
    _report(log, notes)
    return paths


@in_english
def export_csv(session: "Session", out: Path, *, phase: Any = None, pseudonymize: bool = False,
               notes: list[str] | None = None, excel: bool = False, **_: Any) -> list[Path]:
    """A folder with one CSV file per tidy table (only one phase's rows with ``phase``);
    ``excel``: the Excel-friendly variant (see ``tabular``), for opening in a spreadsheet."""

    phase_id = resolve_phase(session, phase)
    folder = Path(out)
    with session_view(session, pseudonymize) as s:
        tables = filter_tables(s.tables(), _same_phase(s, session, phase_id))
        with atomic_folder(folder, replace=False) as tmp:  # every table, or none of them
            for name, rows in tables.items():
                write_csv_table(rows, table_columns(name, rows), tmp / f"{name}.csv",
                                excel=excel)
    return [folder / f"{name}.csv" for name in tables]


@in_english
def export_xlsx(session: "Session", out: Path, *, phase: Any = None, pseudonymize: bool = False,
                notes: list[str] | None = None, **_: Any) -> list[Path]:
    """One workbook: a sheet per tidy table and a codebook sheet."""

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
           "filter_tables", "in_english", "resolve_phase", "session_view"]
