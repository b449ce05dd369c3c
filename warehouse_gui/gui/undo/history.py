"""Undo (Ctrl+Z) of this workstation's own last actions, kept on a ``QUndoStack``.

Every command of this workstation that went through (``Bus.carried_out``) goes on the
stack with how to undo it (``compensations``). Undoing one sends its compensating command
with its own continuation; until that is answered, nothing else is undone. A compensation
refused by the database leaves the action off the list; while the database cannot be
reached, nothing is undone and the action stays on the list. Other workstations' actions
are never undone here, and the list starts empty each time the app starts.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtGui import QUndoCommand, QUndoStack

from warehouse_gui.gui.bridge.bus import Bus
from warehouse_gui.gui.bridge.bus_worker import Done, Refused
from warehouse_gui.gui.undo.compensations import (
    Batches,
    CannotUndo,
    CarriedOut,
    Compensation,
    UndoEntry,
    compensation_for,
    outcome,
)
from warehouse_gui.translation import translate

if TYPE_CHECKING:
    from warehouse_gui.domain.commands import Command

MAX_ENTRIES = 100


class Undoable(QUndoCommand):
    """An action on the stack. It was done already when pushed, so ``redo`` does nothing;
    ``undo`` asks the history to compensate for it."""

    def __init__(self, entry: UndoEntry, history: UndoHistory) -> None:
        super().__init__(entry.what)
        self.entry = entry
        self._history = history

    def redo(self) -> None:
        """Nothing: it is pushed once it went through."""

    def undo(self) -> None:
        """Compensate for the action, or say why it cannot be undone."""
        self._history.compensate(self.entry)


class UndoHistory(QObject):
    """This workstation's undoable actions, newest on top, and the one undo on its way."""

    changed = Signal()  # what Ctrl+Z would undo is different now
    reported = Signal(str, bool)  # a message for the status bar; whether the undo went through

    def __init__(self, bus: Bus, batches: Batches, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus = bus
        self._batches = batches
        self.stack = QUndoStack(self)
        self.stack.setUndoLimit(MAX_ENTRIES)
        self.stack.indexChanged.connect(self.changed)
        self._undoing: Compensation | None = None
        # Why the person at this desk may not send a command (by its class name) now, or
        # None: an undo they may not send alone waits for a supervisor's approval.
        self.why_not: Callable[[str], str | None] = lambda name: None
        bus.carried_out.connect(self.record)

    @property
    def next_entry(self) -> UndoEntry | None:
        """What Ctrl+Z would undo now."""
        if not self.stack.canUndo():
            return None
        command = self.stack.command(self.stack.index() - 1)
        return command.entry if isinstance(command, Undoable) else None

    @Slot(object, object)
    def record(self, command: Command, done: Done) -> None:
        """Remember how to undo an action of this workstation (not a compensation of ours)."""
        if self._undoing is not None and command is self._undoing.command:
            return
        entry = compensation_for(CarriedOut(command, done.result, done.events))
        if entry is not None:
            self.stack.push(Undoable(entry, self))

    @Slot()
    def undo(self) -> None:
        """Undo the newest action left, or say why nothing happens."""
        if self._undoing is not None:
            self.reported.emit(
                translate("UndoHistory", "Still undoing the {what}: wait a moment").format(
                    what=self._undoing.what
                ),
                False,
            )
        elif self._bus.pending:
            self.reported.emit(
                translate(
                    "UndoHistory",
                    "Your last action is still being saved: press Ctrl+Z again once it is",
                ),
                False,
            )
        elif (entry := self.next_entry) is None:
            self.reported.emit(
                translate(
                    "UndoHistory",
                    "Nothing to undo: only this workstation's own actions since it started can "
                    "be undone",
                ),
                False,
            )
        elif isinstance(entry, Compensation) and (
            why := self.why_not(type(entry.command).__name__)
        ):
            self.reported.emit(
                translate(
                    "UndoHistory",
                    "Could not undo the {what} now: {why}, then press Ctrl+Z again. "
                    "It stays on the undo list.",
                ).format(what=entry.what, why=why),
                False,
            )
        elif isinstance(entry, Compensation) and not self._bus.connected:
            self.reported.emit(
                translate(
                    "UndoHistory",
                    "Could not undo the {what} now: not connected to the database. "
                    "It stays on the undo list: press Ctrl+Z again once connected.",
                ).format(what=entry.what),
                False,
            )
        else:
            self.stack.undo()

    def forget(self) -> None:
        """Start an empty list (the person who did these actions signed out)."""
        self.stack.clear()

    def compensate(self, entry: UndoEntry) -> None:
        """Send the command that undoes ``entry``, or report that it cannot be undone."""
        if isinstance(entry, CannotUndo):
            what = entry.what[:1].upper() + entry.what[1:]
            self.reported.emit(
                translate("UndoHistory", "{what} cannot be undone: {reason}").format(
                    what=what, reason=entry.reason
                ),
                False,
            )
            return
        why_not = entry.check(self._batches) if entry.check is not None else None
        if why_not is not None:
            self._report_refused(entry, why_not)
            return
        self._undoing = entry
        self._bus.send(entry.command, self._undone, self._not_undone)

    def _undone(self, done: Done) -> None:
        entry, self._undoing = self._undoing, None
        assert entry is not None, "a compensation is answered once"
        ok, how = outcome(entry, done.result, done.events)
        if ok:
            self.reported.emit(
                translate("UndoHistory", "Undone: {what} — {how}").format(what=entry.what, how=how),
                True,
            )
        else:
            self._report_refused(entry, how)

    def _not_undone(self, refused: Refused) -> None:
        entry, self._undoing = self._undoing, None
        assert entry is not None, "a compensation is answered once"
        self._report_refused(entry, refused.message)

    def _report_refused(self, entry: Compensation, why: str) -> None:
        self.reported.emit(
            translate(
                "UndoHistory",
                "Could not undo the {what}: {why}. Nothing was changed, and it is off the undo "
                "list.",
            ).format(what=entry.what, why=why.rstrip(".")),
            False,
        )
