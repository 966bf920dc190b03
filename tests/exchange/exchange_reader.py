"""A reference reader of the app's exchange formats, written from docs/exchange.md alone.

It turns a bundle's CSV folder, its GraphML folder or its dynamic GEXF back into the tidy
tables' rows (only the columns the spec marks as read back), builds a model from those rows
and returns its tidy tables. If they equal the original session's tables, the export holds
everything the spec promises, whatever the importers do: the write side is proven on its own.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any, Iterable

from lxml import etree

from workshop_app.domain.evidence import (
    Arena,
    ArenaMember,
    DecisionPoint,
    InstitutionalWork,
    RelationPhase,
    Source,
    StatedClass,
    StatedLevel,
)
from workshop_app.domain.model import (
    Actor,
    Meta,
    Model,
    Note,
    Participant,
    Phase,
    PhasePosition,
    Presence,
    PromptCheck,
    Relation,
    Score,
)
from workshop_app.io.codebook import TABLES as CODEBOOK
from workshop_app.io.exchange import GEXF_BLOCK_LINE, READ_BACK, parse_session_block
from workshop_app.session.tables import tidy_tables

Row = dict[str, Any]
Rows = dict[str, list[Row]]

GEXF = "{http://gexf.net/1.3}"
GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"


# -- values ------------------------------------------------------------------------------------
def _typed(kind: str, text: Any) -> Any:
    """A cell or attribute text as the codebook's type says (empty = None)."""
    if text is None or text == "":
        return None
    if not isinstance(text, str):
        return text
    if kind == "integer":
        return int(text)
    if kind in ("number", "double"):
        return float(text)
    if kind == "boolean":
        return text.strip().lower() == "true"
    return text


def _split(text: str | None) -> tuple[str, ...]:
    return tuple(part for part in (text or "").split(";") if part)


# -- rows to a model -----------------------------------------------------------------------
def model_from_rows(rows: Rows) -> Model:
    """A model holding exactly what the read-back rows say."""
    m = Model()
    for r in rows.get("meta", []):
        m.add(Meta(r["key"], json.loads(r["value"]) if r.get("is_json") else (r["value"] or "")))
    for r in rows.get("sources", []):
        m.add(Source(r["evidence_id"], r["kind"], r.get("document") or "", r.get("section") or "",
                     r.get("page") or "", r.get("quote") or "", r.get("author") or "",
                     r.get("reason") or "", json.loads(r["detail"]) if r.get("detail") else {},
                     r.get("time") or ""))
    for r in rows.get("phases", []):
        m.add(Phase(r["phase_id"], r["name"], r.get("key") or "", r["phase_number"],
                    r.get("note") or "", r.get("public_value") or ""))
    base: dict[int, tuple[float, float]] = {}
    for r in rows.get("actors", []):
        base[r["actor_id"]] = (r["x"], r["y"])
        m.add(Actor(r["actor_id"], r["name"], r["type"], r["scale"], _split(r.get("abilities")),
                    r.get("legal_status") or "", r.get("note") or "", r["x"], r["y"],
                    bool(r.get("pinned")), r.get("evidence_id"), r.get("original_id") or "",
                    r.get("alt_name") or ""))
    role_sources: dict[tuple[int, int], dict[str, int]] = {}
    for r in rows.get("roles", []):
        if r.get("evidence_id") is not None:
            role_sources.setdefault((r["actor_id"], r["phase_id"]), {})[r["role"]] = r["evidence_id"]
    for r in rows.get("presence", []):
        key = (r["actor_id"], r["phase_id"])
        if r.get("x") is not None and (r["x"], r["y"]) != base[r["actor_id"]]:
            m.add(PhasePosition(r["actor_id"], r["phase_id"], r["x"], r["y"]))
        if not r.get("state_recorded"):
            continue
        m.add(Presence(r["actor_id"], r["phase_id"], _split(r.get("roles")), r.get("note") or "",
                       r["state"], r.get("evidence_id"), role_sources.get(key, {}),
                       r.get("influence"), r.get("alignment") or None,
                       r.get("orchestrator_form") or None, _split(r.get("orchestrator_modes")),
                       r.get("value_gains") or "", r.get("value_costs") or ""))
    for r in rows.get("relations", []):
        attrs = json.loads(r["attrs"]) if r.get("attrs") else {}
        if r.get("openness"):
            attrs["openness"] = r["openness"]
        if r.get("interoperable") is not None:
            attrs["interoperable"] = r["interoperable"]
        m.add(Relation(r["relation_id"], r["source_id"], r["target_id"], r["kind"],
                       bool(r["directed"]), r.get("note") or "", attrs, r.get("evidence_id"),
                       r.get("original_id") or ""))
    for r in rows.get("relation_phases", []):
        if r.get("recorded_state"):
            m.add(RelationPhase(r["relation_id"], r["phase_id"], r["recorded_state"],
                                r.get("evidence_id")))
    for r in rows.get("participants", []):
        m.add(Participant(r["participant_id"], r["name"], r.get("organisation") or "",
                          r.get("actor_id"), r.get("kind") or "room", r.get("evidence_id"),
                          r.get("group_name") or ""))
    for r in rows.get("scores", []):
        m.add(Score(r["relation_id"], r["phase_id"], r["participant_id"], r.get("trust"),
                    r.get("commitment"), r.get("interdependence"), r.get("time") or "",
                    r.get("evidence_id"), r.get("interdependence_back")))
    for r in rows.get("notes", []):
        m.add(Note(r["note_id"], r["text"] or "", r["kind"], r.get("phase_id"), r.get("actor_id"),
                   r.get("relation_id"), r.get("participant_id"), r.get("time") or ""))
    for r in rows.get("prompt_checks", []):
        m.add(PromptCheck(r["phase_id"], r["prompt_id"], bool(r.get("done")), r.get("note") or "",
                          r.get("time") or ""))
    for r in rows.get("stated_classes", []):
        m.add(StatedClass(r["stated_class_id"], r["phase_id"], r.get("relation_id"),
                          r.get("arena_id"), r["class"], r.get("evidence_id"), r.get("note") or ""))
    for r in rows.get("stated_levels", []):
        m.add(StatedLevel(r["stated_level_id"], r["phase_id"], r["dimension"], r["level"],
                          r.get("relation_id"), r.get("arena_id"), r.get("evidence_id"),
                          r.get("note") or ""))
    for r in rows.get("arenas", []):
        m.add(Arena(r["arena_id"], r["name"], r["level"], r.get("note") or "", r.get("evidence_id")))
    for r in rows.get("arena_members", []):
        m.add(ArenaMember(r["arena_id"], r["actor_id"], r["phase_id"]))
    for r in rows.get("institutional_work", []):
        m.add(InstitutionalWork(r["actor_id"], r["phase_id"], r["kind"], r["aim"],
                                r.get("note") or "", r.get("evidence_id")))
    for r in rows.get("decision_points", []):
        m.add(DecisionPoint(r["decision_point_id"], r["phase_id"], r["position"], r.get("label") or "",
                            r["kind"], r.get("date") or "", r.get("note") or "", r.get("evidence_id")))
    return m


def tables_from_rows(rows: Rows) -> Rows:
    return tidy_tables(model_from_rows(rows))


# -- the three formats ----------------------------------------------------------------------
def read_csv_folder(folder: Path) -> Rows:
    """Every table's read-back columns, typed by the codebook."""
    out: Rows = {}
    for name, cols in READ_BACK.items():
        path = folder / f"{name}.csv"
        if not cols or not path.is_file():
            continue
        types = {c: CODEBOOK[name]["columns"][c][0] for c in cols}
        with open(path, encoding="utf-8", newline="") as fh:
            out[name] = [{c: _typed(types[c], row[c]) for c in cols} for row in csv.DictReader(fh)]
    return out


def _merge(into: Rows, more: Rows) -> None:
    for name, rows in more.items():
        into.setdefault(name, []).extend(rows)


def _dedupe(rows: Rows) -> Rows:
    """Rows repeated in several GraphML files, once each (first seen kept)."""
    out: Rows = {}
    for name, table in rows.items():
        seen: set[str] = set()
        out[name] = []
        for r in table:
            key = json.dumps(r, sort_keys=True, default=str)
            if key not in seen:
                seen.add(key)
                out[name].append(r)
    return out


def _votes(text: str | None, relation_id: int, phase_id: int) -> list[Row]:
    return [{"relation_id": relation_id, "phase_id": phase_id,
             "participant_id": v["participant_id"], **{k: v.get(k) for k in (
                 "trust", "commitment", "interdependence", "interdependence_back", "time",
                 "evidence_id")}}
            for v in json.loads(text or "[]")]


_NODE_TO_ACTOR = {"base_x": "x", "base_y": "y"}
_NODE_TO_PRESENCE = {"presence_note": "note", "presence_evidence_id": "evidence_id"}
# The GraphML node keys of the presence row (the others are the actor's).
_PRESENCE_KEYS = ("state", "state_recorded", "roles", "presence_note", "x", "y", "influence",
                  "alignment", "orchestrator_form", "orchestrator_modes", "value_gains",
                  "value_costs", "presence_evidence_id")


def read_gexf(path: Path) -> Rows:
    root = etree.parse(str(path)).getroot()
    description = root.find(f"{GEXF}meta/{GEXF}description").text
    rows = parse_session_block(description.split(GEXF_BLOCK_LINE + "\n", 1)[1])
    phase_of = {p["phase_number"]: p["phase_id"] for p in rows["phases"]}
    kinds: dict[tuple[str, str], str] = {}
    for attrs in root.iter(f"{GEXF}attributes"):
        for a in attrs.iter(f"{GEXF}attribute"):
            kinds[(attrs.get("class"), a.get("id"))] = a.get("type")

    def values(el: Any, cls: str) -> tuple[Row, dict[int, Row]]:
        static: Row = {}
        dynamic: dict[int, Row] = {n: {} for n in phase_of}
        for v in el.iter(f"{GEXF}attvalue"):
            key, value = v.get("for"), _typed(kinds[(cls, v.get("for"))], v.get("value"))
            if v.get("start") is None:
                static[key] = value
            else:
                for n in range(int(v.get("start")), int(v.get("end")) + 1):
                    dynamic[n][key] = value
        return static, dynamic

    for node in root.iter(f"{GEXF}node"):
        static, dynamic = values(node, "node")
        actor = {_renamed(_NODE_TO_ACTOR, k): v for k, v in static.items()}
        rows["actors"].append({c: actor.get(c) for c in READ_BACK["actors"]})
        for n, d in dynamic.items():
            if "state" not in d:
                continue
            pres = {_renamed(_NODE_TO_PRESENCE, k): v for k, v in d.items()}
            pres.update(actor_id=actor["actor_id"], phase_id=phase_of[n],
                        state_recorded=d.get("state_recorded") is not False)
            pres.setdefault("x", actor["x"])
            pres.setdefault("y", actor["y"])
            rows["presence"].append({c: pres.get(c) for c in READ_BACK["presence"]})
            for role, sid in json.loads(d.get("role_evidence") or "{}").items():
                rows["roles"].append({"actor_id": actor["actor_id"], "phase_id": phase_of[n],
                                      "role": role, "evidence_id": sid})
    for edge in root.iter(f"{GEXF}edge"):
        static, dynamic = values(edge, "edge")
        rows["relations"].append({**{c: static.get(c) for c in READ_BACK["relations"]},
                                  "source_id": int(edge.get("source")[1:]),
                                  "target_id": int(edge.get("target")[1:])})
        rid = static["relation_id"]
        for n, d in dynamic.items():
            if d.get("recorded_state"):
                rows["relation_phases"].append({"relation_id": rid, "phase_id": phase_of[n],
                                                "recorded_state": d["recorded_state"],
                                                "evidence_id": d.get("state_evidence_id")})
            rows["scores"].extend(_votes(d.get("votes"), rid, phase_of[n]))
    return rows


def _renamed(renames: dict[str, str], key: str) -> str:
    return renames.get(key, key)


def read_graphml_folder(folder: Path) -> Rows:
    rows: Rows = {}
    for path in sorted(folder.glob("*.graphml")):
        root = etree.parse(str(path)).getroot()
        kinds = {k.get("id"): (k.get("attr.name"), k.get("attr.type")) for k in root.iter(f"{GRAPHML}key")}
        graph = root.find(f"{GRAPHML}graph")

        def data(el: Any) -> Row:
            out: Row = {}
            for d in el.findall(f"{GRAPHML}data"):
                name, kind = kinds[d.get("key")]
                out[name] = _typed({"int": "integer"}.get(kind, kind), d.text)
            return out

        g = data(graph)
        _merge(rows, parse_session_block(g["workshop_exchange"]))
        pid = g["phase_id"]
        for node in graph.iter(f"{GRAPHML}node"):
            d = data(node)
            actor = {_renamed(_NODE_TO_ACTOR, k): v for k, v in d.items() if k in (
                *READ_BACK["actors"], "base_x", "base_y") and k not in ("x", "y")}
            rows.setdefault("actors", []).append({c: actor.get(c) for c in READ_BACK["actors"]})
            pres = {_renamed(_NODE_TO_PRESENCE, k): v for k, v in d.items()
                    if k in _PRESENCE_KEYS}
            pres.update(actor_id=d["actor_id"], phase_id=pid)
            rows.setdefault("presence", []).append({c: pres.get(c) for c in READ_BACK["presence"]})
            for role, sid in json.loads(d.get("role_evidence") or "{}").items():
                rows.setdefault("roles", []).append({"actor_id": d["actor_id"], "phase_id": pid,
                                                     "role": role, "evidence_id": sid})
        for edge in graph.iter(f"{GRAPHML}edge"):
            d = data(edge)
            rows.setdefault("relations", []).append(
                {**{c: d.get(c) for c in READ_BACK["relations"]},
                 "source_id": int(edge.get("source")[1:]), "target_id": int(edge.get("target")[1:])})
            if d.get("recorded_state"):
                rows.setdefault("relation_phases", []).append(
                    {"relation_id": d["relation_id"], "phase_id": pid,
                     "recorded_state": d["recorded_state"], "evidence_id": d.get("state_evidence_id")})
            rows.setdefault("scores", []).extend(_votes(d.get("votes"), d["relation_id"], pid))
    return _dedupe(rows)


# -- comparing ------------------------------------------------------------------------------
def comparable(tables: Rows, *, like: Rows | None = None) -> Rows:
    """The tables as a round trip must give them back: without the edit log; "" and None
    both as None (a CSV cell cannot tell them apart); ``meta`` on the keys of ``like`` (an
    import may add its report); ``sources`` without an import's own row cited by nothing."""
    keys = None if like is None else {r["key"] for r in like["meta"]}
    out: Rows = {}
    for name, rows in tables.items():
        if name == "events":
            continue
        kept: Iterable[Row] = rows
        if name == "meta" and keys is not None:
            kept = [r for r in rows if r["key"] in keys]
        if name == "sources" and like is not None:
            kept = [r for r in rows if not (r["kind"] == "imported" and r["n_cited"] == 0)]
        out[name] = [{k: (None if v == "" else v) for k, v in r.items()} for r in kept]
    return out


__all__ = ["read_csv_folder", "read_gexf", "read_graphml_folder", "model_from_rows",
           "tables_from_rows", "comparable"]
