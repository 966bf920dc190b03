"""The facilitation prompts: the whole catalogue, and the right ones for each phase."""

from __future__ import annotations

from collections import Counter

import pytest

from workshop_app.analysis.prompts import PROMPTS, PROMPTS_BY_ID, STAGES, prompts_for, stage_for
from workshop_app.domain.vocabulary import PHASE_KEYS


def test_twenty_three_prompts_tagged_with_framework_and_source() -> None:
    assert [p.id for p in PROMPTS] == [f"P{i}" for i in range(1, 24)]
    assert Counter(p.stage for p in PROMPTS) == {
        "design": 8, "piloting": 4, "implementation_scaling": 5, "maintenance": 3, "any": 3}
    for p in PROMPTS:
        assert p.framework and p.source[:3] in {"000", "001", "002", "003", "004"}
        assert p.text.endswith("?") and p.stage in STAGES
    assert PROMPTS_BY_ID["P14"].framework == "Data and lock-in"
    assert PROMPTS_BY_ID["P2"].source == "000/003"


@pytest.mark.parametrize(("key", "first", "count"), [
    ("design", "P1", 8), ("piloting", "P9", 4), ("implementation", "P13", 5),
    ("scaling", "P13", 5), ("maintenance", "P18", 3),
])
def test_every_canonical_key_gets_its_stage_and_the_any_phase_prompts(
        key: str, first: str, count: int) -> None:
    assert key in PHASE_KEYS
    got = prompts_for(key)
    assert got[0].id == first
    assert len(got) == count + 3
    assert [p.id for p in got[-3:]] == ["P21", "P22", "P23"]


@pytest.mark.parametrize(("key", "stage"), [
    ("consolidation", "implementation_scaling"),  # Antwerp's formal governance phase
    ("continuation", "maintenance"),              # Darmstadt after the funding period
    ("roll-out", "implementation_scaling"),
    ("Adoption", "maintenance"),
    ("pilot_2", "piloting"),
    ("cooperation_round", "implementation_scaling"),  # no stage word: a mid-project default
])
def test_own_keys_are_matched_by_their_words(key: str, stage: str) -> None:
    assert stage_for(key) == stage


def test_a_first_phase_with_a_silent_key_is_a_design_phase() -> None:
    assert stage_for("open_data", index=0) == "design"  # London's first phase
    assert stage_for("open_data", index=1) == "implementation_scaling"
    assert prompts_for("", index=0)[0].id == "P1"
