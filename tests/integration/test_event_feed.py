"""Following the log: other copies' entries exactly once, in order, late commits included."""

import time
from datetime import UTC, datetime

import pytest
from sqlalchemy import create_engine, insert, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from warehouse_gui import views
from warehouse_gui.adapters import database, event_feed, orm, schema
from warehouse_gui.adapters.event_feed import EventFeed
from warehouse_gui.bootstrap import bootstrap
from warehouse_gui.domain import commands, events
from warehouse_gui.domain.errors import DuplicateBatch
from warehouse_gui.read_model import LogPosition
from warehouse_gui.service_layer.unit_of_work import SqlAlchemyUnitOfWork


def entry(origin, sku="LAMP"):
    return {
        "time": datetime.now(UTC),
        "type": "OutOfStock",
        "sku": sku,
        "orderid": None,
        "fields": f'{{"sku": "{sku}"}}',
        "station": "desk",
        "operator": "op",
        "origin": origin,
    }


def start_position(engine):
    uow = SqlAlchemyUnitOfWork(database.session_factory(engine), "s", "o")
    return views.batch_snapshot(uow).position


def test_other_origins_are_delivered_once_and_own_entries_skipped(engine):
    feed = EventFeed(engine, "me", start_position(engine))
    with engine.begin() as connection:
        connection.execute(insert(orm.event_log), [entry("me"), entry("them", "CHAIR")])
    first = feed.read_new()
    assert [(e.type, e.sku) for e in first] == [("OutOfStock", "CHAIR")]
    assert feed.read_new() == []


def test_a_bus_on_another_origin_is_seen_with_its_events(engine):
    feed = EventFeed(engine, "me", start_position(engine))
    other = SqlAlchemyUnitOfWork(database.session_factory(engine), "desk-2", "bob", origin="them")
    bus = bootstrap(uow=other, send_mail=lambda **mail: None)
    bus.handle(commands.CreateBatch("b1", "LAMP", 5))
    bus.handle(commands.Allocate("o1", "LAMP", 2))
    seen = feed.read_new()
    assert [e.event for e in seen] == [
        events.BatchCreated("b1", "LAMP", 5),
        events.Allocated("o1", "LAMP", 2, "b1"),
    ]
    assert {(e.station, e.operator) for e in seen} == {("desk-2", "bob")}


def test_the_start_position_excludes_what_the_snapshot_already_shows(engine):
    with engine.begin() as connection:
        connection.execute(insert(orm.event_log), [entry("them")])
    feed = EventFeed(engine, "me", start_position(engine))
    assert feed.read_new() == []


def test_a_gap_is_filled_when_its_transaction_commits_late(engine):
    feed = EventFeed(engine, "me", LogPosition(0, frozenset()))
    with engine.begin() as connection:
        connection.execute(insert(orm.event_log), [entry("them", "A"), entry("them", "B")])
        ids = connection.execute(text("SELECT id FROM event_log ORDER BY id")).scalars().all()
        connection.execute(text("DELETE FROM event_log WHERE id = :id"), {"id": ids[0]})
    # Only B is visible: the id before it looks like a transaction still committing.
    assert [e.sku for e in feed.read_new()] == ["B"]
    assert feed.gaps == {ids[0]}
    with engine.begin() as connection:
        row = entry("them", "A")
        connection.execute(insert(orm.event_log).values(id=ids[0], **row))
    assert [e.sku for e in feed.read_new()] == ["A"]
    assert feed.gaps == frozenset()
    assert feed.read_new() == []


def test_gaps_of_rolled_back_transactions_are_forgotten_after_a_while(engine):
    now = [1000.0]
    feed = EventFeed(engine, "me", LogPosition(5, frozenset({1, 2, 4, 5})), clock=lambda: now[0])
    assert feed.gaps == {3}
    now[0] += event_feed.GAP_TIMEOUT_SECONDS + 1
    feed.read_new()
    assert feed.gaps == frozenset()


@pytest.mark.postgres
def test_out_of_order_commits_on_postgresql_are_each_delivered_once(postgresql_url):
    engine = database.make_engine(postgresql_url)
    try:
        schema.upgrade(engine)
        feed = EventFeed(engine, "me", start_position(engine))
        slow = engine.connect()
        slow_transaction = slow.begin()
        slow.execute(insert(orm.event_log), [entry("them", "SLOW")])  # takes the lower id
        with engine.begin() as fast:
            fast.execute(insert(orm.event_log), [entry("them", "FAST")])
        assert [e.sku for e in feed.read_new()] == ["FAST"]
        slow_transaction.commit()
        slow.close()
        assert [e.sku for e in feed.read_new()] == ["SLOW"]
        assert feed.read_new() == []
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_a_committed_command_wakes_a_postgresql_listener_and_a_refused_one_does_not(
    postgresql_url,
):
    engine = database.make_engine(postgresql_url)
    try:
        schema.upgrade(engine)
        watcher = event_feed.server_watcher(
            database.make_engine(postgresql_url, idle_connections=False), sleep=time.sleep
        )
        assert isinstance(watcher, event_feed.NotifyListener)
        bus = bootstrap(
            uow=SqlAlchemyUnitOfWork(database.session_factory(engine), "s", "o"),
            send_mail=lambda **mail: None,
        )
        bus.handle(commands.CreateBatch("b1", "LAMP", 10))
        assert watcher.wait(timeout=5)
        with pytest.raises(DuplicateBatch):
            bus.handle(commands.CreateBatch("b1", "LAMP", 10))
        assert not watcher.wait(timeout=0.5)
        bus.handle(commands.Allocate("o1", "LAMP", 2))
        assert watcher.wait(timeout=5)
        watcher.close()
    finally:
        engine.dispose()


@pytest.mark.postgres
def test_the_feed_reads_over_the_watchers_one_connection(postgresql_url, monkeypatch):
    engine = database.make_engine(postgresql_url)
    schema.upgrade(engine)
    feed = EventFeed(engine, "me", start_position(engine))
    following = database.make_engine(postgresql_url, idle_connections=False)
    watcher = event_feed.server_watcher(following, sleep=time.sleep)
    try:
        with engine.begin() as connection:
            connection.execute(insert(orm.event_log), [entry("them", "CHAIR")])
        engine.dispose()
        assert watcher.wait(timeout=5)
        assert [e.sku for e in feed.read_new(watcher.connection)] == ["CHAIR"]
        assert _connections(postgresql_url) == 1  # the watcher's, which the feed read over
    finally:
        watcher.close()
        engine.dispose()
    assert _connections(postgresql_url) == 0


@pytest.mark.postgres
def test_configured_polling_reads_at_its_pace_without_notifications(postgresql_url, monkeypatch):
    monkeypatch.setenv("WAREHOUSE_FEED", "poll")
    engine = database.make_engine(postgresql_url)
    schema.upgrade(engine)
    watcher = event_feed.server_watcher(
        database.make_engine(postgresql_url, idle_connections=False), sleep=time.sleep
    )
    try:
        assert isinstance(watcher, event_feed.LogPoller)
        assert watcher.wait(timeout=0.01)  # the first read is due at once
        assert not watcher.wait(timeout=0.01)  # the next only at the pace
        assert watcher.wait(timeout=event_feed.POLL_PACE_SECONDS + 0.1)
    finally:
        watcher.close()
        engine.dispose()


def _connections(url):
    """The connections to the database of ``url``, counted from another database."""
    parsed = make_url(url)
    server = create_engine(parsed.set(database="postgres"), poolclass=NullPool)
    with server.connect() as connection:
        return connection.execute(
            text("SELECT count(*) FROM pg_stat_activity WHERE datname = :name"),
            {"name": parsed.database},
        ).scalar_one()
