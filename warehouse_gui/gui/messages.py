"""What the window says about commands and alerts, in the words a clerk uses.

One function per message: the status bar's line after a command went through (an
allocation that found too little stock waits), and the alerts raised by events of this
workstation or of another one. Order ids are named as they are ("order-1006"), never
after the word "order": staff give their orders ids that begin with it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING

from warehouse_gui.translation import day, number, translate

if TYPE_CHECKING:
    from warehouse_gui.domain import commands, events


def carried_out(
    command: commands.Command, result: object, raised: Sequence[events.Event] = ()
) -> str:
    """The status bar's line once ``command`` went through with ``result``, raising the
    events ``raised`` (when known: they tell where a split line went, and what waits)."""
    from warehouse_gui.domain import commands

    match command:
        case commands.CreateBatch(ref=ref, sku=sku, qty=qty, eta=eta) if eta:
            created = translate("Messages", "Created batch {ref}: {qty} × {sku}, arriving {eta}")
            return created.format(ref=ref, qty=number(qty), sku=sku, eta=_day(eta)) + (
                _stock_arrived(raised)
            )
        case commands.CreateBatch(ref=ref, sku=sku, qty=qty):
            created = translate("Messages", "Created batch {ref}: {qty} × {sku}, in stock")
            return created.format(ref=ref, qty=number(qty), sku=sku) + _stock_arrived(raised)
        case commands.Allocate(orderid=orderid, sku=sku, qty=qty) if result is None:
            return waits(command, raised)
        case commands.Allocate(orderid=orderid, sku=sku, qty=qty):
            parts = _parts(raised, orderid, sku)
            if len(parts) > 1:
                return translate(
                    "Messages", "Allocated {orderid}: {qty} × {sku} split — {parts}"
                ).format(orderid=orderid, qty=number(qty), sku=sku, parts=_parts_text(parts))
            return translate(
                "Messages", "Allocated {orderid}: {qty} × {sku} from batch {batchref}"
            ).format(orderid=orderid, qty=number(qty), sku=sku, batchref=result)
        case commands.ChangeBatchQuantity(ref=ref, qty=0):
            cancelled_batch = translate("Messages", "Batch {ref} cancelled (purchased quantity 0)")
            return cancelled_batch.format(ref=ref) + _lines_moved(raised)
        case commands.ChangeBatchQuantity(ref=ref, qty=qty):
            holds = translate("Messages", "Batch {ref} now holds %Ln units", None, qty)
            return holds.format(ref=ref) + _lines_moved(raised)
        case commands.Deallocate(orderid=orderid, sku=sku):
            return cancelled(orderid, sku, raised) + _stock_arrived(raised)
        case commands.ImportBatches(batches=batches):
            count = len(batches)
            imported = translate("Messages", "Imported %Ln batch(es)", None, count)
            return imported + _stock_arrived(raised)
        case commands.SetLowStockThreshold(sku=sku, threshold=0):
            return translate("Messages", "Low-stock warning for {sku} turned off").format(sku=sku)
        case commands.SetLowStockThreshold(sku=sku, threshold=threshold):
            return translate(
                "Messages", "{sku} will warn when fewer than {threshold} are available"
            ).format(sku=sku, threshold=number(threshold))
        case commands.MoveBatch(ref=ref, location=location):
            return moved(ref, location, raised)
        case commands.ConfirmPick(orderid=orderid, sku=sku, batchref=batchref, qty=qty):
            return translate("Messages", "Picked {orderid}'s {qty} × {sku} from {batchref}").format(
                orderid=orderid, qty=number(qty), sku=sku, batchref=batchref
            )
        case commands.ReturnPick(orderid=orderid, sku=sku, batchref=batchref):
            return translate(
                "Messages", "Put back {orderid}'s {sku} into {batchref}: not picked any more"
            ).format(orderid=orderid, sku=sku, batchref=batchref)
        case commands.ReportShortage(ref=ref, counted=counted):
            return translate(
                "Messages",
                "Shortage of batch {ref} reported ({counted} counted): a supervisor "
                "approves the correction from the alert",
            ).format(ref=ref, counted=number(counted))
    return translate("Messages", "Done")


def moved(ref: str, location: str, raised: Sequence[events.Event] = ()) -> str:
    """What a move did: the batch is at ``location`` now (from where it stood), or it
    stood there already."""
    from warehouse_gui.domain import events

    move = next((e for e in raised if isinstance(e, events.BatchMoved) and e.ref == ref), None)
    if move is None:
        return translate("Messages", "Batch {ref} is at {location} already").format(
            ref=ref, location=location.upper()
        )
    if move.previous:
        return translate("Messages", "Moved batch {ref} to {location} (from {previous})").format(
            ref=ref, location=move.location, previous=move.previous
        )
    return translate("Messages", "Moved batch {ref} to {location}").format(
        ref=ref, location=move.location
    )


def shortage_alert(event: events.ShortageReported, station: str = "") -> str:
    """The alert for a batch found holding fewer units than it should: a supervisor
    approves the correction (Enter on the alert)."""
    if event.location:
        text = translate(
            "Messages",
            "Shortage: batch {ref} at {location} holds {counted} × {sku}, not {expected} — "
            "Enter here: a supervisor corrects it to {counted}",
        )
    else:
        text = translate(
            "Messages",
            "Shortage: batch {ref} holds {counted} × {sku}, not {expected} — Enter here: a "
            "supervisor corrects it to {counted}",
        )
    said = text.format(
        ref=event.ref,
        location=event.location,
        counted=number(event.counted),
        sku=event.sku,
        expected=number(event.expected),
    )
    return _at(said, station)


def waits(command: commands.Allocate, raised: Sequence[events.Event] = ()) -> str:
    """The status bar's line for an allocation that found too little stock: the line
    waits, and is allocated when stock arrives (or was waiting already)."""
    from warehouse_gui.domain import events

    short = next(
        (
            e
            for e in raised
            if isinstance(e, events.OutOfStock)
            and (e.orderid, e.sku) == (command.orderid, command.sku)
        ),
        None,
    )
    if short is None:
        return translate(
            "Messages", "{orderid}'s {qty} × {sku} is already waiting for stock · Ctrl+W"
        ).format(orderid=command.orderid, qty=number(command.qty), sku=command.sku)
    return translate(
        "Messages", "{orderid}'s {qty} × {sku} waits for stock ({available} available) · Ctrl+W"
    ).format(
        orderid=command.orderid,
        qty=number(command.qty),
        sku=command.sku,
        available=number(short.available),
    )


def cancelled(orderid: str, sku: str, raised: Sequence[events.Event] = ()) -> str:
    """What a cancellation did: released every part of the line, or withdrew it from
    waiting."""
    from warehouse_gui.domain import events

    for event in raised:
        if isinstance(event, events.WaitingLineWithdrawn) and event.orderid == orderid:
            return translate(
                "Messages", "Withdrew {orderid}'s {qty} × {sku}: it no longer waits for stock"
            ).format(orderid=orderid, qty=number(event.qty), sku=sku)
    released = [
        e
        for e in raised
        if isinstance(e, events.Deallocated) and (e.orderid, e.sku) == (orderid, sku)
    ]
    if not released:
        return translate("Messages", "Cancelled {orderid}'s line of {sku}").format(
            orderid=orderid, sku=sku
        )
    total = number(sum(e.qty for e in released))
    if len(released) == 1:
        return translate(
            "Messages", "Cancelled {orderid}'s {qty} × {sku} (from batch {batchref})"
        ).format(orderid=orderid, qty=total, sku=sku, batchref=released[0].batchref)
    return translate("Messages", "Cancelled {orderid}'s {qty} × {sku} ({parts})").format(
        orderid=orderid, qty=total, sku=sku, parts=_parts_text(released)
    )


def parts_text(parts: Iterable[tuple[int, str]]) -> str:
    """Where a split line is: ``40 from B-1, 5 from B-2``."""
    part = translate("Messages", "{qty} from {batchref}")
    return ", ".join(part.format(qty=number(qty), batchref=batchref) for qty, batchref in parts)


def _parts_text(parts: Iterable[events.Allocated | events.Deallocated]) -> str:
    return parts_text((part.qty, part.batchref) for part in parts)


def _parts(raised: Sequence[events.Event], orderid: str, sku: str) -> list[events.Allocated]:
    from warehouse_gui.domain import events

    return [
        e
        for e in raised
        if isinstance(e, events.Allocated) and (e.orderid, e.sku) == (orderid, sku)
    ]


def _stock_arrived(raised: Sequence[events.Event]) -> str:
    """What new stock did for the lines waiting for it."""
    from warehouse_gui.domain import events

    count = sum(isinstance(e, events.WaitingLineAllocated) for e in raised)
    if not count:
        return ""
    return translate("Messages", "; %Ln waiting line(s) allocated", None, count)


def _lines_moved(raised: Sequence[events.Event]) -> str:
    """What a correction did to the order lines of its batch, and to the waiting ones."""
    from warehouse_gui.domain import events

    released = {
        (e.orderid, e.sku)
        for e in raised
        if isinstance(e, events.Deallocated) and e.reason == events.BATCH_SHRUNK
    }
    waiting = {(e.orderid, e.sku) for e in raised if isinstance(e, events.OutOfStock)}
    moved = len(released - waiting)
    moved_text = translate("Messages", "%Ln order line(s) moved to other batches", None, moved)
    waiting_lines = len(waiting)
    waiting_text = translate("Messages", "%Ln line(s) now waiting for stock", None, waiting_lines)
    if moved and waiting:
        text = translate("Messages", "; {moved}, {waiting}").format(
            moved=moved_text, waiting=waiting_text
        )
    elif moved or waiting:
        text = translate("Messages", "; {clause}").format(
            clause=moved_text if moved else waiting_text
        )
    else:
        text = ""
    return text + _stock_arrived(raised)


def refused(message: str) -> str:
    """The status bar's line for a refusal (an import's lists every line: the first)."""
    return translate("Messages", "Refused: {message}").format(message=message.partition("\n")[0])


def since(moment: datetime, now: datetime | None = None) -> str:
    """When something began, in local time: ``09:12`` today, else ``2027-01-14 09:12``."""
    local = moment.astimezone() if moment.tzinfo else moment
    today = (now or datetime.now(local.tzinfo)).date()
    if local.date() == today:
        return f"{local:%H:%M}"
    return translate("Messages", "{day} {time}").format(
        day=day(local.date()), time=f"{local:%H:%M}"
    )


def out_of_stock_alert(event: events.OutOfStock, station: str = "") -> str:
    """The alert for an order line that found too little stock (when allocated, or when
    a smaller delivery released it), here or at ``station``: the line waits."""
    if not event.orderid:  # logged before the order and quantity were recorded
        text = translate(
            "Messages", "Out of stock: {sku} — an order line could not be allocated"
        ).format(sku=event.sku)
        return _at(text, station)
    text = translate(
        "Messages",
        "Out of stock: {sku} — {orderid} wants {qty}; only {available} available — waiting "
        "for stock",
    ).format(
        sku=event.sku,
        orderid=event.orderid,
        qty=number(event.qty),
        available=number(event.available),
    )
    return _at(text, station)


def waiting_line_allocated(event: events.WaitingLineAllocated, station: str = "") -> str:
    """The notice for a waiting order line that stock arriving allocated."""
    begun: datetime | None = None
    waited = bool(event.waited_since)
    if event.waited_since:
        try:
            begun = datetime.fromisoformat(event.waited_since)
        except ValueError:
            begun = None
    if begun is not None:
        text = translate(
            "Messages", "{orderid}'s {qty} × {sku}, waiting since {since}, is now allocated"
        )
    elif waited:
        text = translate(
            "Messages", "{orderid}'s {qty} × {sku}, waiting for stock, is now allocated"
        )
    else:
        text = translate("Messages", "{orderid}'s {qty} × {sku} is now allocated")
    said = text.format(
        orderid=event.orderid,
        qty=number(event.qty),
        sku=event.sku,
        since=since(begun) if begun is not None else "",
    )
    return _at(said, station)


def low_stock_alert(event: events.LowStock, station: str = "") -> str:
    """The warning for a SKU that fell below its threshold, here or at ``station``."""
    text = translate(
        "Messages",
        "Low stock: {sku} — {available} available (in stock and arriving), below its "
        "threshold of {threshold}",
    ).format(sku=event.sku, available=number(event.available), threshold=number(event.threshold))
    return _at(text, station)


def _at(alert: str, station: str) -> str:
    """``alert``, raised at another workstation: with its name (``… (at desk-2)``)."""
    if not station:
        return alert
    return translate("Messages", "{alert} (at {station})").format(alert=alert, station=station)


def _day(iso: str) -> str:
    """A day given in ISO form (a batch's ETA), as the window writes days."""
    try:
        return day(date.fromisoformat(iso))
    except ValueError:
        return iso
