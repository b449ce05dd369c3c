"""The GUI thread's handle on the bus thread and the feed thread.

Everything the threads report is re-emitted from here, on the GUI thread, so whatever is
connected to the controller (plain callables included) runs on the GUI thread.
"""

from __future__ import annotations

import itertools
import logging
import threading
import uuid
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QThread, Signal, Slot

from warehouse_gui.domain.commands import Command
from warehouse_gui.gui.bridge.bus_worker import BusWorker, Query, ReadRequest, Submission

if TYPE_CHECKING:
    from warehouse_gui.read_model import LoggedEvent, LogPosition

logger = logging.getLogger(__name__)

BUS_LOST = (
    "The database worker stopped before confirming this; it may or may not have been saved. "
    "Check the table and history, then submit again if needed."
)
NOT_CONNECTED = (
    "Not connected to the database; reconnecting by itself. "
    "Nothing was sent and your input is kept: submit again when the status bar says connected."
)


class BusController(QObject):
    """Submit commands and reads, follow other workstations, and know what is pending."""

    submission_requested = Signal(object)
    read_requested = Signal(object)
    stop_requested = Signal()

    startup_failed = Signal(str)
    command_succeeded = Signal(object, object)  # Submission, result
    command_failed = Signal(object, str, object)  # Submission, message, field
    event_published = Signal(object)  # every domain event, this workstation's or another's
    own_event_published = Signal(object)  # a domain event of this workstation
    remote_event_logged = Signal(object)  # a LoggedEvent of another workstation
    read_finished = Signal(object, object)  # ReadRequest, result
    read_failed = Signal(object, str)  # ReadRequest, message
    unexpected_error = Signal(str, str)  # what failed on the bus thread, its traceback
    pending_changed = Signal(int)
    connection_changed = Signal(bool, str)  # reachable, why not
    bus_restarted = Signal(str)  # what happened: the bus thread died and a new one took over

    def __init__(self, db_url: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.db_url = db_url
        self.origin = str(uuid.uuid4())
        self.connected = True
        self._ids = itertools.count(1)
        self._pending: dict[int, Submission] = {}
        self._stopping = False
        self.feed_thread: QThread | None = None
        self._feed_stop = threading.Event()
        self._new_bus_thread()

    def _new_bus_thread(self) -> None:
        self.bus_thread = QThread()
        self.bus_thread.setObjectName("bus")
        self.worker = BusWorker(self.db_url, self.origin)
        self.worker.moveToThread(self.bus_thread)
        self.bus_thread.started.connect(self.worker.start)
        self.bus_thread.finished.connect(self.worker.deleteLater)
        self.bus_thread.finished.connect(self._bus_thread_finished)
        self.submission_requested.connect(self.worker.handle)
        self.read_requested.connect(self.worker.read)
        self.stop_requested.connect(self.worker.stop)
        self.worker.startup_failed.connect(self._relay_startup_failed)
        self.worker.command_succeeded.connect(self._relay_success)
        self.worker.command_failed.connect(self._relay_failure)
        self.worker.event_published.connect(self._relay_own_event)
        self.worker.read_finished.connect(self._relay_read)
        self.worker.read_failed.connect(self._relay_read_failure)
        self.worker.unexpected_error.connect(self._relay_unexpected_error)

    @property
    def pending(self) -> int:
        """Commands sent to the bus and not yet answered."""
        return len(self._pending)

    def start(self) -> None:
        """Start the bus thread, unless the controller has been shut down already."""
        if not self._stopping:
            self.bus_thread.start()

    def follow_log(self, position: LogPosition) -> None:
        """Start relaying other workstations' events committed after ``position``."""
        if self.feed_thread is not None or self._stopping:
            return
        from warehouse_gui.gui.bridge.feed_worker import FeedWorker  # brings SQLAlchemy and psycopg

        self.feed_thread = QThread()
        self.feed_thread.setObjectName("feed")
        feed = FeedWorker(self.db_url, self.origin, position, self._feed_stop)
        feed.moveToThread(self.feed_thread)
        self.feed_thread.started.connect(feed.run)
        self.feed_thread.finished.connect(feed.deleteLater)
        feed.entries_arrived.connect(self._relay_remote_entries)
        feed.connection_changed.connect(self._relay_connection)
        self._feed = feed
        self.feed_thread.start()

    def read(self, origin: str, query: Query) -> ReadRequest:
        """Queue a read-side query for the view called ``origin``; queued reads and
        commands run in the order they were asked for."""
        request = ReadRequest(origin, query)
        self.read_requested.emit(request)
        return request

    def submit(self, command: Command, origin: str) -> Submission:
        """Queue ``command`` for the bus on behalf of the form called ``origin``; while
        the database is unreachable it is refused at once instead."""
        submission = Submission(next(self._ids), origin, command)
        if not self.connected:
            self.command_failed.emit(submission, NOT_CONNECTED, None)
            return submission
        self._pending[submission.id] = submission
        self.pending_changed.emit(self.pending)
        self.submission_requested.emit(submission)
        return submission

    def shutdown(self) -> None:
        """Finish every queued command, then stop the bus and feed threads.

        Results keep arriving on the GUI thread while it drains, so nothing the user was
        told is acknowledged is lost, and what was queued still runs.
        """
        self._stopping = True
        self._stop_following()
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

    def _stop_following(self) -> None:
        self._feed_stop.set()
        if self.feed_thread is not None:
            self.feed_thread.quit()
            self.feed_thread.wait()
        self.feed_thread = None
        self._feed_stop = threading.Event()

    @Slot()
    def _bus_thread_finished(self) -> None:
        """The bus thread ended without being asked to: report it, give up on the commands
        it held, and start a new one (the window then reloads what it shows)."""
        if self._stopping:
            return
        lost = list(self._pending.values())
        logger.error("The bus thread stopped unexpectedly with %d commands queued", len(lost))
        self._pending.clear()
        self.pending_changed.emit(0)
        for submission in lost:
            self.command_failed.emit(submission, BUS_LOST, None)
        # The dead worker was deleted as its thread finished, taking its connections along.
        self._stop_following()
        self._new_bus_thread()
        self.bus_thread.start()
        self.bus_restarted.emit(
            "The database worker stopped unexpectedly and a new one has taken over"
            + (f"; {len(lost)} queued commands were not confirmed" if lost else "")
        )

    @Slot(str)
    def _relay_startup_failed(self, message: str) -> None:
        self.startup_failed.emit(message)

    @Slot(object)
    def _relay_own_event(self, event: object) -> None:
        self.event_published.emit(event)
        self.own_event_published.emit(event)

    @Slot(object)
    def _relay_remote_entries(self, entries: list[LoggedEvent]) -> None:
        for entry in entries:
            try:
                event = entry.event
            except (KeyError, TypeError):
                logger.warning("Skipping log entry %d of unknown shape: %s", entry.id, entry.type)
                continue
            self.event_published.emit(event)
            self.remote_event_logged.emit(entry)

    @Slot(bool, str)
    def _relay_connection(self, connected: bool, detail: str) -> None:
        self.connected = connected
        self.connection_changed.emit(connected, detail)

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
        self._pending.pop(submission.id, None)
        self.pending_changed.emit(self.pending)
