"""The statements an Allocate sends as SQL text: the values they store, the engine's events
around them, and PostgreSQL's pipeline."""

import re

import pytest
from sqlalchemy import create_engine, event, select, text

from warehouse_gui.adapters import database, orm, schema
from warehouse_gui.bootstrap import bootstrap
from warehouse_gui.domain import commands
from warehouse_gui.service_layer.unit_of_work import SqlAlchemyUnitOfWork


def make_bus(engine):
    uow = SqlAlchemyUnitOfWork(database.session_factory(engine), "desk-1", "alice")
    return bootstrap(uow=uow, send_mail=lambda **mail: None)


def test_a_logged_time_is_stored_on_sqlite_as_sqlalchemy_stores_a_time(sqlite_url):
    orm.start_mappers()
    engine = database.make_engine(sqlite_url)
    schema.upgrade(engine)
    try:
        bus = make_bus(engine)
        bus.handle(commands.CreateBatch("b1", "LAMP", 10))
        bus.handle(commands.Allocate("o1", "LAMP", 2))
        with engine.connect() as connection:
            stored = connection.execute(text("SELECT time FROM event_log")).scalars().all()
            read = connection.execute(select(orm.event_log.c.time)).scalars().all()
    finally:
        engine.dispose()
    assert len(stored) == 2
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}", value) for value in stored)
    assert [value.strftime("%Y-%m-%d %H:%M:%S.%f") for value in read] == stored


def test_every_statement_of_an_allocate_passes_the_engines_cursor_events(engine):
    bus = make_bus(engine)
    bus.handle(commands.CreateBatch("b1", "LAMP", 10))
    before, after = [], []
    event.listen(engine, "before_cursor_execute", lambda *args: before.append(args[2]))
    event.listen(engine, "after_cursor_execute", lambda *args: after.append(args[2]))

    assert bus.handle(commands.Allocate("o1", "LAMP", 2)) == ["b1"]

    for start in (
        "SELECT allocations.id, allocations.qty",
        "UPDATE products SET",
        "UPDATE batches SET",
        "INSERT INTO allocations",
        "INSERT INTO event_log",
    ):
        assert len([sql for sql in before if sql.startswith(start)]) == 1, before
    assert after == before


def test_an_engine_with_a_positional_paramstyle_still_works(sqlite_url):
    """SQLite's default paramstyle (qmark), for an engine made elsewhere than
    ``database.make_engine``: the statements then run through ``Connection.execute``."""
    orm.start_mappers()
    engine = create_engine(sqlite_url)
    assert engine.dialect.positional
    schema.upgrade(engine)
    try:
        bus = make_bus(engine)
        bus.handle(commands.CreateBatch("b1", "LAMP", 10))
        assert bus.handle(commands.Allocate("o1", "LAMP", 2)) == ["b1"]
        assert bus.handle(commands.Allocate("o1", "LAMP", 2)) == ["b1"], "found, not added again"
        with engine.connect() as connection:
            allocated = connection.execute(text("SELECT allocated_quantity FROM batches"))
            assert allocated.scalar_one() == 2
            logged = connection.execute(text("SELECT type FROM event_log ORDER BY id"))
            assert logged.scalars().all() == ["BatchCreated", "Allocated"]
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_on_postgresql_the_rows_and_the_commit_are_sent_together(postgresql_url):
    """Allocated quantities, allocation rows, log rows and COMMIT in psycopg's pipeline;
    the version check, whose row count is read at once, before it."""
    from psycopg import pq

    engine = database.make_engine(postgresql_url)
    schema.upgrade(engine)
    try:
        bus = make_bus(engine)
        bus.handle(commands.CreateBatch("b1", "LAMP", 10))
        sent = []

        def pipelined(connection):
            status = connection.connection.driver_connection.pgconn.pipeline_status
            return status == pq.PipelineStatus.ON

        @event.listens_for(engine, "before_cursor_execute")
        def statement(connection, _cursor, sql, *_):
            sent.append((" ".join(sql.split()[:3]), pipelined(connection)))

        @event.listens_for(engine, "commit")
        def commit(connection):
            sent.append(("COMMIT", pipelined(connection)))

        assert bus.handle(commands.Allocate("o1", "LAMP", 2)) == ["b1"]

        assert [name for name, together in sent if together] == [
            "UPDATE batches SET",
            "INSERT INTO allocations",
            "INSERT INTO event_log",
            "COMMIT",
        ]
        assert ("UPDATE products SET", False) in sent
    finally:
        engine.dispose()
