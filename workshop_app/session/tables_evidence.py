"""The evidence of a session as tidy tables: sources, stated classes and levels, arenas,
institutional work and decision points, and the three provenance columns every fact carries.

Kept apart from ``tables.py`` so the core tables stay short to read. A fact's provenance is
written three ways at once (docs/exchange.md, "Evidence"): ``evidence_id`` (a row of the
``sources`` table, for joins and for a lossless re-import), ``evidence_kind`` (to filter
stated from inferred facts in one step) and ``evidence`` (one readable citation, so a table
reads on its own). The column is not called ``source_id``: that name already means a
relation's source actor, and a join on it must never mix actors and documents.
"""

from __future__ import annotations

import json
from typing import Any, Iterable

from ..domain.evidence import Source
from ..domain.model import Model

Row = dict[str, Any]
Table = list[Row]

EVIDENCE_COLUMNS: tuple[str, str, str] = ("evidence_id", "evidence_kind", "evidence")
_NONE: tuple[None, str, str] = (None, "", "")


def citation(src: Source) -> str:
    """A source as one line: ``stated: 002, Cooperation, p. 4: "quote"``,
    ``inferred by case encoder: reason``, ``room`` or ``imported: file.gexf``."""
    if src.kind == "inferred":
        head = f"inferred by {src.author}" if src.author else "inferred"
        where = ", ".join(p for p in (src.document, src.section) if p)
        text = "; ".join(p for p in (where, src.reason) if p)
        return f"{head}: {text}" if text else head
    parts = [p for p in (src.document, src.section) if p]
    if src.page:
        parts.append(f"p. {src.page}")
    text = ", ".join(parts)
    if src.quote:
        text = f'{text}: "{src.quote}"' if text else f'"{src.quote}"'
    return f"{src.kind}: {text}" if text else src.kind


class Evidence:
    """The three provenance values of any ``source_id``, each source cited once."""

    def __init__(self, model: Model) -> None:
        self._sources = model.tables["sources"]
        self._cache: dict[int | None, tuple[int | None, str, str]] = {None: _NONE}

    def of(self, source_id: int | None) -> tuple[int | None, str, str]:
        """(evidence_id, evidence_kind, evidence); a dangling id is written as no source."""
        hit = self._cache.get(source_id)
        if hit is None:
            src = self._sources.get(source_id)
            hit = _NONE if src is None else (source_id, src.kind, citation(src))
            self._cache[source_id] = hit
        return hit

    def columns(self, source_id: int | None) -> Row:
        return dict(zip(EVIDENCE_COLUMNS, self.of(source_id)))

    def column_lists(self, source_ids: Iterable[int | None]) -> list[list[Any]]:
        """The three columns for many facts at once (the votes of a large session)."""
        triples = list(map(self.of, source_ids))
        return [[t[i] for t in triples] for i in range(3)]


def _scope(relation_id: int | None, arena_id: int | None) -> str:
    return "relation" if relation_id is not None else "arena" if arena_id is not None else "phase"


def cited_counts(model: Model) -> dict[int, int]:
    """How many facts of the session cite each source (the ``n_cited`` column)."""
    counts: dict[int, int] = {}

    def add(sid: int | None) -> None:
        if sid is not None:
            counts[sid] = counts.get(sid, 0) + 1

    for table in ("actors", "relations", "presence", "relation_phases", "participants", "scores",
                  "stated_classes", "stated_levels", "arenas", "institutional_work",
                  "decision_points"):
        for rec in model.tables.get(table, {}).values():
            add(rec.source_id)
    for pres in model.tables["presence"].values():
        for sid in pres.role_sources.values():
            add(sid)
    return counts


def evidence_tables(model: Model, number: dict[int, int], phase_name: dict[int, str],
                    actor_name: dict[int, str], evidence: Evidence) -> dict[str, Table]:
    """stated_classes, stated_levels, arenas, arena_members, institutional_work,
    decision_points and sources, each in a stable order."""
    t = model.tables
    arena_name = {a.id: a.name for a in t["arenas"].values()}

    def phase_cols(pid: int) -> Row:
        return {"phase_id": pid, "phase_number": number.get(pid), "phase_name": phase_name.get(pid)}

    out: dict[str, Table] = {}
    out["stated_classes"] = [
        {"stated_class_id": s.id, **phase_cols(s.phase_id),
         "scope": _scope(s.relation_id, s.arena_id), "relation_id": s.relation_id,
         "arena_id": s.arena_id, "class": s.three_c, "note": s.note,
         **evidence.columns(s.source_id)}
        for s in sorted(t["stated_classes"].values(), key=lambda s: (number.get(s.phase_id, 0), s.id))
    ]
    if "stated_levels" in t:
        out["stated_levels"] = [
            {"stated_level_id": s.id, **phase_cols(s.phase_id),
             "scope": _scope(s.relation_id, s.arena_id), "relation_id": s.relation_id,
             "arena_id": s.arena_id, "dimension": s.dimension, "level": s.level,
             "note": s.note, **evidence.columns(s.source_id)}
            for s in sorted(t["stated_levels"].values(),
                            key=lambda s: (number.get(s.phase_id, 0), s.id))
        ]
    out["arenas"] = [
        {"arena_id": a.id, "name": a.name, "level": a.level, "note": a.note,
         **evidence.columns(a.source_id)}
        for a in sorted(t["arenas"].values(), key=lambda a: a.id)
    ]
    out["arena_members"] = [
        {"arena_id": m.arena_id, "arena_name": arena_name.get(m.arena_id),
         "actor_id": m.actor_id, "actor_name": actor_name.get(m.actor_id), **phase_cols(m.phase_id)}
        for m in sorted(t["arena_members"].values(),
                        key=lambda m: (m.arena_id, number.get(m.phase_id, 0), m.actor_id))
    ]
    out["institutional_work"] = [
        {"actor_id": w.actor_id, "actor_name": actor_name.get(w.actor_id), **phase_cols(w.phase_id),
         "kind": w.kind, "aim": w.aim, "note": w.note, **evidence.columns(w.source_id)}
        for w in sorted(t["institutional_work"].values(),
                        key=lambda w: (w.actor_id, number.get(w.phase_id, 0), w.kind, w.aim))
    ]
    out["decision_points"] = [
        {"decision_point_id": d.id, **phase_cols(d.phase_id), "position": d.position,
         "label": d.label, "kind": d.kind, "date": d.date, "note": d.note,
         **evidence.columns(d.source_id)}
        for d in sorted(t["decision_points"].values(),
                        key=lambda d: (number.get(d.phase_id, 0), d.position, d.id))
    ]
    cited = cited_counts(model)
    out["sources"] = [
        {"evidence_id": s.id, "kind": s.kind, "document": s.document, "section": s.section,
         "page": s.page, "quote": s.quote, "author": s.author, "reason": s.reason,
         "detail": json.dumps(s.detail, ensure_ascii=False, sort_keys=True) if s.detail else "",
         "time": s.time, "citation": citation(s), "n_cited": cited.get(s.id, 0)}
        for s in model.sources
    ]
    return out


__all__ = ["Evidence", "EVIDENCE_COLUMNS", "citation", "cited_counts", "evidence_tables"]
