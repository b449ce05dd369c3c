"""The bus and its handlers, with the fake unit of work."""

import logging
import time
from functools import partial

import pytest

from tests.unit.fakes import FakeUnitOfWork
from warehouse_gui.bootstrap import bootstrap
from warehouse_gui.domain import commands, events
from warehouse_gui.domain.errors import DuplicateBatch, InvalidSku
from warehouse_gui.service_layer import handlers
from warehouse_gui.service_layer.messagebus import MessageBus
from warehouse_gui.service_layer.unit_of_work import ConcurrencyConflict, ServerFull


def make_bus(**kwargs):
    uow = FakeUnitOfWork()
    kwargs.setdefault("send_mail", lambda **mail: None)
    return uow, bootstrap(start_orm=False, uow=uow, **kwargs)


def test_create_batch_makes_a_product_and_commits():
    uow, bus = make_bus()
    assert bus.handle(commands.CreateBatch("b1", "LAMP", 100, None)) == [None]
    product = uow.products.get("LAMP")
    assert [b.reference for b in product.batches] == ["b1"]
    assert uow.committed


def test_create_batch_adds_to_an_existing_product():
    uow, bus = make_bus()
    bus.handle(commands.CreateBatch("b1", "LAMP", 100, None))
    bus.handle(commands.CreateBatch("b2", "LAMP", 99, "2026-12-01"))
    product = uow.products.get("LAMP")
    assert [b.reference for b in product.batches] == ["b1", "b2"]
    assert str(product.batches[1].eta) == "2026-12-01"


def test_duplicate_batch_reference_is_an_error():
    uow, bus = make_bus()
    bus.handle(commands.CreateBatch("b1", "LAMP", 100))
    commits = uow.commits
    with pytest.raises(DuplicateBatch, match="A batch with reference b1 already exists"):
        bus.handle(commands.CreateBatch("b1", "CHAIR", 5))
    assert uow.commits == commits
    assert uow.products.get("CHAIR") is None


def test_allocate_returns_the_batch_reference():
    _, bus = make_bus()
    bus.handle(commands.CreateBatch("b1", "LAMP", 100))
    assert bus.handle(commands.Allocate("o1", "LAMP", 10)) == ["b1"]


def test_allocate_to_unknown_sku_raises_invalid_sku():
    uow, bus = make_bus()
    with pytest.raises(InvalidSku, match="No SKU NOPE") as error:
        bus.handle(commands.Allocate("o1", "NOPE", 10))
    assert error.value.field == "sku"
    assert not uow.committed


def test_out_of_stock_returns_none_and_dispatches_the_event():
    published = []
    _, bus = make_bus(publish=published.append)
    bus.handle(commands.CreateBatch("b1", "LAMP", 5))
    published.clear()
    assert bus.handle(commands.Allocate("o1", "LAMP", 10)) == [None]
    assert published == [events.OutOfStock("LAMP", "o1", 10, available=5)]


def test_every_event_type_has_an_entry_so_that_it_is_published():
    assert set(events.EVENT_TYPES.values()) <= set(handlers.EVENT_HANDLERS)


def test_every_event_is_published_after_the_domain_handlers():
    order = []
    _, bus = make_bus(
        publish=lambda event: order.append(("publish", event)),
        send_mail=lambda **mail: order.append(("mail", mail["subject"])),
    )
    bus.handle(commands.CreateBatch("b1", "LAMP", 5))
    bus.handle(commands.Allocate("o1", "LAMP", 5))
    bus.handle(commands.Allocate("o2", "LAMP", 1))
    assert order == [
        ("publish", events.BatchCreated("b1", "LAMP", 5, None)),
        ("publish", events.Allocated("o1", "LAMP", 5, "b1")),
        ("mail", "Out of stock: LAMP for o2"),
        ("publish", events.OutOfStock("LAMP", "o2", 1, available=0)),
    ]


def test_out_of_stock_email_goes_to_the_configured_recipient(monkeypatch):
    monkeypatch.setenv("WAREHOUSE_ALERT_EMAIL", "buyers@example.org")
    mails = []
    _, bus = make_bus(send_mail=lambda **mail: mails.append(mail))
    bus.handle(commands.CreateBatch("b1", "LAMP", 1))
    bus.handle(commands.Allocate("o1", "LAMP", 2))
    assert mails == [
        {
            "to": "buyers@example.org",
            "subject": "Out of stock: LAMP for o1",
            "body": "o1 wants 2 of LAMP; available in stock and arriving: 1. The line "
            "waits, and is allocated as soon as enough stock arrives.",
        }
    ]


def test_a_failing_event_handler_is_logged_and_does_not_fail_the_command(caplog):
    def broken_mail(**mail):
        raise ConnectionRefusedError("mail server down")

    published = []
    _, bus = make_bus(send_mail=broken_mail, publish=published.append)
    bus.handle(commands.CreateBatch("b1", "LAMP", 1))
    published.clear()

    with caplog.at_level(logging.ERROR):
        assert bus.handle(commands.Allocate("o1", "LAMP", 2)) == [None]

    record = next(r for r in caplog.records if "send_out_of_stock_notification" in r.getMessage())
    assert record.exc_info[0] is ConnectionRefusedError
    assert "mail server down" in caplog.text
    assert published == [events.OutOfStock("LAMP", "o1", 2, available=1)], (
        "later handlers still run"
    )


def test_events_raised_by_event_handlers_are_handled():
    uow = FakeUnitOfWork()
    seen = []

    def reorder_on_out_of_stock(event, uow):
        with uow:
            product = uow.products.get(event.sku)
            product.events.append(events.Allocated("restock", event.sku, 0, "none"))

    bus = MessageBus(
        uow=uow,
        event_handlers={
            events.OutOfStock: [partial(reorder_on_out_of_stock, uow=uow)],
            events.Allocated: [seen.append],
        },
        command_handlers={},
    )
    bootstrap(start_orm=False, uow=uow).handle(commands.CreateBatch("b1", "LAMP", 1))
    bus.handle(events.OutOfStock("LAMP"))
    assert seen == [events.Allocated("restock", "LAMP", 0, "none")]


def test_handle_returns_one_result_per_command():
    _, bus = make_bus()
    assert bus.handle(commands.CreateBatch("b1", "LAMP", 1)) == [None]
    assert bus.handle(commands.Allocate("o1", "LAMP", 1)) == ["b1"]
    assert bus.handle(events.OutOfStock("LAMP")) == []


def test_a_message_that_is_neither_command_nor_event_is_refused():
    _, bus = make_bus()
    with pytest.raises(TypeError, match="neither a Command nor an Event"):
        bus.handle("Allocate o1")


class FlakyHandler:
    """Loses the race with another writer ``losses`` times, then succeeds."""

    def __init__(self, losses):
        self.losses = losses
        self.calls = 0

    def __call__(self, command):
        self.calls += 1
        if self.calls <= self.losses:
            raise ConcurrencyConflict("another writer was first")
        return "b1"


def test_a_lost_race_is_retried_on_fresh_data():
    handler = FlakyHandler(losses=3)
    bus = MessageBus(FakeUnitOfWork(), {}, {commands.Allocate: handler})
    assert bus.handle(commands.Allocate("o1", "LAMP", 1)) == ["b1"]
    assert handler.calls == 4
    assert bus.retries == 3


def test_when_retries_run_out_the_user_is_told_and_nothing_applies():
    handler = FlakyHandler(losses=100)
    bus = MessageBus(FakeUnitOfWork(), {}, {commands.Allocate: handler}, max_attempts=4)
    with pytest.raises(ConcurrencyConflict, match="gave up after 4 attempts") as error:
        bus.handle(commands.Allocate("o1", "LAMP", 1))
    assert "Try again" in str(error.value)
    assert handler.calls == 4


class FullServer:
    """Finds no free connection on the server ``refusals`` times, then succeeds."""

    def __init__(self, refusals):
        self.refusals = refusals
        self.calls = 0

    def __call__(self, command):
        self.calls += 1
        if self.calls <= self.refusals:
            raise ServerFull("The database server has no free connection for this desk right now")
        return "b1"


def test_a_command_that_found_no_free_connection_is_tried_again():
    handler = FullServer(refusals=2)
    bus = MessageBus(FakeUnitOfWork(), {}, {commands.Allocate: handler})
    assert bus.handle(commands.Allocate("o1", "LAMP", 1)) == ["b1"]
    assert (handler.calls, bus.retries) == (3, 2)


def test_a_server_that_stays_full_is_said_so_not_taken_for_a_lost_race():
    handler = FullServer(refusals=100)
    bus = MessageBus(FakeUnitOfWork(), {}, {commands.Allocate: handler}, max_attempts=3)
    with pytest.raises(ServerFull, match="no free connection for this desk"):
        bus.handle(commands.Allocate("o1", "LAMP", 1))
    assert handler.calls == 3


def test_event_handlers_are_retried_too():
    handler = FlakyHandler(losses=2)
    bus = MessageBus(FakeUnitOfWork(), {events.OutOfStock: [handler]}, {})
    bus.handle(events.OutOfStock("LAMP"))
    assert handler.calls == 3


def test_each_retry_waits_a_random_while_that_doubles_and_is_logged(monkeypatch, caplog):
    pauses = []
    monkeypatch.setattr(time, "sleep", pauses.append)
    handler = FlakyHandler(losses=100)
    bus = MessageBus(FakeUnitOfWork(), {}, {commands.Allocate: handler}, max_attempts=6)
    with (
        caplog.at_level(logging.INFO, logger="warehouse_gui.service_layer.messagebus"),
        pytest.raises(ConcurrencyConflict) as error,
    ):
        bus.handle(commands.Allocate("o1", "LAMP", 1))

    assert len(pauses) == bus.retries == 5
    for attempt, pause in enumerate(pauses, start=2):
        assert 0 <= pause <= 0.001 * 2**attempt
    retried = [r.getMessage() for r in caplog.records if r.getMessage().startswith("Retrying")]
    assert [message.split("(attempt ")[1][0] for message in retried] == ["2", "3", "4", "5", "6"]
    assert "another writer was first" in retried[0]
    assert str(error.value) == (
        "Other workstations kept changing the same stock at the same moment; "
        "gave up after 6 attempts, nothing was applied. Try again."
    )
    assert str(error.value.__cause__) == "another writer was first"


def test_other_errors_are_not_retried():
    calls = []

    def broken(command):
        calls.append(command)
        raise ValueError("not a race")

    bus = MessageBus(FakeUnitOfWork(), {}, {commands.Allocate: broken})
    with pytest.raises(ValueError, match="not a race"):
        bus.handle(commands.Allocate("o1", "LAMP", 1))
    assert len(calls) == 1
    assert bus.retries == 0


def test_fewer_attempts_set_after_the_bus_was_made_apply():
    handler = FlakyHandler(losses=100)
    bus = MessageBus(FakeUnitOfWork(), {}, {commands.Allocate: handler})
    bus.max_attempts = 1
    with pytest.raises(ConcurrencyConflict, match="gave up after 1 attempts"):
        bus.handle(commands.Allocate("o1", "LAMP", 1))
    assert handler.calls == 1
    assert bus.retries == 0
