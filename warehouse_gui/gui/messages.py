"""What the window says about commands and alerts, in the words a clerk uses.

One function per message: the status bar's line after a command went through (an
allocation that found too little stock waits), and the alerts raised by events of this
workstation or of another one. Order ids are named as they are ("order-1006"), never
after the word "order": staff give their orders ids that begin with it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from warehouse_gui.domain import commands, events


def carried_out(
    command: commands.Command, result: object, raised: Sequence[events.Event] = ()
) -> str:
    """The status bar's line once ``command`` went through with ``result``, raising the
    events ``raised`` (when known: they tell where a split line went, and what waits)."""
    from warehouse_gui.domain import commands

    match command:
        case commands.CreateBatch(ref=ref, sku=sku, qty=qty, eta=eta):
            where = f"arriving {eta}" if eta else "in stock"
            return f"Created batch {ref}: {qty:,} × {sku}, {where}" + _stock_arrived(raised)
        case commands.Allocate(orderid=orderid, sku=sku, qty=qty) if result is None:
            return waits(command, raised)
        case commands.Allocate(orderid=orderid, sku=sku, qty=qty):
            parts = _parts(raised, orderid, sku)
            if len(parts) > 1:
                return f"Allocated {orderid}: {qty:,} × {sku} split — {_parts_text(parts)}"
            return f"Allocated {orderid}: {qty:,} × {sku} from batch {result}"
        case commands.ChangeBatchQuantity(ref=ref, qty=0):
            return f"Batch {ref} cancelled (purchased quantity 0)" + _lines_moved(raised)
        case commands.ChangeBatchQuantity(ref=ref, qty=qty):
            return f"Batch {ref} now holds {qty:,} units" + _lines_moved(raised)
        case commands.Deallocate(orderid=orderid, sku=sku):
            return cancelled(orderid, sku, raised) + _stock_arrived(raised)
        case commands.ImportBatches(batches=batches):
            count = len(batches)
            return f"Imported {count:,} batch{'' if count == 1 else 'es'}" + _stock_arrived(raised)
        case commands.SetLowStockThreshold(sku=sku, threshold=0):
            return f"Low-stock warning for {sku} turned off"
        case commands.SetLowStockThreshold(sku=sku, threshold=threshold):
            return f"{sku} will warn when fewer than {threshold:,} are available"
        case commands.MoveBatch(ref=ref, location=location):
            return moved(ref, location, raised)
        case commands.ConfirmPick(orderid=orderid, sku=sku, batchref=batchref, qty=qty):
            return f"Picked {orderid}'s {qty:,} × {sku} from {batchref}"
        case commands.ReturnPick(orderid=orderid, sku=sku, batchref=batchref):
            return f"Put back {orderid}'s {sku} into {batchref}: not picked any more"
        case commands.ReportShortage(ref=ref, counted=counted):
            return (
                f"Shortage of batch {ref} reported ({counted:,} counted): a supervisor "
                "approves the correction from the alert"
            )
    return "Done"


def moved(ref: str, location: str, raised: Sequence[events.Event] = ()) -> str:
    """What a move did: the batch is at ``location`` now (from where it stood), or it
    stood there already."""
    from warehouse_gui.domain import events

    move = next((e for e in raised if isinstance(e, events.BatchMoved) and e.ref == ref), None)
    if move is None:
        return f"Batch {ref} is at {location.upper()} already"
    came_from = f" (from {move.previous})" if move.previous else ""
    return f"Moved batch {ref} to {move.location}{came_from}"


def shortage_alert(event: events.ShortageReported, station: str = "") -> str:
    """The alert for a batch found holding fewer units than it should: a supervisor
    approves the correction (Enter on the alert)."""
    where = f" at {event.location}" if event.location else ""
    at = f" (at {station})" if station else ""
    return (
        f"Shortage: batch {event.ref}{where} holds {event.counted:,} × {event.sku}, not "
        f"{event.expected:,} — Enter here: a supervisor corrects it to {event.counted:,}{at}"
    )


def waits(command: commands.Allocate, raised: Sequence[events.Event] = ()) -> str:
    """The status bar's line for an allocation that found too little stock: the line
    waits, and is allocated when stock arrives (or was waiting already)."""
    from warehouse_gui.domain import events

    line = f"{command.orderid}'s {command.qty:,} × {command.sku}"
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
        return f"{line} is already waiting for stock · Ctrl+W"
    return f"{line} waits for stock ({short.available:,} available) · Ctrl+W"


def cancelled(orderid: str, sku: str, raised: Sequence[events.Event] = ()) -> str:
    """What a cancellation did: released every part of the line, or withdrew it from
    waiting."""
    from warehouse_gui.domain import events

    for event in raised:
        if isinstance(event, events.WaitingLineWithdrawn) and event.orderid == orderid:
            return f"Withdrew {orderid}'s {event.qty:,} × {sku}: it no longer waits for stock"
    released = [
        e
        for e in raised
        if isinstance(e, events.Deallocated) and (e.orderid, e.sku) == (orderid, sku)
    ]
    if not released:
        return f"Cancelled {orderid}'s line of {sku}"
    total = sum(e.qty for e in released)
    if len(released) == 1:
        return f"Cancelled {orderid}'s {total:,} × {sku} (from batch {released[0].batchref})"
    return f"Cancelled {orderid}'s {total:,} × {sku} ({_parts_text(released)})"


def parts_text(parts: Iterable[tuple[int, str]]) -> str:
    """Where a split line is: ``40 from B-1, 5 from B-2``."""
    return ", ".join(f"{qty:,} from {batchref}" for qty, batchref in parts)


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
    return f"; {count:,} waiting line{'s' if count != 1 else ''} allocated"


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
    said = []
    if moved:
        said.append(f"{moved:,} order line{'s' if moved != 1 else ''} moved to other batches")
    if waiting:
        count = len(waiting)
        said.append(f"{count:,} line{'s' if count != 1 else ''} now waiting for stock")
    text = "; " + ", ".join(said) if said else ""
    return text + _stock_arrived(raised)


def refused(message: str) -> str:
    """The status bar's line for a refusal (an import's lists every line: the first)."""
    return f"Refused: {message.partition(chr(10))[0]}"


def since(moment: datetime, now: datetime | None = None) -> str:
    """When something began, in local time: ``09:12`` today, else ``2027-01-14 09:12``."""
    local = moment.astimezone() if moment.tzinfo else moment
    today = (now or datetime.now(local.tzinfo)).date()
    return f"{local:%H:%M}" if local.date() == today else f"{local:%Y-%m-%d %H:%M}"


def out_of_stock_alert(event: events.OutOfStock, station: str = "") -> str:
    """The alert for an order line that found too little stock (when allocated, or when
    a smaller delivery released it), here or at ``station``: the line waits."""
    where = f" (at {station})" if station else ""
    if not event.orderid:  # logged before the order and quantity were recorded
        return f"Out of stock: {event.sku} — an order line could not be allocated{where}"
    return (
        f"Out of stock: {event.sku} — {event.orderid} wants {event.qty:,}; only "
        f"{event.available:,} available — waiting for stock{where}"
    )


def waiting_line_allocated(event: events.WaitingLineAllocated, station: str = "") -> str:
    """The notice for a waiting order line that stock arriving allocated."""
    where = f" (at {station})" if station else ""
    waited = ""
    if event.waited_since:
        try:
            waited = f", waiting since {since(datetime.fromisoformat(event.waited_since))},"
        except ValueError:
            waited = ", waiting for stock,"
    return f"{event.orderid}'s {event.qty:,} × {event.sku}{waited} is now allocated{where}"


def low_stock_alert(event: events.LowStock, station: str = "") -> str:
    """The warning for a SKU that fell below its threshold, here or at ``station``."""
    text = (
        f"Low stock: {event.sku} — {event.available:,} available (in stock and arriving), "
        f"below its threshold of {event.threshold:,}"
    )
    return f"{text} (at {station})" if station else text
