"""How each action is undone: by a compensating command, never by deleting history.

An allocation is undone by a ``Deallocate``, a cancelled allocation by an ``Allocate`` of
the same line, a quantity correction by another correction back to the quantity it
replaced (its event records it). The log then holds both the action and its
compensation, and other workstations see both like any other change.

``compensators()`` says, per command type, how to undo it: a function that returns the
``Compensation``, a ``CannotUndo`` with the reason, or ``None`` when the command changed
nothing (an allocation that found no stock). Making a new command undoable is one entry
there. Plain Python: the undo history (``undo.history``) keeps the list.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

if TYPE_CHECKING:
    from warehouse_gui.domain import commands, events
    from warehouse_gui.domain.commands import Command

# The domain is imported where it is used: the window is built before the bus thread
# loads it, and nothing here is needed until the first command has been carried out.
E = TypeVar("E", bound="events.Event")


class CarriedOut(NamedTuple):
    """A command of this workstation that went through, and the events it raised."""

    command: Command
    result: object
    events: tuple[events.Event, ...]

    def first(self, kind: type[E], **fields: object) -> E | None:
        """The first event of type ``kind`` whose fields have these values."""
        return next(
            (
                event
                for event in self.events
                if isinstance(event, kind)
                and all(getattr(event, name) == value for name, value in fields.items())
            ),
            None,
        )


class Compensation(NamedTuple):
    """How to undo an action: ``command`` does it; ``what`` and ``how`` say so."""

    command: Command
    what: str  # e.g. "allocation of order-1 (2 x RED-CHAIR)"
    how: str  # e.g. "deallocated"


class CannotUndo(NamedTuple):
    """An action that has no compensation, and why."""

    what: str
    reason: str


UndoEntry = Compensation | CannotUndo
Compensator = Callable[[Any, CarriedOut], UndoEntry | None]


def undo_allocation(command: commands.Allocate, done: CarriedOut) -> Compensation | None:
    """An allocation is undone by cancelling it; one that found no stock changed nothing."""
    from warehouse_gui.domain import commands, events

    allocated = done.first(events.Allocated, orderid=command.orderid, sku=command.sku)
    if allocated is None:
        return None
    return Compensation(
        commands.Deallocate(command.orderid, command.sku),
        f"allocation of {command.orderid} ({allocated.qty:,} × {command.sku})",
        "deallocated",
    )


def undo_cancellation(command: commands.Deallocate, done: CarriedOut) -> Compensation | None:
    """A cancelled allocation is undone by allocating the same line again."""
    from warehouse_gui.domain import commands, events

    released = done.first(
        events.Deallocated, orderid=command.orderid, sku=command.sku, reason=events.CANCELLED
    )
    if released is None:
        return None
    return Compensation(
        commands.Allocate(command.orderid, command.sku, released.qty),
        f"cancellation of {command.orderid}'s allocation ({released.qty:,} × {command.sku})",
        "allocated again",
    )


def undo_quantity_change(
    command: commands.ChangeBatchQuantity, done: CarriedOut
) -> Compensation | CannotUndo | None:
    """A corrected quantity is corrected back to the quantity it replaced."""
    from warehouse_gui.domain import commands, events

    changed = done.first(events.BatchQuantityChanged, ref=command.ref)
    if changed is None:
        return None
    before = changed.previous
    how = f"back to {before:,} units"
    if done.first(events.Deallocated, batchref=command.ref, reason=events.BATCH_SHRUNK):
        how += "; order lines it moved to other batches stay there"
    return Compensation(
        commands.ChangeBatchQuantity(command.ref, before),
        f"correction of batch {command.ref} ({before:,} → {command.qty:,} units)",
        how,
    )


def cannot_undo_batch_creation(command: commands.CreateBatch, done: CarriedOut) -> CannotUndo:
    """Undoing a batch would mean deleting it, and history is never deleted."""
    return CannotUndo(
        f"creation of batch {command.ref}",
        "a batch is never deleted; correct its quantity with F2 in the batch table instead",
    )


def undo_threshold(command: commands.SetLowStockThreshold, done: CarriedOut) -> Compensation | None:
    """A new low-stock threshold is undone by setting the one it replaced."""
    from warehouse_gui.domain import commands, events

    changed = done.first(events.LowStockThresholdSet, sku=command.sku)
    if changed is None:
        return None
    back = f"back to {changed.previous:,}" if changed.previous else "back to no warning"
    return Compensation(
        commands.SetLowStockThreshold(command.sku, changed.previous),
        f"low-stock threshold of {command.sku} ({changed.previous:,} → {command.threshold:,})",
        back,
    )


def cannot_undo_import(command: commands.ImportBatches, done: CarriedOut) -> CannotUndo:
    """Undoing an import would mean deleting its batches, and history is never deleted."""
    return CannotUndo(
        f"import of {len(command.batches):,} batches",
        "batches are never deleted; correct a quantity with F2 in the batch table instead",
    )


@cache
def compensators() -> dict[type[Command], Compensator]:
    """How each kind of command is undone (made at the first undo entry, with the domain)."""
    from warehouse_gui.domain import commands

    return {
        commands.Allocate: undo_allocation,
        commands.Deallocate: undo_cancellation,
        commands.ChangeBatchQuantity: undo_quantity_change,
        commands.CreateBatch: cannot_undo_batch_creation,
        commands.SetLowStockThreshold: undo_threshold,
        commands.ImportBatches: cannot_undo_import,
    }


def compensation_for(done: CarriedOut) -> UndoEntry | None:
    """How to undo ``done``; a command type without an entry cannot be undone."""
    compensate = compensators().get(type(done.command))
    if compensate is None:
        words = re.sub(r"(?<!^)(?=[A-Z])", " ", type(done.command).__name__).lower()
        return CannotUndo(words, "this kind of action has no undo")
    return compensate(done.command, done)


def outcome(command: Command, result: object) -> tuple[bool, str]:
    """Whether a compensating command that went through did its job, and a detail to add."""
    from warehouse_gui.domain import commands

    if isinstance(command, commands.Allocate):
        if result is None:
            return False, f"no batch of {command.sku} has {command.qty:,} available any more"
        return True, f" from batch {result}"
    return True, ""
