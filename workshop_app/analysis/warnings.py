"""Pattern warnings W1–W19: questions for the room, read off the map phase by phase.

Each warning names the paper and the section it rests on (``warning_rules``, where the
catalogue and its named thresholds live); the checks are in ``warning_checks``. What the
rules read:

* Presence in three states. Only an actor recorded as *absent* counts as absent ("left",
  "citizens absent", "newcomer"); an actor the source does not describe is never read as
  absent, and no warning fires on it.
* The room's votes. A relation's levels are the lower median of the votes that count (the
  room; the "Case record" and other reference participants hold a source's levels and are
  not votes), and its 3C class follows the session's rule (``analysis.classes``).
* What sources state beyond votes: stated 3C classes (W7 compares them across phases),
  stated phase-wide levels (W13 reads 001's "low shared commitment"), arenas (W7 per arena),
  institutional work (W17), decision points (W18), influence and orchestration (W3, W12, W14).

None of the warnings blocks an edit; each carries the actors and relations it found so the
GUI can show them. A phase nobody takes part in yet has not been mapped: it raises nothing.
"""

from __future__ import annotations

from ..domain.model import ActorId, Model
from .facts import PhaseFacts, all_phase_facts
from .warning_checks import PHASE_RULES, join_names, w4, w5, w7, w18
from .warning_rules import (
    INFO,
    LATE_STAGES,
    THRESHOLDS,
    WARNING,
    WARNING_RULES,
    PatternWarning,
    WarningRule,
)


def warnings_for_facts(facts: list[PhaseFacts]) -> list[PatternWarning]:
    """All warnings for already gathered phase facts (in session order).

    A phase nobody takes part in yet has not been mapped: it raises nothing, and nothing is
    said about actors "leaving" into it. So a new, empty session has no warnings at all.
    """
    found: list[tuple[int, int, PatternWarning]] = []
    seen: set[ActorId] = set()
    for i, f in enumerate(facts):
        if not f.actors:
            continue
        batch = [w for rule in PHASE_RULES for w in rule(f)]
        batch += w5(f, seen, facts[i - 1] if i > 0 else None)
        seen |= set(f.actors)
        if i + 1 < len(facts) and facts[i + 1].actors:
            batch += w4(f, facts[i + 1]) + w7(f, facts[i + 1])
        found += [(i, int(w.id[1:]), w) for w in batch]
    found += [(i, int(w.id[1:]), w) for i, w in w18(facts)]
    found.sort(key=lambda t: (t[0], t[1], t[2].detail))
    return [w for _, _, w in found]


def compute_warnings(model: Model) -> list[PatternWarning]:
    """Every pattern warning of the session, by phase, then rule number, then detail."""
    return warnings_for_facts(all_phase_facts(model))


__all__ = ["PatternWarning", "WarningRule", "WARNING_RULES", "THRESHOLDS", "compute_warnings",
           "warnings_for_facts", "join_names", "INFO", "WARNING", "LATE_STAGES"]
