"""The app's own exchange data back into a session, every id kept (docs/exchange.md, §7).

A GEXF file, a GraphML folder or the bundle's CSV folder written by the app carries the
session's tidy tables: on nodes and edges, in the session block, or as files. The readers turn
what they find back into rows of those tables (the read-back columns of
``io.exchange.READ_BACK``); :func:`build_from_tables` makes the session from the rows, with
the ordinary edit commands, in the order the document gives: settings first (so presence
and relation states mean what they meant), then sources, phases, actors, participants,
presence, relations, votes, relation states, and the evidence tables.

A vote kept from a phase where its relation is no longer active (the room switched it off
after scoring) cannot be entered as an edit; the builder switches the relation (and, if need
be, its ends) on for that vote and then restores the states the file records, inside the one
bulk step of the import, so the session ends exactly as written.

Values may arrive typed (JSON in a session block) or as text (XML attributes, CSV cells); each
is read by what its column holds. The import's own ``imported`` source is recorded but cites
nothing: the facts keep the sources they had.
"""

from __future__ import annotations

import json
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from ...domain import commands as cmds
from ...domain import commands_arenas as arenas
from ...domain import commands_evidence as evidence
from ...domain import commands_levels as levels
from ...domain import commands_notes as notes
from ...domain import vocabulary as voc
from ...domain.command_base import CommandError
from ...session import Session
from ..errors import ImportFileError
from .foreign import parse_bool
from .report import ImportReport

Row = dict[str, Any]
Tables = dict[str, list[Row]]
NO_REASON = "(not given in the file)"


def _text(v: Any) -> str:
    return "" if v is None else str(v)


def _int(v: Any) -> int | None:
    if v is None or v == "" or isinstance(v, bool):
        return None
    if isinstance(v, int):
        return v
    try:
        number = float(str(v).strip())
    except ValueError:
        return None
    return int(number) if number.is_integer() else None


def _float(v: Any, default: float = 0.0) -> float:
    if v is None or v == "" or isinstance(v, bool):
        return default
    try:
        return float(v)
    except (TypeError, ValueError):
        return default


def _bool(v: Any) -> bool | None:
    if v is None or v == "":
        return None
    return parse_bool(v)


def _json(v: Any, default: Any) -> Any:
    if v is None or v == "":
        return default
    if not isinstance(v, str):
        return v
    try:
        return json.loads(v)
    except ValueError:
        return default


def _list(v: Any) -> list[str]:
    return [p for p in _text(v).split(";") if p.strip()]


def build_from_tables(tables: Tables, target: Path, report: ImportReport, source: Path,
                      fmt: str) -> None:
    """Write the session the rows describe at ``target`` (a new file)."""
    meta = {r["key"]: r for r in tables.get("meta", [])}
    title = _meta_value(meta["title"]) if "title" in meta else source.stem
    session = Session.create(target, title=str(title or source.stem), default_phases=False)
    try:
        with session.bulk(f"Import {source.name}"):
            _Tables(session, tables, report, source, fmt).fill()
    finally:
        session.close()


def _meta_value(row: Row) -> Any:
    value = row.get("value")
    return _json(value, value) if _bool(row.get("is_json")) else ("" if value is None else value)


@contextmanager
def _place(source: Path, where: str) -> Iterator[None]:
    """An edit the session refuses is one line naming the file and the row."""
    try:
        yield
    except CommandError as exc:
        raise ImportFileError(source, f"cannot be imported: {exc}", where) from None


class _Tables:
    def __init__(self, s: Session, tables: Tables, report: ImportReport, source: Path,
                 fmt: str) -> None:
        self.s, self.t, self.report, self.source, self.fmt = s, tables, report, source, fmt

    def rows(self, name: str) -> list[Row]:
        return self.t.get(name, [])

    def run(self, command: cmds.Command, where: str) -> Any:
        with _place(self.source, where):
            return self.s.execute(command)

    def cite(self, fact: str, key: Any, ev: Any, where: str) -> None:
        if _int(ev) is not None:
            self.run(evidence.SetFactSource(fact=fact, key=key, source_id=_int(ev)), where)

    def fill(self) -> None:
        for row in self.rows("meta"):
            if row.get("key") == "title":
                continue
            self.run(cmds.SetMeta(str(row["key"]), _meta_value(row)), f"setting {row.get('key')!r}")
        self._sources()
        self._phases()
        self._actors()
        self._participants()
        self._presence()
        self._relations()
        actors_on, relations_on = self._scores()
        self._relation_states(actors_on, relations_on)
        self._evidence_tables()
        self.report.actors = len(self.s.model.actors)
        self.report.relations = len(self.s.model.relations)
        self.report.phases = len(self.s.model.phases)
        self.report.votes = len(self.s.model.tables["scores"])
        used = [r["evidence_id"] for r in self.rows("sources") if _int(r.get("evidence_id"))]
        own = self.run(evidence.AddSource(
            kind="imported", document=self.source.name, section=self.fmt,
            source_id=max([_int(u) or 0 for u in used], default=0) + 1), "the import's source")
        self.run(cmds.SetMeta("imported_from", {"file": self.source.name, "format": self.fmt}), "")
        self.run(cmds.SetMeta("import_report", self.report.notes), "")
        self.run(evidence.UpdateSource(source_id=own, changes={"detail": self.report.summary()}), "")

    def _sources(self) -> None:
        for r in self.rows("sources"):
            kind = _text(r.get("kind")) or "stated"
            reason, document = _text(r.get("reason")), _text(r.get("document"))
            if kind == "inferred" and not reason.strip():
                reason = NO_REASON
                self.report.note("An inferred source without its reason (a pseudonymised "
                                 f"export) was recorded with the reason {NO_REASON!r}.")
            if kind == "stated" and not document.strip():
                document = NO_REASON
            self.run(evidence.AddSource(
                kind=kind, document=document, section=_text(r.get("section")),
                page=_text(r.get("page")), quote=_text(r.get("quote")),
                author=_text(r.get("author")), reason=reason,
                detail=_json(r.get("detail"), {}) if isinstance(_json(r.get("detail"), {}), dict) else {},
                time=_text(r.get("time")), source_id=_int(r.get("evidence_id"))),
                f"source {r.get('evidence_id')}")

    def _phases(self) -> None:
        for r in sorted(self.rows("phases"), key=lambda r: _int(r.get("phase_number")) or 0):
            where = f"phase {r.get('phase_number')}"
            pid = self.run(cmds.AddPhase(phase_name=_text(r.get("name")), key=_text(r.get("key")),
                                         note=_text(r.get("note")), phase_id=_int(r.get("phase_id"))),
                           where)
            if _text(r.get("public_value")):
                self.run(arenas.SetPhasePublicValue(phase_id=pid, text=_text(r["public_value"])), where)

    def _actors(self) -> None:
        for r in self.rows("actors"):
            where = f"actor {r.get('actor_id')}"
            aid = self.run(cmds.AddActor(
                actor_id=_int(r.get("actor_id")), actor_name=_text(r.get("name")),
                type=_text(r.get("type")) or "unknown", scale=_text(r.get("scale")) or "unknown",
                abilities=tuple(_list(r.get("abilities"))), legal_status=_text(r.get("legal_status")),
                note=_text(r.get("note")), x=_float(r.get("x")), y=_float(r.get("y"))), where)
            changes = {k: _text(r.get(k)) for k in ("alt_name", "original_id") if _text(r.get(k))}
            if _bool(r.get("pinned")):
                changes["pinned"] = True
            if changes:
                self.run(cmds.UpdateActor(actor_id=aid, changes=changes), where)
            self.cite("actor", aid, r.get("evidence_id"), where)

    def _participants(self) -> None:
        rows = self.rows("participants")
        if not rows:
            return
        for p in list(self.s.model.participants):  # the new session's own "Facilitator"
            self.run(cmds.DeleteParticipant(participant_id=p.id), "participants")
        for r in rows:
            where = f"participant {r.get('participant_id')}"
            pid = self.run(cmds.AddParticipant(
                participant_name=_text(r.get("name")), organisation=_text(r.get("organisation")),
                actor_id=_int(r.get("actor_id")), participant_id=_int(r.get("participant_id"))), where)
            if _text(r.get("group_name")):
                self.run(cmds.UpdateParticipant(participant_id=pid, changes={
                    "group_name": _text(r["group_name"])}), where)
            kind = _text(r.get("kind")) or "room"
            ev = _int(r.get("evidence_id"))
            if kind != "room" or ev is not None:
                self.run(evidence.SetParticipantKind(participant_id=pid, kind=kind, source_id=ev), where)

    # -- presence -------------------------------------------------------------------------------
    def _presence(self) -> None:
        roles: dict[tuple[int, int], list[Row]] = {}
        for r in self.rows("roles"):
            roles.setdefault((_int(r["actor_id"]), _int(r["phase_id"])), []).append(r)  # type: ignore[arg-type]
        model = self.s.model
        for r in self.rows("presence"):
            aid, pid = _int(r.get("actor_id")), _int(r.get("phase_id"))
            if aid is None or pid is None:
                continue
            where = f"presence of actor {aid} in phase {pid}"
            actor = model.tables["actors"].get(aid)
            x, y = r.get("x"), r.get("y")
            if actor is not None and x not in (None, "") and y not in (None, "") \
                    and (_float(x), _float(y)) != (actor.x, actor.y):
                x, y = _float(x), _float(y)
                self.run(cmds.MoveActors(moves=[(aid, x, y)], phase_id=pid), where)
            if _bool(r.get("state_recorded")) is False:
                continue
            self.presence_row(r, aid, pid, roles.get((aid, pid), []), where)

    def presence_row(self, r: Row, aid: int, pid: int, role_rows: list[Row], where: str) -> None:
        state = _text(r.get("state")) or "present"
        names = [_text(x["role"]) for x in role_rows] or _list(r.get("roles"))
        run = self.run
        run(cmds.SetPresence(actor_id=aid, phase_id=pid, present=True,
                             roles=tuple(names) if state == "present" else (),
                             note=_text(r.get("note"))), where)
        if _int(r.get("influence")) is not None:
            run(evidence.SetInfluence(actor_id=aid, phase_id=pid, influence=_int(r["influence"])), where)
        if _text(r.get("alignment")):
            run(evidence.SetAlignment(actor_id=aid, phase_id=pid, alignment=_text(r["alignment"])), where)
        if _text(r.get("value_gains")) or _text(r.get("value_costs")):
            run(evidence.SetValueEffects(actor_id=aid, phase_id=pid, gains=_text(r.get("value_gains")),
                                         costs=_text(r.get("value_costs"))), where)
        if state == "present":
            if _text(r.get("orchestrator_form")) or _text(r.get("orchestrator_modes")):
                run(evidence.SetOrchestrator(actor_id=aid, phase_id=pid,
                                             form=_text(r.get("orchestrator_form")) or None,
                                             modes=tuple(_list(r.get("orchestrator_modes")))), where)
            for role in role_rows:
                self.cite("role", [aid, pid, _text(role["role"])], role.get("evidence_id"), where)
            self.cite("presence", [aid, pid], r.get("evidence_id"), where)
        else:
            run(evidence.SetPresenceState(actor_id=aid, phase_id=pid, state=state,
                                          source_id=_int(r.get("evidence_id"))), where)

    # -- relations and votes ----------------------------------------------------------------------
    def _relations(self) -> None:
        for r in self.rows("relations"):
            where = f"relation {r.get('relation_id')}"
            attrs = _json(r.get("attrs"), {})
            attrs = attrs if isinstance(attrs, dict) else {"attrs": _text(r.get("attrs"))}
            rid = self.run(cmds.AddRelation(
                source=_int(r.get("source_id")) or 0, target=_int(r.get("target_id")) or 0,
                kind=_text(r.get("kind")) or "information", directed=_bool(r.get("directed")) is not False,
                note=_text(r.get("note")), attrs=attrs, relation_id=_int(r.get("relation_id"))), where)
            openness, interoperable = _text(r.get("openness")) or None, _bool(r.get("interoperable"))
            if openness is not None or interoperable is not None:
                self.run(evidence.SetDataOpenness(relation_id=rid, openness=openness,
                                                  interoperable=interoperable), where)
            if _text(r.get("original_id")):
                self.run(cmds.UpdateRelation(relation_id=rid, changes={
                    "original_id": _text(r["original_id"])}), where)
            self.cite("relation", rid, r.get("evidence_id"), where)

    def _scores(self) -> tuple[set[tuple[int, int]], set[tuple[int, int]]]:
        """Every vote; returns the (actor, phase) and (relation, phase) pairs switched on for
        a vote kept from a phase where the relation is not active."""
        model = self.s.model
        actors_on: set[tuple[int, int]] = set()
        relations_on: set[tuple[int, int]] = set()
        for r in self.rows("scores"):
            rid, pid, part = (_int(r.get(k)) for k in ("relation_id", "phase_id", "participant_id"))
            where = f"vote of participant {part} on relation {rid} in phase {pid}"
            rel = model.tables["relations"].get(rid)
            if rel is None or pid is None or part is None:
                raise ImportFileError(self.source, "a vote names a relation, phase or "
                                      "participant the file does not define", where)
            if not model.relation_active(rel, pid):
                for end in (rel.source, rel.target):
                    if not model.is_present(end, pid):
                        self.run(evidence.SetPresenceState(actor_id=end, phase_id=pid,
                                                           state="present"), where)
                        actors_on.add((end, pid))
                self.run(evidence.SetRelationState(relation_id=rel.id, phase_id=pid,
                                                   state="active"), where)
                relations_on.add((rel.id, pid))
            values = {d: _int(r.get(d)) for d in (*voc.SCORE_DIMENSIONS, "interdependence_back")}
            self.run(cmds.SetScore(relation_id=rel.id, phase_id=pid, participant_id=part,
                                   values={d: v for d, v in values.items() if v is not None},
                                   time=_text(r.get("time"))), where)
            self.cite("score", [rel.id, pid, part], r.get("evidence_id"), where)
        return actors_on, relations_on

    def _relation_states(self, actors_on: set[tuple[int, int]],
                         relations_on: set[tuple[int, int]]) -> None:
        """The recorded relation states, and everything switched on for a vote put back."""
        recorded: dict[tuple[int, int], Row] = {}
        for r in self.rows("relation_phases"):
            state = _text(r.get("recorded_state"))
            if "state_recorded" in r and "recorded_state" not in r:
                state = _text(r.get("state")) if _bool(r.get("state_recorded")) else ""
            if state:
                recorded[(_int(r["relation_id"]), _int(r["phase_id"]))] = {**r, "state": state}  # type: ignore[index]
        model = self.s.model
        presence = {(_int(r.get("actor_id")), _int(r.get("phase_id"))): r for r in self.rows("presence")}
        for aid, pid in sorted(actors_on):
            r = presence.get((aid, pid))
            if r is not None and _bool(r.get("state_recorded")) is not False:
                self.presence_row(r, aid, pid, [], f"presence of actor {aid} in phase {pid}")
            else:
                self.run(evidence.SetPresenceState(actor_id=aid, phase_id=pid,
                                                   state=model.presence_default), "presence")
        for rid, pid in sorted(relations_on):
            if (rid, pid) not in recorded:
                self.run(evidence.SetRelationState(relation_id=rid, phase_id=pid,
                                                   state=model.relation_default), "relation state")
        for (rid, pid), r in recorded.items():
            self.run(evidence.SetRelationState(relation_id=rid, phase_id=pid, state=r["state"],
                                               source_id=_int(r.get("evidence_id"))),
                     f"state of relation {rid} in phase {pid}")

    # -- the evidence tables --------------------------------------------------------------------
    def _evidence_tables(self) -> None:
        run = self.run
        for r in self.rows("arenas"):
            run(arenas.AddArena(arena_name=_text(r.get("name")), level=_text(r.get("level")) or "other",
                                note=_text(r.get("note")), source_id=_int(r.get("evidence_id")),
                                arena_id=_int(r.get("arena_id"))), f"arena {r.get('arena_id')}")
        members: dict[tuple[int, int], list[int]] = {}
        for r in self.rows("arena_members"):
            members.setdefault((_int(r["arena_id"]), _int(r["phase_id"])), []).append(_int(r["actor_id"]))  # type: ignore[arg-type]
        for (arena, pid), actors in members.items():
            run(arenas.SetArenaMembers(arena_id=arena, phase_id=pid, actor_ids=actors), f"arena {arena}")
        for r in self.rows("stated_classes"):
            run(evidence.SetStatedClass(
                phase_id=_int(r.get("phase_id")) or 0, three_c=_text(r.get("class")),
                relation_id=_int(r.get("relation_id")), arena_id=_int(r.get("arena_id")),
                source_id=_int(r.get("evidence_id")), note=_text(r.get("note")),
                stated_id=_int(r.get("stated_class_id")), replace=False),
                f"stated class {r.get('stated_class_id')}")
        for r in self.rows("stated_levels"):
            run(levels.SetStatedLevel(
                phase_id=_int(r.get("phase_id")) or 0, dimension=_text(r.get("dimension")),
                level=_text(r.get("level")), relation_id=_int(r.get("relation_id")),
                arena_id=_int(r.get("arena_id")), source_id=_int(r.get("evidence_id")),
                note=_text(r.get("note")), stated_id=_int(r.get("stated_level_id"))),
                f"stated level {r.get('stated_level_id')}")
        for r in self.rows("institutional_work"):
            run(arenas.SetInstitutionalWork(
                actor_id=_int(r.get("actor_id")) or 0, phase_id=_int(r.get("phase_id")) or 0,
                kind=_text(r.get("kind")), aim=_text(r.get("aim")), note=_text(r.get("note")),
                source_id=_int(r.get("evidence_id"))), "institutional work")
        for r in self.rows("decision_points"):
            run(arenas.AddDecisionPoint(
                phase_id=_int(r.get("phase_id")) or 0, decision_label=_text(r.get("label")),
                kind=_text(r.get("kind")) or "other", date=_text(r.get("date")),
                note=_text(r.get("note")), source_id=_int(r.get("evidence_id")),
                position=_int(r.get("position")), decision_id=_int(r.get("decision_point_id"))),
                f"decision point {r.get('decision_point_id')}")
        for r in self.rows("notes"):
            run(notes.AddNote(text=_text(r.get("text")), kind=_text(r.get("kind")) or "note",
                              phase_id=_int(r.get("phase_id")), actor_id=_int(r.get("actor_id")),
                              relation_id=_int(r.get("relation_id")),
                              participant_id=_int(r.get("participant_id")),
                              time=_text(r.get("time")), note_id=_int(r.get("note_id"))),
                f"note {r.get('note_id')}")
        for r in self.rows("prompt_checks"):
            run(notes.SetPromptCheck(phase_id=_int(r.get("phase_id")) or 0,
                                     prompt_id=_text(r.get("prompt_id")),
                                     done=_bool(r.get("done")) is not False,
                                     note=_text(r.get("note")), time=_text(r.get("time"))),
                "prompt check")


__all__ = ["build_from_tables", "Tables", "Row"]
