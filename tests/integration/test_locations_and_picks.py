"""Locations, picks and shortages as stored on SQLite and PostgreSQL: the rows a desk
reads back, the log, what is refused leaving both unchanged, and ``verify`` agreeing."""

import io

import pytest
from sqlalchemy import create_engine, select, text

from warehouse_gui import exports, verification, views
from warehouse_gui.adapters import orm
from warehouse_gui.batch_import import parse_batches
from warehouse_gui.bootstrap import bootstrap, database_unit_of_work
from warehouse_gui.domain import commands
from warehouse_gui.domain.model import PickRefused


@pytest.fixture
def desk(db_url):
    uow = database_unit_of_work(db_url)
    bus = bootstrap(uow=uow, send_mail=lambda **mail: None)
    yield uow, bus.handle
    uow.session_factory.kw["bind"].dispose()


def parts(uow):
    query = (
        select(
            orm.allocations.c.orderid,
            orm.batches.c.reference,
            orm.allocations.c.qty,
            orm.allocations.c.picked,
        )
        .join(orm.batches)
        .order_by(orm.allocations.c.id)
    )
    with uow:
        return [tuple(row) for row in uow.session.execute(query)]


def logged(uow):
    return [entry.type for entry in views.events_since(uow)]


def test_locations_are_stored_moved_and_read_back_by_the_batch_table(desk):
    uow, send = desk
    send(commands.CreateBatch("lamp-1", "LAMP", 10, location="a-03-2"))
    send(commands.CreateBatch("lamp-2", "LAMP", 5, "2027-01-10"))
    send(commands.MoveBatch("lamp-2", "B-01"))
    send(commands.MoveBatch("lamp-2", "B-01"))  # where it stands: nothing

    rows = views.batches(uow)
    assert [(row.reference, row.location) for row in rows] == [
        ("lamp-1", "A-03-2"),
        ("lamp-2", "B-01"),
    ]
    snapshot = views.batch_snapshot(uow)
    assert sorted((row.reference, row.eta, row.location) for row in snapshot.rows) == [
        (row.reference, row.eta, row.location) for row in rows
    ]
    assert logged(uow) == ["BatchCreated", "BatchCreated", "BatchMoved"]
    [moved] = [entry for entry in views.events_since(uow) if entry.type == "BatchMoved"]
    assert moved.fields == {"ref": "lamp-2", "sku": "LAMP", "location": "B-01", "previous": None}


def test_the_export_gives_each_batchs_location_last(desk):
    uow, send = desk
    send(commands.CreateBatch("lamp-1", "LAMP", 10, location="A-03-2"))
    send(commands.CreateBatch("lamp-2", "LAMP", 5))
    out = io.StringIO()

    exports.write_batches_csv(views.batches(uow), out)

    assert out.getvalue() == (
        "reference,sku,eta,purchased,allocated,available,location\n"
        "lamp-1,LAMP,,10,0,10,A-03-2\n"
        "lamp-2,LAMP,,5,0,5,\n"
    )


def test_an_imported_file_with_locations_puts_each_batch_in_its_bin(desk):
    uow, send = desk
    parsed = parse_batches(b"reference,sku,qty,eta,location\nb-1,LAMP,20,,A-1\nb-2,DESK,3,,\n")

    send(parsed.command())

    assert [(row.reference, row.location) for row in views.batches(uow)] == [
        ("b-2", None),
        ("b-1", "A-1"),
    ]


def test_a_split_line_is_picked_part_by_part_and_shown_picked_with_its_bins(desk):
    uow, send = desk
    send(commands.CreateBatch("lamp-1", "LAMP", 4, location="A-10"))
    send(commands.CreateBatch("lamp-2", "LAMP", 10, location="A-2"))
    send(commands.Allocate("order-7", "LAMP", 12))

    send(commands.ConfirmPick("order-7", "LAMP", "lamp-2", 8))

    assert parts(uow) == [("order-7", "lamp-1", 4, False), ("order-7", "lamp-2", 8, True)]
    assert [
        (line.batchref, line.qty, line.picked, line.location)
        for line in views.order_allocations(uow, "order-7")
    ] == [("lamp-1", 4, False, "A-10"), ("lamp-2", 8, True, "A-2")]

    send(commands.ConfirmPick("order-7", "LAMP", "lamp-1", 4))
    assert [part[3] for part in parts(uow)] == [True, True]
    assert logged(uow)[-2:] == ["Picked", "Picked"]


def test_a_wrong_pick_changes_no_row_and_logs_nothing(desk):
    uow, send = desk
    send(commands.CreateBatch("lamp-1", "LAMP", 10, location="A-03-2"))
    send(commands.CreateBatch("lamp-2", "LAMP", 10, location="B-01"))
    send(commands.Allocate("order-7", "LAMP", 5))
    before = logged(uow)

    with pytest.raises(PickRefused, match="its LAMP is in lamp-1 at A-03-2"):
        send(commands.ConfirmPick("order-7", "LAMP", "lamp-2", 5))
    with pytest.raises(PickRefused, match="order-7's LAMP from lamp-1 is 5, not 3"):
        send(commands.ConfirmPick("order-7", "LAMP", "lamp-1", 3))

    assert parts(uow) == [("order-7", "lamp-1", 5, False)]
    assert logged(uow) == before


def test_a_picked_line_is_cancelled_only_after_it_is_put_back(desk):
    uow, send = desk
    send(commands.CreateBatch("lamp-1", "LAMP", 10, location="A-03-2"))
    send(commands.Allocate("order-7", "LAMP", 5))
    send(commands.ConfirmPick("order-7", "LAMP", "lamp-1", 5))

    with pytest.raises(PickRefused, match=r"order-7's LAMP is picked \(lamp-1\): put it back"):
        send(commands.Deallocate("order-7", "LAMP"))
    assert parts(uow) == [("order-7", "lamp-1", 5, True)]

    send(commands.ReturnPick("order-7", "LAMP", "lamp-1"))
    assert parts(uow) == [("order-7", "lamp-1", 5, False)]
    send(commands.Deallocate("order-7", "LAMP"))

    assert parts(uow) == []
    assert [row.allocated for row in views.batches(uow)] == [0]
    assert logged(uow)[-3:] == ["Picked", "PickReturned", "Deallocated"]


def test_a_correction_keeps_picked_parts_and_refuses_to_go_below_them(desk):
    uow, send = desk
    send(commands.CreateBatch("lamp-1", "LAMP", 10, location="A-03-2"))
    send(commands.Allocate("order-7", "LAMP", 5))
    send(commands.ConfirmPick("order-7", "LAMP", "lamp-1", 5))
    send(commands.Allocate("order-8", "LAMP", 3))

    with pytest.raises(PickRefused, match="Batch lamp-1 cannot go down to 4: 5 were picked"):
        send(commands.ChangeBatchQuantity("lamp-1", 4))
    send(commands.ChangeBatchQuantity("lamp-1", 6))  # order-8 no longer fits: it waits

    assert parts(uow) == [("order-7", "lamp-1", 5, True)]
    assert [(line.orderid, line.qty) for line in views.waiting_lines(uow)] == [("order-8", 3)]


def test_a_correction_that_would_move_part_of_a_picked_line_changes_nothing(desk):
    uow, send = desk
    send(commands.CreateBatch("lamp-1", "LAMP", 4, location="A-1"))
    send(commands.CreateBatch("lamp-2", "LAMP", 10, location="A-2"))
    send(commands.Allocate("order-7", "LAMP", 12))  # 4 from lamp-1, 8 from lamp-2
    send(commands.ConfirmPick("order-7", "LAMP", "lamp-1", 4))
    before = (parts(uow), logged(uow))

    with pytest.raises(PickRefused, match=r"that line is picked \(lamp-1\)"):
        send(commands.ChangeBatchQuantity("lamp-2", 6))

    assert (parts(uow), logged(uow)) == before
    assert [row.purchased for row in views.batches(uow)] == [4, 10]


def test_a_shortage_is_logged_for_a_supervisor_and_changes_no_row(desk):
    uow, send = desk
    send(commands.CreateBatch("lamp-1", "LAMP", 10, location="A-03-2"))

    send(commands.ReportShortage("lamp-1", 7))

    [entry] = [entry for entry in views.events_since(uow) if entry.type == "ShortageReported"]
    assert entry.fields == {
        "ref": "lamp-1",
        "sku": "LAMP",
        "counted": 7,
        "expected": 10,
        "location": "A-03-2",
    }
    assert [row.purchased for row in views.batches(uow)] == [10]


def test_verify_agrees_after_moves_picks_returns_and_shortages(desk, db_url):
    _uow, send = desk
    send(commands.CreateBatch("lamp-1", "LAMP", 4, location="A-1"))
    send(commands.CreateBatch("lamp-2", "LAMP", 10))
    send(commands.MoveBatch("lamp-2", "A-2"))
    send(commands.Allocate("order-7", "LAMP", 12))
    send(commands.Allocate("order-8", "LAMP", 1))
    send(commands.ConfirmPick("order-7", "LAMP", "lamp-1", 4))
    send(commands.ConfirmPick("order-7", "LAMP", "lamp-2", 8))
    send(commands.ConfirmPick("order-8", "LAMP", "lamp-2", 1))
    send(commands.ReturnPick("order-8", "LAMP", "lamp-2"))
    send(commands.Deallocate("order-8", "LAMP"))
    send(commands.ReportShortage("lamp-2", 9))
    send(commands.MoveBatch("lamp-1", "C-3"))

    report = verification.verify(db_url)

    assert report.differences == []
    assert report.ok


def test_verify_names_a_location_or_a_picked_flag_the_log_does_not_explain(desk, db_url):
    _uow, send = desk
    send(commands.CreateBatch("lamp-1", "LAMP", 10, location="A-1"))
    send(commands.Allocate("order-7", "LAMP", 5))
    engine = create_engine(db_url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE batches SET location = 'Z-9'"))
        connection.execute(text("UPDATE allocations SET picked = true"))
    engine.dispose()

    report = verification.verify(db_url)

    assert report.differences == [
        "batch lamp-1: location Z-9 in the table, A-1 by the log",
        "order order-7: its LAMP from batch lamp-1 picked in the table, not by the log",
    ]
