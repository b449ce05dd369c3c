"""A database that fails in the middle of a command leaves no partial state, and the
person is told why."""

import sqlite3

import pytest
from sqlalchemy import create_engine, event, func, select, text

from warehouse_gui import views
from warehouse_gui.adapters import database, idle_ping, orm, schema
from warehouse_gui.bootstrap import bootstrap
from warehouse_gui.domain import commands
from warehouse_gui.service_layer.unit_of_work import (
    ConcurrencyConflict,
    DatabaseUnavailable,
    SqlAlchemyUnitOfWork,
)


class DriverFaults:
    """Errors the SQLite driver raises for statements that start with a given text."""

    def __init__(self):
        self.rules = []
        self.raised = []

    def fail(self, starts_with, error, times=None):
        """Raise ``error`` for such statements, ``times`` times or for good; return the
        statements it was raised for."""
        self.rules.append((starts_with, error, times))
        return self.raised

    def check(self, statement):
        for starts_with, error, times in self.rules:
            if statement.startswith(starts_with) and (times is None or len(self.raised) < times):
                self.raised.append(statement)
                raise error


@pytest.fixture
def faults(monkeypatch):
    """Faults raised by the driver's own cursors, under SQLAlchemy and beside it alike."""
    faults = DriverFaults()

    class FaultyCursor(sqlite3.Cursor):
        def execute(self, statement, parameters=()):
            faults.check(statement)
            return super().execute(statement, parameters)

        def executemany(self, statement, rows):
            faults.check(statement)
            return super().executemany(statement, rows)

    class FaultyConnection(sqlite3.Connection):
        def cursor(self, factory=FaultyCursor):
            return super().cursor(factory)

    connect = sqlite3.dbapi2.connect  # what SQLAlchemy's pysqlite dialect calls
    monkeypatch.setattr(
        sqlite3.dbapi2,
        "connect",
        lambda *args, **kwargs: connect(*args, factory=FaultyConnection, **kwargs),
    )
    return faults


@pytest.fixture
def sqlite_engine(sqlite_url, faults):
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


@pytest.mark.parametrize(
    ("failing_statement", "error", "message"),
    [
        (
            "INSERT INTO event_log",
            sqlite3.OperationalError("database or disk is full"),
            "disk is full",
        ),
        ("SELECT allocations", sqlite3.OperationalError("disk I/O error"), "cannot be reached"),
        ("UPDATE batches", sqlite3.OperationalError("disk I/O error"), "cannot be reached"),
        (
            "INSERT INTO allocations",
            sqlite3.OperationalError("database or disk is full"),
            "disk is full",
        ),
    ],
)
def test_a_failure_mid_command_leaves_nothing_behind(
    sqlite_engine, faults, failing_statement, error, message
):
    bus, uow = make_bus(sqlite_engine)
    bus.handle(commands.CreateBatch("b1", "LAMP", 10))
    before = state(sqlite_engine)
    faults.fail(failing_statement, error)

    with pytest.raises(DatabaseUnavailable, match=message) as refusal:
        bus.handle(commands.Allocate("o1", "LAMP", 4))

    assert "Nothing was saved" in str(refusal.value)
    assert state(sqlite_engine) == before
    assert views.batches(uow)[0].allocated == 0


def test_a_locked_database_is_waited_out_by_retrying(sqlite_engine, faults):
    bus, uow = make_bus(sqlite_engine)
    bus.handle(commands.CreateBatch("b1", "LAMP", 10))
    raised = faults.fail(
        "INSERT INTO allocations", sqlite3.OperationalError("database is locked"), times=2
    )
    assert bus.handle(commands.Allocate("o1", "LAMP", 4)) == ["b1"]
    assert len(raised) == 2
    assert bus.retries == 2
    assert views.batches(uow)[0].allocated == 4


def test_a_database_locked_for_good_is_reported_after_the_retries(sqlite_engine, faults):
    bus, _uow = make_bus(sqlite_engine)
    bus.handle(commands.CreateBatch("b1", "LAMP", 10))
    before = state(sqlite_engine)
    faults.fail("INSERT INTO allocations", sqlite3.OperationalError("database is locked"))
    with pytest.raises(ConcurrencyConflict, match="gave up after 10 attempts"):
        bus.handle(commands.Allocate("o1", "LAMP", 4))
    assert state(sqlite_engine) == before


class ServerEndedConnection(sqlite3.OperationalError):
    """A driver error carrying a SQLSTATE, as psycopg's do."""

    def __init__(self, sqlstate, message):
        super().__init__(message)
        self.sqlstate = sqlstate


@pytest.mark.parametrize(
    ("sqlstate", "message"),
    [
        ("57P01", "terminating connection due to administrator command"),
        ("57P02", "terminating connection because of crash of another server process"),
        ("08006", "consuming input failed: server closed the connection unexpectedly"),
    ],
)
def test_an_error_whose_sqlstate_says_the_connection_is_gone_is_a_lost_connection(
    sqlite_engine, faults, sqlstate, message
):
    bus, uow = make_bus(sqlite_engine)
    bus.handle(commands.CreateBatch("b1", "LAMP", 10))
    before = state(sqlite_engine)
    with sqlite_engine.connect() as connection:
        first_connection = connection.connection.dbapi_connection
    faults.fail("INSERT INTO allocations", ServerEndedConnection(sqlstate, message), times=1)

    with pytest.raises(DatabaseUnavailable, match="connection to the database was lost"):
        bus.handle(commands.Allocate("o1", "LAMP", 4))

    assert state(sqlite_engine) == before
    with sqlite_engine.connect() as connection:
        assert connection.connection.dbapi_connection is not first_connection, "replaced"
    assert bus.handle(commands.Allocate("o1", "LAMP", 4)) == ["b1"], "the next one works"
    assert views.batches(uow)[0].allocated == 4


@pytest.mark.postgres
@pytest.mark.parametrize(
    "after_statement",
    ["SELECT batches.id", "UPDATE products"],
    ids=["before the flush", "before the rows and COMMIT sent together"],
)
def test_a_connection_dropped_mid_command_on_postgresql(postgresql_url, after_statement):
    engine = database.make_engine(postgresql_url)
    schema.upgrade(engine)
    try:
        bus, _uow = make_bus(engine)
        bus.handle(commands.CreateBatch("b1", "LAMP", 10))
        before = state(engine)
        killed = []

        def kill_own_backend(connection, cursor, statement, *_):
            """End this backend from another connection, once, after ``after_statement``."""
            if statement.startswith(after_statement) and not killed:
                killed.append(connection.connection.dbapi_connection.info.backend_pid)
                with engine.connect() as killer:
                    killer.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": killed[0]})
                    killer.commit()

        event.listen(engine, "after_cursor_execute", kill_own_backend)
        with pytest.raises(DatabaseUnavailable, match="connection to the database was lost"):
            bus.handle(commands.Allocate("o1", "LAMP", 4))
        event.remove(engine, "after_cursor_execute", kill_own_backend)

        assert killed
        assert state(engine) == before
        assert bus.handle(commands.Allocate("o1", "LAMP", 4)) == ["b1"], "the next one works"
        with engine.connect() as connection:
            assert connection.execute(text("SELECT allocated_quantity FROM batches")).scalar() == 4
    finally:
        engine.dispose()


@pytest.mark.postgres
@pytest.mark.parametrize("idle_for_long", [True, False], ids=["idle for long", "used just now"])
def test_a_connection_the_server_ended_in_the_pool_is_replaced_unnoticed(
    postgresql_url, monkeypatch, idle_for_long
):
    """Either the pool's idle check or the closed socket gives it away."""
    monkeypatch.setattr(idle_ping, "PING_AFTER_IDLE_S", 0.0 if idle_for_long else 1e9)
    engine = database.make_engine(postgresql_url)
    schema.upgrade(engine)
    try:
        bus, _uow = make_bus(engine)
        bus.handle(commands.CreateBatch("b1", "LAMP", 10))
        with engine.connect() as pooled:
            idle_pid = pooled.connection.dbapi_connection.info.backend_pid
        with create_engine(postgresql_url).connect() as killer:
            killer.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": idle_pid})
            killer.commit()

        assert bus.handle(commands.Allocate("o1", "LAMP", 4)) == ["b1"]
        assert views.batches(_uow)[0].allocated == 4
    finally:
        engine.dispose()
