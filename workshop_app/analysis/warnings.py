"""Pattern warnings W1–W15: questions for the room, read off the map phase by phase.

The rules are those of the domain brief (§4), taken literally: A(p) is the set of actors
present in phase p, R(p) its active relations, deg_p(a) the number of relations in R(p) with
a as source or target (an undirected relation counts for both ends but as *incoming* to
neither). A relation's score in a phase is the lower median of the participants' votes,
read as low (1–2), medium (3) or high (4–5); unscored dimensions are left out of every rule.
Rules that name a stage (design, implementation, scaling, maintenance) look only at phases
with that canonical key.

Where the brief leaves a choice, ours is:

* Findings about a set of actors in one phase or step (W4 who left, W5 late newcomers, W14
  unconnected actors) give one warning per phase (or step) naming all of them; findings about
  one actor or relation (W3, W6, W7, W9, W15) give one warning each.
* W2 needs at least one citizens actor present and W11 at least one actor (an empty phase
  has no local knowledge to miss); W5 needs an earlier phase (in a session's first phase
  nobody is late).
* W3 is ``info``, raised to ``warning`` when the dominant actor is private (lock-in risk).
  W10 is always ``info``; everything else is a ``warning``.
* W7 matches relations across the step by unordered pair and kind; if several match, the
  strongest level on each side is compared, so a fall is reported only when no tie held up.
* W9's second clause, like its first, needs at least two relations (two high-interdependence
  relations, all with the same partner); one high tie on its own is not yet dependence.

None of the warnings blocks an edit; each carries the actors and relations it found so the
GUI can show them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Iterable, Sequence

from ..domain.model import ActorId, Model, Relation
from ..domain.scoring import LEVEL_ORDER, three_c
from ..domain.vocabulary import ACTOR_TYPES, role_label
from ..domain.wording import count, noun
from .facts import PhaseFacts, all_phase_facts, relation_label

INFO = "info"
WARNING = "warning"
LATE_STAGES = frozenset({"implementation", "scaling", "maintenance"})


@dataclass(frozen=True)
class WarningRule:
    """One rule of the catalogue: what the room reads, what it looks for, where it comes from."""

    id: str
    message: str
    looks_for: str
    source: str


WARNING_RULES: dict[str, WarningRule] = {
    r.id: r
    for r in (
        WarningRule("W1", "Citizens absent from design: will they be consulted only after "
                    "decisions are made?", "a design phase without any citizens actor",
                    "Citizen roles (003, 000)"),
        WarningRule("W2", "Citizens present without decision power",
                    "citizens only as users or consulted, with no decision or agreement "
                    "relation", "Citizen roles (000, 003)"),
        WarningRule("W3", "One actor is endpoint of most relations: single-orchestrator or "
                    "lock-in risk", "one actor at an end of more than half of a phase's "
                    "relations (at least 6 relations)", "Orchestration (004); Assemblage "
                    "thinking (000)"),
        WarningRule("W4", "Actor left between phases: who left and why?",
                    "actors present in one phase but not in the next",
                    "Assemblage thinking (000)"),
        WarningRule("W5", "Newcomer needed late (adoption/data): was this planned earlier?",
                    "a first-time actor in implementation, scaling or maintenance with a data "
                    "or agreement relation", "Assemblage thinking: project lifecycle (000)"),
        WarningRule("W6", "High commitment, low trust: commitment usually rests on trust; "
                    "risk of over-commitment", "a relation scored high on commitment and low "
                    "on trust", "3C framework (002); Collaborative governance (001)"),
        WarningRule("W7", "Intensity dropped: regrouping pause or stall?",
                    "trust or commitment of the same pair and kind falling a level from one "
                    "phase to the next", "3C framework: temporal dynamics (002)"),
        WarningRule("W8", "Collaboration everywhere: costly and hard to sustain; where would "
                    "coordination do?", "more than half of the classed relations are "
                    "collaboration (at least 6 actors, 4 classed relations)",
                    "3C framework: more is not always better (002)"),
        WarningRule("W9", "Dependence on a single partner",
                    "all of an actor's funding (two or more) from one source, or all its "
                    "high-interdependence relations (two or more) with one partner",
                    "3C framework (002); Orchestration (004)"),
        WarningRule("W10", "Double-helix set-up: deliberate? (not wrong in itself)",
                    "only government and private actors (at least 3 actors); info only",
                    "Assemblage thinking: helix caveat (000)"),
        WarningRule("W11", "Local knowledge missing or outweighed",
                    "no neighbourhood- or city-level actor, or more international than local "
                    "actors", "Assemblage thinking: scale (000)"),
        WarningRule("W12", "Nobody coordinates: fragmentation risk",
                    "no coordinator or orchestrator among at least 6 actors",
                    "Institutional work (001); Orchestration (004)"),
        WarningRule("W13", "Low shared commitment: who does the cultural work that builds "
                    "shared motivation?", "half or more of the commitment scores low (at "
                    "least 3 scored)", "Institutional work: shared motivation (001)"),
        WarningRule("W14", "Present but unconnected: participating without influence?",
                    "actors present without any relation in a phase that has relations",
                    "Assemblage thinking (000); Institutional work (001)"),
        WarningRule("W15", "Public side depends on private data: vendor lock-in risk",
                    "in implementation, scaling or maintenance, a government actor receiving "
                    "data only from private actors or over closed relations",
                    "Orchestration: city data and vendor lock-in (004)"),
    )
}


@dataclass(frozen=True)
class PatternWarning:
    """One finding: the rule's message, a detail naming who and what, and ids to show."""

    id: str
    phase_id: int | None
    next_phase_id: int | None
    message: str
    detail: str
    source: str
    severity: str
    actor_ids: tuple[int, ...]
    relation_ids: tuple[int, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "phase_id": self.phase_id,
            "next_phase_id": self.next_phase_id,
            "message": self.message,
            "detail": self.detail,
            "source": self.source,
            "severity": self.severity,
            "actor_ids": list(self.actor_ids),
            "relation_ids": list(self.relation_ids),
        }


def _warn(rule_id: str, facts: PhaseFacts, detail: str, actors: Iterable[int] = (),
          relations: Iterable[int] = (), *, severity: str = WARNING,
          next_facts: PhaseFacts | None = None) -> PatternWarning:
    rule = WARNING_RULES[rule_id]
    return PatternWarning(
        id=rule_id,
        phase_id=facts.phase.id,
        next_phase_id=None if next_facts is None else next_facts.phase.id,
        message=rule.message,
        detail=detail,
        source=rule.source,
        severity=severity,
        actor_ids=tuple(sorted(set(actors))),
        relation_ids=tuple(sorted(set(relations))),
    )


def join_names(names: Sequence[str]) -> str:
    """"A", "A and B", "A, B and C": a list as the room would say it."""
    names = list(names)
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def _sorted_names(facts: PhaseFacts, ids: Iterable[ActorId]) -> list[str]:
    return sorted((facts.name(a) for a in ids), key=str.casefold)


def _ends(relations: Iterable[Relation]) -> set[int]:
    return {e for r in relations for e in (r.source, r.target)}


def _other_end(relation: Relation, actor_id: ActorId) -> ActorId:
    return relation.target if relation.source == actor_id else relation.source


def _rel_text(facts: PhaseFacts, relation: Relation) -> str:
    return f"the {relation.kind} relation {relation_label(facts.actors, relation)}"


# -- rules on one phase -------------------------------------------------------------------
def _w1(f: PhaseFacts) -> list[PatternWarning]:
    if f.phase.key != "design" or any(a.type == "citizens" for a in f.actors.values()):
        return []
    return [_warn("W1", f, f"No citizens actor takes part in {f.phase.name}.")]


def _w2(f: PhaseFacts) -> list[PatternWarning]:
    citizens = [a for a in f.actors.values() if a.type == "citizens"]
    if not citizens:
        return []
    powerless = {"user", "consulted"}
    for c in citizens:
        if not set(f.roles.get(c.id, ())) <= powerless:
            return []
        if any(r.kind in ("decision", "agreement") for r in f.incident.get(c.id, ())):
            return []
    parts = []
    for c in sorted(citizens, key=lambda a: a.name.casefold()):
        roles = ", ".join(role_label(r) for r in f.roles.get(c.id, ())) or "no role stated"
        parts.append(f"{c.name} ({roles})")
    detail = (f"{join_names(parts)}: no decision or agreement relation in {f.phase.name}.")
    rels = [r.id for c in citizens for r in f.incident.get(c.id, ())]
    return [_warn("W2", f, detail, [c.id for c in citizens], rels)]


def _w3(f: PhaseFacts) -> list[PatternWarning]:
    total = len(f.relations)
    if total < 6:
        return []
    out = []
    for a in f.actors.values():
        deg = f.degree(a.id)
        if 2 * deg > total:
            severity = WARNING if a.type == "private" else INFO
            kind = f" ({ACTOR_TYPES['private'].lower()})" if a.type == "private" else ""
            detail = f"{a.name}{kind} is an end of {deg} of the {total} relations in {f.phase.name}."
            out.append(_warn("W3", f, detail, [a.id], [r.id for r in f.incident[a.id]],
                             severity=severity))
    return out


def _w6(f: PhaseFacts) -> list[PatternWarning]:
    out = []
    for r in f.relations:
        if f.level(r.id, "commitment") == "high" and f.level(r.id, "trust") == "low":
            detail = (f"Commitment {f.median(r.id, 'commitment')} (high) but trust "
                      f"{f.median(r.id, 'trust')} (low) on {_rel_text(f, r)} in {f.phase.name}.")
            out.append(_warn("W6", f, detail, (r.source, r.target), [r.id]))
    return out


def _w8(f: PhaseFacts) -> list[PatternWarning]:
    if len(f.actors) < 6:
        return []
    classed = [(r, three_c(*f.medians[r.id])) for r in f.relations]
    classed = [(r, c) for r, c in classed if c is not None]
    collab = [r for r, c in classed if c == "collaboration"]
    if len(classed) < 4 or 2 * len(collab) <= len(classed):
        return []
    detail = (f"{len(collab)} of the {len(classed)} classed relations in {f.phase.name} "
              "are collaboration.")
    return [_warn("W8", f, detail, _ends(collab), [r.id for r in collab])]


def _w9(f: PhaseFacts) -> list[PatternWarning]:
    out = []
    for a in f.actors.values():
        found: list[str] = []
        rels: list[Relation] = []
        rel_list = f.incident.get(a.id, ())
        funding = [r for r in rel_list if r.kind == "funding" and r.directed
                   and r.target == a.id and r.source != a.id]
        if len(funding) >= 2 and len({r.source for r in funding}) == 1:
            found.append(f"all {len(funding)} of its funding relations come from "
                         f"{f.name(funding[0].source)}")
            rels += funding
        high = [r for r in rel_list if r.source != r.target
                and f.level(r.id, "interdependence") == "high"]
        partners = {_other_end(r, a.id) for r in high}
        if len(high) >= 2 and len(partners) == 1:
            found.append(f"all {len(high)} of its high-interdependence relations are with "
                         f"{f.name(next(iter(partners)))}")
            rels += high
        if found:
            detail = f"In {f.phase.name}, {a.name}: " + "; ".join(found) + "."
            out.append(_warn("W9", f, detail, _ends(rels), [r.id for r in rels]))
    return out


def _w10(f: PhaseFacts) -> list[PatternWarning]:
    types = {a.type for a in f.actors.values()}
    if len(f.actors) < 3 or not types <= {"government", "private"}:
        return []
    said = " and ".join(ACTOR_TYPES[t].lower() for t in ("government", "private") if t in types)
    detail = f"Only {said} actors take part in {f.phase.name} ({len(f.actors)} actors)."
    return [_warn("W10", f, detail, f.actors, severity=INFO)]


def _w11(f: PhaseFacts) -> list[PatternWarning]:
    if not f.actors:
        return []
    intl = [a.id for a in f.actors.values() if a.scale == "international"]
    local = [a.id for a in f.actors.values() if a.scale in ("neighbourhood", "city")]
    if local and len(intl) <= len(local):
        return []
    if not local:
        detail = f"No actor in {f.phase.name} acts at neighbourhood or city level"
        detail += (f"; {count(len(intl), 'actor')} {noun(len(intl), 'acts', 'act')} internationally."
                   if intl else ".")
    else:
        detail = (f"In {f.phase.name}, {count(len(intl), 'actor')} {noun(len(intl), 'acts', 'act')} internationally "
                  f"({join_names(_sorted_names(f, intl))}) but only {len(local)} at "
                  "neighbourhood or city level.")
    return [_warn("W11", f, detail, intl)]


def _w12(f: PhaseFacts) -> list[PatternWarning]:
    if len(f.actors) < 6:
        return []
    if any(set(roles) & {"coordinator", "orchestrator"} for roles in f.roles.values()):
        return []
    detail = (f"None of the {len(f.actors)} actors in {f.phase.name} is a coordinator or "
              "an orchestrator.")
    return [_warn("W12", f, detail)]


def _w13(f: PhaseFacts) -> list[PatternWarning]:
    scored = [r for r in f.relations if f.median(r.id, "commitment") is not None]
    low = [r for r in scored if f.level(r.id, "commitment") == "low"]
    if len(scored) < 3 or 2 * len(low) < len(scored):
        return []
    detail = (f"{len(low)} of the {len(scored)} relations scored for commitment in "
              f"{f.phase.name} are low.")
    return [_warn("W13", f, detail, _ends(low), [r.id for r in low])]


def _w14(f: PhaseFacts) -> list[PatternWarning]:
    if not f.relations:
        return []
    alone = [a for a in f.actors if f.degree(a) == 0]
    if not alone:
        return []
    names = join_names(_sorted_names(f, alone))
    verb = "takes" if len(alone) == 1 else "take"
    detail = f"{names} {verb} part in {f.phase.name} without any relation."
    return [_warn("W14", f, detail, alone)]


def _w15(f: PhaseFacts) -> list[PatternWarning]:
    if f.phase.key not in LATE_STAGES:
        return []
    out = []
    for g in f.actors.values():
        if g.type != "government":
            continue
        incoming = [r for r in f.incident.get(g.id, ()) if r.kind == "data" and r.directed
                    and r.target == g.id and r.source != g.id]
        if not incoming:
            continue
        reasons = []
        for r in incoming:
            src = f.actors[r.source]
            closed = str(r.attrs.get("openness", "")).strip().lower() == "closed"
            if src.type != "private" and not closed:
                break
            reasons.append(f"{src.name} ({'private' if src.type == 'private' else 'closed'})")
        else:
            detail = (f"In {f.phase.name}, {g.name} receives data only from "
                      f"{join_names(sorted(set(reasons), key=str.casefold))}.")
            out.append(_warn("W15", f, detail, _ends(incoming), [r.id for r in incoming]))
    return out


PHASE_RULES: tuple[Callable[[PhaseFacts], list[PatternWarning]], ...] = (
    _w1, _w2, _w3, _w6, _w8, _w9, _w10, _w11, _w12, _w13, _w14, _w15,
)


# -- rules across phases ------------------------------------------------------------------
def _w4(f: PhaseFacts, nxt: PhaseFacts) -> list[PatternWarning]:
    left = [a for a in f.actors if a not in nxt.actors]
    if not left:
        return []
    names = _sorted_names(f, left)
    if len(left) == 1:
        detail = f"{names[0]} took part in {f.phase.name} but not in {nxt.phase.name}."
    else:
        detail = (f"{len(left)} actors took part in {f.phase.name} but not in "
                  f"{nxt.phase.name}: {join_names(names)}.")
    rels = [r.id for a in left for r in f.incident.get(a, ())]
    return [_warn("W4", f, detail, left, rels, next_facts=nxt)]


def _w5(f: PhaseFacts, earlier: set[ActorId]) -> list[PatternWarning]:
    if f.phase.key not in LATE_STAGES or f.index == 0:
        return []
    found: list[ActorId] = []
    rels: list[Relation] = []
    for a in f.actors:
        if a in earlier:
            continue
        ties = [r for r in f.incident.get(a, ()) if r.kind in ("data", "agreement")]
        if ties:
            found.append(a)
            rels += ties
    if not found:
        return []
    names = join_names(_sorted_names(f, found))
    kinds = " and ".join(sorted({r.kind for r in rels}))
    if len(rels) == 1:
        said = f"{'an' if kinds[0] in 'aeiou' else 'a'} {kinds} relation"
    else:
        said = f"{kinds} relations"
    verb = "appears" if len(found) == 1 else "appear"
    detail = f"{names} {verb} for the first time in {f.phase.name}, with {said} already."
    return [_warn("W5", f, detail, [*found, *_ends(rels)], [r.id for r in rels])]


def _by_pair_and_kind(f: PhaseFacts) -> dict[tuple[frozenset[int], str], list[Relation]]:
    out: dict[tuple[frozenset[int], str], list[Relation]] = {}
    for r in f.relations:
        out.setdefault((frozenset((r.source, r.target)), r.kind), []).append(r)
    return out


def _strongest(f: PhaseFacts, rels: list[Relation], dim: str) -> int | None:
    ranks = [f.level_rank(r.id, dim) for r in rels]
    known = [x for x in ranks if x is not None]
    return max(known) if known else None


_LEVEL_NAME = {v: k for k, v in LEVEL_ORDER.items()}


def _w7(f: PhaseFacts, nxt: PhaseFacts) -> list[PatternWarning]:
    before, after = _by_pair_and_kind(f), _by_pair_and_kind(nxt)
    out = []
    for key, rels_after in after.items():
        rels_before = before.get(key)
        if not rels_before:
            continue
        falls = []
        for dim in ("trust", "commitment"):
            was, now = _strongest(f, rels_before, dim), _strongest(nxt, rels_after, dim)
            if was is not None and now is not None and now < was:
                falls.append(f"{dim} {_LEVEL_NAME[was]} → {_LEVEL_NAME[now]}")
        if falls:
            rel = rels_after[0]
            detail = (f"{rel.kind.capitalize()} relation {relation_label(nxt.actors, rel)}, "
                      f"{f.phase.name} → {nxt.phase.name}: {', '.join(falls)}.")
            ids = [r.id for r in (*rels_before, *rels_after)]
            out.append(_warn("W7", f, detail, key[0], ids, next_facts=nxt))
    return out


# -- the whole session --------------------------------------------------------------------
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
        batch += _w5(f, seen)
        seen |= set(f.actors)
        if i + 1 < len(facts) and facts[i + 1].actors:
            batch += _w4(f, facts[i + 1]) + _w7(f, facts[i + 1])
        found += [(i, int(w.id[1:]), w) for w in batch]
    found.sort(key=lambda t: (t[0], t[1], t[2].detail))
    return [w for _, _, w in found]


def compute_warnings(model: Model) -> list[PatternWarning]:
    """Every pattern warning of the session, by phase, then rule number, then detail."""
    return warnings_for_facts(all_phase_facts(model))


__all__ = ["PatternWarning", "WarningRule", "WARNING_RULES", "compute_warnings",
           "warnings_for_facts", "join_names", "INFO", "WARNING"]
