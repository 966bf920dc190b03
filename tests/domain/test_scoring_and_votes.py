"""Votes per participant, consensus (lower median, spread, n), 3C class and tensions
(domain.md §5), table-driven."""

from __future__ import annotations

from typing import Any

import pytest

from workshop_app.domain.model import Score
from workshop_app.domain.scoring import consensus_of, level, median_low, tensions, three_c


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ([], None),
        ([3], 3),
        ([2, 4], 2),  # lower median stays on the scale (no 3.0)
        ([5, 1, 3], 3),
        ([1, 2, 4, 5], 2),
        ([4, 4, 1, 1, 5], 4),
    ],
)
def test_lower_median(values: list[int], expected: int | None) -> None:
    assert median_low(values) == expected


@pytest.mark.parametrize(
    ("score", "expected"),
    [(None, None), (1, "low"), (2, "low"), (3, "medium"), (4, "high"), (5, "high")],
)
def test_levels_read_from_scores(score: int | None, expected: str | None) -> None:
    assert level(score) == expected


THREE_C_TABLE = [
    # trust, commitment, interdependence -> class
    ((4, 4, 4), "collaboration"),
    ((5, 4, 5), "collaboration"),
    ((5, 5, 3), "coordination"),      # one medium blocks collaboration
    ((3, 3, 3), "coordination"),
    ((2, 3, 4), "coordination"),      # median level medium
    ((1, 4, 5), "coordination"),      # median level high but not all high
    ((1, 2, 5), "cooperation"),       # median level low
    ((2, 2, 2), "cooperation"),
    ((1, 1, 3), "cooperation"),
    ((None, 4, 4), None),
    ((4, None, 4), None),
    ((4, 4, None), None),
    ((None, None, None), None),
]


@pytest.mark.parametrize(("scores", "expected"), THREE_C_TABLE)
def test_three_c_class(scores: tuple[int | None, int | None, int | None], expected: str | None) -> None:
    assert three_c(*scores) == expected


TENSIONS_TABLE = [
    ((2, 3, 4), ["high interdependence but low trust"]),
    ((4, 1, 3), ["high trust but low commitment"]),
    ((1, 5, 5), ["high commitment but low trust", "high interdependence but low trust"]),
    ((3, 3, 3), []),
    ((2, 3, 3), []),       # one level apart is no tension
    ((None, 5, 1), ["high commitment but low interdependence"]),
    ((None, None, 5), []),  # unscored is never read as low
]


@pytest.mark.parametrize(("scores", "expected"), TENSIONS_TABLE)
def test_tensions_text(scores: tuple[int | None, int | None, int | None], expected: list[str]) -> None:
    assert tensions(*scores) == expected


def test_consensus_of_records_and_dicts_keeps_unscored_apart() -> None:
    votes: list[Any] = [
        Score(1, 1, 1, trust=5, commitment=None, interdependence=2),
        {"trust": 1, "commitment": None, "interdependence": 3},
        Score(1, 1, 3, trust=3),
    ]
    c = consensus_of(votes)
    assert (c["trust"].median, c["trust"].spread, c["trust"].n) == (3, 4, 3)
    assert (c["trust"].low, c["trust"].high) == (1, 5)
    assert (c["commitment"].median, c["commitment"].spread, c["commitment"].n) == (None, None, 0)
    assert (c["interdependence"].median, c["interdependence"].spread, c["interdependence"].n) \
        == (2, 1, 2)


# -- through the session -------------------------------------------------------------------
def test_each_participant_keeps_their_own_vote(ws: Any) -> None:
    s = ws.s
    votes = s.scores(ws.info, ws.design)
    assert [(v["participant"], v["trust"], v["commitment"], v["interdependence"]) for v in votes] \
        == [("Facilitator", 4, 4, 5), ("Ana", 2, 3, 4)]
    assert all(v["time"] for v in votes)
    s.score(ws.info, ws.design, trust=5, participant="Ana")  # Ana changes her mind on trust
    votes = s.scores(ws.info, ws.design)
    assert [(v["participant"], v["trust"], v["commitment"]) for v in votes] \
        == [("Facilitator", 4, 4), ("Ana", 5, 3)]


def test_session_consensus_and_class(ws: Any) -> None:
    s = ws.s
    c = s.consensus(ws.info, ws.design)
    assert {d: (c[d].median, c[d].spread, c[d].n) for d in c} == {
        "trust": (2, 2, 2), "commitment": (3, 1, 2), "interdependence": (4, 1, 2)}
    # new sessions: weakest dimension per voter (facilitator collaboration, Ana cooperation)
    assert s.threec_rule == "weakest"
    assert s.three_c(ws.info, ws.design) == "cooperation"
    s.set_threec_rule("median")  # the rule of files from before schema 3: medians 2/3/4
    assert s.three_c(ws.info, ws.design) == "coordination"
    bo = s.add_participant("Bo")
    s.score(ws.info, ws.design, 5, 5, 5, participant=bo)
    assert s.three_c(ws.info, ws.design) == "collaboration"  # medians 4/4/5 now
    s.set_threec_rule("weakest")
    assert s.three_c(ws.info, ws.design) == "collaboration"  # two of three voters
    assert s.three_c(ws.data, ws.design) is None


def test_clearing_a_dimension_keeps_the_others_and_empty_votes_vanish(ws: Any) -> None:
    s = ws.s
    s.clear_score(ws.info, ws.design, ["trust"], participant="Ana")
    ana = [v for v in s.scores(ws.info, ws.design) if v["participant"] == "Ana"][0]
    assert (ana["trust"], ana["commitment"], ana["interdependence"]) == (None, 3, 4)
    s.clear_score(ws.info, ws.design, participant="Ana")
    assert [v["participant"] for v in s.scores(ws.info, ws.design)] == ["Facilitator"]
    assert s.consensus(ws.info, ws.design)["trust"].n == 1


def test_scoring_with_the_default_participant_deleted_brings_it_back(ws: Any, probes: Any) -> None:
    from workshop_app.domain import commands as cmds

    s = ws.s
    s.execute(cmds.DeleteParticipant(participant_id=ws.facilitator.id))
    n = len(probes.events(ws.path))
    vote = s.score(ws.data, ws.design, trust=2)
    assert vote is not None and vote.trust == 2
    assert [p.name for p in s.participants] == ["Ana", "Facilitator"]
    assert len(probes.events(ws.path)) == n + 1  # one step, one undo
    s.undo()
    assert [p.name for p in s.participants] == ["Ana"]
    assert s.scores(ws.data, ws.design) == []
