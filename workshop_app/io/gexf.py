"""The whole session as one dynamic GEXF 1.3 file, for Gephi and networkx.

Phases are integer times 1..n; an actor's presence and a relation's activity become
``<spells>``; everything that changes per phase (presence state, roles, notes, sources, the
individual votes, the medians, the weight Gephi reads, 3C classes) becomes dynamic attribute
values. Bounds are inclusive and never touch (phases 1 and 2-3 are ``[1,1]`` and ``[2,3]``),
and both bounds are always written because networkx cannot read open ones. Not written with
networkx's writer, whose 1.3 output fails the official grammars, but streamed as text through
one escaper (see ``xmlwrite`` for why); the tests check every file against both official
grammars with lxml. A relation drawn without a direction is an undirected edge
(``type="undirected"``), so Gephi draws no arrow and counts degree right; networkx refuses a
graph that mixes both, which docs/exchange.md tells its users how to read. Actors and
relations on no phase of the timeline, and what has no node or edge at all (settings,
phases, participants, sources, notes...), travel in the session block at the end of the
description, so the app's own file gives back the same session (``exchange``).
"""

from __future__ import annotations

import math
from datetime import date
from operator import itemgetter
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

from .. import __version__
from ..domain.model import Model
from ..session.tables import tidy_tables
from ..domain.textsafe import TextLog
from .exchange import (
    GEXF_BLOCK_LINE,
    actor_phase_lists,
    role_evidence,
    session_block,
    VoteGroups,
    vote_groups,
    voter_classes_text,
)
from .xmlwrite import XmlEscaper
from ..style.palette import TYPE_FILL

Tables = dict[str, list[dict[str, Any]]]

GEXF_NS = "http://gexf.net/1.3"
VIZ_NS = "http://gexf.net/1.3/viz"

# (id, type) of the attribute columns; ids double as titles so Gephi shows readable names.
# docs/exchange.md (section 4) maps each to its table column and says which a reader needs.
NODE_STATIC = (("actor_id", "integer"), ("name", "string"), ("type", "string"),
               ("scale", "string"), ("abilities", "string"), ("legal_status", "string"),
               ("note", "string"), ("alt_name", "string"), ("original_id", "string"),
               ("base_x", "double"), ("base_y", "double"), ("pinned", "boolean"),
               ("evidence_id", "integer"), ("evidence_kind", "string"), ("evidence", "string"))
NODE_DYNAMIC = (("state", "string"), ("state_recorded", "boolean"), ("roles", "string"),
                ("role_evidence", "string"), ("presence_note", "string"), ("x", "double"),
                ("y", "double"), ("influence", "integer"), ("alignment", "string"),
                ("orchestrator_form", "string"), ("orchestrator_modes", "string"),
                ("value_gains", "string"), ("value_costs", "string"),
                ("presence_evidence_id", "integer"), ("presence_evidence_kind", "string"),
                ("presence_evidence", "string"), ("arenas", "string"),
                ("institutional_work", "string"))
EDGE_STATIC = (("relation_id", "integer"), ("kind", "string"), ("directed", "boolean"),
               ("note", "string"), ("attrs", "string"), ("openness", "string"),
               ("interoperable", "boolean"), ("original_id", "string"),
               ("evidence_id", "integer"), ("evidence_kind", "string"), ("evidence", "string"))
EDGE_DYNAMIC = (("state", "string"), ("recorded_state", "string"),
                ("state_evidence_id", "integer"), ("state_evidence_kind", "string"),
                ("state_evidence", "string"), ("votes", "string"), ("weight", "double"),
                ("trust", "double"), ("commitment", "double"), ("interdependence", "double"),
                ("threec", "string"), ("stated_class", "string"),
                ("stated_class_source", "string"), ("voter_classes", "string"),
                ("kind_class_flag", "string"))

# Attribute -> the table column it is written from, where the names differ.
_ACTOR_COLUMN = {"base_x": "x", "base_y": "y"}
_PRESENCE_COLUMN = {"presence_note": "note", "presence_evidence_id": "evidence_id",
                    "presence_evidence_kind": "evidence_kind",
                    "presence_evidence": "evidence"}
_STATE_COLUMN = {"state_evidence_id": "evidence_id", "state_evidence_kind": "evidence_kind",
                 "state_evidence": "evidence"}
_CONSENSUS_COLUMN = {"weight": "trust_median", "trust": "trust_median",
                     "commitment": "commitment_median",
                     "interdependence": "interdependence_median"}


def runs(numbers: Iterable[int]) -> list[tuple[int, int]]:
    """Consecutive integers merged into inclusive ``(start, end)`` runs."""
    out: list[list[int]] = []
    for n in sorted(numbers):
        if out and n == out[-1][1] + 1:
            out[-1][1] = n
        else:
            out.append([n, n])
    return [(a, b) for a, b in out]


def value_runs(values: Sequence[tuple[int, Any]]) -> list[tuple[Any, int, int]]:
    """``(phase number, value)`` pairs merged into ``(value, start, end)`` where equal and adjacent."""
    return _merge_runs(sorted(values, key=itemgetter(0)))


def _merge_runs(values: Iterable[tuple[int, Any]]) -> list[tuple[Any, int, int]]:
    """``value_runs`` for pairs already in phase order (the edges' hot path)."""
    out: list[list[Any]] = []
    for n, v in values:
        if out and out[-1][0] == v and out[-1][2] + 1 == n:
            out[-1][2] = n
        else:
            out.append([v, n, n])
    return [(v, a, b) for v, a, b in out]


def _hex_rgb(colour: str) -> tuple[str, str, str]:
    c = colour.lstrip("#")
    return str(int(c[0:2], 16)), str(int(c[2:4], 16)), str(int(c[4:6], 16))


def _num(v: float) -> str:
    return repr(float(v))


def _finite(v: Any) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)


def _text(value: Any) -> str | None:
    """An attribute value as GEXF text; ``None`` for nothing to write."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return _num(value) if math.isfinite(value) else None  # GEXF has no 'inf'
    return str(value)


def _dynamic(a: Callable[[str], str], key: str, pairs: Iterable[tuple[int, Any]]) -> str:
    """The attvalues of one dynamic attribute: equal adjacent phases merged into one interval.

    ``_merge_runs`` over the values' texts, written out in one loop: a large session has
    tens of thousands of edges with fifteen such attributes each, most of them empty."""
    runs: list[list[Any]] = []
    for n, v in pairs:
        if v is None or v == "":
            continue
        text = v if type(v) is str else _text(v)
        if text is None:
            continue
        if runs and runs[-1][0] == text and runs[-1][2] + 1 == n:
            runs[-1][2] = n
        else:
            runs.append([text, n, n])
    return "".join(
        f'          <attvalue for="{key}" value="{a(text)}" start="{start}" end="{end}"/>\n'
        for text, start, end in runs)


def gexf_text(tables: Tables, *, phase_ids: Sequence[int] | None = None, viz: bool = True,
              log: TextLog | None = None, title: str = "",
              votes: VoteGroups | None = None) -> Iterator[str]:
    """The GEXF document as text chunks, built from the session's tidy tables.

    ``phase_ids`` limits the timeline to some phases; they keep their session numbers so a
    file of one phase still says which phase it is. ``votes``: the tables' votes as
    ``exchange.vote_groups`` gives them, when the caller has them already (the bundle).
    """

    log = log or TextLog()
    esc = XmlEscaper(log, "GEXF")
    a, t = esc.attr, esc.text
    chosen = [p for p in tables["phases"] if phase_ids is None or p["phase_id"] in phase_ids]
    nums = {p["phase_id"]: p["phase_number"] for p in chosen}

    presence: dict[int, list[tuple[int, dict[str, Any]]]] = {}
    for pr in tables["presence"]:
        if pr["phase_id"] in nums:
            presence.setdefault(pr["actor_id"], []).append((nums[pr["phase_id"]], pr))
    nodes = [row for row in tables["actors"]
             if any(pr["state"] == "present" for _, pr in presence.get(row["actor_id"], ()))]
    active: dict[int, list[dict[str, Any]]] = {}
    for c in tables["consensus"]:
        if c["phase_id"] in nums:
            active.setdefault(c["relation_id"], []).append(c)
    edges = [row for row in tables["relations"] if row["relation_id"] in active]
    all_undirected = bool(edges) and not any(row["directed"] for row in edges)
    def clean(text: str) -> str:
        return log.xml(text, "GEXF")

    block = session_block(tables, actors_on_graph={r["actor_id"] for r in nodes},
                          relations_on_graph=set(active), phase_ids=list(nums), clean=clean)

    yield "<?xml version='1.0' encoding='UTF-8'?>\n"
    viz_ns = f' xmlns:viz="{VIZ_NS}"' if viz else ""
    yield f'<gexf xmlns="{GEXF_NS}"{viz_ns} version="1.3">\n'
    yield f'  <meta lastmodifieddate="{date.today().isoformat()}">\n'
    yield f"    <creator>Assemblage Workshop {__version__}</creator>\n"
    yield "    <keywords>stakeholder workshop, smart city, phases</keywords>\n"
    lines = [" ".join(title.split())]
    lines += [f"Phase {p['phase_number']} = {' '.join(p['name'].split())} [{p['key']}]" for p in chosen]
    lines.append("Scores: medians on the ordinal 1-5 scale (see the codebook); weight = median "
                 "trust; votes = every individual vote as JSON.")
    lines += [GEXF_BLOCK_LINE, block]
    yield f"    <description>{t(chr(10).join(lines))}</description>\n  </meta>\n"
    lo, hi = (min(nums.values()), max(nums.values())) if nums else (1, 1)
    default = "undirected" if all_undirected else "directed"
    yield (f'  <graph mode="dynamic" defaultedgetype="{default}" timeformat="integer" '
           f'timerepresentation="interval" start="{lo}" end="{hi}">\n')
    for cls, mode, cols in (("node", "static", NODE_STATIC), ("node", "dynamic", NODE_DYNAMIC),
                            ("edge", "static", EDGE_STATIC), ("edge", "dynamic", EDGE_DYNAMIC)):
        yield f'    <attributes class="{cls}" mode="{mode}">\n'
        for cid, ctype in cols:
            yield f'      <attribute id="{cid}" title="{cid}" type="{ctype}"/>\n'
        yield "    </attributes>\n"

    arenas, work = actor_phase_lists(tables)
    role_ev = role_evidence(tables["roles"])
    yield f'    <nodes count="{len(nodes)}">\n'
    for row in nodes:
        yield "".join(_node(row, presence[row["actor_id"]], arenas, work, role_ev, a, viz))
    yield "    </nodes>\n"

    states: dict[int, list[tuple[int, dict[str, Any]]]] = {}
    for rp in tables["relation_phases"]:
        if rp["phase_id"] in nums and rp["relation_id"] in active:
            states.setdefault(rp["relation_id"], []).append((nums[rp["phase_id"]], rp))
    if votes is None:
        votes = vote_groups((r for r in tables["scores"] if r["relation_id"] in active), clean)
    votes_attr = _JsonAttr(log, votes.xml_plain)
    edge_votes: dict[int, list[tuple[int, str]]] = {}
    for (rid, pid), text in votes.json.items():
        if pid in nums and rid in active:
            edge_votes.setdefault(rid, []).append((nums[pid], text))
    yield f'    <edges count="{len(edges)}">\n'
    for row in edges:
        rid = row["relation_id"]
        cons = sorted(((nums[c["phase_id"]], c) for c in active[rid]), key=itemgetter(0))
        yield "".join(_edge(row, cons, sorted(states.get(rid, ()), key=itemgetter(0)),
                            sorted(edge_votes.get(rid, ()), key=itemgetter(0)), all_undirected, a,
                            votes_attr))
    yield "    </edges>\n  </graph>\n</gexf>\n"


def _node(row: dict[str, Any], pres: list[tuple[int, dict[str, Any]]],
          arenas: dict[tuple[int, int], str], work: dict[tuple[int, int], str],
          role_ev: dict[tuple[int, int], str], a: Callable[[str], str], viz: bool) -> list[str]:
    aid = row["actor_id"]
    parts = [f'      <node id="a{aid}" label="{a(row["name"])}">\n        <attvalues>\n']
    for key, _ in NODE_STATIC:
        text = _text(row[_ACTOR_COLUMN.get(key, key)])
        if text is not None:
            parts.append(f'          <attvalue for="{key}" value="{a(text)}"/>\n')
    pres = sorted(pres, key=itemgetter(0))
    base = (row["x"], row["y"])
    for key, _ in NODE_DYNAMIC:
        if key == "state_recorded":
            pairs: Iterable[tuple[int, Any]] = [(n, False) for n, pr in pres if not pr["state_recorded"]]
        elif key == "role_evidence":
            pairs = [(n, role_ev.get((aid, pr["phase_id"]))) for n, pr in pres]
        elif key in ("arenas", "institutional_work"):
            lookup = arenas if key == "arenas" else work
            pairs = [(n, lookup.get((aid, pr["phase_id"]))) for n, pr in pres]
        elif key in ("x", "y"):
            pairs = [(n, pr[key]) for n, pr in pres if (pr["x"], pr["y"]) != base]
        else:
            col = _PRESENCE_COLUMN.get(key, key)
            pairs = [(n, pr[col]) for n, pr in pres]
        parts.append(_dynamic(a, key, pairs))
    parts.append("        </attvalues>\n        <spells>\n")
    for start, end in runs(n for n, pr in pres if pr["state"] == "present"):
        parts.append(f'          <spell start="{start}" end="{end}"/>\n')
    parts.append("        </spells>\n")
    if viz:
        r, g, b = _hex_rgb(TYPE_FILL.get(row["type"], "#999999"))
        if _finite(row["x"]) and _finite(row["y"]):  # GEXF has no 'inf': leave it out
            parts.append(f'        <viz:position x="{_num(row["x"])}" y="{_num(-row["y"])}" z="0.0"/>\n')
        parts.append(f'        <viz:color r="{r}" g="{g}" b="{b}"/>\n')
    parts.append("      </node>\n")
    return parts


class _JsonAttr:
    """The ``votes`` values: JSON is full of double quotes, so its attribute is quoted with
    single ones and only ``& < > '`` are escaped (JSON escapes every control character
    itself); it is a third of the file of a large session, and each value is new, so nothing
    is cached. Characters XML cannot hold are dropped and counted like all other text; when
    the votes were found ``plain`` (nothing to drop or escape in any of them), they are
    written as they are."""

    _ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "'": "&apos;"})

    def __init__(self, log: TextLog, plain: bool = False) -> None:
        self.log = log
        self.plain = plain

    def _value(self, text: str) -> str:
        return text if self.plain else self.log.xml(text, "GEXF").translate(self._ESCAPES)

    def lines(self, votes: list[tuple[int, str]]) -> str:
        return "".join(
            f"          <attvalue for=\"votes\" value='{self._value(text)}'"
            f' start="{start}" end="{end}"/>\n'
            for text, start, end in _merge_runs(votes))


def _edge(row: dict[str, Any], cons: list[tuple[int, dict[str, Any]]],
          states: list[tuple[int, dict[str, Any]]], votes: list[tuple[int, str]],
          all_undirected: bool, a: Callable[[str], str], votes_attr: "_JsonAttr") -> list[str]:
    rid, kind = row["relation_id"], row["kind"]
    direction = "" if row["directed"] or all_undirected else ' type="undirected"'
    parts = [f'      <edge id="r{rid}" source="a{row["source_id"]}" target="a{row["target_id"]}"'
             f'{direction} label="{a(kind)}" kind="{a(kind)}">\n        <attvalues>\n']
    for key, _ in EDGE_STATIC:
        text = _text(row[key])
        if text is not None:
            parts.append(f'          <attvalue for="{key}" value="{a(text)}"/>\n')
    for key, _ in EDGE_DYNAMIC:
        if key in ("state", "recorded_state") or key in _STATE_COLUMN:
            col = _STATE_COLUMN.get(key, key)
            pairs = [(n, rp[col]) for n, rp in states]
        elif key == "votes":
            parts.append(votes_attr.lines(votes))
            continue
        elif key == "voter_classes":
            pairs = [(n, voter_classes_text(c)) for n, c in cons]
        elif key in _CONSENSUS_COLUMN:  # medians, written as the double the column declares
            col = _CONSENSUS_COLUMN[key]
            pairs = [(n, None if c[col] is None else float(c[col])) for n, c in cons]
        else:
            pairs = [(n, c[key]) for n, c in cons]
        parts.append(_dynamic(a, key, pairs))
    parts.append("        </attvalues>\n        <spells>\n")
    for start, end in runs(n for n, _ in cons):
        parts.append(f'          <spell start="{start}" end="{end}"/>\n')
    parts.append("        </spells>\n      </edge>\n")
    return parts


def write_gexf(model: Model, out: Path, *, phase_ids: Sequence[int] | None = None,
               viz: bool = True, log: TextLog | None = None,
               tables: Tables | None = None, votes: VoteGroups | None = None) -> Path:
    """Write the GEXF file (all phases, or ``phase_ids``); returns its path."""
    tables = tables if tables is not None else tidy_tables(model)
    title = str(model.meta("title", ""))
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        fh.writelines(gexf_text(tables, phase_ids=phase_ids, viz=viz, log=log, title=title,
                                votes=votes))
    return out


__all__ = ["gexf_text", "write_gexf", "runs", "value_runs", "GEXF_NS", "VIZ_NS"]
