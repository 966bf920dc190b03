"""View ▸ Language: the console reopens in the language chosen, on the same session, and the
choice is remembered; the map's own words (the legend, a relation's kind) follow it."""

from __future__ import annotations

from typing import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from workshop_app import settings
from workshop_app.domain import i18n
from workshop_app.ui.i18n import install

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _back_to_english() -> Iterator[None]:
    yield
    install("en")


def _menu_titles(win) -> list[str]:
    return [a.text() for a in win.menuBar().actions()]


def test_choosing_german_reopens_the_console_in_german_on_the_same_session(qtbot, window) -> None:
    english_menus = _menu_titles(window)
    assert "&File" in english_menus
    path = window.session.path
    feature = window.features["language"]
    assert [a.text() for a in feature.language_actions.values()] == [
        "English", "Deutsch", "Français", "Español", "Italiano"]  # each named in itself

    feature.language_actions["de"].trigger()

    german = feature.reopened
    assert german is not None and german is not window
    qtbot.addWidget(german)
    assert german.session.path == path  # the same session, nothing to save first
    menus = _menu_titles(german)
    assert "&Datei" in menus and "&File" not in menus
    assert len(menus) == len(english_menus)
    assert settings.current().language == "de"  # remembered for the next start
    assert german.features["language"].language_actions["de"].isChecked()


def test_the_console_starts_in_the_language_remembered(qtbot, small_session) -> None:
    from workshop_app import Session
    from workshop_app.ui.main_window import MainWindow

    settings.store().set(language="fr")
    install(settings.current().language)  # as app.py does before it builds a window
    win = MainWindow(Session.open(small_session))
    qtbot.addWidget(win)
    assert "&Fichier" in _menu_titles(win)
    assert i18n.language() == "fr"
    assert QApplication.translate(i18n.CONTEXT, "&File") == "&Fichier"


def test_going_back_to_english_leaves_no_translation_behind(qtbot, small_session) -> None:
    from workshop_app import Session
    from workshop_app.ui.main_window import MainWindow

    install("it")
    install("en")
    win = MainWindow(Session.open(small_session))
    qtbot.addWidget(win)
    assert "&File" in _menu_titles(win)
    assert QApplication.translate(i18n.CONTEXT, "Language") == "Language"


def _alt_letter(text: str) -> str | None:
    at = text.replace("&&", "").find("&")
    return text.replace("&&", "")[at + 1].lower() if at >= 0 else None


@pytest.mark.parametrize("lang", list(i18n.LANGUAGES))
def test_each_menu_gives_every_alt_letter_once(qtbot, small_session, lang: str) -> None:
    """Two entries on one letter make Alt+letter stop at the first and wait for a second key."""
    from workshop_app import Session
    from workshop_app.ui.main_window import MainWindow

    install(lang)
    win = MainWindow(Session.open(small_session))
    qtbot.addWidget(win)
    bars = [a.text() for a in win.menuBar().actions()]
    menus = {"menu bar": bars} | {a.text(): [x.text() for x in a.menu().actions()] for a in win.menuBar().actions()}
    for menu, texts in menus.items():
        letters = [letter for letter in map(_alt_letter, texts) if letter]
        assert len(letters) == len(set(letters)), (lang, menu, sorted(texts))
    assert all(_alt_letter(t) for t in bars)  # every menu opens with Alt and a letter
