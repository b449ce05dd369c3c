"""What a form submits goes to the bus with its own continuation; the reply is shown on
that form, in the status bar and as a scan confirmation.

An allocation that found no stock went through (the line waits for stock, recorded as
``OutOfStock``) but did not allocate: the form shows it as a refusal of the quantity.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from warehouse_gui.domain import commands
from warehouse_gui.gui import messages
from warehouse_gui.gui.bridge.bus import Bus
from warehouse_gui.gui.bridge.bus_worker import Done, Refused
from warehouse_gui.gui.forms.command_form import CommandForm
from warehouse_gui.gui.forms.scan_feedback import ScanFeedback


class FormSender(QObject):
    """Sends the commands of the forms it was given and shows each reply on its form."""

    said = Signal(str)  # the status bar's line about a reply

    def __init__(self, bus: Bus, feedback: ScanFeedback, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._bus = bus
        self._feedback = feedback

    def serve(self, form: CommandForm) -> None:
        """Send what ``form`` submits from now on, and confirm each of its outcomes."""
        form.submitted.connect(lambda command: self._send(form, command))
        form.answered.connect(lambda ok: self._feedback.confirm(ok, form))

    def _send(self, form: CommandForm, command: commands.Command) -> None:
        self._bus.send(
            command,
            lambda done: self._done(form, command, done),
            lambda refused: self._refused(form, refused),
        )

    def _done(self, form: CommandForm, command: commands.Command, done: Done) -> None:
        if isinstance(command, commands.Allocate) and done.result is None:
            form.failed(messages.out_of_stock(command), "qty")
            self.said.emit(messages.not_allocated(command))
            return
        form.succeeded()
        self.said.emit(messages.carried_out(command, done.result))

    def _refused(self, form: CommandForm, refused: Refused) -> None:
        form.failed(refused.message, refused.field)
        self.said.emit(messages.refused(refused.message))
