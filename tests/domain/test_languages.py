"""The five languages: every message the app can show is in each catalogue, translated, with
the placeholders and keyboard mnemonics the code fills in; phones and files negotiate the
language; the papers' vocabulary has its glossary line in each language. Pure: no Qt."""

from __future__ import annotations

import importlib.util
import logging
import sys
from pathlib import Path
from types import ModuleType
from typing import Iterator

import pytest

from workshop_app.domain import i18n, terms
from workshop_app.domain import vocabulary as voc
from workshop_app.domain.wording import count

ROOT = Path(__file__).resolve().parents[2]
OTHER_LANGUAGES = [lang for lang in i18n.LANGUAGES if lang != i18n.SOURCE_LANGUAGE]


def _updater() -> ModuleType:
    spec = importlib.util.spec_from_file_location("i18n_update", ROOT / "scripts" / "i18n_update.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def code_messages() -> dict:
    """Every message of the code, found by the same scan that refreshes the catalogues."""
    return _updater().extract()


@pytest.fixture
def in_language() -> Iterator[None]:
    yield
    i18n.set_language(None)


def test_the_code_has_the_messages_the_interface_shows(code_messages: dict) -> None:
    # The scan finds the console's menus, the phone page's template words, counted nouns and
    # the vocabulary: if it found none of them, the catalogue checks below would prove nothing.
    assert ("&File", "") in code_messages
    assert ("Waiting for the next relation…", "") in code_messages
    assert ("actor", i18n.COUNTED_NOUN) in code_messages
    assert ("Trust", "dimension") in code_messages
    assert len(code_messages) > 1000


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
def test_every_message_is_in_the_catalogue_and_translated(lang: str, code_messages: dict) -> None:
    catalogue = i18n.Catalogue.read(i18n.catalogue_path(lang))
    missing = sorted(k[0] for k in code_messages if k not in catalogue.messages)
    assert missing == [], f"{lang}: {len(missing)} messages not in the catalogue, e.g. {missing[:5]}"
    unfinished = sorted(k[0] for k in code_messages if not catalogue.messages[k].translated)
    assert unfinished == [], f"{lang}: {len(unfinished)} messages wait for a translator, e.g. {unfinished[:5]}"


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
def test_translations_keep_what_the_code_fills_in(lang: str, code_messages: dict) -> None:
    """A translation that lost a {placeholder} would break the sentence the code formats, and
    one that lost its '&' would leave a menu without its Alt key."""
    catalogue = i18n.Catalogue.read(i18n.catalogue_path(lang))
    wrong = []
    for key in code_messages:
        message = catalogue.messages.get(key)
        if message is None or not message.translated:
            continue
        for form in message.forms:
            if not message.numerus and i18n.placeholders(form) != i18n.placeholders(key[0]):
                wrong.append((key[0], form))
            if i18n.mnemonics(form) != i18n.mnemonics(key[0]):
                wrong.append((key[0], form))
    assert wrong == []


@pytest.mark.parametrize(("lang", "word"), [("de", "Sprache"), ("fr", "Langue"),
                                             ("es", "Idioma"), ("it", "Lingua")])
def test_words_read_in_the_language_chosen(lang: str, word: str, in_language: None) -> None:
    i18n.set_language(lang)
    assert i18n.tr("Language") == word
    i18n.set_language("en")
    assert i18n.tr("Language") == "Language"


def test_counted_nouns_follow_each_languages_plural_rule(in_language: None) -> None:
    i18n.set_language("fr")
    singular, plural = count(1, "actor"), count(2, "actor")
    assert singular.startswith("1 ") and plural.startswith("2 ") and singular[2:] != plural[2:]
    assert count(0, "actor")[2:] == singular[2:]  # French counts zero in the singular
    i18n.set_language("de")
    assert count(0, "actor")[2:] == count(2, "actor")[2:] != count(1, "actor")[2:]


def test_the_papers_vocabulary_has_a_glossary_line_in_spanish(in_language: None) -> None:
    english = {(table, key): (terms.term(table, key), terms.help_text(table, key))
               for table in ("dimension", "3C class") for key in terms.TABLES[table]}
    i18n.set_language("es")
    for (table, key), (label, line) in english.items():
        assert terms.help_text(table, key), (table, key)
        assert terms.help_text(table, key) != line, (table, key)  # the glossary line is Spanish
    assert terms.term("dimension", "trust") == "Confianza"
    assert terms.term("3C class", "collaboration").lower() == "colaboración"
    assert sorted(voc.THREE_C) == sorted(terms.TABLES["3C class"])  # all three classes checked


@pytest.mark.parametrize(("header", "default", "chosen"), [
    ("it-IT,it;q=0.9,en;q=0.5", "en", "it"),
    ("en-GB;q=0.4, fr-CH, de;q=0.8", "en", "fr"),
    ("ja-JP,ko;q=0.8", "de", "de"),  # none of ours: the facilitator's language
    ("", "es", "es"),
    ("fr;q=0, es;q=0.1", "en", "es"),  # q=0 means "not this one"
])
def test_a_phone_gets_the_best_language_its_browser_asks_for(header: str, default: str, chosen: str) -> None:
    assert i18n.negotiate(header, default) == chosen


def test_each_piece_of_work_can_speak_its_own_language(in_language: None) -> None:
    i18n.set_language("de")
    with i18n.using("it"):
        assert i18n.language() == "it" and i18n.tr("Language") == "Lingua"
        with i18n.using("fr"):
            assert i18n.tr("&File") == "&Fichier"
    assert i18n.tr("&File") == "&Datei"


def test_a_broken_catalogue_shows_english_and_says_why(tmp_path: Path, in_language: None,
                                                      caplog: pytest.LogCaptureFixture) -> None:
    (tmp_path / "workshop_de.ts").write_text("<TS><context><message><source>&File", encoding="utf-8")
    i18n.set_catalogue_dir(tmp_path)
    try:
        with caplog.at_level(logging.WARNING):
            i18n.set_language("de")
            assert i18n.tr("&File") == "&File"
        assert any("workshop_de.ts" in r.getMessage() for r in caplog.records)
    finally:
        i18n.set_catalogue_dir(None)
    i18n.set_language("de")
    assert i18n.tr("&File") == "&Datei"
