"""The catalogue of pattern warnings: what each one tells the room, what it looks for, the
paper and section it comes from, and the thresholds it uses (named, with why).

The checks themselves are in :mod:`workshop_app.analysis.warning_checks`; this module is the
part a researcher reads to know what the app claims and on what grounds. Documents are the
five seed papers by number (000 Thabit & Mora 2023; 001 the Turin institutional-work paper;
002 Rackwitz & van Doninck on Antwerp and Darmstadt; 003 the Malmö training module; 004 Gupta,
Panagiotopoulos & Bowen on London), each cited with the section (or table) the rule rests on.

A rule's message (the question the room reads) is a catalogue message, marked here and
translated when a warning is made, so a German console asks it in German; what the rule looks
for and its citations stay as written, in English: they are the researcher's record.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..domain.i18n import N_, tr

INFO = "info"
WARNING = "warning"

# -- thresholds, each with why --------------------------------------------------------------
# Stages whose phases count as "late" (W5, W15): by then the design is set.
LATE_STAGES = frozenset({"implementation", "scaling", "maintenance"})
# Minimum sizes keep tiny sketches quiet: a pattern in two or three relations is noise.
HUB_MIN_RELATIONS = 6  # W3: a hub is judged only among at least six relations
HUB_SHARE = 0.5  # W3: "most relations" = an end of more than half of them
COLLABORATION_MIN_ACTORS = 6  # W8: the brief's minimum network for "everywhere"
COLLABORATION_MIN_CLASSED = 4  # W8: at least four relations with a class
COLLABORATION_SHARE = 0.5  # W8: more than half of the classed relations
DEPENDENCE_MIN_TIES = 2  # W9, W16: one tie on its own is not yet dependence
HELIX_MIN_ACTORS = 3  # W10: two actors are too few to call a set-up
COORDINATION_MIN_ACTORS = 6  # W12: below six actors, people coordinate by talking
COMMITMENT_MIN_SCORED = 3  # W13 (room votes): three scored relations before a share means much
LOW_COMMITMENT_SHARE = 0.5  # W13 (room votes): half or more scored low
LOW_INFLUENCE = 1  # W14: a Net-Map tower of 0 or 1 (out of 5) is "little or no say"
# W2: roles that give no decision power. 000 ("Roles and interrelations between actors"):
# citizens cast as entrepreneurs "only become creators of applications and services" and
# "are deprived of the decision-making power"; users and the consulted choose nothing.
POWERLESS_CITIZEN_ROLES = frozenset({"user", "consulted", "entrepreneur"})
DECIDING_KINDS = frozenset({"decision", "agreement"})  # W2: relations that share decisions
# W3, W12: roles (or a recorded orchestrator form) that say an actor steers the network.
STEERING_ROLES = frozenset({"orchestrator"})
COORDINATING_ROLES = frozenset({"coordinator", "orchestrator"})
# W14: roles that say the actor is asked but does not decide.
NO_SAY_ROLES = frozenset({"consulted", "user"})
# W15: openness values that keep data from the public side (004, 5.1.1: vendor lock-in).
CLOSED_OPENNESS = frozenset({"closed", "vendor_held"})
# W18: decisions after which citizens can only react (003: "after models are already drafted
# ... where plans and decisions have already been made").
FIXING_DECISIONS = frozenset({"specifications_fixed", "plan_adopted", "contract_signed"})
LOCAL_SCALES = frozenset({"neighbourhood", "city"})  # W11

THRESHOLDS: dict[str, Any] = {
    "LATE_STAGES": sorted(LATE_STAGES),
    "HUB_MIN_RELATIONS": HUB_MIN_RELATIONS,
    "HUB_SHARE": HUB_SHARE,
    "COLLABORATION_MIN_ACTORS": COLLABORATION_MIN_ACTORS,
    "COLLABORATION_MIN_CLASSED": COLLABORATION_MIN_CLASSED,
    "COLLABORATION_SHARE": COLLABORATION_SHARE,
    "DEPENDENCE_MIN_TIES": DEPENDENCE_MIN_TIES,
    "HELIX_MIN_ACTORS": HELIX_MIN_ACTORS,
    "COORDINATION_MIN_ACTORS": COORDINATION_MIN_ACTORS,
    "COMMITMENT_MIN_SCORED": COMMITMENT_MIN_SCORED,
    "LOW_COMMITMENT_SHARE": LOW_COMMITMENT_SHARE,
    "LOW_INFLUENCE": LOW_INFLUENCE,
    "POWERLESS_CITIZEN_ROLES": sorted(POWERLESS_CITIZEN_ROLES),
    "FIXING_DECISIONS": sorted(FIXING_DECISIONS),
}


@dataclass(frozen=True)
class WarningRule:
    """One rule of the catalogue: what the room reads, what it looks for, where it comes from
    (each citation names the paper and the section)."""

    id: str
    message: str
    looks_for: str
    sources: tuple[str, ...]
    severity: str = WARNING

    @property
    def title(self) -> str:
        """The message in the language in force (``message`` stays the English source)."""
        return tr(self.message)

    @property
    def source(self) -> str:
        """The citations as one line ("002, Temporal Dynamic; 001, DISCUSSION")."""
        return "; ".join(self.sources)


def _rule(id: str, message: str, looks_for: str, *sources: str,
          severity: str = WARNING) -> WarningRule:
    return WarningRule(id, message, looks_for, tuple(sources), severity)


WARNING_RULES: dict[str, WarningRule] = {
    r.id: r
    for r in (
        _rule("W1", N_("Citizens absent from design: will they be consulted only after "
                 "decisions are made?"),
              "a design phase where every citizens actor is recorded absent (or, with no "
              "citizens actor in the session, where every actor's presence is recorded); "
              "citizens who are only not described do not count as absent",
              "003, Module 1: Ontology and Definitions (Halegoua: residents involved "
              "\"from the outset\", not consulted after plans are decided)",
              "000, Roles and interrelations between actors"),
        _rule("W2", N_("Citizens present without decision power"),
              "every citizens actor present has only user, consulted or entrepreneur roles "
              "(or none) and no decision or agreement relation",
              "000, Roles and interrelations between actors (entrepreneurial roles: citizens "
              "\"deprived of the decision-making power\")",
              "003, Module 1: Ontology and Definitions (citizens brought in \"after the "
              "fact\")"),
        _rule("W3", N_("Most relations run through one hub: is it the network's recognised "
                 "orchestrator, or a point everyone depends on?"),
              "one actor at an end of more than half of a phase's relations (at least 6), "
              "when it holds no orchestrator role (info), or always when it is private "
              "(warning: lock-in, the hub serves itself)",
              "004, 3. Theoretical perspective: Orchestration of city data (closed "
              "orchestration serves the dominant hub firm)",
              "004, 6.3 Policy and practical implications (a central orchestrator as "
              "strategist and manager)",
              "004, 5.1.1 Managing technological openness (vendor lock-in)"),
        _rule("W4", N_("Actor left between phases: who left and why?"),
              "an actor present in one phase and recorded absent in the next (not merely "
              "not described there)",
              "000, Evolving nature of collaborations (\"collaborations form and dissolve\")"),
        _rule("W5", N_("Newcomer needed late (adoption/data): was this planned earlier?"),
              "in implementation, scaling or maintenance, an actor present for the first time "
              "and recorded absent in the phase before, with a data or agreement relation",
              "000, Evolving nature of collaborations (Iskandar's adoption: parties and "
              "jurisdictions \"not initially addressed\")"),
        _rule("W6", N_("High commitment, low trust: does this commitment rest on something "
                 "other than trust, and would the partners hold on despite evidence that it is "
                 "not working?"),
              "a relation whose room median is high on commitment and low on trust",
              "002, The 3C Dimensions: Interdependence, Trust, and Commitment (trust \"is "
              "positively related to commitment\"; over-commitment is holding on \"in the "
              "face of disconfirming evidence\")",
              "001, Shared motivation and capacity for action (trust leads to understanding, "
              "legitimacy and then commitment)"),
        _rule("W7", N_("Intensity dropped: regrouping pause or stall?"),
              "from one phase to the next: trust or commitment of the same pair of actors "
              "(any relation between them) falling a level; an arena's class falling; or "
              "the class a source states for the phase (else its most intense forum) falling",
              "002, Temporal Dynamic (intense beginnings fall to cooperation as the network "
              "grows)",
              "002, Structural Dynamic (intensity differs by governance level)"),
        _rule("W8", N_("Collaboration everywhere: costly and hard to sustain; where would "
                 "coordination do?"),
              "more than half of the classed relations are collaboration, by the session's "
              "3C rule over the room's votes (at least 6 actors, 4 classed relations)",
              "002, CONCLUSION (collaboration \"does not come without costs\"; \"getting the "
              "right mix\")",
              "002, The 3C Dimensions: Interdependence, Trust, and Commitment (more is not "
              "always better)"),
        _rule("W9", N_("Dependence on a single partner"),
              "all of an actor's high-interdependence relations (two or more) with one "
              "partner",
              "002, The 3C Dimensions: Interdependence, Trust, and Commitment "
              "(\"Overdependence can also create tensions\")"),
        _rule("W10", N_("Double-helix set-up: deliberate? (not wrong in itself)"),
              "only government and private actors present (at least 3), and no actor of "
              "another type only not described; info only",
              "000, Prevailing models: A sector-based mentality",
              "000, Towards more dynamic and diverse collaborative approaches (double-helix "
              "partnerships \"cannot be stigmatised\")", severity=INFO),
        _rule("W11", N_("Local knowledge missing or outweighed"),
              "no neighbourhood- or city-level actor present, or more international than "
              "local actors, while no local actor is only not described",
              "000, Multiplicity and heterogeneity of actors rather than sectors (projects "
              "\"dominated by international actors\")"),
        _rule("W12", N_("Nobody coordinates: fragmentation risk"),
              "no coordinator or orchestrator (role or recorded orchestrator form) among at "
              "least 6 actors present",
              "001, DISCUSSION (technical work \"fragmented among different actors with "
              "limited coordination\")",
              "004, 5.4 Presence of individual and collective orchestrators"),
        _rule("W13", N_("Low shared commitment: who does the cultural work that builds shared "
                 "motivation?"),
              "a source states low commitment for the whole phase; or half or more of the "
              "relations the room scored for commitment are low (at least 3 scored)",
              "001, DISCUSSION (\"low shared commitment\"; political and technical work \"not "
              "integrated with the cultural work\")",
              "001, Table 3 - Collaborative governance in practice (Dynamics: shared "
              "motivation)"),
        _rule("W14", N_("Present but unconnected, with little say: participating without "
                 "influence?"),
              "an actor present without any relation in a phase that has relations, whose "
              "influence is recorded at 0-1 or whose roles are only consulted or user",
              "000, Roles and interrelations between actors (roles and decision-making "
              "power)",
              "000, Prevailing models: A sector-based mentality (inclusion as a \"vehicle to "
              "convince the public\")"),
        _rule("W15", N_("Public side depends on private data: vendor lock-in risk"),
              "in implementation, scaling or maintenance, a government actor receiving data "
              "only from private actors or over closed or vendor-held relations",
              "004, 5.1.1 Managing technological openness (paying to reach their own data; "
              "\"prevent vendor lock-in\")",
              "004, 5.4 Presence of individual and collective orchestrators (\"vendor "
              "lock-in that results in lack of access, interoperability\")"),
        _rule("W16", N_("All funding from one source: what happens if it stops?"),
              "all of an actor's incoming funding relations (two or more) come from one "
              "funder",
              "001, Table 3 - Collaborative governance in practice (System context: "
              "\"Dependence of local government on national and European government "
              "decisions, for instance in terms of policies and funding\")"),
        _rule("W17", N_("Institutional work without cultural work: who makes the change "
                 "meaningful to everyone?"),
              "a phase with political or technical institutional work recorded and no "
              "cultural work recorded",
              "001, DISCUSSION (changes \"not accompanied by cultural works ... become "
              "insufficient\")",
              "001, Table 1 - The institutional work of multiple actors"),
        _rule("W18", N_("Citizens come in after a decision: could they still change the plan?"),
              "citizens present for the first time in a phase after one where a decision "
              "point fixed specifications, adopted a plan or signed a contract while every "
              "such citizens actor was recorded absent",
              "003, Module 1: Ontology and Definitions (Halegoua: citizens \"brought in after "
              "the fact\", \"after models are already drafted\")",
              "000, Evolving nature of collaborations (Iskandar: citizens involved in "
              "periodic consultations once implementation began)"),
        _rule("W19", N_("Present but no relation recorded: missing from the map?"),
              "an actor present without any relation in a phase that has relations, when "
              "nothing recorded says it has little say (a mapping gap, not a finding)",
              "000, Roles and interrelations between actors (\"a set of interconnected "
              "actors\", who interact formally and informally)", severity=INFO),
    )
}


@dataclass(frozen=True)
class PatternWarning:
    """One finding: the rule's message, a detail naming who and what, and ids to show.

    ``message`` and ``detail`` are in the language in force when the warning was made; the
    data exports make theirs under ``i18n.using("en")``, so a corpus reads alike."""

    id: str
    phase_id: int | None
    next_phase_id: int | None
    message: str
    detail: str
    source: str
    severity: str
    actor_ids: tuple[int, ...]
    relation_ids: tuple[int, ...]
    sources: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "phase_id": self.phase_id,
            "next_phase_id": self.next_phase_id,
            "message": self.message,
            "detail": self.detail,
            "source": self.source,
            "sources": list(self.sources),
            "severity": self.severity,
            "actor_ids": list(self.actor_ids),
            "relation_ids": list(self.relation_ids),
        }


__all__ = ["WarningRule", "WARNING_RULES", "PatternWarning", "THRESHOLDS", "INFO", "WARNING"]
