"""Suggesting which actors of different workshops are the same organisation.

The register (``canonical_actors``, ``actor_matches``) says which actor of which workshop
stands for which canonical actor. This module fills it with *suggestions* only: the
researcher accepts, rejects or edits them (``register.py``, the corpus dialog), and only
decided matches roll up in the views. Decisions are never touched here; a new suggestion
round keeps them, builds on them (a decided group takes in new look-alikes) and never
suggests again what was rejected.

How: every name is brought to its key (``names.name_key``); actors with equal keys go
together, then keys that share a word's first letters (the *block*) are compared with
rapidfuzz in C (``process.cdist``, token-sorted ratio) and joined from the most similar pair
down to the cutoff. Two actors of one workshop are never joined by a suggestion: within a
session they are different actors by definition. A differing type or scale lowers a
score. Every step is ordered, so the same corpus gives the same suggestions.
"""

from __future__ import annotations

import sqlite3
import time
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any, Iterable

from .corpus_schema import DECIDED
from .extra import need
from .names import blocking_tokens, name_key

DEFAULT_CUTOFF = 85.0
TYPE_PENALTY = 10.0
SCALE_PENALTY = 5.0
_UNKNOWN = ("", "unknown")
WHAT = "Matching actors across workshops"


@dataclass(frozen=True)
class Suggested:
    """What a suggestion round did."""

    suggestions: int
    canonical_actors: int
    compared_pairs: int
    seconds: float


@dataclass
class _Actor:
    workshop: str
    actor_id: int
    name: str
    type: str
    scale: str
    key: str
    canonical_id: int | None  # decided (accepted or edited), else None


def similarity(a: str, b: str) -> float:
    """How alike two name keys are, 0-100 (token-sorted Indel ratio)."""
    fuzz = need("rapidfuzz.fuzz", WHAT)
    return float(fuzz.token_sort_ratio(a, b))


def adjusted(score: float, type_a: str, type_b: str, scale_a: str, scale_b: str) -> tuple[float, list[str]]:
    """A name score lowered where both types (or scales) are known and differ, with why."""
    notes: list[str] = []
    if type_a not in _UNKNOWN and type_b not in _UNKNOWN and type_a != type_b:
        score -= TYPE_PENALTY
        notes.append("type differs")
    if scale_a not in _UNKNOWN and scale_b not in _UNKNOWN and scale_a != scale_b:
        score -= SCALE_PENALTY
        notes.append("scale differs")
    return max(0.0, round(score, 1)), notes


class _Groups:
    """Union-find over actors that keeps each group's workshops and canonical actor, and
    refuses a join that would put two actors of one workshop, or two decided canonical
    actors, into one group."""

    def __init__(self, actors: list[_Actor]) -> None:
        self.parent = list(range(len(actors)))
        self.workshops: list[set[str]] = [{a.workshop} for a in actors]
        self.canonical: list[int | None] = [a.canonical_id for a in actors]

    def find(self, i: int) -> int:
        root = i
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[i] != root:
            self.parent[i], i = root, self.parent[i]
        return root

    def join(self, i: int, j: int, *, forced: bool = False) -> bool:
        a, b = self.find(i), self.find(j)
        if a == b:
            return True
        ca, cb = self.canonical[a], self.canonical[b]
        if not forced:
            if ca is not None and cb is not None and ca != cb:
                return False
            if not self.workshops[a].isdisjoint(self.workshops[b]):
                return False
        if len(self.workshops[a]) < len(self.workshops[b]):
            a, b = b, a
        self.parent[b] = a
        self.workshops[a] |= self.workshops[b]
        self.canonical[a] = ca if ca is not None else cb
        return True


def _load(conn: sqlite3.Connection) -> tuple[list[_Actor], set[tuple[str, int, int]]]:
    decided = {(w, a): c for w, a, c in conn.execute(
        f"SELECT workshop, actor_id, canonical_id FROM actor_matches WHERE status IN "
        f"({', '.join('?' * len(DECIDED))})", DECIDED)}
    rejected = {(w, a, c) for w, a, c in conn.execute(
        "SELECT workshop, actor_id, canonical_id FROM actor_matches WHERE status = 'rejected'")}
    actors = [_Actor(w, a, n, t or "", s or "", name_key(n), decided.get((w, a)))
              for w, a, n, t, s in conn.execute(
                  "SELECT workshop, actor_id, name, type, scale FROM actors "
                  "ORDER BY workshop, actor_id")]
    return actors, rejected


def similar_key_pairs(keys: list[str], cutoff: float) -> tuple[list[tuple[float, int, int]], int]:
    """Pairs of distinct keys at least ``cutoff`` alike, compared only within blocks; also
    how many pairs were compared."""
    process = need("rapidfuzz.process", WHAT)
    fuzz = need("rapidfuzz.fuzz", WHAT)
    numpy = need("numpy", WHAT)
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, key in enumerate(keys):
        for token in sorted(blocking_tokens(key)):
            blocks[token].append(i)
    found: dict[tuple[int, int], float] = {}
    compared = 0
    for token in sorted(blocks):
        members = blocks[token]
        if len(members) < 2:
            continue
        texts = [keys[i] for i in members]
        scores = process.cdist(texts, texts, scorer=fuzz.token_sort_ratio, score_cutoff=cutoff,
                               dtype=numpy.float32, workers=-1)
        compared += len(members) * (len(members) - 1) // 2
        rows, cols = numpy.nonzero(numpy.triu(scores, k=1) >= cutoff)
        for r, c in zip(rows.tolist(), cols.tolist()):
            pair = (members[r], members[c]) if members[r] < members[c] else (members[c], members[r])
            found[pair] = float(scores[r, c])
    return sorted((round(-s, 3), i, j) for (i, j), s in found.items()), compared


def _group(actors: list[_Actor], cutoff: float) -> tuple[_Groups, int]:
    groups = _Groups(actors)
    by_canonical: dict[int, int] = {}
    for i, a in enumerate(actors):  # decided matches first: they hold whatever the names say
        if a.canonical_id is not None:
            first = by_canonical.setdefault(a.canonical_id, i)
            groups.join(first, i, forced=True)
    by_key: dict[str, list[int]] = defaultdict(list)
    for i, a in enumerate(actors):
        by_key[a.key].append(i)
    keys = sorted(by_key)
    for key in keys:  # equal keys next
        members = by_key[key]
        for n, i in enumerate(members[1:], 1):
            for j in members[:n]:
                if groups.join(j, i):
                    break
    pairs, compared = similar_key_pairs(keys, cutoff)
    for neg_score, ki, kj in pairs:  # most alike first
        for i in by_key[keys[ki]]:
            for j in by_key[keys[kj]]:
                a, b = actors[i], actors[j]
                score, _ = adjusted(-neg_score, a.type, b.type, a.scale, b.scale)
                if score >= cutoff:
                    groups.join(i, j)
    return groups, compared


def _most_common(values: Iterable[str]) -> str:
    counts = Counter(v for v in values if v not in _UNKNOWN)
    if not counts:
        return ""
    return min(counts, key=lambda v: (-counts[v], len(v), v))


def _method(actor: _Actor, canonical_name: str, canonical_key: str, notes: list[str]) -> str:
    if actor.name.casefold() == canonical_name.casefold():
        head = "same name"
    elif actor.key == canonical_key:
        head = "same normalised name"
    else:
        head = "similar name"
    return "; ".join([head, *notes])


def _clear_suggestions(conn: sqlite3.Connection) -> None:
    conn.execute("DELETE FROM actor_matches WHERE status = 'suggested'")
    conn.execute("DELETE FROM canonical_actors WHERE origin = 'suggested' AND canonical_id NOT IN "
                 "(SELECT canonical_id FROM actor_matches)")


def suggest(conn: sqlite3.Connection, *, cutoff: float = DEFAULT_CUTOFF) -> Suggested:
    """Replace every undecided suggestion of the corpus with a fresh round; decisions stay.

    Runs in the caller's transaction when there is one, else in its own.
    """
    began = time.perf_counter()
    actors, rejected = _load(conn)
    groups, compared = _group(actors, cutoff)
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(actors)):
        members[groups.find(i)].append(i)
    canon = {cid: (name, key) for cid, name, key in conn.execute(
        "SELECT canonical_id, name, name_key FROM canonical_actors")}
    outer = conn.in_transaction
    if not outer:
        conn.execute("BEGIN")
    try:
        _clear_suggestions(conn)
        kept = _ids(conn)
        canon = {cid: v for cid, v in canon.items() if cid in kept}
        # Names a decided group holds; an undecided canonical actor kept from an earlier
        # round (a rejection points at it) is free to be proposed again under its name.
        taken = {canon[cid][0] for cid in set(groups.canonical) if cid is not None}
        rows: list[tuple[Any, ...]] = []
        proposals: list[tuple[str, list[int]]] = []
        for root in sorted(members, key=lambda r: min(members[r])):
            group = members[root]
            cid = groups.canonical[root]
            if cid is not None:
                rows += _rows_for(actors, group, cid, *canon[cid], rejected)
            elif len(group) > 1:
                name = _most_common(actors[i].name for i in group) or actors[group[0]].name
                proposals.append((name, group))
        made = 0
        for name, group in sorted(proposals, key=lambda p: (name_key(p[0]), p[0], min(p[1]))):
            cid, unique, created = _proposal(conn, name, group, actors, taken)
            made += created
            rows += _rows_for(actors, group, cid, unique, name_key(name), rejected)
        conn.executemany(
            "INSERT INTO actor_matches (workshop, actor_id, actor_name, canonical_id, status, "
            "score, method) VALUES (?, ?, ?, ?, 'suggested', ?, ?)", rows)
        if not outer:
            conn.execute("COMMIT")
    except BaseException:
        if not outer:
            conn.execute("ROLLBACK")
        raise
    return Suggested(len(rows), made, compared, round(time.perf_counter() - began, 3))


def _ids(conn: sqlite3.Connection) -> set[int]:
    return {cid for (cid,) in conn.execute("SELECT canonical_id FROM canonical_actors")}


def _proposal(conn: sqlite3.Connection, name: str, group: list[int], actors: list[_Actor],
              taken: set[str]) -> tuple[int, str, bool]:
    """The canonical actor a new group is proposed as: an undecided one of that name kept
    from an earlier round (a rejection points at it), else a new one."""
    row = conn.execute("SELECT canonical_id FROM canonical_actors WHERE name = ? AND origin = "
                       "'suggested'", (name,)).fetchone()
    if row is not None and name not in taken:
        taken.add(name)
        return int(row[0]), name, False
    unique, n = name, 1
    while unique in taken or conn.execute("SELECT 1 FROM canonical_actors WHERE name = ?",
                                          (unique,)).fetchone():
        n += 1
        unique = f"{name} #{n}"
    taken.add(unique)
    cur = conn.execute(
        "INSERT INTO canonical_actors (name, name_key, type, scale, origin) "
        "VALUES (?, ?, ?, ?, 'suggested')",
        (unique, name_key(name), _most_common(actors[i].type for i in group),
         _most_common(actors[i].scale for i in group)))
    return int(cur.lastrowid or 0), unique, True


def _rows_for(actors: list[_Actor], group: list[int], cid: int, name: str, key: str,
              rejected: set[tuple[str, int, int]]) -> list[tuple[Any, ...]]:
    """Suggestion rows for the undecided, not-rejected members of a group."""
    kinds = [actors[i] for i in group]
    ctype = _most_common(a.type for a in kinds)
    cscale = _most_common(a.scale for a in kinds)
    rows = []
    for a in kinds:
        if a.canonical_id is not None or (a.workshop, a.actor_id, cid) in rejected:
            continue
        score, notes = adjusted(similarity(a.key, key), a.type, ctype, a.scale, cscale)
        rows.append((a.workshop, a.actor_id, a.name, cid, score, _method(a, name, key, notes)))
    return rows


__all__ = ["DEFAULT_CUTOFF", "Suggested", "adjusted", "similar_key_pairs", "similarity", "suggest"]
