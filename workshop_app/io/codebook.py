"""What every exported table and column means: the codebook of the research data.

A researcher who was not in the room must be able to read the tables without us: types,
allowed values, the 1-5 scale (ours, not the papers'), how the 3C class is derived, what an
empty cell means and whether names were pseudonymised. One source for ``codebook.json``, the
XLSX "codebook" sheet and the bundle README.
"""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any, Mapping, Sized

from .. import __version__
from ..domain import vocabulary as voc
from ..session import SCALE_DESCRIPTION
from .codebook_evidence import (
    CONCEPTS,
    CONSENSUS_EXTRA,
    EVIDENCE,
    EVIDENCE_TABLES,
    PAPERS,
    PRESENCE_EXTRA,
    RECORDED_STATE_ENTRY,
    STATE_ENTRY,
    evidence_vocabularies,
)

THREE_C_RULE = (
    "Derived per relation and phase from the counted votes, levels read as 1-2 low, 3 medium, "
    "4-5 high, by the rule the session records (meta threec_rule, consensus.threec_rule). "
    "median: the class of the per-dimension medians - collaboration if trust, commitment and "
    "interdependence are all high, cooperation if the middle of the three levels is low, "
    "coordination otherwise. weakest: each voter's own class (collaboration if all three are "
    "high, cooperation if any is low, else coordination), then the lower median of those "
    "classes, so the room's class is one a voter holds; it fits 002's examples (project teams "
    "with only commitment low are cooperation; Darmstadt's growth phase, high, high and low, "
    "'stuck at the level of cooperation'). Where interdependence is recorded both ways the "
    "weaker direction counts. Empty (unclassified) while a dimension is unscored. The voters_* "
    "columns give the per-voter classes; the stated class, when a source gives one, stands "
    "beside the derived one. The rules are this app's reading of 002."
)
MEDIAN_RULE = (
    "Scores are ordinal: the centre is the lower median of the participants' votes (it stays "
    "on the 1-5 scale), the spread is max - min; no mean is computed."
)
AGREEMENT_UNDEFINED = (
    "Alpha is undefined (empty, never 0) when no unit has two room votes on the dimension, or "
    "when every vote compared is the same value (no variation, so chance agreement is total)."
)
MISSING_RULE = "An empty cell means not stated or not scored; it is never 0 and never 'low'."
NETWORKS = (
    "GEXF and GraphML: a relation drawn without a direction is an undirected edge (GEXF "
    "type='undirected' on the edge, the graph's defaultedgetype 'directed' unless every edge is "
    "undirected; GraphML directed='false' on the edge, or edgedefault='undirected' when every "
    "edge of the file is); 'weight' is the median trust of the phase, absent when trust is "
    "unscored (Gephi then uses 1); 'votes' holds every individual vote of the phase as JSON "
    "(participant, participant_id, trust, commitment, interdependence, interdependence_back, "
    "time, evidence_id; a missing key = not scored). Attributes are named after the table "
    "columns they come from; the full mapping is the app's exchange specification "
    "(docs/exchange.md)."
)

_P = {  # columns that repeat across tables
    "actor_id": ("integer", "actor id (stable within the session)"),
    "actor_name": ("string", "actor name"),
    "phase_id": ("integer", "phase id (stable within the session; see phases)"),
    "phase_number": ("integer", "1-based order of the phase in the session (= GEXF time)"),
    "phase_name": ("string", "phase name"),
    "relation_id": ("integer", "relation id (stable within the session)"),
    "source_id": ("integer", "actor id at the relation's source (the funder, the asker...)"),
    "source_name": ("string", "name of the source actor"),
    "target_id": ("integer", "actor id at the relation's target"),
    "target_name": ("string", "name of the target actor"),
    "kind": ("string", "relation kind", "relation_kinds"),
    "participant_id": ("integer", "participant id"),
    "participant_name": ("string", "participant name"),
    "time": ("string", "ISO-8601 UTC time of the last change"),
}

_DIMENSION_COLUMNS: dict[str, tuple[str, ...]] = {}
for _d in voc.SCORE_DIMENSIONS:
    _DIMENSION_COLUMNS[f"{_d}_median"] = ("integer", f"lower median of the votes on {_d} (1-5)", "score_scale")
    _DIMENSION_COLUMNS[f"{_d}_spread"] = ("integer", f"max - min of the votes on {_d} (0-4)")
    _DIMENSION_COLUMNS[f"{_d}_n"] = ("integer", f"number of votes on {_d}")

TABLES: dict[str, dict[str, Any]] = {
    "meta": {
        "description": "Session settings: title, score scale, creation time, case summary and sources.",
        "key": ["key"],
        "columns": {"key": ("string", "setting name"),
                    "value": ("string", "setting value: plain text, or JSON text when is_json"),
                    "is_json": ("boolean", "true if value is JSON text (numbers, booleans, lists, objects)")},
    },
    "phases": {
        "description": "The phases of the project in session order.",
        "key": ["phase_id"],
        "columns": {"phase_id": _P["phase_id"], "phase_number": _P["phase_number"],
                    "name": ("string", "phase name"),
                    "key": ("string", "canonical stage or a case-local key", "phase_keys"),
                    "canonical": ("boolean", "true if key is one of the canonical stages"),
                    "note": ("string", "facilitator's note on the phase"),
                    "public_value": ("string", "the public value the phase is meant to create (000)")},
    },
    "actors": {
        "description": "One row per actor: a concrete organisation or group, one identity across phases.",
        "key": ["actor_id"],
        "columns": {"actor_id": _P["actor_id"], "name": ("string", "actor name"),
                    "type": ("string", "actor type (a lens, not a verdict); unknown = not known", "actor_types"),
                    "scale": ("string", "where the actor acts in this project; unknown = not known", "scales"),
                    "abilities": ("string", "';'-separated abilities; empty = not stated", "abilities"),
                    "legal_status": ("string", "free-text legal status"),
                    "note": ("string", "facilitator's note on the actor"),
                    "alt_name": ("string", "the name in a second language"),
                    "original_id": ("string", "the actor's id in the file it was imported from"),
                    "x": ("number", "shared canvas position, x (pixels)"),
                    "y": ("number", "shared canvas position, y (pixels, downwards)"),
                    "pinned": ("boolean", "true if the layout may not move the actor"), **EVIDENCE},
    },
    "presence": {
        "description": "One row per actor and phase: present, absent or not described, with "
                       "roles, Net-Map influence and alignment, orchestration and public value.",
        "key": ["actor_id", "phase_id"],
        "columns": {"actor_id": _P["actor_id"], "actor_name": _P["actor_name"],
                    "phase_id": _P["phase_id"], "phase_number": _P["phase_number"],
                    "phase_name": _P["phase_name"],
                    "state": PRESENCE_EXTRA["state"], "state_recorded": PRESENCE_EXTRA["state_recorded"],
                    "roles": ("string", "';'-separated roles held in the phase (vocabulary keys or custom text)", "roles"),
                    "n_roles": ("integer", "number of roles"),
                    "x": ("number", "canvas position in this phase, x"),
                    "y": ("number", "canvas position in this phase, y"),
                    "note": ("string", "note on the actor's part in this phase"),
                    **{k: v for k, v in PRESENCE_EXTRA.items() if k not in ("state", "state_recorded")},
                    **EVIDENCE},
    },
    "roles": {
        "description": "Long form of presence.roles: one row per role an actor holds in a phase.",
        "key": ["actor_id", "phase_id", "role"],
        "columns": {"actor_id": _P["actor_id"], "actor_name": _P["actor_name"],
                    "phase_id": _P["phase_id"], "phase_number": _P["phase_number"],
                    "phase_name": _P["phase_name"],
                    "role": ("string", "role key or custom role", "roles"),
                    "in_vocabulary": ("boolean", "false for a custom role typed in the room"),
                    **EVIDENCE},
    },
    "relations": {
        "description": "One row per relation (several may join the same pair).",
        "key": ["relation_id"],
        "columns": {"relation_id": _P["relation_id"], "source_id": _P["source_id"],
                    "source_name": _P["source_name"], "target_id": _P["target_id"],
                    "target_name": _P["target_name"], "kind": _P["kind"],
                    "directed": ("boolean", "false if drawn without a direction (funding and consultation are always directed); GEXF and GraphML write such a relation as an undirected edge"),
                    "note": ("string", "facilitator's note on the relation"),
                    "attrs": ("string", "further attributes as a JSON object (timeliness, imported fields...)"),
                    "openness": ("string", "openness of a data relation (004: wider than open data); empty = not recorded", "openness"),
                    "interoperable": ("boolean", "whether the data relation is interoperable; empty = not known (004)"),
                    "original_id": ("string", "the relation's id in the file it was imported from"),
                    **EVIDENCE},
    },
    "relation_phases": {
        "description": "Every relation x phase: whether the relation exists there (both ends present and not switched off), as a state with its source.",
        "key": ["relation_id", "phase_id"],
        "columns": {"relation_id": _P["relation_id"], "source_id": _P["source_id"],
                    "source_name": _P["source_name"], "target_id": _P["target_id"],
                    "target_name": _P["target_name"], "kind": _P["kind"],
                    "phase_id": _P["phase_id"], "phase_number": _P["phase_number"],
                    "phase_name": _P["phase_name"],
                    "active": ("boolean", "true if the relation is part of the phase"),
                    "switched_off": ("boolean", "true if switched off by hand in this phase"),
                    "state": STATE_ENTRY, "recorded_state": RECORDED_STATE_ENTRY, **EVIDENCE},
    },
    "participants": {
        "description": "People whose votes are kept apart.",
        "key": ["participant_id"],
        "columns": {"participant_id": _P["participant_id"], "name": ("string", "participant name"),
                    "organisation": ("string", "organisation named by the participant"),
                    "actor_id": ("integer", "actor the participant speaks for (empty: none)"),
                    "actor_name": ("string", "name of that actor"),
                    "kind": ("string", "room (votes count) or reference (levels from a source, not pooled)", "participant_kinds"),
                    "group_name": ("string", "group the participant belongs to in the room"),
                    "n_votes": ("integer", "number of votes (relation x phase) given"),
                    **EVIDENCE},
    },
    "scores": {
        "description": "One row per vote: a participant's scores of one relation in one phase "
                       "(trust, commitment and interdependence are three variables of one vote; "
                       "use pandas.melt for a fully long table).",
        "key": ["relation_id", "phase_id", "participant_id"],
        "columns": {"relation_id": _P["relation_id"], "source_name": _P["source_name"],
                    "target_name": _P["target_name"], "kind": _P["kind"],
                    "phase_id": _P["phase_id"], "phase_number": _P["phase_number"],
                    "phase_name": _P["phase_name"], "participant_id": _P["participant_id"],
                    "participant_name": _P["participant_name"],
                    **{d: ("integer", f"vote on {d}, 1-5; empty = not scored", "score_scale")
                       for d in voc.SCORE_DIMENSIONS},
                    "interdependence_back": ("integer", "how much the target needs the source, 1-5, where interdependence is recorded as asymmetric (interdependence is then how much the source needs the target); empty = symmetric", "score_scale"),
                    "counted": ("boolean", "true if the vote counts in the room's median, spread and class; false for a reference participant's levels unless the session pools references"),
                    "relation_active": ("boolean", "false for a vote kept from a phase where the relation is now switched off or an end absent"),
                    "time": _P["time"], **EVIDENCE},
    },
    "consensus": {
        "description": "One row per relation and phase where it exists: medians, spreads, "
                       "number of votes, 3C class and tensions. " + MEDIAN_RULE,
        "key": ["relation_id", "phase_id"],
        "columns": {"relation_id": _P["relation_id"], "source_id": _P["source_id"],
                    "source_name": _P["source_name"], "target_id": _P["target_id"],
                    "target_name": _P["target_name"], "kind": _P["kind"],
                    "phase_id": _P["phase_id"], "phase_number": _P["phase_number"],
                    "phase_name": _P["phase_name"], **_DIMENSION_COLUMNS,
                    "threec": ("string", "3C class derived from the counted votes by the session's rule (threec_rule); empty = unclassified", "three_c"),
                    "tensions": ("string", "';'-separated pairs two levels apart, e.g. 'high commitment but low trust'"),
                    **CONSENSUS_EXTRA},
    },
    **EVIDENCE_TABLES,
    "notes": {
        "description": "The facilitator's notes and participants' quotes, in the order written.",
        "key": ["note_id"],
        "columns": {"note_id": ("integer", "note id"),
                    "kind": ("string", "note or quote", ["note", "quote"]),
                    "text": ("string", "the text"), "phase_id": _P["phase_id"],
                    "phase_name": _P["phase_name"], "actor_id": _P["actor_id"],
                    "actor_name": _P["actor_name"], "relation_id": _P["relation_id"],
                    "participant_id": _P["participant_id"],
                    "participant_name": ("string", "who said it (quotes)"), "time": _P["time"]},
    },
    "prompt_checks": {
        "description": "Facilitation prompts ticked off (or annotated) per phase.",
        "key": ["phase_id", "prompt_id"],
        "columns": {"phase_id": _P["phase_id"], "phase_number": _P["phase_number"],
                    "phase_name": _P["phase_name"],
                    "prompt_id": ("string", "prompt id P1-P23 (see the app's prompt list)"),
                    "done": ("boolean", "true if ticked off"),
                    "note": ("string", "note kept on the prompt"), "time": _P["time"]},
    },
    "events": {
        "description": "The session's edit log, one row per saved edit, undo, redo or bulk step.",
        "key": ["seq"],
        "columns": {"seq": ("integer", "order of the edit"), "time": _P["time"],
                    "command": ("string", "edit command (AddActor, SetScore, Undo, Bulk...)"),
                    "label": ("string", "what Edit > Undo showed"),
                    "state": ("string", "done, undone, dropped (undone then replaced) or log", ["done", "undone", "dropped", "log"]),
                    "payload": ("string", "the command's arguments as JSON")},
    },
}


# Tables the research bundle derives from the session's tables (not part of the session's
# own tidy tables, so no import reads them back).
DERIVED_TABLES: dict[str, dict[str, Any]] = {
    "agreement": {
        "description": "How alike the room scored: Krippendorff's alpha for ordinal data per "
                       "dimension, for the whole session and for each phase. Units are relations "
                       "active in a phase; voters are room participants only (a reference "
                       "participant's levels are never votes). Alpha is 1 when the room scored "
                       "alike, 0 when no more alike than chance, below 0 when less. " + AGREEMENT_UNDEFINED,
        "key": ["scope", "phase_id", "dimension"],
        "columns": {"scope": ("string", "session (every phase) or phase", ["session", "phase"]),
                    "phase_id": ("integer", "phase id; empty for the session row"),
                    "phase_number": ("integer", "1-based order of the phase; empty for the session row"),
                    "phase_name": ("string", "phase name; empty for the session row"),
                    "dimension": ("string", "the score dimension", list(voc.SCORE_DIMENSIONS)),
                    "alpha": ("number", "Krippendorff's alpha, ordinal (-1 to 1 in practice); empty = undefined"),
                    "defined": ("boolean", "false where alpha is undefined"),
                    "units": ("integer", "relations (in phases) with at least two room votes on the dimension: the units compared"),
                    "voters": ("integer", "room participants with a vote on a compared unit"),
                    "values": ("integer", "votes compared"),
                    "units_scored": ("integer", "relations (in phases) with at least one room vote on the dimension"),
                    "undefined_reason": ("string", "why alpha is undefined; empty when it has a value"),
                    "method": ("string", "how alpha was computed")},
    },
}

def vocabularies() -> dict[str, Any]:
    """The controlled vocabularies the columns refer to, key -> meaning."""
    return {
        "actor_types": {k: voc.ACTOR_TYPE_HELP[k] for k in voc.ACTOR_TYPES},
        "scales": dict(voc.SCALES),
        "abilities": {k: voc.ABILITY_HELP[k] for k in voc.ABILITIES},
        "phase_keys": dict(voc.PHASE_KEYS),
        "relation_kinds": {k: voc.RELATION_KIND_HELP[k] for k in voc.RELATION_KINDS},
        "roles": dict(voc.ROLES),
        "three_c": dict(voc.THREE_C),
        "score_scale": {str(k): v for k, v in voc.SCORE_LABELS.items()},
        **evidence_vocabularies(),
    }


def codebook(tables: Mapping[str, Sized], *, title: str, score_scale: str | None,
             pseudonymised: bool) -> dict[str, Any]:
    """The codebook for these tables (only tables present are described)."""
    vocab = vocabularies()
    meta = {row.get("key"): row.get("value") for row in tables.get("meta", ()) or ()  # type: ignore[union-attr]
            if isinstance(row, dict)}
    described: dict[str, Any] = {}
    for name, rows in tables.items():
        spec = TABLES[name] if name in TABLES else DERIVED_TABLES[name]
        columns: dict[str, Any] = {}
        for col, info in spec["columns"].items():
            entry: dict[str, Any] = {"type": info[0], "meaning": info[1]}
            if len(info) > 2:
                values = info[2]
                if isinstance(values, str):
                    entry["vocabulary"] = values
                    if values != "roles":
                        entry["allowed"] = list(vocab[values])
                    else:
                        entry["allowed"] = list(vocab[values]) + ["(custom roles allowed)"]
                else:
                    entry["allowed"] = list(values)
            columns[col] = entry
        described[name] = {"description": spec["description"], "rows": len(rows),
                           "key": spec["key"], "columns": columns}
    return {
        "title": title,
        "generated": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "generator": f"Assemblage Workshop {__version__}",
        "pseudonymised": pseudonymised,
        "pseudonymisation": (
            "Actor names replaced by '<type> <n>', participants by 'Participant <n>', phase "
            "names by 'Phase <n> (<stage>)', arenas by 'Arena <n>'; notes, quotes, legal status, "
            "relation notes and attributes, second-language names, original ids, custom roles, "
            "value effects, public value, decision labels and case summaries removed; sources "
            "keep kind, document, section and page but lose quote, author, reason and detail; "
            "edit labels and arguments removed from the log." if pseudonymised else "No: names and notes as typed in the room."
        ),
        "score_scale": {
            "description": score_scale or SCALE_DESCRIPTION,
            "values": {str(k): v for k, v in voc.SCORE_LABELS.items()},
            "levels": {"low": [1, 2], "medium": [3], "high": [4, 5]},
            "case_file_encoding": "levels stated in words are stored as low 2, medium 3, high 4",
            "missing": MISSING_RULE,
            "centre_and_spread": MEDIAN_RULE,
        },
        "three_c_rule": THREE_C_RULE,
        "session_settings": {
            "threec_rule": meta.get("threec_rule") or voc.DEFAULT_THREEC_RULE,
            "presence_default": meta.get("presence_default") or voc.DEFAULT_PRESENCE,
            "pool_references": meta.get("pool_references") == "true",
        },
        "concepts": dict(CONCEPTS),
        "papers": dict(PAPERS),
        "lists": "Lists inside a cell (abilities, roles, tensions, orchestrator modes) are "
                 "separated by ';'.",
        "networks": NETWORKS,
        "evidence": "Every fact row carries evidence_id (a row of the sources table), "
                    "evidence_kind and evidence (a readable citation). Exchange encoding: "
                    "docs/exchange.md in the app's repository.",
        "vocabularies": vocab,
        "tables": described,
    }


__all__ = ["codebook", "vocabularies", "TABLES", "DERIVED_TABLES", "THREE_C_RULE"]
