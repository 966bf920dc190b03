"""Scripted edits for the crash test, and a small fork server that runs them.

Run as ``python crash_edit_worker.py SESSION``: the process imports the app once, prints
``READY``, and for every ``RUN`` line on stdin forks a child that opens SESSION for editing
and keeps editing, printing ``ACK <events>`` after each edit has been saved (``execute``,
``undo`` or ``redo`` returned). The test kills the child with SIGKILL; this process reaps it
and prints ``EXIT <pid> <status>``. Forking saves a fresh interpreter start per kill.

The script is a pure function of the step number (the number of lines in the event log), so
the test can replay it on a reference file and know what every acknowledged step left behind.
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import sqlite3
import sys
from pathlib import Path
from typing import Any

from workshop_app import Session

KINDS = ("information", "resources", "decision", "agreement", "data")
TYPES = ("government", "private", "academia", "civil_society", "intermediary")
ROLES = ("coordinator", "funder", "provider", "user", "expert", "regulator")
MAX_STEPS = 5000


def event_count(path: Path) -> int:
    conn = sqlite3.connect(path.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM events").fetchone()[0])
    finally:
        conn.close()


def step(s: Session, i: int) -> None:
    """Edit number ``i``: exactly one saved line in the event log, chosen from ``i`` alone."""
    rng = random.Random(i * 7919 + 17)
    phases = s.phases
    actors = s.actors
    relations = s.relations
    roll = rng.random()
    if len(actors) < 3 or roll < 0.22:
        s.add_actor(f"Actor {i}", rng.choice(TYPES), "city", x=float(i), y=float(-i),
                    present_in=phases)
    elif roll < 0.36:
        a, b = rng.sample(actors, 2)
        s.add_relation(a, b, rng.choice(KINDS), directed=rng.random() < 0.7)
    elif roll < 0.58 and relations:
        rel, phase = rng.choice(relations), rng.choice(phases)
        s.score(rel, phase, rng.randint(1, 5), rng.randint(1, 5), rng.randint(1, 5))
    elif roll < 0.66:
        actor, phase = rng.choice(actors), rng.choice(phases)
        roles = sorted(set(rng.sample(ROLES, 2)) ^ set(s.roles(actor, phase)))
        s.set_presence(actor, phase, present=True, roles=roles or ["user"])
    elif roll < 0.72:
        s.update_actor(rng.choice(actors), note=f"note of step {i}")
    elif roll < 0.88 and s.can_undo:
        s.undo()
    elif s.can_redo:
        s.redo()
    else:
        s.add_actor(f"Actor {i}", "private", "regional", present_in=phases)


def digest(s: Session) -> str:
    """Everything a facilitator would notice, without clocks (vote times, creation date)."""
    tables: dict[str, Any] = {}
    for name, rows in s.model.snapshot().items():
        if name == "meta":
            rows = {k: v for k, v in rows.items() if k not in ("created", "title")}
        tables[name] = sorted(
            repr(_without_time(rec)) for rec in rows.values()
        )
    tables["history"] = [s.can_undo, s.can_redo, s.undo_text, s.redo_text]
    return hashlib.sha256(json.dumps(tables, sort_keys=True).encode()).hexdigest()


def _without_time(rec: Any) -> Any:
    if hasattr(rec, "__dataclass_fields__") and "time" in rec.__dataclass_fields__:
        import dataclasses

        return dataclasses.replace(rec, time="")
    return rec


def _child(path: Path) -> None:
    out = sys.stdout
    out.write(f"PID {os.getpid()}\n")
    out.flush()
    s = Session.open(path)
    i = event_count(path)
    while i < MAX_STEPS:
        step(s, i)
        i += 1
        out.write(f"ACK {i}\n")
        out.flush()
    s.close()


def serve(path: Path) -> None:
    sys.stdout.write("READY\n")
    sys.stdout.flush()
    for line in sys.stdin:
        if line.strip() != "RUN":
            break
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                _child(path)
            except BaseException as exc:  # report anything to the test, then leave at once
                sys.stdout.write(f"ERR {type(exc).__name__}: {' '.join(str(exc).split())}\n")
                sys.stdout.flush()
                code = 1
            os._exit(code)
        _, status = os.waitpid(pid, 0)
        sys.stdout.write(f"EXIT {pid} {status}\n")
        sys.stdout.flush()


if __name__ == "__main__":
    serve(Path(sys.argv[1]))
