"""One GraphML file per phase, for yEd, igraph, networkx and R.

GraphML has no notion of time, and ``networkx.read_graphml`` reads only the first ``<graph>``
of a file, so each phase gets a file of its own. Keys are plain names without spaces; a
missing value (an unscored dimension) is simply absent, never 0. As in the GEXF, every edge is
directed for the format's sake and the ``directed`` key says what the room drew. The text is
streamed through one escaper (see ``xmlwrite``) and checked against the GraphML XSD in tests.
"""

from __future__ import annotations

import re
import unicodedata
from operator import itemgetter
from pathlib import Path
from typing import Any, Iterator, Sequence

from ..domain.model import Model
from ..session.tables import tidy_tables
from ..domain.vocabulary import SCORE_DIMENSIONS
from ..domain.textsafe import TextLog
from .xmlwrite import XmlEscaper

Tables = dict[str, list[dict[str, Any]]]

GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
SCHEMA_LOCATION = f"{GRAPHML_NS} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"

GRAPH_KEYS = (("session_title", "string"), ("phase_name", "string"), ("phase_key", "string"),
              ("phase_number", "int"), ("phase_id", "int"))
NODE_KEYS = (("actor_id", "int"), ("name", "string"), ("type", "string"), ("scale", "string"),
             ("abilities", "string"), ("legal_status", "string"), ("note", "string"),
             ("roles", "string"), ("presence_note", "string"), ("x", "double"), ("y", "double"))
EDGE_KEYS = (("relation_id", "int"), ("kind", "string"), ("directed", "boolean"),
             ("note", "string"), ("attrs", "string"),
             *((f"{d}{suffix}", "int") for d in SCORE_DIMENSIONS for suffix in ("", "_spread", "_votes")),
             ("threec", "string"), ("tensions", "string"))


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
        return repr(value)
    return str(value)


class _Writer:
    """Writes the phase files of one session; what does not change between phases
    (an actor's name and type, a relation's kind and note) is escaped once, and rows are
    grouped by phase once rather than searched for every phase."""

    def __init__(self, tables: Tables, title: str, log: TextLog) -> None:
        self.tables = tables
        self.title = title
        self.esc = XmlEscaper(log, "GraphML")
        self.header = self._header()
        self.actor_data = {a["actor_id"]: self._data("n", a, _ACTOR_FIELDS) for a in tables["actors"]}
        self.relations = {r["relation_id"]: r for r in tables["relations"]}
        self.relation_data = {
            r["relation_id"]: self._data("e", r, ("relation_id", "kind", "directed", "note", "attrs"))
            for r in tables["relations"]
        }
        self.presence: dict[int, list[dict[str, Any]]] = {}
        for pr in tables["presence"]:
            self.presence.setdefault(pr["phase_id"], []).append(pr)
        self.consensus: dict[int, list[dict[str, Any]]] = {}
        for c in tables["consensus"]:
            self.consensus.setdefault(c["phase_id"], []).append(c)
        self.score_lines = [_Lines(self.esc, f"e_{name}") for name in _SCORE_FIELDS]
        self.score_values = itemgetter(*_SCORE_COLUMNS)

    def _data(self, prefix: str, row: dict[str, Any], names: Sequence[str],
              indent: str = "      ") -> str:
        return "".join(self._line(f"{prefix}_{name}", row[name], indent) for name in names)

    def _line(self, key: str, value: Any, indent: str = "      ") -> str:
        """One ``<data>`` line, or nothing for a missing value."""
        text = _value(value)
        if text is None:
            return ""
        return f'{indent}<data key="{key}">{self.esc.text(text)}</data>\n'

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

    def phase_text(self, phase_row: dict[str, Any]) -> Iterator[str]:
        pid = phase_row["phase_id"]
        yield self.header
        yield f'  <graph id="phase_{phase_row["phase_number"]}" edgedefault="directed">\n'
        graph_row = {"session_title": self.title, "phase_name": phase_row["name"],
                     "phase_key": phase_row["key"], "phase_number": phase_row["phase_number"],
                     "phase_id": pid}
        yield self._data("g", graph_row, [k for k, _ in GRAPH_KEYS], indent="    ")
        line = self._line
        yield "".join(
            f'    <node id="a{pr["actor_id"]}">\n{self.actor_data[pr["actor_id"]]}'
            f'{line("n_roles", pr["roles"])}{line("n_presence_note", pr["note"])}'
            f'      <data key="n_x">{float(pr["x"])!r}</data>\n'
            f'      <data key="n_y">{float(pr["y"])!r}</data>\n    </node>\n'
            for pr in self.presence.get(pid, ()))
        lookup = dict.__getitem__
        for c in self.consensus.get(pid, ()):
            rid = c["relation_id"]
            r = self.relations[rid]
            scores = "".join(map(lookup, self.score_lines, self.score_values(c)))
            yield (f'    <edge id="r{rid}" source="a{r["source_id"]}" target="a{r["target_id"]}">\n'
                   f'{self.relation_data[rid]}{scores}    </edge>\n')
        yield "  </graph>\n</graphml>\n"


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


_ACTOR_FIELDS = ("actor_id", "name", "type", "scale", "abilities", "legal_status", "note")
_SCORE_FIELDS = tuple(name for name, _ in EDGE_KEYS[5:])


def _consensus_column(field: str) -> str:
    """The consensus column behind an edge key: trust is trust_median, trust_votes trust_n."""
    if field in SCORE_DIMENSIONS:
        return f"{field}_median"
    if field.endswith("_votes"):
        return field[: -len("_votes")] + "_n"
    return field


_SCORE_COLUMNS = tuple(map(_consensus_column, _SCORE_FIELDS))


def write_graphml(model: Model, out_dir: Path, *, phase_ids: Sequence[int] | None = None,
                  tables: Tables | None = None, log: TextLog | None = None,
                  into: Path | None = None) -> list[Path]:
    """Write one ``phase_NN_<name>.graphml`` per phase into ``out_dir``; returns the paths.

    ``into`` names the file for a single phase instead (``out_dir`` is then not used).
    """
    tables = tables if tables is not None else tidy_tables(model)
    writer = _Writer(tables, str(model.meta("title", "")), log or TextLog())
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


__all__ = ["write_graphml", "phase_slug", "GRAPHML_NS"]
