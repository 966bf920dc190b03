"""A session rebuilt from the app's own tidy tables, ids kept, through the ordinary commands.

docs/exchange.md, section 7, is the contract: the settings first, then the sources, phases,
actors and relations with the ids the tables give (so every reference resolves), the votes,
and only then the recorded presence and relation states, since a vote can be kept from a
phase where its relation is no longer active (the commands let a vote be cast only where the
relation is active, so every actor takes part everywhere while the votes are cast, and the
recorded states are put in place afterwards; a state equal to the session's default leaves no
row, as in the session that was exported). Then the evidence tables, notes and prompt checks.
The import is one ``imported`` source that no fact cites. Values are read from CSV text or
typed workbook cells alike; a value the session refuses is one error naming the cell.
"""

from __future__ import annotations

import json
import math
import zipfile
from pathlib import Path
from typing import Any, Callable, Iterator

from ...domain import commands as cmds
from ...domain import commands_arenas as arenas
from ...domain import commands_evidence as ev
from ...domain import commands_levels as levels
from ...domain import commands_notes as notes
from ...domain import vocabulary as voc
from ...domain.command_base import CommandError
from ...session import Session
from ..errors import ImportFileError
from .build import place_reported
from .own_tables import SIGNATURE, OwnTables, account, csv_folder, is_own_workbook, read_own_folder, \
    read_own_workbook
from .report import ImportReport
from .xlsx_in import read_sheets

_TRUE = {"true", "1", "yes", "t"}
_FALSE = {"false", "0", "no", "f"}


class Cells:
    """Typed values of one row of one table; a bad value names its cell."""

    def __init__(self, tables: OwnTables, name: str, n: int, row: dict[str, Any]) -> None:
        self.tables, self.name, self.n, self.row = tables, name, n, row

    def fail(self, column: str | None, reason: str) -> ImportFileError:
        return self.tables.fail(self.name, self.n, column, reason)

    def raw(self, column: str) -> Any:
        value = self.row.get(column)
        return None if value is None or (isinstance(value, str) and value == "") else value

    def text(self, column: str) -> str:
        value = self.raw(column)
        if value is None:
            return ""
        if isinstance(value, float) and value.is_integer():
            return str(int(value))
        return str(value)

    def choice(self, column: str) -> str | None:
        return self.text(column).strip() or None

    def int(self, column: str, *, required: bool = False) -> int | None:
        value = self.raw(column)
        if value is None:
            if required:
                raise self.fail(column, f"the {column!r} cell is empty")
            return None
        if isinstance(value, bool):
            raise self.fail(column, f"{value!r} is not a whole number")
        if isinstance(value, float) and value.is_integer():
            return int(value)
        if isinstance(value, int):
            return value
        text = str(value).strip()
        if text.lstrip("-").isdigit() and len(text) <= 18:
            return int(text)
        raise self.fail(column, f"{text[:40]!r} is not a whole number")

    def id(self, column: str) -> int:
        return int(self.int(column, required=True))  # type: ignore[arg-type]

    def float(self, column: str) -> float | None:
        value = self.raw(column)
        if value is None:
            return None
        try:
            number = float(value)
        except (TypeError, ValueError):
            raise self.fail(column, f"{str(value)[:40]!r} is not a number") from None
        if not math.isfinite(number):
            raise self.fail(column, f"{value!r} is not a finite number")
        return number

    def bool(self, column: str) -> bool | None:
        value = self.raw(column)
        if value is None or isinstance(value, bool):
            return value
        text = str(value).strip().lower()
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
        raise self.fail(column, f"{str(value)[:40]!r} is not true or false")

    def json(self, column: str, default: Any) -> Any:
        value = self.raw(column)
        if value is None:
            return default
        try:
            return json.loads(str(value))
        except ValueError:
            raise self.fail(column, "not valid JSON") from None

    def list(self, column: str) -> tuple[str, ...]:
        return tuple(part for part in self.text(column).split(";") if part)


class TablesBuilder:
    """Fills one new session from the tables, as the module says."""

    def __init__(self, s: Session, tables: OwnTables, report: ImportReport) -> None:
        self.s, self.tables, self.report = s, tables, report

    def rows(self, name: str) -> Iterator[Cells]:
        for n, row in self.tables.rows(name):
            yield Cells(self.tables, name, n, row)

    def run(self, c: Cells, command: cmds.Command) -> Any:
        try:
            return self.s.execute(command)
        except CommandError as exc:
            raise c.fail(None, f"cannot be imported: {exc}") from None

    def cite(self, c: Cells, fact: str, key: Any, column: str = "evidence_id") -> None:
        sid = c.int(column)
        if sid is not None:
            self.run(c, ev.SetFactSource(fact=fact, key=key, source_id=sid))

    def fill(self) -> None:
        self.meta()
        for c in self.rows("sources"):
            self.run(c, ev.AddSource(
                kind=c.text("kind"), document=c.text("document"), section=c.text("section"),
                page=c.text("page"), quote=c.text("quote"), author=c.text("author"),
                reason=c.text("reason"), detail=c.json("detail", {}), time=c.text("time"),
                source_id=c.id("evidence_id")))
        phases = sorted(self.rows("phases"), key=lambda c: c.int("phase_number") or 0)
        for c in phases:
            pid = self.run(c, cmds.AddPhase(phase_name=c.text("name"), key=c.text("key"),
                                            note=c.text("note"), phase_id=c.id("phase_id")))
            if c.text("public_value"):
                self.run(c, arenas.SetPhasePublicValue(phase_id=pid, text=c.text("public_value")))
        everywhere = tuple(p.id for p in self.s.phases)
        self.base: dict[int, tuple[float, float]] = {}
        for c in self.rows("actors"):
            aid = c.id("actor_id")
            x, y = c.float("x") or 0.0, c.float("y") or 0.0
            self.base[aid] = (x, y)
            self.run(c, cmds.AddActor(
                actor_name=c.text("name"), type=c.text("type"), scale=c.text("scale"),
                abilities=c.list("abilities"), legal_status=c.text("legal_status"),
                note=c.text("note"), x=x, y=y, present_in=everywhere, actor_id=aid))
            changes = {"alt_name": c.text("alt_name"), "original_id": c.text("original_id"),
                       "pinned": bool(c.bool("pinned"))}
            self.run(c, cmds.UpdateActor(actor_id=aid, changes=changes))
            self.cite(c, "actor", aid)
        for c in self.rows("relations"):
            attrs = c.json("attrs", {})
            if not isinstance(attrs, dict):
                raise c.fail("attrs", "the relation's attributes must be a JSON object")
            if c.choice("openness"):
                attrs["openness"] = c.choice("openness")
            if c.bool("interoperable") is not None:
                attrs["interoperable"] = c.bool("interoperable")
            rid = self.run(c, cmds.AddRelation(
                source=c.id("source_id"), target=c.id("target_id"), kind=c.text("kind"),
                directed=c.bool("directed") is not False, note=c.text("note"), attrs=attrs,
                relation_id=c.id("relation_id")))
            if c.text("original_id"):
                self.run(c, cmds.UpdateRelation(relation_id=rid,
                                                changes={"original_id": c.text("original_id")}))
            self.cite(c, "relation", rid)
        self.participants()
        self.votes()
        self.presence()
        for c in self.rows("relation_phases"):
            key = (c.id("relation_id"), c.id("phase_id"))
            state = c.choice("recorded_state") or self.s.model.relation_default
            sid = c.int("evidence_id") if c.choice("recorded_state") else None
            self.run(c, ev.SetRelationState(relation_id=key[0], phase_id=key[1], state=state,
                                            source_id=sid))
        self.evidence()
        for c in self.rows("notes"):
            self.run(c, notes.AddNote(
                text=c.text("text"), kind=c.text("kind") or "note", phase_id=c.int("phase_id"),
                actor_id=c.int("actor_id"), relation_id=c.int("relation_id"),
                participant_id=c.int("participant_id"), time=c.text("time"),
                note_id=c.id("note_id")))
        for c in self.rows("prompt_checks"):
            self.run(c, notes.SetPromptCheck(phase_id=c.id("phase_id"),
                                             prompt_id=c.text("prompt_id"),
                                             done=bool(c.bool("done")), note=c.text("note"),
                                             time=c.text("time")))

    def meta(self) -> None:
        """Every setting of the file, before anything that depends on one."""
        for c in self.rows("meta"):
            value: Any = c.text("value")
            if c.bool("is_json"):
                value = c.json("value", None)
            self.run(c, cmds.SetMeta(key=c.text("key"), value=value))

    def participants(self) -> None:
        for p in list(self.s.model.participants):  # the new session's own "Facilitator"
            self.s.execute(cmds.DeleteParticipant(participant_id=p.id))
        for c in self.rows("participants"):
            pid = self.run(c, cmds.AddParticipant(
                participant_name=c.text("name"), organisation=c.text("organisation"),
                actor_id=c.int("actor_id"), participant_id=c.id("participant_id")))
            if c.text("group_name"):
                self.run(c, cmds.UpdateParticipant(participant_id=pid,
                                                   changes={"group_name": c.text("group_name")}))
            if (c.choice("kind") or "room") != "room":
                self.run(c, ev.SetParticipantKind(participant_id=pid, kind=c.text("kind")))
            self.cite(c, "participant", pid)

    def votes(self) -> None:
        """Every vote, cast while the relation is active in its phase (made so if need be;
        the recorded states are put back afterwards)."""
        model = self.s.model
        for c in self.rows("scores"):
            rid, pid, part = c.id("relation_id"), c.id("phase_id"), c.id("participant_id")
            rel = model.tables["relations"].get(rid)
            if rel is not None and pid in model.tables["phases"] \
                    and not model.relation_active(rel, pid):
                self.run(c, ev.SetRelationState(relation_id=rid, phase_id=pid, state="active"))
            values = {d: c.int(d) for d in (*voc.SCORE_DIMENSIONS, "interdependence_back")}
            self.run(c, cmds.SetScore(relation_id=rid, phase_id=pid, participant_id=part,
                                      values={d: v for d, v in values.items() if v is not None},
                                      time=c.text("time")))
            self.cite(c, "score", [rid, pid, part])

    def presence(self) -> None:
        """The recorded rows (any state) with everything they hold; the default elsewhere."""
        model = self.s.model
        default = model.presence_default
        roles: dict[tuple[int, int], list[Cells]] = {}
        for c in self.rows("roles"):
            roles.setdefault((c.id("actor_id"), c.id("phase_id")), []).append(c)
        for c in self.rows("presence"):
            aid, pid = c.id("actor_id"), c.id("phase_id")
            x, y = c.float("x"), c.float("y")
            if x is not None and y is not None and (x, y) != self.base.get(aid):
                self.run(c, cmds.MoveActors(moves=[(aid, x, y)], phase_id=pid))
            if not c.bool("state_recorded"):
                self.run(c, ev.SetPresenceState(actor_id=aid, phase_id=pid, state=default))
                continue
            state = c.text("state") or "present"
            self.run(c, cmds.SetPresence(actor_id=aid, phase_id=pid, present=True,
                                         roles=c.list("roles") if state == "present" else (),
                                         note=c.text("note")))
            if c.int("influence") is not None:
                self.run(c, ev.SetInfluence(actor_id=aid, phase_id=pid,
                                            influence=c.int("influence")))
            if c.choice("alignment"):
                self.run(c, ev.SetAlignment(actor_id=aid, phase_id=pid,
                                            alignment=c.choice("alignment")))
            if c.choice("orchestrator_form") or c.list("orchestrator_modes"):
                self.run(c, ev.SetOrchestrator(actor_id=aid, phase_id=pid,
                                               form=c.choice("orchestrator_form"),
                                               modes=c.list("orchestrator_modes")))
            if c.text("value_gains") or c.text("value_costs"):
                self.run(c, ev.SetValueEffects(actor_id=aid, phase_id=pid,
                                               gains=c.text("value_gains"),
                                               costs=c.text("value_costs")))
            self.run(c, ev.SetPresenceState(actor_id=aid, phase_id=pid, state=state,
                                            source_id=c.int("evidence_id")))
            for fact in voc.PRESENCE_FACTS:
                self.cite(c, fact, [aid, pid], f"{fact}_evidence_id")
            for r in roles.get((aid, pid), []):
                self.cite(r, "role", [aid, pid, r.text("role")])

    def evidence(self) -> None:
        for c in self.rows("arenas"):
            self.run(c, arenas.AddArena(arena_name=c.text("name"), level=c.text("level") or "other",
                                        note=c.text("note"), source_id=c.int("evidence_id"),
                                        arena_id=c.id("arena_id")))
        members: dict[tuple[int, int], list[int]] = {}
        first: dict[tuple[int, int], Cells] = {}
        for c in self.rows("arena_members"):
            key = (c.id("arena_id"), c.id("phase_id"))
            members.setdefault(key, []).append(c.id("actor_id"))
            first.setdefault(key, c)
        for (arena, phase), actors in members.items():
            self.run(first[(arena, phase)], arenas.SetArenaMembers(arena_id=arena, phase_id=phase,
                                                                  actor_ids=actors))
        for c in self.rows("stated_classes"):
            self.run(c, levels.SetStatedClass(
                phase_id=c.id("phase_id"), three_c=c.text("class"), relation_id=c.int("relation_id"),
                arena_id=c.int("arena_id"), source_id=c.int("evidence_id"), note=c.text("note"),
                stated_id=c.id("stated_class_id"), replace=False))
        for c in self.rows("stated_levels"):
            self.run(c, levels.SetStatedLevel(
                phase_id=c.id("phase_id"), dimension=c.text("dimension"), level=c.text("level"),
                relation_id=c.int("relation_id"), arena_id=c.int("arena_id"),
                source_id=c.int("evidence_id"), note=c.text("note"),
                stated_id=c.id("stated_level_id")))
        for c in self.rows("institutional_work"):
            self.run(c, arenas.SetInstitutionalWork(
                actor_id=c.id("actor_id"), phase_id=c.id("phase_id"), kind=c.text("kind"),
                aim=c.text("aim"), note=c.text("note"), source_id=c.int("evidence_id")))
        for c in self.rows("decision_points"):
            self.run(c, arenas.AddDecisionPoint(
                phase_id=c.id("phase_id"), decision_label=c.text("label"),
                kind=c.text("kind") or "other", date=c.text("date"), note=c.text("note"),
                source_id=c.int("evidence_id"), position=c.int("position"),
                decision_id=c.id("decision_point_id")))


def build_from_tables(tables: OwnTables, target: Path, report: ImportReport) -> None:
    """Write the session the tables hold at ``target`` (which must not exist)."""
    title = next((c.text("value") for c in _meta(tables) if c.text("key") == "title"), "")
    session = Session.create(target, title=title or tables.source.stem, default_phases=False)
    try:
        with session.bulk(f"Import {tables.source.name}"):
            TablesBuilder(session, tables, report).fill()
            model = session.model
            report.actors, report.relations = len(model.actors), len(model.relations)
            report.phases, report.votes = len(model.phases), len(model.tables["scores"])
            session.execute(ev.AddSource(kind="imported", document=tables.source.name,
                                         section="the app's own tables",
                                         detail=report.summary()))
    finally:
        session.close()


def read_own(src: Path) -> OwnTables:
    """The tables of a folder (or a bundle's ``csv/``) or of a workbook the app wrote."""
    if src.is_dir():
        return read_own_folder(src)
    sheets = read_sheets(src)
    if not is_own_workbook(sheets):
        raise ImportFileError(src, "not a workbook of the app's tables: it needs the sheets "
                              "meta, phases, actors, presence and relations")
    return read_own_workbook(src, sheets)


def import_own(src: Path, target: Path, *, force: bool = False,
               confirm: Callable[[ImportReport], bool] | None = None) -> ImportReport:
    """Import the app's own tables at ``src`` into a new session ``target``."""
    tables = read_own(src)
    report = ImportReport(source=src, fmt="tables", presence_default="")
    account(tables, report)

    return place_reported(lambda tmp: build_from_tables(tables, tmp, report), src, target, report,
                          force=force, confirm=confirm)


def own_format(src: Path) -> bool:
    """Whether ``src`` is a folder or workbook of the app's own tables (cheap to ask)."""
    if src.is_dir():
        return csv_folder(src) is not None
    if src.suffix.lower() not in (".xlsx", ".xlsm") or not src.is_file():
        return False
    from openpyxl import load_workbook  # as in xlsx_in: only when a workbook is asked about
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = load_workbook(src, read_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, ValueError, OSError):
        return False  # not a workbook at all: the workbook reader says why, in one line
    try:
        return all(name in book.sheetnames for name in SIGNATURE)
    finally:
        book.close()


def _meta(tables: OwnTables) -> Iterator[Cells]:
    for n, row in tables.rows("meta"):
        yield Cells(tables, "meta", n, row)


__all__ = ["build_from_tables", "TablesBuilder", "import_own", "own_format", "read_own"]
