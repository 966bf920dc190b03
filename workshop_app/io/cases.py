"""Turn a case file (``resources/cases/*.json``) into a ready-to-open ``.workshop`` session.

Case files list relations per phase because that is how the papers describe them; a session
keeps one relation with one identity across phases. This module reads and checks a case
file, does that merge, maps the papers' words (low/medium/high) onto the app's 1-5 scale and
builds the session; the evidence a case records beside its facts (where each fact comes
from, stated classes and levels, arenas, institutional work...) is written by
:mod:`.case_evidence`, and the actors are placed by :mod:`.case_layout`. It is the reusable
half of ``scripts/build_demo_sessions.py`` and imports no Qt.

What a paper does not say is not described, never absent: a case session's missing presence
row means "not described", and a relation is active only in the phases the case lists it in.
The levels a paper gives are held by a reference participant (the "Case record") and shown
beside the room's median, never pooled into it.
"""

from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..domain import vocabulary as voc
from ..domain.commands import AddPhase
from ..domain.commands_arenas import SetPhasePublicValue
from ..session import Session
from .atomic import write_session
from .case_evidence import SourceBook, fill_evidence
from .case_layout import MIN_DX, MIN_DY, layout_actors

CASE_PARTICIPANT = voc.CASE_PARTICIPANT  # kept here for callers of this module
CASE_THREEC_RULE = "weakest"  # 002's examples: the weakest dimension limits the class

_REQUIRED = ("case", "source", "summary", "phases", "actors", "presence", "relations")
_DOCUMENTS = ("000", "001", "002", "003", "004")
_CASE_SOURCE_KINDS = ("stated", "inferred")


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
    provenance: dict[str, dict[str, Any] | None] = field(default_factory=dict)
    level_sources: dict[str, dict[str, dict[str, Any]]] = field(default_factory=dict)
    attrs: dict[str, Any] = field(default_factory=dict)


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
    _check_evidence(p, case)
    return case


def _fail(path: Path, section: str, index: int, record: dict[str, Any], why: str) -> CaseFileError:
    ident = record.get("key") or "/".join(
        str(record[k]) for k in ("source", "target", "actor", "phase", "kind")
        if isinstance(record.get(k), str)
    )
    return CaseFileError(f"{path}: {section}[{index}] ({ident}): {why}")


def _choice(value: Any, allowed: Any, what: str) -> str | None:
    """None if ``value`` is in the vocabulary, else the complaint."""
    if isinstance(value, str) and value in allowed:
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
        for role in pr.get("role_sources") or {}:
            if role not in pr.get("roles", []):
                raise _fail(p, "presence", i, pr, f"a source for the role {role!r}, which it does not hold")

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
        for dim in r.get("level_sources") or {}:
            if dim not in voc.SCORE_DIMENSIONS or r.get(dim) is None:
                raise _fail(p, "relations", i, r, f"a level source for {dim!r}, which has no level")
        if "openness" in r or "interoperable" in r:
            if r["kind"] != "data":
                raise _fail(p, "relations", i, r, "openness is recorded only for data relations")
            if r.get("openness") is not None and r["openness"] not in voc.OPENNESS:
                raise _fail(p, "relations", i, r, _choice(r["openness"], voc.OPENNESS, "openness") or "")
            if r.get("interoperable") not in (True, False, None):
                raise _fail(p, "relations", i, r, "'interoperable' must be true, false or null")
        for end in ("source", "target"):
            if (r[end], r["phase"]) not in seen_presence:
                raise _fail(
                    p, "relations", i, r,
                    f"actor {r[end]!r} is not present in phase {r['phase']!r}",
                )


def _source_problem(src: Any) -> str | None:
    """What is wrong with a source object of a case file, or None."""
    if not isinstance(src, dict):
        return "a source must be an object"
    kind = src.get("kind")
    if kind not in _CASE_SOURCE_KINDS:
        return f"a source's kind is stated or inferred, not {kind!r}"
    if src.get("document") not in _DOCUMENTS:
        return f"a source's document is one of {', '.join(_DOCUMENTS)}, not {src.get('document')!r}"
    if kind == "stated" and not str(src.get("quote", "")).strip():
        return "a stated source needs the paper's words (quote)"
    if kind == "inferred" and not str(src.get("reason", "")).strip():
        return "an inferred source needs the reason for the inference"
    return None


def _sources_of(record: dict[str, Any]) -> list[Any]:
    found = [record["provenance"]] if "provenance" in record else []
    if "source" in record and not isinstance(record["source"], str):  # a relation's is its actor
        found.append(record["source"])
    for key in ("role_sources", "level_sources"):
        found += list((record.get(key) or {}).values())
    return found


def _check_evidence(p: Path, case: dict[str, Any]) -> None:
    """The keys a case records beside its facts: sources, explicit absences, stated classes
    and levels, arenas, institutional work, influence, orchestrators, decision points."""
    default = case.get("presence_default", "not_described")
    if default not in voc.PRESENCE_DEFAULTS:
        raise CaseFileError(f"{p}: presence_default must be one of "
                            f"{', '.join(voc.PRESENCE_DEFAULTS)}, not {default!r}.")
    phases = {ph["key"] for ph in case["phases"]}
    actors = {a["key"] for a in case["actors"]}
    present = {(pr["actor"], pr["phase"]) for pr in case["presence"]}
    arenas = {a.get("key") for a in case.get("arenas", [])}
    listed = {(r["phase"], r["source"], r["target"], r["kind"]) for r in case["relations"]}
    listed |= {(r["phase"], r["target"], r["source"], r["kind"]) for r in case["relations"]
               if not r["directed"]}

    def need(ok: bool, section: str, i: int, rec: dict[str, Any], why: str) -> None:
        if not ok:
            raise _fail(p, section, i, rec, why)

    def actor_phase(section: str, i: int, rec: dict[str, Any], phase_optional: bool = False) -> None:
        need(rec.get("actor") in actors, section, i, rec, f"unknown actor key {rec.get('actor')!r}")
        if not (phase_optional and rec.get("phase") is None):
            need(rec.get("phase") in phases, section, i, rec, f"unknown phase key {rec.get('phase')!r}")

    sections = ("presence", "relations", "absences", "stated_classes", "stated_levels", "arenas",
                "institutional_work", "influence", "orchestrators", "decision_points",
                "value_effects")
    for section in sections:
        for i, rec in enumerate(case.get(section, [])):
            for src in _sources_of(rec):
                why = _source_problem(src)
                need(why is None, section, i, rec, why or "")
    for i, ab in enumerate(case.get("absences", [])):
        actor_phase("absences", i, ab)
        need((ab["actor"], ab["phase"]) not in present, "absences", i, ab,
             "the actor is also listed as present in this phase")
    for i, ar in enumerate(case.get("arenas", [])):
        need(bool(ar.get("key")) and bool(str(ar.get("name", "")).strip()), "arenas", i, ar,
             "an arena needs a key and a name")
        need(_choice(ar.get("level"), voc.ARENA_LEVELS, "arena level") is None, "arenas", i, ar,
             _choice(ar.get("level"), voc.ARENA_LEVELS, "arena level") or "")
        for phase, members in (ar.get("members") or {}).items():
            for actor in members:
                need((actor, phase) in present, "arenas", i, ar,
                     f"member {actor!r} is not present in phase {phase!r}")
    for section in ("stated_classes", "stated_levels"):
        for i, sc in enumerate(case.get(section, [])):
            need(sc.get("phase") in phases, section, i, sc, f"unknown phase key {sc.get('phase')!r}")
            scope = sc.get("scope")
            need(scope in ("phase", "relation", "arena"), section, i, sc,
                 f"scope is phase, relation or arena, not {scope!r}")
            if scope == "relation":
                rel = sc.get("relation") or {}
                need((sc["phase"], rel.get("source"), rel.get("target"), rel.get("kind")) in listed,
                     section, i, sc, f"no such relation in phase {sc['phase']!r}")
            if scope == "arena":
                need(sc.get("arena") in arenas, section, i, sc, f"unknown arena {sc.get('arena')!r}")
            if section == "stated_classes":
                why = _choice(sc.get("class"), voc.THREE_C, "3C class")
            else:
                why = _choice(sc.get("dimension"), voc.SCORE_DIMENSIONS, "dimension") or _choice(
                    sc.get("level"), voc.LEVEL_WORDS, "level")
            need(why is None, section, i, sc, why or "")
    for i, iw in enumerate(case.get("institutional_work", [])):
        actor_phase("institutional_work", i, iw)
        why = _choice(iw.get("kind"), voc.WORK_KINDS, "kind of work") or _choice(
            iw.get("aim"), voc.WORK_AIMS, "aim of work")
        need(why is None, "institutional_work", i, iw, why or "")
    for i, inf in enumerate(case.get("influence", [])):
        actor_phase("influence", i, inf)
        level, align = inf.get("level"), inf.get("alignment")
        need(level is None or (isinstance(level, int) and not isinstance(level, bool)
                               and voc.INFLUENCE_MIN <= level <= voc.INFLUENCE_MAX),
             "influence", i, inf, f"level {level!r} is not a whole number 0-5")
        need(align is None or align in voc.ALIGNMENTS, "influence", i, inf,
             _choice(align, voc.ALIGNMENTS, "alignment") or "")
        # No paper gives a number for influence: a tower height is always somebody's reading.
        need(level is None or (inf.get("source") or {}).get("kind") == "inferred", "influence", i, inf,
             "no paper states a numeric influence height; mark its source inferred")
    for i, orc in enumerate(case.get("orchestrators", [])):
        actor_phase("orchestrators", i, orc)
        need((orc["actor"], orc["phase"]) in present, "orchestrators", i, orc,
             "only an actor present in the phase can orchestrate it")
        need(orc.get("form") in voc.ORCHESTRATOR_FORMS and set(orc.get("modes", [])) <= set(
            voc.ORCHESTRATOR_MODES), "orchestrators", i, orc, "unknown form or mode of orchestration")
    for i, dp in enumerate(case.get("decision_points", [])):
        need(dp.get("phase") in phases, "decision_points", i, dp, f"unknown phase key {dp.get('phase')!r}")
        need(bool(str(dp.get("label", "")).strip()), "decision_points", i, dp, "a decision needs a label")
        need(_choice(dp.get("kind"), voc.DECISION_KINDS, "kind of decision") is None,
             "decision_points", i, dp, _choice(dp.get("kind"), voc.DECISION_KINDS, "kind of decision") or "")
    for i, ve in enumerate(case.get("value_effects", [])):
        actor_phase("value_effects", i, ve, phase_optional=True)
        need(bool(ve.get("gains") or ve.get("costs")), "value_effects", i, ve,
             "says neither what the actor gains nor what it bears")


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
        rel.provenance[phase] = r.get("provenance")
        rel.level_sources[phase] = dict(r.get("level_sources") or {})
        for attr in ("openness", "interoperable"):
            if r.get(attr) is not None:
                if attr in rel.attrs and rel.attrs[attr] != r[attr]:
                    raise _fail(path or Path("<case>"), "relations", i, r,
                                f"{attr} differs from the same relation in another phase")
                rel.attrs[attr] = r[attr]
    return list(merged.values())


def relation_note(rel: MergedRelation, labels: dict[str, str]) -> str:
    """One note when the phases agree, else one "<phase label>: <note>" line per phase."""
    notes = [(ph, rel.notes[ph]) for ph in rel.phases if rel.notes[ph]]
    distinct = {n for _, n in notes}
    if len(distinct) <= 1:
        return next(iter(distinct), "")
    return "\n".join(f"{labels[ph]}: {note}" for ph, note in notes)


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
    # Before any presence is recorded: a missing row then means what the case says it means.
    session.set_meta("presence_default", case.get("presence_default", "not_described"))
    session.set_meta("threec_rule", CASE_THREEC_RULE)
    public_value = case.get("public_value") or {}
    if public_value.get("session"):
        session.set_meta("public_value", public_value["session"])

    phase_ids: dict[str, int] = {}
    labels: dict[str, str] = {}
    for ph in case["phases"]:
        pid = session.execute(
            AddPhase(phase_name=ph["label"], key=ph["key"], note=str(ph.get("note") or ""))
        )
        phase_ids[ph["key"]] = pid
        labels[ph["key"]] = ph["label"]
        text = (public_value.get("phases") or {}).get(ph["key"])
        if text:
            session.execute(SetPhasePublicValue(phase_id=pid, text=text))

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

    book = SourceBook(session)
    for pr in case["presence"]:
        aid, pid = actor_ids[pr["actor"]], phase_ids[pr["phase"]]
        session.set_presence(aid, pid, present=True, roles=pr.get("roles", []),
                             note=pr.get("note", ""))
        if pr.get("source"):
            session.cite(("presence", aid, pid), book.cite(pr["source"]))
        for role, role_src in (pr.get("role_sources") or {}).items():
            session.cite(("role", aid, pid, role), book.cite(role_src))

    recorder = session.add_participant(CASE_PARTICIPANT, case["source"])
    session.set_participant_kind(recorder, "reference", book.case_file(src, case["source"]))
    relation_ids: list[int] = []
    for rel in relations:
        relation = session.add_relation(
            actor_ids[rel.source], actor_ids[rel.target], rel.kind, rel.directed,
            note=relation_note(rel, labels), attrs=rel.attrs, active_in=(),
        )
        relation_ids.append(relation.id)
        first = next((rel.provenance[ph] for ph in rel.phases if rel.provenance[ph]), None)
        if first:
            session.cite(("relation", relation), book.cite(first))
        for key in rel.phases:  # active where the case lists it; elsewhere not described
            prov = rel.provenance[key]
            session.set_relation_state(relation, phase_ids[key], "active",
                                       book.cite(prov) if prov else None)
            levels = rel.levels[key]
            if any(v is not None for v in levels.values()):
                session.score(relation, phase_ids[key], participant=recorder.id, **levels)
                cited = book.levels(rel.level_sources[key])
                if cited is not None:
                    session.cite(("score", relation, phase_ids[key], recorder), cited)

    fill_evidence(session, case, book, actor_ids, phase_ids,
                  {(r.source, r.target, r.kind, r.directed): rid
                   for r, rid in zip(relations, relation_ids)})


__all__ = [
    "CASE_PARTICIPANT",
    "CASE_THREEC_RULE",
    "CaseFileError",
    "MIN_DX",
    "MIN_DY",
    "MergedRelation",
    "load_case",
    "merge_relations",
    "relation_note",
    "layout_actors",
    "build_case_session",
]
