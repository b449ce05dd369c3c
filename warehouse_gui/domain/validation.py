"""Field rules shared by every command: identifiers, quantities and dates."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from warehouse_gui.domain.errors import InvalidCommand

MAX_IDENTIFIER_LENGTH = 64
MAX_QUANTITY = 2**31 - 1
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
# Cc: control characters, Cf: format characters (bidi overrides, zero-width), Cs: lone surrogates.
_FORBIDDEN_CATEGORIES = {"Cc", "Cf", "Cs"}


def identifier(field: str, value: object) -> str:
    """Return ``value`` stripped, or raise if it is not a usable SKU, reference or order id."""
    if not isinstance(value, str):
        raise InvalidCommand(f"{field} must be text, got {type(value).__name__}", field)
    stripped = value.strip()
    if not stripped:
        raise InvalidCommand(f"{field} must not be blank", field)
    if len(stripped) > MAX_IDENTIFIER_LENGTH:
        raise InvalidCommand(
            f"{field} must be at most {MAX_IDENTIFIER_LENGTH} characters, got {len(stripped)}",
            field,
        )
    for char in stripped:
        if unicodedata.category(char) in _FORBIDDEN_CATEGORIES:
            raise InvalidCommand(
                f"{field} must not contain control or invisible characters "
                f"(found U+{ord(char):04X})",
                field,
            )
    return stripped


def quantity(field: str, value: object) -> int:
    """Return ``value`` if it is a whole number from 1 to 2**31-1, else raise."""
    if type(value) is not int:
        raise InvalidCommand(
            f"{field} must be a whole number from 1 to {MAX_QUANTITY}, got {value!r}", field
        )
    if not 1 <= value <= MAX_QUANTITY:
        raise InvalidCommand(
            f"{field} must be a whole number from 1 to {MAX_QUANTITY}, got {value}", field
        )
    return value


def iso_date(field: str, value: object) -> str | None:
    """Return ``value`` as a ``YYYY-MM-DD`` string, ``None`` for no date, or raise."""
    if value is None:
        return None
    if isinstance(value, date):
        return value.isoformat()
    if not isinstance(value, str):
        raise InvalidCommand(f"{field} must be a date as YYYY-MM-DD, got {value!r}", field)
    stripped = value.strip()
    if not stripped:
        return None
    if not _ISO_DATE.fullmatch(stripped):
        raise InvalidCommand(f"{field} must be a date as YYYY-MM-DD, got {stripped!r}", field)
    try:
        date.fromisoformat(stripped)
    except ValueError:
        raise InvalidCommand(f"{field} {stripped} is not a real calendar date", field) from None
    return stripped
