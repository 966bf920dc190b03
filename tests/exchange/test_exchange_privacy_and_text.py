"""Pseudonymised exports leak no names or notes; hostile text survives or is cleaned and said."""

from __future__ import annotations

import csv
import json
import zipfile
from pathlib import Path

import networkx as nx
import openpyxl
import pytest
from exchange_helpers import SHARED, assert_valid_gexf, assert_valid_graphml, demo_copy

from workshop_app import Session
from workshop_app.domain import commands_notes as cn
from workshop_app.io.bundle import write_bundle
from workshop_app.io.data_export import export_gexf, export_graphml
from workshop_app.io.errors import ExportError
from workshop_app.io.importers import import_file
from workshop_app.io.pseudonymise import pseudonymise_model


def _all_text(folder: Path) -> str:
    parts = []
    for p in folder.rglob("*"):
        if p.suffix == ".xlsx":
            with zipfile.ZipFile(p) as z:
                parts += [z.read(n).decode("utf-8") for n in z.namelist()]
        elif p.is_file():
            parts.append(p.read_text(encoding="utf-8"))
    return "\n".join(parts)


def test_pseudonymised_bundle_has_no_names_or_note_text(tmp_path: Path) -> None:
    path = demo_copy("darmstadt", tmp_path)
    with Session.open(path) as s:
        s.add_participant("Dr. Erika Mustermann", "TU Darmstadt")
        first = s.actors[0]
        s.execute(cn.AddNote(text="Quote: we never trusted the vendor", kind="quote",
                             actor_id=first.id))
        s.execute(cn.SetPromptCheck(phase_id=s.phases[0].id, prompt_id="P2",
                                    note="asked the mayor's office"))
        secrets = [a.name for a in s.actors] + [p.name for p in s.participants]
        secrets += [a.note for a in s.actors if a.note] + [r.note for r in s.relations if r.note]
        secrets += ["we never trusted the vendor", "asked the mayor's office", "TU Darmstadt"]
        secrets += [p.name for p in s.phases] + [str(s.model.meta("summary"))]
        write_bundle(s, tmp_path / "anon", pseudonymize=True)
        n_votes = len(s.model.tables["scores"])
    text = _all_text(tmp_path / "anon")
    leaked = [x for x in secrets if x and x in text]
    assert leaked == []
    book = json.loads((tmp_path / "anon" / "codebook.json").read_text(encoding="utf-8"))
    assert book["pseudonymised"] is True
    with open(tmp_path / "anon" / "csv" / "actors.csv", encoding="utf-8") as fh:
        names = [r["name"] for r in csv.DictReader(fh)]
    assert names[0] == "Government 1" and all(n.split()[-1].isdigit() for n in names)
    with open(tmp_path / "anon" / "csv" / "scores.csv", encoding="utf-8") as fh:
        assert len(list(csv.DictReader(fh))) == n_votes  # the research data stay


def test_pseudonymised_copy_keeps_structure_and_leaves_the_original(tmp_path: Path) -> None:
    with Session.open(demo_copy("london", tmp_path)) as s:
        before = s.model.snapshot()
        anon = pseudonymise_model(s.model)
        assert s.model.snapshot() == before
        assert [a.type for a in anon.actors] == [a.type for a in s.actors]
        assert anon.tables["presence"].keys() == s.model.tables["presence"].keys()
        assert anon.tables["scores"] == s.model.tables["scores"]
        assert all(not r.note and not r.attrs for r in anon.relations)


HOSTILE = ("<script>alert('x')</script> & \"quotes\" 'single' — עברית ‏RTL‏ 🙂 "
           + "long " * 3000 + "\x01\x07 bell\ttab\r\nline  ")


def _hostile_session(path: Path) -> Session:
    s = Session.create(path, title="Hostile & <title>")
    a = s.add_actor(HOSTILE, present_in=["design"], note=HOSTILE)
    b = s.add_actor("=cmd|' /C calc'!A0", "private", present_in=["design"])
    s.set_presence(a, "design", roles=["coordinator", "r\u00f4le <b>custom</b> 🙂"])
    r = s.add_relation(a, b, note=HOSTILE, attrs={"why": HOSTILE})
    s.score(r, "design", 4, 2, 5)
    return s


def test_hostile_text_survives_xml_round_trips_without_the_control_characters(tmp_path: Path) -> None:
    cleaned = HOSTILE.replace("\x01", "").replace("\x07", "")
    with _hostile_session(tmp_path / "h.workshop") as s:
        notes: list[str] = []
        export_gexf(s, tmp_path / "h.gexf", notes=notes)
        export_graphml(s, tmp_path / "gm", notes=notes)
    # two per text: the label and name of the actor, its note, the relation's note
    assert any("GEXF: removed 8 control characters" in n for n in notes), notes
    assert any(n.startswith("GraphML: removed") for n in notes)
    if SHARED.is_dir():
        assert_valid_gexf(tmp_path / "h.gexf")
        assert_valid_graphml(next((tmp_path / "gm").glob("*.graphml")))
    g = nx.read_gexf(tmp_path / "h.gexf")
    assert g.nodes["a1"]["name"] == cleaned.strip()
    for src, fmt in ((tmp_path / "h.gexf", "gexf"), (tmp_path / "gm", "graphml")):
        import_file(src, tmp_path / f"back-{fmt}.workshop", fmt=fmt)
        with Session.open(tmp_path / f"back-{fmt}.workshop", read_only=True) as back:
            a, b = back.actors
            assert a.name == cleaned.strip() and a.note == cleaned  # names are trimmed on entry
            assert b.name == "=cmd|' /C calc'!A0"
            assert back.roles(a, "design") == ("coordinator", "r\u00f4le <b>custom</b> 🙂")
            (r,) = back.relations
            assert r.note == cleaned
            assert r.attrs == {"why": HOSTILE}  # attributes travel as JSON, which escapes them


def test_hostile_text_in_csv_json_and_xlsx(tmp_path: Path) -> None:
    with _hostile_session(tmp_path / "h.workshop") as s:
        notes: list[str] = []
        write_bundle(s, tmp_path / "b", notes=notes)
        actor_name = s.actors[0].name
    with open(tmp_path / "b" / "csv" / "actors.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows[0]["name"] == actor_name and rows[0]["note"] == HOSTILE  # CSV keeps everything
    wb = openpyxl.load_workbook(tmp_path / "b" / "tables.xlsx")
    cells = {c.value for row in wb["actors"].iter_rows() for c in row}
    assert "=cmd|' /C calc'!A0" in cells and wb["actors"]["B3"].data_type == "s"  # not a formula
    assert HOSTILE.replace("\x01", "").replace("\x07", "") in cells
    assert wb["actors"].freeze_panes == "A2" and wb["actors"]["A1"].font.bold
    book = json.loads((tmp_path / "b" / "codebook.json").read_text(encoding="utf-8"))
    assert book["title"] == "Hostile & <title>"
    readme = (tmp_path / "b" / "README.txt").read_text(encoding="utf-8")
    assert "XLSX: removed" in readme and "CSV files keep the text unchanged" in readme


def test_bundle_refuses_a_non_empty_folder_and_replaces_it_with_force(tmp_path: Path) -> None:
    with _hostile_session(tmp_path / "h.workshop") as s:
        out = tmp_path / "out"
        out.mkdir()
        (out / "keep.txt").write_text("mine")
        with pytest.raises(ExportError, match="not empty"):
            write_bundle(s, out)
        assert [p.name for p in out.iterdir()] == ["keep.txt"]
        write_bundle(s, out, force=True)
        assert not (out / "keep.txt").exists() and (out / "network.gexf").is_file()
        with pytest.raises(ExportError, match="does not exist"):
            write_bundle(s, tmp_path / "missing" / "out")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["h.workshop", "out"]


def test_a_failing_spreadsheet_leaves_no_bundle_behind(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    import workshop_app.io.bundle as bundle

    def broken(*args: object, **kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(bundle, "write_xlsx", broken)
    with _hostile_session(tmp_path / "h.workshop") as s:
        with pytest.raises((ExportError, OSError), match="disk full"):
            write_bundle(s, tmp_path / "out")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["h.workshop"]
