"""Agreement (Krippendorff's alpha, ordinal): a hand-checked value, the published worked
example, the room's votes only, and "undefined" where alpha has no value."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from workshop_app.analysis.agreement import (
    FEWER_THAN_TWO,
    NO_VARIATION,
    NOTHING_SCORED,
    agreement_table,
    alpha_of_ratings,
    session_agreement,
)
from workshop_app.domain.commands_evidence import SetParticipantKind
from workshop_app.session import Session


def test_alpha_matches_a_value_worked_out_by_hand() -> None:
    """Two voters, three relations, trust votes (1, 1), (2, 3), (3, 3).

    Every unit has two values, so all six are pairable: n = 6 with n_1 = 2, n_2 = 1, n_3 = 3.
    Coincidences (each ordered pair within a unit counts 1/(m_u - 1) = 1): o_11 = 2,
    o_23 = o_32 = 1, o_33 = 2.
    Ordinal distance: delta²(c, k) = (sum of n_g for g from c to k - (n_c + n_k) / 2)², so
    delta²(1,2) = (3 - 1.5)² = 2.25, delta²(2,3) = (4 - 2)² = 4, delta²(1,3) = (6 - 2.5)² = 12.25.
    Observed: D_o = (o_23·4 + o_32·4) / n = 8 / 6 = 4/3.
    Expected: D_e = 2·(n_1·n_2·2.25 + n_1·n_3·12.25 + n_2·n_3·4) / (n·(n - 1))
                  = 2·(4.5 + 73.5 + 12) / 30 = 6.
    alpha = 1 - D_o / D_e = 1 - (4/3) / 6 = 7/9 = 0.777...
    """
    found = alpha_of_ratings("trust", [[1, 2, 3], [1, 3, 3]])
    assert found.alpha == pytest.approx(7 / 9)
    assert (found.units, found.voters, found.values) == (3, 2, 6)
    assert found.value_text() == "0.78"


def test_alpha_matches_krippendorffs_worked_example() -> None:
    """Krippendorff (2011), "Computing Krippendorff's alpha-reliability", the example with
    four observers, twelve units and missing values: ordinal alpha = 0.815."""
    rows = [[1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None],
            [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],
            [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None],
            [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None]]
    found = alpha_of_ratings("trust", rows)
    assert round(found.alpha, 3) == 0.815
    assert found.units == 11  # unit 12 has one value: nothing to compare it with
    assert found.voters == 4


@pytest.mark.parametrize("rows, reason", [
    ([[None, None], [None, None]], NOTHING_SCORED),
    ([[4, None], [None, 2]], FEWER_THAN_TWO),
    ([[3, 3, None], [3, 3, 5]], NO_VARIATION),
])
def test_alpha_is_undefined_not_zero(rows: list[list[int | None]], reason: str) -> None:
    found = alpha_of_ratings("commitment", rows)
    assert found.alpha is None and not found.defined
    assert found.reason == reason
    assert found.value_text() == "undefined"
    assert found.text().startswith("undefined (")


def _session(path: Path) -> Session:
    """Two phases, two relations; three room voters and a reference participant."""
    s = Session.create(path, default_phases=False)
    design = s.add_phase("Design", "design")
    later = s.add_phase("Later", "implementation")
    a = s.add_actor("City", present_in=[design.id, later.id])
    b = s.add_actor("Utility", "private", present_in=[design.id, later.id])
    c = s.add_actor("University", "academia", present_in=[design.id, later.id])
    r1 = s.add_relation(a, b)
    r2 = s.add_relation(b, c)
    ana, ben = s.participants[0], s.add_participant("Ben")
    case = s.add_participant("Case record")
    s.execute(SetParticipantKind(participant_id=case.id, kind="reference"))
    # design: trust (1,1) on r1 and (2,3) on r2 by the room; the reference says 5 everywhere
    s.score(r1, design, trust=1, commitment=4, participant=ana)
    s.score(r1, design, trust=1, commitment=4, participant=ben)
    s.score(r2, design, trust=2, commitment=4, participant=ana)
    s.score(r2, design, trust=3, commitment=4, participant=ben)
    for r in (r1, r2):
        s.score(r, design, trust=5, commitment=1, participant=case)
    # later: only Ana votes, so nothing is compared there
    s.score(r1, later, trust=3, commitment=3, participant=ana)
    return s


def test_session_alpha_counts_room_voters_only(tmp_path: Path) -> None:
    with _session(tmp_path / "a.workshop") as s:
        found = session_agreement(s.model)
        design, later = (p.id for p in s.phases)
        trust = found.phases[design]["trust"]
        # units (1,1) and (2,3): n = 4 with n_1 = 2, n_2 = 1, n_3 = 1; o_23 = o_32 = 1;
        # delta²(2,3) = 1, delta²(1,2) = 2.25, delta²(1,3) = (4 - 1.5)² = 6.25;
        # D_o = 2/4; D_e = 2·(2·2.25 + 2·6.25 + 1·1) / 12 = 3; alpha = 1 - 0.5/3 = 5/6.
        assert trust.alpha == pytest.approx(5 / 6)
        assert (trust.units, trust.voters) == (2, 2)  # the case record is no voter
        # commitment: the room gave 4 every time; the reference's 1s are not votes
        assert found.phases[design]["commitment"].reason == NO_VARIATION
        assert found.phases[later]["trust"].reason == FEWER_THAN_TWO
        assert found.phases[later]["interdependence"].reason == NOTHING_SCORED
        # the session pools the units of every phase: the later phase's single vote adds none
        assert found.session["trust"].alpha == pytest.approx(5 / 6)
        assert found.session["trust"].units_scored == 3
        assert found.voters == 2


def test_agreement_table_has_a_row_per_scope_and_dimension(tmp_path: Path) -> None:
    with _session(tmp_path / "a.workshop") as s:
        rows = agreement_table(s.model)
    assert len(rows) == 3 * (1 + 2)
    session_trust = next(r for r in rows if r["scope"] == "session" and r["dimension"] == "trust")
    assert session_trust["phase_id"] is None
    assert math.isclose(session_trust["alpha"], 5 / 6, rel_tol=1e-5)
    undefined = [r for r in rows if not r["defined"]]
    assert undefined and all(r["alpha"] is None and r["undefined_reason"] for r in undefined)


def test_demos_have_no_room_votes_so_alpha_is_undefined() -> None:
    """The demos hold levels from their case records (reference participants), not votes."""
    demo = Path(__file__).resolve().parents[2] / "sessions" / "darmstadt.workshop"
    with Session.open(demo, read_only=True) as s:
        found = session_agreement(s.model)
    assert all(a.alpha is None for a in found.session.values())
    assert {a.reason for a in found.session.values()} == {NOTHING_SCORED}


def test_metrics_command_reports_agreement(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from workshop_app.cli import main

    path = tmp_path / "a.workshop"
    _session(path).close()
    assert main(["metrics", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["agreement"]["session"]["trust"]["alpha"] == pytest.approx(5 / 6, abs=1e-6)
    assert data["agreement"]["session"]["trust"]["voters"] == 2
    later = data["phases"][1]["agreement"]
    assert later["trust"]["alpha"] is None
    assert later["trust"]["undefined_reason"] == FEWER_THAN_TWO
    assert main(["metrics", str(path)]) == 0
    text = capsys.readouterr().out
    assert "trust             0.83 (2 relations compared, 2 voters)" in text
    assert f"agreement trust            undefined ({FEWER_THAN_TWO})" in text


def test_agreement_rows_for_the_corpus_carry_the_workshop(tmp_path: Path) -> None:
    from workshop_app.research.agreement import COLUMNS, agreement_rows

    with _session(tmp_path / "a.workshop") as s:
        rows = agreement_rows(s, "harbour-2024")
    assert {r["workshop"] for r in rows} == {"harbour-2024"}
    assert list(rows[0])[1:] == list(COLUMNS)
