"""Importer fuzzing: any foreign file gives a usable session or one line, never a traceback.

For each format Hypothesis draws structurally plausible but hostile files (see
``import_fuzz_strategies``). The property: ``import_file`` either raises the one-line
:class:`ImportFileError` naming the file and leaves nothing behind, or writes a session that
opens and exports to GEXF (checked against the official grammar when it is beside the repo)
and to HTML. Any other exception is a bug. The number of cases run is printed per format
(``pytest -s``) and checked to be the full budget.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Callable

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from import_checks import check_import
from import_fuzz_strategies import csv_pairs, gexf_documents, graphml_documents, kumu_documents

EXAMPLES = 150
# Each case writes a session (with its fsyncs): on a memory-backed folder when there is one,
# so the budget costs seconds of checking rather than of waiting for the disk.
SCRATCH = "/dev/shm" if os.access("/dev/shm", os.W_OK) else None
FUZZ = settings(max_examples=EXAMPLES, deadline=None, database=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _run(fmt: str, write: Callable[[Path, object], tuple[Path, Path | None]],
         strategy: st.SearchStrategy[object]) -> dict[str, int]:
    """Run the property over ``strategy``; return how many cases ended which way."""
    counts = {"imported": 0, "refused": 0}

    @FUZZ
    @given(strategy)
    def prop(drawn: object) -> None:
        with tempfile.TemporaryDirectory(dir=SCRATCH) as tmp:
            src, nodes = write(Path(tmp), drawn)
            counts[check_import(Path(tmp), src, fmt, nodes)] += 1

    prop()
    print(f"\n{fmt}: {sum(counts.values())} cases, {counts['imported']} imported, "
          f"{counts['refused']} refused in one line")
    # a strategy that only ever produced refusals (or imports) would prove little
    assert counts["imported"] >= 10 and counts["refused"] >= 10
    assert sum(counts.values()) >= EXAMPLES
    return counts


def _one_file(suffix: str) -> Callable[[Path, object], tuple[Path, Path | None]]:
    def write(folder: Path, data: object) -> tuple[Path, Path | None]:
        assert isinstance(data, bytes)
        src = folder / f"hostile{suffix}"
        src.write_bytes(data)
        return src, None
    return write


def _csv_pair(folder: Path, pair: object) -> tuple[Path, Path | None]:
    edges, nodes = pair  # type: ignore[misc]
    (folder / "edges.csv").write_bytes(edges)
    if nodes is None:
        return folder / "edges.csv", None
    (folder / "nodes.csv").write_bytes(nodes)
    return folder / "edges.csv", folder / "nodes.csv"


def test_kumu_json() -> None:
    _run("kumu", _one_file(".json"), kumu_documents())


def test_gexf() -> None:
    _run("gexf", _one_file(".gexf"), gexf_documents())


def test_graphml() -> None:
    _run("graphml", _one_file(".graphml"), graphml_documents())


def test_csv_pair() -> None:
    _run("csv", _csv_pair, csv_pairs())
