"""What the network exports share beyond the tables: the columns a reader must read back,
the individual votes as JSON, the readable per-phase summaries, and the session block.

GEXF and GraphML carry a session's network on nodes and edges; what has no node or edge to
sit on (settings, phases, participants, sources, notes, arenas...) travels as one JSON
object, the *session block*, so the app's own files give back the same session on import
(docs/exchange.md, section 6). Everything here works on the tidy tables, so a pseudonymised
copy is written the same way and holds none of the removed words.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from operator import itemgetter
from typing import Any, Callable, Collection, Iterable, Mapping, Sequence

from ..domain.textsafe import has_xml_illegal

Row = dict[str, Any]
Tables = Mapping[str, list[Row]]

EXCHANGE_NAME = "assemblage-workshop"
EXCHANGE_VERSION = 1
# The line of a GEXF description after which the session block follows (one JSON line).
GEXF_BLOCK_LINE = "workshop-app exchange data (JSON):"

# The columns a lossless reader reads back, per table (docs/exchange.md marks them R); every
# other column is derived and written only so that a table reads on its own.
READ_BACK: dict[str, tuple[str, ...]] = {
    "meta": ("key", "value", "is_json"),
    "phases": ("phase_id", "phase_number", "name", "key", "note", "public_value"),
    "actors": ("actor_id", "name", "type", "scale", "abilities", "legal_status", "note",
               "alt_name", "original_id", "x", "y", "pinned", "evidence_id"),
    "presence": ("actor_id", "phase_id", "state", "state_recorded", "roles", "x", "y", "note",
                 "influence", "alignment", "orchestrator_form", "orchestrator_modes",
                 "value_gains", "value_costs", "evidence_id"),
    "roles": ("actor_id", "phase_id", "role", "evidence_id"),
    "relations": ("relation_id", "source_id", "target_id", "kind", "directed", "note", "attrs",
                  "openness", "interoperable", "original_id", "evidence_id"),
    "relation_phases": ("relation_id", "phase_id", "recorded_state", "evidence_id"),
    "participants": ("participant_id", "name", "organisation", "actor_id", "kind", "group_name",
                     "evidence_id"),
    "scores": ("relation_id", "phase_id", "participant_id", "trust", "commitment",
               "interdependence", "interdependence_back", "time", "evidence_id"),
    "consensus": (),
    "stated_classes": ("stated_class_id", "phase_id", "relation_id", "arena_id", "class", "note",
                       "evidence_id"),
    "stated_levels": ("stated_level_id", "phase_id", "relation_id", "arena_id", "dimension",
                      "level", "note", "evidence_id"),
    "arenas": ("arena_id", "name", "level", "note", "evidence_id"),
    "arena_members": ("arena_id", "actor_id", "phase_id"),
    "institutional_work": ("actor_id", "phase_id", "kind", "aim", "note", "evidence_id"),
    "decision_points": ("decision_point_id", "phase_id", "position", "label", "kind", "date",
                        "note", "evidence_id"),
    "sources": ("evidence_id", "kind", "document", "section", "page", "quote", "author", "reason",
                "detail", "time"),
    "notes": ("note_id", "kind", "text", "phase_id", "actor_id", "relation_id", "participant_id",
              "time"),
    "prompt_checks": ("phase_id", "prompt_id", "done", "note", "time"),
    "events": (),
}

# Tables that have no node or edge of their own: always in the session block.
SESSION_TABLES: tuple[str, ...] = (
    "meta", "phases", "participants", "sources", "notes", "prompt_checks", "stated_classes",
    "stated_levels", "arenas", "arena_members", "institutional_work", "decision_points",
)

# The keys of one vote in a ``votes`` value, in the order written; an empty value is left out.
VOTE_KEYS: tuple[str, ...] = ("participant", "participant_id", "trust", "commitment",
                              "interdependence", "interdependence_back", "time", "evidence_id")


def _compact(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


# How JSON writes a character XML cannot hold (\b, \f, \u0000-\u001f), or the character
# itself (JSON leaves U+FFFE and the like as they are); a match may be a false alarm (an
# escaped backslash before a "b"), which only costs a second look.
_MAY_HOLD_CONTROLS = re.compile(r'\\(?:b|f|u00[01][0-9a-f])|[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]')


def _same(text: str) -> str:
    return text


# Text JSON writes as it is between its quotes: printable ASCII but the quote and backslash.
_PLAIN_JSON_TEXT = re.compile(r'[ !#-\[\]-~]*')


def _json_text(text: str) -> str:
    """A string as JSON; the usual ISO time needs no escaping, so no encoder is called."""
    return f'"{text}"' if _PLAIN_JSON_TEXT.fullmatch(text) else _compact(text)


@dataclass(frozen=True)
class VoteGroups:
    """The votes of every (relation, phase), gathered in one pass for every writer.

    A research bundle writes each vote into both networks and counts the room's votes for
    its agreement table; a large session has a hundred thousand votes, so they are grouped
    by relation and phase once per bundle (:func:`vote_groups`) and handed to each writer.
    A writer called on its own gathers them itself, through the same function."""

    json: dict[tuple[int, int], str]  # (relation_id, phase_id) -> the ``votes`` JSON text
    # Phase id -> the room's votes on each relation active there, relations in id order
    # (``analysis.agreement.agreement_of_units``): (participant id, (trust, commitment,
    # interdependence, interdependence_back)) each.
    room: dict[int, list[list[tuple[int, tuple[Any, ...]]]]]
    # No text holds what XML cannot hold or must escape (& < > ' and carriage return), so
    # both networks write it as it is (the usual case; checked once on all texts together).
    xml_plain: bool


# The score columns a vote's JSON and the room's agreement read, in the order unpacked.
_VOTE_COLUMNS = itemgetter("relation_id", "phase_id", "participant_name", "participant_id",
                           "trust", "commitment", "interdependence", "interdependence_back",
                           "time", "evidence_id", "relation_active")


def vote_groups(scores: Iterable[Row], clean: Callable[[str], str] | None = None,
                room_ids: Collection[int] = ()) -> VoteGroups:
    """One pass over the score rows (in table order): each vote as JSON text grouped by
    (relation_id, phase_id), and the votes of ``room_ids`` on active relations.

    The JSON is built from pieces, since a large session has a hundred thousand votes and
    both network formats write them: the participant's part and the scores' part repeat (few
    people, few combinations of 1-5), so each is encoded once; ``json.loads`` reads the
    result as if ``json.dumps`` had written the list of objects. ``clean`` drops from names
    and times what the file format cannot hold (JSON would escape it; XML then drops it
    everywhere else, and a name must read the same in a vote as in the participants' list)."""
    clean = clean or _same
    heads: dict[tuple[Any, Any], str] = {}
    middles: dict[tuple[Any, ...], str] = {}
    times: dict[Any, str] = {}
    grouped: dict[tuple[int, int], list[str]] = {}
    room: dict[int, list[list[tuple[int, tuple[Any, ...]]]]] = {}
    # One (participant, scores) tuple per distinct vote, shared by every unit holding it: a
    # new tuple per vote kept alive would set off the garbage collector's full passes over
    # all the tables again and again.
    shared: dict[tuple[Any, ...], tuple[int, tuple[Any, ...]]] = {}
    unit: list[tuple[int, tuple[Any, ...]]] = []
    unit_key: tuple[int, int] | None = None
    for rid, pid, name, part, t, c, i, back, when, evidence, active in map(_VOTE_COLUMNS, scores):
        who = (name, part)
        head = heads.get(who)
        if head is None:
            clean_name = clean(name) if isinstance(name, str) else name
            head = heads[who] = "{" + ",".join(
                f'"{k}":{_compact(v)}' for k, v in zip(VOTE_KEYS[:2], (clean_name, part))
                if v is not None and v != "")
        scored = (t, c, i, back)
        middle = middles.get(scored)
        if middle is None:
            middle = middles[scored] = "".join(
                f',"{k}":{v}' for k, v in zip(VOTE_KEYS[2:6], scored) if v is not None)
        tail = times.get(when)
        if tail is None:  # an ISO time is plain JSON text, which has nothing to clean
            tail = times[when] = (f',"time":"{when}"' if _PLAIN_JSON_TEXT.fullmatch(when)
                                  else f',"time":{_json_text(clean(when))}') if when else ""
        text = f'{head}{middle}{tail},"evidence_id":{evidence}}}' if evidence is not None else \
            f"{head}{middle}{tail}}}"
        key = (rid, pid)
        grouped.setdefault(key, []).append(text)
        if active and part in room_ids:
            if key != unit_key:
                unit, unit_key = [], key
                room.setdefault(pid, []).append(unit)
            vote = shared.get((part, scored))
            if vote is None:
                vote = shared[(part, scored)] = (part, scored)
            unit.append(vote)
    json_texts = {key: "[" + ",".join(votes) + "]" for key, votes in grouped.items()}
    # The texts are made of these pieces, brackets, commas and evidence ids (integers):
    # checking the few distinct pieces checks every text.
    pieces = "".join([*heads.values(), *middles.values(), *times.values()])
    plain = not has_xml_illegal(pieces) and not any(ch in pieces for ch in "&<>'\r")
    return VoteGroups(json=json_texts, room=room, xml_plain=plain)


def voter_classes_text(row: Row) -> str:
    """``cooperation 2; coordination 1`` from a consensus row's voter counts."""
    parts = []
    for cls in ("cooperation", "coordination", "collaboration", "unclassified"):
        n = row.get(f"voters_{cls}") or 0
        if n:
            parts.append(f"{cls} {n}")
    return "; ".join(parts)


def role_evidence(roles: Iterable[Row]) -> dict[tuple[int, int], str]:
    """Per (actor_id, phase_id), the JSON object role -> evidence_id (only cited roles)."""
    found: dict[tuple[int, int], dict[str, int]] = {}
    for r in roles:
        if r.get("evidence_id") is not None:
            found.setdefault((r["actor_id"], r["phase_id"]), {})[r["role"]] = r["evidence_id"]
    return {key: _compact(value) for key, value in found.items()}


def actor_phase_lists(tables: Tables) -> tuple[dict[tuple[int, int], str], dict[tuple[int, int], str]]:
    """Readable per (actor_id, phase_id): the arenas the actor sits in, and its institutional
    work as ``political creating; cultural maintaining``."""
    arenas: dict[tuple[int, int], list[str]] = {}
    for m in tables.get("arena_members", ()):
        arenas.setdefault((m["actor_id"], m["phase_id"]), []).append(str(m["arena_name"]))
    work: dict[tuple[int, int], list[str]] = {}
    for w in tables.get("institutional_work", ()):
        work.setdefault((w["actor_id"], w["phase_id"]), []).append(f"{w['kind']} {w['aim']}")
    return ({k: ";".join(v) for k, v in arenas.items()}, {k: "; ".join(v) for k, v in work.items()})


def _values(name: str, rows: Iterable[Row]) -> list[Any]:
    """The read-back values of tidy rows (which hold every column), row by row."""
    cols = READ_BACK[name]
    if len(cols) == 1:
        return [[r[cols[0]]] for r in rows]
    return list(map(itemgetter(*cols), rows))


def _table(tables: Tables, name: str, keep: Any = None) -> dict[str, Any]:
    rows = tables.get(name, [])
    if keep is not None:
        rows = [r for r in rows if keep(r)]
    return {"columns": list(READ_BACK[name]), "rows": _values(name, rows)}


def block_tables(tables: Tables, *, actors_on_graph: set[int], relations_on_graph: set[int],
                 phase_ids: Sequence[int] | None = None) -> dict[str, Any]:
    """The session block's tables (see :func:`block_text`).

    ``actors_on_graph`` / ``relations_on_graph``: the actors and relations written as nodes
    and edges somewhere in the export; the others go here whole, with their presence, roles,
    relation states and votes. ``phase_ids`` limits phase-bound rows to some phases.
    """
    chosen = None if phase_ids is None else set(phase_ids)

    def in_phases(r: Row) -> bool:
        return chosen is None or r.get("phase_id") is None or r["phase_id"] in chosen

    out: dict[str, Any] = {}
    for name in SESSION_TABLES:
        if name in tables:
            out[name] = _table(tables, name, in_phases)
    off_actors = {a["actor_id"] for a in tables["actors"]} - actors_on_graph
    off_relations = {r["relation_id"] for r in tables["relations"]} - relations_on_graph
    out["actors"] = _table(tables, "actors", lambda r: r["actor_id"] in off_actors)
    out["relations"] = _table(tables, "relations", lambda r: r["relation_id"] in off_relations)
    out["presence"] = _table(tables, "presence", lambda r: r["actor_id"] in off_actors
                             and r["state_recorded"] and in_phases(r))
    out["roles"] = _table(tables, "roles", lambda r: r["actor_id"] in off_actors and in_phases(r))
    out["relation_phases"] = _table(tables, "relation_phases", lambda r: r["relation_id"] in
                                    off_relations and r["recorded_state"] and in_phases(r))
    out["scores"] = _table(tables, "scores",
                           lambda r: r["relation_id"] in off_relations and in_phases(r))
    return out


def block_text(block: Mapping[str, Any], more: Mapping[str, list[Row]] | None = None,
               clean: Callable[[str], str] | None = None) -> str:
    """The session block as one line of JSON; ``more`` adds rows of presence, roles,
    relation_phases or scores (a GraphML phase file's rows that sit on no element).

    ``clean`` drops from every text what the file format cannot hold, as on the elements:
    JSON would carry a control character escaped, and the same name would then read
    differently in the block and on a node. Only a block that holds one is walked again."""
    out = dict(block)
    for name, rows in (more or {}).items():
        out[name] = {"columns": list(READ_BACK[name]),
                     "rows": [*out[name]["rows"], *_values(name, rows)]}
    text = _compact({"exchange": EXCHANGE_NAME, "version": EXCHANGE_VERSION, "tables": out})
    if clean is None or not _MAY_HOLD_CONTROLS.search(text):
        return text
    for name, table in out.items():
        out[name] = {"columns": table["columns"],
                     "rows": [[clean(v) if isinstance(v, str) else v for v in row]
                              for row in table["rows"]]}
    return _compact({"exchange": EXCHANGE_NAME, "version": EXCHANGE_VERSION, "tables": out})


def session_block(tables: Tables, *, actors_on_graph: set[int], relations_on_graph: set[int],
                  phase_ids: Sequence[int] | None = None,
                  clean: Callable[[str], str] | None = None) -> str:
    """The session block of a GEXF file as one line of JSON."""
    return block_text(block_tables(tables, actors_on_graph=actors_on_graph,
                                   relations_on_graph=relations_on_graph, phase_ids=phase_ids),
                      clean=clean)


def parse_session_block(text: str) -> dict[str, list[Row]]:
    """The tables of a session block as lists of rows (for readers and tests)."""
    data = json.loads(text)
    if not isinstance(data, dict) or data.get("exchange") != EXCHANGE_NAME:
        raise ValueError("not an Assemblage Workshop session block")
    return {name: [dict(zip(t["columns"], row)) for row in t["rows"]]
            for name, t in data["tables"].items()}


__all__ = ["READ_BACK", "SESSION_TABLES", "VOTE_KEYS", "GEXF_BLOCK_LINE", "EXCHANGE_NAME",
           "EXCHANGE_VERSION", "vote_groups", "VoteGroups", "voter_classes_text",
           "role_evidence",
           "actor_phase_lists", "block_tables", "block_text", "session_block",
           "parse_session_block"]
