"""Undo (Ctrl+Z) of this workstation's own last actions, by compensating commands.

Nothing is ever deleted from the history: an allocation is undone by a ``Deallocate``, a
cancelled allocation by an ``Allocate`` of the same line, a quantity correction by
another correction back to the quantity the table showed before. The log then holds both
the action and its compensation, and other workstations see both like any other change.

Only commands this window sent are remembered, with the events the bus raised for each
(they arrive just before the command's answer, since one bus thread handles one command
at a time). ``COMPENSATIONS`` says, per command type, how to undo it: a function that
returns the ``Compensation``, a ``CannotUndo`` with the reason, or ``None`` when the
command changed nothing (an allocation that found no stock). Making a new command
undoable is one entry there; what the window knew before sending a command (the
quantity a correction replaces) is passed in by ``recall``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, NamedTuple, TypeVar

from PySide6.QtCore import QObject, Signal, Slot

from warehouse_gui.domain import commands, events
from warehouse_gui.domain.commands import Command
from warehouse_gui.gui.bridge.bus_worker import Submission

UNDO = "undo"  # the origin of compensating commands
MAX_ENTRIES = 100

E = TypeVar("E", bound=events.Event)
_NOT_SENT = object()


class Done(NamedTuple):
    """A command of this window that went through, and what came of it."""

    command: Command
    result: object
    events: tuple[events.Event, ...]
    before: object = None  # what the window knew before sending it, from ``recall``

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
Compensator = Callable[[Any, Done], UndoEntry | None]


def undo_allocation(command: commands.Allocate, done: Done) -> Compensation | None:
    """An allocation is undone by cancelling it; one that found no stock changed nothing."""
    allocated = done.first(events.Allocated, orderid=command.orderid, sku=command.sku)
    if allocated is None:
        return None
    return Compensation(
        commands.Deallocate(command.orderid, command.sku),
        f"allocation of {command.orderid} ({allocated.qty:,} × {command.sku})",
        "deallocated",
    )


def undo_cancellation(command: commands.Deallocate, done: Done) -> Compensation | None:
    """A cancelled allocation is undone by allocating the same line again."""
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
    command: commands.ChangeBatchQuantity, done: Done
) -> Compensation | CannotUndo | None:
    """A corrected quantity is corrected back to what the table showed before."""
    if done.first(events.BatchQuantityChanged, ref=command.ref) is None:
        return None
    if not isinstance(done.before, int):
        return CannotUndo(
            f"correction of batch {command.ref}", "the quantity before it was not known here"
        )
    how = f"back to {done.before:,} units"
    if done.first(events.Deallocated, batchref=command.ref, reason=events.BATCH_SHRUNK):
        how += "; order lines it moved to other batches stay there"
    return Compensation(
        commands.ChangeBatchQuantity(command.ref, done.before),
        f"correction of batch {command.ref} ({done.before:,} → {command.qty:,} units)",
        how,
    )


def cannot_undo_batch_creation(command: commands.CreateBatch, done: Done) -> CannotUndo:
    """Undoing a batch would mean deleting it, and history is never deleted."""
    return CannotUndo(
        f"creation of batch {command.ref}",
        "a batch is never deleted; correct its quantity with F2 in the batch table instead",
    )


def undo_threshold(command: commands.SetLowStockThreshold, done: Done) -> Compensation | None:
    """A new low-stock threshold is undone by setting the one it replaced."""
    changed = done.first(events.LowStockThresholdSet, sku=command.sku)
    if changed is None:
        return None
    back = f"back to {changed.previous:,}" if changed.previous else "back to no warning"
    return Compensation(
        commands.SetLowStockThreshold(command.sku, changed.previous),
        f"low-stock threshold of {command.sku} ({changed.previous:,} → {command.threshold:,})",
        back,
    )


def cannot_undo_import(command: commands.ImportBatches, done: Done) -> CannotUndo:
    """Undoing an import would mean deleting its batches, and history is never deleted."""
    return CannotUndo(
        f"import of {len(command.batches):,} batches",
        "batches are never deleted; correct a quantity with F2 in the batch table instead",
    )


COMPENSATIONS: dict[type[Command], Compensator] = {
    commands.Allocate: undo_allocation,
    commands.Deallocate: undo_cancellation,
    commands.ChangeBatchQuantity: undo_quantity_change,
    commands.CreateBatch: cannot_undo_batch_creation,
    commands.SetLowStockThreshold: undo_threshold,
    commands.ImportBatches: cannot_undo_import,
}


def compensation_for(done: Done) -> UndoEntry | None:
    """How to undo ``done``; a command type without an entry cannot be undone."""
    compensate = COMPENSATIONS.get(type(done.command))
    if compensate is None:
        words = re.sub(r"(?<!^)(?=[A-Z])", " ", type(done.command).__name__).lower()
        return CannotUndo(words, "this kind of action has no undo")
    return compensate(done.command, done)


def _outcome(command: Command, result: object) -> tuple[bool, str]:
    """Whether a compensating command that went through did its job, and a detail to add."""
    if isinstance(command, commands.Allocate):
        if result is None:
            return False, f"no batch of {command.sku} has {command.qty:,} available any more"
        return True, f" from batch {result}"
    return True, ""


class UndoHistory(QObject):
    """This window's undoable actions, newest last, and the one undo on its way."""

    changed = Signal()  # what Ctrl+Z would undo is different now
    reported = Signal(str, bool)  # a message for the status bar; whether the undo went through

    def __init__(
        self,
        submit: Callable[[Command, str], Submission],
        recall: Callable[[Command], object],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._submit = submit
        self._recall = recall
        self._entries: list[UndoEntry] = []
        self._sent: dict[int, object] = {}  # submission id -> what ``recall`` gave
        self._events: list[events.Event] = []
        self._undoing: Compensation | None = None

    @property
    def next_entry(self) -> UndoEntry | None:
        """What Ctrl+Z would undo now."""
        return self._entries[-1] if self._entries else None

    @Slot(object)
    def track(self, submission: Submission) -> None:
        """A command on its way to the bus: remember what the window knew before it."""
        before = None if submission.origin == UNDO else self._recall(submission.command)
        self._sent[submission.id] = before

    @Slot(object)
    def note_event(self, event: events.Event) -> None:
        """An event of this workstation: it belongs to the command answered next."""
        self._events.append(event)

    @Slot(object, object)
    def command_succeeded(self, submission: Submission, result: object) -> None:
        """Remember what an action changed, or report how an undo went."""
        if submission.id not in self._sent:
            return
        before = self._sent.pop(submission.id)
        raised, self._events = tuple(self._events), []
        if submission.origin == UNDO:
            self._finish_undo(*_outcome(submission.command, result))
            return
        entry = compensation_for(Done(submission.command, result, raised, before))
        if entry is not None:
            self._entries.append(entry)
            del self._entries[:-MAX_ENTRIES]
            self.changed.emit()

    @Slot(object, str, object)
    def command_failed(self, submission: Submission, message: str, field: object) -> None:
        """A refused action changed nothing; a refused undo is reported and dropped."""
        reached_bus = self._sent.pop(submission.id, _NOT_SENT) is not _NOT_SENT
        if reached_bus:
            self._events = []
        if submission.origin != UNDO or self._undoing is None:
            return
        if reached_bus:
            self._finish_undo(False, message)
            return
        entry, self._undoing = self._undoing, None
        self._entries.append(entry)
        self.changed.emit()
        self.reported.emit(
            f"Could not undo the {entry.what} now: {message.split(';')[0]}. "
            "It stays on the undo list: press Ctrl+Z again once connected.",
            False,
        )

    @Slot()
    def undo(self) -> None:
        """Undo the newest action left, or say why nothing happens."""
        if self._undoing is not None:
            self.reported.emit(f"Still undoing the {self._undoing.what}: wait a moment", False)
            return
        if self._sent:
            self.reported.emit(
                "Your last action is still being saved: press Ctrl+Z again once it is", False
            )
            return
        if not self._entries:
            self.reported.emit(
                "Nothing to undo: only this workstation's own actions since it started can be "
                "undone",
                False,
            )
            return
        entry = self._entries.pop()
        self.changed.emit()
        if isinstance(entry, CannotUndo):
            self.reported.emit(
                f"{_capitalised(entry.what)} cannot be undone: {entry.reason}", False
            )
            return
        self._undoing = entry
        self._submit(entry.command, UNDO)

    def _finish_undo(self, ok: bool, detail: str) -> None:
        """Report the undo on its way; ``detail`` adds to success or explains a failure."""
        entry, self._undoing = self._undoing, None
        if entry is None:
            return
        if ok:
            self.reported.emit(f"Undone: {entry.what} — {entry.how}{detail}", True)
        else:
            self.reported.emit(
                f"Could not undo the {entry.what}: {detail.rstrip('.')}. "
                "Nothing was changed, and it is off the undo list.",
                False,
            )


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]
