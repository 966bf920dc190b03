"""A self-contained HTML snapshot of a session, for participants to open in any browser.

One file, nothing fetched: the map of every phase is inline SVG (drawn by :mod:`.svg_map`
the way the canvas draws it), the style and the small script are inline, and a strict
Content-Security-Policy allows only those two (by hash). A slider switches the phase;
pointing at or tabbing to an actor or relation shows its details; the changes since the
previous phase are listed beside the map.

Session text is untrusted (anyone in the room can name an actor): the template escapes
everything (jinja2 autoescape), the data for the script is JSON with ``<``, ``>`` and ``&``
written as ``\\u003c``-style escapes inside a non-executable ``application/json`` block, and
the script only ever sets ``textContent``. No Qt here.

The page speaks the language in force (``<html lang>`` says which): the template's words are
``{{ _("…") }}`` (``_`` is :func:`..domain.i18n.tr`), and the script's words travel with its
data (``words``), already translated, so the script holds no English of its own.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from contextlib import ExitStack
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jinja2 import Environment, FileSystemLoader
from markupsafe import Markup

from ..analysis.diff import diff_phases
from ..analysis.layout import arrange
from ..style import palette
from ..style.look import SCORE_WORDS
from ..domain import i18n
from ..domain.i18n import tr
from ..domain.scoring import counted_votes
from ..domain.terms import term
from ..domain.vocabulary import SCORE_DIMENSIONS
from ..domain.wording import count, noun
from . import svg_map
from .atomic import atomic_file
from .errors import ExportError
from .pack_text import DIFF_HEADINGS, class_word
from ..domain.textsafe import NOT_HTML
from ..style.html import html_text
from .pseudonymise import pseudonymised

if TYPE_CHECKING:  # pragma: no cover
    from ..session import Session

TEMPLATES = Path(__file__).resolve().parent / "templates"


_ENV = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=True,
                   trim_blocks=True, lstrip_blocks=True, finalize=html_text)
_ENV.globals["_"] = tr  # looked up at each render, in the language in force
SHORT_SCORE = SCORE_WORDS


def json_for_script(data: Any) -> Markup:
    """JSON that cannot end its ``<script>`` block or open markup, whatever the text says."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for ch, esc in (("&", "\\u0026"), ("<", "\\u003c"), (">", "\\u003e"),
                    ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(ch, esc)
    return Markup(NOT_HTML.sub(lambda m: f"\\u{ord(m.group()):04x}", text))


def csp_hash(text: str) -> str:
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()


def _places(session: "Session") -> dict[int, tuple[float, float]]:
    """Base positions to use when several actors share one spot (a session never laid out)
    or some have no usable spot at all (an infinite position from a damaged file)."""
    actors = session.model.actors
    spots = {(round(a.x), round(a.y)) if svg_map.finite(a.x, a.y) else None for a in actors}
    if None not in spots and len(spots) == len(actors):
        return {}
    return arrange(session.model, "free", seed=7)


def _diff_groups(session: "Session", a: int, b: int) -> list[dict[str, Any]] | None:
    diff = diff_phases(session.model, a, b)
    groups = []
    for kind, heading in DIFF_HEADINGS:
        items = [i.text for i in diff.items if i.kind == kind]
        if items:
            groups.append({"heading": tr(heading), "items": items})
    return groups


def script_words() -> dict[str, Any]:
    """The words the page's script shows, in the language in force."""
    return {
        "dims": [[d, term("dimension", d)] for d in SCORE_DIMENSIONS],
        "hint": tr("Point at an actor or a relation (or move to it with the Tab key) to see its roles "
                   "or scores in this phase."),
        "type": tr("Type"), "scale": tr("Scale"), "roles_here": tr("Roles here"), "here": tr("Here"),
        "kind": tr("Kind"), "threec": tr("3C class"), "stated": tr("Class a source states"),
        "tension": tr("Tension"), "no_role": tr("no role recorded"),
        "silent_actor": tr("not described in this phase (the source is silent)"),
        "silent_relation": tr("not described in this phase"),
        "unclassified": tr("unclassified (not all three scored)"),
    }


def _score_text(score: dict[str, Any]) -> str:
    """"4 (3 votes, spread 2)": a dimension's median as the details panel says it."""
    if score["median"] is None:
        return tr("not scored")
    votes = count(score["votes"], "vote")
    if score["votes"] > 1:
        return tr("{median} ({votes}, spread {spread})").format(median=score["median"], votes=votes,
                                                               spread=score["spread"])
    return tr("{median} ({votes})").format(median=score["median"], votes=votes)


def _relation_panel(details: dict[str, Any]) -> dict[str, Any]:
    """A relation's details with its scores and classes in words (the script shows them as they are)."""
    for score in details["scores"].values():
        score["text"] = _score_text(score)
    details["threec"] = class_word(details["threec"]) if details["threec"] else None
    details["stated"] = [class_word(c) for c in details["stated"]]
    return details


def snapshot_context(session: "Session", *, phase: Any = None, day: str | None = None,
                     towers: bool = False) -> dict[str, Any]:
    """Everything the template needs (tested on its own: no file, no browser); ``towers``
    draws the Net-Map influence towers and explains them in the legend."""
    model = session.model
    all_phases = model.phases
    if not all_phases:
        raise ExportError(f"{session.path.name}: this session has no phases to show.")
    chosen = all_phases if phase is None else [session.phase(phase)]
    places = _places(session)
    shapes = {p.id: svg_map.phase_shapes(model, p.id, places, towers=towers) for p in chosen}
    vb = svg_map.view_box(list(shapes.values()))
    index = {p.id: i for i, p in enumerate(all_phases)}
    phases = []
    data_phases = []
    for ph in chosen:
        i = index[ph.id]
        actors, rels = shapes[ph.id]
        prev = all_phases[i - 1] if i > 0 else None
        title = tr("Phase {i} of {n}: {name}").format(i=i + 1, n=len(all_phases), name=ph.name)
        phases.append({
            "id": ph.id, "name": ph.name, "title": title, "note": ph.note,
            "actors": actors, "relations": rels,
            "previous": prev.name if prev else None,
            "diff": _diff_groups(session, prev.id, ph.id) if prev else None,
            # Not-described actors and relations are drawn but do not take part: not counted.
            "counts": (sum(a.state == "present" for a in actors), sum(r.state == "active" for r in rels),
                       sum(1 for r in rels if r.state == "active" and counted_votes(model, r.id, ph.id))),
        })
        # Each phase opens fitted to its own actors; the shared viewBox keeps their places.
        phases[-1]["fit_box"] = " ".join(svg_map.fmt(v) for v in svg_map.view_box([shapes[ph.id]]))
        phases[-1]["counts_text"] = " · ".join((count(len(actors), "actor"), count(len(rels), "relation"),
                                                tr("{n} scored").format(n=phases[-1]["counts"][2])))
        data_phases.append({
            "title": title,
            "actors": {str(a.id): svg_map.actor_details(model, a.id, ph.id) for a in actors},
            "relations": {str(r.id): _relation_panel(svg_map.relation_details(model, r.id, ph.id)) for r in rels},
        })
    value = model.meta("public_value")
    day = day or date.today().isoformat()
    return {
        "lang": i18n.language(),
        "title": session.title,
        "day": day,
        "meta": (tr("Snapshot of {day} · {phases}").format(day=day, phases=count(len(phases), "phase"))
                 if len(phases) > 1 else tr("Snapshot of {day}").format(day=day)),
        "public_value": value if isinstance(value, str) and value.strip() else "",
        "phases": phases,
        "view_box": " ".join(svg_map.fmt(v) for v in vb),
        "fmt": svg_map.fmt,
        "data": json_for_script({"phases": data_phases, "words": script_words()}),
        "legend": {"sections": svg_map.legend_svg(towers and any(
            a.tower is not None for actors, _ in shapes.values() for a in actors))},
        "actor_svg": svg_map.actor_svg,
        "badge": svg_map.relation_badge_svg,
        "background": palette.CANVAS_BACKGROUND,
        "name_line": svg_map.NAME_LINE,
        "role_line": svg_map.ROLE_LINE,
    }


def render_html(session: "Session", *, phase: Any = None, day: str | None = None,
                towers: bool = False) -> str:
    """The snapshot page as a string."""
    style = (TEMPLATES / "snapshot.css").read_text(encoding="utf-8")
    script = (TEMPLATES / "snapshot.js").read_text(encoding="utf-8")
    context = snapshot_context(session, phase=phase, day=day, towers=towers)
    context.update(style=Markup(style), script=Markup(script),
                   style_hash=csp_hash(style), script_hash=csp_hash(script))
    return _ENV.get_template("snapshot.html.j2").render(**context)


def export_html(session: "Session", out: str | os.PathLike[str], *, phase: Any = None,
                pseudonymize: bool = False, **options: Any) -> list[Path]:
    """Write the snapshot to ``out`` (``.html`` added if missing); returns ``[path]``.

    ``phase`` limits the page to one phase; option ``date`` sets the date printed on it, and
    ``towers`` (true) draws each actor's influence tower where one is recorded, as the canvas
    does under View ▸ Influence towers (off unless asked: the console's export dialog asks for
    them when the map shows them, the command line with ``--towers``).
    """
    unknown = set(options) - {"date", "progress", "towers"}
    if unknown:
        raise ExportError(f"unknown {noun(len(unknown), 'option')} for an HTML snapshot: {', '.join(sorted(unknown))}.")
    target = Path(out)
    if target.suffix.lower() not in (".html", ".htm"):
        target = target.with_name(target.name + ".html")
    with ExitStack() as stack:
        if pseudonymize:

            session = stack.enter_context(pseudonymised(session))
        page = render_html(session, phase=phase, day=options.get("date"), towers=bool(options.get("towers")))
    with atomic_file(target, make_folder=True) as part:  # in place only when complete
        part.write_text(page, encoding="utf-8", newline="\n")
    return [target]


__all__ = ["export_html", "render_html", "snapshot_context", "json_for_script", "csp_hash"]
