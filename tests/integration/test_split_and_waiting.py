"""Split lines and waiting lines as stored on SQLite and PostgreSQL, and two desks
receiving stock for the same waiting lines at once."""

import threading
from collections import Counter

from sqlalchemy import select

from warehouse_gui import views
from warehouse_gui.adapters import orm
from warehouse_gui.bootstrap import bootstrap, database_unit_of_work
from warehouse_gui.domain import commands


def desk(db_url, origin):
    uow = database_unit_of_work(db_url, origin=origin)
    return uow, bootstrap(uow=uow, send_mail=lambda **mail: None)


def parts(uow):
    query = (
        select(orm.allocations.c.orderid, orm.batches.c.reference, orm.allocations.c.qty)
        .join(orm.batches)
        .order_by(orm.allocations.c.id)
    )
    with uow:
        return [tuple(row) for row in uow.session.execute(query)]


def logged(uow, *types):
    return [entry for entry in views.events_since(uow) if entry.type in types]


def test_a_split_line_is_stored_part_by_part_and_cancelled_whole(db_url):
    uow, bus = desk(db_url, "desk-1")
    bus.handle(commands.CreateBatch("b1", "LAMP", 40))
    bus.handle(commands.CreateBatch("b2", "LAMP", 30, "2027-01-10"))

    assert bus.handle(commands.Allocate("o1", "LAMP", 45)) == ["b1"]

    assert parts(uow) == [("o1", "b1", 40), ("o1", "b2", 5)]
    assert [(r.reference, r.allocated) for r in views.batches(uow)] == [("b1", 40), ("b2", 5)]
    assert [(a.qty, a.batchref) for a in views.order_allocations(uow, "o1")] == [
        (40, "b1"),
        (5, "b2"),
    ]
    assert [e.fields["qty"] for e in logged(uow, "Allocated")] == [40, 5]

    bus.handle(commands.Deallocate("o1", "LAMP"))
    assert parts(uow) == []
    assert [r.allocated for r in views.batches(uow)] == [0, 0]


def test_a_waiting_line_is_listed_then_allocated_when_stock_arrives(db_url):
    uow, bus = desk(db_url, "desk-1")
    bus.handle(commands.CreateBatch("b1", "LAMP", 10))
    assert bus.handle(commands.Allocate("o1", "LAMP", 25)) == [None]
    assert bus.handle(commands.Allocate("o2", "LAMP", 4)) == ["b1"]

    [line] = views.waiting_lines(uow)
    assert (line.orderid, line.sku, line.qty) == ("o1", "LAMP", 25)
    assert line.since.tzinfo is not None
    assert views.waiting_lines(uow, orderid="o2") == []
    assert [(a.sku, a.qty) for a in views.order_allocations(uow, "o1")] == []

    bus.handle(commands.ChangeBatchQuantity("b1", 29))

    assert views.waiting_lines(uow) == []
    assert parts(uow) == [("o2", "b1", 4), ("o1", "b1", 25)]
    [notice] = logged(uow, "WaitingLineAllocated")
    assert notice.orderid == "o1"
    assert notice.fields["qty"] == 25
    assert notice.fields["waited_since"] == line.since.isoformat()


def test_a_waiting_line_cancelled_is_withdrawn_and_a_cancelled_batch_leaves_no_stock(db_url):
    uow, bus = desk(db_url, "desk-1")
    bus.handle(commands.CreateBatch("b1", "LAMP", 10))
    bus.handle(commands.Allocate("o1", "LAMP", 30))
    bus.handle(commands.Allocate("o2", "LAMP", 6))

    bus.handle(commands.Deallocate("o1", "LAMP"))
    bus.handle(commands.ChangeBatchQuantity("b1", 0))

    assert [(r.reference, r.purchased, r.allocated) for r in views.batches(uow)] == [("b1", 0, 0)]
    assert [(w.orderid, w.qty) for w in views.waiting_lines(uow)] == [("o2", 6)]
    assert [e.type for e in logged(uow, "WaitingLineWithdrawn", "OutOfStock")] == [
        "OutOfStock",
        "WaitingLineWithdrawn",
        "OutOfStock",
    ]


def test_an_import_is_logged_in_the_file_order_across_skus(db_url):
    uow, bus = desk(db_url, "desk-1")
    skus = ["SOFA", "LAMP", "DESK", "LAMP", "CHAIR"]
    batches = tuple(commands.CreateBatch(f"b{n}", sku, 5) for n, sku in enumerate(skus))
    bus.handle(commands.ImportBatches(batches, tuple(range(2, len(skus) + 2))))
    assert [e.fields["ref"] for e in logged(uow, "BatchCreated")] == ["b0", "b1", "b2", "b3", "b4"]


def test_two_desks_receiving_at_once_allocate_each_waiting_line_exactly_once(db_url):
    """Forty lines wait (119 units); two desks then receive twenty batches of 3 each, at
    once. Every line is allocated once, whole, and no unit twice: 2 units are left."""
    uow, bus = desk(db_url, "desk-0")
    bus.handle(commands.CreateBatch("seed", "LAMP", 1))
    wanted = {f"o{n}": 2 + n % 3 for n in range(40)}
    for orderid, qty in wanted.items():
        assert bus.handle(commands.Allocate(orderid, "LAMP", qty)) == [None]
    assert len(views.waiting_lines(uow)) == 40
    start = threading.Barrier(2)
    failures = []

    def receive(station):
        try:
            _, own = desk(db_url, station)
            start.wait()
            for n in range(20):
                own.handle(commands.CreateBatch(f"{station}-{n}", "LAMP", 3))
        except Exception as error:  # reported by the assertion below
            failures.append(error)

    desks = [threading.Thread(target=receive, args=(f"desk-{n}",)) for n in (1, 2)]
    for thread in desks:
        thread.start()
    for thread in desks:
        thread.join(timeout=300)

    assert failures == []
    assert views.waiting_lines(uow) == []
    notices = Counter(e.orderid for e in logged(uow, "WaitingLineAllocated"))
    assert notices == Counter(set(wanted)), "every line allocated exactly once"
    held = Counter()
    for orderid, _reference, qty in parts(uow):
        held[orderid] += qty
    assert held == Counter(wanted), "each line whole"
    rows = views.batches(uow)
    assert all(0 <= r.allocated <= r.purchased for r in rows), "no unit allocated twice"
    assert sum(r.available for r in rows) == 121 - 119
    origins = {e.origin for e in logged(uow, "WaitingLineAllocated")}
    assert origins == {"desk-1", "desk-2"}, "both desks allocated some"
