"""What the workshop report says, for the people who commissioned the workshop.

Their question is "so what do we do now?" (Net-Map's), so the report goes from who was in
the room, through the map of each phase and what changed, to where the room agreed and
disagreed, what it said, which warnings the map raised and how the room answered them, and
ends on what is still open. Wording shared with the snapshot pack (what changed, agreement,
public value, decisions) comes from the pack's own builders (:mod:`..pack_text`), read into
the document model by :mod:`.html_reader`. Pictures of the maps are drawn by the canvas and
handed in as PNG bytes, so this module stays free of Qt.

Every word of the report's own is said in the language in force (``i18n.using`` or the
settings'): the constants below are marked with ``N_`` and translated where they are shown,
since the language is chosen when the report is written, not when this module is imported.
What the room wrote, the warnings' and prompts' texts and the vocabulary come translated (or
as typed) from where they are kept.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence

from ...analysis.diff import diff_phases
from ...analysis.prompts import PROMPTS_BY_ID, prompts_for
from ...analysis.warnings import compute_warnings
from ...analysis.warning_rules import PatternWarning
from ...domain.i18n import N_, in_sentence, tr
from ...domain.model import Model, Note, Phase
from ...domain.rounds import Contested, most_contested, relation_label
from ...domain.scoring import consensus_of, counted_votes
from ...domain.terms import term
from ...domain.wording import count
from .. import pack_text
from .document import Document, Heading, Paragraph, Picture, Run, Section, bullets, para, table
from .html_reader import blocks_from_html

Pictures = Callable[[Phase], "bytes | None"]
MAP_WIDTH_CM = 16.0
TOP = 5  # relations listed where the room agreed most, and where it disagreed most
LEFT_OUT = N_("Left out of a pseudonymised report: what was said stays in the room.")

# The sections, in order: (key, English title; shown as ``tr(title)``). Tests and the README
# name them.
SECTIONS: tuple[tuple[str, str], ...] = (
    ("participants", N_("Who took part")),
    ("public_value", N_("Public value")),
    ("maps", N_("The map, phase by phase")),
    ("changes", N_("What changed between phases")),
    ("agreement", N_("Where the room agreed and disagreed")),
    ("quotes", N_("What was said")),
    ("warnings", N_("Warnings and how the room answered them")),
    ("prompts", N_("Questions the room discussed")),
    ("open", N_("Open questions")),
)
TITLES = dict(SECTIONS)


@dataclass(frozen=True)
class Answered:
    """A warning and what the room said to it: notes about its actors or relations, else
    the phase's notes; nothing when the room did not take it up."""

    warning: PatternWarning
    notes: tuple[Note, ...]
    linked: bool  # True: notes about the warning's own actors or relations


def build_report(model: Model, *, title: str, day: str, pseudonymised: bool,
                 pictures: Pictures | None = None) -> Document:
    """The report's document model (``pictures(phase)`` gives a phase's map as PNG)."""
    doc = Document(title, tr("Workshop report · {day}").format(day=day))
    answered = answers(model)
    builders = {
        "participants": lambda: participants(model, pseudonymised),
        "public_value": lambda: blocks_from_html(pack_text.public_value_block(model))[1:],
        "maps": lambda: maps(model, pictures),
        "changes": lambda: changes(model),
        "agreement": lambda: agreement(model),
        "quotes": lambda: quotes(model, pseudonymised),
        "warnings": lambda: warnings(model, answered, pseudonymised),
        "prompts": lambda: discussed(model, pseudonymised),
        "open": lambda: open_questions(model, answered),
    }
    summary = model.meta("summary")
    if isinstance(summary, str) and summary.strip() and not pseudonymised:
        doc.sections.append(Section("about", tr("About this project"), [para(summary.strip())]))
    for key, heading in SECTIONS:
        blocks = builders[key]()
        if key == "public_value" and not blocks:
            continue  # nothing was written about public value: no empty chapter
        doc.sections.append(Section(key, tr(heading), list(blocks), new_page=key == "maps"))
    return doc


# -- who took part ---------------------------------------------------------------------------
def participants(model: Model, pseudonymised: bool) -> list:
    room = [p for p in model.participants if p.kind != "reference"]
    refs = [p for p in model.participants if p.kind == "reference"]
    if not room:
        out: list = [para(tr("No participants were recorded."), style="muted")]
    else:
        rows = [(p.name, p.organisation or "–", p.group_name or "–",
                 model.actor(p.actor_id).name if p.actor_id in model.tables["actors"] else "–")
                for p in room]
        out = [para(tr("{participants} in the room.").format(participants=count(len(room), "participant"))),
               table((tr("Name"), tr("Organisation"), tr("Group"), tr("Speaks for")), rows, (28, 30, 18, 24))]
    if pseudonymised:
        out.append(para(tr("Names are replaced and organisations left out: this report is pseudonymised."),
                        style="note"))
    if refs:
        out.append(para(tr("Levels stated by sources are kept apart from the room's votes: {sources}.")
                        .format(sources=", ".join(p.name for p in refs)), style="note"))
    return out


# -- the map per phase ---------------------------------------------------------------------
def maps(model: Model, pictures: Pictures | None) -> list:
    out: list = []
    for i, ph in enumerate(model.phases):
        out.append(Heading(pack_text.phase_heading(model, ph), 2, new_page=i > 0))
        png = pictures(ph) if pictures is not None else None
        if png:
            out.append(Picture(png, MAP_WIDTH_CM, tr("The map in {phase}, as the room saw it.").format(phase=ph.name),
                               f"map-{ph.position + 1}.png"))
        fig = pack_text.phase_figures(model, ph.id)
        facts = [[tr("{actors} take part; {relations}, {scored} of them scored").format(
            actors=count(fig.actors, "actor"), relations=count(fig.relations, "relation"), scored=fig.scored)]]
        if fig.relations:
            facts.append([tr("3C: {classes}").format(classes=pack_text.class_mix(fig))])
        out.append(bullets(facts))
        out += blocks_from_html(pack_text.phase_value_html(model, ph), shift=0)
        out += blocks_from_html(pack_text.decisions_html(model, ph), shift=0)
    if not out:
        out.append(para(tr("This session has no phases."), style="muted"))
    return out


def changes(model: Model) -> list:
    phases = model.phases
    if len(phases) < 2:
        return [para(tr("The session has one phase: nothing to compare."), style="muted")]
    out: list = []
    for a, b in zip(phases, phases[1:]):
        out.append(Heading(tr("From {a} to {b}").format(a=a.name, b=b.name), 2))
        found = blocks_from_html(pack_text.diff_html(model, diff_phases(model, a.id, b.id), a, b), shift=1)
        out += [blk for blk in found if not (isinstance(blk, Heading) and blk.text == tr(pack_text.WHAT_CHANGED))]
    return out


# -- agreement -------------------------------------------------------------------------------
def _spread_row(model: Model, phase: Phase, c: Contested) -> tuple[str, ...]:
    room = consensus_of(counted_votes(model, c.relation_id, phase.id))[c.dimension]
    votes = f"{room.low}–{room.high}" if room.low is not None else "–"
    return (phase.name, relation_label(model, c.relation_id), in_sentence(term("dimension", c.dimension)),
            str(c.spread), votes,
            "–" if c.medians[c.dimension] is None else str(c.medians[c.dimension]), str(c.votes))


def agreement(model: Model) -> list:
    """Alpha per dimension (the pack's table), then the relations the room scored most
    apart and most alike, with the spread of the votes."""
    out: list = blocks_from_html(pack_text.agreement_html(model), shift=1)
    out = [b for b in out if not (isinstance(b, Heading) and b.text == tr(pack_text.AGREEMENT))]
    scored = [(ph, c) for ph in model.phases for c in most_contested(model, ph.id, 0) if c.votes >= 2]
    if not scored:
        return out + [para(tr("The room has not scored any relation with two or more votes yet, so "
                              "there is no agreement or disagreement to report."), style="muted")]
    headers = (tr("Phase"), tr("Relation"), tr("Dimension"), tr("Spread"), tr("Votes"), tr("Median"), tr("Voters"))
    widths = (15, 31, 14, 10, 10, 10, 10)
    apart = sorted((x for x in scored if x[1].spread > 0), key=lambda x: (-x[1].spread, -x[1].votes))[:TOP]
    alike = sorted((x for x in scored if x[1].spread == 0), key=lambda x: -x[1].votes)[:TOP]
    out.append(Heading(tr("Where the room disagreed most"), 2))
    out.append(table(headers, [_spread_row(model, ph, c) for ph, c in apart], widths) if apart
               else para(tr("Every relation scored by two or more people got the same scores."), style="muted"))
    out.append(Heading(tr("Where the room agreed most"), 2))
    out.append(table(headers, [_spread_row(model, ph, c) for ph, c in alike], widths) if alike
               else para(tr("No relation got the same scores from everybody who scored it."), style="muted"))
    out.append(para(tr("Spread: the highest vote minus the lowest on the 1–5 scale, on the dimension "
                       "where the votes differ most; reference levels from sources are not votes."),
                    style="note"))
    return out


# -- what was said ---------------------------------------------------------------------------
def _about(model: Model, note: Note) -> str:
    about = []
    if note.actor_id in model.tables["actors"]:
        about.append(model.actor(note.actor_id).name)  # type: ignore[arg-type]
    if note.relation_id in model.tables["relations"]:
        r = model.relation(note.relation_id)  # type: ignore[arg-type]
        about.append(f"{model.actor(r.source).name} – {model.actor(r.target).name}")
    return "; ".join(about)


def note_runs(model: Model, note: Note) -> list[str | Run]:
    people = model.tables["participants"]
    who = people[note.participant_id].name if note.participant_id in people else ""
    parts: list[str | Run] = [Run(pack_text.quoted(note.text), italic=True) if note.kind == "quote" else note.text]
    if who:
        parts.append(f" — {who}")
    about = _about(model, note)
    if about:
        parts.append(Run("  " + tr("(about {about})").format(about=about), small=True))
    return parts


def quotes(model: Model, pseudonymised: bool) -> list:
    said = [n for n in model.notes if n.kind == "quote"]
    if pseudonymised:
        return [para(tr(LEFT_OUT), style="muted")] if said else [para(tr("No quotes were recorded."), style="muted")]
    if not said:
        return [para(tr("No quotes were recorded."), style="muted")]
    names = {p.id: p.name for p in model.phases}
    out: list = []
    for pid in [None, *names]:
        here = [n for n in said if n.phase_id == pid]
        if here:
            out.append(Heading(tr("The whole session") if pid is None else names[pid], 2))
            out.append(bullets([note_runs(model, n) for n in here]))
    return out


# -- warnings and answers --------------------------------------------------------------------
def answers(model: Model) -> list[Answered]:
    """Each warning with the notes that answer it (see :class:`Answered`)."""
    out = []
    notes = model.notes
    for w in compute_warnings(model):
        phases = {w.phase_id, w.next_phase_id} - {None}
        here = [n for n in notes if n.phase_id in phases or (not phases and n.phase_id is None)]
        linked = tuple(n for n in here if n.actor_id in w.actor_ids or n.relation_id in w.relation_ids)
        loose = tuple(n for n in here if n.actor_id is None and n.relation_id is None)
        out.append(Answered(w, linked or loose, bool(linked)))
    return out


def _where(model: Model, w: PatternWarning) -> str:
    return pack_text.warning_place(model, w)


def warnings(model: Model, found: Sequence[Answered], pseudonymised: bool) -> list:
    out: list = [para(tr("Patterns the research warns about, read off the map. They are questions for "
                         "the room, not verdicts; an info note is not a problem in itself."), style="muted")]
    if not found:
        return out + [para(tr("The map raised no pattern warnings."))]
    order = {p.id: i for i, p in enumerate(model.phases)}
    groups: dict[tuple[int, int], list[Answered]] = {}
    for a in found:  # by phase, a change between two phases after the first of them
        w = a.warning
        key = (order.get(w.phase_id, -1) if w.phase_id is not None else -1,
               order.get(w.next_phase_id, -1) if w.next_phase_id is not None else -1)
        groups.setdefault(key, []).append(a)
    for key in sorted(groups):
        out.append(Heading(_where(model, groups[key][0].warning), 2))
        for a in groups[key]:
            out += _answered(model, a, pseudonymised)
    return out


def _answered(model: Model, a: Answered, pseudonymised: bool) -> list:
    w = a.warning
    badge = " " + tr("(info)") if w.severity == "info" else ""
    out: list = [Paragraph((Run(f"{w.id} · {w.message}{badge}", bold=True), Run("\n" + w.detail))),
                 para(tr("Source: {citation}").format(citation=w.source), style="note")]
    if pseudonymised and a.notes:
        out.append(para(tr("The room's answer: {answer}").format(answer=tr(LEFT_OUT)), style="muted"))
    elif a.notes:
        lead = tr("The room on these actors and relations:") if a.linked else tr("The room's notes for this phase:")
        out.append(para(lead, style="muted"))
        out.append(bullets([note_runs(model, n) for n in a.notes]))
    else:
        out.append(para(tr("Not taken up in the room (see Open questions)."), style="muted"))
    return out


# -- prompts and open questions --------------------------------------------------------------
def _checks(model: Model, phase: Phase, done: bool) -> list:
    order = {p.id: i for i, p in enumerate(PROMPTS_BY_ID.values())}
    return sorted((c for c in model.tables["prompt_checks"].values() if c.phase_id == phase.id and c.done == done),
                  key=lambda c: order.get(c.prompt_id, 10 ** 6))


def discussed(model: Model, pseudonymised: bool) -> list:
    out: list = []
    for ph in model.phases:
        ticked = _checks(model, ph, True)
        if not ticked:
            continue
        out.append(Heading(ph.name, 2))
        items = []
        for c in ticked:
            prompt = PROMPTS_BY_ID.get(c.prompt_id)
            item: list[str | Run] = [prompt.question if prompt else c.prompt_id]
            if prompt:
                item.append(Run(f"  [{prompt.framework}, {prompt.source}]", small=True, italic=True))
            if c.note and not pseudonymised:
                item.append(Run("\n" + c.note, colour="#4D4D4D"))
            items.append(item)
        out.append(bullets(items))
    return out or [para(tr("No facilitation prompt was ticked off."), style="muted")]


def open_questions(model: Model, found: Sequence[Answered]) -> list:
    """What the room has not settled: warnings it did not take up, relations nobody scored,
    and the stage's prompts not yet ticked off."""
    out: list = []
    untouched = [a.warning for a in found if not a.notes and a.warning.severity != "info"]
    out.append(Heading(tr("Warnings not discussed"), 2))
    out.append(bullets([[Run(f"{w.id} · {w.message}", bold=True), f" — {_where(model, w)}: {w.detail}"]
                        for w in untouched]) if untouched
               else para(tr("The room took up every warning the map raised."), style="muted"))
    out.append(Heading(tr("Relations nobody scored"), 2))
    rows = []
    for ph in model.phases:
        unscored = [r for r in model.active_relations(ph.id) if not counted_votes(model, r.id, ph.id)]
        if unscored:
            rows.append([Run(tr("{phase}:").format(phase=ph.name) + " ", bold=True),
                         "; ".join(relation_label(model, r.id) for r in unscored)])
    out.append(bullets(rows) if rows else para(tr("Every relation on the map was scored."), style="muted"))
    out.append(Heading(tr("Prompts not yet discussed"), 2))
    pending = []
    for i, ph in enumerate(model.phases):
        ticked = {c.prompt_id for c in _checks(model, ph, True)}
        left = [p for p in prompts_for(ph.key, index=i) if p.id not in ticked]
        if left and (ticked or any(c.phase_id == ph.id for c in model.tables["prompt_checks"].values())):
            pending.append([Run(tr("{phase}:").format(phase=ph.name) + " ", bold=True), "; ".join(p.question for p in left)])
        elif left:
            pending.append([Run(tr("{phase}:").format(phase=ph.name) + " ", bold=True),
                            tr("none of the stage's {prompts} was ticked off").format(prompts=count(len(left), "prompt"))])
    out.append(bullets(pending) if pending else para(tr("Every prompt was discussed."), style="muted"))
    return out


__all__ = ["Answered", "MAP_WIDTH_CM", "SECTIONS", "TITLES", "answers", "build_report"]
