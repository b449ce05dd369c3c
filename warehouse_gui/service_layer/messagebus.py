"""The message bus: routes a command to its handler and the events it raises to theirs."""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable
from typing import Any, NoReturn

from tenacity import RetryCallState, Retrying, retry_if_exception_type, wait_random_exponential

from warehouse_gui.domain.commands import Command
from warehouse_gui.domain.events import Event
from warehouse_gui.service_layer.unit_of_work import (
    AbstractUnitOfWork,
    ConcurrencyConflict,
    ServerFull,
)
from warehouse_gui.translation import translate

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 10
# Lost a race, or found no free connection on the server: nothing was done, try again.
RETRIED = (ConcurrencyConflict, ServerFull)

Message = Command | Event
EventHandler = Callable[[Any], None]
CommandHandler = Callable[[Any], Any]


class MessageBus:
    """Handles one message and everything it leads to, in order, on the calling thread.

    A handler that loses a race with another writer (``ConcurrencyConflict``), or finds no
    free connection on the server (``ServerFull``), is run again on fresh data, up to
    ``max_attempts`` times, after a random pause of up to 0.001 s * 2 ** attempt (so that
    racing workstations spread out, and a full server has a few seconds to free a slot);
    ``retries`` counts those second chances. Tenacity runs the attempts.
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
        self._retrying = Retrying(
            retry=retry_if_exception_type(RETRIED),
            stop=self._attempts_used_up,
            # Before attempt n + 1: up to 0.004 * 2 ** (n - 1) = 0.001 * 2 ** (n + 1) seconds.
            wait=wait_random_exponential(multiplier=0.004),
            before_sleep=self._count_retry,
            retry_error_callback=self._give_up,
        )

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
        """Run ``handler``, and again under tenacity's rules once it lost a race.

        The first attempt runs on its own: tenacity's bookkeeping costs ~100,000
        instructions a call (a twentieth of an Allocate, measured), and a race is rare.
        Tenacity then replays that lost attempt as its first before trying again.
        """
        try:
            return handler(message)
        except RETRIED as conflict:
            lost: list[ConcurrencyConflict | ServerFull] = [conflict]

        def attempt(message: Message) -> Any:
            if lost:
                raise lost.pop()
            return handler(message)

        return self._retrying(attempt, message)

    def _attempts_used_up(self, state: RetryCallState) -> bool:
        return state.attempt_number >= self.max_attempts

    def _count_retry(self, state: RetryCallState) -> None:
        self.retries += 1
        conflict = state.outcome.exception() if state.outcome else None
        logger.info(
            "Retrying %r (attempt %d): %s", state.args[0], state.attempt_number + 1, conflict
        )

    def _give_up(self, state: RetryCallState) -> NoReturn:
        conflict = state.outcome.exception() if state.outcome else None
        if isinstance(conflict, ServerFull):
            raise conflict
        attempts = state.attempt_number
        raise ConcurrencyConflict(
            translate(
                "MessageBus",
                "Other workstations kept changing the same stock at the same moment; "
                "gave up after %n attempts, nothing was applied. Try again.",
                None,
                attempts,
            )
        ) from conflict


def _name(handler: Callable[..., Any]) -> str:
    func = getattr(handler, "func", handler)
    return getattr(func, "__qualname__", repr(handler))
