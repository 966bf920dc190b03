"""The research data sub-commands: ``export``, ``import`` and ``bundle``.

Headless: data formats never import Qt; the image formats load their renderer only when
asked. Sessions are opened read-only (an older file is read from an upgraded copy), and every
user mistake (unknown format or phase, output in the way, a broken foreign file) becomes the
one-line error of ``cli.main``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from .cli_output import say
from .cli_text import terminal_safe
from .domain.wording import count

PROG = "workshop-app"


def _export_parser() -> argparse.ArgumentParser:
    from .formats import EXPORTERS

    p = argparse.ArgumentParser(
        prog=f"{PROG} export",
        description="Export a session without starting the GUI (the session is not changed).",
    )
    p.add_argument("path", type=Path, help="a .workshop session file")
    p.add_argument("--format", required=True, metavar="FORMAT",
                   help="one of: " + ", ".join(EXPORTERS))
    p.add_argument("--phase", metavar="NAME", help="only this phase (name, key or number)")
    p.add_argument("--pseudonymize", "--pseudonymise", action="store_true",
                   help="replace actor and participant names, drop notes and quotes")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="OUT",
                   help="output file (a folder for csv and frames, and for graphml without --phase)")
    p.add_argument("--excel", action="store_true",
                   help="with --format csv: files Excel opens safely (UTF-8 with a byte order "
                   "mark; text starting with = + - @ gets a leading ')")
    p.add_argument("--towers", action="store_true",
                   help="with --format html, png, svg or pdf: draw each actor's Net-Map influence "
                   "tower where one is recorded, with its key in the legend")
    film = p.add_argument_group("films (--format mp4, gif or frames: the morph across phases)")
    film.add_argument("--size", metavar="WxH", help="frame size in pixels (default 1280x720)")
    film.add_argument("--fps", type=float, metavar="N",
                      help="frames per second (default 25; 10 for a GIF)")
    film.add_argument("--hold", type=float, metavar="S", help="seconds each phase is held (default 2)")
    film.add_argument("--morph", type=float, metavar="S",
                      help="seconds a phase takes to turn into the next (default 1.5)")
    return p


_FILM_OPTIONS = ("size", "fps", "hold", "morph")


TOWER_FORMATS = ("html", "png", "svg", "pdf")  # the maps that can draw influence towers


def cmd_export(argv: list[str]) -> int:
    """Write one export format through the registry."""
    from .io.errors import ExportError
    from .formats import EXPORTERS, VIDEO_FORMATS
    from .io.load import open_for_reading

    args = _export_parser().parse_args(argv)
    fmt = args.format.strip().lower().lstrip(".")
    if fmt not in EXPORTERS:
        raise ExportError(f"unknown format {args.format!r}; choose one of: {', '.join(EXPORTERS)}")
    if args.excel and fmt != "csv":
        raise ExportError(f"--excel is an option of --format csv, not of {fmt}")
    if args.towers and fmt not in TOWER_FORMATS:
        raise ExportError(f"--towers is an option of --format html, png, svg or pdf, not of {fmt}")
    film = {k: getattr(args, k) for k in _FILM_OPTIONS if getattr(args, k) is not None}
    if film and fmt not in VIDEO_FORMATS:
        raise ExportError(f"--{next(iter(film))} is an option of --format mp4, gif or frames, not of {fmt}")
    notes: list[str] = []
    with open_for_reading(args.path) as session:
        phase = _phase_ref(session, args.phase)
        options: dict[str, object] = {"notes": notes} if fmt in ("gexf", "graphml", "csv", "xlsx") else {}
        if args.excel:
            options["excel"] = True
        if args.towers:
            options["towers"] = True
        options.update(film)
        written = EXPORTERS[fmt](session, args.output, phase=phase,
                                 pseudonymize=args.pseudonymize, **options)
    for path in written:
        say(terminal_safe(str(path)))
    for note in notes:
        say(terminal_safe(f"note: {note}"))
    return 0


def _phase_ref(session: object, name: str | None) -> object:
    """The phase the user named; a number counts phases from 1. Unknown: one clear line."""
    from .domain.commands import CommandError
    from .io.errors import ExportError

    if name is None:
        return None
    phases = session.phases  # type: ignore[attr-defined]
    if name.isdigit() and 1 <= int(name) <= len(phases) and not any(p.name == name for p in phases):
        return phases[int(name) - 1]
    try:
        return session.phase(name)  # type: ignore[attr-defined]
    except CommandError:
        choices = ", ".join(repr(p.name) for p in phases)
        raise ExportError(f"no phase {name!r} in {session.path.name}; choose one of: "  # type: ignore[attr-defined]
                          f"{choices}") from None


def _import_parser() -> argparse.ArgumentParser:
    from .io.importers import FORMATS

    p = argparse.ArgumentParser(
        prog=f"{PROG} import",
        description="Make a new session from a network file of another tool and print what "
        "was mapped, kept or left out.",
    )
    p.add_argument("source", type=Path, metavar="SRC",
                   help="GEXF, GraphML (file or folder of per-phase files), CSV edges file or "
                   "matrix (or a folder with nodes.csv and edges.csv), XLSX, Pajek .net, GML, "
                   "JSON (Kumu, node-link, JSON Graph Format), Cytoscape .cyjs")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="NEW.workshop")
    p.add_argument("--format", default="auto", metavar="FORMAT",
                   help="auto (from the file name) or one of: " + ", ".join(FORMATS))
    p.add_argument("--nodes", type=Path, metavar="FILE", help="CSV nodes file to go with SRC")
    p.add_argument("--map", type=Path, metavar="MAPPING.json", dest="mapping",
                   help="what the source's types, kinds, roles, score scales, columns and "
                   "phases stand for (see the README's mapping step)")
    p.add_argument("--force", action="store_true", help="replace NEW.workshop if it exists")
    p.add_argument("--report", type=Path, metavar="FILE.json", dest="report_file",
                   help="also write the whole import report as JSON: every element, attribute "
                   "or cell of the source, imported, mapped (with the rule) or skipped (with "
                   "the reason and place)")
    return p


def _check_report_target(path: Path, source: Path, output: Path) -> None:
    """Refuse a report file that would replace the source, the new session or any session,
    before anything is imported (the session would be made, and the report then fail)."""
    from .io.errors import ExportError
    from .io.session_guard import refuse_session_target

    if path.resolve() in (source.resolve(), output.resolve()):
        raise ExportError(f"{path}: the report would replace the file it reports on; choose "
                          "another name.")
    if path.is_dir():
        raise ExportError(f"{path}: is a folder; give a .json file name for the report.")
    if not path.parent.is_dir():
        raise ExportError(f"{path}: the folder {path.parent} does not exist.")
    refuse_session_target(path, action="the import report")


def _write_report(path: Path, data: dict[str, object]) -> None:
    import json

    from .io.atomic import atomic_file

    with atomic_file(path) as temp:
        temp.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def cmd_import(argv: list[str]) -> int:
    from .io.errors import ImportFileError
    from .io.importers import FORMATS, import_file
    from .io.importers.mapping import load_mapping

    args = _import_parser().parse_args(argv)
    fmt = args.format.strip().lower()
    if fmt not in ("auto", *FORMATS):
        raise ImportFileError(args.source, f"unknown import format {args.format!r}; choose one "
                              f"of: auto, {', '.join(FORMATS)}")
    mapping = load_mapping(args.mapping) if args.mapping is not None else None
    if args.report_file is not None:
        _check_report_target(args.report_file, args.source, args.output)
    report = import_file(args.source, args.output, fmt=fmt, force=args.force, nodes=args.nodes,
                         mapping=mapping)
    if args.report_file is not None:
        _write_report(args.report_file, report.to_dict())
    say(terminal_safe(str(report)))
    if args.report_file is not None:
        say(terminal_safe(f"The whole report: {args.report_file}"))
    return 0


def _bundle_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog=f"{PROG} bundle",
        description="Write the research bundle of a session into a new folder: GEXF, GraphML "
        "per phase, CSV per table, XLSX, codebook.json and a README (session not changed).",
    )
    p.add_argument("path", type=Path, help="a .workshop session file")
    p.add_argument("-o", "--output", required=True, type=Path, metavar="DIR")
    p.add_argument("--pseudonymize", "--pseudonymise", action="store_true",
                   help="replace actor and participant names, drop notes and quotes")
    p.add_argument("--force", action="store_true", help="replace DIR if it is not empty")
    return p


def cmd_bundle(argv: list[str]) -> int:
    from .io.bundle import write_bundle
    from .io.load import open_for_reading

    args = _bundle_parser().parse_args(argv)
    notes: list[str] = []
    with open_for_reading(args.path) as session:
        files = write_bundle(session, args.output, pseudonymize=args.pseudonymize,
                             force=args.force, notes=notes)
    say(terminal_safe(f"Wrote {count(len(files), 'file')} to {args.output}"))
    for note in notes:
        say(terminal_safe(f"note: {note}"))
    return 0


__all__ = ["cmd_export", "cmd_import", "cmd_bundle"]
