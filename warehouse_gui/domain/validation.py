"""Field rules shared by every command: identifiers, quantities, dates, logins and PINs."""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from warehouse_gui.domain.errors import InvalidCommand
from warehouse_gui.domain.roles import Role
from warehouse_gui.translation import QT_TRANSLATE_NOOP, translate

MAX_IDENTIFIER_LENGTH = 64
# The largest a 32-bit integer column holds: a limit of storage, never named to a person.
MAX_QUANTITY = 2**31 - 1
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_WHOLE_NUMBER = re.compile(r"[+-]?[0-9]+")
# Cc: control characters, Cf: format characters (bidi overrides, zero-width), Cs: lone surrogates.
_FORBIDDEN_CATEGORIES = {"Cc", "Cf", "Cs"}


def identifier(field: str, value: object) -> str:
    """Return ``value`` stripped, or raise if it is not a usable SKU, reference or order id."""
    if not isinstance(value, str):
        raise InvalidCommand(
            field, translate("Validation", "must be text, got {type}").format(type=_type_of(value))
        )
    stripped = value.strip()
    if not stripped:
        raise InvalidCommand(field, translate("Validation", "must not be blank"))
    if len(stripped) > MAX_IDENTIFIER_LENGTH:
        raise InvalidCommand(
            field,
            translate("Validation", "must be at most {most} characters, got {length}").format(
                most=MAX_IDENTIFIER_LENGTH, length=len(stripped)
            ),
        )
    for char in stripped:
        if unicodedata.category(char) in _FORBIDDEN_CATEGORIES:
            raise InvalidCommand(
                field,
                translate(
                    "Validation",
                    "must not contain control or invisible characters (found {character})",
                ).format(character=f"U+{ord(char):04X}"),
            )
    return stripped


def _type_of(value: object) -> str:
    """The name of ``value``'s type, as a refusal names what it got (a programmer's word)."""
    return type(value).__name__


def quantity(field: str, value: object) -> int:
    """Return ``value`` if it is a whole number of at least 1, else raise; text as typed
    or scanned (``" 12 "``) is read as the number it spells."""
    return _whole_number(field, value, 1, _AT_LEAST_1)


def threshold(field: str, value: object) -> int:
    """Return ``value`` if it is a whole number, 0 or more (0: no warning), else raise;
    text is read as ``quantity`` reads it."""
    return _whole_number(field, value, 0, _ZERO_OR_MORE)


def corrected_quantity(field: str, value: object) -> int:
    """Return ``value`` if it is a whole number, 0 or more (0: the batch is cancelled),
    else raise; text is read as ``quantity`` reads it."""
    return _whole_number(field, value, 0, _ZERO_CANCELS)


# The rules of whole numbers, each with what was got, translated where they are broken.
_AT_LEAST_1 = QT_TRANSLATE_NOOP("Validation", "must be a whole number of at least 1, got {got}")
_ZERO_OR_MORE = QT_TRANSLATE_NOOP("Validation", "must be a whole number, 0 or more, got {got}")
_ZERO_CANCELS = QT_TRANSLATE_NOOP(
    "Validation", "must be a whole number, 0 to cancel the batch, got {got}"
)


def _whole_number(field: str, value: object, lowest: int, rule: str) -> int:
    """``value`` as a whole number from ``lowest`` to ``MAX_QUANTITY``, or raise with
    ``rule`` (one of the rules above, ``{got}`` what was got). The upper bound is the
    database's, not a person's: a number above it is refused in words a person can act
    on, never by the bound."""
    got = repr(value)
    if isinstance(value, str):
        text = value.strip()
        if not _WHOLE_NUMBER.fullmatch(text):
            raise InvalidCommand(field, translate("Validation", rule).format(got=repr(text)))
        # Of a pasted wall of digits only the sign matters: int() never reads it whole.
        if len(text.lstrip("+-").lstrip("0")) > 30:
            value = lowest - 1 if text.startswith("-") else MAX_QUANTITY + 1
        else:
            value = int(text)
        got = text
    if type(value) is not int or value < lowest:
        raise InvalidCommand(field, translate("Validation", rule).format(got=got))
    if value > MAX_QUANTITY:
        raise InvalidCommand(
            field,
            translate(
                "Validation", "is larger than any stock this app can record, got {got}"
            ).format(got=got),
        )
    return value


_NOT_A_DATE = QT_TRANSLATE_NOOP("Validation", "must be a date as YYYY-MM-DD, got {got}")


def iso_date(field: str, value: object) -> str | None:
    """Return ``value`` as a ``YYYY-MM-DD`` string, ``None`` for no date, or raise."""
    if value is None:
        return None
    if isinstance(value, date):
        return value.isoformat()
    if not isinstance(value, str):
        raise InvalidCommand(field, translate("Validation", _NOT_A_DATE).format(got=repr(value)))
    stripped = value.strip()
    if not stripped:
        return None
    if not _ISO_DATE.fullmatch(stripped):
        raise InvalidCommand(field, translate("Validation", _NOT_A_DATE).format(got=repr(stripped)))
    try:
        date.fromisoformat(stripped)
    except ValueError:
        raise InvalidCommand(
            field,
            translate("Validation", "{date} is not a real calendar date").format(date=stripped),
        ) from None
    return stripped


_LOGIN = re.compile(r"[a-z][a-z0-9._-]{0,31}")
# Logins that would collide with the database's own roles (``pg_*``, the group roles).
_RESERVED_LOGINS = re.compile(r"pg_.*|warehouse_.*|postgres|public")
_PIN = re.compile(r"[0-9]{4,12}")


def login(field: str, value: object) -> str:
    """Return ``value`` stripped and in lower case if it is a usable login (a badge's
    barcode), else raise."""
    if not isinstance(value, str):
        raise InvalidCommand(
            field, translate("Validation", "must be text, got {type}").format(type=_type_of(value))
        )
    stripped = value.strip().lower()
    if not _LOGIN.fullmatch(stripped):
        raise InvalidCommand(
            field,
            translate(
                "Validation",
                "must be 1 to 32 letters, digits, '.', '_' or '-', starting with a letter, "
                "got {got}",
            ).format(got=repr(stripped)),
        )
    if _RESERVED_LOGINS.fullmatch(stripped):
        raise InvalidCommand(
            field,
            translate("Validation", "{login} is reserved by the database; choose another").format(
                login=repr(stripped)
            ),
        )
    return stripped


def pin(field: str, value: object) -> str:
    """Return ``value`` if it is a PIN of 4 to 12 digits, else raise (never saying it)."""
    if not isinstance(value, str) or not _PIN.fullmatch(value):
        raise InvalidCommand(field, translate("Validation", "must be 4 to 12 digits"))
    return value


def role(field: str, value: object) -> Role:
    """Return ``value`` as a ``Role`` (``"clerk"``, ``"supervisor"`` or ``"admin"``)."""
    try:
        return Role(str(value).strip().lower())
    except ValueError:
        raise InvalidCommand(
            field,
            translate("Validation", "must be clerk, supervisor or admin, got {got}").format(
                got=repr(str(value).strip())
            ),
        ) from None


def person_name(field: str, value: object) -> str:
    """Return ``value`` stripped if it is a usable name for a person (as an identifier),
    else raise."""
    return identifier(field, value)
