"""Per-phase network metrics: how the assemblage's shape changes from phase to phase.

Every structural metric is computed on the *undirected simple graph* of the phase: the actors
*present* as nodes, one edge per pair joined by at least one *active* relation (several
relations between a pair, and their directions, collapse into one tie). That is the graph on
which "who is central" and "who brokers" mean the same for an information link and a funding
flow.

Presence has three states. Actors recorded as absent and actors the sources do not describe
are both left out of the graph, so density, centralisation, components and brokers describe
what is *known* to be there; an actor that is only not described is not counted as absent
either: the counts per state (``presence_states``, ``relation_states``) show how much of the
phase is described, and a phase with many actors not described has metrics that may change
when the gap is filled, not metrics of a smaller network. Relations not described (or with an
end not described) are not edges.

Scores are ordinal (1–5, the app's scale, not the papers'). Each relation's score is the lower
median of the votes that count (the room; reference levels are not votes); the summaries below
describe the distribution of those medians over the relations scored in that dimension.
Unscored relations are left out of the summary (never counted as 0); the mean is given only
as a rough summary next to the median and the interquartile range. The 3C shares use the
session's rule (``analysis.classes``); the classes a source states for the phase, and its
stated levels, are listed beside them, and ``arena_threec`` gives the same shares per arena
(002's structural dynamic), the data of a per-arena 3C chart over phases.

Betweenness is exact on small phases. On large ones (where exact Brandes betweenness in
networkx takes seconds) it is estimated from a fixed-seed sample of source actors, so the
same session always gives the same figures; the output says so (``betweenness_sampled``).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

from ..domain.model import ActorId, Model
from ..domain.vocabulary import (
    ACTOR_TYPES,
    PRESENCE_STATES,
    RELATION_KINDS,
    RELATION_STATES,
    SCALES,
    SCORE_DIMENSIONS,
)
from .classes import CLASS_ORDER, UNCLASSIFIED, arena_reading, class_counts, class_shares
from .facts import PhaseFacts, all_phase_facts
from .graphs import networkx

if TYPE_CHECKING:  # pragma: no cover - networkx itself loads with the first graph
    import networkx as nx

# Exact betweenness costs about n·(n+m) steps; above this budget sample sources instead.
BETWEENNESS_BUDGET = 50_000
MIN_BETWEENNESS_SAMPLES = 16
BETWEENNESS_SEED = 7
TOP_BROKERS = 3
THREE_C_CLASSES: tuple[str, ...] = (*CLASS_ORDER, UNCLASSIFIED)


@dataclass(frozen=True)
class Broker:
    """An actor on many shortest paths between others (normalised betweenness, 0–1)."""

    actor_id: ActorId
    name: str
    betweenness: float


@dataclass(frozen=True)
class ScoreSummary:
    """The distribution of one dimension's relation medians in a phase (ordinal 1–5).

    ``q1``/``q3`` are observed values (nearest rank), so they stay on the 1–5 scale; ``mean``
    is a rough summary only. All fields but ``scored`` are ``None`` when nothing is scored.
    """

    scored: int
    median: int | None = None
    mean: float | None = None
    min: int | None = None
    max: int | None = None
    q1: int | None = None
    q3: int | None = None


@dataclass(frozen=True)
class PhaseMetrics:
    """The metrics of one phase; :meth:`to_dict` is JSON-friendly."""

    phase_id: int
    phase: str
    key: str
    position: int
    actors: int
    actors_by_type: dict[str, int]
    actors_by_scale: dict[str, int]
    relations: int
    relations_by_kind: dict[str, int]
    density: float | None
    degree_centralisation: float | None
    components: int
    brokers: list[Broker]
    betweenness_sampled: bool
    betweenness_samples: int | None
    scores: dict[str, ScoreSummary]
    threec_counts: dict[str, int]
    threec_shares: dict[str, float | None] = field(default_factory=dict)
    threec_rule: str = ""
    presence_states: dict[str, int] = field(default_factory=dict)
    relation_states: dict[str, int] = field(default_factory=dict)
    stated_classes: list[dict[str, Any]] = field(default_factory=list)
    stated_levels: list[dict[str, Any]] = field(default_factory=list)
    arena_threec: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _summary(values: list[int]) -> ScoreSummary:
    if not values:
        return ScoreSummary(scored=0)
    vals = sorted(values)
    n = len(vals)
    return ScoreSummary(
        scored=n,
        median=vals[(n - 1) // 2],
        mean=round(sum(vals) / n, 2),
        min=vals[0],
        max=vals[-1],
        q1=vals[(n - 1) // 4],
        q3=vals[-1 - (n - 1) // 4],
    )


def _counts(keys: list[str], vocabulary: dict[str, str]) -> dict[str, int]:
    """Counts over the whole vocabulary (zeros included, so phases line up), then extras."""
    out = {k: 0 for k in vocabulary}
    for k in keys:
        out[k] = out.get(k, 0) + 1
    return out


def simple_graph(facts: PhaseFacts) -> nx.Graph:
    """The undirected simple graph of a phase: present actors, one edge per related pair."""
    g = networkx().Graph()
    g.add_nodes_from(facts.actors)
    g.add_edges_from((r.source, r.target) for r in facts.relations if r.source != r.target)
    return g


def degree_centralisation(g: nx.Graph) -> float | None:
    """Freeman's degree centralisation: 1 for a star, 0 when every degree is equal.

    Undefined (``None``) for fewer than three actors, where the star maximum is zero.
    """
    n = g.number_of_nodes()
    if n < 3:
        return None
    degrees = [d for _, d in g.degree()]
    top = max(degrees)
    return round(sum(top - d for d in degrees) / ((n - 1) * (n - 2)), 4)


def betweenness(g: nx.Graph) -> tuple[dict[ActorId, float], int | None]:
    """Normalised betweenness and the number of sampled sources (``None`` when exact)."""
    nx = networkx()
    n, m = g.number_of_nodes(), g.number_of_edges()
    if n < 3 or m == 0:
        return {node: 0.0 for node in g}, None
    if n * (n + m) <= BETWEENNESS_BUDGET:
        return nx.betweenness_centrality(g, normalized=True), None
    k = min(n, max(MIN_BETWEENNESS_SAMPLES, BETWEENNESS_BUDGET // (n + m)))
    if k >= n:
        return nx.betweenness_centrality(g, normalized=True), None
    return nx.betweenness_centrality(g, k=k, normalized=True, seed=BETWEENNESS_SEED), k


def phase_metrics(facts: PhaseFacts) -> PhaseMetrics:
    """All metrics of one phase from its gathered facts."""
    g = simple_graph(facts)
    nx = networkx()
    n = g.number_of_nodes()
    between, samples = betweenness(g)
    ranked = sorted(
        ((a, v) for a, v in between.items() if v > 0),
        key=lambda av: (-av[1], facts.actors[av[0]].name.casefold(), av[0]),
    )
    brokers = [Broker(a, facts.actors[a].name, round(v, 4)) for a, v in ranked[:TOP_BROKERS]]

    columns: dict[str, list[int]] = {d: [] for d in SCORE_DIMENSIONS}
    for rel in facts.relations:
        for d, v in zip(SCORE_DIMENSIONS, facts.medians[rel.id]):
            if v is not None:
                columns[d].append(v)
    counts = class_counts(facts.classes.get(r.id) for r in facts.relations)
    total = len(facts.relations)
    arena_ids = sorted({s.arena_id for s in facts.stated
                        if s.arena_id is not None and s.relation_id is None} | set(facts.arenas))
    arenas = [arena_reading(facts.arena_records[a], facts.phase.id,
                            facts.arenas.get(a, frozenset()), facts.relations, facts.classes,
                            [s for s in facts.stated if s.arena_id == a and s.relation_id is None])
              for a in arena_ids if a in facts.arena_records]

    def cite(source_id: int | None) -> str:
        return "" if source_id is None else facts.citations.get(source_id, "")

    return PhaseMetrics(
        phase_id=facts.phase.id,
        phase=facts.phase.name,
        key=facts.phase.key,
        position=facts.index + 1,
        actors=n,
        actors_by_type=_counts([a.type for a in facts.actors.values()], ACTOR_TYPES),
        actors_by_scale=_counts([a.scale for a in facts.actors.values()], SCALES),
        relations=total,
        relations_by_kind=_counts([r.kind for r in facts.relations], RELATION_KINDS),
        density=round(nx.density(g), 4) if n >= 2 else None,
        degree_centralisation=degree_centralisation(g),
        components=nx.number_connected_components(g) if n else 0,
        brokers=brokers,
        betweenness_sampled=samples is not None,
        betweenness_samples=samples,
        scores={d: _summary(columns[d]) for d in SCORE_DIMENSIONS},
        threec_counts=counts,
        threec_shares=class_shares(counts),
        threec_rule=facts.rule,
        presence_states=_counts(list(facts.states.values()), PRESENCE_STATES),
        relation_states=_counts(list(facts.relation_states.values()), RELATION_STATES),
        stated_classes=[{"class": s.three_c, "source": cite(s.source_id),
                         "note": s.note}
                        for s in facts.stated if s.relation_id is None and s.arena_id is None],
        stated_levels=[{"dimension": lv.dimension, "level": lv.level,
                        "scope": ("relation" if lv.relation_id is not None else
                                  "arena" if lv.arena_id is not None else "phase"),
                        "relation_id": lv.relation_id, "arena_id": lv.arena_id,
                        "source": cite(lv.source_id), "note": lv.note}
                       for lv in facts.levels],
        arena_threec=[{**r.to_dict(), "stated_sources": [cite(x) for x in r.stated_source_ids]}
                      for r in arenas],
    )


def all_phase_metrics(model: Model) -> list[PhaseMetrics]:
    """One :class:`PhaseMetrics` per phase, in session order."""
    return [phase_metrics(f) for f in all_phase_facts(model)]


__all__ = ["PhaseMetrics", "ScoreSummary", "Broker", "all_phase_metrics", "phase_metrics",
           "simple_graph", "degree_centralisation", "betweenness", "THREE_C_CLASSES",
           "BETWEENNESS_BUDGET"]
