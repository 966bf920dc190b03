"""The words of the snapshot pack, as small HTML documents Qt can lay out.

Pure Python (no Qt), so the wording and the escaping can be tested without a display.
Every piece of session text goes through :func:`html.escape`: actor names, notes and quotes
come from the room and are shown as typed, never interpreted. The pack itself
(:mod:`workshop_app.canvas.snapshot_pack`) pours these documents into columns and pages.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING, Any, Iterable, Sequence

from ..domain import vocabulary as voc
from ..domain.evidence import DecisionPoint
from ..domain.model import Model, Phase
from ..domain.wording import count, noun
from ..domain.scoring import consensus_of, counted_votes, room_class, tensions
from ..style import palette
from ..domain.textsafe import printable
from ..analysis.agreement import Alpha, session_agreement
from ..analysis.prompts import PROMPTS_BY_ID

if TYPE_CHECKING:  # pragma: no cover
    from ..analysis.diff import PhaseDiff
    from ..analysis.warnings import PatternWarning

STYLE = """
body { color: #1F1F1F; }
h1 { font-size: 15pt; margin-top: 0; margin-bottom: 6px; }
h2 { font-size: 11.5pt; margin-top: 10px; margin-bottom: 4px; color: #0B3C6E; }
h3 { font-size: 9.5pt; margin-top: 8px; margin-bottom: 2px; }
p { margin-top: 2px; margin-bottom: 4px; }
li { margin-bottom: 2px; }
.small { font-size: 8pt; color: #4D4D4D; }
.muted { color: #5A5A5A; }
.src { font-size: 8pt; color: #4D4D4D; font-style: italic; }
.quote { font-style: italic; }
p.row { margin-top: 0; margin-bottom: 5px; }
th { background-color: #EDEDED; text-align: left; font-weight: bold; }
table { border-collapse: collapse; margin-top: 2px; margin-bottom: 6px; }
"""

# In the order of analysis.diff.KINDS. Present in one phase and not described in the other is
# listed apart from joining and leaving: a source that stops describing an actor has not said
# that it left.
DIFF_HEADINGS: tuple[tuple[str, str], ...] = (
    ("actor_entered", "Who joined"),
    ("actor_left", "Who left"),
    ("actor_not_described", "Present, then not described"),
    ("actor_described", "Not described, then present"),
    ("roles_changed", "Roles that changed"),
    ("relation_appeared", "Relations that appeared"),
    ("relation_ended", "Relations that ended"),
    ("relation_not_described", "Relations active, then not described"),
    ("relation_described", "Relations not described, then active"),
    ("score_changed", "Scores that changed level"),
)

NOTES_LEFT_OUT = "Notes and quotes are left out of a pseudonymised pack."


@dataclass(frozen=True)
class PhaseFigures:
    """The key facts of one phase that the pack prints beside its map."""

    actors: int
    relations: int
    scored: int
    classes: dict[str, int]


def e(text: Any) -> str:
    """Escape anything for HTML (quotes too, as text may land in attributes); control
    characters, which a page can only show as empty boxes, are left out."""
    return escape(printable(str(text)), quote=True)


def _table(headers: Sequence[str], rows: Iterable[Sequence[str]], widths: Sequence[int] = ()) -> str:
    """A bordered table whose header row repeats on every page it runs over."""
    head = "".join(
        f'<th width="{widths[i]}%">{h}</th>' if i < len(widths) else f"<th>{h}</th>"
        for i, h in enumerate(headers)
    )
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows)
    return (f'<table width="100%" border="1" cellspacing="0" cellpadding="3" '
            f'style="border-color: #BDBDBD;"><thead><tr>{head}</tr></thead>{body}</table>')


def _phase_index(model: Model, phase_id: int) -> int:
    return [p.id for p in model.phases].index(phase_id) + 1


def phase_heading(model: Model, phase: Phase) -> str:
    return f"Phase {_phase_index(model, phase.id)} of {len(model.phases)}: {phase.name}"


def _roles(roles: Iterable[str]) -> str:
    return ", ".join(voc.role_label(r) for r in roles)


def _swatch(actor_type: str) -> str:
    """A small square in the actor type's colour, as on the map."""
    colour = palette.TYPE_FILL.get(actor_type, "#999999")
    return f'<span style="color: {colour};">&#9632;</span>'


# -- title page --------------------------------------------------------------------------
def title_html(model: Model, *, title: str, day: str, pseudonymised: bool) -> str:
    """Session, date, intended public value, summary, participants and phases."""
    out = [f"<h1>{e(title)}</h1>",
           f'<p class="muted">Snapshot pack for participants · {e(day)}</p>']
    out.append(public_value_block(model))
    summary = model.meta("summary")
    if isinstance(summary, str) and summary.strip() and not pseudonymised:
        out.append(f"<h2>About this project</h2><p>{e(summary)}</p>")
    out.append("<h2>Phases</h2><ol>")
    for ph in model.phases:
        n_act = len(model.present_actors(ph.id))
        n_rel = len(model.active_relations(ph.id))
        out.append(f"<li><b>{e(ph.name)}</b> "
                   f'<span class="small">— {count(n_act, "actor")}, {count(n_rel, "relation")}</span></li>')
    out.append("</ol>")
    out.append(agreement_html(model))
    out.append("<h2>Participants</h2>")
    people = model.participants
    if people:
        out.append("<ul>")
        for p in people:
            org = f' <span class="small">({e(p.organisation)})</span>' if p.organisation else ""
            out.append(f"<li>{e(p.name)}{org}</li>")
        out.append("</ul>")
    else:
        out.append('<p class="muted">No participants recorded.</p>')
    general = [n for n in model.notes if n.phase_id is None]
    if general and not pseudonymised:
        out.append("<h2>Notes for the whole session</h2>")
        out.append(_notes_list(model, general))
    out.append('<p class="src">Scores are the median of the participants\' votes on the app\'s '
               "1–5 scale; the glossary at the end explains the scales, the 3C classes and the "
               "roles.</p>")
    return "".join(out)


# -- agreement ---------------------------------------------------------------------------
def agreement_html(model: Model) -> str:
    """The "Agreement" block: how alike the room scored, per dimension, for the session and
    each phase; "" when the room has voted on nothing (there is no agreement to speak of)."""
    found = session_agreement(model)
    if not any(a.units_scored for a in found.session.values()):
        return ""
    dims = voc.SCORE_DIMENSIONS

    def cell(a: Alpha) -> str:
        if a.alpha is None:
            return f'undefined<br/><span class="small">{e(a.reason)}</span>'
        return (f"<b>{a.alpha:.2f}</b><br/><span class=\"small\">{count(a.units, 'relation')}, "
                f"{count(a.voters, 'voter')}</span>")

    rows = [("Whole session", *(cell(found.session[d]) for d in dims))]
    rows += [(e(f"{i}. {ph.name}"), *(cell(found.phases[ph.id][d]) for d in dims))
             for i, ph in enumerate(model.phases, start=1) if ph.id in found.phases]
    return ("<h2>Agreement</h2>"
            + _table(("", *(d.capitalize() for d in dims)), rows, (34, 22, 22, 22))
            + '<p class="src">Krippendorff\'s alpha for ordinal scores over the room\'s votes '
              "(reference levels are not votes): 1 = the room scored alike, 0 = no more alike "
              "than chance, below 0 = less. Undefined where no relation has two votes or "
              "every vote is the same.</p>")


# -- phase pages -------------------------------------------------------------------------
def phase_figures(model: Model, phase_id: int) -> PhaseFigures:
    rels = model.active_relations(phase_id)
    classes = {k: 0 for k in (*voc.THREE_C, "unclassified")}
    scored = 0
    for r in rels:
        votes = counted_votes(model, r.id, phase_id)
        if votes:
            scored += 1
        cls = room_class(model, r, phase_id)
        classes[cls or "unclassified"] += 1
    return PhaseFigures(len(model.present_actors(phase_id)), len(rels), scored, classes)


def _score(value: int | None) -> str:
    return "–" if value is None else str(value)


def phase_html(model: Model, phase: Phase, *, pseudonymised: bool) -> str:
    """Key facts, who holds which role, the relations' scores, notes and ticked prompts.

    Rows are paragraphs rather than table rows: the pack moves a paragraph that would
    straddle two pages onto the next one whole, which Qt cannot do for a table row.
    """

    pid = phase.id
    fig = phase_figures(model, pid)
    # These pages follow the phase's map page, so they say which phase they belong to.
    out = [f"<h1>{e(phase_heading(model, phase))}</h1>"]
    if phase.note and not pseudonymised:
        out.append(f'<p class="muted">{e(phase.note)}</p>')
    mix = ", ".join(f"{n} {voc.THREE_C.get(k, k).lower()}" for k, n in fig.classes.items() if n)
    out.append("<h3>Key facts</h3><ul>"
               f"<li>{count(fig.actors, 'actor')} {noun(fig.actors, 'takes', 'take')} part</li>"
               f"<li>{count(fig.relations, 'relation')}, {fig.scored} of them scored</li>"
               + (f"<li>3C: {e(mix)}</li>" if fig.relations else "") + "</ul>")
    out.append(phase_value_html(model, phase))
    out.append(decisions_html(model, phase))
    actors = model.present_actors(pid)
    out.append("<h3>Who takes part, in which role</h3>")
    if not actors:
        out.append('<p class="muted">Nobody takes part in this phase yet.</p>')
    for a in sorted(actors, key=lambda x: (x.type, x.name.casefold())):
        pres = model.presence(a.id, pid)
        roles = e(_roles(pres.roles)) if pres and pres.roles else "no role recorded"
        kind = f"{e(voc.ACTOR_TYPES.get(a.type, a.type))} · {e(voc.SCALES.get(a.scale, a.scale))}"
        out.append(f'<p class="row">{_swatch(a.type)} <b>{e(a.name)}</b><br/>'
                   f'<span class="small">{kind} — </span>{roles}</p>')
    rels = model.active_relations(pid)
    if rels:
        out.append("<h3>Relations and scores</h3>"
                   '<p class="small">T trust · C commitment · I interdependence: medians of the '
                   "votes, 1–5; – = not scored.</p>")
    for r in rels:
        src, tgt = model.actor(r.source).name, model.actor(r.target).name
        arrow = "→" if r.directed else "–"
        c = consensus_of(counted_votes(model, r.id, pid))
        t, cm, i = (c[d].median for d in voc.SCORE_DIMENSIONS)
        cls = room_class(model, r, pid) or "unclassified"
        n = max(c[d].n for d in c)
        votes = f", {n} votes" if n > 1 else ""
        line = (f"{e(voc.RELATION_KINDS.get(r.kind, r.kind))} · T {_score(t)} · C {_score(cm)} · "
                f"I {_score(i)} · {e(cls)}{votes}")
        extra = "".join(f"<br/><i>{e(x)}</i>" for x in tensions(t, cm, i))
        out.append(f'<p class="row">{e(src)} {arrow} {e(tgt)}<br/>'
                   f'<span class="small">{line}</span>{extra}</p>')
    notes = [n for n in model.notes if n.phase_id == pid]
    if pseudonymised:
        if notes:
            out.append(f"<h3>Notes and quotes</h3><p class='muted'>{NOTES_LEFT_OUT}</p>")
    elif notes:
        out.append("<h3>Notes and quotes</h3>")
        out.append(_notes_list(model, notes))
    checks = sorted((c for c in model.tables["prompt_checks"].values() if c.phase_id == pid and c.done),
                    key=lambda c: int(c.prompt_id[1:]) if c.prompt_id[1:].isdigit() else 999)
    if checks:
        out.append("<h3>Questions the room discussed</h3><ul>")
        for c in checks:
            prompt = PROMPTS_BY_ID.get(c.prompt_id)
            text = prompt.text if prompt else c.prompt_id
            src = f' <span class="src">[{e(prompt.framework)}, {e(prompt.source)}]</span>' if prompt else ""
            note = f"<br/><span class='muted'>{e(c.note)}</span>" if c.note and not pseudonymised else ""
            out.append(f"<li>{e(text)}{src}{note}</li>")
        out.append("</ul>")
    return "".join(out)


# -- public value and decisions ------------------------------------------------------------
def public_value_block(model: Model) -> str:
    """The title page's "Public value": the session's statement and each phase's ("" when
    none is written)."""
    value = model.meta("public_value")
    session = value.strip() if isinstance(value, str) else ""
    phases = [(ph, ph.public_value.strip()) for ph in model.phases if ph.public_value.strip()]
    if not session and not phases:
        return ""
    out = ["<h2>Public value</h2>"]
    if session:
        out.append(f"<p><b>Intended:</b> {e(session)}</p>")
    if phases:
        out.append("<ul>")
        out.extend(f"<li><b>{e(ph.name)}</b>: {e(text)}</li>" for ph, text in phases)
        out.append("</ul>")
    return "".join(out)


def phase_value_html(model: Model, phase: Phase) -> str:
    """A phase page's "Public value": what the phase is meant to deliver, and per actor who
    gains and who bears costs ("" when nothing is recorded)."""
    rows = []
    for a in sorted(model.actors, key=lambda x: x.name.casefold()):
        pres = model.presence(a.id, phase.id)
        if pres is None or not (pres.value_gains.strip() or pres.value_costs.strip()):
            continue
        sides = [f"gains: {e(pres.value_gains)}" if pres.value_gains.strip() else "",
                 f"bears costs: {e(pres.value_costs)}" if pres.value_costs.strip() else ""]
        rows.append(f'<p class="row"><b>{e(a.name)}</b> <span class="small">— '
                    f'{" · ".join(x for x in sides if x)}</span></p>')
    statement = phase.public_value.strip()
    if not statement and not rows:
        return ""
    out = ["<h3>Public value</h3>"]
    if statement:
        out.append(f"<p>{e(statement)}</p>")
    out.extend(rows)
    return "".join(out)


def decisions_html(model: Model, phase: Phase) -> str:
    """The decision points of a phase in their order ("" when there are none)."""
    points = sorted((d for d in model.tables["decision_points"].values() if d.phase_id == phase.id),
                    key=lambda d: (d.position, d.id))
    if not points:
        return ""
    out = ["<h3>Decisions in this phase</h3><ul>"]
    for d in points:
        kind = voc.DECISION_KINDS.get(d.kind, d.kind)
        when = f", {e(d.date)}" if d.date else ""
        out.append(f'<li>{e(d.label)} <span class="small">({e(kind)}{when})</span></li>')
    out.append("</ul>")
    return "".join(out)


def decisions_between(model: Model, a: int, b: int) -> list[DecisionPoint]:
    """The decisions taken from the earlier of two phases up to (not in) the later one, in
    timeline order: what was decided on the way from one map to the other."""
    order = [p.id for p in model.phases]
    lo, hi = sorted((order.index(a), order.index(b)))
    span = set(order[lo:hi])
    rank = {pid: i for i, pid in enumerate(order)}
    return sorted((d for d in model.tables["decision_points"].values() if d.phase_id in span),
                  key=lambda d: (rank[d.phase_id], d.position, d.id))


def decision_line(model: Model, d: DecisionPoint) -> str:
    """"Plan adopted (2020-06, in Pilot)": a decision in plain words."""
    where = ", ".join(x for x in (d.date, f"in {model.phase(d.phase_id).name}") if x)
    return f"{d.label} ({where})"


def _notes_list(model: Model, notes: Sequence[Any]) -> str:
    people = model.tables["participants"]
    out = ["<ul>"]
    for n in notes:
        about = []
        if n.actor_id is not None and n.actor_id in model.tables["actors"]:
            about.append(model.actor(n.actor_id).name)
        if n.relation_id is not None and n.relation_id in model.tables["relations"]:
            r = model.relation(n.relation_id)
            about.append(f"{model.actor(r.source).name} – {model.actor(r.target).name}")
        who = people[n.participant_id].name if n.participant_id in people else ""
        when = f'<span class="small">{e(n.time[11:16])}</span> ' if len(n.time) >= 16 else ""
        if n.kind == "quote":
            line = f'<span class="quote">“{e(n.text)}”</span>'
            if who:
                line += f" — {e(who)}"
        else:
            line = e(n.text)
            if who:
                line += f' <span class="small">({e(who)})</span>'
        if about:
            line += f' <span class="small">about {e("; ".join(about))}</span>'
        out.append(f"<li>{when}{line}</li>")
    out.append("</ul>")
    return "".join(out)


# -- diff pages --------------------------------------------------------------------------
def diff_html(model: Model, diff: "PhaseDiff", a: Phase, b: Phase) -> str:
    """What changed from one phase to the next, grouped the way the room talks about it."""
    out = [f"<h1>What changed</h1><p class='muted'>From <b>{e(phase_heading(model, a))}</b><br/>"
           f"to <b>{e(phase_heading(model, b))}</b></p>"]
    decided = decisions_between(model, a.id, b.id)
    if decided:
        out.append("<h3>Decisions on the way</h3><ul>")
        out.extend(f"<li>{e(decision_line(model, d))}</li>" for d in decided)
        out.append("</ul>")
    if not diff.items:
        out.append("<p>Nothing changed between these two phases.</p>")
        return "".join(out)
    for kind, heading in DIFF_HEADINGS:
        items = [i for i in diff.items if i.kind == kind]
        if not items:
            continue
        out.append(f"<h3>{heading} ({len(items)})</h3><ul>")
        out.extend(f"<li>{e(i.text)}</li>" for i in items)
        out.append("</ul>")
    return "".join(out)


# -- warnings ----------------------------------------------------------------------------
def warnings_html(model: Model, found: "Sequence[PatternWarning]") -> str:
    """Pattern warnings by phase, each with the framework and document it comes from."""
    out = ["<h1>Questions raised by the map</h1>",
           "<p class='muted'>These are patterns the research warns about. They are questions "
           "for the room, not verdicts; an <i>info</i> note is not a problem in itself.</p>"]
    if not found:
        out.append("<p>No pattern warnings for this session.</p>")
        return "".join(out)
    names = {p.id: p.name for p in model.phases}
    order = {p.id: i for i, p in enumerate(model.phases)}
    groups: dict[tuple[int, int], list[Any]] = {}
    for w in found:
        key = (order.get(w.phase_id, -1) if w.phase_id is not None else -1,
               order.get(w.next_phase_id, -1) if w.next_phase_id is not None else -1)
        groups.setdefault(key, []).append(w)
    for key in sorted(groups):
        sample = groups[key][0]
        if sample.phase_id is None:
            title = "Whole session"
        elif sample.next_phase_id is not None:
            title = f"Between {names.get(sample.phase_id, '?')} and {names.get(sample.next_phase_id, '?')}"
        else:
            title = names.get(sample.phase_id, "?")
        out.append(f"<h2>{e(title)}</h2>")
        for w in groups[key]:
            badge = " <span class='small'>(info)</span>" if w.severity == "info" else ""
            out.append(f"<p><b>{e(w.id)} · {e(w.message)}</b>{badge}<br/>{e(w.detail)}<br/>"
                       f"<span class='src'>Source: {e(w.source)}</span></p>")
    return "".join(out)


# -- glossary ----------------------------------------------------------------------------
def glossary_html() -> str:
    """The scales, the 3C classes, actor types, relation kinds and roles, in plain words."""
    out = ["<h1>Glossary</h1>", "<h2>The 1–5 scores</h2>",
           "<p>Trust, commitment and interdependence are scored per relation and phase. The "
           "1–5 scale is this app's choice, not the papers'; the papers speak of low, medium "
           "and high, so 1–2 read as low, 3 as medium and 4–5 as high.</p>"]
    rows = [(str(v), e(label), e(voc.LEVEL_OF_SCORE[v]),
             f'<span style="color: {palette.TRUST_COLOUR[v]};">&#9632;&#9632;&#9632;</span>')
            for v, label in voc.SCORE_LABELS.items()]
    out.append(_table(("Score", "Meaning", "Read as", "Trust colour"), rows, (14, 30, 26, 30)))
    out.append("<p>With several participants the map shows the median of their votes (the lower "
               "one when two are in the middle), never an average. Unscored stays empty "
               "(shown as –) and is never read as 0.</p>")
    out.append("<ul><li><b>Trust</b>: expecting that what you share will not be used against "
               "you.</li><li><b>Commitment</b>: willingness to invest in and stay in the "
               "relationship.</li><li><b>Interdependence</b>: how much each partner needs the "
               "other.</li></ul>")
    out.append("<h2>3C classes</h2><p>Derived per relation and phase from the three medians "
               "(the rule is ours; higher is not better):</p><ul>"
               "<li><b>Cooperation</b>: the middle of the three levels is low — loose ties, "
               "mostly sharing information.</li>"
               "<li><b>Coordination</b>: in between — repeated, task-oriented work that also "
               "exchanges resources, each partner keeping its autonomy.</li>"
               "<li><b>Collaboration</b>: all three are high — joint planning and action, shared "
               "power; costly and hard to keep.</li>"
               "<li><b>Unclassified</b> (–): one of the three is not scored yet.</li></ul>"
               "<p>A <b>tension</b> names two dimensions two levels apart, e.g. “high commitment "
               "but low trust”.</p>")
    out.append("<h2>Actor types</h2>")
    out.extend(f'<p class="row">{_swatch(k)} <b>{e(label)}</b>: {e(voc.ACTOR_TYPE_HELP.get(k, ""))}</p>'
               for k, label in voc.ACTOR_TYPES.items())
    out.append("<h2>Relation kinds</h2><ul>")
    out.extend(f"<li><b>{e(label)}</b>: {e(voc.RELATION_KIND_HELP.get(k, ''))}</li>"
               for k, label in voc.RELATION_KINDS.items())
    out.append("</ul><h2>Roles</h2><p>Held per actor and per phase; an actor may hold several, "
               "and the room may add its own.</p>")
    out.extend(f'<p class="row"><b>{e(voc.role_label(k))}</b>: {e(text)}</p>'
               for k, text in voc.ROLES.items())
    return "".join(out)


__all__ = ["STYLE", "title_html", "phase_html", "diff_html", "warnings_html", "glossary_html",
           "phase_figures", "phase_heading", "PhaseFigures", "NOTES_LEFT_OUT", "decisions_html",
           "phase_value_html", "public_value_block", "decision_line", "decisions_between",
           "agreement_html"]
