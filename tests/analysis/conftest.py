"""Small hand-built sessions for the analysis tests, and copies of the bundled demos."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any, Iterator, Sequence

import pytest

from workshop_app import Session
from workshop_app.bundled import demo_path
from workshop_app.domain.model import Actor, Phase, Relation


class Sketch:
    """A blank session with terse helpers: phases by key, actors by name, scores by tuple."""

    def __init__(self, session: Session) -> None:
        self.s = session

    @property
    def model(self) -> Any:
        return self.s.model

    def phases(self, *keys: str) -> list[Phase]:
        return [self.s.add_phase(key.capitalize() if key else f"Phase {i + 1}", key)
                for i, key in enumerate(keys)]

    def actor(self, name: str, type: str = "government", scale: str = "city",
              present: Sequence[int] = (0,), roles: Sequence[str] = (), **kw: Any) -> Actor:
        phases = self.s.phases
        a = self.s.add_actor(name, type, scale, present_in=[phases[i] for i in present], **kw)
        if roles:
            for i in present:
                self.s.set_presence(a, phases[i], roles=list(roles))
        return a

    def actors(self, n: int, prefix: str = "Actor", **kw: Any) -> list[Actor]:
        return [self.actor(f"{prefix} {i + 1}", **kw) for i in range(n)]

    def rel(self, a: Actor, b: Actor, kind: str = "information", directed: bool = True,
            **kw: Any) -> Relation:
        return self.s.add_relation(a, b, kind, directed, **kw)

    def score(self, rel: Relation, phase: int, trust: int | None = None,
              commitment: int | None = None, interdependence: int | None = None,
              participant: str | None = None) -> None:
        self.s.score(rel, self.s.phases[phase], trust, commitment, interdependence,
                     participant=participant)

    def roles(self, actor: Actor, phase: int, *roles: str) -> None:
        self.s.set_presence(actor, self.s.phases[phase], roles=list(roles))

    def pid(self, index: int) -> int:
        return self.s.phases[index].id

    # -- the evidence model: presence and relation states ---------------------------------
    def case_like(self) -> None:
        """Silence means "not described", as in case and imported sessions."""
        self.s.set_meta("presence_default", "not_described")

    def state(self, actor: Actor, phase: int, state: str) -> None:
        """present, absent or not_described in one phase."""
        self.s.set_presence_state(actor, self.s.phases[phase], state)

    def rel_state(self, rel: Relation, phase: int, state: str) -> None:
        """active, inactive or not_described in one phase."""
        self.s.set_relation_state(rel, self.s.phases[phase], state)


@pytest.fixture
def sketch(tmp_path: Path) -> Iterator[Sketch]:
    s = Session.create(tmp_path / "sketch.workshop", title="Sketch", default_phases=False)
    yield Sketch(s)
    s.close()


def open_demo_copy(name: str, folder: Path) -> Session:
    """A writable copy of a bundled demo (the shipped file is never opened for editing)."""
    dest = folder / f"{name}.workshop"
    shutil.copyfile(demo_path(name), dest)
    return Session.open(dest)


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Any]:
    """``demo("iskandar")`` opens a fresh copy; all copies are closed afterwards."""
    opened: list[Session] = []

    def _open(name: str) -> Session:
        s = open_demo_copy(name, tmp_path)
        opened.append(s)
        return s

    yield _open
    for s in opened:
        s.close()
