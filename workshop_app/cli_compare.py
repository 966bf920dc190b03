"""The ``compare`` sub-command: a phase of one session beside a phase of another.

Forms::

    workshop-app compare A.workshop B.workshop [--phase-a X] [--phase-b Y]
                         [--corpus corpus.db] [--json]

Both files are opened read-only. Without ``--phase-a`` the first phase of A is compared;
without ``--phase-b``, the phase of B with the same stage key as A's (else the one in the
same position, else B's first). With ``--corpus`` actors are matched through the corpus's
register of canonical actors (and by name and type where it has no decision yet); without
it, by normalised name and type. Headless and Qt-free; the research modules load here, when
the sub-command runs (the command line's seam).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from .cli_analysis import resolve_phase
from .cli_output import say
from .cli_text import json_text, terminal_safe
from .domain.wording import count

if TYPE_CHECKING:  # pragma: no cover
    from .domain.model import Phase
    from .research.compare import SessionComparison
    from .session import Session

PROG = "workshop-app compare"


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog=PROG,
        description="Compare a phase of session A with a phase of session B: actors and "
        "relations only in one, presence states, roles and score levels that differ. Actors "
        "are matched through a corpus's register (--corpus) or by normalised name and type. "
        "Both files are only read.")
    p.add_argument("a", type=Path, metavar="A.workshop", help="the first session")
    p.add_argument("b", type=Path, metavar="B.workshop", help="the session to compare it with")
    p.add_argument("--phase-a", metavar="X", help="phase of A (name, key or number; default 1)")
    p.add_argument("--phase-b", metavar="Y",
                   help="phase of B (default: the one with A's phase key, else the same number)")
    p.add_argument("--corpus", type=Path, metavar="CORPUS.db",
                   help="match actors through this research corpus's register")
    p.add_argument("--json", action="store_true", help="print the differences as JSON")
    return p


def labels(a: Path, b: Path) -> tuple[str, str]:
    """Short names for the two sessions: their file stems, with the folder where equal."""
    if a.stem != b.stem:
        return a.stem, b.stem
    la, lb = f"{a.resolve().parent.name}/{a.stem}", f"{b.resolve().parent.name}/{b.stem}"
    return (la, lb) if la != lb else ("A", "B")


def default_phase_b(a_phase: "Phase", a: "Session", b: "Session") -> "Phase":
    """B's phase with A's stage key, else at A's position, else B's first."""
    same_key = [p for p in b.phases if a_phase.key and p.key == a_phase.key]
    if len(same_key) == 1:
        return same_key[0]
    index = [p.id for p in a.phases].index(a_phase.id)
    return b.phases[index] if index < len(b.phases) else b.phases[0]


def cmd_compare(argv: list[str]) -> int:
    args = _parser().parse_args(argv)
    from .analysis.facts import phase_facts
    from .research.compare import BY_NAME, BY_REGISTER, compare_facts, match_by_name
    from .research.compare import match_by_register, register_view, workshop_of
    from .research.corpus import CorpusError, open_corpus
    from .session import Session

    label_a, label_b = labels(args.a, args.b)
    with Session.open(args.a, read_only=True) as a, Session.open(args.b, read_only=True) as b:
        for s, path in ((a, args.a), (b, args.b)):
            if not s.phases:
                raise CorpusError(f"{path}: the session has no phases to compare.")
        pa = resolve_phase(a, args.phase_a) if args.phase_a else a.phases[0]
        pb = resolve_phase(b, args.phase_b) if args.phase_b else default_phase_b(pa, a, b)
        if args.corpus is not None:
            conn = open_corpus(args.corpus)
            try:
                views = [register_view(conn, workshop_of(conn, p)) for p in (args.a, args.b)]
            finally:
                conn.close()
            matching = match_by_register(a.model, views[0], b.model, views[1])
            through = BY_REGISTER
        else:
            matching, through = match_by_name(a.model, b.model), BY_NAME
        found = compare_facts(a.model, phase_facts(a.model, pa.id), b.model,
                              phase_facts(b.model, pb.id), matching, label_a=label_a,
                              label_b=label_b, matched_through=through)
        titles = (a.title, b.title)
    if args.json:
        data = found.to_dict()
        data["a"]["title"], data["b"]["title"] = titles
        data["a"]["file"], data["b"]["file"] = str(args.a), str(args.b)
        say(json_text(data))
    else:
        say(terminal_safe(format_comparison(found, titles)))
    return 0


def format_comparison(found: "SessionComparison", titles: tuple[str, str] = ("", "")) -> str:
    """The comparison as a readable report: the two sides, how actors were matched, then
    one heading per kind of difference."""
    counts = found.matching.counts()
    how = (f"{count(counts['register'], 'actor')} through the corpus register, "
           f"{counts['name']} by name and type" if found.matched_through == "register"
           else f"{count(counts['name'], 'actor')} matched by normalised name and type")
    lines = [
        "Compare two sessions",
        f'  A  {found.label_a}: "{found.phase_a_name}"' + (f"  ({titles[0]})" if titles[0] else ""),
        f'  B  {found.label_b}: "{found.phase_b_name}"' + (f"  ({titles[1]})" if titles[1] else ""),
        f"  Matched: {how}",
    ]
    if not found.items:
        lines += ["", "  No differences."]
    for _kind, heading, items in found.groups():
        lines += ["", f"{heading} ({len(items)})"]
        lines += [f"  - {item.text}" for item in items]
    return "\n".join(lines)




# -- the consensus verb of ``workshop-app corpus`` ------------------------------------------
def add_consensus_parser(sub: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    """``corpus consensus CORPUS.db -o DIR [--phase-key KEY]`` (the corpus command's hook)."""
    c = sub.add_parser("consensus", help="ties counted in k of n workshops (GEXF, GraphML, CSV)")
    c.add_argument("corpus", type=Path)
    c.add_argument("-o", "--output", required=True, type=Path, metavar="DIR",
                   help="folder for consensus.gexf, consensus.graphml and the CSV files")
    c.add_argument("--phase-key", metavar="KEY",
                   help="only phases of this stage key (design, piloting...); default: all")
    c.add_argument("--json", action="store_true", help="print the edge table as JSON")


def run_consensus(args: argparse.Namespace) -> int:
    from .research.consensus import network, write_network

    net = network(args.corpus, phase_key=args.phase_key)
    files = write_network(net, args.output)
    if args.json:
        say(json_text({"n_workshops": net.n, "workshops": net.workshops,
                       "nodes": net.node_rows(), "edges": net.edge_rows(),
                       "files": [str(f) for f in files]}))
        return 0
    shared = sum(1 for e in net.edges.values() if len(e.workshops) > 1)
    say(terminal_safe(
        f"Consensus network of {count(net.n, 'workshop')}"
        + (f" (phases {args.phase_key})" if args.phase_key else "")
        + f": {count(len(net.nodes), 'actor')}, {count(len(net.edges), 'relation')}, "
        f"{shared} seen in more than one workshop"))
    for f in files:
        say(terminal_safe(f"  {f}"))
    return 0


__all__ = ["cmd_compare", "format_comparison", "labels", "default_phase_b",
           "add_consensus_parser", "run_consensus"]
