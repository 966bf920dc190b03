"""The app's languages: one set of catalogues, read here, for the console, the phones and the files.

The catalogues are Qt Linguist ``.ts`` files (``resources/i18n/workshop_<lang>.ts``), so a
translator can open them in Qt Linguist, and ``pyside6-lrelease`` accepts them. They are read
here, with the standard library, rather than compiled to ``.qm``: the phone page and the
exports run without Qt, a fresh checkout needs no build step, and the console's
``QTranslator`` (``ui/i18n.py``) asks this module too, so there is one source of truth.

Every message lives in one context (:data:`CONTEXT`); the same English words mean the same
thing on the console, the wall, a phone and in the report. Where they do not, a
*disambiguation* (the ``<comment>`` of the ``.ts`` file) tells them apart: vocabulary labels
carry the name of their table ("actor type", "relation kind" ...), counted nouns carry
"counted noun".

The language in force is the process's (:func:`set_language`, from the settings), unless a
piece of work asks for another one with :func:`using` (a phone's page, a report in another
language): that choice is held in a context variable, so each server thread has its own. A
catalogue that is missing or broken is logged and English is shown: a language is a
convenience, never a reason to stop a workshop.
"""

from __future__ import annotations

import logging
import re
import threading
import xml.etree.ElementTree as ET
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator

log = logging.getLogger(__name__)

# The languages the app speaks, each named in itself (a menu of them is read by people
# looking for their own language).
LANGUAGES: dict[str, str] = {
    "en": "English",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
    "it": "Italiano",
}
SOURCE_LANGUAGE = "en"  # the language of the code's own strings
CONTEXT = "Workshop"  # the one Qt translation context of the app
COUNTED_NOUN = "counted noun"  # the disambiguation of wording.count's nouns

# Which plural form goes with n, as Qt Linguist numbers them for each language.
_PLURAL_RULES: dict[str, Callable[[int], int]] = {
    "en": lambda n: 0 if n == 1 else 1,
    "de": lambda n: 0 if n == 1 else 1,
    "es": lambda n: 0 if n == 1 else 1,
    "it": lambda n: 0 if n == 1 else 1,
    "fr": lambda n: 0 if n in (0, 1) else 1,  # "0 acteur", "1 acteur", "2 acteurs"
}

# {name}, {0}, {n:.1f}, {x!r} (not {{ }}), and Qt's %n / %1 and printf's %s / %d.
_BRACES = re.compile(r"(?<!\{)\{([A-Za-z_][A-Za-z0-9_]*|\d*)(?:![rsa])?(?::[^{}]*)?\}(?!\})")
_PERCENT = re.compile(r"%(?:n|\d|s|d|%)")

_PACKAGE_DIR = Path(__file__).resolve().parents[1]


class CatalogueError(ValueError):
    """A catalogue file that cannot be read: the message names the file and the reason."""


@dataclass(frozen=True)
class Message:
    """One entry of a catalogue: the English source, its disambiguation and its translation.

    ``forms`` holds one text, or one per plural form for a counted message (``numerus``).
    ``finished`` is false while the translation waits for a translator (Qt's "unfinished").
    """

    source: str
    disambiguation: str
    forms: tuple[str, ...]
    numerus: bool = False
    finished: bool = True

    @property
    def translated(self) -> bool:
        return bool(self.forms) and all(f.strip() for f in self.forms)


class Catalogue:
    """The messages of one language, by (source, disambiguation)."""

    def __init__(self, language: str, messages: dict[tuple[str, str], Message],
                 path: Path | None = None) -> None:
        self.language = language
        self.messages = messages
        self.path = path

    def __len__(self) -> int:
        return len(self.messages)

    def lookup(self, source: str, disambiguation: str = "", n: int | None = None) -> str | None:
        """The translation, or ``None`` where there is none yet (the caller shows the English)."""
        message = self.messages.get((source, disambiguation))
        if message is None or not message.translated:
            return None
        if message.numerus:
            index = plural_index(self.language, 1 if n is None else n)
            return message.forms[min(index, len(message.forms) - 1)]
        return message.forms[0]

    @classmethod
    def read(cls, path: Path) -> "Catalogue":
        """Read a ``.ts`` file; raises :class:`CatalogueError` naming the file and the reason."""
        try:
            root = ET.parse(path).getroot()
        except OSError as exc:
            raise CatalogueError(f"{path}: cannot be read ({exc.strerror or exc})") from exc
        except ET.ParseError as exc:
            raise CatalogueError(f"{path}: not a valid catalogue ({exc})") from exc
        if root.tag != "TS":
            raise CatalogueError(f"{path}: not a Qt Linguist catalogue (the root is <{root.tag}>)")
        language = normalise(root.get("language", "")) or path.stem.rpartition("_")[2]
        messages: dict[tuple[str, str], Message] = {}
        for context in root.iter("context"):
            if (context.findtext("name") or "") != CONTEXT:
                continue
            for element in context.iter("message"):
                message = _message(element)
                if message is not None:
                    messages[(message.source, message.disambiguation)] = message
        return cls(language, messages, path)


def _message(element: ET.Element) -> Message | None:
    source = element.findtext("source")
    if source is None:
        return None
    translation = element.find("translation")
    numerus = element.get("numerus") == "yes"
    forms: tuple[str, ...] = ()
    finished = True
    if translation is not None:
        kind = translation.get("type", "")
        finished = kind not in ("unfinished", "vanished", "obsolete")
        if numerus:
            forms = tuple(f.text or "" for f in translation.iter("numerusform"))
        else:
            forms = (translation.text or "",)
        if kind in ("vanished", "obsolete"):
            forms = ()  # gone from the code: kept in the file for a translator, never shown
    return Message(source, element.findtext("comment") or "", forms, numerus, finished)


def plural_index(language: str, n: int) -> int:
    """Which of the language's plural forms goes with ``n`` (Qt Linguist's order)."""
    return _PLURAL_RULES.get(language, _PLURAL_RULES["en"])(abs(n))


# -- where the catalogues are ----------------------------------------------------------------
_dir_override: Path | None = None
_cache: dict[tuple[Path, str], Catalogue] = {}
_cache_lock = threading.Lock()


def catalogue_dir() -> Path:
    """The folder of the ``.ts`` files: inside an installed wheel, else the checkout's."""
    if _dir_override is not None:
        return _dir_override
    installed = _PACKAGE_DIR / "_bundled" / "resources" / "i18n"
    return installed if installed.is_dir() else _PACKAGE_DIR.parent / "resources" / "i18n"


def set_catalogue_dir(folder: Path | None) -> None:
    """Read catalogues from ``folder`` (tests; ``None`` goes back to the shipped ones)."""
    global _dir_override
    _dir_override = Path(folder) if folder is not None else None
    with _cache_lock:
        _cache.clear()


def catalogue_path(language: str) -> Path:
    return catalogue_dir() / f"workshop_{language}.ts"


def catalogue(language: str) -> Catalogue:
    """The catalogue of ``language`` (read once); English, and a file that cannot be read,
    give an empty one, so every message shows its English source."""
    lang = normalise(language) or SOURCE_LANGUAGE
    path = catalogue_path(lang)
    key = (path, lang)
    with _cache_lock:
        found = _cache.get(key)
    if found is not None:
        return found
    if lang == SOURCE_LANGUAGE:
        made = Catalogue(lang, {}, None)
    else:
        try:
            made = Catalogue.read(path)
        except CatalogueError as exc:
            log.warning("%s; showing English instead", exc)
            made = Catalogue(lang, {}, path)
    with _cache_lock:
        return _cache.setdefault(key, made)


# -- the language in force --------------------------------------------------------------------
_process_language = SOURCE_LANGUAGE
_asked: ContextVar[str | None] = ContextVar("workshop_language", default=None)


def normalise(code: str | None) -> str | None:
    """``"de_DE"``, ``"de-AT"`` or ``"DE"`` → ``"de"``; a language the app does not speak → None."""
    if not code:
        return None
    base = code.strip().replace("_", "-").split("-")[0].lower()
    return base if base in LANGUAGES else None


def set_language(code: str | None) -> str:
    """Make ``code`` the process's language (from the settings); returns the one in force
    (English for a code the app does not speak)."""
    global _process_language
    _process_language = normalise(code) or SOURCE_LANGUAGE
    return _process_language


def language() -> str:
    """The language in force here: the one asked by :func:`using`, else the process's."""
    return _asked.get() or _process_language


@contextmanager
def using(code: str | None) -> Iterator[str]:
    """Speak ``code`` inside the block (this thread only); ``None`` keeps the one in force."""
    lang = normalise(code) or language()
    token = _asked.set(lang)
    try:
        yield lang
    finally:
        _asked.reset(token)


def negotiate(accept_language: str | None, default: str | None = None) -> str:
    """The best of our languages for an HTTP ``Accept-Language`` header ("it-IT,it;q=0.9,en;q=0.8")."""
    best: tuple[float, int, str] | None = None
    for position, part in enumerate((accept_language or "").split(",")[:32]):
        tag, _, params = part.strip().partition(";")
        lang = normalise(tag)
        if lang is None:
            continue
        quality = 1.0
        for param in params.split(";"):
            name, _, value = param.strip().partition("=")
            if name == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if quality > 0 and (best is None or (quality, -position) > best[:2]):
            best = (quality, -position, lang)
    return best[2] if best else (normalise(default) or language())


# -- translating ------------------------------------------------------------------------------
def translate(source: str, disambiguation: str | None = None, n: int | None = None,
              lang: str | None = None) -> str:
    """``source`` in ``lang`` (default: the language in force); the English source where the
    catalogue has no translation yet. ``%n`` becomes ``n``."""
    wanted = normalise(lang) or language()
    text = None
    if wanted != SOURCE_LANGUAGE:
        text = catalogue(wanted).lookup(source, disambiguation or "", n)
    if text is None:
        text = source
    return text.replace("%n", str(n)) if n is not None else text


def tr(source: str, disambiguation: str | None = None, n: int | None = None) -> str:
    """The translation of ``source`` in the language in force (the Qt-free ``tr``).

    Placeholders stay as they are: ``tr("Phase {i} of {n}").format(i=2, n=5)``.
    """
    return translate(source, disambiguation, n)


def in_sentence(label: str) -> str:
    """A label as it reads inside a sentence ("agreement" after "City → IMEC: "): lower case,
    except in German, where nouns keep their capital."""
    return label if language() == "de" else label[:1].lower() + label[1:]


def N_(source: str) -> str:
    """Mark ``source`` for the catalogues without translating it here: a constant made at
    import time is translated where it is shown, with ``tr(constant)``."""
    return source


def tr_plural(singular: str, plural: str, n: int, disambiguation: str | None = None) -> str:
    """The text that goes with ``n``: the form the catalogue of the language in force gives
    for ``n`` (a numerus message under ``singular``); in English, or while no translator has
    filled it, ``singular`` for exactly one and ``plural`` otherwise (as gettext's ngettext)."""
    lang = language()
    if lang != SOURCE_LANGUAGE:
        text = catalogue(lang).lookup(singular, disambiguation or "", n)
        if text is not None:
            return text
    return singular if n == 1 else plural


def counted_noun(n: int, word: str, english_plural: str) -> str:
    """``word`` in the form that goes with ``n`` in the language in force (wording.count uses it)."""
    return tr_plural(word, english_plural, n, COUNTED_NOUN)


# -- checks a translation must pass ------------------------------------------------------------
def placeholders(text: str) -> list[str]:
    """The placeholders of ``text``, sorted: ``{name}``, ``{0}`` and ``%n``, ``%1``, ``%s``."""
    braces = ["{" + m.group(1) + "}" for m in _BRACES.finditer(text)]
    percents = [m.group(0) for m in _PERCENT.finditer(text) if m.group(0) != "%%"]
    return sorted(braces + percents)


def mnemonics(text: str) -> int:
    """How many keyboard-shortcut marks (a single ``&``) ``text`` carries."""
    return len(re.findall(r"&(?!&)", text.replace("&&", "")))


__all__ = [
    "CONTEXT",
    "COUNTED_NOUN",
    "Catalogue",
    "CatalogueError",
    "LANGUAGES",
    "Message",
    "N_",
    "SOURCE_LANGUAGE",
    "catalogue",
    "catalogue_dir",
    "catalogue_path",
    "counted_noun",
    "tr_plural",
    "in_sentence",
    "language",
    "mnemonics",
    "negotiate",
    "normalise",
    "placeholders",
    "plural_index",
    "set_catalogue_dir",
    "set_language",
    "tr",
    "translate",
    "using",
]
