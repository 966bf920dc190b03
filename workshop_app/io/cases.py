"""Turn a case file (``resources/cases/*.json``) into a ready-to-open ``.workshop`` session.

Case files list relations per phase because that is how the papers describe them; a session
keeps one relation with one identity across phases and switches it off where it is not
described. This module does that merge, maps the papers' words (low/medium/high) onto the
app's 1-5 scale, and lays the actors out so a demo opens as a readable picture. It is the
reusable half of ``scripts/build_demo_sessions.py`` and imports no Qt.
"""

from __future__ import annotations

import json
import math
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from ..analysis.layout import extent_for, name_box
from ..analysis.tidy import tidy
from ..domain import vocabulary as voc
from ..domain.commands import AddPhase
from ..session import Session
from .atomic import write_session

CASE_PARTICIPANT = voc.CASE_PARTICIPANT  # kept here for callers of this module

# Scene geometry the layout aims at: a 1280x800 canvas with ~160x56 actor boxes.
HALF_WIDTH = 560.0
HALF_HEIGHT = 340.0
MIN_DX = 185.0
MIN_DY = 80.0
# Demos are laid out for the projector's boxes (canvas ``LAYOUT_SCALE``): estimated boxes at
# this label scale keep this gap, so no names overlap on the wall or on a laptop.
LAYOUT_SCALE = 1.25
LAYOUT_GAP = (24.0 * LAYOUT_SCALE, 18.0 * LAYOUT_SCALE)
LAYOUT_SEED = 20240607
RANK_MIX = 0.5

_REQUIRED = ("case", "source", "summary", "phases", "actors", "presence", "relations")


class CaseFileError(ValueError):
    """A case file that cannot be built; the message names the file and the record."""


@dataclass
class MergedRelation:
    """One relation of the session: the per-phase records of the case file that describe it."""

    source: str
    target: str
    kind: str
    directed: bool
    phases: list[str] = field(default_factory=list)
    notes: dict[str, str] = field(default_factory=dict)
    levels: dict[str, dict[str, int | None]] = field(default_factory=dict)


# -- reading and checking -----------------------------------------------------------------
def load_case(path: str | os.PathLike[str]) -> dict[str, Any]:
    """Read and check a case file; every problem is reported with the file and record."""
    p = Path(path)
    try:
        case = json.loads(p.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise CaseFileError(f"{p}: not valid JSON ({exc}).") from None
    if not isinstance(case, dict):
        raise CaseFileError(f"{p}: the top level must be a JSON object.")
    for key in _REQUIRED:
        if key not in case:
            raise CaseFileError(f"{p}: missing the {key!r} entry.")
    _check_case(p, case)
    return case


def _fail(path: Path, section: str, index: int, record: dict[str, Any], why: str) -> CaseFileError:
    ident = record.get("key") or "/".join(
        str(record[k]) for k in ("source", "target", "actor", "phase", "kind") if k in record
    )
    return CaseFileError(f"{path}: {section}[{index}] ({ident}): {why}")


def _choice(value: Any, allowed: dict[str, str], what: str) -> str | None:
    """None if ``value`` is in the vocabulary, else the complaint."""
    if value in allowed:
        return None
    return f"unknown {what} {value!r} (allowed: {', '.join(allowed)})"


def _check_case(p: Path, case: dict[str, Any]) -> None:
    phase_keys: set[str] = set()
    for i, ph in enumerate(case["phases"]):
        key = ph.get("key")
        if not isinstance(key, str) or not key.strip() or not str(ph.get("label", "")).strip():
            raise _fail(p, "phases", i, ph, "a phase needs a key and a label")
        if key in phase_keys:
            raise _fail(p, "phases", i, ph, f"phase key {key!r} is used twice")
        phase_keys.add(key)
    if not phase_keys:
        raise CaseFileError(f"{p}: the case has no phases.")

    actor_keys: set[str] = set()
    for i, a in enumerate(case["actors"]):
        key = a.get("key")
        if not isinstance(key, str) or not key or not str(a.get("name", "")).strip():
            raise _fail(p, "actors", i, a, "an actor needs a key and a name")
        if key in actor_keys:
            raise _fail(p, "actors", i, a, f"actor key {key!r} is used twice")
        actor_keys.add(key)
        why = _choice(a.get("type"), voc.ACTOR_TYPES, "actor type") or _choice(
            a.get("scale"), voc.SCALES, "scale"
        )
        for ab in a.get("abilities", []):
            why = why or _choice(ab, voc.ABILITIES, "ability")
        if why:
            raise _fail(p, "actors", i, a, why)

    seen_presence: set[tuple[str, str]] = set()
    for i, pr in enumerate(case["presence"]):
        if pr.get("actor") not in actor_keys:
            raise _fail(p, "presence", i, pr, f"unknown actor key {pr.get('actor')!r}")
        if pr.get("phase") not in phase_keys:
            raise _fail(p, "presence", i, pr, f"unknown phase key {pr.get('phase')!r}")
        pair = (pr["actor"], pr["phase"])
        if pair in seen_presence:
            raise _fail(p, "presence", i, pr, "the actor is listed twice in this phase")
        seen_presence.add(pair)
        for role in pr.get("roles", []):
            if role not in voc.ROLES:
                raise _fail(p, "presence", i, pr, _choice(role, voc.ROLES, "role") or "")

    for i, r in enumerate(case["relations"]):
        for end in ("source", "target"):
            if r.get(end) not in actor_keys:
                raise _fail(p, "relations", i, r, f"unknown {end} actor key {r.get(end)!r}")
        if r["source"] == r["target"]:
            raise _fail(p, "relations", i, r, "a relation needs two different actors")
        if r.get("phase") not in phase_keys:
            raise _fail(p, "relations", i, r, f"unknown phase key {r.get('phase')!r}")
        why = _choice(r.get("kind"), voc.RELATION_KINDS, "relation kind")
        if why:
            raise _fail(p, "relations", i, r, why)
        if not isinstance(r.get("directed"), bool):
            raise _fail(p, "relations", i, r, "'directed' must be true or false")
        if r["kind"] in voc.ALWAYS_DIRECTED_KINDS and not r["directed"]:
            raise _fail(p, "relations", i, r, f"a {r['kind']} relation must be directed")
        for dim in voc.SCORE_DIMENSIONS:
            level = r.get(dim)
            if level is not None and level not in voc.SCORE_OF_LEVEL:
                raise _fail(
                    p, "relations", i, r,
                    f"{dim} must be low, medium, high or null, not {level!r}",
                )
        for end in ("source", "target"):
            if (r[end], r["phase"]) not in seen_presence:
                raise _fail(
                    p, "relations", i, r,
                    f"actor {r[end]!r} is not present in phase {r['phase']!r}",
                )


def merge_relations(case: dict[str, Any], path: Path | None = None) -> list[MergedRelation]:
    """One relation per (source, target, kind, directed), in order of first appearance.

    Undirected records are matched regardless of which end the file names first.
    """
    merged: dict[tuple[str, str, str, bool], MergedRelation] = {}
    for i, r in enumerate(case["relations"]):
        src, tgt = r["source"], r["target"]
        key = (src, tgt, r["kind"], r["directed"])
        if not r["directed"] and (tgt, src, r["kind"], False) in merged:
            key = (tgt, src, r["kind"], False)
        rel = merged.setdefault(key, MergedRelation(key[0], key[1], r["kind"], r["directed"]))
        phase = r["phase"]
        if phase in rel.phases:
            raise _fail(path or Path("<case>"), "relations", i, r,
                        "the same relation is listed twice in this phase")
        rel.phases.append(phase)
        rel.notes[phase] = str(r.get("note") or "").strip()
        rel.levels[phase] = {
            d: None if r.get(d) is None else voc.SCORE_OF_LEVEL[r[d]] for d in voc.SCORE_DIMENSIONS
        }
    return list(merged.values())


def relation_note(rel: MergedRelation, labels: dict[str, str]) -> str:
    """One note when the phases agree, else one "<phase label>: <note>" line per phase."""
    notes = [(ph, rel.notes[ph]) for ph in rel.phases if rel.notes[ph]]
    distinct = {n for _, n in notes}
    if len(distinct) <= 1:
        return next(iter(distinct), "")
    return "\n".join(f"{labels[ph]}: {note}" for ph, note in notes)


# -- layout -------------------------------------------------------------------------------
def layout_actors(
    actor_keys: list[str], pairs: list[tuple[str, str]], names: dict[str, str] | None = None,
) -> dict[str, tuple[float, float]]:
    """Scene centres for the actors: seeded spring layouts, packed, stretched, de-overlapped.

    A spring layout (numpy only, no scipy) over the union of all phases' relations keeps
    partners near each other. Each connected group gets its own slot across the canvas
    (wider for bigger groups) and actors without relations share a column at the right,
    because one spring layout of several groups pushes them into the corners. The final pass
    pushes boxes apart so no two labels overlap: with ``names``, the tidy step of the lenses
    at the projector's box size (which also keeps lines from running under boxes), else a
    fixed minimum distance. Same input, same output.
    """
    if not actor_keys:
        return {}
    order = {k: i for i, k in enumerate(actor_keys)}
    g = nx.Graph()
    g.add_nodes_from(actor_keys)
    for a, b in pairs:
        w = g.get_edge_data(a, b, {"weight": 0})["weight"]
        g.add_edge(a, b, weight=w + 1)
    groups = sorted(
        (sorted(c, key=order.__getitem__) for c in nx.connected_components(g) if len(c) > 1),
        key=lambda c: (-len(c), order[c[0]]),
    )
    loners = sorted((k for k in actor_keys if g.degree(k) == 0), key=order.__getitem__)
    slots: list[tuple[float, dict[str, tuple[float, float]]]] = []
    for group in groups:
        slots.append((math.sqrt(len(group)), _group_layout(g.subgraph(group), group)))
    if loners:
        n = len(loners)
        column = {k: (0.0, 0.0 if n == 1 else 1.0 - 2.0 * i / (n - 1)) for i, k in enumerate(loners)}
        slots.append((1.0, column))
    total = sum(w for w, _ in slots)
    pos: dict[str, list[float]] = {}
    half_w, half_h = HALF_WIDTH, HALF_HEIGHT
    if names is not None:  # as much room as the boxes need, so a small case is shown large
        sizes = {k: name_box(names[k], LAYOUT_SCALE) for k in actor_keys}
        half_w, half_h = extent_for(sizes.values(), LAYOUT_GAP)
    left = -half_w
    for width, local in slots:
        span = 2 * half_w * width / total
        centre = left + span / 2
        # Keep a slot's boxes inside it: the box half-width is ~MIN_DX / 2.
        half = max(0.0, span / 2 - MIN_DX / 2) if len(slots) > 1 else half_w
        for k, (x, y) in local.items():
            pos[k] = [centre + x * half, y * half_h]
        left += span
    _separate(actor_keys, pos)
    if names is not None:
        index = {k: i for i, k in enumerate(actor_keys)}
        sizes = {index[k]: name_box(names[k], LAYOUT_SCALE) for k in actor_keys}
        at = {index[k]: (pos[k][0], pos[k][1]) for k in actor_keys}
        links = [(index[a], index[b]) for a, b in pairs if a in index and b in index]
        for i, place in tidy(at, sizes, links=links, gap=LAYOUT_GAP).items():
            pos[actor_keys[i]] = list(place)
    return {k: (float(round(pos[k][0])), float(round(pos[k][1]))) for k in actor_keys}


def _group_layout(g: nx.Graph, keys: list[str]) -> dict[str, tuple[float, float]]:
    """A spring layout of one connected group, each axis stretched to [-1, 1]."""
    init = nx.circular_layout(keys)
    raw = nx.spring_layout(g, pos=init, seed=LAYOUT_SEED, iterations=300, weight="weight")
    xs = _spread([float(raw[k][0]) for k in keys])
    ys = _spread([float(raw[k][1]) for k in keys])
    return {k: (xs[i], ys[i]) for i, k in enumerate(keys)}


def _spread(values: list[float]) -> list[float]:
    """Stretch to [-1, 1], half by value and half by rank.

    Spring layouts bunch hubs' neighbours together and leave corners empty; mixing in the
    rank evens the spacing while keeping every actor on the same side of its neighbours.
    """
    n = len(values)
    if n == 1:
        return [0.0]
    ranks = sorted(range(n), key=lambda i: (values[i], i))
    by_rank = [0.0] * n
    for r, i in enumerate(ranks):
        by_rank[i] = 2.0 * r / (n - 1) - 1.0
    return [(1 - RANK_MIX) * _stretch(v, values, 1.0) + RANK_MIX * by_rank[i]
            for i, v in enumerate(values)]


def _stretch(v: float, values: Any, half: float) -> float:
    vals = list(values)
    lo, hi = min(vals), max(vals)
    if hi - lo < 1e-12:
        return 0.0
    return (2.0 * (v - lo) / (hi - lo) - 1.0) * half


def _separate(keys: list[str], pos: dict[str, list[float]], sweeps: int = 2000) -> None:
    """Push overlapping boxes apart along the axis that needs the smaller move.

    Pairs are visited in a fixed order and each move is shared by both boxes, so the result
    depends only on the input. Boxes end at least one unit further apart than required, so
    rounding both centres to whole scene units cannot bring them too close again.
    """
    need_x, need_y = MIN_DX + 1.0, MIN_DY + 1.0
    goal_x, goal_y = need_x + 0.5, need_y + 0.5  # a margin so float noise ends the loop
    for _ in range(sweeps):
        moved = False
        for i, a in enumerate(keys):
            for j in range(i + 1, len(keys)):
                b = keys[j]
                dx = pos[b][0] - pos[a][0]
                dy = pos[b][1] - pos[a][1]
                if abs(dx) >= need_x or abs(dy) >= need_y:
                    continue
                over_x = goal_x - abs(dx)
                over_y = goal_y - abs(dy)
                # Vertical moves are cheaper (boxes are wide and flat); prefer them on ties.
                if over_y <= over_x:
                    sign = 1.0 if dy > 0 or (dy == 0 and dx >= 0) else -1.0
                    pos[a][1] -= sign * over_y / 2
                    pos[b][1] += sign * over_y / 2
                else:
                    sign = 1.0 if dx >= 0 else -1.0
                    pos[a][0] -= sign * over_x / 2
                    pos[b][0] += sign * over_x / 2
                moved = True
        if not moved:
            return
    raise RuntimeError("actor layout: overlapping boxes could not be separated")


# -- building -----------------------------------------------------------------------------
def build_case_session(
    case_json_path: str | os.PathLike[str],
    out_path: str | os.PathLike[str],
    *,
    overwrite: bool = False,
) -> Path:
    """Write the case as a session file at ``out_path`` and return that path.

    The session is built beside the target under a temporary name, checked, and moved into
    place only when complete (see :func:`.atomic.write_session`), so a failed build never
    leaves a half-made session or destroys the old one when ``overwrite`` is set; a session
    open for editing is never replaced. The replaced file is not backed up: case sessions
    are made from the case files, which stay.
    """
    src = Path(case_json_path)
    out = Path(out_path)
    if out.exists() and not overwrite:
        raise FileExistsError(f"{out}: a file with this name already exists.")
    case = load_case(src)
    relations = merge_relations(case, src)

    def build(tmp: Path) -> None:
        session = Session.create(tmp, title=case["case"], default_phases=False)
        try:
            with session.bulk("Build from case file"):
                _fill(session, src, case, relations)
        finally:
            session.close()
        _settle(tmp)

    write_session(build, out, back_up=False)
    return out


def _settle(path: Path) -> None:
    """Leave a compact file in rollback-journal mode, ready to ship.

    A WAL-mode file needs a writable folder even to be read; demos installed into a
    read-only site-packages would then fail ``workshop-app info``. Opening a copy for
    editing switches it back to WAL.
    """
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute("VACUUM")
    finally:
        conn.close()


def _fill(session: Session, src: Path, case: dict[str, Any], relations: list[MergedRelation]) -> None:
    session.set_meta("title", case["case"])
    session.set_meta("summary", case["summary"])
    session.set_meta("source", case["source"])
    session.set_meta("evidence", list(case.get("evidence", [])))
    session.set_meta("case_key", src.stem)

    phase_ids: dict[str, int] = {}
    labels: dict[str, str] = {}
    for ph in case["phases"]:
        pid = session.execute(
            AddPhase(phase_name=ph["label"], key=ph["key"], note=str(ph.get("note") or ""))
        )
        phase_ids[ph["key"]] = pid
        labels[ph["key"]] = ph["label"]

    keys = [a["key"] for a in case["actors"]]
    places = layout_actors(keys, [(r.source, r.target) for r in relations],
                           {a["key"]: a["name"] for a in case["actors"]})
    actor_ids: dict[str, int] = {}
    for a in case["actors"]:
        x, y = places[a["key"]]
        actor = session.add_actor(
            a["name"], a["type"], a["scale"],
            abilities=a.get("abilities", []), note=a.get("note", ""), x=x, y=y,
        )
        actor_ids[a["key"]] = actor.id

    for pr in case["presence"]:
        session.set_presence(
            actor_ids[pr["actor"]], phase_ids[pr["phase"]],
            present=True, roles=pr.get("roles", []), note=pr.get("note", ""),
        )

    recorder = session.add_participant(CASE_PARTICIPANT, case["source"])
    for rel in relations:
        relation = session.add_relation(
            actor_ids[rel.source], actor_ids[rel.target], rel.kind, rel.directed,
            note=relation_note(rel, labels),
        )
        for key, pid in phase_ids.items():
            if key in rel.phases:
                continue
            if relation.source in _present(session, pid) and relation.target in _present(session, pid):
                session.set_relation_active(relation.id, pid, False)
        for key in rel.phases:
            levels = rel.levels[key]
            if any(v is not None for v in levels.values()):
                session.score(relation.id, phase_ids[key], participant=recorder.id, **levels)


def _present(session: Session, phase_id: int) -> set[int]:
    return {a.id for a in session.model.present_actors(phase_id)}


__all__ = [
    "CASE_PARTICIPANT",
    "CaseFileError",
    "MergedRelation",
    "load_case",
    "merge_relations",
    "relation_note",
    "layout_actors",
    "build_case_session",
]
