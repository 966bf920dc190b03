"""From votes to what the room sees: medians, spread, levels, the 3C class and tensions.

Scores are ordinal, so the centre is the lower median (it always stays on the 1–5 scale) and
the spread is max − min; a mean is never shown. Unscored stays ``None``, never 0.
"""

from __future__ import annotations

from dataclasses import dataclass
from operator import attrgetter
from typing import Iterable, Mapping

from .model import Score
from .vocabulary import LEVEL_OF_SCORE, SCORE_DIMENSIONS

LEVEL_ORDER = {"low": 0, "medium": 1, "high": 2}
_DIMENSIONS_OF = attrgetter(*SCORE_DIMENSIONS)


@dataclass(frozen=True)
class DimensionConsensus:
    """What several participants said about one dimension of one relation."""

    median: int | None
    spread: int | None
    n: int
    low: int | None = None
    high: int | None = None


def median_low(values: Iterable[int]) -> int | None:
    vals = sorted(values)
    if not vals:
        return None
    return vals[(len(vals) - 1) // 2]


def consensus_of(votes: Iterable[Mapping[str, int | None] | object]) -> dict[str, DimensionConsensus]:
    """Median, spread and count per dimension over the given votes (records or dicts)."""
    lists: tuple[list[int], ...] = tuple([] for _ in SCORE_DIMENSIONS)
    for vote in votes:
        # Score records are nearly every call (the canvas, rounds, exports); an ABC check per
        # vote costs more than the median itself, so they are read first and directly.
        if type(vote) is Score or not isinstance(vote, Mapping):
            values = _DIMENSIONS_OF(vote)
        else:
            values = tuple(vote.get(d) for d in SCORE_DIMENSIONS)
        for column, v in zip(lists, values):
            if v is not None:
                column.append(int(v))
    out: dict[str, DimensionConsensus] = {}
    for d, vals in zip(SCORE_DIMENSIONS, lists):
        if vals:
            out[d] = DimensionConsensus(median_low(vals), max(vals) - min(vals), len(vals), min(vals), max(vals))
        else:
            out[d] = DimensionConsensus(None, None, 0)
    return out


def level(score: int | None) -> str | None:
    """Read a 1–5 score as the papers' low / medium / high."""
    return None if score is None else LEVEL_OF_SCORE[int(score)]


def three_c(trust: int | None, commitment: int | None, interdependence: int | None) -> str | None:
    """The derived 3C class, or ``None`` (unclassified) when any dimension is unscored."""
    levels = [level(trust), level(commitment), level(interdependence)]
    if any(lv is None for lv in levels):
        return None
    if all(lv == "high" for lv in levels):
        return "collaboration"
    ranks = sorted(LEVEL_ORDER[lv] for lv in levels if lv is not None)
    if ranks[1] == 0:
        return "cooperation"
    return "coordination"


def tensions(trust: int | None, commitment: int | None, interdependence: int | None) -> list[str]:
    """Name pairs of dimensions two levels apart ("high interdependence but low trust")."""
    values = {"trust": trust, "commitment": commitment, "interdependence": interdependence}
    found: list[str] = []
    for hi_dim in SCORE_DIMENSIONS:
        for lo_dim in SCORE_DIMENSIONS:
            if hi_dim == lo_dim:
                continue
            if level(values[hi_dim]) == "high" and level(values[lo_dim]) == "low":
                found.append(f"high {hi_dim} but low {lo_dim}")
    return found
