"""What the window says about commands and alerts, in the words a clerk uses.

One function per message: the status bar's line after a command went through, the
refusal of an allocation that found no stock, and the alerts raised by events of this
workstation or of another one.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from warehouse_gui.domain import commands, events


def carried_out(command: commands.Command, result: object) -> str:
    """The status bar's line once ``command`` went through with ``result``."""
    from warehouse_gui.domain import commands

    match command:
        case commands.CreateBatch(ref=ref, sku=sku, qty=qty, eta=eta):
            where = f"arriving {eta}" if eta else "in stock"
            return f"Created batch {ref}: {qty:,} × {sku}, {where}"
        case commands.Allocate(orderid=orderid, sku=sku, qty=qty):
            return f"Allocated order {orderid}: {qty:,} × {sku} from batch {result}"
        case commands.ChangeBatchQuantity(ref=ref, qty=qty):
            return f"Batch {ref} now holds {qty:,} units"
        case commands.Deallocate(orderid=orderid, sku=sku):
            return f"Cancelled order {orderid}'s allocation of {sku}"
        case commands.ImportBatches(batches=batches):
            return f"Imported {len(batches):,} batch{'' if len(batches) == 1 else 'es'}"
        case commands.SetLowStockThreshold(sku=sku, threshold=0):
            return f"Low-stock warning for {sku} turned off"
        case commands.SetLowStockThreshold(sku=sku, threshold=threshold):
            return f"{sku} will warn when fewer than {threshold:,} are available"
    return "Done"


def out_of_stock(command: commands.Allocate, left: int) -> str:
    """Why an allocation found no stock, and what the SKU had ``left`` over its batches."""
    return (
        f"Out of stock: no batch of {command.sku} has {command.qty:,} available "
        f"({left:,} left over all its batches)"
    )


def not_allocated(command: commands.Allocate) -> str:
    """The status bar's line for an allocation that found no stock."""
    return f"Order {command.orderid} not allocated: {command.sku} is out of stock"


def refused(message: str) -> str:
    """The status bar's line for a refusal (an import's lists every line: the first)."""
    return f"Refused: {message.partition(chr(10))[0]}"


def out_of_stock_alert(event: events.OutOfStock, station: str = "") -> str:
    """The alert for an order line that found no stock, here or at ``station``."""
    where = f" at {station}" if station else ""
    return f"Out of stock: {event.sku} — an order line{where} could not be allocated"


def low_stock_alert(event: events.LowStock, station: str = "") -> str:
    """The warning for a SKU that fell below its threshold, here or at ``station``."""
    text = (
        f"Low stock: {event.sku} — {event.available:,} available (in stock and arriving), "
        f"below its threshold of {event.threshold:,}"
    )
    return f"{text} (at {station})" if station else text
