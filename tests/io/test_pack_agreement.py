"""The snapshot pack's Agreement block: alpha per dimension for the session and each phase,
"undefined" with its reason (never 0), and no block at all when the room has not voted."""

from __future__ import annotations

from pathlib import Path

from workshop_app import Session
from workshop_app.io import pack_text


def _voted(path: Path) -> Session:
    s = Session.create(path, title="Harbour", default_phases=False)
    design = s.add_phase("Design", "design")
    s.add_phase("Pilot", "piloting")
    a = s.add_actor("City", present_in=["Design", "Pilot"])
    b = s.add_actor("Port <authority>", present_in=["Design", "Pilot"])
    c = s.add_actor("Residents", "citizens", present_in=["Design", "Pilot"])
    r1, r2 = s.add_relation(a, b), s.add_relation(b, c)
    ana, ben = s.participants[0], s.add_participant("Ben")
    for rel, (x, y) in ((r1, (1, 1)), (r2, (2, 3))):  # alpha 5/6, worked out in tests/analysis
        s.score(rel, design, trust=x, participant=ana)
        s.score(rel, design, trust=y, participant=ben)
    return s


def test_pack_title_page_shows_agreement_with_its_counts(tmp_path: Path) -> None:
    with _voted(tmp_path / "h.workshop") as s:
        html = pack_text.title_html(s.model, title="Harbour", day="1 May", pseudonymised=False)
    block = html[html.index("<h2>Agreement</h2>"):html.index("<h2>Participants</h2>")]
    assert "<td>Whole session</td><td><b>0.83</b>" in block
    assert "2 relations, 2 voters" in block
    assert "<td>2. Pilot</td><td>undefined<br/><span class=\"small\">no room votes" in block
    assert ">0<" not in block and "0.00" not in block


def test_pack_has_no_agreement_block_without_room_votes() -> None:
    demo = Path(__file__).resolve().parents[2] / "sessions" / "antwerp.workshop"
    with Session.open(demo, read_only=True) as s:
        html = pack_text.title_html(s.model, title="A", day="1 May", pseudonymised=False)
    assert "Agreement" not in html
