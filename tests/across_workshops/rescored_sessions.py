"""Re-scored copies of a demo: the same workshop scored by a room of its own, with actors
renamed the way another workshop would name them. Written by the tests themselves."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Sequence

from workshop_app import Session

ROOT = Path(__file__).resolve().parents[2]
DEMOS = ROOT / "sessions"


def demo(name: str) -> Path:
    return DEMOS / f"{name}.workshop"


def rescored_copy(name: str, dest: Path, votes: Sequence[tuple[int, int, int]], *,
                  rename: dict[str, str] | None = None, title: str = "") -> Path:
    """A copy of demo ``name`` at ``dest`` where one room voter per entry of ``votes``
    scores every active relation of every phase (trust, commitment, interdependence)."""
    shutil.copyfile(demo(name), dest)
    with Session.open(dest) as s:
        if title:
            s.set_meta("title", title)
        voters = [s.add_participant(f"Voter {i + 1}") for i in range(len(votes))]
        for phase in s.phases:
            for rel in s.model.active_relations(phase.id):
                for who, (t, c, i) in zip(voters, votes):
                    s.score(rel, phase, trust=t, commitment=c, interdependence=i, participant=who)
        for old, new in (rename or {}).items():
            s.update_actor(old, name=new)
    return dest


def actor_named(path: Path, name: str) -> int:
    with Session.open(path, read_only=True) as s:
        return next(a.id for a in s.actors if a.name == name)
