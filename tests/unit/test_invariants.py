"""Random command streams through the real bus on the fake unit of work."""

import pytest
from hypothesis import settings

from tests.stateful import WarehouseMachine
from tests.unit.fakes import FakeUnitOfWork
from warehouse_gui.bootstrap import bootstrap


class FakeWarehouse(WarehouseMachine):
    def make_bus(self, publish):
        self.uow = FakeUnitOfWork()
        return bootstrap(start_orm=False, uow=self.uow, send_mail=lambda **m: None, publish=publish)

    def products(self):
        return list(self.uow.products._products)

    def stored_batches(self):
        return {
            b.reference: (b.sku, b.purchased_quantity, b.allocated_quantity)
            for p in self.products()
            for b in p.batches
        }

    def stored_allocations(self):
        return {
            (part.orderid, part.sku, reference): part.qty
            for p in self.products()
            for part, reference in p.allocations._held
        }

    def stored_waiting(self):
        return {
            (line.orderid, line.sku): line.qty
            for p in self.products()
            for line, _since in p.allocations.waiting()
        }

    def stored_products(self):
        return {p.sku: (p.version, p.low_stock_threshold) for p in self.products()}


TestFakeWarehouse = FakeWarehouse.TestCase
TestFakeWarehouse.settings = settings(
    max_examples=60, stateful_step_count=40, derandomize=True, deadline=None
)


@pytest.mark.slow
class TestFakeWarehouseLongRun(FakeWarehouse.TestCase):
    settings = settings(max_examples=600, stateful_step_count=60, derandomize=True, deadline=None)


@pytest.mark.slow
class TestFakeWarehouseRandomRun(FakeWarehouse.TestCase):
    settings = settings(max_examples=200, stateful_step_count=60, deadline=None)
