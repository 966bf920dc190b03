"""The evidence of a case file written into its session: where each fact comes from, and the
concepts the papers use beside actors and relations.

Every ``source`` object of a case file (a passage of the paper with its words, or the case
encoder's reading with the reason) becomes one row of the session's ``sources`` table; the
same passage cited by several facts is one row cited several times. What the case records
beside its facts follows: explicit absences (only where the paper says an actor left or was
not involved; silence stays "not described"), the 3C classes and levels a paper states,
arenas and their members, institutional work, influence and alignment, orchestrators,
decision points, and who gains or bears costs. Called by :func:`.cases.build_case_session`
inside its one bulk step; imports no Qt.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

from ..domain import vocabulary as voc
from ..domain.commands_evidence import AddSource
from ..session import Session

_SOURCE_FIELDS = ("kind", "document", "section", "page", "quote", "author", "reason")
ELLIPSIS = " [...] "  # between passages of one combined source; each passage stays verbatim
WHOLE_CASE = "whole case"  # the label of a value effect the case gives for no one phase


def _key(src: dict[str, Any]) -> tuple[str, ...]:
    return tuple(str(src.get(f) or "").strip() for f in _SOURCE_FIELDS)


class SourceBook:
    """The session's sources for one case file, one row per distinct source object."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._ids: dict[tuple[str, ...], int] = {}

    def _add(self, values: dict[str, Any]) -> int:
        return int(self.session.execute(AddSource(**values)))

    def cite(self, src: dict[str, Any]) -> int:
        """The id of the session's row for this source object, made on first use."""
        key = _key(src)
        if key not in self._ids:
            self._ids[key] = self._add(dict(zip(_SOURCE_FIELDS, key)))
        return self._ids[key]

    def case_file(self, path: Path, paper: str) -> int:
        """The source of the reference participant: the case file the levels were read from
        (each level then cites its own passage)."""
        return self._add({"kind": "imported", "document": paper, "author": "case encoder",
                          "detail": {"case_file": path.name}})

    def combine(self, parts: list[tuple[str, dict[str, Any]]]) -> int | None:
        """One source for a fact whose parts come from different passages (a vote whose
        trust is stated in one place and interdependence inferred in another; a value effect
        named for one phase and for the whole case).

        A score or a text holds one source, so the parts are kept in ``detail["parts"]`` by
        label (``{"trust": {kind, document, section, quote, reason}, ...}``) and the row
        itself says the weakest evidence: inferred if any part is inferred. Its quote is the
        parts' passages joined by " [...] ", each verbatim."""
        if not parts:
            return None
        distinct = list(dict.fromkeys(_key(src) for _, src in parts))
        if len(distinct) == 1:
            return self.cite(parts[0][1])
        rows = [dict(zip(_SOURCE_FIELDS, k)) for k in distinct]
        inferred = [(label, src) for label, src in parts if src.get("kind") == "inferred"]
        stated = [label for label, src in parts if src.get("kind") != "inferred"]
        reason = ""
        if inferred:
            said = f"{', '.join(stated)} stated; " if stated else ""
            reason = said + "; ".join(f"{label} inferred: {str(src.get('reason', '')).strip()}"
                                      for label, src in inferred)
        detail = {"parts": {label: {f: str(src.get(f) or "").strip() for f in _SOURCE_FIELDS
                                    if f not in ("page", "author")}
                            for label, src in parts}}
        return self._add({
            "kind": "inferred" if inferred else "stated",
            "document": "; ".join(dict.fromkeys(r["document"] for r in rows if r["document"])),
            "section": "; ".join(dict.fromkeys(r["section"] for r in rows if r["section"])),
            "quote": ELLIPSIS.join(dict.fromkeys(r["quote"] for r in rows if r["quote"])),
            "author": "case encoder" if inferred else "",
            "reason": reason,
            "detail": detail,
        })

    def levels(self, level_sources: dict[str, dict[str, Any]]) -> int | None:
        """The source of a vote's levels: one passage, or the parts by dimension."""
        return self.combine([(d, level_sources[d]) for d in voc.SCORE_DIMENSIONS
                             if d in level_sources])


def level_kind(source: dict[str, Any] | None, dimension: str) -> str | None:
    """How one level of a vote is known (stated / inferred), reading a combined source's
    parts; ``None`` when the vote cites no source."""
    if source is None:
        return None
    part = (source.get("detail") or {}).get("parts", {}).get(dimension)
    return str(part["kind"]) if isinstance(part, dict) and "kind" in part else str(source["kind"])


# -- the case's own sections ------------------------------------------------------------------
def fill_evidence(session: Session, case: dict[str, Any], book: SourceBook,
                  actor_ids: dict[str, int], phase_ids: dict[str, int],
                  relation_ids: dict[tuple[str, str, str, bool], int]) -> None:
    """Write everything a case records beside presence and relations (see the module)."""
    for ab in case.get("absences", []):
        session.set_presence_state(actor_ids[ab["actor"]], phase_ids[ab["phase"]], "absent",
                                   book.cite(ab["source"]) if ab.get("source") else None)
    arena_ids = _arenas(session, case, book, actor_ids, phase_ids)
    _stated(session, case, book, phase_ids, arena_ids, relation_ids)
    for iw in case.get("institutional_work", []):
        session.set_institutional_work(
            actor_ids[iw["actor"]], phase_ids[iw["phase"]], iw["kind"], iw["aim"],
            note=str(iw.get("note") or ""), source=_cite(book, iw))
    for inf in case.get("influence", []):
        aid, pid = actor_ids[inf["actor"]], phase_ids[inf["phase"]]
        if inf.get("level") is not None:
            session.set_influence(aid, pid, inf["level"])
            session.cite(("influence", aid, pid), _cite(book, inf))
        if inf.get("alignment") is not None:
            session.set_alignment(aid, pid, inf["alignment"])
            session.cite(("alignment", aid, pid), _cite(book, inf))
    for orc in case.get("orchestrators", []):
        aid, pid = actor_ids[orc["actor"]], phase_ids[orc["phase"]]
        session.set_orchestrator(aid, pid, orc["form"], orc.get("modes", []))
        session.cite(("orchestrator", aid, pid), _cite(book, orc))
        if orc.get("note"):  # the presence row has one note: the orchestration's is added to it
            pres = session.presence(aid, pid)
            note = "\n".join(n for n in (pres["note"], f"Orchestration: {orc['note']}") if n)
            session.set_presence(aid, pid, present=True, note=note)
    for dp in case.get("decision_points", []):
        session.add_decision_point(phase_ids[dp["phase"]], dp["label"], dp["kind"],
                                   date=str(dp.get("date") or ""), note=str(dp.get("note") or ""),
                                   source=_cite(book, dp))
    _value_effects(session, case, book, actor_ids, phase_ids)


def _cite(book: SourceBook, record: dict[str, Any]) -> int | None:
    src = record.get("source")
    return book.cite(src) if isinstance(src, dict) else None


def _arenas(session: Session, case: dict[str, Any], book: SourceBook,
            actor_ids: dict[str, int], phase_ids: dict[str, int]) -> dict[str, int]:
    ids: dict[str, int] = {}
    for ar in case.get("arenas", []):
        arena = session.add_arena(ar["name"], ar.get("level", "other"),
                                  note=str(ar.get("note") or ""), source=_cite(book, ar))
        ids[ar["key"]] = arena.id
        for phase, members in (ar.get("members") or {}).items():
            if members:
                session.set_arena_members(arena, phase_ids[phase], [actor_ids[m] for m in members])
    return ids


def _relation_id(relation_ids: dict[tuple[str, str, str, bool], int], rel: dict[str, Any]) -> int:
    """The session's relation a stated record names (an undirected one from either end)."""
    src, tgt, kind = rel["source"], rel["target"], rel["kind"]
    for key in ((src, tgt, kind, True), (src, tgt, kind, False), (tgt, src, kind, False)):
        if key in relation_ids:
            return relation_ids[key]
    raise KeyError(f"no relation {src} -> {tgt} ({kind})")  # load_case checked it exists


def _stated(session: Session, case: dict[str, Any], book: SourceBook, phase_ids: dict[str, int],
            arena_ids: dict[str, int], relation_ids: dict[tuple[str, str, str, bool], int]) -> None:
    """Stated 3C classes (several for one scope where the paper states several, each with its
    own passage) and stated levels."""
    seen: set[tuple[str, int | None, int | None]] = set()
    for sc in case.get("stated_classes", []):
        rid = _relation_id(relation_ids, sc["relation"]) if sc["scope"] == "relation" else None
        aid = arena_ids[sc["arena"]] if sc["scope"] == "arena" else None
        scope = (sc["phase"], rid, aid)
        session.set_stated_class(phase_ids[sc["phase"]], sc["class"], relation=rid, arena=aid,
                                 source=_cite(book, sc), note=str(sc.get("note") or ""),
                                 replace=scope not in seen)
        seen.add(scope)
    for sl in case.get("stated_levels", []):
        rid = _relation_id(relation_ids, sl["relation"]) if sl["scope"] == "relation" else None
        aid = arena_ids[sl["arena"]] if sl["scope"] == "arena" else None
        session.set_stated_level(phase_ids[sl["phase"]], sl["dimension"], sl["level"],
                                 relation=rid, arena=aid, source=_cite(book, sl),
                                 note=str(sl.get("note") or ""))


def _value_effects(session: Session, case: dict[str, Any], book: SourceBook,
                   actor_ids: dict[str, int], phase_ids: dict[str, int]) -> None:
    """Who gains and who bears costs. An effect the case gives for no phase holds for the
    whole case: it is written in every phase the actor takes part in (every phase if none),
    beside what a phase's own record says, each cited."""
    texts: dict[tuple[int, int, str], list[tuple[str, str, dict[str, Any] | None]]] = defaultdict(list)
    for ve in case.get("value_effects", []):
        aid = actor_ids[ve["actor"]]
        if ve.get("phase") is not None:
            where = [(phase_ids[ve["phase"]], ve["phase"])]
        else:
            where = [(pid, WHOLE_CASE) for key, pid in phase_ids.items()
                     if session.model.is_present(aid, pid)]
            where = where or [(pid, WHOLE_CASE) for pid in phase_ids.values()]
        for pid, label in where:
            for side, column in (("gains", "value_gains"), ("costs", "value_costs")):
                text = str(ve.get(side) or "").strip()
                if text:
                    texts[(aid, pid, column)].append((label, text, ve.get("source")))
    for (aid, pid, column), parts in texts.items():
        # the phase's own words first, then those for the whole case
        parts.sort(key=lambda p: p[0] == WHOLE_CASE)
        text = "\n".join(dict.fromkeys(t for _, t, _ in parts))
        if column == "value_gains":
            session.set_value_effects(aid, pid, gains=text)
        else:
            session.set_value_effects(aid, pid, costs=text)
        cited = book.combine([(label, src) for label, _, src in parts if isinstance(src, dict)])
        if cited is not None:
            session.cite((column, aid, pid), cited)


__all__ = ["ELLIPSIS", "SourceBook", "WHOLE_CASE", "fill_evidence", "level_kind"]
