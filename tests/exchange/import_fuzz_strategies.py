"""Hypothesis strategies for hostile foreign files: plausible in shape, wrong in detail.

Each strategy draws a whole file as bytes (so encodings and truncation are part of the draw)
that looks like what the importer expects -- a Kumu export, a GEXF or GraphML document, a
CSV pair -- but with wrong types, missing or dangling fields, numbers no float can hold
(``inf``, ``nan``, ``1e400``, thousands of digits), deep nesting, control characters and
half characters. Sizes are kept small: a case is about breaking the parser, not the disk.
"""

from __future__ import annotations

import csv
import io
import re
from typing import Any

from hypothesis import strategies as st

# -- shared pieces -------------------------------------------------------------------------
NASTY_CHARS = ["\x00", "\x07", "\x1b", "\x7f", "\x85", "\u2028", "\u202e", "\ufeff", "\ufffe",
               "&", "<", ">", '"', "'", "]]>", "\n", "\r", "\t", " ", ";", ",", "é", "🙂",
               "\\", "{", "[", "٣"]
NUMBER_TOKENS = ["inf", "-inf", "Infinity", "nan", "NaN", "1e400", "-1e400", "1e308", "12px",
                 "", " ", "0x10", "1_000", "٣", "+5", " 3 ", "0.5", "3", "5", "-0", "1e-400",
                 "9" * 400, "9" * 5000, "true"]

hostile_text = st.lists(
    st.one_of(st.sampled_from(NASTY_CHARS), st.text(max_size=6)), max_size=6,
).map("".join)
number_text = st.one_of(
    st.sampled_from(NUMBER_TOKENS),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.integers(min_value=-(10**40), max_value=10**40).map(str),
)
ID_POOL = ["a", "b", "c", "A", "1", " ", "", "a ", "x\ny"]
some_id = st.one_of(st.sampled_from(ID_POOL), hostile_text)


def encode(text: str, how: str, cut: int | None) -> bytes:
    """The file's bytes: an encoding (right or wrong) and, sometimes, a truncation."""
    if how == "utf-16":
        data = text.encode("utf-16", errors="surrogatepass")
    elif how == "latin-1":
        data = text.encode("latin-1", errors="replace")
    elif how == "utf-8-sig":
        data = b"\xef\xbb\xbf" + text.encode("utf-8", errors="surrogatepass")
    else:
        data = text.encode("utf-8", errors="surrogatepass")
    if cut is not None and data:
        data = data[: cut % len(data)]
    return data


# Hypothesis favours small integers and the first elements of a list, so "rarely" is the
# last of eight: most drawn files keep their overall shape and are wrong in some detail.
rarely = st.sampled_from([False] * 7 + [True])
very_rarely = st.tuples(rarely, rarely).map(all)  # for what every item may do


def mostly(usual: st.SearchStrategy[Any], odd: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    """``usual``, and ``odd`` about one time in eight."""
    return rarely.flatmap(lambda is_odd: odd if is_odd else usual)


encodings = mostly(st.just("utf-8"), st.sampled_from(["utf-8-sig", "utf-16", "latin-1"]))
cuts = rarely.flatmap(lambda cut: st.integers(min_value=0) if cut else st.none())


# -- Kumu JSON -----------------------------------------------------------------------------
class Raw:
    """A JSON token written as is (``NaN``, ``1e400``, 5,000 digits, 100,000 brackets)."""

    def __init__(self, text: str) -> None:
        self.text = text


def to_json(value: Any) -> str:
    """JSON text by hand, so that tokens ``json.dumps`` refuses to write can be in it."""
    if isinstance(value, Raw):
        return value.text
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return repr(value) if isinstance(value, float) else str(value)
    if isinstance(value, str):
        out = ['"']
        for ch in value:
            if ch in '"\\':
                out.append("\\" + ch)
            elif ord(ch) < 0x20 or 0xD800 <= ord(ch) <= 0xDFFF:
                out.append(f"\\u{ord(ch):04x}")
            else:
                out.append(ch)
        return "".join(out) + '"'
    if isinstance(value, list):
        return "[" + ",".join(to_json(v) for v in value) + "]"
    return "{" + ",".join(f"{to_json(str(k))}:{to_json(v)}" for k, v in value.items()) + "}"


json_number = very_rarely.flatmap(lambda odd: odd_number if odd else plain_number)
plain_number = st.one_of(st.integers(min_value=-(10**6), max_value=10**6),
                         st.floats(allow_nan=False, allow_infinity=False))
odd_number = (
    st.sampled_from(["1e400", "-1e400", "9" * 400, "9" * 5000, "1E+999999", "-0.0e-999",
                     "NaN", "Infinity", "-Infinity"]).map(Raw)
)
deep = st.integers(min_value=60, max_value=200_000).map(lambda n: Raw("[" * n + "]" * n))
json_scalar = st.one_of(st.none(), st.booleans(), json_number, hostile_text,
                        st.sampled_from(NUMBER_TOKENS),
                        very_rarely.map(lambda half: "Broken \ud800 half" if half else "whole"))
shallow_value = st.recursive(
    json_scalar,
    lambda kids: st.one_of(st.lists(kids, max_size=3),
                           st.dictionaries(st.sampled_from(["x", "y", "label", "type", "a"]),
                                           kids, max_size=3)),
    max_leaves=6,
)
json_value = very_rarely.flatmap(lambda deep_one: deep if deep_one else shallow_value)
position = st.one_of(
    st.none(), json_value,
    st.fixed_dictionaries({}, optional={"x": st.one_of(json_number, json_value),
                                        "y": st.one_of(json_number, json_value)}),
)
KUMU_FIELDS = ["label", "type", "element type", "description", "trust", "commitment",
               "interdependence", "direction", "roles", "scale", "tags", "attrs"]


@st.composite
def kumu_fields(draw: st.DrawFn, refs: list[str]) -> dict[str, Any]:
    keys = draw(st.lists(mostly(st.sampled_from(KUMU_FIELDS[1:]), hostile_text), max_size=4))
    if not draw(rarely):
        keys.insert(0, "label")
    plain = st.one_of(st.sampled_from(refs + ["government", "funding", "NGO"]), json_scalar)
    return {k: draw(mostly(plain, json_value)) for k in keys}


@st.composite
def kumu_documents(draw: st.DrawFn) -> bytes:
    ids = draw(st.lists(mostly(st.sampled_from(ID_POOL[:5]), some_id), min_size=1, max_size=5))
    refs = ids + ["nobody"]

    def element() -> Any:
        if draw(very_rarely):
            return draw(json_value)  # not an object at all
        el: dict[str, Any] = {}
        if ids and not draw(rarely):
            el["_id"] = draw(mostly(st.sampled_from(ids), json_value))
        fields = draw(kumu_fields(refs))
        if draw(st.booleans()):
            el["attributes"] = draw(mostly(st.just(fields), json_value))
        else:
            el.update(fields)
        return el

    def connection() -> Any:
        if draw(very_rarely):
            return draw(json_value)
        conn: dict[str, Any] = {side: draw(mostly(st.sampled_from(refs), json_value))
                                for side in ("from", "to") if not draw(rarely)}
        conn.update(draw(kumu_fields(refs)))
        if draw(st.booleans()):
            conn["reversed"] = draw(json_value)
        return conn

    def listing(make: Any, n_max: int) -> Any:
        if draw(rarely):
            return draw(json_value)  # not a list
        return [make() for _ in range(draw(st.integers(0, n_max)))]

    def placement() -> Any:
        if draw(very_rarely):
            return draw(json_value)
        return {"element": draw(mostly(st.sampled_from(refs), json_value)),
                "position": draw(position)}

    doc: Any = {"elements": listing(element, 5)}
    if draw(st.booleans()):
        doc["connections"] = listing(connection, 5)
    if draw(st.booleans()):
        doc["maps"] = listing(lambda: {"elements": listing(placement, 5)}, 2)
    for extra in ("name", "loops", "perspectives"):
        if draw(rarely):
            doc[extra] = draw(json_value)
    if draw(rarely) and draw(rarely):
        doc = draw(json_value)  # not a Kumu document at all
    return encode(to_json(doc), draw(encodings), draw(cuts))


# -- XML (GEXF, GraphML) ---------------------------------------------------------------------
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
xml_text = very_rarely.flatmap(
    lambda raw: hostile_text if raw else hostile_text.map(lambda t: _NOT_XML.sub("", t)))
xml_id = mostly(st.sampled_from(ID_POOL[:5]), xml_text)


def xml_attr(value: str) -> str:
    """An attribute value escaped for markup (control characters left in: a hostile file)."""
    return (value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("\n", "&#10;"))


xml_value = st.one_of(number_text, xml_text, st.sampled_from(
    ["2020-01-01", "2021-13-45", "2020-01-01T10:00:00+0200", "0001-01-01T00:00:00+14:00",
     "9999-12-31", "[1,2]", "[inf, nan]", "<1 2>"]))


@st.composite
def attrs_of(draw: st.DrawFn, names: list[str], values: Any = xml_value) -> str:
    chosen = draw(st.lists(st.sampled_from(names), max_size=len(names), unique=True))
    return "".join(f' {n}="{xml_attr(draw(values))}"' for n in chosen)


def _references(ids: list[str]) -> st.SearchStrategy[str]:
    """Mostly a node the file defines; now and then one it does not."""
    known = st.sampled_from(ids) if ids else st.just("ghost")
    return very_rarely.flatmap(lambda odd: st.one_of(st.just("ghost"), xml_id) if odd else known)


node_ids = mostly(st.lists(xml_id, min_size=1, max_size=4, unique=True),
                  st.lists(xml_id, max_size=4))
time_value = very_rarely.flatmap(lambda odd: xml_value if odd else st.integers(0, 4).map(str))
GEXF_NS = ["http://gexf.net/1.3", "http://www.gexf.net/1.2draft", "http://example.org/x", ""]
TIME_ATTRS = ["start", "end", "startopen", "endopen", "timestamp", "timestamps", "intervals"]


@st.composite
def gexf_documents(draw: st.DrawFn) -> bytes:
    ns = draw(st.sampled_from(GEXF_NS))
    ids = draw(node_ids)
    ref = _references(ids)
    parts = [f'<?xml version="1.0" encoding="UTF-8"?>\n<gexf xmlns="{ns}" '
             'xmlns:viz="http://gexf.net/1.3/viz" version="1.3">']
    if draw(st.booleans()):
        lines = draw(st.lists(st.one_of(
            st.builds(lambda n, name, key: f"Phase {n} = {name} [{key}]",
                      st.one_of(st.integers(0, 40).map(str), st.just("9" * 5000)),
                      xml_text, xml_text),
            st.just("Phases: 1 = Plan; 2 = Pilot"), xml_text), max_size=3))
        parts.append("<meta><description>" + xml_attr("\n".join(lines)) + "</description></meta>")
    graph_attrs = draw(attrs_of(["timeformat", "mode", "defaultedgetype"], mostly(
        st.sampled_from(["double", "integer", "date", "datetime", "dynamic", "directed",
                         "undirected"]), xml_value)))
    graph_attrs += draw(attrs_of(["start", "end"], time_value))
    parts.append(f"<graph{graph_attrs}>")
    for cls in draw(st.lists(st.sampled_from(["node", "edge", "bogus"]), max_size=2)):
        mode = draw(st.sampled_from(["static", "dynamic"]))
        parts.append(f'<attributes class="{cls}" mode="{mode}">')
        for aid in draw(st.lists(st.sampled_from(["0", "1", "trust", "type"]), max_size=3)):
            title = draw(st.one_of(st.sampled_from(["trust", "type", "roles", "kind", "x"]),
                                   xml_text))
            default = (f"<default>{xml_attr(draw(xml_value))}</default>"
                       if draw(st.booleans()) else "")
            parts.append(f'<attribute id="{xml_attr(aid)}" title="{xml_attr(title)}" '
                         f'type="{draw(st.sampled_from(["string", "integer", "double", "x"]))}">'
                         f"{default}</attribute>")
        parts.append("</attributes>")

    def timed() -> str:
        return draw(attrs_of(TIME_ATTRS, time_value))

    def spells_and_values() -> str:
        out = ""
        if draw(st.booleans()):
            out += "<spells>" + "".join(f"<spell{timed()}/>" for _ in range(draw(st.integers(0, 3)))) + "</spells>"
        if draw(st.booleans()):
            out += "<attvalues>" + "".join(
                f'<attvalue for="{xml_attr(draw(st.sampled_from(["0", "1", "trust", "type", "zz"])))}" '
                f'value="{xml_attr(draw(xml_value))}"{timed()}/>'
                for _ in range(draw(st.integers(0, 3)))) + "</attvalues>"
        return out

    parts.append("<nodes>")
    for nid in ids:
        pos = ""
        if draw(st.booleans()):
            pos = f"<viz:position{draw(attrs_of(['x', 'y', 'z']))}/>"
        label = f' label="{xml_attr(draw(xml_text))}"' if draw(st.booleans()) else ""
        parts.append(f'<node id="{xml_attr(nid)}"{label}{timed()}>{spells_and_values()}{pos}</node>')
    if draw(rarely):
        parts.append("<node/>")  # no id
    parts.append("</nodes><edges>")
    for _ in range(draw(st.integers(0, 4))):
        src, tgt = draw(ref), draw(ref)
        extra = draw(attrs_of(["type", "kind", "label", "weight", "id"]))
        parts.append(f'<edge source="{xml_attr(src)}" target="{xml_attr(tgt)}"{extra}{timed()}>'
                     f"{spells_and_values()}</edge>")
    parts.append("</edges></graph></gexf>")
    text = "".join(parts)
    if draw(rarely):
        depth = draw(st.integers(100, 5000))
        text = text.replace("<nodes>", "<nodes>" + "<node id='n'><nodes>" * depth + "</nodes></node>" * depth, 1)
    return encode(text, draw(encodings), draw(cuts))


GRAPHML_NAMES = ["x", "y", "trust", "commitment", "kind", "type", "name", "label", "phase_name",
                 "phase_key", "session_title", "roles", "directed"]
GRAPHML_TYPES = ["int", "long", "double", "float", "boolean", "string", "bogus"]


@st.composite
def graphml_documents(draw: st.DrawFn) -> bytes:
    parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<graphml '
             'xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">']
    keys = []
    for n in range(draw(st.integers(0, 5))):
        kid = f"d{n}"
        keys.append(kid)
        name = draw(st.one_of(st.sampled_from(GRAPHML_NAMES), xml_text))
        default = f"<default>{xml_attr(draw(xml_value))}</default>" if draw(st.booleans()) else ""
        parts.append(f'<key id="{kid}" for="{draw(st.sampled_from(["node", "edge", "graph", "all"]))}" '
                     f'attr.name="{xml_attr(name)}" attr.type="{draw(st.sampled_from(GRAPHML_TYPES))}">'
                     f"{default}</key>")
    key_ref = st.sampled_from(keys + ["missing"])

    def data() -> str:
        return "".join(f'<data key="{draw(key_ref)}">{xml_attr(draw(xml_value))}</data>'
                       for _ in range(draw(st.integers(0, 3))))

    def geometry() -> str:
        if not draw(rarely):
            return ""
        return (f'<data key="{draw(key_ref)}"><y:ShapeNode><y:Geometry'
                f'{draw(attrs_of(["x", "y", "width", "height"]))}/></y:ShapeNode></data>')

    def graph(level: int) -> str:
        ids = draw(node_ids)
        ref = _references(ids)
        out = [f'<graph id="{xml_attr(draw(xml_text))}"'
               f'{draw(attrs_of(["edgedefault"], st.sampled_from(["directed", "undirected", "x"])))}>',
               data()]
        for nid in ids:
            inner = graph(level + 1) if level < 2 and draw(rarely) else ""
            out.append(f'<node id="{xml_attr(nid)}">{data()}{geometry()}{inner}</node>')
        for _ in range(draw(st.integers(0, 4))):
            out.append(f'<edge source="{xml_attr(draw(ref))}" target="{xml_attr(draw(ref))}"'
                       f'{draw(attrs_of(["id", "directed"]))}>{data()}</edge>')
        out.append("</graph>")
        return "".join(out)

    n_graphs = draw(mostly(st.integers(1, 3), st.sampled_from([0, 31])))
    parts += [graph(0) for _ in range(n_graphs)]
    parts.append("</graphml>")
    return encode("".join(parts), draw(encodings), draw(cuts))


# -- CSV pair ----------------------------------------------------------------------------------
NODE_COLUMNS = ["id", "label", "name", "type", "x", "y", "layout_x", "layout_y", "roles", "scale"]
EDGE_COLUMNS = ["source", "target", "from", "to", "kind", "type", "trust", "commitment",
                "directed", "attrs", "note"]
cell = st.one_of(number_text, number_text, hostile_text, st.sampled_from(ID_POOL),
                 st.sampled_from(['{"a": 1}', '{"a": NaN}', "[" * 3000 + "]" * 3000,
                                  '{"a": ' + "9" * 5000 + "}", "government", "funding", "x" * 200_000]))


def csv_table(draw: st.DrawFn, first: list[str], usual: list[str], columns: list[str],
              keys: list[list[str]]) -> bytes:
    """A table whose first columns hold ``keys`` (one list per row), mostly."""
    header = list(first) if not draw(rarely) else []
    header += [c for c in usual if not draw(rarely)]
    header += draw(st.lists(mostly(st.sampled_from(columns), hostile_text), max_size=2))
    rows = []
    for key in keys:
        width = len(header) if not draw(rarely) else draw(st.integers(0, len(header) + 1))
        rows.append([(key[i] if i < len(key) and not draw(very_rarely) else draw(cell))
                     for i in range(width)])
    delimiter = draw(st.sampled_from([",", ";", "\t"]))
    if draw(rarely):  # written by hand: quotes and delimiters as they come
        text = "\n".join(delimiter.join(r) for r in [header, *rows])
    else:
        buffer = io.StringIO()
        csv.writer(buffer, delimiter=delimiter).writerows([header, *rows])
        text = buffer.getvalue()
    return encode(text, draw(encodings), draw(cuts))


@st.composite
def csv_pairs(draw: st.DrawFn) -> tuple[bytes, bytes | None]:
    """An edges file and, mostly, a nodes file that defines the nodes the edges name."""
    ids = draw(st.lists(mostly(st.sampled_from(ID_POOL[:5]), some_id), min_size=1, max_size=5,
                        unique=True))
    ends = draw(st.lists(st.tuples(st.sampled_from(ids), st.sampled_from(ids)).map(list),
                         max_size=5))
    edges = csv_table(draw, ["source", "target"], ["kind", "trust", "attrs"], EDGE_COLUMNS, ends)
    if draw(rarely):
        return edges, None
    nodes = csv_table(draw, ["id", "label"], ["x", "y", "type"], NODE_COLUMNS,
                      [[i, draw(hostile_text)] for i in ids])
    return edges, nodes


__all__ = ["kumu_documents", "gexf_documents", "graphml_documents", "csv_pairs", "to_json", "Raw"]
