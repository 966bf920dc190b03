"""The whole session as one dynamic GEXF 1.3 file, for Gephi and networkx.

Phases are integer times 1..n; an actor's presence and a relation's activity become
``<spells>``, roles and the trust/commitment/interdependence medians become dynamic attribute
values. Bounds are inclusive and never touch (phases 1 and 2-3 are ``[1,1]`` and ``[2,3]``),
and both bounds are always written because networkx cannot read open ones. Not written with
networkx's writer, whose 1.3 output fails the official grammars, but streamed as text through
one escaper (see ``xmlwrite`` for why); the tests check every file against both official
grammars with lxml. Every edge is directed in GEXF terms (networkx refuses mixed graphs); the
``directed`` attribute says which relations the room drew without a direction. Actors present
in no phase and relations active in none have no place on a timeline and are left out (the
tables keep them).
"""

from __future__ import annotations

import math
from datetime import date
from operator import itemgetter
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

from .. import __version__
from ..domain.model import Model
from ..session.tables import tidy_tables
from ..domain.vocabulary import SCORE_DIMENSIONS
from ..domain.textsafe import TextLog
from .xmlwrite import XmlEscaper
from ..style.palette import TYPE_FILL

Tables = dict[str, list[dict[str, Any]]]

GEXF_NS = "http://gexf.net/1.3"
VIZ_NS = "http://gexf.net/1.3/viz"

# (id, type) of the attribute columns; ids double as titles so Gephi shows readable names.
NODE_STATIC = (("name", "string"), ("actor_id", "integer"), ("type", "string"),
               ("scale", "string"), ("abilities", "string"), ("legal_status", "string"),
               ("note", "string"))
NODE_DYNAMIC = (("roles", "string"),)
EDGE_STATIC = (("relation_id", "integer"), ("kind", "string"), ("directed", "boolean"),
               ("note", "string"), ("attrs", "string"))
EDGE_DYNAMIC = (("trust", "double"), ("commitment", "double"), ("interdependence", "double"),
                ("threec", "string"))


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


def gexf_text(tables: Tables, *, phase_ids: Sequence[int] | None = None, viz: bool = True,
              log: TextLog | None = None, title: str = "") -> Iterator[str]:
    """The GEXF document as text chunks, built from the session's tidy tables.

    ``phase_ids`` limits the timeline to some phases; they keep their session numbers so a
    file of one phase still says which phase it is.
    """

    esc = XmlEscaper(log or TextLog(), "GEXF")
    a, t = esc.attr, esc.text
    chosen = [p for p in tables["phases"] if phase_ids is None or p["phase_id"] in phase_ids]
    nums = {p["phase_id"]: p["phase_number"] for p in chosen}

    yield "<?xml version='1.0' encoding='UTF-8'?>\n"
    viz_ns = f' xmlns:viz="{VIZ_NS}"' if viz else ""
    yield f'<gexf xmlns="{GEXF_NS}"{viz_ns} version="1.3">\n'
    yield f'  <meta lastmodifieddate="{date.today().isoformat()}">\n'
    yield f"    <creator>Assemblage Workshop {__version__}</creator>\n"
    yield "    <keywords>stakeholder workshop, smart city, phases</keywords>\n"
    lines = [" ".join(title.split())]
    lines += [f"Phase {p['phase_number']} = {' '.join(p['name'].split())} [{p['key']}]" for p in chosen]
    lines.append("Scores: medians on the ordinal 1-5 scale (see the codebook).")
    yield f"    <description>{t(chr(10).join(lines))}</description>\n  </meta>\n"
    lo, hi = (min(nums.values()), max(nums.values())) if nums else (1, 1)
    yield (f'  <graph mode="dynamic" defaultedgetype="directed" timeformat="integer" '
           f'timerepresentation="interval" start="{lo}" end="{hi}">\n')
    for cls, mode, cols in (("node", "static", NODE_STATIC), ("node", "dynamic", NODE_DYNAMIC),
                            ("edge", "static", EDGE_STATIC), ("edge", "dynamic", EDGE_DYNAMIC)):
        yield f'    <attributes class="{cls}" mode="{mode}">\n'
        for cid, ctype in cols:
            yield f'      <attribute id="{cid}" title="{cid}" type="{ctype}"/>\n'
        yield "    </attributes>\n"

    roles_of: dict[int, list[tuple[int, str]]] = {}
    for pr in tables["presence"]:
        if pr["phase_id"] in nums:
            roles_of.setdefault(pr["actor_id"], []).append((nums[pr["phase_id"]], pr["roles"]))
    present = [row for row in tables["actors"] if row["actor_id"] in roles_of]
    yield f'    <nodes count="{len(present)}">\n'
    for row in present:
        aid = row["actor_id"]
        parts = [f'      <node id="a{aid}" label="{a(row["name"])}">\n        <attvalues>\n']
        for key in ("name", "actor_id", "type", "scale", "abilities", "legal_status", "note"):
            value = row[key]
            if value != "":
                parts.append(f'          <attvalue for="{key}" value="{a(str(value))}"/>\n')
        pairs = roles_of[aid]
        for value, start, end in value_runs([(n, r) for n, r in pairs if r]):
            parts.append(f'          <attvalue for="roles" value="{a(value)}" start="{start}" end="{end}"/>\n')
        parts.append("        </attvalues>\n        <spells>\n")
        for start, end in runs(n for n, _ in pairs):
            parts.append(f'          <spell start="{start}" end="{end}"/>\n')
        parts.append("        </spells>\n")
        if viz:
            r, g, b = _hex_rgb(TYPE_FILL.get(row["type"], "#999999"))
            if _finite(row["x"]) and _finite(row["y"]):  # GEXF has no 'inf': leave it out
                parts.append(f'        <viz:position x="{_num(row["x"])}" y="{_num(-row["y"])}" z="0.0"/>\n')
            parts.append(f'        <viz:color r="{r}" g="{g}" b="{b}"/>\n')
        parts.append("      </node>\n")
        yield "".join(parts)
    yield "    </nodes>\n"

    active: dict[int, list[dict[str, Any]]] = {}
    for c in tables["consensus"]:
        if c["phase_id"] in nums:
            active.setdefault(c["relation_id"], []).append(c)
    edges = [row for row in tables["relations"] if row["relation_id"] in active]
    medians = [(d, f"{d}_median") for d in SCORE_DIMENSIONS]
    yield f'    <edges count="{len(edges)}">\n'
    for row in edges:
        rid = row["relation_id"]
        kind = row["kind"]
        parts = [f'      <edge id="r{rid}" source="a{row["source_id"]}" target="a{row["target_id"]}" '
                 f'label="{kind}" kind="{kind}">\n        <attvalues>\n'
                 f'          <attvalue for="relation_id" value="{rid}"/>\n'
                 f'          <attvalue for="kind" value="{kind}"/>\n'
                 f'          <attvalue for="directed" value="{"true" if row["directed"] else "false"}"/>\n']
        for key in ("note", "attrs"):
            if row[key]:
                parts.append(f'          <attvalue for="{key}" value="{a(row[key])}"/>\n')
        # One sort per relation; the runs below take the phases in this order.
        cons = sorted(((nums[c["phase_id"]], c) for c in active[rid]), key=itemgetter(0))
        for d, col in medians:
            for value, start, end in _merge_runs([(n, c[col]) for n, c in cons if c[col] is not None]):
                parts.append(f'          <attvalue for="{d}" value="{_num(value)}" start="{start}" end="{end}"/>\n')
        for value, start, end in _merge_runs([(n, c["threec"]) for n, c in cons if c["threec"]]):
            parts.append(f'          <attvalue for="threec" value="{value}" start="{start}" end="{end}"/>\n')
        parts.append("        </attvalues>\n        <spells>\n")
        for start, end in runs(n for n, _ in cons):
            parts.append(f'          <spell start="{start}" end="{end}"/>\n')
        parts.append("        </spells>\n      </edge>\n")
        yield "".join(parts)
    yield "    </edges>\n  </graph>\n</gexf>\n"


def write_gexf(model: Model, out: Path, *, phase_ids: Sequence[int] | None = None,
               viz: bool = True, log: TextLog | None = None,
               tables: Tables | None = None) -> Path:
    """Write the GEXF file (all phases, or ``phase_ids``); returns its path."""
    tables = tables if tables is not None else tidy_tables(model)
    title = str(model.meta("title", ""))
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        fh.writelines(gexf_text(tables, phase_ids=phase_ids, viz=viz, log=log, title=title))
    return out


__all__ = ["gexf_text", "write_gexf", "runs", "value_runs", "GEXF_NS", "VIZ_NS"]
