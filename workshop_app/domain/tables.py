"""The session as tidy tables: one row per observation, one column per variable.

Researchers analyse workshops in pandas, R or a spreadsheet, not in our object model, so every
export (CSV, XLSX, the research bundle) starts from these plain lists of dicts. Ids and names
stand side by side so a CSV reads on its own, and unscored stays ``None`` (an empty cell),
never 0. Pure: no file, no Qt; the event log comes from the store via ``Session.tables()``.
"""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any, Iterable

from .model import Model, Score
from .scoring import median_low, tensions, three_c
from .vocabulary import PHASE_KEYS, ROLES, SCORE_DIMENSIONS

Row = dict[str, Any]

# Table order is the order of the CSV files, XLSX sheets and codebook entries.
TABLE_ORDER: tuple[str, ...] = (
    "meta",
    "phases",
    "actors",
    "presence",
    "roles",
    "relations",
    "relation_phases",
    "participants",
    "scores",
    "consensus",
    "notes",
    "prompt_checks",
    "events",
)


def _joined(items: Iterable[str]) -> str:
    return ";".join(items)


def tidy_tables(model: Model, *, events: list[Row] | None = None) -> dict[str, list[Row]]:
    """Every table of the session in tidy form, in :data:`TABLE_ORDER` (events if given)."""
    phases = model.phases
    number = {p.id: i + 1 for i, p in enumerate(phases)}
    phase_name = {p.id: p.name for p in phases}
    actor_name = {a.id: a.name for a in model.tables["actors"].values()}
    part_name = {p.id: p.name for p in model.tables["participants"].values()}
    relations = model.relations

    out: dict[str, list[Row]] = {}
    out["meta"] = [
        {"key": m.key, "value": m.value if isinstance(m.value, str) else json.dumps(m.value, ensure_ascii=False)}
        for m in sorted(model.tables["meta"].values(), key=lambda m: m.key)
    ]
    out["phases"] = [
        {"phase_id": p.id, "phase_number": number[p.id], "name": p.name, "key": p.key,
         "canonical": p.key in PHASE_KEYS, "note": p.note}
        for p in phases
    ]
    out["actors"] = [
        {"actor_id": a.id, "name": a.name, "type": a.type, "scale": a.scale,
         "abilities": _joined(a.abilities), "legal_status": a.legal_status, "note": a.note,
         "x": a.x, "y": a.y, "pinned": a.pinned}
        for a in model.actors
    ]
    presence = sorted(model.tables["presence"].values(), key=lambda r: (r.actor_id, number[r.phase_id]))
    out["presence"] = []
    out["roles"] = []
    for pr in presence:
        x, y = model.position(pr.actor_id, pr.phase_id)
        common = {"actor_id": pr.actor_id, "actor_name": actor_name[pr.actor_id],
                  "phase_id": pr.phase_id, "phase_number": number[pr.phase_id],
                  "phase_name": phase_name[pr.phase_id]}
        out["presence"].append({**common, "roles": _joined(pr.roles), "n_roles": len(pr.roles),
                                "x": x, "y": y, "note": pr.note})
        for role in pr.roles:
            out["roles"].append({**common, "role": role, "in_vocabulary": role in ROLES})

    ends_of: dict[int, Row] = {
        r.id: {"relation_id": r.id, "source_id": r.source, "source_name": actor_name[r.source],
               "target_id": r.target, "target_name": actor_name[r.target], "kind": r.kind}
        for r in relations
    }
    out["relations"] = [
        {**ends_of[r.id], "directed": r.directed, "note": r.note,
         "attrs": json.dumps(r.attrs, ensure_ascii=False, sort_keys=True) if r.attrs else ""}
        for r in relations
    ]
    present = model.tables["presence"]
    switched_off = model.tables["relation_off"]
    active_pairs: set[tuple[int, int]] = set()
    out["relation_phases"] = rel_phases = []
    out["consensus"] = consensus = []
    for r in relations:
        e = ends_of[r.id]
        for p in phases:
            off = (r.id, p.id) in switched_off
            active = not off and (r.source, p.id) in present and (r.target, p.id) in present
            rel_phases.append({**e, "phase_id": p.id, "phase_number": number[p.id],
                               "phase_name": p.name, "active": active, "switched_off": off})
            if active:
                active_pairs.add((r.id, p.id))
                consensus.append(_consensus_row(e, p.id, number[p.id], p.name,
                                                model.votes(r.id, p.id)))

    votes_per: dict[int, int] = {}
    for key in model.tables["scores"]:
        votes_per[key[2]] = votes_per.get(key[2], 0) + 1
    out["participants"] = [
        {"participant_id": p.id, "name": p.name, "organisation": p.organisation,
         "actor_id": p.actor_id, "actor_name": actor_name.get(p.actor_id) if p.actor_id else None,
         "n_votes": votes_per.get(p.id, 0)}
        for p in model.participants
    ]
    scores = model.tables["scores"]
    out["scores"] = [
        {"relation_id": s.relation_id, "source_name": e["source_name"],
         "target_name": e["target_name"], "kind": e["kind"],
         "phase_id": s.phase_id, "phase_number": number[s.phase_id],
         "phase_name": phase_name[s.phase_id], "participant_id": s.participant_id,
         "participant_name": part_name.get(s.participant_id),
         "trust": s.trust, "commitment": s.commitment, "interdependence": s.interdependence,
         "relation_active": (s.relation_id, s.phase_id) in active_pairs, "time": s.time}
        for s, e in (
            (scores[k], ends_of[k[0]])
            for k in sorted(scores, key=lambda k: (k[0], number[k[1]], k[2]))
        )
    ]
    out["notes"] = [
        {"note_id": n.id, "kind": n.kind, "text": n.text, "phase_id": n.phase_id,
         "phase_name": phase_name.get(n.phase_id) if n.phase_id is not None else None,
         "actor_id": n.actor_id,
         "actor_name": actor_name.get(n.actor_id) if n.actor_id is not None else None,
         "relation_id": n.relation_id, "participant_id": n.participant_id,
         "participant_name": part_name.get(n.participant_id) if n.participant_id is not None else None,
         "time": n.time}
        for n in sorted(model.tables.get("notes", {}).values(), key=lambda n: (n.time, n.id))
    ]
    out["prompt_checks"] = [
        {"phase_id": c.phase_id, "phase_number": number.get(c.phase_id),
         "phase_name": phase_name.get(c.phase_id), "prompt_id": c.prompt_id, "done": c.done,
         "note": c.note, "time": c.time}
        for c in sorted(model.tables.get("prompt_checks", {}).values(),
                        key=lambda c: (number.get(c.phase_id, 0), c.prompt_id))
    ]
    if events is not None:
        out["events"] = events
    return {name: out[name] for name in TABLE_ORDER if name in out}


@lru_cache(maxsize=None)
def _class_and_tensions(t: int | None, c: int | None, i: int | None) -> tuple[str | None, str]:
    """3C class and named tensions of one set of medians (few distinct ones: cached)."""
    return three_c(t, c, i), _joined(tensions(t, c, i))


def _consensus_row(ends: Row, phase_id: int, phase_number: int, phase_name: str,
                   votes: list[Score]) -> Row:
    """Median, spread and count per dimension, as ``scoring.consensus_of`` computes them.

    Written out here because the research tables ask for it tens of thousands of times and
    the generic version (which also accepts dicts) dominated the export time.
    """
    row: Row = {**ends, "phase_id": phase_id, "phase_number": phase_number,
                "phase_name": phase_name}
    medians: list[int | None] = []
    for d in SCORE_DIMENSIONS:
        vals = [v for v in (getattr(s, d) for s in votes) if v is not None]
        med = median_low(vals)
        medians.append(med)
        row[f"{d}_median"] = med
        row[f"{d}_spread"] = (max(vals) - min(vals)) if vals else None
        row[f"{d}_n"] = len(vals)
    row["threec"], row["tensions"] = _class_and_tensions(*medians)
    return row


def event_rows(conn: Any) -> list[Row]:
    """The session's edit log (one row per saved edit, undo, redo or bulk step).

    ``conn`` is the store's open SQLite connection; only plain columns are read, the stored
    before/after rows stay in the file (they are the undo information, not research data).
    """
    rows = conn.execute(
        "SELECT seq, time, command, label, state, payload FROM events ORDER BY seq"
    ).fetchall()
    return [
        {"seq": seq, "time": time, "command": command, "label": label, "state": state,
         "payload": payload}
        for seq, time, command, label, state, payload in rows
    ]


__all__ = ["tidy_tables", "event_rows", "TABLE_ORDER"]
