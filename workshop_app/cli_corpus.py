"""The ``corpus`` sub-command: many workshops in one research database.

Forms::

    workshop-app corpus build A.workshop B.workshop ... -o corpus.db [--force]
    workshop-app corpus add corpus.db C.workshop ... [--name NAME]
    workshop-app corpus status corpus.db [--json]
    workshop-app corpus match corpus.db [--suggest] [--export FILE.csv | --import FILE.csv]
    workshop-app corpus search corpus.db WORDS [--json]
    workshop-app corpus consensus corpus.db -o DIR [--phase-key KEY] [--json]

Headless and Qt-free; sessions are opened read-only and never changed. The research modules
load here, when the sub-command runs (the command line's seam): without the ``research``
extra the sub-command stops with one line that names it.
"""

from __future__ import annotations

import argparse
import sqlite3
from dataclasses import asdict
from pathlib import Path
from typing import Any

from .cli_compare import add_consensus_parser, run_consensus
from .cli_output import say
from .cli_text import json_text, terminal_safe
from .domain.wording import count

PROG = "workshop-app corpus"


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog=PROG,
        description="A research corpus: the tables of many sessions in one SQLite database, "
        "with views, full-text search and a register of actors matched across workshops. "
        "Session files are only read, never changed.")
    sub = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    b = sub.add_parser("build", help="make a corpus from session files")
    b.add_argument("sessions", nargs="+", type=Path, help=".workshop session files")
    b.add_argument("-o", "--output", required=True, type=Path, metavar="CORPUS.db")
    b.add_argument("--force", action="store_true",
                   help="replace an existing corpus (its decisions on matches are lost)")
    b.add_argument("--cutoff", type=float, default=None, metavar="0-100",
                   help="lowest name similarity that is suggested as a match (default 85)")
    a = sub.add_parser("add", help="add sessions; a changed file replaces its workshop")
    a.add_argument("corpus", type=Path, help="a corpus made by 'corpus build'")
    a.add_argument("sessions", nargs="+", type=Path, help=".workshop session files")
    a.add_argument("--name", help="the workshop's name in the corpus (default: the file name)")
    a.add_argument("--cutoff", type=float, default=None, metavar="0-100")
    s = sub.add_parser("status", help="is every workshop's file as it was added?")
    s.add_argument("corpus", type=Path)
    s.add_argument("--json", action="store_true")
    m = sub.add_parser("match", help="suggested matches of actors across workshops")
    m.add_argument("corpus", type=Path, help="a corpus made by 'corpus build'")
    m.add_argument("--suggest", action="store_true",
                   help="suggest again (decisions stay; rejected suggestions are not repeated)")
    m.add_argument("--cutoff", type=float, default=None, metavar="0-100",
                   help="with --suggest: lowest name similarity suggested (default 85)")
    way = m.add_mutually_exclusive_group()
    way.add_argument("--export", type=Path, metavar="FILE.csv",
                     help="write the mapping: every actor with its suggestion or decision")
    way.add_argument("--import", dest="import_", type=Path, metavar="FILE.csv",
                     help="apply the decisions of an edited mapping (all or none)")
    m.add_argument("--by", default="", metavar="NAME",
                   help="who decides (default: this computer account's user name)")
    m.add_argument("--json", action="store_true", help="list the matches as JSON")
    f = sub.add_parser("search", help="full-text search in notes, quotes and source quotes")
    f.add_argument("corpus", type=Path)
    f.add_argument("words", nargs="+", help="words to find; each must occur")
    f.add_argument("--json", action="store_true")
    add_consensus_parser(sub)
    return p


def _cutoff(value: float | None) -> float:
    from .research.corpus import CorpusError
    from .research.reconcile import DEFAULT_CUTOFF

    if value is None:
        return DEFAULT_CUTOFF
    if not 0 <= value <= 100:
        raise CorpusError(f"--cutoff {value:g}: give a similarity from 0 to 100.")
    return value


def cmd_corpus(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    from .research.corpus import CorpusError

    try:
        return _ACTIONS[args.action](args)
    except sqlite3.Error as exc:  # a damaged or locked corpus met halfway
        where = getattr(args, "corpus", None) or getattr(args, "output", "")
        raise CorpusError(f"{where}: the corpus database failed ({exc}).") from None


def _outcomes(report: Any) -> None:
    for o in report.outcomes:
        detail = f" ({o.detail})" if o.detail and o.outcome != "unchanged" else ""
        text = o.detail if o.outcome == "unchanged" else f"{o.outcome}{detail}"
        say(terminal_safe(f"{o.workshop}: {text}"))
    if report.dropped_decisions:
        say(f"note: {count(report.dropped_decisions, 'decision')} on matches dropped: the "
            "actor was renamed or removed in the changed file")
    if report.suggested is not None:
        s = report.suggested
        say(f"{count(s.suggestions, 'suggested match', 'suggested matches')} for "
            f"{count(s.canonical_actors, 'new canonical actor')}; review them with "
            f"'workshop-app corpus match {terminal_safe(str(report.path))} --export FILE.csv' "
            "or File > Research corpus...")


def _build(args: argparse.Namespace) -> int:
    from .research.corpus import build_corpus

    report = build_corpus(args.sessions, args.output, force=args.force,
                          cutoff=_cutoff(args.cutoff))
    say(terminal_safe(f"{args.output}: {count(len(report.outcomes), 'workshop')}"))
    _outcomes(report)
    return 0


def _add(args: argparse.Namespace) -> int:
    from .research.corpus import add_to_corpus

    report = add_to_corpus(args.corpus, args.sessions, name=args.name,
                           cutoff=_cutoff(args.cutoff))
    _outcomes(report)
    if not report.changed:
        say(terminal_safe(f"{args.corpus}: nothing to do; the corpus is unchanged"))
    return 0


def _status(args: argparse.Namespace) -> int:
    from .research.corpus import corpus_status

    rows = corpus_status(args.corpus)
    if args.json:
        say(json_text(rows))
        return 0
    for r in rows:
        say(terminal_safe(f"{r['workshop']}: {r['state']}  ({r['file']}; added "
                          f"{r['imported_at']}; {count(r['decided_matches'], 'decided match', 'decided matches')})"))
    return 0


def _match(args: argparse.Namespace) -> int:
    from .research.corpus import open_corpus
    from .research.reconcile import suggest
    from .research.register import export_csv, import_csv, match_rows

    writes = args.suggest or args.import_ is not None
    conn = open_corpus(args.corpus, write=writes)
    try:
        if args.suggest:
            s = suggest(conn, cutoff=_cutoff(args.cutoff))
            say(f"{count(s.suggestions, 'suggested match', 'suggested matches')} for "
                f"{count(s.canonical_actors, 'new canonical actor')}")
        if args.import_ is not None:
            report = import_csv(conn, args.import_, by=args.by)
            say(terminal_safe(f"{args.import_}: {report.text()}"))
        elif args.export is not None:
            n = export_csv(conn, args.export)
            say(terminal_safe(f"{args.export}: {count(n, 'actor')}; fill in 'status' (accepted, "
                              "rejected, edited) or 'canonical_name', then --import it"))
        elif not args.suggest:
            rows = [m for m in match_rows(conn) if m.status]
            if args.json:
                say(json_text([asdict(m) for m in rows]))
            else:
                for m in rows:
                    score = "" if m.score is None else f" {m.score:g}"
                    say(terminal_safe(f"{m.status:<9}{score:>6}  {m.workshop}: {m.actor_name} "
                                      f"-> {m.canonical_name}  ({m.method})"))
    finally:
        conn.close()
    return 0


def _search(args: argparse.Namespace) -> int:
    from .research.corpus import open_corpus
    from .research.search import search

    conn = open_corpus(args.corpus)
    try:
        hits = search(conn, " ".join(args.words))
    finally:
        conn.close()
    if args.json:
        say(json_text(hits))
        return 0
    for h in hits:
        say(terminal_safe(f"{h['workshop']} [{h['origin']} {h['ref_id']}]: {h['text']}"))
    if not hits:
        say("no match")
    return 0


_ACTIONS = {"build": _build, "add": _add, "status": _status, "match": _match, "search": _search,
            "consensus": run_consensus}

__all__ = ["cmd_corpus"]
