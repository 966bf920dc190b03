"""What every importer reads a foreign file into, and the report it hands back.

Each format's parser fills a :class:`ForeignGraph` (nodes, edges, ordered phases, raw
attributes, presence per phase) and knows nothing of sessions; ``build.py`` maps that onto the
vocabulary and writes the session. The report collects every mapping and every thing left out,
so nothing changes silently.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass
class ForeignItem:
    """A node or an edge as the file states it.

    ``attrs`` holds values valid in every phase; ``dynamic`` holds values per phase index;
    ``phases`` is the set of phase indexes the item exists in (``None``: all of them).
    """

    id: str
    label: str = ""
    attrs: dict[str, Any] = field(default_factory=dict)
    dynamic: dict[str, dict[int, Any]] = field(default_factory=dict)
    phases: set[int] | None = None
    where: str = ""

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
    x: float | None = None
    y: float | None = None


@dataclass
class ForeignEdge(ForeignItem):
    source: str = ""
    target: str = ""
    directed: bool | None = None


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
    keys_given: bool = False  # phase keys come from the file (even empty ones): infer none


@dataclass
class ImportReport:
    """What an import did: counts, and one sentence per mapping or omission."""

    source: Path
    fmt: str
    target: Path | None = None
    actors: int = 0
    relations: int = 0
    phases: int = 0
    votes: int = 0
    notes: list[str] = field(default_factory=list)

    def note(self, text: str) -> None:
        if text not in self.notes:
            self.notes.append(text)

    def lines(self) -> list[str]:
        head = (f"Imported {self.source.name} ({self.fmt}) into "
                f"{self.target if self.target else '(nothing written)'}: {self.actors} actors, "
                f"{self.relations} relations, {self.phases} phase{'s' if self.phases != 1 else ''}, "
                f"{self.votes} scored relation-phases.")
        return [head, *(f"- {n}" for n in self.notes)]

    def __str__(self) -> str:
        return "\n".join(self.lines())

    def to_dict(self) -> dict[str, Any]:
        return {"source": str(self.source), "format": self.fmt,
                "target": str(self.target) if self.target else None, "actors": self.actors,
                "relations": self.relations, "phases": self.phases, "votes": self.votes,
                "notes": list(self.notes)}


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


__all__ = ["ForeignItem", "ForeignNode", "ForeignEdge", "ForeignGraph", "ImportReport", "norm",
           "parse_bool"]
