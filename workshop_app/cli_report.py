"""``workshop-app report PATH -o REPORT.docx|REPORT.pdf [--pseudonymize]``.

The report draws each phase's map, so it loads Qt, through the format table's seam
(``formats.REPORT``), and only when this sub-command runs. The session is opened read-only.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from .cli_output import say
from .cli_text import terminal_safe

PROG = "workshop-app"


def _report_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog=f"{PROG} report",
        description="Write the workshop report for the people who commissioned the workshop: "
        "who took part, the map per phase, what changed, where the room agreed and disagreed, "
        "quotes, warnings and the room's answers, discussed prompts and open questions "
        "(the session is not changed).",
    )
    p.add_argument("path", type=Path, help="a .workshop session file")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="REPORT.docx|REPORT.pdf",
                   help="the report file; its suffix chooses Word (.docx) or PDF (.pdf)")
    p.add_argument("--pseudonymize", "--pseudonymise", action="store_true",
                   help="replace actor and participant names, leave out organisations, notes "
                   "and quotes")
    return p


def cmd_report(argv: list[str]) -> int:
    from .formats import REPORT
    from .io.errors import ExportError
    from .io.load import open_for_reading

    args = _report_parser().parse_args(argv)
    if args.output.suffix.lower() not in (".docx", ".pdf"):
        raise ExportError(f"{args.output}: a workshop report is a .docx or a .pdf file; "
                          "give one of those suffixes.")
    with open_for_reading(args.path) as session:
        written = REPORT(session, args.output, pseudonymize=args.pseudonymize)
    for path in written:
        say(terminal_safe(str(path)))
    return 0


__all__ = ["cmd_report"]
