"""The corpus tests' material: the five demos and two re-scored copies, written by the tests.

The copies are what a researcher collects a year later: the Antwerp workshop held again,
its room scoring the relations differently, the city named in Dutch ("Stad Antwerpen")
and a participant quoted; and the Turin workshop scored by a second room.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from workshop_app import Session

ROOT = Path(__file__).resolve().parents[2]
DEMOS = ("antwerp", "darmstadt", "iskandar", "london", "turin")
CITY = "City of Antwerp (council, mayor, alderman for Economy, administration)"
RENAMED = "Stad Antwerpen"
QUOTE = "We delen de data, maar niemand vertelt ons wat ermee gebeurt."


def rescore(path: Path, votes: tuple[int, int, int], voter: str) -> None:
    """A new room voter scores every relation of every phase where it is active."""
    with Session.open(path) as s:
        who = s.add_participant(voter)
        for phase in s.phases:
            for rel in s.model.active_relations(phase.id):
                s.score(rel, phase, *votes, participant=who)


def corpus_sessions(folder: Path) -> list[Path]:
    """The five demos and the two re-scored copies in ``folder`` (made once per folder)."""
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for name in DEMOS:
        target = folder / f"{name}.workshop"
        if not target.exists():
            shutil.copyfile(ROOT / "sessions" / f"{name}.workshop", target)
        files.append(target)
    again = folder / "antwerp-2025.workshop"
    if not again.exists():
        shutil.copyfile(ROOT / "sessions" / "antwerp.workshop", again)
        rescore(again, (2, 2, 4), "Room voter 2025")
        with Session.open(again) as s:
            s.update_actor(CITY, name=RENAMED)
            s.add_note(QUOTE, kind="quote", actor=RENAMED, phase=s.phases[-1])
    turin = folder / "turin-room-b.workshop"
    if not turin.exists():
        shutil.copyfile(ROOT / "sessions" / "turin.workshop", turin)
        rescore(turin, (4, 3, 5), "Room B voter")
    return files + [again, turin]


__all__ = ["CITY", "DEMOS", "QUOTE", "RENAMED", "corpus_sessions", "rescore"]
