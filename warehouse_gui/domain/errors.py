"""Errors the domain raises; each carries the field a person should fix, when there is one."""

from __future__ import annotations

from warehouse_gui.translation import QT_TRANSLATE_NOOP, translate


class DomainError(Exception):
    """A refusal with a message a person can act on.

    ``field`` names the command field at fault (``"qty"``, ``"sku"``...) so a form can select it.
    """

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


# Each command field as a clerk names it (the forms' labels, the batch table's columns);
# translated where a message names it (``field_name``).
FIELD_NAMES = {
    "ref": QT_TRANSLATE_NOOP("DomainErrors", "Reference"),
    "sku": QT_TRANSLATE_NOOP("DomainErrors", "SKU"),
    "qty": QT_TRANSLATE_NOOP("DomainErrors", "Quantity"),
    "eta": QT_TRANSLATE_NOOP("DomainErrors", "ETA"),
    "orderid": QT_TRANSLATE_NOOP("DomainErrors", "Order ID"),
    "threshold": QT_TRANSLATE_NOOP("DomainErrors", "Threshold"),
    "login": QT_TRANSLATE_NOOP("DomainErrors", "Login"),
    "pin": QT_TRANSLATE_NOOP("DomainErrors", "PIN"),
    "role": QT_TRANSLATE_NOOP("DomainErrors", "Role"),
    "name": QT_TRANSLATE_NOOP("DomainErrors", "Name"),
    "location": QT_TRANSLATE_NOOP("DomainErrors", "Location"),
    "batchref": QT_TRANSLATE_NOOP("DomainErrors", "Batch"),
    "counted": QT_TRANSLATE_NOOP("DomainErrors", "Counted"),
}


def field_name(field: str) -> str:
    """The command field ``field`` as a clerk names it, in the desk's language (the
    field's own name when it has none to show)."""
    name = FIELD_NAMES.get(field)
    return field if name is None else translate("DomainErrors", name)


class InvalidCommand(DomainError):
    """A command field that breaks a validation rule; nothing is persisted.

    The message is the field's name as a clerk says it (``FIELD_NAMES``: "Quantity", not
    ``qty``) followed by the ``rule`` it broke, so a form can show the rule beside its own
    label for the field. ``field`` stays the command's name for it, to select the field.
    Both are in the desk's language: ``rule`` comes translated.
    """

    def __init__(self, field: str, rule: str) -> None:
        self.name = field_name(field)
        super().__init__(
            translate("DomainErrors", "{field} {rule}").format(field=self.name, rule=rule), field
        )
        self.rule = rule


class InvalidSku(DomainError):
    """The SKU has no batches at all."""


class DuplicateBatch(DomainError):
    """A batch with that reference already exists."""


class AllocationConflict(DomainError):
    """The order already holds an allocation of that SKU with another quantity."""


class UnknownBatch(DomainError):
    """No batch has that reference."""


class NotAllocated(DomainError):
    """The order holds no allocation of that SKU."""


class StoreUnavailable(DomainError):
    """Where the warehouse is kept cannot be reached now; nothing was done, and the same
    request may succeed unchanged once it is back (the window tries again by itself)."""
