"""A desk's share of the server's connections, and a server with none left for it.

An idle desk holds one connection (its feed's) and a running command one more, as
PostgreSQL's ``pg_stat_activity`` counts them. On a private cluster with a handful of
slots, all taken by other clients, a desk says so in words and opens once a slot frees;
its feed, cut off while the server is full, says the same and joins again; a command is
tried again for a few seconds and then refused, nothing saved, or succeeds once a slot
frees meanwhile.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator

import psycopg
import pytest
from sqlalchemy.engine import make_url

from tests import private_cluster
from tests.needs import DEADLINE_SECONDS, within_deadline
from warehouse_gui import bootstrap, queries
from warehouse_gui.adapters.database_errors import DatabaseUnreachable
from warehouse_gui.bootstrap import Workstation
from warehouse_gui.domain import commands
from warehouse_gui.read_model import LogPosition
from warehouse_gui.service_layer.messagebus import MAX_ATTEMPTS
from warehouse_gui.service_layer.unit_of_work import ServerFull

pytestmark = pytest.mark.postgres

# Every slot of the small cluster: no more than a few desks and the test's own clients.
SLOTS = private_cluster.SMALL_CLUSTER_SLOTS
FULL = "has no free connection for this desk (too many clients already)"
# The client backends on the database of the connection that asks, other than its own.
DESK_BACKENDS = (
    "SELECT pid, wait_event_type FROM pg_stat_activity WHERE datname = current_database() "
    "AND backend_type = 'client backend' AND pid <> pg_backend_pid()"
)


def _ignore(_event: object) -> None:
    """A desk's ``publish`` for a desk without a window."""


def _libpq(url: str) -> str:
    """The libpq form of a SQLAlchemy URL, for psycopg itself."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


class Following:
    """``bootstrap.follow_log`` for a desk, on a thread of its own, keeping every change
    of the connection it reports as ``(connected, words)``."""

    def __init__(self, url: str, origin: str, start: LogPosition) -> None:
        self.reports: list[tuple[bool, str]] = []
        self.failure: BaseException | None = None
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(url, origin, start))
        self._thread.start()

    def said(self, report: tuple[bool, str]) -> bool:
        """Whether ``report`` is among those made so far."""
        return report in list(self.reports)

    def wait_for(self, report: tuple[bool, str], what: str, last: bool = False) -> None:
        """Wait until ``report`` was made (``last``: is the latest one)."""
        deadline = time.monotonic() + DEADLINE_SECONDS
        while not (self.reports[-1:] == [report] if last else self.said(report)):
            if time.monotonic() > deadline:
                pytest.fail(f"Not within {DEADLINE_SECONDS:.0f} s: {what}; said {self.reports}")
            time.sleep(0.02)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(DEADLINE_SECONDS)
        assert not self._thread.is_alive(), "the follower did not stop"
        assert self.failure is None, f"the follower failed: {self.failure!r}"

    def _run(self, url: str, origin: str, start: LogPosition) -> None:
        try:
            bootstrap.follow_log(url, origin, start, self._stop, _ignore, self._changed)
        except BaseException as error:
            self.failure = error

    def _changed(self, connected: bool, words: str) -> None:
        self.reports.append((connected, words))


class Backends:
    """A connection of the test's own to the database of ``url``, which counts the other
    client connections to it (the desk's)."""

    def __init__(self, url: str) -> None:
        self._connection = psycopg.connect(_libpq(url), autocommit=True)

    def pids(self, excluding: int | None = None) -> list[int]:
        return [pid for pid, _ in self._rows() if pid != excluding]

    def waiting_on_a_lock(self) -> int:
        return sum(1 for _, waiting in self._rows() if waiting == "Lock")

    def close(self) -> None:
        self._connection.close()

    def _rows(self) -> list[tuple[int, str | None]]:
        return self._connection.execute(DESK_BACKENDS).fetchall()


class InBackground:
    """``work()`` on a thread of its own; ``result`` waits for what it returned."""

    def __init__(self, work: Callable[[], object]) -> None:
        self._outcome: list[object] = []
        self._thread = threading.Thread(target=lambda: self._outcome.append(self._run(work)))
        self._thread.start()

    def result(self) -> object:
        self._thread.join(DEADLINE_SECONDS)
        assert not self._thread.is_alive(), "still running"
        [outcome] = self._outcome
        if isinstance(outcome, BaseException):
            raise outcome
        return outcome

    @staticmethod
    def _run(work: Callable[[], object]) -> object:
        try:
            return work()
        except BaseException as error:
            return error


@pytest.fixture
def backends(postgresql_url) -> Iterator[Backends]:
    counter = Backends(postgresql_url)
    try:
        yield counter
    finally:
        counter.close()


def a_following_desk(url: str, origin: str) -> tuple[Workstation, Following]:
    """A desk on ``url`` and its feed, following the log from where the desk read it."""
    desk = bootstrap.workstation(url, origin, _ignore)
    try:
        position = desk.answer(queries.BatchTable()).position
        return desk, Following(url, origin, position)
    except BaseException:
        desk.close()
        raise


def test_an_idle_desk_holds_one_connection_and_a_running_command_one_more(postgresql_url, backends):
    desk, following = a_following_desk(postgresql_url, "desk-a")
    try:
        desk.handle(commands.CreateBatch("lamp-1", "LAMP", 20))
        within_deadline(lambda: following.said((True, "")), "the feed is connected")
        within_deadline(lambda: len(backends.pids()) == 1, "an idle desk holds one connection")

        locker = psycopg.connect(_libpq(postgresql_url))
        try:
            locker.execute("SELECT sku FROM products WHERE sku = %s FOR UPDATE", ("LAMP",))
            allocating = InBackground(lambda: desk.handle(commands.Allocate("order-1", "LAMP", 2)))
            within_deadline(
                lambda: backends.waiting_on_a_lock() == 1, "the command waits for the product"
            )
            running = backends.pids(excluding=locker.info.backend_pid)
            assert len(running) == 2, "the feed's, and the command's while it runs"
        finally:
            locker.rollback()
            locker.close()
        assert allocating.result() == "lamp-1"
        within_deadline(lambda: len(backends.pids()) == 1, "the command gave its connection back")
    finally:
        following.stop()
        desk.close()
    within_deadline(lambda: backends.pids() == [], "a closed desk holds none")


def test_a_desk_without_people_holds_one_connection_after_commands_and_questions(
    postgresql_url, backends
):
    desk, following = a_following_desk(postgresql_url, "desk-a")
    try:
        assert desk.person is None and not desk.desk.people_on
        desk.handle(commands.CreateBatch("lamp-1", "LAMP", 20))
        desk.handle(commands.CreateBatch("chair-1", "CHAIR", 5))
        desk.handle(commands.Allocate("order-1", "LAMP", 2))
        desk.handle(commands.ChangeBatchQuantity("chair-1", 8))
        desk.handle(commands.Deallocate("order-1", "LAMP"))
        rows = {row.reference: row for row in desk.answer(queries.BatchTable()).rows}
        assert (rows["lamp-1"].allocated, rows["chair-1"].purchased) == (0, 8)
        assert desk.answer(queries.OrderLines("order-1")) == []
        within_deadline(lambda: following.said((True, "")), "the feed is connected")
        within_deadline(
            lambda: len(backends.pids()) == 1, "only the feed's connection is held between uses"
        )
    finally:
        following.stop()
        desk.close()


@pytest.fixture
def small_server_url(small_cluster) -> Iterator[str]:
    """A database in the small cluster with one batch (lamp-1: 20 LAMP), every
    connection that made it closed; dropped after the test."""
    with small_cluster.database() as url:
        bus = bootstrap.bootstrap(db_url=url, send_mail=lambda **mail: None)
        bus.handle(commands.CreateBatch("lamp-1", "LAMP", 20))
        bus.uow.session_factory.kw["bind"].dispose()
        yield url


def opened_once_possible(url: str, origin: str) -> Workstation:
    """The desk on ``url``, opened as the window would: tried again while unreachable."""
    deadline = time.monotonic() + DEADLINE_SECONDS
    while True:
        try:
            return bootstrap.workstation(url, origin, _ignore)
        except DatabaseUnreachable as refused:
            if time.monotonic() > deadline:
                pytest.fail(f"Not open within {DEADLINE_SECONDS:.0f} s: {refused.message}")
            time.sleep(0.05)


def stored(url: str, statement: str) -> list[tuple]:
    """The rows of ``statement`` on the database of ``url``, once a slot is free."""
    with private_cluster.Slots(url) as reader:
        reader.take(1)
        return reader.run(statement)


def test_a_desk_finding_no_free_slot_at_start_says_so_and_opens_once_one_frees(
    small_cluster, small_server_url
):
    with private_cluster.Slots(small_cluster.url()) as others:
        others.take(SLOTS)
        assert "sorry, too many clients already" in others.refusal()
        with pytest.raises(DatabaseUnreachable) as refused:
            bootstrap.workstation(small_server_url, "desk-a", _ignore)
        assert refused.value.message == (
            f"The database server at 127.0.0.1:{small_cluster.port} has no free connection "
            "for this desk (too many clients already); trying again every few seconds."
        )

        others.free_one()
        desk = opened_once_possible(small_server_url, "desk-a")
        try:
            [row] = desk.answer(queries.BatchTable()).rows
            assert (row.reference, row.available) == ("lamp-1", 20)
        finally:
            desk.close()


def test_a_feed_cut_off_while_the_server_is_full_says_so_and_joins_once_a_slot_frees(
    small_cluster, small_server_url
):
    desk, following = a_following_desk(small_server_url, "desk-a")
    try:
        within_deadline(lambda: following.said((True, "")), "the feed is connected")
        with private_cluster.Slots(small_cluster.url()) as others:
            others.take(SLOTS - 1)
            assert "too many clients" in others.refusal(), "the feed holds one, the desk none"
            [[feed]] = others.run(
                "SELECT pid FROM pg_stat_activity WHERE datname = %s "
                "AND backend_type = 'client backend'",
                make_url(small_server_url).database,
            )
            assert others.run("SELECT pg_terminate_backend(%s, 10000)", feed) == [(True,)]
            others.take(1)  # the feed's slot, before the feed dials again
            assert "too many clients" in others.refusal()

            words = f"the database server at 127.0.0.1:{small_cluster.port} {FULL}"
            following.wait_for((False, words), "the feed says why")
            assert following.reports[-1] == (False, words), "and keeps trying"

            others.free_one()
            following.wait_for((True, ""), "the feed joins once a slot frees", last=True)
    finally:
        following.stop()
        desk.close()


def test_a_feed_starting_while_the_server_is_full_says_so_and_joins_once_a_slot_frees(
    small_cluster, small_server_url
):
    desk = bootstrap.workstation(small_server_url, "desk-a", _ignore)
    following = None
    try:
        position = desk.answer(queries.BatchTable()).position
        with private_cluster.Slots(small_cluster.url()) as others:
            others.take(SLOTS)
            following = Following(small_server_url, "desk-a", position)
            words = f"the database server at 127.0.0.1:{small_cluster.port} {FULL}"
            following.wait_for((False, words), "the feed says why")
            others.free_one()
            following.wait_for((True, ""), "the feed joins once a slot frees", last=True)
    finally:
        if following is not None:
            following.stop()
        desk.close()


def test_a_command_finding_no_free_slot_is_tried_again_then_refused_and_nothing_saved(
    small_cluster, small_server_url
):
    desk = bootstrap.workstation(small_server_url, "desk-a", _ignore)
    try:
        with private_cluster.Slots(small_cluster.url()) as others:
            others.take(SLOTS)
            with pytest.raises(ServerFull) as refused:
                desk.handle(commands.Allocate("order-1", "LAMP", 2))
            assert desk.bus.retries == MAX_ATTEMPTS - 1
        said = refused.value.message
        assert said.startswith(
            "The database server has no free connection for this desk right now ("
        )
        assert "too many clients already" in said
        assert said.endswith("). Nothing was saved; try again in a moment.")

        assert stored(small_server_url, "SELECT count(*) FROM allocations") == [(0,)]
        assert stored(small_server_url, "SELECT allocated_quantity FROM batches") == [(0,)]
        desk.handle(commands.Allocate("order-1", "LAMP", 2))  # tried again: saved now
        [row] = desk.answer(queries.BatchTable()).rows
        assert row.allocated == 2
    finally:
        desk.close()


def test_a_command_whose_retries_find_a_slot_freed_meanwhile_is_saved(
    small_cluster, small_server_url
):
    desk = bootstrap.workstation(small_server_url, "desk-a", _ignore)
    try:
        with private_cluster.Slots(small_cluster.url()) as others:
            others.take(SLOTS)

            def free_one_once_refused() -> None:
                within_deadline(lambda: desk.bus.retries > 0, "the command is tried again")
                others.free_one()

            freeing = InBackground(free_one_once_refused)
            assert desk.handle(commands.Allocate("order-1", "LAMP", 2)) == "lamp-1"
            freeing.result()
            assert desk.bus.retries > 0
        assert stored(small_server_url, "SELECT allocated_quantity FROM batches") == [(2,)]
    finally:
        desk.close()
