"""Small rules of language the whole app shares: counted nouns and a title made from a file name.

One helper for every count the user reads ("1 actor", "2 actors", "0 relations"), so no
screen, export or message falls back to "1 actors" or "actor(s)". A test greps the sources
for "(s)" to keep it that way. In another language the noun's forms come from its catalogue
(a "counted noun" entry per English noun, with the language's plural forms: "0 acteur" in
French, "0 Akteure" in German), so the same call is right in every language the app speaks.
"""

from __future__ import annotations

import re

from .i18n import counted_noun

# Nouns whose plural is not the noun plus "s".
IRREGULAR: dict[str, str] = {
    "person": "people",
    "entry": "entries",
    "copy": "copies",
    "is": "are",
    "was": "were",
    "has": "have",
    "this": "these",
    "it": "they",
}


def plural_of(word: str) -> str:
    """The plural of a noun as the app uses it ("actor" → "actors", "person" → "people")."""
    if word in IRREGULAR:
        return IRREGULAR[word]
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    if len(word) > 1 and word.endswith("y") and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def noun(n: int, word: str, plural: str | None = None) -> str:
    """The noun that goes with ``n``: in English singular for exactly one, plural otherwise
    (0 too); in another language the form its catalogue gives for ``n``."""
    if plural is None and " " in word:
        head, _, last = word.rpartition(" ")
        plural = f"{head} {plural_of(last)}"
    return counted_noun(n, word, plural or plural_of(word))


def count(n: int, word: str, plural: str | None = None) -> str:
    """``n`` with its noun: ``count(1, "actor")`` is "1 actor", ``count(0, "actor")``
    is "0 actors"; a multi-word noun takes its plural on the last word
    (``count(2, "relation-phase")``) or an explicit ``plural``."""
    return f"{n} {noun(n, word, plural)}"


def title_from_stem(stem: str) -> str:
    """A session title made from a file name: "turin_smart-city" → "Turin smart city".

    Underscores, hyphens and dots become spaces and the first letter is capitalised; the
    rest keeps its case, so "ACME lab" stays as typed. Used when nobody gave a title, so
    the projector and the handouts never show a lower-case file name.
    """
    words = re.sub(r"[\s_.\-]+", " ", stem).strip()
    if not words:
        return "Workshop"
    return words[0].upper() + words[1:]


__all__ = ["count", "noun", "plural_of", "title_from_stem", "IRREGULAR"]
