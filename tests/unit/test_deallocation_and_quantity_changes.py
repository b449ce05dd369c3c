"""Cancelling allocations, correcting batch quantities, and the reallocation chain."""

import pytest

from tests.unit.fakes import make_bus
from warehouse_gui.domain import commands, events
from warehouse_gui.domain.errors import InvalidCommand, InvalidSku, NotAllocated, UnknownBatch
from warehouse_gui.domain.model import Batch, OrderLine, Product


def available(uow, sku):
    return {b.reference: b.available_quantity for b in uow.products.get(sku).batches}


# The aggregate


def test_cancelling_frees_the_stock_and_records_the_batch():
    batch = Batch("b1", "LAMP", 10)
    product = Product("LAMP", [batch])
    product.allocate(OrderLine("o1", "LAMP", 4))
    product.events.clear()

    line = product.deallocate("o1")

    assert line == OrderLine("o1", "LAMP", 4)
    assert batch.available_quantity == 10
    assert product.version == 2
    assert product.events == [events.Deallocated("o1", "LAMP", 4, "b1", events.CANCELLED)]


def test_cancelling_an_order_that_holds_nothing_is_refused():
    product = Product("LAMP", [Batch("b1", "LAMP", 10)])
    with pytest.raises(NotAllocated, match="o9 has no line of LAMP to cancel") as error:
        product.deallocate("o9")
    assert error.value.field == "orderid"
    assert product.version == 0
    assert product.events == []


def test_growing_a_batch_changes_its_quantity_only():
    batch = Batch("b1", "LAMP", 10)
    product = Product("LAMP", [batch])
    product.allocate(OrderLine("o1", "LAMP", 4))
    product.events.clear()

    product.change_batch_quantity("b1", 30)

    assert batch.available_quantity == 26
    assert product.events == [events.BatchQuantityChanged("b1", 30, previous=10)]
    assert product.version == 2


def test_shrinking_below_the_allocations_releases_the_newest_lines_until_it_fits_and_they_wait():
    batch = Batch("b1", "LAMP", 20)
    product = Product("LAMP", [batch])
    for orderid, qty in (("o1", 5), ("o2", 6), ("o3", 7)):
        product.allocate(OrderLine(orderid, "LAMP", qty))
    product.events.clear()

    product.change_batch_quantity("b1", 10)

    assert product.events == [
        events.BatchQuantityChanged("b1", 10, previous=20),
        events.Deallocated("o3", "LAMP", 7, "b1", events.BATCH_SHRUNK),
        events.Deallocated("o2", "LAMP", 6, "b1", events.BATCH_SHRUNK),
        events.OutOfStock("LAMP", "o3", 7, available=5),
        events.OutOfStock("LAMP", "o2", 6, available=5),
    ]
    assert product.allocations.newest_in("b1") == OrderLine("o1", "LAMP", 5)
    assert product.allocations.find("o2").waiting
    assert batch.available_quantity == 5
    assert [line for line, _since in product.allocations.waiting()] == [
        OrderLine("o3", "LAMP", 7),
        OrderLine("o2", "LAMP", 6),
    ]


def test_the_same_quantity_changes_nothing():
    product = Product("LAMP", [Batch("b1", "LAMP", 10)])
    product.change_batch_quantity("b1", 10)
    assert product.events == []
    assert product.version == 0


# Through the bus


def test_deallocate_command_frees_stock_and_is_not_reallocated():
    uow, bus, published = make_bus()
    bus.handle(commands.CreateBatch("b1", "LAMP", 10))
    bus.handle(commands.CreateBatch("b2", "LAMP", 10))
    bus.handle(commands.Allocate("o1", "LAMP", 4))
    published.clear()

    assert bus.handle(commands.Deallocate("o1", "LAMP")) == [None]

    assert available(uow, "LAMP") == {"b1": 10, "b2": 10}
    assert published == [events.Deallocated("o1", "LAMP", 4, "b1", events.CANCELLED)]


def test_deallocate_unknown_sku_or_order_is_refused():
    _, bus, _ = make_bus()
    bus.handle(commands.CreateBatch("b1", "LAMP", 10))
    with pytest.raises(InvalidSku, match="No SKU SOFA"):
        bus.handle(commands.Deallocate("o1", "SOFA"))
    with pytest.raises(NotAllocated, match="o1 has no line of LAMP to cancel"):
        bus.handle(commands.Deallocate("o1", "LAMP"))


def test_change_quantity_of_an_unknown_batch_is_refused():
    _, bus, _ = make_bus()
    with pytest.raises(UnknownBatch, match="No batch has the reference b9") as error:
        bus.handle(commands.ChangeBatchQuantity("b9", 5))
    assert error.value.field == "ref"


def test_the_reallocation_chain_moves_lines_to_another_batch():
    uow, bus, published = make_bus()
    bus.handle(commands.CreateBatch("b1", "LAMP", 20))
    bus.handle(commands.CreateBatch("b2", "LAMP", 20, "2027-01-15"))
    for orderid, qty in (("o1", 8), ("o2", 6), ("o3", 5)):
        bus.handle(commands.Allocate(orderid, "LAMP", qty))
    published.clear()

    bus.handle(commands.ChangeBatchQuantity("b1", 9))

    assert published == [
        events.BatchQuantityChanged("b1", 9, previous=20),
        events.Deallocated("o3", "LAMP", 5, "b1", events.BATCH_SHRUNK),
        events.Deallocated("o2", "LAMP", 6, "b1", events.BATCH_SHRUNK),
        events.Allocated("o3", "LAMP", 5, "b2"),
        events.Allocated("o2", "LAMP", 6, "b2"),
    ]
    assert available(uow, "LAMP") == {"b1": 1, "b2": 9}


def test_a_line_that_fits_nowhere_raises_out_of_stock_and_stays_unallocated():
    uow, bus, published = make_bus()
    bus.handle(commands.CreateBatch("b1", "LAMP", 10))
    bus.handle(commands.CreateBatch("b2", "LAMP", 3, "2027-01-15"))
    bus.handle(commands.Allocate("o1", "LAMP", 4))
    bus.handle(commands.Allocate("o2", "LAMP", 6))
    published.clear()

    bus.handle(commands.ChangeBatchQuantity("b1", 5))

    assert published == [
        events.BatchQuantityChanged("b1", 5, previous=10),
        events.Deallocated("o2", "LAMP", 6, "b1", events.BATCH_SHRUNK),
        events.OutOfStock("LAMP", "o2", 6, available=4),
    ]
    assert available(uow, "LAMP") == {"b1": 1, "b2": 3}
    assert uow.products.get("LAMP").allocations.find("o2").waiting


def test_a_released_line_may_return_to_its_own_batch_when_it_fits_there_again():
    uow, bus, published = make_bus()
    bus.handle(commands.CreateBatch("b1", "LAMP", 10))
    bus.handle(commands.Allocate("o1", "LAMP", 6))
    bus.handle(commands.Allocate("o2", "LAMP", 4))
    published.clear()

    bus.handle(commands.ChangeBatchQuantity("b1", 5))

    assert published == [
        events.BatchQuantityChanged("b1", 5, previous=10),
        events.Deallocated("o2", "LAMP", 4, "b1", events.BATCH_SHRUNK),
        events.Deallocated("o1", "LAMP", 6, "b1", events.BATCH_SHRUNK),
        events.Allocated("o2", "LAMP", 4, "b1"),
        events.OutOfStock("LAMP", "o1", 6, available=1),
    ]
    assert available(uow, "LAMP") == {"b1": 1}


def test_every_change_bumps_the_version():
    uow, bus, _ = make_bus()
    bus.handle(commands.CreateBatch("b1", "LAMP", 10))
    bus.handle(commands.Allocate("o1", "LAMP", 2))
    bus.handle(commands.ChangeBatchQuantity("b1", 12))
    bus.handle(commands.Deallocate("o1", "LAMP"))
    assert uow.products.get("LAMP").version == 4


@pytest.mark.parametrize(
    ("make", "field"),
    [
        (lambda: commands.Deallocate(" ", "LAMP"), "orderid"),
        (lambda: commands.Deallocate("o1", "x" * 65), "sku"),
        (lambda: commands.ChangeBatchQuantity("", 5), "ref"),
        (lambda: commands.ChangeBatchQuantity("b1", -1), "qty"),
        (lambda: commands.ChangeBatchQuantity("b1", 2.5), "qty"),
    ],
)
def test_the_new_commands_validate_like_the_others(make, field):
    with pytest.raises(InvalidCommand) as error:
        make()
    assert error.value.field == field
