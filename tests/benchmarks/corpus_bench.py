"""The research corpus at scale: 200 workshops of 40 actors in one database, and the
suggested matches of their 8,000 actor names. Used by ``run.py`` (two figures).

Baselines, measured in the same run:

* building: a plain sqlite3 copy of the same rows -- every table of every session file read
  with ``SELECT *`` and written into one database with a workshop column, in one
  transaction, no checks, no tidy tables, no indexes or search;
* matching: rapidfuzz comparing every distinct name key with every other one (one
  ``cdist`` in C on all cores), which the blocking avoids.

Usage (alone)::

    python tests/benchmarks/corpus_bench.py [--quick]
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))
if str(HERE.parents[1]) not in sys.path:
    sys.path.insert(0, str(HERE.parents[1]))

QUICK_SESSIONS = 12


def _cpu() -> float:
    """CPU seconds of this process and its finished children (the reader processes): on a
    busy machine the wall time says more about the neighbours than about the build."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def plain_copy(files: list[Path], out: Path) -> float:
    """Seconds to copy every row of every session into one database with plain sqlite3."""
    t0 = time.perf_counter()
    dest = sqlite3.connect(out, isolation_level=None)
    dest.execute("PRAGMA journal_mode=OFF")
    dest.execute("PRAGMA synchronous=OFF")
    dest.execute("BEGIN")
    made: set[str] = set()
    for path in files:
        src = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            for (table,) in src.execute("SELECT name FROM sqlite_master WHERE type = 'table' "
                                        "AND name NOT LIKE 'sqlite_%' ORDER BY name"):
                cur = src.execute(f"SELECT * FROM [{table}]")
                cols = [d[0] for d in cur.description]
                if table not in made:
                    dest.execute(f"CREATE TABLE [{table}] (workshop, {', '.join(f'[{c}]' for c in cols)})")
                    made.add(table)
                marks = ", ".join("?" * (len(cols) + 1))
                dest.executemany(f"INSERT INTO [{table}] VALUES ({marks})",
                                 ((path.stem, *row) for row in cur))
        finally:
            src.close()
    dest.execute("COMMIT")
    dest.close()
    return time.perf_counter() - t0


def all_pairs(keys: list[str], cutoff: float) -> float:
    """Seconds for rapidfuzz to compare every key with every other one (no blocking)."""
    import numpy
    from rapidfuzz import fuzz, process

    t0 = time.perf_counter()
    process.cdist(keys, keys, scorer=fuzz.token_sort_ratio, score_cutoff=cutoff,
                  dtype=numpy.uint8, workers=-1)
    return time.perf_counter() - t0


def measure(quick: bool = False) -> dict[str, Any]:
    """Both figures' raw numbers: build and match seconds with their baselines."""
    from corpus_sessions import ACTORS, SESSIONS, cached_workshops

    from workshop_app.research.corpus import build_corpus, open_corpus, table_counts
    from workshop_app.research.names import name_key
    from workshop_app.research.reconcile import DEFAULT_CUTOFF, suggest

    files = cached_workshops(QUICK_SESSIONS if quick else SESSIONS)
    work = Path(tempfile.mkdtemp(prefix="corpus-bench-"))
    try:
        base = plain_copy(files, work / "plain.db")
        cpu0 = _cpu()
        t0 = time.perf_counter()
        report = build_corpus(files, work / "corpus.db")
        build_s = time.perf_counter() - t0
        build_cpu = _cpu() - cpu0
        conn = open_corpus(work / "corpus.db", write=True)
        try:
            rows = sum(table_counts(conn).values())
            names = [n for (n,) in conn.execute("SELECT name FROM actors")]
            t0 = time.perf_counter()
            again = suggest(conn)
            match_s = time.perf_counter() - t0
        finally:
            conn.close()
        keys = sorted({name_key(n) for n in names})
        pairs_s = all_pairs(keys, DEFAULT_CUTOFF)
        size_mb = (work / "corpus.db").stat().st_size / 1e6
    finally:
        shutil.rmtree(work, ignore_errors=True)
    first = report.suggested
    return {
        "sessions": len(files), "actors_per_session": ACTORS, "rows": rows,
        "actor_names": len(names), "distinct_keys": len(keys), "corpus_mb": round(size_mb, 1),
        "build_s": round(build_s, 3), "plain_copy_s": round(base, 3),
        "build_cpu_s": round(build_cpu, 3),
        "build_suggest_s": first.seconds if first else None,
        "match_s": round(match_s, 3), "all_pairs_s": round(pairs_s, 3),
        "suggestions": again.suggestions, "canonical_actors": again.canonical_actors,
        "compared_pairs": again.compared_pairs,
        "all_pairs": len(keys) * (len(keys) - 1) // 2,
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Time a 200-workshop corpus and its actor matching.")
    p.add_argument("--quick", action="store_true", help=f"{QUICK_SESSIONS} sessions (a smoke run)")
    print(json.dumps(measure(p.parse_args(argv).quick), indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
