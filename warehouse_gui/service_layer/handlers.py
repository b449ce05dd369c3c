"""Command and event handlers; their dependencies are injected by ``bootstrap``."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from warehouse_gui.adapters.people_store import LoginTaken, UnknownPerson
from warehouse_gui.domain import commands, events, model
from warehouse_gui.domain.errors import (
    DomainError,
    DuplicateBatch,
    InvalidCommand,
    InvalidSku,
    UnknownBatch,
)
from warehouse_gui.domain.people import Person, Role
from warehouse_gui.service_layer.unit_of_work import AbstractUnitOfWork
from warehouse_gui.translation import number, translate

__all__ = [
    "InvalidSku",
    "add_batch",
    "add_person",
    "allocate",
    "change_batch_quantity",
    "confirm_pick",
    "deallocate",
    "disable_person",
    "import_batches",
    "move_batch",
    "report_shortage",
    "return_pick",
    "send_low_stock_notification",
    "send_out_of_stock_notification",
    "set_low_stock_threshold",
    "set_role",
]

SendMail = Callable[..., None]
Publish = Callable[[events.Event], None]


def add_batch(cmd: commands.CreateBatch, uow: AbstractUnitOfWork) -> None:
    """Create a batch, and its product if the SKU is new."""
    with uow:
        if uow.products.get_by_batchref(cmd.ref) is not None:
            raise DuplicateBatch(
                translate("Handlers", "A batch with reference {ref} already exists").format(
                    ref=cmd.ref
                ),
                "ref",
            )
        _product_of(cmd.sku, uow).add_batch(_new_batch(cmd))
        uow.commit()


def import_batches(cmd: commands.ImportBatches, uow: AbstractUnitOfWork) -> int:
    """Create every batch of a file in one transaction, or none; return how many. The
    batches' events are followed by one ``BatchesImported``.

    Products are taken in SKU order, so that two imports touching the same SKUs queue
    behind each other instead of deadlocking.
    """
    with uow:
        taken = uow.products.existing_references([batch.ref for batch in cmd.batches])
        if taken:
            # The preview lists these too; this is for a batch another desk created since.
            # Worded as batch_import.BatchFile.with_existing words them; line numbers as
            # the file's lines are numbered (never grouped).
            clashes = [
                translate(
                    "Handlers",
                    "line {line}, Reference: batch {ref} already exists; "
                    "each batch needs a reference of its own",
                ).format(line=line, ref=batch.ref)
                for batch, line in zip(cmd.batches, cmd.lines, strict=True)
                if batch.ref in taken
            ]
            # The count as a plain name: pyside6-lupdate reads no attribute there.
            clashing = len(clashes)
            nothing = translate(
                "Handlers",
                "Nothing was imported: %n of the file's {total} references already (exists|exist)",
                None,
                clashing,
            ).format(total=len(cmd.batches))
            raise DuplicateBatch("\n".join([nothing, *clashes]), "ref")
        products = {sku: _product_of(sku, uow) for sku in sorted({b.sku for b in cmd.batches})}
        for batch in cmd.batches:
            products[batch.sku].add_batch(_new_batch(batch))
        uow.products.record(events.BatchesImported(len(cmd.batches)))
        uow.commit()
    return len(cmd.batches)


def _product_of(sku: str, uow: AbstractUnitOfWork) -> model.Product:
    """The SKU's product, created (with no batches yet) if the SKU is new."""
    product = uow.products.get(sku=sku)
    if product is None:
        product = model.Product(sku, batches=[])
        uow.products.add(product)
    return product


def _new_batch(cmd: commands.CreateBatch) -> model.Batch:
    eta = date.fromisoformat(cmd.eta) if cmd.eta else None
    return model.Batch(cmd.ref, cmd.sku, cmd.qty, eta, cmd.location)


def _no_sku(sku: str) -> str:
    """The refusal of a command about a SKU no batch of which was ever received."""
    return translate("Handlers", "No SKU {sku}: no batch of it has been received").format(sku=sku)


def allocate(cmd: commands.Allocate, uow: AbstractUnitOfWork) -> str | None:
    """Allocate the line and return its batch reference (the first, when it was split
    across batches), or ``None`` when out of stock.

    Running out of stock is an outcome, not an error: nothing is allocated, the line
    waits for stock, and the product's ``OutOfStock`` event is committed and dispatched
    like any other.
    """
    line = model.OrderLine(cmd.orderid, cmd.sku, cmd.qty)
    with uow:
        product = uow.products.get(sku=cmd.sku)
        if product is None:
            raise InvalidSku(_no_sku(cmd.sku), "sku")
        batchref = product.allocate(line)
        uow.commit()
    return batchref


def deallocate(cmd: commands.Deallocate, uow: AbstractUnitOfWork) -> None:
    """Cancel an order's line of a SKU: the stock it held goes to lines waiting for it,
    or is free again; a line that waited stops waiting."""
    with uow:
        product = uow.products.get(sku=cmd.sku)
        if product is None:
            raise InvalidSku(_no_sku(cmd.sku), "sku")
        product.deallocate(cmd.orderid)
        uow.commit()


def change_batch_quantity(cmd: commands.ChangeBatchQuantity, uow: AbstractUnitOfWork) -> None:
    """Correct a batch's purchased quantity (0 cancels it); lines that no longer fit are
    reallocated or wait, and more stock goes to the lines waiting for it."""
    with uow:
        product = uow.products.get_by_batchref(cmd.ref)
        if product is None:
            raise UnknownBatch(_no_batch(cmd.ref), "ref")
        product.change_batch_quantity(cmd.ref, cmd.qty)
        uow.commit()


def move_batch(cmd: commands.MoveBatch, uow: AbstractUnitOfWork) -> None:
    """Record where a batch now stands; where it stands already changes nothing."""
    with uow:
        _product_of_batch(cmd.ref, uow).move_batch(cmd.ref, cmd.location)
        uow.commit()


def confirm_pick(cmd: commands.ConfirmPick, uow: AbstractUnitOfWork) -> None:
    """Record that the part of an order's line a batch holds was taken from it; a wrong
    batch, SKU or quantity is refused with what was expected."""
    with uow:
        product = uow.products.get(sku=cmd.sku)
        if product is None:
            raise InvalidSku(
                translate("Handlers", "No SKU {sku}: {orderid} has no line of it to pick").format(
                    sku=cmd.sku, orderid=cmd.orderid
                ),
                "sku",
            )
        product.confirm_pick(cmd.orderid, cmd.batchref, cmd.qty)
        uow.commit()


def return_pick(cmd: commands.ReturnPick, uow: AbstractUnitOfWork) -> None:
    """Put a picked part back (the undo of a pick)."""
    with uow:
        product = uow.products.get(sku=cmd.sku)
        if product is None:
            raise InvalidSku(_no_sku(cmd.sku), "sku")
        product.return_pick(cmd.orderid, cmd.batchref)
        uow.commit()


def report_shortage(cmd: commands.ReportShortage, uow: AbstractUnitOfWork) -> None:
    """Report that a batch holds fewer units than it should, for a supervisor to correct;
    no table changes."""
    with uow:
        _product_of_batch(cmd.ref, uow).report_shortage(cmd.ref, cmd.counted)
        uow.commit()


def _product_of_batch(ref: str, uow: AbstractUnitOfWork) -> model.Product:
    product = uow.products.get_by_batchref(ref)
    if product is None:
        raise UnknownBatch(_no_batch(ref), "ref")
    return product


def _no_batch(ref: str) -> str:
    """The refusal of a command about a batch reference nothing has."""
    return translate("Handlers", "No batch has the reference {ref}").format(ref=ref)


def set_low_stock_threshold(cmd: commands.SetLowStockThreshold, uow: AbstractUnitOfWork) -> None:
    """Set the level below which allocating the SKU raises a low-stock warning."""
    with uow:
        product = uow.products.get(sku=cmd.sku)
        if product is None:
            raise InvalidSku(
                translate(
                    "Handlers",
                    "No SKU {sku}: no batch of it has been received; create a batch first",
                ).format(sku=cmd.sku),
                "sku",
            )
        product.set_low_stock_threshold(cmd.threshold)
        uow.commit()


def add_person(cmd: commands.AddPerson, uow: AbstractUnitOfWork) -> None:
    """Add a person who signs in with a PIN; the first must be an admin (adding them
    turns sign-in on)."""
    with uow:
        everyone = uow.people.everyone()
        if any(person.login == cmd.login for person in everyone):
            raise LoginTaken(cmd.login)
        if not everyone and cmd.role is not Role.ADMIN:
            raise InvalidCommand(
                "role",
                translate("Handlers", "must be admin for the first person, who adds the others"),
            )
        uow.people.add(Person(cmd.login, cmd.name, cmd.role), cmd.pin)
        uow.products.record(events.PersonAdded(cmd.login, cmd.name, cmd.role.value))
        uow.commit()


def set_role(cmd: commands.SetRole, uow: AbstractUnitOfWork) -> None:
    """Give a person another role; the last admin who may sign in stays an admin."""
    with uow:
        person = _person(cmd.login, uow)
        if person.role is cmd.role:
            return
        if cmd.role is not Role.ADMIN:
            _keep_an_admin(person, uow)
        uow.people.set_role(cmd.login, cmd.role)
        uow.products.record(events.PersonRoleChanged(cmd.login, cmd.role.value, person.role.value))
        uow.commit()


def disable_person(cmd: commands.DisablePerson, uow: AbstractUnitOfWork) -> None:
    """Stop a person from signing in (they stay in the history); the last admin who may
    sign in stays."""
    with uow:
        person = _person(cmd.login, uow)
        if person.disabled:
            return
        _keep_an_admin(person, uow)
        uow.people.disable(cmd.login)
        uow.products.record(events.PersonDisabled(cmd.login))
        uow.commit()


def _person(login: str, uow: AbstractUnitOfWork) -> Person:
    person = uow.people.get(login)
    if person is None:
        raise UnknownPerson(login)
    return person


def _keep_an_admin(leaving: Person, uow: AbstractUnitOfWork) -> None:
    """Refuse to take away ``leaving``'s admin rights if no other admin could sign in."""
    if leaving.role is not Role.ADMIN or leaving.disabled:
        return
    if not any(
        person.role is Role.ADMIN and not person.disabled and person.login != leaving.login
        for person in uow.people.everyone()
    ):
        raise DomainError(
            translate(
                "Handlers",
                "{login} is the last admin who may sign in: make another person an admin first",
            ).format(login=leaving.login),
            "login",
        )


def send_out_of_stock_notification(
    event: events.OutOfStock, send_mail: SendMail, alert_recipient: str
) -> None:
    """Tell the stock team by email whose line a SKU could not cover, and by how much
    (in the language of the desk that sent it)."""
    send_mail(
        to=alert_recipient,
        subject=translate("Handlers", "Out of stock: {sku} for {orderid}").format(
            sku=event.sku, orderid=event.orderid
        ),
        body=translate(
            "Handlers",
            "{orderid} wants {qty} of {sku}; available in stock and arriving: {available}. "
            "The line waits, and is allocated as soon as enough stock arrives.",
        ).format(
            orderid=event.orderid,
            qty=number(event.qty),
            sku=event.sku,
            available=number(event.available),
        ),
    )


def send_low_stock_notification(
    event: events.LowStock, send_mail: SendMail, alert_recipient: str
) -> None:
    """Tell the stock team by email that a SKU fell below its low-stock threshold (in the
    language of the desk that sent it)."""
    send_mail(
        to=alert_recipient,
        subject=translate("Handlers", "Low stock: {sku}").format(sku=event.sku),
        body=translate(
            "Handlers",
            "The SKU {sku} has {available} units available (in stock and arriving), "
            "below its low-stock threshold of {threshold}.",
        ).format(
            sku=event.sku, available=number(event.available), threshold=number(event.threshold)
        ),
    )


def publish_event(event: events.Event, publish: Publish) -> None:
    """Pass the event to the outside world (the GUI, in the desktop app)."""
    publish(event)


EVENT_HANDLERS: dict[type[events.Event], list[Callable[..., Any]]] = {
    events.BatchCreated: [],
    events.Allocated: [],
    events.OutOfStock: [send_out_of_stock_notification],
    events.Deallocated: [],
    events.WaitingLineAllocated: [],
    events.WaitingLineWithdrawn: [],
    events.BatchQuantityChanged: [],
    events.LowStockThresholdSet: [],
    events.LowStock: [send_low_stock_notification],
    events.BatchesImported: [],
    events.PersonAdded: [],
    events.PersonRoleChanged: [],
    events.PersonDisabled: [],
    events.BatchMoved: [],
    events.Picked: [],
    events.PickReturned: [],
    events.ShortageReported: [],
}

COMMAND_HANDLERS: dict[type[commands.Command], Callable[..., Any]] = {
    commands.Allocate: allocate,
    commands.CreateBatch: add_batch,
    commands.Deallocate: deallocate,
    commands.ChangeBatchQuantity: change_batch_quantity,
    commands.ImportBatches: import_batches,
    commands.SetLowStockThreshold: set_low_stock_threshold,
    commands.AddPerson: add_person,
    commands.SetRole: set_role,
    commands.DisablePerson: disable_person,
    commands.MoveBatch: move_batch,
    commands.ConfirmPick: confirm_pick,
    commands.ReturnPick: return_pick,
    commands.ReportShortage: report_shortage,
}
