"""A small case-like session for the evidence tests: silence is "not described", a case
record holds a source's levels, and facts cite sources, as the rebuilt demos do."""

from __future__ import annotations

from pathlib import Path

from workshop_app import Session
from workshop_app.domain import commands as cmds

QUOTE = "the interaction between the two partners got stuck at the level of cooperation"
PRESENCE_QUOTE = "the city founded the company and remains its only shareholder"


def build_evidence_session(path: Path) -> Path:
    """Two phases; in the second the source names only two actors (the rest not described),
    and says one actor left (absent). A "Case record" reference participant states levels
    4, 4, 2 on one relation, where two room voters said 3, 3, 3 and 3, 2, 3."""
    s = Session.create(path, title="Riverside data platform", default_phases=False)
    with s.bulk("build"):
        s.execute(cmds.SetMeta(key="presence_default", value="not_described"))
        s.add_phase("Design", "design")
        s.add_phase("Continuation", "piloting")
        city = s.add_actor("City of Riverside", "government", "city", x=-260, y=-40, present_in=["Design"])
        company = s.add_actor("Riverside Data GmbH", "private", "city", x=40, y=-160,
                              present_in=["Design", "Continuation"])
        uni = s.add_actor("Riverside University", "academia", "regional", x=300, y=40, present_in=["Design"])
        forum = s.add_actor("Residents' forum", "citizens", "neighbourhood", x=-180, y=180,
                            present_in=["Design"])
        ministry = s.add_actor("Federal ministry", "government", "national", x=320, y=-220,
                               present_in=["Design", "Continuation"])
        s.add_actor("Consultancy", "unknown", "unknown", x=60, y=200)
        stated = s.add_source("stated", document="002", section="4.2 Growth phase", quote=QUOTE)
        founded = s.add_source("stated", document="002", section="4.1 Initiation", page="7",
                               quote=PRESENCE_QUOTE)
        left = s.add_source("inferred", document="002", author="case encoder",
                            reason="the chapter names the university only in the design phase")
        s.set_presence(city, "Design", roles=["initiator", "orchestrator"])
        s.cite(("presence", city, "Design"), founded)
        s.cite(("role", city, "Design", "orchestrator"), founded)
        s.set_presence_state(uni, "Continuation", "absent", left)
        deal = s.add_relation(city, company, "agreement")
        s.add_relation(company, uni, "information")
        s.add_relation(city, forum, "consultation")
        funds = s.add_relation(ministry, company, "funding")
        for rel in (deal, funds):
            s.set_relation_state(rel, "Design", "active")
        s.set_relation_state(funds, "Continuation", "active")
        s.set_relation_state(s.relation(2), "Design", "active")
        s.set_relation_state(s.relation(3), "Design", "active")
        record = s.add_participant("Case record")
        s.set_participant_kind(record, "reference", stated)
        s.score(deal, "Design", 4, 4, 2, participant=record)
        ana, ben = s.add_participant("Ana"), s.add_participant("Ben")
        s.score(deal, "Design", 3, 3, 3, participant=ana)
        s.score(deal, "Design", 3, 2, 3, participant=ben)
        s.set_stated_class("Design", "cooperation", relation=deal, source=stated)
    s.close()
    return path


__all__ = ["build_evidence_session", "QUOTE", "PRESENCE_QUOTE"]
