"""Low-stock thresholds stored on SQLite and PostgreSQL, and the warning in the event log."""

import pytest
from sqlalchemy import text

from warehouse_gui import views
from warehouse_gui.adapters import repository
from warehouse_gui.bootstrap import bootstrap
from warehouse_gui.domain import commands
from warehouse_gui.domain.errors import InvalidSku


@pytest.fixture
def bus(uow):
    bus = bootstrap(uow=uow, send_mail=lambda **mail: None)
    bus.handle(commands.CreateBatch("lamp-1", "LAMP", 20))
    bus.handle(commands.CreateBatch("lamp-2", "LAMP", 30, "2027-01-15"))
    return bus


def logged(uow, *types):
    return [(e.type, e.fields) for e in views.events_since(uow) if e.type in types]


def test_the_threshold_is_stored_and_logged(bus, uow, engine):
    bus.handle(commands.SetLowStockThreshold("LAMP", 25))

    with engine.connect() as connection:
        stored = connection.execute(
            text("SELECT low_stock_threshold, version_number FROM products")
        )
        assert stored.one() == (25, 3)
    with uow:
        assert uow.products.get("LAMP").low_stock_threshold == 25
    assert logged(uow, "LowStockThresholdSet") == [
        ("LowStockThresholdSet", {"sku": "LAMP", "threshold": 25, "previous": 0})
    ]


def test_crossing_the_threshold_logs_one_warning(bus, uow):
    bus.handle(commands.SetLowStockThreshold("LAMP", 25))
    bus.handle(commands.Allocate("o1", "LAMP", 20))  # 50 -> 30
    bus.handle(commands.Allocate("o2", "LAMP", 10))  # 30 -> 20: below
    bus.handle(commands.Allocate("o3", "LAMP", 5))  # 20 -> 15: still below
    bus.handle(commands.CreateBatch("lamp-3", "LAMP", 40))  # 55
    bus.handle(commands.Allocate("o4", "LAMP", 31))  # 55 -> 24: below again

    assert logged(uow, "LowStock") == [
        ("LowStock", {"sku": "LAMP", "available": 20, "threshold": 25}),
        ("LowStock", {"sku": "LAMP", "available": 24, "threshold": 25}),
    ]
    assert [(e.type, e.orderid) for e in views.history(uow, sku="LAMP", limit=2)] == [
        ("LowStock", ""),
        ("Allocated", "o4"),
    ]


def test_a_shrunk_delivery_that_crosses_warns_once_even_as_its_lines_move(bus, uow):
    bus.handle(commands.SetLowStockThreshold("LAMP", 40))
    bus.handle(commands.Allocate("o1", "LAMP", 8))  # 42 available
    bus.handle(commands.ChangeBatchQuantity("lamp-1", 5))  # o1 moves to lamp-2: 27

    assert logged(uow, "LowStock") == [
        ("LowStock", {"sku": "LAMP", "available": 35, "threshold": 40}),
    ]
    assert {r.reference: r.allocated for r in views.batches(uow)} == {"lamp-1": 0, "lamp-2": 8}


def test_zero_turns_the_warning_off(bus, uow):
    bus.handle(commands.SetLowStockThreshold("LAMP", 25))
    bus.handle(commands.SetLowStockThreshold("LAMP", 0))
    bus.handle(commands.Allocate("o1", "LAMP", 45))
    assert logged(uow, "LowStock") == []


def test_an_unknown_sku_gets_no_threshold(bus, uow, engine):
    with pytest.raises(InvalidSku):
        bus.handle(commands.SetLowStockThreshold("NOPE", 5))
    with engine.connect() as connection:
        assert connection.execute(text("SELECT sku FROM products")).scalars().all() == ["LAMP"]


def test_the_available_sum_reads_only_the_open_batches_index(sqlite_url):
    """The sum behind the warning must not grow with a SKU's past of full batches."""
    bus = bootstrap(db_url=sqlite_url, send_mail=lambda **mail: None)
    with bus.uow:
        statement = repository._statements().available_on_sqlite
        plan = bus.uow.session.execute(text(f"EXPLAIN QUERY PLAN {statement}"), {"sku": "LAMP"})
        details = " ".join(row[-1] for row in plan)
    assert "USING INDEX ix_batches_open (sku=?)" in details, details
