"""Allocate throughput through the whole bus on a SQLite file (WAL, ``synchronous=FULL``),
and in the same process the ceilings of the stack: raw sqlite3 commits and one
SQLAlchemy ORM session per commit, both WAL with ``synchronous=FULL``.

Workload: 200 SKUs x 5 batches (one in stock, four with ETAs), then 5,000 ``Allocate`` of
quantity 1 on random SKUs through ``bus.handle``, each timed on its own.
"""

from __future__ import annotations

import random
import sqlite3
import time
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import Integer, create_engine, event
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column

from tests.benchmarks import common
from warehouse_gui.bootstrap import bootstrap
from warehouse_gui.domain import commands

SKUS, BATCHES_PER_SKU, QUICK_SKUS = 200, 5, 40
ALLOCATIONS, QUICK_ALLOCATIONS = 5_000, 200
CEILING_COMMITS, QUICK_CEILING_COMMITS = 3_000, 300


def seed_skus(db_url: str, skus: int, batch_qty: int = 100) -> list[str]:
    """``skus`` SKUs of five batches each: one in stock, four arriving later."""
    bootstrap(db_url=db_url, send_mail=common.no_mail)
    seeder = common.Seeder(db_url)
    names = [f"SKU-{number:04d}" for number in range(skus)]
    seeder.add(
        common.SeedBatch(
            f"{sku}-b{number}",
            sku,
            batch_qty,
            None if number == 0 else date(2027, 1, 1) + timedelta(days=30 * number),
        )
        for sku in names
        for number in range(BATCHES_PER_SKU)
    )
    seeder.checkpoint()
    return names


def setup(options: common.Options) -> None:
    """The seeded database every run copies."""
    seed_skus(
        common.sqlite_url(options.directory / "seeded.db"), QUICK_SKUS if options.quick else SKUS
    )


def run(options: common.Options) -> common.Figures:
    """Time every Allocate, then the two commit ceilings."""
    database = common.fresh_copy(options.directory / "seeded.db", options.directory)
    bus = bootstrap(db_url=common.sqlite_url(database), send_mail=common.no_mail)
    with bus.uow:
        common.check_sqlite_durability(bus.uow.session)  # type: ignore[attr-defined]
    skus = [f"SKU-{number:04d}" for number in range(QUICK_SKUS if options.quick else SKUS)]
    count = QUICK_ALLOCATIONS if options.quick else ALLOCATIONS
    rng = random.Random(42)
    plan = [commands.Allocate(f"order-{n}", rng.choice(skus), 1) for n in range(count)]
    latencies = []
    started = time.perf_counter()
    for command in plan:
        before = time.perf_counter()
        [batchref] = bus.handle(command)
        latencies.append(time.perf_counter() - before)
        if batchref is None:
            raise SystemExit(f"{command} found no stock: the workload is mis-seeded")
    elapsed = time.perf_counter() - started
    commits = QUICK_CEILING_COMMITS if options.quick else CEILING_COMMITS
    raw = raw_sqlite_commits_per_second(options.directory / f"raw-{database.stem}.db", commits)
    orm = orm_commits_per_second(options.directory / f"orm-{database.stem}.db", commits)
    return {
        "allocate_throughput": count / elapsed,
        "allocate_p50": common.ms(common.percentile(latencies, 0.50)),
        "allocate_p99": common.ms(common.percentile(latencies, 0.99)),
        "sqlite_raw_commits": raw,
        "sqlite_orm_commits": orm,
        "allocate_vs_orm_ceiling": (count / elapsed) / orm,
    }


def raw_sqlite_commits_per_second(path: Path, commits: int) -> float:
    """One small UPDATE per transaction with the sqlite3 module, WAL + synchronous=FULL."""
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("CREATE TABLE counters (id INTEGER PRIMARY KEY, n INTEGER NOT NULL)")
    connection.executemany("INSERT INTO counters VALUES (?, 0)", [(i,) for i in range(100)])
    started = time.perf_counter()
    for number in range(commits):
        connection.execute("BEGIN IMMEDIATE")
        connection.execute("UPDATE counters SET n = n + 1 WHERE id = ?", (number % 100,))
        connection.execute("COMMIT")
    elapsed = time.perf_counter() - started
    connection.close()
    return commits / elapsed


class _Base(DeclarativeBase):
    pass


class _Counter(_Base):
    __tablename__ = "counters"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    n: Mapped[int] = mapped_column(Integer)


def orm_commits_per_second(path: Path, commits: int) -> float:
    """One ORM session per commit, each reading one row and updating it, WAL + FULL."""
    engine = create_engine(common.sqlite_url(path))

    @event.listens_for(engine, "connect")
    def _pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.isolation_level = None
        dbapi_connection.execute("PRAGMA journal_mode=WAL")
        dbapi_connection.execute("PRAGMA synchronous=FULL")

    @event.listens_for(engine, "begin")
    def _begin(connection: object) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")  # type: ignore[attr-defined]

    _Base.metadata.create_all(engine)
    with Session(engine) as session:
        session.add_all([_Counter(id=i, n=0) for i in range(100)])
        session.commit()
    started = time.perf_counter()
    for number in range(commits):
        with Session(engine) as session:
            counter = session.get(_Counter, number % 100)
            assert counter is not None
            counter.n += 1
            session.commit()
    elapsed = time.perf_counter() - started
    engine.dispose()
    return commits / elapsed


if __name__ == "__main__":
    common.workload_main(setup, run)
