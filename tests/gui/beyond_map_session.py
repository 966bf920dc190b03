"""A small governance session for the "beyond the map" panels, written by the tests.

Three phases of a fictional city-data project, with two arenas whose relations sit at
different 3C levels (the steering committee collaborates, the project team cooperates: 002's
structural dynamic), a class a source states for the steering committee, influence and
alignment per actor, institutional work, decision points and public value.
"""

from __future__ import annotations

from pathlib import Path

from workshop_app import Session

PHASES = (("Design", "design"), ("Pilot", "piloting"), ("Growth", "scaling"))
ACTORS = (
    ("City of Harbourtown", "government", "city", -320, -120),
    ("Harbour Data Ltd", "private", "regional", 40, -150),
    ("Harbour University Lab", "academia", "regional", -140, 130),
    ("Residents' panel", "citizens", "neighbourhood", 320, 140),
    ("SensorCo", "private", "international", 360, -120),
    ("Regional Agency", "government", "regional", -420, 180),
)
# (source, target, kind, {phase: (trust, commitment, interdependence)})
RELATIONS = (
    ("City of Harbourtown", "Harbour Data Ltd", "agreement",
     {"Design": (5, 5, 5), "Pilot": (5, 4, 5), "Growth": (4, 4, 4)}),
    ("City of Harbourtown", "Harbour University Lab", "information",
     {"Design": (4, 4, 4), "Pilot": (4, 4, 5), "Growth": (4, 2, 4)}),
    ("Harbour Data Ltd", "Harbour University Lab", "resources",
     {"Design": (4, 3, 4), "Pilot": (3, 2, 3), "Growth": (3, 2, 3)}),
    ("Harbour Data Ltd", "SensorCo", "data", {"Pilot": (2, 2, 3), "Growth": (2, 3, 3)}),
    ("City of Harbourtown", "Residents' panel", "consultation", {"Pilot": (2, 3, 2)}),
    ("Regional Agency", "City of Harbourtown", "funding", {"Design": (4, 4, 3)}),
)
ARENAS = (
    ("Steering committee", "steering",
     {"Design": ("City of Harbourtown", "Harbour Data Ltd", "Harbour University Lab"),
      "Pilot": ("City of Harbourtown", "Harbour Data Ltd", "Harbour University Lab"),
      "Growth": ("City of Harbourtown", "Harbour Data Ltd", "Harbour University Lab")}),
    ("Project team", "project_team",
     {"Pilot": ("Harbour Data Ltd", "Harbour University Lab", "SensorCo"),
      "Growth": ("Harbour Data Ltd", "Harbour University Lab", "SensorCo")}),
)
# Net-Map in the pilot: (influence, alignment)
NETMAP = {
    "City of Harbourtown": (5, "supports"),
    "Harbour Data Ltd": (4, "supports"),
    "Harbour University Lab": (2, "neutral"),
    "Residents' panel": (1, "opposes"),
    "SensorCo": (3, "mixed"),
}
SESSION_VALUE = "Cleaner air in the harbour district, measured openly"
PILOT_VALUE = "Sensor readings every resident can see"


def build_governance_session(path: Path) -> Path:
    s = Session.create(path, title="Harbourtown air quality", default_phases=False)
    with s.bulk("build"):
        for name, key in PHASES:
            s.add_phase(name, key)
        every = [p for p, _k in PHASES]
        for name, kind, scale, x, y in ACTORS:
            present = every if name != "SensorCo" else ["Pilot", "Growth"]
            if name == "Residents' panel":
                present = ["Pilot", "Growth"]
            s.add_actor(name, kind, scale, x=x, y=y, present_in=present)
        s.set_threec_rule("weakest")
        for src, tgt, kind, levels in RELATIONS:
            rel = s.add_relation(src, tgt, kind, directed=False)
            for phase, (t, c, i) in levels.items():
                s.score(rel, phase, t, c, i)
        for name, level, members in ARENAS:
            arena = s.add_arena(name, level)
            for phase, who in members.items():
                s.set_arena_members(arena, phase, who)
        paper = s.add_source("stated", document="Harbourtown report", section="Governance",
                             quote="the steering committee coordinated the pilot")
        s.set_stated_class("Pilot", "coordination", arena="Steering committee", source=paper)
        for name, (influence, alignment) in NETMAP.items():
            s.set_influence(name, "Pilot", influence)
            s.set_alignment(name, "Pilot", alignment)
        s.set_institutional_work("City of Harbourtown", "Design", "political", "creating",
                                 note="air-quality bylaw drafted")
        s.set_institutional_work("Harbour University Lab", "Pilot", "cultural", "maintaining")
        s.add_decision_point("Design", "Sensor specifications fixed", "specifications_fixed",
                             date="2019-03")
        s.add_decision_point("Pilot", "Pilot plan adopted", "plan_adopted", date="2020-06")
        s.add_decision_point("Pilot", "Vendor contract signed", "contract_signed", date="2020-09")
        s.set_public_value(SESSION_VALUE)
        s.set_public_value(PILOT_VALUE, phase="Pilot")
        s.set_value_effects("Residents' panel", "Pilot", gains="Cleaner air", costs="Parking removed")
    s.close()
    return path


__all__ = ["build_governance_session", "NETMAP", "PILOT_VALUE", "SESSION_VALUE"]
