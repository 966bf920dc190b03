"""Two sessions side by side: what one workshop saw in a phase that the other did not.

The phase diff (``analysis.diff``) compares two phases of one session, where an actor is the
same record in both. Across sessions nothing is the same record, so actors are first
*matched*: through the research corpus's register of canonical actors when a corpus is given
(the researcher's accepted and edited decisions), and by normalised name and type otherwise
-- and, with a corpus, also for the actors the register has no decision about yet, unless a
suggestion for them was rejected. Every matched pair says how it was matched. Relations are
matched through their ends: the same kind between the matched actors (either way round when
one of them is undirected), paired in id order when a pair has several.

The result has the phase diff's shape -- :class:`~workshop_app.analysis.diff.DiffItem` with a
full sentence, grouped under headings -- so the command line, the JSON and the window read
both alike. Ids in ``actor_ids`` and ``relation_ids`` are session A's (the window marks them
on A's map); session B's ids are in ``detail`` (``b_actor_ids``, ``b_relation_ids``).

What is listed, for phase X of A and phase Y of B:
- actors present in one with no counterpart in the other session at all ("only in");
- matched actors whose presence state differs (present, absent, not described);
- matched actors present in both whose roles differ;
- relations active in one with no active counterpart in the other (the detail says whether
  the other session has the relation in another state, or no such relation);
- matched relations active in both whose median on a dimension is at another *level* (low,
  medium, high), the same rule as the phase diff: a one-point move within a level is noise.
"""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..analysis.diff import DiffItem
from ..analysis.facts import NOT_DESCRIBED, PRESENT, PhaseFacts, phase_facts
from ..domain.model import Model, Relation
from ..domain.scoring import level
from ..domain.vocabulary import PRESENCE_STATES, SCORE_DIMENSIONS, role_label
from .corpus import CorpusError, file_facts
from .names import name_key

KINDS: tuple[str, ...] = (
    "actor_only_a",
    "actor_only_b",
    "presence_differs",
    "roles_changed",
    "relation_only_a",
    "relation_only_b",
    "score_changed",
)
_KIND_ORDER = {k: i for i, k in enumerate(KINDS)}

# Group headings; {a} and {b} are the two sessions' labels.
HEADINGS: dict[str, str] = {
    "actor_only_a": "Actors only in {a}",
    "actor_only_b": "Actors only in {b}",
    "presence_differs": "Taking part differently",
    "roles_changed": "Roles that differ",
    "relation_only_a": "Relations only in {a}",
    "relation_only_b": "Relations only in {b}",
    "score_changed": "Scores at another level",
}

BY_REGISTER, BY_NAME = "register", "name"


@dataclass(frozen=True)
class Matching:
    """Which actor of A is which actor of B, and how each pair was matched."""

    pairs: dict[int, int]  # A actor id -> B actor id
    method: dict[int, str]  # A actor id -> "register" | "name"
    canonical: dict[int, str] = field(default_factory=dict)  # A actor id -> canonical name

    @property
    def back(self) -> dict[int, int]:
        return {b: a for a, b in self.pairs.items()}

    def counts(self) -> dict[str, int]:
        out = {BY_REGISTER: 0, BY_NAME: 0}
        for m in self.method.values():
            out[m] += 1
        return out


@dataclass(frozen=True)
class SessionComparison:
    """The differences between phase X of session A and phase Y of session B."""

    label_a: str
    label_b: str
    phase_a: int
    phase_b: int
    phase_a_name: str
    phase_b_name: str
    items: list[DiffItem]
    matching: Matching
    matched_through: str  # "register" (a corpus was given) or "name"

    def of_kind(self, kind: str) -> list[DiffItem]:
        return [i for i in self.items if i.kind == kind]

    def heading(self, kind: str) -> str:
        return HEADINGS[kind].format(a=self.label_a, b=self.label_b)

    def groups(self) -> list[tuple[str, str, list[DiffItem]]]:
        """(kind, heading, items) for every kind with items, in :data:`KINDS` order."""
        return [(k, self.heading(k), found) for k in KINDS if (found := self.of_kind(k))]

    def to_dict(self) -> dict[str, Any]:
        return {
            "a": {"label": self.label_a, "phase_id": self.phase_a, "phase": self.phase_a_name},
            "b": {"label": self.label_b, "phase_id": self.phase_b, "phase": self.phase_b_name},
            "matched_through": self.matched_through,
            "matched_actors": {"total": len(self.matching.pairs), **self.matching.counts()},
            "items": [i.to_dict() for i in self.items],
        }


# -- matching actors ------------------------------------------------------------------------
def _keys(model: Model, skip: set[int] | frozenset[int] = frozenset()) -> dict[tuple[str, str], list[int]]:
    out: dict[tuple[str, str], list[int]] = defaultdict(list)
    for a in model.actors:
        if a.id not in skip:
            out[(name_key(a.name), a.type)].append(a.id)
    return out


def match_by_name(model_a: Model, model_b: Model, *, skip_a: set[int] | frozenset[int] = frozenset(),
                  skip_b: set[int] | frozenset[int] = frozenset()) -> Matching:
    """Actors whose normalised names (``names.name_key``) and types are equal, where that
    key is held by one actor on each side (two "Ministry" of one type are not guessed at)."""
    ka, kb = _keys(model_a, skip_a), _keys(model_b, skip_b)
    pairs: dict[int, int] = {}
    for key, ids in ka.items():
        other = kb.get(key, [])
        if len(ids) == 1 and len(other) == 1:
            pairs[ids[0]] = other[0]
    return Matching(pairs, {a: BY_NAME for a in pairs})


@dataclass(frozen=True)
class RegisterView:
    """One workshop's actors as the corpus register sees them."""

    workshop: str
    canonical: dict[int, tuple[int, str]]  # actor id -> (canonical id, name), decided only
    rejected: frozenset[int]  # actors with a rejected suggestion: never matched by name


def workshop_of(conn: sqlite3.Connection, path: Path) -> str:
    """The corpus's name for a session file: by the file's hash, else by its path (and then
    the file must not have changed since it was added)."""
    sha = file_facts(path)[0]
    found = conn.execute("SELECT workshop FROM workshops WHERE sha256 = ? ORDER BY workshop",
                         (sha,)).fetchall()
    if len(found) == 1:
        return str(found[0][0])
    by_path = conn.execute("SELECT workshop, sha256 FROM workshops WHERE file = ?",
                           (str(path.resolve()),)).fetchone()
    if by_path is not None and not found:
        raise CorpusError(f"{path}: changed since it was added to the corpus as workshop "
                          f"'{by_path[0]}'; add it again (workshop-app corpus add) to compare "
                          "it through the register.")
    if len(found) > 1:
        names = ", ".join(str(r[0]) for r in found)
        raise CorpusError(f"{path}: the corpus holds this file more than once ({names}); "
                          "it cannot tell which workshop is meant.")
    raise CorpusError(f"{path}: not in the corpus; add it (workshop-app corpus add) to compare "
                      "it through the register.")


def register_view(conn: sqlite3.Connection, workshop: str) -> RegisterView:
    rows = conn.execute(
        "SELECT m.actor_id, m.canonical_id, c.name, m.status FROM actor_matches m "
        "JOIN canonical_actors c ON c.canonical_id = m.canonical_id WHERE m.workshop = ?",
        (workshop,)).fetchall()
    decided = {int(r[0]): (int(r[1]), str(r[2])) for r in rows if r[3] in ("accepted", "edited")}
    rejected = frozenset(int(r[0]) for r in rows if r[3] == "rejected")
    return RegisterView(workshop, decided, rejected)


def match_by_register(model_a: Model, view_a: RegisterView, model_b: Model,
                      view_b: RegisterView) -> Matching:
    """Pairs through canonical actors (one actor each side per canonical actor); then by
    name and type among the actors the register has not decided on and not rejected."""
    by_canon_b: dict[int, list[int]] = defaultdict(list)
    for aid, (cid, _) in view_b.canonical.items():
        if aid in model_b.tables["actors"]:
            by_canon_b[cid].append(aid)
    by_canon_a: dict[int, list[int]] = defaultdict(list)
    for aid, (cid, _) in view_a.canonical.items():
        if aid in model_a.tables["actors"]:
            by_canon_a[cid].append(aid)
    pairs: dict[int, int] = {}
    canonical: dict[int, str] = {}
    for cid, ids in by_canon_a.items():
        other = by_canon_b.get(cid, [])
        if len(ids) == 1 and len(other) == 1:
            pairs[ids[0]] = other[0]
            canonical[ids[0]] = view_a.canonical[ids[0]][1]
    method = {a: BY_REGISTER for a in pairs}
    rest = match_by_name(model_a, model_b,
                         skip_a=set(view_a.canonical) | set(view_a.rejected),
                         skip_b=set(view_b.canonical) | set(view_b.rejected))
    for a, b in rest.pairs.items():
        pairs[a] = b
        method[a] = BY_NAME
    return Matching(pairs, method, canonical)


# -- comparing ------------------------------------------------------------------------------
def _roles_text(roles: list[str]) -> str:
    return ", ".join(role_label(r) for r in roles) if roles else "no role stated"


def _what(model: Model, rel: Relation) -> str:
    src, tgt = model.actor(rel.source).name, model.actor(rel.target).name
    if rel.directed:
        return f"{rel.kind} relation from {src} to {tgt}"
    return f"{rel.kind} relation between {src} and {tgt}"


def _state_word(state: str) -> str:
    return PRESENCE_STATES.get(state, state).lower()


class _RelationIndex:
    """B's relations by (kind, ends), to find the counterpart of one of A's."""

    def __init__(self, model: Model) -> None:
        self.by_key: dict[tuple[str, int, int], list[Relation]] = defaultdict(list)
        for r in model.relations:
            self.by_key[(r.kind, r.source, r.target)].append(r)

    def candidates(self, kind: str, source: int, target: int, directed: bool) -> list[Relation]:
        found = list(self.by_key.get((kind, source, target), ()))
        if source != target:
            found += [r for r in self.by_key.get((kind, target, source), ())
                      if not (directed and r.directed)]
        return sorted(found, key=lambda r: r.id)


def _pair_relations(model_a: Model, model_b: Model, matching: Matching) -> dict[int, int]:
    """A relation id -> B relation id, through the matched ends (whatever their state)."""
    index = _RelationIndex(model_b)
    taken: set[int] = set()
    out: dict[int, int] = {}
    for r in model_a.relations:
        s, t = matching.pairs.get(r.source), matching.pairs.get(r.target)
        if s is None or t is None:
            continue
        for cand in index.candidates(r.kind, s, t, r.directed):
            if cand.id not in taken:
                out[r.id] = cand.id
                taken.add(cand.id)
                break
    return out


def compare_facts(model_a: Model, fa: PhaseFacts, model_b: Model, fb: PhaseFacts,
                  matching: Matching, *, label_a: str = "A", label_b: str = "B",
                  matched_through: str = BY_NAME) -> SessionComparison:
    """The comparison of two phases' facts, one from each session."""
    pa, pb = label_a, label_b  # the phases are named once, above the list
    back = matching.back
    keyed: list[tuple[DiffItem, str]] = []

    def how(aid: int) -> dict[str, Any]:
        out: dict[str, Any] = {"matched_by": matching.method.get(aid)}
        if aid in matching.canonical:
            out["canonical"] = matching.canonical[aid]
        return out

    for aid in fa.actors:
        if aid not in matching.pairs:
            name = fa.name(aid)
            keyed.append((DiffItem("actor_only_a", f"{name}: takes part in {pa}; {pb} has no such "
                                   "actor", (aid,), (),
                                   {"roles": list(fa.roles.get(aid, ()))}), name))
    for bid in fb.actors:
        if bid not in back:
            name = fb.name(bid)
            keyed.append((DiffItem("actor_only_b", f"{name}: takes part in {pb}; {pa} has no such "
                                   "actor", (), (),
                                   {"b_actor_ids": [bid], "roles": list(fb.roles.get(bid, ()))}),
                          name))
    for aid, bid in matching.pairs.items():
        sa, sb = fa.state(aid), fb.state(bid)
        name = fa.name(aid)
        if sa != sb and PRESENT in (sa, sb):
            text = f"{name}: {_state_word(sa)} in {pa}, {_state_word(sb)} in {pb}"
            if fb.name(bid) != name:
                text += f" (named {fb.name(bid)} there)"
            keyed.append((DiffItem("presence_differs", text, (aid,), (),
                                   {"state_a": sa, "state_b": sb, "b_actor_ids": [bid],
                                    "b_name": fb.name(bid), **how(aid)}), name))
        elif sa == sb == PRESENT:
            ra, rb = fa.roles.get(aid, ()), fb.roles.get(bid, ())
            if set(ra) == set(rb):
                continue
            old, new = sorted(set(ra), key=role_label), sorted(set(rb), key=role_label)
            keyed.append((DiffItem(
                "roles_changed", f"{name}: {_roles_text(old)} in {label_a}, "
                f"{_roles_text(new)} in {label_b}", (aid,), (),
                {"a": old, "b": new, "only_a": [r for r in old if r not in rb],
                 "only_b": [r for r in new if r not in ra], "b_actor_ids": [bid],
                 **how(aid)}), name))

    rel_pairs = _pair_relations(model_a, model_b, matching)
    rel_back = {b: a for a, b in rel_pairs.items()}
    active_a = {r.id for r in fa.relations}
    active_b = {r.id for r in fb.relations}
    for r in fa.relations:
        other = rel_pairs.get(r.id)
        if other is not None and other in active_b:
            continue
        what = _what(model_a, r)
        state = fb.relation_states.get(other, NOT_DESCRIBED) if other is not None else None
        why = (f"{state.replace('_', ' ')} in {pb}" if state is not None
               else f"{label_b} has no such relation")
        keyed.append((DiffItem("relation_only_a", f"The {what}: active in {pa}; {why}",
                               (r.source, r.target), (r.id,),
                               {"kind": r.kind, "state_b": state,
                                "b_relation_ids": [] if other is None else [other]}), what))
    for r in fb.relations:
        mine = rel_back.get(r.id)
        if mine is not None and mine in active_a:
            continue
        what = _what(model_b, r)
        state = fa.relation_states.get(mine, NOT_DESCRIBED) if mine is not None else None
        why = (f"{state.replace('_', ' ')} in {pa}" if state is not None
               else f"{label_a} has no such relation")
        ends = tuple(back[e] for e in (r.source, r.target) if e in back)
        keyed.append((DiffItem("relation_only_b", f"The {what}: active in {pb}; {why}", ends,
                               () if mine is None else (mine,),
                               {"kind": r.kind, "state_a": state, "b_relation_ids": [r.id],
                                "b_actor_ids": [r.source, r.target]}), what))
    for r in fa.relations:
        other = rel_pairs.get(r.id)
        if other is None or other not in active_b:
            continue
        what = _what(model_a, r)
        for n, dim in enumerate(SCORE_DIMENSIONS):
            va, vb = fa.median(r.id, dim), fb.median(other, dim)
            if va is None or vb is None or level(va) == level(vb):
                continue
            text = (f"{dim.capitalize()} in the {what}: {level(va)} ({va}) in {label_a}, "
                    f"{level(vb)} ({vb}) in {label_b}")
            keyed.append((DiffItem("score_changed", text, (r.source, r.target), (r.id,),
                                   {"dimension": dim, "a": va, "b": vb, "level_a": level(va),
                                    "level_b": level(vb), "b_relation_ids": [other]}),
                          f"{what} {n}"))
    keyed.sort(key=lambda t: (_KIND_ORDER[t[0].kind], t[1].casefold(), t[0].relation_ids,
                              t[0].actor_ids))
    return SessionComparison(label_a, label_b, fa.phase.id, fb.phase.id, fa.phase.name,
                             fb.phase.name, [i for i, _ in keyed], matching, matched_through)


def compare_sessions(model_a: Model, phase_a: int, model_b: Model, phase_b: int, *,
                     matching: Matching | None = None, label_a: str = "A", label_b: str = "B",
                     matched_through: str | None = None) -> SessionComparison:
    """Compare phase ``phase_a`` of ``model_a`` with phase ``phase_b`` of ``model_b`` (ids).

    Pure: the models are only read. Without ``matching`` actors are matched by normalised
    name and type (:func:`match_by_name`).
    """
    for model, pid, label in ((model_a, phase_a, label_a), (model_b, phase_b, label_b)):
        if pid not in model.tables["phases"]:
            raise KeyError(f"No phase with id {pid} in {label}.")
    used = match_by_name(model_a, model_b) if matching is None else matching
    through = matched_through or (BY_NAME if matching is None else BY_REGISTER)
    return compare_facts(model_a, phase_facts(model_a, phase_a), model_b,
                         phase_facts(model_b, phase_b), used, label_a=label_a,
                         label_b=label_b, matched_through=through)


__all__ = ["KINDS", "HEADINGS", "Matching", "RegisterView", "SessionComparison",
           "compare_facts", "compare_sessions", "match_by_name", "match_by_register",
           "register_view", "workshop_of", "BY_NAME", "BY_REGISTER"]
