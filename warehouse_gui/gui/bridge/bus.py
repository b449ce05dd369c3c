"""The GUI thread's handle on the bus thread and the feed thread.

Whoever sends a command or asks a question says at once what to do with the reply, as
Anki's ``CollectionOp(...).success(...).failure(...)`` does: ``send(command, on_done,
on_refused)``, ``ask(query, on_answer, on_refused)``. The reply reaches that sender and no
one else, on the GUI thread. What happened to the warehouse is broadcast instead: every
domain event, this workstation's or another's, reaches every view that listens.
"""

from __future__ import annotations

import itertools
import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QThread, QTimer, Signal, Slot

from warehouse_gui.gui.bridge.bus_worker import (
    BusWorker,
    CommandRequest,
    Done,
    OpenBackend,
    Opened,
    QueryRequest,
    Refused,
)
from warehouse_gui.gui.bridge.feed_worker import FeedWorker, FollowLog
from warehouse_gui.translation import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from warehouse_gui.domain.commands import Command
    from warehouse_gui.queries import Query
    from warehouse_gui.read_model import LoggedEvent, LogPosition

logger = logging.getLogger(__name__)

# Said in the window through translate("Bus", ...); the English here is the source.
BUS_LOST = QT_TRANSLATE_NOOP(
    "Bus",
    "The database worker stopped before confirming this; it may or may not have been saved. "
    "Check the table and history, then submit again if needed.",
)
NOT_CONNECTED = QT_TRANSLATE_NOOP(
    "Bus",
    "Not connected to the database; reconnecting by itself. "
    "Nothing was sent and your input is kept: submit again when the status bar says connected.",
)

OnDone = Callable[[Done], object]
OnRefused = Callable[[Refused], object]


class Waiting(NamedTuple):
    """A request on its way, and what its sender does with the reply."""

    on_done: OnDone
    on_refused: OnRefused
    command: Command | None = None  # None: a question


class Bus(QObject):
    """Send commands and questions, follow other workstations, and know what is pending.

    ``secrets`` (the database password) are masked in every message that leaves the bus;
    ``origin`` tags the event log entries this workstation writes.
    """

    command_requested = Signal(object)  # CommandRequest
    query_requested = Signal(object)  # QueryRequest
    stop_requested = Signal()

    carried_out = Signal(
        object, object
    )  # Command, Done: a command of this workstation went through
    event_published = Signal(object)  # every domain event, this workstation's or another's
    own_event_published = Signal(object)  # a domain event of this workstation
    remote_event_logged = Signal(object)  # a LoggedEvent of another workstation
    pending_changed = Signal(int)  # commands sent and not answered yet, once a turn at most
    connection_changed = Signal(bool, str)  # reachable, why not
    startup_failed = Signal(str)
    waiting_for_database = Signal(str)  # not open yet, and why; the bus thread tries again
    opened = Signal(object)  # Opened: the database is open (read-only, and why; warnings)
    restarted = Signal(str)  # the bus thread died and a new one took over: what happened
    unexpected_error = Signal(str, str)  # what failed on the bus thread, its traceback

    def __init__(
        self,
        open_backend: OpenBackend,
        follow_log: FollowLog,
        secrets: list[str],
        origin: str = "",
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.origin = origin
        self._open_backend = open_backend
        self._follow_log = follow_log
        self.secrets = secrets
        self.connected = True
        self._ids = itertools.count(1)
        self._commands: dict[int, Waiting] = {}
        self._queries: dict[int, Waiting] = {}
        self._stopping = False
        self.feed_thread: QThread | None = None
        self._feed_stop = threading.Event()
        # The count of commands on their way is told once a turn of the event loop, not on
        # every send and answer: a burst of scans would relabel the status bar thousands of
        # times, and every Qt call of the GUI thread may wait for the bus thread's GIL.
        self._told_pending = 0
        self._pending_moved = False
        self._tell_pending_soon = QTimer(self, singleShot=True, interval=0)
        self._tell_pending_soon.timeout.connect(self._tell_pending)
        self._new_bus_thread()

    def _new_bus_thread(self) -> None:
        self.bus_thread = QThread()
        self.bus_thread.setObjectName("bus")
        self.worker = BusWorker(self._open_backend, self.secrets)
        self.worker.moveToThread(self.bus_thread)
        self.bus_thread.started.connect(self.worker.start)
        self.bus_thread.finished.connect(self.worker.deleteLater)
        self.bus_thread.finished.connect(self._bus_thread_finished)
        self.command_requested.connect(self.worker.run_command)
        self.query_requested.connect(self.worker.run_query)
        self.stop_requested.connect(self.worker.stop)
        self.worker.startup_failed.connect(self._relay_startup_failed)
        self.worker.waiting_for_database.connect(self._relay_waiting)
        self.worker.opened.connect(self._relay_opened)
        self.worker.done.connect(self._done)
        self.worker.refused.connect(self._refused)
        self.worker.event_published.connect(self._relay_own_event)
        self.worker.unexpected_error.connect(self._relay_unexpected_error)

    @property
    def pending(self) -> int:
        """Commands sent to the bus and not answered yet."""
        return len(self._commands)

    @property
    def idle(self) -> bool:
        """Whether every command and question sent has been answered."""
        return not self._commands and not self._queries

    def start(self) -> None:
        """Start the bus thread, unless the bus has been shut down already."""
        if not self._stopping:
            self.bus_thread.start()

    def send(self, command: Command, on_done: OnDone, on_refused: OnRefused) -> None:
        """Queue ``command``; its reply goes to ``on_done`` or ``on_refused``. While the
        database is unreachable it is refused at once instead."""
        request_id = next(self._ids)
        if not self.connected:
            on_refused(Refused(request_id, translate("Bus", NOT_CONNECTED)))
            return
        self._commands[request_id] = Waiting(on_done, on_refused, command)
        self._pending_changed()
        self.command_requested.emit(CommandRequest(request_id, command))

    def ask(self, query: Query, on_answer: Callable[[Any], object], on_refused: OnRefused) -> None:
        """Queue ``query``; ``on_answer`` receives what the read side says. Questions and
        commands are handled in the order they were queued."""
        request_id = next(self._ids)
        self._queries[request_id] = Waiting(lambda done: on_answer(done.result), on_refused)
        self.query_requested.emit(QueryRequest(request_id, query))

    def follow_log(self, position: LogPosition) -> None:
        """Start relaying other workstations' events committed after ``position``."""
        if self.feed_thread is not None or self._stopping:
            return
        self.feed_thread = QThread()
        self.feed_thread.setObjectName("feed")
        feed = FeedWorker(self._follow_log, position, self._feed_stop)
        feed.moveToThread(self.feed_thread)
        self.feed_thread.started.connect(feed.run)
        self.feed_thread.finished.connect(feed.deleteLater)
        feed.entries_arrived.connect(self._relay_remote_entries)
        feed.connection_changed.connect(self._relay_connection)
        self._feed = feed
        self.feed_thread.start()

    def shutdown(self) -> None:
        """Finish every queued request, then stop the bus and feed threads.

        Replies keep arriving on the GUI thread while it drains, so nothing the user was
        told is acknowledged is lost, and what was queued still runs.
        """
        self._stopping = True
        self._stop_following()
        if not self.bus_thread.isRunning():
            return
        if self.pending:
            logger.info("Finishing %d queued commands before stopping", self.pending)
        self.stop_requested.emit()
        while not self.bus_thread.wait(20):
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
        if self.pending:
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
        """The bus thread ended without being asked to: report it, give up on the requests
        it held, and start a new one (the window then reloads what it shows)."""
        if self._stopping:
            return
        lost = self.pending
        logger.error("The bus thread stopped unexpectedly with %d commands queued", lost)
        waiting = {**self._commands, **self._queries}
        self._commands, self._queries = {}, {}
        self._tell_pending()
        lost_words = translate("Bus", BUS_LOST)
        for request_id in sorted(waiting):
            waiting[request_id].on_refused(Refused(request_id, lost_words))
        # The dead worker was deleted as its thread finished, taking its connections along.
        self._stop_following()
        self._new_bus_thread()
        self.bus_thread.start()
        if lost:
            said = translate(
                "Bus",
                "The database worker stopped unexpectedly and a new one has taken over; "
                "%n queued commands were not confirmed",
                None,
                lost,
            )
        else:
            said = translate(
                "Bus", "The database worker stopped unexpectedly and a new one has taken over"
            )
        self.restarted.emit(said)

    @Slot(object)
    def _done(self, done: Done) -> None:
        waiting = self._answered(done.id)
        if waiting is None:
            return
        if waiting.command is not None:
            self.carried_out.emit(waiting.command, done)
        waiting.on_done(done)
        if waiting.command is not None:
            self._pending_changed()

    @Slot(object)
    def _refused(self, refused: Refused) -> None:
        waiting = self._answered(refused.id)
        if waiting is None:
            return
        waiting.on_refused(refused)
        if waiting.command is not None:
            self._pending_changed()

    def _pending_changed(self) -> None:
        if not self._pending_moved:
            self._pending_moved = True
            self._tell_pending_soon.start()

    @Slot()
    def _tell_pending(self) -> None:
        self._pending_moved = False
        if self.pending != self._told_pending:
            self._told_pending = self.pending
            self.pending_changed.emit(self._told_pending)

    def _answered(self, request_id: int) -> Waiting | None:
        """The request answered, no longer waiting (``None``: it was given up already)."""
        return self._queries.pop(request_id, None) or self._commands.pop(request_id, None)

    @Slot(str)
    def _relay_startup_failed(self, message: str) -> None:
        self.startup_failed.emit(message)

    @Slot(str)
    def _relay_waiting(self, message: str) -> None:
        self.connected = False
        self.waiting_for_database.emit(message)

    @Slot(object)
    def _relay_opened(self, opened: Opened) -> None:
        self.connected = True
        self.opened.emit(opened)

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

    @Slot(str, str)
    def _relay_unexpected_error(self, summary: str, details: str) -> None:
        self.unexpected_error.emit(summary, details)
