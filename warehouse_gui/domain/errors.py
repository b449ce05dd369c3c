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


class InvalidCommand(DomainError):
    """A command field that breaks a validation rule; nothing is persisted.

    The message is the field's name followed by the ``rule`` it broke, so a form can show
    the rule beside its own label for the field.
    """

    def __init__(self, field: str, rule: str) -> None:
        super().__init__(f"{field} {rule}", field)
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
