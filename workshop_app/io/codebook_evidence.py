"""The codebook's part for the evidence model (schema 3): provenance columns, presence and
relation states, stated classes and levels, arenas, institutional work, decision points,
sources, and the concepts behind them with the papers they come from.

Kept apart from ``codebook.py`` so each stays short; ``codebook.TABLES`` joins both.
Papers are cited by the file names of the five case documents the app is built on.
"""

from __future__ import annotations

from typing import Any

from ..domain import vocabulary as voc

# The five documents, as the codebook cites them.
PAPERS: dict[str, str] = {
    "000": "Thabit and Mora (2023), 'The collaboration dilemma in smart city projects: Time to "
           "ask the right questions', Organization (public-value special issue).",
    "001": "'Smart city governance: exploring the institutional work of multiple actors towards "
           "collaboration', International Journal of Public Sector Management, "
           "doi:10.1108/IJPSM-05-2018-0126 (accepted manuscript, University of Turin).",
    "002": "Rackwitz and van Doninck, 'The coordination of smart cities: insights from a "
           "cross-case analysis on the implementation of smart city strategies', book chapter 6 "
           "(Antwerp and Darmstadt; the 3C framework).",
    "003": "Baeten and Valli (eds.) (2021), 'Smart Cities for City Officials - A Social "
           "Sciences Approach', Module 1, Malmo University.",
    "004": "Gupta, Panagiotopoulos and Bowen, 'An orchestration approach to smart city data "
           "ecosystems' (London).",
    "net-map": "Schiffer and Hauck (2010), 'Net-Map: Collecting social network data and "
               "facilitating network learning through participatory influence network "
               "mapping', Field Methods 22(3).",
}

EVIDENCE: dict[str, tuple[str, ...]] = {
    "evidence_id": ("integer", "the source this fact is cited from: evidence_id of a row of the "
                    "sources table; empty = no source recorded (not 'stated by nobody'). Named "
                    "evidence_id because source_id means a relation's source actor"),
    "evidence_kind": ("string", "kind of that source", "source_kinds"),
    "evidence": ("string", "that source as a readable citation (sources.citation)"),
}

PRESENCE_EXTRA: dict[str, tuple[Any, ...]] = {
    "state": ("string", "present, absent (the source or the room says the actor is not "
              "involved) or not_described (the source is silent). Only absent counts as "
              "'left' in the comparison of phases and in the warnings", "presence_states"),
    "state_recorded": ("boolean", "true if the session records this actor in this phase; false "
                       "if state is only the session's presence_default (see meta)"),
    "influence": ("integer", "Net-Map influence (the height of the actor's tower), 0-5; empty = "
                  "not recorded (net-map)"),
    "alignment": ("string", "how the actor stands to the project's goal (Net-Map goals; "
                  "net-map)", "alignments"),
    "orchestrator_form": ("string", "the actor orchestrates the phase alone or as part of a "
                          "collective orchestrator (004)", "orchestrator_forms"),
    "orchestrator_modes": ("string", "';'-separated: strategist (sets the direction) and/or "
                           "manager (runs the day-to-day), 004", "orchestrator_modes"),
    "value_gains": ("string", "public value: what the actor gains in this phase (000)"),
    "value_costs": ("string", "public value: what costs the actor bears in this phase (000)"),
}

# (table, column) -> entry, for tables of codebook.TABLES that gain columns.
STATE_ENTRY = ("string", "what the relation is in the phase: active (both ends present and not "
               "switched off), inactive (switched off, or an end absent) or not_described (the "
               "source does not say, or an end is not described)", "relation_states")
RECORDED_STATE_ENTRY = ("string", "the state the session records for this relation in this "
                        "phase (it decides only while both ends are present); empty = none "
                        "recorded, the state follows from the ends and the session's default",
                        "relation_states")

_PHASE = {"phase_id": ("integer", "phase id (see phases)"),
          "phase_number": ("integer", "1-based order of the phase in the session (= GEXF time)"),
          "phase_name": ("string", "phase name")}
_SCOPE = {"scope": ("string", "relation, arena or phase (the whole phase)", ["relation", "arena", "phase"]),
          "relation_id": ("integer", "the relation (scope relation); empty otherwise"),
          "arena_id": ("integer", "the arena (scope arena); empty otherwise")}

EVIDENCE_TABLES: dict[str, dict[str, Any]] = {
    "stated_classes": {
        "description": "3C classes a source states or the room agreed, for a relation, an arena "
                       "or a whole phase, shown beside the class derived from the votes (002). "
                       "A scope may hold several (002 says Antwerp's core partners resembled "
                       "coordination and collaboration).",
        "key": ["stated_class_id"],
        "columns": {"stated_class_id": ("integer", "id of the stated class"), **_PHASE, **_SCOPE,
                    "class": ("string", "the stated 3C class", "three_c"),
                    "note": ("string", "note on the statement"), **EVIDENCE},
    },
    "stated_levels": {
        "description": "A level of one dimension a source states for a phase, an arena or a "
                       "relation, in the papers' words (e.g. 001's low shared commitment in "
                       "Turin), which no single vote can hold.",
        "key": ["stated_level_id"],
        "columns": {"stated_level_id": ("integer", "id of the stated level"), **_PHASE, **_SCOPE,
                    "dimension": ("string", "trust, commitment or interdependence",
                                  list(voc.SCORE_DIMENSIONS)),
                    "level": ("string", "the level as the source words it", list(voc.LEVEL_WORDS)),
                    "note": ("string", "note on the statement"), **EVIDENCE},
    },
    "arenas": {
        "description": "Forums of the project (steering committee, operations team, project "
                       "teams...), so 3C can be read per governance level: 002's structural "
                       "dynamic (intensity differs between levels).",
        "key": ["arena_id"],
        "columns": {"arena_id": ("integer", "arena id"), "name": ("string", "arena name"),
                    "level": ("string", "governance level of the forum", "arena_levels"),
                    "note": ("string", "note on the arena"), **EVIDENCE},
    },
    "arena_members": {
        "description": "Who sits in which arena in which phase; an arena's relations are those "
                       "whose two ends are members in that phase.",
        "key": ["arena_id", "actor_id", "phase_id"],
        "columns": {"arena_id": ("integer", "arena id"), "arena_name": ("string", "arena name"),
                    "actor_id": ("integer", "actor id"), "actor_name": ("string", "actor name"),
                    **_PHASE},
    },
    "institutional_work": {
        "description": "Institutional work per actor per phase: political, technical or "
                       "cultural work aimed at creating, maintaining or disrupting institutions "
                       "(001, Table 1; 001 finds Turin's political and technical work not "
                       "matched by cultural work).",
        "key": ["actor_id", "phase_id", "kind", "aim"],
        "columns": {"actor_id": ("integer", "actor id"), "actor_name": ("string", "actor name"),
                    **_PHASE, "kind": ("string", "kind of work", "work_kinds"),
                    "aim": ("string", "aim of the work", "work_aims"),
                    "note": ("string", "what the work was"), **EVIDENCE},
    },
    "decision_points": {
        "description": "Decisions on the timeline (specifications fixed, plan adopted, contract "
                       "signed), in order within their phase, so who came in after a decision "
                       "can be seen (003: residents should shape plans from the start).",
        "key": ["decision_point_id"],
        "columns": {"decision_point_id": ("integer", "id of the decision point"), **_PHASE,
                    "position": ("integer", "order within the phase"),
                    "label": ("string", "what was decided"),
                    "kind": ("string", "kind of decision", "decision_kinds"),
                    "date": ("string", "date as the source gives it"),
                    "note": ("string", "note on the decision"), **EVIDENCE},
    },
    "sources": {
        "description": "Every piece of evidence a fact may cite: a passage of a document "
                       "(stated), somebody's reasoning (inferred), the workshop room, or an "
                       "imported file.",
        "key": ["evidence_id"],
        "columns": {"evidence_id": ("integer", "id of the source (the evidence_id other tables cite)"),
                    "kind": ("string", "kind of source", "source_kinds"),
                    "document": ("string", "document: a case paper (000-004), a file name or a citation"),
                    "section": ("string", "section or table as named in the document"),
                    "page": ("string", "page"),
                    "quote": ("string", "short verbatim quote (removed when pseudonymised)"),
                    "author": ("string", "who inferred or recorded it (removed when pseudonymised)"),
                    "reason": ("string", "why it was inferred (removed when pseudonymised)"),
                    "detail": ("string", "further detail as a JSON object, e.g. an import's mapping"),
                    "time": ("string", "ISO-8601 UTC time it was recorded"),
                    "citation": ("string", "the source as one readable line (the evidence columns)"),
                    "n_cited": ("integer", "number of facts of the session citing it")},
    },
}

CONSENSUS_EXTRA: dict[str, tuple[Any, ...]] = {
    "interdependence_back_median": ("integer", "lower median of how much the target needs the "
                                    "source, where interdependence is recorded as asymmetric; "
                                    "empty = symmetric", "score_scale"),
    "interdependence_back_n": ("integer", "number of counted votes giving the back direction"),
    "threec_rule": ("string", "the rule the session derives its 3C classes with", "threec_rules"),
    "voters_cooperation": ("integer", "counted voters whose own scores give cooperation"),
    "voters_coordination": ("integer", "counted voters whose own scores give coordination"),
    "voters_collaboration": ("integer", "counted voters whose own scores give collaboration"),
    "voters_unclassified": ("integer", "counted voters who did not score all three dimensions"),
    "stated_class": ("string", "';'-separated 3C classes a source states (or the room agreed) for "
                     "this relation in this phase; empty = none stated", "three_c"),
    "stated_class_evidence_id": ("string", "';'-separated evidence_id of those statements"),
    "stated_class_source": ("string", "those sources as readable citations, ' | '-separated"),
    "kind_class_flag": ("string", "why the relation's kind and its stated (else derived) class "
                        "disagree, after 002's definitions (information exchange is not "
                        "collaboration; an agreement or decision is more than cooperation); "
                        "empty = they agree"),
}

CONCEPTS: dict[str, str] = {
    "presence_states": "An actor in a phase is present, absent or not described. Silence in a "
                       "source is not absence: only an explicit absence counts as leaving.",
    "provenance": "Every fact may cite a source: stated (document, section or page, a short "
                  "verbatim quote), inferred (who inferred it and why), room (said or voted in "
                  "the workshop) or imported (read from a file).",
    "reference_participants": "A participant of kind reference (such as the record of a case paper) holds "
                              "levels a source states. Its votes are in the scores table with "
                              "counted = false and are not in the medians, spreads, classes or "
                              "voter counts unless the session pools references "
                              "(meta pool_references).",
    "three_c": "Cooperation, coordination and collaboration, told apart by interdependence, "
               "trust and commitment and by what is exchanged (002, 'The 3C Framework').",
    "stated_vs_derived_class": "The derived class (consensus.threec) comes from the votes by the "
                               "session's rule; a stated class (stated_classes, "
                               "consensus.stated_class) is what a source says or the room agreed. "
                               "Both are kept; neither overrides the other.",
    "arenas": "Forums at different governance levels; 002 finds intensity differs by level "
              "(its structural dynamic).",
    "institutional_work": "Political, technical and cultural work, each creating, maintaining "
                          "or disrupting institutions (001, Table 1).",
    "orchestration": "An orchestrator, individual or collective, acting as strategist and/or "
                     "manager; openness of data relations as open, closed or vendor-held (004).",
    "influence_and_goals": "Net-Map's influence towers (0-5) and each actor's alignment with the "
                           "project's goal (net-map).",
    "public_value": "What the project is meant to create for the public, and who gains or bears "
                    "costs (000).",
    "papers": "; ".join(f"{k}: {v}" for k, v in PAPERS.items()),
}


def evidence_vocabularies() -> dict[str, Any]:
    """The controlled vocabularies of the evidence columns, key -> meaning."""
    return {
        "presence_states": dict(voc.PRESENCE_STATES),
        "relation_states": dict(voc.RELATION_STATES),
        "source_kinds": dict(voc.SOURCE_KINDS),
        "participant_kinds": dict(voc.PARTICIPANT_KINDS),
        "arena_levels": dict(voc.ARENA_LEVELS),
        "work_kinds": dict(voc.WORK_KINDS),
        "work_aims": dict(voc.WORK_AIMS),
        "alignments": dict(voc.ALIGNMENTS),
        "orchestrator_forms": dict(voc.ORCHESTRATOR_FORMS),
        "orchestrator_modes": dict(voc.ORCHESTRATOR_MODES),
        "openness": dict(voc.OPENNESS),
        "decision_kinds": dict(voc.DECISION_KINDS),
        "threec_rules": dict(voc.THREEC_RULES),
    }


__all__ = ["PAPERS", "EVIDENCE", "PRESENCE_EXTRA", "EVIDENCE_TABLES", "CONSENSUS_EXTRA",
           "CONCEPTS", "STATE_ENTRY", "RECORDED_STATE_ENTRY", "evidence_vocabularies"]
