"""The message bus on its own thread.

A SQLAlchemy session must never cross threads, so the bus, its unit of work and every
database connection it uses are made and used only on the bus thread, by the ``Backend``
that ``open_backend`` returns there. Requests arrive by queued signal; each leaves as one
reply (``Done`` or ``Refused``), and every domain event the bus publishes also leaves on
its own, for whoever listens.
"""

from __future__ import annotations

import logging
import threading
import time
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot

from warehouse_gui.redaction import redact
from warehouse_gui.translation import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from warehouse_gui.domain.commands import Command
    from warehouse_gui.domain.events import Event
    from warehouse_gui.queries import Query

logger = logging.getLogger(__name__)

# After answering a command the bus thread sleeps this long, so that the GUI thread, which
# waits for the GIL after every Qt call it makes, gets a turn to apply the answer. Without
# it a burst of queued commands stalled the window for 30-60 ms at a time; with it, under
# 15 ms (tests/benchmarks/gui_burst.py). The answer has already left: a person's command
# is never slower for it, only a queue of them is worked through a little more slowly.
YIELD_AFTER_COMMAND_S = 0.0005

NOT_OPEN = QT_TRANSLATE_NOOP("BusWorker", "The database is not open")
# While the database cannot be reached at start-up, the bus thread tries again after these
# pauses, the last one over and over: "every few seconds".
RETRY_DELAYS_MS = (1000, 2000, 3000, 5000)


class Backend(Protocol):
    """What the bus thread works with: the bus and the read side of one workstation."""

    def handle(self, command: Command) -> object:
        """Carry out ``command`` and return its result; a refusal raises ``DomainError``."""

    def answer(self, query: Query) -> object:
        """What the read side says to ``query``."""

    def close(self) -> None:
        """Let go of what it holds (mail still on its way gets its grace)."""

    @property
    def read_only(self) -> str | None:
        """Why nothing can be changed in this database, or ``None`` when it can be."""

    @property
    def warnings(self) -> tuple[str, ...]:
        """What a person should know of this database before working on it."""


OpenBackend = Callable[[Callable[["Event"], None]], Backend]
"""Opens the database on the calling thread; the callable given receives every domain event."""


@dataclass(frozen=True)
class CommandRequest:
    """A command on its way to the bus thread."""

    id: int
    command: Command


@dataclass(frozen=True)
class QueryRequest:
    """A question on its way to the read side, on the bus thread."""

    id: int
    query: Query


@dataclass(frozen=True)
class Done:
    """A command carried out, or a question answered: its result, and the domain events
    the command raised (in order; none for a question)."""

    id: int
    result: object
    events: tuple[Event, ...] = ()


@dataclass(frozen=True)
class Opened:
    """The database is open: why it is read-only (``None``: it is not), and what a
    person should know of it."""

    read_only: str | None = None
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Refused:
    """A request that was not carried out, why, and the field at fault when there is one."""

    id: int
    message: str
    field: str | None = None


class BusWorker(QObject):
    """Lives on the bus thread; owns the backend and runs requests one at a time, in order."""

    startup_failed = Signal(str)
    waiting_for_database = Signal(str)  # why it cannot be opened yet; tried again soon
    opened = Signal(object)  # Opened
    done = Signal(object)  # Done
    refused = Signal(object)  # Refused
    event_published = Signal(object)  # a domain event of this workstation
    unexpected_error = Signal(str, str)  # what failed, the traceback

    def __init__(self, open_backend: OpenBackend, secrets: list[str]) -> None:
        super().__init__()
        self._open_backend = open_backend
        self._secrets = secrets
        self._backend: Backend | None = None
        self._raised: list[Event] = []
        # Questions asked before the database is open wait for it; once it fails for good
        # they are refused with why (``_failed``).
        self._held: list[QueryRequest] = []
        self._failed: str | None = None
        self._waiting_for: str | None = None
        self._attempts = 0
        self._retry: QTimer | None = None
        self._stopped = False

    @Slot()
    def start(self) -> None:
        """Open the database on this thread: engine, schema migrations, bus. A server
        that cannot be reached yet is tried again by a timer of this thread, never
        blocking it in between, until it opens or the bus stops."""
        threading.current_thread().name = QThread.currentThread().objectName()
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self._open)
        self._open()

    @Slot()
    def _open(self) -> None:
        # The domain loads here, on this thread, after the window's first paint.
        from warehouse_gui.domain.errors import DomainError, StoreUnavailable

        try:
            backend = self._open_backend(self._publish)
        except StoreUnavailable as error:
            self._not_yet(self._safe(error.message))
        except DomainError as error:
            logger.error("Could not open the database: %s", error.message)
            self._fail(self._safe(error.message))
        except Exception as error:
            logger.exception("Could not open the database")
            self._fail(
                self._safe(
                    translate("BusWorker", "Could not open the database: {error}").format(
                        error=error
                    )
                )
            )
        else:
            self._backend = backend
            if self._waiting_for is not None:
                logger.info("The database is open after %d attempts", self._attempts + 1)
            read_only = None if backend.read_only is None else self._safe(backend.read_only)
            self.opened.emit(Opened(read_only, tuple(map(self._safe, backend.warnings))))
            held, self._held = self._held, []
            for request in held:
                self.run_query(request)

    def _not_yet(self, message: str) -> None:
        if message != self._waiting_for:
            logger.warning("The database cannot be opened yet: %s", message)
            self._waiting_for = message
            self.waiting_for_database.emit(message)
        delay = RETRY_DELAYS_MS[min(self._attempts, len(RETRY_DELAYS_MS) - 1)]
        self._attempts += 1
        if self._retry is not None:
            self._retry.start(delay)

    def _fail(self, message: str) -> None:
        self._failed = message
        self.startup_failed.emit(message)
        held, self._held = self._held, []
        for request in held:
            self.refused.emit(Refused(request.id, message))

    @Slot(object)
    def run_command(self, request: CommandRequest) -> None:
        """Carry out one command and reply with its result and events, or why not."""
        from warehouse_gui.domain.errors import DomainError

        command = request.command
        self._raised = []
        if self._backend is None:
            self.refused.emit(Refused(request.id, self._not_open()))
            return
        try:
            result = self._backend.handle(command)
        except DomainError as error:
            logger.info("Refused %r: %s", command, error.message)
            self.refused.emit(Refused(request.id, self._safe(error.message), error.field))
        except Exception as error:
            logger.exception("Command %r failed", command)
            said = translate("BusWorker", "The command failed: {error}").format(error=error)
            self.refused.emit(Refused(request.id, self._safe(said)))
            self._report_unexpected(
                translate("BusWorker", "Command {command} failed").format(command=repr(command))
            )
        else:
            self.done.emit(Done(request.id, result, tuple(self._raised)))
        time.sleep(YIELD_AFTER_COMMAND_S)

    @Slot(object)
    def run_query(self, request: QueryRequest) -> None:
        """Answer one question of the read side."""
        from warehouse_gui.domain.errors import DomainError

        query = request.query
        if self._backend is None:
            if self._failed is None and not self._stopped:
                self._held.append(request)
            else:
                self.refused.emit(Refused(request.id, translate("BusWorker", NOT_OPEN)))
            return
        try:
            result = self._backend.answer(query)
        except DomainError as error:
            self.refused.emit(Refused(request.id, self._safe(error.message), error.field))
        except Exception as error:
            logger.exception("Reading %r failed", query)
            message = self._safe(
                translate("BusWorker", "Could not read from the database: {error}").format(
                    error=error
                )
            )
            self.refused.emit(Refused(request.id, message))
            self._report_unexpected(
                translate("BusWorker", "Reading {query} failed").format(query=type(query).__name__)
            )
        else:
            self.done.emit(Done(request.id, result))

    @Slot()
    def stop(self) -> None:
        """Close the backend and leave the thread's event loop; queued before it, every
        earlier request has run; questions still waiting for the database are refused."""
        self._stopped = True
        if self._retry is not None:
            self._retry.stop()
        held, self._held = self._held, []
        for request in held:
            self.refused.emit(Refused(request.id, self._not_open()))
        if self._backend is not None:
            try:
                self._backend.close()
            except Exception:
                logger.exception("Closing the workstation failed")
            self._backend = None
        QThread.currentThread().quit()

    def _publish(self, event: Event) -> None:
        self._raised.append(event)
        self.event_published.emit(event)

    def _not_open(self) -> str:
        """Why a request cannot be carried out before the database is open."""
        return self._waiting_for or translate("BusWorker", NOT_OPEN)

    def _safe(self, message: str) -> str:
        return redact(message, self._secrets)

    def _report_unexpected(self, what: str) -> None:
        self.unexpected_error.emit(self._safe(what), self._safe(traceback.format_exc()))
