"""Counts read as English at 0, 1 and 2, and a file name becomes a title a room can read."""

from __future__ import annotations

import pytest

from workshop_app.domain.wording import count, noun, title_from_stem


@pytest.mark.parametrize(("n", "word", "expected"), [
    (0, "actor", "0 actors"), (1, "actor", "1 actor"), (2, "actor", "2 actors"),
    (1, "relation", "1 relation"), (21, "relation", "21 relations"),
    (1, "person", "1 person"), (3, "person", "3 people"),
    (2, "entry", "2 entries"), (2, "day", "2 days"), (2, "match", "2 matches"),
    (1, "actor position", "1 actor position"), (2, "actor position", "2 actor positions"),
    (2, "self-loop", "2 self-loops"), (-1, "vote", "-1 votes"),
])
def test_count_agrees_with_the_number(n: int, word: str, expected: str) -> None:
    assert count(n, word) == expected


def test_noun_and_explicit_plural() -> None:
    assert noun(1, "is") == "is" and noun(2, "is") == "are"
    assert count(2, "criterion", "criteria") == "2 criteria"
    assert count(1, "criterion", "criteria") == "1 criterion"


@pytest.mark.parametrize(("stem", "title"), [
    ("iskandar", "Iskandar"),
    ("turin_smart-city", "Turin smart city"),
    ("ACME lab 2024", "ACME lab 2024"),
    ("  workshop..v2 ", "Workshop v2"),
    ("éco-quartier", "Éco quartier"),
    ("___", "Workshop"),
])
def test_title_from_a_file_stem(stem: str, title: str) -> None:
    assert title_from_stem(stem) == title
