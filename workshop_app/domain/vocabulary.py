"""Controlled vocabularies of the domain, in one place.

Everything the facilitator picks from a list (actor types, scales, abilities, phase keys,
relation kinds, roles, score labels) lives here, so the GUI, the analysis rules, the exports'
codebook and the README glossary cannot drift apart.
"""

from __future__ import annotations

ACTOR_TYPES: dict[str, str] = {
    "government": "Government",
    "private": "Private",
    "academia": "Academia",
    "civil_society": "Civil society",
    "citizens": "Citizens",
    "international": "International",
    "intermediary": "Intermediary",
    "unknown": "Unknown",
}

ACTOR_TYPE_HELP: dict[str, str] = {
    "government": "public bodies at any tier: municipal units, regional authorities, ministries, "
    "arm's-length public bodies",
    "private": "firms of any size: multinationals, IT vendors, SMEs, utilities, consultancies",
    "academia": "universities, research centres and institutes",
    "civil_society": "non-profits, associations, NGOs, professional and community groups",
    "citizens": "residents and individual users, organised or not",
    "international": "international organisations and donors, cross-border consortia",
    "intermediary": "bodies that broker, convene or run a programme between others: "
    "foundations, PPPs, innovation agencies, advisory boards",
    "unknown": "the source does not say what kind of body it is",
}

# Ordered from the most local to the widest; the order matters for the scale-ring lens.
SCALES: dict[str, str] = {
    "neighbourhood": "Neighbourhood",
    "city": "City",
    "regional": "Regional",
    "national": "National",
    "international": "International",
    "unknown": "Unknown",  # the source does not say; drawn on the outermost ring
}

ABILITIES: dict[str, str] = {
    "resources": "Resources",
    "skills": "Skills",
    "competences": "Competences",
}

ABILITY_HELP: dict[str, str] = {
    "resources": "money, data, infrastructure, staff time, equipment",
    "skills": "practical know-how: engineering, data science, facilitation, training",
    "competences": "a recognised mandate or capacity to act in a field",
}

# Canonical project stages; sessions may add case-local keys (e.g. "consolidation").
PHASE_KEYS: dict[str, str] = {
    "design": "Design",
    "piloting": "Pilot",
    "implementation": "Implementation",
    "scaling": "Scaling",
    "maintenance": "Maintenance & adoption",
}

DEFAULT_PHASES: tuple[tuple[str, str], ...] = tuple(PHASE_KEYS.items())

RELATION_KINDS: dict[str, str] = {
    "information": "Information",
    "resources": "Resources",
    "decision": "Decision",
    "agreement": "Agreement",
    "data": "Data",
    "funding": "Funding",
    "consultation": "Consultation",
}

RELATION_KIND_HELP: dict[str, str] = {
    "information": "sharing knowledge, meetings, advice, training",
    "resources": "staff, technology, in-kind support, pooled budgets",
    "decision": "mandates, steering, joint or directive decisions",
    "agreement": "covenants, contracts, charters, declarations, joint plans",
    "data": "data flows and data standards",
    "funding": "money from funder to recipient (always directed)",
    "consultation": "asking for views without handing over decision power",
}

# Kinds that only make sense with a direction.
ALWAYS_DIRECTED_KINDS: frozenset[str] = frozenset({"funding", "consultation"})

ROLES: dict[str, str] = {
    "regulator": "sets rules, policy frames, standards or statutory duties",
    "funder": "pays for the project or parts of it",
    "donor": "external grant-giver outside the line of government",
    "coordinator": "keeps activities aligned and convenes actors",
    "orchestrator": "steers an ecosystem towards a shared goal",
    "steward": "public actor that looks after shared assets and enables rather than commands",
    "bureaucrat": "public actor working through hierarchy and procedure",
    "leader": "champions the vision and persuades others to join",
    "decision_maker": "holds formal decision power, e.g. in a steering body",
    "provider": "builds or delivers a system, service, dataset or technology",
    "vendor": "sells technology or IT systems to the public side",
    "operator": "runs infrastructure or a service day to day",
    "expert": "contributes specialised know-how, advice, standards or training",
    "researcher": "studies, experiments, evaluates",
    "intermediary": "brokers links between others without owning the project",
    "user": "uses or consumes the service or data",
    "consulted": "asked for views, no decision power",
    "co_creator": "co-designs or co-produces plans or solutions",
    "entrepreneur": "builds apps, services or businesses on the project",
    "civic_agent": "acts for a community or the public interest",
    "political_actor": "exercises political voice: votes, advocates, holds officials to account",
}

# Free-text roles seen in foreign files, mapped onto the vocabulary on import.
ROLE_SYNONYMS: dict[str, str] = {
    "co-designer": "co_creator",
    "co_designer": "co_creator",
    "codesigner": "co_creator",
    "co-creator": "co_creator",
    "evaluator": "researcher",
    "decision maker": "decision_maker",
    "decision-maker": "decision_maker",
    "civic agent": "civic_agent",
    "political actor": "political_actor",
}

SCORE_DIMENSIONS: tuple[str, ...] = ("trust", "commitment", "interdependence")

SCORE_MIN = 1
SCORE_MAX = 5

# Our ordinal scale (the papers use low/medium/high; 1-5 is a design choice of this app).
SCORE_LABELS: dict[int, str] = {
    1: "very low",
    2: "low",
    3: "medium",
    4: "high",
    5: "very high",
}

# How the papers' three levels map onto the 1-5 scale, both ways.
LEVEL_OF_SCORE: dict[int, str] = {1: "low", 2: "low", 3: "medium", 4: "high", 5: "high"}
SCORE_OF_LEVEL: dict[str, int] = {"low": 2, "medium": 3, "high": 4}
# The papers' words for a level, as a stated level records them (no 1-5 number is stated).
LEVEL_WORDS: dict[str, str] = {"low": "Low", "medium": "Medium", "high": "High"}

THREE_C: dict[str, str] = {
    "cooperation": "Cooperation",
    "coordination": "Coordination",
    "collaboration": "Collaboration",
}

DEFAULT_PARTICIPANT = "Facilitator"
# The participant who holds the levels a published case states (io/cases.py writes it);
# named here so the rounds and phone voting can leave it out without loading the importer.
CASE_PARTICIPANT = "Case record"

# -- evidence (schema 3): what is known, from where, and how sure ----------------------------
# An actor in a phase is present, explicitly absent, or not described by the source. Only
# explicit absence means "left"; silence in a source is not absence.
PRESENCE_STATES: dict[str, str] = {
    "present": "Present",
    "absent": "Absent",
    "not_described": "Not described",
}
# What a phase without a presence row means: the room decides in sessions made in the app
# (absent), a published case is silent about the rest (not described).
PRESENCE_DEFAULTS: tuple[str, ...] = ("absent", "not_described")
DEFAULT_PRESENCE = "absent"

RELATION_STATES: dict[str, str] = {
    "active": "Active",
    "inactive": "Switched off",
    "not_described": "Not described",
}

SOURCE_KINDS: dict[str, str] = {
    "stated": "stated in a document (with section, page and a short quote)",
    "inferred": "inferred by someone, with the reason",
    "room": "said or voted in the workshop room",
    "imported": "read from an imported file",
}

PARTICIPANT_KINDS: dict[str, str] = {
    "room": "votes in the room; counted in the median, spread and 3C class",
    "reference": "levels from a source (e.g. a case record); shown beside the room's median, "
    "not counted unless the session pools references",
}

ARENA_LEVELS: dict[str, str] = {
    "steering": "Steering committee",
    "operations": "Operations team",
    "project_team": "Project team",
    "expert_group": "Expert group",
    "other": "Other forum",
}

# Institutional work (001, Table 1): three kinds times three aims.
WORK_KINDS: dict[str, str] = {
    "political": "Political work (rules, rights, boundaries)",
    "technical": "Technical work (standards, systems, procedures)",
    "cultural": "Cultural work (beliefs, norms, identities)",
}
WORK_AIMS: dict[str, str] = {
    "creating": "Creating",
    "maintaining": "Maintaining",
    "disrupting": "Disrupting",
}

# Net-Map: how far an actor's aims go with the project's goal, and its influence (tower) 0-5.
ALIGNMENTS: dict[str, str] = {
    "supports": "Supports the goal",
    "neutral": "Neutral",
    "opposes": "Opposes the goal",
    "mixed": "Mixed",
}
# What else a presence row records that a source can support, beside presence and roles
# (presence.fact_sources: {fact: source id}).
PRESENCE_FACTS: dict[str, str] = {
    "influence": "influence (the Net-Map tower)",
    "alignment": "alignment with the project's goal",
    "orchestrator": "part in orchestration",
    "value_gains": "what the actor gains (public value)",
    "value_costs": "what costs the actor bears (public value)",
}
INFLUENCE_MIN = 0
INFLUENCE_MAX = 5

# Orchestration (004): the orchestrator as one body or several, as strategist and/or manager.
ORCHESTRATOR_FORMS: dict[str, str] = {"individual": "Individual", "collective": "Collective"}
ORCHESTRATOR_MODES: dict[str, str] = {
    "strategist": "Strategist (sets the direction)",
    "manager": "Manager (runs the day-to-day)",
}

# Openness of data relations (004): wider than "open data".
OPENNESS: dict[str, str] = {
    "open": "Open",
    "closed": "Closed",
    "vendor_held": "Held by a vendor",
    "unknown": "Unknown",
}

DECISION_KINDS: dict[str, str] = {
    "specifications_fixed": "Specifications fixed",
    "plan_adopted": "Plan adopted",
    "contract_signed": "Contract signed",
    "other": "Other decision",
}

# How the 3C class is read from three levels (see scoring.three_c).
THREEC_RULES: dict[str, str] = {
    "median": "collaboration if all three are high, cooperation if the middle level of the "
    "three is low, else coordination",
    "weakest": "collaboration if all three are high, cooperation if any is low, else "
    "coordination (the weakest dimension limits the class; fits 002's examples)",
}
DEFAULT_THREEC_RULE = "median"  # a session without the setting (made before schema 3)
NEW_SESSION_THREEC_RULE = "weakest"

# Session settings (meta keys) whose values are checked wherever they are written or read.
META_CHOICES: dict[str, tuple[str, ...]] = {
    "threec_rule": tuple(THREEC_RULES),
    "presence_default": PRESENCE_DEFAULTS,
}
META_FLAGS: tuple[str, ...] = ("pool_references",)


def role_label(role: str) -> str:
    """A readable label for a role key; custom roles are shown as typed."""
    if role in ROLES:
        return role.replace("_", " ").capitalize().replace("Co creator", "Co-creator")
    return role


def normalise_role(text: str) -> str:
    """Turn a typed or imported role into a vocabulary key where one fits."""
    cleaned = " ".join(text.strip().split())
    low = cleaned.lower()
    if low in ROLES:
        return low
    if low in ROLE_SYNONYMS:
        return ROLE_SYNONYMS[low]
    snake = low.replace(" ", "_").replace("-", "_")
    if snake in ROLES:
        return snake
    return cleaned
