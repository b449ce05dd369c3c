"""What a form submits goes to the bus with its own continuation; the reply is shown on
that form, in the status bar and as a scan confirmation.

A refusal never captures the next scan. A refused line goes back into its form, values kept
and the field at fault selected, only while nobody has typed into that form since and the
cursor is still there: a person at the keyboard corrects it. Otherwise it waits in the
refused scans, and the form goes on with what was typed next. A line that found too little
stock is not refused: it waits for stock (the waiting lines, Ctrl+W) and is allocated when
stock arrives, so it is confirmed as not allocated and the form goes on.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal, Slot

from warehouse_gui.gui import messages
from warehouse_gui.gui.bridge.bus import Bus
from warehouse_gui.gui.bridge.bus_worker import Done
from warehouse_gui.gui.forms.command_form import CommandForm, Line
from warehouse_gui.gui.forms.refused_scans import RefusedScan, RefusedScans
from warehouse_gui.gui.forms.scan_feedback import ScanFeedback
from warehouse_gui.translation import translate

if TYPE_CHECKING:
    from warehouse_gui.domain import commands
    from warehouse_gui.domain.errors import InvalidCommand

logger = logging.getLogger(__name__)


class FormSender(QObject):
    """Sends the lines of the forms it serves and deals with each reply; sends again, or
    puts back, the refused scans waiting in ``refused``."""

    said = Signal(str)  # the status bar's line about a reply

    def __init__(
        self,
        bus: Bus,
        feedback: ScanFeedback,
        refused: RefusedScans,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._bus = bus
        self._feedback = feedback
        self.refused = refused
        self._forms: dict[str, CommandForm] = {}
        self._shown: dict[CommandForm, tuple[str, str | None]] = {}

    def serve(self, form: CommandForm) -> None:
        """Send what ``form`` submits from now on."""
        self._forms[form.title_text] = form
        form.submitted.connect(lambda line: self._send(form, line))
        form.overtaken.connect(lambda line: self._overtaken(form, line))

    @Slot(object)
    def correct(self, scan: RefusedScan) -> None:
        """Put a refused scan back into its form, the field at fault selected."""
        form = self._forms[scan.form]
        if not form.is_empty():
            self.said.emit(
                translate(
                    "FormSender",
                    "The {form} form holds a line being typed: send it or clear it (Esc), "
                    "then correct the refused scan",
                ).format(form=form.shown_title)
            )
            form.focus_first_field()
            return
        self.refused.remove(scan)
        self._shown[form] = (scan.reason, scan.field)
        form.restore(Line(scan.values, 0), scan.reason, scan.field)

    @Slot(object)
    def send_again(self, scan: RefusedScan) -> None:
        """Send a refused scan again as it is; it leaves the list once it goes through."""
        from warehouse_gui.domain.errors import InvalidCommand

        form = self._forms[scan.form]
        try:
            command = form.build_command(scan.values)
        except InvalidCommand as error:
            self._refused_again(scan, _wording(form, error), error.field)
            return
        self._bus.send(
            command,
            lambda done: self._sent_again(scan, command, done),
            lambda refused: self._refused_again(scan, refused.message, refused.field),
        )

    @Slot(object)
    def dismiss(self, scan: RefusedScan) -> None:
        """Forget a refused scan."""
        self.refused.remove(scan)
        logger.info("Refused scan dismissed: %s %s (%s)", scan.form, scan.line, scan.reason)
        self.said.emit(
            translate("FormSender", "Dismissed the refused scan {line}").format(line=scan.line)
        )

    def _send(self, form: CommandForm, line: Line) -> None:
        from warehouse_gui.domain.errors import InvalidCommand

        try:
            command = form.build_command(line.values)
        except InvalidCommand as error:
            self._refused(form, line, _wording(form, error), error.field)
            return
        owner = self.refused.owner  # a refusal after a sign-out goes to whoever sent it
        self._bus.send(
            command,
            lambda done: self._done(form, line, command, done),
            lambda refused: self._refused(form, line, refused.message, refused.field, owner),
        )

    def _done(self, form: CommandForm, line: Line, command: commands.Command, done: Done) -> None:
        # A line that waits for stock went through, but is not allocated: the confirmation
        # says so (dashed red, two beeps), and the status bar that it waits.
        said = messages.carried_out(command, done.result, done.events)
        ok = not _waits(command, done)
        self._feedback.confirm(ok, form)
        self._feedback.say(said, form, urgent=not ok)
        self.said.emit(said)

    def _refused(
        self,
        form: CommandForm,
        line: Line,
        message: str,
        field: str | None,
        owner: str | None = None,
    ) -> None:
        refusal = messages.refused(message)
        if owner is not None and owner != self.refused.owner:
            self._feedback.confirm(False, form)
            self._feedback.say(refusal, form, urgent=True)
            self._set_aside(form, line, message, field, owner)
            return
        if form.typed_since(line) or not form.has_focus():
            said = translate("FormSender", "{refusal} — waiting in the refused scans").format(
                refusal=refusal
            )
            self._feedback.confirm(False, form)
            self._feedback.say(said, form, urgent=True)
            self._set_aside(form, line, message, field)
            self.said.emit(said)
            return
        self._feedback.confirm(False, form)
        self._feedback.say(refusal, form, urgent=True)
        self._shown[form] = (message, field)
        form.restore(line, message, field)
        self.said.emit(refusal)

    def _overtaken(self, form: CommandForm, line: Line) -> None:
        message, field = self._shown.pop(form, (translate("FormSender", "Refused"), None))
        self._set_aside(form, line, message, field)

    def _set_aside(
        self,
        form: CommandForm,
        line: Line,
        reason: str,
        field: str | None,
        owner: str | None = None,
    ) -> None:
        scan = RefusedScan(form.title_text, dict(line.values), reason, field, datetime.now())
        logger.info("Refused scan kept: %s %s (%s)", scan.form, scan.line, reason)
        self.refused.add(scan, owner)

    def _sent_again(self, scan: RefusedScan, command: commands.Command, done: Done) -> None:
        # A line that waits for stock now is in the waiting lines: not refused any more.
        self.refused.remove(scan)
        self.said.emit(messages.carried_out(command, done.result, done.events))

    def _refused_again(self, scan: RefusedScan, reason: str, field: str | None) -> None:
        self.refused.replace(scan, scan._replace(reason=reason, field=field, when=datetime.now()))
        self.said.emit(
            translate("FormSender", "Refused again: {line} — {reason}").format(
                line=scan.line, reason=reason.partition("\n")[0]
            )
        )


def _wording(form: CommandForm, error: InvalidCommand) -> str:
    """A field's refusal as the form says it: its label, then the rule."""
    label = form.label_of(error.field)
    if not label:
        return error.rule.strip()
    return translate("FormSender", "{field} {rule}").format(field=label, rule=error.rule).strip()


def _waits(command: commands.Command, done: Done) -> bool:
    """Whether ``command`` was an allocation that found too little stock: the line waits."""
    from warehouse_gui.domain import commands

    return isinstance(command, commands.Allocate) and done.result is None
