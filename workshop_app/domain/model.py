"""The in-memory model of one workshop session.

Records are frozen dataclasses so that a command can keep the "before" value of anything it
touches; the undo log is simply those before/after pairs. All mutation goes through
:meth:`Model.put`, which is what lets the store persist exactly what changed and lets the
canvas learn what to redraw.
"""

from __future__ import annotations

import operator
from dataclasses import dataclass, field
from typing import Any, Iterable, Iterator

from .evidence import (
    Arena,
    ArenaMember,
    DecisionPoint,
    InstitutionalWork,
    RelationPhase,
    Source,
    SourceId,
    StatedClass,
    StatedLevel,
)
from .vocabulary import DEFAULT_PRESENCE, DEFAULT_THREEC_RULE, PRESENCE_DEFAULTS, SCORE_DIMENSIONS, THREEC_RULES

ActorId = int
PhaseId = int
RelationId = int
ParticipantId = int
NoteId = int


@dataclass(frozen=True)
class Actor:
    """A concrete organisation or group, one identity across all phases."""

    id: ActorId
    name: str
    type: str = "government"
    scale: str = "city"
    abilities: tuple[str, ...] = ()
    legal_status: str = ""
    note: str = ""
    x: float = 0.0
    y: float = 0.0
    pinned: bool = False
    source_id: SourceId | None = None
    original_id: str = ""  # its id in the file it was imported from
    alt_name: str = ""  # a second-language label


@dataclass(frozen=True)
class Phase:
    """One stage of the project; ``key`` is the canonical stage or a case-local key."""

    id: PhaseId
    name: str
    key: str = ""
    position: int = 0
    note: str = ""
    public_value: str = ""  # the public value this phase is meant to create


@dataclass(frozen=True)
class Relation:
    """A typed link between two actors; it exists in a phase when both ends are present."""

    id: RelationId
    source: ActorId
    target: ActorId
    kind: str = "information"
    directed: bool = True
    note: str = ""
    attrs: dict[str, Any] = field(default_factory=dict, hash=False, compare=True)
    source_id: SourceId | None = None
    original_id: str = ""


@dataclass(frozen=True)
class Presence:
    """What is known of an actor in a phase: present (with its roles), absent, or not
    described; with its Net-Map influence and alignment, its part in orchestration, and who
    gains or bears costs. A missing row means the session's ``presence_default``."""

    actor_id: ActorId
    phase_id: PhaseId
    roles: tuple[str, ...] = ()
    note: str = ""
    state: str = "present"  # present | absent | not_described
    source_id: SourceId | None = None
    role_sources: dict[str, SourceId] = field(default_factory=dict, hash=False, compare=True)
    influence: int | None = None  # 0-5, the Net-Map tower
    alignment: str | None = None  # supports | neutral | opposes | mixed
    orchestrator_form: str | None = None  # individual | collective
    orchestrator_modes: tuple[str, ...] = ()  # strategist, manager
    value_gains: str = ""
    value_costs: str = ""
    # The source of each of the facts above ({"influence": id, ...}; vocabulary.PRESENCE_FACTS).
    fact_sources: dict[str, SourceId] = field(default_factory=dict, hash=False, compare=True)


@dataclass(frozen=True)
class Score:
    """One participant's vote on one relation in one phase; ``None`` means not scored."""

    relation_id: RelationId
    phase_id: PhaseId
    participant_id: ParticipantId
    trust: int | None = None
    commitment: int | None = None
    interdependence: int | None = None
    time: str = ""
    source_id: SourceId | None = None
    # How much the TARGET needs the SOURCE, when interdependence is recorded as asymmetric
    # (``interdependence`` is then how much the source needs the target); None = symmetric.
    interdependence_back: int | None = None

    def value(self, dimension: str) -> int | None:
        return getattr(self, dimension)

    @property
    def is_empty(self) -> bool:
        return self.interdependence_back is None and all(
            getattr(self, d) is None for d in SCORE_DIMENSIONS)


@dataclass(frozen=True)
class Participant:
    """Somebody in the room whose votes are kept apart from the others'."""

    id: ParticipantId
    name: str
    organisation: str = ""
    actor_id: ActorId | None = None
    kind: str = "room"  # room | reference (levels from a source, not a vote)
    source_id: SourceId | None = None
    group_name: str = ""


@dataclass(frozen=True)
class PhasePosition:
    """A per-phase position override for an actor (otherwise it keeps its base place)."""

    actor_id: ActorId
    phase_id: PhaseId
    x: float
    y: float


@dataclass(frozen=True)
class Meta:
    """A session-level setting (title, public value, scale description...)."""

    key: str
    value: Any = None


@dataclass(frozen=True)
class Note:
    """A facilitator's timestamped note for a phase, or a quote attached to an actor/relation.

    Notes sit beside the map rather than inside actor records so a workshop keeps the order
    and time of what was said, and exports can list them per phase.
    """

    id: NoteId
    text: str
    kind: str = "note"  # note | quote
    phase_id: PhaseId | None = None
    actor_id: ActorId | None = None
    relation_id: RelationId | None = None
    participant_id: ParticipantId | None = None  # who said it (quotes)
    time: str = ""


@dataclass(frozen=True)
class PromptCheck:
    """A facilitation prompt ticked off (and annotated) in one phase."""

    phase_id: PhaseId
    prompt_id: str
    done: bool = False
    note: str = ""
    time: str = ""


@dataclass(frozen=True)
class TableSpec:
    """How a record type maps to a table: its name and primary-key fields."""

    name: str
    record: type
    key: tuple[str, ...]

    def key_of(self, rec: Any) -> Any:
        if len(self.key) == 1:
            return getattr(rec, self.key[0])
        return tuple(getattr(rec, k) for k in self.key)

    def key_of_row(self, row: dict[str, Any]) -> Any:
        if len(self.key) == 1:
            return row[self.key[0]]
        return tuple(row[k] for k in self.key)


TABLES: dict[str, TableSpec] = {
    spec.name: spec
    for spec in (
        TableSpec("meta", Meta, ("key",)),
        TableSpec("sources", Source, ("id",)),
        TableSpec("phases", Phase, ("id",)),
        TableSpec("actors", Actor, ("id",)),
        TableSpec("relations", Relation, ("id",)),
        TableSpec("presence", Presence, ("actor_id", "phase_id")),
        TableSpec("relation_phases", RelationPhase, ("relation_id", "phase_id")),
        TableSpec("participants", Participant, ("id",)),
        TableSpec("scores", Score, ("relation_id", "phase_id", "participant_id")),
        TableSpec("positions", PhasePosition, ("actor_id", "phase_id")),
        TableSpec("notes", Note, ("id",)),
        TableSpec("prompt_checks", PromptCheck, ("phase_id", "prompt_id")),
        TableSpec("stated_classes", StatedClass, ("id",)),
        TableSpec("stated_levels", StatedLevel, ("id",)),
        TableSpec("arenas", Arena, ("id",)),
        TableSpec("arena_members", ArenaMember, ("arena_id", "actor_id", "phase_id")),
        TableSpec("institutional_work", InstitutionalWork, ("actor_id", "phase_id", "kind", "aim")),
        TableSpec("decision_points", DecisionPoint, ("id",)),
    )
}

@dataclass(frozen=True)
class Change:
    """One record changed by an edit: ``before`` None means added, ``after`` None removed."""

    table: str
    key: Any
    before: Any
    after: Any

    @property
    def added(self) -> bool:
        return self.before is None and self.after is not None

    @property
    def removed(self) -> bool:
        return self.after is None and self.before is not None

    def inverse(self) -> "Change":
        return Change(self.table, self.key, self.after, self.before)


class Model:
    """All records of a session, keyed per table; mutated only through :meth:`put`."""

    def __init__(self) -> None:
        self.tables: dict[str, dict[Any, Any]] = {name: {} for name in TABLES}
        self._recorder: list[Change] | None = None
        # Bumped by every change, so readers (the analysis caches) can tell stale results
        # from current ones without subscribing to the session.
        self.revision: int = 0
        # Votes indexed by (relation, phase): the canvas asks for them per relation per switch.
        self._votes: dict[tuple[RelationId, PhaseId], dict[ParticipantId, Score]] = {}
        self._references: tuple[int, frozenset[ParticipantId]] = (-1, frozenset())

    # -- mutation -------------------------------------------------------------------------
    def put(self, table: str, key: Any, record: Any | None) -> Change | None:
        """Set or delete one record; the change is recorded for undo and persistence."""
        rows = self.tables[table]
        before = rows.get(key)
        if before == record:
            return None
        if record is None:
            del rows[key]
        else:
            rows[key] = record
        if table == "scores":
            self._index_vote(key, record)
        self.revision += 1
        change = Change(table, key, before, record)
        if self._recorder is not None:
            self._recorder.append(change)
        return change

    def load_records(self, table: str, records: Iterable[Any]) -> None:
        """Fill a table straight from stored records (opening a file), without recording.

        Opening is not an edit: nothing is logged and there is no undo step, so this skips
        the per-record change bookkeeping that ``put`` does.
        """
        spec = TABLES[table]
        rows = self.tables[table]
        self.revision += 1
        if len(spec.key) == 1:
            k = spec.key[0]
            for rec in records:
                rows[getattr(rec, k)] = rec
        else:
            getter = operator.attrgetter(*spec.key)
            for rec in records:
                rows[getter(rec)] = rec
        if table == "scores":
            for key, rec in rows.items():
                self._votes.setdefault((key[0], key[1]), {})[key[2]] = rec

    def add(self, record: Any) -> Change | None:
        spec = _spec_for(record)
        return self.put(spec.name, spec.key_of(record), record)

    def remove(self, table: str, key: Any) -> Change | None:
        return self.put(table, key, None)

    def record(self) -> "_Recording":
        """Context manager that collects the changes made inside it."""
        return _Recording(self)

    def apply_changes(self, changes: Iterable[Change], *, backwards: bool = False) -> list[Change]:
        """Replay stored changes (redo) or their inverses in reverse order (undo)."""
        seq = [c.inverse() for c in reversed(list(changes))] if backwards else list(changes)
        done: list[Change] = []
        for c in seq:
            ch = self.put(c.table, c.key, c.after)
            if ch is not None:
                done.append(ch)
        return done

    def _index_vote(self, key: tuple[int, int, int], record: Score | None) -> None:
        bucket = self._votes.setdefault((key[0], key[1]), {})
        if record is None:
            bucket.pop(key[2], None)
            if not bucket:
                del self._votes[(key[0], key[1])]
        else:
            bucket[key[2]] = record

    def next_id(self, table: str) -> int:
        rows = self.tables[table]
        return (max(rows) + 1) if rows else 1

    # -- queries --------------------------------------------------------------------------
    @property
    def phases(self) -> list[Phase]:
        return sorted(self.tables["phases"].values(), key=lambda p: (p.position, p.id))

    @property
    def actors(self) -> list[Actor]:
        return sorted(self.tables["actors"].values(), key=lambda a: a.id)

    @property
    def relations(self) -> list[Relation]:
        return sorted(self.tables["relations"].values(), key=lambda r: r.id)

    @property
    def participants(self) -> list[Participant]:
        return sorted(self.tables["participants"].values(), key=lambda p: p.id)

    @property
    def notes(self) -> list[Note]:
        """Notes and quotes in the order they were written."""
        return sorted(self.tables["notes"].values(), key=lambda n: (n.time, n.id))

    def prompt_check(self, phase_id: PhaseId, prompt_id: str) -> PromptCheck | None:
        return self.tables["prompt_checks"].get((phase_id, prompt_id))

    def actor(self, actor_id: ActorId) -> Actor:
        return self.tables["actors"][actor_id]

    def relation(self, relation_id: RelationId) -> Relation:
        return self.tables["relations"][relation_id]

    def phase(self, phase_id: PhaseId) -> Phase:
        return self.tables["phases"][phase_id]

    def meta(self, key: str, default: Any = None) -> Any:
        m = self.tables["meta"].get(key)
        return default if m is None else m.value

    def presence(self, actor_id: ActorId, phase_id: PhaseId) -> Presence | None:
        """The stored presence row (any state), or ``None`` (the session's default then)."""
        return self.tables["presence"].get((actor_id, phase_id))

    @property
    def presence_default(self) -> str:
        """What a phase without a presence row says of an actor: ``absent`` (sessions made in
        the app, and files from before schema 3) or ``not_described`` (case and imported data)."""
        value = self.meta("presence_default")
        return value if value in PRESENCE_DEFAULTS else DEFAULT_PRESENCE

    def presence_state(self, actor_id: ActorId, phase_id: PhaseId) -> str:
        """present, absent or not_described: the row's state, else the session's default."""
        pres = self.tables["presence"].get((actor_id, phase_id))
        return self.presence_default if pres is None else pres.state

    def is_present(self, actor_id: ActorId, phase_id: PhaseId) -> bool:
        pres = self.tables["presence"].get((actor_id, phase_id))
        return pres is not None and pres.state == "present"

    def phases_both_present(self, source: ActorId, target: ActorId) -> tuple[PhaseId, ...]:
        """The phases where both ends take part: where a relation drawn now is active, also in
        a session whose relations are otherwise not described."""
        return tuple(p.id for p in self.phases
                     if self.is_present(source, p.id) and self.is_present(target, p.id))

    @property
    def relation_default(self) -> str:
        """What a relation with both ends present is in a phase without a row saying so:
        active in sessions made in the app; not described where silence means "not described"."""
        return "active" if self.presence_default == "absent" else "not_described"

    def relation_phase(self, relation_id: RelationId, phase_id: PhaseId) -> RelationPhase | None:
        return self.tables["relation_phases"].get((relation_id, phase_id))

    def relation_state(self, relation: Relation, phase_id: PhaseId) -> str:
        """active, inactive or not_described in a phase.

        Active needs both ends present. With an end absent (or the row switching it off) the
        relation is inactive; with an end not described, so is the relation. With both ends
        present the row decides, else the session's :attr:`relation_default`.
        """
        ends = (self.presence_state(relation.source, phase_id),
                self.presence_state(relation.target, phase_id))
        row = self.tables["relation_phases"].get((relation.id, phase_id))
        if ends == ("present", "present"):
            return self.relation_default if row is None else row.state
        if "absent" in ends or (row is not None and row.state == "inactive"):
            return "inactive"
        return "not_described"

    def relation_active(self, relation: Relation, phase_id: PhaseId) -> bool:
        """Whether the relation is in the phase: :meth:`relation_state` is active (inlined:
        the canvas asks this for every relation on every phase switch)."""
        pres = self.tables["presence"]
        src, tgt = pres.get((relation.source, phase_id)), pres.get((relation.target, phase_id))
        if src is None or tgt is None or src.state != "present" or tgt.state != "present":
            return False
        row = self.tables["relation_phases"].get((relation.id, phase_id))
        if row is None:
            return self.relation_default == "active"
        return row.state == "active"

    def is_switched_off(self, relation_id: RelationId, phase_id: PhaseId) -> bool:
        """Whether a row says the relation is off in this phase (whatever its ends do)."""
        row = self.tables["relation_phases"].get((relation_id, phase_id))
        return row is not None and row.state == "inactive"

    def present_actors(self, phase_id: PhaseId) -> list[Actor]:
        pres = self.tables["presence"]
        return [a for a in self.actors
                if (p := pres.get((a.id, phase_id))) is not None and p.state == "present"]

    def actors_in_state(self, phase_id: PhaseId, state: str) -> list[Actor]:
        """The actors whose presence state in the phase is ``state`` (rows or the default)."""
        return [a for a in self.actors if self.presence_state(a.id, phase_id) == state]

    def active_relations(self, phase_id: PhaseId) -> list[Relation]:
        return [r for r in self.relations if self.relation_active(r, phase_id)]

    # -- evidence -------------------------------------------------------------------------
    @property
    def threec_rule(self) -> str:
        """How this session reads the 3C class (``scoring.three_c``); ``median`` when unset."""
        value = self.meta("threec_rule")
        return value if value in THREEC_RULES else DEFAULT_THREEC_RULE

    @property
    def pool_references(self) -> bool:
        """Whether reference participants' levels count in the room's median (the
        facilitator's choice; off unless set)."""
        return self.meta("pool_references") is True

    def reference_participant_ids(self) -> frozenset[ParticipantId]:
        """Participants of kind ``reference``, kept per model revision (asked once a relation)."""
        if self._references[0] != self.revision:
            ids = frozenset(p.id for p in self.tables["participants"].values()
                            if p.kind == "reference")
            self._references = (self.revision, ids)
        return self._references[1]

    def source(self, source_id: SourceId | None) -> Source | None:
        return None if source_id is None else self.tables["sources"].get(source_id)

    @property
    def sources(self) -> list[Source]:
        return sorted(self.tables["sources"].values(), key=lambda s: s.id)

    def relations_of(self, actor_id: ActorId) -> list[Relation]:
        return [r for r in self.relations if actor_id in (r.source, r.target)]

    def votes(self, relation_id: RelationId, phase_id: PhaseId) -> list[Score]:
        bucket = self._votes.get((relation_id, phase_id))
        return [bucket[k] for k in sorted(bucket)] if bucket else []

    def position(self, actor_id: ActorId, phase_id: PhaseId | None) -> tuple[float, float]:
        """Where the actor sits in a phase: its override there, else its base place."""
        if phase_id is not None:
            ov = self.tables["positions"].get((actor_id, phase_id))
            if ov is not None:
                return (ov.x, ov.y)
        a = self.actor(actor_id)
        return (a.x, a.y)

    def snapshot(self) -> dict[str, dict[Any, Any]]:
        """A comparable copy of every table (records are immutable, so a shallow copy)."""
        return {name: dict(rows) for name, rows in self.tables.items()}

    def __iter__(self) -> Iterator[tuple[str, Any]]:
        for name, rows in self.tables.items():
            for rec in rows.values():
                yield name, rec


def _spec_for(record: Any) -> TableSpec:
    for spec in TABLES.values():
        if isinstance(record, spec.record):
            return spec
    raise TypeError(f"not a session record: {record!r}")


class _Recording:
    def __init__(self, model: Model) -> None:
        self.model = model
        self.changes: list[Change] = []
        self._outer: list[Change] | None = None

    def __enter__(self) -> "_Recording":
        self._outer = self.model._recorder
        self.model._recorder = self.changes
        return self

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> None:
        self.model._recorder = self._outer
        if exc_type is not None:
            # Roll the model back so a failed command leaves no trace in memory either.
            self.model._recorder = None
            self.model.apply_changes(self.changes, backwards=True)
            self.model._recorder = self._outer
        elif self._outer is not None:
            self._outer.extend(self.changes)
