"""Where stock stands on the floor: bin codes such as ``A-03-2``, and the walking order in
which a picker meets them (natural order: ``A-2`` before ``A-10``)."""

from __future__ import annotations

import re

from warehouse_gui.domain.errors import InvalidCommand
from warehouse_gui.translation import translate

MAX_LOCATION_LENGTH = 32
_LOCATION = re.compile(r"[A-Za-z0-9-]+")
_NUMBERS = re.compile(r"(\d+)")


def location(field: str, value: object) -> str | None:
    """Return ``value`` as a bin code in upper case, ``None`` for none, or raise."""
    if value is None:
        return None
    if not isinstance(value, str):
        raise InvalidCommand(
            field,
            translate("Locations", "must be text, got {type}").format(type=type(value).__name__),
        )
    stripped = value.strip().upper()
    if not stripped:
        return None
    if len(stripped) > MAX_LOCATION_LENGTH:
        raise InvalidCommand(
            field,
            translate("Locations", "must be at most {most} characters, got {length}").format(
                most=MAX_LOCATION_LENGTH, length=len(stripped)
            ),
        )
    if not _LOCATION.fullmatch(stripped):
        raise InvalidCommand(
            field,
            translate("Locations", "must be letters, digits and '-' only, got {got}").format(
                got=repr(stripped)
            ),
        )
    return stripped


def required_location(field: str, value: object) -> str:
    """Return ``value`` as a bin code, or raise (none is not a place to move to)."""
    code = location(field, value)
    if code is None:
        raise InvalidCommand(field, translate("Locations", "must not be blank"))
    return code


def walking_key(code: str | None) -> tuple[bool, tuple[tuple[int, int | str], ...]]:
    """A sort key that puts bin codes in walking order (numbers compared as numbers), and
    stock with no location last."""
    if not code:
        return (True, ())
    parts = (part for part in _NUMBERS.split(code.upper()) if part)
    return (False, tuple((0, int(part)) if part.isdigit() else (1, part) for part in parts))
