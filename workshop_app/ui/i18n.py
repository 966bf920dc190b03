"""The console's language through Qt's translation system, fed from the app's own catalogues.

``tr("&File")`` asks ``QCoreApplication.translate`` in the app's one context; the translator
installed here answers from the same ``.ts`` catalogues the phones and the exports read
(``domain/i18n.py``), so Qt Linguist files are the one source of truth and no ``.qm`` build
step is needed. Qt's own words (OK, Cancel, the file dialogs) come from the ``qtbase``
translations PySide6 ships, where they are installed.

The console is built in one language: choosing another reopens the window on the same
session (``ui/language.py``), which is cheaper and safer than re-setting every text in place.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ..domain import i18n

log = logging.getLogger(__name__)


def tr(source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``source`` in the console's language (Qt's ``translate`` in the app's context).

    Placeholders stay as they are: ``tr("Phase {i} of {n}").format(i=2, n=5)``.
    """
    return QCoreApplication.translate(i18n.CONTEXT, source, disambiguation, n)


class CatalogueTranslator(QTranslator):
    """A ``QTranslator`` that reads the app's ``.ts`` catalogue of one language."""

    def __init__(self, language: str) -> None:
        super().__init__()
        self.lang = language
        self.catalogue = i18n.catalogue(language)

    def translate(self, context: str, source: str, disambiguation: str | None = None,  # type: ignore[override]
                  n: int = -1) -> str | None:
        """The translation, or ``None`` (a null string to Qt: "ask the next translator, else
        show the source"; an empty string would be taken as the translation)."""
        if context != i18n.CONTEXT:
            return None  # Qt's own contexts: the qtbase translator answers
        return self.catalogue.lookup(source, disambiguation or "", None if n < 0 else n)

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return not self.catalogue.messages


_installed: list[QTranslator] = []


def install(language: str | None) -> str:
    """Make ``language`` the console's (and the process's) language; returns the one in force.

    Takes away the translators installed before, so switching back to English leaves none.
    """
    app = QCoreApplication.instance()
    lang = i18n.set_language(language)
    for old in _installed:
        if app is not None:
            app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale(lang))
    if app is None or lang == i18n.SOURCE_LANGUAGE:
        return lang
    qt_own = QTranslator()
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt_own.load(f"qtbase_{lang}", folder):
        app.installTranslator(qt_own)
        _installed.append(qt_own)
    else:
        log.info("Qt's own %s translations are not installed in %s; its buttons stay English",
                 lang, folder)
    ours = CatalogueTranslator(lang)
    app.installTranslator(ours)
    _installed.append(ours)
    return lang


__all__ = ["CatalogueTranslator", "install", "tr"]
