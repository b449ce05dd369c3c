"""Which language the window speaks, and putting it in place before the first widget.

The desk speaks, in this order: the language ``WAREHOUSE_LANGUAGE`` names; the one chosen in
Preferences; the desktop's (``LC_ALL``, ``LC_MESSAGES``, ``LANG``, as Qt reads them); English.
Qt's own dialogs (print, files) come in the same language, from Qt's translations, and the
window writes numbers and dates as the language's locale does (the desktop's own locale when
it speaks that language, so a desk in Austria keeps its Austrian dates).
"""

from __future__ import annotations

import logging
import os
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication, QDate, QLocale

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings, QTranslator

from warehouse_gui import translation

logger = logging.getLogger(__name__)

ENGLISH = "en"
# Each language the window speaks, named in itself, as Preferences offers it.
LANGUAGES = {ENGLISH: "English", "de": "Deutsch", "pl": "Polski", "es": "Español"}
ENVIRONMENT = "WAREHOUSE_LANGUAGE"
SETTINGS_KEY = "language"
TRANSLATIONS = Path(__file__).resolve().parent.parent / "translations"


class Choice(NamedTuple):
    """The language the desk speaks (``de``), the locale it writes numbers and dates in,
    and what decided it: ``environment``, ``preferences`` or ``desktop``."""

    code: str
    locale: QLocale
    decided_by: str


def from_environment() -> str | None:
    """The language ``WAREHOUSE_LANGUAGE`` names (``de``, ``de_AT``, ``Deutsch``), if it
    names one the window speaks."""
    value = os.environ.get(ENVIRONMENT, "").strip()
    if not value:
        return None
    code = spoken(value)
    if code is None:
        logger.warning(
            "%s=%s is not a language this program speaks (%s); not used",
            ENVIRONMENT,
            value,
            ", ".join(LANGUAGES),
        )
    return code


def set_by_environment() -> str:
    """What ``WAREHOUSE_LANGUAGE`` says when it decides the language, else ""."""
    return os.environ.get(ENVIRONMENT, "").strip() if from_environment() else ""


def spoken(name: str) -> str | None:
    """The code of the language ``name`` means (``de-DE``, ``pl_PL.UTF-8``, ``Español``),
    if the window speaks it."""
    folded = name.strip().casefold()
    for code, own_name in LANGUAGES.items():
        if folded == own_name.casefold():
            return code
    code = folded.replace("-", "_").split("_")[0].split(".")[0]
    return code if code in LANGUAGES else None


def saved(settings: QSettings) -> str | None:
    """The language chosen in Preferences, or None to follow the desktop."""
    return spoken(str(settings.value(SETTINGS_KEY, "") or ""))


def desktop_language() -> str | None:
    """The first of the desktop's languages (``LANGUAGE``, ``LC_ALL``, ``LANG``...) that the
    window speaks, or None."""
    for name in QLocale.system().uiLanguages():
        code = spoken(name)
        if code is not None:
            return code
    return None


def choose(settings: QSettings) -> Choice:
    """The language the desk speaks now, and the locale it writes in."""
    code = from_environment()
    decided_by = "environment"
    if code is None:
        code, decided_by = saved(settings), "preferences"
    if code is None:
        code, decided_by = desktop_language() or ENGLISH, "desktop"
    return Choice(code, locale_for(code), decided_by)


def locale_for(code: str) -> QLocale:
    """The desktop's locale when it speaks ``code``, else the language's own (English: the
    United States')."""
    system = QLocale.system()
    if spoken(system.name()) == code:
        return system
    return QLocale("en_US" if code == ENGLISH else code)


def install(app: QCoreApplication, choice: Choice) -> list[QTranslator]:
    """Make ``app`` speak ``choice``: Qt's dialogs and the program's words translated, and
    numbers and dates written in its locale, from here on; the translators installed."""
    QLocale.setDefault(choice.locale)
    speak: translation.Translate = translation.in_english
    installed = []
    if choice.code != ENGLISH:
        # Loaded only to speak another language: PySide makes a type at its first use.
        from PySide6.QtCore import QLibraryInfo, QTranslator

        for name, folder in (
            (f"qtbase_{choice.code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
            (f"warehouse_gui_{choice.code}", str(TRANSLATIONS)),
        ):
            translator = QTranslator(app)
            if translator.load(name, folder):
                app.installTranslator(translator)
                installed.append(translator)
            else:
                logger.warning("Translation %s not found in %s", name, folder)
        speak = QCoreApplication.translate
    translation.install(speak, _number, _day)
    logger.info(
        "Speaking %s (%s, decided by the %s)", choice.code, choice.locale.name(), choice.decided_by
    )
    return installed


def _number(value: int) -> str:
    return QLocale().toString(value)


def _day(value: date) -> str:
    locale = QLocale()
    short = locale.dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in short:
        # A short date's year in two digits would make 2026 and 1926 alike.
        short = short.replace("yy", "yyyy")
    return locale.toString(QDate(value.year, value.month, value.day), short)
