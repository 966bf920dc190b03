"""The research bundle: every data format of a session in one folder, with a codebook.

``network.gexf`` (all phases), ``graphml/`` (one file per phase), ``csv/`` (one file per
tidy table), ``tables.xlsx``, ``codebook.json`` and a ``README.txt`` saying how to load each.
The bundle is written into a temporary folder beside the target and swapped into place only
when every file is complete and flushed (see :mod:`.atomic`), so a failure never leaves half a
bundle; an existing non-empty folder is replaced only when asked (``force``), and never one
that holds a session file.
"""

from __future__ import annotations

import errno
import json
import multiprocessing
import os
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Mapping, Sized

from .. import __version__
from .codebook import codebook as make_codebook
from .atomic import atomic_folder
from .data_export import session_view
from .errors import ExportError
from .session_guard import refuse_session_folder, refuse_session_target
from .gexf import write_gexf
from .graphml import write_graphml
from .tabular import write_csv, write_xlsx
from ..domain.textsafe import TextLog

if TYPE_CHECKING:  # pragma: no cover
    from ..session import Session


def write_bundle(session: "Session", out_dir: str | os.PathLike[str], *,
                 pseudonymize: bool = False, force: bool = False,
                 notes: list[str] | None = None) -> list[Path]:
    """Write the research bundle into ``out_dir``; returns every file written."""
    target = Path(out_dir)
    refuse_session_target(target, action="a bundle")
    if target.exists() and not target.is_dir():
        raise ExportError(f"{target}: is a file; the bundle needs a folder.")
    refuse_session_folder(target, action="a bundle")  # even with force
    if target.is_dir() and any(target.iterdir()) and not force:
        raise ExportError(f"{target}: the folder is not empty; choose a new folder or use --force "
                          "to replace it.")
    if not target.parent.is_dir():
        raise ExportError(f"{target}: the folder {target.parent} does not exist.")
    log = TextLog()
    with atomic_folder(target, replace=True) as work:
        with session_view(session, pseudonymize) as view:
            files = _write_files(view, work, pseudonymize, log)
    if notes is not None:
        notes.extend(log.messages())
    return [target / f.relative_to(work) for f in files]


def _write_files(session: "Session", work: Path, pseudonymised: bool, log: TextLog) -> list[Path]:
    tables = session.table_columns()  # computed once for every file; the votes as columns
    rows = {name: t for name, t in tables.items() if isinstance(t, list)}  # all the networks read
    model = session.model
    scale = model.meta("score_scale")
    xlsx_path = work / "tables.xlsx"

    def networks_and_csv() -> tuple[list[Path], dict[str, dict[str, int]]]:
        rest_log = TextLog()
        out = [write_gexf(model, work / "network.gexf", tables=rows, log=rest_log)]
        (work / "graphml").mkdir()
        out += write_graphml(model, work / "graphml", tables=rows, log=rest_log)
        (work / "csv").mkdir()
        out += write_csv(tables, work / "csv")
        return out, {"stripped": rest_log.stripped, "truncated": rest_log.truncated}

    # The workbook is the slowest part. On a large session a second process writes the
    # networks and CSV files meanwhile (see ``_beside``): the workbook stays here, where
    # importing openpyxl and reading the tables cost less than in a forked copy.
    big = sum(len(r) for r in tables.values()) > _PARALLEL_ROWS
    pending = _beside(networks_and_csv) if big else None
    try:
        if pending is None:
            files, counts = networks_and_csv()
        write_xlsx(tables, xlsx_path, title=session.title, score_scale=scale,
                   pseudonymised=pseudonymised, log=log)
    except BaseException:
        if pending is not None:
            pending.abandon()
        raise
    if pending is not None:
        files, counts = pending.result()
    for kind in ("stripped", "truncated"):
        for fmt, n in counts[kind].items():
            bucket = getattr(log, kind)
            bucket[fmt] = bucket.get(fmt, 0) + n
    files.append(xlsx_path)
    book = make_codebook(tables, title=session.title, score_scale=scale, pseudonymised=pseudonymised)
    book["files"] = {
        "network.gexf": "all phases as one dynamic GEXF 1.3 network (time = phase_number)",
        "graphml/": "one GraphML network per phase",
        "csv/": "one CSV file per table",
        "tables.xlsx": "every table as a sheet, plus a codebook sheet",
    }
    cb = work / "codebook.json"
    cb.write_text(json.dumps(book, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    files.append(cb)
    readme = work / "README.txt"
    readme.write_text(readme_text(session, tables, files, pseudonymised, log), encoding="utf-8")
    files.append(readme)
    return files


_PARALLEL_ROWS = 50_000


class _Child:
    """A job running in a forked process, and its result."""

    def __init__(self, process: Any, receive: Any) -> None:
        self.process = process
        self.receive = receive

    def result(self) -> Any:
        """Wait for the job; its failure is raised here as an ExportError."""
        try:
            status, payload = self.receive.recv()
        except EOFError:
            status, payload = "error", f"the helper process stopped (exit code {self.process.exitcode})"
        finally:
            self.receive.close()
            self.process.join()
        if status == "oserror":  # the parent names the file and says why in words
            code, text, name = payload
            raise OSError(code, text, name)
        if status != "ok":
            raise ExportError(f"the network and CSV files could not be written ({payload})")
        return payload

    def abandon(self) -> None:
        """Stop the job (this process failed; its folder is about to be removed)."""
        self.process.terminate()
        self.process.join()
        self.receive.close()


def _beside(job: Callable[[], Any]) -> _Child | None:
    """Start ``job`` in a forked process; ``result()`` then waits for what it returned.

    Only where forking is cheap and safe: Linux, more than one CPU, and no other Python
    thread running (a fork copies one thread only). Otherwise ``None``: run it here.
    """
    if (not sys.platform.startswith("linux") or (os.cpu_count() or 1) < 2
            or threading.active_count() > 1
            or "fork" not in multiprocessing.get_all_start_methods()):
        return None
    ctx = multiprocessing.get_context("fork")
    receive, send = ctx.Pipe(duplex=False)
    child = ctx.Process(target=_run_child, args=(job, send), daemon=True)
    child.start()
    send.close()
    return _Child(child, receive)


def _run_child(job: Callable[[], Any], send: Any) -> None:
    try:
        send.send(("ok", job()))
    except OSError as exc:  # the parent raises it again, as its own write failure
        send.send(("oserror", (exc.errno or errno.EIO, exc.strerror or str(exc), exc.filename)))
    except BaseException as exc:  # reported to the parent, which raises it as an ExportError
        send.send(("error", f"{type(exc).__name__}: {exc}"))
    finally:
        send.close()


def readme_text(session: "Session", tables: Mapping[str, Sized], files: list[Path],
                pseudonymised: bool, log: TextLog) -> str:
    """What each file is and how to load it, in plain words."""
    graphml = sorted(p.name for p in files if p.suffix == ".graphml")
    counts = ", ".join(f"{name} ({len(rows)})" for name, rows in tables.items())
    lines = [
        f"Research data: {session.title}",
        "=" * min(78, len(f"Research data: {session.title}")),
        "",
        f"Written by Assemblage Workshop {__version__} from {session.path.name if not pseudonymised else 'a session file'}.",
        "Pseudonymised: actor, participant and phase names replaced; notes, quotes and other free "
        "text removed." if pseudonymised else "Not pseudonymised: names and notes as typed in the room.",
        "",
        "Files",
        "-----",
        "network.gexf   All phases as one dynamic GEXF 1.3 network. Time is the phase number",
        "               (1..n, see csv/phases.csv); spells say in which phases an actor takes part",
        "               and a relation exists; roles and the trust, commitment and",
        "               interdependence medians are dynamic attributes. Valid against the",
        "               official GEXF 1.3 RELAX NG grammar (and the XSD without viz elements).",
        "graphml/       One GraphML file per phase: " + (", ".join(graphml) or "(no phases)") + ".",
        "csv/           One UTF-8 CSV file per table, header row, no index column: " + counts + ".",
        "tables.xlsx    The same tables as spreadsheet sheets, plus a 'codebook' sheet. Text",
        "               cells are stored as text, so a name starting with = + - or @ is never",
        "               run as a formula. The CSV files keep text exactly as typed: read them",
        "               with data tools (pandas, R), and open tables.xlsx in spreadsheets.",
        "codebook.json  Every table and column: meaning, type, allowed values, the score scale,",
        "               the 3C rule, and whether the data are pseudonymised.",
        "",
        "Scores",
        "------",
        "Trust, commitment and interdependence are ordinal scores 1-5 (1 very low, 2 low,",
        "3 medium, 4 high, 5 very high); this scale is the app's choice, not the papers'. An empty",
        "cell means not scored, never 0. Medians are lower medians; no means are computed.",
        "Actors present in no phase and relations active in no phase are in the tables only.",
        "",
        "Loading",
        "-------",
        "pandas:    import pandas as pd",
        "           votes = pd.read_csv('csv/scores.csv')",
        "           actors = pd.read_csv('csv/actors.csv')",
        "           sheets = pd.read_excel('tables.xlsx', sheet_name=None)",
        "networkx:  import networkx as nx",
        "           g = nx.read_gexf('network.gexf')          # MultiDiGraph, all phases",
        "           g1 = nx.read_graphml('graphml/" + (graphml[0] if graphml else "phase_01.graphml") + "')",
        "R:         votes <- read.csv('csv/scores.csv', encoding = 'UTF-8')",
        "Gephi:     File > Open > network.gexf, then Window > Timeline to step through phases.",
        "",
    ]
    changed = log.messages()
    if changed:
        lines += ["Text changed on export", "----------------------", *changed, ""]
    return "\n".join(lines)


__all__ = ["write_bundle", "readme_text"]
