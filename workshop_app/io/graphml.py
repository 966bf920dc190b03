"""One GraphML file per phase, for yEd, igraph, networkx and R.

GraphML has no notion of time, and ``networkx.read_graphml`` reads only the first ``<graph>``
of a file, so each phase gets a file of its own: the actors present in it are its nodes and
the relations active in it its edges. Keys are plain names without spaces; a missing value (an
unscored dimension, no source) is simply absent, never 0. A relation drawn without a
direction is an undirected edge (``directed="false"`` in a directed file, or an undirected
file when all its edges are); ``weight`` is the median trust. Every vote is on its edge as
JSON, and what sits on no node or edge of the phase (settings, participants, sources, notes,
absent actors' notes, votes kept from phases where a relation is off) travels in the graph's
``workshop_exchange`` data, so the folder gives back the same session on import
(docs/exchange.md). The text is streamed through one escaper (see ``xmlwrite``) and checked
against the GraphML XSD in tests.
"""

from __future__ import annotations

import math
import re
import unicodedata
from operator import itemgetter
from pathlib import Path
from typing import Any, Callable, Iterator, Mapping, Sequence

from ..domain.model import Model
from ..domain.textsafe import TextLog
from ..domain.vocabulary import SCORE_DIMENSIONS
from ..session.tables import tidy_tables
from .exchange import (
    actor_phase_lists,
    block_tables,
    block_text,
    role_evidence,
    VoteGroups,
    vote_groups,
    voter_classes_text,
)
from .xmlwrite import XmlEscaper, escape_texts

Tables = dict[str, list[dict[str, Any]]]

GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = f"{GRAPHML_NS} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"

GRAPH_KEYS = (("session_title", "string"), ("phase_name", "string"), ("phase_key", "string"),
              ("phase_number", "int"), ("phase_id", "int"), ("phase_note", "string"),
              ("public_value", "string"), ("workshop_exchange", "string"))
_ACTOR_KEYS = (("actor_id", "int"), ("name", "string"), ("type", "string"), ("scale", "string"),
               ("abilities", "string"), ("legal_status", "string"), ("note", "string"),
               ("alt_name", "string"), ("original_id", "string"), ("base_x", "double"),
               ("base_y", "double"), ("pinned", "boolean"), ("evidence_id", "int"),
               ("evidence_kind", "string"), ("evidence", "string"))
_PRESENCE_KEYS = (("state", "string"), ("state_recorded", "boolean"), ("roles", "string"),
                  ("role_evidence", "string"), ("presence_note", "string"), ("x", "double"),
                  ("y", "double"), ("influence", "int"), ("alignment", "string"),
                  ("orchestrator_form", "string"), ("orchestrator_modes", "string"),
                  ("value_gains", "string"), ("value_costs", "string"),
                  ("presence_evidence_id", "int"), ("presence_evidence_kind", "string"),
                  ("presence_evidence", "string"), ("arenas", "string"),
                  ("institutional_work", "string"))
NODE_KEYS = _ACTOR_KEYS + _PRESENCE_KEYS
_RELATION_KEYS = (("relation_id", "int"), ("kind", "string"), ("directed", "boolean"),
                  ("note", "string"), ("attrs", "string"), ("openness", "string"),
                  ("interoperable", "boolean"), ("original_id", "string"),
                  ("evidence_id", "int"), ("evidence_kind", "string"), ("evidence", "string"))
_STATE_KEYS = (("state", "string"), ("recorded_state", "string"),
               ("state_evidence_id", "int"), ("state_evidence_kind", "string"),
               ("state_evidence", "string"), ("weight", "double"))
_VOTES_KEY = (("votes", "string"),)
_SCORE_KEYS = tuple((f"{d}{suffix}", "int") for d in SCORE_DIMENSIONS
                    for suffix in ("", "_spread", "_votes"))
_CLASS_KEYS = (("threec", "string"), ("tensions", "string"), ("stated_class", "string"),
               ("stated_class_source", "string"), ("voter_classes", "string"),
               ("kind_class_flag", "string"))
EDGE_KEYS = _RELATION_KEYS + _STATE_KEYS + _VOTES_KEY + _SCORE_KEYS + _CLASS_KEYS

# Key -> the table column it is written from, where the names differ.
_COLUMN = {"base_x": "x", "base_y": "y", "presence_note": "note",
           "presence_evidence_id": "evidence_id", "presence_evidence_kind": "evidence_kind",
           "presence_evidence": "evidence", "state_evidence_id": "evidence_id",
           "state_evidence_kind": "evidence_kind", "state_evidence": "evidence"}


def phase_slug(number: int, name: str, key: str = "") -> str:
    """A file name for a phase that sorts in order and survives any file system."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:40].strip("-")
    if not slug:
        slug = re.sub(r"[^a-z0-9]+", "-", key.lower()).strip("-")[:40]
    return f"phase_{number:02d}_{slug}" if slug else f"phase_{number:02d}"


def _value(value: Any) -> str | None:
    """The value as GraphML data text; ``None`` (unscored, not stated) means no element."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else None
    return str(value)


class _Writer:
    """Writes the phase files of one session; what does not change between phases
    (an actor's name and type, a relation's kind and note) is escaped once, and rows are
    grouped by phase once rather than searched for every phase."""

    def __init__(self, tables: Tables, title: str, log: TextLog,
                 votes: VoteGroups | None = None) -> None:
        self.tables = tables
        self.title = title
        self.log = log
        self.esc = XmlEscaper(log, "GraphML")
        self.header = self._header()
        self.actors = {a["actor_id"]: a for a in tables["actors"]}
        self.actor_data = {a["actor_id"]: self._data(_fields("n", _ACTOR_KEYS), a)
                           for a in tables["actors"]}
        self.relations = {r["relation_id"]: r for r in tables["relations"]}
        self.relation_data = {r["relation_id"]: self._data(_fields("e", _RELATION_KEYS), r)
                              for r in tables["relations"]}
        self.presence = _by_phase(tables["presence"])
        self.consensus = _by_phase(tables["consensus"])
        self.states = {(r["relation_id"], r["phase_id"]): r for r in tables["relation_phases"]}
        self.scores = _by_phase(tables["scores"])
        self.roles = _by_phase(tables["roles"])
        groups = votes if votes is not None else vote_groups(tables["scores"], self._clean)
        self.votes = groups.json
        self.votes_plain = groups.xml_plain
        self.role_evidence = role_evidence(tables["roles"])
        self.arenas, self.work = actor_phase_lists(tables)
        on_graph_actors = {r["actor_id"] for r in tables["presence"] if r["state"] == "present"}
        self.on_graph_relations = {c["relation_id"] for c in tables["consensus"]}
        self.on_graph_actors = on_graph_actors
        self.block = block_tables(tables, actors_on_graph=on_graph_actors,
                                  relations_on_graph=self.on_graph_relations)
        self.score_lines = [_Lines(self.esc, f"e_{name}") for name, _ in _SCORE_KEYS]
        self.score_values = itemgetter(*map(_consensus_column, (n for n, _ in _SCORE_KEYS)))

    def _data(self, fields: "_Fields", row: dict[str, Any]) -> str:
        """The ``<data>`` lines of ``fields`` read from ``row``; none for a missing value."""
        text = self.esc.text
        parts = []
        for read, opening in fields:
            value = _value(read(row))
            if value is not None:
                parts.append(f"{opening}{text(value)}</data>\n")
        return "".join(parts)

    @staticmethod
    def _header() -> str:
        lines = ["<?xml version='1.0' encoding='UTF-8'?>\n",
                 f'<graphml xmlns="{GRAPHML_NS}" xmlns:xsi="{XSI_NS}" '
                 f'xsi:schemaLocation="{SCHEMA_LOCATION}">\n']
        for target, keys in (("graph", GRAPH_KEYS), ("node", NODE_KEYS), ("edge", EDGE_KEYS)):
            for name, kind in keys:
                lines.append(f'  <key id="{target[0]}_{name}" for="{target}" '
                             f'attr.name="{name}" attr.type="{kind}"/>\n')
        return "".join(lines)

    def _phase_block(self, pid: int) -> str:
        """The session block of one phase file: the session-wide tables, and this phase's
        rows that sit on none of its nodes and edges."""
        absent = [r for r in self.presence.get(pid, ()) if r["state"] != "present"
                  and r["state_recorded"] and r["actor_id"] in self.on_graph_actors]
        absent_ids = {r["actor_id"] for r in absent}
        off = [r for (rid, p), r in self.states.items() if p == pid and r["recorded_state"]
               and r["state"] != "active" and rid in self.on_graph_relations]
        active = {c["relation_id"] for c in self.consensus.get(pid, ())}
        kept_votes = [r for r in self.scores.get(pid, ()) if r["relation_id"] not in active
                      and r["relation_id"] in self.on_graph_relations]
        return block_text(self.block, {
            "presence": absent,
            "roles": [r for r in self.roles.get(pid, ()) if r["actor_id"] in absent_ids],
            "relation_phases": off, "scores": kept_votes}, clean=self._clean)

    def _clean(self, text: str) -> str:
        return self.log.xml(text, "GraphML")

    def phase_text(self, phase_row: dict[str, Any]) -> Iterator[str]:
        pid = phase_row["phase_id"]
        cons = self.consensus.get(pid, ())
        undirected = bool(cons) and not any(self.relations[c["relation_id"]]["directed"]
                                            for c in cons)
        yield self.header
        yield (f'  <graph id="phase_{phase_row["phase_number"]}" '
               f'edgedefault="{"undirected" if undirected else "directed"}">\n')
        graph_row = {"session_title": self.title, "phase_name": phase_row["name"],
                     "phase_key": phase_row["key"], "phase_number": phase_row["phase_number"],
                     "phase_id": pid, "phase_note": phase_row["note"],
                     "public_value": phase_row.get("public_value", ""),
                     "workshop_exchange": self._phase_block(pid)}
        yield self._data(_GRAPH_FIELDS, graph_row)
        yield "".join(self._node(pr, pid) for pr in self.presence.get(pid, ())
                      if pr["state"] == "present")
        lookup = dict.__getitem__
        for c in cons:
            rid = c["relation_id"]
            r = self.relations[rid]
            direction = ' directed="false"' if not r["directed"] and not undirected else ""
            phase_data = (self._data(_STATE_FIELDS, self.states[(rid, pid)])
                          + self._data(_WEIGHT_FIELDS, c)
                          + self._votes_line(self.votes.get((rid, pid))))
            scores = "".join(map(lookup, self.score_lines, self.score_values(c)))
            classes = self._data(_CLASS_FIELDS, c)
            yield (f'    <edge id="r{rid}" source="a{r["source_id"]}" target="a{r["target_id"]}"'
                   f'{direction}>\n{self.relation_data[rid]}{phase_data}{scores}{classes}'
                   f'    </edge>\n')
        yield "  </graph>\n</graphml>\n"

    def _votes_line(self, votes: str | None) -> str:
        """The ``votes`` data of an edge: each value is new, so it is cleaned and escaped
        without the escaper's cache, and usually needs no escaping at all (``votes_plain``:
        none of the votes does, as their one pass found)."""
        if votes is None:
            return ""
        if self.votes_plain:
            return f'      <data key="e_votes">{votes}</data>\n'
        text = self.log.xml(votes, "GraphML")
        if "&" in text or "<" in text or ">" in text or "\r" in text:
            text = escape_texts([text])[0]
        return f'      <data key="e_votes">{text}</data>\n'

    def _node(self, pr: dict[str, Any], pid: int) -> str:
        aid = pr["actor_id"]
        key = (aid, pid)
        row = {**pr, "role_evidence": self.role_evidence.get(key),
               "arenas": self.arenas.get(key), "institutional_work": self.work.get(key)}
        return (f'    <node id="a{aid}">\n{self.actor_data[aid]}'
                f'{self._data(_PRESENCE_FIELDS, row)}    </node>\n')


# How a ``<data>`` line reads its value from a row, and the line's opening tag.
_Fields = list[tuple[Callable[[dict[str, Any]], Any], str]]


def _fields(prefix: str, keys: Sequence[tuple[str, str]], indent: str = "      ",
            read: Mapping[str, Callable[[dict[str, Any]], Any]] | None = None) -> _Fields:
    """The ``<data>`` lines of ``keys``, each read from its column (or by ``read``)."""
    return [((read or {}).get(name) or itemgetter(_COLUMN.get(name, name)),
             f'{indent}<data key="{prefix}_{name}">') for name, _ in keys]


def _by_phase(rows: list[dict[str, Any]]) -> dict[int, list[dict[str, Any]]]:
    out: dict[int, list[dict[str, Any]]] = {}
    for row in rows:
        out.setdefault(row["phase_id"], []).append(row)
    return out


def _float(value: int | None) -> float | None:
    return None if value is None else float(value)


class _Lines(dict):  # type: ignore[type-arg]
    """The ``<data>`` line of one edge key per value (scores repeat a few values over
    and over). Only numbers and ``None`` are kept: text is escaped, and counted, per use."""

    def __init__(self, esc: XmlEscaper, key: str) -> None:
        super().__init__()
        self.esc = esc
        self.key = key

    def __missing__(self, value: Any) -> str:
        text = _value(value)
        line = "" if text is None else f'      <data key="{self.key}">{self.esc.text(text)}</data>\n'
        if value is None or type(value) is int:
            self[value] = line
        return line


def _weight(consensus: dict[str, Any]) -> float | None:
    """The ``weight`` of an edge: its median trust, as the double the key declares."""
    return _float(consensus["trust_median"])


def _consensus_column(field: str) -> str:
    """The consensus column behind an edge key: trust is trust_median, trust_votes trust_n."""
    if field in SCORE_DIMENSIONS:
        return f"{field}_median"
    if field.endswith("_votes"):
        return field[: -len("_votes")] + "_n"
    return field


_GRAPH_FIELDS = _fields("g", GRAPH_KEYS, indent="    ")
_PRESENCE_FIELDS = _fields("n", _PRESENCE_KEYS)
_STATE_FIELDS = _fields("e", _STATE_KEYS[:-1])  # read from the relation's row of the phase
_WEIGHT_FIELDS = _fields("e", _STATE_KEYS[-1:], read={"weight": _weight})  # from its consensus
_CLASS_FIELDS = _fields("e", _CLASS_KEYS, read={"voter_classes": voter_classes_text})


def write_graphml(model: Model, out_dir: Path, *, phase_ids: Sequence[int] | None = None,
                  tables: Tables | None = None, log: TextLog | None = None,
                  into: Path | None = None, votes: VoteGroups | None = None) -> list[Path]:
    """Write one ``phase_NN_<name>.graphml`` per phase into ``out_dir``; returns the paths.

    ``into`` names the file for a single phase instead (``out_dir`` is then not used);
    ``votes`` are the tables' votes as ``exchange.vote_groups`` gives them, if at hand.
    """
    tables = tables if tables is not None else tidy_tables(model)
    writer = _Writer(tables, str(model.meta("title", "")), log or TextLog(), votes)
    out: list[Path] = []
    for ph in tables["phases"]:
        if phase_ids is not None and ph["phase_id"] not in phase_ids:
            continue
        path = into if into is not None else (
            out_dir / f"{phase_slug(ph['phase_number'], ph['name'], ph['key'])}.graphml")
        with open(path, "w", encoding="utf-8", newline="\n") as fh:
            fh.writelines(writer.phase_text(ph))
        out.append(path)
    return out


__all__ = ["write_graphml", "phase_slug", "GRAPHML_NS", "NODE_KEYS", "EDGE_KEYS", "GRAPH_KEYS"]
