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

``what`` and ``how`` are said in the desk's language (the ``"Compensations"`` context) when
the action is recorded; what the code asks of a compensation it reads from ``kind``, never
from its words.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol, TypeVar

from warehouse_gui.translation import number, translate

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
    batches as they are now in hand), or ``None`` when it still can. ``kind`` tells the
    compensations whose outcome depends on what happened meanwhile (``WITHDRAWN``,
    ``WAITING_AGAIN``)."""

    command: Command
    what: str  # e.g. "allocation of order-1 (2 x RED-CHAIR)"
    how: str  # e.g. "deallocated"
    check: Callable[[Batches], str | None] | None = None
    kind: str = ""


# Kinds of compensation (codes, never shown).
WITHDRAWN = "withdrawn"
WAITING_AGAIN = "waitingAgain"


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

    line = translate("Compensations", "{order} ({qty} × {sku})").format(
        order=command.orderid, qty=number(command.qty), sku=command.sku
    )
    undo = commands.Deallocate(command.orderid, command.sku)
    parts = _parts(done, events.Allocated, command)
    if parts:
        how = (
            translate("Compensations", "deallocated ({parts})").format(parts=_where(parts))
            if len(parts) > 1
            else translate("Compensations", "deallocated")
        )
        return Compensation(
            undo, translate("Compensations", "allocation of {line}").format(line=line), how
        )
    if done.first(events.OutOfStock, orderid=command.orderid, sku=command.sku):
        return Compensation(
            undo,
            translate("Compensations", "waiting line of {line}").format(line=line),
            translate("Compensations", "withdrawn"),
            kind=WITHDRAWN,
        )
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
            translate(
                "Compensations", "cancellation of {order}'s allocation ({qty} × {sku})"
            ).format(order=command.orderid, qty=number(qty), sku=command.sku),
            translate("Compensations", "allocated again"),
        )
    withdrawn = done.first(events.WaitingLineWithdrawn, orderid=command.orderid, sku=command.sku)
    if withdrawn is None:
        return None
    return Compensation(
        commands.Allocate(command.orderid, command.sku, withdrawn.qty),
        translate("Compensations", "withdrawal of {order}'s waiting line ({qty} × {sku})").format(
            order=command.orderid, qty=number(withdrawn.qty), sku=command.sku
        ),
        translate("Compensations", "waiting for stock again"),
        kind=WAITING_AGAIN,
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
    how = translate("Compensations", "back to {qty} units").format(qty=number(before))
    released = {
        (e.orderid, e.sku)
        for e in done.events
        if isinstance(e, events.Deallocated)
        and e.batchref == command.ref
        and e.reason == events.BATCH_SHRUNK
    }
    waiting = {(e.orderid, e.sku) for e in done.events if isinstance(e, events.OutOfStock)}
    # Each clause after the first is a sentence of its own, its "; " with it.
    if released - waiting:
        how += translate("Compensations", "; order lines it moved to other batches stay there")
    if waiting:
        how += translate(
            "Compensations", "; lines it left waiting for stock are allocated again if it has room"
        )
    if done.first(events.WaitingLineAllocated):
        how += translate("Compensations", "; waiting lines it allocated may have to wait again")
    what = (
        translate("Compensations", "cancellation of batch {ref} ({before} → 0 units)").format(
            ref=command.ref, before=number(before)
        )
        if command.qty == 0
        else translate(
            "Compensations", "correction of batch {ref} ({before} → {after} units)"
        ).format(ref=command.ref, before=number(before), after=number(command.qty))
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
            return translate(
                "Compensations",
                "{qty} of its units are allocated now; correct its quantity "
                "with F2 in the batch table instead",
            ).format(qty=number(batch.allocated))
        if batch.purchased != created:
            return translate(
                "Compensations",
                "its quantity was corrected to {qty} since; correct it with F2 "
                "in the batch table instead",
            ).format(qty=number(batch.purchased))
        return None

    return Compensation(
        commands.ChangeBatchQuantity(ref, 0),
        translate("Compensations", "creation of batch {ref} ({qty} × {sku})").format(
            ref=ref, qty=number(created), sku=command.sku
        ),
        translate("Compensations", "cancelled: its purchased quantity is 0"),
        still_as_created,
    )


def undo_threshold(command: commands.SetLowStockThreshold, done: CarriedOut) -> Compensation | None:
    """A new low-stock threshold is undone by setting the one it replaced."""
    from warehouse_gui.domain import commands, events

    changed = done.first(events.LowStockThresholdSet, sku=command.sku)
    if changed is None:
        return None
    back = (
        translate("Compensations", "back to {threshold}").format(threshold=number(changed.previous))
        if changed.previous
        else translate("Compensations", "back to no warning")
    )
    return Compensation(
        commands.SetLowStockThreshold(command.sku, changed.previous),
        translate("Compensations", "low-stock threshold of {sku} ({before} → {after})").format(
            sku=command.sku, before=number(changed.previous), after=number(command.threshold)
        ),
        back,
    )


def cannot_undo_import(command: commands.ImportBatches, done: CarriedOut) -> CannotUndo:
    """Undoing an import would mean deleting its batches, and history is never deleted."""
    batches = len(command.batches)
    return CannotUndo(
        translate("Compensations", "import of %Ln batch(es)", None, batches),
        translate(
            "Compensations",
            "batches are never deleted; cancel one by correcting its quantity to 0 with F2 in "
            "the batch table instead",
        ),
    )


def undo_pick(command: commands.ConfirmPick, done: CarriedOut) -> Compensation:
    """A pick is undone by putting the part back: it is no longer picked, and its line may
    be cancelled again."""
    from warehouse_gui.domain import commands

    return Compensation(
        commands.ReturnPick(command.orderid, command.sku, command.batchref),
        translate("Compensations", "pick of {order}'s {qty} × {sku} from {batch}").format(
            order=command.orderid, qty=number(command.qty), sku=command.sku, batch=command.batchref
        ),
        translate("Compensations", "put back: not picked any more"),
    )


def undo_return(command: commands.ReturnPick, done: CarriedOut) -> Compensation | None:
    """A part put back is undone by picking it again."""
    from warehouse_gui.domain import commands, events

    returned = done.first(events.PickReturned, orderid=command.orderid, sku=command.sku)
    if returned is None:
        return None
    return Compensation(
        commands.ConfirmPick(command.orderid, command.sku, command.batchref, returned.qty),
        translate("Compensations", "return of {order}'s {qty} × {sku} to {batch}").format(
            order=command.orderid, qty=number(returned.qty), sku=command.sku, batch=command.batchref
        ),
        translate("Compensations", "picked again"),
    )


def undo_move(command: commands.MoveBatch, done: CarriedOut) -> UndoEntry | None:
    """A move is undone by moving the batch back to where it stood; a batch that stood
    nowhere known before cannot be put back there. A move to where the batch already
    stood changed nothing."""
    from warehouse_gui.domain import commands, events

    moved = done.first(events.BatchMoved, ref=command.ref)
    if moved is None:
        return None
    what = translate("Compensations", "move of batch {ref} to {location}").format(
        ref=command.ref, location=moved.location
    )
    if moved.previous is None:
        return CannotUndo(
            what,
            translate("Compensations", "it had no location before; move it again with Ctrl+M"),
        )
    return Compensation(
        commands.MoveBatch(command.ref, moved.previous),
        what,
        translate("Compensations", "back at {location}").format(location=moved.previous),
    )


def cannot_undo_shortage(command: commands.ReportShortage, done: CarriedOut) -> CannotUndo:
    """A shortage reported is a message to a supervisor: it changed no figure, and is not
    taken back (the supervisor leaves the alert unapproved)."""
    return CannotUndo(
        translate("Compensations", "shortage report of batch {ref} ({counted} counted)").format(
            ref=command.ref, counted=number(command.counted)
        ),
        translate("Compensations", "it changed nothing; tell the supervisor not to approve it"),
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
        # The command's class name in words: a programmer's name, not translated.
        words = re.sub(r"(?<!^)(?=[A-Z])", " ", type(done.command).__name__).lower()
        return CannotUndo(words, translate("Compensations", "this kind of action has no undo"))
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
            if entry.kind == WAITING_AGAIN:
                return True, entry.how
            return True, translate(
                "Compensations", "no batch has room for it now: it waits for stock"
            )
        parts = _parts(CarriedOut(command, result, raised), events.Allocated, command)
        split = len(parts) > 1
        if entry.kind == WAITING_AGAIN:
            if split:
                return True, translate(
                    "Compensations", "allocated ({parts}): stock had arrived"
                ).format(parts=_where(parts))
            return True, translate(
                "Compensations", "allocated from batch {batch}: stock had arrived"
            ).format(batch=result)
        if split:
            return True, translate("Compensations", "{how} ({parts})").format(
                how=entry.how, parts=_where(parts)
            )
        return True, translate("Compensations", "{how} from batch {batch}").format(
            how=entry.how, batch=result
        )
    withdrawn = any(isinstance(e, events.WaitingLineWithdrawn) for e in raised)
    if isinstance(command, commands.Deallocate) and entry.kind == WITHDRAWN and not withdrawn:
        return True, translate(
            "Compensations", "cancelled: stock had arrived and it was allocated meanwhile"
        )
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
    return ", ".join(
        translate("Compensations", "{qty} from {batch}").format(
            qty=number(part.qty), batch=part.batchref
        )
        for part in parts
    )
