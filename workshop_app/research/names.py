"""Actor names brought to a comparable form: the first step of matching actors across workshops.

Two workshops name the same organisation differently: "City of Antwerp" in one, "Stad
Antwerpen" in another, "European Commission (Horizon 2020)" beside "European Commission".
Before any fuzzy comparison the names are folded the same way (case, accents, punctuation),
the generic words a municipality or a company carries in many languages are dropped, and
parenthetical remarks (a programme, an acronym, who is included) are set aside. What is left
is the *key*: equal keys are a strong suggestion, similar keys a weaker one; the researcher
decides either way. Pure standard library.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Leading words that say "the municipality of" or "the region of" in the languages the cases
# and typical European workshops use; dropped only at the start of the name.
_PREFIXES: tuple[str, ...] = (
    "city and county of", "city council of", "city of", "town of", "municipality of",
    "metropolitan city of", "borough of", "county of", "region of", "state of",
    "province of", "government of", "the",
    "stad", "gemeente", "stadt", "landeshauptstadt", "gemeinde", "ville de", "ville d",
    "commune de", "commune d", "mairie de", "citta di", "comune di", "ciudad de",
    "ayuntamiento de", "municipio de", "prefeitura de", "concello de", "kommune",
    "miasto", "urząd miasta", "urzad miasta",
)
# Trailing legal forms: "GmbH", "Ltd", "S.p.A."... (after punctuation is folded).
_SUFFIXES: tuple[str, ...] = (
    "gmbh", "ag", "ev", "e v", "ltd", "limited", "plc", "inc", "llc", "bv", "nv", "sa", "spa",
    "s p a", "srl", "sas", "sarl", "ab", "as", "oy", "co", "corp", "corporation", "holding",
)
# Words too common to say two names are alike (used when blocking candidates for fuzzy
# comparison, not removed from the key).
STOPWORDS: frozenset[str] = frozenset({
    "of", "the", "and", "for", "de", "van", "der", "den", "het", "des", "du", "la", "le", "di",
    "del", "della", "und", "fur", "y", "e", "et", "in", "on", "a", "an", "to", "&",
})

_PAREN = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_NON_WORD = re.compile(r"[^\w]+")
_SPACES = re.compile(r"\s+")


def fold(text: str) -> str:
    """Case-folded, accents stripped, punctuation turned into single spaces."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    bare = bare.replace("ß", "ss").replace("ø", "o").replace("ł", "l").replace("đ", "d")
    return _SPACES.sub(" ", _NON_WORD.sub(" ", bare.replace("_", " "))).strip()


def _drop_prefix(words: str) -> str:
    for prefix in _PREFIXES_FOLDED:
        if words.startswith(prefix + " "):
            return words[len(prefix) + 1:]
    return words


def _drop_suffix(words: str) -> str:
    for suffix in _SUFFIXES:
        if words.endswith(" " + suffix):
            return words[: -len(suffix) - 1]
    return words


_PREFIXES_FOLDED: tuple[str, ...] = tuple(sorted({fold(p) for p in _PREFIXES}, key=len, reverse=True))


@lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """The comparable form of an actor name ("City of Antwerp (council)" -> "antwerp").

    Parenthetical parts go first, then one leading generic prefix and one trailing legal
    form. A name that would become empty keeps its folded form, so "City of" stays a name.
    """
    without = name
    while True:  # nested brackets: the innermost go first
        shorter = _PAREN.sub(" ", without)
        if shorter == without:
            break
        without = shorter
    folded = fold(without) or fold(name)
    key = _drop_suffix(_drop_prefix(folded)).strip()
    return key or folded


def blocking_tokens(key: str, width: int = 4) -> set[str]:
    """The first ``width`` letters of each meaningful word of a key: two names become
    candidates for a fuzzy comparison only if they share one ("antw" for both "antwerp"
    and "antwerpen")."""
    return {word[:width] for word in key.split() if word not in STOPWORDS and len(word) > 1}


__all__ = ["STOPWORDS", "blocking_tokens", "fold", "name_key"]
