"""The *big workshop* for the benchmarks: the largest session a real room makes.

200 actors, 1,000 relations, 8 phases and 30 participants, where each relation is scored in
each phase by a handful of the participants (six), not by all thirty: a room splits the
relations between tables. The stress session (``stress.py``: 1,000 actors, 5,000 relations,
every participant on every relation) stays beside it as a guard against costs that grow with
the session; this one is what the goals of a facilitator's evening are measured on.

Usage::

    python tests/benchmarks/bigworkshop.py OUT.workshop [--quick]
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):  # run as a script from a source checkout
    sys.path.insert(0, str(Path(__file__).resolve().parent))

from stress import cached_stress_session, make_stress_session  # noqa: E402

BIG = {"actors": 200, "relations": 1000, "phases": 8, "participants": 30, "seed": 2, "voters": 6}
QUICK = {"actors": 30, "relations": 80, "phases": 3, "participants": 6, "seed": 2, "voters": 2}


def make_big_workshop(path: str | Path, *, quick: bool = False) -> Path:
    """Write a new big workshop at ``path`` (which must not exist); ``quick``: a small one."""
    return make_stress_session(path, **(QUICK if quick else BIG))


def cached_big_workshop() -> Path:
    """The cached big workshop, generated on first use (copy it before editing)."""
    return cached_stress_session(**BIG)


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    quick = "--quick" in args
    args = [a for a in args if a != "--quick"]
    if len(args) != 1:
        print("usage: bigworkshop.py OUT.workshop [--quick]", file=sys.stderr)
        return 2
    out = make_big_workshop(Path(args[0]), quick=quick)
    print(f"{out}: {out.stat().st_size / 1e6:.1f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
