"""How far the room agreed: Krippendorff's alpha for ordinal scores, per dimension.

A median says where the room stands; it does not say whether the participants scored alike.
Krippendorff's alpha does: 1 is perfect agreement, 0 is what voters scoring at random (from
the same pool of values) would reach, and below 0 the room disagrees more than chance. It
suits workshop data because it takes any number of voters, tolerates missing votes (not every
participant scores every relation) and has an *ordinal* form, which treats 1-5 as ranks, not
as distances: a 2 against a 3 weighs less when few votes lie between them.

The unit is a relation in a phase (a relation active in that phase, as the medians read it);
the voters are the *room* participants only: a reference participant holds a source's levels,
not a judgement of the room, so it is never a voter here, whatever the session pools. Alpha
is computed per dimension for each phase (the units of that phase) and for the whole session
(every relation in every phase).

Alpha is *undefined* -- and said so, never shown as 0 -- when no unit has two room votes on
the dimension (nothing can be compared), or when every comparable vote is the same value (no
variation: the expected disagreement is zero and the ratio has no meaning). The computation is
the ``krippendorff`` package's (value counts per unit, ordinal metric); this module only
gathers the counts and the cases where the package's answer would be a division by zero.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Iterable, Mapping, Sequence

from ..domain.model import Model
from ..domain.vocabulary import SCORE_DIMENSIONS, SCORE_MAX, SCORE_MIN
from .facts import PhaseFacts, session_facts

VALUES: tuple[int, ...] = tuple(range(SCORE_MIN, SCORE_MAX + 1))
METHOD = "Krippendorff's alpha, ordinal"

# Why alpha has no value (the words the panel, the pack and the exports show)
NOTHING_SCORED = "no room votes"
FEWER_THAN_TWO = "fewer than two room voters on every relation"
NO_VARIATION = "no variation: every comparable vote is the same"

UnitCounts = tuple[int, ...]  # votes per value 1..5 on one unit


@dataclass(frozen=True)
class Alpha:
    """Agreement on one dimension over a set of units (relations in phases)."""

    dimension: str
    alpha: float | None  # None = undefined (see ``reason``)
    units: int  # units with at least two room votes: the ones alpha compares
    voters: int  # room participants with a vote on one of those units
    values: int  # the votes compared (on those units)
    units_scored: int  # units with at least one room vote
    reason: str = ""  # why alpha is undefined; "" when it has a value

    @property
    def defined(self) -> bool:
        return self.alpha is not None

    def value_text(self) -> str:
        """"0.78" or "undefined" (never 0 for an undefined alpha)."""
        return "undefined" if self.alpha is None else f"{self.alpha:.2f}"

    def text(self) -> str:
        """One line for a panel or a report: the value with its n, or why there is none."""
        if self.alpha is None:
            return f"undefined ({self.reason})"
        return (f"{self.alpha:.2f} ({self.units} relation{'s' if self.units != 1 else ''} "
                f"compared, {self.voters} voter{'s' if self.voters != 1 else ''})")

    def to_dict(self) -> dict[str, Any]:
        return {"dimension": self.dimension,
                "alpha": None if self.alpha is None else round(self.alpha, 6),
                "defined": self.defined, "units": self.units, "voters": self.voters,
                "values": self.values, "units_scored": self.units_scored,
                "undefined_reason": self.reason or None}


@dataclass(frozen=True)
class Agreement:
    """Alpha per dimension for each phase and for the whole session."""

    session: dict[str, Alpha]
    phases: dict[int, dict[str, Alpha]]  # phase id -> dimension -> alpha, in session order
    phase_names: dict[int, str]
    voters: int  # room participants in the session (who could vote)

    @property
    def any_defined(self) -> bool:
        return any(a.defined for a in self.session.values())

    def to_dict(self) -> dict[str, Any]:
        return {
            "method": METHOD,
            "room_participants": self.voters,
            "session": {d: a.to_dict() for d, a in self.session.items()},
            "phases": [{"phase_id": pid, "phase": self.phase_names[pid],
                        **{d: a.to_dict() for d, a in dims.items()}}
                       for pid, dims in self.phases.items()],
        }


def alpha_of_counts(dimension: str, counts: Sequence[UnitCounts],
                    voters: int = 0) -> Alpha:
    """Ordinal alpha from votes per value (1..5) on each unit.

    ``voters`` is the number of distinct voters on the comparable units (the counts do not
    know who voted); the caller who knows passes it.
    """
    scored = [c for c in counts if sum(c)]
    pairable = [c for c in scored if sum(c) >= 2]
    n_values = sum(sum(c) for c in pairable)
    base = dict(dimension=dimension, units=len(pairable), voters=voters, values=n_values,
                units_scored=len(scored))
    if not scored:
        return Alpha(alpha=None, reason=NOTHING_SCORED, **base)  # type: ignore[arg-type]
    if not pairable:
        return Alpha(alpha=None, reason=FEWER_THAN_TWO, **base)  # type: ignore[arg-type]
    used = {v for c in pairable for v, n in enumerate(c) if n}
    if len(used) < 2:
        return Alpha(alpha=None, reason=NO_VARIATION, **base)  # type: ignore[arg-type]
    return Alpha(alpha=_ordinal_alpha(pairable), **base)  # type: ignore[arg-type]


def _ordinal_alpha(pairable: list[UnitCounts]) -> float:
    """The ``krippendorff`` package's ordinal alpha of these value counts.

    The one lazy seam of this module: the package and numpy load with the first alpha worked
    out, not with the module, which the console's Compare phases panel reaches at start-up
    through the pack's wording (``io.pack_text``) and which numpy alone would make slower to
    start than a bare window.
    """
    import krippendorff  # the seam (see the docstring), not an optional import
    import numpy as np

    return float(krippendorff.alpha(value_counts=np.array(pairable, dtype=float),
                                    value_domain=list(VALUES), level_of_measurement="ordinal"))


def alpha_of_ratings(dimension: str, ratings: Iterable[Sequence[int | None]]) -> Alpha:
    """Ordinal alpha from one row of ratings per voter (``None`` = no vote), one column per
    unit: the layout of Krippendorff's own worked examples."""
    rows = [list(r) for r in ratings]
    n_units = max((len(r) for r in rows), default=0)
    counts: list[UnitCounts] = []
    voters: set[int] = set()
    for u in range(n_units):
        column = [(i, r[u]) for i, r in enumerate(rows) if u < len(r) and r[u] is not None]
        if len(column) >= 2:
            voters.update(i for i, _ in column)
        counts.append(_count([v for _, v in column]))
    return alpha_of_counts(dimension, counts, len(voters))


def _count(values: Iterable[int | None]) -> UnitCounts:
    out = [0] * len(VALUES)
    for v in values:
        if v is not None and SCORE_MIN <= v <= SCORE_MAX:
            out[v - SCORE_MIN] += 1
    return tuple(out)


class _Units:
    """Counts per unit and the voters on each, for one dimension."""

    def __init__(self) -> None:
        self.counts: list[UnitCounts] = []
        self.voters: list[frozenset[int]] = []

    def add(self, counts: UnitCounts, voters: frozenset[int]) -> None:
        self.counts.append(counts)
        self.voters.append(voters)

    def extend(self, other: "_Units") -> None:
        self.counts += other.counts
        self.voters += other.voters

    def alpha(self, dimension: str) -> Alpha:
        who: set[int] = set()
        for c, v in zip(self.counts, self.voters):
            if sum(c) >= 2:
                who |= v
        return alpha_of_counts(dimension, self.counts, len(who))


def room_voter_ids(model: Model) -> frozenset[int]:
    """The voters alpha counts: room participants, never reference participants."""
    return frozenset(p.id for p in model.tables["participants"].values() if p.kind == "room")


def session_agreement(model: Model, facts: list[PhaseFacts] | None = None) -> Agreement:
    """Alpha per dimension for every phase and for the session (room votes only)."""
    facts = session_facts(model) if facts is None else facts
    room = room_voter_ids(model)
    units = {f.phase.id: [[(v.participant_id, (v.trust, v.commitment, v.interdependence))
                           for v in model.votes(rel.id, f.phase.id) if v.participant_id in room]
                          for rel in f.relations]
             for f in facts}
    return agreement_of_units(units, {f.phase.id: f.phase.name for f in facts}, len(room))


# The room's votes on one unit: (participant id, (trust, commitment, interdependence, ...))
# each; values past the three dimensions are not read.
UnitVotes = list[tuple[int, tuple[int | None, ...]]]


def agreement_of_units(units: Mapping[int, Iterable[UnitVotes]], phase_names: Mapping[int, str],
                       voters: int) -> Agreement:
    """Alpha from the room's votes on each unit of each phase (``units``: phase id -> units,
    relations in id order; ``phase_names`` in session order): the research bundle gathers
    them in its one pass over the votes, the console from the model."""
    whole = {d: _Units() for d in SCORE_DIMENSIONS}
    phases: dict[int, dict[str, Alpha]] = {}
    # A unit's counts and voters on one dimension, per distinct (voter, value) tuple: a few
    # voters on a 1-5 scale make few distinct ones, and a big session has tens of thousands.
    seen: dict[tuple[tuple[int, int | None], ...], tuple[UnitCounts, frozenset[int]]] = {}
    for pid in phase_names:
        here = {d: _Units() for d in SCORE_DIMENSIONS}
        for votes in units.get(pid, ()):
            if not votes:
                continue
            for i, d in enumerate(SCORE_DIMENSIONS):
                key = tuple([(p, values[i]) for p, values in votes])
                found = seen.get(key)
                if found is None:
                    given = [(p, v) for p, v in key if v is not None]
                    found = seen[key] = (_count(v for _, v in given),
                                         frozenset(p for p, _ in given))
                here[d].add(*found)
        phases[pid] = {d: here[d].alpha(d) for d in SCORE_DIMENSIONS}
        for d in SCORE_DIMENSIONS:
            whole[d].extend(here[d])
    return Agreement(session={d: whole[d].alpha(d) for d in SCORE_DIMENSIONS},
                     phases=phases, phase_names=dict(phase_names), voters=voters)


def agreement_table(model: Model, agreement: Agreement | None = None) -> list[dict[str, Any]]:
    """The tidy ``agreement`` table: one row per scope (session or phase) and dimension."""
    found = session_agreement(model) if agreement is None else agreement
    number = {p.id: i + 1 for i, p in enumerate(model.phases)}
    rows: list[dict[str, Any]] = []

    def row(scope: str, pid: int | None, a: Alpha) -> dict[str, Any]:
        return {"scope": scope, "phase_id": pid,
                "phase_number": None if pid is None else number.get(pid),
                "phase_name": None if pid is None else found.phase_names.get(pid),
                "dimension": a.dimension,
                "alpha": None if a.alpha is None else round(a.alpha, 6),
                "defined": a.defined, "units": a.units, "voters": a.voters,
                "values": a.values, "units_scored": a.units_scored,
                "undefined_reason": a.reason or None, "method": METHOD}

    for d in SCORE_DIMENSIONS:
        rows.append(row("session", None, found.session[d]))
    for pid, dims in found.phases.items():
        for d in SCORE_DIMENSIONS:
            rows.append(row("phase", pid, dims[d]))
    return rows


__all__ = ["Alpha", "Agreement", "UnitVotes", "agreement_of_units", "alpha_of_counts",
           "alpha_of_ratings", "session_agreement", "agreement_table", "room_voter_ids", "METHOD",
           "NOTHING_SCORED", "FEWER_THAN_TWO", "NO_VARIATION"]
