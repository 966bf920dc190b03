"""From a foreign network to a new session file, through the ordinary edit commands.

Foreign types, kinds, roles and score scales are mapped onto the vocabulary; what has no
place is kept (actor notes, relation attributes) and every mapping is reported. The session is
built in a temporary file and moved to the target only when complete, so a failed import
leaves nothing behind.
"""

from __future__ import annotations

import json
import math
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

from ...domain import commands as cmds
from ...domain import vocabulary as voc
from ...domain import wording
from ...domain.command_base import CommandError
from ...session import Session
from ..atomic import write_session
from ..errors import ImportFileError
from .foreign import ForeignEdge, ForeignGraph, ForeignItem, ForeignNode, ImportReport, norm, parse_bool
from .json_in import parse_json_text

IMPORT_PARTICIPANT = "Imported file"
NEUTRAL_TYPE = "civil_society"  # no type is neutral; this one triggers no sector-based warning
DEFAULT_SCALE = "city"

_NAME_KEYS = ("name", "label", "title", "actor", "actor_name")
_TYPE_KEYS = ("type", "actor_type", "element_type", "category", "sector", "group",
              "networkcanvastype", "node_type")
_SCALE_KEYS = ("scale", "scale_of_action", "level")
_NOTE_KEYS = ("note", "notes", "description")
_ROLE_KEYS = ("roles", "role")
_KIND_KEYS = ("kind", "relation_type", "relation_kind", "connection_type", "type",
              "relationship", "tie", "edge_type", "value_flows", "label")
_DIRECTED_KEYS = ("directed", "direction")
_HANDLED_NODE = {"name", "actor_id", "abilities", "legal_status", "x", "y", "presence_note",
                 *_NAME_KEYS, *_TYPE_KEYS, *_SCALE_KEYS, *_NOTE_KEYS, *_ROLE_KEYS}
_HANDLED_EDGE = {"relation_id", "note", "notes", "attrs", "threec", "tensions", "id",
                 *_KIND_KEYS, *_DIRECTED_KEYS, *voc.SCORE_DIMENSIONS,
                 *(f"{d}{s}" for d in voc.SCORE_DIMENSIONS for s in ("_spread", "_votes", "_n"))}

_TYPE_WORDS: dict[str, tuple[str, ...]] = {
    "government": ("government", "gov", "public", "municipality", "municipal", "city", "council",
                   "ministry", "authority", "state", "administration", "department", "federal",
                   "regional government", "local government", "policy/law/rule maker",
                   "government agency"),
    "private": ("private", "business", "company", "firm", "industry", "corporate", "vendor",
                "sme", "startup", "start up", "enterprise", "business/industry", "commercial",
                "utility", "investor", "service provider"),
    "academia": ("academia", "academic", "university", "research", "science", "institute",
                 "school", "college"),
    "civil_society": ("civil society", "ngo", "non profit", "nonprofit", "association",
                      "community", "charity", "cso", "community organizer", "community organiser"),
    "citizens": ("citizens", "citizen", "resident", "residents", "person", "people",
                 "individual", "user", "users", "public user", "target beneficiary"),
    "international": ("international", "donor", "un", "development bank", "multilateral",
                      "eu", "european commission"),
    "intermediary": ("intermediary", "intermediaries", "foundation", "ppp", "broker",
                     "innovation agency", "think tank", "living lab", "programme company",
                     "agency"),
}
_STAGE_WORDS: dict[str, tuple[str, ...]] = {
    "design": ("design", "planning", "plan", "exploration", "concept", "preparation", "bid"),
    "piloting": ("pilot", "piloting", "pilots", "experiment", "trial"),
    "implementation": ("implementation", "deployment", "delivery", "build"),
    "scaling": ("scaling", "scale up", "scale", "roll out", "rollout", "diffusion", "expansion",
                "replication"),
    "maintenance": ("maintenance", "adoption", "operation", "operations"),
}
_KIND_WORDS: dict[str, tuple[str, ...]] = {
    "information": ("information", "info", "knowledge", "advice", "communication", "meeting",
                    "training", "exchange", "communicates"),
    "resources": ("resources", "resource", "staff", "technology", "in kind", "support",
                  "equipment"),
    "decision": ("decision", "decisions", "steering", "mandate", "governance", "control",
                 "power", "authority"),
    "agreement": ("agreement", "contract", "covenant", "charter", "partnership", "mou",
                  "declaration", "alliance"),
    "data": ("data", "data flow", "dataset", "open data", "data sharing"),
    "funding": ("funding", "fund", "funds", "money", "finance", "financial", "grant",
                "investment", "payment", "funder"),
    "consultation": ("consultation", "consult", "consults", "consulted", "survey"),
}


def _lookup(words: dict[str, tuple[str, ...]], value: str, allowed: dict[str, str]) -> str | None:
    """The vocabulary key a foreign word stands for (exact key, synonym, then a word in it)."""
    text = " ".join(norm(value).split("_"))
    if not text:
        return None
    if text.replace(" ", "_") in allowed:
        return text.replace(" ", "_")
    for key, synonyms in words.items():
        if text in synonyms:
            return key
    tokens = set(text.replace("/", " ").split())
    for key, synonyms in words.items():
        if any(s in tokens for s in synonyms if " " not in s):
            return key
    return None


def map_actor_type(value: str) -> str | None:
    return _lookup(_TYPE_WORDS, value, voc.ACTOR_TYPES)


def map_kind(value: str) -> str | None:
    return _lookup(_KIND_WORDS, value, voc.RELATION_KINDS)


def _find(item: ForeignItem, keys: tuple[str, ...]) -> tuple[str | None, Any]:
    """The first attribute (by normalised name) among ``keys`` with a non-empty value."""
    by_norm = {norm(n): n for n in item.names()}
    for key in keys:
        name = by_norm.get(key)
        if name is not None:
            v = item.value(name)
            if v is not None and str(v).strip() != "":
                return name, v
    return None, None


def _first_mapped(item: ForeignItem, keys: tuple[str, ...],
                  mapper: Any) -> tuple[str | None, Any, str | None]:
    """The first attribute among ``keys`` whose value maps onto the vocabulary (its name, raw
    value and key); else the first one found, unmapped; else three ``None``."""
    by_norm = {norm(n): n for n in item.names()}
    first: tuple[str | None, Any, str | None] = (None, None, None)
    for key in keys:
        name = by_norm.get(key)
        if name is None:
            continue
        v = item.value(name)
        if v is None or str(v).strip() == "":
            continue
        mapped = mapper(str(v))
        if mapped is not None:
            return name, v, mapped
        if first[0] is None:
            first = (name, v, None)
    return first


def infer_stage(name: str) -> str | None:
    """The canonical stage a phase name speaks of ('Pilot' -> piloting), if any."""
    return _lookup(_STAGE_WORDS, name, voc.PHASE_KEYS)


def _plain(value: Any) -> Any:
    """One plain value, as a session stores relation attributes: text, a whole number a
    database can hold, a finite float, true/false or null. Lists and objects become their
    JSON text (their nesting is bounded by ``json_in``), anything else its text."""
    if value is None or isinstance(value, (bool, str)):
        return value
    if isinstance(value, int):
        return value if -(2**63) <= value < 2**63 else str(value)
    if isinstance(value, float):
        return value if math.isfinite(value) else repr(value)
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


class ScoreMapper:
    """Reads foreign score values per dimension and decides the file's scale once."""

    def __init__(self, graph: ForeignGraph, report: ImportReport) -> None:
        self.mode: dict[str, str] = {}
        for d in voc.SCORE_DIMENSIONS:
            values = [v for e in graph.edges for v in self._raw(e, d)]
            nums = [v for v in values if v is not None]
            if not nums:
                continue
            if all(1 <= v <= 5 and v == int(v) for v in nums):
                self.mode[d] = "keep"
            elif all(0 <= v <= 1 for v in nums):
                self.mode[d] = "unit"
                report.note(f"{d}: values on a 0-1 scale mapped onto 1-5 (0 -> 1, 0.25 -> 2, "
                            "0.5 -> 3, 0.75 -> 4, 1 -> 5).")
            else:
                self.mode[d] = "round"
                outside = sum(1 for v in nums if not 1 <= v <= 5)
                report.note(f"{d}: values rounded to whole scores 1-5"
                            + (f"; {wording.count(outside, 'value')} outside 1-5 left unscored." if outside else "."))

    @staticmethod
    def _number(value: Any) -> float | None:
        if value is None or isinstance(value, bool):
            return None
        text = str(value).strip().lower()
        if text in voc.SCORE_OF_LEVEL:
            return float(voc.SCORE_OF_LEVEL[text])
        try:
            v = float(text)
        except ValueError:
            return None
        return v if math.isfinite(v) else None

    def _raw(self, edge: ForeignEdge, d: str) -> list[float | None]:
        name, _ = _find(edge, (d,))
        if name is None:
            return []
        vals = [edge.attrs[name]] if name in edge.attrs else list(edge.dynamic.get(name, {}).values())
        return [self._number(v) for v in vals]

    def score(self, edge: ForeignEdge, d: str, phase: int) -> int | None:
        name, _ = _find(edge, (d,))
        if name is None:
            return None
        raw = edge.attrs.get(name) if name in edge.attrs else edge.dynamic.get(name, {}).get(phase)
        v = self._number(raw)
        if v is None:
            return None
        mode = self.mode.get(d, "keep")
        if mode == "unit":
            return 1 + int(math.floor(v * 4 + 0.5))
        r = int(math.floor(v + 0.5))
        return r if 1 <= r <= 5 else None


def _note_lines(item: ForeignItem, handled: set[str], phase_names: list[str]) -> list[str]:
    """Attributes nobody maps, as readable lines (kept, never dropped)."""
    lines = []
    for name in item.names():
        if norm(name) in handled:
            continue
        if name in item.attrs:
            v = item.attrs[name]
            if v is not None and str(v).strip() != "":
                lines.append(f"{name}: {v}")
        else:
            per = {p: v for p, v in item.dynamic[name].items()
                   if v is not None and str(v).strip() != ""}
            if len(set(map(str, per.values()))) == 1 and len(per) == len(item.dynamic[name]):
                lines.append(f"{name}: {next(iter(per.values()))}")
            elif per:
                lines.append(f"{name}: " + "; ".join(f"{v} ({phase_names[p]})"
                                                     for p, v in sorted(per.items())))
    return lines


def _edge_attrs(edge: ForeignEdge, phase_names: list[str], used: str | None) -> dict[str, Any]:
    out: dict[str, Any] = {}
    handled = (_HANDLED_EDGE - set(_KIND_KEYS)) | ({norm(used)} if used else set())
    kind_value = str(edge.value(used)) if used else None
    for name in edge.names():
        if norm(name) in handled or (norm(name) in _KIND_KEYS and str(edge.value(name)) == kind_value):
            continue
        if name in edge.attrs:
            if edge.attrs[name] is not None and str(edge.attrs[name]) != "":
                out[name] = _plain(edge.attrs[name])
        else:
            out[name] = _per_phase(edge.dynamic[name], phase_names)
    return out


def _per_phase(values: dict[int, Any], phase_names: list[str]) -> Any:
    """A value that differs by phase, as one plain value (attributes hold no nesting): the
    value itself when every phase agrees, else "value (phase); value (phase)"."""
    plain = {p: _plain(v) for p, v in sorted(values.items())}
    if len({repr(v) for v in plain.values()}) == 1:
        return next(iter(plain.values()))
    return "; ".join(f"{v} ({phase_names[p]})" for p, v in plain.items())


def build_session(graph: ForeignGraph, target: Path, report: ImportReport) -> None:
    """Write ``graph`` as a new session at ``target`` (which must not exist)."""
    if not graph.phases:
        graph.phases = [("Imported network", "", "")]
        report.note("The file has no time information: everything is in one phase, "
                    "'Imported network'.")
    for n in graph.notes:
        report.note(n)
    session = Session.create(target, title=graph.title or graph.source.stem, default_phases=False)
    try:
        with session.bulk(f"Import {graph.source.name}"):
            _fill(session, graph, report)
    finally:
        session.close()


@contextmanager
def _refused_at(graph: ForeignGraph, where: str) -> Iterator[None]:
    """An edit the session refuses (a value the parsers let through) ends the import as one
    line naming the file and the item, like every other import error, never a traceback."""
    try:
        yield
    except CommandError as exc:
        raise ImportFileError(graph.source, f"cannot be imported: {exc}", where or None) from None


def _fill(s: Session, graph: ForeignGraph, report: ImportReport) -> None:
    phase_ids = []
    for i, (name, key, note) in enumerate(graph.phases):
        if not key and not graph.keys_given and infer_stage(name):
            key = str(infer_stage(name))
            report.note(f"Phase '{name}' read as the stage '{key}'.")
        with _refused_at(graph, f"phase {i + 1}"):
            phase_ids.append(s.execute(cmds.AddPhase(phase_name=name.strip() or f"Phase {i + 1}",
                                                     key=key, note=note)))
    phase_names = [name for name, _, _ in graph.phases]
    n_phases = len(phase_ids)
    all_phases = set(range(n_phases))
    actor_of: dict[str, int] = {}
    present: dict[str, set[int]] = {}
    type_map: dict[str, list[str]] = {}
    unmapped: dict[str, int] = {}
    custom_roles: set[str] = set()
    mapped_roles: set[str] = set()
    for node in graph.nodes:
        with _refused_at(graph, node.where):
            aid, phases = _add_actor(s, node, phase_ids, phase_names, all_phases, type_map,
                                     unmapped, custom_roles, mapped_roles, report)
        actor_of[node.id] = aid
        present[node.id] = phases
    report.actors = len(actor_of)
    for raw, keys in sorted(type_map.items()):
        report.note(f"Actor type '{raw}' mapped to '{keys[0]}' ({wording.count(len(keys), 'actor')}).")
    for raw, count in sorted(unmapped.items()):
        if raw:
            report.note(f"Actor type '{raw}' matches no type in the vocabulary: {wording.count(count, 'actor')} "
                        f"set to '{NEUTRAL_TYPE}', the original kept in the actor's note; please "
                        "review.")
        else:
            report.note(f"No actor type stated for {wording.count(count, 'actor')}: set to '{NEUTRAL_TYPE}'; "
                        "please review.")
    if mapped_roles:
        report.note("Roles mapped onto the vocabulary: " + ", ".join(sorted(mapped_roles)) + ".")
    if custom_roles:
        report.note("Roles kept as custom roles: " + ", ".join(sorted(custom_roles)) + ".")

    scores = ScoreMapper(graph, report)
    participant = s.execute(cmds.AddParticipant(participant_name=IMPORT_PARTICIPANT))
    loops = outside = forced = 0
    kinds: dict[str, str] = {}
    for edge in graph.edges:
        if edge.source == edge.target:
            loops += 1
            continue
        with _refused_at(graph, edge.where):
            result = _add_relation(s, edge, actor_of, present, phase_ids, phase_names,
                                   all_phases, scores, participant, kinds)
        outside += result[0]
        forced += result[1]
        report.relations += 1
        report.votes += result[2]
    for raw, key in sorted(kinds.items()):
        if key:
            report.note(f"Relation kind '{raw}' read as '{key}'.")
        else:
            report.note(f"Relation kind '{raw}' matches no kind in the vocabulary: read as "
                        "'information', the original kept in the relation's attributes "
                        "(imported_kind); please review.")
    if loops:
        report.note(f"Skipped {wording.count(loops, 'self-loop')}: a relation needs two different actors.")
    if outside:
        report.note(f"{wording.count(outside, 'relation-phase')} left out: the file places the relation in a "
                    "phase where one of its actors is absent.")
    if forced:
        report.note(f"{wording.count(forced, 'funding or consultation relation')} drawn without a "
                    f"direction {wording.noun(forced, 'was', 'were')} made directed (these kinds always have one).")
    report.phases = n_phases
    s.execute(cmds.SetMeta("imported_from", {"file": graph.source.name, "format": graph.fmt}))
    s.execute(cmds.SetMeta("import_report", report.notes))


def _add_actor(s: Session, node: ForeignNode, phase_ids: list[int], phase_names: list[str],
               all_phases: set[int], type_map: dict[str, list[str]], unmapped: dict[str, int],
               custom_roles: set[str], mapped_roles: set[str],
               report: ImportReport) -> tuple[int, set[int]]:
    _, name = _find(node, ("name",))
    if name is None:
        _, name = _find(node, _NAME_KEYS)
    name = (str(name if name is not None else (node.label or node.id)).strip()
            or node.id.strip() or "Unnamed actor")
    notes: list[str] = []
    type_attr, raw_type, mapped = _first_mapped(node, _TYPE_KEYS, map_actor_type)
    type_key = mapped or NEUTRAL_TYPE
    if raw_type is None:
        unmapped[""] = unmapped.get("", 0) + 1
    elif mapped is None:
        unmapped[str(raw_type)] = unmapped.get(str(raw_type), 0) + 1
        notes.append(f"Imported type: {raw_type}")
    elif norm(str(raw_type)) != mapped:
        type_map.setdefault(str(raw_type), []).append(mapped)
    scale = DEFAULT_SCALE
    _, raw_scale = _find(node, _SCALE_KEYS)
    if raw_scale is not None:
        key = norm(str(raw_scale))
        if key in voc.SCALES:
            scale = key
        else:
            notes.append(f"Imported scale: {raw_scale}")
            report.note(f"Scale '{raw_scale}' is not in the vocabulary: set to '{DEFAULT_SCALE}'.")
    abilities: list[str] = []
    raw_ab = node.value("abilities")
    for ab in str(raw_ab or "").replace(",", ";").split(";"):
        ab = norm(ab)
        if ab in voc.ABILITIES and ab not in abilities:
            abilities.append(ab)
        elif ab:
            notes.append(f"Imported ability: {ab}")
    _, own_note = _find(node, _NOTE_KEYS)
    if own_note is not None:
        notes.insert(0, str(own_note))
    handled = (_HANDLED_NODE - set(_TYPE_KEYS)) | ({norm(type_attr)} if type_attr else set())
    notes += _note_lines(node, handled, phase_names)
    phases = all_phases if node.phases is None else set(node.phases)
    aid = s.execute(cmds.AddActor(
        actor_name=name, type=type_key, scale=scale, abilities=tuple(abilities),
        legal_status=str(node.value("legal_status") or ""), note="\n".join(notes),
        x=node.x or 0.0, y=node.y or 0.0, present_in=tuple(phase_ids[p] for p in sorted(phases)),
    ))
    role_attr, _ = _find(node, _ROLE_KEYS)
    for p in sorted(phases):
        if role_attr is None:
            break
        raw = node.attrs.get(role_attr) if role_attr in node.attrs else node.dynamic.get(role_attr, {}).get(p)
        if raw is None or str(raw).strip() == "":
            continue
        roles = [r.strip() for r in str(raw).split(";") if r.strip()]
        for r in roles:
            key = voc.normalise_role(r)
            if key in voc.ROLES and key != r:
                mapped_roles.add(f"{r} -> {key}")
            elif key not in voc.ROLES:
                custom_roles.add(key)
        presence_note = node.dynamic.get("presence_note", {}).get(p)
        s.execute(cmds.SetPresence(actor_id=aid, phase_id=phase_ids[p], present=True,
                                   roles=tuple(roles), note=presence_note))
    return aid, phases


def _add_relation(s: Session, edge: ForeignEdge, actor_of: dict[str, int],
                  present: dict[str, set[int]], phase_ids: list[int], phase_names: list[str],
                  all_phases: set[int], scores: ScoreMapper, participant: int,
                  kinds: dict[str, str]) -> tuple[int, int, int]:
    kind_attr, raw_kind, kind = _first_mapped(edge, _KIND_KEYS, map_kind)
    attrs = _edge_attrs(edge, phase_names, kind_attr)
    if raw_kind is not None and kind is None:
        attrs["imported_kind"] = _plain(raw_kind)
        kinds[str(raw_kind)] = ""
    elif raw_kind is not None and norm(str(raw_kind)) != kind:
        kinds[str(raw_kind)] = str(kind)
    kind = kind or "information"
    directed = edge.directed
    _, raw_dir = _find(edge, _DIRECTED_KEYS)
    if raw_dir is not None and parse_bool(raw_dir) is not None:
        directed = parse_bool(raw_dir)
    directed = True if directed is None else directed
    forced = int(not directed and kind in voc.ALWAYS_DIRECTED_KINDS)
    _, note = _find(edge, ("note", "notes"))
    if edge.value("attrs"):
        try:
            extra = parse_json_text(str(edge.value("attrs")))
            if isinstance(extra, dict):
                attrs = {**{k: _plain(v) for k, v in extra.items()},
                         **{k: v for k, v in attrs.items() if k != "attrs"}}
        except ValueError:  # not JSON, or JSON no session can hold: kept as the text it is
            attrs["attrs"] = str(edge.value("attrs"))
    rid = s.execute(cmds.AddRelation(source=actor_of[edge.source], target=actor_of[edge.target],
                                     kind=kind, directed=directed, note=str(note or ""),
                                     attrs=attrs))
    wanted = all_phases if edge.phases is None else edge.phases
    both = present[edge.source] & present[edge.target]
    outside = len(wanted - both)
    votes = 0
    for p in sorted(both):
        if p not in wanted:
            s.execute(cmds.SetRelationState(relation_id=rid, phase_id=phase_ids[p], state="inactive"))
            continue
        values = {d: scores.score(edge, d, p) for d in voc.SCORE_DIMENSIONS}
        values = {d: v for d, v in values.items() if v is not None}
        if values:
            s.execute(cmds.SetScore(relation_id=rid, phase_id=phase_ids[p],
                                    participant_id=participant, values=values))
            votes += 1
    return outside, forced, votes


def place_session(build: Any, target: Path, *, force: bool) -> Path | None:
    """Run ``build(tmp_path)`` and move the finished, checked file to ``target``; nothing on
    failure (see :func:`..atomic.write_session`). Returns the backup made of a session that
    ``force`` replaced; a session open for editing is never replaced."""
    target = Path(target)
    if target.exists() and not force:
        raise ImportFileError(target, "already exists; choose a new file name or use --force "
                              "to replace it.")
    if target.is_dir():
        raise ImportFileError(target, "is a folder; give a .workshop file name.")
    if not target.parent.is_dir():
        raise ImportFileError(target, f"the folder {target.parent} does not exist.")
    return write_session(build, target)


__all__ = ["build_session", "place_session", "map_actor_type", "map_kind", "IMPORT_PARTICIPANT",
           "NEUTRAL_TYPE"]
