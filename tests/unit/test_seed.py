"""The two tests that define the core: an allocation and an out-of-stock email through the
bootstrapped bus, on fakes. They are kept exactly as they were specified."""

from tests.unit.fakes import FakeUnitOfWork
from warehouse_gui.bootstrap import bootstrap
from warehouse_gui.domain.commands import Allocate
from warehouse_gui.domain.model import Batch, Product


def test__allocate__happy_path():
    """Test using bootstrap with fakes."""
    uow = FakeUnitOfWork()
    uow.products.add(Product("LAMP", [Batch("b1", "LAMP", 100)]))

    bus = bootstrap(start_orm=False, uow=uow)

    bus.handle(Allocate("o1", "LAMP", 10))

    assert uow.products.get("LAMP").batches[0].available_quantity == 90


def test__out_of_stock__sends_notification():
    """Test event handler is triggered."""
    uow = FakeUnitOfWork()
    uow.products.add(Product("LAMP", [Batch("b1", "LAMP", 5)]))

    notifications = []
    fake_send_mail = lambda **kwargs: notifications.append(kwargs)

    bus = bootstrap(start_orm=False, uow=uow, send_mail=fake_send_mail)

    bus.handle(Allocate("o1", "LAMP", 10))  # More than available

    assert len(notifications) == 1
    assert "LAMP" in notifications[0]["subject"]
