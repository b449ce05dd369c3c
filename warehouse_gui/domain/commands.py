"""Commands: requests to change the warehouse, each validated once, when it is made.

A command's ``rules`` name the rule of each field, in the order of its fields; making the
command applies them and stores what they give back (text stripped, a quantity typed as
text read as a number), or raises ``InvalidCommand`` for the first field at fault. Forms,
the batch table and files of batches hand over what was typed or read through
``from_fields``; nothing else checks a field.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, ClassVar, Self

from warehouse_gui.domain import locations, validation
from warehouse_gui.domain.errors import InvalidCommand
from warehouse_gui.domain.roles import Role
from warehouse_gui.translation import translate

Rule = Callable[[str, Any], Any]


class Command:
    """Base class for commands."""

    rules: ClassVar[Mapping[str, Rule]] = {}

    def __post_init__(self) -> None:
        for name, rule in self.rules.items():
            object.__setattr__(self, name, rule(name, getattr(self, name)))

    @classmethod
    def from_fields(cls, values: Mapping[str, Any]) -> Self:
        """The command made of field values as typed, scanned or read from a file."""
        return cls(**values)

    @classmethod
    def problems_in(cls, values: Mapping[str, Any]) -> list[InvalidCommand]:
        """Every field of ``values`` that breaks its rule, in field order (making the
        command names only the first)."""
        problems = []
        for name, rule in cls.rules.items():
            if name not in values:  # a field left to its default
                continue
            try:
                rule(name, values[name])
            except InvalidCommand as problem:
                problems.append(problem)
        return problems


@dataclass(frozen=True)
class Allocate(Command):
    """Request to allocate an order line."""

    orderid: str
    sku: str
    qty: int

    rules: ClassVar[Mapping[str, Rule]] = {
        "orderid": validation.identifier,
        "sku": validation.identifier,
        "qty": validation.quantity,
    }


@dataclass(frozen=True)
class CreateBatch(Command):
    """Request to create a new batch; ``eta`` is ``None`` for stock already in the warehouse."""

    ref: str
    sku: str
    qty: int
    eta: str | None = None
    location: str | None = None

    rules: ClassVar[Mapping[str, Rule]] = {
        "ref": validation.identifier,
        "sku": validation.identifier,
        "qty": validation.quantity,
        "eta": validation.iso_date,
        "location": locations.location,
    }


@dataclass(frozen=True)
class Deallocate(Command):
    """Request to cancel an order's allocation of a SKU."""

    orderid: str
    sku: str

    rules: ClassVar[Mapping[str, Rule]] = {
        "orderid": validation.identifier,
        "sku": validation.identifier,
    }


@dataclass(frozen=True)
class ChangeBatchQuantity(Command):
    """Request to correct a batch's purchased quantity (a short or a larger delivery);
    0 cancels the batch."""

    ref: str
    qty: int

    rules: ClassVar[Mapping[str, Rule]] = {
        "ref": validation.identifier,
        "qty": validation.corrected_quantity,
    }


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
            raise InvalidCommand("batches", translate("Commands", "must hold at least one batch"))
        if not all(isinstance(batch, CreateBatch) for batch in batches):
            raise InvalidCommand(
                "batches", translate("Commands", "must all be CreateBatch commands")
            )
        if len(lines) != len(batches) or not all(type(n) is int and n > 0 for n in lines):
            raise InvalidCommand(
                "lines", translate("Commands", "must give one line number (1 or more) per batch")
            )
        first_line: dict[str, int] = {}
        for batch, line in zip(batches, lines, strict=True):
            if batch.ref in first_line:
                # Line numbers as the file's lines are numbered (never grouped).
                raise InvalidCommand(
                    "ref",
                    translate("Commands", "{ref} is on line {first} and on line {line}").format(
                        ref=batch.ref, first=first_line[batch.ref], line=line
                    ),
                )
            first_line[batch.ref] = line
        object.__setattr__(self, "batches", batches)
        object.__setattr__(self, "lines", lines)


@dataclass(frozen=True)
class SetLowStockThreshold(Command):
    """Request to warn when a SKU's available quantity falls below ``threshold`` units.

    0 turns the warning off.
    """

    sku: str
    threshold: int

    rules: ClassVar[Mapping[str, Rule]] = {
        "sku": validation.identifier,
        "threshold": validation.threshold,
    }


@dataclass(frozen=True)
class AddPerson(Command):
    """Request to add a person who signs in as ``login`` with ``pin``. The first person a
    database gets must be an admin: that turns sign-in on."""

    login: str
    name: str
    role: Role
    pin: str = field(repr=False)

    rules: ClassVar[Mapping[str, Rule]] = {
        "login": validation.login,
        "name": validation.person_name,
        "role": validation.role,
        "pin": validation.pin,
    }


@dataclass(frozen=True)
class SetRole(Command):
    """Request to give the person ``login`` another role."""

    login: str
    role: Role

    rules: ClassVar[Mapping[str, Rule]] = {"login": validation.login, "role": validation.role}


@dataclass(frozen=True)
class DisablePerson(Command):
    """Request that ``login`` may no longer sign in; a person is never deleted, since the
    history names them."""

    login: str

    rules: ClassVar[Mapping[str, Rule]] = {"login": validation.login}


@dataclass(frozen=True)
class MoveBatch(Command):
    """Request to record that batch ``ref`` now stands at ``location`` (a bin code)."""

    ref: str
    location: str

    rules: ClassVar[Mapping[str, Rule]] = {
        "ref": validation.identifier,
        "location": locations.required_location,
    }


@dataclass(frozen=True)
class ConfirmPick(Command):
    """Request to record that ``qty`` of ``sku`` for ``orderid`` was taken from batch
    ``batchref``: the whole part of the line that batch holds."""

    orderid: str
    sku: str
    batchref: str
    qty: int

    rules: ClassVar[Mapping[str, Rule]] = {
        "orderid": validation.identifier,
        "sku": validation.identifier,
        "batchref": validation.identifier,
        "qty": validation.quantity,
    }


@dataclass(frozen=True)
class ReturnPick(Command):
    """Request to put a picked part back: the undo of ``ConfirmPick``."""

    orderid: str
    sku: str
    batchref: str

    rules: ClassVar[Mapping[str, Rule]] = {
        "orderid": validation.identifier,
        "sku": validation.identifier,
        "batchref": validation.identifier,
    }


@dataclass(frozen=True)
class ReportShortage(Command):
    """Request to report that batch ``ref`` holds only ``counted`` units, fewer than its
    label says: a supervisor approves the correction."""

    ref: str
    counted: int

    rules: ClassVar[Mapping[str, Rule]] = {
        "ref": validation.identifier,
        "counted": validation.threshold,
    }
