"""The import report: every unit of the source accounted for exactly once.

An import must never lose data without a word, so the report is a ledger rather than a list
of remarks. The contract for every reader in this package:

1. **Count first.** A reader counts the units of its source independently of reading them
   and tells the ledger: ``ledger.expect("element", n)`` (XML: every element and every
   attribute, see ``xml_in.XmlUnits``; tables: every cell; JSON: every scalar value; Pajek:
   every line...). The unit names are free; the ledger balances each one separately.
2. **Give every unit one outcome**, with a :data:`Units` tally (``units(element=1,
   attribute=2)``):

   - ``ledger.imported(units, what)`` -- kept as it is (a name, an id, a position);
   - ``ledger.mapped(units, what, rule, place)`` -- changed by a rule the report states
     ("'NGO' -> civil_society", "0-1 scale -> 1-5", "kept in the actor's note");
   - ``ledger.skipped(units, what, reason, place)`` -- left out, with why and where.

   ``what`` names the thing in words a user knows ("node", "edge attribute 'weight'",
   "<meta> element"); entries with the same outcome, ``what`` and rule are counted together
   and keep every place.
3. **Units that carry a node's or an edge's values** are not settled by the reader, which does
   not know what the builder will make of them: it hands them on with the item,
   ``item.carry(name, units, place)`` (name ``""`` is the item itself: its element, its id),
   and ``build.py`` settles each name once it knows (imported, mapped with the rule, skipped).
4. ``ledger.balance()`` lists every unit whose outcomes do not add up to the expected count;
   the conformance tests require it to be empty. Nothing the builder forgot is lost silently:
   ``ledger.settle_rest`` books it as skipped ("not read by the importer") with its place.

:class:`ImportReport` joins the ledger with the counts of what was made and free sentences
(``note``; ``warn`` for what a user must look at). ``summary()`` is the compact form kept in
the session's ``sources`` row (with ``mapping``, the choices of the mapping step);
``to_dict()`` is the whole report (``workshop-app import --report FILE``).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Mapping, Protocol

from ...domain.wording import count
from ..errors import ExchangeError

Units = Mapping[str, int]  # unit name -> how many, e.g. {"element": 1, "attribute": 2}
OUTCOMES = ("imported", "mapped", "skipped")
SUMMARY_PLACES = 5  # places per entry kept in the session's source row (the JSON report keeps all)
NOT_READ = "not read by the importer"


def units(**tally: int) -> Counter[str]:
    """A tally of source units: ``units(element=1, attribute=3)``; zero counts are dropped."""
    return Counter({k: v for k, v in tally.items() if v})


class ImportCancelled(ExchangeError):
    """The user looked at the report and chose not to import: nothing was written."""


@dataclass
class Entry:
    """Units with one outcome, one ``what`` and one rule or reason, and where they were."""

    outcome: str
    what: str
    rule: str = ""
    units: Counter[str] = field(default_factory=Counter)
    places: list[str] = field(default_factory=list)
    items: int = 0  # how many times it happened (a rule applied to 77 nodes: 77)

    def to_dict(self, places: int | None = None) -> dict[str, Any]:
        shown = self.places if places is None else self.places[:places]
        out: dict[str, Any] = {"what": self.what, "count": self.items, "units": dict(self.units)}
        if self.rule:
            out["rule" if self.outcome == "mapped" else "reason"] = self.rule
        if shown:
            out["places"] = shown
            if len(shown) < len(self.places):
                out["more_places"] = len(self.places) - len(shown)
        return out

    def line(self) -> str:
        where = ""
        if self.places:
            more = len(self.places) - 3
            where = " (" + ", ".join(self.places[:3]) + (f" and {more} more" if more > 0 else "") + ")"
        times = f" ×{self.items}" if self.items > 1 else ""
        return f"{self.what}{times}: {self.rule}{where}" if self.rule else f"{self.what}{times}{where}"


class Carrier(Protocol):
    """What the ledger settles: a node or an edge holding the units of its values."""

    units: dict[str, Counter[str]]
    unit_places: dict[str, str]
    where: str


class Ledger:
    """Expected units of the source, and the outcome of each (see the module's contract)."""

    def __init__(self) -> None:
        self.expected: Counter[str] = Counter()
        self.done: dict[str, Counter[str]] = {o: Counter() for o in OUTCOMES}
        self.entries: dict[tuple[str, str, str], Entry] = {}

    def expect(self, unit: str, n: int) -> None:
        """The source holds ``n`` more units of this kind (counted apart from reading)."""
        self.expected[unit] += n

    def _book(self, outcome: str, tally: Units, what: str, rule: str, place: str,
              items: int | None) -> None:
        """An empty tally books nothing, unless ``items`` is given: something inside one
        unit (a value in a JSON cell) that the report still names."""
        tally = Counter({k: v for k, v in tally.items() if v})
        if not tally and not items:
            return
        items = 1 if items is None else items
        self.done[outcome].update(tally)
        entry = self.entries.get((outcome, what, rule))
        if entry is None:
            entry = self.entries[(outcome, what, rule)] = Entry(outcome, what, rule)
        entry.units.update(tally)
        entry.items += items
        if place and outcome != "imported":
            entry.places.append(place)

    def imported(self, tally: Units, what: str, *, items: int | None = None) -> None:
        self._book("imported", tally, what, "", "", items)

    def mapped(self, tally: Units, what: str, rule: str, place: str = "", *,
               items: int | None = None) -> None:
        self._book("mapped", tally, what, rule, place, items)

    def skipped(self, tally: Units, what: str, reason: str, place: str = "", *,
                items: int | None = None) -> None:
        self._book("skipped", tally, what, reason, place, items)

    # -- items carrying their values' units -----------------------------------------------
    def settle(self, item: Carrier, name: str, outcome: str, what: str, rule: str = "") -> None:
        """Book the units ``item`` carries for ``name`` (once; later calls find nothing)."""
        tally = item.units.pop(name, None)
        if not tally:
            return
        place = item.unit_places.get(name) or item.where
        self._book(outcome, tally, what, rule, place, None)

    def settle_rest(self, item: Carrier, outcome: str = "skipped", what: str = "",
                    rule: str = NOT_READ) -> None:
        """Book whatever ``item`` still carries (by default as not read, with its place)."""
        for name in list(item.units):
            label = what or (f"value '{name}'" if name else "item")
            self.settle(item, name, outcome, label, rule)

    # -- totals ---------------------------------------------------------------------------
    def accounted(self) -> Counter[str]:
        total: Counter[str] = Counter()
        for tally in self.done.values():
            total.update(tally)
        return total

    def balance(self) -> dict[str, tuple[int, int]]:
        """Units whose outcomes do not add up: unit -> (in the source, accounted for)."""
        got = self.accounted()
        return {u: (self.expected[u], got[u]) for u in sorted(set(self.expected) | set(got))
                if self.expected[u] != got[u]}

    def of(self, outcome: str) -> list[Entry]:
        return [e for (o, _, _), e in self.entries.items() if o == outcome]

    def counts(self) -> dict[str, dict[str, int]]:
        """Per unit: in the source, imported, mapped, skipped."""
        return {u: {"source": self.expected[u], **{o: self.done[o][u] for o in OUTCOMES}}
                for u in dict.fromkeys([*self.expected, *sorted(self.accounted())])}


@dataclass
class ImportReport:
    """What an import did: counts of what was made, the ledger, notes and warnings."""

    source: Path
    fmt: str
    target: Path | None = None
    actors: int = 0
    relations: int = 0
    phases: int = 0
    votes: int = 0
    notes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    ledger: Ledger = field(default_factory=Ledger)
    mapping: dict[str, Any] = field(default_factory=dict)  # the mapping step's choices
    presence_default: str = "not_described"

    def note(self, text: str) -> None:
        if text not in self.notes:
            self.notes.append(text)

    def warn(self, text: str) -> None:
        """Something a user must look at before using the session (shown first)."""
        if text not in self.warnings:
            self.warnings.append(text)

    def head(self) -> str:
        return (f"Imported {self.source.name} ({self.fmt}) into "
                f"{self.target if self.target else '(nothing written)'}: {count(self.actors, 'actor')}, "
                f"{count(self.relations, 'relation')}, {count(self.phases, 'phase')}, "
                f"{count(self.votes, 'scored relation-phase')}.")

    def accounting(self) -> str:
        """One line per unit: how many the source holds and what became of them."""
        parts = []
        for unit, c in self.ledger.counts().items():
            parts.append(f"{count(c['source'], unit)}: {c['imported']} imported, "
                         f"{c['mapped']} mapped, {c['skipped']} skipped")
        return "Source: " + "; ".join(parts) + "." if parts else ""

    def lines(self) -> list[str]:
        """The summary a user reads: what was made, warnings, notes, what was left out."""
        out = [self.head()]
        out += [f"! {w}" for w in self.warnings]
        if self.accounting():
            out.append(self.accounting())
        out += [f"- {n}" for n in self.notes]
        skipped = self.ledger.of("skipped")
        if skipped:
            out.append("Left out:")
            out += [f"- {e.line()}" for e in skipped]
        return out

    def detail_lines(self) -> list[str]:
        """The summary plus every mapping rule applied (for a report dialog)."""
        mapped = self.ledger.of("mapped")
        return self.lines() + (["Mapped:"] + [f"- {e.line()}" for e in mapped] if mapped else [])

    def __str__(self) -> str:
        return "\n".join(self.lines())

    def _body(self, places: int | None) -> dict[str, Any]:
        return {
            "source": str(self.source), "file": self.source.name, "format": self.fmt,
            "target": str(self.target) if self.target else None,
            "made": {"actors": self.actors, "relations": self.relations, "phases": self.phases,
                     "scored_relation_phases": self.votes},
            "presence_default": self.presence_default,
            "units": self.ledger.counts(),
            "balanced": not self.ledger.balance(),
            "imported": [e.to_dict(places) for e in self.ledger.of("imported")],
            "mapped": [e.to_dict(places) for e in self.ledger.of("mapped")],
            "skipped": [e.to_dict(places) for e in self.ledger.of("skipped")],
            "warnings": list(self.warnings), "notes": list(self.notes),
            "mapping": dict(self.mapping),
        }

    def summary(self) -> dict[str, Any]:
        """The compact report kept with the session (the ``sources`` row's detail)."""
        body = self._body(SUMMARY_PLACES)
        body.pop("target")
        body["source"] = self.source.name  # no folder names of the importer's machine
        return body

    def to_dict(self) -> dict[str, Any]:
        """The whole report, every place included (``--report FILE``)."""
        body = self._body(None)
        # Kept for readers of the earlier, flat report.
        body.update(actors=self.actors, relations=self.relations, phases=self.phases,
                    votes=self.votes)
        return body


def tally_of(items: Iterable[Units]) -> Counter[str]:
    """The sum of several tallies."""
    total: Counter[str] = Counter()
    for t in items:
        total.update(t)
    return total


__all__ = ["ImportReport", "Ledger", "Entry", "Units", "units", "tally_of", "ImportCancelled",
           "OUTCOMES", "NOT_READ"]
