"""pandas DataFrames of many workshops, typed as the codebook says.

``frames(paths_or_corpus)`` takes session files (or a folder of them) or a research corpus and
returns one DataFrame per tidy table with a ``workshop`` column in front. The types follow
the codebook, so every workshop's table reads alike and nothing is guessed from the data:
integers and scores are nullable ``Int64`` (an unscored vote stays missing, never 0 or a
float), booleans ``boolean``, text ``string``, and every column with a controlled vocabulary
(actor types, scales, relation kinds, roles, presence and relation states, 3C classes, source
and participant kinds...) a ``pd.Categorical`` whose categories are the vocabulary in the
app's order -- a value the vocabulary does not know (a custom role) is added after them,
never dropped. Scales and 3C classes are ordered. The derived ``agreement`` table comes along.

pandas is the ``research`` extra's; without it the call stops with one line naming the extra.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Sequence

from ..analysis.agreement import agreement_table
from ..io.codebook import DERIVED_TABLES, TABLES, vocabularies
from ..io.load import open_for_reading
from .corpus import open_corpus, workshop_names
from .extra import need

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

WHAT = "Research data frames"
ORDERED_VOCABULARIES = frozenset({"scales", "three_c", "score_scale"})
_DTYPES = {"integer": "Int64", "number": "Float64", "boolean": "boolean", "string": "string"}


def _spec(table: str) -> dict[str, Any]:
    return TABLES[table] if table in TABLES else DERIVED_TABLES[table]


def _categories(info: tuple[Any, ...], vocab: dict[str, Any]) -> tuple[list[str], bool] | None:
    if len(info) < 3 or info[1].startswith("';'-separated"):
        return None  # a list in a cell ("funder;orchestrator") stays text
    values = info[2]
    if isinstance(values, str):
        if values == "score_scale":
            return None  # scores stay numbers (Int64): medians and ranks need them
        return [str(v) for v in vocab[values]], values in ORDERED_VOCABULARIES
    return [str(v) for v in values], False


def typed(table: str, rows: "pd.DataFrame", workshops: Sequence[str]) -> "pd.DataFrame":
    """One table with the codebook's types; ``workshop`` a categorical of ``workshops``."""
    pd = need("pandas", WHAT)
    vocab = vocabularies()
    out = rows.copy()
    if "workshop" in out:
        out["workshop"] = pd.Categorical(out["workshop"], categories=list(workshops))
    for col, info in _spec(table)["columns"].items():
        if col not in out:
            out[col] = pd.Series([None] * len(out), dtype=_DTYPES.get(info[0], "object"))
            continue
        cats = _categories(info, vocab)
        if cats is not None:
            known, ordered = cats
            present = out[col].dropna().astype(str)
            extra = sorted(set(present) - set(known))
            out[col] = pd.Categorical(out[col].where(out[col].notna(), None),
                                      categories=known + extra, ordered=ordered)
        elif info[0] == "boolean":
            out[col] = out[col].map(lambda v: None if v is None or v != v else bool(v)) \
                .astype("boolean")
        elif info[0] == "integer":
            out[col] = pd.to_numeric(out[col], errors="raise").astype("Int64")
        else:
            out[col] = out[col].astype(_DTYPES.get(info[0], "object"))
    front = ["workshop"] if "workshop" in out else []
    return out[front + [c for c in out.columns if c not in front]]


def _session_paths(items: Iterable[str | os.PathLike[str]]) -> list[Path]:
    found: list[Path] = []
    for item in items:
        p = Path(item)
        found += sorted(p.glob("*.workshop")) if p.is_dir() else [p]
    return found


def _is_corpus(path: Path) -> bool:
    if path.suffix == ".workshop" or not path.is_file():
        return False
    try:
        with open(path, "rb") as fh:
            return fh.read(16) == b"SQLite format 3\x00"
    except OSError:
        return False


def frames(paths_or_corpus: str | os.PathLike[str] | Sequence[str | os.PathLike[str]]
           ) -> dict[str, "pd.DataFrame"]:
    """Every tidy table of these workshops as a typed DataFrame, by table name.

    ``paths_or_corpus``: a research corpus file, a session file, a folder of session files,
    or a list of session files and folders.
    """
    pd = need("pandas", WHAT)
    if isinstance(paths_or_corpus, (str, os.PathLike)) and _is_corpus(Path(paths_or_corpus)):
        return _from_corpus(Path(paths_or_corpus))
    items = [paths_or_corpus] if isinstance(paths_or_corpus, (str, os.PathLike)) else paths_or_corpus
    named = workshop_names(_session_paths(items))
    rows: dict[str, list[dict[str, Any]]] = {}
    for workshop, path in named:
        with open_for_reading(path) as session:
            tables = {**session.tables(), "agreement": agreement_table(session.model)}
        for name, table in tables.items():
            rows.setdefault(name, []).extend({"workshop": workshop, **r} for r in table)
    order = [w for w, _ in named]
    return {name: typed(name, pd.DataFrame(table, columns=_columns(name)), order)
            for name, table in rows.items()}


def _columns(table: str) -> list[str]:
    return ["workshop", *_spec(table)["columns"]]


def _from_corpus(path: Path) -> dict[str, "pd.DataFrame"]:
    pd = need("pandas", WHAT)
    conn = open_corpus(path)
    try:
        present = {n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        workshops = [w for (w,) in conn.execute("SELECT workshop FROM workshops ORDER BY workshop")]
        out = {}
        for name in [*TABLES, *DERIVED_TABLES]:
            if name in present:
                df = pd.read_sql_query(f'SELECT * FROM "{name}"', conn)
                out[name] = typed(name, df[[c for c in _columns(name) if c in df]], workshops)
        return out
    finally:
        conn.close()


__all__ = ["frames", "typed", "WHAT"]
