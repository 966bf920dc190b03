"""The facilitation prompts (domain brief §3), each tagged with its framework and source.

Prompts are grouped by project stage. A phase's canonical key picks its stage; sessions may
use their own keys (``consolidation``, ``open_data``, ...), which are matched by the words
they begin with, and a key that says nothing is treated as a mid-project phase, except in a
session's first phase, which gets the design prompts. The "any phase" prompts always come
along.

A prompt's text and the stages' labels are catalogue messages, marked here and translated
where they are shown (:attr:`Prompt.question`, :attr:`Prompt.stage_label`,
:func:`stage_label`), so the room reads them in the language in force; ``text`` itself stays
the English source (what a session's ticks and the data exports refer to), and the id, the
framework and the source are never translated.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from typing import Any

from ..domain.i18n import N_, tr

DESIGN = "design"
PILOTING = "piloting"
IMPLEMENTATION_SCALING = "implementation_scaling"
MAINTENANCE = "maintenance"
ANY = "any"

STAGES: dict[str, str] = {
    DESIGN: N_("Design"),
    PILOTING: N_("Piloting"),
    IMPLEMENTATION_SCALING: N_("Implementation and scaling"),
    MAINTENANCE: N_("Maintenance and adoption"),
    ANY: N_("Any phase"),
}

# Canonical phase keys first, then words often found in sessions' own keys.
_STAGE_OF_KEY: dict[str, str] = {
    "design": DESIGN,
    "piloting": PILOTING,
    "implementation": IMPLEMENTATION_SCALING,
    "scaling": IMPLEMENTATION_SCALING,
    "maintenance": MAINTENANCE,
}
_STAGE_WORDS: tuple[tuple[str, str], ...] = (
    ("plan", DESIGN), ("bid", DESIGN), ("concept", DESIGN), ("initiat", DESIGN),
    ("covenant", DESIGN), ("pilot", PILOTING), ("trial", PILOTING), ("experiment", PILOTING),
    ("test", PILOTING), ("pathfind", PILOTING), ("scal", IMPLEMENTATION_SCALING),
    ("roll", IMPLEMENTATION_SCALING), ("diffus", IMPLEMENTATION_SCALING),
    ("deploy", IMPLEMENTATION_SCALING), ("implement", IMPLEMENTATION_SCALING),
    ("consolidat", IMPLEMENTATION_SCALING), ("expan", IMPLEMENTATION_SCALING),
    ("adopt", MAINTENANCE), ("maint", MAINTENANCE), ("operat", MAINTENANCE),
    ("continu", MAINTENANCE), ("evaluat", MAINTENANCE), ("sustain", MAINTENANCE),
)
DEFAULT_STAGE = IMPLEMENTATION_SCALING


@dataclass(frozen=True)
class Prompt:
    """A question the facilitator can put to the room at a given stage."""

    id: str
    stage: str
    framework: str
    source: str
    text: str

    @property
    def stage_label(self) -> str:
        """The prompt's stage in the language in force."""
        return stage_label(self.stage)

    @property
    def question(self) -> str:
        """The prompt as the room reads it: ``text`` in the language in force."""
        return tr(self.text)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def _p(n: int, stage: str, framework: str, source: str, text: str) -> Prompt:
    return Prompt(f"P{n}", stage, framework, source, text)


PROMPTS: tuple[Prompt, ...] = (
    _p(1, DESIGN, "Assemblage", "000", N_("Name organisations, not sectors: who exactly is here, "
       "and what does each bring — resources, skills or competences?")),
    _p(2, DESIGN, "Citizen roles", "000/003", N_("In what role are residents involved — users, "
       "entrepreneurs, civic agents, political actors — and can they change the plan before "
       "it is fixed?")),
    _p(3, DESIGN, "Emerson drivers", "001", N_("Who leads and persuades here, and what brings "
       "each actor to the table: money, a shared problem, interdependence or uncertainty?")),
    _p(4, DESIGN, "Institutional work", "001", N_("Who is making the goal meaningful to everyone "
       "(cultural work), not only handing out tasks (political work)?")),
    _p(5, DESIGN, "Modes", "003", N_("Is this closer to a dashboard, a platform or a "
       "citizen-centric smart city, and do all participants want the same one?")),
    _p(6, DESIGN, "Scale", "000", N_("Who knows the neighbourhoods involved, and how is that "
       "knowledge connected to city, national or international partners?")),
    _p(7, DESIGN, "3C", "002", N_("For each key relation, is information exchange enough, are "
       "shared resources needed, or truly joint planning? What is the lowest intensity that "
       "will do?")),
    _p(8, DESIGN, "Lifecycle", "000", N_("Who will have to adopt, run and maintain the result, "
       "and are they in the room yet?")),
    _p(9, PILOTING, "Pilot→scale", "000/003", N_("Who brings the agility to experiment, and who "
       "could replicate and roll out the solution if it works?")),
    _p(10, PILOTING, "3C temporal", "002", N_("The network has grown: where has intensity "
       "dropped, and is that a useful pause or a stall?")),
    _p(11, PILOTING, "Orchestration: diffusion", "004", N_("Which quick win could show value "
       "early, and who shares openly what did not work?")),
    _p(12, PILOTING, "Shared motivation", "001", N_("Do partners understand each other's aims "
       "well enough to trust each other? Who vouches for the project inside their own "
       "organisation?")),
    _p(13, IMPLEMENTATION_SCALING, "Orchestration", "004", N_("Who orchestrates now — one actor "
       "or a coalition — and do they both set direction and manage the daily work?")),
    _p(14, IMPLEMENTATION_SCALING, "Data and lock-in", "004", N_("Who controls the systems and "
       "data, and can public partners reach their own data without paying or being stuck "
       "with one supplier?")),
    _p(15, IMPLEMENTATION_SCALING, "3C structural", "002", N_("Is the commitment shown at "
       "steering level matched in the project teams? What do front-line staff gain from "
       "taking part?")),
    _p(16, IMPLEMENTATION_SCALING, "3C handles", "002", N_("Which rule, charter or body would "
       "make it clear who supplies and who uses data, so that partners can commit again?")),
    _p(17, IMPLEMENTATION_SCALING, "Assemblage", "000", N_("Who left since the last phase, who "
       "joined, whose role changed — and was that a decision or an accident?")),
    _p(18, MAINTENANCE, "Lifecycle", "000", N_("Which parties and jurisdictions must keep "
       "sharing data for the system to work, and have they agreed to it?")),
    _p(19, MAINTENANCE, "More is not better", "002", N_("Is anyone holding on to a relation "
       "that no longer delivers, or depending on a single partner?")),
    _p(20, MAINTENANCE, "Institutional work", "001", N_("Are roles, rules and accountability "
       "written down well enough to survive a change of government?")),
    _p(21, ANY, "Helix caveat", "000", N_("Is any partner here only so that a category is "
       "represented, without influence on decisions?")),
    _p(22, ANY, "Uneven innovation", "003", N_("Which places and groups gain from this, and "
       "which are missing from the data and the investment?")),
    _p(23, ANY, "Solutionism", "003", N_("What urban problem are we solving, and does our data "
       "measure that problem or only what is easy to count?")),
)

PROMPTS_BY_ID: dict[str, Prompt] = {p.id: p for p in PROMPTS}


def stage_label(stage: str) -> str:
    """A stage's label (:data:`STAGES`) in the language in force."""
    return tr(STAGES[stage])


def stage_for(phase_key: str, *, index: int | None = None) -> str:
    """The prompt stage of a phase key (canonical or the session's own).

    ``index`` is the phase's 0-based position; it only matters for a key that names no
    stage, where the first phase counts as design and any later one as mid-project.
    """
    key = (phase_key or "").strip().lower()
    if key in _STAGE_OF_KEY:
        return _STAGE_OF_KEY[key]
    words = [w for w in re.split(r"[^a-z]+", key) if w]
    for stem, stage in _STAGE_WORDS:
        if any(w.startswith(stem) for w in words):
            return stage
    return DESIGN if index == 0 else DEFAULT_STAGE


def prompts_for(phase_key: str, *, index: int | None = None) -> list[Prompt]:
    """The stage's prompts followed by the "any phase" ones, in catalogue order."""
    stage = stage_for(phase_key, index=index)
    return [p for p in PROMPTS if p.stage in (stage, ANY)]


__all__ = ["Prompt", "PROMPTS", "PROMPTS_BY_ID", "STAGES", "prompts_for", "stage_for", "stage_label",
           "DESIGN", "PILOTING", "IMPLEMENTATION_SCALING", "MAINTENANCE", "ANY"]
