"""The mapping step: how a source's words and numbers become the session's vocabulary.

A :class:`Mapping` says which foreign actor type, relation kind and role stands for which
vocabulary key, on which scale each score column was typed, which extra words are levels or
"no answer", which foreign column holds which field, and in which order the phases come. The
app proposes one by itself (synonyms; each score column's scale judged from its values); a
mapping file (``--map mapping.json``) or the import dialog overrides any part of it. Every
decision comes back as a :class:`Decision` (imported as written, mapped by a named rule, or
left out with the reason), so the import report can account for each cell, and
:func:`preview` lists every distinct value with what it becomes before anything is written.
The mapping as applied is saved with the import's source record (provenance). Pure: no Qt.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path
from typing import Any, Callable

from ...domain import vocabulary as voc
from ..atomic import atomic_file
from ..errors import ImportFileError
from .foreign import ForeignEdge, ForeignGraph, ForeignItem, ForeignNode, norm
from .json_in import JSONRefused, parse_json_text
from .score_cells import APP_SCALE, Cell, Scale, describe, detect_scale, read_cell, \
    scale_from_json, to_five
from .vocabulary_map import map_actor_type, map_kind

TYPE_KEYS = ("type", "actor_type", "element_type", "category", "sector", "group",
             "networkcanvastype", "node_type")
KIND_KEYS = ("kind", "relation_type", "relation_kind", "connection_type", "type",
             "relationship", "tie", "edge_type", "value_flows", "interaction", "relation",
             "label")  # a label names the kind only where nothing else does
ROLE_KEYS = ("roles", "role")
# What a mapping file's "columns" may say a foreign column holds.
COLUMN_TARGETS = (*voc.SCORE_DIMENSIONS, "kind", "type", "roles", "name", "note", "scale")

def _key(text: str) -> str:
    """A foreign value as mappings match it: case and spacing do not count."""
    return " ".join(str(text).lower().split())


@dataclass(frozen=True)
class Decision:
    """What one foreign value became: ``status`` is ``imported`` (as written), ``mapped``
    (``rule`` says how), ``missing`` (nothing stated) or ``skipped`` (``rule`` says why)."""

    value: Any
    status: str
    rule: str = ""


@dataclass
class Mapping:
    """One import's mapping; empty parts fall back to what the app does by itself."""

    types: dict[str, str] = field(default_factory=dict)
    kinds: dict[str, str] = field(default_factory=dict)
    roles: dict[str, str] = field(default_factory=dict)
    scales: dict[str, Scale] = field(default_factory=dict)
    words: dict[str, int] = field(default_factory=dict)
    missing: list[str] = field(default_factory=list)
    columns: dict[str, str] = field(default_factory=dict)
    phases: list[str] = field(default_factory=list)
    origin: str = ""  # "mapping file x.json", "import dialog"; empty: the app's own

    # -- decisions ------------------------------------------------------------------------
    def actor_type(self, raw: Any) -> Decision:
        return self._word(raw, self.types, map_actor_type, voc.ACTOR_TYPES, "actor type")

    def kind(self, raw: Any) -> Decision:
        return self._word(raw, self.kinds, map_kind, voc.RELATION_KINDS, "relation kind")

    def _word(self, raw: Any, given: dict[str, str], auto: Callable[[str], str | None],
              allowed: dict[str, str], what: str) -> Decision:
        if raw is None or str(raw).strip() == "":
            return Decision(None, "missing", f"no {what} stated")
        text = str(raw).strip()
        chosen = {_key(k): v for k, v in given.items()}.get(_key(text))
        if chosen is not None:
            return Decision(chosen, "mapped", f"'{text}' → {chosen} ({self.origin or 'mapping'})")
        if norm(text) in allowed:
            return Decision(norm(text), "imported")
        found = auto(text)
        if found is not None:
            return Decision(found, "mapped", f"'{text}' read as {found} (a synonym)")
        return Decision(None, "skipped", f"'{text}' matches no {what} in the vocabulary")

    def role(self, raw: str) -> Decision:
        """A role key; a role outside the vocabulary is kept as a custom role, as typed."""
        text = " ".join(str(raw).split())
        chosen = {_key(k): v for k, v in self.roles.items()}.get(_key(text))
        if chosen is not None:
            return Decision(chosen, "mapped", f"'{text}' → {chosen} ({self.origin or 'mapping'})")
        key = voc.normalise_role(text)
        if key == text:
            return Decision(key, "imported", "" if key in voc.ROLES else "a custom role")
        if key in voc.ROLES:
            return Decision(key, "mapped", f"'{text}' read as {key}")
        return Decision(key, "imported", "a custom role")

    def cell(self, raw: Any) -> Cell:
        return read_cell(raw, words=self.words, missing=self.missing)

    # -- the file's own form ------------------------------------------------------------
    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "types": dict(self.types), "kinds": dict(self.kinds), "roles": dict(self.roles),
            "scales": {d: s.to_json() for d, s in self.scales.items()},
            "words": dict(self.words), "missing": list(self.missing),
            "columns": dict(self.columns), "phases": list(self.phases)}
        return {k: v for k, v in out.items() if v}

    @classmethod
    def from_json(cls, doc: Any, path: Path) -> "Mapping":
        """A mapping from its JSON object; anything off is one error naming the entry."""
        if not isinstance(doc, dict):
            raise ImportFileError(path, "a mapping file holds one JSON object")
        unknown = sorted(set(doc) - {"types", "kinds", "roles", "scales", "words", "missing",
                                     "columns", "phases", "comment"})
        if unknown:
            raise ImportFileError(path, f"unknown entry {unknown[0]!r}; a mapping has types, "
                                  "kinds, roles, scales, words, missing, columns and phases")
        out = cls(origin=f"mapping file {path.name}")
        out.types = _choices(doc, "types", voc.ACTOR_TYPES, path)
        out.kinds = _choices(doc, "kinds", voc.RELATION_KINDS, path)
        out.roles = {k: voc.normalise_role(v) for k, v in _texts(doc, "roles", path).items()}
        for dim, value in _object(doc, "scales", path).items():
            if dim not in voc.SCORE_DIMENSIONS:
                raise ImportFileError(path, f"{dim!r} is not a score; scales are given for "
                                      f"{', '.join(voc.SCORE_DIMENSIONS)}", f"scales.{dim}")
            try:
                out.scales[dim] = scale_from_json(value)
            except ValueError as exc:
                raise ImportFileError(path, str(exc), f"scales.{dim}") from None
        for word, level in _object(doc, "words", path).items():
            if not isinstance(level, int) or isinstance(level, bool) or not 1 <= level <= 5:
                raise ImportFileError(path, f"a level word stands for a whole number 1-5, not "
                                      f"{level!r}", f"words.{word}")
            out.words[word] = level
        marks = doc.get("missing", [])
        if not isinstance(marks, list) or not all(isinstance(m, str) for m in marks):
            raise ImportFileError(path, "'missing' is a list of texts that mean no answer",
                                  "missing")
        out.missing = list(marks)
        for column, target in _texts(doc, "columns", path).items():
            if target not in COLUMN_TARGETS:
                raise ImportFileError(path, f"a column can hold one of {', '.join(COLUMN_TARGETS)}"
                                      f", not {target!r}", f"columns.{column}")
            out.columns[column] = target
        phases = doc.get("phases", [])
        if not isinstance(phases, list) or not all(isinstance(p, (str, int)) for p in phases):
            raise ImportFileError(path, "'phases' is the list of phase names in their order",
                                  "phases")
        out.phases = [str(p) for p in phases]
        return out


def _object(doc: dict[str, Any], name: str, path: Path) -> dict[str, Any]:
    value = doc.get(name, {})
    if not isinstance(value, dict):
        raise ImportFileError(path, f"'{name}' must be an object", name)
    return value


def _texts(doc: dict[str, Any], name: str, path: Path) -> dict[str, str]:
    value = _object(doc, name, path)
    for k, v in value.items():
        if not isinstance(v, str) or not v.strip():
            raise ImportFileError(path, f"'{k}' must map to a text, not {v!r}", f"{name}.{k}")
    return value


def _choices(doc: dict[str, Any], name: str, allowed: dict[str, str],
             path: Path) -> dict[str, str]:
    out = {}
    for raw, key in _texts(doc, name, path).items():
        if norm(key) not in allowed:
            raise ImportFileError(path, f"{key!r} is not one of {', '.join(allowed)}",
                                  f"{name}.{raw}")
        out[raw] = norm(key)
    return out


def load_mapping(path: str | Path) -> Mapping:
    """Read a mapping file (``--map``); one :class:`ImportFileError` for anything wrong."""
    path = Path(path)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as exc:
        raise ImportFileError(path, f"cannot be read ({exc.strerror or exc})") from None
    except UnicodeDecodeError as exc:
        raise ImportFileError(path, "is not UTF-8 text", f"byte {exc.start}") from None
    try:
        doc = parse_json_text(text)
    except JSONRefused as exc:
        raise ImportFileError(path, exc.reason, exc.where) from None
    return Mapping.from_json(doc, path)


# -- where each field sits in a foreign item ------------------------------------------------
def _find(item: ForeignItem, keys: tuple[str, ...]) -> list[str]:
    """Attribute names of ``item`` among ``keys`` (by normalised name, in ``keys`` order)
    holding a non-empty value."""
    by_norm: dict[str, str] = {}
    for n in item.names():
        by_norm.setdefault(norm(n), n)
    found = []
    for key in keys:
        name = by_norm.get(key)
        if name is not None:
            v = item.value(name)
            if v is not None and str(v).strip() != "":
                found.append(name)
    return found


def word_cell(item: ForeignItem, keys: tuple[str, ...],
              decide: Callable[[Any], Decision]) -> tuple[str | None, Any, Decision]:
    """The attribute holding an item's type (or kind): the first among ``keys`` whose value
    maps onto the vocabulary, else the first with a value; its name, raw value, decision."""
    names = _find(item, keys)
    for name in names:
        decision = decide(item.value(name))
        if decision.value is not None:
            return name, item.value(name), decision
    if names:
        return names[0], item.value(names[0]), decide(item.value(names[0]))
    return None, None, decide(None)


def type_cell(node: ForeignNode, mapping: Mapping) -> tuple[str | None, Any, Decision]:
    return word_cell(node, TYPE_KEYS, mapping.actor_type)


def kind_cell(edge: ForeignEdge, mapping: Mapping) -> tuple[str | None, Any, Decision]:
    return word_cell(edge, KIND_KEYS, mapping.kind)


def score_name(item: ForeignItem, dim: str) -> str | None:
    """The attribute of ``item`` that holds score dimension ``dim``, if any."""
    return next((n for n in item.names() if norm(n) == dim), None)


def split_roles(raw: Any) -> list[str]:
    return [r.strip() for r in str(raw).split(";") if r.strip()]


class ScoreReader:
    """Score cells of one import read onto 1-5: each dimension's scale decided once, from all
    its numbers (or given by the mapping), then every cell judged by it."""

    def __init__(self, graph: ForeignGraph, mapping: Mapping) -> None:
        self.mapping = mapping
        self.scale: dict[str, Scale | None] = {}
        self.given: set[str] = set()
        self._decided: dict[tuple[str, str, Any], Decision] = {}
        for dim in voc.SCORE_DIMENSIONS:
            cells = [mapping.cell(v) for v in score_values(graph, dim)]
            if not any(c.kind in ("number", "percent", "word") for c in cells):
                continue
            if dim in mapping.scales:
                self.scale[dim] = mapping.scales[dim]
                self.given.add(dim)
            else:
                self.scale[dim] = detect_scale(c.value for c in cells
                                               if c.kind == "number" and c.value is not None)

    def score(self, edge: ForeignEdge, dim: str, phase: int) -> Decision | None:
        """The level of ``edge``'s ``dim`` cell in ``phase``; ``None`` when it has none."""
        name = score_name(edge, dim)
        if name is None:
            return None
        if name in edge.attrs:
            return self.decide(edge.attrs[name], dim)
        per = edge.dynamic.get(name, {})
        return self.decide(per[phase], dim) if phase in per else None

    def decide(self, raw: Any, dim: str) -> Decision:
        """One cell of dimension ``dim`` as a 1-5 level, or skipped with the reason (a file
        repeats few distinct values, so each is judged once)."""
        key = (dim, type(raw).__name__, raw if isinstance(raw, (str, int, float)) else repr(raw))
        found = self._decided.get(key)
        if found is None:
            found = self._decided[key] = self.judge(self.mapping.cell(raw), dim, raw)
        return found

    def judge(self, cell: Cell, dim: str, raw: Any) -> Decision:
        """A read cell as a level; the rule names the scale, not the value, so the report
        counts every cell mapped by one rule together (each keeps its place)."""
        if cell.kind == "empty":
            return Decision(None, "missing", "empty")
        if cell.kind in ("missing", "unreadable"):
            return Decision(None, "skipped", cell.how)
        assert cell.value is not None
        if cell.kind == "word":
            return Decision(int(cell.value), "mapped", f"{cell.how} is level {int(cell.value)}")
        if cell.kind == "percent":
            scale: Scale | None = Scale("percent", Fraction(0), Fraction(100))
        else:
            scale = self.scale.get(dim, APP_SCALE)
        if scale is None:
            return Decision(None, "skipped", f"the {dim} column's numbers fit no known scale "
                            "(1-5, 0-1, 0-5, 1-7, 1-10, 0-10, 0-100); give its scale in a "
                            "mapping")
        level = to_five(cell.value, scale)
        if level is None:
            return Decision(None, "skipped", f"{_shown(raw)} is outside the {scale.label()}")
        if scale == APP_SCALE and cell.value == level and not cell.how:
            return Decision(level, "imported")
        how = f" ({cell.how})" if cell.how else ""
        given = " (mapping)" if dim in self.given and cell.kind != "percent" else ""
        return Decision(level, "mapped", f"{describe(scale)}{given}{how}")


def _shown(raw: Any) -> str:
    text = " ".join(str(raw).split())
    return repr(text if len(text) <= 30 else text[:29] + "…")


def score_values(graph: ForeignGraph, dim: str) -> list[Any]:
    """Every value of score dimension ``dim`` in the file, every phase."""
    out: list[Any] = []
    for edge in graph.edges:
        name = score_name(edge, dim)
        if name is None:
            continue
        if name in edge.attrs:
            out.append(edge.attrs[name])
        else:
            out.extend(edge.dynamic.get(name, {}).values())
    return out


# -- applying the parts that reshape the graph ----------------------------------------------
def rename_columns(graph: ForeignGraph, mapping: Mapping) -> list[str]:
    """Rename the foreign columns the mapping names (``Vertrauen`` → ``trust``); returns one
    note per rename. A target the item already has is refused, never overwritten."""
    if not mapping.columns:
        return []
    wanted = {norm(k): v for k, v in mapping.columns.items()}
    used: Counter[tuple[str, str]] = Counter()
    for item in [*graph.nodes, *graph.edges]:
        for name in list(item.names()):
            target = wanted.get(norm(name))
            if target is None or norm(name) == target:
                continue
            if any(norm(n) == target for n in item.names()):
                raise ImportFileError(graph.source, f"the mapping reads column {name!r} as "
                                      f"{target!r}, but the file has a {target!r} column too",
                                      item.where or None)
            if name in item.attrs:
                item.attrs[target] = item.attrs.pop(name)
            else:
                item.dynamic[target] = item.dynamic.pop(name)
            if name in item.units:  # the cells behind the value follow it to its new name
                item.units[target] = item.units.pop(name)
            for key in [k for k in item.unit_places if k == name or k.startswith(f"{name}#")]:
                item.unit_places[target + key[len(name):]] = item.unit_places.pop(key)
            used[(name, target)] += 1
    return [f"Column '{name}' read as {target} (mapping)." for name, target in used]


def order_phases(graph: ForeignGraph, mapping: Mapping) -> list[str]:
    """Put the phases in the order the mapping lists them (names it lists first, the rest
    after in their own order); phase indexes in every item follow."""
    if not mapping.phases or len(graph.phases) < 2:
        return []
    rank = {_key(name): i for i, name in enumerate(mapping.phases)}
    old = list(range(len(graph.phases)))
    new_order = sorted(old, key=lambda i: (rank.get(_key(graph.phases[i][0]), len(rank)), i))
    if new_order == old:
        return []
    where = {o: n for n, o in enumerate(new_order)}
    graph.phases = [graph.phases[i] for i in new_order]
    for item in [*graph.nodes, *graph.edges]:
        if item.phases is not None:
            item.phases = {where[p] for p in item.phases}
        for name, per in item.dynamic.items():
            item.dynamic[name] = {where[p]: v for p, v in sorted(per.items(), key=lambda kv: where[kv[0]])}
    return ["Phases ordered as the mapping lists them: "
            + ", ".join(name for name, _, _ in graph.phases) + "."]


# -- preview ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class PreviewRow:
    """One distinct foreign value and what it becomes."""

    field: str  # "actor type", "relation kind", "role", or a score dimension
    value: str  # as the file writes it
    count: int
    becomes: str  # a vocabulary key, a level 1-5, or "" when it is left out
    rule: str
    review: bool  # the app could not map it by itself, or guessed a scale


def preview(graph: ForeignGraph, mapping: Mapping) -> list[PreviewRow]:
    """Every distinct type, kind, role and score cell of ``graph`` with what ``mapping``
    makes of it, in that order; the rows a person should look at are marked ``review``."""
    rows: list[PreviewRow] = []
    types: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    roles: Counter[str] = Counter()
    for node in graph.nodes:
        _, raw, _ = type_cell(node, mapping)
        types[str(raw).strip() if raw is not None else ""] += 1
        for name in _find(node, ROLE_KEYS)[:1]:
            values = [node.attrs[name]] if name in node.attrs else node.dynamic[name].values()
            for value in values:
                roles.update(split_roles(value))
    for edge in graph.edges:
        _, raw, _ = kind_cell(edge, mapping)
        if raw is not None:
            kinds[str(raw).strip()] += 1
    for raw, n in sorted(types.items(), key=lambda kv: (-kv[1], kv[0])):
        d = mapping.actor_type(raw or None)
        rows.append(PreviewRow("actor type", raw, n, d.value or "", d.rule,
                               d.status in ("skipped", "missing")))
    for raw, n in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])):
        d = mapping.kind(raw)
        rows.append(PreviewRow("relation kind", raw, n, d.value or "", d.rule,
                               d.status == "skipped"))
    for raw, n in sorted(roles.items(), key=lambda kv: (-kv[1], kv[0])):
        d = mapping.role(raw)
        rows.append(PreviewRow("role", raw, n, d.value, d.rule or "as written",
                               d.value not in voc.ROLES))
    scores = ScoreReader(graph, mapping)
    for dim in voc.SCORE_DIMENSIONS:
        cells = Counter(" ".join(str(v).split()) for v in score_values(graph, dim)
                        if v is not None and str(v).strip() != "")
        guessed = dim in scores.scale and dim not in scores.given and scores.scale[dim] != APP_SCALE
        for raw, n in sorted(cells.items(), key=lambda kv: (-kv[1], _sort_key(kv[0]))):
            d = scores.decide(raw, dim)
            rows.append(PreviewRow(dim, raw, n, "" if d.value is None else str(d.value),
                                   d.rule or "kept", d.status == "skipped"
                                   or (d.status == "mapped" and (guessed or d.rule.startswith("the word")))))
    return rows


def _sort_key(text: str) -> tuple[int, Any]:
    cell = read_cell(text)
    return (0, cell.value) if cell.value is not None else (1, text)


def detected_scales(graph: ForeignGraph, mapping: Mapping) -> dict[str, Scale | None]:
    """Each scored dimension's scale: given by the mapping or judged from its values."""
    return dict(ScoreReader(graph, mapping).scale)


def review_reasons(rows: list[PreviewRow], scales: dict[str, Scale | None]) -> list[str]:
    """Why the mapping step should be offered (empty: the source fits the vocabulary)."""
    reasons = []
    for what in ("actor type", "relation kind"):
        odd = [r.value for r in rows if r.field == what and r.review and r.value]
        if odd:
            reasons.append(f"{len(odd)} {what}{'s' if len(odd) != 1 else ''} not in the "
                           f"vocabulary: " + ", ".join(repr(v) for v in odd[:5])
                           + ("…" if len(odd) > 5 else ""))
    for dim, scale in scales.items():
        if scale is None:
            reasons.append(f"{dim}: the numbers fit no known scale")
        elif scale != APP_SCALE:
            reasons.append(f"{dim}: values read as {scale.label()}")
    for dim in voc.SCORE_DIMENSIONS:
        odd = [r.value for r in rows if r.field == dim and r.review and not r.becomes]
        if odd:
            reasons.append(f"{dim}: {len(odd)} distinct cell value{'s' if len(odd) != 1 else ''}"
                           " left out (" + ", ".join(repr(v) for v in odd[:4])
                           + ("…" if len(odd) > 4 else "") + ")")
    return reasons


def applied(graph: ForeignGraph, mapping: Mapping) -> dict[str, Any]:
    """The mapping as this import applied it, for the source record: every distinct type,
    kind and role with its key, each dimension's scale and rule, and what was given."""
    rows = preview(graph, mapping)
    scales = detected_scales(graph, mapping)
    out: dict[str, Any] = {
        "given": mapping.to_json(), "origin": mapping.origin or "the app's own rules",
        "types": {r.value: r.becomes for r in rows if r.field == "actor type" and r.value},
        "kinds": {r.value: r.becomes for r in rows if r.field == "relation kind"},
        "roles": {r.value: r.becomes for r in rows if r.field == "role"},
        "scales": {d: (s.to_json() if s is not None else None) for d, s in scales.items()},
    }
    if scales:
        out["scale_rule"] = {d: (describe(s) if s is not None else "no known scale: skipped")
                             for d, s in scales.items()}
    return out


def review(graph: ForeignGraph, mapping: Mapping) -> list[str]:
    """Why the mapping step should be offered for ``graph`` (empty: nothing to ask)."""
    return review_reasons(preview(graph, mapping), detected_scales(graph, mapping))


def save_mapping(mapping: Mapping, path: str | Path) -> Path:
    """Write ``mapping`` as a mapping file (for ``--map`` next time), whole or not at all."""
    path = Path(path)
    with atomic_file(path) as tmp:
        tmp.write_text(json.dumps(mapping.to_json(), ensure_ascii=False, indent=2) + "\n",
                       encoding="utf-8")
    return path


__all__ = ["Mapping", "Decision", "ScoreReader", "PreviewRow", "preview", "review_reasons", "review",
           "save_mapping",
           "detected_scales", "applied", "load_mapping", "rename_columns", "order_phases",
           "type_cell", "kind_cell", "word_cell", "score_name", "split_roles", "TYPE_KEYS",
           "KIND_KEYS", "ROLE_KEYS"]
