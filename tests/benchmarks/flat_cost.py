"""Flat cost: one Allocate on a fresh SKU against one on a SKU with a long past.

Four SKUs in one SQLite file (WAL, ``synchronous=FULL``), seeded with SQL:

- fresh: five batches (one in stock, four arriving), nothing allocated;
- history: the same five batches holding 10,000 earlier allocations between them;
- full_ahead: 500 fully allocated batches with earlier ETAs, then the open one;
- many_batches: 1,000 open batches.

Allocations of quantity 1 are timed round-robin over the four SKUs (so that any drift of
the machine hits all four alike) and each scenario's median is compared to fresh.

``run DIR --set low_stock_threshold=N`` gives every SKU that low-stock threshold first, so
that each Allocate also sums the SKU's available quantity (never reached: no warning).
"""

from __future__ import annotations

import time
from datetime import date, timedelta

from tests.benchmarks import common
from warehouse_gui.bootstrap import bootstrap
from warehouse_gui.domain import commands

FRESH, HISTORY, FULL_AHEAD, MANY_BATCHES = "FRESH", "HISTORY", "FULL-AHEAD", "MANY-BATCHES"
SIZES = {"history": 10_000, "full_ahead": 500, "many_batches": 1_000, "samples": 300}
QUICK_SIZES = {"history": 1_000, "full_ahead": 50, "many_batches": 100, "samples": 30}
WARM_UP = 20
DAY = timedelta(days=1)


def _five_batches(sku: str, allocations: int) -> list[common.SeedBatch]:
    batches = [
        common.SeedBatch(
            f"{sku}-b{n}", sku, 1_000_000, None if n == 0 else date(2030, 1, 1) + 30 * n * DAY
        )
        for n in range(5)
    ]
    for number in range(allocations):
        batches[number % 5].allocations.append(1)
    return batches


def setup(options: common.Options) -> None:
    """One database holding the four SKUs."""
    sizes = QUICK_SIZES if options.quick else SIZES
    db_url = common.sqlite_url(options.directory / "seeded.db")
    bootstrap(db_url=db_url, send_mail=common.no_mail)
    full = [
        common.SeedBatch(f"{FULL_AHEAD}-full{n}", FULL_AHEAD, 10, date(2026, 1, 1) + n * DAY, [10])
        for n in range(sizes["full_ahead"])
    ]
    open_batch = common.SeedBatch(f"{FULL_AHEAD}-open", FULL_AHEAD, 1_000_000, date(2031, 1, 1))
    many = [
        common.SeedBatch(f"{MANY_BATCHES}-b{n}", MANY_BATCHES, 1_000, date(2027, 1, 1) + n * DAY)
        for n in range(sizes["many_batches"])
    ]
    seeder = common.Seeder(db_url)
    seeder.add(
        [
            *_five_batches(FRESH, 0),
            *_five_batches(HISTORY, sizes["history"]),
            *full,
            open_batch,
            *many,
        ]
    )
    seeder.checkpoint()


def run(options: common.Options) -> common.Figures:
    """Median time of one Allocate in each scenario, and its ratio to fresh."""
    sizes = QUICK_SIZES if options.quick else SIZES
    database = common.fresh_copy(options.directory / "seeded.db", options.directory)
    bus = bootstrap(db_url=common.sqlite_url(database), send_mail=common.no_mail)
    with bus.uow:
        common.check_sqlite_durability(bus.uow.session)  # type: ignore[attr-defined]
    threshold = int(options.extra.get("low_stock_threshold", "0"))
    if threshold:
        for sku in (FRESH, HISTORY, FULL_AHEAD, MANY_BATCHES):
            bus.handle(commands.SetLowStockThreshold(sku, threshold))
    scenarios = [FRESH, HISTORY, FULL_AHEAD, MANY_BATCHES]
    times: dict[str, list[float]] = {sku: [] for sku in scenarios}
    for number in range(WARM_UP + sizes["samples"]):
        for sku in scenarios:
            command = commands.Allocate(f"bench-{number}", sku, 1)
            before = time.perf_counter()
            [batchref] = bus.handle(command)
            elapsed = time.perf_counter() - before
            if batchref is None:
                raise SystemExit(f"{command} found no stock: the workload is mis-seeded")
            if sku == FULL_AHEAD and batchref != f"{FULL_AHEAD}-open":
                raise SystemExit(f"{command} went to {batchref}, not past the full batches")
            if number >= WARM_UP:
                times[sku].append(elapsed)
    medians = {sku: common.median(values) for sku, values in times.items()}
    return {
        "flat_fresh": common.ms(medians[FRESH]),
        "flat_history": common.ms(medians[HISTORY]),
        "flat_history_ratio": medians[HISTORY] / medians[FRESH],
        "flat_full_ahead": common.ms(medians[FULL_AHEAD]),
        "flat_full_ahead_ratio": medians[FULL_AHEAD] / medians[FRESH],
        "flat_many_batches": common.ms(medians[MANY_BATCHES]),
        "flat_many_batches_ratio": medians[MANY_BATCHES] / medians[FRESH],
    }


if __name__ == "__main__":
    common.workload_main(setup, run)
