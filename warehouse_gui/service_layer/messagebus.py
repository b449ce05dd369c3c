"""The message bus: routes a command to its handler and the events it raises to theirs."""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable
from typing import Any

from warehouse_gui.domain.commands import Command
from warehouse_gui.domain.events import Event
from warehouse_gui.service_layer.unit_of_work import AbstractUnitOfWork

logger = logging.getLogger(__name__)

Message = Command | Event
EventHandler = Callable[[Any], None]
CommandHandler = Callable[[Any], Any]


class MessageBus:
    """Handles one message and everything it leads to, in order, on the calling thread."""

    def __init__(
        self,
        uow: AbstractUnitOfWork,
        event_handlers: dict[type[Event], list[EventHandler]],
        command_handlers: dict[type[Command], CommandHandler],
    ) -> None:
        self.uow = uow
        self.event_handlers = event_handlers
        self.command_handlers = command_handlers

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
                handler(event)
                queue.extend(self.uow.collect_new_events())
            except Exception:
                logger.exception("Event handler %s failed on %r", _name(handler), event)

    def _handle_command(self, command: Command, queue: deque[Message]) -> Any:
        handler = self.command_handlers[type(command)]
        result = handler(command)
        queue.extend(self.uow.collect_new_events())
        return result


def _name(handler: Callable[..., Any]) -> str:
    func = getattr(handler, "func", handler)
    return getattr(func, "__qualname__", repr(handler))
