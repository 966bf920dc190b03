"""Time in GEXF (1.1 to 1.3): formats, intervals, spells, and the phases they make.

What the GEXF 1.3 primer says, and how it is read here:

* ``timeformat`` is ``integer``, ``double`` (the default), ``date`` or ``dateTime`` (1.1's
  ``float`` is read as ``double``). Every time is parsed into a number that keeps the order;
  ``NaN``, ``inf`` and numbers too large to place refuse the file in one line.
* An element lives in the union of its intervals. ``start``/``end`` are inclusive; a missing
  bound is the start or end of the network (an open end). 1.2's ``startopen``/``endopen`` are
  exclusive bounds. ``timestamp`` is one point. 1.3's ``intervals="<[1, 4]; [6, 8]>"`` lists
  intervals (``(`` and ``)`` mark an exclusive bound, as Gephi writes them) and
  ``timestamps="<[1, 2, 5]>"`` lists points. If an element has ``<spells>``, only its spells
  count (its own time attributes are ignored, as the primer says).
* Phases are the moments the file names: for ``integer`` time every whole number from the
  first to the last (time is discrete: ``[1, 4]`` also covers 2 and 3); otherwise every
  distinct bound. An element is present in every phase whose time lies in one of its
  intervals, so ``[1, 4]`` is present in all phases from 1 to 4.
* Phases are named from their times: a date or date-time as written, a number without a
  trailing ``.0`` ("Phase 2", not "Phase 2.0"); a whole number of four digits or more (a
  year) is its own name ("2019").
"""

from __future__ import annotations

import math
import re
from collections import Counter
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any

from ..errors import ImportFileError
from .xml_in import XmlUnits, child, children, line_of

Interval = tuple[float | None, float | None, bool, bool]  # low, high, low open, high open
MAX_PHASES = 30
INTEGER_GRID = 100  # integer times farther apart than this are not filled in between
FORMATS = {"integer": "integer", "double": "double", "float": "double", "date": "date",
           "datetime": "datetime", "timestamp": "datetime"}
_OFFSET = re.compile(r"([+-]\d{2})(\d{2})$")
_TIME_ATTRS = ("start", "end", "startopen", "endopen", "timestamp", "timestamps", "intervals")
_LIST_ITEM = re.compile(r"([\[(])\s*([^,\[\]()]+?)\s*,\s*([^,\[\]()]+?)\s*([\])])")


def _short(raw: str) -> str:
    return repr(raw if len(raw) <= 40 else raw[:39] + "…")


def number_text(t: float) -> str:
    """A number as people write it: 2 not 2.0, 2.5 as 2.5."""
    return str(int(t)) if float(t).is_integer() else repr(float(t))


class Times:
    """Time values of one ``timeformat``, parsed into comparable numbers, keeping the text."""

    def __init__(self, path: Path, fmt: str) -> None:
        self.path = path
        self.fmt = FORMATS.get(fmt.lower(), "")
        self.unknown_format = "" if self.fmt else fmt
        self.fmt = self.fmt or "double"
        self.labels: dict[float, str] = {}
        self.fixed_offsets = 0

    def parse(self, text: str, el: Any) -> float:
        """Every time in the file passes here: a finite number, or the file is refused
        (``inf`` or ``1e400`` would make an endless timeline, ``nan`` no order at all)."""
        raw = text.strip()
        try:
            if self.fmt == "date":
                value = float(date.fromisoformat(raw[:10]).toordinal())
            elif self.fmt == "datetime":
                fixed = raw.replace("Z", "+00:00")
                if _OFFSET.search(fixed):
                    fixed = _OFFSET.sub(r"\1:\2", fixed)
                    self.fixed_offsets += 1
                moment = datetime.fromisoformat(fixed)
                if moment.tzinfo is None:
                    moment = moment.replace(tzinfo=timezone.utc)
                value = moment.timestamp()
            else:
                value = float(raw)
                if self.fmt == "integer" and math.isfinite(value) and not value.is_integer():
                    raise ValueError(raw)
        except (ValueError, OverflowError):
            kind = {"date": "date", "datetime": "date and time (xs:dateTime)",
                    "integer": "whole number"}.get(self.fmt, "number")
            raise ImportFileError(self.path, f"time {_short(raw)} is not a valid {kind} "
                                  f"(the file's timeformat is {self.fmt})", line_of(el)) from None
        if not math.isfinite(value):
            raise ImportFileError(self.path, f"time {_short(raw)} is not a finite number; a "
                                  "phase needs a time that can be placed on a timeline",
                                  line_of(el))
        self.labels.setdefault(value, raw)
        return value

    def name(self, t: float) -> str:
        """The phase name for time ``t`` (see the module's doc)."""
        if self.fmt in ("date", "datetime"):
            return self.labels.get(t, number_text(t))
        if float(t).is_integer() and abs(t) >= 1000:
            return number_text(t)
        return f"Phase {number_text(t)}"

    def interval_list(self, text: str, el: Any) -> list[Interval]:
        """``<[1, 4]; (6, 8]>`` as intervals (``(``/``)``: exclusive bound)."""
        body = text.strip().lstrip("<").rstrip(">")
        found = _LIST_ITEM.findall(body)
        rest = _LIST_ITEM.sub("", body).replace(";", "").strip()
        if not found or rest:
            raise ImportFileError(self.path, f"intervals {_short(text)} are not a list like "
                                  "'<[1, 4]; [6, 8]>'", line_of(el))
        return [(self.parse(lo, el), self.parse(hi, el), a == "(", b == ")") for a, lo, hi, b in found]

    def point_list(self, text: str, el: Any) -> list[Interval]:
        """``<[1, 2, 5]>`` (or ``1; 2; 5``) as single points."""
        body = text.strip().lstrip("<").rstrip(">").strip().lstrip("[").rstrip("]")
        parts = [p for p in re.split(r"[,;]", body) if p.strip()]
        if not parts:
            raise ImportFileError(self.path, f"timestamps {_short(text)} name no time", line_of(el))
        return [(t, t, False, False) for t in (self.parse(p, el) for p in parts)]


def own_intervals(el: Any, times: Times) -> list[Interval] | None:
    """The intervals stated by an element's own attributes (None: it states none)."""
    found: list[Interval] = []
    if el.get("timestamp") is not None:
        t = times.parse(el.get("timestamp"), el)
        found.append((t, t, False, False))
    lo = hi = None
    lo_open = hi_open = False
    for attr, is_low, is_open in (("start", True, False), ("startopen", True, True),
                                  ("end", False, False), ("endopen", False, True)):
        v = el.get(attr)
        if v is None:
            continue
        if is_low:
            lo, lo_open = times.parse(v, el), is_open
        else:
            hi, hi_open = times.parse(v, el), is_open
    if any(el.get(a) is not None for a in ("start", "startopen", "end", "endopen")):
        found.append((lo, hi, lo_open, hi_open))
    if el.get("intervals"):
        found += times.interval_list(el.get("intervals"), el)
    if el.get("timestamps"):
        found += times.point_list(el.get("timestamps"), el)
    return found or None


def element_time(el: Any, times: Times, units: XmlUnits) -> tuple[list[Interval] | None, Counter[str]]:
    """A node's or an edge's lifetime, and the source units that state it.

    With ``<spells>``, only the spells count; the element's own time attributes are then
    booked as skipped (the primer says parsers ignore them).
    """
    taken: Counter[str] = Counter()
    spells = child(el, "spells")
    if spells is None:
        ivs = own_intervals(el, times)
        taken.update(units.attrs(el, *_TIME_ATTRS))
        return ivs, taken
    found: list[Interval] = []
    taken.update(units.take(spells))
    for sp in children(spells, "spell"):
        ivs = own_intervals(sp, times)
        found += ivs if ivs is not None else [(None, None, False, False)]
        taken.update(units.take(sp, *_TIME_ATTRS))
    ignored = units.attrs(el, *_TIME_ATTRS)
    if ignored:
        units.ledger.skipped(ignored, "time attribute beside <spells>", "the element's "
                             "<spells> decide its lifetime (GEXF primer)", line_of(el))
    return found, taken


def covers(iv: Interval, t: float) -> bool:
    lo, hi, lo_open, hi_open = iv
    if lo is not None and (t < lo or (lo_open and t == lo)):
        return False
    if hi is not None and (t > hi or (hi_open and t == hi)):
        return False
    return True


def phase_points(times: Times, intervals: list[list[Interval] | None],
                 graph_bounds: list[float]) -> tuple[list[float], str]:
    """The times that become phases, in order, and a note on how they were chosen ('' if
    nothing to say)."""
    bounds: set[float] = set(graph_bounds)
    for ivs in intervals:
        for lo, hi, _, _ in ivs or []:
            bounds.update(b for b in (lo, hi) if b is not None)
    if not bounds:
        return [], ""
    if times.fmt == "integer":
        lo, hi = int(min(bounds)), int(max(bounds))
        if hi - lo < INTEGER_GRID and hi - lo + 1 <= MAX_PHASES:
            return [float(n) for n in range(lo, hi + 1)], ""
        return sorted(bounds), (f"Integer times from {lo} to {hi} are too many phases; only "
                                f"the {len(bounds)} times the file names became phases.")
    return sorted(bounds), ""


def phases_of(ivs: list[Interval] | None, points: list[float]) -> set[int] | None:
    """The phase indexes an element lives in (None: no time stated, so every phase)."""
    if ivs is None:
        return None
    return {i for i, t in enumerate(points) if any(covers(iv, t) for iv in ivs)}


__all__ = ["Times", "Interval", "element_time", "own_intervals", "covers", "phase_points",
           "phases_of", "number_text", "MAX_PHASES"]
