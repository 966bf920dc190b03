"""The session as tidy tables: one row per observation, one column per variable.

Researchers analyse workshops in pandas, R or a spreadsheet, not in our object model, so every
export (CSV, XLSX, GEXF, GraphML, the codebook and the research bundle) reads these plain
lists of dicts, the one table format of the app. Ids and names stand side by side so a CSV
reads on its own, and unscored stays ``None`` (an empty cell), never 0. Pure: no file, no Qt;
the event log comes from the store via ``Session.tables()``.
"""

from __future__ import annotations

import json
from functools import lru_cache
from itertools import chain, compress, repeat
from operator import attrgetter, itemgetter
from typing import Any, Iterable

from ..domain.model import Model, Phase, Relation, Score
from ..analysis.classes import class_of_medians
from ..domain.scoring import counted_votes, kind_class_mismatch, median_low, tensions, vote_class
from ..domain.vocabulary import OPENNESS, PHASE_KEYS, ROLES, SCORE_DIMENSIONS
from .tables_evidence import Evidence, evidence_tables

Row = dict[str, Any]
Table = list[Row]

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
    "stated_classes",
    "stated_levels",
    "arenas",
    "arena_members",
    "institutional_work",
    "decision_points",
    "sources",
    "notes",
    "prompt_checks",
    "events",
)


def _joined(items: Iterable[str]) -> str:
    return ";".join(items)


def _rows(names: Iterable[str], columns: Iterable[list[Any]]) -> Table:
    """Rows made from whole columns (each built by a loop in C): one dict per row."""
    keys = tuple(names)
    return [dict(zip(keys, values)) for values in zip(*columns)]


def tidy_tables(model: Model, *, events: list[Row] | None = None) -> dict[str, Table]:
    """Every table of the session in tidy form, in :data:`TABLE_ORDER` (events if given)."""
    phases = model.phases
    number = {p.id: i + 1 for i, p in enumerate(phases)}
    phase_name = {p.id: p.name for p in phases}
    actor_name = {a.id: a.name for a in model.tables["actors"].values()}
    part_name = {p.id: p.name for p in model.tables["participants"].values()}
    relations = model.relations
    evidence = Evidence(model)

    out: dict[str, Table] = {}
    out["meta"] = [
        {"key": m.key, "value": m.value if isinstance(m.value, str) else json.dumps(m.value, ensure_ascii=False),
         "is_json": not isinstance(m.value, str)}
        for m in sorted(model.tables["meta"].values(), key=lambda m: m.key)
    ]
    out["phases"] = [
        {"phase_id": p.id, "phase_number": number[p.id], "name": p.name, "key": p.key,
         "canonical": p.key in PHASE_KEYS, "note": p.note, "public_value": p.public_value}
        for p in phases
    ]
    out["actors"] = [
        {"actor_id": a.id, "name": a.name, "type": a.type, "scale": a.scale,
         "abilities": _joined(a.abilities), "legal_status": a.legal_status, "note": a.note,
         "alt_name": a.alt_name, "original_id": a.original_id,
         "x": a.x, "y": a.y, "pinned": a.pinned, **evidence.columns(a.source_id)}
        for a in model.actors
    ]
    out["presence"], out["roles"] = _presence(model, phases, number, phase_name, actor_name, evidence)

    ends_of: dict[int, Row] = {
        r.id: {"relation_id": r.id, "source_id": r.source, "source_name": actor_name[r.source],
               "target_id": r.target, "target_name": actor_name[r.target], "kind": r.kind}
        for r in relations
    }
    out["relations"] = [_relation_row(r, ends_of[r.id], evidence) for r in relations]
    out["relation_phases"], active = _relation_phases(model, relations, phases, number, ends_of,
                                                      evidence)
    active_pairs = set(active)
    stats: dict[tuple[int | None, ...], tuple[int | None, int | None, int]] = {}
    extra = _ConsensusExtra(model, evidence)
    out["consensus"] = [
        extra.add(_consensus_row(ends_of[rid], pid, number[pid], phase_name[pid], votes, stats,
                                 extra.rule), votes)
        for rid, pid in active
        for votes in (counted_votes(model, rid, pid),)
    ]

    votes_per: dict[int, int] = {}
    for key in model.tables["scores"]:
        votes_per[key[2]] = votes_per.get(key[2], 0) + 1
    out["participants"] = [
        {"participant_id": p.id, "name": p.name, "organisation": p.organisation,
         "actor_id": p.actor_id, "actor_name": actor_name.get(p.actor_id) if p.actor_id else None,
         "kind": p.kind, "group_name": p.group_name,
         "n_votes": votes_per.get(p.id, 0), **evidence.columns(p.source_id)}
        for p in model.participants
    ]
    out["scores"] = _score_columns(model, number, phase_name, part_name, ends_of, active_pairs,
                                   evidence)
    out.update(evidence_tables(model, number, phase_name, actor_name, evidence))
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


def _presence(model: Model, phases: list[Phase], number: dict[int, int],
              phase_name: dict[int, str], actor_name: dict[int, str],
              evidence: Evidence) -> tuple[Table, Table]:
    """Presence for every actor x phase (``state_recorded`` false where only the session's
    default speaks), and one roles row per role of a recorded row."""
    stored = model.tables["presence"]
    default = model.presence_default
    presence_rows: list[Row] = []
    role_rows: list[Row] = []
    for actor in model.actors:
        aid = actor.id
        for ph in phases:
            pr = stored.get((aid, ph.id))
            x, y = model.position(aid, ph.id)
            common = {"actor_id": aid, "actor_name": actor_name[aid], "phase_id": ph.id,
                      "phase_number": number[ph.id], "phase_name": phase_name[ph.id]}
            if pr is None:
                presence_rows.append({**common, "state": default, "state_recorded": False,
                                      "roles": "", "n_roles": 0, "x": x, "y": y, "note": "",
                                      **_NO_PRESENCE_DETAIL, **evidence.columns(None)})
                continue
            presence_rows.append({
                **common, "state": pr.state, "state_recorded": True, "roles": _joined(pr.roles),
                "n_roles": len(pr.roles), "x": x, "y": y, "note": pr.note,
                "influence": pr.influence, "alignment": pr.alignment,
                "orchestrator_form": pr.orchestrator_form,
                "orchestrator_modes": _joined(pr.orchestrator_modes),
                "value_gains": pr.value_gains, "value_costs": pr.value_costs,
                **evidence.columns(pr.source_id)})
            for role in pr.roles:
                role_rows.append({**common, "role": role, "in_vocabulary": role in ROLES,
                                  **evidence.columns(pr.role_sources.get(role))})
    return presence_rows, role_rows


_NO_PRESENCE_DETAIL: Row = {"influence": None, "alignment": None, "orchestrator_form": None,
                            "orchestrator_modes": "", "value_gains": "", "value_costs": ""}
def _relation_row(r: Relation, ends: Row, evidence: Evidence) -> Row:
    """The relation, with data openness (004) in columns of its own when it is a word of the
    vocabulary and a yes or no; anything else (an imported file's text) stays in attrs."""
    attrs = dict(r.attrs)
    split: Row = {"openness": None, "interoperable": None}
    if attrs.get("openness") in OPENNESS:
        split["openness"] = attrs.pop("openness")
    if isinstance(attrs.get("interoperable"), bool):
        split["interoperable"] = attrs.pop("interoperable")
    return {**ends, "directed": r.directed, "note": r.note,
            "attrs": json.dumps(attrs, ensure_ascii=False, sort_keys=True) if attrs else "",
            "openness": split["openness"] or "", "interoperable": split["interoperable"],
            "original_id": r.original_id, **evidence.columns(r.source_id)}


def _score_columns(model: Model, number: dict[int, int], phase_name: dict[int, str],
                   part_name: dict[int, str], ends_of: dict[int, Row],
                   active_pairs: set[tuple[int, int]], evidence: Evidence) -> Table:
    """One row per vote, ordered by relation, phase and participant; built a column at a
    time (each a loop in C), since a big session has a hundred thousand votes."""
    scores = model.tables["scores"]
    if sorted(number) == sorted(number, key=number.__getitem__):
        keys = sorted(scores)  # phase ids run in phase order: the keys sort as they are
    else:
        keys = sorted(scores, key=lambda k: (k[0], number[k[1]], k[2]))
    votes = list(map(scores.__getitem__, keys))
    rel, phase, person = (list(map(itemgetter(i), keys)) for i in range(3))
    source, target, kind = (
        list(map(itemgetter(col), map(ends_of.__getitem__, rel)))
        for col in ("source_name", "target_name", "kind"))
    counted = model.pool_references or not model.reference_participant_ids()
    refs = model.reference_participant_ids()
    return _rows(_SCORE_NAMES, [
        rel, source, target, kind,
        phase, list(map(number.__getitem__, phase)), list(map(phase_name.__getitem__, phase)),
        person, list(map(part_name.get, person)),
        *(list(map(attrgetter(d), votes)) for d in SCORE_DIMENSIONS),
        list(map(attrgetter("interdependence_back"), votes)),
        [True] * len(person) if counted else [p not in refs for p in person],
        list(map(active_pairs.__contains__, zip(rel, phase))),
        list(map(attrgetter("time"), votes)),
        *evidence.column_lists(map(attrgetter("source_id"), votes)),
    ])


_SCORE_NAMES = ("relation_id", "source_name", "target_name", "kind", "phase_id", "phase_number",
                "phase_name", "participant_id", "participant_name",
                *SCORE_DIMENSIONS, "interdependence_back", "counted", "relation_active", "time",
                "evidence_id", "evidence_kind", "evidence")


@lru_cache(maxsize=None)
def _tensions_of(t: int | None, c: int | None, i: int | None) -> str:
    """Named tensions of one set of medians (few distinct ones: cached)."""
    return _joined(tensions(t, c, i))


def _class_and_tensions(rule: str, votes: list[Score],
                        medians: list[int | None]) -> tuple[str | None, str]:
    """The room's 3C class as every view reads it (``analysis.classes``: the session's rule
    over the counted votes, from the medians just computed where the rule reads only them)
    and the tensions of the medians."""
    return class_of_medians(votes, rule, medians), _tensions_of(*medians)


def _relation_phases(model: Model, relations: list[Relation], phases: list[Phase],
                     number: dict[int, int], ends_of: dict[int, Row], evidence: Evidence,
                     ) -> tuple[Table, list[tuple[int, int]]]:
    """One row per relation and phase, and the (relation, phase) pairs where the
    relation is active, in row order: relation by relation, phases in order."""
    n = len(phases)
    pids = [p.id for p in phases] * len(relations)
    pairs = list(zip([r.id for r in relations for _ in range(n)], pids))
    rel_of = model.tables["relations"]
    stored = model.tables["relation_phases"]
    rows = list(map(stored.get, pairs))
    off = [row is not None and row.state == "inactive" for row in rows]
    state = [model.relation_state(rel_of[r], p) for r, p in pairs]
    active = [s == "active" for s in state]
    ends = [list(chain.from_iterable(repeat(ends_of[r.id][name], n) for r in relations))
            for name in _END_NAMES]
    table = _rows([*_END_NAMES, "phase_id", "phase_number", "phase_name", "active", "switched_off",
                   "state", "recorded_state", "evidence_id", "evidence_kind", "evidence"],
                  [*ends, pids, [number[p.id] for p in phases] * len(relations),
                   [p.name for p in phases] * len(relations), active, off, state,
                   ["" if row is None else row.state for row in rows],
                   *evidence.column_lists(None if row is None else row.source_id for row in rows)])
    return table, list(compress(pairs, active))


_END_NAMES = ("relation_id", "source_id", "source_name", "target_id", "target_name", "kind")
_DIMENSION_COLUMNS = tuple((attrgetter(d), f"{d}_median", f"{d}_spread", f"{d}_n")
                           for d in SCORE_DIMENSIONS)


def _consensus_row(ends: Row, phase_id: int, phase_number: int, phase_name: str,
                   votes: list[Score],
                   stats: dict[tuple[int | None, ...], tuple[int | None, int | None, int]],
                   rule: str) -> Row:
    """Median, spread and count per dimension, as ``scoring.consensus_of`` computes them.

    Written out here because the research tables ask for it tens of thousands of times and
    the generic version (which also accepts dicts) dominated the export time. ``stats``
    keeps the figures per tuple of votes: a few voters on a 1-5 scale give few tuples.
    """
    row: Row = {**ends, "phase_id": phase_id, "phase_number": phase_number,
                "phase_name": phase_name}
    medians: list[int | None] = []
    for get, median_col, spread_col, n_col in _DIMENSION_COLUMNS:
        values = tuple(map(get, votes))
        figures = stats.get(values)
        if figures is None:
            vals = [v for v in values if v is not None]
            figures = stats[values] = (median_low(vals), (max(vals) - min(vals)) if vals else None,
                                       len(vals))
        medians.append(figures[0])
        row[median_col], row[spread_col], row[n_col] = figures
    row["threec"], row["tensions"] = _class_and_tensions(rule, votes, medians)
    return row


class _ConsensusExtra:
    """The consensus columns beside the medians and the derived class: the session's 3C
    rule, how many counted voters hold each class on their own, the stated class with its
    source, and where the relation's kind and its class disagree (002)."""

    def __init__(self, model: Model, evidence: Evidence) -> None:
        self.rule = model.threec_rule
        self.evidence = evidence
        self.classes: dict[tuple[int | None, ...], str | None] = {}
        self.stated: dict[tuple[int, int], list[Any]] = {}
        for s in sorted(model.tables["stated_classes"].values(), key=lambda s: s.id):
            if s.relation_id is not None and s.arena_id is None:
                self.stated.setdefault((s.relation_id, s.phase_id), []).append(s)

    def _class(self, vote: Score) -> str | None:
        key = (vote.trust, vote.commitment, vote.interdependence, vote.interdependence_back)
        cls = self.classes.get(key, _MISSING)
        if cls is _MISSING:
            cls = self.classes[key] = vote_class(vote, self.rule)
        return cls  # type: ignore[return-value]

    def add(self, row: Row, votes: list[Score]) -> Row:
        back = [v.interdependence_back for v in votes if v.interdependence_back is not None]
        row["interdependence_back_median"] = median_low(back)
        row["interdependence_back_n"] = len(back)
        row["threec_rule"] = self.rule
        counts = dict.fromkeys(_VOTER_COLUMNS, 0)
        for vote in votes:
            cls = self._class(vote)
            counts[_VOTER_COLUMNS_OF[cls]] += 1
        row.update(counts)
        stated = self.stated.get((row["relation_id"], row["phase_id"]), [])
        row["stated_class"] = _joined(dict.fromkeys(s.three_c for s in stated))
        row["stated_class_evidence_id"] = _joined(
            str(s.source_id) for s in stated if s.source_id is not None)
        row["stated_class_source"] = " | ".join(
            text for s in stated if (text := self.evidence.of(s.source_id)[2]))
        flags = [f"stated class: {why}" for s in stated
                 if (why := kind_class_mismatch(row["kind"], s.three_c))]
        if not flags and (why := kind_class_mismatch(row["kind"], row["threec"])):
            flags.append(f"derived class: {why}")
        row["kind_class_flag"] = "; ".join(dict.fromkeys(flags))
        return row


_MISSING = object()
_VOTER_COLUMNS = ("voters_cooperation", "voters_coordination", "voters_collaboration",
                  "voters_unclassified")
_VOTER_COLUMNS_OF: dict[str | None, str] = {"cooperation": "voters_cooperation",
                                            "coordination": "voters_coordination",
                                            "collaboration": "voters_collaboration",
                                            None: "voters_unclassified"}


__all__ = ["tidy_tables", "TABLE_ORDER", "Row", "Table"]
