"""Full-text search over a corpus: the room's notes and quotes, and the quotes of sources.

The corpus keeps FTS5 indexes (``notes_fts``, ``sources_fts``) made by sqlite-utils, which
Datasette and ``sqlite-utils search`` find by themselves; this is the same search for the
command line and the corpus dialog. The words are searched as words (each quoted), so a
hyphen or a quote mark in them is never read as FTS5 syntax; every word must occur.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from .corpus import CorpusError

_NOTES = """
SELECT n.workshop, n.kind AS origin, n.note_id AS ref_id, n.text AS text, f.rank AS rank
FROM notes_fts f JOIN notes n ON n.rowid = f.rowid
WHERE notes_fts MATCH ?"""
_SOURCES = """
SELECT s.workshop, 'source' AS origin, s.evidence_id AS ref_id, s.citation AS text, f.rank AS rank
FROM sources_fts f JOIN sources s ON s.rowid = f.rowid
WHERE sources_fts MATCH ?"""


def fts_words(text: str) -> str:
    """Plain words as an FTS5 query in which each word must occur."""
    words = [w for w in text.split() if w.strip('"')]
    return " ".join('"' + w.replace('"', '""') + '"' for w in words)


def search(conn: sqlite3.Connection, text: str, *, limit: int = 200) -> list[dict[str, Any]]:
    """Notes, quotes and sources that hold every word of ``text``, best first."""
    query = fts_words(text)
    if not query:
        raise CorpusError("give at least one word to search for.")
    try:
        rows = conn.execute(f"SELECT workshop, origin, ref_id, text FROM ({_NOTES} UNION ALL "
                            f"{_SOURCES}) ORDER BY rank, workshop, origin, ref_id LIMIT ?",
                            (query, query, limit)).fetchall()
    except sqlite3.OperationalError as exc:
        raise CorpusError(f"the search could not run ({exc}).") from None
    return [{"workshop": w, "origin": o, "ref_id": r, "text": t} for w, o, r, t in rows]


__all__ = ["fts_words", "search"]
