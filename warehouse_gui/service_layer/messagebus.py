"""The message bus: routes a command to its handler and the events it raises to theirs."""

from __future__ import annotations

import logging
import random
import time
from collections import deque
from collections.abc import Callable
from typing import Any

from warehouse_gui.domain.commands import Command
from warehouse_gui.domain.events import Event
from warehouse_gui.service_layer.unit_of_work import AbstractUnitOfWork, ConcurrencyConflict

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 10

Message = Command | Event
EventHandler = Callable[[Any], None]
CommandHandler = Callable[[Any], Any]


class MessageBus:
    """Handles one message and everything it leads to, in order, on the calling thread.

    A handler that loses a race with another writer (``ConcurrencyConflict``) is run again
    on fresh data, up to ``max_attempts`` times; ``retries`` counts those second chances.
    """

    def __init__(
        self,
        uow: AbstractUnitOfWork,
        event_handlers: dict[type[Event], list[EventHandler]],
        command_handlers: dict[type[Command], CommandHandler],
        max_attempts: int = MAX_ATTEMPTS,
    ) -> None:
        self.uow = uow
        self.event_handlers = event_handlers
        self.command_handlers = command_handlers
        self.max_attempts = max_attempts
        self.retries = 0

    def handle(self, message: Message) -> list[Any]:
        """Handle ``message`` and the events that follow; return the commands' results.

        A command handler's error propagates to the caller; an event handler's error is
        logged and the remaining handlers still run.
        """
        results: list[Any] = []
        queue: deque[Message] = deque([message])
        while queue:
            message = queue.popleft()
            if isinstance(message, Event):
                self._handle_event(message, queue)
            elif isinstance(message, Command):
                results.append(self._handle_command(message, queue))
            else:
                raise TypeError(f"{message!r} is neither a Command nor an Event")
        return results

    def _handle_event(self, event: Event, queue: deque[Message]) -> None:
        for handler in self.event_handlers.get(type(event), []):
            try:
                self._run(handler, event)
                queue.extend(self.uow.collect_new_events())
            except Exception:
                logger.exception("Event handler %s failed on %r", _name(handler), event)

    def _handle_command(self, command: Command, queue: deque[Message]) -> Any:
        handler = self.command_handlers[type(command)]
        result = self._run(handler, command)
        queue.extend(self.uow.collect_new_events())
        return result

    def _run(self, handler: Callable[[Any], Any], message: Message) -> Any:
        attempt = 1
        while True:
            try:
                return handler(message)
            except ConcurrencyConflict as conflict:
                if attempt >= self.max_attempts:
                    raise ConcurrencyConflict(
                        "Other workstations kept changing the same stock at the same moment; "
                        f"gave up after {attempt} attempts, nothing was applied. Try again."
                    ) from conflict
                attempt += 1
                self.retries += 1
                logger.info("Retrying %r (attempt %d): %s", message, attempt, conflict)
                time.sleep(random.uniform(0, 0.001 * 2**attempt))


def _name(handler: Callable[..., Any]) -> str:
    func = getattr(handler, "func", handler)
    return getattr(func, "__qualname__", repr(handler))
