"""The research bundle: every data format of a session in one folder, with a codebook.

``network.gexf`` (all phases), ``graphml/`` (one file per phase), ``csv/`` (one file per
tidy table), ``tables.xlsx``, ``codebook.json`` and a ``README.txt`` saying how to load each.
The workbook is left out when the tables hold more than :data:`XLSX_BUNDLE_MAX_CELLS` cells
(a spreadsheet that size is slow to write and to open, and the CSV files hold the same
tables); the README and the returned notes say so.
The bundle is written into a temporary folder beside the target and swapped into place only
when every file is complete and flushed (see :mod:`.atomic`), so a failure or a cancel never
leaves half a bundle; an existing non-empty folder is replaced only when asked (``force``),
and never one that holds a session file.

It runs in this process, the same way on every system: ``progress(done, total, what)`` is
told how far it got every few thousand rows, and ``cancelled()`` is asked at the same moments;
once it says yes the export stops with :class:`ExportCancelled` and nothing is written.

Like every data export it is written in English whatever the console's language
(:func:`.data_export.in_english`), so bundles of workshops held in different languages read
alike in one corpus.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Mapping, Sized

from .. import __version__
from ..analysis.agreement import agreement_of_units, agreement_table
from ..domain.textsafe import TextLog
from .atomic import atomic_folder
from .codebook import codebook as make_codebook
from .data_export import in_english, session_view
from .errors import ExportCancelled, ExportError
from .exchange import vote_groups
from .gexf import write_gexf
from .graphml import write_graphml
from .session_guard import refuse_session_folder, refuse_session_target
from .tabular import table_columns, write_csv, write_xlsx

if TYPE_CHECKING:  # pragma: no cover
    from ..session import Session

Progress = Callable[[int, int, str], None]

# What one row costs each writer, in the units progress counts: measured on the stress
# session, where the workbook takes about thirty times as long per row as the CSV files.
_XLSX_WEIGHT = 30
_NETWORK_WEIGHT = 2

# The most cells (header rows included) the bundle writes as tables.xlsx. openpyxl's streaming
# writer takes about 13 s for the stress session's 2.6 million cells, most of the bundle's
# time, and a spreadsheet that size opens slowly; the CSV files hold the same tables, and
# ``workshop-app export --format xlsx`` still writes the workbook on request.
XLSX_BUNDLE_MAX_CELLS = 1_000_000


def table_cells(tables: Mapping[str, list[dict[str, Any]]]) -> int:
    """Cells of all tables as a workbook holds them: rows plus the header, times columns."""
    return sum((len(rows) + 1) * len(table_columns(name, rows)) for name, rows in tables.items())


def xlsx_left_out_note(cells: int) -> str:
    """The sentence the README, the command line and the dialog give for a big session."""
    return (f"tables.xlsx left out: {cells:,} cells (more than {XLSX_BUNDLE_MAX_CELLS:,}); the CSV "
            "files hold the same tables; `workshop-app export --format xlsx` writes it on request.")


class _Steps:
    """Progress in rows written, told to ``progress``; ``cancelled`` is asked at each tick."""

    def __init__(self, total: int, progress: Progress | None,
                 cancelled: Callable[[], bool] | None, target: Path) -> None:
        self.total = max(total, 1)
        self.done = 0
        self.progress = progress
        self.cancelled = cancelled
        self.target = target
        self.what = ""

    def start(self, what: str) -> None:
        self.what = what
        self.tick(0)

    def ticker(self, weight: int) -> Callable[[int], None]:
        return lambda rows: self.tick(rows * weight)

    def tick(self, units: int) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ExportCancelled(f"{self.target}: the research bundle was cancelled; nothing "
                                  "was written.")
        self.done = min(self.total, self.done + units)
        if self.progress is not None:
            self.progress(self.done, self.total, self.what)


@in_english
def write_bundle(session: "Session", out_dir: str | os.PathLike[str], *,
                 pseudonymize: bool = False, force: bool = False,
                 notes: list[str] | None = None, progress: Progress | None = None,
                 cancelled: Callable[[], bool] | None = None) -> list[Path]:
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
    left_out: list[str] = []
    with atomic_folder(target, replace=True) as work:
        with session_view(session, pseudonymize) as view:
            files = _write_files(view, work, pseudonymize, log, progress, cancelled, target,
                                 left_out)
    if notes is not None:
        notes.extend(left_out)
        notes.extend(log.messages())
    return [target / f.relative_to(work) for f in files]


def _write_files(session: "Session", work: Path, pseudonymised: bool, log: TextLog,
                 progress: Progress | None, cancelled: Callable[[], bool] | None,
                 target: Path, left_out: list[str]) -> list[Path]:
    model = session.model
    tables = session.tables()  # computed once for every file
    # The votes grouped by relation and phase, once for every file: both networks write
    # them (what XML cannot hold is dropped once, for both), and the room's agreement is
    # counted from them.
    room_ids = {p["participant_id"] for p in tables["participants"] if p["kind"] == "room"}
    votes = vote_groups(tables["scores"], lambda text: log.xml(text, "GEXF"), room_ids)
    agreement = agreement_of_units(votes.room, {p["phase_id"]: p["name"] for p in tables["phases"]},
                                   len(room_ids))
    # How far the room agreed, beside the tables it is computed from: in the CSV files, the
    # workbook and the codebook, not on the networks (it describes no node or edge).
    with_agreement = {**tables, "agreement": agreement_table(model, agreement)}
    scale = model.meta("score_scale")
    rows = sum(map(len, with_agreement.values()))
    cells = table_cells(tables)  # the limit is the session's; agreement adds a few dozen rows
    with_xlsx = cells <= XLSX_BUNDLE_MAX_CELLS
    if not with_xlsx:
        left_out.append(xlsx_left_out_note(cells))
    networks = len(tables["presence"]) + len(tables["consensus"])
    steps = _Steps(networks * 2 * _NETWORK_WEIGHT + rows * (1 + (_XLSX_WEIGHT if with_xlsx else 0)),
                   progress, cancelled, target)

    steps.start("network.gexf")
    files = [write_gexf(model, work / "network.gexf", tables=tables, log=log, votes=votes)]
    steps.tick(networks * _NETWORK_WEIGHT)
    steps.start("graphml")
    (work / "graphml").mkdir()
    files += write_graphml(model, work / "graphml", tables=tables, log=log, votes=votes)
    steps.tick(networks * _NETWORK_WEIGHT)
    steps.start("csv")
    (work / "csv").mkdir()
    files += write_csv(with_agreement, work / "csv", tick=steps.ticker(1))
    if with_xlsx:
        steps.start("tables.xlsx")
        xlsx_path = work / "tables.xlsx"
        write_xlsx(with_agreement, xlsx_path, title=session.title, score_scale=scale,
                   pseudonymised=pseudonymised, log=log, tick=steps.ticker(_XLSX_WEIGHT))
        files.append(xlsx_path)
    steps.start("codebook")
    book = make_codebook(with_agreement, title=session.title, score_scale=scale,
                         pseudonymised=pseudonymised)
    book["files"] = {
        "network.gexf": "all phases as one dynamic GEXF 1.3 network (time = phase_number)",
        "graphml/": "one GraphML network per phase",
        "csv/": "one CSV file per table",
        "tables.xlsx": ("every table as a sheet, plus a codebook sheet" if with_xlsx
                        else xlsx_left_out_note(cells)),
    }
    cb = work / "codebook.json"
    cb.write_text(json.dumps(book, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    files.append(cb)
    readme = work / "README.txt"
    readme.write_text(readme_text(session, with_agreement, files, pseudonymised, log, left_out),
                      encoding="utf-8")
    files.append(readme)
    steps.start("done")
    return files


def readme_text(session: "Session", tables: Mapping[str, Sized], files: list[Path],
                pseudonymised: bool, log: TextLog, left_out: list[str] | None = None) -> str:
    """What each file is and how to load it, in plain words."""
    graphml = sorted(p.name for p in files if p.suffix == ".graphml")
    counts = ", ".join(f"{name} ({len(rows)})" for name, rows in tables.items())
    with_xlsx = any(p.name == "tables.xlsx" for p in files)
    first = graphml[0] if graphml else "phase_01.graphml"
    lines = [
        f"Research data: {session.title}",
        "=" * min(78, len(f"Research data: {session.title}")),
        "",
        f"Written by Assemblage Workshop {__version__} from {session.path.name if not pseudonymised else 'a session file'}.",
        "Pseudonymised: actor, participant, phase and arena names replaced; notes, quotes, "
        "sources' quotes, authors and reasons and other free text removed." if pseudonymised
        else "Not pseudonymised: names, notes and quotes as typed in the room or the sources.",
        "",
        "Files",
        "-----",
        "network.gexf   All phases as one dynamic GEXF 1.3 network. Time is the phase number",
        "               (1..n, see csv/phases.csv); spells say in which phases an actor takes part",
        "               and a relation exists. Per phase: presence state, roles, notes and",
        "               sources of each actor; state, every individual vote (JSON), medians,",
        "               'weight' (median trust), 3C class and stated class of each relation.",
        "               A relation drawn without a direction is an undirected edge. Valid",
        "               against the official GEXF 1.3 RELAX NG grammar (and the XSD without viz).",
        "graphml/       One GraphML file per phase: " + (", ".join(graphml) or "(no phases)") + ".",
        "               The actors present and the relations active in that phase, with the",
        "               same attributes; 'weight' is the median trust.",
        "csv/           One UTF-8 CSV file per table, header row, no index column: " + counts + ".",
    ]
    if with_xlsx:
        lines += [
            "tables.xlsx    The same tables as spreadsheet sheets, plus a 'codebook' sheet. Text",
            "               cells are stored as text, so a name starting with = + - or @ is never",
            "               run as a formula. The CSV files keep text exactly as typed: read them",
            "               with data tools (pandas, R), and open tables.xlsx in spreadsheets.",
        ]
    else:
        wrapped = _wrap(*(left_out or [])[:1])
        lines += ["tables.xlsx    " + wrapped[0], *wrapped[1:]]
        lines += ["               For a spreadsheet, `workshop-app export --format csv --excel`",
                  "               writes CSV files Excel opens safely."]
    lines += [
        "codebook.json  Every table and column: meaning, type, allowed values, the score scale,",
        "               the 3C rule, the concepts and the papers they come from, and whether",
        "               the data are pseudonymised.",
        "",
        "Scores and evidence",
        "-------------------",
        "Trust, commitment and interdependence are ordinal scores 1-5 (1 very low, 2 low,",
        "3 medium, 4 high, 5 very high); this scale is the app's choice, not the papers'. An empty",
        "cell means not scored, never 0. Medians are lower medians; no means are computed.",
        "Votes of reference participants (levels a source states) are in scores.csv with",
        "counted = False and are not in the medians. An actor in a phase is present, absent or",
        "not_described (presence.state): silence in a source is not absence. Every fact row",
        "cites its source: evidence_id (a row of sources.csv), evidence_kind and evidence.",
        "Actors present in no phase and relations active in no phase are on no network; the",
        "tables hold them.",
        "csv/agreement.csv: how alike the room scored, Krippendorff's alpha (ordinal) per",
        "dimension for the session and each phase, over room votes only; an empty alpha is",
        "undefined (undefined_reason says why), never 0.",
        "",
        "Loading",
        "-------",
        "pandas:    import pandas as pd",
        "           votes = pd.read_csv('csv/scores.csv')",
        "           actors = pd.read_csv('csv/actors.csv')",
    ]
    if with_xlsx:
        lines.append("           sheets = pd.read_excel('tables.xlsx', sheet_name=None)")
    lines += [
        "networkx:  networkx refuses a file that mixes directed and undirected edges; drop the",
        "           undirected marks first (the 'directed' attribute keeps them apart):",
        "           import io, networkx as nx",
        "           text = open('network.gexf', encoding='utf-8').read()",
        "           g = nx.read_gexf(io.BytesIO(text.replace(' type=\"undirected\"', '').encode()))",
        f"           text = open('graphml/{first}', encoding='utf-8').read()",
        "           g1 = nx.read_graphml(io.BytesIO(text.replace(' directed=\"false\"', '').encode()))",
        "R:         votes <- read.csv('csv/scores.csv', encoding = 'UTF-8')",
        "Gephi:     File > Open > network.gexf, then Window > Timeline to step through phases.",
        "",
    ]
    changed = log.messages()
    if changed:
        lines += ["Text changed on export", "----------------------", *changed, ""]
    return "\n".join(lines)


def _wrap(text: str = "") -> list[str]:
    """A sentence broken into README lines, the first flush and the rest indented."""
    words, out, line = text.split(), [], ""
    for word in words:
        if line and len(line) + 1 + len(word) > 63:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    out.append(line)
    return [out[0], *("               " + rest for rest in out[1:])]


__all__ = ["write_bundle", "readme_text", "XLSX_BUNDLE_MAX_CELLS", "table_cells",
           "xlsx_left_out_note", "ExportCancelled", "Progress"]
