"""From votes to what the room sees: medians, spread, levels, the 3C class and tensions.

Scores are ordinal, so the centre is the lower median (it always stays on the 1–5 scale) and
the spread is max − min; a mean is never shown. Unscored stays ``None``, never 0.

Who counts is decided in one place (:func:`counted_votes`): the room's votes, without the
reference participants (levels a source states) unless the session pools them. The 3C class
follows the session's rule (:func:`three_c`), and the per-voter classes are kept beside the
class of the medians, because per-dimension medians can give a class no voter holds.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from operator import attrgetter
from typing import Iterable, Mapping, Sequence

from .model import Model, Relation, Score
from .vocabulary import LEVEL_OF_SCORE, SCORE_DIMENSIONS, THREEC_RULES

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


def three_c(trust: int | None, commitment: int | None, interdependence: int | None,
            rule: str = "median") -> str | None:
    """The derived 3C class, or ``None`` (unclassified) when any dimension is unscored.

    Read from a table of every (rule, level, level, level) on the 1–5 scale, built once by
    :func:`_read_three_c` below: the map classifies each voter of each relation on a phase
    switch, tens of thousands of calls. Anything off the table (another rule, a value off the
    scale) goes through the reading itself, so the answers and the errors are the same.
    """
    try:
        found = _THREE_C.get((rule, trust, commitment, interdependence), _OFF_TABLE)
    except TypeError:  # an unhashable value: the reading gives its own error for it
        found = _OFF_TABLE
    return _read_three_c(trust, commitment, interdependence, rule) if found is _OFF_TABLE else found


def _read_three_c(trust: int | None, commitment: int | None, interdependence: int | None,
                  rule: str) -> str | None:
    """The reading :func:`three_c` answers from.

    Both rules: collaboration only when all three levels are high. ``median``: cooperation
    when the middle level of the three is low, else coordination. ``weakest``: cooperation
    when ANY level is low, else coordination — the weakest dimension limits the class, which
    is how 002 reads its cases (project teams with only commitment low are cooperation;
    Darmstadt's growth phase, high, high and low, is "stuck at the level of cooperation").
    """
    if rule not in THREEC_RULES:
        raise ValueError(f"unknown 3C rule {rule!r}; choose one of: {', '.join(THREEC_RULES)}")
    levels = [level(trust), level(commitment), level(interdependence)]
    if any(lv is None for lv in levels):
        return None
    if all(lv == "high" for lv in levels):
        return "collaboration"
    ranks = sorted(LEVEL_ORDER[lv] for lv in levels if lv is not None)
    if ranks[0 if rule == "weakest" else 1] == 0:
        return "cooperation"
    return "coordination"


_OFF_TABLE = object()
_THREE_C: dict[tuple[str, int | None, int | None, int | None], str | None] = {
    (rule, t, c, i): _read_three_c(t, c, i, rule)
    for rule in THREEC_RULES for t in (None, *LEVEL_OF_SCORE) for c in (None, *LEVEL_OF_SCORE)
    for i in (None, *LEVEL_OF_SCORE)
}


def class_interdependence(forward: int | None, back: int | None) -> int | None:
    """The interdependence a 3C class is read from when it is recorded both ways.

    Symmetric (``back`` None): the value itself. Asymmetric (A needs B more than B needs A):
    the weaker direction, under both rules. For ``weakest`` that is the rule itself; for
    ``median`` it is the lower median of the two directions, the app's usual centre of an
    even number of values. A relation is then never read as more interdependent than its
    less dependent side says; both directions stay in the record and the exports.
    """
    if back is None or forward is None:
        return forward
    return min(forward, back)


def vote_class(vote: Score, rule: str = "median") -> str | None:
    """One voter's own 3C class (``None`` unless the voter scored all three dimensions)."""
    inter = class_interdependence(vote.interdependence, vote.interdependence_back)
    return three_c(vote.trust, vote.commitment, inter, rule)


_CLASS_ORDER: tuple[str, ...] = ("cooperation", "coordination", "collaboration")


def derived_class(votes: Sequence[Score], rule: str = "median") -> str | None:
    """The room's 3C class from several votes.

    ``median`` (the rule of sessions made before schema 3, kept so their classes do not
    change): the class of the per-dimension medians. That can give a class no voter holds:
    votes (5,5,1), (1,5,5), (5,1,5) have medians 5, 5, 5, "collaboration", although each
    voter alone says coordination. ``weakest``: each voter's own class first, then the lower
    median of those classes, so the room's class is always one a voter holds; the three votes
    above are cooperation. Either way the per-voter distribution (:func:`voter_classes`) is
    shown beside it, so a split room is never hidden behind one word.
    """
    if rule == "weakest":
        ranks = sorted(_CLASS_ORDER.index(c) for v in votes if (c := vote_class(v, rule)) is not None)
        return _CLASS_ORDER[ranks[(len(ranks) - 1) // 2]] if ranks else None
    cons = consensus_of(votes)
    back = median_low(v.interdependence_back for v in votes if v.interdependence_back is not None)
    inter = class_interdependence(cons["interdependence"].median, back)
    return three_c(cons["trust"].median, cons["commitment"].median, inter, rule)


def tension_pairs(trust: int | None, commitment: int | None,
                  interdependence: int | None) -> list[tuple[str, str]]:
    """Pairs of dimensions two levels apart, (high one, low one)."""
    values = {"trust": trust, "commitment": commitment, "interdependence": interdependence}
    return [(hi_dim, lo_dim) for hi_dim in SCORE_DIMENSIONS for lo_dim in SCORE_DIMENSIONS
            if hi_dim != lo_dim and level(values[hi_dim]) == "high" and level(values[lo_dim]) == "low"]


def tensions(trust: int | None, commitment: int | None, interdependence: int | None) -> list[str]:
    """Name pairs of dimensions two levels apart ("high interdependence but low trust"), in
    the data's words (English; ``terms.tension_words`` says them in the reader's language)."""
    return [f"high {hi} but low {lo}" for hi, lo in tension_pairs(trust, commitment, interdependence)]


# -- who counts, and what the room says ------------------------------------------------------
def counts_in_room(model: Model, participant_id: int) -> bool:
    """Whether a participant's levels count in the room's median, spread and class: every
    room participant; a reference participant only when the session pools references."""
    return model.pool_references or participant_id not in model.reference_participant_ids()


def counted_votes(model: Model, relation_id: int, phase_id: int) -> list[Score]:
    """The votes the room's consensus is computed from (see :func:`counts_in_room`)."""
    votes = model.votes(relation_id, phase_id)
    refs = model.reference_participant_ids()
    if not refs or model.pool_references:
        return votes
    return [v for v in votes if v.participant_id not in refs]


def reference_votes(model: Model, relation_id: int, phase_id: int) -> list[Score]:
    """The reference participants' levels on a relation in a phase (shown as a reference
    mark beside the room's median), pooled or not."""
    refs = model.reference_participant_ids()
    return [v for v in model.votes(relation_id, phase_id) if v.participant_id in refs]


def room_class(model: Model, relation: Relation, phase_id: int) -> str | None:
    """The derived 3C class of a relation in a phase: the counted votes, the session's rule."""
    return derived_class(counted_votes(model, relation.id, phase_id), model.threec_rule)


def voter_classes(model: Model, relation_id: int, phase_id: int) -> dict[int, str | None]:
    """Each counted voter's own class by the session's rule, keyed by participant id."""
    rule = model.threec_rule
    return {v.participant_id: vote_class(v, rule)
            for v in counted_votes(model, relation_id, phase_id)}


def class_distribution(classes: Iterable[str | None]) -> dict[str, int]:
    """How many voters hold each class (``unclassified`` for incomplete votes), in 3C order."""
    counts = Counter("unclassified" if c is None else c for c in classes)
    order = ("cooperation", "coordination", "collaboration", "unclassified")
    return {name: counts[name] for name in order if counts[name]}


# How 002 ("The '3C' Framework", subsections Cooperation, Coordination, Collaboration) tells the
# classes apart by what is exchanged and how formally: in cooperation "information sharing is
# the preferred choice of exchange and formal, binding agreements are dispensed with";
# collaboration means "goal alignment, and joint planning and action". So a relation that is
# pure information exchange cannot show collaboration, and an agreement or a (joint) decision
# is more than cooperation. Kind -> (the class it may not have, why).
KIND_CLASS_CONFLICTS: dict[str, tuple[str, str]] = {
    "information": ("collaboration", "collaboration means joint planning and action, "
                    "not only sharing information (002, The '3C' Framework: Collaboration)"),
    "agreement": ("cooperation", "cooperation dispenses with formal, binding agreements "
                  "(002, The '3C' Framework: Cooperation)"),
    "decision": ("cooperation", "joint decisions are joint planning, more than the information "
                 "sharing of cooperation (002, The '3C' Framework: Cooperation, Collaboration)"),
}


def kind_class_mismatch(kind: str, cls: str | None) -> str | None:
    """Why a relation's kind and its 3C class disagree, or ``None``.

    A flag for the room to discuss, not an error: the votes (or the source) may know more
    than the kind recorded for the relation.
    """
    conflict = KIND_CLASS_CONFLICTS.get(kind)
    if conflict is None or cls != conflict[0]:
        return None
    return f"{kind} relation labelled {cls}: {conflict[1]}"
