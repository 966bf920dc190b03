"""A small workshop with everything a report speaks of: people from organisations, a relation
the room scored far apart and then alike, a quote, a note on an actor a warning names, a
ticked prompt with a note, a relation nobody scored and an intended public value."""

from __future__ import annotations

from pathlib import Path

from workshop_app import Session
from workshop_app.domain import commands as cmds

REAL_NAMES = ("Ingrid Solberg", "Tomas Berg", "Portvik Council", "Fjord University", "City of Portvik",
              "Fjord Living Lab", "Harbour Residents Co-op", "Lonely Port Authority", "Public side")
QUOTE = "We never see the lab's raw data"
NOTE = "The port authority is busy elsewhere"
PROMPT_NOTE = "Agreed to invite the harbour residents"


def build_report_session(path: Path) -> Session:
    s = Session.create(path, title="Harbour data platform", default_phases=False)
    with s.bulk("build"):
        s.add_phase("Design", "design")
        s.add_phase("Pilot", "piloting")
        city = s.add_actor("City of Portvik", "government", "city", x=-250, y=0, present_in=["Design", "Pilot"])
        lab = s.add_actor("Fjord Living Lab", "academia", "regional", x=250, y=0, present_in=["Design", "Pilot"])
        coop = s.add_actor("Harbour Residents Co-op", "citizens", "neighbourhood", x=0, y=250,
                           present_in=["Pilot"])
        s.add_actor("Lonely Port Authority", "government", "regional", x=0, y=-250, present_in=["Design"])
        share = s.add_relation(city, lab, "data")
        s.add_relation(lab, coop, "consultation")  # nobody scores it
        s.add_participant("Ingrid Solberg", "Portvik Council")
        s.add_participant("Tomas Berg", "Fjord University")
    ingrid = s.participant("Ingrid Solberg")
    assert ingrid is not None
    s.execute(cmds.UpdateParticipant(participant_id=ingrid.id, changes={"group_name": "Public side"}))
    s.score(share, "Design", 5, 4, 4, participant="Ingrid Solberg")  # trust 5 against 1: spread 4
    s.score(share, "Design", 1, 4, 4, participant="Tomas Berg")
    s.score(share, "Pilot", 3, 3, 3, participant="Ingrid Solberg")  # alike
    s.score(share, "Pilot", 3, 3, 3, participant="Tomas Berg")
    s.execute(cmds.AddNote(text=QUOTE, kind="quote", phase_id=s.phase("Design").id, relation_id=share.id,
                           participant_id=ingrid.id))
    s.add_note(NOTE, phase="Design", actor="Lonely Port Authority")  # answers W4 and W19
    s.execute(cmds.SetPromptCheck(phase_id=s.phase("Design").id, prompt_id="P1", done=True, note=PROMPT_NOTE))
    s.set_meta("public_value", "Cleaner harbour air for the people living there")
    return s
