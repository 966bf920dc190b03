"""Refresh the language catalogues from the code: ``python scripts/i18n_update.py``.

Reads every message the app can show and writes them into ``resources/i18n/workshop_<lang>.ts``
(Qt Linguist files) for each language but English. Translations already there are kept; a
new message is added as *unfinished* with an empty translation (the app shows its English
until somebody translates it, and the catalogue test fails until then); a message gone from
the code is kept as *vanished* for the translator's reference (``--drop-vanished`` removes
them). Messages are sorted by their English text, so the files diff well.

What counts as a message (the same scan the tests use):

- ``tr("…")``, ``tr("…", "disambiguation")`` and ``N_("…")`` anywhere in the package, with a
  string literal as the text (``tr(variable)`` translates a message marked elsewhere);
- ``tr_plural("singular …", "plural …", n)``: a plural-form entry under its singular;
- counted nouns: ``count(n, "actor")`` and ``noun(n, "actor")`` of ``domain/wording.py``,
  which become plural-form entries with the disambiguation "counted noun";
- every label and glossary line of the vocabulary (``domain/terms.py``'s ``TABLES``), with the
  table's name as the disambiguation;
- ``_("…")`` in the jinja templates (the phone page).

``--check`` changes nothing and exits 1 when a file is out of date; ``--stats`` prints, per
language, how many messages there are, how many are translated and how many are unfinished.
"""

from __future__ import annotations

import argparse
import ast
import re
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "workshop_app"
sys.path.insert(0, str(ROOT))

from workshop_app.domain import i18n, terms  # noqa: E402  (the checkout's package, not an installed one)

QT_LANGUAGE = {"de": "de_DE", "fr": "fr_FR", "es": "es_ES", "it": "it_IT", "en": "en_GB"}
MARKERS = {"tr", "N_"}
PLURAL = "tr_plural"  # a numerus message with its English plural beside it
COUNTING = {"count", "noun"}
_TEMPLATE_CALL = re.compile(r"""\b_\(\s*(?:"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)')\s*\)""")

Key = tuple[str, str]  # (source, disambiguation)


@dataclass
class Found:
    """One message of the code and where it was seen."""

    source: str
    disambiguation: str = ""
    numerus: bool = False
    places: list[str] = field(default_factory=list)


def _name(func: ast.expr) -> str | None:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return None


def _text(node: ast.expr | None) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _wording_names(tree: ast.Module) -> set[str]:
    """The names ``count`` / ``noun`` are bound to wording's functions in this module."""
    bound: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").endswith("wording"):
            bound |= {a.asname or a.name for a in node.names if a.name in COUNTING}
    return bound


def _add(found: dict[Key, Found], source: str, disambiguation: str, numerus: bool, place: str) -> None:
    entry = found.setdefault((source, disambiguation), Found(source, disambiguation, numerus))
    entry.numerus = entry.numerus or numerus
    entry.places.append(place)


def scan_python(path: Path, found: dict[Key, Found]) -> None:
    """The messages of one Python file (``tr``/``N_`` calls and counted nouns)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    counting = _wording_names(tree)
    rel = path.relative_to(ROOT).as_posix()
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        place = f"{rel}:{node.lineno}"
        if name in MARKERS and node.args:
            source = _text(node.args[0])
            if source is None:
                continue
            dis = _text(node.args[1]) if len(node.args) > 1 else None
            for kw in node.keywords:
                if kw.arg == "disambiguation":
                    dis = _text(kw.value)
            numerus = len(node.args) > 2 or any(kw.arg == "n" for kw in node.keywords)
            _add(found, source, dis or "", numerus, place)
        elif name == PLURAL and node.args:  # tr_plural(singular, plural, n[, disambiguation])
            source = _text(node.args[0])
            if source is None:
                continue
            dis = _text(node.args[3]) if len(node.args) > 3 else None
            for kw in node.keywords:
                if kw.arg == "disambiguation":
                    dis = _text(kw.value)
            _add(found, source, dis or "", True, place)
        elif name in COUNTING and len(node.args) >= 2:
            is_wording = (isinstance(node.func, ast.Name) and node.func.id in counting) or (
                isinstance(node.func, ast.Attribute) and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "wording")
            word = _text(node.args[1])
            if is_wording and word is not None:
                _add(found, word, i18n.COUNTED_NOUN, True, place)


def scan_template(path: Path, found: dict[Key, Found]) -> None:
    """``_("…")`` in a jinja template."""
    rel = path.relative_to(ROOT).as_posix()
    text = path.read_text(encoding="utf-8")
    for match in _TEMPLATE_CALL.finditer(text):
        raw = match.group(1) if match.group(1) is not None else match.group(2)
        source = raw.encode("utf-8").decode("unicode_escape") if "\\" in raw else raw
        line = text.count("\n", 0, match.start()) + 1
        _add(found, source, "", False, f"{rel}:{line}")


def extract(package: Path = PACKAGE) -> dict[Key, Found]:
    """Every message of the app, by (source, disambiguation)."""
    found: dict[Key, Found] = {}
    for path in sorted(package.rglob("*.py")):
        if "__pycache__" not in path.parts:
            scan_python(path, found)
    for path in sorted(package.rglob("templates/*")):
        if path.suffix in (".html", ".j2", ".txt"):
            scan_template(path, found)
    for table, labels in terms.TABLES.items():
        for key, english in labels.items():
            _add(found, english, table, False, f"domain/terms.py:{table}:{key}")
    return found


# -- the .ts files -----------------------------------------------------------------------------
@dataclass
class Entry:
    """One message as a catalogue holds it."""

    source: str
    disambiguation: str
    numerus: bool
    forms: list[str]
    state: str  # "" (finished), "unfinished" or "vanished"


def read_ts(path: Path) -> dict[Key, Entry]:
    if not path.is_file():
        return {}
    root = ET.parse(path).getroot()
    out: dict[Key, Entry] = {}
    for context in root.iter("context"):
        if (context.findtext("name") or "") != i18n.CONTEXT:
            continue
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            dis = message.findtext("comment") or ""
            numerus = message.get("numerus") == "yes"
            translation = message.find("translation")
            state = (translation.get("type", "") if translation is not None else "unfinished")
            state = "vanished" if state == "obsolete" else state
            if translation is None:
                forms = []
            elif numerus:
                forms = [f.text or "" for f in translation.iter("numerusform")]
            else:
                forms = [translation.text or ""]
            out[(source, dis)] = Entry(source, dis, numerus, forms, state)
    return out


def _forms_needed(lang: str) -> int:
    return 2  # every language the app speaks has two plural forms (fr: 0 and 1 are singular)


def merge(found: dict[Key, Found], existing: dict[Key, Entry], lang: str,
          drop_vanished: bool = False) -> list[Entry]:
    """The catalogue's new entries: every message found, with what was translated before."""
    out: list[Entry] = []
    for key, message in found.items():
        old = existing.get(key)
        if old is not None and old.numerus == message.numerus and any(f.strip() for f in old.forms):
            state = "" if old.state in ("", "vanished") else old.state
            forms = list(old.forms)
        else:
            forms, state = [], "unfinished"
        if message.numerus:
            forms = (forms + [""] * _forms_needed(lang))[:_forms_needed(lang)]
        else:
            forms = forms[:1] or [""]
        if not all(f.strip() for f in forms):
            state = "unfinished"
        out.append(Entry(message.source, message.disambiguation, message.numerus, forms, state))
    if not drop_vanished:
        for key, old in existing.items():
            if key not in found and any(f.strip() for f in old.forms):
                out.append(Entry(old.source, old.disambiguation, old.numerus, old.forms, "vanished"))
    out.sort(key=lambda e: (e.source.casefold(), e.source, e.disambiguation))
    return out


def render_ts(entries: list[Entry], lang: str) -> str:
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             f'<TS version="2.1" language="{QT_LANGUAGE.get(lang, lang)}" sourcelanguage="en_GB">',
             "<context>", f"    <name>{i18n.CONTEXT}</name>"]
    for e in entries:
        lines.append('    <message numerus="yes">' if e.numerus else "    <message>")
        lines.append(f"        <source>{escape(e.source)}</source>")
        if e.disambiguation:
            lines.append(f"        <comment>{escape(e.disambiguation)}</comment>")
        kind = f' type="{e.state}"' if e.state else ""
        if e.numerus:
            lines.append(f"        <translation{kind}>")
            lines += [f"            <numerusform>{escape(f)}</numerusform>" for f in e.forms]
            lines.append("        </translation>")
        else:
            lines.append(f"        <translation{kind}>{escape(e.forms[0])}</translation>")
        lines.append("    </message>")
    lines += ["</context>", "</TS>", ""]
    return "\n".join(lines)


def stats(entries: list[Entry]) -> tuple[int, int, int]:
    """(messages, translated, unfinished), vanished ones left out."""
    live = [e for e in entries if e.state != "vanished"]
    done = sum(1 for e in live if e.state == "" and all(f.strip() for f in e.forms))
    return len(live), done, len(live) - done


def target_languages() -> list[str]:
    return [code for code in i18n.LANGUAGES if code != i18n.SOURCE_LANGUAGE]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="change nothing; exit 1 if a catalogue is out of date")
    parser.add_argument("--stats", action="store_true", help="print messages, translated and unfinished per language")
    parser.add_argument("--drop-vanished", action="store_true", help="remove messages the code no longer has")
    parser.add_argument("--todo", metavar="LANG", help="list the messages LANG still lacks")
    args = parser.parse_args(argv)
    found = extract()
    folder = i18n.catalogue_dir()
    stale = []
    for lang in target_languages():
        path = folder / f"workshop_{lang}.ts"
        entries = merge(found, read_ts(path), lang, args.drop_vanished)
        text = render_ts(entries, lang)
        old = path.read_text(encoding="utf-8") if path.is_file() else ""
        if text != old:
            stale.append(path)
            if not args.check:
                folder.mkdir(parents=True, exist_ok=True)
                path.write_text(text, encoding="utf-8")
        if args.stats:
            total, done, unfinished = stats(entries)
            print(f"{lang}: {total} messages, {done} translated, {unfinished} unfinished")
        if args.todo == lang:
            for e in entries:
                if e.state == "unfinished":
                    print(f"{e.source!r}" + (f"  [{e.disambiguation}]" if e.disambiguation else ""))
    if args.check:
        for path in stale:
            print(f"{path}: out of date; run python scripts/i18n_update.py", file=sys.stderr)
        return 1 if stale else 0
    for path in stale:
        print(f"updated {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
