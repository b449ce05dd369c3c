"""Field rules shared by every command: identifiers, quantities and dates."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from warehouse_gui.domain.errors import InvalidCommand

MAX_IDENTIFIER_LENGTH = 64
MAX_QUANTITY = 2**31 - 1
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_WHOLE_NUMBER = re.compile(r"[+-]?[0-9]{1,20}")
# Cc: control characters, Cf: format characters (bidi overrides, zero-width), Cs: lone surrogates.
_FORBIDDEN_CATEGORIES = {"Cc", "Cf", "Cs"}


def identifier(field: str, value: object) -> str:
    """Return ``value`` stripped, or raise if it is not a usable SKU, reference or order id."""
    if not isinstance(value, str):
        raise InvalidCommand(field, f"must be text, got {type(value).__name__}")
    stripped = value.strip()
    if not stripped:
        raise InvalidCommand(field, "must not be blank")
    if len(stripped) > MAX_IDENTIFIER_LENGTH:
        raise InvalidCommand(
            field, f"must be at most {MAX_IDENTIFIER_LENGTH} characters, got {len(stripped)}"
        )
    for char in stripped:
        if unicodedata.category(char) in _FORBIDDEN_CATEGORIES:
            raise InvalidCommand(
                field, f"must not contain control or invisible characters (found U+{ord(char):04X})"
            )
    return stripped


def quantity(field: str, value: object) -> int:
    """Return ``value`` if it is a whole number from 1 to 2**31-1, else raise; text as
    typed or scanned (``" 12 "``) is read as the number it spells."""
    return _whole_number(field, value, lowest=1)


def threshold(field: str, value: object) -> int:
    """Return ``value`` if it is a whole number from 0 to 2**31-1 (0: no warning), else
    raise; text is read as ``quantity`` reads it."""
    return _whole_number(field, value, lowest=0)


def _whole_number(field: str, value: object, lowest: int) -> int:
    if isinstance(value, str):
        stripped = value.strip()
        if not _WHOLE_NUMBER.fullmatch(stripped):
            raise InvalidCommand(field, _rule(lowest, stripped))
        value = int(stripped)
    if type(value) is not int or not lowest <= value <= MAX_QUANTITY:
        raise InvalidCommand(field, _rule(lowest, value))
    return value


def _rule(lowest: int, got: object) -> str:
    return f"must be a whole number from {lowest} to {MAX_QUANTITY}, got {got!r}"


def iso_date(field: str, value: object) -> str | None:
    """Return ``value`` as a ``YYYY-MM-DD`` string, ``None`` for no date, or raise."""
    if value is None:
        return None
    if isinstance(value, date):
        return value.isoformat()
    if not isinstance(value, str):
        raise InvalidCommand(field, f"must be a date as YYYY-MM-DD, got {value!r}")
    stripped = value.strip()
    if not stripped:
        return None
    if not _ISO_DATE.fullmatch(stripped):
        raise InvalidCommand(field, f"must be a date as YYYY-MM-DD, got {stripped!r}")
    try:
        date.fromisoformat(stripped)
    except ValueError:
        raise InvalidCommand(field, f"{stripped} is not a real calendar date") from None
    return stripped
