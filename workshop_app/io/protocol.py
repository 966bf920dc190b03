"""Protocol templates: a session's set-up as a small JSON file, and new sessions made from one.

A template carries how a workshop is run, never what a room said: the phases (name, key,
a facilitator's note), custom roles, the actor types the protocol maps, the facilitation
prompts selected (and the one pinned on the wall), the scoring round's options and question
wording, the participants' groups and two session settings. Names of people, actors,
notes, votes and public-value statements stay out.

A session made from a template keeps the set-up beyond its phases in the ``protocol``
setting (:func:`protocol_of` reads it back), so saving that session as a template gives
the same template again. Templates are checked against ``resources/templates/schema.json``
on load (:mod:`.protocol_schema`), then for what a schema cannot say (phase names used
twice, prompt ids the app does not know); a bad file gets one line naming the file and the
place. The app ships one template per demo setting and a blank "smart-city project".
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from ..analysis.prompts import PROMPTS, PROMPTS_BY_ID
from ..domain import commands as cmds
from ..domain import vocabulary as voc
from ..domain.model import Model
from ..domain.rounds import RELATION_SETS, ROUND_ORDERS
from ..domain.wording import title_from_stem
from ..session import Session
from .atomic import atomic_file, write_session
from .errors import ExchangeError
from .protocol_schema import SchemaViolation, check_schema, validate

FORMAT = "assemblage-workshop-template"
VERSION = 1
META_KEY = "protocol"  # the session setting that keeps a template's set-up
SUFFIX = ".json"
MAX_BYTES = 1_000_000  # a template is a few kilobytes; anything this big is not one
ROUND_DEFAULTS: dict[str, Any] = {"relations": "all", "order": "person", "blind": False,
                                  "dimensions": list(voc.SCORE_DIMENSIONS)}

Template = dict[str, Any]


class TemplateError(ExchangeError):
    """A template file that cannot be used: names the file, the place and the reason."""

    def __init__(self, path: object, reason: str, place: str = "") -> None:
        self.path, self.place, self.reason = path, place, reason
        where = f" (at {place})" if place else ""
        super().__init__(" ".join(f"{path}{where}: {reason}".split()))


# -- where templates live -----------------------------------------------------------------
def templates_dir(resources: Path) -> Path:
    return resources / "templates"


def shipped(resources: Path) -> dict[str, Path]:
    """The shipped templates by name (file stem), without the schema."""
    folder = templates_dir(resources)
    if not folder.is_dir():
        return {}
    return {p.stem: p for p in sorted(folder.glob(f"*{SUFFIX}")) if p.stem != "schema"}


def resolve(ref: str | os.PathLike[str], resources: Path) -> Path:
    """A template file: ``ref`` itself when it is a file, else the shipped template of that name."""
    path = Path(ref)
    if path.is_file():
        return path
    found = shipped(resources)
    key = path.name[: -len(SUFFIX)] if path.name.lower().endswith(SUFFIX) else path.name
    key = key.strip().lower()
    if key in found and path.parent == Path("."):
        return found[key]
    raise TemplateError(ref, f"no such template file, and no shipped template of that name; the app "
                             f"ships: {', '.join(found) or 'none'}.")


# -- reading and checking -----------------------------------------------------------------
def load_schema(resources: Path) -> dict[str, Any]:
    path = templates_dir(resources) / "schema.json"
    try:
        schema = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise TemplateError(path, f"the template schema could not be read ({exc}).") from None
    check_schema(schema)
    return schema


def check_template(data: Any, schema: dict[str, Any], source: object = "template") -> Template:
    """``data`` as a template, or :class:`TemplateError` naming ``source`` and the place."""
    try:
        validate(data, schema)
    except SchemaViolation as exc:
        raise TemplateError(source, exc.reason, exc.place) from None
    names = [p["name"].strip() for p in data["phases"]]
    for i, name in enumerate(names):
        if name in names[:i]:
            raise TemplateError(source, f"the phase name {name!r} is used twice.", f"phases[{i}].name")
    prompts = data.get("prompts", {})
    for i, pid in enumerate(prompts.get("selected", [])):
        if pid not in PROMPTS_BY_ID:
            raise TemplateError(source, f"{pid!r} is not one of this app's prompts (P1-P{len(PROMPTS)}).",
                                f"prompts.selected[{i}]")
    pinned = prompts.get("pinned", "")
    if pinned and pinned not in PROMPTS_BY_ID:
        raise TemplateError(source, f"{pinned!r} is not one of this app's prompts.", "prompts.pinned")
    for dim, words in data.get("round", {}).get("questions", {}).items():
        if "{a}" not in words or "{b}" not in words:
            raise TemplateError(source, "a round's question names both actors as {a} and {b}.",
                                f"round.questions.{dim}")
    return data


def read_template(path: str | os.PathLike[str], resources: Path) -> Template:
    """Read and check one template file (one line naming the file and the place if bad)."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_BYTES:
            raise TemplateError(path, f"is larger than {MAX_BYTES // 1000} KB; a template is a few KB of JSON.")
        raw = path.read_bytes()
    except OSError as exc:
        raise TemplateError(path, f"could not be read ({exc.strerror or exc}).") from None
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise TemplateError(path, "is not UTF-8 text; a template is a JSON file.") from None
    except json.JSONDecodeError as exc:
        raise TemplateError(path, f"is not valid JSON ({exc.msg}).", f"line {exc.lineno}, column {exc.colno}") from None
    return check_template(data, load_schema(resources), path)


# -- from a session -------------------------------------------------------------------------
def protocol_of(model: Model) -> dict[str, Any]:
    """The set-up a template left in the session (``{}`` for a session made otherwise)."""
    value = model.meta(META_KEY)
    return dict(value) if isinstance(value, dict) else {}


def pinned_prompt(model: Model) -> str:
    """The prompt the template puts on the wall first ("" when none, or when the session
    holds an id this version does not know: a session file is untrusted input)."""
    prompts = protocol_of(model).get("prompts")
    pinned = prompts.get("pinned") if isinstance(prompts, dict) else None
    return pinned if isinstance(pinned, str) and pinned in PROMPTS_BY_ID else ""


def round_setup(model: Model) -> dict[str, Any]:
    """The scoring round the template set up, as far as it did and as far as this version
    can use it: ``relations``, ``order``, ``blind``, ``dimensions`` (in the template's order)
    and ``questions`` (dimension -> wording); a key missing means "the console's default"."""
    kept = protocol_of(model).get("round")
    if not isinstance(kept, dict):
        return {}
    out: dict[str, Any] = {}
    if kept.get("relations") in RELATION_SETS:
        out["relations"] = kept["relations"]
    if kept.get("order") in ROUND_ORDERS:
        out["order"] = kept["order"]
    if isinstance(kept.get("blind"), bool):
        out["blind"] = kept["blind"]
    dims = kept.get("dimensions")
    if isinstance(dims, list) and dims and all(d in voc.SCORE_DIMENSIONS for d in dims):
        out["dimensions"] = list(dict.fromkeys(dims))
    questions = kept.get("questions")
    if isinstance(questions, dict):
        words = {d: w.strip() for d, w in questions.items()
                 if d in voc.SCORE_DIMENSIONS and isinstance(w, str) and w.strip()}
        if words:
            out["questions"] = words
    return out


def _custom_roles(model: Model, kept: list[str]) -> list[str]:
    seen = list(kept)
    for pres in sorted(model.tables["presence"].values(), key=lambda p: (p.phase_id, p.actor_id)):
        for role in pres.roles:
            if role not in voc.ROLES and role.strip() and role not in seen:
                seen.append(role)
    return seen


def template_of(model: Model, *, name: str = "", description: str = "", pinned: str = "") -> Template:
    """The set-up of a session as a template (see the module's docstring for what is kept).

    Prompts: those the template selected, else those the room ticked off in any phase;
    ``pinned`` (the prompt on the wall now) wins over the template's own.
    """
    kept = protocol_of(model)
    title = model.meta("title")
    out: Template = {"$schema": "schema.json", "format": FORMAT, "version": VERSION,
                     "name": (name or kept.get("name") or (title if isinstance(title, str) else "") or "Template").strip()}
    if description or kept.get("description"):
        out["description"] = description or kept["description"]
    out["phases"] = [{k: v for k, v in (("name", p.name), ("key", p.key), ("note", p.note)) if v}
                     for p in model.phases]
    out["roles"] = _custom_roles(model, list(kept.get("roles", [])))
    used = {a.type for a in model.actors}
    out["actor_types"] = list(kept.get("actor_types") or [t for t in voc.ACTOR_TYPES if t in used])
    prompts = dict(kept.get("prompts", {}))
    if "selected" not in prompts:
        ticked = {c.prompt_id for c in model.tables["prompt_checks"].values() if c.done}
        prompts["selected"] = [p.id for p in PROMPTS if p.id in ticked]
    if pinned:
        prompts["pinned"] = pinned
    out["prompts"] = prompts
    out["round"] = {**ROUND_DEFAULTS, **kept.get("round", {})}
    groups = list(kept.get("groups", []))
    groups += [p.group_name for p in model.participants if p.group_name.strip() and p.group_name not in groups]
    out["groups"] = groups
    out["settings"] = {"threec_rule": model.threec_rule, "presence_default": model.presence_default}
    return out


def save_template(session: Session, out: str | os.PathLike[str], resources: Path, **naming: str) -> Path:
    """Write the session's set-up as a template file (checked against the schema first)."""
    target = Path(out)
    if target.suffix.lower() != SUFFIX:
        raise TemplateError(target, "a template is a .json file; give that suffix.")
    data = check_template(template_of(session.model, **naming), load_schema(resources), target)
    with atomic_file(target) as part:
        part.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return target


# -- a new session --------------------------------------------------------------------------
def setup_commands(template: Template) -> list[cmds.Command]:
    """The edits that give a fresh session the template's set-up."""
    out: list[cmds.Command] = []
    for i, ph in enumerate(template["phases"], start=1):
        out.append(cmds.AddPhase(phase_name=ph["name"].strip(), key=ph.get("key", ""),
                                 note=ph.get("note", ""), phase_id=i))
    settings = template.get("settings", {})
    for key in ("threec_rule", "presence_default"):
        if key in settings:
            out.append(cmds.SetMeta(key, settings[key]))
    kept = {k: template[k] for k in ("name", "description", "roles", "actor_types", "prompts", "round",
                                     "groups") if k in template}
    out.append(cmds.SetMeta(META_KEY, kept))
    return out


def new_session(template: Template, target: str | os.PathLike[str], *, title: str = "") -> Path:
    """Make ``target`` (which must not exist) as a new session with the template's set-up."""
    target = Path(target)
    if target.exists():
        raise TemplateError(target, "already exists; a template never replaces a session, choose a new name.")
    if target.suffix != ".workshop":
        raise TemplateError(target, "a session file ends in .workshop.")
    if not target.parent.is_dir():
        raise TemplateError(target, f"the folder {target.parent} does not exist.")

    def build(tmp: Path) -> None:
        session = Session.create(tmp, title=title or title_from_stem(target.stem), default_phases=False)
        try:
            with session.bulk(f"New session from the template “{template['name']}”"):
                for command in setup_commands(template):
                    session.execute(command)
        finally:
            session.close()

    write_session(build, target, back_up=False)
    return target


def describe(template: Template) -> str:
    """A few plain lines saying what a template sets up (the dialog's preview, ``template list``)."""
    lines = [template["name"]]
    if template.get("description"):
        lines.append(template["description"])
    lines.append("Phases: " + " → ".join(p["name"] for p in template["phases"]))
    if template.get("roles"):
        lines.append("Custom roles: " + ", ".join(template["roles"]))
    if template.get("actor_types"):
        lines.append("Actor types: " + ", ".join(voc.ACTOR_TYPES[t] for t in template["actor_types"]))
    prompts = template.get("prompts", {})
    if prompts.get("selected"):
        lines.append(f"Prompts: {', '.join(prompts['selected'])}")
    if prompts.get("pinned"):
        lines.append(f"On the wall first ({prompts['pinned']}): {PROMPTS_BY_ID[prompts['pinned']].text}")
    r = {**ROUND_DEFAULTS, **template.get("round", {})}
    lines.append(f"Round: {RELATION_SETS[r['relations']].lower()}; {ROUND_ORDERS[r['order']].lower()}"
                 + ("; votes hidden until revealed" if r["blind"] else ""))
    if template.get("groups"):
        lines.append("Groups: " + ", ".join(template["groups"]))
    return "\n".join(lines)


__all__ = ["FORMAT", "META_KEY", "TemplateError", "check_template", "describe", "load_schema",
           "new_session", "pinned_prompt", "protocol_of", "read_template", "resolve", "round_setup",
           "save_template", "setup_commands", "shipped", "template_of", "templates_dir"]
