"""The 3C class the way the papers use it (002): the weakest-dimension rule, the per-voter
classes beside the room's class, reference records kept out of the room's median, asymmetric
interdependence, and the flag where a relation's kind and its class disagree."""

from __future__ import annotations

from typing import Any

import pytest

from workshop_app.domain.model import Score
from workshop_app.domain.scoring import (
    class_distribution,
    derived_class,
    kind_class_mismatch,
    three_c,
    vote_class,
)


def _votes(*levels: tuple[int, int, int]) -> list[Score]:
    return [Score(1, 1, i + 1, *lv) for i, lv in enumerate(levels)]


# -- the paper's examples ----------------------------------------------------------------------
def test_project_teams_with_only_commitment_low_are_cooperation() -> None:
    """002, Temporal Dynamic: Antwerp's project teams lacked commitment; the paper says
    cooperation. The median rule said coordination."""
    assert three_c(3, 2, 3, "weakest") == "cooperation"
    assert three_c(3, 2, 3, "median") == "coordination"


def test_darmstadt_growth_phase_is_stuck_at_cooperation() -> None:
    """002: "not necessarily issues of trust and commitment", connections still to grow."""
    assert three_c(4, 4, 2, "weakest") == "cooperation"
    assert three_c(4, 4, 2, "median") == "coordination"


@pytest.mark.parametrize("rule", ["median", "weakest"])
def test_both_rules_agree_on_collaboration_and_unscored(rule: str) -> None:
    assert three_c(4, 5, 4, rule) == "collaboration"
    assert three_c(4, 4, 3, rule) == "coordination"
    assert three_c(1, 2, 2, rule) == "cooperation"
    assert three_c(4, None, 4, rule) is None  # unscored is never guessed


def test_an_unknown_rule_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown 3C rule 'mean'"):
        three_c(3, 3, 3, "mean")


def test_medians_can_give_a_class_no_voter_holds() -> None:
    """Votes (5,5,1), (1,5,5), (5,1,5): each voter alone says coordination under the median
    rule, but the per-dimension medians are 5/5/5, collaboration. The weakest rule reads each
    voter first (all cooperation), and the distribution shows the room as it is."""
    votes = _votes((5, 5, 1), (1, 5, 5), (5, 1, 5))
    assert [vote_class(v, "median") for v in votes] == ["coordination"] * 3
    assert class_distribution(vote_class(v, "median") for v in votes) == {"coordination": 3}
    assert derived_class(votes, "median") == "collaboration"  # why the distribution is shown
    assert [vote_class(v, "weakest") for v in votes] == ["cooperation"] * 3
    assert derived_class(votes, "weakest") == "cooperation"


def test_the_weakest_rule_takes_the_lower_median_of_the_voters_classes() -> None:
    votes = _votes((5, 5, 5), (4, 4, 4), (3, 3, 3), (1, 5, 5))
    assert [vote_class(v, "weakest") for v in votes] == [
        "collaboration", "collaboration", "coordination", "cooperation"]
    assert derived_class(votes, "weakest") == "coordination"
    assert derived_class(votes[:2], "weakest") == "collaboration"
    assert derived_class([Score(1, 1, 1, trust=5)], "weakest") is None  # nobody scored all three


def test_asymmetric_interdependence_reads_the_weaker_direction() -> None:
    one_sided = Score(1, 1, 1, trust=4, commitment=4, interdependence=5, interdependence_back=2)
    assert vote_class(one_sided, "weakest") == "cooperation"
    assert vote_class(one_sided, "median") == "coordination"  # high, high, low: middle is high
    both = Score(1, 1, 1, trust=4, commitment=4, interdependence=5, interdependence_back=4)
    assert vote_class(both, "weakest") == vote_class(both, "median") == "collaboration"
    assert derived_class([one_sided, both], "median") == "coordination"  # back median 2


@pytest.mark.parametrize(("kind", "cls", "flagged"), [
    ("information", "collaboration", True),
    ("information", "coordination", False),
    ("information", "cooperation", False),
    ("agreement", "cooperation", True),
    ("decision", "cooperation", True),
    ("agreement", "coordination", False),
    ("decision", "collaboration", False),
    ("resources", "cooperation", False),
    ("information", None, False),
])
def test_kind_and_class_disagree(kind: str, cls: str | None, flagged: bool) -> None:
    reason = kind_class_mismatch(kind, cls)
    assert (reason is not None) == flagged
    if reason:
        assert reason.startswith(f"{kind} relation labelled {cls}") and "002" in reason


# -- through the session -------------------------------------------------------------------------
def test_a_reference_record_is_shown_beside_the_room_and_never_pooled(ws: Any) -> None:
    """A room vote of 4s and a case record of 2s: the record is a reference mark, not a vote,
    until the facilitator chooses to pool references."""
    s = ws.s
    s.score(ws.info, ws.piloting, 4, 4, 4)
    record = s.add_participant("Case record")
    src = s.add_source("stated", document="002", section="Temporal Dynamic",
                       quote="resembling cooperation")
    s.set_participant_kind(record, "reference", src)
    s.score(ws.info, ws.piloting, 2, 2, 2, participant=record)
    assert s.three_c(ws.info, ws.piloting) == "collaboration"
    assert s.consensus(ws.info, ws.piloting)["trust"].n == 1
    [ref] = s.reference_levels(ws.info, ws.piloting)
    assert (ref["trust"], ref["pooled"], ref["source"]["quote"]) == (2, False, "resembling cooperation")
    assert s.voter_classes(ws.info, ws.piloting)["distribution"] == {"collaboration": 1}
    edge = s.graph(ws.piloting).edges[ws.city.id, ws.vendor.id, ws.info.id]
    assert (edge["trust"], edge["trust_votes"], edge["threec"]) == (4, 1, "collaboration")
    s.set_pool_references(True)
    assert s.consensus(ws.info, ws.piloting)["trust"].n == 2
    assert s.three_c(ws.info, ws.piloting) == "cooperation"  # lower median of the two classes
    assert s.reference_levels(ws.info, ws.piloting)[0]["pooled"] is True
    s.undo()
    assert s.three_c(ws.info, ws.piloting) == "collaboration"


def test_the_stated_class_stands_beside_the_derived_one(ws: Any) -> None:
    s = ws.s
    s.score(ws.info, ws.piloting, 4, 4, 4)
    src = s.add_source("stated", document="002", section="Temporal Dynamic",
                       quote="resembling cooperation")
    s.set_stated_class(ws.piloting, "cooperation", relation=ws.info, source=src)
    assert s.three_c(ws.info, ws.piloting) == "collaboration"
    assert s.stated_class(ws.info, ws.piloting)["class"] == "cooperation"
    assert s.class_conflicts(ws.info, ws.piloting) == [{
        "class_of": "derived", "class": "collaboration",
        "reason": kind_class_mismatch("information", "collaboration")}]
    s.set_stated_class(ws.piloting, "coordination", relation=ws.info)  # replaces, one per scope
    assert len(s.model.tables["stated_classes"]) == 1
    assert s.stated_class(ws.info, ws.piloting)["source"] is None


def test_a_reference_participant_is_not_asked_in_a_scoring_round(ws: Any) -> None:
    from workshop_app.domain.rounds import default_participants

    s = ws.s
    record = s.add_participant("Case file")
    assert record.id in default_participants(s.model, ["Facilitator"])
    s.set_participant_kind(record, "reference")
    assert default_participants(s.model, ["Facilitator"]) == [ws.ana.id]
