"""Commands: requests to change the warehouse, validated when they are made."""

from __future__ import annotations

from dataclasses import dataclass

from warehouse_gui.domain import validation


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
