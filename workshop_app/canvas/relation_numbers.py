"""What a relation's look is read from in one phase: the room's medians, spread and 3C class,
and beside them (never mixed in) the levels a source states and the class it states.

Kept apart from the scene so the scene stays about items; the scene caches the result per
relation and phase until a vote or a stated class of that relation changes.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..analysis.classes import class_of_votes
from ..domain.model import Model
from ..domain.scoring import counted_votes, median_low, reference_votes


@dataclass(frozen=True)
class RelationNumbers:
    """The room's numbers, and the source's beside them."""

    trust: int | None
    commitment: int | None
    interdependence: int | None
    threec: str | None
    spread: int
    votes: int
    ref: tuple[int | None, int | None, int | None] | None = None  # the reference levels' medians
    stated: tuple[str, ...] = ()  # the classes a source states (or the room agreed), oldest first


def _medians(votes: list) -> tuple[list[int | None], int, int]:
    medians: list[int | None] = []
    spread = count = 0
    for values in ([v.trust for v in votes if v.trust is not None],
                   [v.commitment for v in votes if v.commitment is not None],
                   [v.interdependence for v in votes if v.interdependence is not None]):
        medians.append(median_low(values))
        if values:
            spread = max(spread, max(values) - min(values))
            count = max(count, len(values))
    return medians, spread, count


class StatedIndex:
    """Stated classes by (relation id, phase id), rebuilt when the model's revision moves
    (a scan of the table per relation would make the first paint of a big map slow)."""

    def __init__(self) -> None:
        self._key: tuple[int, int] | None = None
        self._index: dict[tuple[int, int], tuple[str, ...]] = {}

    def get(self, model: Model, relation_id: int, phase_id: int) -> tuple[str, ...]:
        key = (id(model), model.revision)
        if key != self._key:
            index: dict[tuple[int, int], list[str]] = {}
            for s in sorted(model.tables["stated_classes"].values(), key=lambda s: s.id):
                if s.relation_id is not None:
                    index.setdefault((s.relation_id, s.phase_id), []).append(s.three_c)
            self._index = {k: tuple(v) for k, v in index.items()}
            self._key = key
        return self._index.get((relation_id, phase_id), ())


def relation_numbers(model: Model, relation_id: int, phase_id: int, stated: StatedIndex) -> RelationNumbers:
    """Medians (the lower median), widest spread, vote count and class (``analysis.classes``)
    of the votes that count in the room (``scoring.counted_votes``), and the reference
    participants' medians and the stated classes beside them."""
    votes = counted_votes(model, relation_id, phase_id)
    (t, c, i), spread, count = _medians(votes)
    cls = class_of_votes(votes, model.threec_rule)  # one classification for every view
    refs = reference_votes(model, relation_id, phase_id)
    ref = None
    if refs:
        medians, _, n = _medians(refs)
        ref = (medians[0], medians[1], medians[2]) if n else None
    return RelationNumbers(t, c, i, cls, spread, count, ref, stated.get(model, relation_id, phase_id))


__all__ = ["RelationNumbers", "StatedIndex", "relation_numbers"]
