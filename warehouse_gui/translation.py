"""Every word a person reads passes through ``translate``; numbers and days through
``number`` and ``day``.

The window installs Qt's translation and its locale here (``gui.language``), so that the
domain, the service layer and the e-mails speak the desk's language without knowing Qt.
Where nothing is installed (the command line, scripts, most tests) the words are the
English of the source, numbers are written ``1,204`` and days ``2026-12-04``: what a
script reads stays the same whatever the desktop's language.

``pyside6-lupdate`` finds each ``translate("Context", "Source")`` call by its name, so the
context and the source must be string literals at the call. A counted message takes
``n`` and says ``%n`` where the number goes (``%Ln``: written as the locale writes it);
the English of a counted source names both forms, ``"%n batch(es)"`` or
``"%n (person|people)"``, which ``english`` resolves when the desk speaks English.
A text chosen at import time is marked with ``QT_TRANSLATE_NOOP`` and translated where
it is shown.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

Translate = Callable[[str, str, str | None, int], str]

# "(s)" or "(es)" after a word, or "(person|people)": the English forms of a counted source.
_PLURAL_ENDING = re.compile(r"\((e?s)\)")
_BOTH_FORMS = re.compile(r"\(([^()|]+)\|([^()|]+)\)")
_COUNT = re.compile(r"%L?n")


def english(source: str, n: int = -1) -> str:
    """``source`` as the English window says it: ``%n`` the number (``%Ln`` grouped),
    each ``(s)``/``(es)`` kept when ``n`` is not one and dropped when it is, and of
    ``(person|people)`` the first form for one and the second for any other number."""
    if n < 0:
        return source
    text = _PLURAL_ENDING.sub("" if n == 1 else r"\1", source)
    text = _BOTH_FORMS.sub(r"\1" if n == 1 else r"\2", text)
    return _COUNT.sub(lambda found: f"{n:,}" if found.group() == "%Ln" else str(n), text)


def in_english(context: str, source: str, disambiguation: str | None, n: int) -> str:
    """``source`` in English, whatever its context: a ``Translate`` for an English desk."""
    return english(source, n)


def _neutral_day(day: date) -> str:
    return day.isoformat()


def _neutral_number(value: int) -> str:
    return f"{value:,}"


_translate: Translate = in_english
_number: Callable[[int], str] = _neutral_number
_day: Callable[[date], str] = _neutral_day


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``source`` (said in ``context``) in the desk's language; ``n`` counts, for ``%n``."""
    return _translate(context, source, disambiguation, n)


def number(value: int) -> str:
    """``value`` as the desk's locale writes it in the window (``1.204`` in German)."""
    return _number(value)


def day(value: date) -> str:
    """``value`` as the desk's locale writes a short date in the window."""
    return _day(value)


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Mark ``source`` for translation in ``context`` where it is defined; it is
    translated where it is shown, by ``translate(context, source)``."""
    return source


def install(
    translate_with: Translate,
    number_with: Callable[[int], str],
    day_with: Callable[[date], str],
) -> None:
    """Speak through ``translate_with`` and write numbers and days with the others, from now on."""
    global _translate, _number, _day
    _translate, _number, _day = translate_with, number_with, day_with


def uninstall() -> None:
    """Back to the source's English, grouped numbers and ISO days."""
    install(in_english, _neutral_number, _neutral_day)
