"""Hostile text (markup, templates, formulas, bidi, emoji, controls, 10,000 characters) through
the store, the command line, the data formats, the HTML snapshot and the phone page.

Everything the API accepts must read back unchanged, or be escaped or removed exactly where a
format requires it (and said so); nothing may crash, inject markup or formulas, steer the
terminal, or leave a broken file. One hostile session is built once per module.
"""

from __future__ import annotations

import csv
import http.client
import json
import re
import shutil
import sqlite3
import zipfile
from pathlib import Path
from typing import Any, Callable, Iterator

import openpyxl
import pytest
from hostile_text_cases import (
    ACTOR_NAMES,
    ATTRS,
    CONTROLS,
    CUSTOM_ROLE,
    HOSTILE_PHASE,
    LONG,
    MARKUP,
    NOTE,
    PARTICIPANT_NAMES,
    QUOTES,
    SURROGATE,
    TEMPLATE,
    TERMINAL_CONTROLS,
    TITLE,
    build_hostile_session,
    xml_clean,
)
from lxml import etree
from lxml import html as lxml_html

from workshop_app import Session
from workshop_app.cli import main
from workshop_app.domain import commands as cmds
from workshop_app.domain.commands import CommandError
from workshop_app.io.bundle import write_bundle
from workshop_app.formats import EXPORTERS
from workshop_app.io.html_snapshot import export_html
from workshop_app.io.importers import import_file
from workshop_app.live.server import VotingServer
from workshop_app.live.session_round import SessionRound, relation_text

SCHEMAS = Path(__file__).resolve().parents[3] / "shared" / "formats" / "schemas"
BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")
HTML_CONTROLS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]")
FORMULA_START = ("=", "+", "-", "@")


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The hostile session file and what the model held when it was closed."""
    folder = tmp_path_factory.mktemp("hostile")
    path = folder / "hostile.workshop"
    s = build_hostile_session(path)
    snapshot = s.model.snapshot()
    s.close()
    return {"path": path, "snapshot": snapshot}


@pytest.fixture
def copy(hostile: dict[str, Any], tmp_path: Path) -> Path:
    """A private copy to edit (the module's file stays as built)."""
    target = tmp_path / "hostile.workshop"
    shutil.copy(hostile["path"], target)
    return target


@pytest.fixture
def reader(hostile: dict[str, Any]) -> Iterator[Session]:
    with Session.open(hostile["path"], read_only=True) as s:
        yield s


# -- 1. the store ------------------------------------------------------------------------
def test_everything_accepted_reads_back_identical_after_reopening(
    hostile: dict[str, Any], reader: Session
) -> None:
    assert reader.model.snapshot() == hostile["snapshot"]
    assert [a.name for a in reader.actors] == list(ACTOR_NAMES)
    assert len(reader.actor(LONG).name) == 10_000
    assert [p.name for p in reader.participants][1:] == list(PARTICIPANT_NAMES)
    assert reader.title == TITLE and reader.phases[-1].name == HOSTILE_PHASE
    assert reader.roles(MARKUP, "design") == ("coordinator", CUSTOM_ROLE)
    assert all(r.attrs == ATTRS for r in reader.relations[:-1])
    texts = [n.text for n in reader.notes()]
    assert NOTE in texts and LONG in texts and any(CONTROLS in t for t in texts)
    conn = sqlite3.connect(hostile["path"].resolve().as_uri() + "?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        conn.close()


SURROGATE_EDITS: list[tuple[str, Callable[[Session], Any]]] = [
    ("actor name", lambda s: s.add_actor(SURROGATE)),
    ("actor note", lambda s: s.update_actor(MARKUP, note=SURROGATE)),
    ("note", lambda s: s.add_note(SURROGATE, phase="design")),
    ("participant", lambda s: s.add_participant(SURROGATE)),
    ("title", lambda s: s.set_meta("title", SURROGATE)),
    ("relation attribute", lambda s: s.add_relation(QUOTES, TEMPLATE, attrs={"x": SURROGATE})),
]


@pytest.mark.parametrize("what, edit", SURROGATE_EDITS, ids=[w for w, _ in SURROGATE_EDITS])
def test_lone_surrogates_are_refused_and_leave_the_file_as_it_was(
    copy: Path, probes: Any, what: str, edit: Callable[[Session], Any]
) -> None:
    """SQLite and JSON cannot hold half a character: the edit fails whole, nothing changes."""
    with Session.open(copy) as s:
        before, undo, events = s.model.snapshot(), s.undo_text, len(probes.events(copy))
        with pytest.raises((CommandError, UnicodeEncodeError)):
            edit(s)
        assert s.model.snapshot() == before and s.undo_text == undo
        assert len(probes.events(copy)) == events
        s.add_note("still works", phase="design")  # the session is usable afterwards
    after = probes.reopened(copy)  # and the file opens, with exactly that one edit more
    assert {k: v for k, v in after.items() if k not in ("notes", "meta")} == {
        k: v for k, v in before.items() if k not in ("notes", "meta")}
    assert [n.text for n in after["notes"].values()] == [
        *(n.text for n in before["notes"].values()), "still works"]


def test_a_foreign_file_with_half_a_character_is_refused_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """JSON may escape a lone surrogate; the import says where instead of crashing."""
    src = tmp_path / "kumu.json"
    src.write_text('{"elements": [{"_id": "a", "attributes": {"label": "Broken \\ud800 half"}},\n'
                   ' {"_id": "b", "attributes": {"label": "B"}}], "connections": '
                   '[{"from": "a", "to": "b"}]}', encoding="utf-8")
    assert main(["import", str(src), "-o", str(tmp_path / "new.workshop")]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and "line 1" in err and "\\ud800" in err
    assert list(tmp_path.iterdir()) == [src]  # no session, no leftovers


def test_lone_surrogates_are_refused_with_a_one_line_command_error(copy: Path) -> None:
    with Session.open(copy) as s:
        for _what, edit in SURROGATE_EDITS:
            with pytest.raises(CommandError) as err:
                edit(s)
            assert "\n" not in str(err.value)


# -- 2. the command line -----------------------------------------------------------------
CLI_FORMS = [["info"], ["metrics"], ["warnings"], ["diff", "1", "6"], ["warnings", "--phase", "6"]]


@pytest.mark.parametrize("form", CLI_FORMS, ids=" ".join)
def test_cli_text_never_sends_control_characters_to_the_terminal(
    hostile: dict[str, Any], capsys: pytest.CaptureFixture[str], form: list[str]
) -> None:
    code = main([form[0], str(hostile["path"]), *form[1:]])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert TERMINAL_CONTROLS.findall(out) == [] and BIDI_CONTROLS.findall(out) == []
    shown = TITLE.replace("\x07", "\\x07").replace("\x1b", "\\x1b").replace("\x00", "\\x00")
    assert shown.replace("\x9b", "\\x9b") in out  # visible escapes, the rest as typed
    assert MARKUP in out and "{{ 7*7 }}" in out


@pytest.mark.parametrize("form", CLI_FORMS, ids=" ".join)
def test_cli_json_is_valid_and_gives_back_the_exact_text(
    hostile: dict[str, Any], capsys: pytest.CaptureFixture[str], form: list[str]
) -> None:
    code = main([form[0], str(hostile["path"]), *form[1:], "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert TERMINAL_CONTROLS.findall(out) == [] and BIDI_CONTROLS.findall(out) == []
    data = json.loads(out)
    assert data["title"] == TITLE
    if form[0] in ("info", "metrics"):
        assert data["phases"][-1]["phase"] == HOSTILE_PHASE
    else:
        text = json.dumps(data, ensure_ascii=False)
        assert any(name in text for name in (MARKUP, QUOTES, LONG))


def test_cli_errors_and_exchange_reports_stay_on_one_clean_line(
    hostile: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = str(hostile["path"])
    assert main(["diff", path, "Bell\x07 \x1b[2J", "1"]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1 and err.startswith("workshop-app: error: ")
    assert TERMINAL_CONTROLS.findall(err) == []
    assert main(["bundle", path, "-o", str(tmp_path / "b")]) == 0
    assert main(["export", path, "--format", "csv", "-o", str(tmp_path / "csv")]) == 0
    assert main(["import", str(tmp_path / "csv" / "relations.csv"), "--nodes",
                 str(tmp_path / "csv" / "actors.csv"), "-o", str(tmp_path / "back.workshop")]) == 0
    out, err = capsys.readouterr()
    assert err == "" and "note: GEXF: removed" in out
    assert TERMINAL_CONTROLS.findall(out) == [] and BIDI_CONTROLS.findall(out) == []


# -- 3. data formats ---------------------------------------------------------------------
def _no_markup_elements(tree: etree._ElementTree) -> None:
    local = {etree.QName(el).localname for el in tree.iter() if isinstance(el.tag, str)}
    assert not local & {"script", "b", "i"}, local


def test_gexf_and_graphml_are_valid_xml_with_text_escaped_and_controls_reported(
    reader: Session, tmp_path: Path
) -> None:
    notes: list[str] = []
    EXPORTERS["gexf"](reader, tmp_path / "h.gexf", notes=notes)
    graphml = EXPORTERS["graphml"](reader, tmp_path / "gm", notes=notes)
    assert any(n.startswith("GEXF: removed") for n in notes), notes
    assert any(n.startswith("GraphML: removed") for n in notes), notes
    labels: dict[str, set[str]] = {"gexf": set(), "graphml": set()}
    for path in [tmp_path / "h.gexf", *graphml]:
        raw = path.read_text(encoding="utf-8")
        assert "<script>" not in raw and "&lt;script&gt;" in raw  # the title is in every file
        assert "{{ 7*7 }}" in raw
        tree = etree.parse(str(path))  # well-formed: no character XML cannot hold
        _no_markup_elements(tree)
        found = labels[path.suffix.lstrip(".")]
        found |= {str(v) for v in tree.xpath("//@* | //text()")}
    for found in labels.values():
        assert {xml_clean(n) for n in ACTOR_NAMES} <= found
        assert xml_clean(NOTE) in found
        assert any(xml_clean(HOSTILE_PHASE) in text for text in found)
    rng = SCHEMAS / "gexf" / "1.3" / "gexf.rng"
    if rng.is_file():
        grammar = etree.RelaxNG(etree.parse(str(rng)))
        assert grammar.validate(etree.parse(str(tmp_path / "h.gexf"))), grammar.error_log.last_error


@pytest.mark.parametrize("fmt", ["gexf", "graphml"])
def test_imported_gexf_and_graphml_give_back_the_names_without_the_controls(
    reader: Session, tmp_path: Path, fmt: str
) -> None:
    out = tmp_path / ("h.gexf" if fmt == "gexf" else "gm")
    EXPORTERS[fmt](reader, out)
    import_file(out, tmp_path / "back.workshop", fmt=fmt)
    with Session.open(tmp_path / "back.workshop", read_only=True) as back:
        assert sorted(a.name for a in back.actors) == sorted(xml_clean(n) for n in ACTOR_NAMES)
        assert [p.name for p in back.phases][-1] == xml_clean(HOSTILE_PHASE)
        assert back.roles(MARKUP, "Design") == ("coordinator", CUSTOM_ROLE)
        notes = {r.note for r in back.relations}
        assert xml_clean(NOTE) in notes and MARKUP in notes and LONG in notes


def test_csv_keeps_every_string_exactly_and_imports_back_unchanged(
    reader: Session, tmp_path: Path
) -> None:
    EXPORTERS["csv"](reader, tmp_path / "csv")

    def rows(table: str) -> list[dict[str, str]]:
        with open(tmp_path / "csv" / f"{table}.csv", encoding="utf-8", newline="") as fh:
            return list(csv.DictReader(fh))

    assert [r["name"] for r in rows("actors")] == list(ACTOR_NAMES)
    assert [r["name"] for r in rows("participants")][1:] == list(PARTICIPANT_NAMES)
    assert [r["text"] for r in rows("notes")] == [n.text for n in reader.notes()]
    assert {r["key"]: r["value"] for r in rows("meta")}["title"] == TITLE
    relation_rows = rows("relations")
    assert json.loads(relation_rows[0]["attrs"]) == ATTRS
    assert [r["note"] for r in relation_rows] == [r.note for r in reader.relations]
    import_file(tmp_path / "csv" / "relations.csv", tmp_path / "back.workshop", fmt="csv",
                nodes=tmp_path / "csv" / "actors.csv")
    with Session.open(tmp_path / "back.workshop", read_only=True) as back:
        assert sorted(a.name for a in back.actors) == sorted(ACTOR_NAMES)  # controls too
        assert sorted(r.note for r in back.relations) == sorted(r.note for r in reader.relations)


def test_xlsx_cells_are_text_never_formulas(reader: Session, tmp_path: Path) -> None:
    notes: list[str] = []
    (book,) = EXPORTERS["xlsx"](reader, tmp_path / "h.xlsx", notes=notes)
    assert any(n.startswith("XLSX: removed") for n in notes), notes
    with zipfile.ZipFile(book) as z:
        for part in z.namelist():
            if part.endswith(".xml"):
                raw = z.read(part).decode("utf-8")
                assert not re.search(r"<(\w+:)?f[ >]", raw), part  # no formula element at all
                etree.fromstring(raw.encode("utf-8"))  # every part is well-formed XML
    wb = openpyxl.load_workbook(book)
    risky = 0
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate)
                if isinstance(cell.value, str) and cell.value.startswith(FORMULA_START):
                    assert cell.data_type == "s", (ws.title, cell.coordinate)
                    risky += 1
    assert risky >= 5
    sheet = wb["actors"]
    header = [c.value for c in sheet[1]]
    names = [row[header.index("name")].value for row in sheet.iter_rows(min_row=2)]
    assert names == [xml_clean(n) for n in ACTOR_NAMES]  # 10,000 characters fit in a cell


def test_bundle_reports_what_it_removed_and_how_to_open_the_tables(
    reader: Session, tmp_path: Path
) -> None:
    notes: list[str] = []
    write_bundle(reader, tmp_path / "b", notes=notes)
    assert {n.split(":")[0] for n in notes} == {"GEXF", "GraphML", "XLSX"}
    readme = (tmp_path / "b" / "README.txt").read_text(encoding="utf-8")
    assert "never run as a formula" in " ".join(readme.split())
    assert "removed" in readme
    book = json.loads((tmp_path / "b" / "codebook.json").read_text(encoding="utf-8"))
    assert book["title"] == TITLE


# -- 4. the HTML snapshot and the phone page ---------------------------------------------
def _data_block(page: str) -> re.Match[str]:
    found = re.search(r'<script type="application/json" id="snapshot-data">(.*?)</script>', page, re.S)
    assert found is not None
    return found


def test_html_snapshot_shows_hostile_text_only_escaped(reader: Session, tmp_path: Path) -> None:
    (out,) = export_html(reader, tmp_path / "h.html")
    page = out.read_text(encoding="utf-8")
    block = _data_block(page)
    data_text = block.group(1)
    outside = page[: block.start()] + page[block.end():]
    assert "<script>alert(1)" not in outside and "<b>bold" not in outside and "<i>line" not in outside
    assert "<" not in data_text and "\\u003cscript\\u003e" in data_text
    assert HTML_CONTROLS.findall(page) == []  # HTML cannot carry them; the data keeps escapes
    data = json.loads(data_text)
    names = {a["name"] for ph in data["phases"] for a in ph["actors"].values()}
    assert set(ACTOR_NAMES) <= names  # the details pane shows the exact text, controls included
    tree = lxml_html.fromstring(page)
    assert len(tree.xpath("//script")) == 2 and tree.xpath("//*[@onerror]") == []
    title = tree.findtext(".//title")
    assert title.startswith("Workshop <script>alert(1)</script> {{ 7*7 }} {% raw %} ${7*7}")
    assert not re.search(r">\s*49\s*<", page)  # no template ran over session text
    assert MARKUP in tree.text_content() and QUOTES in tree.text_content()


def _get(port: int, path: str) -> tuple[int, bytes]:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        conn.request("GET", path)
        reply = conn.getresponse()
        return reply.status, reply.read()
    finally:
        conn.close()


def test_phone_page_and_question_escape_hostile_names(copy: Path) -> None:
    with SessionRound(copy) as room:
        server = VotingServer("127.0.0.1", 0, question=room.question,
                              participants=room.participants, submit=room.submit)
        server.start()
        try:
            first = room.session.relations[0]  # MARKUP -> QUOTES
            question = room.ask(first, "design")
            expected = room.call(relation_text, room.session.model, first.id)
            assert MARKUP in expected and QUOTES in expected
            status, body = _get(server.port, f"/question?code={server.join_code}")
            assert status == 200 and b"<" not in body and b">" not in body
            data = json.loads(body)
            assert data["question"]["relation"] == expected == question.relation_text
            assert [p["name"] for p in data["participants"]] == list(PARTICIPANT_NAMES)
            status, body = _get(server.port, f"/?code={server.join_code}")
            page = body.decode("utf-8")
            assert status == 200 and "<script>alert(1)" not in page and "<b>bold" not in page
            assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
            assert HTML_CONTROLS.findall(page) == []
            tree = lxml_html.fromstring(page)
            assert expected in tree.get_element_by_id("relation").text_content()
            assert len(tree.xpath("//script")) == 1
            last = room.session.relations[-1]  # LONG -> MARKUP: a 10,000-character name
            room.ask(last, "design")
            status, body = _get(server.port, f"/question?code={server.join_code}")
            assert status == 200 and LONG in json.loads(body)["question"]["relation"]
        finally:
            server.stop()


def test_hostile_names_can_still_be_scored_and_edited(copy: Path) -> None:
    """Commands take the hostile strings as plain data: nothing is evaluated or split."""
    with Session.open(copy) as s:
        ana = s.participant(PARTICIPANT_NAMES[0])
        rel = s.relations[1]
        s.score(rel, "design", 2, 2, 2, participant=ana)
        s.execute(cmds.UpdateActor(actor_id=s.actor(TEMPLATE).id, changes={"note": TEMPLATE}))
        s.undo()
        s.redo()
        assert s.actor(TEMPLATE).note == TEMPLATE
        assert [v["participant"] for v in s.scores(rel, "design")].count(PARTICIPANT_NAMES[0]) == 1
