"""The message bus on its own thread.

A SQLAlchemy session must never cross threads, so the bus, its unit of work and every
database connection it uses are created and used only on the bus thread. Commands and
read-side queries arrive by queued signal; results, failures and every domain event the
bus publishes leave by signal.
"""

from __future__ import annotations

import logging
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, Signal, Slot

from warehouse_gui.domain.commands import Command
from warehouse_gui.domain.errors import DomainError
from warehouse_gui.redaction import password_of, redact

if TYPE_CHECKING:
    from warehouse_gui.service_layer.messagebus import MessageBus
    from warehouse_gui.service_layer.unit_of_work import SqlAlchemyUnitOfWork

logger = logging.getLogger(__name__)

# After answering a command the bus thread sleeps this long, so that the GUI thread, which
# waits for the GIL after every Qt call it makes, gets a turn to apply the answer. Without
# it a burst of queued commands stalled the window for 30-60 ms at a time; with it, under
# 15 ms (tests/benchmarks/gui_burst.py). The answer has already left: a person's command
# is never slower for it, only a queue of them is worked through a little more slowly.
YIELD_AFTER_COMMAND_S = 0.0005


@dataclass(frozen=True)
class Submission:
    """A command on its way to the bus, tagged with the form (``origin``) that sent it."""

    id: int
    origin: str
    command: Command


Query = Callable[["SqlAlchemyUnitOfWork"], object]


@dataclass(frozen=True)
class ReadRequest:
    """A read-side query (a function of the unit of work) for the view called ``origin``."""

    origin: str
    query: Query


class BusWorker(QObject):
    """Lives on the bus thread; owns the bus and runs commands and reads one at a time."""

    startup_failed = Signal(str)
    command_succeeded = Signal(object, object)  # Submission, the command's result
    command_failed = Signal(object, str, object)  # Submission, message, field or None
    event_published = Signal(object)  # a domain event
    read_finished = Signal(object, object)  # ReadRequest, its result
    read_failed = Signal(object, str)  # ReadRequest, message
    unexpected_error = Signal(str, str)  # what failed, the traceback

    def __init__(self, db_url: str, origin: str) -> None:
        super().__init__()
        self._db_url = db_url
        self._origin = origin
        self._secrets = [password_of(db_url) or ""]
        self._bus: MessageBus | None = None
        self._uow: SqlAlchemyUnitOfWork | None = None

    @Slot()
    def start(self) -> None:
        """Build the bus on this thread: engine, schema migrations and unit of work."""
        threading.current_thread().name = QThread.currentThread().objectName()
        # Imported here, on the bus thread, so the window shows before SQLAlchemy loads.
        from warehouse_gui.bootstrap import bootstrap, database_unit_of_work

        try:
            self._uow = database_unit_of_work(self._db_url, origin=self._origin)
            self._bus = bootstrap(uow=self._uow, publish=self.event_published.emit)
        except DomainError as error:
            logger.error("Could not open the database: %s", error.message)
            self.startup_failed.emit(self._safe(error.message))
        except Exception as error:
            logger.exception("Could not open the database")
            self.startup_failed.emit(self._safe(f"Could not open the database: {error}"))

    @Slot(object)
    def handle(self, submission: Submission) -> None:
        """Run one command; report its result or the reason it was refused."""
        if self._bus is None:
            self.command_failed.emit(submission, "The database is not open", None)
            return
        try:
            [result] = self._bus.handle(submission.command)
        except DomainError as error:
            logger.info("Refused %r: %s", submission.command, error.message)
            self.command_failed.emit(submission, self._safe(error.message), error.field)
        except Exception as error:
            logger.exception("Command %r failed", submission.command)
            self.command_failed.emit(submission, self._safe(f"The command failed: {error}"), None)
            self._report_unexpected(f"Command {submission.command!r} failed")
        else:
            self.command_succeeded.emit(submission, result)
        time.sleep(YIELD_AFTER_COMMAND_S)

    @Slot(object)
    def read(self, request: ReadRequest) -> None:
        """Run one read-side query and send its result to the GUI."""
        if self._uow is None:
            self.read_failed.emit(request, "The database is not open")
            return
        try:
            result = request.query(self._uow)
        except DomainError as error:
            self.read_failed.emit(request, self._safe(error.message))
        except Exception as error:
            logger.exception("Reading for %s failed", request.origin)
            self.read_failed.emit(request, self._safe(f"Could not read from the database: {error}"))
            self._report_unexpected(f"Reading for {request.origin} failed")
        else:
            self.read_finished.emit(request, result)

    @Slot()
    def stop(self) -> None:
        """Leave the thread's event loop; queued before it, every earlier command has run."""
        QThread.currentThread().quit()

    def _safe(self, message: str) -> str:
        return redact(message, self._secrets)

    def _report_unexpected(self, what: str) -> None:
        self.unexpected_error.emit(self._safe(what), self._safe(traceback.format_exc()))
