"""Pajek ``.net`` (and the networks and partitions of a ``.paj`` project).

``*Vertices n`` lists the actors (``3 "City" 0.21 0.43 0.5 ic Red``: number, label, x y z in
the unit square, then drawing words); ``*Arcs`` are directed relations, ``*Edges`` undirected
ones, each line ``from to [value] [l "label"] [c Colour]``; ``*Arcslist``/``*Edgeslist``
give one actor and all its partners per line; ``*Matrix`` is an adjacency matrix. A relation
section may carry a number and a name (``*Arcs :2 "funding"``): the name is the relations'
kind. Time intervals (``[1-3,5]``) on vertex and line lines make one phase per time point.
``*Partition``/``*Vector`` sections give each vertex a value (an attribute named after the
section). Read here, line by line, so an error names its line; every non-empty line is a
``line`` unit of the report.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import ImportFileError
from .foreign import ForeignEdge, ForeignGraph, ForeignNode, as_number
from .report import units

MAX_PHASES = 30
UNIT_SQUARE = 600.0  # Pajek places actors in [0, 1]; the map is a few hundred points wide
_SECTION = re.compile(r"^\*(\w+)\s*(.*)$")
_TIME = re.compile(r"\[([^\]]*)\]\s*$")
_DRAWING = {"c", "ic", "bc", "bw", "x_fact", "y_fact", "phi", "r", "q", "lc", "la", "lr", "lphi",
            "fos", "font", "s_size", "w", "p", "a", "s", "a1", "k1", "a2", "k2", "ap", "lp"}
_SHAPES = {"ellipse", "box", "diamond", "triangle", "cross", "empty", "man", "woman"}


@dataclass
class _State:
    path: Path
    graph: ForeignGraph
    nodes: dict[str, ForeignNode] = field(default_factory=dict)
    order: list[str] = field(default_factory=list)
    times: set[int] = field(default_factory=set)
    timed: dict[int, list[int]] = field(default_factory=dict)  # item number -> its time points
    values: dict[str, int] = field(default_factory=dict)  # partition name -> values read


def _fail(state: _State, line: int, reason: str) -> ImportFileError:
    return ImportFileError(state.path, reason, f"line {line}")


def _tokens(state: _State, text: str, line: int) -> list[str]:
    try:
        return shlex.split(text, posix=True)
    except ValueError:
        raise _fail(state, line, "unclosed quote: a label opens with \" and the line ends "
                    "before it closes") from None


def _times(state: _State, text: str, line: int) -> tuple[str, list[int] | None]:
    """A line without its time intervals, and the time points they cover."""
    found = _TIME.search(text)
    if not found:
        return text, None
    points: list[int] = []
    for part in found.group(1).split(","):
        part = part.strip()
        low, _, high = part.partition("-")
        try:
            a = int(low)
            b = int(high) if high and high != "*" else (a if not high else a + MAX_PHASES)
        except ValueError:
            raise _fail(state, line, f"time interval {part!r} is not whole numbers such as "
                        "[1-3] or [2]") from None
        if b < a or b - a > 1000:
            raise _fail(state, line, f"time interval {part!r} runs backwards or too far")
        points.extend(range(a, b + 1) if high != "*" else [a, -a])  # -a: "from a onwards"
    return text[:found.start()].rstrip(), points


def read_pajek(path: Path) -> ForeignGraph:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ImportFileError(path, f"cannot be read ({exc.strerror or exc})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")  # Pajek runs on Windows
    out = ForeignGraph(source=path, fmt="pajek")
    state = _State(path, out)
    section, arg = "", ""
    relation = ""
    matrix_row = 0
    pending_edges: list[tuple[ForeignEdge, list[int] | None]] = []
    lines = text.splitlines()
    out.ledger.expect("line", sum(1 for ln in lines if ln.strip()))
    for n, line_text in enumerate(lines, start=1):
        stripped = line_text.strip()
        if not stripped:
            continue
        if stripped.startswith("%"):
            out.ledger.skipped(units(line=1), "comment line", "a comment, not the network",
                               f"line {n}")
            continue
        head = _SECTION.match(stripped)
        if head and section in ("partition", "vector") and head.group(1).lower() == "vertices":
            out.ledger.imported(units(line=1), "section header")  # the partition's own count
            continue
        if head:
            section, arg = head.group(1).lower(), head.group(2).strip()
            relation, matrix_row = _relation_name(state, arg, n), 0
            _section_head(state, section, arg, n)
            continue
        if section == "vertices":
            _vertex(state, stripped, n)
        elif section in ("arcs", "edges"):
            pending_edges.append(_line(state, stripped, n, section == "arcs", relation))
        elif section in ("arcslist", "edgeslist"):
            pending_edges.extend(_list(state, stripped, n, section == "arcslist", relation))
        elif section == "matrix":
            matrix_row += 1
            pending_edges.extend(_matrix_row(state, stripped, n, matrix_row, relation))
        elif section in ("partition", "vector"):
            _value(state, stripped, n, arg or section)
        else:
            out.ledger.skipped(units(line=1), f"line of *{section or '?'}",
                               "a section the app does not read" if section else
                               "before any section", f"line {n}")
    _phases(state, pending_edges)
    out.nodes = [state.nodes[k] for k in state.order]
    out.edges = [e for e, _ in pending_edges]
    return out


def _relation_name(state: _State, arg: str, line: int) -> str:
    found = re.match(r"^:\s*\d+\s*(.*)$", arg)
    if not found:
        return ""
    rest = _tokens(state, found.group(1), line)
    return rest[0] if rest else ""


def _section_head(state: _State, section: str, arg: str, line: int) -> None:
    g = state.graph
    if section == "network":
        g.title = " ".join(_tokens(state, arg, line)) or g.title
        g.ledger.imported(units(line=1), "network name (the session's title)")
    elif section == "vertices":
        parts = arg.split()
        if not parts or not parts[0].isdigit():
            raise _fail(state, line, "*Vertices needs the number of vertices")
        if len(parts) > 1:
            g.notes.append(f"A two-mode network: the first {parts[1]} vertices are one kind, "
                           "the rest another; all are actors.")
        g.ledger.imported(units(line=1), "section header")
    elif section in ("arcs", "edges", "arcslist", "edgeslist", "matrix", "partition", "vector"):
        g.ledger.imported(units(line=1), "section header")
    else:
        g.ledger.skipped(units(line=1), f"*{section} header", "a section the app does not read",
                         f"line {line}")


def _vertex(state: _State, text: str, line: int) -> None:
    body, times = _times(state, text, line)
    tokens = _tokens(state, body, line)
    number = tokens[0]
    if not number.isdigit():
        raise _fail(state, line, f"a vertex line starts with its number, not {number!r}")
    if number in state.nodes:
        raise _fail(state, line, f"vertex {number} is listed twice (first on "
                    f"{state.nodes[number].where})")
    label = tokens[1] if len(tokens) > 1 else number
    node = ForeignNode(id=number, label=label, where=f"line {line}")
    node.attrs["label"] = label
    rest = tokens[2:]
    coords = []
    while rest and len(coords) < 3 and isinstance(as_number(rest[0]), float):
        coords.append(as_number(rest.pop(0)))
    if len(coords) >= 2:
        x, y = coords[0], coords[1]
        node.x, node.y = x * UNIT_SQUARE, y * UNIT_SQUARE
        node.position_where = f"line {line}"
    drawing = []
    while rest:
        word = rest.pop(0)
        if word.lower() in _SHAPES:
            drawing.append(word)
        elif word.lower() in _DRAWING and rest:
            drawing.append(f"{word} {rest.pop(0)}")
        else:
            node.attrs.setdefault("pajek", "")
            node.attrs["pajek"] = f"{node.attrs['pajek']} {word}".strip()
    node.carry("", units(line=1), f"line {line}")
    if drawing:
        _drawing_note(state)
    if times is not None:
        state.timed[id(node)] = times
        state.times.update(t for t in times if t >= 0)
    state.nodes[number] = node
    state.order.append(number)


def _drawing_note(state: _State) -> None:
    note = ("Pajek's drawing words (shapes, colours, sizes) were not read: the app draws by its "
            "own rules.")
    if note not in state.graph.notes:
        state.graph.notes.append(note)


def _node(state: _State, ref: str, line: int) -> str:
    if ref not in state.nodes:
        raise _fail(state, line, f"vertex {ref!r} is not among the {len(state.nodes)} vertices "
                    "listed under *Vertices")
    return ref


def _line(state: _State, text: str, line: int, directed: bool,
          relation: str) -> tuple[ForeignEdge, list[int] | None]:
    body, times = _times(state, text, line)
    tokens = _tokens(state, body, line)
    if len(tokens) < 2:
        raise _fail(state, line, "a relation line needs two vertex numbers")
    src, tgt = _node(state, tokens[0], line), _node(state, tokens[1], line)
    edge = ForeignEdge(id=f"line {line}", source=src, target=tgt, directed=directed,
                       where=f"line {line}")
    rest = tokens[2:]
    if rest and isinstance(as_number(rest[0]), float):
        weight = as_number(rest.pop(0))
        edge.attrs["weight"] = int(weight) if weight.is_integer() else weight
    while rest:
        word = rest.pop(0)
        if word == "l" and rest:
            edge.attrs["label"] = rest.pop(0)
        elif word.lower() in _DRAWING and rest:
            rest.pop(0)
            _drawing_note(state)
        else:
            edge.attrs["pajek"] = f"{edge.attrs.get('pajek', '')} {word}".strip()
    if relation:
        edge.attrs["relation"] = relation
    edge.carry("", units(line=1), f"line {line}")
    if times is not None:
        state.times.update(t for t in times if t >= 0)
    return edge, times


def _list(state: _State, text: str, line: int, directed: bool,
          relation: str) -> list[tuple[ForeignEdge, list[int] | None]]:
    tokens = _tokens(state, text, line)
    src = _node(state, tokens[0], line)
    out = []
    for i, ref in enumerate(tokens[1:]):
        edge = ForeignEdge(id=f"line {line} #{i + 1}", source=src, target=_node(state, ref, line),
                           directed=directed, where=f"line {line}")
        if relation:
            edge.attrs["relation"] = relation
        out.append((edge, None))
    if out:
        out[0][0].carry("", units(line=1), f"line {line}")
    else:
        state.graph.ledger.imported(units(line=1), "actor without partners")
    return out


def _matrix_row(state: _State, text: str, line: int, row: int,
                relation: str) -> list[tuple[ForeignEdge, list[int] | None]]:
    cells = text.split()
    if row > len(state.order) or len(cells) != len(state.order):
        raise _fail(state, line, f"a *Matrix row needs {len(state.order)} values (one per "
                    "vertex) and as many rows")
    out = []
    for col, cell in enumerate(cells):
        value = as_number(cell)
        if not isinstance(value, float):
            raise _fail(state, line, f"matrix value {cell!r} is not a number")
        if value != 0:
            edge = ForeignEdge(id=f"line {line} col {col + 1}", source=state.order[row - 1],
                               target=state.order[col], directed=True, where=f"line {line}",
                               attrs={"weight": int(value) if value.is_integer() else value})
            if relation:
                edge.attrs["relation"] = relation
            out.append((edge, None))
    if out:
        out[0][0].carry("", units(line=1), f"line {line}")
    else:
        state.graph.ledger.mapped(units(line=1), "matrix row", "all zeros: no relation",
                                  f"line {line}")
    return out


def _value(state: _State, text: str, line: int, name: str) -> None:
    """One vertex's value in a partition or vector: the i-th value line is vertex i."""
    name = " ".join(_tokens(state, name, line)) or "partition"
    i = state.values[name] = state.values.get(name, 0) + 1
    if i > len(state.order):
        raise _fail(state, line, f"*{name} has more values than there are vertices")
    node = state.nodes[state.order[i - 1]]
    node.attrs[name] = text.split()[0]  # as written: "3", not 3.0, so a mapping can name it
    node.carry(name, units(line=1), f"line {line}")


def _phases(state: _State, edges: list[tuple[ForeignEdge, list[int] | None]]) -> None:
    """Time points as phases ('time 1', 'time 2', ...), when the file has any."""
    if not state.times:
        return
    points = sorted(state.times)
    if len(points) > MAX_PHASES:
        raise ImportFileError(state.path, f"{len(points)} time points; each is a phase and a "
                              f"workshop session takes at most {MAX_PHASES}")
    index = {t: i for i, t in enumerate(points)}
    state.graph.phases = [(f"Time {t}", "", "") for t in points]

    def covered(times: list[int] | None) -> set[int] | None:
        if times is None:
            return None
        out: set[int] = set()
        for t in times:
            out |= {index[p] for p in points if p >= -t} if t < 0 else {index[t]}
        return out

    for number in state.order:
        node = state.nodes[number]
        node.phases = covered(state.timed.get(id(node)))
    for edge, times in edges:
        edge.phases = covered(times)
        if edge.phases is None:  # no time of its own: wherever both its actors are
            ends = [state.nodes[edge.source].phases, state.nodes[edge.target].phases]
            if any(e is not None for e in ends):
                edge.phases = set(range(len(points))).intersection(*(e for e in ends if e is not None))
    state.graph.notes.append(f"{len(points)} time points, one phase each: "
                             + ", ".join(str(t) for t in points) + ".")


__all__ = ["read_pajek"]
