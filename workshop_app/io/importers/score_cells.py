"""Score cells as people type them, and the scales they are typed on.

Spreadsheets hold trust as ``4``, ``3,5`` (a decimal comma), ``4 (high)``, ``very high``,
``75%``, ``n/a`` or ``-``, and on scales of 1-5, 1-7, 0-1, 0-10 or percentages. A cell is
first read for what it says (:func:`read_cell`), then the column's scale is judged from all
its numbers (:func:`detect_scale`), and each number is carried onto the app's 1-5 scale by
one documented rule (:func:`to_five`). Nothing is dropped without a reason: a cell that says
"no answer" or cannot be read comes back with the reason, for the import report. Pure.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache
from fractions import Fraction
from typing import Any, Iterable

# A linear rescale onto 1-5, rounded half up: s = 1 + 4 * (v - low) / (high - low).
RULE = "s = 1 + 4 × (v − low) / (high − low), rounded half up"

# Marks that mean "no answer", not a level: the cell is reported as skipped, never guessed.
MISSING_MARKS: frozenset[str] = frozenset({
    "n/a", "na", "n.a.", "n.a", "-", "--", "–", "—", "?", "nan", "null", "none given",
    "no answer", "not applicable", "unknown", "dk", "don't know", "k.a.", "k. a.",
})

# Level words on the app's own 1-5 scale (vocabulary.SCORE_LABELS, read back).
LEVEL_WORDS: dict[str, int] = {
    "very low": 1, "low": 2, "medium": 3, "moderate": 3, "middle": 3, "mid": 3, "high": 4,
    "very high": 5,
}

_NUMBER = r"[+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+)(?:[eE][+-]?\d+)?"
_PLAIN = re.compile(rf"^{_NUMBER}$")
_PERCENT = re.compile(rf"^({_NUMBER})\s*%$")
# "4 (high)", "4 - high", "4: high", "4 = high", "high (4)"
_NUMBER_FIRST = re.compile(rf"^({_NUMBER})\s*(?:\(([^()]*)\)|\[([^\[\]]*)\]|[-–:=]\s*(.+))$")
_WORD_FIRST = re.compile(rf"^([^\d()]+?)\s*\(\s*({_NUMBER})\s*\)$")


@dataclass(frozen=True)
class Cell:
    """What one score cell says, before any scale.

    ``kind`` is ``number``, ``percent`` (value on 0-100), ``word`` (value already on 1-5),
    ``missing`` (an explicit "no answer"), ``empty`` or ``unreadable``; ``how`` says what was
    read ("decimal comma", "the label 'high' beside the number"), or why nothing was.
    """

    kind: str
    value: Fraction | None = None
    how: str = ""


def _fraction(text: str) -> Fraction:
    return Fraction(text.replace(",", "."))


def read_cell(raw: Any, *, words: dict[str, int] | None = None,
              missing: Iterable[str] = ()) -> Cell:
    """Read one cell: a number, a percentage, a level word, a "no answer" mark or nothing.

    ``words`` and ``missing`` add a mapping's own level words and no-answer marks.
    """
    if raw is None:
        return Cell("empty")
    if isinstance(raw, bool):
        return Cell("unreadable", how=f"{raw} is not a level")
    if isinstance(raw, (int, float)):
        if isinstance(raw, float) and math.isnan(raw):
            return Cell("missing", how="NaN (no value)")
        if isinstance(raw, float) and not math.isfinite(raw):
            return Cell("unreadable", how=f"{raw!r} is not a finite number")
        return Cell("number", Fraction(raw) if isinstance(raw, int) else Fraction(repr(raw)))
    text = " ".join(str(raw).split())
    if not text:
        return Cell("empty")
    if len(text) > 60:
        return Cell("unreadable", how=f"'{_short(text)}' is too long to be a level")
    low = text.lower()
    own_words = {" ".join(k.lower().split()): v for k, v in (words or {}).items()}
    if low in own_words:
        return Cell("word", Fraction(own_words[low]), f"the word '{text}' (mapping)")
    if low in MISSING_MARKS or low in {" ".join(m.lower().split()) for m in missing}:
        return Cell("missing", how=f"'{text}' marks no answer")
    if _PLAIN.match(text):
        return Cell("number", _fraction(text), "decimal comma" if "," in text else "")
    found = _PERCENT.match(text)
    if found:
        return Cell("percent", _fraction(found.group(1)), "percentage")
    if low in LEVEL_WORDS:
        return Cell("word", Fraction(LEVEL_WORDS[low]), f"the word '{text}'")
    found = _NUMBER_FIRST.match(text)
    if found:
        label = next(g for g in found.groups()[1:] if g is not None).strip()
        if label and not re.search(r"\d", label):
            return Cell("number", _fraction(found.group(1)),
                        f"the number, the label '{label}' beside it left aside")
    found = _WORD_FIRST.match(text)
    if found:
        return Cell("number", _fraction(found.group(2)),
                    f"the number, the label '{found.group(1).strip()}' beside it left aside")
    return Cell("unreadable", how=f"'{_short(text)}' is neither a number nor a level word")


def _short(text: str) -> str:
    return text if len(text) <= 40 else text[:39] + "…"


@dataclass(frozen=True)
class Scale:
    """A scale a column was typed on: its name and its two ends."""

    name: str
    low: Fraction
    high: Fraction

    def label(self) -> str:
        if self.name == "percent":
            return "percentages (0-100)"
        return f"{self.name} scale" if self.name in SCALES else \
            f"a {_num(self.low)}-{_num(self.high)} scale"

    def to_json(self) -> Any:
        return self.name if self.name in SCALES else [_plain(self.low), _plain(self.high)]


def _num(v: Fraction) -> str:
    return str(v.numerator) if v.denominator == 1 else f"{float(v):g}"


def _plain(v: Fraction) -> int | float:
    return v.numerator if v.denominator == 1 else float(v)


def _scale(name: str, low: int, high: int) -> Scale:
    return Scale(name, Fraction(low), Fraction(high))


# The scales detected by themselves, in the order they are tried (narrowest first).
SCALES: dict[str, Scale] = {s.name: s for s in (
    _scale("1-5", 1, 5), _scale("0-1", 0, 1), _scale("0-5", 0, 5), _scale("1-7", 1, 7),
    _scale("1-10", 1, 10), _scale("0-10", 0, 10), _scale("percent", 0, 100),
)}
APP_SCALE = SCALES["1-5"]


def scale_from_json(value: Any) -> Scale:
    """A scale as a mapping file names it ("1-7", "percent") or gives it ([0, 10]);
    ``ValueError`` with a readable reason otherwise."""
    if isinstance(value, str):
        key = value.strip().lower().replace("–", "-").replace(" ", "")
        key = {"0-100": "percent", "%": "percent", "percentage": "percent",
               "percentages": "percent"}.get(key, key)
        if key in SCALES:
            return SCALES[key]
        raise ValueError(f"unknown scale {value!r}; use one of {', '.join(SCALES)} or "
                         "[low, high]")
    if (isinstance(value, list) and len(value) == 2
            and all(isinstance(v, (int, float)) and not isinstance(v, bool)
                    and math.isfinite(v) for v in value)):
        low, high = (Fraction(v) if isinstance(v, int) else Fraction(repr(v)) for v in value)
        if low < high:
            return Scale("custom", low, high)
        raise ValueError("a scale's low end must be below its high end")
    raise ValueError(f"a scale is a name ({', '.join(SCALES)}) or [low, high], not {value!r}")


def detect_scale(numbers: Iterable[Fraction]) -> Scale | None:
    """The narrowest known scale that holds every number of a column; ``None`` when none
    does (negative values, above 100): such numbers are skipped and a mapping must say."""
    values = list(numbers)
    if not values:
        return APP_SCALE
    low, high = min(values), max(values)
    if low >= 1 and high <= 5:
        return APP_SCALE
    for scale in SCALES.values():
        if scale.low <= low and high <= scale.high:
            return scale
    return None


def to_five(value: Fraction, scale: Scale) -> int | None:
    """``value`` on ``scale`` carried onto 1-5 by :data:`RULE`; ``None`` outside the scale.

    On 1-7: 1→1, 2→2, 3→2, 4→3, 5→4, 6→4, 7→5. On 0-1: 0→1, 0.25→2, 0.5→3, 0.75→4, 1→5.
    On 1-5 a whole number stays itself and 3.5 becomes 4.
    """
    if not scale.low <= value <= scale.high:
        return None
    exact = 1 + 4 * (value - scale.low) / (scale.high - scale.low)
    return int(math.floor(exact + Fraction(1, 2)))


@lru_cache(maxsize=64)
def describe(scale: Scale) -> str:
    """One line for the report: the scale and its rule with a few worked values."""
    if scale == APP_SCALE:
        return "1-5 scale: whole numbers kept, others rounded half up"
    points = sorted({scale.low, scale.high, (scale.low + scale.high) / 2})
    shown = ", ".join(f"{_num(p)} → {to_five(p, scale)}" for p in points)
    return f"{scale.label()} mapped onto 1-5 by {RULE} ({shown})"


__all__ = ["Cell", "Scale", "SCALES", "APP_SCALE", "RULE", "MISSING_MARKS", "LEVEL_WORDS",
           "read_cell", "detect_scale", "to_five", "scale_from_json", "describe"]
