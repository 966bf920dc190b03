"""The research bundle groups the votes once for all its files: what each file says about
the votes must be what the same file says when written on its own (the console's agreement,
``workshop-app export --format gexf`` and ``--format graphml``)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from lxml import etree

from workshop_app import Session
from workshop_app.analysis.agreement import agreement_table
from workshop_app.io.bundle import write_bundle
from workshop_app.io.data_export import export_gexf, export_graphml

GEXF = "{http://gexf.net/1.3}"
GRAPHML = "{http://graphml.graphdrawing.org/xmlns}"


def _workshop(path: Path) -> Path:
    """Two phases; a reference participant beside three room voters; a relation switched off
    in the second phase with its votes kept; a voter whose name XML must escape and clean."""
    with Session.create(path, default_phases=False) as s:
        design, pilot = s.add_phase("Design", "design"), s.add_phase("Pilot", "piloting")
        a, b, c = (s.add_actor(n, present_in=["Design", "Pilot"]) for n in ("City", "Port", "Bank"))
        r1, r2, r3 = s.add_relation(a, b), s.add_relation(b, c), s.add_relation(c, a)
        ana = s.participants[0]
        ben = s.add_participant("Ben & 'Bo' <b>\x01")
        cat = s.add_participant("Cat")
        ref = s.add_participant("Case record")
        s.set_participant_kind(ref, "reference")
        votes = {ana: (1, 2, 5), ben: (2, 2, 4), cat: (5, 3, 3), ref: (4, 4, 4)}
        for n, rel in enumerate((r1, r2, r3)):
            for phase in (design, pilot):
                for who, (t, co, i) in votes.items():
                    s.score(rel, phase, trust=t, commitment=(co + n) % 5 + 1,
                            interdependence=i if who is not cat else None, participant=who)
        s.set_relation_state(r3, pilot, "inactive")
    return path


def _csv(rows: list[dict[str, object]]) -> list[dict[str, str]]:
    """Rows as a CSV reader gives them back."""
    return [{k: "" if v is None else str(v) for k, v in row.items()} for row in rows]


def test_the_bundles_agreement_is_the_consoles(tmp_path: Path) -> None:
    path = _workshop(tmp_path / "w.workshop")
    with Session.open(path, read_only=True) as s:
        write_bundle(s, tmp_path / "b")
        expected = _csv(agreement_table(s.model))
    with open(tmp_path / "b" / "csv" / "agreement.csv", encoding="utf-8", newline="") as fh:
        assert list(csv.DictReader(fh)) == expected
    assert any(row["alpha"] for row in expected)  # something was compared


def _gexf_votes(path: Path) -> dict[tuple[str, str], list[dict[str, object]]]:
    root = etree.parse(str(path)).getroot()
    return {(edge.get("id"), v.get("start")): json.loads(v.get("value"))
            for edge in root.iter(f"{GEXF}edge")
            for v in edge.iter(f"{GEXF}attvalue") if v.get("for") == "votes"}


def _graphml_votes(folder: Path) -> dict[tuple[str, str], list[dict[str, object]]]:
    out = {}
    for path in sorted(folder.glob("*.graphml")):
        for edge in etree.parse(str(path)).getroot().iter(f"{GRAPHML}edge"):
            for d in edge.iter(f"{GRAPHML}data"):
                if d.get("key") == "e_votes":
                    out[(path.name, edge.get("id"))] = json.loads(d.text)
    return out


def test_votes_needing_escapes_read_the_same_in_the_bundle_as_in_each_export(
        tmp_path: Path) -> None:
    path = _workshop(tmp_path / "w.workshop")
    alone: list[str] = []
    with Session.open(path, read_only=True) as s:
        bundle_notes: list[str] = []
        write_bundle(s, tmp_path / "b", notes=bundle_notes)
        export_gexf(s, tmp_path / "alone.gexf", notes=alone)
        export_graphml(s, tmp_path / "alone-graphml", notes=alone)
    in_bundle = _gexf_votes(tmp_path / "b" / "network.gexf")
    assert in_bundle == _gexf_votes(tmp_path / "alone.gexf")
    names = {vote["participant"] for votes in in_bundle.values() for vote in votes}
    assert "Ben & 'Bo' <b>" in names  # escaped on the way in, read back as typed, less \x01
    assert _graphml_votes(tmp_path / "b" / "graphml") == _graphml_votes(tmp_path / "alone-graphml")
    assert any(note.startswith("GEXF: removed") for note in bundle_notes), bundle_notes
    assert any(note.startswith("GEXF: removed") for note in alone), alone
