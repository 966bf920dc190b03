"""A session that holds every kind of fact the exchange formats carry, written for the export
and round-trip tests: each evidence table non-empty, each state, each provenance kind,
reference levels, asymmetric interdependence, votes kept from a phase where the relation is
now switched off, an actor and a relation on no phase of the timeline, and awkward text."""

from __future__ import annotations

from pathlib import Path

from workshop_app import Session
from workshop_app.domain import commands_notes as cn
from workshop_app.domain import commands as cmds


def build_evidence_session(path: Path) -> Path:
    with Session.create(path, title="Ghent mobility data, 2019–2023") as s:
        design, pilot, scaling = s.phases[0], s.phases[1], s.phases[3]
        s.set_threec_rule("weakest")
        s.set_pool_references(False)
        s.set_public_value("Cleaner air for everyone in Ghent")
        s.set_public_value("A sensor network the city owns", phase=design)
        s.execute(cmds.UpdatePhase(phase_id=pilot.id, changes={"note": "Pilot in two streets"}))

        paper = s.add_source("stated", document="002", section="Cooperation", page="118",
                             quote="information sharing is the preferred choice of exchange")
        guess = s.add_source("inferred", document="002", author="case encoder",
                             reason="the covenant names both as partners")
        room = s.add_source("room", document="workshop 3 May")

        city = s.add_actor("City of Ghent", "government", "city", abilities=["resources"],
                           note="Owns the data\tplatform", x=-120.5, y=40.0,
                           present_in=[design, pilot, scaling])
        s.update_actor(city, alt_name="Stad Gent", original_id="ghent-01", legal_status="municipality",
                       pinned=True)
        firm = s.add_actor("=Acme Sensors", "private", "international", x=200.0, y=-80.25,
                           present_in=[design, pilot])
        lab = s.add_actor("Ghent University lab", "academia", "regional", present_in=[pilot])
        ghost = s.add_actor("Flemish ministry", "government", "regional")  # on no phase
        s.cite(("actor", city), paper)

        s.set_presence(city, design, roles=["steward", "funder", "Mayor's office"],
                       note="Signs the covenant;\n pays half")
        s.cite(("presence", city, design), paper)
        s.cite(("role", city, design, "funder"), guess)
        s.set_influence(city, design, 5)
        s.set_alignment(city, design, "supports")
        s.set_orchestrator(city, design, "collective", ["strategist", "manager"])
        s.set_value_effects(city, design, gains="data for planning", costs="overtime of clerks")
        s.set_presence(firm, design, roles=["provider"])
        s.execute(cmds.MoveActors(moves=[(firm.id, 260.0, -10.0)], phase_id=pilot.id))
        s.set_presence_state(firm, scaling, "absent", guess)
        s.set_presence_state(lab, design, "not_described")
        s.set_presence_state(ghost, scaling, "not_described", paper)

        sensors = s.add_relation(firm, city, "data", note="raw counts", attrs={"timeliness": "real-time"})
        s.set_data_openness(sensors, "vendor_held", interoperable=False)
        talk = s.add_relation(city, lab, "information", directed=False)
        plan = s.add_relation(city, firm, "agreement", directed=False)
        s.cite(("relation", sensors), paper)

        ana = s.add_participant("Ana", "Ghent Uni")
        s.execute(cmds.UpdateParticipant(participant_id=ana.id,
                                         changes={"actor_id": lab.id, "group_name": "table 2"}))
        record = s.add_participant("Case record")
        s.set_participant_kind(record, "reference", paper)
        s.score(sensors, design, 4, 2, 5)
        s.score(sensors, design, 2, 4, 3, participant=ana)
        s.execute(cmds.SetScore(relation_id=sensors.id, phase_id=design.id,
                                participant_id=record.id,
                                values={"trust": 2, "commitment": 2, "interdependence": 4,
                                        "interdependence_back": 2}))
        s.cite(("score", sensors, design, record), paper)
        s.score(sensors, pilot, trust=3, participant=ana)
        s.score(talk, pilot, 5, 5, 4)
        s.score(plan, design, 1, 3, 4)
        s.score(plan, pilot, 2, 2, 2, participant=ana)
        s.set_relation_state(plan, pilot, "inactive", room)  # its pilot vote stays
        gone = s.add_relation(city, firm, "resources", note="a loan, later withdrawn")
        s.score(gone, design, 3, 3, 3)
        s.set_relation_state(gone, design, "inactive")  # active in no phase, its vote kept
        s.set_relation_state(gone, pilot, "inactive")
        s.set_relation_state(plan, design, "active", room)
        s.set_relation_state(sensors, scaling, "not_described")

        board = s.add_arena("Mobility board", "steering", note="meets monthly", source=paper)
        s.set_arena_members(board, design, [city, firm])
        s.set_stated_class(design, "cooperation", relation=sensors, source=paper, note="p. 118")
        s.set_stated_class(design, "coordination", arena=board, source=guess)
        s.set_stated_class(pilot, "collaboration", source=room)
        s.set_stated_level(pilot, "commitment", "low", source=paper, note="low shared commitment")
        s.set_institutional_work(city, design, "political", "creating", note="the covenant",
                                 source=paper)
        s.set_institutional_work(firm, pilot, "technical", "maintaining")
        s.add_decision_point(design, "Sensor specifications fixed", "specifications_fixed",
                             date="2019-05", note="before citizens came in", source=paper)

        s.execute(cn.AddNote(text="Everyone agreed on the pilot", kind="note", phase_id=pilot.id))
        s.execute(cn.AddNote(text="\u201cWe never trusted the vendor\u201d", kind="quote",
                             actor_id=city.id, participant_id=ana.id, phase_id=design.id))
        s.execute(cn.AddNote(text="+ data came late", kind="quote", relation_id=sensors.id))
        s.execute(cn.SetPromptCheck(phase_id=design.id, prompt_id="P2", note="asked the mayor"))
    return path


__all__ = ["build_evidence_session"]
