"""Render the workshop-room screenshots: the console during a scoring round, and the projector.

Run: python scripts/screenshots_room.py [OUT_DIR]
It works on a copy of the Antwerp demo in a temporary folder (the bundled file stays as it
is) and sets up an offscreen laptop screen plus a 1920×1080 "projector" screen.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TMP = Path(tempfile.mkdtemp())
SCREENS = {
    "synchronousWindowSystemEvents": True,
    "windowFrameMargins": False,
    "screens": [
        {"name": "Laptop", "x": 0, "y": 0, "width": 1440, "height": 900, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
        {"name": "Projector", "x": 1440, "y": 0, "width": 1920, "height": 1080, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1},
    ],
}
(TMP / "screens.json").write_text(json.dumps(SCREENS), encoding="utf-8")
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={TMP / 'screens.json'}"
os.environ["WORKSHOP_APP_CONFIG_DIR"] = str(TMP / "config")
os.environ["WORKSHOP_APP_DATA_DIR"] = str(TMP / "data")
sys.path.insert(0, str(ROOT))

from workshop_app import Session  # noqa: E402
from workshop_app.app import application  # noqa: E402

# People in the room and whom they speak for (actor name prefixes in the Antwerp case).
PEOPLE = [
    ("Ana", "City of Antwerp", "City of Antwerp (council"),
    ("Bram", "IMEC", "IMEC"),
    ("Chloé", "Digipolis", "Digipolis"),
    ("Dirk", "Department of Innovation", "City of Antwerp - Department"),
    ("Eva", "Flemish government", "Flemish"),
]
# Votes (trust, commitment, interdependence) already given on the first relations of the round.
EARLIER = [
    [(4, 4, 5), (2, 4, 4), (5, 4, 5), (4, 5, 4), (2, 3, 4)],
]
CURRENT = [(3, 4, 4), (4, None, None)]  # the relation being scored: two people so far


def prepare() -> Session:
    from workshop_app.domain.commands import AddParticipant

    path = TMP / "antwerp.workshop"
    shutil.copy(ROOT / "sessions" / "antwerp.workshop", path)
    session = Session.open(path)
    for name, org, actor_prefix in PEOPLE:
        actor = next(a for a in session.actors if a.name.startswith(actor_prefix))
        session.execute(AddParticipant(participant_name=name, organisation=org, actor_id=actor.id))
    return session


def main() -> None:
    from workshop_app.analysis.prompts import prompts_for
    from workshop_app.ui.main_window import MainWindow

    out_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out_dir.mkdir(parents=True, exist_ok=True)
    app = application()
    session = prepare()
    phase = session.phases[0]
    people = [p for p in session.participants if p.name in {n for n, _, _ in PEOPLE}]
    rels = session.active_relations(phase)
    for rel, votes in zip(rels, EARLIER):
        for who, (t, c, i) in zip(people, votes):
            session.score(rel, phase, trust=t, commitment=c, interdependence=i, participant=who.name)
    win = MainWindow(session)
    win.resize(1440, 900)
    win.show()
    app.processEvents()
    win.set_phase(phase.id)
    win.scene.morph.finish()  # show the phase, not a frame of the morph
    notes = win.features["notes"]
    for text in ("The covenant came first; the data questions only later.",
                 "IMEC staff sit in the city's innovation team two days a week."):
        notes.dock.editor.setText(text)
        notes.add_from_editor()
    rounds = win.features["rounds"]
    rounds.start("all", [p.id for p in people])
    rounds.next_relation()
    for who, values in zip(people, CURRENT):
        for dim, v in zip(("trust", "commitment", "interdependence"), values):
            if v is not None:
                rounds.round.move_to(who.id, dim)
                rounds.vote(v)
    rounds.round.move_to(people[1].id, "commitment")
    rounds.moved()
    win.view.fit()
    app.processEvents()
    win.grab().save(str(out_dir / "console_round.png"))
    print("wrote", out_dir / "console_round.png")

    projector = win.features["projector"]
    projector.choose_screen("Projector")
    projector.set_prompt(prompts_for(phase.key)[6].text)
    projector.show()
    app.processEvents()
    projector.view.fit()
    app.processEvents()
    projector.view.grab().save(str(out_dir / "projector.png"))
    print("wrote", out_dir / "projector.png")
    rounds.end(confirm=False)
    projector.hide()
    win.close()


if __name__ == "__main__":
    main()
