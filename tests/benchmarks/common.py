"""What every benchmark workload shares: the command line of a workload process, timing
statistics, seeding the app's schema with SQL, and waiting for the batch table to repaint.

A workload module is run as ``python -m tests.benchmarks.<name> setup|run DIR [--quick]``
by ``run.py``: ``setup`` builds what every run needs once (a seeded database), ``run``
measures in a fresh process and writes ``{figure: value}`` to ``DIR/result.json``.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import MetaData, create_engine, func, insert, select, text

Figures = dict[str, float]


@dataclass(frozen=True)
class Options:
    """A workload's command line."""

    step: str
    directory: Path
    quick: bool
    extra: dict[str, str]


def workload_main(setup: Callable[[Options], None], run: Callable[[Options], Figures]) -> None:
    """Parse the workload command line and do the step it names."""
    parser = argparse.ArgumentParser()
    parser.add_argument("step", choices=["setup", "run"])
    parser.add_argument("directory", type=Path)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE")
    args = parser.parse_args()
    extra = dict(item.split("=", 1) for item in args.set)
    options = Options(args.step, args.directory, args.quick, extra)
    options.directory.mkdir(parents=True, exist_ok=True)
    if options.step == "setup":
        setup(options)
        return
    figures = run(options)
    (options.directory / "result.json").write_text(json.dumps(figures), encoding="utf-8")


# Statistics


def percentile(values: Sequence[float], fraction: float) -> float:
    """The value below which ``fraction`` of ``values`` lie (nearest rank)."""
    ordered = sorted(values)
    rank = max(0, min(len(ordered) - 1, round(fraction * len(ordered) + 0.5) - 1))
    return ordered[rank]


def median(values: Iterable[float]) -> float:
    """The median."""
    return float(statistics.median(list(values)))


def ms(seconds: float) -> float:
    """Seconds as milliseconds."""
    return seconds * 1000.0


# Databases


def sqlite_url(path: Path) -> str:
    """The SQLAlchemy URL of a SQLite file."""
    return f"sqlite:///{path}"


def no_mail(**_mail: object) -> None:
    """Out-of-stock emails go nowhere during a benchmark."""


def fresh_copy(seeded: Path, directory: Path) -> Path:
    """A copy of a seeded SQLite file for one run, so that every run starts alike."""
    target = directory / f"run-{os.getpid()}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    shutil.copyfile(seeded, target)
    return target


@dataclass
class SeedBatch:
    """A batch to insert, with the quantities of the allocations it already holds."""

    reference: str
    sku: str
    purchased: int
    eta: date | None = None
    allocations: list[int] = field(default_factory=list)


class Seeder:
    """Inserts products, batches and allocations straight into the app's tables.

    The tables are read from the database (reflection), not from the app's code, so that
    seeding follows the schema as it is: when ``batches`` has an ``allocated_quantity``
    column it is filled with the sum of the batch's allocations.
    """

    def __init__(self, db_url: str) -> None:
        self.engine = create_engine(db_url)
        self.metadata = MetaData()
        self.metadata.reflect(self.engine, only=["products", "batches", "allocations"])
        self.products = self.metadata.tables["products"]
        self.batches = self.metadata.tables["batches"]
        self.allocations = self.metadata.tables["allocations"]
        self.keeps_allocated = "allocated_quantity" in self.batches.c
        self._order_numbers = 0

    def add(self, batches: Iterable[SeedBatch], chunk: int = 20_000) -> None:
        """Insert ``batches`` (and their products when new) with their allocations."""
        with self.engine.begin() as connection:
            if connection.dialect.name == "sqlite":
                connection.exec_driver_sql("PRAGMA synchronous=OFF")
            known = set(connection.scalars(select(self.products.c.sku)))
            next_id = (connection.scalar(select(func.max(self.batches.c.id))) or 0) + 1
            batch_rows: list[dict[str, Any]] = []
            allocation_rows: list[dict[str, Any]] = []
            new_skus: dict[str, None] = {}
            for batch in batches:
                if batch.sku not in known:
                    known.add(batch.sku)
                    new_skus[batch.sku] = None
                row: dict[str, Any] = {
                    "id": next_id,
                    "reference": batch.reference,
                    "sku": batch.sku,
                    "purchased_quantity": batch.purchased,
                    "eta": batch.eta,
                }
                if self.keeps_allocated:
                    row["allocated_quantity"] = sum(batch.allocations)
                batch_rows.append(row)
                for qty in batch.allocations:
                    self._order_numbers += 1
                    allocation_rows.append(
                        {
                            "batch_id": next_id,
                            "orderid": f"seed-{self._order_numbers}",
                            "sku": batch.sku,
                            "qty": qty,
                        }
                    )
                next_id += 1
            if new_skus:
                connection.execute(
                    insert(self.products), [{"sku": sku, "version_number": 1} for sku in new_skus]
                )
            for rows, table in ((batch_rows, self.batches), (allocation_rows, self.allocations)):
                for start in range(0, len(rows), chunk):
                    connection.execute(insert(table), rows[start : start + chunk])

    def checkpoint(self) -> None:
        """Fold SQLite's write-ahead log into the file, so that a copy of the file is whole."""
        with self.engine.connect() as connection:
            if connection.dialect.name == "sqlite":
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        self.engine.dispose()


def check_sqlite_durability(session: Any) -> None:
    """Fail unless the app's own connection runs WAL with ``synchronous=FULL``."""
    journal = session.execute(text("PRAGMA journal_mode")).scalar_one()
    synchronous = session.execute(text("PRAGMA synchronous")).scalar_one()
    if (journal, synchronous) != ("wal", 2):
        raise SystemExit(f"expected WAL and synchronous=FULL (2), got {journal}, {synchronous}")


def now() -> float:
    """A clock that the whole machine shares (for times taken in two processes)."""
    return time.monotonic()
