"""The words of the snapshot pack, as small HTML documents Qt can lay out.

Pure Python (no Qt), so the wording and the escaping can be tested without a display.
Every piece of session text goes through :func:`html.escape`: actor names, notes and quotes
come from the room and are shown as typed, never interpreted. The pack itself
(:mod:`workshop_app.canvas.snapshot_pack`) pours these documents into columns and pages.

The words of the pack's own are in the language in force (the report reuses these builders,
so it speaks the same words): each is a message of the catalogues, with its placeholders
inside it and its markup outside it, and the vocabulary's labels come from
:mod:`..domain.terms`. Constants are marked with ``N_`` and translated where they are shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING, Any, Iterable, Sequence

from ..domain import vocabulary as voc
from ..domain.evidence import DecisionPoint
from ..domain.model import Model, Phase
from ..domain.i18n import N_, in_sentence, language, plural_index, tr
from ..domain.terms import help_text, role, tension_words, term
from ..domain.wording import count
from ..domain.scoring import consensus_of, counted_votes, room_class
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
# The headings are English (``N_``), shown as ``tr(heading)``.
DIFF_HEADINGS: tuple[tuple[str, str], ...] = (
    ("actor_entered", N_("Who joined")),
    ("actor_left", N_("Who left")),
    ("actor_not_described", N_("Present, then not described")),
    ("actor_described", N_("Not described, then present")),
    ("roles_changed", N_("Roles that changed")),
    ("relation_appeared", N_("Relations that appeared")),
    ("relation_ended", N_("Relations that ended")),
    ("relation_not_described", N_("Relations active, then not described")),
    ("relation_described", N_("Relations not described, then active")),
    ("score_changed", N_("Scores that changed level")),
)

NOTES_LEFT_OUT = N_("Notes and quotes are left out of a pseudonymised pack.")
WHAT_CHANGED = N_("What changed")  # the diff page's title (the report drops it: it has its own)
AGREEMENT = N_("Agreement")  # the agreement block's title (likewise)


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
    return tr("Phase {i} of {n}: {name}").format(i=_phase_index(model, phase.id), n=len(model.phases),
                                                 name=phase.name)


def _roles(roles: Iterable[str]) -> str:
    return ", ".join(role(r) for r in roles)


def quoted(text: str) -> str:
    """What somebody said, in the quotation marks of the language in force."""
    return tr("“{quote}”").format(quote=text)


def class_word(key: str | None) -> str:
    """A 3C class as it reads inside a sentence ("collaboration", "unclassified")."""
    return in_sentence(term("3C class", key)) if key and key in voc.THREE_C else tr("unclassified")


def class_mix(fig: "PhaseFigures") -> str:
    """"2 cooperation, 1 unclassified": how many relations of a phase fall in each class."""
    return ", ".join(f"{n} {class_word(k)}" for k, n in fig.classes.items() if n)


def warning_place(model: Model, w: "PatternWarning") -> str:
    """Where a warning applies: the whole session, one phase, or the change between two."""
    names = {p.id: p.name for p in model.phases}
    if w.phase_id is None:
        return tr("Whole session")
    if w.next_phase_id is not None:
        return tr("Between {a} and {b}").format(a=names.get(w.phase_id, "?"), b=names.get(w.next_phase_id, "?"))
    return names.get(w.phase_id, "?")


def _swatch(actor_type: str) -> str:
    """A small square in the actor type's colour, as on the map."""
    colour = palette.TYPE_FILL.get(actor_type, "#999999")
    return f'<span style="color: {colour};">&#9632;</span>'


# -- title page --------------------------------------------------------------------------
def title_html(model: Model, *, title: str, day: str, pseudonymised: bool) -> str:
    """Session, date, intended public value, summary, participants and phases."""
    out = [f"<h1>{e(title)}</h1>",
           f'<p class="muted">{e(tr("Snapshot pack for participants · {day}").format(day=day))}</p>']
    out.append(public_value_block(model))
    summary = model.meta("summary")
    if isinstance(summary, str) and summary.strip() and not pseudonymised:
        out.append(f"<h2>{e(tr('About this project'))}</h2><p>{e(summary)}</p>")
    out.append(f"<h2>{e(tr('Phases'))}</h2><ol>")
    for ph in model.phases:
        n_act = len(model.present_actors(ph.id))
        n_rel = len(model.active_relations(ph.id))
        out.append(f"<li><b>{e(ph.name)}</b> "
                   f'<span class="small">— {count(n_act, "actor")}, {count(n_rel, "relation")}</span></li>')
    out.append("</ol>")
    out.append(agreement_html(model))
    out.append(f"<h2>{e(tr('Participants'))}</h2>")
    people = model.participants
    if people:
        out.append("<ul>")
        for p in people:
            org = f' <span class="small">({e(p.organisation)})</span>' if p.organisation else ""
            out.append(f"<li>{e(p.name)}{org}</li>")
        out.append("</ul>")
    else:
        out.append(f'<p class="muted">{e(tr("No participants recorded."))}</p>')
    general = [n for n in model.notes if n.phase_id is None]
    if general and not pseudonymised:
        out.append(f"<h2>{e(tr('Notes for the whole session'))}</h2>")
        out.append(_notes_list(model, general))
    out.append('<p class="src">' + e(tr("Scores are the median of the participants' votes on the app's "
                                        "1–5 scale; the glossary at the end explains the scales, the 3C "
                                        "classes and the roles.")) + "</p>")
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
            return f'{e(tr("undefined"))}<br/><span class="small">{e(a.reason)}</span>'
        return (f"<b>{a.alpha:.2f}</b><br/><span class=\"small\">{count(a.units, 'relation')}, "
                f"{count(a.voters, 'voter')}</span>")

    rows = [(e(tr("Whole session")), *(cell(found.session[d]) for d in dims))]
    rows += [(e(f"{i}. {ph.name}"), *(cell(found.phases[ph.id][d]) for d in dims))
             for i, ph in enumerate(model.phases, start=1) if ph.id in found.phases]
    return (f"<h2>{e(tr(AGREEMENT))}</h2>"
            + _table(("", *(e(term("dimension", d)) for d in dims)), rows, (34, 22, 22, 22))
            + '<p class="src">'
            + e(tr("Krippendorff's alpha for ordinal scores over the room's votes (reference levels "
                   "are not votes): 1 = the room scored alike, 0 = no more alike than chance, below "
                   "0 = less. Undefined where no relation has two votes or every vote is the same."))
            + "</p>")


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
    # The verb agrees with the count by the language's own plural rule (French: "0 acteur participe").
    one = plural_index(language(), fig.actors) == 0
    takes = tr("{actors} takes part") if one else tr("{actors} take part")
    out.append(f"<h3>{e(tr('Key facts'))}</h3><ul>"
               f"<li>{e(takes.format(actors=count(fig.actors, 'actor')))}</li>"
               f"<li>{e(tr('{relations}, {scored} of them scored').format(relations=count(fig.relations, 'relation'), scored=fig.scored))}</li>"
               + (f"<li>{e(tr('3C: {classes}').format(classes=class_mix(fig)))}</li>" if fig.relations else "")
               + "</ul>")
    out.append(phase_value_html(model, phase))
    out.append(decisions_html(model, phase))
    actors = model.present_actors(pid)
    out.append(f"<h3>{e(tr('Who takes part, in which role'))}</h3>")
    if not actors:
        out.append(f'<p class="muted">{e(tr("Nobody takes part in this phase yet."))}</p>')
    for a in sorted(actors, key=lambda x: (x.type, x.name.casefold())):
        pres = model.presence(a.id, pid)
        roles = e(_roles(pres.roles)) if pres and pres.roles else e(tr("no role recorded"))
        kind = f"{e(term('actor type', a.type))} · {e(term('scale', a.scale))}"
        out.append(f'<p class="row">{_swatch(a.type)} <b>{e(a.name)}</b><br/>'
                   f'<span class="small">{kind} — </span>{roles}</p>')
    rels = model.active_relations(pid)
    if rels:
        out.append(f"<h3>{e(tr('Relations and scores'))}</h3>"
                   f'<p class="small">{e(tr("T trust · C commitment · I interdependence: medians of the votes, 1–5; – = not scored."))}</p>')
    for r in rels:
        src, tgt = model.actor(r.source).name, model.actor(r.target).name
        arrow = "→" if r.directed else "–"
        c = consensus_of(counted_votes(model, r.id, pid))
        t, cm, i = (c[d].median for d in voc.SCORE_DIMENSIONS)
        cls = class_word(room_class(model, r, pid))
        n = max(c[d].n for d in c)
        votes = f", {e(count(n, 'vote'))}" if n > 1 else ""
        line = (f"{e(term('relation kind', r.kind))} · {e(tr('T', 'initial of trust'))} {_score(t)} · "
                f"{e(tr('C', 'initial of commitment'))} {_score(cm)} · "
                f"{e(tr('I', 'initial of interdependence'))} {_score(i)} · {e(cls)}{votes}")
        extra = "".join(f"<br/><i>{e(x)}</i>" for x in tension_words(t, cm, i))
        out.append(f'<p class="row">{e(src)} {arrow} {e(tgt)}<br/>'
                   f'<span class="small">{line}</span>{extra}</p>')
    notes = [n for n in model.notes if n.phase_id == pid]
    if pseudonymised:
        if notes:
            out.append(f"<h3>{e(tr('Notes and quotes'))}</h3><p class='muted'>{e(tr(NOTES_LEFT_OUT))}</p>")
    elif notes:
        out.append(f"<h3>{e(tr('Notes and quotes'))}</h3>")
        out.append(_notes_list(model, notes))
    checks = sorted((c for c in model.tables["prompt_checks"].values() if c.phase_id == pid and c.done),
                    key=lambda c: int(c.prompt_id[1:]) if c.prompt_id[1:].isdigit() else 999)
    if checks:
        out.append(f"<h3>{e(tr('Questions the room discussed'))}</h3><ul>")
        for c in checks:
            prompt = PROMPTS_BY_ID.get(c.prompt_id)
            text = prompt.question if prompt else c.prompt_id
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
    out = [f"<h2>{e(tr('Public value'))}</h2>"]
    if session:
        out.append(f"<p><b>{e(tr('Intended:'))}</b> {e(session)}</p>")
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
        sides = [e(tr("gains: {gains}").format(gains=pres.value_gains)) if pres.value_gains.strip() else "",
                 e(tr("bears costs: {costs}").format(costs=pres.value_costs)) if pres.value_costs.strip() else ""]
        rows.append(f'<p class="row"><b>{e(a.name)}</b> <span class="small">— '
                    f'{" · ".join(x for x in sides if x)}</span></p>')
    statement = phase.public_value.strip()
    if not statement and not rows:
        return ""
    out = [f"<h3>{e(tr('Public value'))}</h3>"]
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
    out = [f"<h3>{e(tr('Decisions in this phase'))}</h3><ul>"]
    for d in points:
        kind = term("decision kind", d.kind)
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
    where = ", ".join(x for x in (d.date, tr("in {phase}").format(phase=model.phase(d.phase_id).name)) if x)
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
            line = f'<span class="quote">{e(quoted(n.text))}</span>'
            if who:
                line += f" — {e(who)}"
        else:
            line = e(n.text)
            if who:
                line += f' <span class="small">({e(who)})</span>'
        if about:
            line += f' <span class="small">{e(tr("about {about}").format(about="; ".join(about)))}</span>'
        out.append(f"<li>{when}{line}</li>")
    out.append("</ul>")
    return "".join(out)


# -- diff pages --------------------------------------------------------------------------
def diff_html(model: Model, diff: "PhaseDiff", a: Phase, b: Phase) -> str:
    """What changed from one phase to the next, grouped the way the room talks about it."""
    # The two phases stay apart as placeholders, so a language may put its words around them.
    span = (e(tr("From {a}\nto {b}")).replace("\n", "<br/>")
            .format(a=f"<b>{e(phase_heading(model, a))}</b>", b=f"<b>{e(phase_heading(model, b))}</b>"))
    out = [f"<h1>{e(tr(WHAT_CHANGED))}</h1><p class='muted'>{span}</p>"]
    decided = decisions_between(model, a.id, b.id)
    if decided:
        out.append(f"<h3>{e(tr('Decisions on the way'))}</h3><ul>")
        out.extend(f"<li>{e(decision_line(model, d))}</li>" for d in decided)
        out.append("</ul>")
    if not diff.items:
        out.append(f"<p>{e(tr('Nothing changed between these two phases.'))}</p>")
        return "".join(out)
    for kind, heading in DIFF_HEADINGS:
        items = [i for i in diff.items if i.kind == kind]
        if not items:
            continue
        out.append(f"<h3>{e(tr(heading))} ({len(items)})</h3><ul>")
        out.extend(f"<li>{e(i.text)}</li>" for i in items)
        out.append("</ul>")
    return "".join(out)


# -- warnings ----------------------------------------------------------------------------
def warnings_html(model: Model, found: "Sequence[PatternWarning]") -> str:
    """Pattern warnings by phase, each with the framework and document it comes from."""
    out = [f"<h1>{e(tr('Questions raised by the map'))}</h1>",
           "<p class='muted'>" + e(tr("These are patterns the research warns about. They are questions "
                                      "for the room, not verdicts; an info note is not a problem in itself."))
           + "</p>"]
    if not found:
        out.append(f"<p>{e(tr('No pattern warnings for this session.'))}</p>")
        return "".join(out)
    order = {p.id: i for i, p in enumerate(model.phases)}
    groups: dict[tuple[int, int], list[Any]] = {}
    for w in found:
        key = (order.get(w.phase_id, -1) if w.phase_id is not None else -1,
               order.get(w.next_phase_id, -1) if w.next_phase_id is not None else -1)
        groups.setdefault(key, []).append(w)
    for key in sorted(groups):
        out.append(f"<h2>{e(warning_place(model, groups[key][0]))}</h2>")
        for w in groups[key]:
            badge = f" <span class='small'>{e(tr('(info)'))}</span>" if w.severity == "info" else ""
            out.append(f"<p><b>{e(w.id)} · {e(w.message)}</b>{badge}<br/>{e(w.detail)}<br/>"
                       f"<span class='src'>{e(tr('Source: {citation}').format(citation=w.source))}</span></p>")
    return "".join(out)


# -- glossary ----------------------------------------------------------------------------
_DIMENSION_LINES = {  # the glossary's own, longer lines (terms.DIMENSION_HELP is the short one)
    "trust": N_("expecting that what you share will not be used against you."),
    "commitment": N_("willingness to invest in and stay in the relationship."),
    "interdependence": N_("how much each partner needs the other."),
}


def _entry(label: str, text: str, *, row: bool = False, swatch: str = "") -> str:
    """A glossary line, the term in bold; the message is escaped first and filled after."""
    line = e(tr("{term}: {meaning}")).format(term=f"<b>{e(label)}</b>", meaning=e(text))
    return f'<p class="row">{swatch}{line}</p>' if row else f"<li>{line}</li>"


def glossary_html() -> str:
    """The scales, the 3C classes, actor types, relation kinds and roles, in plain words."""
    out = [f"<h1>{e(tr('Glossary'))}</h1>", f"<h2>{e(tr('The 1–5 scores'))}</h2>",
           "<p>" + e(tr("Trust, commitment and interdependence are scored per relation and phase. The "
                        "1–5 scale is this app's choice, not the papers'; the papers speak of low, medium "
                        "and high, so 1–2 read as low, 3 as medium and 4–5 as high.")) + "</p>"]
    rows = [(str(v), e(term("score", v)), e(in_sentence(term("level", voc.LEVEL_OF_SCORE[v]))),
             f'<span style="color: {palette.TRUST_COLOUR[v]};">&#9632;&#9632;&#9632;</span>')
            for v in voc.SCORE_LABELS]
    out.append(_table(tuple(e(tr(h)) for h in ("Score", "Meaning", "Read as", "Trust colour")), rows,
                      (14, 30, 26, 30)))
    out.append("<p>" + e(tr("With several participants the map shows the median of their votes (the lower "
                            "one when two are in the middle), never an average. Unscored stays empty "
                            "(shown as –) and is never read as 0.")) + "</p>")
    out.append("<ul>" + "".join(_entry(term("dimension", d), tr(line)) for d, line in _DIMENSION_LINES.items())
               + "</ul>")
    out.append(f"<h2>{e(tr('3C classes'))}</h2><p>"
               + e(tr("Derived per relation and phase from the three medians (the rule is ours; higher "
                      "is not better):")) + "</p><ul>"
               + "".join(_entry(term("3C class", k), help_text("3C class", k) + ".") for k in voc.THREE_C)
               + _entry(tr("Unclassified") + " (–)", tr("one of the three is not scored yet."))
               + "</ul><p>" + e(tr("A tension names two dimensions two levels apart, e.g. “{example}”.").format(
                   example=tension_words(2, 4, 3)[0])) + "</p>")
    out.append(f"<h2>{e(tr('Actor types'))}</h2>")
    out.extend(_entry(term("actor type", k), help_text("actor type", k), row=True, swatch=_swatch(k) + " ")
               for k in voc.ACTOR_TYPES)
    out.append(f"<h2>{e(tr('Relation kinds'))}</h2><ul>")
    out.extend(_entry(term("relation kind", k), help_text("relation kind", k)) for k in voc.RELATION_KINDS)
    out.append(f"</ul><h2>{e(tr('Roles'))}</h2><p>"
               + e(tr("Held per actor and per phase; an actor may hold several, and the room may add its own."))
               + "</p>")
    out.extend(_entry(role(k), help_text("role", k), row=True) for k in voc.ROLES)
    return "".join(out)


__all__ = ["STYLE", "title_html", "phase_html", "diff_html", "warnings_html", "glossary_html",
           "phase_figures", "phase_heading", "PhaseFigures", "NOTES_LEFT_OUT", "decisions_html",
           "phase_value_html", "public_value_block", "decision_line", "decisions_between",
           "agreement_html"]
