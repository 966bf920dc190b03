"""The mapping step: score cells as people type them, scales judged per column, a mapping file
that overrides the app's own rules, the preview, and the mapping kept with the import."""

from __future__ import annotations

import json
import subprocess
import sys
from fractions import Fraction
from pathlib import Path

import pytest

from workshop_app import Session
from workshop_app.io.errors import ImportFileError
from workshop_app.io.importers import import_file, read_foreign
from workshop_app.io.importers.mapping import Mapping, load_mapping, preview, review, save_mapping
from workshop_app.io.importers.score_cells import SCALES, detect_scale, read_cell, to_five


@pytest.mark.parametrize("text,kind,value", [
    ("4", "number", 4), ("3,5", "number", Fraction(7, 2)), (" 6 ", "number", 6),
    ("4 (high)", "number", 4), ("high (4)", "number", 4), ("4 - high", "number", 4),
    ("very high", "word", 5), ("Medium", "word", 3), ("75%", "percent", 75),
    ("60 %", "percent", 60), ("n/a", "missing", None), ("-", "missing", None),
    ("", "empty", None), ("lots", "unreadable", None), ("1" * 5000, "unreadable", None),
])
def test_a_cell_is_read_for_what_it_says(text: str, kind: str, value: object) -> None:
    cell = read_cell(text)
    assert (cell.kind, cell.value) == (kind, value)


def test_the_rule_onto_one_to_five_is_linear_and_rounds_half_up() -> None:
    seven = SCALES["1-7"]
    assert [to_five(Fraction(v), seven) for v in range(1, 8)] == [1, 2, 2, 3, 4, 4, 5]
    unit = SCALES["0-1"]
    assert [to_five(Fraction(v), unit) for v in ("0", "0.25", "0.5", "0.75", "1")] == [1, 2, 3, 4, 5]
    assert to_five(Fraction(7, 2), SCALES["1-5"]) == 4
    assert to_five(Fraction(8), seven) is None  # outside the scale: no level, never clipped


@pytest.mark.parametrize("values,scale", [
    ([1, 3, 5], "1-5"), ([0.2, 0.9], "0-1"), ([0, 3, 5], "0-5"), ([1, 6, 7], "1-7"),
    ([2, 9], "1-10"), ([0, 10], "0-10"), ([15, 80], "percent"),
])
def test_a_column_s_scale_is_the_narrowest_that_holds_its_values(values: list, scale: str) -> None:
    assert detect_scale(Fraction(str(v)) for v in values) == SCALES[scale]


def test_numbers_on_no_known_scale_have_none() -> None:
    assert detect_scale([Fraction(-3), Fraction(2)]) is None
    assert detect_scale([Fraction(250)]) is None


def _edges(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "survey.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_mapping_file_names_types_kinds_roles_scales_words_and_columns(tmp_path: Path) -> None:
    (tmp_path / "nodes.csv").write_text("id,sector,rolle\nA,Amt,Lead\nB,Firma,\n", encoding="utf-8")
    src = _edges(tmp_path, "source,target,Art,Vertrauen\nA,B,Geld,stark\nB,A,Rat,9\n")
    mapping_file = tmp_path / "map.json"
    mapping_file.write_text(json.dumps({
        "types": {"Amt": "government", "firma": "private"}, "kinds": {"Geld": "funding"},
        "roles": {"Lead": "leader"}, "scales": {"trust": [0, 10]}, "words": {"stark": 5},
        "columns": {"Art": "kind", "Vertrauen": "trust", "rolle": "roles"}}), encoding="utf-8")
    report = import_file(src, tmp_path / "s.workshop", nodes=tmp_path / "nodes.csv",
                         mapping=load_mapping(mapping_file))
    with Session.open(tmp_path / "s.workshop", read_only=True) as s:
        a, b = s.actor("A"), s.actor("B")
        assert (a.type, b.type) == ("government", "private")
        assert s.roles(a, s.phases[0]) == ("leader",)
        first, second = s.relations
        assert (first.kind, second.kind) == ("funding", "information")
        phase = s.phases[0]
        assert s.consensus(first, phase)["trust"].median == 5  # the word "stark"
        assert s.consensus(second, phase)["trust"].median == 5  # 9 on 0-10 -> 4.6 -> 5
        detail = next(src.detail for src in s.model.tables["sources"].values()
                      if src.kind == "imported")
    # the mapping is kept with the import's source record: what was given and what was applied
    assert detail["mapping"]["given"]["types"] == {"Amt": "government", "firma": "private"}
    assert detail["mapping"]["types"] == {"Amt": "government", "Firma": "private"}
    assert detail["mapping"]["scales"] == {"trust": [0, 10]}
    assert report.ledger.balance() == {}


@pytest.mark.parametrize("doc,where", [
    ({"types": {"Amt": "gov"}}, "types.Amt"),
    ({"kinds": {"x": "money"}}, "kinds.x"),
    ({"scales": {"trust": "1-9"}}, "scales.trust"),
    ({"scales": {"trust": [5, 1]}}, "scales.trust"),
    ({"scales": {"power": "1-5"}}, "scales.power"),
    ({"words": {"strong": 7}}, "words.strong"),
    ({"columns": {"Von": "source"}}, "columns.Von"),
    ({"phases": "wave 1"}, "phases"),
])
def test_a_wrong_mapping_file_is_one_line_naming_the_entry(tmp_path: Path, doc: dict, where: str) -> None:
    path = tmp_path / "m.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(ImportFileError) as caught:
        load_mapping(path)
    assert f"({where})" in str(caught.value) and "\n" not in str(caught.value)


def test_unknown_entries_and_broken_json_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "m.json"
    path.write_text('{"typos": {}}', encoding="utf-8")
    with pytest.raises(ImportFileError, match="unknown entry 'typos'"):
        load_mapping(path)
    path.write_text('{"types": ', encoding="utf-8")
    with pytest.raises(ImportFileError, match="not valid JSON"):
        load_mapping(path)


def test_a_saved_mapping_reads_back_the_same(tmp_path: Path) -> None:
    given = Mapping(types={"Amt": "government"}, scales={"trust": SCALES["1-7"]},
                    words={"stark": 5}, missing=["k.A."], phases=["T1", "T2"])
    saved = save_mapping(given, tmp_path / "m.json")
    back = load_mapping(saved)
    assert back.to_json() == given.to_json()


def test_the_phase_order_of_a_mapping_moves_every_value_with_its_phase(tmp_path: Path) -> None:
    src = _edges(tmp_path, "source,target,round,trust\nA,B,late,2\nA,B,early,4\n")
    path = tmp_path / "m.json"
    path.write_text('{"phases": ["early", "late"]}', encoding="utf-8")
    import_file(src, tmp_path / "s.workshop", mapping=load_mapping(path))
    with Session.open(tmp_path / "s.workshop", read_only=True) as s:
        assert [p.name for p in s.phases] == ["early", "late"]
        (rel,) = s.relations
        assert [s.consensus(rel, p)["trust"].median for p in s.phases] == [4, 2]


def test_the_preview_lists_each_value_with_what_it_becomes(tmp_path: Path) -> None:
    src = _edges(tmp_path, "source,target,kind,trust\nA,B,money,6\nB,A,chat,n/a\nA,B,money,7\n")
    graph = read_foreign(src, "csv")
    rows = {(r.field, r.value): r for r in preview(graph, Mapping())}
    assert (rows[("trust", "6")].becomes, rows[("trust", "7")].becomes) == ("4", "5")
    assert rows[("trust", "n/a")].becomes == "" and rows[("trust", "n/a")].review
    assert rows[("relation kind", "money")].becomes == "funding"
    assert rows[("relation kind", "chat")].review  # no kind explains it
    reasons = review(graph, Mapping())
    assert any("trust: values read as 1-7 scale" in r for r in reasons)
    assert any("not in the vocabulary: 'chat'" in r for r in reasons)
    fixed = Mapping(kinds={"chat": "information"}, missing=["n/a"])
    rows = {(r.field, r.value): r for r in preview(graph, fixed)}
    assert rows[("relation kind", "chat")].becomes == "information"


def test_a_source_that_fits_the_vocabulary_asks_for_nothing(tmp_path: Path) -> None:
    src = _edges(tmp_path, "source,target,kind,trust\nA,B,funding,4\nB,A,data,2\n")
    assert review(read_foreign(src, "csv"), Mapping()) == []


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "workshop_app.cli", *args],
                          capture_output=True, text=True, timeout=120)


@pytest.mark.slow
def test_the_import_command_takes_a_mapping_and_refuses_a_bad_one_in_one_line(tmp_path: Path) -> None:
    src = _edges(tmp_path, "source,target,kind,trust\nA,B,money,9\nB,A,chat,2\n")
    good = tmp_path / "map.json"
    good.write_text('{"kinds": {"chat": "information"}, "scales": {"trust": "1-10"}}',
                    encoding="utf-8")
    done = _cli("import", str(src), "-o", str(tmp_path / "a.workshop"), "--map", str(good))
    assert done.returncode == 0, done.stderr
    assert "trust: 1-10 scale mapped onto 1-5" in done.stdout and "(as the mapping says)" in done.stdout
    bad = tmp_path / "bad.json"
    bad.write_text('{"kinds": {"chat": "talk"}}', encoding="utf-8")
    done = _cli("import", str(src), "-o", str(tmp_path / "b.workshop"), "--map", str(bad))
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr.count("\n") == 1 and "(kinds.chat): 'talk' is not one of" in done.stderr
    assert not (tmp_path / "b.workshop").exists()


@pytest.mark.slow
def test_an_import_piped_into_head_ends_quietly(tmp_path: Path) -> None:
    """``workshop-app import ... | head -1``: the reader goes away after one line; the session
    is written and the command neither prints 'Broken pipe' nor fails."""
    # 3,000 actor types no word explains: one report line each, far more than a pipe holds
    src = _edges(tmp_path, "source,target,type\n" + "".join(f"A{i},B{i},sort {i}\n" for i in range(3000)))
    full = _cli("import", str(src), "-o", str(tmp_path / "whole.workshop"))
    assert full.stdout.count("\n") > 3000
    target = tmp_path / "big.workshop"
    pipe = subprocess.run(f"{sys.executable} -m workshop_app.cli import {src} -o {target} | head -1",
                          shell=True, capture_output=True, text=True, timeout=120)
    assert pipe.stdout.startswith("Imported survey.csv (csv)") and pipe.stdout.count("\n") == 1
    assert "Broken pipe" not in pipe.stderr and "Traceback" not in pipe.stderr
    assert target.is_file()
