"""Each importer crash once reported, kept as an example: one line or a usable session.

Files that cannot be a network are refused with one line naming the file, the place and the
reason, and nothing is written. Files that are a network with a broken detail (a position
of ``inf``, an integer of 5,000 digits) are imported without that detail, and the import
report says what was left out. Either way: no traceback, and no number in the session that
breaks an export later.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from exchange_helpers import SCHEMAS, assert_valid_gexf
from import_checks import check_import
from lxml import etree

from workshop_app import Session
from workshop_app.cli import main
from workshop_app.domain import commands as cmds
from workshop_app.domain.model import Model
from workshop_app.io.gexf import write_gexf
from workshop_app.io.errors import ImportFileError
from workshop_app.io.importers import import_file

ELEMENTS = [{"_id": "a", "attributes": {"label": "City"}},
            {"_id": "b", "attributes": {"label": "Lab"}}]
CONNECTION = {"from": "a", "to": "b", "type": "data"}


def kumu(**parts: object) -> str:
    return json.dumps({"elements": ELEMENTS, "connections": [CONNECTION], **parts})


def placed(position: object) -> str:
    return kumu(maps=[{"elements": [{"element": "a", "position": position}]}])


GEXF_HEAD = '<gexf xmlns="http://gexf.net/1.3" version="1.3">'
GEXF_NODES = '<nodes><node id="a"/><node id="b"/></nodes>'
GRAPHML_HEAD = '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">'

# file name, content, the place and a piece of the reason the one line must give
REFUSED = {
    "maps-text.json": (kumu(maps="all of them"), "(maps)", "'maps' must be a list"),
    "maps-number.json": (kumu(maps=12), "(maps)", "not a number"),
    "connections-object.json": (json.dumps({"elements": ELEMENTS, "connections": CONNECTION}),
                                "(connections)", "'connections' must be a list"),
    "connections-number.json": (json.dumps({"elements": ELEMENTS, "connections": 7}),
                                "(connections)", "'connections' must be a list"),
    "element-number.json": (json.dumps({"elements": [*ELEMENTS, 3]}), "(elements[2])",
                            "an element is not a JSON object"),
    "connection-text.json": (json.dumps({"elements": ELEMENTS, "connections": ["a->b"]}),
                             "(connections[0])", "a connection is not a JSON object"),
    "placement-number.json": (kumu(maps=[{"elements": [5]}]), "(maps[0].elements[0])",
                              "a placement is not a JSON object"),
    "placements-object.json": (kumu(maps=[{"elements": {"a": [1, 2]}}]),
                               "(maps[0].elements)", "'elements' must be a list"),
    "id-list.json": (json.dumps({"elements": [{"_id": ["a"], "label": "A"}]}),
                     "(elements[0]._id)", "'_id' must be text or a number"),
    "from-object.json": (json.dumps({"elements": ELEMENTS, "connections": [
        {"from": {"id": "a"}, "to": "b"}]}), "(connections[0].from)", "'from' must be text"),
    "attributes-text.json": (json.dumps({"elements": [{"_id": "a", "attributes": "City"}]}),
                             "(elements[0].attributes)", "'attributes' must be an object"),
    "deep.json": ('{"elements": [{"_id": "a", "tags": ' + "[" * 100_000 + "]" * 100_000 + "}]}",
                  "(line 1, column", "nested too deeply"),
    "deep-but-parsable.json": (json.dumps({"elements": [{"_id": "a", "tags": json.loads(
        "[" * 500 + "]" * 500)}]}), "(elements[0].tags", "nested too deeply"),
    "nan.json": ('{"elements": [{"_id": "a"}],\n"maps": [{"elements": [{"element": "a", '
                 '"position": {"x": NaN, "y": 1}}]}]}', "(line 2)", "NaN is not a JSON number"),
    "infinity.json": ('{"elements": [{"_id": "a", "trust": -Infinity}]}', "(line 1)",
                      "Infinity is not a JSON number"),
    "spell-inf.gexf": (GEXF_HEAD + '<graph mode="dynamic"><nodes><node id="a">\n<spells>'
                       '<spell start="0" end="inf"/></spells></node></nodes></graph></gexf>',
                       "(line 2)", "time 'inf' is not a finite number"),
    "spell-1e400.gexf": (GEXF_HEAD + '<graph mode="dynamic"><nodes>\n<node id="a" start="1e400"/>'
                         "</nodes></graph></gexf>", "(line 2)", "time '1e400' is not a finite"),
    "spell-nan.gexf": (GEXF_HEAD + '<graph mode="dynamic" timeformat="integer">\n<nodes>'
                       '<node id="a" start="nan" end="2"/></nodes></graph></gexf>', "(line 2)",
                       "time 'nan' is not a finite number"),
    "graph-start-nan.gexf": (GEXF_HEAD + '<graph mode="dynamic" start="NaN">' + GEXF_NODES +
                             "</graph></gexf>", "(line 1)", "time 'NaN' is not a finite"),
    "time-text.gexf": (GEXF_HEAD + '<graph mode="dynamic" timeformat="b\nogus"><nodes>'
                       '<node id="a" start="soon"/></nodes></graph></gexf>', "(line 2)",
                       "time 'soon' is not a valid number"),
    "latin1.graphml": (None, "(line 1)", "not well-formed XML (Invalid bytes in character "
                       "encoding"),
    "too-many-graphs.graphml": (GRAPHML_HEAD + '<graph id="g"><node id="a"/></graph>' * 31 +
                                "</graphml>", "(line 1)", "more than 30 graphs"),
}


@pytest.mark.parametrize("name", sorted(REFUSED))
def test_refused_in_one_line_naming_file_place_and_reason(name: str, tmp_path: Path) -> None:
    text, where, reason = REFUSED[name]
    src = tmp_path / name
    if text is None:  # declared UTF-8, written in Latin-1
        src.write_bytes('<?xml version="1.0" encoding="UTF-8"?><graphml><graph id="Zürich"/>'
                        "</graphml>".encode("latin-1"))
    else:
        src.write_text(text, encoding="utf-8")
    with pytest.raises(ImportFileError) as err:
        import_file(src, tmp_path / "new.workshop")
    message = str(err.value)
    assert message.startswith(f"{src} {where}") and reason in message, message
    assert "\n" not in message
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]
    assert check_import(tmp_path, src, "auto") == "refused"  # the fuzz test's own check


# file name, content, the place and the value the import report must name
POSITIONS = {
    "position-text.json": (placed("12px"), "maps[0].elements[0].position: x='12px'"),
    "position-list.json": (placed([10, 20]), "maps[0].elements[0].position: x=a list"),
    "position-null-x.json": (placed({"x": None, "y": 4}), "x=missing, y=4.0"),
    "position-px.json": (placed({"x": "12px", "y": 4}), "x='12px', y=4.0"),
    "position-1e400.json": ('{"elements": [{"_id": "a"}], "maps": [{"elements": [{"element": '
                            '"a", "position": {"x": 1e400, "y": -1e400}}]}]}', "x=inf, y=-inf"),
    "position-huge-int.json": ('{"elements": [{"_id": "a"}], "maps": [{"elements": [{"element": '
                               '"a", "position": {"x": ' + "9" * 5000 + ', "y": 1}}]}]}',
                               "x=inf, y=1.0"),
    "position-far.json": (placed({"x": 1e300, "y": 0}), "x=1e+300"),
    "viz-inf.gexf": (GEXF_HEAD.replace(">", ' xmlns:viz="http://gexf.net/1.3/viz">', 1) +
                     '<graph><nodes>\n<node id="a"><viz:position x="inf" y="1e400"/></node>'
                     '<node id="b"><viz:position x="nan" y="0"/></node></nodes></graph></gexf>',
                     "line 2: x=inf, y=-inf"),
    "xy-inf.graphml": (GRAPHML_HEAD + '<key id="x" for="node" attr.name="x" attr.type="double"/>'
                       '<key id="y" for="node" attr.name="y" attr.type="double"/><graph>\n'
                       '<node id="a"><data key="x">inf</data><data key="y">1</data></node>'
                       "</graph></graphml>", "line 2: x=inf, y=1.0"),
    "yed-nan.graphml": (GRAPHML_HEAD + '<key id="g" for="node" yfiles.type="nodegraphics"/>'
                        '<graph>\n<node id="a"><data key="g"><ShapeNode><Geometry x="nan" '
                        'y="2" width="30" height="30"/></ShapeNode></data></node></graph>'
                        "</graphml>", "line 2: x=nan"),
}


@pytest.mark.parametrize("name", sorted(POSITIONS))
def test_unusable_positions_are_left_out_and_reported(name: str, tmp_path: Path) -> None:
    text, said = POSITIONS[name]
    src = tmp_path / name
    src.write_text(text, encoding="utf-8")
    report = import_file(src, tmp_path / "new.workshop")
    (note,) = [n for n in report.notes if "position left out" in n or "positions left out" in n]
    assert said in note and "start at the centre" in note
    with Session.open(tmp_path / "new.workshop", read_only=True) as s:
        assert all(math.isfinite(a.x) and math.isfinite(a.y) for a in s.actors)
    (tmp_path / "new.workshop").unlink()
    assert check_import(tmp_path, src, "auto") == "imported"  # exports GEXF and HTML


def test_csv_positions_of_inf_and_nan_are_left_out(tmp_path: Path) -> None:
    (tmp_path / "nodes.csv").write_text("id,x,y\na,inf,1\nb,nan,2\nc,10,20\n")
    (tmp_path / "edges.csv").write_text("source,target\na,b\nb,c\n")
    report = import_file(tmp_path, tmp_path / "new.workshop")
    assert any(n.startswith("2 actor positions left out") and "line 2: x=inf" in n
               for n in report.notes)
    with Session.open(tmp_path / "new.workshop", read_only=True) as s:
        assert (s.actor("c").x, s.actor("c").y) == (10.0, 20.0)


def test_numbers_too_large_for_a_float_are_kept_as_text(tmp_path: Path) -> None:
    digits = "9" * 5000
    (tmp_path / "k.json").write_text(
        '{"elements": [{"_id": "a", "budget": ' + digits + '}, {"_id": "b", "share": 1e400}],'
        ' "connections": [{"from": "a", "to": "b", "trust": ' + digits + "}]}")
    (tmp_path / "g.graphml").write_text(
        GRAPHML_HEAD + '<key id="n" for="node" attr.name="staff" attr.type="int"/>'
        '<key id="t" for="edge" attr.name="trust" attr.type="long"/><graph>'
        '<node id="a"><data key="n">1e400</data></node><node id="b"><data key="n">nan</data>'
        '</node><edge source="a" target="b"><data key="t">' + digits + "</data></edge>"
        "</graph></graphml>")
    import_file(tmp_path / "k.json", tmp_path / "k.workshop")
    import_file(tmp_path / "g.graphml", tmp_path / "g.workshop")
    with Session.open(tmp_path / "k.workshop", read_only=True) as s:
        assert f"budget: {digits}" in s.actor("a").note and "share: 1e400" in s.actor("b").note
        (rel,) = s.relations
        assert s.consensus(rel, s.phases[0])["trust"].median is None  # not a score
    with Session.open(tmp_path / "g.workshop", read_only=True) as s:
        assert "staff: 1e400" in s.actor("a").note and "staff: nan" in s.actor("b").note


def test_attributes_that_differ_by_phase_are_kept_as_one_plain_value(tmp_path: Path) -> None:
    graph = ('<graph id="{0}"><node id="a"/><node id="b"/><edge id="e" source="a" target="b">'
             '<data key="m">{1}</data><data key="s">same</data></edge></graph>')
    (tmp_path / "p.graphml").write_text(
        GRAPHML_HEAD + '<key id="m" for="edge" attr.name="money" attr.type="string"/>'
        '<key id="s" for="edge" attr.name="status" attr.type="string"/>'
        + graph.format("Plan", "2M") + graph.format("Pilot", "5M") + "</graphml>")
    import_file(tmp_path / "p.graphml", tmp_path / "p.workshop")
    with Session.open(tmp_path / "p.workshop", read_only=True) as s:
        assert s.relations[0].attrs == {"money": "2M (Plan); 5M (Pilot)", "status": "same"}


def test_blank_names_and_ids_get_a_name_instead_of_a_traceback(tmp_path: Path) -> None:
    (tmp_path / "blank.gexf").write_text(
        GEXF_HEAD + '<graph><nodes><node id="  "/><node id="b" label="  "/></nodes><edges>'
        '<edge source="  " target="b"/></edges></graph></gexf>')
    (tmp_path / "blank.graphml").write_text(
        GRAPHML_HEAD + '<graph id=" "><node id="a"/></graph><graph id="b"><node id="a"/>'
        "</graph></graphml>")
    import_file(tmp_path / "blank.gexf", tmp_path / "a.workshop")
    import_file(tmp_path / "blank.graphml", tmp_path / "b.workshop")
    with Session.open(tmp_path / "a.workshop", read_only=True) as s:
        assert sorted(a.name for a in s.actors) == ["Unnamed actor", "b"]
    with Session.open(tmp_path / "b.workshop", read_only=True) as s:
        assert [p.name for p in s.phases] == ["Phase 1", "b"]


CLI_BAD = {
    "bad.json": kumu(maps=12),
    "bad.gexf": GEXF_HEAD + '<graph mode="dynamic"><nodes><node id="a" start="inf"/></nodes>'
                "</graph></gexf>",
    "bad.graphml": GRAPHML_HEAD + "<graph><node/></graph></graphml>",
    "bad.csv": "source,target\na\n\x00,b,c,d\n",
}


@pytest.mark.parametrize("name", sorted(CLI_BAD))
def test_cli_import_of_a_bad_file_says_one_line_exits_2_and_writes_nothing(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    src = tmp_path / name
    src.write_text(CLI_BAD[name], encoding="utf-8")
    assert main(["import", str(src), "-o", str(tmp_path / "new.workshop")]) == 2
    out, err = capsys.readouterr()
    assert out == "" and err.count("\n") == 1
    assert err.startswith(f"workshop-app: error: {src}")
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]  # no session, no leftovers


def test_gexf_export_leaves_out_a_position_that_is_not_finite(tmp_path: Path) -> None:
    """No session file can hold one any more; the export must not depend on that."""
    model = Model()
    phase = cmds.AddPhase(phase_name="Design").apply(model)
    far = cmds.AddActor(actor_name="Far", x=math.inf, y=0, present_in=(phase,)).apply(model)
    near = cmds.AddActor(actor_name="Near", x=5, y=6, present_in=(phase,)).apply(model)
    cmds.AddRelation(source=far, target=near, kind="data").apply(model)
    out = write_gexf(model, tmp_path / "far.gexf")
    positions = {el.getparent().get("label"): (el.get("x"), el.get("y"))
                 for el in etree.parse(str(out)).iter("{http://gexf.net/1.3/viz}position")}
    assert positions == {"Near": ("5.0", "-6.0")}
    if SCHEMAS.is_dir():
        assert_valid_gexf(out)
