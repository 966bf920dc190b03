"""What the workshop report says, for the people who commissioned the workshop.

Their question is "so what do we do now?" (Net-Map's), so the report goes from who was in
the room, through the map of each phase and what changed, to where the room agreed and
disagreed, what it said, which warnings the map raised and how the room answered them, and
ends on what is still open. Wording shared with the snapshot pack (what changed, agreement,
public value, decisions) comes from the pack's own builders (:mod:`..pack_text`), read into
the document model by :mod:`.html_reader`. Pictures of the maps are drawn by the canvas and
handed in as PNG bytes, so this module stays free of Qt.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Sequence

from ...analysis.diff import diff_phases
from ...analysis.prompts import PROMPTS_BY_ID, prompts_for
from ...analysis.warnings import compute_warnings
from ...analysis.warning_rules import PatternWarning
from ...domain import vocabulary as voc
from ...domain.model import Model, Note, Phase
from ...domain.rounds import Contested, most_contested, relation_label
from ...domain.scoring import consensus_of, counted_votes
from ...domain.wording import count
from .. import pack_text
from .document import Document, Heading, Paragraph, Picture, Run, Section, bullets, para, table
from .html_reader import blocks_from_html

Pictures = Callable[[Phase], "bytes | None"]
MAP_WIDTH_CM = 16.0
TOP = 5  # relations listed where the room agreed most, and where it disagreed most
LEFT_OUT = "Left out of a pseudonymised report: what was said stays in the room."

# The sections, in order: (key, title). Tests and the README name them.
SECTIONS: tuple[tuple[str, str], ...] = (
    ("participants", "Who took part"),
    ("public_value", "Public value"),
    ("maps", "The map, phase by phase"),
    ("changes", "What changed between phases"),
    ("agreement", "Where the room agreed and disagreed"),
    ("quotes", "What was said"),
    ("warnings", "Warnings and how the room answered them"),
    ("prompts", "Questions the room discussed"),
    ("open", "Open questions"),
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
    doc = Document(title, f"Workshop report · {day}")
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
        doc.sections.append(Section("about", "About this project", [para(summary.strip())]))
    for key, heading in SECTIONS:
        blocks = builders[key]()
        if key == "public_value" and not blocks:
            continue  # nothing was written about public value: no empty chapter
        doc.sections.append(Section(key, heading, list(blocks), new_page=key == "maps"))
    return doc


# -- who took part ---------------------------------------------------------------------------
def participants(model: Model, pseudonymised: bool) -> list:
    room = [p for p in model.participants if p.kind != "reference"]
    refs = [p for p in model.participants if p.kind == "reference"]
    if not room:
        out: list = [para("No participants were recorded.", style="muted")]
    else:
        rows = [(p.name, p.organisation or "–", p.group_name or "–",
                 model.actor(p.actor_id).name if p.actor_id in model.tables["actors"] else "–")
                for p in room]
        out = [para(f"{count(len(room), 'participant')} in the room."),
               table(("Name", "Organisation", "Group", "Speaks for"), rows, (28, 30, 18, 24))]
    if pseudonymised:
        out.append(para("Names are replaced and organisations left out: this report is pseudonymised.",
                        style="note"))
    if refs:
        out.append(para("Levels stated by sources are kept apart from the room's votes: "
                        + ", ".join(p.name for p in refs) + ".", style="note"))
    return out


# -- the map per phase ---------------------------------------------------------------------
def maps(model: Model, pictures: Pictures | None) -> list:
    out: list = []
    for i, ph in enumerate(model.phases):
        out.append(Heading(pack_text.phase_heading(model, ph), 2, new_page=i > 0))
        png = pictures(ph) if pictures is not None else None
        if png:
            out.append(Picture(png, MAP_WIDTH_CM, f"The map in {ph.name}, as the room saw it.",
                               f"map-{ph.position + 1}.png"))
        fig = pack_text.phase_figures(model, ph.id)
        mix = ", ".join(f"{n} {voc.THREE_C.get(k, k).lower()}" for k, n in fig.classes.items() if n)
        facts = [[f"{count(fig.actors, 'actor')} take part; {count(fig.relations, 'relation')}, "
                  f"{fig.scored} of them scored"]]
        if fig.relations:
            facts.append([f"3C: {mix}"])
        out.append(bullets(facts))
        out += blocks_from_html(pack_text.phase_value_html(model, ph), shift=0)
        out += blocks_from_html(pack_text.decisions_html(model, ph), shift=0)
    if not out:
        out.append(para("This session has no phases.", style="muted"))
    return out


def changes(model: Model) -> list:
    phases = model.phases
    if len(phases) < 2:
        return [para("The session has one phase: nothing to compare.", style="muted")]
    out: list = []
    for a, b in zip(phases, phases[1:]):
        out.append(Heading(f"From {a.name} to {b.name}", 2))
        found = blocks_from_html(pack_text.diff_html(model, diff_phases(model, a.id, b.id), a, b), shift=1)
        out += [blk for blk in found if not (isinstance(blk, Heading) and blk.text == "What changed")]
    return out


# -- agreement -------------------------------------------------------------------------------
def _spread_row(model: Model, phase: Phase, c: Contested) -> tuple[str, ...]:
    room = consensus_of(counted_votes(model, c.relation_id, phase.id))[c.dimension]
    votes = f"{room.low}–{room.high}" if room.low is not None else "–"
    return (phase.name, relation_label(model, c.relation_id), c.dimension, str(c.spread), votes,
            "–" if c.medians[c.dimension] is None else str(c.medians[c.dimension]), str(c.votes))


def agreement(model: Model) -> list:
    """Alpha per dimension (the pack's table), then the relations the room scored most
    apart and most alike, with the spread of the votes."""
    out: list = blocks_from_html(pack_text.agreement_html(model), shift=1)
    out = [b for b in out if not (isinstance(b, Heading) and b.text == "Agreement")]
    scored = [(ph, c) for ph in model.phases for c in most_contested(model, ph.id, 0) if c.votes >= 2]
    if not scored:
        return out + [para("The room has not scored any relation with two or more votes yet, so "
                           "there is no agreement or disagreement to report.", style="muted")]
    headers = ("Phase", "Relation", "Dimension", "Spread", "Votes", "Median", "Voters")
    widths = (15, 31, 14, 10, 10, 10, 10)
    apart = sorted((x for x in scored if x[1].spread > 0), key=lambda x: (-x[1].spread, -x[1].votes))[:TOP]
    alike = sorted((x for x in scored if x[1].spread == 0), key=lambda x: -x[1].votes)[:TOP]
    out.append(Heading("Where the room disagreed most", 2))
    out.append(table(headers, [_spread_row(model, ph, c) for ph, c in apart], widths) if apart
               else para("Every relation scored by two or more people got the same scores.", style="muted"))
    out.append(Heading("Where the room agreed most", 2))
    out.append(table(headers, [_spread_row(model, ph, c) for ph, c in alike], widths) if alike
               else para("No relation got the same scores from everybody who scored it.", style="muted"))
    out.append(para("Spread: the highest vote minus the lowest on the 1–5 scale, on the dimension "
                    "where the votes differ most; reference levels from sources are not votes.",
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
    parts: list[str | Run] = [Run(f"“{note.text}”", italic=True) if note.kind == "quote" else note.text]
    if who:
        parts.append(f" — {who}")
    about = _about(model, note)
    if about:
        parts.append(Run(f"  (about {about})", small=True))
    return parts


def quotes(model: Model, pseudonymised: bool) -> list:
    said = [n for n in model.notes if n.kind == "quote"]
    if pseudonymised:
        return [para(LEFT_OUT, style="muted")] if said else [para("No quotes were recorded.", style="muted")]
    if not said:
        return [para("No quotes were recorded.", style="muted")]
    names = {p.id: p.name for p in model.phases}
    out: list = []
    for pid in [None, *names]:
        here = [n for n in said if n.phase_id == pid]
        if here:
            out.append(Heading("The whole session" if pid is None else names[pid], 2))
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
    names = {p.id: p.name for p in model.phases}
    if w.phase_id is None:
        return "Whole session"
    if w.next_phase_id is not None:
        return f"Between {names.get(w.phase_id, '?')} and {names.get(w.next_phase_id, '?')}"
    return names.get(w.phase_id, "?")


def warnings(model: Model, found: Sequence[Answered], pseudonymised: bool) -> list:
    out: list = [para("Patterns the research warns about, read off the map. They are questions for "
                      "the room, not verdicts; an info note is not a problem in itself.", style="muted")]
    if not found:
        return out + [para("The map raised no pattern warnings.")]
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
    badge = " (info)" if w.severity == "info" else ""
    out: list = [Paragraph((Run(f"{w.id} · {w.message}{badge}", bold=True), Run("\n" + w.detail))),
                 para(f"Source: {w.source}", style="note")]
    if pseudonymised and a.notes:
        out.append(para("The room's answer: " + LEFT_OUT, style="muted"))
    elif a.notes:
        lead = "The room on these actors and relations:" if a.linked else "The room's notes for this phase:"
        out.append(para(lead, style="muted"))
        out.append(bullets([note_runs(model, n) for n in a.notes]))
    else:
        out.append(para("Not taken up in the room (see Open questions).", style="muted"))
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
            item: list[str | Run] = [prompt.text if prompt else c.prompt_id]
            if prompt:
                item.append(Run(f"  [{prompt.framework}, {prompt.source}]", small=True, italic=True))
            if c.note and not pseudonymised:
                item.append(Run("\n" + c.note, colour="#4D4D4D"))
            items.append(item)
        out.append(bullets(items))
    return out or [para("No facilitation prompt was ticked off.", style="muted")]


def open_questions(model: Model, found: Sequence[Answered]) -> list:
    """What the room has not settled: warnings it did not take up, relations nobody scored,
    and the stage's prompts not yet ticked off."""
    out: list = []
    untouched = [a.warning for a in found if not a.notes and a.warning.severity != "info"]
    out.append(Heading("Warnings not discussed", 2))
    out.append(bullets([[Run(f"{w.id} · {w.message}", bold=True), f" — {_where(model, w)}: {w.detail}"]
                        for w in untouched]) if untouched
               else para("The room took up every warning the map raised.", style="muted"))
    out.append(Heading("Relations nobody scored", 2))
    rows = []
    for ph in model.phases:
        unscored = [r for r in model.active_relations(ph.id) if not counted_votes(model, r.id, ph.id)]
        if unscored:
            rows.append([Run(f"{ph.name}: ", bold=True),
                         "; ".join(relation_label(model, r.id) for r in unscored)])
    out.append(bullets(rows) if rows else para("Every relation on the map was scored.", style="muted"))
    out.append(Heading("Prompts not yet discussed", 2))
    pending = []
    for i, ph in enumerate(model.phases):
        ticked = {c.prompt_id for c in _checks(model, ph, True)}
        left = [p for p in prompts_for(ph.key, index=i) if p.id not in ticked]
        if left and (ticked or any(c.phase_id == ph.id for c in model.tables["prompt_checks"].values())):
            pending.append([Run(f"{ph.name}: ", bold=True), "; ".join(p.text for p in left)])
        elif left:
            pending.append([Run(f"{ph.name}: ", bold=True),
                            f"none of the stage's {count(len(left), 'prompt')} was ticked off"])
    out.append(bullets(pending) if pending else para("Every prompt was discussed.", style="muted"))
    return out


__all__ = ["Answered", "MAP_WIDTH_CM", "SECTIONS", "TITLES", "answers", "build_report"]
