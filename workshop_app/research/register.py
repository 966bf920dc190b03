"""The researcher's decisions on matched actors, and the CSV mapping that carries them.

A suggestion (``reconcile.py``) says "actor 1 of antwerp may be the canonical actor City of
Antwerp"; only the researcher's decision makes it count: *accepted* (yes), *rejected* (no,
never suggest it again) or *edited* (this actor is another canonical actor, named by the
researcher; a new one is made if no canonical actor has that name). Every decision records
who made it and when, in the corpus only: the session files are never written.

The same decisions travel as a CSV file (``corpus match --export/--import``): one row per
actor of every workshop with its current suggestion or decision. The researcher fills in the
``status`` column (accepted, rejected, edited) and, to edit, the ``canonical_name``; rows
left as they were change nothing. The whole file is checked before anything is written,
and written in one transaction.
"""

from __future__ import annotations

import csv
import getpass
import io
import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable

from ..domain.wording import count
from ..io.atomic import staged
from .corpus import CorpusError
from .corpus_schema import DECIDED
from .names import name_key

CSV_COLUMNS: tuple[str, ...] = (
    "workshop", "actor_id", "actor_name", "type", "scale", "canonical_id", "canonical_name",
    "status", "score", "method", "decided_by", "decided_at",
)
_REQUIRED = ("workshop", "actor_id", "actor_name", "canonical_name", "status")
_STATUS_WORDS = {"": "", "suggested": "", "unmatched": "", "accepted": "accepted",
                 "accept": "accepted", "yes": "accepted", "rejected": "rejected",
                 "reject": "rejected", "no": "rejected", "edited": "edited", "edit": "edited"}


@dataclass(frozen=True)
class MatchRow:
    """One actor of one workshop with its live suggestion or decision (or none), or one
    rejected suggestion (``status == "rejected"``)."""

    workshop: str
    actor_id: int
    actor_name: str
    type: str
    scale: str
    canonical_id: int | None
    canonical_name: str
    status: str  # suggested, accepted, edited, rejected, or "" (unmatched)
    score: float | None
    method: str
    decided_by: str
    decided_at: str

    def csv_row(self) -> list[str]:
        return ["" if v is None else str(v) for v in (
            self.workshop, self.actor_id, self.actor_name, self.type, self.scale,
            self.canonical_id, self.canonical_name, self.status, self.score, self.method,
            self.decided_by, self.decided_at)]


@dataclass
class ImportReport:
    accepted: int = 0
    rejected: int = 0
    edited: int = 0
    unchanged: int = 0
    new_canonical: int = 0

    def text(self) -> str:
        """What changed, in words: "2 accepted, 1 edited (1 new canonical actor)"."""
        edited = f"{self.edited} edited" + (
            f" ({count(self.new_canonical, 'new canonical actor')})" if self.new_canonical else "")
        parts = [text for n, text in ((self.accepted, f"{self.accepted} accepted"),
                                      (self.rejected, f"{self.rejected} rejected"),
                                      (self.edited, edited),
                                      (self.unchanged, f"{self.unchanged} unchanged")) if n]
        return ", ".join(parts) or "no decisions"


def default_decider() -> str:
    """Who decides, when nobody says: the user name of this computer account."""
    try:
        return getpass.getuser() or "researcher"
    except (KeyError, OSError, ImportError):
        return "researcher"


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


_LIVE = """
SELECT a.workshop, a.actor_id, a.name, a.type, a.scale, m.canonical_id, c.name, m.status,
       m.score, m.method, m.decided_by, m.decided_at
FROM actors a
LEFT JOIN actor_matches m ON m.workshop = a.workshop AND m.actor_id = a.actor_id
                         AND m.status IN ('suggested', 'accepted', 'edited')
LEFT JOIN canonical_actors c ON c.canonical_id = m.canonical_id
"""
_REJECTED = """
SELECT a.workshop, a.actor_id, a.name, a.type, a.scale, m.canonical_id, c.name, m.status,
       m.score, m.method, m.decided_by, m.decided_at
FROM actor_matches m
JOIN actors a ON a.workshop = m.workshop AND a.actor_id = m.actor_id
JOIN canonical_actors c ON c.canonical_id = m.canonical_id
WHERE m.status = 'rejected'
"""


def _row(r: tuple[Any, ...]) -> MatchRow:
    return MatchRow(r[0], int(r[1]), r[2], r[3] or "", r[4] or "", r[5], r[6] or "",
                    r[7] or "", r[8], r[9] or "", r[10] or "", r[11] or "")


def match_rows(conn: sqlite3.Connection, *, rejected: bool = False) -> list[MatchRow]:
    """Every actor with its live suggestion or decision, grouped by canonical actor
    (unmatched actors by their own name); with ``rejected``, the rejected ones as well."""
    rows = [_row(r) for r in conn.execute(_LIVE)]
    if rejected:
        rows += [_row(r) for r in conn.execute(_REJECTED)]
    return sorted(rows, key=lambda m: (name_key(m.canonical_name or m.actor_name),
                                       m.canonical_name or m.actor_name, m.status == "rejected",
                                       m.workshop, m.actor_id))


def canonical_names(conn: sqlite3.Connection) -> list[str]:
    return [n for (n,) in conn.execute("SELECT name FROM canonical_actors ORDER BY name")]


# -- deciding -----------------------------------------------------------------------------
class _Decider:
    """Decisions inside one transaction: looks up and makes canonical actors as needed."""

    def __init__(self, conn: sqlite3.Connection, by: str) -> None:
        self.conn = conn
        self.by = by.strip() or default_decider()
        self.when = _now()
        self.report = ImportReport()

    def canonical(self, name: str, actor: tuple[str, str]) -> int:
        row = self.conn.execute("SELECT canonical_id FROM canonical_actors WHERE name = ?",
                                (name,)).fetchone()
        if row is not None:
            return int(row[0])
        cur = self.conn.execute(
            "INSERT INTO canonical_actors (name, name_key, type, scale, origin) "
            "VALUES (?, ?, ?, ?, 'researcher')", (name, name_key(name), *actor))
        self.report.new_canonical += 1
        return int(cur.lastrowid or 0)

    def apply(self, workshop: str, actor_id: int, status: str, canonical_name: str) -> None:
        actor = self.conn.execute("SELECT name, type, scale FROM actors WHERE workshop = ? AND "
                                  "actor_id = ?", (workshop, actor_id)).fetchone()
        if actor is None:
            raise CorpusError(f"the corpus has no actor {actor_id} in workshop '{workshop}'.")
        live = self.conn.execute(
            "SELECT m.canonical_id, c.name, m.status FROM actor_matches m JOIN canonical_actors c "
            "ON c.canonical_id = m.canonical_id WHERE m.workshop = ? AND m.actor_id = ? AND "
            "m.status IN ('suggested', 'accepted', 'edited')", (workshop, actor_id)).fetchone()
        name = canonical_name.strip()
        if status == "rejected":
            if (live is None or (name and name != live[1])) and self._rejected(workshop, actor_id, name):
                self.report.unchanged += 1  # rejected before (a mapping imported again)
                return
            if live is None or (name and name != live[1]):
                raise CorpusError(f"actor {actor_id} of '{workshop}' has no suggestion "
                                  f"{'of ' + repr(name) + ' ' if name else ''}to reject.")
            self._set(workshop, actor_id, actor[0], int(live[0]), "rejected")
            self.report.rejected += 1
            return
        if not name:
            if live is None:
                raise CorpusError(f"actor {actor_id} of '{workshop}' has no suggestion to "
                                  "accept; give a canonical name to match it by hand.")
            name = live[1]
        if live is not None and name == live[1]:
            if live[2] in DECIDED:
                self.report.unchanged += 1
            else:
                self._set(workshop, actor_id, actor[0], int(live[0]), "accepted")
                self.report.accepted += 1
            return
        cid = self.canonical(name, (actor[1] or "", actor[2] or ""))
        if live is not None and live[2] in DECIDED:  # the earlier decision gives way
            self._set(workshop, actor_id, actor[0], int(live[0]), "rejected")
        elif live is not None:
            self.conn.execute("DELETE FROM actor_matches WHERE workshop = ? AND actor_id = ? AND "
                              "canonical_id = ?", (workshop, actor_id, live[0]))
        self._set(workshop, actor_id, actor[0], cid, "edited", "chosen by the researcher")
        self.report.edited += 1

    def _rejected(self, workshop: str, actor_id: int, name: str) -> bool:
        return self.conn.execute(
            "SELECT 1 FROM actor_matches m JOIN canonical_actors c ON c.canonical_id = "
            "m.canonical_id WHERE m.workshop = ? AND m.actor_id = ? AND m.status = 'rejected' "
            "AND (c.name = ? OR ? = '')", (workshop, actor_id, name, name)).fetchone() is not None

    def _set(self, workshop: str, actor_id: int, actor_name: str, cid: int, status: str,
             method: str = "") -> None:
        """A decision on a (workshop, actor, canonical) row; a suggestion keeps its score
        and method."""
        self.conn.execute(
            "INSERT INTO actor_matches (workshop, actor_id, actor_name, canonical_id, status, "
            "method, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (workshop, actor_id, canonical_id) DO UPDATE SET "
            "status = excluded.status, decided_by = excluded.decided_by, "
            "decided_at = excluded.decided_at",
            (workshop, actor_id, actor_name, cid, status, method, self.by, self.when))


def decide(conn: sqlite3.Connection, decisions: Iterable[tuple[str, int, str, str]], *,
           by: str = "") -> ImportReport:
    """Record decisions ``(workshop, actor_id, status, canonical_name)`` in one transaction.

    ``status`` is accepted, rejected or edited; ``canonical_name`` may be empty to accept or
    reject the live suggestion. Nothing is written if any decision is refused.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        decider = _Decider(conn, by)
        for workshop, actor_id, status, name in decisions:
            if status not in ("accepted", "rejected", "edited"):
                raise CorpusError(f"unknown decision {status!r}: accepted, rejected or edited.")
            decider.apply(workshop, actor_id, status, name)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return decider.report


# -- the CSV mapping ----------------------------------------------------------------------
def export_csv(conn: sqlite3.Connection, out: str | os.PathLike[str]) -> int:
    """Write the mapping (every actor, its suggestion or decision); returns the row count."""
    rows = match_rows(conn)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    writer.writerows(r.csv_row() for r in rows)
    with staged() as outs:
        temp = outs.file(Path(out))
        temp.write_text(buffer.getvalue(), encoding="utf-8", newline="")
    return len(rows)


def read_mapping(path: str | os.PathLike[str]) -> list[tuple[int, str, int, str, str, str]]:
    """Every row of a mapping file: (line, workshop, actor_id, actor_name, status,
    canonical_name), status "" where the row decides nothing. Refuses a file it cannot read
    whole."""
    p = Path(path)
    try:
        text = p.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise CorpusError(f"{p}: cannot be read ({exc.strerror or exc}).") from None
    except UnicodeDecodeError:
        raise CorpusError(f"{p}: not UTF-8 text; save the mapping as CSV UTF-8.") from None
    try:
        sample = text[:4096]
        dialect = csv.Sniffer().sniff(sample, delimiters=",;\t") if sample.strip() else csv.excel
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text, newline=""), dialect)
    try:
        header = [h.strip().lower() for h in next(reader)]
    except StopIteration:
        raise CorpusError(f"{p}: the file is empty; export a mapping first.") from None
    except csv.Error as exc:
        raise CorpusError(f"{p}, line 1: {exc}.") from None
    missing = [c for c in _REQUIRED if c not in header]
    if missing:
        raise CorpusError(f"{p}, line 1: no column {', '.join(missing)}; the mapping needs "
                          f"{', '.join(_REQUIRED)}.")
    at = {c: header.index(c) for c in _REQUIRED}
    wanted: list[tuple[int, str, int, str, str, str]] = []
    try:
        for cells in reader:
            line = reader.line_num
            if not any(c.strip() for c in cells):
                continue
            cells += [""] * (len(header) - len(cells))
            word = cells[at["status"]].strip().lower()
            if word not in _STATUS_WORDS:
                raise CorpusError(f"{p}, line {line}: unknown status {cells[at['status']]!r} "
                                  "(use accepted, rejected or edited; suggested changes nothing).")
            status = _STATUS_WORDS[word]
            raw_id = cells[at["actor_id"]].strip()
            if not raw_id.isdigit():
                raise CorpusError(f"{p}, line {line}: actor_id {raw_id!r} is not a number.")
            wanted.append((line, cells[at["workshop"]].strip(), int(raw_id),
                           cells[at["actor_name"]], status, cells[at["canonical_name"]].strip()))
    except csv.Error as exc:
        raise CorpusError(f"{p}, line {reader.line_num}: {exc}.") from None
    return wanted


def import_csv(conn: sqlite3.Connection, path: str | os.PathLike[str], *,
               by: str = "") -> ImportReport:
    """Apply a mapping file's decisions; all of them or, on any problem, none."""
    p = Path(path)
    wanted = read_mapping(p)
    names = {(w, a): n for w, a, n in conn.execute("SELECT workshop, actor_id, name FROM actors")}
    seen: dict[tuple[str, int], int] = {}
    for line, workshop, actor_id, actor_name, _status, _name in wanted:
        known = names.get((workshop, actor_id))
        if known is None:
            raise CorpusError(f"{p}, line {line}: the corpus has no actor {actor_id} in "
                              f"workshop '{workshop}'.")
        if known != actor_name:
            raise CorpusError(f"{p}, line {line}: actor {actor_id} of '{workshop}' is "
                              f"{known!r} in the corpus, not {actor_name!r} (a mapping from "
                              "another corpus, or the session changed since the export).")
        if (workshop, actor_id) in seen:
            raise CorpusError(f"{p}, line {line}: actor {actor_id} of '{workshop}' is decided "
                              f"on line {seen[(workshop, actor_id)]} already.")
        seen[(workshop, actor_id)] = line
    live = {(m.workshop, m.actor_id): m.canonical_name for m in match_rows(conn)}
    decisions = []
    for _line, workshop, actor_id, _actor_name, status, name in wanted:
        if not status and name and name != live.get((workshop, actor_id), ""):
            status = "edited"  # a canonical name typed in without a status
        if status:
            decisions.append((workshop, actor_id, status, name))
    try:
        return decide(conn, decisions, by=by)
    except CorpusError as exc:
        raise CorpusError(f"{p}: {exc}") from None


__all__ = ["CSV_COLUMNS", "ImportReport", "MatchRow", "canonical_names", "decide",
           "default_decider", "export_csv", "import_csv", "match_rows", "read_mapping"]
