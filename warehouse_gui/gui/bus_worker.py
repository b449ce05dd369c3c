"""The message bus on its own thread, and the GUI-side controller that talks to it by signals.

A SQLAlchemy session must never cross threads, so the bus, its unit of work and every
database connection are created and used only on the bus thread. The GUI thread sends
``Submission``s by queued signal and hears back through signals: results, failures and
every domain event the bus publishes.
"""

from __future__ import annotations

import itertools
import logging
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QThread, Signal, Slot

from warehouse_gui.bootstrap import bootstrap, database_unit_of_work
from warehouse_gui.domain.commands import Command
from warehouse_gui.domain.errors import DomainError
from warehouse_gui.service_layer.messagebus import MessageBus
from warehouse_gui.service_layer.unit_of_work import SqlAlchemyUnitOfWork

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Submission:
    """A command on its way to the bus, tagged with the form (``origin``) that sent it."""

    id: int
    origin: str
    command: Command


Query = Callable[[SqlAlchemyUnitOfWork], object]


@dataclass(frozen=True)
class ReadRequest:
    """A read-side query (a function of the unit of work) for the view called ``origin``."""

    origin: str
    query: Query


class BusWorker(QObject):
    """Lives on the bus thread; owns the bus and runs commands and reads one at a time."""

    ready = Signal()
    startup_failed = Signal(str)
    command_succeeded = Signal(object, object)  # Submission, the command's result
    command_failed = Signal(object, str, object)  # Submission, message, field or None
    event_published = Signal(object)  # a domain event
    read_finished = Signal(object, object)  # ReadRequest, its result
    read_failed = Signal(object, str)  # ReadRequest, message
    unexpected_error = Signal(str, str)  # what failed, the traceback

    def __init__(self, db_url: str) -> None:
        super().__init__()
        self._db_url = db_url
        self._bus: MessageBus | None = None
        self._uow: SqlAlchemyUnitOfWork | None = None

    @Slot()
    def start(self) -> None:
        """Build the bus on this thread: engine, schema and unit of work."""
        threading.current_thread().name = QThread.currentThread().objectName()
        try:
            self._uow = database_unit_of_work(self._db_url)
            self._bus = bootstrap(uow=self._uow, publish=self.event_published.emit)
        except Exception as error:
            logger.exception("Could not open the database")
            self.startup_failed.emit(f"Could not open the database: {error}")
            return
        self.ready.emit()

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
            self.command_failed.emit(submission, error.message, error.field)
        except Exception as error:
            logger.exception("Command %r failed", submission.command)
            self.command_failed.emit(submission, f"The command failed: {error}", None)
            self.unexpected_error.emit(
                f"Command {submission.command!r} failed", traceback.format_exc()
            )
        else:
            self.command_succeeded.emit(submission, result)

    @Slot(object)
    def read(self, request: ReadRequest) -> None:
        """Run one read-side query and send its result to the GUI."""
        if self._uow is None:
            self.read_failed.emit(request, "The database is not open")
            return
        try:
            result = request.query(self._uow)
        except Exception as error:
            logger.exception("Reading for %s failed", request.origin)
            self.read_failed.emit(request, f"Could not read from the database: {error}")
            self.unexpected_error.emit(
                f"Reading for {request.origin} failed", traceback.format_exc()
            )
            return
        self.read_finished.emit(request, result)

    @Slot()
    def stop(self) -> None:
        """Leave the thread's event loop; queued before it, every earlier command has run."""
        QThread.currentThread().quit()


class BusController(QObject):
    """The GUI thread's handle on the bus thread.

    It re-emits the worker's signals from the GUI thread, so everything connected to it,
    plain callables included, runs on the GUI thread.
    """

    submission_requested = Signal(object)
    read_requested = Signal(object)
    stop_requested = Signal()

    ready = Signal()
    startup_failed = Signal(str)
    command_succeeded = Signal(object, object)
    command_failed = Signal(object, str, object)
    event_published = Signal(object)
    read_finished = Signal(object, object)
    read_failed = Signal(object, str)
    unexpected_error = Signal(str, str)
    pending_changed = Signal(int)

    def __init__(self, db_url: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids = itertools.count(1)
        self._pending: set[int] = set()
        self.bus_thread = QThread()
        self.bus_thread.setObjectName("bus")
        self.worker = BusWorker(db_url)
        self.worker.moveToThread(self.bus_thread)
        self.bus_thread.started.connect(self.worker.start)
        self.bus_thread.finished.connect(self.worker.deleteLater)
        self.submission_requested.connect(self.worker.handle)
        self.read_requested.connect(self.worker.read)
        self.stop_requested.connect(self.worker.stop)
        self.worker.ready.connect(self._relay_ready)
        self.worker.startup_failed.connect(self._relay_startup_failed)
        self.worker.command_succeeded.connect(self._relay_success)
        self.worker.command_failed.connect(self._relay_failure)
        self.worker.event_published.connect(self._relay_event)
        self.worker.read_finished.connect(self._relay_read)
        self.worker.read_failed.connect(self._relay_read_failure)
        self.worker.unexpected_error.connect(self._relay_unexpected_error)

    @property
    def pending(self) -> int:
        """Commands sent to the bus and not yet answered."""
        return len(self._pending)

    def start(self) -> None:
        """Start the bus thread."""
        self.bus_thread.start()

    def read(self, origin: str, query: Query) -> ReadRequest:
        """Queue a read-side query for the view called ``origin``; queued reads and
        commands run in the order they were asked for."""
        request = ReadRequest(origin, query)
        self.read_requested.emit(request)
        return request

    def submit(self, command: Command, origin: str) -> Submission:
        """Queue ``command`` for the bus on behalf of the form called ``origin``."""
        submission = Submission(next(self._ids), origin, command)
        self._pending.add(submission.id)
        self.pending_changed.emit(self.pending)
        self.submission_requested.emit(submission)
        return submission

    def shutdown(self) -> None:
        """Finish every queued command, then stop the bus thread.

        Results keep arriving on the GUI thread while it drains, so nothing the user was
        told is acknowledged is lost, and what was queued still runs.
        """
        if not self.bus_thread.isRunning():
            return
        if self._pending:
            logger.info("Finishing %d queued commands before stopping", self.pending)
        self.stop_requested.emit()
        while not self.bus_thread.wait(20):
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        if self._pending:
            logger.error("%d commands were not answered before the bus stopped", self.pending)

    @Slot()
    def _relay_ready(self) -> None:
        self.ready.emit()

    @Slot(str)
    def _relay_startup_failed(self, message: str) -> None:
        self.startup_failed.emit(message)

    @Slot(object)
    def _relay_event(self, event: object) -> None:
        self.event_published.emit(event)

    @Slot(object, object)
    def _relay_read(self, request: ReadRequest, result: object) -> None:
        self.read_finished.emit(request, result)

    @Slot(object, str)
    def _relay_read_failure(self, request: ReadRequest, message: str) -> None:
        self.read_failed.emit(request, message)

    @Slot(str, str)
    def _relay_unexpected_error(self, summary: str, details: str) -> None:
        self.unexpected_error.emit(summary, details)

    @Slot(object, object)
    def _relay_success(self, submission: Submission, result: object) -> None:
        self._answered(submission)
        self.command_succeeded.emit(submission, result)

    @Slot(object, str, object)
    def _relay_failure(self, submission: Submission, message: str, field: object) -> None:
        self._answered(submission)
        self.command_failed.emit(submission, message, field)

    def _answered(self, submission: Submission) -> None:
        self._pending.discard(submission.id)
        self.pending_changed.emit(self.pending)
