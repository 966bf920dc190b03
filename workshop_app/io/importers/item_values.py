"""What becomes of a node's or an edge's values on import, and how the report books them.

The builder decides per attribute: imported as a field, mapped by a rule, kept as a line of
the actor's note or a relation attribute, or skipped (empty). Each decision is a :data:`Use`;
:func:`settle` books the units the item carries for each one (see ``report.py``), and
whatever the builder did not name is booked too, never dropped in silence.
"""

from __future__ import annotations

import json
import math
from typing import Any

from .foreign import ForeignItem, norm
from .report import Ledger

Use = tuple[str, str, str]  # outcome, what, rule or reason


def find(item: ForeignItem, keys: tuple[str, ...]) -> tuple[str | None, Any]:
    """The first attribute (by normalised name) among ``keys`` with a non-empty value."""
    by_norm = {norm(n): n for n in item.names()}
    for key in keys:
        name = by_norm.get(key)
        if name is not None:
            v = item.value(name)
            if v is not None and str(v).strip() != "":
                return name, v
    return None, None


def plain(value: Any) -> Any:
    """One plain value, as a session stores relation attributes: text, a whole number a
    database can hold, a finite float, true/false or null. Lists and objects become their
    JSON text (their nesting is bounded by ``json_in``), anything else its text."""
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
        return value if -(2**63) <= value < 2**63 else str(value)
    if isinstance(value, float):
        return value if math.isfinite(value) else repr(value)
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def blank(value: Any) -> bool:
    return value is None or str(value).strip() == ""


def shown(value: Any) -> Any:
    """A value as a note line shows it: true/false as files write them, not True/False."""
    return ("true" if value else "false") if isinstance(value, bool) else value


def kept(item: ForeignItem, names: list[str], phase_names: list[str], uses: dict[str, Use],
          rule: str, what: str) -> list[str]:
    """Attributes nobody maps, as readable lines (kept, never dropped); empty ones skipped."""
    lines = []
    for name in names:
        line = None
        if name in item.attrs:
            if not blank(item.attrs[name]):
                line = f"{name}: {shown(item.attrs[name])}"
        else:
            per = {p: shown(v) for p, v in item.dynamic[name].items() if not blank(v)}
            if per and len(set(map(str, per.values()))) == 1 and len(per) == len(item.dynamic[name]):
                line = f"{name}: {next(iter(per.values()))}"
            elif per:
                line = f"{name}: " + "; ".join(f"{v} ({phase_names[p]})" for p, v in sorted(per.items()))
        if line is None:
            uses[name] = ("skipped", f"{what} attribute '{name}'", "empty value")
        else:
            lines.append(line)
            uses[name] = ("mapped", f"{what} attribute '{name}'", rule)
    return lines


def per_phase(values: dict[int, Any], phase_names: list[str]) -> Any:
    """A value that differs by phase, as one plain value (attributes hold no nesting): the
    value itself when every phase agrees, else "value (phase); value (phase)"."""
    flat = {p: plain(v) for p, v in sorted(values.items())}
    if len({repr(v) for v in flat.values()}) == 1:
        return next(iter(flat.values()))
    return "; ".join(f"{v} ({phase_names[p]})" for p, v in flat.items())


def settle(ledger: Ledger, item: ForeignItem, uses: dict[str, Use], what: str) -> None:
    """Book every value ``item`` carries: as ``uses`` says, else as kept with the item."""
    for name, (outcome, label, rule) in uses.items():
        ledger.settle(item, name, outcome, label, rule)
    for name in list(item.units):
        if name == "" or name.startswith("@") or name in item.rules:
            rule = item.rules.get(name, "")
            ledger.settle(item, name, "mapped" if rule else "imported",
                          what if name == "" else f"{what} {name.lstrip('@')}", rule)
    ledger.settle_rest(item)


__all__ = ["Use", "find", "plain", "blank", "shown", "kept", "per_phase", "settle"]
