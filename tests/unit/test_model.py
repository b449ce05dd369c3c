"""The Product aggregate: preference order, quantities, idempotence, events, versions."""

from datetime import date

import pytest

from warehouse_gui.domain.errors import AllocationConflict
from warehouse_gui.domain.events import Allocated, BatchCreated, OutOfStock
from warehouse_gui.domain.model import Batch, Holding, OrderLine, Product

TODAY = date(2026, 11, 26)
TOMORROW = date(2026, 11, 27)
LATER = date(2027, 1, 15)


def test_available_quantity_is_purchased_minus_allocated():
    batch = Batch("b1", "LAMP", 20)
    batch.allocate(OrderLine("o1", "LAMP", 2))
    batch.allocate(OrderLine("o2", "LAMP", 5))
    assert batch.purchased_quantity == 20
    assert batch.allocated_quantity == 7
    assert batch.available_quantity == 13


def test_warehouse_stock_is_preferred_to_shipments():
    in_stock = Batch("in-stock", "CLOCK", 100, eta=None)
    shipment = Batch("shipment", "CLOCK", 100, eta=TOMORROW)
    product = Product("CLOCK", [shipment, in_stock])

    assert product.allocate(OrderLine("o1", "CLOCK", 10)) == "in-stock"
    assert in_stock.available_quantity == 90
    assert shipment.available_quantity == 100


def test_earlier_shipments_are_preferred():
    earliest = Batch("speedy", "SPOON", 100, eta=TODAY)
    medium = Batch("normal", "SPOON", 100, eta=TOMORROW)
    latest = Batch("slow", "SPOON", 100, eta=LATER)
    product = Product("SPOON", [latest, medium, earliest])

    assert product.allocate(OrderLine("o1", "SPOON", 10)) == "speedy"


def test_a_full_preferred_batch_passes_the_line_to_the_next():
    in_stock = Batch("in-stock", "CLOCK", 5)
    shipment = Batch("shipment", "CLOCK", 100, eta=TOMORROW)
    product = Product("CLOCK", [in_stock, shipment])

    assert product.allocate(OrderLine("o1", "CLOCK", 10)) == "shipment"
    assert in_stock.available_quantity == 5


def test_a_line_fits_exactly():
    batch = Batch("b1", "LAMP", 10)
    product = Product("LAMP", [batch])
    product.allocate(OrderLine("o1", "LAMP", 10))
    assert batch.available_quantity == 0


def test_allocation_records_an_event_and_bumps_the_version():
    product = Product("LAMP", [Batch("b1", "LAMP", 10)], version=7)
    product.allocate(OrderLine("o1", "LAMP", 3))
    assert product.events == [Allocated("o1", "LAMP", 3, "b1")]
    assert product.version == 8


def test_allocating_the_same_line_twice_returns_its_batch_and_records_nothing():
    batch = Batch("b1", "LAMP", 10)
    product = Product("LAMP", [batch])
    product.allocate(OrderLine("o1", "LAMP", 3))
    product.events.clear()

    assert product.allocate(OrderLine("o1", "LAMP", 3)) == "b1"
    assert product.events == []
    assert product.version == 1
    assert batch.available_quantity == 7


def test_same_order_and_sku_with_another_quantity_is_refused():
    batch = Batch("b1", "LAMP", 10)
    product = Product("LAMP", [batch])
    product.allocate(OrderLine("o1", "LAMP", 3))

    with pytest.raises(
        AllocationConflict, match=r"o1 already has 3 of LAMP allocated \(3 from b1\)"
    ) as error:
        product.allocate(OrderLine("o1", "LAMP", 4))

    assert error.value.field == "qty"
    assert batch.available_quantity == 7
    assert product.version == 1


def test_out_of_stock_is_an_outcome_recorded_as_an_event_without_changing_stock():
    batch = Batch("b1", "LAMP", 5)
    product = Product("LAMP", [batch, Batch("b2", "LAMP", 3)], version=3)

    assert product.allocate(OrderLine("o1", "LAMP", 9)) is None

    assert product.events == [OutOfStock("LAMP", "o1", 9, available=8)]
    assert batch.available_quantity == 5
    assert product.allocations.find("o1") == Holding(OrderLine("o1", "LAMP", 9))
    assert product.version == 4


def test_adding_a_batch_bumps_the_version_and_records_an_event():
    product = Product("LAMP", [])
    product.add_batch(Batch("b1", "LAMP", 5))
    product.add_batch(Batch("b2", "LAMP", 7, eta=LATER))
    assert product.version == 2
    assert [b.reference for b in product.batches] == ["b1", "b2"]
    assert product.events == [
        BatchCreated("b1", "LAMP", 5, None),
        BatchCreated("b2", "LAMP", 7, "2027-01-15"),
    ]


def test_a_batch_refuses_a_line_of_another_sku():
    batch = Batch("b1", "LAMP", 5)
    assert not batch.can_allocate(OrderLine("o1", "CHAIR", 1))
    batch.allocate(OrderLine("o1", "CHAIR", 1))
    assert batch.available_quantity == 5
