"""What every importer reads a foreign file into.

Each format's parser fills a :class:`ForeignGraph` (nodes, edges, ordered phases, raw
attributes, presence per phase, individual votes) and knows nothing of sessions; ``build.py``
maps that onto the vocabulary and writes the session. The graph's :class:`~.report.Ledger`
accounts for every unit of the source (see ``report.py`` for the contract), so nothing changes
or disappears silently.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ...domain.wording import count
from .json_in import JSONRefused, parse_json_text
from .report import ImportReport, Ledger, Units

# Positions farther out than this are not a layout but damage (or 1e308 written on purpose):
# a map that wide cannot be drawn, printed or exported.
MAX_COORDINATE = 1e6


@dataclass
class ForeignItem:
    """A node or an edge as the file states it.

    ``attrs`` holds values valid in every phase; ``dynamic`` holds values per phase index;
    ``phases`` is the set of phase indexes the item exists in (``None``: all of them).
    ``id`` is the id the file gives (kept as the record's ``original_id``). ``units`` holds the
    source units behind each value, by attribute name (``""``: the item itself), for the
    builder to settle in the report's ledger (see ``report.py``).
    """

    id: str
    label: str = ""
    attrs: dict[str, Any] = field(default_factory=dict)
    dynamic: dict[str, dict[int, Any]] = field(default_factory=dict)
    phases: set[int] | None = None
    where: str = ""
    units: dict[str, Counter[str]] = field(default_factory=dict)
    unit_places: dict[str, str] = field(default_factory=dict)
    # A value the reader changed on the way (GEXF's upward y turned down): the rule, for the
    # report's "mapped" line, by the name its units are carried under.
    rules: dict[str, str] = field(default_factory=dict)

    def carry(self, name: str, tally: Units, place: str = "") -> None:
        """Hand the source units behind value ``name`` to the builder (see ``report.py``)."""
        if not any(tally.values()):
            return
        self.units.setdefault(name, Counter()).update(tally)
        if place and name not in self.unit_places:
            self.unit_places[name] = place

    def value(self, name: str) -> Any:
        """The static value, else the first per-phase value, else ``None``."""
        if name in self.attrs:
            return self.attrs[name]
        per_phase = self.dynamic.get(name)
        if per_phase:
            return per_phase[min(per_phase)]
        return None

    def names(self) -> list[str]:
        return list(dict.fromkeys([*self.attrs, *self.dynamic]))


@dataclass
class ForeignNode(ForeignItem):
    """``x`` and ``y`` hold the position as read (a float from :func:`as_number`, or what the
    file had where a number belongs); :meth:`ForeignGraph.settle` leaves finite floats or None."""

    x: Any = None
    y: Any = None
    position_where: str = ""  # where the position was read, if not at the node itself
    phase_positions: dict[int, tuple[Any, Any]] = field(default_factory=dict)  # phase -> x, y
    absent: set[int] = field(default_factory=set)  # phases where the file states absence


@dataclass
class ForeignVote:
    """One participant's vote on an edge in one phase, as the file states it (values raw)."""

    phase: int
    participant: str
    values: dict[str, Any] = field(default_factory=dict)
    time: str = ""


@dataclass
class ForeignEdge(ForeignItem):
    source: str = ""
    target: str = ""
    directed: bool | None = None
    inactive: set[int] = field(default_factory=set)  # phases where the file switches it off
    votes: list[ForeignVote] = field(default_factory=list)  # individual votes, if the file has them


@dataclass
class ForeignGraph:
    """A foreign network, phases in order (at least one)."""

    source: Path
    fmt: str
    title: str = ""
    phases: list[tuple[str, str, str]] = field(default_factory=list)  # name, key, note
    nodes: list[ForeignNode] = field(default_factory=list)
    edges: list[ForeignEdge] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    keys_given: bool = False  # phase keys come from the file (even empty ones): infer none
    ledger: Ledger = field(default_factory=Ledger)
    # What a phase without a word about an actor means: 'not_described' (an imported file is
    # not the room) unless the file's own model says that silence is absence.
    presence_default: str = "not_described"
    participants: list[tuple[str, str, str]] = field(default_factory=list)  # name, organisation, kind
    written_by_app: bool = False  # an export of this app: its derived columns are not data
    about: dict[str, str] = field(default_factory=dict)  # the file's own metadata (creator...)
    # The app's own exchange data, as rows of the tidy tables: built as written, ids and all
    # (``tables_build``), instead of being mapped like a foreign network.
    tables: dict[str, list[dict[str, Any]]] | None = None

    def settle(self) -> None:
        """Check what every format's parser read, in one place, before anything is built.

        A position must be two finite numbers within :data:`MAX_COORDINATE`: ``inf`` or
        ``NaN`` would break every picture and page exported later, and ``"12px"`` is not a
        place. Such positions are left out and the report says so; the actor is kept.
        """
        dropped: list[ForeignNode] = []
        first = ""
        for node in self.nodes:
            for p, (x, y) in list(node.phase_positions.items()):
                if _coordinate(x) and _coordinate(y):
                    node.phase_positions[p] = (float(x), float(y))
                else:
                    del node.phase_positions[p]
                    if not dropped:
                        first = f"{node.where or repr(node.id[:40])}: x={_shown(x)}, y={_shown(y)}"
                    dropped.append(node)
            if node.x is None and node.y is None:
                continue
            if not (_coordinate(node.x) and _coordinate(node.y)):
                if not dropped:
                    place = node.position_where or node.where or f"node {node.id[:40]!r}"
                    first = (f"{place}: x={_shown(node.x)}, "
                             f"y={_shown(node.y)}")
                dropped.append(node)
                node.x = node.y = None
                self.ledger.settle(node, "@position", "skipped", "actor position",
                                   "not two finite numbers within the map's reach")
            else:
                node.x, node.y = float(node.x), float(node.y)
        if dropped:
            self.notes.append(f"{count(len(dropped), 'actor position')} left out because they are not "
                              f"two finite numbers within ±{MAX_COORDINATE:,.0f} (first at "
                              f"{first}); those actors start at the centre of the map.")


def take_votes(edge: ForeignEdge, name: str = "votes") -> bool:
    """The app's individual votes (docs/exchange.md: per phase, a JSON list of objects with
    ``participant`` and the scores) into :class:`ForeignVote` records; the units behind them
    move to ``@votes``. Anything else under that name stays an ordinary attribute."""
    per = edge.dynamic.get(name) or ({0: edge.attrs[name]} if name in edge.attrs else {})
    found: list[ForeignVote] = []
    for phase, raw in per.items():
        try:
            doc = parse_json_text(str(raw))
        except JSONRefused:
            return False
        if not isinstance(doc, list) or not all(isinstance(v, dict) and isinstance(
                v.get("participant"), str) and v["participant"].strip() for v in doc):
            return False
        for v in doc:
            values = {k: v[k] for k in ("trust", "commitment", "interdependence",
                                        "interdependence_back") if v.get(k) is not None}
            found.append(ForeignVote(phase, v["participant"].strip(), values,
                                     str(v.get("time") or "")))
    if not per:
        return False
    edge.votes.extend(found)
    edge.dynamic.pop(name, None)
    edge.attrs.pop(name, None)
    if name in edge.units:
        edge.carry("@votes", edge.units.pop(name), edge.unit_places.pop(name, ""))
    return True


def as_number(value: Any) -> Any:
    """A float for a number or numeric text (``inf`` and ``nan`` included: :meth:`settle`
    judges those), else ``value`` unchanged so the report can show what the file had."""
    if isinstance(value, bool) or value is None:
        return value
    if isinstance(value, (int, float)):
        try:
            return float(value)
        except OverflowError:
            return math.inf if value > 0 else -math.inf
    if isinstance(value, str):
        try:
            return float(value.strip())
        except ValueError:
            return value
    return value


def _coordinate(value: Any) -> bool:
    """A usable coordinate (``NaN`` compares false, so it fails the bound too)."""
    return (isinstance(value, (int, float)) and not isinstance(value, bool)
            and abs(value) <= MAX_COORDINATE)


def _shown(value: Any) -> str:
    """A value for a one-line note: short, and never a 4,300-digit ``repr``."""
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > 10**30:
        return "a number too large to place"
    if value is None:
        return "missing"
    if not isinstance(value, (str, int, float)):
        return {list: "a list", dict: "an object"}.get(type(value), type(value).__name__)
    text = repr(value)
    return text if len(text) <= 40 else text[:39] + "…"


def norm(name: str) -> str:
    """An attribute or column name reduced for matching: lower case, words joined by '_'."""
    return "_".join(name.strip().lower().replace("-", " ").replace("_", " ").split())


def parse_bool(value: Any) -> bool | None:
    """Booleans as tools write them (``true``, ``  TRUE ``, ``1``, ``yes``); None if unclear."""
    if isinstance(value, bool):
        return value
    if value is None:
        return None
    text = str(value).strip().lower()
    if text in ("true", "1", "yes", "y", "t", "directed"):
        return True
    if text in ("false", "0", "no", "n", "f", "undirected", "mutual"):
        return False
    return None


__all__ = ["ForeignItem", "ForeignNode", "ForeignEdge", "ForeignVote", "ForeignGraph", "ImportReport", "norm",
           "parse_bool", "as_number", "take_votes", "MAX_COORDINATE"]
