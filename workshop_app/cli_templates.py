"""Protocol templates on the command line: ``template save|list|check`` and ``new``.

::

    workshop-app template save PATH -o T.json [--name NAME] [--description TEXT]
    workshop-app template list
    workshop-app template check T.json
    workshop-app new NEW.workshop --template T.json|NAME [--title TITLE]

Headless: templates are JSON and sessions are made without Qt. A bad template is one line
naming the file and the place (``workshop-app: error: T.json (at phases[1].key): ...``).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from .cli_output import say
from .cli_text import terminal_safe

PROG = "workshop-app"


def _template_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog=f"{PROG} template",
        description="Protocol templates: a session's set-up (phases, custom roles, actor types, "
        "prompts, the round's questions and options, participants' groups) as plain JSON, "
        "without names, notes or votes.")
    sub = p.add_subparsers(dest="action", required=True, metavar="ACTION")
    save = sub.add_parser("save", help="write a session's set-up as a template file")
    save.add_argument("path", type=Path, help="a .workshop session file (not changed)")
    save.add_argument("-o", "--output", required=True, type=Path, metavar="T.json")
    save.add_argument("--name", default="", help="the template's name (default: the session's title)")
    save.add_argument("--description", default="", help="one or two sentences on when to use it")
    sub.add_parser("list", help="the templates shipped with the app")
    check = sub.add_parser("check", help="check a template file against the schema")
    check.add_argument("template", type=Path, metavar="T.json")
    return p


def cmd_template(argv: list[str]) -> int:
    from .bundled import resources_dir
    from .io.load import open_for_reading
    from .io.protocol import describe, read_template, save_template, shipped

    args = _template_parser().parse_args(argv)
    resources = resources_dir()
    if args.action == "save":
        with open_for_reading(args.path) as session:
            written = save_template(session, args.output, resources, name=args.name,
                                    description=args.description)
        say(terminal_safe(str(written)))
    elif args.action == "list":
        for name, path in shipped(resources).items():
            first = describe(read_template(path, resources)).split("\n")
            say(terminal_safe(f"{name:<20} {first[1] if len(first) > 1 else first[0]}"))
    else:
        say(terminal_safe(describe(read_template(args.template, resources))))
    return 0


def _new_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog=f"{PROG} new",
        description="Make a new session file with a template's set-up (it never replaces a file).")
    p.add_argument("path", type=Path, metavar="NEW.workshop")
    p.add_argument("--template", required=True, metavar="T.json|NAME",
                   help="a template file, or the name of a shipped one (see 'template list')")
    p.add_argument("--title", default="", help="the session's title (default: from the file name)")
    return p


def cmd_new(argv: list[str]) -> int:
    from .bundled import resources_dir
    from .io.protocol import new_session, read_template, resolve

    args = _new_parser().parse_args(argv)
    resources = resources_dir()
    template = read_template(resolve(args.template, resources), resources)
    made = new_session(template, args.path, title=args.title)
    say(terminal_safe(f"{made}: new session from the template “{template['name']}”, "
                      f"{len(template['phases'])} phases"))
    return 0


__all__ = ["cmd_new", "cmd_template"]
