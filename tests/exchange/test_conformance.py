"""The conformance suite of the importers: one file per feature of each format, each with
the session it must give written beside it.

``tests/exchange/conformance/<format>/<case>.<ext>`` (or a folder ``<case>/``) is imported
and the session compared with ``<case>.expected.json``:

- ``session``: phases, actors and relations as :func:`summarise` writes them, compared whole;
- ``report``: text that must appear in the report's notes, warnings and left-out lines;
- ``error``: instead of a session, the file must be refused with this in its one line;
- ``import``: options (``format``, ``nodes``, ``map``: a mapping file beside the case).

Every import's report must account for every unit of its source (the ledger balances). The
files are written for this suite; nothing here reads ``../shared`` (its real samples are an
extra check in ``test_exchange_import.py`` and below, skipped where absent).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from exchange_helpers import FOREIGN

from workshop_app import Session
from workshop_app.io.errors import ImportFileError
from workshop_app.io.importers import import_file
from workshop_app.io.importers.build import IMPORT_PARTICIPANT
from workshop_app.io.importers.mapping import load_mapping

HERE = Path(__file__).parent / "conformance"
# GEXF and GraphML have cases of their own, with more to check (test_conformance_xml.py).
FORMATS = ("csv", "xlsx", "pajek", "gml", "nodelink", "jgf", "cyjs", "kumu")
CASES = sorted(c for fmt in FORMATS for c in (HERE / fmt).glob("*.expected.json"))


def _source(expected: Path) -> Path:
    stem = expected.name[: -len(".expected.json")]
    found = [p for p in expected.parent.iterdir()
             if (p.name.startswith(stem + ".") or p.name == stem)
             and not p.name.endswith((".expected.json", ".map.json"))]
    assert len(found) == 1, f"{expected.name}: expected one source beside it, found {found}"
    return found[0]


def _round(v: float) -> float:
    return round(v, 2) + 0.0  # no -0.0


def summarise(path: Path) -> dict[str, Any]:
    """The session at ``path`` in the form the expected files write."""
    with Session.open(path, read_only=True) as s:
        model = s.model
        names = {p.id: p.name for p in s.phases}
        actors = []
        for a in s.actors:
            entry: dict[str, Any] = {"name": a.name, "type": a.type, "original_id": a.original_id,
                                     "present": [names[p.id] for p in s.phases
                                                 if model.presence_state(a.id, p.id) == "present"]}
            if (a.x, a.y) != (0.0, 0.0):
                entry["x"], entry["y"] = _round(a.x), _round(a.y)
            roles = {names[p.id]: list(s.roles(a, p)) for p in s.phases if s.roles(a, p)}
            if roles:
                entry["roles"] = roles
            if a.note:
                entry["note"] = a.note
            actors.append(entry)
        actor_name = {a.id: a.name for a in s.actors}
        part = next((p.id for p in s.model.participants if p.name == IMPORT_PARTICIPANT), None)
        relations = []
        for r in s.relations:
            entry = {"source": actor_name[r.source], "target": actor_name[r.target],
                     "kind": r.kind, "directed": r.directed, "original_id": r.original_id,
                     "active": [names[p.id] for p in s.phases if model.relation_active(r, p.id)]}
            scores = {}
            for p in s.phases:
                vote = model.tables["scores"].get((r.id, p.id, part))
                if vote is not None:
                    scores[names[p.id]] = {d: getattr(vote, d) for d in
                                           ("trust", "commitment", "interdependence")
                                           if getattr(vote, d) is not None}
            if scores:
                entry["scores"] = scores
            if r.attrs:
                entry["attrs"] = dict(r.attrs)
            relations.append(entry)
        return {"title": s.title, "phases": [p.name for p in s.phases],
                "actors": sorted(actors, key=lambda e: (e["name"], e["original_id"])),
                "relations": sorted(relations, key=lambda e: (e["source"], e["target"], e["kind"],
                                                              e["original_id"]))}


def run_case(expected_path: Path, folder: Path) -> tuple[dict[str, Any], Any]:
    """Import the case; (expected, report or the refusal's message)."""
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    options = expected.get("import", {})
    src = _source(expected_path)
    kwargs: dict[str, Any] = {"fmt": options.get("format", "auto")}
    if "nodes" in options:
        kwargs["nodes"] = expected_path.parent / options["nodes"]
    if "map" in options:
        kwargs["mapping"] = load_mapping(expected_path.parent / options["map"])
    target = folder / "case.workshop"
    try:
        return expected, import_file(src, target, **kwargs)
    except ImportFileError as exc:
        return expected, str(exc)


@pytest.mark.parametrize("case", CASES, ids=[f"{c.parent.name}/{c.name[:-14]}" for c in CASES])
def test_case_gives_the_expected_session(case: Path, tmp_path: Path) -> None:
    expected, result = run_case(case, tmp_path)
    if "error" in expected:
        assert isinstance(result, str), f"{case.name}: imported, but should be refused"
        assert expected["error"] in result and "\n" not in result
        assert not (tmp_path / "case.workshop").exists()
        return
    assert not isinstance(result, str), f"{case.name}: refused: {result}"
    assert result.ledger.balance() == {}, "every unit of the source is accounted for"
    assert summarise(tmp_path / "case.workshop") == expected["session"]
    text = "\n".join([*result.warnings, *result.notes,
                      *(e.line() for e in result.ledger.of("skipped")),
                      *(e.line() for e in result.ledger.of("mapped"))])
    for wanted in expected.get("report", []):
        assert wanted in text, f"{case.name}: the report does not say {wanted!r}:\n{text}"


def test_every_format_has_cases() -> None:
    assert {c.parent.name for c in CASES} == set(FORMATS)


@pytest.mark.skipif(not FOREIGN.is_dir(), reason="shared/formats not beside the repo")
@pytest.mark.parametrize("name", ["kumu/kumu-blueprint-doc-minimal.json",
                                  "kumu/kumu-blueprint-doc-fields.json",
                                  "kumu/kumu-changelabs-template.json",
                                  "kumu/kumu-omidyar-us-financial-inclusion-backup.json"])
def test_real_kumu_files_are_accounted_for(name: str, tmp_path: Path) -> None:
    report = import_file(FOREIGN / name, tmp_path / "k.workshop")
    assert report.actors > 0


@pytest.mark.skipif(not FOREIGN.is_dir(), reason="shared/formats not beside the repo")
@pytest.mark.parametrize("edges,nodes", [
    ("pfsj_case_1_edgeList_friends.csv", "pfsj_case_1_attributeList_Person.csv"),
    ("cdc_case_1_edgeList_Close.csv", "cdc_case_1_attributeList_Person.csv"),
    ("cdc_case_1_edgeList_DrugTie.csv", "cdc_case_1_attributeList_Person.csv"),
])
def test_real_network_canvas_tables_balance(edges: str, nodes: str, tmp_path: Path) -> None:
    folder = FOREIGN / "networkcanvas"
    report = import_file(folder / edges, tmp_path / "n.workshop", nodes=folder / nodes)
    assert report.ledger.balance() == {} and report.relations > 0
