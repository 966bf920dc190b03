"""The vocabulary's words in the language in force: labels and glossary lines, looked up by key.

Stored values are keys ("civil_society", "agreement", "collaboration"); what a person reads
is the English label of :mod:`.vocabulary`, translated at display time through the
catalogue, with the name of its table as the disambiguation (so "Resources" the ability and
"Resources" the relation kind can differ where a language needs it). The same words serve the
console, the wall, the phones, the glossary of the pack, the HTML snapshot and the report,
and the F1 sheet. The catalogues are refreshed from :data:`TABLES` by
``scripts/i18n_update.py``, so a label added here is a message to translate there.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Mapping

from . import rounds
from . import vocabulary as voc
from .i18n import in_sentence, tr
from .scoring import tension_pairs

# The papers' three dimensions, and one line each for people who have not read the papers.
DIMENSIONS: dict[str, str] = {"trust": "Trust", "commitment": "Commitment",
                              "interdependence": "Interdependence"}
DIMENSION_HELP: dict[str, str] = {
    "trust": "what you share will not be used against you",
    "commitment": "willing to invest in and stay in this relation",
    "interdependence": "how much each side needs the other",
}
THREE_C_HELP: dict[str, str] = {
    "cooperation": "the middle of the three levels is low: loose ties, mostly sharing information",
    "coordination": "in between: repeated, task-oriented work that also exchanges resources, "
    "each partner keeping its autonomy",
    "collaboration": "all three are high: joint planning and action, shared power; costly and "
    "hard to keep",
}
PRESENCE_HELP: dict[str, str] = {
    "present": "takes part in the phase",
    "absent": "the room or the source says it is not there",
    "not_described": "the source says nothing about it in this phase",
}

# table name (the catalogue's disambiguation) -> key -> English label
TABLES: Mapping[str, Mapping[str, str]] = MappingProxyType({
    "actor type": voc.ACTOR_TYPES,
    "actor type help": voc.ACTOR_TYPE_HELP,
    "scale": voc.SCALES,
    "ability": voc.ABILITIES,
    "ability help": voc.ABILITY_HELP,
    "phase": voc.PHASE_KEYS,
    "relation kind": voc.RELATION_KINDS,
    "relation kind help": voc.RELATION_KIND_HELP,
    "role": {k: voc.role_label(k) for k in voc.ROLES},
    "role help": voc.ROLES,
    "score": {str(k): v for k, v in voc.SCORE_LABELS.items()},
    "level": voc.LEVEL_WORDS,
    "dimension": DIMENSIONS,
    "dimension help": DIMENSION_HELP,
    "3C class": voc.THREE_C,
    "3C class help": THREE_C_HELP,
    "3C rule": voc.THREEC_RULES,
    "presence": voc.PRESENCE_STATES,
    "presence help": PRESENCE_HELP,
    "relation state": voc.RELATION_STATES,
    "source kind": voc.SOURCE_KINDS,
    "participant kind": voc.PARTICIPANT_KINDS,
    "arena level": voc.ARENA_LEVELS,
    "work kind": voc.WORK_KINDS,
    "work aim": voc.WORK_AIMS,
    "alignment": voc.ALIGNMENTS,
    "presence fact": voc.PRESENCE_FACTS,
    "orchestrator form": voc.ORCHESTRATOR_FORMS,
    "orchestrator mode": voc.ORCHESTRATOR_MODES,
    "openness": voc.OPENNESS,
    "decision kind": voc.DECISION_KINDS,
    "round relations": rounds.RELATION_SETS,
    "round order": rounds.ROUND_ORDERS,
})


def term(table: str, key: object) -> str:
    """The label of ``key`` in ``table``, in the language in force; a key the table does not
    know (a custom role or type typed by the room) is shown as typed."""
    english = TABLES[table].get(str(key))
    if english is None:
        return str(key)
    return tr(english, table)


def help_text(table: str, key: object) -> str:
    """The glossary line of ``key`` ("" where the table has none)."""
    english = TABLES.get(table + " help", {}).get(str(key))
    return tr(english, table + " help") if english else ""


def choices(table: str) -> list[tuple[str, str]]:
    """(key, label) pairs of a table in its own order, for a list to pick from."""
    return [(key, term(table, key)) for key in TABLES[table]]


def role(key: str) -> str:
    """A role's label (custom roles as typed)."""
    return term("role", key)


def tension_words(trust: int | None, commitment: int | None, interdependence: int | None) -> list[str]:
    """The tensions of three medians in the reader's words ("high commitment but low trust")."""
    return [tr("high {high} but low {low}").format(high=in_sentence(term("dimension", hi)),
                                                   low=in_sentence(term("dimension", lo)))
            for hi, lo in tension_pairs(trust, commitment, interdependence)]


__all__ = ["DIMENSIONS", "DIMENSION_HELP", "TABLES", "THREE_C_HELP", "choices", "help_text", "tension_words",
           "in_sentence", "role", "term"]
