"""Errors the domain raises; each carries the field a person should fix, when there is one."""

from __future__ import annotations


class DomainError(Exception):
    """A refusal with a message a person can act on.

    ``field`` names the command field at fault (``"qty"``, ``"sku"``...) so a form can select it.
    """

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.field = field


# Each command field as a clerk names it (the forms' labels, the batch table's columns).
FIELD_NAMES = {
    "ref": "Reference",
    "sku": "SKU",
    "qty": "Quantity",
    "eta": "ETA",
    "orderid": "Order ID",
    "threshold": "Threshold",
    "login": "Login",
    "pin": "PIN",
    "role": "Role",
    "name": "Name",
    "location": "Location",
    "batchref": "Batch",
    "counted": "Counted",
}


class InvalidCommand(DomainError):
    """A command field that breaks a validation rule; nothing is persisted.

    The message is the field's name as a clerk says it (``FIELD_NAMES``: "Quantity", not
    ``qty``) followed by the ``rule`` it broke, so a form can show the rule beside its own
    label for the field. ``field`` stays the command's name for it, to select the field.
    """

    def __init__(self, field: str, rule: str) -> None:
        self.name = FIELD_NAMES.get(field, field)
        super().__init__(f"{self.name} {rule}", field)
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
