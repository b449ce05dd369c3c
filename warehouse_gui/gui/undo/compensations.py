"""How each action is undone: by a compensating command, never by deleting history.

An allocation is undone by a ``Deallocate`` (every part of a split line; a line left
waiting for stock is withdrawn), a cancelled allocation or a withdrawn waiting line by an
``Allocate`` of the same line, a quantity correction by another correction back to the
quantity it replaced (its event records it), a new batch by cancelling it (a correction to
0) while it is still as it was created, a pick by putting it back (``ReturnPick``), a move by
moving the batch back to the bin it came from. The log then holds both the action and its
compensation, and other workstations see both like any other change.

``compensators()`` says, per command type, how to undo it: a function that returns the
``Compensation``, a ``CannotUndo`` with the reason, or ``None`` when the command changed
nothing (an allocation of a line that was already waiting). Making a new command undoable
is one entry there. Plain Python: the undo history (``undo.history``) keeps the list.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol, TypeVar

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


class BatchFigures(Protocol):
    """What a batch holds now, as the batch table knows it."""

    purchased: int
    allocated: int


class Batches(Protocol):
    """The batches as they are now (the batch table's model)."""

    def batch(self, reference: str) -> BatchFigures | None:
        """The batch ``reference``, if known."""


class Compensation(NamedTuple):
    """How to undo an action: ``command`` does it; ``what`` and ``how`` say so. ``check``,
    when there is one, tells at undo time why the action can no longer be undone (the
    batches as they are now in hand), or ``None`` when it still can."""

    command: Command
    what: str  # e.g. "allocation of order-1 (2 x RED-CHAIR)"
    how: str  # e.g. "deallocated"
    check: Callable[[Batches], str | None] | None = None


WITHDRAWN = "withdrawn"
WAITING_AGAIN = "waiting for stock again"


class CannotUndo(NamedTuple):
    """An action that has no compensation, and why."""

    what: str
    reason: str


UndoEntry = Compensation | CannotUndo
Compensator = Callable[[Any, CarriedOut], UndoEntry | None]


def undo_allocation(command: commands.Allocate, done: CarriedOut) -> Compensation | None:
    """An allocation is undone by cancelling it, every part of it; a line that found too
    little stock waits, and is undone by withdrawing it. An allocation of a line that was
    waiting already changed nothing."""
    from warehouse_gui.domain import commands, events

    line = f"{command.orderid} ({command.qty:,} × {command.sku})"
    undo = commands.Deallocate(command.orderid, command.sku)
    parts = _parts(done, events.Allocated, command)
    if parts:
        how = "deallocated"
        if len(parts) > 1:
            how += f" ({_where(parts)})"
        return Compensation(undo, f"allocation of {line}", how)
    if done.first(events.OutOfStock, orderid=command.orderid, sku=command.sku):
        return Compensation(undo, f"waiting line of {line}", WITHDRAWN)
    return None


def undo_cancellation(command: commands.Deallocate, done: CarriedOut) -> Compensation | None:
    """A cancelled allocation (every part of the line) is undone by allocating the same
    line again; a withdrawn waiting line by allocating it again (it waits again, unless
    stock arrived meanwhile)."""
    from warehouse_gui.domain import commands, events

    released = [
        part
        for part in _parts(done, events.Deallocated, command)
        if part.reason == events.CANCELLED
    ]
    if released:
        qty = sum(part.qty for part in released)
        return Compensation(
            commands.Allocate(command.orderid, command.sku, qty),
            f"cancellation of {command.orderid}'s allocation ({qty:,} × {command.sku})",
            "allocated again",
        )
    withdrawn = done.first(events.WaitingLineWithdrawn, orderid=command.orderid, sku=command.sku)
    if withdrawn is None:
        return None
    return Compensation(
        commands.Allocate(command.orderid, command.sku, withdrawn.qty),
        f"withdrawal of {command.orderid}'s waiting line ({withdrawn.qty:,} × {command.sku})",
        WAITING_AGAIN,
    )


def undo_quantity_change(
    command: commands.ChangeBatchQuantity, done: CarriedOut
) -> Compensation | CannotUndo | None:
    """A corrected quantity is corrected back to the quantity it replaced (a cancelled
    batch, corrected to 0, comes back with its quantity)."""
    from warehouse_gui.domain import commands, events

    changed = done.first(events.BatchQuantityChanged, ref=command.ref)
    if changed is None:
        return None
    before = changed.previous
    how = f"back to {before:,} units"
    released = {
        (e.orderid, e.sku)
        for e in done.events
        if isinstance(e, events.Deallocated)
        and e.batchref == command.ref
        and e.reason == events.BATCH_SHRUNK
    }
    waiting = {(e.orderid, e.sku) for e in done.events if isinstance(e, events.OutOfStock)}
    if released - waiting:
        how += "; order lines it moved to other batches stay there"
    if waiting:
        how += "; lines it left waiting for stock are allocated again if it has room"
    if done.first(events.WaitingLineAllocated):
        how += "; waiting lines it allocated may have to wait again"
    what = (
        f"cancellation of batch {command.ref} ({before:,} → 0 units)"
        if command.qty == 0
        else f"correction of batch {command.ref} ({before:,} → {command.qty:,} units)"
    )
    return Compensation(commands.ChangeBatchQuantity(command.ref, before), what, how)


def undo_batch_creation(command: commands.CreateBatch, done: CarriedOut) -> Compensation:
    """A batch is never deleted: a new one is undone by cancelling it (its purchased
    quantity corrected to 0), while it is still as it was created."""
    from warehouse_gui.domain import commands

    ref, created = command.ref, command.qty

    def still_as_created(batches: Batches) -> str | None:
        batch = batches.batch(ref)
        if batch is None:
            return None
        if batch.allocated:
            return (
                f"{batch.allocated:,} of its units are allocated now; correct its quantity "
                "with F2 in the batch table instead"
            )
        if batch.purchased != created:
            return (
                f"its quantity was corrected to {batch.purchased:,} since; correct it with F2 "
                "in the batch table instead"
            )
        return None

    return Compensation(
        commands.ChangeBatchQuantity(ref, 0),
        f"creation of batch {ref} ({created:,} × {command.sku})",
        "cancelled: its purchased quantity is 0",
        still_as_created,
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
        "batches are never deleted; cancel one by correcting its quantity to 0 with F2 in "
        "the batch table instead",
    )


def undo_pick(command: commands.ConfirmPick, done: CarriedOut) -> Compensation:
    """A pick is undone by putting the part back: it is no longer picked, and its line may
    be cancelled again."""
    from warehouse_gui.domain import commands

    return Compensation(
        commands.ReturnPick(command.orderid, command.sku, command.batchref),
        f"pick of {command.orderid}'s {command.qty:,} × {command.sku} from {command.batchref}",
        "put back: not picked any more",
    )


def undo_return(command: commands.ReturnPick, done: CarriedOut) -> Compensation | None:
    """A part put back is undone by picking it again."""
    from warehouse_gui.domain import commands, events

    returned = done.first(events.PickReturned, orderid=command.orderid, sku=command.sku)
    if returned is None:
        return None
    return Compensation(
        commands.ConfirmPick(command.orderid, command.sku, command.batchref, returned.qty),
        f"return of {command.orderid}'s {returned.qty:,} × {command.sku} to {command.batchref}",
        "picked again",
    )


def undo_move(command: commands.MoveBatch, done: CarriedOut) -> UndoEntry | None:
    """A move is undone by moving the batch back to where it stood; a batch that stood
    nowhere known before cannot be put back there. A move to where the batch already
    stood changed nothing."""
    from warehouse_gui.domain import commands, events

    moved = done.first(events.BatchMoved, ref=command.ref)
    if moved is None:
        return None
    what = f"move of batch {command.ref} to {moved.location}"
    if moved.previous is None:
        return CannotUndo(what, "it had no location before; move it again with Ctrl+M")
    return Compensation(
        commands.MoveBatch(command.ref, moved.previous), what, f"back at {moved.previous}"
    )


def cannot_undo_shortage(command: commands.ReportShortage, done: CarriedOut) -> CannotUndo:
    """A shortage reported is a message to a supervisor: it changed no figure, and is not
    taken back (the supervisor leaves the alert unapproved)."""
    return CannotUndo(
        f"shortage report of batch {command.ref} ({command.counted:,} counted)",
        "it changed nothing; tell the supervisor not to approve it",
    )


def not_undone_here(command: Command, done: CarriedOut) -> None:
    """Signing in and out, approvals and changes to people are not on the undo list: a
    person is never deleted, and a role is set back in People (Ctrl+U)."""
    return None


@cache
def compensators() -> dict[type[Command], Compensator]:
    """How each kind of command is undone (made at the first undo entry, with the domain)."""
    from warehouse_gui.domain import commands, people

    not_listed = (
        *people.SESSION_REQUESTS,
        commands.AddPerson,
        commands.SetRole,
        commands.DisablePerson,
    )
    return {
        **dict.fromkeys(not_listed, not_undone_here),
        commands.Allocate: undo_allocation,
        commands.Deallocate: undo_cancellation,
        commands.ChangeBatchQuantity: undo_quantity_change,
        commands.CreateBatch: undo_batch_creation,
        commands.SetLowStockThreshold: undo_threshold,
        commands.ImportBatches: cannot_undo_import,
        commands.ConfirmPick: undo_pick,
        commands.ReturnPick: undo_return,
        commands.MoveBatch: undo_move,
        commands.ReportShortage: cannot_undo_shortage,
    }


def compensation_for(done: CarriedOut) -> UndoEntry | None:
    """How to undo ``done``; a command type without an entry cannot be undone."""
    compensate = compensators().get(type(done.command))
    if compensate is None:
        words = re.sub(r"(?<!^)(?=[A-Z])", " ", type(done.command).__name__).lower()
        return CannotUndo(words, "this kind of action has no undo")
    return compensate(done.command, done)


def outcome(
    entry: Compensation, result: object, raised: tuple[events.Event, ...]
) -> tuple[bool, str]:
    """Whether a compensating command that went through did its job, and how it went (what
    the status bar says after the dash)."""
    from warehouse_gui.domain import commands, events

    command = entry.command
    if isinstance(command, commands.Allocate):
        if result is None:
            if entry.how == WAITING_AGAIN:
                return True, entry.how
            return True, "no batch has room for it now: it waits for stock"
        parts = _parts(CarriedOut(command, result, raised), events.Allocated, command)
        where = f"({_where(parts)})" if len(parts) > 1 else f"from batch {result}"
        if entry.how == WAITING_AGAIN:
            return True, f"allocated {where}: stock had arrived"
        return True, f"{entry.how} {where}"
    withdrawn = any(isinstance(e, events.WaitingLineWithdrawn) for e in raised)
    if isinstance(command, commands.Deallocate) and entry.how == WITHDRAWN and not withdrawn:
        return True, "cancelled: stock had arrived and it was allocated meanwhile"
    return True, entry.how


def _parts(done: CarriedOut, kind: type[E], line: Any) -> list[E]:
    """The events of type ``kind`` about the order line of ``line`` (a command)."""
    return [
        event
        for event in done.events
        if isinstance(event, kind)
        and getattr(event, "orderid", None) == line.orderid
        and getattr(event, "sku", None) == line.sku
    ]


def _where(parts: list[Any]) -> str:
    """``40 from lamp-1, 5 from lamp-2``."""
    return ", ".join(f"{part.qty:,} from {part.batchref}" for part in parts)
