"""Commands: requests to change the warehouse, validated when they are made."""

from __future__ import annotations

from dataclasses import dataclass

from warehouse_gui.domain import validation
from warehouse_gui.domain.errors import InvalidCommand


class Command:
    """Base class for commands."""


def _normalise(command: object, **values: object) -> None:
    """Store validated values on a frozen dataclass."""
    for name, value in values.items():
        object.__setattr__(command, name, value)


@dataclass(frozen=True)
class Allocate(Command):
    """Request to allocate an order line."""

    orderid: str
    sku: str
    qty: int

    def __post_init__(self) -> None:
        _normalise(
            self,
            orderid=validation.identifier("orderid", self.orderid),
            sku=validation.identifier("sku", self.sku),
            qty=validation.quantity("qty", self.qty),
        )


@dataclass(frozen=True)
class CreateBatch(Command):
    """Request to create a new batch; ``eta`` is ``None`` for stock already in the warehouse."""

    ref: str
    sku: str
    qty: int
    eta: str | None = None

    def __post_init__(self) -> None:
        _normalise(
            self,
            ref=validation.identifier("ref", self.ref),
            sku=validation.identifier("sku", self.sku),
            qty=validation.quantity("qty", self.qty),
            eta=validation.iso_date("eta", self.eta),
        )


@dataclass(frozen=True)
class Deallocate(Command):
    """Request to cancel an order's allocation of a SKU."""

    orderid: str
    sku: str

    def __post_init__(self) -> None:
        _normalise(
            self,
            orderid=validation.identifier("orderid", self.orderid),
            sku=validation.identifier("sku", self.sku),
        )


@dataclass(frozen=True)
class ChangeBatchQuantity(Command):
    """Request to correct a batch's purchased quantity (a short or a larger delivery)."""

    ref: str
    qty: int

    def __post_init__(self) -> None:
        _normalise(
            self,
            ref=validation.identifier("ref", self.ref),
            qty=validation.quantity("qty", self.qty),
        )


@dataclass(frozen=True)
class ImportBatches(Command):
    """Request to create many batches in one transaction: every one of them or none.

    ``lines`` holds each batch's line in the file it came from, so that a refusal can
    name the line to fix.
    """

    batches: tuple[CreateBatch, ...]
    lines: tuple[int, ...]

    def __post_init__(self) -> None:
        batches, lines = tuple(self.batches), tuple(self.lines)
        if not batches:
            raise InvalidCommand("batches", "must hold at least one batch")
        if not all(isinstance(batch, CreateBatch) for batch in batches):
            raise InvalidCommand("batches", "must all be CreateBatch commands")
        if len(lines) != len(batches) or not all(type(n) is int and n > 0 for n in lines):
            raise InvalidCommand("lines", "must give one line number (1 or more) per batch")
        first_line: dict[str, int] = {}
        for batch, line in zip(batches, lines, strict=True):
            if batch.ref in first_line:
                raise InvalidCommand(
                    "ref", f"{batch.ref} is on line {first_line[batch.ref]} and on line {line}"
                )
            first_line[batch.ref] = line
        _normalise(self, batches=batches, lines=lines)


@dataclass(frozen=True)
class SetLowStockThreshold(Command):
    """Request to warn when a SKU's available quantity falls below ``threshold`` units.

    0 turns the warning off.
    """

    sku: str
    threshold: int

    def __post_init__(self) -> None:
        _normalise(
            self,
            sku=validation.identifier("sku", self.sku),
            threshold=validation.threshold("threshold", self.threshold),
        )
