"""Low-stock warnings: a per-SKU threshold, and ``LowStock`` when a change crosses it."""

from datetime import date

import pytest

from tests.unit.fakes import FakeUnitOfWork
from warehouse_gui.bootstrap import bootstrap
from warehouse_gui.domain import commands, events
from warehouse_gui.domain.errors import InvalidCommand, InvalidSku
from warehouse_gui.domain.model import Batch, OrderLine, Product

MAX = 2**31 - 1


def lamp(threshold=10, stock=20, arriving=0):
    batches = [Batch("stock", "LAMP", stock)]
    if arriving:
        batches.append(Batch("ship", "LAMP", arriving, eta=date(2027, 1, 15)))
    return Product("LAMP", batches, low_stock_threshold=threshold)


def low_stock_events(product):
    return [event for event in product.events if isinstance(event, events.LowStock)]


def allocate(product, orderid, qty):
    return product.allocate(OrderLine(orderid, "LAMP", qty))


def test_crossing_below_the_threshold_raises_low_stock_once():
    product = lamp(threshold=10, stock=20)
    allocate(product, "o1", 10)  # 20 -> 10: not below yet
    assert low_stock_events(product) == []
    allocate(product, "o2", 1)  # 10 -> 9: crossed
    assert low_stock_events(product) == [events.LowStock("LAMP", 9, 10)]
    allocate(product, "o3", 4)  # 9 -> 5: still below, nothing new
    assert low_stock_events(product) == [events.LowStock("LAMP", 9, 10)]


def test_the_event_follows_the_allocation_it_reports():
    product = lamp(threshold=15, stock=20)
    allocate(product, "o1", 6)
    assert [type(event) for event in product.events] == [events.Allocated, events.LowStock]


def test_after_a_restock_the_next_crossing_warns_again():
    product = lamp(threshold=10, stock=12)
    allocate(product, "o1", 5)  # 12 -> 7
    product.add_batch(Batch("more", "LAMP", 10))  # 7 -> 17
    allocate(product, "o2", 3)  # 17 -> 14
    allocate(product, "o3", 6)  # 14 -> 8
    assert low_stock_events(product) == [
        events.LowStock("LAMP", 7, 10),
        events.LowStock("LAMP", 8, 10),
    ]


def test_cancelling_lifts_the_stock_back_and_re_crossing_warns_again():
    product = lamp(threshold=10, stock=12)
    allocate(product, "o1", 5)
    product.deallocate("o1")  # back to 12
    allocate(product, "o2", 5)
    assert len(low_stock_events(product)) == 2


def test_available_counts_batches_still_arriving():
    product = lamp(threshold=10, stock=5, arriving=20)  # 25 available, 5 of them in stock
    allocate(product, "o1", 5)  # 25 -> 20: the shipment still covers the threshold
    assert low_stock_events(product) == []
    allocate(product, "o2", 11)  # 20 -> 9
    assert low_stock_events(product) == [events.LowStock("LAMP", 9, 10)]


def test_no_threshold_means_no_warning_and_no_sum(monkeypatch):
    product = lamp(threshold=0, stock=5)

    def refuse():
        raise AssertionError("summed the available quantity without a threshold")

    monkeypatch.setattr(product.batches, "available_quantity", refuse)
    allocate(product, "o1", 5)
    assert low_stock_events(product) == []


def test_going_out_of_stock_is_not_also_a_low_stock_warning():
    product = lamp(threshold=10, stock=12)
    assert allocate(product, "o1", 13) is None
    assert [type(event) for event in product.events] == [events.OutOfStock]


def test_a_smaller_delivery_that_crosses_the_threshold_warns():
    product = lamp(threshold=10, stock=20)
    allocate(product, "o1", 4)  # 16 available
    product.change_batch_quantity("stock", 12)  # 12 - 4 = 8 available
    assert low_stock_events(product) == [events.LowStock("LAMP", 8, 10)]


def test_a_delivery_shrunk_below_its_allocations_counts_what_it_released_and_reallocated():
    product = lamp(threshold=5, stock=10, arriving=10)
    allocate(product, "o1", 8)  # 12 available: 2 in stock, 10 arriving
    product.change_batch_quantity("stock", 6)  # o1 moves to the arriving batch: 6 + 2
    assert low_stock_events(product) == []
    assert product.batches.available_quantity() == 8
    product.change_batch_quantity("stock", 2)  # 2 + 2: below 5
    assert low_stock_events(product) == [events.LowStock("LAMP", 4, 5)]


def test_setting_the_threshold_records_it_once_and_bumps_the_version():
    product = lamp(threshold=0)
    product.set_low_stock_threshold(10)
    product.set_low_stock_threshold(10)
    assert product.low_stock_threshold == 10
    assert product.events == [events.LowStockThresholdSet("LAMP", 10)]
    assert product.version == 1


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (-1, "Threshold must be a whole number, 0 or more, got -1"),
        (MAX + 1, "Threshold is larger than any stock this app can record, got 2147483648"),
        (2.5, "Threshold must be a whole number, 0 or more, got 2.5"),
        ("ten", "Threshold must be a whole number, 0 or more, got 'ten'"),
        (True, "Threshold must be a whole number, 0 or more, got True"),
    ],
)
def test_a_bad_threshold_is_refused(value, message):
    with pytest.raises(InvalidCommand) as error:
        commands.SetLowStockThreshold("LAMP", value)
    assert str(error.value) == message
    assert error.value.field == "threshold"


def test_zero_and_the_largest_threshold_are_accepted():
    assert commands.SetLowStockThreshold(" LAMP ", 0) == commands.SetLowStockThreshold("LAMP", 0)
    assert commands.SetLowStockThreshold("LAMP", MAX).threshold == MAX


def make_bus():
    uow = FakeUnitOfWork()
    mails = []
    bus = bootstrap(start_orm=False, uow=uow, send_mail=lambda **mail: mails.append(mail))
    return uow, bus, mails


def test_the_bus_sets_the_threshold_and_mails_the_warning():
    uow, bus, mails = make_bus()
    bus.handle(commands.CreateBatch("b1", "LAMP", 20))
    bus.handle(commands.SetLowStockThreshold("LAMP", 10))
    bus.handle(commands.Allocate("o1", "LAMP", 12))
    assert uow.products.get("LAMP").low_stock_threshold == 10
    [mail] = mails
    assert mail["subject"] == "Low stock: LAMP"
    assert "8 units available" in mail["body"] and "threshold of 10" in mail["body"]


def test_a_threshold_for_a_sku_without_batches_is_refused():
    uow, bus, _ = make_bus()
    with pytest.raises(
        InvalidSku, match="no batch of it has been received; create a batch first"
    ) as error:
        bus.handle(commands.SetLowStockThreshold("NOPE", 5))
    assert error.value.field == "sku"
    assert uow.commits == 0


def test_a_threshold_set_above_what_is_available_warns_at_once():
    product = lamp(threshold=0, stock=20)
    allocate(product, "o1", 12)  # 8 available
    product.events.clear()
    product.set_low_stock_threshold(10)
    assert product.events == [
        events.LowStockThresholdSet("LAMP", 10, 0),
        events.LowStock("LAMP", 8, 10),
    ]


def test_a_threshold_moved_while_already_below_both_does_not_warn_again():
    product = lamp(threshold=10, stock=20)
    allocate(product, "o1", 12)  # 8 available: warned at 10 already
    product.events.clear()
    product.set_low_stock_threshold(15)
    assert low_stock_events(product) == []
    product.set_low_stock_threshold(5)  # no longer below
    product.set_low_stock_threshold(9)  # below again
    assert low_stock_events(product) == [events.LowStock("LAMP", 8, 9)]


def test_a_threshold_at_or_below_what_is_available_does_not_warn():
    product = lamp(threshold=0, stock=20)
    product.set_low_stock_threshold(20)
    product.set_low_stock_threshold(0)
    assert low_stock_events(product) == []
