"""The one door to change a workshop session.

``Session.execute`` applies a command to the in-memory model, stores the changed rows and a
log line in one SQLite transaction, then tells listeners (the canvas, docks, charts) what
changed. Undo and redo replay the logged changes through the same door, so they are saved,
logged and still there after a restart. The GUI and the Python API use this same class.
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterator, Sequence

from ..store import HistoryEntry, SessionFileError, SqliteStore
from ..store.backups import BackupKeeper
from ..domain import commands as cmds
from ..domain import vocabulary as voc
from ..domain.command_base import check_storable
from ..domain.commands_notes import AddNote
from ..domain.model import Actor, Change, Model, Note, Participant, Phase, Relation, Score
from ..domain.scoring import DimensionConsensus, consensus_of, counted_votes, room_class
from ..domain.wording import title_from_stem
from .evidence import EvidenceAPI
from .tables import tidy_tables
from ..analysis.graphs import phase_graph
from ..store.schema import SCHEMA_VERSION

if TYPE_CHECKING:  # pragma: no cover
    import networkx as nx

Listener = Callable[[list[Change], str], None]
ActorRef = Actor | int | str
PhaseRef = Phase | int | str
RelationRef = Relation | int
ParticipantRef = Participant | int | str | None

SCALE_DESCRIPTION = ("Trust, commitment and interdependence are ordinal scores 1-5 "
                     "(1 very low, 2 low, 3 medium, 4 high, 5 very high); read 1-2 as low, 3 as medium, "
                     "4-5 as high for the 3C class. The 1-5 scale is this app's choice, not the papers'.")


class Session(EvidenceAPI):
    """A workshop session file opened for editing (or read-only); the evidence readers and
    shortcuts (sources, presence states, stated and per-voter classes...) are in
    :class:`~workshop_app.session.evidence.EvidenceAPI`."""

    def __init__(self, store: SqliteStore, model: Model) -> None:
        self._store = store
        self.model = model
        self._listeners: list[Listener] = []
        self._history: list[HistoryEntry] = store.history()
        self._closed = False
        # Rotating backups outside the session's folder (store/backups.py); none when read-only.
        self.backups: BackupKeeper | None = None if store.read_only else BackupKeeper(store.path)

    # -- opening and closing --------------------------------------------------------------
    @classmethod
    def create(
        cls,
        path: str | os.PathLike[str],
        *,
        title: str = "",
        default_phases: bool = True,
    ) -> "Session":
        """Make a new session file with the default phases and a "Facilitator" participant."""
        store = SqliteStore.create(path)
        session = cls(store, Model())
        setup: list[cmds.Command] = [
            cmds.SetMeta("title", title.strip() or title_from_stem(Path(path).stem)),
            cmds.SetMeta("score_scale", SCALE_DESCRIPTION),
            cmds.SetMeta("created", datetime.now(timezone.utc).isoformat(timespec="seconds")),
            # A session made in the app: the room decides who takes part (a missing presence
            # row means absent), and the 3C class follows the weakest dimension (002).
            cmds.SetMeta("threec_rule", voc.NEW_SESSION_THREEC_RULE),
            cmds.SetMeta("presence_default", voc.DEFAULT_PRESENCE),
            cmds.AddParticipant(participant_name=voc.DEFAULT_PARTICIPANT),
        ]
        if default_phases:
            setup += [cmds.AddPhase(phase_name=label, key=key) for key, label in voc.DEFAULT_PHASES]
        with session.bulk("New session"):
            for c in setup:
                session.execute(c)
        return session

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, read_only: bool = False) -> "Session":
        """Open a session file; raises :class:`SessionFileError` with a one-line reason."""
        store = SqliteStore(path, read_only=read_only)
        model = Model()
        try:
            store.load(model)
        except Exception as exc:  # the store checked every row; this is the last safety net
            store.close()
            reason = " ".join(str(exc).split())[:200]
            raise SessionFileError(f"{path}: the session could not be read ({reason}).") from None
        session = cls(store, model)
        if session.backups is not None:
            session.backups.on_open(store.conn)
        return session

    @property
    def path(self) -> Path:
        return self._store.path

    @property
    def read_only(self) -> bool:
        return self._store.read_only

    @property
    def migrated_from(self) -> int | None:
        return self._store.migrated_from

    def close(self) -> None:
        if not self._closed:
            self._store.close()
            self._closed = True

    def __enter__(self) -> "Session":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    # -- listeners ------------------------------------------------------------------------
    def subscribe(self, listener: Listener) -> None:
        """Call ``listener(changes, reason)`` after every saved edit, undo and redo."""
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _notify(self, changes: list[Change], reason: str) -> None:
        for listener in list(self._listeners):
            listener(changes, reason)

    # -- the door -------------------------------------------------------------------------
    _bulk: list[Change] | None = None

    def execute(self, command: cmds.Command) -> Any:
        """Apply one edit, save it in one transaction, and tell the listeners."""
        if self.read_only:
            raise cmds.CommandError("This session is open read-only; edits are not possible.")
        check_storable(command.payload())
        with self.model.record() as rec:
            result = command.apply(self.model)
        if not rec.changes:
            return result
        if self._bulk is not None:
            self._bulk.extend(rec.changes)
            return result
        label = command.label(self.model)
        try:
            seq = self._store.commit(
                rec.changes,
                command=type(command).__name__,
                label=label,
                payload=command.payload(),
                state="done",
                drop_redo=self.can_redo,
            )
        except BaseException:
            self._rollback(rec.changes)
            raise
        self._history = [h for h in self._history if h.state == "done"]
        self._history.append(HistoryEntry(seq, label, "done"))
        self._backup_if_due()
        self._notify(rec.changes, "edit")
        return result

    def _rollback(self, changes: list[Change]) -> None:
        self.model.apply_changes(changes, backwards=True)

    @contextmanager
    def bulk(self, label: str) -> Iterator[None]:
        """Apply many commands as one saved, non-undoable step (building, importing)."""
        if self._bulk is not None:
            yield
            return
        self._bulk = []
        try:
            yield
        except BaseException:
            changes, self._bulk = self._bulk, None
            self._rollback(changes)
            raise
        changes, self._bulk = self._bulk, None
        if not changes:
            return
        try:
            self._store.commit(
                changes,
                command="Bulk",
                label=label,
                payload={"label": label, "records": len(changes)},
                state="log",
                log_changes=False,
                drop_all=True,
            )
        except BaseException:
            self._rollback(changes)
            raise
        self._history = []
        self._backup_if_due()
        self._notify(changes, "bulk")

    # -- undo and redo --------------------------------------------------------------------
    @property
    def can_undo(self) -> bool:
        return any(h.state == "done" for h in self._history)

    @property
    def can_redo(self) -> bool:
        return any(h.state == "undone" for h in self._history)

    @property
    def undo_text(self) -> str | None:
        done = [h for h in self._history if h.state == "done"]
        return done[-1].label if done else None

    @property
    def redo_text(self) -> str | None:
        undone = [h for h in self._history if h.state == "undone"]
        return undone[0].label if undone else None

    def undo(self) -> str | None:
        """Undo the last edit (also one made before the file was last closed)."""
        done = [h for h in self._history if h.state == "done"]
        if not done or self.read_only:
            return None
        entry = done[-1]
        self._replay(entry, backwards=True)
        return entry.label

    def redo(self) -> str | None:
        undone = [h for h in self._history if h.state == "undone"]
        if not undone or self.read_only:
            return None
        entry = undone[0]
        self._replay(entry, backwards=False)
        return entry.label

    def _replay(self, entry: HistoryEntry, *, backwards: bool) -> None:
        logged = self._store.changes_of(entry.seq)
        with self.model.record() as rec:
            self.model.apply_changes(logged, backwards=backwards)
        new_state = "undone" if backwards else "done"
        word = "Undo" if backwards else "Redo"
        try:
            self._store.commit(
                rec.changes,
                command=word,
                label=f"{word} {entry.label}",
                payload={"seq": entry.seq},
                state="log",
                log_changes=False,
                state_updates=[(entry.seq, new_state)],
            )
        except BaseException:
            self._rollback(rec.changes)
            raise
        self._history = [
            HistoryEntry(h.seq, h.label, new_state) if h.seq == entry.seq else h
            for h in self._history
        ]
        self._backup_if_due()
        self._notify(rec.changes, word.lower())

    def _backup_if_due(self) -> None:
        """A timed backup after a saved edit; cheap when not due, never fails the edit."""
        if self.backups is not None:
            self.backups.maybe_backup(self._store.conn)

    # -- reading --------------------------------------------------------------------------
    @property
    def title(self) -> str:
        return str(self.model.meta("title", title_from_stem(self.path.stem)))

    @property
    def phases(self) -> list[Phase]:
        return self.model.phases

    @property
    def actors(self) -> list[Actor]:
        return self.model.actors

    @property
    def relations(self) -> list[Relation]:
        return self.model.relations

    @property
    def participants(self) -> list[Participant]:
        return self.model.participants

    def phase(self, ref: PhaseRef) -> Phase:
        """Find a phase by object, id, name or key."""
        if isinstance(ref, Phase):
            return self.model.phase(ref.id)
        if isinstance(ref, int) and ref in self.model.tables["phases"]:
            return self.model.phase(ref)
        if isinstance(ref, str):
            for p in self.phases:
                if p.name == ref:
                    return p
            for p in self.phases:
                if p.key == ref or p.name.casefold() == ref.casefold():
                    return p
        raise cmds.CommandError(f"No phase {ref!r} in this session.")

    def actor(self, ref: ActorRef) -> Actor:
        """Find an actor by object, id or exact name."""
        if isinstance(ref, Actor):
            return self.model.actor(ref.id)
        if isinstance(ref, int) and ref in self.model.tables["actors"]:
            return self.model.actor(ref)
        if isinstance(ref, str):
            for a in self.actors:
                if a.name == ref:
                    return a
        raise cmds.CommandError(f"No actor {ref!r} in this session.")

    def relation(self, ref: RelationRef) -> Relation:
        rid = ref.id if isinstance(ref, Relation) else ref
        if rid in self.model.tables["relations"]:
            return self.model.relation(rid)
        raise cmds.CommandError(f"No relation {ref!r} in this session.")

    def participant(self, ref: ParticipantRef) -> Participant | None:
        """Find a participant; ``None`` means the default "Facilitator" (None if missing)."""
        if isinstance(ref, Participant):
            return self.model.tables["participants"][ref.id]
        if ref is None:
            ref = voc.DEFAULT_PARTICIPANT
        if isinstance(ref, int) and ref in self.model.tables["participants"]:
            return self.model.tables["participants"][ref]
        if isinstance(ref, str):
            for p in self.participants:
                if p.name == ref:
                    return p
            if ref == voc.DEFAULT_PARTICIPANT:
                return None
        raise cmds.CommandError(f"No participant {ref!r} in this session.")

    def present_actors(self, phase: PhaseRef) -> list[Actor]:
        return self.model.present_actors(self.phase(phase).id)

    def active_relations(self, phase: PhaseRef) -> list[Relation]:
        return self.model.active_relations(self.phase(phase).id)

    def roles(self, actor: ActorRef, phase: PhaseRef) -> tuple[str, ...]:
        pres = self.model.presence(self.actor(actor).id, self.phase(phase).id)
        return pres.roles if pres else ()

    def scores(self, relation: RelationRef, phase: PhaseRef) -> list[dict[str, Any]]:
        """Every participant's vote on a relation in a phase, as plain dicts."""
        rel, ph = self.relation(relation), self.phase(phase)
        names = {p.id: p.name for p in self.participants}
        return [
            {
                "participant": names.get(s.participant_id, str(s.participant_id)),
                "participant_id": s.participant_id,
                "trust": s.trust,
                "commitment": s.commitment,
                "interdependence": s.interdependence,
                "interdependence_back": s.interdependence_back,
                "time": s.time,
                "source_id": s.source_id,
            }
            for s in self.model.votes(rel.id, ph.id)
        ]

    def consensus(self, relation: RelationRef, phase: PhaseRef) -> dict[str, DimensionConsensus]:
        """Per dimension: the (lower) median, the spread (max − min) and the number of votes
        of the room (reference participants only when the session pools them)."""
        rel, ph = self.relation(relation), self.phase(phase)
        return consensus_of(counted_votes(self.model, rel.id, ph.id))

    def three_c(self, relation: RelationRef, phase: PhaseRef) -> str | None:
        """The derived 3C class (the room's votes, the session's rule); see also
        :meth:`stated_class` and :meth:`voter_classes`."""
        return room_class(self.model, self.relation(relation), self.phase(phase).id)

    def graph(self, phase: PhaseRef) -> "nx.MultiDiGraph":
        """The phase as a networkx MultiDiGraph with actor, role and score attributes."""

        return phase_graph(self.model, self.phase(phase).id)

    def tables(self) -> dict[str, list[dict[str, Any]]]:
        """Every table of the session in tidy form (``session.tables``), plus the edit log.

        One row per observation with ids and names side by side, ready for
        ``pandas.DataFrame(rows)``; the ``events`` table is read from the file's log.
        """
        return tidy_tables(self.model, events=self._store.events())

    def events(self) -> list[dict[str, Any]]:
        """The edit log: one row per saved edit, undo, redo or bulk step, oldest first."""
        return self._store.events()

    # -- editing shortcuts (each is one command) ------------------------------------------
    def add_phase(self, name: str, key: str = "", *, index: int | None = None) -> Phase:
        pid = self.execute(cmds.AddPhase(phase_name=name, key=key, index=index))
        return self.model.phase(pid)

    def add_actor(
        self,
        name: str,
        type: str = "government",
        scale: str = "city",
        *,
        abilities: Sequence[str] = (),
        note: str = "",
        x: float = 0.0,
        y: float = 0.0,
        present_in: Sequence[PhaseRef] = (),
    ) -> Actor:
        aid = self.execute(
            cmds.AddActor(
                actor_name=name,
                type=type,
                scale=scale,
                abilities=tuple(abilities),
                note=note,
                x=x,
                y=y,
                present_in=tuple(self.phase(p).id for p in present_in),
            )
        )
        return self.model.actor(aid)

    def update_actor(self, actor: ActorRef, **changes: Any) -> Actor:
        a = self.actor(actor)
        self.execute(cmds.UpdateActor(actor_id=a.id, changes=changes))
        return self.model.actor(a.id)

    def delete_actor(self, actor: ActorRef) -> None:
        self.execute(cmds.DeleteActor(actor_id=self.actor(actor).id))

    def add_relation(
        self,
        source: ActorRef,
        target: ActorRef,
        kind: str = "information",
        directed: bool = True,
        *,
        note: str = "",
        attrs: dict[str, Any] | None = None,
        active_in: Sequence[PhaseRef] | None = None,
    ) -> Relation:
        """Add a relation, active in ``active_in``; by default (``None``) wherever both ends
        take part now, so a relation drawn in a case session, whose relations are otherwise
        not described, is there like one drawn in a session made in the app."""
        a, b = self.actor(source), self.actor(target)
        if active_in is None:
            phases = self.model.phases_both_present(a.id, b.id)
        else:
            phases = tuple(self.phase(p).id for p in active_in)
        rid = self.execute(
            cmds.AddRelation(
                source=a.id,
                target=b.id,
                kind=kind,
                directed=directed,
                note=note,
                attrs=dict(attrs or {}),
                active_in=phases,
            )
        )
        return self.model.relation(rid)

    def delete_relation(self, relation: RelationRef) -> None:
        self.execute(cmds.DeleteRelation(relation_id=self.relation(relation).id))

    def set_relation_active(self, relation: RelationRef, phase: PhaseRef, active: bool) -> None:
        """Switch a relation on or off in a phase (:meth:`set_relation_state` says more)."""
        self.set_relation_state(relation, phase, "active" if active else "inactive")

    def set_presence(
        self,
        actor: ActorRef,
        phase: PhaseRef,
        present: bool = True,
        roles: Sequence[str] | None = None,
        note: str | None = None,
    ) -> None:
        self.execute(
            cmds.SetPresence(
                actor_id=self.actor(actor).id,
                phase_id=self.phase(phase).id,
                present=present,
                roles=None if roles is None else tuple(roles),
                note=note,
            )
        )

    def add_participant(self, name: str, organisation: str = "") -> Participant:
        pid = self.execute(cmds.AddParticipant(participant_name=name, organisation=organisation))
        return self.model.tables["participants"][pid]

    def score(
        self,
        relation: RelationRef,
        phase: PhaseRef,
        trust: int | None = None,
        commitment: int | None = None,
        interdependence: int | None = None,
        participant: ParticipantRef = None,
    ) -> Score | None:
        """Record one participant's scores; dimensions left ``None`` keep their value."""
        values = {
            k: v
            for k, v in (
                ("trust", trust),
                ("commitment", commitment),
                ("interdependence", interdependence),
            )
            if v is not None
        }
        rel, ph = self.relation(relation), self.phase(phase)
        who = self.participant(participant)
        if who is None:  # the default participant was deleted: bring it back in the same step
            new_id = self.model.next_id("participants")
            self.execute(
                cmds.Batch(
                    [
                        cmds.AddParticipant(
                            participant_name=voc.DEFAULT_PARTICIPANT, participant_id=new_id
                        ),
                        cmds.SetScore(rel.id, ph.id, new_id, values),
                    ],
                    text="Score relation",
                )
            )
            return self.model.tables["scores"].get((rel.id, ph.id, new_id))
        self.execute(cmds.SetScore(relation_id=rel.id, phase_id=ph.id, participant_id=who.id, values=values))
        return self.model.tables["scores"].get((rel.id, ph.id, who.id))

    def clear_score(
        self, relation: RelationRef, phase: PhaseRef, dimensions: Sequence[str] = voc.SCORE_DIMENSIONS,
        participant: ParticipantRef = None,
    ) -> None:
        who = self.participant(participant)
        if who is None:
            return
        self.execute(
            cmds.SetScore(
                relation_id=self.relation(relation).id,
                phase_id=self.phase(phase).id,
                participant_id=who.id,
                values={d: None for d in dimensions},
            )
        )

    def set_meta(self, key: str, value: Any) -> None:
        self.execute(cmds.SetMeta(key=key, value=value))

    def add_note(self, text: str, *, phase: PhaseRef | None = None, actor: ActorRef | None = None,
                 relation: RelationRef | None = None, participant: ParticipantRef = None,
                 kind: str = "note") -> Note:
        """A timestamped note for a phase, or (``kind="quote"``) words attached to an actor/relation."""
        pid = self.participant(participant).id if participant is not None else None  # type: ignore[union-attr]
        nid = self.execute(AddNote(
            text=text, kind=kind, phase_id=self.phase(phase).id if phase is not None else None,
            actor_id=self.actor(actor).id if actor is not None else None,
            relation_id=self.relation(relation).id if relation is not None else None,
            participant_id=pid))
        return self.model.tables["notes"][nid]

    def notes(self, phase: PhaseRef | None = None) -> list[Note]:
        """Notes and quotes in time order; with ``phase``, only those written for that phase."""
        if phase is None:
            return self.model.notes
        pid = self.phase(phase).id
        return [n for n in self.model.notes if n.phase_id == pid]

    # -- summaries ------------------------------------------------------------------------
    def info(self) -> dict[str, Any]:
        """What ``workshop-app info`` prints: schema version and counts per phase."""
        phases = []
        for ph in self.phases:
            rels = self.model.active_relations(ph.id)
            phases.append({"phase": ph.name, "key": ph.key,
                           "actors_present": len(self.model.present_actors(ph.id)),
                           "relations": len(rels),
                           "scored_relations": sum(1 for r in rels if self.model.votes(r.id, ph.id))})
        return {
            "path": str(self.path),
            "title": self.title,
            "schema_version": SCHEMA_VERSION,
            "actors": len(self.actors),
            "relations": len(self.relations),
            "participants": len(self.participants),
            "phases": phases,
        }


__all__ = ["Session", "SessionFileError", "SCALE_DESCRIPTION"]
