"""Provenance in the bundled case files: every recorded fact says where it comes from.

A case file may carry, beside the facts the demo builder reads, the evidence for them: a
``source`` object on a presence record or a relation, ``role_sources`` and ``level_sources``
maps, and the top-level lists for the concepts the papers use (stated 3C classes, arenas,
institutional work, influence, orchestrators, decision points, public value, explicit
absences). These tests hold every case file in ``resources/cases`` to the same rules, so a
demo never shows a level as "stated" that the paper does not state:

- a source is ``stated`` (with document, section and a short verbatim quote) or ``inferred``
  (with who inferred it and why);
- a quote is a verbatim passage of the paper (checked against the seed texts when the
  shared folder beside the repository is present; skipped cleanly otherwise);
- every actor, phase, relation and arena a record names exists, and every class, kind and
  level uses the vocabulary;
- a case file that declares ``presence_default`` (the enriched format) gives a source for
  every presence record, every relation record and every level it states.

A relation record's ``source`` key already names its source actor, so the evidence for a
relation in a phase sits under ``provenance``; everywhere else it sits under ``source``.

The checks are pure functions over the JSON, so the last tests feed them broken records to
show that each rule can fail.
"""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any, Iterator

import pytest

from workshop_app.domain import vocabulary as voc

REPO = Path(__file__).resolve().parents[2]
CASES_DIR = REPO / "resources" / "cases"
CASE_FILES = sorted(CASES_DIR.glob("*.json"))

DOCUMENTS = frozenset({"000", "001", "002", "003", "004"})
SOURCE_KINDS = frozenset({"stated", "inferred"})
MAX_QUOTE = 300
CLASSES = frozenset({"cooperation", "coordination", "collaboration"})
SCOPES = frozenset({"phase", "relation", "arena"})
ARENA_LEVELS = frozenset({"steering", "operations", "project_team", "expert_group", "other"})
WORK_KINDS = frozenset({"political", "technical", "cultural"})
WORK_AIMS = frozenset({"creating", "maintaining", "disrupting"})
ALIGNMENTS = frozenset({"supports", "neutral", "opposes", "mixed"})
ORCHESTRATOR_FORMS = frozenset({"individual", "collective"})
ORCHESTRATOR_MODES = frozenset({"strategist", "manager"})
DECISION_KINDS = frozenset({"specifications_fixed", "plan_adopted", "contract_signed", "other"})
OPENNESS = frozenset({"open", "closed", "vendor_held", "unknown"})
PRESENCE_DEFAULTS = frozenset({"not_described", "absent"})

# Typographic characters the seed texts and hand-typed quotes spell differently.
_PLAIN = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
    "\u2026": "...",
    "*": None,  # markdown emphasis in the seed texts ("a significant *political work*")
})


def normalise(text: str) -> str:
    """Typographic quotes and dashes made plain, emphasis asterisks dropped, every run of
    whitespace one space."""
    return " ".join(text.translate(_PLAIN).split())


def seeds_dir() -> Path | None:
    """The folder of the five seed texts beside the repository, if this checkout has it."""
    for candidate in (REPO.parent / "shared" / "seeds", Path("/work/shared/seeds")):
        if candidate.is_dir() and any(candidate.glob("00[0-4]_*.txt")):
            return candidate
    return None


def load_seeds(folder: Path) -> dict[str, str]:
    """Document number ("000".."004") -> its normalised text."""
    texts = {}
    for doc in sorted(DOCUMENTS):
        found = sorted(folder.glob(f"{doc}_*.txt"))
        if found:
            texts[doc] = normalise(found[0].read_text(encoding="utf-8"))
    return texts


# -- walking a case file ------------------------------------------------------------------
def iter_sources(node: Any, where: str = "") -> Iterator[tuple[str, dict[str, Any]]]:
    """Every source object in a case file, with a readable path to it.

    A source object is the dict value of a ``source`` or ``provenance`` key (a relation's
    ``source`` is its source actor's key and the file's top-level ``source`` a file name:
    strings, so skipped) and every value of a ``role_sources`` or ``level_sources`` map.
    """
    if isinstance(node, dict):
        for key, value in node.items():
            here = f"{where}.{key}" if where else key
            if key in ("source", "provenance") and isinstance(value, dict):
                yield here, value
            elif key in ("role_sources", "level_sources") and isinstance(value, dict):
                for name, src in value.items():
                    yield f"{here}.{name}", src
            else:
                yield from iter_sources(value, here)
    elif isinstance(node, list):
        for i, item in enumerate(node):
            yield from iter_sources(item, f"{where}[{i}]")


def source_problems(where: str, src: Any) -> list[str]:
    """What is wrong with one source object (empty when it is well formed)."""
    if not isinstance(src, dict):
        return [f"{where}: a source must be an object, not {type(src).__name__}"]
    problems = []
    kind = src.get("kind")
    if kind not in SOURCE_KINDS:
        problems.append(f"{where}: kind {kind!r} is not one of {sorted(SOURCE_KINDS)}")
    if src.get("document") not in DOCUMENTS:
        problems.append(f"{where}: document {src.get('document')!r} is not one of 000..004")
    if not str(src.get("section", "")).strip():
        problems.append(f"{where}: the section is empty")
    quote = src.get("quote", "")
    if not isinstance(quote, str):
        problems.append(f"{where}: the quote must be text")
        quote = ""
    if len(normalise(quote)) > MAX_QUOTE:
        problems.append(f"{where}: the quote is {len(normalise(quote))} characters (max {MAX_QUOTE})")
    if kind == "stated" and not quote.strip():
        problems.append(f"{where}: a stated source needs a quote")
    if kind == "inferred":
        for field in ("author", "reason"):
            if not str(src.get(field, "")).strip():
                problems.append(f"{where}: an inferred source needs its {field}")
    return problems


def quote_problems(where: str, src: dict[str, Any], seeds: dict[str, str]) -> list[str]:
    """A quote that is not a passage of the document it cites."""
    quote = normalise(str(src.get("quote", "")))
    doc = src.get("document")
    if not quote or doc not in seeds:
        return []
    if quote not in seeds[doc]:
        return [f"{where}: quote not found in document {doc}: {quote[:80]!r}"]
    return []


def _pair(record: dict[str, Any]) -> tuple[str, str, str]:
    return record.get("source", ""), record.get("target", ""), record.get("kind", "")


def reference_problems(case: dict[str, Any]) -> list[str]:
    """Records that name a phase, actor, relation or arena the file does not have, or
    use a word outside the vocabulary."""
    phases = {p.get("key") for p in case.get("phases", [])}
    actors = {a.get("key") for a in case.get("actors", [])}
    presence = {(p.get("actor"), p.get("phase")) for p in case.get("presence", [])}
    relations: dict[str, set[tuple[str, str, str]]] = {}
    for r in case.get("relations", []):
        relations.setdefault(r.get("phase"), set()).add(_pair(r))
        if not r.get("directed"):
            relations[r.get("phase")].add((r.get("target"), r.get("source"), r.get("kind")))
    problems: list[str] = []

    def actor_phase(where: str, rec: dict[str, Any], phase_optional: bool = False) -> None:
        if rec.get("actor") not in actors:
            problems.append(f"{where}: unknown actor {rec.get('actor')!r}")
        if phase_optional and rec.get("phase") is None:
            return
        if rec.get("phase") not in phases:
            problems.append(f"{where}: unknown phase {rec.get('phase')!r}")

    default = case.get("presence_default")
    if default is not None and default not in PRESENCE_DEFAULTS:
        problems.append(f"presence_default: {default!r} is not one of {sorted(PRESENCE_DEFAULTS)}")

    for i, pr in enumerate(case.get("presence", [])):
        for role in pr.get("role_sources", {}) or {}:
            if role not in pr.get("roles", []):
                problems.append(f"presence[{i}].role_sources: {role!r} is not among its roles")

    for i, r in enumerate(case.get("relations", [])):
        for dim in r.get("level_sources", {}) or {}:
            if dim not in voc.SCORE_DIMENSIONS:
                problems.append(f"relations[{i}].level_sources: unknown dimension {dim!r}")
            elif r.get(dim) is None:
                problems.append(f"relations[{i}].level_sources: {dim} has a source but no level")
        if "openness" in r or "interoperable" in r:
            if r.get("kind") != "data":
                problems.append(f"relations[{i}]: openness is only for data relations")
            if "openness" in r and r["openness"] not in OPENNESS:
                problems.append(f"relations[{i}]: openness {r['openness']!r} is not one of {sorted(OPENNESS)}")
            if "interoperable" in r and r["interoperable"] not in (True, False, None):
                problems.append(f"relations[{i}]: interoperable must be true, false or null")

    for i, ab in enumerate(case.get("absences", [])):
        actor_phase(f"absences[{i}]", ab)
        if (ab.get("actor"), ab.get("phase")) in presence:
            problems.append(f"absences[{i}]: {ab.get('actor')!r} is also listed as present in {ab.get('phase')!r}")

    pv = case.get("public_value")
    if pv is not None:
        if not isinstance(pv, dict) or not isinstance(pv.get("session", ""), str):
            problems.append("public_value: must be an object with a 'session' text")
        else:
            for key in pv.get("phases", {}) or {}:
                if key not in phases:
                    problems.append(f"public_value.phases: unknown phase {key!r}")

    arenas = set()
    for i, ar in enumerate(case.get("arenas", [])):
        key = ar.get("key")
        if not key or key in arenas:
            problems.append(f"arenas[{i}]: missing or repeated key {key!r}")
        arenas.add(key)
        if not str(ar.get("name", "")).strip():
            problems.append(f"arenas[{i}]: the arena needs a name")
        if ar.get("level") not in ARENA_LEVELS:
            problems.append(f"arenas[{i}]: level {ar.get('level')!r} is not one of {sorted(ARENA_LEVELS)}")
        for phase, members in (ar.get("members") or {}).items():
            if phase not in phases:
                problems.append(f"arenas[{i}].members: unknown phase {phase!r}")
            for actor in members:
                if actor not in actors:
                    problems.append(f"arenas[{i}].members[{phase}]: unknown actor {actor!r}")
                elif (actor, phase) not in presence:
                    problems.append(f"arenas[{i}].members[{phase}]: {actor!r} is not present in {phase!r}")

    for i, sc in enumerate(case.get("stated_classes", [])):
        where = f"stated_classes[{i}]"
        if sc.get("phase") not in phases:
            problems.append(f"{where}: unknown phase {sc.get('phase')!r}")
        if sc.get("class") not in CLASSES:
            problems.append(f"{where}: class {sc.get('class')!r} is not one of {sorted(CLASSES)}")
        scope = sc.get("scope")
        if scope not in SCOPES:
            problems.append(f"{where}: scope {scope!r} is not one of {sorted(SCOPES)}")
        elif scope == "relation":
            rel = sc.get("relation") or {}
            if _pair(rel) not in relations.get(sc.get("phase"), set()):
                problems.append(f"{where}: no relation {_pair(rel)} in phase {sc.get('phase')!r}")
        elif scope == "arena" and sc.get("arena") not in arenas:
            problems.append(f"{where}: unknown arena {sc.get('arena')!r}")

    for i, iw in enumerate(case.get("institutional_work", [])):
        actor_phase(f"institutional_work[{i}]", iw)
        if iw.get("kind") not in WORK_KINDS:
            problems.append(f"institutional_work[{i}]: kind {iw.get('kind')!r} is not one of {sorted(WORK_KINDS)}")
        if iw.get("aim") not in WORK_AIMS:
            problems.append(f"institutional_work[{i}]: aim {iw.get('aim')!r} is not one of {sorted(WORK_AIMS)}")

    for i, inf in enumerate(case.get("influence", [])):
        actor_phase(f"influence[{i}]", inf)
        level = inf.get("level")
        if level is not None and (not isinstance(level, int) or isinstance(level, bool) or not 0 <= level <= 5):
            problems.append(f"influence[{i}]: level {level!r} is not a whole number 0..5")
        if inf.get("alignment") is not None and inf["alignment"] not in ALIGNMENTS:
            problems.append(f"influence[{i}]: alignment {inf['alignment']!r} is not one of {sorted(ALIGNMENTS)}")
        if level is None and inf.get("alignment") is None:
            problems.append(f"influence[{i}]: neither a level nor an alignment")

    for i, orc in enumerate(case.get("orchestrators", [])):
        actor_phase(f"orchestrators[{i}]", orc)
        if orc.get("form") not in ORCHESTRATOR_FORMS:
            problems.append(f"orchestrators[{i}]: form {orc.get('form')!r} is not one of {sorted(ORCHESTRATOR_FORMS)}")
        modes = orc.get("modes", [])
        if not isinstance(modes, list) or not set(modes) <= ORCHESTRATOR_MODES:
            problems.append(f"orchestrators[{i}]: modes {modes!r} must be a list from {sorted(ORCHESTRATOR_MODES)}")

    for i, dp in enumerate(case.get("decision_points", [])):
        if dp.get("phase") not in phases:
            problems.append(f"decision_points[{i}]: unknown phase {dp.get('phase')!r}")
        if dp.get("kind") not in DECISION_KINDS:
            problems.append(f"decision_points[{i}]: kind {dp.get('kind')!r} is not one of {sorted(DECISION_KINDS)}")
        if not str(dp.get("label", "")).strip():
            problems.append(f"decision_points[{i}]: the decision point needs a label")

    for i, ve in enumerate(case.get("value_effects", [])):
        actor_phase(f"value_effects[{i}]", ve, phase_optional=True)
        if not str(ve.get("gains", "") or "").strip() and not str(ve.get("costs", "") or "").strip():
            problems.append(f"value_effects[{i}]: says neither who gains nor who bears costs")
    return problems


def coverage_problems(case: dict[str, Any]) -> list[str]:
    """In an enriched case file, facts recorded without a source."""
    if "presence_default" not in case:
        return []
    problems = []
    for i, pr in enumerate(case.get("presence", [])):
        if not isinstance(pr.get("source"), dict):
            problems.append(f"presence[{i}] ({pr.get('actor')}/{pr.get('phase')}): no source")
    for i, r in enumerate(case.get("relations", [])):
        ident = f"relations[{i}] ({r.get('source')}-{r.get('target')}/{r.get('kind')}/{r.get('phase')})"
        if not isinstance(r.get("provenance"), dict):
            problems.append(f"{ident}: no provenance")
        levels = r.get("level_sources", {}) or {}
        for dim in voc.SCORE_DIMENSIONS:
            if r.get(dim) is not None and dim not in levels:
                problems.append(f"{ident}: {dim} is {r[dim]!r} without a level source")
    for section in ("absences", "stated_classes", "arenas", "institutional_work", "influence",
                    "orchestrators", "decision_points", "value_effects"):
        for i, rec in enumerate(case.get(section, [])):
            if not isinstance(rec.get("source"), dict):
                problems.append(f"{section}[{i}]: no source")
    return problems


# -- the bundled case files ---------------------------------------------------------------
def _load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("path", CASE_FILES, ids=lambda p: p.stem)
def test_every_source_is_well_formed(path: Path) -> None:
    case = _load(path)
    problems = [p for where, src in iter_sources(case) for p in source_problems(where, src)]
    assert problems == [], f"{path.name}:\n" + "\n".join(problems)


@pytest.mark.parametrize("path", CASE_FILES, ids=lambda p: p.stem)
def test_every_reference_and_word_is_known(path: Path) -> None:
    problems = reference_problems(_load(path))
    assert problems == [], f"{path.name}:\n" + "\n".join(problems)


@pytest.mark.parametrize("path", CASE_FILES, ids=lambda p: p.stem)
def test_enriched_files_give_a_source_for_every_fact(path: Path) -> None:
    problems = coverage_problems(_load(path))
    assert problems == [], f"{path.name}:\n" + "\n".join(problems)


@pytest.mark.parametrize("path", CASE_FILES, ids=lambda p: p.stem)
def test_quotes_are_verbatim_passages_of_the_papers(path: Path) -> None:
    folder = seeds_dir()
    if folder is None:
        pytest.skip("the seed texts (../shared/seeds) are not beside this checkout")
    seeds = load_seeds(folder)
    case = _load(path)
    problems = [p for where, src in iter_sources(case) for p in quote_problems(where, src, seeds)]
    assert problems == [], f"{path.name}:\n" + "\n".join(problems)


# -- the checks themselves catch what they promise to catch ------------------------------
def _mini_case() -> dict[str, Any]:
    """A two-phase case with one relation, every new concept, and well-formed sources."""
    said = {"kind": "stated", "document": "002", "section": "Temporal Dynamic", "page": "",
            "quote": "the interactions between the partners in the network were \u2018stuck\u2019"}
    guess = {"kind": "inferred", "document": "002", "section": "Temporal Dynamic", "page": "",
             "quote": "", "author": "case encoder", "reason": "the text implies it"}
    return {
        "phases": [{"key": "design", "label": "D"}, {"key": "piloting", "label": "P"}],
        "actors": [{"key": "a"}, {"key": "b"}, {"key": "c"}],
        "presence_default": "not_described",
        "presence": [
            {"actor": "a", "phase": "design", "roles": ["funder"], "source": said,
             "role_sources": {"funder": guess}},
            {"actor": "b", "phase": "design", "roles": [], "source": said},
        ],
        "relations": [
            {"source": "a", "target": "b", "phase": "design", "kind": "data", "directed": False,
             "trust": None, "commitment": "low", "interdependence": None, "provenance": said,
             "level_sources": {"commitment": said}, "openness": "open", "interoperable": None},
        ],
        "absences": [{"actor": "c", "phase": "piloting", "source": said}],
        "stated_classes": [
            {"phase": "design", "scope": "phase", "class": "cooperation", "source": said},
            {"phase": "design", "scope": "relation", "class": "cooperation", "source": said,
             "relation": {"source": "b", "target": "a", "kind": "data"}},
            {"phase": "design", "scope": "arena", "arena": "top", "class": "collaboration",
             "source": said},
        ],
        "arenas": [{"key": "top", "name": "Top", "level": "steering",
                    "members": {"design": ["a", "b"]}, "source": said}],
        "institutional_work": [{"actor": "a", "phase": "design", "kind": "cultural",
                                "aim": "creating", "source": guess}],
        "influence": [{"actor": "a", "phase": "design", "level": 4, "source": said}],
        "orchestrators": [{"actor": "a", "phase": "design", "form": "collective",
                           "modes": ["strategist"], "source": guess}],
        "decision_points": [{"phase": "design", "label": "Covenant", "kind": "contract_signed",
                             "date": "2016", "source": said}],
        "value_effects": [{"actor": "b", "costs": "staff time", "source": said}],
        "public_value": {"session": "x", "phases": {"design": "y"}},
    }


def _all_problems(case: dict[str, Any], seeds: dict[str, str]) -> list[str]:
    found = reference_problems(case) + coverage_problems(case)
    for where, src in iter_sources(case):
        found += source_problems(where, src) + quote_problems(where, src, seeds)
    return found


SEED_002 = normalise("In this phase, the interactions between the partners in the network were "
                     "\u2018stuck\u2019 at the level of cooperation.")


def test_a_well_formed_case_passes_every_check() -> None:
    assert _all_problems(_mini_case(), {"002": SEED_002}) == []


def test_a_quote_matches_across_typographic_quotes_and_line_breaks() -> None:
    src = {"quote": "partners in the\n  network were 'stuck' at the level", "document": "002"}
    assert quote_problems("q", src, {"002": SEED_002}) == []


def test_a_quote_matches_across_markdown_emphasis() -> None:
    """The seed texts keep the papers' italics as asterisks; a quote is typed without them."""
    seed = normalise("the national government performed a significant *political work* in promoting")
    src = {"quote": "performed a significant political work in", "document": "001"}
    assert quote_problems("q", src, {"001": seed}) == []
    assert quote_problems("q", dict(src, quote="performed a political work"), {"001": seed}) != []


_SAID = _mini_case()["presence"][1]["source"]
DELETE = object()  # marks a key to remove rather than overwrite

BROKEN: list[tuple[str, Any, str]] = [
    ("presence.0.source.quote", "the partners were stuck at coordination", "quote not found"),
    ("presence.0.source.kind", "room", "kind 'room'"),
    ("presence.0.source.document", "005", "document '005'"),
    ("presence.0.source.section", " ", "section is empty"),
    ("presence.0.source.quote", "", "needs a quote"),
    ("presence.0.source.quote", "stuck " * 60, "max 300"),
    ("presence.0.role_sources.funder.reason", "", "needs its reason"),
    ("presence.0.role_sources", {"donor": _SAID}, "not among its roles"),
    ("presence.1.source", DELETE, "no source"),
    ("relations.0.provenance", DELETE, "no provenance"),
    ("relations.0.level_sources", {}, "commitment is 'low' without a level source"),
    ("relations.0.level_sources", {"commitment": _SAID, "trust": _SAID}, "trust has a source but no level"),
    ("relations.0.openness", "public", "openness 'public'"),
    ("relations.0.kind", "information", "only for data relations"),
    ("absences.0.actor", "x", "unknown actor"),
    ("absences.0", {"actor": "a", "phase": "design", "source": _SAID}, "also listed as present"),
    ("stated_classes.0.class", "partnership", "class 'partnership'"),
    ("stated_classes.1.relation.kind", "funding", "no relation"),
    ("stated_classes.2.arena", "board", "unknown arena"),
    ("arenas.0.members", {"design": ["a", "c"]}, "'c' is not present"),
    ("arenas.0.level", "board", "level 'board'"),
    ("institutional_work.0.aim", "keeping", "aim 'keeping'"),
    ("influence.0.level", 7, "not a whole number 0..5"),
    ("orchestrators.0.modes", ["rower"], "modes"),
    ("decision_points.0.phase", "scaling", "unknown phase 'scaling'"),
    ("decision_points.0.source", DELETE, "decision_points[0]: no source"),
    ("value_effects.0.costs", "", "neither who gains"),
    ("public_value.phases", {"maintenance": "z"}, "unknown phase 'maintenance'"),
    ("presence_default", "missing", "presence_default"),
]


@pytest.mark.parametrize(("path", "value", "complaint"), BROKEN,
                         ids=[f"{b[0]}-{i}" for i, b in enumerate(BROKEN)])
def test_each_rule_catches_a_broken_record(path: str, value: Any, complaint: str) -> None:
    case = copy.deepcopy(_mini_case())
    node: Any = case
    *parents, last = path.split(".")
    for part in parents:
        node = node[int(part)] if isinstance(node, list) else node[part]
    key: Any = int(last) if isinstance(node, list) else last
    if value is DELETE:
        del node[key]
    else:
        node[key] = copy.deepcopy(value)
    problems = _all_problems(case, {"002": SEED_002})
    assert any(complaint in p for p in problems), problems
