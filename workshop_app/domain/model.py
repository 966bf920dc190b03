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

from .vocabulary import SCORE_DIMENSIONS

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


@dataclass(frozen=True)
class Phase:
    """One stage of the project; ``key`` is the canonical stage or a case-local key."""

    id: PhaseId
    name: str
    key: str = ""
    position: int = 0
    note: str = ""


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


@dataclass(frozen=True)
class Presence:
    """An actor taking part in a phase, with the roles it holds there."""

    actor_id: ActorId
    phase_id: PhaseId
    roles: tuple[str, ...] = ()
    note: str = ""


@dataclass(frozen=True)
class RelationOff:
    """A relation switched off in one phase although both of its ends are present."""

    relation_id: RelationId
    phase_id: PhaseId


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

    def value(self, dimension: str) -> int | None:
        return getattr(self, dimension)

    @property
    def is_empty(self) -> bool:
        return all(getattr(self, d) is None for d in SCORE_DIMENSIONS)


@dataclass(frozen=True)
class Participant:
    """Somebody in the room whose votes are kept apart from the others'."""

    id: ParticipantId
    name: str
    organisation: str = ""
    actor_id: ActorId | None = None


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
        TableSpec("phases", Phase, ("id",)),
        TableSpec("actors", Actor, ("id",)),
        TableSpec("relations", Relation, ("id",)),
        TableSpec("presence", Presence, ("actor_id", "phase_id")),
        TableSpec("relation_off", RelationOff, ("relation_id", "phase_id")),
        TableSpec("participants", Participant, ("id",)),
        TableSpec("scores", Score, ("relation_id", "phase_id", "participant_id")),
        TableSpec("positions", PhasePosition, ("actor_id", "phase_id")),
        TableSpec("notes", Note, ("id",)),
        TableSpec("prompt_checks", PromptCheck, ("phase_id", "prompt_id")),
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
        return self.tables["presence"].get((actor_id, phase_id))

    def is_present(self, actor_id: ActorId, phase_id: PhaseId) -> bool:
        return (actor_id, phase_id) in self.tables["presence"]

    def relation_active(self, relation: Relation, phase_id: PhaseId) -> bool:
        """A relation is in a phase when both ends are present and it is not switched off."""
        return (
            (relation.source, phase_id) in self.tables["presence"]
            and (relation.target, phase_id) in self.tables["presence"]
            and (relation.id, phase_id) not in self.tables["relation_off"]
        )

    def is_switched_off(self, relation_id: RelationId, phase_id: PhaseId) -> bool:
        return (relation_id, phase_id) in self.tables["relation_off"]

    def present_actors(self, phase_id: PhaseId) -> list[Actor]:
        pres = self.tables["presence"]
        return [a for a in self.actors if (a.id, phase_id) in pres]

    def active_relations(self, phase_id: PhaseId) -> list[Relation]:
        return [r for r in self.relations if self.relation_active(r, phase_id)]

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
