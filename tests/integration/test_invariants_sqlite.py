"""Random command streams through the real bus on a SQLite file, checked against the
tables and the event log."""

import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import settings
from sqlalchemy import select

from tests.stateful import WarehouseMachine
from warehouse_gui import views
from warehouse_gui.adapters import orm
from warehouse_gui.bootstrap import bootstrap, database_unit_of_work


class SqliteWarehouse(WarehouseMachine):
    def make_bus(self, publish):
        self.directory = Path(tempfile.mkdtemp(prefix="warehouse-hypothesis-"))
        self.uow = database_unit_of_work(f"sqlite:///{self.directory / 'w.db'}")
        self.engine = self.uow.session_factory.kw["bind"]
        return bootstrap(uow=self.uow, send_mail=lambda **m: None, publish=publish)

    def teardown(self):
        self.engine.dispose()
        shutil.rmtree(self.directory, ignore_errors=True)

    def stored_batches(self):
        return {r.reference: (r.sku, r.purchased, r.allocated) for r in views.batches(self.uow)}

    def stored_allocations(self):
        query = select(
            orm.allocations.c.orderid,
            orm.allocations.c.sku,
            orm.allocations.c.qty,
            orm.batches.c.reference,
        ).join(orm.batches)
        with self.engine.connect() as connection:
            return {(o, s, r): q for o, s, q, r in connection.execute(query)}

    def stored_waiting(self):
        return {(line.orderid, line.sku): line.qty for line in views.waiting_lines(self.uow)}

    def stored_products(self):
        query = select(
            orm.products.c.sku, orm.products.c.version_number, orm.products.c.low_stock_threshold
        )
        with self.engine.connect() as connection:
            return {
                sku: (version, threshold) for sku, version, threshold in connection.execute(query)
            }

    def logged_events(self):
        logged = [entry.event for entry in views.events_since(self.uow)]
        assert logged == self.published, "the log holds exactly what was published"
        return logged


TestSqliteWarehouse = SqliteWarehouse.TestCase
TestSqliteWarehouse.settings = settings(
    max_examples=40, stateful_step_count=30, derandomize=True, deadline=None
)


@pytest.mark.slow
class TestSqliteWarehouseLongRun(SqliteWarehouse.TestCase):
    settings = settings(max_examples=80, stateful_step_count=40, derandomize=True, deadline=None)


@pytest.mark.slow
class TestSqliteWarehouseRandomRun(SqliteWarehouse.TestCase):
    settings = settings(max_examples=40, stateful_step_count=40, deadline=None)
