"""docs/exchange.md, the specification importers are written from, names everything the
exports write: every table and column (the tables only the research bundle writes too, such
as ``agreement``), every GEXF attribute, every GraphML key, every key of a vote; and what it
marks as read back is what the reference reader and the session block use
(``exchange.READ_BACK``)."""

from __future__ import annotations

import re
from pathlib import Path

from workshop_app.io.codebook import DERIVED_TABLES, TABLES
from workshop_app.io.exchange import READ_BACK, VOTE_KEYS
from workshop_app.io.gexf import EDGE_DYNAMIC, EDGE_STATIC, NODE_DYNAMIC, NODE_STATIC
from workshop_app.io.graphml import EDGE_KEYS, GRAPH_KEYS, NODE_KEYS
from workshop_app.session.tables import TABLE_ORDER

SPEC = Path(__file__).resolve().parents[2] / "docs" / "exchange.md"


def _named() -> set[str]:
    """Every `name` the spec writes in backticks (a cell of a table may list several)."""
    return set(re.findall(r"`([a-z_<>0-9]+)`", SPEC.read_text(encoding="utf-8")))


def test_the_spec_names_every_table_and_column() -> None:
    named = _named()
    assert [t for t in TABLE_ORDER if t not in named] == []
    missing = [f"{t}.{c}" for t, spec in TABLES.items() for c in spec["columns"]
               if c not in named and not re.fullmatch(r"(trust|commitment|interdependence)_(median|spread|n)", c)]
    assert missing == []


def test_the_spec_names_every_network_attribute_and_vote_key() -> None:
    named = _named()
    attributes = {k for k, _ in (*NODE_STATIC, *NODE_DYNAMIC, *EDGE_STATIC, *EDGE_DYNAMIC,
                                 *GRAPH_KEYS, *NODE_KEYS, *EDGE_KEYS)}
    assert sorted(attributes - named) == []
    assert [k for k in VOTE_KEYS if k not in named] == []


def test_read_back_columns_are_columns_of_their_tables() -> None:
    assert set(READ_BACK) == set(TABLE_ORDER)
    for table, cols in READ_BACK.items():
        assert set(cols) <= set(TABLES[table]["columns"]), table


def test_the_spec_names_every_table_only_the_bundle_writes_with_its_columns() -> None:
    """The bundle's derived tables (``agreement``) have a section of their own: the table's
    name in its heading, each column in backticks, and the key the codebook gives."""
    text = SPEC.read_text(encoding="utf-8")
    for table, spec in DERIVED_TABLES.items():
        heading = re.search(rf"^### {table} — (.*)$", text, re.M)
        assert heading is not None, f"no section for {table}"
        section = text[heading.end():].split("\n## ", 1)[0].split("\n### ", 1)[0]
        named = set(re.findall(r"`([a-z_<>0-9]+)`", section))
        assert [c for c in spec["columns"] if c not in named] == [], table
        assert all(k in named for k in spec["key"]), table
        assert f"csv/{table}.csv" in section  # where a reader finds it
