"""Many workshops in one SQLite database: the research corpus.

``build_corpus`` reads session files (each opened read-only: a private copy in memory, the
file is never changed) and writes every tidy table of every session into one database, each
row with its ``workshop``; ``add_to_corpus`` grows it. A ``workshops`` table names each
session's file, title, date and the SHA-256 of the file's bytes, so a session changed since it
was added is told by its hash: adding it again replaces that workshop's rows (decisions about
its actors stay where the actor is still there under the same name), adding an unchanged
one does nothing.

The database is written with sqlite-utils (tables, indexes, FTS5 full-text search over
notes and quotes, views) and put in place whole through ``io.atomic``: a build or an
addition that fails leaves the earlier corpus as it was. The same files give the same
database: workshops go in by name, rows in the order the tidy tables give them, and the
suggestions of matching actors are deterministic; only ``workshops.imported_at`` says when.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import sys
from dataclasses import dataclass, field
from operator import itemgetter
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

from ..domain.i18n import tr
from ..io.atomic import staged
from ..io.errors import ExchangeError
from ..io.load import open_for_reading
from .corpus_schema import (CORPUS_VERSION, DECIDED, FORMAT, FTS, INDEXES, REGISTER_DDL,
                            SESSION_TABLES, VIEWS, WORKSHOP_COLUMNS, session_table_specs)
from .extra import need
from .reconcile import DEFAULT_CUTOFF, Suggested, suggest

WHAT = "The research corpus"
Progress = Callable[[int, int, str], None]
PARALLEL_FROM = 64  # sessions; fewer are read here (starting reader processes costs more)
MAX_WORKERS = 4


class CorpusError(ExchangeError):
    """A corpus that cannot be built, grown or read as asked; nothing was changed."""


@dataclass(frozen=True)
class WorkshopOutcome:
    """What happened to one session file: added, replaced or unchanged, and why."""

    workshop: str
    file: Path
    outcome: str
    detail: str = ""


@dataclass
class CorpusReport:
    path: Path
    outcomes: list[WorkshopOutcome] = field(default_factory=list)
    suggested: Suggested | None = None
    dropped_decisions: int = 0

    @property
    def changed(self) -> bool:
        return any(o.outcome != "unchanged" for o in self.outcomes)


@dataclass
class _Read:
    """One session read: its tidy tables as (columns, rows of values), and the facts the
    workshops table keeps. Plain tuples, so a reader process hands them over cheaply."""

    tables: dict[str, tuple[tuple[str, ...], list[tuple[Any, ...]]]]
    workshop: dict[str, Any]
    actor_names: dict[int, str]


# -- reading sessions ---------------------------------------------------------------------
def file_facts(path: Path) -> tuple[str, int, int]:
    """SHA-256, size and schema version (SQLite's user_version, bytes 60-63) of a file.

    The store checkpoints after every saved edit, so the main file holds the whole session.
    """
    digest = hashlib.sha256()
    size = 0
    head = b""
    try:
        with open(path, "rb") as fh:
            while chunk := fh.read(1 << 20):
                if not head:
                    head = chunk[:100]
                digest.update(chunk)
                size += len(chunk)
    except OSError as exc:
        raise CorpusError(f"{path}: cannot be read ({exc.strerror or exc}).") from None
    version = int.from_bytes(head[60:64], "big") if len(head) >= 64 else 0
    return digest.hexdigest(), size, version


def read_session(path: Path, workshop: str) -> _Read:
    """Read one session file (read-only, never changed) into rows for the corpus, each row
    with the workshop's name first."""
    sha, size, version = file_facts(path)
    with open_for_reading(path) as session:
        tables = session.tables()
    facts = _workshop_facts(path, tables, sha, size, version)
    rows = {}
    for name, table in tables.items():
        if table:
            columns = tuple(table[0])
            get = itemgetter(*columns)
            rows[name] = (columns, [(workshop, *get(r)) for r in table])
    return _Read(rows, facts, {int(a["actor_id"]): a["name"] for a in tables.get("actors", [])})


def _reads(named: list[tuple[str, Path]], workers: int | None) -> Iterator[_Read]:
    """The sessions read in order; a large corpus is read by several processes while this
    one writes (reading and checking a session costs more than storing its rows)."""
    paths, names = [p for _n, p in named], [n for n, _p in named]
    if workers is None:
        workers = 1 if len(paths) < PARALLEL_FROM else min(os.cpu_count() or 1, MAX_WORKERS)
    if workers <= 1 or not _can_spawn():
        yield from map(read_session, paths, names)
        return
    # Loaded here, not with the module: the console imports this module to offer the corpus
    # dialog, and the process machinery is a noticeable part of its start-up.
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # "spawn": a fresh interpreter per reader, safe beside the GUI's threads on every system.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        yield from pool.map(read_session, paths, names, chunksize=4)


def workshop_names(paths: Sequence[str | os.PathLike[str]]) -> list[tuple[str, Path]]:
    """A name for each file, sorted: its stem, or folder/stem where two stems are equal."""
    files = [Path(p) for p in paths]
    stems: dict[str, int] = {}
    for f in files:
        stems[f.stem] = stems.get(f.stem, 0) + 1
    named: dict[str, Path] = {}
    for f in files:
        name = f.stem if stems[f.stem] == 1 else f"{f.resolve().parent.name}/{f.stem}"
        if name in named:
            same = named[name].resolve() == f.resolve()
            raise CorpusError(f"{f}: {'given twice' if same else 'has the same name as ' + str(named[name])}"
                              "; each workshop of a corpus needs a name of its own.")
        named[name] = f
    return sorted(named.items())


def _can_spawn() -> bool:
    """Whether a fresh interpreter can start this program again: not when the main script
    came from standard input (``python - < script``), which it cannot re-read, nor in the
    desktop bundle, whose executable would start another window."""
    if getattr(sys, "frozen", False):
        return False
    main = getattr(sys.modules.get("__main__"), "__file__", None)
    return main is None or os.path.isfile(main)


def _workshop_facts(path: Path, t: dict[str, list[dict[str, Any]]], sha: str, size: int,
                    version: int) -> dict[str, Any]:
    meta = {str(r["key"]): str(r["value"]) for r in t.get("meta", [])}
    created = meta.get("created", "")
    return {
        "title": meta.get("title", "") or path.stem, "file": str(path.resolve()),
        "file_name": path.name, "date": meta.get("date", "") or created[:10],
        "place": meta.get("place", "") or meta.get("city", ""),
        "facilitator": meta.get("facilitator", ""), "created": created, "sha256": sha,
        "size_bytes": size, "schema_version": version,
        "presence_default": meta.get("presence_default", ""),
        "threec_rule": meta.get("threec_rule", ""), "n_phases": len(t.get("phases", [])),
        "n_actors": len(t.get("actors", [])), "n_relations": len(t.get("relations", [])),
        "n_participants": len(t.get("participants", [])), "n_votes": len(t.get("scores", [])),
    }


# -- the database -------------------------------------------------------------------------
def _database(conn: sqlite3.Connection) -> Any:
    su = need("sqlite_utils", WHAT)
    return su.Database(conn)


def _create(db: Any) -> None:
    db["corpus_meta"].insert_all([{"key": "format", "value": FORMAT},
                                  {"key": "corpus_version", "value": str(CORPUS_VERSION)}],
                                 pk="key")
    db["workshops"].create({k: v for k, v in WORKSHOP_COLUMNS.items()}, pk="workshop",
                           not_null=set(WORKSHOP_COLUMNS) - {"workshop"})
    for name, (columns, key) in session_table_specs().items():
        db[name].create(columns, pk=tuple(key) if key else None, not_null={"workshop"})
    for ddl in REGISTER_DDL:
        db.execute(ddl)


class _Writer:
    """Puts sessions' rows into the corpus. Tables, indexes and search come from
    sqlite-utils; the rows go in through ``executemany``, since they are already scalars of
    the codebook's types and sqlite-utils would check and JSON-encode every cell in Python
    (four times slower on a 200-workshop corpus). A column the codebook does not know (a
    newer app's table) is added with the type of its first value."""

    def __init__(self, db: Any) -> None:
        self.db = db
        self.columns: dict[str, set[str]] = {}  # asked once per table, not once per session

    def insert(self, name: str, read: _Read) -> None:
        imported = datetime.now(timezone.utc).isoformat(timespec="seconds")
        self.db["workshops"].insert({"workshop": name, **read.workshop, "imported_at": imported})
        for table in SESSION_TABLES:
            if table in read.tables:
                self._rows(table, *read.tables[table])

    def _rows(self, table: str, columns: tuple[str, ...], rows: list[tuple[Any, ...]]) -> None:
        known = self.columns.get(table)
        if known is None:
            known = self.columns[table] = set(self.db[table].columns_dict)
        for i, col in enumerate(columns):
            if col not in known:
                sample = next((r[i + 1] for r in rows if r[i + 1] is not None), "")
                self.db[table].add_column(col, int if isinstance(sample, bool) else type(sample))
                known.add(col)
        names = ", ".join(f"[{c}]" for c in ("workshop", *columns))
        marks = ", ".join("?" * (len(columns) + 1))
        self.db.conn.executemany(f"INSERT INTO [{table}] ({names}) VALUES ({marks})", rows)


def _finish(db: Any, *, first: bool) -> None:
    """Indexes, full-text search and views (made once), full-text indexes refreshed."""
    if first:
        for table, columns in INDEXES:
            db[table].create_index(list(columns), find_unique_name=True)
        for table, columns in FTS.items():
            db[table].enable_fts(list(columns), create_triggers=False)
        for name, sql in VIEWS.items():
            db.create_view(name, sql.strip())
    else:
        for table in FTS:
            db[table].rebuild_fts()


def _fast(conn: sqlite3.Connection) -> None:
    """A corpus under a temporary name is thrown away on failure: no journal is needed
    while it is written; the atomic writer flushes it before it is put in place."""
    conn.execute("PRAGMA journal_mode=OFF")
    conn.execute("PRAGMA synchronous=OFF")


def _settle(conn: sqlite3.Connection) -> None:
    conn.commit()
    conn.execute("PRAGMA journal_mode=DELETE")  # one plain file for every reader


def corpus_problem(path: Path) -> str | None:
    """What is wrong with a corpus file just written (the atomic writer's last check)."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            ok = conn.execute("PRAGMA quick_check").fetchone()[0]
            fmt = conn.execute("SELECT value FROM corpus_meta WHERE key = 'format'").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return f"the corpus database cannot be read back ({exc})"
    if ok != "ok":
        return f"the corpus database is damaged ({ok})"
    return None if fmt and fmt[0] == FORMAT else "the corpus database has no format mark"


def open_corpus(path: str | os.PathLike[str], *, write: bool = False) -> sqlite3.Connection:
    """Open an existing corpus (checked to be one); autocommit, so each caller says where
    its transaction begins and ends."""
    p = Path(path)
    if not p.is_file():
        raise CorpusError(f"{p}: no such corpus file.")
    try:
        with open(p, "rb") as fh:
            head = fh.read(16)
    except OSError as exc:
        raise CorpusError(f"{p}: cannot be read ({exc.strerror or exc}).") from None
    if head != b"SQLite format 3\x00":
        raise CorpusError(f"{p}: not a research corpus (not a SQLite database).")
    mode = "rw" if write else "ro"
    try:
        conn = sqlite3.connect(f"file:{p}?mode={mode}", uri=True, isolation_level=None)
        conn.execute("PRAGMA trusted_schema=OFF")
        row = conn.execute("SELECT value FROM corpus_meta WHERE key = 'corpus_version'").fetchone()
        fmt = conn.execute("SELECT value FROM corpus_meta WHERE key = 'format'").fetchone()
    except sqlite3.Error as exc:
        reason = "no corpus_meta table" if "no such table" in str(exc) else str(exc)
        raise CorpusError(f"{p}: not a research corpus ({reason}).") from None
    if not fmt or fmt[0] != FORMAT or not row:
        conn.close()
        raise CorpusError(f"{p}: not a research corpus (its format mark is missing).")
    if not str(row[0]).isdigit() or int(row[0]) > CORPUS_VERSION:
        conn.close()
        raise CorpusError(f"{p}: made by a newer version of the app (corpus version {row[0]}); "
                          "update the app to open it.")
    return conn


# -- build and add ------------------------------------------------------------------------
def build_corpus(paths: Sequence[str | os.PathLike[str]], out: str | os.PathLike[str], *,
                 force: bool = False, cutoff: float = DEFAULT_CUTOFF,
                 progress: Progress | None = None, workers: int | None = None) -> CorpusReport:
    """Write a new corpus of these sessions at ``out`` (an existing corpus only with force).

    ``workers``: reader processes (default: one for a few sessions, else up to the cores).
    """
    need("sqlite_utils", WHAT)
    need("rapidfuzz", WHAT)
    if not paths:
        raise CorpusError("give at least one session file for the corpus.")
    target = Path(out)
    if target.exists():
        if not force:
            raise CorpusError(f"{target}: already exists; 'corpus add' grows it, --force "
                              "builds it anew (its decisions are lost).")
        open_corpus(target).close()  # only a corpus may be replaced
    named = workshop_names(paths)
    report = CorpusReport(target)
    with staged() as outs:
        temp = outs.file(target, check=corpus_problem)
        conn = sqlite3.connect(temp)
        try:
            _fast(conn)
            db = _database(conn)
            _create(db)
            reads = _reads(named, workers)
            writer = _Writer(db)
            for n, ((name, path), read) in enumerate(zip(named, reads)):
                if progress:
                    progress(n, len(named) + 1, tr("Adding {name}").format(name=path.name))
                writer.insert(name, read)
                report.outcomes.append(WorkshopOutcome(name, path, "added"))
            if progress:
                progress(len(named), len(named) + 1, tr("Indexing and matching actors"))
            _finish(db, first=True)
            conn.commit()
            report.suggested = suggest(conn, cutoff=cutoff)
            _settle(conn)
        finally:
            conn.close()
    return report


def _stored(conn: sqlite3.Connection) -> dict[str, tuple[str, str]]:
    return {w: (sha, f) for w, sha, f in conn.execute("SELECT workshop, sha256, file FROM workshops")}


def plan_additions(corpus: Path, paths: Sequence[str | os.PathLike[str]],
                   name: str | None = None) -> list[tuple[str, Path, str, str]]:
    """(workshop, file, what to do, why) for each file: add, replace or unchanged."""
    if name is not None and len(paths) != 1:
        raise CorpusError("--name names one session; give one file with it.")
    named = [(name, Path(paths[0]))] if name is not None else workshop_names(paths)
    conn = open_corpus(corpus)
    try:
        stored = _stored(conn)
    finally:
        conn.close()
    by_hash = {sha: w for w, (sha, _f) in stored.items()}
    plan = []
    for key, path in named:
        sha, _size, _v = file_facts(path)
        if key not in stored:
            if sha in by_hash:
                plan.append((key, path, "unchanged",
                             tr("the same file content is already in the corpus as “{name}”").format(name=by_hash[sha])))
            else:
                plan.append((key, path, "add", ""))
            continue
        old_sha, old_file = stored[key]
        if old_sha == sha:
            plan.append((key, path, "unchanged", tr("already up to date")))
        elif Path(old_file) != path.resolve():
            raise CorpusError(f"{path}: the corpus already has a workshop '{key}' from "
                              f"{old_file}; give this one another name with --name.")
        else:
            plan.append((key, path, "replace", "the file changed since it was added"))
    return plan


def add_to_corpus(corpus: str | os.PathLike[str], paths: Sequence[str | os.PathLike[str]], *,
                  name: str | None = None, cutoff: float = DEFAULT_CUTOFF,
                  progress: Progress | None = None, workers: int | None = None) -> CorpusReport:
    """Add sessions to a corpus, replace those whose file changed, skip unchanged ones."""
    need("sqlite_utils", WHAT)
    need("rapidfuzz", WHAT)
    target = Path(corpus)
    plan = plan_additions(target, paths, name)
    report = CorpusReport(target)
    todo = [p for p in plan if p[2] != "unchanged"]
    report.outcomes = [WorkshopOutcome(k, f, "unchanged", why) for k, f, what, why in plan
                       if what == "unchanged"]
    if not todo:
        return report
    if progress:
        progress(0, len(todo) + 1, tr("Reading the sessions"))
    reads = list(_reads([(key, path) for key, path, _w, _y in todo], workers))
    with staged() as outs:
        temp = outs.file(target, check=corpus_problem)
        shutil.copyfile(target, temp)
        conn = sqlite3.connect(temp)
        try:
            _fast(conn)
            writer = _Writer(_database(conn))
            for (key, path, what, why), read in zip(todo, reads):
                if what == "replace":
                    report.dropped_decisions += _remove(conn, key, read)
                writer.insert(key, read)
                report.outcomes.append(WorkshopOutcome(key, path, "replaced" if what == "replace"
                                                       else "added", why))
            if progress:
                progress(len(todo), len(todo) + 1, tr("Indexing and matching actors"))
            _finish(writer.db, first=False)
            conn.commit()
            report.suggested = suggest(conn, cutoff=cutoff)
            _settle(conn)
        finally:
            conn.close()
    report.outcomes.sort(key=lambda o: o.workshop)
    return report


def _remove(conn: sqlite3.Connection, key: str, read: _Read) -> int:
    """Take a workshop's rows out before its changed file goes in; decisions about actors
    that are still there under the same name stay. Returns how many decisions went."""
    names = read.actor_names
    decided = conn.execute("SELECT actor_id, actor_name, canonical_id FROM actor_matches "
                           "WHERE workshop = ? AND status <> 'suggested'", (key,)).fetchall()
    gone = [(aid, cid) for aid, old, cid in decided if names.get(aid) != old]
    conn.executemany("DELETE FROM actor_matches WHERE workshop = ? AND actor_id = ? AND "
                     "canonical_id = ?", [(key, aid, cid) for aid, cid in gone])
    conn.execute("DELETE FROM actor_matches WHERE workshop = ? AND status = 'suggested'", (key,))
    for table in (*SESSION_TABLES, "workshops"):
        conn.execute(f"DELETE FROM [{table}] WHERE workshop = ?", (key,))
    return sum(1 for _ in gone)


def corpus_status(corpus: str | os.PathLike[str]) -> list[dict[str, Any]]:
    """Each workshop with whether its file is still as it was added: up to date, changed
    (its hash differs) or missing."""
    conn = open_corpus(corpus)
    try:
        rows = conn.execute("SELECT workshop, title, file, sha256, imported_at FROM workshops "
                            "ORDER BY workshop").fetchall()
        decided = dict(conn.execute(
            "SELECT workshop, COUNT(*) FROM actor_matches WHERE status IN (?, ?) "
            "GROUP BY workshop", DECIDED).fetchall())
    finally:
        conn.close()
    out = []
    for workshop, title, file, sha, imported in rows:
        path = Path(file)
        if not path.is_file():
            state = "missing"
        else:
            try:
                state = "up to date" if file_facts(path)[0] == sha else "changed"
            except CorpusError:
                state = "unreadable"
        out.append({"workshop": workshop, "title": title, "file": file, "state": state,
                    "imported_at": imported, "decided_matches": decided.get(workshop, 0)})
    return out


def table_counts(conn: sqlite3.Connection, names: Iterable[str] = ("workshops", *SESSION_TABLES)
                 ) -> dict[str, int]:
    return {n: int(conn.execute(f"SELECT COUNT(*) FROM [{n}]").fetchone()[0]) for n in names}


__all__ = ["CorpusError", "CorpusReport", "WorkshopOutcome", "add_to_corpus", "build_corpus",
           "corpus_problem", "corpus_status", "file_facts", "open_corpus", "plan_additions",
           "table_counts", "workshop_names"]
