"""Rebuild the bundled demo sessions (``sessions/*.workshop``) from ``resources/cases/*.json``.

Run after editing a case file or the case mapping:

    python scripts/build_demo_sessions.py [--out DIR]

The counts are checked against the table in the domain brief (section 6) so a silently
dropped record shows up here rather than in a workshop. A test compares the committed files
with a fresh build, so forgetting to run this fails CI.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:  # runnable from a plain checkout, without installing
    sys.path.insert(0, str(REPO))

from workshop_app import Session  # noqa: E402
from workshop_app.bundled import demo_names  # noqa: E402
from workshop_app.io.cases import build_case_session, merge_relations, load_case  # noqa: E402

# From the domain brief, section 6: (phases, actors, relation records) per case file.
EXPECTED: dict[str, tuple[int, int, int]] = {
    "iskandar": (3, 8, 12),
    "turin": (2, 15, 24),
    "antwerp": (3, 8, 22),
    "darmstadt": (3, 12, 18),
    "london": (3, 14, 26),
}


def build_all(cases_dir: Path, out_dir: Path) -> list[dict[str, object]]:
    """Build every case file; return one summary per session, in demo order."""
    known = demo_names()
    rank = {name: i for i, name in enumerate(known)}
    files = sorted(cases_dir.glob("*.json"), key=lambda p: (rank.get(p.stem, len(known)), p.stem))
    if not files:
        raise SystemExit(f"no case files in {cases_dir}")
    out_dir.mkdir(parents=True, exist_ok=True)
    summaries = []
    for case_file in files:
        out = build_case_session(case_file, out_dir / f"{case_file.stem}.workshop", overwrite=True)
        case = load_case(case_file)
        with Session.open(out, read_only=True) as s:
            info = s.info()
        info["name"] = case_file.stem
        info["records"] = len(case["relations"])
        info["merged"] = len(merge_relations(case, case_file))
        summaries.append(info)
    return summaries


def check(summaries: list[dict[str, object]]) -> list[str]:
    """Differences from the brief's table (empty when everything matches)."""
    problems = []
    for info in summaries:
        name = str(info["name"])
        if name not in EXPECTED:
            continue
        phases, actors, records = EXPECTED[name]
        got = (len(info["phases"]), info["actors"], info["records"])  # type: ignore[arg-type]
        if got != (phases, actors, records):
            problems.append(f"{name}: expected phases/actors/records {(phases, actors, records)}, got {got}")
        if info["relations"] != info["merged"]:
            problems.append(f"{name}: {info['merged']} merged relations but {info['relations']} stored")
    return problems


def print_summary(summaries: list[dict[str, object]]) -> None:
    for info in summaries:
        print(f"{info['name']}: {info['title']}")
        print(f"  actors {info['actors']}, relations {info['relations']} "
              f"(from {info['records']} per-phase records), phases {len(info['phases'])}")  # type: ignore[arg-type]
        width = max(len(str(p["phase"])) for p in info["phases"])  # type: ignore[union-attr]
        print(f"    {'phase':<{width}}  {'key':<15} {'actors':>6} {'relations':>9} {'scored':>6}")
        for p in info["phases"]:  # type: ignore[union-attr]
            print(f"    {p['phase']:<{width}}  {p['key']:<15} {p['actors_present']:>6} "
                  f"{p['relations']:>9} {p['scored_relations']:>6}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=REPO / "sessions",
                        help="folder for the .workshop files (default: the repo's sessions/)")
    parser.add_argument("--cases", type=Path, default=REPO / "resources" / "cases",
                        help="folder of case files (default: the repo's resources/cases/)")
    parser.add_argument("--json", action="store_true", help="print the summary as JSON")
    args = parser.parse_args(argv)
    summaries = build_all(args.cases, args.out)
    if args.json:
        print(json.dumps(summaries, indent=2, ensure_ascii=False))
    else:
        print_summary(summaries)
    problems = check(summaries)
    for p in problems:
        print(f"MISMATCH {p}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())
