"""Following the log through PgBouncer in transaction pooling mode: ``LISTEN`` does not
pass, so the feed reads new log ids at a pace; every other desk's event still arrives
exactly once, in each desk's order, with desks writing at once and PgBouncer restarted
among them; a desk's own events never come back to it."""

from __future__ import annotations

import json
import re
import threading
import time
from collections import Counter

import psycopg
import pytest
from sqlalchemy import create_engine, select
from sqlalchemy.engine import make_url

from tests.needs import DEADLINE_SECONDS, within_deadline
from warehouse_gui import bootstrap, views
from warehouse_gui.adapters import log_follower, orm, pooler
from warehouse_gui.adapters.event_log import NOTIFY_CHANNEL
from warehouse_gui.domain import commands
from warehouse_gui.domain.errors import DomainError, StoreUnavailable
from warehouse_gui.read_model import LoggedEvent, LogPosition

pytestmark = pytest.mark.postgres

WRITERS = 3
COMMANDS_PER_WRITER = 30
READER = "reader"


def _libpq(url: str) -> str:
    """The libpq form of a SQLAlchemy URL, for psycopg itself."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def _ignore(_event: object) -> None:
    """A desk's ``publish`` for a desk without a window."""


class Follower:
    """``bootstrap.follow_log`` on a thread of its own, keeping what it hands over."""

    def __init__(self, url: str, origin: str, start: LogPosition) -> None:
        self.received: list[LoggedEvent] = []
        self.connection: list[bool] = []
        self.failure: BaseException | None = None
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(url, origin, start))
        self._thread.start()

    def ids(self) -> list[int]:
        with self._lock:
            return [entry.id for entry in self.received]

    def reports(self) -> list[bool]:
        """Whether it was connected, at each change (a new reason for being
        disconnected, said again, counts once)."""
        with self._lock:
            return [
                state
                for n, state in enumerate(self.connection)
                if self.connection[n - 1 : n] != [state]
            ]

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(DEADLINE_SECONDS)
        assert not self._thread.is_alive(), "the follower did not stop"
        assert self.failure is None, f"the follower failed: {self.failure!r}"

    def _run(self, url: str, origin: str, start: LogPosition) -> None:
        try:
            bootstrap.follow_log(
                url, origin, start, self._stop, self._arrived, self._connection_changed
            )
        except BaseException as error:
            self.failure = error

    def _arrived(self, entries: list[LoggedEvent]) -> None:
        with self._lock:
            self.received.extend(entries)

    def _connection_changed(self, connected: bool, _words: str) -> None:
        with self._lock:
            self.connection.append(connected)


class Writer:
    """A desk of its own ``origin`` on a thread of its own, sending ``COMMANDS_PER_WRITER``
    commands one after the other; ``halfway`` is set when half of them are done."""

    def __init__(self, url: str, origin: str) -> None:
        self.origin = origin
        self.halfway = threading.Event()
        self.failure: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(url,))
        self._thread.start()

    def join(self) -> None:
        self._thread.join(DEADLINE_SECONDS)
        assert not self._thread.is_alive(), f"{self.origin} did not finish"
        assert self.failure is None, f"{self.origin} failed: {self.failure!r}"

    def _run(self, url: str) -> None:
        try:
            desk = bootstrap.workstation(url, self.origin, _ignore)
            try:
                for number in range(COMMANDS_PER_WRITER):
                    if number == COMMANDS_PER_WRITER // 2:
                        self.halfway.set()
                    handle_until_done(desk, command(self.origin, number))
            finally:
                desk.close()
        except BaseException as error:
            self.failure = error
        finally:
            self.halfway.set()


def command(origin: str, number: int) -> commands.Command:
    """The ``number``-th command of the desk ``origin``: a batch, then an allocation from
    it, and so on; its reference (or order id) ends in ``number``."""
    sku = f"SKU-{origin}"
    if number % 2 == 0:
        return commands.CreateBatch(f"{origin}-b{number:03d}", sku, 100)
    return commands.Allocate(f"{origin}-o{number:03d}", sku, 1)


def handle_until_done(desk: bootstrap.Workstation, request: commands.Command) -> None:
    """Carry out ``request``, again while the database cannot be reached (PgBouncer
    restarting). A refusal after such a failure means the failed try had committed (its
    batch exists now)."""
    deadline = time.monotonic() + DEADLINE_SECONDS
    failed_before = False
    while True:
        try:
            desk.handle(request)
            return
        except StoreUnavailable:
            if time.monotonic() > deadline:
                raise
            failed_before = True
            time.sleep(0.1)
        except DomainError:
            if not failed_before:
                raise
            return


def key(entry: LoggedEvent) -> str:
    """The batch reference or order id the entry is about."""
    return entry.orderid or entry.fields["ref"]


def number(reference: str) -> int:
    """The number of the command that made ``reference``."""
    return int(re.sub(r"\D", "", reference.rsplit("-", 1)[-1]))


def logged(direct_url: str) -> list[tuple[int, str, str]]:
    """Every log entry as ``(id, origin, batch reference or order id)``, in id order, read
    straight from the server."""
    engine = create_engine(direct_url)
    log = orm.event_log.c
    try:
        with engine.connect() as connection:
            rows = connection.execute(
                select(log.id, log.origin, log.orderid, log.fields).order_by(log.id)
            ).all()
    finally:
        engine.dispose()
    return [
        (id_, origin, orderid or json.loads(fields)["ref"]) for id_, origin, orderid, fields in rows
    ]


def test_a_notification_does_not_reach_a_listener_through_pgbouncer(pgbouncer_db_url):
    direct, through = pgbouncer_db_url
    with (
        psycopg.connect(_libpq(direct), autocommit=True) as direct_listener,
        psycopg.connect(_libpq(through), autocommit=True, prepare_threshold=None) as pooled,
        psycopg.connect(_libpq(direct), autocommit=True) as notifier,
    ):
        for listener in (direct_listener, pooled):
            listener.execute(f"LISTEN {NOTIFY_CHANNEL}")
        notifier.execute(f"NOTIFY {NOTIFY_CHANNEL}")
        heard = direct_listener.notifies(timeout=DEADLINE_SECONDS, stop_after=1)
        assert [notification.channel for notification in heard] == [NOTIFY_CHANNEL]
        # The direct listener has heard it: the one behind PgBouncer never will.
        assert list(pooled.notifies(timeout=0.5)) == []


def test_the_feed_takes_pgbouncer_for_a_pooler_and_the_server_itself_for_none(
    pgbouncer_db_url, monkeypatch
):
    monkeypatch.delenv(pooler.FEED_VARIABLE, raising=False)
    direct, through = pgbouncer_db_url
    for url, relayed in ((through, True), (direct, False)):
        with psycopg.connect(_libpq(url), autocommit=True, prepare_threshold=None) as connection:
            assert pooler.behind_pooler(connection) is relayed


def test_every_event_of_other_desks_arrives_once_in_order_across_a_pgbouncer_restart(
    pgbouncer, pgbouncer_db_url, monkeypatch
):
    monkeypatch.delenv(pooler.FEED_VARIABLE, raising=False)
    # No read "just in case": what arrives, arrives because the follower reads at a pace.
    monkeypatch.setattr(log_follower, "SAFETY_READ_SECONDS", 3600.0)
    direct, through = pgbouncer_db_url
    reader = bootstrap.workstation(through, READER, _ignore)
    try:
        follower = Follower(through, READER, views.batch_snapshot(reader.desk.reader).position)
        try:
            within_deadline(lambda: follower.reports() == [True], "the follower connected")
            writers = [Writer(through, f"desk{n}") for n in range(WRITERS)]
            handle_until_done(reader, commands.CreateBatch(f"{READER}-b000", "SKU-r", 5))
            within_deadline(
                lambda: all(writer.halfway.is_set() for writer in writers),
                "every writer half done",
            )
            pgbouncer.restart()
            handle_until_done(reader, commands.Allocate(f"{READER}-o001", "SKU-r", 1))
            for writer in writers:
                writer.join()
            within_deadline(
                lambda: follower.reports() == [True, False, True],
                "the follower said that it lost the connection, then that it is back",
            )
            # Written once the follower is back: it arrives only if the follower reads
            # at a pace (a notification does not pass PgBouncer).
            marker = bootstrap.workstation(through, "marker", _ignore)
            try:
                handle_until_done(marker, commands.CreateBatch("marker-b000", "SKU-m", 1))
            finally:
                marker.close()
            others = {id_ for id_, origin, _ in logged(direct) if origin != READER}
            # The marker is the last entry: once it is in, every read before it is done.
            within_deadline(
                lambda: others <= set(follower.ids()), "every other desk's event delivered"
            )
        finally:
            follower.stop()
    finally:
        reader.close()

    entries = logged(direct)
    delivered = follower.received
    assert [id_ for id_, count in Counter(e.id for e in delivered).items() if count > 1] == []
    assert {e.id for e in delivered} == {id_ for id_, origin, _ in entries if origin != READER}
    assert [e for e in delivered if e.origin == READER] == []
    assert {origin for _, origin, _ in entries} == {
        READER,
        "marker",
        *(writer.origin for writer in writers),
    }
    for writer in writers:
        sent = [ref for _, origin, ref in entries if origin == writer.origin]
        assert sent == sorted(sent, key=number), "the log holds each desk's commands in order"
        assert len({number(ref) for ref in sent}) == COMMANDS_PER_WRITER
        assert [key(e) for e in delivered if e.origin == writer.origin] == sent
    assert follower.reports() == [True, False, True]
