"""From a foreign network to a new session file, through the ordinary edit commands.

Foreign types, kinds, roles and score scales are mapped onto the vocabulary
(``vocabulary_map``); what has no place is kept (actor notes, relation attributes); and every
value the reader handed on is settled in the report's ledger as imported, mapped (with the
rule) or skipped (with the reason). The import is one ``sources`` row (kind ``imported``, the
file's name, the report's summary as its detail) that every imported fact cites; each actor and
relation keeps the id the file gave it (``original_id``). The session is built in a temporary
file and moved to the target only when complete, so a failed import leaves nothing behind.
"""

from __future__ import annotations

from collections import Counter
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterator

from ...domain import commands as cmds
from ...domain import commands_evidence as evidence
from ...domain import vocabulary as voc
from ...domain import wording
from ...domain.command_base import CommandError
from ...session import Session
from ..atomic import write_session
from ..errors import ImportFileError
from .foreign import ForeignEdge, ForeignGraph, ForeignNode, norm, parse_bool
from .json_in import parse_json_text
from .item_values import Use, blank, find, kept, per_phase, plain, settle
from .report import ImportCancelled, ImportReport
from .mapping import KIND_KEYS, Decision, Mapping, ScoreReader, applied, type_cell, word_cell
from .score_cells import APP_SCALE, describe
from .vocabulary_map import infer_stage, map_actor_type, map_kind, score_name

IMPORT_PARTICIPANT = "Imported file"
NEUTRAL_TYPE = "civil_society"  # no type is neutral; this one triggers no sector-based warning
DEFAULT_SCALE = "city"

_NAME_KEYS = ("name", "label", "title", "actor", "actor_name")
_SCALE_KEYS = ("scale", "scale_of_action", "level")
_NOTE_KEYS = ("note", "notes", "description")
_ROLE_KEYS = ("roles", "role")
_KIND_KEYS = ("kind", "relation_type", "relation_kind", "connection_type", "type",
              "relationship", "tie", "edge_type", "value_flows", "label")
_DIRECTED_KEYS = ("directed", "direction", "type", "edge_type")
# Words for a direction, as tools write it (Gephi's Type column, Kumu's direction).
_DIRECTION_WORDS = {"directed": True, "undirected": False, "mutual": False, "both": False,
                    "bidirectional": False, "none": False, "forward": True, "one way": True,
                    "two way": False, "->": True, "<->": False, "--": False}
_REVERSED_WORDS = ("backward", "reverse", "reversed", "<-")
# What the app's own exports write that it derives again from the votes.
_DERIVED = {*(f"{d}{s}" for d in voc.SCORE_DIMENSIONS for s in ("_spread", "_votes", "_n")),
            "threec", "tensions"}
_DERIVED_REASON = "a figure the app derives from the votes; computed again from what was imported"
_PRESENCE_STATE_KEYS = ("presence_state",)
_KEPT_IN_NOTE = "kept in the actor's note as 'name: value'"
_KEPT_IN_ATTRS = "kept in the relation's attributes"

def build_session(graph: ForeignGraph, target: Path, report: ImportReport,
                  mapping: Mapping | None = None) -> None:
    """Write ``graph`` as a new session at ``target`` (which must not exist); ``mapping``
    (the mapping step's choices) overrides the default words and scales."""
    if not graph.phases:
        graph.phases = [("Imported network", "", "")]
        report.note("The file has no time information: everything is in one phase, "
                    "'Imported network'.")
    for n in graph.notes:
        report.note(n)
    for w in graph.warnings:
        report.warn(w)
    if not graph.nodes:
        report.warn("The file holds no nodes: the new session has no actors.")
    elif not graph.edges:
        report.warn("The file holds no edges: the new session has no relations.")
    report.presence_default = graph.presence_default
    session = Session.create(target, title=graph.title or graph.source.stem, default_phases=False)
    try:
        with session.bulk(f"Import {graph.source.name}"):
            _Builder(session, graph, report, mapping or Mapping()).fill()
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


class _Builder:
    """Fills one new session from one foreign graph; every edit is an ordinary command."""

    def __init__(self, s: Session, graph: ForeignGraph, report: ImportReport,
                 mapping: Mapping) -> None:
        self.s, self.graph, self.report, self.ledger = s, graph, report, report.ledger
        self.mapping = mapping
        self.phase_ids: list[int] = []
        self.phase_names = [name for name, _, _ in graph.phases]
        self.actor_of: dict[str, int] = {}
        self.present: dict[str, set[int]] = {}
        self.participants: dict[str, int] = {p.name: p.id for p in s.model.participants}
        self.source_id = 0
        self.type_map: dict[str, list[str]] = {}
        self.unmapped: dict[str, int] = {}
        self.custom_roles: set[str] = set()
        self.mapped_roles: set[str] = set()
        self.kinds: dict[str, str] = {}

    def cite(self, fact: str, key: Any) -> None:
        self.s.execute(evidence.SetFactSource(fact=fact, key=key, source_id=self.source_id))

    def fill(self) -> None:
        s, graph, report = self.s, self.graph, self.report
        self.source_id = s.execute(evidence.AddSource(kind="imported", document=graph.source.name,
                                                  section=graph.fmt))
        s.execute(cmds.SetMeta("presence_default", graph.presence_default))
        for i, (name, key, note) in enumerate(graph.phases):
            if not key and not graph.keys_given and infer_stage(name):
                key = str(infer_stage(name))
                report.note(f"Phase '{name}' read as the stage '{key}'.")
            with _refused_at(graph, f"phase {i + 1}"):
                self.phase_ids.append(s.execute(cmds.AddPhase(
                    phase_name=name.strip() or f"Phase {i + 1}", key=key, note=note)))
        for node in graph.nodes:
            with _refused_at(graph, node.where):
                self.add_actor(node)
        report.actors = len(self.actor_of)
        self._actor_notes()
        self.scores = ScoreReader(graph, self.mapping)
        report.mapping = applied(graph, self.mapping)
        for d, scale in self.scores.scale.items():
            if scale is None:
                report.warn(f"{d}: the numbers fit no known scale (1-5, 0-1, 0-5, 1-7, 1-10, "
                            "0-10, 0-100) and were left out; give the scale in a mapping.")
            elif scale != APP_SCALE:
                report.note(f"{d}: {describe(scale)}"
                            + (" (as the mapping says)." if d in self.scores.given else "."))
        self.outside = self.forced = 0
        loops = 0
        for edge in graph.edges:
            if edge.source == edge.target:
                loops += 1
                self.ledger.settle_rest(edge, "skipped", "edge (self-loop)",
                                        "a relation needs two different actors")
                continue
            with _refused_at(graph, edge.where):
                self.add_relation(edge)
            report.relations += 1
        self._relation_notes(loops)
        report.phases = len(self.phase_ids)
        s.execute(cmds.SetMeta("imported_from", {"file": graph.source.name, "format": graph.fmt}))
        if graph.about:
            s.execute(cmds.SetMeta("imported_about", dict(graph.about)))
        s.execute(cmds.SetMeta("import_report", report.notes))
        s.execute(evidence.UpdateSource(source_id=self.source_id, changes={"detail": report.summary()}))

    # -- actors ---------------------------------------------------------------------------
    def add_actor(self, node: ForeignNode) -> None:
        s = self.s
        uses_: dict[str, Use] = {}
        name_attr, name = find(node, ("name",))
        if name_attr is None:
            name_attr, name = find(node, _NAME_KEYS)
        name = (str(name if name is not None else (node.label or node.id)).strip()
                or node.id.strip() or "Unnamed actor")
        notes: list[str] = []
        if name_attr is not None:
            uses_[name_attr] = ("imported", "actor name", "")
        if "@label" in node.units:
            if node.label.strip() == name or name_attr is None:
                uses_["@label"] = ("imported", "node label (the actor's name)", "")
            else:
                notes.append(f"label: {node.label}")
                uses_["@label"] = ("mapped", "node label", _KEPT_IN_NOTE)
        type_attr, raw_type, decided = type_cell(node, self.mapping)
        mapped = decided.value
        type_key = mapped or NEUTRAL_TYPE
        if raw_type is None:
            self.unmapped[""] = self.unmapped.get("", 0) + 1
        elif mapped is None:
            self.unmapped[str(raw_type)] = self.unmapped.get(str(raw_type), 0) + 1
            notes.append(f"Imported type: {raw_type}")
            uses_[str(type_attr)] = ("mapped", "actor type", f"no such type: set to "
                                     f"'{NEUTRAL_TYPE}', the original kept in the note")
        elif norm(str(raw_type)) != mapped:
            self.type_map.setdefault(str(raw_type), []).append(mapped)
            uses_[str(type_attr)] = ("mapped", "actor type", decided.rule or f"'{raw_type}' -> {mapped}")
        else:
            uses_[str(type_attr)] = ("imported", "actor type", "")
        scale = DEFAULT_SCALE
        scale_attr, raw_scale = find(node, _SCALE_KEYS)
        if raw_scale is not None:
            key = norm(str(raw_scale))
            if key in voc.SCALES:
                scale = key
                uses_[str(scale_attr)] = ("imported", "actor scale", "")
            else:
                notes.append(f"Imported scale: {raw_scale}")
                uses_[str(scale_attr)] = ("mapped", "actor scale", f"not in the vocabulary: set "
                                          f"to '{DEFAULT_SCALE}', the original kept in the note")
                self.report.note(f"Scale '{raw_scale}' is not in the vocabulary: set to '{DEFAULT_SCALE}'.")
        abilities: list[str] = []
        ab_attr, raw_ab = find(node, ("abilities",))
        for ab in str(raw_ab or "").replace(",", ";").split(";"):
            ab = norm(ab)
            if ab in voc.ABILITIES and ab not in abilities:
                abilities.append(ab)
            elif ab:
                notes.append(f"Imported ability: {ab}")
        if ab_attr is not None:
            uses_[ab_attr] = ("imported", "actor abilities", "")
        legal_attr, legal = find(node, ("legal_status",))
        if legal_attr is not None:
            uses_[legal_attr] = ("imported", "actor legal status", "")
        note_attr, own_note = find(node, _NOTE_KEYS)
        if note_attr is not None:
            notes.insert(0, str(own_note))
            uses_[note_attr] = ("imported", "actor note", "")
        phases = set(range(len(self.phase_ids))) if node.phases is None else set(node.phases)
        role_attr, _ = find(node, _ROLE_KEYS)
        presence_note_attr, _ = find(node, ("presence_note",))
        state_attr, _ = find(node, _PRESENCE_STATE_KEYS)
        absent = set(node.absent)
        if state_attr is not None:
            phases, absent = self._states(node, state_attr, phases, absent)
            uses_[state_attr] = ("imported", "presence state", "")
        if self.graph.written_by_app:
            for app_id in ("actor_id",):
                if app_id in node.names():
                    uses_[app_id] = ("skipped", "the exporting session's actor id",
                                     "ids are given afresh; the node id is kept as the original id")
        others = [n for n in node.names() if n not in uses_ and n not in
                  (role_attr, presence_note_attr)]
        notes += kept(node, others, self.phase_names, uses_, _KEPT_IN_NOTE, "node")
        aid = s.execute(cmds.AddActor(
            actor_id=len(self.actor_of) + 1, actor_name=name, type=type_key, scale=scale,
            abilities=tuple(abilities), legal_status=str(legal or ""), note="\n".join(notes),
            x=node.x or 0.0, y=node.y or 0.0,
            present_in=tuple(self.phase_ids[p] for p in sorted(phases))))
        s.execute(cmds.UpdateActor(actor_id=aid, changes={"original_id": node.id}))
        self.cite("actor", aid)
        for p, (x, y) in sorted(node.phase_positions.items()):
            if p in phases:
                s.execute(cmds.MoveActors(moves=[(aid, x, y)], phase_id=self.phase_ids[p]))
        for p in sorted(phases):
            pid = self.phase_ids[p]
            roles = self._roles(node, role_attr, p)
            pnote = node.dynamic.get(presence_note_attr or "", {}).get(p)
            if roles or not blank(pnote):
                s.execute(cmds.SetPresence(actor_id=aid, phase_id=pid, present=True,
                                           roles=tuple(roles), note=None if blank(pnote) else str(pnote)))
            self.cite("presence", [aid, pid])
            for role in s.model.presence(aid, pid).roles:  # type: ignore[union-attr]
                self.cite("role", [aid, pid, role])
        notes_elsewhere = {p: str(v) for p, v in node.dynamic.get(presence_note_attr or "", {}).items()
                           if p not in phases and not blank(v)}
        for p in sorted((absent - phases) | set(notes_elsewhere)):
            pid = self.phase_ids[p]
            if p in notes_elsewhere:  # a note on a phase the actor is out of is kept with its state
                s.execute(cmds.SetPresence(actor_id=aid, phase_id=pid, present=True, roles=(),
                                           note=notes_elsewhere[p]))
            s.execute(evidence.SetPresenceState(actor_id=aid, phase_id=pid,
                                                state="absent" if p in absent else "not_described",
                                                source_id=self.source_id))
        if role_attr is not None:
            uses_[role_attr] = ("imported", "roles", "")
        if presence_note_attr is not None:
            uses_[presence_note_attr] = ("imported", "presence note", "")
        settle(self.ledger, node, uses_, "node")
        self.actor_of[node.id] = aid
        self.present[node.id] = phases

    def _states(self, node: ForeignNode, attr: str, phases: set[int],
                absent: set[int]) -> tuple[set[int], set[int]]:
        """Presence stated per phase ('present', 'absent', 'not_described')."""
        phases, absent = set(phases), set(absent)
        per = node.dynamic.get(attr) or {p: node.attrs.get(attr) for p in range(len(self.phase_ids))}
        for p, raw in per.items():
            state = norm(str(raw or ""))
            if state == "absent":
                phases.discard(p)
                absent.add(p)
            elif state == "not_described":
                phases.discard(p)
            elif state == "present":
                phases.add(p)
        return phases, absent

    def _roles(self, node: ForeignNode, role_attr: str | None, p: int) -> list[str]:
        if role_attr is None:
            return []
        raw = node.attrs.get(role_attr) if role_attr in node.attrs else node.dynamic.get(role_attr, {}).get(p)
        if blank(raw):
            return []
        roles = []
        for r in (r.strip() for r in str(raw).split(";") if r.strip()):
            key = self.mapping.role(r).value
            roles.append(key)
            if key in voc.ROLES and key != r:
                self.mapped_roles.add(f"{r} -> {key}")
            elif key not in voc.ROLES:
                self.custom_roles.add(key)
        return roles

    def _actor_notes(self) -> None:
        report = self.report
        for raw, keys in sorted(self.type_map.items()):
            report.note(f"Actor type '{raw}' mapped to '{keys[0]}' "
                        f"({wording.count(len(keys), 'actor')}).")
        for raw, n in sorted(self.unmapped.items()):
            if raw:
                report.note(f"Actor type '{raw}' matches no type in the vocabulary: "
                            f"{wording.count(n, 'actor')} set to '{NEUTRAL_TYPE}', the original "
                            "kept in the actor's note; please review.")
            else:
                report.note(f"No actor type stated for {wording.count(n, 'actor')}: set to "
                            f"'{NEUTRAL_TYPE}'; please review.")
        if self.mapped_roles:
            report.note("Roles mapped onto the vocabulary: " + ", ".join(sorted(self.mapped_roles)) + ".")
        if self.custom_roles:
            report.note("Roles kept as custom roles: " + ", ".join(sorted(self.custom_roles)) + ".")

    # -- relations ------------------------------------------------------------------------
    def _direction(self, edge: ForeignEdge, uses: dict[str, Use]) -> tuple[bool, bool, str | None]:
        """(directed, reversed, the attribute that said so) from the edge's own words."""
        directed = edge.directed
        for key in _DIRECTED_KEYS:
            name = next((n for n in edge.names() if norm(n) == key), None)
            if name is None or blank(edge.value(name)):
                continue
            raw = edge.value(name)
            word = " ".join(norm(str(raw)).split("_")) if not isinstance(raw, bool) else ""
            if isinstance(raw, bool) or (key == "directed" and parse_bool(raw) is not None):
                uses[name] = ("imported", "edge direction", "")
                return bool(parse_bool(raw)), False, name
            if word in _DIRECTION_WORDS or str(raw).strip() in _DIRECTION_WORDS:
                value = _DIRECTION_WORDS.get(word, _DIRECTION_WORDS.get(str(raw).strip()))
                uses[name] = ("mapped", "edge direction", f"'{raw}' in '{name}' read as "
                              + ("directed" if value else "undirected"))
                return bool(value), False, name
            if word in _REVERSED_WORDS or str(raw).strip() in _REVERSED_WORDS:
                uses[name] = ("mapped", "edge direction", f"'{raw}' in '{name}': directed, "
                              "from target to source")
                return True, True, name
        return (True if directed is None else directed), False, None

    def add_relation(self, edge: ForeignEdge) -> None:
        s, graph = self.s, self.graph
        uses_: dict[str, Use] = {}
        directed, backwards, dir_attr = self._direction(edge, uses_)
        kind_keys = tuple(k for k in KIND_KEYS if dir_attr is None or k != norm(dir_attr))
        kind_attr, raw_kind, decided = word_cell(edge, kind_keys, self.mapping.kind)
        kind = decided.value
        attrs: dict[str, Any] = {}
        if raw_kind is not None and kind is None:
            attrs["imported_kind"] = plain(raw_kind)
            self.kinds[str(raw_kind)] = ""
            uses_[str(kind_attr)] = ("mapped", "relation kind", "no such kind: read as "
                                     "'information', the original kept as imported_kind")
        elif raw_kind is not None and norm(str(raw_kind)) != kind:
            self.kinds[str(raw_kind)] = str(kind)
            uses_[str(kind_attr)] = ("mapped", "relation kind", decided.rule or f"'{raw_kind}' -> {kind}")
        elif raw_kind is not None:
            uses_[str(kind_attr)] = ("imported", "relation kind", "")
        kind = kind or "information"
        for name in edge.names():  # the kind repeated (GEXF's label and kind attributes)
            if name not in uses_ and norm(name) in _KIND_KEYS and raw_kind is not None \
                    and str(edge.value(name)) == str(raw_kind) and norm(name) != "type":
                uses_[name] = ("imported", "relation kind (repeated)", "")
        forced = not directed and kind in voc.ALWAYS_DIRECTED_KINDS
        note_attr, note = find(edge, ("note", "notes"))
        if note_attr is not None:
            uses_[note_attr] = ("imported", "relation note", "")
        for d in voc.SCORE_DIMENSIONS:
            name = score_name(edge, d)
            if name is not None:
                uses_.setdefault(name, ("imported", f"{d} score", ""))
        for name in edge.names():
            if norm(name) in _DERIVED and name not in uses_:
                uses_[name] = ("skipped", f"edge attribute '{name}'", _DERIVED_REASON)
            elif graph.written_by_app and norm(name) in ("relation_id", "weight") and name not in uses_:
                uses_[name] = ("skipped", f"edge attribute '{name}'",
                               "the exporting session's relation id" if norm(name) == "relation_id"
                               else "the median trust, written for Gephi; computed again")
        json_attr = next((n for n in edge.names() if norm(n) == "attrs" and n not in uses_), None)
        for name in edge.names():
            if name in uses_ or name == json_attr:
                continue
            if name in edge.attrs:
                if blank(edge.attrs[name]):
                    uses_[name] = ("skipped", f"edge attribute '{name}'", "empty value")
                    continue
                attrs[name] = plain(edge.attrs[name])
            else:
                attrs[name] = per_phase(edge.dynamic[name], self.phase_names)
            uses_[name] = ("mapped", f"edge attribute '{name}'", _KEPT_IN_ATTRS)
        if json_attr is not None:
            raw = edge.value(json_attr)
            try:
                extra = parse_json_text(str(raw))
            except ValueError:  # not JSON, or JSON no session can hold: kept as the text it is
                extra = None
            if isinstance(extra, dict):
                attrs = {**{k: plain(v) for k, v in extra.items()}, **attrs}
                uses_[json_attr] = ("imported", "relation attributes", "")
            elif not blank(raw):
                attrs["attrs"] = str(raw)
                uses_[json_attr] = ("mapped", "edge attribute 'attrs'", _KEPT_IN_ATTRS)
        source, target = (edge.target, edge.source) if backwards else (edge.source, edge.target)
        rid = s.execute(cmds.AddRelation(source=self.actor_of[source], target=self.actor_of[target],
                                         kind=kind, directed=directed, note=str(note or ""),
                                         attrs=attrs, relation_id=self.report.relations + 1))
        if edge.id:
            s.execute(cmds.UpdateRelation(relation_id=rid, changes={"original_id": edge.id}))
        self.cite("relation", rid)
        if forced:
            self.forced += 1
        self._phases_and_votes(edge, rid, uses_)
        settle(self.ledger, edge, uses_, "edge")

    def _phases_and_votes(self, edge: ForeignEdge, rid: int, uses: dict[str, Use]) -> None:
        s = self.s
        everywhere = set(range(len(self.phase_ids)))
        wanted = everywhere if edge.phases is None else set(edge.phases)
        both = self.present[edge.source] & self.present[edge.target]
        self.outside += len(wanted - both)
        voted = {v.phase for v in edge.votes}
        used: dict[str, dict[int, Decision]] = {}
        votes = 0
        for p in sorted(both):
            pid = self.phase_ids[p]
            if p not in wanted or p in edge.inactive:
                if p in edge.inactive or self.graph.presence_default == "absent":
                    s.execute(evidence.SetRelationState(relation_id=rid, phase_id=pid,
                                                    state="inactive", source_id=self.source_id))
                continue
            s.execute(evidence.SetRelationState(relation_id=rid, phase_id=pid, state="active",
                                            source_id=self.source_id))
            if p in voted:
                votes += self._votes(edge, rid, p)
                continue
            values = {}
            for d in voc.SCORE_DIMENSIONS:
                decided = self.scores.score(edge, d, p)
                if decided is not None:
                    used.setdefault(d, {})[p] = decided
                    if decided.value is not None:
                        values[d] = decided.value
            if values:
                part = self._participant(IMPORT_PARTICIPANT)
                s.execute(cmds.SetScore(relation_id=rid, phase_id=pid, participant_id=part,
                                        values=values))
                self.cite("score", [rid, pid, part])
                votes += 1
        self.report.votes += votes
        for d in voc.SCORE_DIMENSIONS:
            name = score_name(edge, d)
            if name is None:
                continue
            if voted and d not in used:
                uses[name] = ("skipped", f"{d} median", "the file holds the individual votes, "
                              "read one by one; the median is computed again")
            else:
                self._book_score(edge, name, d, used.get(d, {}))

    def _book_score(self, edge: ForeignEdge, name: str, d: str,
                    used: dict[int, Decision]) -> None:
        """Book the cells behind one score attribute, each by its own decision: one cell of a
        long table can be mapped (6 on a 1-7 scale) while the next is skipped ('n/a')."""
        tally = edge.units.pop(name, None)
        if not tally:
            return
        place = edge.unit_places.get(name) or edge.where
        not_active = Decision(None, "skipped", "in a phase where the relation is not active "
                              "(or one of its actors takes no part)")
        if name in edge.attrs:
            first = next(iter(used.values()), None)
            outcomes = [(first or not_active, place)]
        else:
            outcomes = [(used.get(p, not_active),
                         edge.unit_places.get(f"{name}#{p}") or f"{place} ({self.phase_names[p]})")
                        for p in sorted(edge.dynamic.get(name, {}))] or [(not_active, place)]
        for (decided, where), share in zip(outcomes, _shares(tally, len(outcomes))):
            what = f"{d} score"
            if decided.status == "imported":
                self.ledger.imported(share, what)
            elif decided.status == "mapped":
                self.ledger.mapped(share, what, decided.rule, where)
            else:
                self.ledger.skipped(share, what, decided.rule or "empty", where)

    def _votes(self, edge: ForeignEdge, rid: int, p: int) -> int:
        pid, n = self.phase_ids[p], 0
        for vote in edge.votes:
            if vote.phase != p:
                continue
            values = {}
            for d, raw in vote.values.items():
                v = self.scores.decide(raw, d).value
                if v is not None:
                    values[d] = v
                elif not blank(raw):
                    self.ledger.skipped({}, "individual vote value", f"{raw!r} is not a whole "
                                        "score 1-5", edge.where, items=1)
            if not values:
                continue
            part = self._participant(vote.participant)
            self.s.execute(cmds.SetScore(relation_id=rid, phase_id=pid, participant_id=part,
                                         values=values, time=vote.time))
            self.cite("score", [rid, pid, part])
            n += 1
        return n

    def _participant(self, name: str) -> int:
        pid = self.participants.get(name)
        if pid is None:
            org = next((o for n, o, _ in self.graph.participants if n == name), "")
            pid = self.participants[name] = self.s.execute(cmds.AddParticipant(
                participant_name=name, organisation=org))
            self.cite("participant", pid)
        return pid

    def _relation_notes(self, loops: int) -> None:
        report = self.report
        for raw, key in sorted(self.kinds.items()):
            if key:
                report.note(f"Relation kind '{raw}' read as '{key}'.")
            else:
                report.note(f"Relation kind '{raw}' matches no kind in the vocabulary: read as "
                            "'information', the original kept in the relation's attributes "
                            "(imported_kind); please review.")
        if loops:
            report.note(f"Skipped {wording.count(loops, 'self-loop')}: a relation needs two different actors.")
        if self.outside:
            report.warn(f"{wording.count(self.outside, 'relation-phase')} left out: the file places "
                        "the relation in a phase where one of its actors does not take part.")
        if self.forced:
            report.note(f"{wording.count(self.forced, 'funding or consultation relation')} drawn "
                        f"without a direction {'was' if self.forced == 1 else 'were'} made "
                        "directed (these kinds always have one).")


def _shares(tally: Counter[str], n: int) -> list[Counter[str]]:
    """A tally split into ``n`` near-equal parts (the cells of one value across phases)."""
    out: list[Counter[str]] = [Counter() for _ in range(n)]
    for unit, k in tally.items():
        q, r = divmod(k, n)
        for i in range(n):
            out[i][unit] = q + (1 if i < r else 0)
    return out


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


def place_reported(fill: Callable[[Path], None], src: Path, target: Path, report: ImportReport, *,
                   force: bool, confirm: Callable[[ImportReport], bool] | None) -> ImportReport:
    """Build with ``fill(tmp_path)``, let ``confirm`` read the report before anything is
    placed (False: :class:`ImportCancelled`, nothing written), then place the file as
    :func:`place_session` does and say in the report where a replaced session went."""
    def build(tmp: Path) -> None:
        fill(tmp)
        report.target = target
        if confirm is not None and not confirm(report):
            raise ImportCancelled(f"{src.name}: import cancelled; no session was made.")

    backup = place_session(build, target, force=force)
    report.target = target
    if backup is not None:
        report.note(f"The session that was at {target.name} was backed up first, to {backup} "
                    "(File > Restore from backup brings it back).")
    return report


__all__ = ["build_session", "place_session", "place_reported", "map_actor_type", "map_kind", "IMPORT_PARTICIPANT",
           "NEUTRAL_TYPE"]
