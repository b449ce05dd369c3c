"""Lines split across batches, lines waiting for stock, and cancelled batches."""

from datetime import date

import pytest

from tests.unit.fakes import FakeUnitOfWork
from warehouse_gui.bootstrap import bootstrap
from warehouse_gui.domain import commands, events
from warehouse_gui.domain.errors import AllocationConflict
from warehouse_gui.domain.events import (
    Allocated,
    BatchQuantityChanged,
    Deallocated,
    OutOfStock,
    WaitingLineAllocated,
    WaitingLineWithdrawn,
)
from warehouse_gui.domain.model import Batch, Holding, OrderLine, Product

SOON = date(2027, 1, 10)
LATER = date(2027, 2, 1)
SHRUNK, CANCELLED = events.BATCH_SHRUNK, events.CANCELLED


def lamp(*batches: Batch) -> Product:
    return Product("LAMP", list(batches))


def waiting(product: Product) -> list[OrderLine]:
    return [line for line, _since in product.allocations.waiting()]


def allocated(product: Product) -> int:
    return sum(b.allocated_quantity for b in product.batches)


def make_bus():
    uow = FakeUnitOfWork()
    published: list[events.Event] = []
    bus = bootstrap(
        start_orm=False, uow=uow, send_mail=lambda **mail: None, publish=published.append
    )
    return uow, bus, published


# Split lines


def test_a_line_no_batch_can_take_alone_is_split_in_preference_order():
    later, stock, soon = (
        Batch("c", "LAMP", 30, LATER),
        Batch("z", "LAMP", 40),
        Batch("a", "LAMP", 10, SOON),
    )
    product = lamp(later, stock, soon)

    assert product.allocate(OrderLine("o1", "LAMP", 45)) == "z"

    assert product.events == [Allocated("o1", "LAMP", 40, "z"), Allocated("o1", "LAMP", 5, "a")]
    assert product.allocations.find("o1") == Holding(
        OrderLine("o1", "LAMP", 45), (("z", 40), ("a", 5))
    )
    assert (stock.available_quantity, soon.available_quantity, later.available_quantity) == (
        0,
        5,
        30,
    )
    assert product.version == 1


def test_a_line_that_fits_one_batch_is_not_split_even_when_an_earlier_batch_has_some():
    stock, arriving = Batch("s", "LAMP", 10), Batch("a", "LAMP", 50, SOON)
    product = lamp(stock, arriving)
    assert product.allocate(OrderLine("o1", "LAMP", 20)) == "a"
    assert product.events == [Allocated("o1", "LAMP", 20, "a")]


def test_a_split_line_sent_again_returns_its_first_batch_and_records_nothing():
    product = lamp(Batch("b1", "LAMP", 40), Batch("b2", "LAMP", 30, SOON))
    product.allocate(OrderLine("o1", "LAMP", 45))
    product.events.clear()
    assert product.allocate(OrderLine("o1", "LAMP", 45)) == "b1"
    with pytest.raises(AllocationConflict, match=r"\(40 from b1, 5 from b2\)"):
        product.allocate(OrderLine("o1", "LAMP", 50))
    assert product.events == []
    assert allocated(product) == 45


def test_deallocating_a_split_line_releases_every_part():
    b1, b2 = Batch("b1", "LAMP", 40), Batch("b2", "LAMP", 30, SOON)
    product = lamp(b1, b2)
    product.allocate(OrderLine("o1", "LAMP", 45))
    product.events.clear()

    assert product.deallocate("o1") == OrderLine("o1", "LAMP", 45)

    assert product.events == [
        Deallocated("o1", "LAMP", 40, "b1", CANCELLED),
        Deallocated("o1", "LAMP", 5, "b2", CANCELLED),
    ]
    assert (b1.available_quantity, b2.available_quantity) == (40, 30)
    assert product.allocations.find("o1") is None


def test_a_correction_moves_the_part_it_releases_and_keeps_the_line_whole():
    b1, b2, b3 = (
        Batch("b1", "LAMP", 40),
        Batch("b2", "LAMP", 10, SOON),
        Batch("b3", "LAMP", 20, LATER),
    )
    product = lamp(b1, b2, b3)
    product.allocate(OrderLine("o1", "LAMP", 45))  # 40 from b1, 5 from b2
    product.events.clear()

    product.change_batch_quantity("b2", 2)

    assert product.events == [
        BatchQuantityChanged("b2", 2, previous=10),
        Deallocated("o1", "LAMP", 5, "b2", SHRUNK),
        Allocated("o1", "LAMP", 5, "b3"),
    ]
    assert product.allocations.find("o1") == Holding(
        OrderLine("o1", "LAMP", 45), (("b1", 40), ("b3", 5))
    )
    assert allocated(product) == 45


def test_a_released_part_that_returns_to_a_batch_holding_another_part_joins_it():
    b1, b2 = Batch("b1", "LAMP", 10), Batch("b2", "LAMP", 10, SOON)
    product = lamp(b1, b2)
    product.allocate(OrderLine("o1", "LAMP", 4))  # b1: 6 left
    product.allocate(OrderLine("o2", "LAMP", 12))  # 6 from b1, 6 from b2
    product.events.clear()

    product.change_batch_quantity("b1", 7)  # over by 3: o2's 6 leave, 3 of them fit back

    assert product.events[-2:] == [
        Allocated("o2", "LAMP", 3, "b1"),
        Allocated("o2", "LAMP", 3, "b2"),
    ]
    assert product.allocations.find("o2") == Holding(
        OrderLine("o2", "LAMP", 12), (("b2", 9), ("b1", 3))
    )
    assert (b1.available_quantity, b2.available_quantity) == (0, 1)


def test_a_part_that_fits_nowhere_releases_the_whole_line_which_waits():
    b1, b2 = Batch("b1", "LAMP", 40), Batch("b2", "LAMP", 10, SOON)
    product = lamp(b1, b2)
    product.allocate(OrderLine("o1", "LAMP", 45))
    product.events.clear()

    product.change_batch_quantity("b1", 30)

    assert product.events == [
        BatchQuantityChanged("b1", 30, previous=40),
        Deallocated("o1", "LAMP", 40, "b1", SHRUNK),
        Deallocated("o1", "LAMP", 5, "b2", SHRUNK),
        OutOfStock("LAMP", "o1", 45, available=40),
    ]
    assert allocated(product) == 0
    assert waiting(product) == [OrderLine("o1", "LAMP", 45)]


def test_out_of_stock_allocates_nothing_and_the_line_waits():
    product = lamp(Batch("b1", "LAMP", 40), Batch("b2", "LAMP", 30, SOON))
    assert product.allocate(OrderLine("o1", "LAMP", 71)) is None
    assert product.events == [OutOfStock("LAMP", "o1", 71, available=70)]
    assert allocated(product) == 0
    assert product.allocations.find("o1").waiting


# Waiting lines


def test_a_waiting_line_sent_again_changes_nothing_and_another_quantity_is_refused():
    product = lamp(Batch("b1", "LAMP", 5))
    product.allocate(OrderLine("o1", "LAMP", 9))
    product.events.clear()
    version = product.version

    assert product.allocate(OrderLine("o1", "LAMP", 9)) is None
    with pytest.raises(AllocationConflict, match="o1 already waits for 9 of LAMP") as error:
        product.allocate(OrderLine("o1", "LAMP", 3))

    assert error.value.field == "qty"
    assert product.events == []
    assert product.version == version
    assert waiting(product) == [OrderLine("o1", "LAMP", 9)]


def test_a_new_batch_allocates_the_waiting_lines_oldest_first_skipping_those_it_cannot_take():
    product = lamp(Batch("b1", "LAMP", 2))
    for orderid, qty in (("o1", 5), ("o2", 30), ("o3", 4), ("o4", 2)):
        product.allocate(OrderLine(orderid, "LAMP", qty))
    assert [line.orderid for line in waiting(product)] == ["o1", "o2", "o3"]
    since = dict((line.orderid, at) for line, at in product.allocations.waiting())
    product.events.clear()

    product.add_batch(Batch("b2", "LAMP", 10))

    assert product.events[1:] == [
        Allocated("o1", "LAMP", 5, "b2"),
        WaitingLineAllocated("o1", "LAMP", 5, since["o1"]),
        Allocated("o3", "LAMP", 4, "b2"),
        WaitingLineAllocated("o3", "LAMP", 4, since["o3"]),
    ]
    assert waiting(product) == [OrderLine("o2", "LAMP", 30)]
    assert product.allocations.find("o1") == Holding(OrderLine("o1", "LAMP", 5), (("b2", 5),))


def test_a_waiting_line_is_split_when_the_new_stock_and_the_old_together_cover_it():
    product = lamp(Batch("b1", "LAMP", 20))
    product.allocate(OrderLine("o1", "LAMP", 45))
    product.add_batch(Batch("b2", "LAMP", 30, SOON))
    assert product.allocations.find("o1") == Holding(
        OrderLine("o1", "LAMP", 45), (("b1", 20), ("b2", 25))
    )
    assert waiting(product) == []


def test_a_larger_delivery_allocates_waiting_lines():
    product = lamp(Batch("b1", "LAMP", 5))
    product.allocate(OrderLine("o1", "LAMP", 8))
    product.change_batch_quantity("b1", 8)
    assert product.events[-2:] == [
        Allocated("o1", "LAMP", 8, "b1"),
        WaitingLineAllocated("o1", "LAMP", 8, product.events[-1].waited_since),
    ]
    assert waiting(product) == []


def test_a_cancelled_allocation_gives_its_stock_to_the_oldest_waiting_line():
    product = lamp(Batch("b1", "LAMP", 10))
    product.allocate(OrderLine("o1", "LAMP", 10))
    product.allocate(OrderLine("o2", "LAMP", 7))
    product.allocate(OrderLine("o3", "LAMP", 3))
    product.events.clear()

    product.deallocate("o1")

    assert [type(e).__name__ for e in product.events] == [
        "Deallocated",
        "Allocated",
        "WaitingLineAllocated",
        "Allocated",
        "WaitingLineAllocated",
    ]
    assert waiting(product) == []
    assert allocated(product) == 10


def test_cancelling_a_waiting_line_withdraws_it_and_frees_nothing():
    b1 = Batch("b1", "LAMP", 3)
    product = lamp(b1)
    product.allocate(OrderLine("o1", "LAMP", 5))
    product.events.clear()

    assert product.deallocate("o1") == OrderLine("o1", "LAMP", 5)

    assert product.events == [WaitingLineWithdrawn("o1", "LAMP", 5)]
    assert waiting(product) == []
    assert b1.available_quantity == 3
    product.add_batch(Batch("b2", "LAMP", 10))
    assert allocated(product) == 0, "a withdrawn line is not allocated when stock comes"


# Cancelling a batch


def test_correcting_a_batch_to_0_cancels_it_and_its_lines_move_or_wait():
    mistake, other = Batch("b1", "LAMP", 50), Batch("b2", "LAMP", 10, SOON)
    product = lamp(mistake, other)
    product.allocate(OrderLine("o1", "LAMP", 8))
    product.allocate(OrderLine("o2", "LAMP", 20))
    product.events.clear()

    product.change_batch_quantity("b1", 0)

    assert product.events == [
        BatchQuantityChanged("b1", 0, previous=50),
        Deallocated("o2", "LAMP", 20, "b1", SHRUNK),
        Deallocated("o1", "LAMP", 8, "b1", SHRUNK),
        OutOfStock("LAMP", "o2", 20, available=10),
        Allocated("o1", "LAMP", 8, "b2"),
    ]
    assert mistake.available_quantity == 0
    assert product.batches.available_quantity() == 2, "no phantom stock is left"
    assert waiting(product) == [OrderLine("o2", "LAMP", 20)]


# Through the bus, over several SKUs


def test_stock_arriving_for_one_sku_allocates_only_its_own_waiting_lines():
    uow, bus, published = make_bus()
    bus.handle(commands.CreateBatch("l1", "LAMP", 1))
    bus.handle(commands.CreateBatch("s1", "SOFA", 1))
    assert bus.handle(commands.Allocate("o1", "LAMP", 4)) == [None]
    assert bus.handle(commands.Allocate("o2", "SOFA", 4)) == [None]
    published.clear()

    bus.handle(
        commands.ImportBatches(
            (commands.CreateBatch("s2", "SOFA", 5), commands.CreateBatch("x1", "DESK", 5)),
            (1, 2),
        )
    )

    of_sofa = [
        (type(e).__name__, getattr(e, "orderid", ""))
        for e in published
        if getattr(e, "sku", "") == "SOFA"
    ]
    assert of_sofa == [("BatchCreated", ""), ("Allocated", "o2"), ("WaitingLineAllocated", "o2")]
    assert [e for e in published if getattr(e, "sku", "") == "LAMP"] == []
    assert waiting(uow.products.get("LAMP")) == [OrderLine("o1", "LAMP", 4)]
    assert waiting(uow.products.get("SOFA")) == []


def test_allocate_returns_the_first_batch_of_a_split_line_through_the_bus():
    _, bus, published = make_bus()
    bus.handle(commands.CreateBatch("b1", "LAMP", 40))
    bus.handle(commands.CreateBatch("b2", "LAMP", 30, "2027-01-10"))
    published.clear()
    assert bus.handle(commands.Allocate("o1", "LAMP", 45)) == ["b1"]
    assert published == [Allocated("o1", "LAMP", 40, "b1"), Allocated("o1", "LAMP", 5, "b2")]
