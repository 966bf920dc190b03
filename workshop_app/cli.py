"""The ``workshop-app`` command: open the GUI, or run a headless sub-command.

Forms::

    workshop-app                      GUI on the last session, else a fresh Iskandar demo copy
    workshop-app PATH                 GUI on PATH (a new PATH.workshop is created first)
    workshop-app --demo NAME          GUI on a fresh copy of a bundled demo
    workshop-app info PATH [--json]   counts per phase, without starting Qt
    workshop-app --version

Sub-commands are dispatched by hand on the first argument, because argparse sub-parsers and
an optional positional PATH cannot share one parser. Headless paths never import Qt (a test
checks), so they work on a server and in CI. Errors a user can cause (bad file, bad edit,
missing folder) become one ``workshop-app: error: ...`` line and exit status 2.
"""

from __future__ import annotations

import argparse
import os
import sys
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import Any, Callable

from . import __version__, display_check, settings
from .cli_analysis import cmd_diff, cmd_metrics, cmd_warnings
from .cli_compare import cmd_compare
from .cli_corpus import cmd_corpus
from .cli_exchange import cmd_bundle, cmd_export, cmd_import
from .cli_output import OutputClosed, drop_the_rest, flush, say
from .cli_report import cmd_report
from .cli_templates import cmd_new, cmd_template
from .cli_text import json_text, terminal_safe
from .domain import i18n
from .domain.commands import CommandError
from .io.errors import ExchangeError
from .store import SUFFIX, SessionFileError

PROG = "workshop-app"
EXIT_ERROR = 2

# Errors turned into one line on stderr: the user's file or input, not a bug in the app.
USER_ERRORS: tuple[type[BaseException], ...] = (SessionFileError, CommandError, OSError,
                                                ExchangeError)


class UsageError(Exception):
    """Wrong arguments that argparse cannot catch by itself (e.g. PATH together with --demo)."""


# -- info ---------------------------------------------------------------------------------
def _info_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog=f"{PROG} info",
        description="Show a session's title, schema version and counts per phase "
        "(opens the file read-only; never changes it).",
    )
    p.add_argument("path", type=Path, help="a .workshop session file")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    return p


def cmd_info(argv: list[str]) -> int:
    """Print a session summary; read-only, so looking never modifies a file."""
    from .session import Session

    args = _info_parser().parse_args(argv)
    with Session.open(args.path, read_only=True) as session:
        info = session.info()
    if args.json:
        say(json_text(info))
    else:
        say(terminal_safe(format_info(info)))
    return 0


def format_info(info: dict[str, Any]) -> str:
    """The ``info`` summary as an aligned, readable table."""
    lines = [
        str(info["title"]),
        f"  file:            {info['path']}",
        f"  schema version:  {info['schema_version']}",
        f"  actors:          {info['actors']}",
        f"  relations:       {info['relations']}",
        f"  participants:    {info['participants']}",
        f"  phases:          {len(info['phases'])}",
    ]
    phases = info["phases"]
    if phases:
        headers = ("Phase", "Key", "Actors present", "Relations", "Scored relations")
        rows = [
            (str(p["phase"]), str(p["key"]), str(p["actors_present"]), str(p["relations"]),
             str(p["scored_relations"]))
            for p in phases
        ]
        widths = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(headers)]

        def fmt(cells: tuple[str, ...]) -> str:
            text = [c.ljust(widths[i]) if i < 2 else c.rjust(widths[i]) for i, c in enumerate(cells)]
            return "  " + "  ".join(text).rstrip()

        lines += ["", fmt(headers), "  " + "  ".join("-" * w for w in widths)]
        lines += [fmt(r) for r in rows]
    return "\n".join(lines)


# The sub-commands that write for people (the pack, the HTML page, pictures, the report): they
# speak the settings' language, or WORKSHOP_APP_LANGUAGE's. Data files and the terminal's
# tables stay in English, so scripts and other tools read them the same everywhere: every
# other sub-command runs under i18n.using("en"), whatever language the process was given
# (warnings, diffs and their --json are built in English), and the data formats of
# ``export`` make sure of it themselves (io.data_export.in_english).
LOCALISED = frozenset({"export", "report"})

# Sub-commands by name; "diff", "metrics", "warnings", "export", "import", "bundle" join here.
SUBCOMMANDS: dict[str, tuple[Callable[[list[str]], int], str]] = {
    "info": (cmd_info, "show a session's counts per phase (read-only, no GUI)"),
    "diff": (cmd_diff, "what changed between two phases (read-only, no GUI)"),
    "metrics": (cmd_metrics, "network metrics per phase (read-only, no GUI)"),
    "warnings": (cmd_warnings, "pattern warnings W1-W15 per phase (read-only, no GUI)"),
    "export": (cmd_export, "export a session as gexf, graphml, csv, xlsx, png, svg, pdf, html, pack, "
                           "or the morph as mp4, gif or frames"),
    "import": (cmd_import, "make a new session from GEXF, GraphML, CSV or Kumu JSON"),
    "bundle": (cmd_bundle, "write the research bundle (all data formats and a codebook)"),
    "compare": (cmd_compare, "a phase of one session beside a phase of another (read-only)"),
    "corpus": (cmd_corpus, "many sessions in one research database; match actors across them"),
    "report": (cmd_report, "the workshop report as Word or PDF (who, maps, changes, agreement, open questions)"),
    "template": (cmd_template, "protocol templates: save a session's set-up as JSON, list, check"),
    "new": (cmd_new, "make a new session from a protocol template"),
}


# -- the GUI forms ------------------------------------------------------------------------
def _gui_parser() -> argparse.ArgumentParser:
    from .bundled import demo_names

    subs = "\n".join(f"  {name:<10} {help_}" for name, (_, help_) in SUBCOMMANDS.items())
    p = argparse.ArgumentParser(
        prog=PROG,
        description="Assemblage Workshop: facilitated stakeholder workshops on smart-city projects.",
        epilog=f"sub-commands (run '{PROG} COMMAND --help'):\n{subs}",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("path", nargs="?", type=Path, metavar="PATH",
                   help=f"session file to open (a new one is made if PATH ends in {SUFFIX})")
    p.add_argument("--demo", metavar="NAME", choices=demo_names(),
                   help=f"open a fresh copy of a bundled demo: {', '.join(demo_names())}")
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    return p


def resolve_gui_path(path: Path | None, demo: str | None) -> Path:
    """Which file the GUI should open; creates or copies it where the form asks for that."""
    from . import bundled

    if path is not None and demo is not None:
        raise UsageError("give either PATH or --demo, not both")
    if demo is not None:
        return bundled.copy_demo(demo)
    if path is None:
        last = _last_session()
        return last if last is not None else bundled.copy_demo("iskandar")
    if not path.exists() and path.suffix == SUFFIX:
        from .session import Session

        Session.create(path).close()
        return path
    from .store import inspect_file

    inspect_file(path)  # a line here beats a dialog after the window has opened
    return path


def _last_session() -> Path | None:
    """The last session the GUI had open, if the settings know one that still exists."""
    last = settings.last_session()
    if last is None:
        return None
    last = Path(last)
    return last if last.is_file() else None


def launch_gui(path: Path) -> int:
    """Start the GUI; Qt is imported only here."""
    try:
        from .app import run_gui
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith("PySide6"):
            raise UsageError(f"the GUI is not available in this install ({exc.name} is missing)")
        raise
    return int(run_gui(path) or 0)


def _gui(argv: list[str]) -> int:
    args = _gui_parser().parse_args(argv)
    # Before any file is made or copied: a start that cannot open a window leaves nothing.
    missing = display_check.problem()
    if missing is not None:
        raise UsageError(missing)
    path = resolve_gui_path(args.path, args.demo)
    return launch_gui(path)


# -- entry point --------------------------------------------------------------------------
def _one_line(exc: BaseException) -> str:
    text = str(exc) or type(exc).__name__
    return terminal_safe(" ".join(text.split()))


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status instead of exiting (testable)."""
    args = list(sys.argv[1:] if argv is None else argv)
    # The GUI and the localised sub-commands speak the language in force; the GUI sets it
    # later, so it must not run inside a using() that would hold this thread to one language.
    speaking: AbstractContextManager[Any] = nullcontext()
    if args and args[0] in SUBCOMMANDS:
        run, rest = SUBCOMMANDS[args[0]][0], args[1:]
        if args[0] in LOCALISED:
            i18n.set_language(os.environ.get("WORKSHOP_APP_LANGUAGE") or settings.current().language)
        else:
            speaking = i18n.using(i18n.SOURCE_LANGUAGE)
    else:
        run, rest = _gui, args
    try:
        with speaking:
            status = run(rest)
        flush()
        return status
    except SystemExit as exc:  # argparse: --help, --version, usage errors
        code = exc.code
        return code if isinstance(code, int) else (0 if code is None else EXIT_ERROR)
    except OutputClosed:  # "| head -1": the work is done, the reader just stopped reading
        drop_the_rest()
        return 0
    except (UsageError, *USER_ERRORS) as exc:
        print(f"{PROG}: error: {_one_line(exc)}", file=sys.stderr)
        return EXIT_ERROR


if __name__ == "__main__":
    raise SystemExit(main())
