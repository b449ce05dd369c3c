"""Several processes allocating on one SKU at once, and writers killed mid-flight."""

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from warehouse_gui.adapters import database, orm
from warehouse_gui.bootstrap import bootstrap
from warehouse_gui.domain import commands

WORKER = Path(__file__).with_name("allocation_worker.py")
LINES_PER_WORKER = 60
SKU = "HOT-SKU"

pytestmark = pytest.mark.slow


def stock_up(db_url, units, batches=3):
    bus = bootstrap(db_url=db_url, send_mail=lambda **mail: None)
    share = units // batches
    for number in range(batches):
        qty = share if number < batches - 1 else units - share * (batches - 1)
        eta = None if number == 0 else f"2027-0{number}-01"
        bus.handle(commands.CreateBatch(f"hot-{number}", SKU, qty, eta))


def start_worker(db_url, name, lines):
    return subprocess.Popen(
        [sys.executable, str(WORKER), db_url, name, str(lines), SKU],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def facts(db_url):
    engine = database.make_engine(db_url)
    try:
        with engine.connect() as connection:
            allocations = {
                row.orderid: row.reference
                for row in connection.execute(
                    select(orm.allocations.c.orderid, orm.batches.c.reference).join(orm.batches)
                )
            }
            logged = connection.execute(
                select(orm.event_log.c.type, orm.event_log.c.orderid).where(
                    orm.event_log.c.sku == SKU
                )
            ).all()
            over = connection.execute(
                select(func.count()).select_from(
                    select(orm.batches.c.id)
                    .join(orm.allocations)
                    .group_by(orm.batches.c.id, orm.batches.c.purchased_quantity)
                    .having(func.sum(orm.allocations.c.qty) > orm.batches.c.purchased_quantity)
                    .subquery()
                )
            ).scalar_one()
            stock = connection.execute(
                select(func.sum(orm.batches.c.purchased_quantity)).where(orm.batches.c.sku == SKU)
            ).scalar_one()
        return allocations, logged, over, stock
    finally:
        engine.dispose()


@pytest.mark.parametrize("processes", [2, 4, 8])
def test_concurrent_allocators_never_over_allocate(db_url, processes, capsys):
    demand = processes * LINES_PER_WORKER
    stock = demand * 3 // 4
    stock_up(db_url, stock)

    started = time.perf_counter()
    workers = [start_worker(db_url, f"w{n}", LINES_PER_WORKER) for n in range(processes)]
    outputs = [worker.communicate(timeout=600) for worker in workers]
    elapsed = time.perf_counter() - started
    for worker, (_, stderr) in zip(workers, outputs, strict=True):
        assert worker.returncode == 0, stderr

    answers = [json.loads(line) for out, _ in outputs for line in out.splitlines()]
    summaries = [a for a in answers if "done" in a]
    results = [a for a in answers if "orderid" in a]
    assert [a for a in results if "error" in a] == [], "no command may end in an error"
    successes = {a["orderid"]: a["batchref"] for a in results if a["batchref"]}
    out_of_stock = [a["orderid"] for a in results if a["batchref"] is None]

    allocations, logged, over, stored_stock = facts(db_url)
    assert stored_stock == stock
    assert over == 0, "no batch is allocated beyond its quantity"
    assert len(successes) == stock, "demand exceeded stock, so all of it is allocated"
    assert allocations == successes, "each acknowledged line has exactly its allocation row"
    allocated_logs = sorted(orderid for kind, orderid in logged if kind == "Allocated")
    assert allocated_logs == sorted(successes), "one Allocated entry per acknowledged line"
    assert sum(kind == "OutOfStock" for kind, _ in logged) == len(out_of_stock)
    assert len(out_of_stock) == demand - stock

    retries = sum(s["retries"] for s in summaries)
    busiest = max(s["seconds"] for s in summaries)
    with capsys.disabled():
        backend = db_url.split(":", 1)[0]
        print(
            f"\n  {backend}, {processes} processes: {demand} Allocate, "
            f"{demand / busiest:.0f}/s while all ran ({elapsed:.2f} s with start-up), "
            f"retries: {retries}"
        )


KILLS = 20


def read_acknowledged(process, acknowledged):
    for line in process.stdout:
        answer = json.loads(line)
        if answer.get("batchref"):
            acknowledged[answer["orderid"]] = answer["batchref"]


def test_killing_writers_loses_nothing_acknowledged(db_url, capsys):
    stock_up(db_url, 100_000, batches=1)
    acknowledged: dict[str, str] = {}
    rng = random.Random(20261126)
    for kill in range(KILLS):
        writer = start_worker(db_url, f"k{kill}", 100_000)
        reader = threading.Thread(target=read_acknowledged, args=(writer, acknowledged))
        reader.start()
        deadline = time.monotonic() + 30
        while not any(o.startswith(f"k{kill}-") for o in acknowledged):
            assert time.monotonic() < deadline, writer.stderr.read()
            time.sleep(0.01)
        time.sleep(rng.uniform(0, 0.25))
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait()
        reader.join()

        engine = database.make_engine(db_url)
        try:
            with engine.connect() as connection:
                if connection.dialect.name == "sqlite":
                    check = connection.execute(text("PRAGMA integrity_check")).scalar_one()
                    assert check == "ok"
        finally:
            engine.dispose()
        allocations, logged, over, _ = facts(db_url)
        assert over == 0
        missing = {o for o in acknowledged if allocations.get(o) != acknowledged[o]}
        assert missing == set(), f"kill {kill}: acknowledged allocations lost"
        allocated_logs = [orderid for kind, orderid in logged if kind == "Allocated"]
        assert len(allocated_logs) == len(allocations), "log and allocations agree"
        assert set(allocated_logs) == set(allocations)
    with capsys.disabled():
        print(f"\n  {KILLS} kills, {len(acknowledged)} acknowledged allocations all kept")
