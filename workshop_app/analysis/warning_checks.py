"""The checks behind the pattern warnings (catalogue and thresholds: ``warning_rules``).

A(p) is the set of actors present in phase p, R(p) its active relations, deg_p(a) the number
of relations in R(p) with a as source or target (an undirected relation counts for both ends
but as *incoming* to neither). A relation's score in a phase is the lower median of the votes
that count (the room; reference levels such as the "Case record" are not votes), read as low
(1–2), medium (3) or high (4–5); unscored dimensions are left out of every rule. Rules that
name a stage look only at phases with that canonical key.

No check reads "not described" as absent: a rule that claims somebody is missing needs them
recorded as absent (or, for a claim about a kind of actor, needs no actor of that kind to be
merely not described). Findings about a set of actors in one phase or step give one warning
naming all of them; findings about one actor, relation, pair or arena give one each.

Every sentence is a catalogue message with the names, phases and counts as placeholders, and
the vocabulary's words (kinds, types, levels, classes) come from ``domain.terms``, so a warning
reads in the language in force; a kind or type the room typed stays as typed. A sentence whose
verb follows a number ("{names} takes part" / "take part") is a numerus message: each
catalogue has the forms its language needs, and English reads the plural given beside the
singular (``domain.i18n.tr_plural``, as gettext's ngettext).
"""

from __future__ import annotations

from typing import Callable, Iterable, Sequence

from ..domain import terms
from ..domain.i18n import N_, in_sentence, tr, tr_plural
from ..domain.model import ActorId, Relation
from ..domain.scoring import LEVEL_ORDER
from ..domain.wording import count
from .classes import CLASS_RANK, median_class, most_intense
from .facts import ABSENT, NOT_DESCRIBED, PRESENT, PhaseFacts, relation_label
from .warning_rules import (
    CLOSED_OPENNESS,
    COLLABORATION_MIN_ACTORS,
    COLLABORATION_MIN_CLASSED,
    COLLABORATION_SHARE,
    COMMITMENT_MIN_SCORED,
    COORDINATING_ROLES,
    COORDINATION_MIN_ACTORS,
    DECIDING_KINDS,
    DEPENDENCE_MIN_TIES,
    FIXING_DECISIONS,
    HELIX_MIN_ACTORS,
    HUB_MIN_RELATIONS,
    HUB_SHARE,
    INFO,
    LATE_STAGES,
    LOCAL_SCALES,
    LOW_COMMITMENT_SHARE,
    LOW_INFLUENCE,
    NO_SAY_ROLES,
    POWERLESS_CITIZEN_ROLES,
    STEERING_ROLES,
    WARNING_RULES,
    PatternWarning,
)

PhaseCheck = Callable[[PhaseFacts], list[PatternWarning]]


def warn(rule_id: str, facts: PhaseFacts, detail: str, actors: Iterable[int] = (),
         relations: Iterable[int] = (), *, severity: str | None = None,
         next_facts: PhaseFacts | None = None) -> PatternWarning:
    rule = WARNING_RULES[rule_id]
    return PatternWarning(
        id=rule_id,
        phase_id=facts.phase.id,
        next_phase_id=None if next_facts is None else next_facts.phase.id,
        message=rule.title,
        detail=detail,
        source=rule.source,
        severity=severity or rule.severity,
        actor_ids=tuple(sorted(set(actors))),
        relation_ids=tuple(sorted(set(relations))),
        sources=rule.sources,
    )


def join_names(names: Sequence[str]) -> str:
    """"A", "A and B", "A, B and C": a list as the room would say it."""
    names = list(names)
    if len(names) <= 1:
        return "".join(names)
    return tr("{names} and {last}").format(names=", ".join(names[:-1]), last=names[-1])


def _sorted_names(facts: PhaseFacts, ids: Iterable[ActorId]) -> list[str]:
    return sorted((facts.name(a) for a in ids), key=str.casefold)


def _ends(relations: Iterable[Relation]) -> set[int]:
    return {e for r in relations for e in (r.source, r.target)}


def _other_end(relation: Relation, actor_id: ActorId) -> ActorId:
    return relation.target if relation.source == actor_id else relation.source


def _word(table: str, key: str) -> str:
    """A vocabulary word inside a sentence; a word the room typed stays as typed."""
    return in_sentence(terms.term(table, key)) if key in terms.TABLES[table] else key


def _rel_text(facts: PhaseFacts, relation: Relation) -> str:
    return tr("the {kind} relation {relation}").format(
        kind=_word("relation kind", relation.kind), relation=relation_label(facts.actors, relation))


def _steers(f: PhaseFacts, actor_id: ActorId, roles: frozenset[str]) -> bool:
    """Whether the actor holds one of ``roles`` here or is recorded as an orchestrator."""
    pres = f.presence.get(actor_id)
    return bool(set(f.roles.get(actor_id, ())) & roles) or (
        pres is not None and pres.orchestrator_form is not None)


# -- rules on one phase -------------------------------------------------------------------
def w1(f: PhaseFacts) -> list[PatternWarning]:
    if f.phase.key != "design":
        return []
    citizens = [a for a in f.all_actors.values() if a.type == "citizens"]
    states = {f.state(c.id) for c in citizens}
    if PRESENT in states or NOT_DESCRIBED in states:
        return []  # there, or the source does not say: no claim of absence
    if not citizens:
        if not f.fully_described:
            return []  # other actors not described: the phase may have citizens unrecorded
        return [warn("W1", f, tr("No citizens actor takes part in {phase}.").format(phase=f.phase.name))]
    names = join_names(_sorted_names(f, (c.id for c in citizens)))
    n = len(citizens)
    detail = tr_plural(
        "{names} is recorded as absent from {phase}.",
        "{names} are recorded as absent from {phase}.", n).format(
        names=names, phase=f.phase.name)
    return [warn("W1", f, detail, (c.id for c in citizens))]


def w2(f: PhaseFacts) -> list[PatternWarning]:
    citizens = [a for a in f.actors.values() if a.type == "citizens"]
    if not citizens:
        return []
    for c in citizens:
        if not set(f.roles.get(c.id, ())) <= POWERLESS_CITIZEN_ROLES:
            return []
        if any(r.kind in DECIDING_KINDS for r in f.incident.get(c.id, ())):
            return []
    parts = []
    for c in sorted(citizens, key=lambda a: a.name.casefold()):
        roles = ", ".join(terms.role(r) for r in f.roles.get(c.id, ())) or tr("no role stated")
        parts.append(f"{c.name} ({roles})")
    detail = tr("{citizens}: no decision or agreement relation in {phase}.").format(
        citizens=join_names(parts), phase=f.phase.name)
    rels = [r.id for c in citizens for r in f.incident.get(c.id, ())]
    return [warn("W2", f, detail, [c.id for c in citizens], rels)]


def w3(f: PhaseFacts) -> list[PatternWarning]:
    total = len(f.relations)
    if total < HUB_MIN_RELATIONS:
        return []
    out = []
    for a in f.actors.values():
        deg = f.degree(a.id)
        if deg <= HUB_SHARE * total:
            continue
        private = a.type == "private"
        if _steers(f, a.id, STEERING_ROLES) and not private:
            continue  # 004 recommends a central orchestrator: a recognised hub is no finding
        if private:
            detail = tr("{name} (private) is an end of {degree} of the {total} relations in "
                        "{phase}: the others may come to depend on a firm whose aims are its own.")
        else:
            detail = tr("{name} is an end of {degree} of the {total} relations in {phase} and "
                        "holds no orchestrator role there.")
        detail = detail.format(name=a.name, degree=deg, total=total, phase=f.phase.name)
        out.append(warn("W3", f, detail, [a.id], [r.id for r in f.incident[a.id]],
                        severity=None if private else INFO))
    return out


def w6(f: PhaseFacts) -> list[PatternWarning]:
    out = []
    for r in f.relations:
        if f.level(r.id, "commitment") == "high" and f.level(r.id, "trust") == "low":
            detail = tr("Commitment {commitment} (high) but trust {trust} (low) on {relation} in "
                        "{phase}.").format(commitment=f.median(r.id, "commitment"),
                                           trust=f.median(r.id, "trust"),
                                           relation=_rel_text(f, r), phase=f.phase.name)
            out.append(warn("W6", f, detail, (r.source, r.target), [r.id]))
    return out


def w8(f: PhaseFacts) -> list[PatternWarning]:
    if len(f.actors) < COLLABORATION_MIN_ACTORS:
        return []
    classed = [(r, f.classes.get(r.id)) for r in f.relations]
    classed = [(r, c) for r, c in classed if c is not None]
    collab = [r for r, c in classed if c == "collaboration"]
    if len(classed) < COLLABORATION_MIN_CLASSED or len(collab) <= COLLABORATION_SHARE * len(classed):
        return []
    detail = tr("{collaboration} of the {classed} classed relations in {phase} are "
                "collaboration.").format(collaboration=len(collab), classed=len(classed),
                                         phase=f.phase.name)
    return [warn("W8", f, detail, _ends(collab), [r.id for r in collab])]


def w9(f: PhaseFacts) -> list[PatternWarning]:
    out = []
    for a in f.actors.values():
        high = [r for r in f.incident.get(a.id, ()) if r.source != r.target
                and f.level(r.id, "interdependence") == "high"]
        partners = {_other_end(r, a.id) for r in high}
        if len(high) >= DEPENDENCE_MIN_TIES and len(partners) == 1:
            detail = tr("In {phase}, {name}: all {count} of its high-interdependence relations "
                        "are with {partner}.").format(phase=f.phase.name, name=a.name,
                                                      count=len(high),
                                                      partner=f.name(next(iter(partners))))
            out.append(warn("W9", f, detail, _ends(high), [r.id for r in high]))
    return out


def w10(f: PhaseFacts) -> list[PatternWarning]:
    helix = {"government", "private"}
    types = {a.type for a in f.actors.values()}
    if len(f.actors) < HELIX_MIN_ACTORS or not types <= helix:
        return []
    if any(f.all_actors[a].type not in helix for a in f.undescribed if a in f.all_actors):
        return []  # an actor of another kind may be there: the source does not say
    if types == helix:
        detail = tr("Only government and private actors take part in {phase} ({actors}).")
    elif "government" in types:
        detail = tr("Only government actors take part in {phase} ({actors}).")
    else:
        detail = tr("Only private actors take part in {phase} ({actors}).")
    detail = detail.format(phase=f.phase.name, actors=count(len(f.actors), "actor"))
    return [warn("W10", f, detail, f.actors)]


def w11(f: PhaseFacts) -> list[PatternWarning]:
    if not f.actors:
        return []
    if any(f.all_actors[a].scale in LOCAL_SCALES for a in f.undescribed if a in f.all_actors):
        return []  # a local actor not described may be there
    intl = [a.id for a in f.actors.values() if a.scale == "international"]
    local = [a.id for a in f.actors.values() if a.scale in LOCAL_SCALES]
    if local and len(intl) <= len(local):
        return []
    n = len(intl)
    if not local and not intl:
        detail = tr("No actor in {phase} acts at neighbourhood or city level.")
    elif not local:
        detail = tr_plural(
            "No actor in {phase} acts at neighbourhood or city level; {actors} acts "
            "internationally.",
            "No actor in {phase} acts at neighbourhood or city level; {actors} act "
            "internationally.", n)
    else:
        detail = tr_plural(
            "In {phase}, {actors} acts internationally ({names}) but only {local} at "
            "neighbourhood or city level.",
            "In {phase}, {actors} act internationally ({names}) but only {local} at neighbourhood"
            " or city level.", n)
    detail = detail.format(phase=f.phase.name, actors=count(n, "actor"),
                           names=join_names(_sorted_names(f, intl)), local=len(local))
    return [warn("W11", f, detail, intl)]


def w12(f: PhaseFacts) -> list[PatternWarning]:
    if len(f.actors) < COORDINATION_MIN_ACTORS:
        return []
    if any(_steers(f, a, COORDINATING_ROLES) for a in f.actors):
        return []
    detail = tr("None of the {count} actors in {phase} is a coordinator or an "
                "orchestrator.").format(count=len(f.actors), phase=f.phase.name)
    return [warn("W12", f, detail)]


def w13(f: PhaseFacts) -> list[PatternWarning]:
    said = [lv for lv in f.levels if lv.relation_id is None and lv.arena_id is None
            and lv.dimension == "commitment" and lv.level == "low"]
    scored = [r for r in f.relations if f.median(r.id, "commitment") is not None]
    low = [r for r in scored if f.level(r.id, "commitment") == "low"]
    by_room = len(scored) >= COMMITMENT_MIN_SCORED and len(low) >= LOW_COMMITMENT_SHARE * len(scored)
    if not said and not by_room:
        return []
    parts = []
    for lv in said:  # stated or inferred: the citation says which
        where = f.citations.get(lv.source_id, "") if lv.source_id is not None else ""
        if where:
            said_low = tr("Commitment across {phase} is recorded as low ({citation})")
        else:
            said_low = tr("Commitment across {phase} is recorded as low")
        parts.append(said_low.format(phase=f.phase.name, citation=where))
    if by_room:
        parts.append(tr("{low} of the {scored} relations scored for commitment in {phase} are "
                        "low").format(low=len(low), scored=len(scored), phase=f.phase.name))
    rels = low if by_room else []
    return [warn("W13", f, "; ".join(parts) + ".", _ends(rels), [r.id for r in rels])]


def _little_say(f: PhaseFacts, actor_id: ActorId) -> bool:
    """Whether what is recorded says the actor has little or no say here."""
    pres = f.presence.get(actor_id)
    if pres is not None and pres.influence is not None and pres.influence <= LOW_INFLUENCE:
        return True
    roles = set(f.roles.get(actor_id, ()))
    return bool(roles) and roles <= NO_SAY_ROLES


def w14_w19(f: PhaseFacts) -> list[PatternWarning]:
    if not f.relations:
        return []
    alone = [a for a in f.actors if f.degree(a) == 0]
    out = []
    quiet = [a for a in alone if _little_say(f, a)]
    gap = [a for a in alone if a not in quiet]
    if quiet:
        detail = tr_plural(
            "{names} takes part in {phase} without any relation, with little say recorded "
            "(influence or roles).",
            "{names} take part in {phase} without any relation, with little say recorded "
            "(influence or roles).", len(quiet))
        detail = detail.format(names=join_names(_sorted_names(f, quiet)), phase=f.phase.name)
        out.append(warn("W14", f, detail, quiet))
    if gap:
        detail = tr_plural(
            "{names} takes part in {phase}, but no relation is recorded for it there.",
            "{names} take part in {phase}, but no relation is recorded for them there.", len(gap))
        detail = detail.format(names=join_names(_sorted_names(f, gap)), phase=f.phase.name)
        out.append(warn("W19", f, detail, gap))
    return out


# W15: why a source keeps data from the public side (an actor type or a closed openness).
_CLOSED_SOURCE: dict[str, str] = {
    "private": N_("{name} (private)"),
    "closed": N_("{name} (closed)"),
    "vendor_held": N_("{name} (vendor-held)"),
}


def w15(f: PhaseFacts) -> list[PatternWarning]:
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
            openness = str(r.attrs.get("openness", "")).strip().lower()
            closed = openness in CLOSED_OPENNESS
            if src.type != "private" and not closed:
                break
            why = "private" if src.type == "private" else openness
            reasons.append(tr(_CLOSED_SOURCE[why]).format(name=src.name))
        else:
            detail = tr("In {phase}, {name} receives data only from {sources}.").format(
                phase=f.phase.name, name=g.name,
                sources=join_names(sorted(set(reasons), key=str.casefold)))
            out.append(warn("W15", f, detail, _ends(incoming), [r.id for r in incoming]))
    return out


def w16(f: PhaseFacts) -> list[PatternWarning]:
    out = []
    for a in f.actors.values():
        funding = [r for r in f.incident.get(a.id, ()) if r.kind == "funding" and r.directed
                   and r.target == a.id and r.source != a.id]
        if len(funding) >= DEPENDENCE_MIN_TIES and len({r.source for r in funding}) == 1:
            detail = tr("In {phase}, {name}: all {count} of its funding relations come from "
                        "{funder}.").format(phase=f.phase.name, name=a.name, count=len(funding),
                                            funder=f.name(funding[0].source))
            out.append(warn("W16", f, detail, _ends(funding), [r.id for r in funding]))
    return out


def w17(f: PhaseFacts) -> list[PatternWarning]:
    by_kind: dict[str, set[ActorId]] = {}
    for actor_id, work in f.work.items():
        for kind, _aim in work:
            by_kind.setdefault(kind, set()).add(actor_id)
    if not by_kind or "cultural" in by_kind:
        return []
    parts = [tr("{work} by {names}").format(work=_word("work kind", k).split(" (")[0],
                                            names=join_names(_sorted_names(f, ids)))
             for k, ids in sorted(by_kind.items())]
    detail = tr("In {phase}, institutional work is recorded ({work}); no cultural work is "
                "recorded.").format(phase=f.phase.name, work="; ".join(parts))
    return [warn("W17", f, detail, {a for ids in by_kind.values() for a in ids})]


PHASE_RULES: tuple[PhaseCheck, ...] = (
    w1, w2, w3, w6, w8, w9, w10, w11, w12, w13, w14_w19, w15, w16, w17,
)


# -- rules across phases ------------------------------------------------------------------
def w4(f: PhaseFacts, nxt: PhaseFacts) -> list[PatternWarning]:
    left = [a for a in f.actors if nxt.state(a) == ABSENT]
    if not left:
        return []
    names = _sorted_names(f, left)
    if len(left) == 1:
        detail = tr("{name} took part in {phase} but not in {next}.").format(
            name=names[0], phase=f.phase.name, next=nxt.phase.name)
    else:
        detail = tr("{count} actors took part in {phase} but not in {next}: {names}.").format(
            count=len(left), phase=f.phase.name, next=nxt.phase.name, names=join_names(names))
    rels = [r.id for a in left for r in f.incident.get(a, ())]
    return [warn("W4", f, detail, left, rels, next_facts=nxt)]


# W5: the ties a newcomer already has, by (kinds, whether there is only one).
_NEW_TIES: dict[tuple[tuple[str, ...], bool], str] = {
    (("data",), True): N_("with a data relation"),
    (("agreement",), True): N_("with an agreement relation"),
    (("data",), False): N_("with data relations"),
    (("agreement",), False): N_("with agreement relations"),
    (("agreement", "data"), False): N_("with agreement and data relations"),
}


def w5(f: PhaseFacts, earlier: set[ActorId], before: PhaseFacts | None) -> list[PatternWarning]:
    if f.phase.key not in LATE_STAGES or before is None:
        return []
    found: list[ActorId] = []
    rels: list[Relation] = []
    for a in f.actors:
        if a in earlier or before.state(a) != ABSENT:
            continue  # not new, or only not described before: no claim that it is new
        ties = [r for r in f.incident.get(a, ()) if r.kind in ("data", "agreement")]
        if ties:
            found.append(a)
            rels += ties
    if not found:
        return []
    kinds = tuple(sorted({r.kind for r in rels}))
    said = tr(_NEW_TIES[(kinds, len(rels) == 1)])
    detail = tr_plural(
        "{names} appears for the first time in {phase}, {relations} already.",
        "{names} appear for the first time in {phase}, {relations} already.", len(found))
    detail = detail.format(names=join_names(_sorted_names(f, found)), phase=f.phase.name,
                           relations=said)
    return [warn("W5", f, detail, [*found, *_ends(rels)], [r.id for r in rels])]


_LEVEL_NAME = {v: k for k, v in LEVEL_ORDER.items()}


def _pairs(f: PhaseFacts) -> dict[frozenset[int], list[Relation]]:
    out: dict[frozenset[int], list[Relation]] = {}
    for r in f.relations:
        if r.source != r.target:
            out.setdefault(frozenset((r.source, r.target)), []).append(r)
    return out


def _strongest(f: PhaseFacts, rels: list[Relation], dim: str) -> int | None:
    known = [x for r in rels if (x := f.level_rank(r.id, dim)) is not None]
    return max(known) if known else None


def _arena_class(f: PhaseFacts, arena_id: int) -> tuple[str | None, str]:
    said = [s.three_c for s in f.stated if s.arena_id == arena_id and s.relation_id is None]
    if said:
        return most_intense(said), "stated"
    inside = f.arenas.get(arena_id, frozenset())
    derived = median_class(f.classes.get(r.id) for r in f.relations
                           if r.source in inside and r.target in inside)
    return derived, "derived"


def _phase_intensity(f: PhaseFacts) -> tuple[str | None, str]:
    """The class a source states for the whole phase, else the most intense class stated for
    any of its arenas (002 compares a small intense core with the grown network), with what
    it was stated for and where."""
    whole = [s for s in f.stated if s.arena_id is None and s.relation_id is None]
    pool = whole or [s for s in f.stated if s.arena_id is not None and s.relation_id is None]
    cls = most_intense(s.three_c for s in pool)
    if cls is None:
        return None, ""
    chosen = next(s for s in pool if s.three_c == cls)
    scope = tr("the whole phase") if whole else f.arena_name(chosen.arena_id)
    where = f.citations.get(chosen.source_id, "") if chosen.source_id is not None else ""
    return cls, scope + (f"; {where}" if where else "")


def _how(found: str) -> str:
    """How an arena's class was found: stated by a source, or derived from the room's votes."""
    return tr("stated") if found == "stated" else tr("derived")


def w7(f: PhaseFacts, nxt: PhaseFacts) -> list[PatternWarning]:
    out = []
    step = f"{f.phase.name} → {nxt.phase.name}"
    before = _pairs(f)
    for key, rels_after in _pairs(nxt).items():
        rels_before = before.get(key)
        if not rels_before:
            continue
        falls = []
        for dim in ("trust", "commitment"):
            was, now = _strongest(f, rels_before, dim), _strongest(nxt, rels_after, dim)
            if was is not None and now is not None and now < was:
                falls.append(tr("{dimension} {was} → {now}").format(
                    dimension=_word("dimension", dim), was=_word("level", _LEVEL_NAME[was]),
                    now=_word("level", _LEVEL_NAME[now])))
        if falls:
            a, b = sorted(key)
            kinds = ", ".join(_word("relation kind", k)
                              for k in sorted({r.kind for r in (*rels_before, *rels_after)}))
            detail = (f"{nxt.name(a)} – {nxt.name(b)} ({kinds}), {step}: {', '.join(falls)}.")
            ids = [r.id for r in (*rels_before, *rels_after)]
            out.append(warn("W7", f, detail, key, ids, next_facts=nxt))
    for arena_id in sorted(set(f.arenas) & set(nxt.arenas)):
        (was, how_was), (now, how_now) = _arena_class(f, arena_id), _arena_class(nxt, arena_id)
        if was is None or now is None or CLASS_RANK[now] >= CLASS_RANK[was]:
            continue
        name = f.arena_name(arena_id)
        detail = tr("Arena {name}, {step}: {was} ({how_was}) → {now} ({how_now}).").format(
            name=name, step=step, was=_word("3C class", was), how_was=_how(how_was),
            now=_word("3C class", now), how_now=_how(how_now))
        members = f.arenas[arena_id] | nxt.arenas[arena_id]
        out.append(warn("W7", f, detail, members, next_facts=nxt))
    (was, said_was), (now, said_now) = _phase_intensity(f), _phase_intensity(nxt)
    if was is not None and now is not None and CLASS_RANK[now] < CLASS_RANK[was]:
        detail = tr("Stated intensity, {step}: {was} ({said_was}) → {now} ({said_now}).").format(
            step=step, was=_word("3C class", was), said_was=said_was, now=_word("3C class", now),
            said_now=said_now)
        out.append(warn("W7", f, detail, next_facts=nxt))
    return out


def w18(facts: Sequence[PhaseFacts]) -> list[tuple[int, PatternWarning]]:
    """Citizens present for the first time after a phase where a fixing decision was taken
    while they were recorded absent (one warning per phase they come in)."""
    late: dict[int, list[tuple[ActorId, str]]] = {}
    for actor_id, actor in (facts[0].all_actors.items() if facts else ()):
        if actor.type != "citizens":
            continue
        first = next((i for i, f in enumerate(facts) if f.state(actor_id) == PRESENT), None)
        if first is None:
            continue
        for f in facts[:first]:
            fixed = [d for d in f.decisions if d.kind in FIXING_DECISIONS]
            if fixed and f.state(actor_id) == ABSENT:
                d = fixed[0]
                kind = _word("decision kind", d.kind)
                late.setdefault(first, []).append((actor_id, tr("\"{decision}\" ({kind}, {phase})").format(
                    decision=d.label or kind, kind=kind, phase=f.phase.name)))
                break
    out = []
    for index, found in sorted(late.items()):
        f = facts[index]
        names = join_names(_sorted_names(f, (a for a, _ in found)))
        after = join_names(list(dict.fromkeys(d for _, d in found)))
        detail = tr_plural(
            "{names} first takes part in {phase}, after {after}, when it was recorded absent.",
            "{names} first take part in {phase}, after {after}, when they were recorded absent.", len(found))
        detail = detail.format(names=names, phase=f.phase.name, after=after)
        out.append((index, warn("W18", f, detail, (a for a, _ in found))))
    return out


__all__ = ["PHASE_RULES", "join_names", "warn", "w4", "w5", "w7", "w18"]
