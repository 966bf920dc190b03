"""Every possible vote gets the class the rules describe (``scoring.three_c`` answers from a
table built once; this checks the whole table against the rules written out plainly)."""

from __future__ import annotations

import itertools

import pytest

from workshop_app.domain.scoring import three_c, vote_class
from workshop_app.domain.model import Score

LEVEL = {1: 0, 2: 0, 3: 1, 4: 2, 5: 2}  # low, medium, high


def _expected(t: int | None, c: int | None, i: int | None, rule: str) -> str | None:
    if None in (t, c, i):
        return None
    levels = sorted(LEVEL[v] for v in (t, c, i) if v is not None)
    if levels == [2, 2, 2]:
        return "collaboration"
    weakest_low = levels[0] == 0
    middle_low = levels[1] == 0
    return "cooperation" if (weakest_low if rule == "weakest" else middle_low) else "coordination"


@pytest.mark.parametrize("rule", ["median", "weakest"])
def test_every_vote_on_the_scale_gets_the_rules_class(rule: str) -> None:
    scale = (None, 1, 2, 3, 4, 5)
    for t, c, i in itertools.product(scale, repeat=3):
        assert three_c(t, c, i, rule) == _expected(t, c, i, rule), (t, c, i, rule)
        assert vote_class(Score(1, 1, 1, t, c, i), rule) == _expected(t, c, i, rule)


def test_a_value_off_the_scale_or_an_unknown_rule_is_still_refused() -> None:
    with pytest.raises(KeyError):
        three_c(3, 6, 3, "median")
    with pytest.raises(ValueError, match="unknown 3C rule"):
        three_c(3, 3, 3, "strictest")
    with pytest.raises(TypeError):
        three_c([3], 3, 3, "median")  # type: ignore[arg-type]
