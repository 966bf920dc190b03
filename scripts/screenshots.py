"""Render the README screenshots offscreen from the bundled demo sessions.

Run: QT_QPA_PLATFORM=offscreen python scripts/screenshots.py [OUT_DIR]
Works on copies, so the bundled sessions stay untouched.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from workshop_app import Session  # noqa: E402
from workshop_app.app import application  # noqa: E402


# Votes a room might give during a workshop, applied to the copy (never the bundled demo) so
# the screenshot shows scored relations, the median and the 3C class.
ROOM_VOTES = [
    {"Facilitator": (4, 3, 4), "Participant A": (3, 3, 4), "Participant B": (4, 4, 5)},
    {"Facilitator": (2, 4, 4), "Participant A": (2, 3, 3), "Participant B": (4, 5, 4)},
    {"Facilitator": (5, 4, 4), "Participant A": (4, 4, 5), "Participant B": (4, 5, 4)},
]


def score_like_a_room(session: Session, phase_index: int, count: int) -> list[int]:
    phase = session.phases[phase_index]
    for name in ("Participant A", "Participant B"):
        if not any(p.name == name for p in session.participants):
            session.add_participant(name)
    rels, pairs = [], set()
    for rel in session.active_relations(phase):
        pair = frozenset((rel.source, rel.target))
        if pair not in pairs and len(rels) < count:
            rels.append(rel)
            pairs.add(pair)
    for rel, votes in zip(rels, ROOM_VOTES):
        for who, (t, c, i) in votes.items():
            session.score(rel, phase, trust=t, commitment=c, interdependence=i, participant=who)
    return [r.id for r in rels]


def shoot(case: str, phase_index: int, out: Path, relation_kind: str | None = None, scored: int = 0) -> None:
    from workshop_app.ui.main_window import MainWindow

    tmp = Path(tempfile.mkdtemp())
    os.environ["WORKSHOP_APP_CONFIG_DIR"] = str(tmp / "config")
    path = tmp / f"{case}.workshop"
    shutil.copy(ROOT / "sessions" / f"{case}.workshop", path)
    app = application()
    session = Session.open(path)
    room = score_like_a_room(session, phase_index, scored) if scored else []
    win = MainWindow(session)
    win.resize(1440, 900)
    win.show()
    app.processEvents()
    phase = session.phases[phase_index]
    win.set_phase(phase.id)
    win.view.fit()
    if room:
        win.scene.select(relation_ids=[room[0]])
    elif relation_kind:
        scored = [
            r for r in session.active_relations(phase)
            if session.model.votes(r.id, phase.id) and r.kind == relation_kind
        ] or [r for r in session.active_relations(phase) if session.model.votes(r.id, phase.id)]
        if scored:
            win.scene.select(relation_ids=[scored[0].id])
    app.processEvents()
    win.scene.morph.finish()  # the picture shows the phase, not a frame of the morph into it
    app.processEvents()
    win.grab().save(str(out))
    win.close()
    print("wrote", out)


def main() -> None:
    out_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out_dir.mkdir(parents=True, exist_ok=True)
    shoot("darmstadt", 1, out_dir / "main_window.png", scored=3)
    shoot("iskandar", 1, out_dir / "iskandar_implementation.png")


if __name__ == "__main__":
    main()
