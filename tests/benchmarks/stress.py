"""A large, realistic workshop session for the benchmarks.

A real workshop has tens of actors; the benchmarks need one a hundred times bigger so that
any cost that grows with the session shows up. The generated session uses every actor type,
scale, relation kind and phase shape the app knows: actors join and leave, change roles,
relations are switched off in some phases, and every relation carries every participant's
vote in every phase (votes kept from phases where it is now off, as after a real session).

Structure goes through the ordinary edit commands (so the vocabulary checks apply); the
votes and per-phase positions are loaded as records by one loader command, because
``SetScore`` rightly refuses to score a relation that is off in a phase. Everything is one
``Session.bulk`` step, so the file is written in a single transaction by the real store.

Usage::

    python tests/benchmarks/stress.py OUT.workshop [--actors N] [--relations N] ...
"""

from __future__ import annotations

import argparse
import math
import os
import random
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, ClassVar

if __name__ == "__main__":  # run as a script from a source checkout (imported, the caller
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # chose the code to measure)

from workshop_app import Session  # noqa: E402
from workshop_app.domain import commands as cmds  # noqa: E402
from workshop_app.domain import vocabulary as voc  # noqa: E402
from workshop_app.domain.command_base import Command  # noqa: E402
from workshop_app.domain.model import Model, PhasePosition, Score  # noqa: E402
from workshop_app.store.schema import SCHEMA_VERSION  # noqa: E402
from workshop_app.store import SessionFileError, inspect_file  # noqa: E402

# Bump when the generator changes what it writes, so cached files are rebuilt.
GENERATOR_VERSION = 3


def cache_dir() -> Path:
    """Where generated sessions are kept; WORKSHOP_STRESS_CACHE moves it (the tests do)."""
    return Path(os.environ.get("WORKSHOP_STRESS_CACHE")
                or Path(tempfile.gettempdir()) / "workshop-app-stress")


_PHASES: tuple[tuple[str, str], ...] = (
    ("design", "Design"),
    ("piloting", "Pilot"),
    ("implementation", "Implementation"),
    ("scaling", "Scaling"),
    ("maintenance", "Maintenance & adoption"),
    ("consolidation", "Consolidation"),
    ("open_data", "Open data"),
    ("evaluation", "Evaluation"),
)

# How often each type appears, roughly as in the demo cases: many public bodies and firms.
_TYPE_WEIGHTS: dict[str, int] = {
    "government": 28,
    "private": 26,
    "academia": 10,
    "civil_society": 12,
    "citizens": 8,
    "international": 6,
    "intermediary": 10,
}

_NAME_PARTS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "government": (
        ("City of", "Municipality of", "Regional Authority of", "Ministry of Transport,",
         "Department of Digital Services,", "Metropolitan Council of"),
        ("Northwick", "Santa Clara de Rio Verde", "Ost", "Bramford-on-Lea", "Kessel",
         "Porto Alto", "Valmere"),
    ),
    "private": (
        ("Mobility Data", "Urban Sensors", "GridWorks", "Open Transit", "Parking Solutions",
         "Telecom", "Energy Utility"),
        ("Ltd", "GmbH", "SA", "BV", "Holding plc", "Start-up", "Systems International Group"),
    ),
    "academia": (
        ("University of", "Institute for Urban Research,", "Technical University of",
         "Centre for Data Science,"),
        ("Northwick", "Valmere", "Porto Alto", "Kessel"),
    ),
    "civil_society": (
        ("Cyclists' Union", "Neighbourhood Association", "Digital Rights Group",
         "Chamber of Crafts", "Open Knowledge Circle"),
        ("North", "East End", "Old Town", "Harbour District", "Valmere"),
    ),
    "citizens": (
        ("Residents of", "Bus users of", "Parents' group", "Older residents of"),
        ("Block 7", "the Harbour District", "Old Town", "the northern estates"),
    ),
    "international": (
        ("UN-Habitat office", "Development Bank", "European Commission DG", "Donor consortium"),
        ("Asia-Pacific", "CONNECT", "Mobility Fund", "Smart Regions"),
    ),
    "intermediary": (
        ("Smart City Foundation", "Innovation Agency", "Data Trust", "Living Lab",
         "Programme Company"),
        ("Northwick", "Valmere", "Porto Alto", "of the Metropolitan Region"),
    ),
}

# Relation kinds with rough frequencies; data and information dominate real workshops.
_KIND_WEIGHTS: dict[str, int] = {
    "information": 30,
    "data": 18,
    "resources": 12,
    "agreement": 12,
    "decision": 10,
    "funding": 10,
    "consultation": 8,
}

_CUSTOM_ROLES: tuple[str, ...] = ("data broker", "convenor of round table", "ombudsperson")


@dataclass
class LoadRecords(Command):
    """Put ready-made records into the model (votes, per-phase positions) in one step."""

    name: ClassVar[str] = "Load records"
    records: list[Any] = field(default_factory=list)

    def apply(self, model: Model) -> None:
        for rec in self.records:
            model.add(rec)

    def payload(self) -> dict[str, Any]:
        return {"records": len(self.records)}


def _spans(rng: random.Random, n_actors: int, n_phases: int) -> list[list[int]]:
    """For each actor, the phase indexes it takes part in (it joins, may pause, leaves)."""
    spans: list[list[int]] = []
    for _ in range(n_actors):
        if rng.random() < 0.2:
            phases = list(range(n_phases))  # the core: there from start to end
        else:
            start = min(int(rng.expovariate(0.6)), n_phases - 1)
            length = max(1, int(rng.triangular(1, n_phases, n_phases * 0.6)))
            phases = list(range(start, min(n_phases, start + length)))
            if len(phases) >= 4 and rng.random() < 0.2:
                phases.pop(rng.randrange(1, len(phases) - 1))  # absent for one phase
        spans.append(phases)
    return spans


def _roles(rng: random.Random, previous: tuple[str, ...]) -> tuple[str, ...]:
    if previous and rng.random() < 0.7:
        return previous  # most actors keep their roles from one phase to the next
    roles = rng.sample(list(voc.ROLES), k=rng.choice((0, 1, 1, 2, 2, 3)))
    if rng.random() < 0.03:
        roles.append(rng.choice(_CUSTOM_ROLES))
    return tuple(roles)


def _switch_off(relation_id: int, phase_id: int) -> Command:
    """The command that switches a relation off in one phase. ``run.py`` also builds the
    session with the app as it was before the layers change, which named it differently."""
    if hasattr(cmds, "SetRelationState"):
        return cmds.SetRelationState(relation_id=relation_id, phase_id=phase_id, state="inactive")
    return cmds.SetRelationActive(relation_id=relation_id, phase_id=phase_id, active=False)


def _vote(rng: random.Random, base: float) -> int:
    return max(voc.SCORE_MIN, min(voc.SCORE_MAX, round(base + rng.gauss(0, 0.8))))


def build_stress(
    session: Session,
    actors: int = 1000,
    relations: int = 5000,
    phases: int = 8,
    participants: int = 3,
    seed: int = 1,
    voters: int | None = None,
) -> None:
    """Fill an empty session (made with ``default_phases=False``) in one bulk step.

    ``voters``: how many participants score each relation in each phase (all by default,
    as in the stress session; a real room of thirty splits the relations between them).
    """
    rng = random.Random(seed)
    model = session.model
    start_time = datetime(2024, 3, 4, 9, 0, tzinfo=timezone.utc)
    with session.bulk("Build stress session"):
        session.set_meta("title", f"Stress session: {actors} actors, {relations} relations")
        session.set_meta("summary", "Generated for the benchmarks; not a real case.")
        phase_ids: list[int] = []
        for i in range(phases):
            key, label = _PHASES[i] if i < len(_PHASES) else (f"stage_{i + 1}", f"Stage {i + 1}")
            phase_ids.append(session.execute(cmds.AddPhase(phase_name=label, key=key, phase_id=i + 1)))
        existing = len(model.participants)  # Session.create adds the Facilitator
        for n in range(existing, participants):
            session.execute(cmds.AddParticipant(participant_name=f"Participant {n + 1}",
                                                organisation=f"Table {n % 4 + 1}"))
        participant_ids = [p.id for p in model.participants][:participants]

        types = list(_TYPE_WEIGHTS)
        type_w = list(_TYPE_WEIGHTS.values())
        scales = list(voc.SCALES)
        spans = _spans(rng, actors, phases)
        cols = max(1, math.ceil(math.sqrt(actors)))  # about 16:9 with 260 x 150 cells
        for i in range(actors):
            a_type = rng.choices(types, type_w)[0]
            first, second = _NAME_PARTS[a_type]
            name = f"{rng.choice(first)} {rng.choice(second)} {i + 1}"
            abilities = tuple(ab for ab in voc.ABILITIES if rng.random() < 0.45)
            x = (i % cols) * 260.0 + rng.uniform(-40, 40)
            y = (i // cols) * 150.0 + rng.uniform(-25, 25)
            session.execute(cmds.AddActor(
                actor_name=name, type=a_type, scale=rng.choice(scales), abilities=abilities,
                legal_status="limited company" if a_type == "private" and rng.random() < 0.3 else "",
                note="Joined after the first round table." if rng.random() < 0.05 else "",
                x=x, y=y, actor_id=i + 1,
            ))
            roles: tuple[str, ...] = ()
            for p in spans[i]:
                roles = _roles(rng, roles)
                session.execute(cmds.SetPresence(actor_id=i + 1, phase_id=phase_ids[p], roles=roles))

        kinds = list(_KIND_WEIGHTS)
        kind_w = list(_KIND_WEIGHTS.values())
        span_sets = [set(s) for s in spans]
        ends: list[tuple[int, int]] = []
        for r in range(relations):
            if ends and rng.random() < 0.06:
                src, tgt = rng.choice(ends)  # a second relation between the same pair
            else:
                src = rng.randrange(actors)
                tgt = src
                near = rng.random() < 0.7  # most partners sit close by, as on a real map
                for _ in range(12):  # prefer partners that share at least one phase
                    if near:
                        tgt = (src + rng.choice((-1, 1)) * rng.randint(1, 2 * cols + 2)) % actors
                    else:
                        tgt = rng.randrange(actors)
                    if tgt != src and span_sets[src] & span_sets[tgt]:
                        break
                if tgt == src:
                    tgt = (src + 1) % actors
            ends.append((src, tgt))
            kind = rng.choices(kinds, kind_w)[0]
            attrs: dict[str, Any] = {}
            if kind == "data":
                attrs = {"openness": rng.choice(("open", "closed")),
                         "timeliness": rng.choice(("static", "real-time"))}
            session.execute(cmds.AddRelation(
                source=src + 1, target=tgt + 1, kind=kind, directed=rng.random() < 0.7,
                note="Framework agreement signed in year two." if rng.random() < 0.03 else "",
                attrs=attrs, relation_id=r + 1,
            ))
            for p in span_sets[src] & span_sets[tgt]:
                if rng.random() < 0.05:
                    session.execute(_switch_off(r + 1, phase_ids[p]))

        records: list[Any] = []
        for r in range(relations):
            base = [rng.uniform(1.5, 4.5) for _ in voc.SCORE_DIMENSIONS]
            for p, pid in enumerate(phase_ids):
                drift = [b + rng.gauss(0, 0.4) for b in base]
                who_votes = (participant_ids if voters is None
                             else rng.sample(participant_ids, min(voters, len(participant_ids))))
                for k, who in enumerate(who_votes):
                    t, c, d = (_vote(rng, v) for v in drift)
                    when = start_time + timedelta(days=30 * p, seconds=r * 3 + k)
                    records.append(Score(
                        r + 1, pid, who, t, c, None if rng.random() < 0.02 else d,
                        when.isoformat(timespec="seconds"),
                    ))
        moved = 0
        for i in range(actors):
            if rng.random() < 0.03 or (i == actors - 1 and not moved):  # at least one
                a = model.actor(i + 1)
                pid = phase_ids[rng.randrange(phases)]
                records.append(PhasePosition(i + 1, pid, a.x + rng.uniform(-300, 300),
                                             a.y + rng.uniform(-200, 200)))
                moved += 1
        session.execute(LoadRecords(records=records))
        _add_notes(session, rng, phase_ids, participant_ids, actors, relations, start_time)


_NOTES: tuple[str, ...] = (
    "The steering group met twice; the project team did not meet at all.",
    "Data charter signed; open data portal promised for the next phase.",
    "Vendor contract renewed without a tender.",
    "Residents were consulted after the plan was fixed.",
)
_QUOTES: tuple[str, ...] = (
    "We share the data, but nobody tells us what happens to it.",
    "Without the regional funding this pilot stops in March.",
    "They come to us when the decision is already made.",
)


def _add_notes(session: Session, rng: random.Random, phase_ids: list[int],
               participant_ids: list[int], actors: int, relations: int,
               start_time: datetime) -> None:
    """A few notes per phase and quotes on actors and relations, as a facilitator keeps them."""
    try:
        from workshop_app.domain.commands_notes import AddNote
    except ModuleNotFoundError:
        return  # an app version without notes: the session is complete without them
    n = 0
    for p, pid in enumerate(phase_ids):
        for k in range(4):
            n += 1
            when = (start_time + timedelta(days=30 * p, minutes=10 * k)).isoformat(timespec="seconds")
            session.execute(AddNote(text=_NOTES[k % len(_NOTES)], phase_id=pid, time=when, note_id=n))
        for k in range(max(1, actors // 50)):
            n += 1
            on_actor = k % 2 == 0
            session.execute(AddNote(
                text=rng.choice(_QUOTES), kind="quote", phase_id=pid,
                actor_id=rng.randrange(actors) + 1 if on_actor else None,
                relation_id=None if on_actor or not relations else rng.randrange(relations) + 1,
                participant_id=rng.choice(participant_ids), note_id=n,
                time=(start_time + timedelta(days=30 * p, hours=1, minutes=k)).isoformat(timespec="seconds"),
            ))


def make_stress_session(
    path: str | os.PathLike[str],
    actors: int = 1000,
    relations: int = 5000,
    phases: int = 8,
    participants: int = 3,
    seed: int = 1,
    voters: int | None = None,
) -> Path:
    """Write a new stress session at ``path`` (which must not exist) and return the path."""
    if actors < 2 or relations < 0 or phases < 1 or participants < 1:
        raise ValueError("a stress session needs at least 2 actors, 1 phase and 1 participant")
    out = Path(path)
    session = Session.create(out, title="Stress session", default_phases=False)
    try:
        build_stress(session, actors, relations, phases, participants, seed, voters)
    finally:
        session.close()
    return out


def cache_path(actors: int = 1000, relations: int = 5000, phases: int = 8,
               participants: int = 3, seed: int = 1, voters: int | None = None) -> Path:
    """Where the cached session for these parameters lives (schema and generator in the name)."""
    some = f"-v{voters}" if voters is not None else ""
    name = (f"stress-a{actors}-r{relations}-p{phases}-n{participants}{some}-s{seed}"
            f"-schema{SCHEMA_VERSION}-g{GENERATOR_VERSION}.workshop")
    return cache_dir() / name


def cached_stress_session(actors: int = 1000, relations: int = 5000, phases: int = 8,
                          participants: int = 3, seed: int = 1, voters: int | None = None) -> Path:
    """The cached session for these parameters, generated on first use.

    Callers that edit must copy it first. A cached file that no longer opens (for example
    after a schema change) is rebuilt.
    """
    target = cache_path(actors, relations, phases, participants, seed, voters)
    if target.is_file():
        try:
            inspect_file(target)
            return target
        except SessionFileError:
            target.unlink()
    target.parent.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="building-", dir=target.parent))
    try:
        built = make_stress_session(work / target.name, actors, relations, phases, participants,
                                    seed, voters)
        for side in ("-wal", "-shm"):  # an old file's log must never be replayed on the new one
            target.with_name(target.name + side).unlink(missing_ok=True)
        os.replace(built, target)  # whole file or nothing: a reader never sees a half-built one
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return target


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Write a large generated workshop session.")
    p.add_argument("out", type=Path, help="the .workshop file to write (must not exist)")
    p.add_argument("--actors", type=int, default=1000)
    p.add_argument("--relations", type=int, default=5000)
    p.add_argument("--phases", type=int, default=8)
    p.add_argument("--participants", type=int, default=3)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--voters", type=int, default=None,
                   help="participants scoring each relation in each phase (default: all)")
    args = p.parse_args(argv)
    began = time.perf_counter()
    try:
        make_stress_session(args.out, args.actors, args.relations, args.phases,
                            args.participants, args.seed, args.voters)
    except (SessionFileError, ValueError) as exc:
        print(f"stress.py: error: {exc}", file=sys.stderr)
        return 2
    size = args.out.stat().st_size / 1e6
    print(f"{args.out}: {size:.1f} MB in {time.perf_counter() - began:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
