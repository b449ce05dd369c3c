"""PostgreSQL: four processes allocating on one SKU, through the app and without it.

Each run creates a scratch database, seeds one SKU (three batches whose stock covers
every allocation of the run), and starts four processes twice:

- app: each process builds the bus with ``bootstrap(db_url=...)`` and sends ``Allocate``
  of one unit through ``bus.handle``; retries are the bus's own count;
- loop (the ceiling): each process uses psycopg directly on tables of its own with the
  same work per allocation in one READ COMMITTED transaction: lock the product row
  ``FOR UPDATE``, look for the order's existing line, pick the preferred batch with
  room (one indexed query on a kept ``allocated`` column), insert the allocation, add to
  the batch, bump the product's version, append an event-log row and ``NOTIFY``.

Every process connects and prepares first, then all are told to go at once; throughput
is all allocations over the time from the first start to the last finish.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from datetime import date

from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from tests.benchmarks import common

PROCESSES = 4
LINES, QUICK_LINES = 500, 25
SKU = "PG-HOT-SKU"

LOOP_SCHEMA = """
CREATE TABLE loop_products (sku text PRIMARY KEY, version integer NOT NULL);
CREATE TABLE loop_batches (
    id serial PRIMARY KEY, reference text UNIQUE NOT NULL, sku text NOT NULL,
    purchased integer NOT NULL, allocated integer NOT NULL, eta date);
CREATE INDEX loop_batches_pick ON loop_batches (sku, (eta IS NOT NULL), eta, reference);
CREATE TABLE loop_allocations (
    id serial PRIMARY KEY, batch_id integer NOT NULL REFERENCES loop_batches,
    orderid text NOT NULL, sku text NOT NULL, qty integer NOT NULL, UNIQUE (orderid, sku));
CREATE TABLE loop_event_log (
    id serial PRIMARY KEY, time timestamptz NOT NULL, type text NOT NULL, sku text,
    orderid text, fields text NOT NULL);
"""


def server_url(options: common.Options) -> str:
    """The PostgreSQL server to create scratch databases on."""
    url = options.extra.get("pg_url") or os.environ.get("WAREHOUSE_TEST_PG_URL", "")
    if not url:
        raise SystemExit("no PostgreSQL server: pass --pg-url or set WAREHOUSE_TEST_PG_URL")
    return make_url(url).set(drivername="postgresql+psycopg").render_as_string(hide_password=False)


def setup(options: common.Options) -> None:
    """Each run makes its own database."""


def run(options: common.Options) -> common.Figures:
    """Create a scratch database, race the app's processes, then the loop's, drop it."""
    server = server_url(options)
    lines = QUICK_LINES if options.quick else LINES
    name = f"warehouse_bench_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    db_url = make_url(server).set(database=name).render_as_string(hide_password=False)
    try:
        _seed(db_url, PROCESSES * lines)
        app_rate, app_retries = _race("app", db_url, lines)
        loop_rate, loop_retries = _race("loop", db_url, lines)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
    return {
        "pg_app_throughput": app_rate,
        "pg_app_retries": app_retries,
        "pg_loop_throughput": loop_rate,
        "pg_loop_retries": loop_retries,
        "pg_ratio": app_rate / loop_rate,
    }


def _seed(db_url: str, demand: int) -> None:
    from warehouse_gui.bootstrap import bootstrap

    bootstrap(db_url=db_url, send_mail=common.no_mail)
    share = demand // 3 + 1
    etas = [None, date(2027, 1, 1), date(2027, 2, 1)]
    seeder = common.Seeder(db_url)
    seeder.add(common.SeedBatch(f"pg-{n}", SKU, share, eta) for n, eta in enumerate(etas))
    seeder.engine.dispose()
    engine = create_engine(db_url)
    with engine.begin() as connection:
        connection.exec_driver_sql(LOOP_SCHEMA)
        connection.execute(text("INSERT INTO loop_products VALUES (:sku, 1)"), {"sku": SKU})
        for number, eta in enumerate(etas):
            connection.execute(
                text(
                    "INSERT INTO loop_batches (reference, sku, purchased, allocated, eta) "
                    "VALUES (:ref, :sku, :qty, 0, :eta)"
                ),
                {"ref": f"loop-{number}", "sku": SKU, "qty": share, "eta": eta},
            )
    engine.dispose()


def _race(kind: str, db_url: str, lines: int) -> tuple[float, float]:
    """Allocations per second of four processes together, and their retries."""
    workers = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.benchmarks.postgres",
                "worker",
                kind,
                db_url,
                f"{kind}{number}",
                str(lines),
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for number in range(PROCESSES)
    ]
    for worker in workers:
        assert worker.stdout is not None
        if worker.stdout.readline().strip() != "ready":
            raise SystemExit(f"a {kind} worker did not start")
    for worker in workers:
        assert worker.stdin is not None
        worker.stdin.write("go\n")
        worker.stdin.flush()
    reports = []
    for worker in workers:
        output, _ = worker.communicate(timeout=1800)
        if worker.returncode != 0:
            raise SystemExit(f"a {kind} worker failed ({worker.returncode})")
        reports.append(json.loads(output.strip().splitlines()[-1]))
    if any(report["errors"] for report in reports):
        raise SystemExit(f"{kind} workers reported errors: {reports}")
    started = min(report["started"] for report in reports)
    finished = max(report["finished"] for report in reports)
    return PROCESSES * lines / (finished - started), sum(report["retries"] for report in reports)


def worker(kind: str, db_url: str, name: str, lines: int) -> None:
    """One allocating process: prepare, say ready, wait for go, allocate, report."""
    allocate, retries = _app_allocator(db_url) if kind == "app" else _loop_allocator(db_url)
    print("ready", flush=True)
    sys.stdin.readline()
    errors = 0
    started = common.now()
    for number in range(lines):
        try:
            allocate(f"{name}-{number}")
        except Exception as error:
            print(f"{type(error).__name__}: {error}", file=sys.stderr)
            errors += 1
    finished = common.now()
    report = {"started": started, "finished": finished, "retries": retries(), "errors": errors}
    print(json.dumps(report), flush=True)


def _app_allocator(db_url: str):  # type: ignore[no-untyped-def]
    from warehouse_gui.bootstrap import bootstrap
    from warehouse_gui.domain.commands import Allocate

    bus = bootstrap(db_url=db_url, send_mail=common.no_mail)

    def allocate(orderid: str) -> None:
        [batchref] = bus.handle(Allocate(orderid, SKU, 1))
        if batchref is None:
            raise RuntimeError("out of stock: the workload is mis-seeded")

    return allocate, lambda: bus.retries


def _loop_allocator(db_url: str):  # type: ignore[no-untyped-def]
    import psycopg

    conninfo = make_url(db_url).set(drivername="postgresql").render_as_string(hide_password=False)
    connection = psycopg.connect(conninfo)
    counter = {"retries": 0}

    def allocate(orderid: str) -> None:
        while True:
            try:
                with connection.transaction(), connection.cursor() as cursor:
                    _allocate_in_sql(cursor, orderid)
                return
            except (psycopg.errors.SerializationFailure, psycopg.errors.DeadlockDetected):
                counter["retries"] += 1

    return allocate, lambda: counter["retries"]


def _allocate_in_sql(cursor, orderid: str) -> None:  # type: ignore[no-untyped-def]
    cursor.execute("SELECT version FROM loop_products WHERE sku = %s FOR UPDATE", (SKU,))
    cursor.execute(
        "SELECT batch_id FROM loop_allocations WHERE orderid = %s AND sku = %s", (orderid, SKU)
    )
    if cursor.fetchone() is not None:
        return
    cursor.execute(
        "SELECT id, reference FROM loop_batches WHERE sku = %s AND purchased - allocated >= 1 "
        "ORDER BY (eta IS NOT NULL), eta, reference LIMIT 1",
        (SKU,),
    )
    found = cursor.fetchone()
    if found is None:
        raise RuntimeError("out of stock: the workload is mis-seeded")
    batch_id, reference = found
    cursor.execute(
        "INSERT INTO loop_allocations (batch_id, orderid, sku, qty) VALUES (%s, %s, %s, 1)",
        (batch_id, orderid, SKU),
    )
    cursor.execute("UPDATE loop_batches SET allocated = allocated + 1 WHERE id = %s", (batch_id,))
    cursor.execute("UPDATE loop_products SET version = version + 1 WHERE sku = %s", (SKU,))
    fields = json.dumps({"orderid": orderid, "sku": SKU, "qty": 1, "batchref": reference})
    cursor.execute(
        "INSERT INTO loop_event_log (time, type, sku, orderid, fields) "
        "VALUES (now(), 'Allocated', %s, %s, %s)",
        (SKU, orderid, fields),
    )
    cursor.execute("NOTIFY loop_events")


if __name__ == "__main__":
    if sys.argv[1] == "worker":
        worker(sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]))
    else:
        common.workload_main(setup, run)
