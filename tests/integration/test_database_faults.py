"""A database that fails in the middle of a command leaves no partial state, and the
person is told why."""

import sqlite3

import pytest
from sqlalchemy import event, func, select, text

from warehouse_gui import views
from warehouse_gui.adapters import database, orm, schema
from warehouse_gui.bootstrap import bootstrap
from warehouse_gui.domain import commands
from warehouse_gui.service_layer.unit_of_work import (
    ConcurrencyConflict,
    DatabaseUnavailable,
    SqlAlchemyUnitOfWork,
)


@pytest.fixture
def sqlite_engine(sqlite_url):
    engine = database.make_engine(sqlite_url)
    schema.upgrade(engine)
    yield engine
    engine.dispose()


def make_bus(engine):
    uow = SqlAlchemyUnitOfWork(database.session_factory(engine), "desk-1", "alice")
    return bootstrap(uow=uow, send_mail=lambda **mail: None), uow


def state(engine):
    with engine.connect() as connection:
        counts = {
            table: connection.execute(
                select(func.count()).select_from(orm.metadata.tables[table])
            ).scalar_one()
            for table in ("allocations", "event_log", "batches")
        }
        versions = connection.execute(select(orm.products.c.version_number)).scalars().all()
    return counts, versions


def fail_when(engine, starts_with, error, times=None):
    """Make the driver raise ``error`` for statements starting with ``starts_with``."""
    raised = []

    def execute(cursor, statement, parameters, context):
        if statement.startswith(starts_with) and (times is None or len(raised) < times):
            raised.append(statement)
            raise error

    event.listen(engine, "do_execute", execute)
    event.listen(engine, "do_executemany", execute)
    return raised


@pytest.mark.parametrize(
    ("failing_statement", "error", "message"),
    [
        (
            "INSERT INTO event_log",
            sqlite3.OperationalError("database or disk is full"),
            "disk is full",
        ),
        ("UPDATE batches", sqlite3.OperationalError("disk I/O error"), "cannot be reached"),
        (
            "INSERT INTO allocations",
            sqlite3.OperationalError("database or disk is full"),
            "disk is full",
        ),
    ],
)
def test_a_failure_mid_command_leaves_nothing_behind(
    sqlite_engine, failing_statement, error, message
):
    bus, uow = make_bus(sqlite_engine)
    bus.handle(commands.CreateBatch("b1", "LAMP", 10))
    before = state(sqlite_engine)
    fail_when(sqlite_engine, failing_statement, error)

    with pytest.raises(DatabaseUnavailable, match=message) as refusal:
        bus.handle(commands.Allocate("o1", "LAMP", 4))

    assert "Nothing was saved" in str(refusal.value)
    assert state(sqlite_engine) == before
    assert views.batches(uow)[0].allocated == 0


def test_a_locked_database_is_waited_out_by_retrying(sqlite_engine):
    bus, uow = make_bus(sqlite_engine)
    bus.handle(commands.CreateBatch("b1", "LAMP", 10))
    raised = fail_when(
        sqlite_engine, "INSERT INTO allocations", sqlite3.OperationalError("database is locked"), 2
    )
    assert bus.handle(commands.Allocate("o1", "LAMP", 4)) == ["b1"]
    assert len(raised) == 2
    assert bus.retries == 2
    assert views.batches(uow)[0].allocated == 4


def test_a_database_locked_for_good_is_reported_after_the_retries(sqlite_engine):
    bus, _uow = make_bus(sqlite_engine)
    bus.handle(commands.CreateBatch("b1", "LAMP", 10))
    before = state(sqlite_engine)
    fail_when(
        sqlite_engine, "INSERT INTO allocations", sqlite3.OperationalError("database is locked")
    )
    with pytest.raises(ConcurrencyConflict, match="gave up after 10 attempts"):
        bus.handle(commands.Allocate("o1", "LAMP", 4))
    assert state(sqlite_engine) == before


@pytest.mark.postgres
def test_a_connection_dropped_mid_command_on_postgresql(postgresql_url):
    engine = database.make_engine(postgresql_url)
    schema.upgrade(engine)
    try:
        bus, _uow = make_bus(engine)
        bus.handle(commands.CreateBatch("b1", "LAMP", 10))
        before = state(engine)
        killed = []

        def kill_own_connection(cursor, statement, parameters, context):
            if statement.startswith("INSERT INTO allocations") and not killed:
                killed.append(True)
                with cursor.connection.cursor() as killer:
                    killer.execute("SELECT pg_terminate_backend(pg_backend_pid())")

        event.listen(engine, "do_execute", kill_own_connection)
        with pytest.raises(DatabaseUnavailable, match="connection to the database was lost"):
            bus.handle(commands.Allocate("o1", "LAMP", 4))
        event.remove(engine, "do_execute", kill_own_connection)

        assert killed
        assert state(engine) == before
        assert bus.handle(commands.Allocate("o1", "LAMP", 4)) == ["b1"], "the next one works"
        with engine.connect() as connection:
            assert connection.execute(text("SELECT allocated_quantity FROM batches")).scalar() == 4
    finally:
        engine.dispose()
