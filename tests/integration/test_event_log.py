"""The event log is written in the transaction of the change it describes."""

import dataclasses
import json
import subprocess
import sys

import pytest
from sqlalchemy import func, select

from warehouse_gui import views
from warehouse_gui.adapters import database, event_log, orm
from warehouse_gui.bootstrap import bootstrap
from warehouse_gui.domain import commands, events
from warehouse_gui.service_layer.unit_of_work import SqlAlchemyUnitOfWork


class CommitFailed(Exception):
    pass


def make_uow(engine, fail_commit=False):
    factory = database.session_factory(engine)

    def session_that_dies_at_commit():
        session = factory()

        def commit():
            session.flush()  # the change and its log rows reach the database...
            raise CommitFailed("the disk went away")  # ...and the transaction dies

        session.commit = commit
        return session

    return SqlAlchemyUnitOfWork(
        session_that_dies_at_commit if fail_commit else factory, station="desk-1", operator="alice"
    )


def make_bus(engine, fail_commit=False):
    return bootstrap(uow=make_uow(engine, fail_commit), send_mail=lambda **mail: None)


def log_rows(engine):
    with engine.connect() as connection:
        return connection.execute(
            select(orm.event_log.c.id, orm.event_log.c.type, orm.event_log.c.fields).order_by(
                orm.event_log.c.id
            )
        ).all()


def allocation_count(engine):
    with engine.connect() as connection:
        return connection.execute(select(func.count()).select_from(orm.allocations)).scalar()


def test_each_committed_event_is_logged_in_order_with_station_and_operator(engine):
    bus = make_bus(engine)
    bus.handle(commands.CreateBatch("b1", "LAMP", 10))
    bus.handle(commands.Allocate("o1", "LAMP", 4))
    bus.handle(commands.Deallocate("o1", "LAMP"))

    entries = list(views.events_since(make_uow(engine)))
    assert [e.type for e in entries] == ["BatchCreated", "Allocated", "Deallocated"]
    assert [e.id for e in entries] == sorted({e.id for e in entries})
    assert {(e.station, e.operator) for e in entries} == {("desk-1", "alice")}
    assert entries[1].fields == {"orderid": "o1", "sku": "LAMP", "qty": 4, "batchref": "b1"}
    assert entries[2].fields["reason"] == "cancelled"
    assert all(e.time.tzinfo is not None for e in entries)


def test_a_failure_between_the_change_and_the_commit_leaves_neither(engine):
    make_bus(engine).handle(commands.CreateBatch("b1", "LAMP", 10))
    before = log_rows(engine)

    with pytest.raises(CommitFailed):
        make_bus(engine, fail_commit=True).handle(commands.Allocate("o1", "LAMP", 4))

    assert allocation_count(engine) == 0
    assert log_rows(engine) == before
    assert views.batches(make_uow(engine))[0].available == 10


def test_a_refused_command_leaves_no_log_entry(engine):
    bus = make_bus(engine)
    bus.handle(commands.CreateBatch("b1", "LAMP", 10))
    before = log_rows(engine)
    with pytest.raises(Exception, match="already exists"):
        bus.handle(commands.CreateBatch("b1", "LAMP", 10))
    assert log_rows(engine) == before


def test_out_of_stock_is_logged_as_unmet_demand_without_changing_stock(engine):
    bus = make_bus(engine)
    bus.handle(commands.CreateBatch("b1", "LAMP", 3))
    assert bus.handle(commands.Allocate("o1", "LAMP", 5)) == [None]
    assert [row.type for row in log_rows(engine)] == ["BatchCreated", "OutOfStock"]
    assert allocation_count(engine) == 0


def test_a_reallocation_chain_is_logged_in_the_order_it_happened(engine):
    bus = make_bus(engine)
    bus.handle(commands.CreateBatch("b1", "LAMP", 10))
    bus.handle(commands.CreateBatch("b2", "LAMP", 10, "2027-01-15"))
    bus.handle(commands.Allocate("o1", "LAMP", 6))
    bus.handle(commands.Allocate("o2", "LAMP", 4))
    bus.handle(commands.ChangeBatchQuantity("b1", 5))
    types = [row.type for row in log_rows(engine)][4:]
    assert types == [
        "BatchQuantityChanged",
        "Deallocated",
        "Deallocated",
        "Allocated",
        "Allocated",
    ]
    allocations = {
        a.sku + a.batchref: a.qty for a in views.order_allocations(make_uow(engine), "o1")
    }
    assert allocations == {"LAMPb2": 6}


def test_history_is_newest_first_and_filters_by_sku_and_order(engine):
    bus = make_bus(engine)
    bus.handle(commands.CreateBatch("b1", "LAMP", 10))
    bus.handle(commands.CreateBatch("c1", "CHAIR", 10))
    bus.handle(commands.Allocate("o1", "LAMP", 1))
    bus.handle(commands.Allocate("o1", "CHAIR", 1))
    bus.handle(commands.Allocate("o2", "LAMP", 1))
    uow = make_uow(engine)

    assert [e.type for e in views.history(uow)][:2] == ["Allocated", "Allocated"]
    assert [e.fields.get("orderid") for e in views.history(uow)][:4] == ["o2", "o1", "o1", None]
    assert [e.type for e in views.history(uow, sku="LAMP")] == [
        "Allocated",
        "Allocated",
        "BatchCreated",
    ]
    assert [(e.fields["sku"]) for e in views.history(uow, orderid="o1")] == ["CHAIR", "LAMP"]
    assert [e.fields["sku"] for e in views.history(uow, sku="LAMP", orderid="o1")] == ["LAMP"]
    assert len(views.history(uow, limit=2)) == 2


def test_export_events_writes_json_lines_and_honours_since(db_url, monkeypatch, tmp_path):
    monkeypatch.setenv("WAREHOUSE_STATION", "desk-7")
    monkeypatch.setenv("WAREHOUSE_OPERATOR", "carol")
    bus = bootstrap(db_url=db_url, send_mail=lambda **mail: None)
    bus.handle(commands.CreateBatch("b1", "LAMP", 2))
    bus.handle(commands.Allocate("o1", "LAMP", 2))
    bus.handle(commands.Allocate("o2", "LAMP", 1))

    def export(*args):
        result = subprocess.run(
            [sys.executable, "-m", "warehouse_gui", "export-events", "--db", db_url, *args],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert result.returncode == 0, result.stderr
        return [json.loads(line) for line in result.stdout.splitlines()]

    everything = export()
    assert [e["type"] for e in everything] == ["BatchCreated", "Allocated", "OutOfStock"]
    first = everything[0]
    assert set(first) == {
        "id",
        "time",
        "type",
        "station",
        "operator",
        "ref",
        "sku",
        "qty",
        "eta",
        "location",
    }
    assert (first["station"], first["operator"]) == ("desk-7", "carol")
    assert first["time"].endswith("Z")
    assert everything[1] | {"id": 0, "time": ""} == {
        "id": 0,
        "time": "",
        "type": "Allocated",
        "station": "desk-7",
        "operator": "carol",
        "orderid": "o1",
        "sku": "LAMP",
        "qty": 2,
        "batchref": "b1",
    }
    later = export("--since", str(everything[0]["id"]))
    assert later == everything[1:]
    out = tmp_path / "events.jsonl"
    export("--since", str(everything[1]["id"]), "-o", str(out))
    assert [json.loads(line) for line in out.read_text().splitlines()] == everything[2:]


@pytest.mark.parametrize("event_type", sorted(events.EVENT_TYPES))
def test_every_event_type_is_logged_and_rebuilt_field_for_field(event_type):
    cls = events.EVENT_TYPES[event_type]
    values = {"qty": 3, "available": 2, "threshold": 5, "previous": 4, "eta": "2027-01-15"}
    event = cls(**{f.name: values.get(f.name, f"{f.name}-1") for f in dataclasses.fields(cls)})
    stored = json.loads(json.dumps(event_log.event_fields(event)))
    assert events.rebuild(event_type, stored) == event
